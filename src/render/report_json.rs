//! `report --format json`: `scan`'s JSON (DESIGN §8, `schema_version` 1) with everything the
//! report adds under a `report` key, so a program that reads scan JSON reads this too.

use serde::Serialize;

use super::json;
use crate::model::FINDING_TYPES;
use crate::report::{percent, safe_link, Report, OBJECTION_URL, SETTING_NAME, SETTING_URL};

#[derive(Serialize)]
struct Doc<'a> {
    #[serde(flatten)]
    scan: json::Doc<'a>,
    report: ReportJson<'a>,
}

#[derive(Serialize)]
struct ReportJson<'a> {
    headline: HeadlineJson,
    categories: Vec<CategoryJson<'a>>,
    /// Months with items only.
    timeline: Vec<MonthJson>,
    markers: Vec<MarkerJson>,
    examples: Vec<ExamplesJson<'a>>,
    next_steps: NextSteps<'a>,
    policy_versions: Vec<VersionJson<'a>>,
    sources: Vec<SourceJson<'a>>,
    coverage: Coverage,
}

#[derive(Serialize)]
struct HeadlineJson {
    items: u64,
    words: u64,
    exposed_items: u64,
    exposed_words: u64,
    possibly_items: u64,
    possibly_words: u64,
    exposed_items_percent: Option<u64>,
    exposed_words_percent: Option<u64>,
    authored_items: u64,
    authored_words: u64,
    authored_exposed_items: u64,
    authored_exposed_words: u64,
}

#[derive(Serialize)]
struct CategoryJson<'a> {
    category: &'static str,
    status: &'static str,
    rules: Vec<RuleJson<'a>>,
}

#[derive(Serialize)]
struct RuleJson<'a> {
    version: &'a str,
    status: &'static str,
    sources: &'a [String],
}

#[derive(Serialize)]
struct MonthJson {
    month: String,
    exposed: u64,
    possibly: u64,
    not_exposed: u64,
}

#[derive(Serialize)]
struct MarkerJson {
    date: String,
    label: String,
}

#[derive(Serialize)]
struct ExamplesJson<'a> {
    class: &'static str,
    r#type: &'static str,
    examples: Vec<ExampleJson<'a>>,
}

#[derive(Serialize)]
struct ExampleJson<'a> {
    shown: &'a str,
    category: &'static str,
    date: Option<String>,
    exposure: &'static str,
    file: &'a str,
    line: u64,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct NextSteps<'a> {
    setting: &'static str,
    setting_url: &'static str,
    objection_form_url: &'static str,
    request_command: &'a str,
}

#[derive(Serialize)]
struct VersionJson<'a> {
    id: &'a str,
    effective: String,
    title: &'a str,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    key: &'a str,
    description: &'a str,
}

#[derive(Serialize)]
struct Coverage {
    files_read: usize,
    files_partial: usize,
    files_unreadable: usize,
    files_unknown: usize,
    not_in_export: Vec<&'static str>,
}

/// Renders the report as pretty-printed JSON with a final newline.
pub fn render(r: &Report) -> Vec<u8> {
    use crate::export::FileStatus;
    let h = r.headline();
    let s = &r.summary;
    let count = |st: FileStatus| s.files.iter().filter(|f| f.status == st).count();
    let doc = Doc {
        scan: json::doc(s),
        report: ReportJson {
            headline: HeadlineJson {
                items: h.all.items,
                words: h.all.words,
                exposed_items: h.all.exposed_items,
                exposed_words: h.all.exposed_words,
                possibly_items: h.all.possibly_items,
                possibly_words: h.all.possibly_words,
                exposed_items_percent: percent(h.all.exposed_items, h.all.items),
                exposed_words_percent: percent(h.all.exposed_words, h.all.words),
                authored_items: h.authored.items,
                authored_words: h.authored.words,
                authored_exposed_items: h.authored.exposed_items,
                authored_exposed_words: h.authored.exposed_words,
            },
            categories: r
                .categories
                .iter()
                .map(|c| CategoryJson {
                    category: c.category.id(),
                    status: c.status.as_str(),
                    rules: c
                        .rules
                        .iter()
                        .map(|rule| RuleJson {
                            version: &rule.version,
                            status: rule.status.as_str(),
                            sources: &rule.sources,
                        })
                        .collect(),
                })
                .collect(),
            timeline: s
                .tallies
                .months
                .iter()
                .map(|(&(y, m), &[e, p, n])| MonthJson {
                    month: format!("{y:04}-{m:02}"),
                    exposed: e,
                    possibly: p,
                    not_exposed: n,
                })
                .collect(),
            markers: r
                .markers()
                .into_iter()
                .map(|(d, label)| MarkerJson {
                    date: d.to_string(),
                    label,
                })
                .collect(),
            examples: FINDING_TYPES
                .iter()
                .enumerate()
                .filter(|(i, _)| !s.tallies.examples[*i].is_empty())
                .map(|(i, &(class, kind))| ExamplesJson {
                    class,
                    r#type: kind,
                    examples: s.tallies.examples[i]
                        .iter()
                        .map(|e| ExampleJson {
                            shown: &e.shown,
                            category: e.category.id(),
                            date: e.date.map(|d| d.to_string()),
                            exposure: e.exposure.as_str(),
                            file: &e.file,
                            line: e.line,
                            url: e.url.as_deref().and_then(safe_link),
                        })
                        .collect(),
                })
                .collect(),
            next_steps: NextSteps {
                setting: SETTING_NAME,
                setting_url: SETTING_URL,
                objection_form_url: OBJECTION_URL,
                request_command: &r.request_command,
            },
            policy_versions: r
                .versions
                .iter()
                .map(|v| VersionJson {
                    id: &v.id,
                    effective: v.effective.to_string(),
                    title: &v.title,
                })
                .collect(),
            sources: r
                .sources
                .iter()
                .map(|(key, description)| SourceJson { key, description })
                .collect(),
            coverage: Coverage {
                files_read: count(FileStatus::Ok),
                files_partial: count(FileStatus::Partial),
                files_unreadable: count(FileStatus::Unreadable),
                files_unknown: count(FileStatus::Unknown),
                not_in_export: r.missing_from_basic().iter().map(|c| c.id()).collect(),
            },
        },
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("the report serialises");
    out.push(b'\n');
    out
}
