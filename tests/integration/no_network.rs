//! "The binary never opens a socket", checked on the running program: `scan`, `items`,
//! `report` and `request` of the sample export under `strace -f -e trace=network`, failing on
//! any socket or connect call. Without strace the test is skipped with a note, except in CI (`CI` set), where it
//! fails: CI must install strace.

use std::path::Path;
use std::process::Command;

use crate::util::{bin, fixture};

fn strace() -> Option<&'static str> {
    ["/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

#[test]
fn no_socket_is_opened_by_scan_items_report_or_request() {
    let Some(strace) = strace() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "strace is missing in CI: install it (apt-get install -y strace)"
        );
        eprintln!("skipped: strace is not installed (set CI to make this a failure)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let export = fixture("sample-export.zip");
    for (name, args) in [
        ("scan", vec!["scan", "--format", "json", "-q"]),
        ("items", vec!["items", "-q"]),
        (
            "report",
            vec!["report", "-q", "--format", "html", "-o", "-"],
        ),
        (
            "request",
            vec!["request", "-q", "--format", "eml", "-o", "-"],
        ),
    ] {
        let log = dir.path().join(format!("{name}.strace"));
        let out = Command::new(strace)
            .args(["-f", "-qq", "-e", "trace=network", "-o"])
            .arg(&log)
            .arg(bin())
            .args(&args)
            .arg(&export)
            .output()
            .expect("strace runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            log.exists(),
            "strace wrote no log (ptrace not permitted?): {stderr}"
        );
        assert!(
            matches!(out.status.code(), Some(0 | 3)),
            "{name} failed under strace: {:?} {stderr}",
            out.status
        );
        assert!(!out.stdout.is_empty(), "{name} printed nothing");
        let trace = std::fs::read_to_string(&log).unwrap();
        let calls: Vec<&str> = trace
            .lines()
            .filter(|l| {
                let call = l.split_whitespace().find(|w| w.contains('(')).unwrap_or("");
                [
                    "socket(",
                    "connect(",
                    "socketpair(",
                    "bind(",
                    "sendto(",
                    "sendmsg(",
                ]
                .iter()
                .any(|c| call.starts_with(c))
            })
            .collect();
        assert!(
            calls.is_empty(),
            "{name} made network calls:\n{}",
            calls.join("\n")
        );
    }
}
