//! Generates a synthetic LinkedIn export.
//!
//! ```text
//! cargo run --release --example synth -- --seed 42 --era 2026 --size 1GiB -o /tmp/big.zip
//! cargo run --release --example synth -- --era 2024 --dir /tmp/export --truth /tmp/truth.jsonl
//! ```
//!
//! Options: `--seed N`, `--era 2023|2024|2026`, `--size N[KiB|MiB|GiB|KB|MB|GB]` (a realistic mix
//! of that uncompressed size; default: a few rows of everything), `--no-quirks`, `-o FILE.zip`,
//! `--dir DIR`, `--truth FILE.jsonl`, `--level 1..9` (deflate), `--bom`, `--invalid-utf8`, and
//! `--<family> N` for any family of `Counts` (`--messages 1000 --shares 50`). Without `-o` or
//! `--dir` nothing is written (the generator alone is timed).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use linkedin_exposure::synth::{
    generate_with, Config, Counts, DirSink, Era, Extras, NullSink, Sink, TruthItem, ZipSink,
};

struct Args {
    cfg: Config,
    extras: Extras,
    zip: Option<String>,
    dir: Option<String>,
    truth: Option<String>,
    level: i64,
    large: bool,
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kib" | "k" => 1 << 10,
        "mib" | "m" => 1 << 20,
        "gib" | "g" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => return None,
    };
    Some((n * mult as f64) as u64)
}

fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut seed = 42;
    let mut era = Era::Complete2026;
    let mut size: Option<u64> = None;
    let mut quirks = true;
    let mut overrides: Vec<(String, u64)> = Vec::new();
    let mut a = Args {
        cfg: Config {
            seed,
            era,
            counts: Counts::small(),
            quirks,
        },
        extras: Extras::default(),
        zip: None,
        dir: None,
        truth: None,
        level: 1,
        large: false,
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--era" => {
                let v = value()?;
                era = Era::parse(&v).ok_or_else(|| format!("--era: unknown era {v}"))?;
            }
            "--size" => {
                let v = value()?;
                size = Some(parse_size(&v).ok_or_else(|| format!("--size: cannot read {v}"))?);
            }
            "--no-quirks" => quirks = false,
            "-o" | "--output" => a.zip = Some(value()?),
            "--dir" => a.dir = Some(value()?),
            "--truth" => a.truth = Some(value()?),
            "--level" => a.level = value()?.parse().map_err(|e| format!("--level: {e}"))?,
            "--bom" => a.extras.bom = true,
            "--invalid-utf8" => a.extras.invalid_utf8 = true,
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => {
                let name = f[2..].replace('-', "_");
                let n = value()?.parse().map_err(|e| format!("{f}: {e}"))?;
                overrides.push((name, n));
            }
            f => return Err(format!("unexpected argument {f}")),
        }
    }
    let mut counts = size.map_or_else(Counts::small, |b| Counts::scaled_for(era, b));
    for (name, n) in overrides {
        if !counts.set(&name, n) {
            return Err(format!("unknown option --{name}"));
        }
    }
    a.large = size.unwrap_or(0) >= 3 << 30;
    a.cfg = Config {
        seed,
        era,
        counts,
        quirks,
    };
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("usage: synth [--seed N] [--era 2023|2024|2026] [--size 1GiB] [--no-quirks] [-o FILE.zip | --dir DIR] [--truth FILE.jsonl] [--level N] [--bom] [--invalid-utf8] [--<family> N ...]");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(a: &Args) -> std::io::Result<()> {
    let mut truth_out = match &a.truth {
        Some(p) => Some(BufWriter::new(File::create(p)?)),
        None => None,
    };
    let mut truth_err: Option<std::io::Error> = None;
    let mut on_item = |t: TruthItem<'_>| {
        if let Some(w) = truth_out.as_mut() {
            let v = serde_json::json!({
                "category": t.category, "file": t.file, "line": t.line,
                "date": t.date, "url": t.url, "text": t.text,
            });
            if let Err(e) = writeln!(w, "{v}") {
                truth_err.get_or_insert(e);
            }
        }
    };
    let start = Instant::now();
    let summary;
    let mut zip_bytes = None;
    if let Some(path) = &a.zip {
        let file = BufWriter::with_capacity(1 << 20, File::create(path)?);
        let mut sink = ZipSink::new(file).level(a.level).large_files(a.large);
        summary = generate_with(&a.cfg, a.extras, &mut sink, &mut on_item)?;
        let mut file = sink.finish()?;
        file.flush()?;
        zip_bytes = Some(std::fs::metadata(path)?.len());
    } else if let Some(dir) = &a.dir {
        let mut sink = DirSink::new(dir)?;
        summary = generate_with(&a.cfg, a.extras, &mut sink, &mut on_item)?;
        sink.end()?;
    } else {
        summary = generate_with(&a.cfg, a.extras, &mut NullSink, &mut on_item)?;
    }
    let secs = start.elapsed().as_secs_f64();
    if let Some(e) = truth_err {
        return Err(e);
    }
    if let Some(mut w) = truth_out {
        w.flush()?;
    }
    println!(
        "era {:?}, seed {}, quirks {}",
        a.cfg.era, a.cfg.seed, a.cfg.quirks
    );
    for (cat, n) in &summary.items_per_category {
        println!("{cat:>26} {n:>12}");
    }
    println!("{:>26} {:>12}", "items", summary.items());
    println!("{:>26} {:>12}", "files", summary.files);
    let mib = summary.bytes_uncompressed as f64 / (1u64 << 20) as f64;
    println!(
        "{:>26} {:>12} ({mib:.1} MiB)",
        "bytes uncompressed", summary.bytes_uncompressed
    );
    if let Some(z) = zip_bytes {
        println!(
            "{:>26} {:>12} ({:.1} MiB)",
            "zip bytes",
            z,
            z as f64 / (1u64 << 20) as f64
        );
    }
    println!(
        "{:>26} {secs:>12.2} ({:.0} MiB/s)",
        "seconds",
        mib / secs.max(1e-9)
    );
    Ok(())
}
