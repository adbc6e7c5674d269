//! The HTML report as a browser sees it: headless Chromium loads the file (no network, a fresh
//! profile) and dumps the DOM; the charts must be there and no script element. Skipped, with a
//! note, when Chromium is not installed, unless `CI` is set (then it fails).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::util::{fixture, run};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

#[test]
fn chromium_renders_the_charts_and_runs_no_script() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not installed (apt-get install -y chromium)"
        );
        eprintln!("note: chromium not found; skipping the headless DOM test");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("report.html");
    let r = run([
        "report".as_ref(),
        "-q".as_ref(),
        "--as-of".as_ref(),
        "2026-11-23".as_ref(),
        "--opted-out-on".as_ref(),
        "2026-02-10".as_ref(),
        fixture("sample-export.zip").as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let profile = tmp.path().join("profile");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", out.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        std::io::Read::read_to_string(&mut { stdout }, &mut dom).unwrap();
        dom
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let dom = reader.join().unwrap();
    assert!(dom.contains("What LinkedIn may train its AI on"), "{dom}");
    assert_eq!(dom.matches("<svg").count(), 2, "two charts");
    assert_eq!(dom.matches("role=\"img\"").count(), 2);
    assert!(dom.contains("<title id=\"tl-title\">"));
    assert!(dom.contains("you opted out"), "the opt-out date is marked");
    assert!(dom.contains("2024-09-18") && dom.contains("2025-11-03"));
    assert!(
        !dom.to_ascii_lowercase().contains("<script"),
        "no script element"
    );
    // The headline, as the browser parsed it, carries the figures of `scan --format json`.
    let scan = run([
        "scan".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        "-q".as_ref(),
        "--as-of".as_ref(),
        "2026-11-23".as_ref(),
        "--opted-out-on".as_ref(),
        "2026-02-10".as_ref(),
        fixture("sample-export.zip").as_os_str(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&scan.stdout).unwrap();
    let totals = &json["totals"];
    let start = dom
        .find("class=\"headline\"")
        .expect("a headline in the DOM");
    let headline = &dom[start..start + dom[start..].find("</p>").unwrap()];
    let want = format!(
        "{} of your {} items",
        totals["exposed_items"].as_u64().unwrap(),
        totals["items"].as_u64().unwrap()
    );
    assert!(headline.contains(&want), "{want:?} in {headline:?}");
    let words = format!(
        "{} of your {} words",
        totals["exposed_words"].as_u64().unwrap(),
        totals["words"].as_u64().unwrap()
    );
    assert!(headline.contains(&words), "{words:?} in {headline:?}");
}
