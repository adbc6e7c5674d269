//! Folding items into per-category totals: what `scan` and reports show.
//!
//! A `Tallies` is built per entry on the worker threads and merged afterwards; it keeps
//! counts and date bounds only, never texts, so memory does not grow with the export.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::export::{ExportKind, FileReport};
use crate::model::{Category, Exposure, FindingSet, Status, Warning, FINDING_TYPES};

/// How many redacted examples a report keeps per finding type.
pub const EXAMPLES_PER_TYPE: usize = 5;

/// One redacted example of a finding, for the report: where it is and what it looks like with
/// the personal part masked. Only `exposed` or `possibly` items give examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The file inside the export (first in the sort order, so the kept examples do not depend
    /// on how the work was split across threads).
    pub file: String,
    /// The line where the item starts.
    pub line: u64,
    /// The finding's index in `FINDING_TYPES`.
    pub kind: usize,
    /// The item's category.
    pub category: Category,
    /// The item's UTC day.
    pub date: Option<NaiveDate>,
    /// The item's URL as the export gives it (untrusted: check before linking).
    pub url: Option<String>,
    /// The item's verdict.
    pub exposure: Exposure,
    /// The found text, redacted (`j***@example.com`); untrusted, escape before output.
    pub shown: String,
}

/// What the summary keeps of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Its category.
    pub category: Category,
    /// Its date.
    pub date: Option<DateTime<Utc>>,
    /// Its words.
    pub words: u64,
    /// Its verdict.
    pub exposure: Exposure,
    /// The finding types in its text.
    pub findings: FindingSet,
    /// Redacted examples of its findings (reports only; empty for `scan`).
    pub examples: Vec<Example>,
}

/// Totals for one category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategoryStats {
    /// Items.
    pub items: u64,
    /// Words.
    pub words: u64,
    /// The earliest item date.
    pub first: Option<DateTime<Utc>>,
    /// The latest item date.
    pub last: Option<DateTime<Utc>>,
    /// Items judged `exposed`.
    pub exposed_items: u64,
    /// Their words.
    pub exposed_words: u64,
    /// Items judged `possibly`.
    pub possibly_items: u64,
    /// Their words.
    pub possibly_words: u64,
}

impl CategoryStats {
    /// Adds one item.
    pub fn add(&mut self, s: &Scored) {
        self.items += 1;
        self.words += s.words;
        if let Some(d) = s.date {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
        match s.exposure {
            Exposure::Exposed => {
                self.exposed_items += 1;
                self.exposed_words += s.words;
            }
            Exposure::Possibly => {
                self.possibly_items += 1;
                self.possibly_words += s.words;
            }
            Exposure::NotExposed => {}
        }
    }

    /// Adds another part's totals.
    pub fn merge(&mut self, o: &CategoryStats) {
        self.items += o.items;
        self.words += o.words;
        self.first = match (self.first, o.first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last = match (self.last, o.last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.exposed_items += o.exposed_items;
        self.exposed_words += o.exposed_words;
        self.possibly_items += o.possibly_items;
        self.possibly_words += o.possibly_words;
    }
}

/// Per-category totals, mergeable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tallies {
    /// Indexed by `Category as usize`.
    pub categories: [CategoryStats; Category::COUNT],
    /// Per entry of `FINDING_TYPES`: (items holding it, of which exposed).
    pub findings: [(u64, u64); FINDING_TYPES.len()],
    /// Dated items per UTC (year, month), by exposure: `[exposed, possibly, not_exposed]`.
    pub months: BTreeMap<(i32, u32), [u64; 3]>,
    /// Per entry of `FINDING_TYPES`: at most [`EXAMPLES_PER_TYPE`] examples, the first by
    /// (file, line), so the result is the same however the items were split.
    pub examples: [Vec<Example>; FINDING_TYPES.len()],
}

impl Default for Tallies {
    fn default() -> Tallies {
        Tallies {
            categories: [CategoryStats::default(); Category::COUNT],
            findings: [(0, 0); FINDING_TYPES.len()],
            months: BTreeMap::new(),
            examples: std::array::from_fn(|_| Vec::new()),
        }
    }
}

/// The position of an exposure in a month's `[exposed, possibly, not_exposed]`.
pub fn exposure_slot(e: Exposure) -> usize {
    match e {
        Exposure::Exposed => 0,
        Exposure::Possibly => 1,
        Exposure::NotExposed => 2,
    }
}

impl Tallies {
    /// Adds items.
    pub fn add_all(&mut self, items: Vec<Scored>) {
        for s in items {
            self.categories[s.category as usize].add(&s);
            for i in s.findings.indexes() {
                self.findings[i].0 += 1;
                if s.exposure == Exposure::Exposed {
                    self.findings[i].1 += 1;
                }
            }
            if let Some(d) = s.date {
                self.months.entry((d.year(), d.month())).or_default()[exposure_slot(s.exposure)] +=
                    1;
            }
            for e in s.examples {
                let kind = e.kind;
                if kind < FINDING_TYPES.len() {
                    keep_example(&mut self.examples[kind], e);
                }
            }
        }
    }

    /// Adds another part.
    pub fn merge(&mut self, other: &Tallies) {
        for (a, b) in self.categories.iter_mut().zip(&other.categories) {
            a.merge(b);
        }
        for (a, b) in self.findings.iter_mut().zip(&other.findings) {
            a.0 += b.0;
            a.1 += b.1;
        }
        for (month, counts) in &other.months {
            let mine = self.months.entry(*month).or_default();
            for (a, b) in mine.iter_mut().zip(counts) {
                *a += b;
            }
        }
        for (mine, theirs) in self.examples.iter_mut().zip(&other.examples) {
            for e in theirs {
                keep_example(mine, e.clone());
            }
        }
    }

    /// The sum over all categories.
    pub fn total(&self) -> CategoryStats {
        let mut t = CategoryStats::default();
        for c in &self.categories {
            t.merge(c);
        }
        t
    }
}

/// Inserts an example in order and keeps the first [`EXAMPLES_PER_TYPE`] (one per item).
fn keep_example(list: &mut Vec<Example>, e: Example) {
    if list.iter().any(|x| x.file == e.file && x.line == e.line) {
        return;
    }
    let key = |x: &Example| (x.file.clone(), x.line, x.kind, x.shown.clone());
    let at = list.partition_point(|x| key(x) < key(&e));
    if at < EXAMPLES_PER_TYPE {
        list.insert(at, e);
        list.truncate(EXAMPLES_PER_TYPE);
    }
}

/// Where the member's country came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountrySource {
    /// `Profile.csv` Geo Location.
    Profile,
    /// `--country`.
    Flag,
    /// Nothing told; the default.
    Default,
}

/// The member's situation the verdicts assume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// How the country was found.
    pub country_source: CountrySource,
    /// The day the member switched the setting off, if they did.
    pub opted_out_on: Option<NaiveDate>,
    /// Whether the member is under 18.
    pub under_18: bool,
    /// The day the verdicts are for.
    pub as_of: NaiveDate,
    /// The policy versions that touch this member.
    pub policy_versions: Vec<String>,
}

/// Everything `scan` reports.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The exports as given.
    pub sources: Vec<String>,
    /// Basic or Complete.
    pub kind: ExportKind,
    /// From the file name.
    pub export_date: Option<NaiveDate>,
    /// Every file, in path order.
    pub files: Vec<FileReport>,
    /// The member's situation.
    pub context: Context,
    /// Per-category totals.
    pub tallies: Tallies,
    /// Each category's highest status across the versions that touch this member.
    pub statuses: [Status; Category::COUNT],
    /// Warnings, sorted by file and line.
    pub warnings: Vec<Warning>,
}

impl Summary {
    /// Whether any file was skipped or read in part (exit code 3).
    pub fn incomplete(&self) -> bool {
        crate::export::incomplete(&self.files, &self.warnings)
    }
}
