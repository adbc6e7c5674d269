//! Every era's fixture against its ground truth (`fixtures/truth/*.json`): items per category
//! and per file, the exact text of every quirky record, dates of every format, articles, and
//! the planted damage. Each quirk of the format notes §3 lives in a fixture file, so a parser
//! that loses one fails here (fixtures/README.md says which file holds which quirk).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::schema::{items, scan, ItemJson};
use super::util::{copy_dir, fixture, ERAS};

#[derive(Debug, Deserialize)]
struct Truth {
    kind: String,
    export_date: Option<String>,
    categories: BTreeMap<String, u64>,
    files: BTreeMap<String, TruthFile>,
    texts: Vec<TruthText>,
    dates: Vec<TruthDate>,
    articles: Vec<TruthArticle>,
    warnings: Vec<TruthWarning>,
}

#[derive(Debug, Deserialize)]
struct TruthFile {
    category: String,
    items: u64,
}

#[derive(Debug, Deserialize)]
struct TruthText {
    file: String,
    line: u64,
    text: String,
}

#[derive(Debug, Deserialize)]
struct TruthDate {
    file: String,
    line: u64,
    date: Option<String>,
}

#[derive(Debug, Deserialize)]
struct TruthArticle {
    file: String,
    title: String,
    url: Option<String>,
    published: bool,
    date: String,
}

#[derive(Debug, Deserialize)]
struct TruthWarning {
    file: String,
    line: u64,
}

fn truth(era: &str) -> Truth {
    let path = fixture("truth").join(format!("{era}.json"));
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

fn item_at<'a>(items: &'a [ItemJson], file: &str, line: u64) -> &'a ItemJson {
    items
        .iter()
        .find(|i| i.file == file && i.line == line)
        .unwrap_or_else(|| panic!("no item at {file}:{line}"))
}

fn check_counts(era: &str, scan: &super::schema::Scan, t: &Truth) {
    let got: BTreeMap<String, u64> = scan
        .categories
        .iter()
        .map(|c| (c.category.clone(), c.items))
        .collect();
    assert_eq!(got, t.categories, "{era}: items per category");
    let files: BTreeMap<String, (String, u64)> = scan
        .export
        .files
        .iter()
        .map(|f| (f.path.clone(), (f.category.clone(), f.items)))
        .collect();
    let want: BTreeMap<String, (String, u64)> = t
        .files
        .iter()
        .map(|(p, f)| (p.clone(), (f.category.clone(), f.items)))
        .collect();
    assert_eq!(files, want, "{era}: files");
}

#[test]
fn every_era_matches_its_ground_truth() {
    for era in ERAS {
        let t = truth(era);
        let path = fixture(era);
        let (code, scan) = scan(&[path.as_os_str()]);
        check_counts(era, &scan, &t);
        assert_eq!(scan.export.kind, t.kind, "{era}");
        assert_eq!(scan.export.export_date, t.export_date, "{era}");
        // Planted damage is reported with file and line, and makes the exit code 3.
        for w in &t.warnings {
            assert!(
                scan.warnings
                    .iter()
                    .any(|g| g.file == w.file && g.line == Some(w.line)),
                "{era}: expected a warning at {}:{}; got {:?}",
                w.file,
                w.line,
                scan.warnings
            );
        }
        assert_eq!(
            code,
            if t.warnings.is_empty() { 0 } else { 3 },
            "{era}: exit code"
        );

        let items = items(&[path.as_os_str()]);
        assert_eq!(
            items.len() as u64,
            t.categories.values().sum::<u64>(),
            "{era}: items stream"
        );
        for want in &t.texts {
            let got = item_at(&items, &want.file, want.line);
            assert_eq!(
                got.text.as_deref(),
                Some(want.text.as_str()),
                "{era}: text of {}:{}",
                want.file,
                want.line
            );
        }
        for want in &t.dates {
            let got = item_at(&items, &want.file, want.line);
            assert_eq!(
                got.date, want.date,
                "{era}: date of {}:{}",
                want.file, want.line
            );
        }
        for want in &t.articles {
            let got = item_at(&items, &want.file, 1);
            assert_eq!(got.category, "articles");
            let text = got.text.as_deref().unwrap_or("");
            assert_eq!(
                text.lines().next(),
                Some(want.title.as_str()),
                "{era}: title of {}",
                want.file
            );
            assert_eq!(got.url, want.url, "{era}: url of {}", want.file);
            assert_eq!(
                got.url.is_some(),
                want.published,
                "{era}: published {}",
                want.file
            );
            assert_eq!(
                got.date.as_deref(),
                Some(want.date.as_str()),
                "{era}: date of {}",
                want.file
            );
        }
    }
}

#[test]
fn the_sample_zip_reads_like_its_folder() {
    let era = "Complete_LinkedInDataExport_07-05-2026";
    let t = truth(era);
    let zip = fixture("sample-export.zip");
    let (_, from_zip) = scan(&[zip.as_os_str()]);
    check_counts("sample-export.zip", &from_zip, &t);
    let dir = fixture(era);
    let (_, from_dir) = scan(&[dir.as_os_str()]);
    assert_eq!(from_zip.categories, from_dir.categories);
}

#[test]
fn download_names_and_a_folder_one_level_down_read_the_same() {
    let era = "Complete_LinkedInDataExport_07-05-2026";
    let t = truth(era);
    let tmp = tempfile::tempdir().unwrap();
    for name in [
        "Complete_LinkedInDataExport_07-05-2026.zip.zip",
        "Complete_LinkedInDataExport_07-05-2026.zip (1).zip",
    ] {
        let path = tmp.path().join(name);
        std::fs::copy(fixture("sample-export.zip"), &path).unwrap();
        let (_, scan) = scan(&[path.as_os_str()]);
        check_counts(name, &scan, &t);
        assert_eq!(scan.export.kind, "complete");
        assert_eq!(scan.export.export_date.as_deref(), Some("2026-07-05"));
    }
    // A member who extracted the ZIP and points at the folder around it.
    let outer = tmp.path().join("downloads");
    copy_dir(&fixture(era), &outer.join(era));
    let (_, scan) = scan(&[outer.as_os_str()]);
    check_counts("nested folder", &scan, &t);
    assert_eq!(scan.export.export_date.as_deref(), Some("2026-07-05"));
}

#[test]
fn two_exports_of_one_member_merge_without_double_counting() {
    let era = "Complete_LinkedInDataExport_07-05-2026";
    let t = truth(era);
    let zip = fixture("sample-export.zip");
    let dir = fixture(era);
    let (_, scan) = scan(&[zip.as_os_str(), dir.as_os_str()]);
    check_counts("zip + folder of the same export", &scan, &t);
    assert_eq!(scan.export.sources.len(), 2);
}
