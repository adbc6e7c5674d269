//! `scan --format json`: the schema of DESIGN §8, `schema_version` 1.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::export::{ExportKind, FileStatus};
use crate::model::{Category, FINDING_TYPES};
use crate::summary::{CategoryStats, CountrySource, Summary};

/// The schema version of every JSON output.
pub const SCHEMA_VERSION: u32 = 1;

/// The scan document; `report_json` flattens it into the report's.
#[derive(Serialize)]
pub(crate) struct Doc<'a> {
    schema_version: u32,
    tool: Tool,
    export: ExportJson<'a>,
    context: ContextJson<'a>,
    categories: Vec<CategoryJson>,
    totals: Totals,
    findings: BTreeMap<&'static str, BTreeMap<&'static str, FindingJson>>,
    warnings: Vec<WarningJson<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct ExportJson<'a> {
    sources: &'a [String],
    kind: ExportKind,
    export_date: Option<String>,
    files: Vec<FileJson<'a>>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    category: &'static str,
    items: u64,
    status: FileStatus,
}

#[derive(Serialize)]
struct ContextJson<'a> {
    country: &'a str,
    country_source: CountrySource,
    opted_out_on: Option<String>,
    under_18: bool,
    as_of: String,
    policy_versions: &'a [String],
}

#[derive(Serialize)]
struct CategoryJson {
    category: &'static str,
    items: u64,
    words: u64,
    first: Option<String>,
    last: Option<String>,
    status: &'static str,
    exposed_items: u64,
    exposed_words: u64,
    possibly_items: u64,
    possibly_words: u64,
}

#[derive(Serialize)]
struct Totals {
    items: u64,
    words: u64,
    exposed_items: u64,
    exposed_words: u64,
    possibly_items: u64,
    possibly_words: u64,
}

#[derive(Serialize)]
struct FindingJson {
    items: u64,
    exposed_items: u64,
}

#[derive(Serialize)]
struct WarningJson<'a> {
    file: &'a str,
    line: Option<u64>,
    message: &'a str,
}

fn day(d: Option<chrono::DateTime<chrono::Utc>>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

fn totals(t: &CategoryStats) -> Totals {
    Totals {
        items: t.items,
        words: t.words,
        exposed_items: t.exposed_items,
        exposed_words: t.exposed_words,
        possibly_items: t.possibly_items,
        possibly_words: t.possibly_words,
    }
}

/// Renders the summary as pretty-printed JSON with a final newline.
pub fn render(s: &Summary) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&doc(s)).expect("the summary serialises");
    out.push(b'\n');
    out
}

/// The scan document of a summary.
pub(crate) fn doc(s: &Summary) -> Doc<'_> {
    let categories = Category::ALL
        .iter()
        .map(|&c| (c, &s.tallies.categories[c as usize]))
        .filter(|(_, t)| t.items > 0)
        .map(|(c, t)| CategoryJson {
            category: c.id(),
            items: t.items,
            words: t.words,
            first: day(t.first),
            last: day(t.last),
            status: s.statuses[c as usize].as_str(),
            exposed_items: t.exposed_items,
            exposed_words: t.exposed_words,
            possibly_items: t.possibly_items,
            possibly_words: t.possibly_words,
        })
        .collect();
    let mut findings: BTreeMap<&'static str, BTreeMap<&'static str, FindingJson>> = BTreeMap::new();
    for (i, &(class, kind)) in FINDING_TYPES.iter().enumerate() {
        let (items, exposed_items) = s.tallies.findings[i];
        findings.entry(class).or_default().insert(
            kind,
            FindingJson {
                items,
                exposed_items,
            },
        );
    }
    Doc {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        export: ExportJson {
            sources: &s.sources,
            kind: s.kind,
            export_date: s.export_date.map(|d| d.to_string()),
            files: s
                .files
                .iter()
                .map(|f| FileJson {
                    path: &f.path,
                    category: f.category.map_or("unknown", Category::id),
                    items: f.items,
                    status: f.status,
                })
                .collect(),
        },
        context: ContextJson {
            country: &s.context.country,
            country_source: s.context.country_source,
            opted_out_on: s.context.opted_out_on.map(|d| d.to_string()),
            under_18: s.context.under_18,
            as_of: s.context.as_of.to_string(),
            policy_versions: &s.context.policy_versions,
        },
        categories,
        totals: totals(&s.tallies.total()),
        findings,
        warnings: s
            .warnings
            .iter()
            .map(|w| WarningJson {
                file: &w.file,
                line: w.line,
                message: &w.message,
            })
            .collect(),
    }
}
