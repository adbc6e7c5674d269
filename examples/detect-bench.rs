//! Detector throughput on one core, in MB/s of text: the whole `Detectors::scan` and each
//! family alone, on typical post text (mostly plain prose, few entities) and on the
//! entity-dense accuracy corpus.
//!
//! `cargo run --release --example detect-bench [-- --mb 20]`

#[path = "../eval/mod.rs"]
mod eval;

use std::time::Instant;

use linkedin_exposure::classify::detect::{Detectors, Finding};

/// One detector pass over a text.
type ScanFn<'a> = dyn Fn(&str, &mut Vec<Finding>) + 'a;

fn mbps(texts: &[String], mut f: impl FnMut(&str, &mut Vec<Finding>)) -> (f64, usize) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut out = Vec::new();
    let mut found = 0;
    // Warm-up, then the best of three timed passes.
    texts.iter().for_each(|t| f(t, &mut out));
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t0 = Instant::now();
        found = 0;
        for t in texts {
            out.clear();
            f(t, &mut out);
            found += out.len();
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    (bytes as f64 / best / 1e6, found)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mb: usize = args
        .iter()
        .position(|a| a == "--mb")
        .and_then(|i| args.get(i + 1))
        .map_or(20, |s| s.parse().expect("--mb N"));
    let typical = eval::typical_posts(7, mb << 20);
    let dense: Vec<String> = eval::generate(1, 5000)
        .docs
        .into_iter()
        .map(|d| d.text)
        .collect();
    let corpus = eval::generate(1, 10);
    let t0 = Instant::now();
    let det = Detectors::new(&corpus.connections);
    println!(
        "Detectors::new with {} connections: {:.1?}",
        corpus.connections.len(),
        t0.elapsed()
    );
    println!("| detector | typical posts MB/s | dense corpus MB/s |");
    println!("|---|---:|---:|");
    let rows: [(&str, &ScanFn); 3] = [
        ("all (Detectors::scan)", &|t, o| det.scan(t, o)),
        ("pii only", &|t, o| det.scan_pii(t, o)),
        ("special_category + people (one automaton)", &|t, o| {
            det.scan_phrases(t, o)
        }),
    ];
    for (name, f) in rows {
        let (a, _) = mbps(&typical, f);
        let (b, _) = mbps(&dense, f);
        println!("| {name} | {a:.0} | {b:.0} |");
    }
    // Scaling with the size of the network: synthetic unique names.
    for n in [5_000, 30_000] {
        let names: Vec<(String, String)> = (0..n)
            .map(|i| (format!("Name{}", i % 977), format!("Surname{i}")))
            .chain(corpus.connections.iter().cloned())
            .collect();
        let t0 = Instant::now();
        let big = Detectors::new(&names);
        let built = t0.elapsed();
        let (a, _) = mbps(&typical, |t, o| big.scan(t, o));
        println!(
            "| all, {} connections (built in {built:.0?}) | {a:.0} | |",
            names.len()
        );
    }
}
