//! Folding items into per-category totals: what `scan` and reports show.
//!
//! A `Tallies` is built per entry on the worker threads and merged afterwards; it keeps
//! counts and date bounds only, never texts, so memory does not grow with the export.

use chrono::{DateTime, NaiveDate, Utc};

use crate::export::{ExportKind, FileReport};
use crate::model::{Category, Exposure, FindingSet, Status, Warning, FINDING_TYPES};

/// What the summary keeps of one item.
#[derive(Debug, Clone, Copy, PartialEq)]
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
}

impl Default for Tallies {
    fn default() -> Tallies {
        Tallies {
            categories: [CategoryStats::default(); Category::COUNT],
            findings: [(0, 0); FINDING_TYPES.len()],
        }
    }
}

impl Tallies {
    /// Adds items.
    pub fn add_all(&mut self, items: &[Scored]) {
        for s in items {
            self.categories[s.category as usize].add(s);
            for i in s.findings.indexes() {
                self.findings[i].0 += 1;
                if s.exposure == Exposure::Exposed {
                    self.findings[i].1 += 1;
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
        self.warnings.iter().any(|w| w.partial)
            || self.files.iter().any(|f| {
                matches!(
                    f.status,
                    crate::export::FileStatus::Partial | crate::export::FileStatus::Unreadable
                )
            })
    }
}
