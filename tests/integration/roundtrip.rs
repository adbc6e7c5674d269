//! The seeded generator writes every quirk in real bytes; the parser must restore every item
//! exactly: category, file, line, date, url and text. Also: the same bytes out of `--jobs 1` and
//! `--jobs 2` on an export large enough to be read in pipelined batches.

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;
use std::path::Path;

use linkedin_exposure::synth::{self, Config, Counts, Era, ZipSink};

use super::schema::items;
use super::util::run;

#[derive(Debug, PartialEq)]
struct Want {
    category: String,
    date: Option<String>,
    url: Option<String>,
    text: String,
}

fn write_zip(cfg: &Config, path: &Path) -> HashMap<(String, u64), Want> {
    let mut truth = HashMap::new();
    let mut sink = ZipSink::new(Cursor::new(Vec::new()));
    synth::generate(cfg, &mut sink, &mut |t| {
        let key = (t.file.to_string(), t.line);
        let want = Want {
            category: t.category.to_string(),
            date: t.date.map(str::to_string),
            url: t.url.map(str::to_string),
            text: t.text.to_string(),
        };
        assert!(
            truth.insert(key, want).is_none(),
            "two truth items at one place"
        );
    })
    .unwrap();
    std::fs::write(path, sink.finish().unwrap().into_inner()).unwrap();
    truth
}

#[test]
fn every_era_round_trips_exactly_with_quirks_on_and_off() {
    let tmp = tempfile::tempdir().unwrap();
    for era in [Era::Basic2023, Era::Complete2024, Era::Complete2026] {
        for quirks in [true, false] {
            let cfg = Config {
                seed: 7,
                era,
                counts: Counts::small(),
                quirks,
            };
            let path = tmp
                .path()
                .join(format!("{}-{quirks}.zip", era.archive_name()));
            let truth = write_zip(&cfg, &path);
            let got = items(&[path.as_os_str()]);
            assert_eq!(
                got.len(),
                truth.len(),
                "{era:?} quirks={quirks}: item count"
            );
            let mut mismatches = Vec::new();
            for item in &got {
                let key = (item.file.clone(), item.line);
                let Some(want) = truth.get(&key) else {
                    mismatches.push(format!("unexpected item at {}:{}", key.0, key.1));
                    continue;
                };
                let have = Want {
                    category: item.category.clone(),
                    date: item.date.clone(),
                    url: item.url.clone(),
                    text: item.text.clone().unwrap_or_default(),
                };
                if &have != want {
                    mismatches.push(format!(
                        "{}:{}\n  want {want:?}\n  got  {have:?}",
                        key.0, key.1
                    ));
                }
            }
            assert!(
                mismatches.is_empty(),
                "{era:?} quirks={quirks}: {} mismatches, first ones:\n{}",
                mismatches.len(),
                mismatches
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

#[test]
fn jobs_1_and_jobs_2_print_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut counts = Counts::small();
    // Large enough that messages.csv is read by a reader thread in many batches.
    counts.messages = 30_000;
    counts.comments = 5_000;
    counts.reactions = 5_000;
    let cfg = Config {
        seed: 11,
        era: Era::Complete2026,
        counts,
        quirks: true,
    };
    let path = tmp.path().join("big.zip");
    let truth = write_zip(&cfg, &path);
    let as_of = ["--as-of", "2026-11-23"];
    let scan = |jobs: &str| {
        let r = run([
            "scan",
            "--format",
            "json",
            "-q",
            "--jobs",
            jobs,
            path.to_str().unwrap(),
            as_of[0],
            as_of[1],
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let one = scan("1");
    assert_eq!(one, scan("2"), "scan --jobs 1 vs 2");
    let doc: serde_json::Value = serde_json::from_slice(&one).unwrap();
    let mut want: BTreeMap<String, u64> = BTreeMap::new();
    for w in truth.values() {
        *want.entry(w.category.clone()).or_default() += 1;
    }
    let got: BTreeMap<String, u64> = doc["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["category"].as_str().unwrap().to_string(),
                c["items"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, want);
    let items = |jobs: &str| {
        let r = run([
            "items",
            "-q",
            "--jobs",
            jobs,
            path.to_str().unwrap(),
            as_of[0],
            as_of[1],
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    assert_eq!(items("1"), items("2"), "items --jobs 1 vs 2");
}
