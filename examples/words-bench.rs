//! Word-count throughput on one core, in MB/s of text: `count_words` against the crate it
//! must equal (`unicode_words().count()`), over the `CONTENT` column of a messages CSV, all
//! texts and the pure-ASCII ones alone. Fails if any text counts differently.
//!
//! ```text
//! unzip -p bench/out/synth-2026-16MiB.zip messages.csv > /tmp/messages.csv
//! cargo run --release --example words-bench -- /tmp/messages.csv [passes]
//! ```
//!
//! With `WORDS_BENCH_ONLY=1`, times `count_words` alone (for a profiler).

use std::time::Instant;

use linkedin_exposure::words::count_words;
use unicode_segmentation::UnicodeSegmentation;

/// The best of `passes` timed passes of `f` over `texts`: MB/s and the total count.
fn mbps(texts: &[String], passes: usize, f: impl Fn(&str) -> u64) -> (f64, u64) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut total = texts.iter().map(|t| f(t)).sum();
    let mut best = f64::MAX;
    for _ in 0..passes {
        let t0 = Instant::now();
        total = texts.iter().map(|t| f(std::hint::black_box(t))).sum();
        best = best.min(t0.elapsed().as_secs_f64());
    }
    (bytes as f64 / best / 1e6, total)
}

fn crate_words(text: &str) -> u64 {
    text.unicode_words().count() as u64
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: words-bench MESSAGES.csv [passes]"))?;
    let passes = args.next().map_or(Ok(10), |p| p.parse())?;
    let mut reader = csv::Reader::from_path(&path)?;
    let column = reader
        .headers()?
        .iter()
        .position(|h| h == "CONTENT")
        .ok_or_else(|| anyhow::anyhow!("{path}: no CONTENT column"))?;
    let mut texts = Vec::new();
    for record in reader.records() {
        texts.push(record?.get(column).unwrap_or_default().to_owned());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("{} texts, {bytes} bytes", texts.len());
    if std::env::var_os("WORDS_BENCH_ONLY").is_some() {
        let (ours, total) = mbps(&texts, passes, count_words);
        println!("count_words {ours:7.1} MB/s ({total} words)");
        return Ok(());
    }
    let ascii: Vec<String> = texts.iter().filter(|t| t.is_ascii()).cloned().collect();
    for round in 0..3 {
        let (theirs, expected) = mbps(&texts, passes, crate_words);
        let (ours, total) = mbps(&texts, passes, count_words);
        let (ascii_theirs, _) = mbps(&ascii, passes, crate_words);
        let (ascii_ours, _) = mbps(&ascii, passes, count_words);
        println!(
            "round {round}: crate {theirs:6.1} MB/s ({expected} words), count_words \
             {ours:6.1} MB/s ({total}); {} ASCII texts: crate {ascii_theirs:6.1} MB/s, \
             count_words {ascii_ours:6.1} MB/s",
            ascii.len()
        );
    }
    let differ = texts
        .iter()
        .filter(|t| count_words(t) != crate_words(t))
        .count();
    anyhow::ensure!(
        differ == 0,
        "{differ} texts counted differently from the crate"
    );
    Ok(())
}
