//! Postal addresses: a postal code (found as a digit cluster) with a street and house
//! number right before it. The postal code's shape picks the street patterns to try on a
//! short window before it: DE/NL (`Hauptstraße 5, 10115`, `Keizersgracht 123, 1015 CJ`),
//! FR (`12 rue de la Paix, 75002`), ES/IT (`Calle Mayor 12, 28013`, `Via Roma 1, 00184`),
//! US (`1600 Pennsylvania Avenue NW, Washington, DC 20500`) and UK
//! (`221B Baker Street, London NW1 6XE`). A street without a postal code is not reported.

use std::sync::{LazyLock, OnceLock};

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
    fr: Street,
    es_it: Street,
    us: Regex,
    uk: Regex,
    city_after: Regex,
}

/// Where `FR` and `ES_IT` put the repetition of the street name's characters.
const NAME: &str = "@NAME@";
/// The repetition as written: 2 to 50 characters, as few as will do.
const NAME_BOUNDED: &str = "{2,50}?";
/// The longest street name, in characters (the upper bound of `NAME_BOUNDED`).
const NAME_MAX: usize = 50;

/// `12 rue de la Paix,` before a French postal code; the name is the group `name`.
const FR: &str = r"\b\d{1,4}(?:\s?(?:bis|ter|[a-cA-C]))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|allée|allee|quai|cours|route|square|passage)\s(?<name>[\p{L}\p{M}'’\-\s.]@NAME@),?\s*$";
/// `Calle Mayor 12,` before a Spanish or Italian postal code.
const ES_IT: &str = r"\b(?i:calle|c/|avenida|avda\.|plaza|paseo|camino|carrer|via|viale|piazza|corso|vicolo|largo)\s(?<name>[\p{L}\p{M}'’.\s]@NAME@),?\s\d{1,4}[a-zA-Z]?,?\s*$";

/// A street pattern whose name is a repetition of a Unicode class, 2 to 50 of them. Written
/// so, the pattern takes 15 ms to compile (the class is compiled fifty times, forwards and
/// backwards); with the repetition unbounded, under 1 ms. So the unbounded pattern is
/// searched first, and the bounded one compiled and searched only when the name it found is
/// too long. That finds exactly what the bounded pattern finds:
///
/// - Whatever the bounded pattern matches, the unbounded one matches too, so where the
///   unbounded one finds nothing, neither would the bounded one, and the unbounded match
///   starts no later than the bounded one.
/// - Where the unbounded match's name has at most 50 characters, the way it matched is a way
///   for the bounded pattern to match at the same start: the bounded match starts there, and
///   both end at the end of the text (`$`).
///
/// `tests::open_street_patterns_find_what_the_bounded_ones_find` checks it on random texts.
struct Street {
    open: Regex,
    bounded: String,
    bounded_re: OnceLock<Regex>,
}

impl Street {
    fn new(pattern: &str) -> Street {
        Street {
            open: compile(&pattern.replace(NAME, "{2,}?")),
            bounded: pattern.replace(NAME, NAME_BOUNDED),
            bounded_re: OnceLock::new(),
        }
    }

    /// Where the bounded pattern's leftmost match in `hay` starts.
    fn find(&self, hay: &str) -> Option<usize> {
        // `find` first, as it allocates nothing; the groups only for a match, which is rare.
        let start = self.open.find(hay)?.start();
        let caps = self.open.captures(hay)?;
        if caps["name"].chars().count() <= NAME_MAX {
            return Some(start);
        }
        let bounded = self.bounded_re.get_or_init(|| compile(&self.bounded));
        bounded.find(hay).map(|m| m.start())
    }
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("address pattern")
}

/// Compiled on the first postal code, on the worker that meets it: most texts hold none, so
/// start-up does not wait for them.
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    de_nl: compile(
        r"(?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}?[\p{L}\-]*(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|gracht|plein|kade|singel|dijk|dreef|steeg|hof)\s+\d{1,4}(?:\s?[a-zA-Z]|-\d{1,4})?,?\s*$",
    ),
    fr: Street::new(FR),
    es_it: Street::new(ES_IT),
    us: compile(
        r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}\d][\p{L}\d.'’]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir)\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\.?)?,?(?:\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*#?[\w-]+,?)?\s+(?:\p{Lu}[\p{L}.'’]*\s?){1,3},?\s+[A-Z]{2},?\s*$",
    ),
    uk: compile(
        r"\b\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Place|Gardens|Crescent|Square|Terrace|Hill|Row|Mews|Court|Grove|Park|Walk|Yard|Green)\.?,?\s+(?:\p{Lu}[\p{L}'’\-]*,?\s+){1,3}$",
    ),
    city_after: compile(r"^\s\p{Lu}[\p{L}\p{M}\-]+(?:[ \-]\p{Lu}[\p{L}\p{M}\-]+)?"),
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
        let start = |r: &Regex| r.find(before).map(|m| m.start());
        let found = match shape {
            Shape::Five => start(&p.de_nl)
                .or_else(|| p.fr.find(before))
                .or_else(|| p.es_it.find(before))
                .or_else(|| start(&p.us)),
            Shape::Nl => start(&p.de_nl),
            Shape::Uk => start(&p.uk),
        };
        let Some(m) = found else {
            return;
        };
        let mut end = pe;
        if shape != Shape::Uk {
            if let Some(city) = p.city_after.find(&text[pe..]) {
                end = pe + city.end();
            }
        }
        emit(ws + m, end);
    });
}

#[cfg(test)]
mod tests {
    use super::super::cluster::for_each;
    use super::*;
    use proptest::prelude::*;

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

    /// The two patterns as they were written before `Street`, with `{2,50}?` and no group.
    const FR_AS_WRITTEN: &str = r"\b\d{1,4}(?:\s?(?:bis|ter|[a-cA-C]))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|allée|allee|quai|cours|route|square|passage)\s[\p{L}\p{M}'’\-\s.]{2,50}?,?\s*$";
    const ES_IT_AS_WRITTEN: &str = r"\b(?i:calle|c/|avenida|avda\.|plaza|paseo|camino|carrer|via|viale|piazza|corso|vicolo|largo)\s[\p{L}\p{M}'’.\s]{2,50}?,?\s\d{1,4}[a-zA-Z]?,?\s*$";

    static AS_WRITTEN: LazyLock<[Regex; 2]> =
        LazyLock::new(|| [compile(FR_AS_WRITTEN), compile(ES_IT_AS_WRITTEN)]);

    /// Both ways of finding a street, and whether the unbounded pattern's name was too long
    /// (so that the bounded pattern had the last word).
    fn both_ways(text: &str) -> [(Option<usize>, Option<usize>, bool); 2] {
        let p = &*PATTERNS;
        let long = |s: &Street| {
            s.open
                .captures(text)
                .is_some_and(|c| c["name"].chars().count() > NAME_MAX)
        };
        [(&p.fr, 0), (&p.es_it, 1)].map(|(street, i)| {
            let written = AS_WRITTEN[i].find(text).map(|m| m.start());
            (street.find(text), written, long(street))
        })
    }

    #[test]
    fn a_street_name_too_long_for_the_bound_is_left_to_the_bounded_pattern() {
        let run = "abcdefghij".repeat(6);
        // The unbounded pattern starts at `via`, whose name is 60 letters and more; the
        // bounded one at `Via Roma`.
        let text = format!("via {run} Via Roma 1, ");
        let [_, es_it] = both_ways(&text);
        assert_eq!(es_it, (Some(text.find("Via Roma").unwrap()), es_it.1, true));
        // No bounded match at all.
        let text = format!("Calle {run} 12, ");
        assert_eq!(both_ways(&text)[1], (None, None, true));
        let text = format!("1 rue {run} de la Paix, ");
        assert_eq!(both_ways(&text)[0], (None, None, true));
        // At exactly 50 characters the unbounded pattern's match stands.
        let text = format!("1 rue {}, ", &run[..50]);
        assert_eq!(both_ways(&text)[0], (Some(0), Some(0), false));
    }

    /// Texts that often end in a street, sometimes in several, and sometimes in a name
    /// longer than 50 characters: a few pieces of anything, then a number, a street word,
    /// pieces of a name, and an ending (a house number for Spain and Italy).
    const ANY: &[&str] = &[
        " ",
        ",",
        ".",
        "-",
        "’",
        "\u{301}",
        "1",
        "12",
        "12345",
        "a",
        "bis",
        "B",
        "rue",
        "Via",
        "Paix",
        "Élysées",
        "calle",
        "c/",
        "😀",
        "\n",
        "x",
    ];
    const NUMBERS: &[&str] = &[
        "", "1 ", "12", "123 ", "4 bis ", "5b, ", "6 C ", "12345 ", " 7",
    ];
    const STREETS: &[&str] = &[
        "rue",
        "Rue",
        "RUE",
        "av.",
        "bd",
        "allée",
        "Boulevard",
        "cours",
        "Calle",
        "calle",
        "c/",
        "via",
        "Via",
        "Avda.",
        "plaza",
        "Piazza",
        "x",
    ];
    const NAME_PIECES: &[&str] = &[
        " ",
        " ",
        " ",
        "  ",
        ".",
        "-",
        "'",
        "’",
        "\u{301}",
        "a",
        "de",
        "la",
        "Paix",
        "Champs",
        "Élysées",
        "Mühlenstraße",
        "abcdefghijklmnopqrstuvwxyz",
        "Roma",
        "Mayor",
        "ß",
        "Ж",
        " via ",
        " Via ",
        " rue ",
        ",",
    ];
    const ENDINGS: &[&str] = &[
        "", ",", ", ", " ", " \n", " 12", " 12, ", " 3a", ",1", " 12345",
    ];

    fn street_text(any: &[&str], number: &str, street: &str, name: &[&str], end: &str) -> String {
        format!("{}{number}{street} {}{end}", any.concat(), name.concat())
    }

    fn pieces(of: &'static [&'static str], n: usize) -> impl Strategy<Value = Vec<&'static str>> {
        proptest::collection::vec(proptest::sample::select(of), 0..n)
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn open_street_patterns_find_what_the_bounded_ones_find(
            any in pieces(ANY, 8),
            number in proptest::sample::select(NUMBERS),
            street in proptest::sample::select(STREETS),
            name in pieces(NAME_PIECES, 32),
            end in proptest::sample::select(ENDINGS),
        ) {
            let text = street_text(&any, number, street, &name, end);
            for (found, written, _) in both_ways(&text) {
                prop_assert_eq!(found, written);
            }
        }
    }

    /// Texts made as above do reach every case for both patterns: no street, a street, and a
    /// name too long for the bound.
    #[test]
    fn the_random_texts_reach_every_case() {
        use rand::{rngs::SmallRng, Rng, SeedableRng};
        let mut rng = SmallRng::seed_from_u64(7);
        let mut pick = |of: &[&'static str]| of[rng.random_range(0..of.len())];
        let mut seen = [[0u32; 3]; 2];
        for _ in 0..4000 {
            let any: Vec<_> = (0..pick(&["0", "3", "7"]).len())
                .map(|_| pick(ANY))
                .collect();
            let (number, street) = (pick(NUMBERS), pick(STREETS));
            let n = pick(&["", "aaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]).len();
            let name: Vec<_> = (0..n).map(|_| pick(NAME_PIECES)).collect();
            let text = street_text(&any, number, street, &name, pick(ENDINGS));
            for (i, (found, written, long)) in both_ways(&text).into_iter().enumerate() {
                assert_eq!(found, written, "{text:?}");
                seen[i][if long {
                    2
                } else {
                    usize::from(found.is_some())
                }] += 1;
            }
        }
        for (i, s) in seen.iter().enumerate() {
            assert!(s.iter().all(|&k| k >= 20), "pattern {i}: {s:?}");
        }
    }

    #[test]
    fn postal_code_alone_is_not_an_address() {
        assert!(find("10115 Berlin is great, 20500 followers").is_empty());
        assert!(find("Room 1015 CJ").is_empty());
    }
}
