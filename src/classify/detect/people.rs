//! The names of the member's connections in a text: first and last name together, as
//! whole words (Unicode-aware: é, ß, ø, Cyrillic), in the name's own capitalisation or in
//! all caps. Every name goes into the one automaton of [`super::phrases`] (ASCII case
//! folded; the exact and uppercase forms are then checked here byte for byte), so
//! thousands of connections cost no extra pass. Where a name is also a place ("Rose Hill"), a match right after a place
//! preposition ("in Rose Hill") or right before a place noun ("Rose Hill Road") is
//! dropped: see DETECTORS.md for what that costs.

use super::{text, Class, Finding, PEOPLE_TYPE};

/// Words that, right before a capitalised pair, make it a place: "in Rose Hill".
/// ("à", "a", "bij" are left out: "merci à", "grazie a", "bij" precede people as often.)
const PLACE_BEFORE: &[&str] = &[
    "in", "near", "nahe", "près de", "en", "cerca de", "vicino a",
];

/// Words that, right after a capitalised pair, make it part of a place or organisation name.
const PLACE_AFTER: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Park", "Station", "School", "Hospital", "Farm", "Estate",
    "Hotel", "Bridge", "Square", "Straße", "Strasse", "Platz", "Weg", "Bahnhof", "Allee", "Straat",
    "Laan", "Plein", "Rue", "Calle", "Via", "Road,",
];

/// One connection's name as it may appear: its own spelling and its uppercase forms
/// (German `ß` uppercases to `SS`, but is also written as `ß` in capitals).
struct Name {
    forms: Vec<String>,
}

/// The connections' names as search patterns.
pub struct PeopleDetector {
    names: Vec<Name>,
    patterns: Vec<String>,
    pattern_name: Vec<u32>,
}

impl PeopleDetector {
    /// Builds the automaton from `(first, last)` pairs; blank or one-letter parts are skipped.
    pub fn new(connections: &[(String, String)]) -> PeopleDetector {
        let mut names: Vec<Name> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (first, last) in connections {
            let (f, l) = (collapse(first), collapse(last));
            if f.chars().count() < 2 || l.chars().count() < 2 {
                continue;
            }
            let exact = format!("{f} {l}");
            if seen.insert(exact.clone()) {
                let mut forms = vec![exact.clone(), exact.to_uppercase()];
                let keep_sz: String = exact
                    .chars()
                    .flat_map(|c| {
                        if c == 'ß' {
                            vec![c]
                        } else {
                            c.to_uppercase().collect()
                        }
                    })
                    .collect();
                forms.push(keep_sz);
                forms.dedup();
                names.push(Name { forms });
            }
        }
        let mut pats: Vec<String> = Vec::with_capacity(names.len() * 2);
        let mut pattern_name = Vec::with_capacity(names.len() * 2);
        for (i, n) in names.iter().enumerate() {
            for (k, f) in n.forms.iter().enumerate() {
                // ASCII case is folded by the automaton: only forms that differ elsewhere count.
                if !n.forms[..k].iter().any(|g| g.eq_ignore_ascii_case(f)) {
                    pats.push(f.clone());
                    pattern_name.push(i as u32);
                }
            }
        }
        PeopleDetector {
            names,
            patterns: pats,
            pattern_name,
        }
    }

    /// Number of distinct names held.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when no connection name is held.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The search patterns; [`Self::check`] takes their index.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// The finding for a hit of pattern `pat` at `s..e` in `t`: exact or uppercase form,
    /// whole words, not read as a place.
    pub fn check(&self, t: &str, pat: usize, s: usize, e: usize) -> Option<Finding> {
        let name = &self.names[self.pattern_name[pat] as usize];
        let hit = t.get(s..e)?;
        (name.forms.iter().any(|f| f == hit) && text::is_whole_word(t, s, e) && !is_place(t, s, e))
            .then_some(Finding {
                class: Class::People,
                kind: PEOPLE_TYPE,
                start: s,
                end: e,
            })
    }
}

/// Trims and collapses inner white space to single spaces.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when the name at `s..e` reads as a place: "in Rose Hill", "Rose Hill Road".
fn is_place(t: &str, s: usize, e: usize) -> bool {
    let before = t[..s].trim_end_matches(' ');
    let preceded = before.len() < s
        && PLACE_BEFORE.iter().any(|w| {
            before.len() >= w.len()
                && before.is_char_boundary(before.len() - w.len())
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                && text::left_open(before, before.len() - w.len())
        });
    let next = t[e..]
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next())
        .unwrap_or("");
    preceded || PLACE_AFTER.contains(&next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn det() -> PeopleDetector {
        let c = [
            ("Rose", "Hill"),
            ("Zoë", "Løkke"),
            ("Jürgen", "Weiß"),
            ("Иван", "Петров"),
            ("Mark", "Green"),
        ];
        PeopleDetector::new(&c.map(|(a, b)| (a.to_string(), b.to_string())))
    }

    fn find(s: &str) -> Vec<&str> {
        let people = det();
        let m = super::super::phrases::PhraseMatcher::new(&[], people.patterns());
        let mut v = Vec::new();
        m.for_each(s, |hit, a, b| {
            if let super::super::phrases::Hit::Name(p) = hit {
                v.extend(people.check(s, p, a, b));
            }
        });
        v.iter().map(|f| &s[f.start..f.end]).collect()
    }

    #[test]
    fn unicode_names_whole_words() {
        assert_eq!(
            find("Danke, Zoë Løkke und JÜRGEN WEISS"),
            vec!["Zoë Løkke", "JÜRGEN WEISS"]
        );
        assert_eq!(
            find("Спасибо, Иван Петров! ИВАН ПЕТРОВ"),
            vec!["Иван Петров", "ИВАН ПЕТРОВ"]
        );
        assert_eq!(
            find("JÜRGEN WEIß war da, jürgen weiß nicht"),
            vec!["JÜRGEN WEIß"]
        );
        assert!(find("Zoë Løkkestad").is_empty());
    }

    #[test]
    fn case_aware() {
        assert_eq!(find("Thanks Mark Green!"), vec!["Mark Green"]);
        assert!(find("mark green boxes").is_empty());
        assert!(find("Mark GREEN").is_empty());
        assert_eq!(find("MARK GREEN"), vec!["MARK GREEN"]);
    }

    #[test]
    fn rose_hill_place_vs_person() {
        assert_eq!(find("Congrats Rose Hill on the launch"), vec!["Rose Hill"]);
        assert!(find("our new office in Rose Hill").is_empty());
        assert!(find("the Rose Hill Road site").is_empty());
    }
}
