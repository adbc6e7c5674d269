//! Postal addresses: a postal code (found as a digit cluster) with a street and house
//! number right before it. The postal code's shape picks the street patterns to try on a
//! short window before it: DE/NL (`Hauptstraße 5, 10115`, `Keizersgracht 123, 1015 CJ`),
//! FR (`12 rue de la Paix, 75002`), ES/IT (`Calle Mayor 12, 28013`, `Via Roma 1, 00184`),
//! US (`1600 Pennsylvania Avenue NW, Washington, DC 20500`) and UK
//! (`221B Baker Street, London NW1 6XE`). A street without a postal code is not reported.

use std::sync::LazyLock;

use regex::Regex;

use super::cluster::Cluster;

/// The shape of a postal code, which decides the street patterns to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Five digits (DE, FR, ES, IT, US); also US ZIP+4.
    Five,
    /// Dutch `1234 AB`.
    Nl,
    /// UK outward and inward code, `SW1A 1AA`.
    Uk,
}

struct Patterns {
    de_nl: Regex,
    fr: Regex,
    es_it: Regex,
    us: Regex,
    uk: Regex,
    city_after: Regex,
}

/// Compiled on the first postal code, on the worker that meets it: most texts hold none, so
/// start-up does not wait for them.
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let re = |s: &str| Regex::new(s).expect("address pattern");
    Patterns {
        de_nl: re(
            r"(?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}?[\p{L}\-]*(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|gracht|plein|kade|singel|dijk|dreef|steeg|hof)\s+\d{1,4}(?:\s?[a-zA-Z]|-\d{1,4})?,?\s*$",
        ),
        fr: re(
            r"\b\d{1,4}(?:\s?(?:bis|ter|[a-cA-C]))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|allée|allee|quai|cours|route|square|passage)\s[\p{L}\p{M}'’\-\s.]{2,50}?,?\s*$",
        ),
        es_it: re(
            r"\b(?i:calle|c/|avenida|avda\.|plaza|paseo|camino|carrer|via|viale|piazza|corso|vicolo|largo)\s[\p{L}\p{M}'’.\s]{2,50}?,?\s\d{1,4}[a-zA-Z]?,?\s*$",
        ),
        us: re(
            r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}\d][\p{L}\d.'’]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir)\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\.?)?,?(?:\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*#?[\w-]+,?)?\s+(?:\p{Lu}[\p{L}.'’]*\s?){1,3},?\s+[A-Z]{2},?\s*$",
        ),
        uk: re(
            r"\b\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Place|Gardens|Crescent|Square|Terrace|Hill|Row|Mews|Court|Grove|Park|Walk|Yard|Green)\.?,?\s+(?:\p{Lu}[\p{L}'’\-]*,?\s+){1,3}$",
        ),
        city_after: re(r"^\s\p{Lu}[\p{L}\p{M}\-]+(?:[ \-]\p{Lu}[\p{L}\p{M}\-]+)?"),
    }
});

/// How far before the postal code a street may start, in bytes.
const LOOKBACK: usize = 120;

/// Postal codes in `c` with their shapes: (start, end, shape).
fn postal_codes(c: &Cluster<'_>, mut f: impl FnMut(usize, usize, Shape)) {
    let b = c.text.as_bytes();
    let t = c.toks();
    for i in 0..c.n {
        let k = t[i];
        let s = &b[k.start..k.end];
        if k.all_digits() && k.len() == 5 {
            let end =
                if i + 1 < c.n && c.sep(i) == "-" && t[i + 1].all_digits() && t[i + 1].len() == 4 {
                    t[i + 1].end
                } else {
                    k.end
                };
            f(k.start, end, Shape::Five);
        } else if k.all_digits() && k.len() == 4 && s[0] != b'0' {
            if i + 1 < c.n && c.sep(i) == " " && t[i + 1].upper && t[i + 1].len() == 2 {
                f(k.start, t[i + 1].end, Shape::Nl);
            }
        } else if k.len() == 6
            && s[..4].iter().all(u8::is_ascii_digit)
            && s[4..].iter().all(u8::is_ascii_uppercase)
        {
            f(k.start, k.end, Shape::Nl);
        } else if uk_outward(s)
            && i + 1 < c.n
            && c.sep(i) == " "
            && uk_inward(&b[t[i + 1].start..t[i + 1].end])
        {
            f(k.start, t[i + 1].end, Shape::Uk);
        }
    }
}

fn uk_outward(s: &[u8]) -> bool {
    let letters = s.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && s.len() > letters
        && s.len() <= letters + 2
        && s[letters].is_ascii_digit()
        && s[letters + 1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn uk_inward(s: &[u8]) -> bool {
    s.len() == 3 && s[0].is_ascii_digit() && s[1].is_ascii_uppercase() && s[2].is_ascii_uppercase()
}

/// Addresses whose postal code is in cluster `c`: the span from the street to the postal
/// code (and the city name right after it, where one follows).
pub fn addresses(c: &Cluster<'_>, mut emit: impl FnMut(usize, usize)) {
    let text = c.text;
    postal_codes(c, |ps, pe, shape| {
        let (ws, before) = super::super::text::window(text, ps, ps, LOOKBACK, 0);
        let p = &*PATTERNS;
        let pats: &[&Regex] = match shape {
            Shape::Five => &[&p.de_nl, &p.fr, &p.es_it, &p.us],
            Shape::Nl => &[&p.de_nl],
            Shape::Uk => &[&p.uk],
        };
        let Some(m) = pats.iter().find_map(|r| r.find(before)) else {
            return;
        };
        let mut end = pe;
        if shape != Shape::Uk {
            if let Some(city) = p.city_after.find(&text[pe..]) {
                end = pe + city.end();
            }
        }
        emit(ws + m.start(), end);
    });
}

#[cfg(test)]
mod tests {
    use super::super::cluster::for_each;
    use super::*;

    fn find(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        for_each(s, |c| addresses(c, |a, b| v.push(&s[a..b])));
        v
    }

    #[test]
    fn addresses_of_five_countries() {
        assert_eq!(
            find("Neu: Hauptstraße 5, 10115 Berlin."),
            vec!["Hauptstraße 5, 10115 Berlin"]
        );
        assert_eq!(
            find("Kom langs: Keizersgracht 123, 1015 CJ Amsterdam"),
            vec!["Keizersgracht 123, 1015 CJ Amsterdam"]
        );
        assert_eq!(
            find("au 12 rue de la Paix, 75002 Paris"),
            vec!["12 rue de la Paix, 75002 Paris"]
        );
        assert_eq!(
            find("at 1600 Pennsylvania Avenue NW, Washington, DC 20500 today"),
            vec!["1600 Pennsylvania Avenue NW, Washington, DC 20500"]
        );
        assert_eq!(
            find("send it to 221B Baker Street, London NW1 6XE"),
            vec!["221B Baker Street, London NW1 6XE"]
        );
        assert_eq!(
            find("en Calle Mayor 12, 28013 Madrid"),
            vec!["Calle Mayor 12, 28013 Madrid"]
        );
    }

    #[test]
    fn postal_code_alone_is_not_an_address() {
        assert!(find("10115 Berlin is great, 20500 followers").is_empty());
        assert!(find("Room 1015 CJ").is_empty());
    }
}
