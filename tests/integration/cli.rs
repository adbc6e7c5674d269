//! The command line's contract: exit codes, usage errors, broken pipes, policies.

use std::io::Write;

use super::util::{fixture, run};

#[test]
fn exit_codes_follow_the_contract() {
    // 2: usage errors.
    assert_eq!(run(["scan"]).code, 2);
    assert_eq!(run(["scan", "--format", "yaml", "x.zip"]).code, 2);
    assert_eq!(run(["frobnicate"]).code, 2);
    assert_eq!(run(["scan", "--opted-out-on", "soon", "x.zip"]).code, 2);
    // 1: nothing could be read, with a message that says what.
    let missing = run(["scan", "/nonexistent/export.zip"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("/nonexistent/export.zip"),
        "{}",
        missing.stderr
    );
    let tmp = tempfile::tempdir().unwrap();
    let not_zip = tmp.path().join("export.zip");
    std::fs::write(&not_zip, "this is not a zip").unwrap();
    let r = run(["scan".as_ref(), not_zip.as_os_str()]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not a readable ZIP"), "{}", r.stderr);
    let empty_dir = tmp.path().join("empty");
    std::fs::create_dir(&empty_dir).unwrap();
    assert_eq!(run(["scan".as_ref(), empty_dir.as_os_str()]).code, 1);
    let r = run([
        "scan",
        "--country",
        "Germany",
        fixture("sample-export.zip").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("ISO 3166-1"), "{}", r.stderr);
    // 0 and 3: done; done but partly read.
    assert_eq!(
        run(["scan", "-q", fixture("sample-export.zip").to_str().unwrap()]).code,
        0
    );
    let partly = fixture("Complete_LinkedInDataExport_03-20-2024");
    assert_eq!(
        run(["scan".as_ref(), "-q".as_ref(), partly.as_os_str()]).code,
        3
    );
    // --strict turns the warning into an error.
    let strict = run([
        "scan".as_ref(),
        "-q".as_ref(),
        "--strict".as_ref(),
        partly.as_os_str(),
    ]);
    assert_eq!(strict.code, 1);
    assert!(
        strict.stderr.contains("Recommendations_Given.csv:3"),
        "{}",
        strict.stderr
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = std::process::Command::new(super::util::bin())
        .args([
            "items",
            "-q",
            fixture("sample-export.zip").to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn warnings_name_file_and_line_in_the_table_too() {
    let r = run([
        "scan".as_ref(),
        "-q".as_ref(),
        fixture("Complete_LinkedInDataExport_03-20-2024").as_os_str(),
    ]);
    let out = r.stdout_str();
    assert!(
        out.contains("Recommendations_Given.csv:3: invalid UTF-8"),
        "{out}"
    );
    assert!(out.contains("unknown: Saved_Items.csv"), "{out}");
}

#[test]
fn policies_lists_versions_and_shows_one() {
    let list = run(["policies"]);
    assert_eq!(list.code, 0);
    let text = list.stdout_str();
    assert!(
        text.contains("li-2024-09-18") && text.contains("li-2025-11-03"),
        "{text}"
    );
    let one = run(["policies", "li-2025-11-03"]);
    assert_eq!(one.code, 0);
    assert!(one.stdout_str().contains("ERPN"));
    assert_eq!(run(["policies", "no-such-version"]).code, 1);
}

#[test]
fn a_malformed_policy_table_is_refused_with_line_and_field() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    writeln!(f, "schema_version = 1\n[[version]]\nid = 3").unwrap();
    let r = run([
        "policies".as_ref(),
        "--policy".as_ref(),
        f.path().as_os_str(),
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(":3:") || r.stderr.contains("line 3"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_table_fits_80_columns_and_colours_only_when_asked() {
    for era in super::util::ERAS {
        let r = run(["scan".as_ref(), "-q".as_ref(), fixture(era).as_os_str()]);
        let out = r.stdout_str();
        assert!(
            !out.contains('\x1b'),
            "no colour when stdout is not a terminal"
        );
        for line in out.lines() {
            assert!(
                line.chars().count() <= 80,
                "{era}: {} columns: {line}",
                line.chars().count()
            );
        }
    }
    let sample = fixture("sample-export.zip");
    let always = run([
        "scan".as_ref(),
        "-q".as_ref(),
        "--color".as_ref(),
        "always".as_ref(),
        sample.as_os_str(),
    ]);
    assert!(
        always.stdout_str().contains("\x1b[1m"),
        "--color always colours"
    );
    let never = std::process::Command::new(super::util::bin())
        .args(["scan", "-q", "--color", "auto", sample.to_str().unwrap()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\x1b'));
}
