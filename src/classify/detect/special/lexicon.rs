//! Parser of the lexicon data files (`lexicons/<lang>.txt`, embedded at build time).
//!
//! Format, one entry a line; `#` starts a comment line (or a comment after two spaces):
//!
//! ```text
//! [health]                 section: one of SPECIAL_TYPES; entries below belong to it
//! chronic illness          a phrase: whole words, any case
//! diabet*                  `*` at the end: the word may go on (diabetes, diabetic, Diabetiker)
//! *krebs                   `*` at the start: closes a compound (Brustkrebs, not Krebs)
//! =AfD                     `=`: exact case only
//! !cancer research         `!`: a negative phrase; a match of this section inside it is dropped
//! re: afkomst => \b\p{L}+se\s+afkomst\b
//!                          a trigger phrase and a regex that must match around it
//! ```
//!
//! Matching itself is in [`super`]; this module only turns text into [`Entry`] values.

use super::super::SPECIAL_TYPES;

/// One parsed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index into [`SPECIAL_TYPES`].
    pub kind: usize,
    /// The literal searched for (trigger phrase for regex entries).
    pub phrase: String,
    /// The match must start inside a word, as the tail of a compound (`*` before).
    pub left_open: bool,
    /// The match may end inside a word and extends to its end (`*` after).
    pub right_open: bool,
    /// Only the exact case matches (`=`).
    pub exact_case: bool,
    /// A negative phrase (`!`).
    pub negative: bool,
    /// A regex that must match around the trigger (`re:` lines).
    pub regex: Option<String>,
}

/// Parses one lexicon file; `name` is used in error messages. Panics on a malformed line:
/// the files are embedded, so a mistake shows up in the first test run.
pub fn parse(name: &str, src: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut kind: Option<usize> = None;
    for (no, raw) in src.lines().enumerate() {
        let line = raw.split("  #").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{name}:{}", no + 1);
        if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kind = Some(
                SPECIAL_TYPES
                    .iter()
                    .position(|t| *t == sec)
                    .unwrap_or_else(|| panic!("{}: unknown section {sec}", at())),
            );
            continue;
        }
        let kind = kind.unwrap_or_else(|| panic!("{}: entry before any section", at()));
        let mut e = Entry {
            kind,
            phrase: String::new(),
            left_open: false,
            right_open: false,
            exact_case: false,
            negative: false,
            regex: None,
        };
        let mut body = line;
        if let Some(rest) = body.strip_prefix("re:") {
            let (trigger, re) = rest
                .split_once("=>")
                .unwrap_or_else(|| panic!("{}: re: needs =>", at()));
            body = trigger.trim();
            e.regex = Some(re.trim().to_string());
        }
        if let Some(rest) = body.strip_prefix('!') {
            e.negative = true;
            body = rest;
        }
        if let Some(rest) = body.strip_prefix('=') {
            e.exact_case = true;
            body = rest;
        }
        if let Some(rest) = body.strip_prefix('*') {
            e.left_open = true;
            body = rest;
        }
        if let Some(rest) = body.strip_suffix('*') {
            e.right_open = true;
            body = rest;
        }
        let body = body.trim();
        assert!(body.chars().count() >= 2, "{}: phrase too short", at());
        e.phrase = if e.exact_case {
            body.to_string()
        } else {
            body.to_lowercase()
        };
        out.push(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags() {
        let src = "# c\n[health]\ndiabet*\n*krebs  # compound\n!cancer research\n[political_opinions]\n=AfD\nre: afkomst => x\n";
        let v = parse("t", src);
        assert_eq!(v.len(), 5);
        assert!(v[0].right_open && v[0].phrase == "diabet");
        assert!(v[1].left_open && v[1].phrase == "krebs");
        assert!(v[2].negative);
        assert!(v[3].exact_case && v[3].phrase == "AfD" && v[3].kind == 1);
        assert_eq!(v[4].regex.as_deref(), Some("x"));
    }
}
