//! The generation context shared by every file family: config, output, random stream, reusable
//! scratch strings, the timeline of dates, and the truth bookkeeping.

use std::collections::BTreeMap;
use std::io;

use super::content::Cast;
use super::dates::{self, trunc, Fmt, Prec, Timeline, Ts};
use super::out::Out;
use super::rng::Rng;
use super::sinks::Sink;
use super::{Config, Era, Extras, Summary, TruthItem};

/// Everything a file writer needs.
pub struct Gen<'a> {
    /// The configuration.
    pub cfg: &'a Config,
    /// Opt-in damage.
    pub extras: Extras,
    /// The output.
    pub out: Out<'a>,
    truth: &'a mut dyn FnMut(TruthItem<'_>),
    items: BTreeMap<&'static str, u64>,
    /// The random stream of the current file (reseeded per file).
    pub r: Rng,
    /// The current item's text, as the truth gives it.
    pub text: String,
    /// The current item's URL.
    pub url: String,
    /// Scratch.
    pub s1: String,
    /// Scratch.
    pub s2: String,
    date: Vec<u8>,
    path: String,
    /// People that may be mentioned (the connections).
    pub cast: Cast,
    /// Item dates.
    pub tl: Timeline,
    /// `_<digits>` for 2026 suffixed names, else empty.
    pub suffix: String,
}

impl<'a> Gen<'a> {
    /// A context writing to `sink`.
    pub fn new(
        cfg: &'a Config,
        extras: Extras,
        sink: &'a mut dyn Sink,
        truth: &'a mut dyn FnMut(TruthItem<'_>),
    ) -> Gen<'a> {
        let mut r = Rng::for_label(cfg.seed, "member id");
        let suffix = if cfg.era == Era::Complete2026 && cfg.quirks {
            format!("_{}", r.range(1_000_000_000, 1_999_999_999))
        } else {
            String::new()
        };
        Gen {
            cfg,
            extras,
            out: Out::new(sink),
            truth,
            items: BTreeMap::new(),
            r,
            text: String::with_capacity(1 << 12),
            url: String::with_capacity(256),
            s1: String::with_capacity(256),
            s2: String::with_capacity(256),
            date: Vec::with_capacity(32),
            path: String::new(),
            cast: Cast {
                seed: cfg.seed,
                n: cfg.counts.connections.max(1),
            },
            tl: Timeline::new(&cfg.era.cuts()),
            suffix,
        }
    }

    /// The era.
    pub fn era(&self) -> Era {
        self.cfg.era
    }

    /// Whether quirks are on.
    pub fn quirks(&self) -> bool {
        self.cfg.quirks
    }

    /// Starts the file `path` and reseeds the random stream from it.
    pub fn begin(&mut self, path: &str, crlf: bool) -> io::Result<()> {
        self.path.clear();
        self.path.push_str(path);
        self.r = Rng::for_label(self.cfg.seed, path);
        self.out.begin(path, crlf)?;
        if self.extras.bom && path.ends_with(".csv") {
            self.out.buf.extend_from_slice("\u{feff}".as_bytes());
        }
        Ok(())
    }

    /// Starts a CSV file and writes its header line.
    pub fn begin_csv(&mut self, path: &str, header: &str, crlf: bool) -> io::Result<()> {
        self.begin(path, crlf)?;
        self.out.line_raw(header);
        Ok(())
    }

    /// Ends the current file, with or without a newline after the last record.
    pub fn end(&mut self, final_newline: bool) -> io::Result<()> {
        self.out.end(final_newline)
    }

    /// Records an item whose text is `self.text` and URL `self.url` (if `url`).
    pub fn emit(&mut self, category: &'static str, line: u64, date: Option<Ts>, url: bool) {
        self.emit_inner(category, line, date, url, true);
    }

    /// Records an item without text.
    pub fn emit_bare(&mut self, category: &'static str, line: u64, date: Option<Ts>, url: bool) {
        self.emit_inner(category, line, date, url, false);
    }

    fn emit_inner(
        &mut self,
        cat: &'static str,
        line: u64,
        date: Option<Ts>,
        url: bool,
        text: bool,
    ) {
        *self.items.entry(cat).or_insert(0) += 1;
        self.date.clear();
        if let Some(ts) = date {
            dates::write(&mut self.date, ts, Fmt::Rfc3339);
        }
        let item = TruthItem {
            category: cat,
            file: &self.path,
            line,
            date: date.map(|_| std::str::from_utf8(&self.date).unwrap_or_default()),
            url: if url && !self.url.is_empty() {
                Some(self.url.as_str())
            } else {
                None
            },
            text: if text { &self.text } else { "" },
        };
        (self.truth)(item);
    }

    /// Row `i` of `n`, newest first, spread over the era's timeline, truncated to `p`.
    pub fn desc(&mut self, i: u64, n: u64, p: Prec) -> Ts {
        let u = 1.0 - (i as f64 + self.r.unit()) / n.max(1) as f64;
        trunc(self.tl.at(u.clamp(0.0, 0.999_999_999)), p)
    }

    /// A random date on the timeline, truncated to `p`.
    pub fn any_ts(&mut self, p: Prec) -> Ts {
        let u = self.r.unit();
        trunc(self.tl.at(u), p)
    }

    /// The name of a suffixed 2026 file: `Shares` → `Shares_1158443584.csv` (or `Shares.csv`).
    pub fn suffixed(&self, stem: &str) -> String {
        format!("{stem}{}.csv", self.suffix)
    }

    /// The summary so far.
    pub fn summary(&self) -> Summary {
        Summary {
            items_per_category: self.items.clone(),
            bytes_uncompressed: self.out.bytes,
            files: self.out.files,
        }
    }
}
