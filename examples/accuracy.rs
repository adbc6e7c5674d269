//! Prints precision and recall per type on the seeded synthetic corpus, and optionally
//! exports the corpus as JSON Lines for other tools (`scripts/presidio-compare.sh`).
//!
//! `cargo run --release --example accuracy -- --seed 1 --docs 5000 [--export FILE] [--show-errors N]`

#[path = "../eval/mod.rs"]
mod eval;

use std::io::Write;
use std::time::Instant;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let seed: u64 = arg(&args, "--seed").map_or(1, |s| s.parse().expect("--seed N"));
    let n: usize = arg(&args, "--docs").map_or(5000, |s| s.parse().expect("--docs N"));
    let show: usize =
        arg(&args, "--show-errors").map_or(0, |s| s.parse().expect("--show-errors N"));
    let corpus = eval::generate(seed, n);
    let t = Instant::now();
    let det = linkedin_exposure::classify::detect::Detectors::new(&corpus.connections);
    let build = t.elapsed();
    if let Some(path) = arg(&args, "--export") {
        eval::export::write_jsonl(&corpus, &det, &path)?;
        eprintln!("exported {} docs to {path}", corpus.docs.len());
    }
    let t = Instant::now();
    let score = eval::score(&corpus, &det);
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "seed {seed}, {n} docs, {bytes} bytes, {} connections; build {build:.1?}, scan and score {:.1} MB/s (throughput: detect-bench)",
        corpus.connections.len(),
        bytes as f64 / secs / 1e6
    )?;
    writeln!(
        out,
        "| class | type | labels | findings | precision | recall | target |"
    )?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---:|")?;
    let mut failed = 0;
    for (class, kind) in eval::all_types() {
        let c = score.per_type[kind];
        let ok = c.precision() >= eval::target(kind) && c.recall() >= eval::target(kind);
        failed += usize::from(!ok);
        writeln!(
            out,
            "| {class} | {kind} | {} | {} | {:.3} | {:.3} | {:.2}{} |",
            c.labels,
            c.findings,
            c.precision(),
            c.recall(),
            eval::target(kind),
            if ok { "" } else { " MISSED" }
        )?;
    }
    writeln!(
        out,
        "{} of {} types below target",
        failed,
        eval::all_types().len()
    )?;
    let held = eval::held_out(&corpus);
    writeln!(
        out,
        "special-category labels whose text is not a lexicon phrase verbatim: {} of {} ({:.0}%)",
        held.0,
        held.1,
        100.0 * held.0 as f64 / held.1.max(1) as f64
    )?;
    for (kind, doc, text) in score.false_pos.iter().take(show) {
        writeln!(out, "FP {kind:22} doc {doc:5} {text:?}")?;
    }
    for (kind, doc, text) in score.misses.iter().take(show) {
        writeln!(out, "MISS {kind:20} doc {doc:5} {text:?}")?;
    }
    Ok(())
}
