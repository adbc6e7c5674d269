//! JSON Lines export of a corpus with this crate's findings, for side-by-side comparisons
//! (`scripts/presidio-compare.sh`). First line: `{"connections": [[first, last], ...],
//! "throughput_mbps": {"pii": .., "special_category": .., "people": .., "all": ..}}`; then
//! one document a line: `{"id", "lang", "text", "labels": [..], "found": [..]}`, where
//! labels and findings are `{"class", "type", "start", "end"}` with byte offsets.

use std::io::{BufWriter, Write};
use std::time::Instant;

use linkedin_exposure::classify::detect::{Detectors, Finding};
use serde_json::json;

use super::Corpus;

/// Best-of-three MB/s of `f` over the corpus texts.
fn mbps(corpus: &Corpus, f: impl Fn(&str, &mut Vec<Finding>)) -> f64 {
    let bytes: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
    let mut out = Vec::new();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for d in &corpus.docs {
            out.clear();
            f(&d.text, &mut out);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    bytes as f64 / best / 1e6
}

/// Writes `corpus`, the findings of `det` and its throughput to `path`.
pub fn write_jsonl(corpus: &Corpus, det: &Detectors, path: &str) -> std::io::Result<()> {
    let pii = mbps(corpus, |t, o| det.scan_pii(t, o));
    let phrases = mbps(corpus, |t, o| det.scan_phrases(t, o));
    let all = mbps(corpus, |t, o| det.scan(t, o));
    let mut w = BufWriter::new(std::fs::File::create(path)?);
    let tp = json!({"pii": pii, "special_category": phrases, "people": phrases, "all": all});
    writeln!(
        w,
        "{}",
        json!({ "connections": corpus.connections, "throughput_mbps": tp })
    )?;
    let mut found = Vec::new();
    for (i, d) in corpus.docs.iter().enumerate() {
        found.clear();
        det.scan(&d.text, &mut found);
        let labels: Vec<_> = d
            .labels
            .iter()
            .map(|l| json!({"class": l.class, "type": l.kind, "start": l.start, "end": l.end}))
            .collect();
        writeln!(
            w,
            "{}",
            json!({"id": i, "lang": d.lang, "text": d.text, "labels": labels, "found": found})
        )?;
    }
    w.flush()
}
