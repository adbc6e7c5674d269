//! The JSON contract of DESIGN §8 as structs that refuse unknown fields, so the output cannot
//! drift without these tests failing. Every field is read by deserialising (a missing or
//! extra field fails), whether or not a test looks at it afterwards.
#![allow(dead_code)]

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scan {
    pub schema_version: u32,
    pub tool: Tool,
    pub export: ExportJson,
    pub context: ContextJson,
    pub categories: Vec<CategoryJson>,
    pub totals: Totals,
    pub findings: BTreeMap<String, BTreeMap<String, FindingJson>>,
    pub warnings: Vec<WarningJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportJson {
    pub sources: Vec<String>,
    pub kind: String,
    pub export_date: Option<String>,
    pub files: Vec<FileJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileJson {
    pub path: String,
    pub category: String,
    pub items: u64,
    pub status: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextJson {
    pub country: String,
    pub country_source: String,
    pub opted_out_on: Option<String>,
    pub under_18: bool,
    pub as_of: String,
    pub policy_versions: Vec<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CategoryJson {
    pub category: String,
    pub items: u64,
    pub words: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    pub status: String,
    pub exposed_items: u64,
    pub exposed_words: u64,
    pub possibly_items: u64,
    pub possibly_words: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub items: u64,
    pub words: u64,
    pub exposed_items: u64,
    pub exposed_words: u64,
    pub possibly_items: u64,
    pub possibly_words: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingJson {
    pub items: u64,
    pub exposed_items: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningJson {
    pub file: String,
    pub line: Option<u64>,
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemJson {
    pub id: String,
    pub category: String,
    pub file: String,
    pub line: u64,
    pub date: Option<String>,
    pub url: Option<String>,
    pub words: u64,
    pub exposure: String,
    pub reason: String,
    pub findings: Vec<serde_json::Value>,
    #[serde(default)]
    pub text: Option<String>,
}

/// Runs `scan --format json` and parses it into the contract.
pub fn scan(args: &[&std::ffi::OsStr]) -> (i32, Scan) {
    let mut all: Vec<&std::ffi::OsStr> = vec![
        "scan".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        "-q".as_ref(),
    ];
    all.extend_from_slice(args);
    let run = super::util::run(&all);
    assert!(
        matches!(run.code, 0 | 3),
        "scan failed ({}): {}",
        run.code,
        run.stderr
    );
    let scan: Scan = serde_json::from_slice(&run.stdout)
        .unwrap_or_else(|e| panic!("scan JSON off contract: {e}"));
    (run.code, scan)
}

/// Runs `items --with-text` and parses every line into the contract.
pub fn items(args: &[&std::ffi::OsStr]) -> Vec<ItemJson> {
    let mut all: Vec<&std::ffi::OsStr> =
        vec!["items".as_ref(), "--with-text".as_ref(), "-q".as_ref()];
    all.extend_from_slice(args);
    let run = super::util::run(&all);
    assert!(
        matches!(run.code, 0 | 3),
        "items failed ({}): {}",
        run.code,
        run.stderr
    );
    String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("item off contract: {e}: {l}")))
        .collect()
}

#[test]
fn scan_json_has_every_contract_field_and_nothing_else() {
    let path = super::util::fixture("sample-export.zip");
    let (_, scan) = scan(&[path.as_os_str(), "--as-of".as_ref(), "2026-11-23".as_ref()]);
    assert_eq!(scan.schema_version, 1);
    assert_eq!(scan.tool.name, "linkedin-exposure");
    assert_eq!(scan.context.as_of, "2026-11-23");
    let pii: Vec<&str> = scan.findings["pii"].keys().map(String::as_str).collect();
    assert_eq!(
        pii,
        [
            "email",
            "iban",
            "ip_address",
            "national_id",
            "payment_card",
            "phone",
            "postal_address",
            "url"
        ]
    );
    assert_eq!(scan.findings["special_category"].len(), 8);
    assert!(scan.findings["people"].contains_key("names"));
    for file in &scan.export.files {
        assert!(
            ["ok", "partial", "unreadable", "unknown"].contains(&file.status.as_str()),
            "{file:?}"
        );
    }
    for c in &scan.categories {
        assert!(["included", "possibly", "not_listed", "excluded"].contains(&c.status.as_str()));
        assert!(c.items > 0, "only categories with items are listed");
    }
    let sum: u64 = scan.categories.iter().map(|c| c.items).sum();
    assert_eq!(sum, scan.totals.items);
}
