//! GDPR Art. 9 special categories, found with lexicons kept as data files
//! (`lexicons/<lang>.txt`, format in [`lexicon`]) for English, German, French, Spanish,
//! Dutch and Italian. The lexicons are parsed once per process into search patterns (ASCII
//! case is folded by the automaton; non-ASCII case forms are added as extra patterns).
//! The search itself runs in [`super::phrases`], in one automaton shared with the
//! connections' names; this module checks each hit (word boundaries, exact case, a
//! confirming regex) and drops it when a negative phrase of its type overlaps it. Negative
//! phrases live in a second, small automaton consulted only around a hit. Overlaps between
//! hits are resolved by the caller.

pub mod lexicon;

use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;

use super::{text, Class, Finding, SPECIAL_TYPES};
use lexicon::Entry;

/// The embedded lexicon files, one per language.
pub const LEXICON_FILES: [(&str, &str); 6] = [
    ("en", include_str!("../lexicons/en.txt")),
    ("de", include_str!("../lexicons/de.txt")),
    ("fr", include_str!("../lexicons/fr.txt")),
    ("es", include_str!("../lexicons/es.txt")),
    ("nl", include_str!("../lexicons/nl.txt")),
    ("it", include_str!("../lexicons/it.txt")),
];

/// How far around a trigger a confirming regex or a negative phrase may reach, in bytes.
const REACH: usize = 80;

/// The compiled lexicons.
pub struct SpecialDetector {
    /// Search patterns of the positive entries, for [`super::phrases`], with whether the
    /// pattern is a compound tail.
    patterns: Vec<(String, bool)>,
    negative: AhoCorasick,
    /// Pattern id -> entry index, for the patterns and the negative automaton.
    pos_entry: Vec<u32>,
    neg_entry: Vec<u32>,
    entries: Vec<Entry>,
    /// Entry index -> compiled regex for `re:` entries, compiled on the entry's first hit
    /// by the worker that meets it: compiling all of them up front took most of the
    /// start-up (`perf record` of `scan` on the sample export), and an export compiles only
    /// the ones its texts hit (`every_regex_compiles` checks them all).
    regexes: Vec<OnceLock<Regex>>,
}

static SHARED: LazyLock<SpecialDetector> = LazyLock::new(SpecialDetector::build);

impl SpecialDetector {
    /// The process-wide detector, built on first use.
    pub fn shared() -> &'static SpecialDetector {
        &SHARED
    }

    /// All parsed lexicon entries (for tests and tooling).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The search patterns of the positive entries with whether each is a compound tail
    /// (`*x`); [`Self::check`] takes their index.
    pub fn patterns(&self) -> &[(String, bool)] {
        &self.patterns
    }

    fn build() -> SpecialDetector {
        let entries: Vec<Entry> = LEXICON_FILES
            .iter()
            .flat_map(|(name, src)| lexicon::parse(name, src))
            .collect();
        let (mut pos, mut pos_entry, mut neg, mut neg_entry) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, e) in entries.iter().enumerate() {
            assert!(
                !(e.left_open && e.right_open),
                "{}: a compound tail ends at a word end",
                e.phrase
            );
            let forms = if e.exact_case {
                vec![e.phrase.clone()]
            } else {
                text::case_variants(&e.phrase)
            };
            for f in forms {
                let mut add = |p: String| {
                    if e.negative {
                        neg.push(p);
                        neg_entry.push(i as u32);
                    } else {
                        pos.push((p, e.left_open));
                        pos_entry.push(i as u32);
                    }
                };
                if f.contains('\'') {
                    add(f.replace('\'', "’"));
                }
                add(f);
            }
        }
        let negative = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&neg)
            .expect("negative lexicon automaton");
        let regexes = entries.iter().map(|_| OnceLock::new()).collect();
        SpecialDetector {
            patterns: pos,
            negative,
            pos_entry,
            neg_entry,
            entries,
            regexes,
        }
    }

    /// The finding for a hit of pattern `pat` at `s..e` in `t`, after the boundary, case,
    /// regex and negative checks.
    pub fn check(&self, t: &str, pat: usize, s: usize, e: usize) -> Option<Finding> {
        let idx = self.pos_entry[pat] as usize;
        let (start, end) = self.check_entry(t, idx, s, e)?;
        Some(Finding {
            class: Class::SpecialCategory,
            kind: SPECIAL_TYPES[self.entries[idx].kind],
            start,
            end,
        })
    }

    fn check_entry(&self, t: &str, idx: usize, s: usize, e: usize) -> Option<(usize, usize)> {
        let en = &self.entries[idx];
        if !t.is_char_boundary(s) || !t.is_char_boundary(e) {
            return None;
        }
        // `*x` closes a compound: a word character must come before; `x*` may go on.
        if en.left_open == text::left_open(t, s) || !en.right_open && !text::right_open(t, e) {
            return None;
        }
        if en.exact_case && t[s..e] != en.phrase {
            return None;
        }
        let mut span = (s, e);
        if en.right_open {
            span.1 += t[e..]
                .find(|c: char| !text::is_word_char(c))
                .unwrap_or(t.len() - e);
        }
        if en.left_open {
            span.0 = t[..s]
                .rfind(|c: char| !text::is_word_char(c))
                .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        }
        if let Some(re) = self.regex(idx) {
            let (ws, w) = text::window(t, s, e, REACH, REACH);
            let m = re
                .find_iter(w)
                .find(|m| ws + m.start() < e && ws + m.end() > s)?;
            span = (ws + m.start(), ws + m.end());
        }
        if self.suppressed(t, en.kind, span) {
            return None;
        }
        Some(span)
    }

    /// The compiled regex of entry `idx`, if it has one.
    fn regex(&self, idx: usize) -> Option<&Regex> {
        let source = self.entries[idx].regex.as_deref()?;
        Some(self.regexes[idx].get_or_init(|| {
            Regex::new(source).unwrap_or_else(|err| panic!("lexicon regex {source}: {err}"))
        }))
    }

    /// True when a negative phrase of the same type overlaps `span`.
    fn suppressed(&self, t: &str, kind: usize, (s, e): (usize, usize)) -> bool {
        let (ws, w) = text::window(t, s, e, REACH, REACH);
        self.negative.find_overlapping_iter(w).any(|m| {
            let en = &self.entries[self.neg_entry[m.pattern().as_usize()] as usize];
            let (ns, ne) = (ws + m.start(), ws + m.end());
            en.kind == kind
                && ns < e
                && ne > s
                && en.left_open != text::left_open(t, ns)
                && (en.right_open || text::right_open(t, ne))
                && (!en.exact_case || t[ns..ne] == en.phrase)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_regex_compiles() {
        let d = SpecialDetector::shared();
        let with_regex = (0..d.entries.len())
            .filter(|&i| d.regex(i).is_some())
            .count();
        assert!(with_regex > 10, "only {with_regex} regex entries");
    }

    fn find(s: &str) -> Vec<(&'static str, &str)> {
        let mut v = Vec::new();
        super::super::Detectors::new(&[]).scan(s, &mut v);
        v.iter()
            .filter(|f| f.class == Class::SpecialCategory)
            .map(|f| (f.kind, &s[f.start..f.end]))
            .collect()
    }

    #[test]
    fn lexicons_parse_and_build() {
        assert!(SpecialDetector::shared().entries().len() > 300);
    }

    #[test]
    fn negatives_suppress() {
        assert!(find("The European Union announced new rules").is_empty());
        assert!(find("the union of two sets is a set").is_empty());
        assert!(find("I opened an account at the credit union").is_empty());
        assert!(find("Great positive feedback from the party last night").is_empty());
    }

    #[test]
    fn finds_inflections_and_compounds() {
        assert_eq!(
            find("Ich bin seit 2019 Diabetikerin."),
            vec![("health", "Diabetikerin")]
        );
        assert_eq!(
            find("Meine Mutter hatte Brustkrebs"),
            vec![("health", "Brustkrebs")]
        );
        // "trade union" and "union member" overlap: the caller merges them.
        assert_eq!(
            find("I'm a proud trade union member"),
            vec![("trade_union", "trade union member")]
        );
        assert_eq!(
            find("Sono iscritta al sindacato da anni"),
            vec![("trade_union", "iscritta al sindacato")]
        );
    }
}
