//! `report`: snapshots of the Markdown and JSON reports, the headline against `scan`, the
//! output file's safety (mode 0600, no overwrite, no symlink), and HTML that runs nothing
//! whatever the export holds.

use std::path::Path;

use linkedin_exposure::export::{ExportKind, FileReport, FileStatus};
use linkedin_exposure::model::{Category, Exposure, Status, Warning};
use linkedin_exposure::render;
use linkedin_exposure::report::{CategoryRow, Report, RuleRef, VersionRef};
use linkedin_exposure::summary::{Context, CountrySource, Example, Summary, Tallies};

use super::util::{fixture, root, run, run_in, Run};

const XSS: [&str; 5] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<script>",
    "\"><svg onload=alert(1)>",
];

/// Runs the binary in the project root, so the export's path in the output is relative.
fn run_in_root(args: &[&str]) -> Run {
    run_in(&root(), args)
}

fn sample_report(format: &str) -> String {
    let r = run_in_root(&[
        "report",
        "-q",
        "--as-of",
        "2026-11-23",
        "fixtures/sample-export.zip",
        "--format",
        format,
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout_str()
}

#[test]
fn markdown_report_of_the_sample() {
    insta::assert_snapshot!("sample_report_markdown", sample_report("markdown"));
}

#[test]
fn json_report_of_the_sample() {
    insta::assert_snapshot!("sample_report_json", sample_report("json"));
}

#[test]
fn json_report_is_scan_json_plus_a_report_key_and_the_headline_matches_scan() {
    let mut report: serde_json::Value = serde_json::from_str(&sample_report("json")).unwrap();
    let extra = report
        .as_object_mut()
        .unwrap()
        .remove("report")
        .expect("a report key");
    // What is left is exactly scan's schema (unknown fields refused).
    let as_scan: super::schema::Scan = serde_json::from_value(report).unwrap();
    assert_eq!(as_scan.schema_version, 1);
    let scan = run_in_root(&[
        "scan",
        "-q",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
        "fixtures/sample-export.zip",
    ]);
    assert_eq!(scan.code, 0);
    let scan: serde_json::Value = serde_json::from_slice(&scan.stdout).unwrap();
    let totals = &scan["totals"];
    let headline = &extra["headline"];
    for key in [
        "items",
        "words",
        "exposed_items",
        "exposed_words",
        "possibly_items",
        "possibly_words",
    ] {
        assert_eq!(headline[key], totals[key], "{key}");
    }
    // The HTML and Markdown headlines say the same figures.
    let md = sample_report("markdown");
    let html = sample_report("html");
    let sentence = format!(
        "{} of your {} items",
        totals["exposed_items"], totals["items"]
    );
    assert!(md.contains(&sentence), "{md}");
    assert!(html.contains(&sentence));
}

#[test]
fn the_file_is_private_never_overwritten_and_never_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let sample = fixture("sample-export.zip");
    let out = tmp.path().join("report.html");
    let go = |path: &Path, extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "report".as_ref(),
            "-q".as_ref(),
            sample.as_os_str(),
            "-o".as_ref(),
            path.as_os_str(),
        ];
        args.extend(extra.iter().map(std::ffi::OsStr::new));
        run(args)
    };
    assert_eq!(go(&out, &[]).code, 0);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let again = go(&out, &[]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(go(&out, &["--force"]).code, 0);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "a forced rewrite is private too");
    // A symlink planted at the path is refused, with or without --force.
    let victim = tmp.path().join("victim.txt");
    std::fs::write(&victim, "keep").unwrap();
    let link = tmp.path().join("link.md");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert_eq!(go(&link, &[]).code, 1);
    assert_eq!(go(&link, &["--force"]).code, 1);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    // The format comes from the extension; an unknown one is an error that says so.
    assert_eq!(go(&tmp.path().join("r.markdown"), &[]).code, 0);
    let json = tmp.path().join("r.json");
    assert_eq!(go(&json, &[]).code, 0);
    serde_json::from_slice::<serde_json::Value>(&std::fs::read(&json).unwrap()).unwrap();
    let odd = go(&tmp.path().join("r.txt"), &[]);
    assert_eq!(odd.code, 1);
    assert!(odd.stderr.contains("--format"), "{}", odd.stderr);
    assert!(!tmp.path().join("r.txt").exists());
}

/// Asserts an HTML page can run nothing.
pub fn assert_inert(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script element");
    assert!(!lower.contains("onerror="), "an onerror handler");
    assert!(!lower.contains("onload="), "an onload handler");
    assert!(!lower.contains("href=\"javascript:"), "a javascript: link");
    assert!(!lower.contains("href=\"data:"), "a data: link");
    assert!(!lower.contains("<img"), "an image");
    assert!(!lower.contains("<svg onload"), "a planted svg");
    for href in lower.split("href=\"").skip(1) {
        assert!(href.starts_with("https://www.linkedin.com/"), "{href}");
    }
}

fn hostile_report() -> Report {
    let bad = XSS.join(" ");
    let mut tallies = Tallies::default();
    tallies.categories[Category::Posts as usize].items = 3;
    tallies.categories[Category::Posts as usize].exposed_items = 3;
    tallies.findings[0] = (5, 5);
    tallies.months.insert((2025, 11), [3, 0, 0]);
    tallies.examples[0] = XSS
        .iter()
        .map(|x| Example {
            file: format!("Shares{x}.csv"),
            line: 2,
            kind: 0,
            category: Category::Posts,
            date: None,
            url: Some(x.to_string()),
            exposure: Exposure::Exposed,
            shown: x.to_string(),
        })
        .collect();
    let summary = Summary {
        sources: vec![format!("/tmp/{bad}.zip")],
        kind: ExportKind::Basic,
        export_date: None,
        files: vec![FileReport {
            path: bad.clone(),
            category: None,
            items: 0,
            status: FileStatus::Unknown,
        }],
        context: Context {
            country: "DE".into(),
            country_source: CountrySource::Flag,
            opted_out_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 2),
            under_18: false,
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            policy_versions: vec![bad.clone()],
        },
        tallies,
        statuses: [Status::Included; Category::COUNT],
        warnings: vec![Warning::at(&bad, 3, bad.clone())],
    };
    Report {
        categories: vec![CategoryRow {
            category: Category::Posts,
            status: Status::Included,
            rules: vec![RuleRef {
                version: bad.clone(),
                status: Status::Included,
                sources: vec![bad.clone()],
            }],
        }],
        versions: vec![VersionRef {
            id: bad.clone(),
            effective: chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(),
            title: bad.clone(),
        }],
        policy_dates: vec![(
            chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(),
            bad.clone(),
        )],
        sources: vec![(bad.clone(), bad.clone())],
        training_start: chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(),
        region: bad.clone(),
        request_command: format!("linkedin-exposure request '{bad}'"),
        summary,
    }
}

#[test]
fn hostile_text_in_every_field_runs_nothing_in_html() {
    let r = hostile_report();
    let html = String::from_utf8(render::html::render(&r)).unwrap();
    assert_inert(&html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;svg onload&#61;alert(1)&gt;"));
    // Markdown viewers render inline HTML: no tag may form there either.
    let md = String::from_utf8(render::markdown::render(&r)).unwrap();
    let outside_fences: String = md.split("~~~~").step_by(2).collect();
    assert!(!outside_fences.contains('<') || !outside_fences.contains("<script"));
    for x in ["<script", "<img", "<svg", "](javascript", "](data"] {
        assert!(!outside_fences.contains(x), "{x} in {outside_fences}");
    }
    // JSON keeps the text (it is data) but links nothing that is not LinkedIn's.
    let json: serde_json::Value = serde_json::from_slice(&render::report_json::render(&r)).unwrap();
    for e in json["report"]["examples"][0]["examples"]
        .as_array()
        .unwrap()
    {
        assert!(e["url"].is_null(), "{e}");
    }
}

#[test]
fn a_hostile_export_gives_an_inert_page() {
    let tmp = tempfile::tempdir().unwrap();
    let export = tmp
        .path()
        .join("x\"><svg onload=alert(1)><img src=x onerror=alert(1)>");
    std::fs::create_dir(&export).unwrap();
    let mut csv = String::from("Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n");
    for (i, x) in XSS.iter().enumerate() {
        // The ShareLink is where an item's URL comes from: LinkedIn's prefix, then an attack.
        let link = if i % 2 == 0 {
            "\"https://www.linkedin.com/x\"\"><svg onload=alert(1)>\""
        } else {
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1?a=javascript:alert(1)"
        };
        csv.push_str(&format!(
            "2026-01-0{} 10:00:00,{link},\"{} write to evil{i}@example.com, +49 170 1234567\",\"{}\",,MEMBER_NETWORK\n",
            i + 1,
            x.replace('"', "\"\""),
            x.replace('"', "\"\"")
        ));
    }
    std::fs::write(export.join("Shares.csv"), csv).unwrap();
    let out = tmp.path().join("report.html");
    let r = run([
        "report".as_ref(),
        "-q".as_ref(),
        "--country".as_ref(),
        "DE".as_ref(),
        "--as-of".as_ref(),
        "2026-11-23".as_ref(),
        export.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(r.code == 0 || r.code == 3, "{}", r.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert_inert(&html);
    assert!(
        html.contains("e***@example.com"),
        "the examples are there, redacted"
    );
    assert!(!html.contains("evil0@example.com"), "and not in full");
}
