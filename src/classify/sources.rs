//! The source keys of `policy-facts.md` §0, the only keys a policy table may cite (besides the
//! `[extra_sources]` a user's own table declares), each with a one-line description for the
//! `policies` command. Mirrors and archives are named as the facts file names them.

/// `(key, description)` for every source `policy-facts.md` §0 lists. `[P]` marks LinkedIn's own
/// text, `[S]` press or blogs.
pub const SOURCE_KEYS: &[(&str, &str)] = &[
    ("PP24", "[P] LinkedIn Privacy Policy effective 2024-09-18 (Open Terms Archive contrib-versions @e21e1fa)"),
    ("PP25", "[P] LinkedIn Privacy Policy effective 2025-11-03 (Open Terms Archive vlopses-us-versions @a580589)"),
    ("ERPN", "[P] LinkedIn European Regional Privacy Notice (vlopses-ie-versions @1ff680c, @50dcbec, @1b38be4)"),
    ("UA24", "[P] LinkedIn User Agreement effective 2024-11-20 (vlopses-us-versions @837048b)"),
    ("UA25", "[P] LinkedIn User Agreement effective 2025-11-03 (vlopses-us-versions @e93f769)"),
    ("H-SET", "[P] LinkedIn Help a6278444: the Data for Generative AI Improvement setting"),
    ("H-TOS25", "[P] LinkedIn Help a8059228: the 2025-11-03 terms update"),
    ("H-SHARE", "[P] LinkedIn Help a1397243: data sharing with Microsoft"),
    ("H-LI-ADS", "[P] LinkedIn Help a7400852: legitimate interests for ads"),
    ("FAQ", "[P] LinkedIn Help a5538339: LinkedIn and generative AI FAQ (known only from quotes)"),
    ("S-PCM25", "[S] PCMag 2025: LinkedIn is using more user data than ever to train its AI"),
    ("S-SMFL", "[S] socialmediaforlearning.com 2025-09-20 (quotes the 2025 FAQ)"),
    ("S-HELLE", "[S] helle.cc: LinkedIn to use users' personal data to train its AI (under-18 passage)"),
    ("S-THUR", "[S] Thurrott 2024-09-18: LinkedIn updates its terms to detail AI training"),
    ("S-PCM24", "[S] PCMag 2024-09-18/20: LinkedIn is quietly training AI on your data (ICO statement)"),
    ("S-555", "[S] 555vcto.com: quotes the late-2024 FAQ with the UK added"),
    ("S-EYER", "[S] eyerys.com: LinkedIn harvesting posts to train AI (quotes the 2024 FAQ)"),
    ("S-TIGA", "[S] tigaconsultancy.com: Rewrite with AI (FAQ quote: Azure OpenAI, privacy-enhancing tech)"),
    ("S-HNS", "[S] Help Net Security 2025-09-18: LinkedIn AI data privacy policy"),
    ("S-REG", "[S] The Register 2025-10-27: LinkedIn AI profile scraping"),
    ("S-GULF", "[S] Gulf News: Microsoft can use your LinkedIn data from Nov 3"),
    ("S-YL", "[S] theprojectyl.com (quotes H-TOS25 on ad sharing)"),
    ("S-NEWSF", "[S] thenewsfacts.com: Microsoft to use LinkedIn data for ads"),
    ("S-HQ", "[S] hackersqueeze.com: LinkedIn will train AI on European users' data"),
    ("S-CWZ", "[S] cyberwarzone.com: the Dutch AP's warning"),
    ("S-PART", "[S] particle.news: LinkedIn to use posted content from Nov 3 (Italian Garante)"),
    ("boomlive", "[S] boomlive.in 2024-09-19: LinkedIn AI trained on user data before updated terms"),
    ("ybx", "[S] ybx.com: how LinkedIn utilizes your data to train AI models"),
    ("itdaily", "[S] itdaily.com: LinkedIn wants your data, opt out"),
    ("getcoai", "[S] getcoai.com: LinkedIn AI training"),
    ("autiomaa", "[S] blog.autiomaa.org 2025-09-18: opting out of LinkedIn's GenAI data (2025 settings UI)"),
    ("sipoch", "[S] sipoch.com / Lifehacker: features still work after opting out"),
    ("yourai.pro", "[S] yourai.pro: LinkedIn will use your data to train AI unless you opt out"),
    ("legalclarity", "[S] legalclarity.org: the LinkedIn data processing objection form"),
    ("allyoucantech", "[S] allyoucantech.com: LinkedIn uses contributions for AI; how to withdraw"),
];

/// The description of a built-in source key, or `None` when the key is not one of them.
pub fn describe(key: &str) -> Option<&'static str> {
    SOURCE_KEYS.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)
}
