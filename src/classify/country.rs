//! Countries: ISO 3166-1 alpha-2 codes, the region groups whose training start the policy
//! table dates, and reading a country from `Profile.csv`'s Geo Location.
//!
//! Which countries form a group is legal geography (EU membership), not LinkedIn policy, so it
//! is fixed here; the policy table only dates each group. Deciding what to do when no country
//! can be read (DESIGN: default to US with a warning) is left to the caller.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::classify::country_names::COUNTRIES;
use crate::classify::places::PLACES;

/// The region groups a policy table must date, `ROW` being every country in no other group.
pub const REGION_IDS: [&str; 7] = ["EU", "EEA", "CH", "GB", "CA", "HK", "ROW"];

/// The 27 member states of the European Union (Greece as ISO `GR`).
pub const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Parts of EU member states that ISO codes separately and where EU law (the GDPR) applies:
/// Åland and France's outermost regions. They count as `EU`.
pub const EU_TERRITORIES: [&str; 7] = ["AX", "GF", "GP", "MQ", "RE", "YT", "MF"];

/// The EEA states outside the EU.
pub const EEA_NON_EU: [&str; 3] = ["IS", "LI", "NO"];

/// The ISO code for user input such as `de`, ` DE `, `UK` (GB) or `EL` (GR, the EU's code);
/// `None` when it is not an ISO 3166-1 alpha-2 code.
pub fn normalize_code(input: &str) -> Option<&'static str> {
    let up = input.trim().to_ascii_uppercase();
    let up = match up.as_str() {
        "UK" => "GB",
        "EL" => "GR",
        s => s,
    };
    COUNTRIES.iter().map(|(c, _)| *c).find(|c| *c == up)
}

/// The English name of an ISO code (`DE` → `Germany`).
pub fn name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, names)| names[0])
}

/// All ISO 3166-1 alpha-2 codes, sorted.
pub fn codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|(c, _)| *c)
}

/// The region group of a normalised ISO code; anything not in a group (including an unknown
/// code) is `ROW`.
pub fn region_of(code: &str) -> &'static str {
    if EU_MEMBERS.contains(&code) || EU_TERRITORIES.contains(&code) {
        "EU"
    } else if EEA_NON_EU.contains(&code) {
        "EEA"
    } else {
        match code {
            "CH" => "CH",
            "GB" => "GB",
            "CA" => "CA",
            "HK" => "HK",
            _ => "ROW",
        }
    }
}

/// The country of a `Profile.csv` Geo Location, or `None` when it cannot tell.
///
/// Reads the comma-separated parts from the right: the first part that names a country, a
/// state or province, or a city or metro area it knows decides. Names match case- and
/// accent-insensitively, inside LinkedIn's wrappers ("Greater X Area", "X Metropolitan Area",
/// "Greater X Metropolitan Region", "X Area", ...). ISO's inverted names ("Korea, Republic of")
/// are read from the last two parts together, and "Georgia" after a US city is the state.
/// Two-letter codes are not read from Geo Location: "CA" there is California, not Canada.
pub fn from_geo_location(s: &str) -> Option<&'static str> {
    let parts: Vec<String> = s.split(',').map(fold).filter(|p| !p.is_empty()).collect();
    let n = parts.len();
    if n >= 2 {
        if let Some(code) = exact(&format!("{} {}", parts[n - 2], parts[n - 1])) {
            return Some(code);
        }
    }
    for i in (0..n).rev() {
        if let Some(code) = match_part(&parts[i]) {
            let us_state = code == "GE"
                && parts[i] == "georgia"
                && i > 0
                && match_part(&parts[i - 1]) == Some("US");
            return Some(if us_state { "US" } else { code });
        }
    }
    None
}

/// Lower case, accents removed, every run of other characters one space, `&` as `and`.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for ch in s.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
            'ł' | 'ľ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'þ' => "th",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            '&' => "and",
            // Combining marks left by a decomposed "İ" or typed separately.
            '\u{300}'..='\u{36f}' => "",
            c if c.is_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => " ",
        };
        if mapped == " " || mapped == "and" {
            if !space {
                out.push(' ');
                space = true;
            }
            if mapped == "and" {
                out.push_str("and ");
            }
        } else {
            out.push_str(mapped);
            space = false;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Every known name, folded: country names first, so a country wins over a place of the same
/// name (Georgia, Singapore).
fn names() -> &'static HashMap<String, &'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut map = HashMap::new();
        for (code, list) in COUNTRIES {
            for n in *list {
                map.entry(fold(n)).or_insert(*code);
            }
        }
        for (code, list) in PLACES {
            for n in list.split('|') {
                map.entry(fold(n)).or_insert(*code);
            }
        }
        map
    })
}

fn exact(folded: &str) -> Option<&'static str> {
    names().get(folded).copied()
}

const PREFIXES: [&str; 14] = [
    "greater",
    "grossraum",
    "metropolregion",
    "metro",
    "grand",
    "area metropolitana de",
    "area metropolitana di",
    "area metropolitana do",
    "regiao metropolitana de",
    "regiao metropolitana do",
    "region metropolitana de",
    "zona metropolitana de",
    "region de",
    "agglomeration de",
];

const SUFFIXES: [&str; 11] = [
    "metropolitan area",
    "metropolitan region",
    "metropolitan",
    "metro area",
    "metro region",
    "metroplex",
    "metro",
    "bay area",
    "capital region",
    "area",
    "region",
];

/// One folded part: exact, then without LinkedIn's wrappers, then its longest known leading
/// words ("dallas fort worth" → Dallas, "rotterdam and the hague" → Rotterdam).
fn match_part(part: &str) -> Option<&'static str> {
    if let Some(code) = exact(part) {
        return Some(code);
    }
    let core = strip_wrappers(part);
    if let Some(code) = exact(core) {
        return Some(code);
    }
    let words: Vec<&str> = core.split(' ').collect();
    (1..words.len())
        .rev()
        .find_map(|n| exact(&words[..n].join(" ")))
}

fn strip_wrappers(mut s: &str) -> &str {
    loop {
        let before = s.len();
        for p in PREFIXES {
            if let Some(rest) = s.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
                s = rest;
            }
        }
        for x in SUFFIXES {
            if let Some(rest) = s.strip_suffix(x).and_then(|r| r.strip_suffix(' ')) {
                s = rest;
            }
        }
        if s.len() == before {
            return s;
        }
    }
}
