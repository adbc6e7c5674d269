//! Account and advertising files: e-mail addresses, phone numbers (with all-empty `,,` rows),
//! registration, logins, security challenges, verifications, receipts, marketplace providers,
//! `Ad_Targeting.csv` (duplicate header names), inferences and ad engagement (format notes
//! §2.5, §2.7, §3.4).

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::{owner, CITIES, COMPANIES, ROLES};
use super::Era;

const UAS: [&str; 3] = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "LinkedIn/9.29.8 (Android 14; Pixel 8)",
];

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    let era = g.era();
    emails(g)?;
    phones(g)?;
    registration(g)?;
    ad_targeting(g)?;
    if era == Era::Basic2023 {
        return providers(g);
    }
    whatsapp(g)?;
    logins(g, false)?;
    logins(g, true)?;
    verifications(g)?;
    receipts(g, true)?;
    if era == Era::Complete2024 {
        receipts(g, false)?;
    }
    ads_clicked(g)?;
    if era == Era::Complete2026 {
        inferences(g)?;
        lan_ads(g)?;
    }
    Ok(())
}

fn ip(g: &mut Gen<'_>) {
    for k in 0..4 {
        if k > 0 {
            g.out.raw(".");
        }
        g.out.num(g.r.range(1, 254));
    }
}

fn emails(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Email Addresses.csv",
        "Email Address,Confirmed,Primary,Updated On",
        false,
    )?;
    let n = g.cfg.counts.emails;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.out.raw("owner");
        g.out.num(i);
        g.out.raw(if i == 0 {
            "@example.com,Yes,Yes,"
        } else {
            "@example.net,Yes,No,"
        });
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.eol();
        g.emit_bare("account", line, Some(ts), false);
    }
    g.end(!g.quirks())
}

fn phones(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("PhoneNumbers.csv", "Extension,Number,Type", false)?;
    if g.quirks() {
        // All-empty rows: not items.
        g.out.raw(",,\n,,\n");
    }
    for _ in 0..g.cfg.counts.phone_numbers {
        let line = g.out.record()?;
        g.out.raw(", +91 98");
        g.out.num(g.r.range(10_000_000, 99_999_999));
        g.out.raw(",Mobile");
        g.out.eol();
        g.emit_bare("account", line, None, false);
    }
    g.end(true)
}

fn whatsapp(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Whatsapp Phone Numbers.csv",
        "Number,Extension,Is_WhatsApp_Number",
        false,
    )?;
    for _ in 0..g.cfg.counts.whatsapp {
        let line = g.out.record()?;
        g.out.raw("+3161");
        g.out.num(g.r.range(1_000_000, 9_999_999));
        g.out.raw(",,false");
        g.out.eol();
        g.emit_bare("account", line, None, false);
    }
    g.end(true)
}

fn registration(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Registration.csv",
        "Registered At,Registration Ip,Subscription Types",
        false,
    )?;
    let line = g.out.record()?;
    let ts = g
        .desc(0, 1, Prec::Minute)
        .min(super::dates::ymd(2017, 10, 25));
    let ts = super::dates::trunc(ts, Prec::Minute);
    g.out.date_quoted(ts, Fmt::UsShort);
    g.out.comma();
    ip(g);
    g.out.comma();
    g.out.eol();
    g.emit_bare("account", line, Some(ts), false);
    g.end(true)
}

/// `Logins.csv` or (with `challenges`) `Security Challenges.csv`.
fn logins(g: &mut Gen<'_>, challenges: bool) -> io::Result<()> {
    let n = if challenges {
        g.begin_csv(
            "Security Challenges.csv",
            "Challenge Date,IP Address,User Agent,Country,Challenge Type",
            false,
        )?;
        g.cfg.counts.security_challenges
    } else {
        g.begin_csv(
            "Logins.csv",
            "Login Date,IP Address,User Agent,Login Type",
            false,
        )?;
        g.cfg.counts.logins
    };
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.date(ts, Fmt::Java);
        g.out.comma();
        if !(challenges && g.r.chance(200)) {
            ip(g);
        }
        g.out.comma();
        g.out.rfc(g.r.pick(&UAS));
        if challenges {
            g.out.raw(g.r.pick(&[",DE,", ",NL,", ",IN,"]));
            g.out.raw(g.r.pick(&[
                "EMAIL_PIN_CHALLENGE",
                "TWO_STEP_VERIFICATION",
                "CAPTCHA_CHALLENGE",
            ]));
        } else {
            g.out.raw(",Login");
        }
        g.out.eol();
        g.emit_bare("account", line, Some(ts), false);
    }
    g.end(true)
}

fn verifications(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Verifications/Verifications.csv", "First name,Middle name,Last name,Verification type,Organization name,Email address,Country,State,City,Year of birth,Issuing authority,Document type,Verification service provider,Verified date,Expiry date", false)?;
    let me = owner(g.cfg.seed);
    let n = g.cfg.counts.verifications;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Day);
        g.out.rfc(me.first);
        g.out.raw(",N/A,");
        g.out.rfc(me.last);
        if i % 2 == 0 {
            g.out
                .raw(",IDENTITY,N/A,N/A,DE,N/A,N/A,0,N/A,PASSPORT,CLEAR,");
        } else {
            g.out.raw(",WORKPLACE,");
            g.out.rfc(g.r.pick(&COMPANIES));
            g.out.raw(",owner@example.com,N/A,N/A,N/A,0,N/A,N/A,N/A,");
        }
        g.out.date(ts, Fmt::IsoDate);
        g.out.raw(",N/A");
        g.out.eol();
        g.emit_bare("account", line, Some(ts), false);
    }
    g.end(true)
}

/// `Receipts_v2.csv` (`v2`) or the legacy `Receipts.csv`.
fn receipts(g: &mut Gen<'_>, v2: bool) -> io::Result<()> {
    let header = "First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code";
    g.begin_csv(
        if v2 {
            "Receipts_v2.csv"
        } else {
            "Receipts.csv"
        },
        header,
        false,
    )?;
    let me = owner(g.cfg.seed);
    let n = g.cfg.counts.receipts;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.out.rfc(me.first);
        g.out.comma();
        g.out.rfc(me.last);
        g.out.raw(",DE,80331,");
        if v2 {
            g.out.date(ts, Fmt::UsPaddedUtc);
        } else {
            g.out.date_quoted(ts, Fmt::UsShort);
        }
        g.out.raw(",VISA,INV-");
        g.out.num(g.r.range(10_000_000, 99_999_999));
        g.out.raw(",Premium Career (monthly),5.51,29.99,35.50,EUR");
        g.out.eol();
        g.emit_bare("account", line, Some(ts), false);
    }
    g.end(true)
}

fn providers(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Services Marketplace/Providers.csv", "Creation Time,Marketplace Type,ProFinder Service Category,Top Level Service Category,Secondary Service Category,Use Profile Location,Available to Work Remotely,Status", false)?;
    let n = g.cfg.counts.providers;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.date(ts, Fmt::Java);
        g.out.raw(",SERVICES_MARKETPLACE,Software Development,Information Technology,Web Development,true,true,ACTIVE");
        g.out.eol();
        g.emit_bare("account", line, Some(ts), false);
    }
    g.end(true)
}

const AD_COLUMNS_2025: &str = "Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,Company Category,Company Size,Degrees,degreeClass,Member Schools,Company Growth Rate,Fields of Study,Company Connections,Function By Size,Job Functions,Member Gender,Graduation Year,Member Groups,Company Industries,Member Interests,Interface Locales,interfaceLocale,Member Traits,Profile Locations,Company Revenue,Job Seniorities,Member Skills,Job Titles,Job Titles,Job Titles,Years of Experience";

/// The `Ad_Targeting.csv` header of the era (32 columns, or 35 in 2026).
pub fn ad_targeting_header(era: Era) -> String {
    if era != Era::Complete2026 {
        return AD_COLUMNS_2025.to_string();
    }
    let mut cols: Vec<&str> = Vec::new();
    for c in AD_COLUMNS_2025.split(',') {
        cols.push(c);
        match c {
            "degreeClass" => cols.push("Recent Device OS"),
            "Member Traits" => cols.push("High Value Audience Segments"),
            "Member Skills" => cols.push("Standard Audience Segments"),
            _ => {}
        }
    }
    cols.join(",")
}

fn ad_targeting(g: &mut Gen<'_>) -> io::Result<()> {
    let header = ad_targeting_header(g.era());
    let cols = header.split(',').count();
    g.begin_csv("Ad_Targeting.csv", &header, false)?;
    let line = g.out.record()?;
    for k in 0..cols {
        if k > 0 {
            g.out.comma();
        }
        g.s1.clear();
        if g.r.chance(600) {
            // Lists joined with `; `.
            for j in 0..g.r.range(1, 3) {
                if j > 0 {
                    g.s1.push_str("; ");
                }
                match k % 4 {
                    0 => g.s1.push_str(g.r.pick(&COMPANIES)),
                    1 => g.s1.push_str(g.r.pick(&ROLES)),
                    2 => g.s1.push_str(g.r.pick(&CITIES)),
                    _ => content::phrase(&mut g.r, &mut g.s1),
                }
            }
        }
        g.out.rfc(&g.s1);
    }
    g.out.eol();
    g.emit_bare("ads_inferences", line, None, false);
    g.end(true)
}

fn inferences(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Inferences_about_you.csv",
        "Category,Type of inference,Description,Inference",
        false,
    )?;
    const ROWS: [(&str, &str, &str, &str); 4] = [
        (
            "Job seeking",
            "Open to work",
            "Whether you may be looking for a new job",
            "true",
        ),
        (
            "Demographics",
            "Gender",
            "Inferred gender, used for ads",
            "FEMALE",
        ),
        (
            "Demographics",
            "Gender",
            "Inferred gender, used for ads",
            "MALE",
        ),
        ("Interests", "Premium", "Whether you may buy Premium", "No"),
    ];
    for _ in 0..g.cfg.counts.inferences {
        let line = g.out.record()?;
        let (a, b, c, d) = g.r.pick(&ROWS);
        for (k, v) in [a, b, c, d].iter().enumerate() {
            if k > 0 {
                g.out.comma();
            }
            g.out.rfc(v);
        }
        g.out.eol();
        g.emit_bare("ads_inferences", line, None, false);
    }
    g.end(!g.quirks())
}

fn ads_clicked(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Ads Clicked.csv", "Ad clicked Date,Ad Title/Id", false)?;
    let n = g.cfg.counts.ads_clicked;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.date(ts, Fmt::SlashSecUtc);
        g.out.comma();
        g.out.num(g.r.range(100_000_000, 999_999_999));
        g.out.eol();
        g.emit_bare("ads_inferences", line, Some(ts), false);
    }
    g.end(true)
}

fn lan_ads(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "LAN Ads Engagement.csv",
        "Action,Date,Ad Title/Id,Page/App",
        false,
    )?;
    let n = g.cfg.counts.lan_ads;
    for i in 0..n {
        let line = g.out.record()?;
        let ts: Ts = g.desc(i, n, Prec::Day);
        g.out.raw(if g.r.chance(950) {
            "Impression,"
        } else {
            "Click,"
        });
        g.out.date(ts, Fmt::SlashDate);
        g.out.comma();
        g.out.num(g.r.range(100_000_000, 999_999_999));
        g.out.raw(g.r.pick(&[",news.example.com", ",weather app"]));
        g.out.eol();
        g.emit_bare("ads_inferences", line, Some(ts), false);
    }
    g.end(true)
}
