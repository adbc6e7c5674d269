//! `request`: the letter, the manifest contract (DESIGN §8), the .eml draft, private files.

use super::util::{fixture, run};

fn sample() -> String {
    fixture("sample-export.zip").to_str().unwrap().to_string()
}

#[test]
fn letter_and_manifest_for_the_sample_export() {
    let tmp = tempfile::tempdir().unwrap();
    let letter = tmp.path().join("letter.md");
    let manifest = tmp.path().join("items.csv");
    let r = run([
        "request",
        &sample(),
        "-q",
        "--country",
        "DE",
        "--as-of",
        "2026-01-31",
        "--name",
        "Ada Quill",
        "--email",
        "ada@example.com",
        "-o",
        letter.to_str().unwrap(),
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = std::fs::read_to_string(&letter).unwrap();
    assert!(md.contains(
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland"
    ));
    assert!(md.contains("Art. 21(1) GDPR") && md.contains("Art. 17(1)(c)"));
    assert!(md.contains("by **2026-02-28**"), "{md}");
    assert!(md.contains("attached as `items.csv`"));
    let csv = std::fs::read_to_string(&manifest).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("category,date,url,file,line,exposure"));
    assert!(lines.all(|l| l.ends_with(",exposed") || l.ends_with(",possibly")));
    // The letter lists at most 20 links; the manifest has every row.
    let links = md.lines().filter(|l| l.starts_with("- https://")).count();
    assert_eq!(links, 20);
    // One row per item that `scan` counts as exposed or possibly exposed (57 + 3 for this
    // export, country and day).
    let scan = run([
        "scan",
        &sample(),
        "-q",
        "--country",
        "DE",
        "--as-of",
        "2026-01-31",
        "--format",
        "json",
    ]);
    let scan: serde_json::Value = serde_json::from_slice(&scan.stdout).unwrap();
    let totals = &scan["totals"];
    let expected =
        totals["exposed_items"].as_u64().unwrap() + totals["possibly_items"].as_u64().unwrap();
    assert_eq!(expected, 60);
    assert_eq!(csv.lines().count() as u64, expected + 1);
    insta::assert_snapshot!("request_sample_manifest", csv);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [&letter, &manifest] {
            let mode = std::fs::metadata(p).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
    // No overwrite without --force: of the letter, nor of the manifest.
    let again = run(["request", &sample(), "-q", "-o", letter.to_str().unwrap()]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    let other = tmp.path().join("other.md");
    let again = run([
        "request",
        &sample(),
        "-q",
        "-o",
        other.to_str().unwrap(),
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 1);
    assert!(!other.exists(), "nothing is written when one file exists");
}

#[test]
fn eml_draft_with_the_manifest_attached() {
    let tmp = tempfile::tempdir().unwrap();
    let eml = tmp.path().join("request.eml");
    let r = run([
        "request",
        &sample(),
        "-q",
        "--lang",
        "de",
        "--country",
        "AT",
        "--as-of",
        "2026-01-31",
        "-o",
        eml.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let raw = std::fs::read(&eml).unwrap();
    let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert!(msg.subject().unwrap().starts_with("Widerspruch"));
    assert!(msg.to().is_none());
    assert!(msg.body_text(0).unwrap().contains("bis zum 2026-02-28"));
    let att = msg.attachment(0).expect("the manifest is attached");
    let csv = std::str::from_utf8(att.contents()).unwrap();
    assert!(csv.starts_with("category,date,url,file,line,exposure\n"));
    assert_eq!(csv.lines().count(), 61, "header and 60 rows");
}

#[test]
fn controller_and_law_by_country() {
    let letter = |extra: &[&str]| {
        let mut args = vec!["request", "-q", "-o", "-", "--format", "markdown"];
        args.extend_from_slice(extra);
        let s = sample();
        args.push(&s);
        let r = run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout_str()
    };
    let gb = letter(&["--country", "GB"]);
    assert!(
        gb.contains("c/o Data Protection Officer, 1000 W Maude Avenue") && gb.contains("UK GDPR")
    );
    let ca = letter(&[
        "--country",
        "US",
        "--us-state",
        "CA",
        "--as-of",
        "2026-01-31",
    ]);
    assert!(
        ca.contains("§ 1798.105") && ca.contains("2026-03-17"),
        "{ca}"
    );
    let us = letter(&["--country", "US"]);
    assert!(us.contains("LinkedIn Corporation") && !us.contains("GDPR") && !us.contains("1798"));
    let text = run([
        "request",
        "-q",
        "-o",
        "-",
        "--format",
        "text",
        "--kind",
        "objection",
        &sample(),
    ]);
    assert_eq!(text.code, 0);
    let text = text.stdout_str();
    assert!(!text.contains("**") && !text.contains("## ") && !text.contains("Art. 17(1)(c)"));
    // Usage: stdout needs a format; an unknown extension is an error.
    assert_eq!(run(["request", "-q", "-o", "-", &sample()]).code, 1);
    assert_eq!(run(["request", "-q", "-o", "x.pdf", &sample()]).code, 1);
    assert_eq!(
        run(["request", "-q", "--kind", "all", "-o", "x.md", &sample()]).code,
        2
    );
}
