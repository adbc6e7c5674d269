//! Sensitive-data detectors: personal data (`pii`), GDPR Art. 9 special categories
//! (`special_category`) and the names of the member's connections (`people`) in a text.
//!
//! [`Detectors`] is built once (lexicons compiled, the connections' names put in one
//! automaton) and then shared read-only by every thread; [`Detectors::scan`] appends the
//! [`Finding`]s of one text, as byte offsets into it. This module only combines the three
//! detector families and resolves overlaps; each family lives in its own module:
//! [`pii`] (digit clusters, e-mail, URL, addresses), [`special`] (lexicons in `lexicons/`)
//! and [`people`]; the last two share one automaton pass, [`phrases`]. Which item texts are scanned, and how findings are counted, is left to
//! the caller.

pub mod people;
pub mod phrases;
pub mod pii;
pub mod special;
mod text;

use serde::Serialize;

/// The three classes of findings (contract, DESIGN.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Personal data such as e-mail addresses, phone numbers, IBANs.
    Pii,
    /// GDPR Art. 9 special categories of personal data.
    SpecialCategory,
    /// Names of the member's connections.
    People,
}

impl Class {
    /// The class id as it appears in JSON: `pii`, `special_category` or `people`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Pii => "pii",
            Class::SpecialCategory => "special_category",
            Class::People => "people",
        }
    }
}

/// One detected span. `start..end` are byte offsets into the scanned text, always on
/// `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Finding {
    /// The class of the finding.
    pub class: Class,
    /// The type id within the class: one of [`PII_TYPES`], [`SPECIAL_TYPES`] or [`PEOPLE_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Byte offset of the first byte of the span.
    pub start: usize,
    /// Byte offset one past the last byte of the span.
    pub end: usize,
}

/// Type ids of the `pii` class (contract).
pub const PII_TYPES: [&str; 8] = [
    "email",
    "phone",
    "iban",
    "payment_card",
    "ip_address",
    "url",
    "postal_address",
    "national_id",
];

/// Type ids of the `special_category` class (contract).
pub const SPECIAL_TYPES: [&str; 8] = [
    "racial_ethnic_origin",
    "political_opinions",
    "religious_beliefs",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
];

/// The one type id of the `people` class.
pub const PEOPLE_TYPE: &str = "names";

/// All detectors, built once and shared read-only (`Send + Sync`).
pub struct Detectors {
    pii: pii::PiiDetector,
    special: &'static special::SpecialDetector,
    people: people::PeopleDetector,
    phrases: phrases::PhraseMatcher,
}

impl Detectors {
    /// Builds the detectors. `connections` are the (first, last) names of the member's
    /// connections; rows where either part is blank are ignored.
    pub fn new(connections: &[(String, String)]) -> Detectors {
        Detectors::with_connections(Prepared::new(), connections)
    }

    /// Builds the detectors from the parts made beforehand.
    pub fn with_connections(prepared: Prepared, connections: &[(String, String)]) -> Detectors {
        let Prepared { pii, special } = prepared;
        let people = people::PeopleDetector::new(connections);
        let phrases = phrases::PhraseMatcher::new(special.patterns(), people.patterns());
        Detectors {
            pii,
            special,
            people,
            phrases,
        }
    }
}

/// The detectors' parts that do not depend on the export (the pii patterns, the lexicons):
/// most of the time `Detectors::new` takes (`cargo run --release --example detect-bench`
/// prints it), which can pass while the export is opened.
pub struct Prepared {
    pii: pii::PiiDetector,
    special: &'static special::SpecialDetector,
}

impl Prepared {
    /// Builds the parts.
    pub fn new() -> Prepared {
        Prepared {
            pii: pii::PiiDetector::new(),
            special: special::SpecialDetector::shared(),
        }
    }
}

impl Default for Prepared {
    fn default() -> Prepared {
        Prepared::new()
    }
}

impl Detectors {
    /// Appends the findings of `text` to `out`, sorted by start (then by class).
    ///
    /// Findings of one class never overlap: overlapping findings of one type are merged
    /// into one span, and between two types the longer span wins. Findings of different
    /// classes may overlap. Nothing is allocated when nothing is found (apart from `out`
    /// growing to hold what is found).
    pub fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        let first = out.len();
        self.pii.scan(text, out);
        self.scan_phrases(text, out);
        if out.len() - first > 1 {
            resolve(&mut out[first..]);
            let kept = first + compact(&mut out[first..]);
            out.truncate(kept);
        }
    }

    /// Appends the special-category and people findings of `text` (unsorted).
    pub fn scan_phrases(&self, text: &str, out: &mut Vec<Finding>) {
        self.phrases.for_each(text, |hit, s, e| {
            let f = match hit {
                phrases::Hit::Lexicon(p) => self.special.check(text, p, s, e),
                phrases::Hit::Name(p) => self.people.check(text, p, s, e),
            };
            out.extend(f);
        });
    }

    /// Appends the pii findings of `text` (unsorted).
    pub fn scan_pii(&self, text: &str, out: &mut Vec<Finding>) {
        self.pii.scan(text, out);
    }
}

/// Sorts by class and start, merges overlapping findings of one type and marks the losers
/// of other same-class overlaps with `end == usize::MAX`.
fn resolve(found: &mut [Finding]) {
    found.sort_unstable_by(|a, b| {
        (a.class, a.start, std::cmp::Reverse(a.end)).cmp(&(
            b.class,
            b.start,
            std::cmp::Reverse(b.end),
        ))
    });
    let mut keep: Option<usize> = None;
    for i in 0..found.len() {
        if let Some(k) = keep {
            let (kc, ks, ke) = (found[k].class, found[k].start, found[k].end);
            let f = found[i];
            if f.class == kc && f.start < ke {
                // Overlap within one class: one type merges into one span ("trade union"
                // + "union member"); otherwise the longer span wins, the earlier on a tie.
                if f.kind == found[k].kind {
                    found[k].end = ke.max(f.end);
                    found[i].end = usize::MAX;
                } else if f.end - f.start > ke - ks {
                    found[k].end = usize::MAX;
                    keep = Some(i);
                } else {
                    found[i].end = usize::MAX;
                }
                continue;
            }
        }
        keep = Some(i);
    }
}

/// Drops the findings `resolve` marked, sorts the rest by start and returns their count.
fn compact(found: &mut [Finding]) -> usize {
    let mut n = 0;
    for i in 0..found.len() {
        if found[i].end != usize::MAX {
            found[n] = found[i];
            n += 1;
        }
    }
    found[..n].sort_unstable_by_key(|f| (f.start, f.class, f.end));
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(class: Class, kind: &'static str, start: usize, end: usize) -> Finding {
        Finding {
            class,
            kind,
            start,
            end,
        }
    }

    #[test]
    fn same_class_overlap_keeps_longer() {
        let mut v = vec![
            f(Class::Pii, "phone", 5, 15),
            f(Class::Pii, "url", 0, 30),
            f(Class::People, "names", 8, 12),
            f(Class::Pii, "email", 40, 50),
        ];
        resolve(&mut v);
        let n = compact(&mut v);
        v.truncate(n);
        assert_eq!(
            v,
            vec![
                f(Class::Pii, "url", 0, 30),
                f(Class::People, "names", 8, 12),
                f(Class::Pii, "email", 40, 50)
            ]
        );
    }

    #[test]
    fn detectors_are_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Detectors>();
    }

    #[test]
    fn finding_serializes_with_type_field() {
        let j = serde_json::to_string(&f(Class::SpecialCategory, "health", 1, 4)).unwrap();
        assert_eq!(
            j,
            r#"{"class":"special_category","type":"health","start":1,"end":4}"#
        );
    }
}
