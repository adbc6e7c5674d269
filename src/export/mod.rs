//! LinkedIn knowledge: which files an export holds, and the items in them.
//!
//! `open` lists one or more exports through `archive` and catalogs every entry; `Export::run`
//! reads the known files in parallel (rayon across entries, and across batches of records
//! inside one file, which the reading worker spawns as tasks), hands every item to the
//! caller's per-item function on the worker threads, and folds the results per entry. What
//! happens to items afterwards (classification, summaries, rendering) is the caller's.

pub mod article;
pub mod batch;
pub mod catalog;
mod csv_reader;
pub mod dates;
pub mod map;
pub mod records;

use std::collections::{BTreeMap, VecDeque};
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};

use chrono::NaiveDate;
use serde::Serialize;

use crate::archive::{Archive, ArchiveError, Entry, Limits};
use crate::model::{Category, Item, Warning};
use batch::Batch;
use catalog::{Reader, Spec};
use map::{Mapper, Tally};
pub use records::BatchSize;
use records::{Records, Sniff, Split};

/// How a file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// Read completely.
    Ok,
    /// Read in part: some of it could not be read (the warnings say what).
    Partial,
    /// Not read at all.
    Unreadable,
    /// Not a file the catalog knows.
    Unknown,
}

impl FileStatus {
    /// Whether data of the file was lost: read in part, or not at all.
    pub fn lost_data(self) -> bool {
        matches!(self, FileStatus::Partial | FileStatus::Unreadable)
    }
}

/// The exit-code-3 rule: some file lost data, or a warning says data was skipped or may be
/// misread. Every command that reads an export decides with this.
pub fn incomplete(files: &[FileReport], warnings: &[Warning]) -> bool {
    warnings.iter().any(|w| w.partial) || files.iter().any(|f| f.status.lost_data())
}

/// The export kind LinkedIn offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// The quick download of selected categories.
    Basic,
    /// The larger download of everything.
    Complete,
    /// The name does not say, and the files do not show it.
    Unknown,
}

/// One file of the export, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The path inside the export.
    pub path: String,
    /// Its category, or `None` when the catalog does not know it.
    pub category: Option<Category>,
    /// Items read from it.
    pub items: u64,
    /// How it was read.
    pub status: FileStatus,
}

/// One or more exports, opened and cataloged, ready to be read.
#[derive(Debug)]
pub struct Export {
    archives: Vec<Archive>,
    plan: Vec<Planned>,
    /// The exports as given.
    pub sources: Vec<String>,
    /// Basic or Complete.
    pub kind: ExportKind,
    /// The export date, from the file name.
    pub export_date: Option<NaiveDate>,
    /// Things said about the listing (skipped names, files present in two exports).
    pub notes: Vec<Warning>,
}

#[derive(Debug)]
struct Planned {
    archive: usize,
    entry: usize,
    spec: Option<&'static Spec>,
}

/// Options for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The size of a batch inside one file: 64 KiB of fields (or 4,096 records). Small
    /// enough that a batch stays in the cache of the core that reads it and the one that maps
    /// it (for messages, 2,048 records a batch took 5% more CPU with two workers than 256);
    /// counted in bytes, not records, so that a file of short records (a million reactions)
    /// is not handed between the cores in ten times as many batches: with `--jobs 2` on
    /// Reactions alone, 64 KiB (about 500 reactions) took 0.27 s where 256 records took
    /// 0.30 s (`items`, the 1 GiB export's Reactions from `bench/subset.sh`, medians of 11
    /// alternating runs of a throwaway build that took the size from the environment).
    pub batch: BatchSize,
    /// Whether entries may be read at the same time (false keeps output in file order).
    pub parallel_entries: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            batch: BatchSize {
                records: 4096,
                bytes: 64 << 10,
            },
            parallel_entries: true,
        }
    }
}

/// Errors that stop a run before anything is read.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// An export could not be opened.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// Nothing in the exports is a LinkedIn file.
    #[error(
        "no LinkedIn export files found in {0} (is this the ZIP from \"Get a copy of your data\"?)"
    )]
    NothingKnown(String),
}

/// Opens and catalogs exports. Where two exports hold the same file, the newer export's copy
/// is read (by export date, else the later argument), and a note says so.
pub fn open(paths: &[PathBuf], limits: Limits) -> Result<Export, OpenError> {
    let mut archives = Vec::new();
    for path in paths {
        archives.push(Archive::open(path, limits)?);
    }
    let dates: Vec<(ExportKind, Option<NaiveDate>)> =
        archives.iter().map(|a| kind_and_date(&a.names)).collect();
    let mut notes = Vec::new();
    for archive in &archives {
        for (name, why) in &archive.notes {
            notes.push(Warning::file(
                &format!("{}: {name}", archive.label),
                why.clone(),
            ));
        }
    }
    // Newest export first, so its copy of a shared file wins.
    let mut order: Vec<usize> = (0..archives.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(dates[i].1), std::cmp::Reverse(i)));
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut plan = Vec::new();
    for &a in &order {
        for (e, entry) in archives[a].entries.iter().enumerate() {
            if let Some(&winner) = seen.get(&entry.path) {
                notes.push(
                    Warning::file(
                        &entry.path,
                        format!(
                            "also in {}; read once, from {}",
                            archives[a].label, archives[winner].label
                        ),
                    )
                    .note(),
                );
                continue;
            }
            seen.insert(entry.path.clone(), a);
            plan.push(Planned {
                archive: a,
                entry: e,
                spec: catalog::lookup(&entry.path),
            });
        }
    }
    plan.sort_by(|x, y| {
        let px = &archives[x.archive].entries[x.entry].path;
        let py = &archives[y.archive].entries[y.entry].path;
        px.cmp(py).then(x.archive.cmp(&y.archive))
    });
    let sources: Vec<String> = archives.iter().map(|a| a.label.clone()).collect();
    if !plan.iter().any(|p| p.spec.is_some()) {
        return Err(OpenError::NothingKnown(sources.join(", ")));
    }
    let named_kind = if dates.iter().any(|d| d.0 == ExportKind::Complete) {
        ExportKind::Complete
    } else if dates.iter().any(|d| d.0 == ExportKind::Basic) {
        ExportKind::Basic
    } else {
        ExportKind::Unknown
    };
    let kind = match named_kind {
        ExportKind::Unknown if plan.iter().any(|p| p.spec.is_some_and(is_complete_only)) => {
            ExportKind::Complete
        }
        other => other,
    };
    Ok(Export {
        export_date: dates.iter().filter_map(|d| d.1).max(),
        kind,
        sources,
        archives,
        plan,
        notes,
    })
}

/// Files that only the Complete archive has (format notes §1.1).
fn is_complete_only(spec: &Spec) -> bool {
    use Category::*;
    matches!(
        spec.category,
        Posts | Articles | Comments | Reactions | PollVotes | SearchQueries
    ) || spec.names.contains(&"logins")
        || spec.names.contains(&"inferences_about_you")
}

/// `Complete_LinkedInDataExport_08-26-2025.zip.zip` -> (Complete, 2025-08-26).
fn kind_and_date(names: &[String]) -> (ExportKind, Option<NaiveDate>) {
    let re =
        regex::Regex::new(r"(?i)(basic|complete)?_?LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})")
            .expect("a valid pattern");
    for name in names {
        if let Some(c) = re.captures(name) {
            let kind = match c.get(1).map(|m| m.as_str().to_lowercase()) {
                Some(k) if k == "basic" => ExportKind::Basic,
                Some(k) if k == "complete" => ExportKind::Complete,
                _ => ExportKind::Unknown,
            };
            let date = NaiveDate::from_ymd_opt(
                c[4].parse().unwrap_or(0),
                c[2].parse().unwrap_or(0),
                c[3].parse().unwrap_or(0),
            );
            return (kind, date);
        }
    }
    (ExportKind::Unknown, None)
}

/// What reading one entry produced.
#[derive(Debug)]
pub struct EntryOutcome<S> {
    /// The file's report.
    pub report: FileReport,
    /// Warnings with file and line.
    pub warnings: Vec<Warning>,
    /// The caller's fold over the entry's items.
    pub state: S,
}

impl Export {
    /// Total uncompressed bytes of the entries that will be read (for progress).
    pub fn total_bytes(&self) -> u64 {
        self.plan
            .iter()
            .filter(|p| p.spec.is_some())
            .map(|p| self.archives[p.archive].entries[p.entry].size)
            .sum()
    }

    /// The first non-empty value of `column` in the files of the family named `family` (such
    /// as `profile` / `Geo Location`), read before the main pass.
    pub fn first_value(&self, family: &str, column: &str) -> Option<String> {
        self.rows(family, &[column])
            .into_iter()
            .filter_map(|mut row| row.pop())
            .find(|v| !v.is_empty())
    }

    /// The values of `columns` in every row of every file of the family named `family` (such as
    /// `connections` / `First Name`, `Last Name`), read before the main pass. Missing columns
    /// give empty strings; unreadable files give nothing (the main pass reports them).
    pub fn rows(&self, family: &str, columns: &[&str]) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for p in self
            .plan
            .iter()
            .filter(|p| p.spec.is_some_and(|s| s.names.contains(&family)))
        {
            let (Some(spec), archive) = (p.spec, &self.archives[p.archive]) else {
                continue;
            };
            let entry = &archive.entries[p.entry];
            let counter = AtomicU64::new(0);
            let _ = archive.read_entry(entry, &counter, |input| {
                let Ok(Some(mut records)) = open_records(input, spec, &entry.path)? else {
                    return Ok(());
                };
                let index: Vec<Option<usize>> = columns
                    .iter()
                    .map(|c| {
                        records
                            .header()
                            .iter()
                            .position(|h| h.eq_ignore_ascii_case(c))
                    })
                    .collect();
                let mut batch = Batch::default();
                loop {
                    let more = records.next_split(BatchSize::records(4096), &mut batch)?;
                    for record in batch.rows() {
                        out.push(
                            index
                                .iter()
                                .map(|i| {
                                    i.and_then(|i| record.get(i))
                                        .map(|v| String::from_utf8_lossy(v).trim().to_string())
                                        .unwrap_or_default()
                                })
                                .collect(),
                        );
                    }
                    if !more {
                        return Ok(());
                    }
                }
            });
        }
        out
    }

    /// Reads every entry. `per_item` runs on worker threads and adds each item's result to
    /// its batch's `T` (a `Vec` of results, or one buffer of output lines); `fold` sees each
    /// entry's batches in file order. Outcomes come back in path order, whatever the
    /// scheduling.
    pub fn run<T, S>(
        &self,
        opts: &ReadOptions,
        counter: &AtomicU64,
        per_item: &(dyn Fn(Item, &mut T) + Sync),
        init: &(dyn Fn() -> S + Sync),
        fold: &(dyn Fn(&mut S, T) + Sync),
    ) -> Vec<EntryOutcome<S>>
    where
        T: Default + Send,
        S: Send,
    {
        let one = |p: &Planned| self.read_planned(p, opts, counter, per_item, init, fold);
        if opts.parallel_entries {
            // One loop per worker takes the next file, largest first, so a huge file does not
            // start last and every worker reads a file of its own while there are any left;
            // a worker with none left maps the batches the readers spawn.
            let mut order: Vec<usize> = (0..self.plan.len()).collect();
            let size =
                |i: usize| self.archives[self.plan[i].archive].entries[self.plan[i].entry].size;
            order.sort_by_key(|&i| std::cmp::Reverse(size(i)));
            let next = AtomicUsize::new(0);
            let outcomes: Vec<Mutex<Option<EntryOutcome<S>>>> =
                self.plan.iter().map(|_| Mutex::new(None)).collect();
            rayon::scope(|scope| {
                for _ in 0..rayon::current_num_threads() {
                    scope.spawn(|_| {
                        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                            let outcome = one(&self.plan[i]);
                            *lock(&outcomes[i]) = Some(outcome);
                        }
                    });
                }
            });
            // Every loop ran to the end (a panic in one would have ended the scope with it),
            // so every slot is filled.
            outcomes
                .into_iter()
                .map(|o| {
                    o.into_inner()
                        .unwrap_or_else(|e| e.into_inner())
                        .expect("every entry was read")
                })
                .collect()
        } else {
            self.plan.iter().map(one).collect()
        }
    }

    fn read_planned<T: Default + Send, S: Send>(
        &self,
        p: &Planned,
        opts: &ReadOptions,
        counter: &AtomicU64,
        per_item: &(dyn Fn(Item, &mut T) + Sync),
        init: &(dyn Fn() -> S + Sync),
        fold: &(dyn Fn(&mut S, T) + Sync),
    ) -> EntryOutcome<S> {
        let archive = &self.archives[p.archive];
        let entry = &archive.entries[p.entry];
        let mut state = init();
        let mut report = FileReport {
            path: entry.path.clone(),
            category: p.spec.map(|s| s.category),
            items: 0,
            status: FileStatus::Ok,
        };
        let mut warnings = Vec::new();
        let Some(spec) = p.spec else {
            report.status = FileStatus::Unknown;
            if let Some(why) = &entry.problem {
                warnings.push(Warning::file(&entry.path, why.clone()));
            }
            return EntryOutcome {
                report,
                warnings,
                state,
            };
        };
        let file: Arc<str> = Arc::from(entry.path.as_str());
        let mut sink = |batch: T, items: u64, state: &mut S| {
            report.items += items;
            fold(state, batch);
        };
        let result = match spec.reader {
            Reader::Article => {
                read_article(archive, entry, counter, &file, &mut warnings).map(|item| {
                    if let Some(item) = item {
                        let mut batch = T::default();
                        per_item(item, &mut batch);
                        sink(batch, 1, &mut state);
                    }
                })
            }
            Reader::Csv | Reader::Dated(_) => read_csv(
                archive,
                entry,
                spec,
                &file,
                opts,
                counter,
                &mut warnings,
                per_item,
                &mut |b, n| sink(b, n, &mut state),
            ),
        };
        if let Err(e) = result {
            report.status = if report.items == 0 {
                FileStatus::Unreadable
            } else {
                FileStatus::Partial
            };
            let message = match &e {
                ArchiveError::Read { source, .. } => source.to_string(),
                ArchiveError::Unreadable { why, .. } => why.clone(),
                other => other.to_string(),
            };
            let message = if report.items > 0 {
                format!("{message}; the {} items before it were kept", report.items)
            } else {
                message
            };
            warnings.push(Warning::file(&entry.path, message));
        } else if warnings.iter().any(|w| w.partial) {
            report.status = if report.items == 0 {
                FileStatus::Unreadable
            } else {
                FileStatus::Partial
            };
        }
        EntryOutcome {
            report,
            warnings,
            state,
        }
    }
}

/// Takes a mapped batch and the number of items in it.
type BatchSink<'s, T> = dyn FnMut(T, u64) + 's;

fn open_records<'r>(
    input: &'r mut dyn Read,
    spec: &Spec,
    file: &str,
) -> std::io::Result<Result<Option<Box<dyn Records + 'r>>, &'static str>> {
    let mut head = [0u8; 8];
    let mut got = 0;
    while got < head.len() {
        let n = input.read(&mut head[got..])?;
        if n == 0 {
            break;
        }
        got += n;
    }
    match records::sniff(&head[..got]) {
        Sniff::Empty => return Ok(Ok(None)),
        Sniff::NotText(why) => return Ok(Err(why)),
        Sniff::Text => {}
    }
    let start = if head[..got].starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let stream: Box<dyn Read + 'r> =
        Box::new(std::io::Cursor::new(head[start..got].to_vec()).chain(input));
    Ok(Ok(match spec.reader {
        Reader::Dated(kind) => records::dated_records(stream, file, kind)?,
        _ => records::csv_records(stream, file, Some(spec))?,
    }))
}

/// What the mapping side of one file does to a batch: split its records into fields (if
/// the reader left that to it), then map them.
struct Mapping {
    split: Split,
    mapper: Mapper,
}

impl Mapping {
    /// Splits and maps one batch in order and runs `per_item` on each item, into one `T`;
    /// with the number of items and the batch's tally.
    fn map_batch<T: Default>(
        &self,
        batch: &mut Batch,
        per_item: &(dyn Fn(Item, &mut T) + Sync),
    ) -> (T, u64, Tally) {
        self.split.apply(batch);
        let mut tally = Tally::default();
        let mut out = T::default();
        self.mapper
            .map_batch(batch, &mut tally, |item| per_item(item, &mut out));
        (out, batch.len() as u64, tally)
    }
}

/// What the reading side of one file tells the mapping side.
enum Msg {
    Header(Vec<String>, Split),
    Batch(Batch),
    Warnings(Vec<Warning>),
    NotText(&'static str),
}

/// The reading side: decompresses and splits one file into records, in batches.
/// `emit` returns false when the mapping side has gone.
fn produce(
    archive: &Archive,
    entry: &Entry,
    spec: &'static Spec,
    opts: &ReadOptions,
    counter: &AtomicU64,
    spare: &dyn Fn() -> Option<Batch>,
    emit: &mut dyn FnMut(Msg) -> bool,
) -> Result<(), ArchiveError> {
    archive.read_entry(entry, counter, |input| {
        let mut records = match open_records(input, spec, &entry.path)? {
            Ok(Some(records)) => records,
            Ok(None) => return Ok(()),
            Err(why) => {
                emit(Msg::NotText(why));
                return Ok(());
            }
        };
        if !emit(Msg::Header(records.header().to_vec(), records.split())) {
            return Ok(());
        }
        loop {
            let mut batch = spare().unwrap_or_default();
            let more = records.next_batch(opts.batch, &mut batch);
            let warnings = records.take_warnings();
            if (!warnings.is_empty() && !emit(Msg::Warnings(warnings)))
                || !emit(Msg::Batch(batch))
                || !more?
            {
                return Ok(());
            }
        }
    })
}

/// A mapped batch: its results and tally, or `None` when its mapping panicked.
type Mapped<T> = Option<(T, u64, Tally)>;

/// The batches of one file between reading and folding: those not mapped yet, oldest first,
/// and the mapped ones by sequence number until they are folded in order.
struct Pending<T> {
    queued: Mutex<VecDeque<(u64, Batch)>>,
    /// Mapped batches, cleared, for the reader to read into again.
    spare: Mutex<Vec<Batch>>,
    ready: Mutex<BTreeMap<u64, Mapped<T>>>,
    arrived: Condvar,
}

/// Mapped batches kept for reuse, at most, and the largest kept (in bytes of room): enough
/// for those in flight, while a batch that held a huge field is freed.
const SPARE_BATCHES: usize = 16;
const SPARE_MAX: usize = 4 << 20;

/// Locks `m`. A panic is caught before any of these locks is taken, so none is ever
/// poisoned; if one were, what it holds is still whole.
fn lock<X>(m: &Mutex<X>) -> std::sync::MutexGuard<'_, X> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl<T: Default> Pending<T> {
    /// Maps the oldest queued batch, if any, on this thread; false when none was queued.
    fn map_next(&self, mapping: &Mapping, per_item: &(dyn Fn(Item, &mut T) + Sync)) -> bool {
        let Some((seq, mut batch)) = lock(&self.queued).pop_front() else {
            return false;
        };
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            mapping.map_batch(&mut batch, per_item)
        }));
        lock(&self.ready).insert(seq, out.ok());
        self.arrived.notify_all();
        // The batch goes back to the reader, to read into again (a few, none huge).
        batch.clear();
        let mut spare = lock(&self.spare);
        if spare.len() < SPARE_BATCHES && batch.capacity() <= SPARE_MAX {
            spare.push(batch);
        }
        true
    }

    /// Blocks briefly until batch `seq` has arrived (another worker is mapping it).
    fn wait_for(&self, seq: u64) {
        let ready = lock(&self.ready);
        if !ready.contains_key(&seq) {
            let _ = self
                .arrived
                .wait_timeout(ready, std::time::Duration::from_millis(5));
        }
    }
}

/// The folding side of [`read_csv`]: hands mapped batches to the sink in file order.
struct Folder<'a, 's, T> {
    pending: &'a Pending<T>,
    sink: &'a mut BatchSink<'s, T>,
    tally: Tally,
    queued: u64,
    folded: u64,
    failed: bool,
}

impl<T: Default> Folder<'_, '_, T> {
    /// Folds the batches that are ready, in order.
    fn fold_ready(&mut self) {
        loop {
            let Some(out) = lock(&self.pending.ready).remove(&self.folded) else {
                return;
            };
            match out {
                Some((batch, items, tally)) => {
                    self.tally.merge(tally);
                    (self.sink)(batch, items);
                }
                None => self.failed = true,
            }
            self.folded += 1;
        }
    }

    /// Folds until at most `max` batches are pending: maps the oldest queued batch on this
    /// thread, or waits for the other workers to finish the ones they took.
    fn settle(
        &mut self,
        max: u64,
        mapping: Option<&Mapping>,
        per_item: &(dyn Fn(Item, &mut T) + Sync),
    ) {
        self.fold_ready();
        while self.queued - self.folded > max {
            if !mapping.is_some_and(|m| self.pending.map_next(m, per_item)) {
                self.pending.wait_for(self.folded);
            }
            self.fold_ready();
        }
    }
}

/// Reads one CSV file. This thread decompresses and splits the file into batches of records
/// and queues them; for each it spawns a rayon task that maps the oldest queued batch (with
/// `per_item`), so idle workers map while this one reads. It folds the mapped batches into
/// `sink` in file order as they come back. At most `IN_FLIGHT` batches per worker are
/// pending at a time: past that, this thread maps queued batches itself (never another
/// task, which could be a whole other file), so memory stays flat however large the file.
#[allow(clippy::too_many_arguments)]
fn read_csv<T: Default + Send>(
    archive: &Archive,
    entry: &Entry,
    spec: &'static Spec,
    file: &Arc<str>,
    opts: &ReadOptions,
    counter: &AtomicU64,
    warnings: &mut Vec<Warning>,
    per_item: &(dyn Fn(Item, &mut T) + Sync),
    sink: &mut BatchSink<'_, T>,
) -> Result<(), ArchiveError> {
    /// Pending batches per worker thread.
    const IN_FLIGHT: u64 = 3;
    let limit = IN_FLIGHT * rayon::current_num_threads() as u64;
    let mapping: std::sync::OnceLock<Mapping> = std::sync::OnceLock::new();
    let pending = Pending {
        queued: Mutex::default(),
        spare: Mutex::default(),
        ready: Mutex::default(),
        arrived: Condvar::new(),
    };
    let mut folder = Folder {
        pending: &pending,
        sink,
        tally: Tally::default(),
        queued: 0,
        folded: 0,
        failed: false,
    };
    let result = rayon::in_place_scope(|scope| {
        let spare = || lock(&pending.spare).pop();
        let result = produce(archive, entry, spec, opts, counter, &spare, &mut |msg| {
            match msg {
                Msg::Header(header, split) => {
                    let mapper = Mapper::new(spec, file.clone(), &header);
                    let _ = mapping.set(Mapping { split, mapper });
                }
                Msg::Batch(batch) => {
                    if let Some(mapping) = mapping.get() {
                        lock(&pending.queued).push_back((folder.queued, batch));
                        folder.queued += 1;
                        let pending = &pending;
                        scope.spawn(move |_| {
                            pending.map_next(mapping, per_item);
                        });
                    }
                }
                Msg::Warnings(w) => warnings.extend(w),
                Msg::NotText(why) => warnings.push(Warning::file(file, format!("{why}; not read"))),
            }
            folder.settle(limit, mapping.get(), per_item);
            !folder.failed
        });
        folder.settle(0, mapping.get(), per_item);
        result
    });
    warnings.extend(std::mem::take(&mut folder.tally).warnings(file));
    if folder.failed {
        return Err(ArchiveError::Unreadable {
            entry: entry.path.clone(),
            why: "an internal error stopped the mapping of its records (please report it)".into(),
        });
    }
    result
}

/// Articles are read whole, up to this size; a larger page is not an article LinkedIn wrote.
const MAX_ARTICLE_BYTES: u64 = 32 << 20;

fn read_article(
    archive: &Archive,
    entry: &Entry,
    counter: &AtomicU64,
    file: &Arc<str>,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Item>, ArchiveError> {
    let bytes = archive.read_entry(entry, counter, |input| {
        let mut buf = Vec::new();
        input.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut buf)?;
        Ok(buf)
    })?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(ArchiveError::Unreadable {
            entry: entry.path.clone(),
            why: format!("an article page larger than {MAX_ARTICLE_BYTES} bytes; not read"),
        });
    }
    let html = match std::str::from_utf8(&bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            warnings.push(Warning::at(
                file,
                line,
                "invalid UTF-8; decoded with replacement characters",
            ));
            String::from_utf8_lossy(&bytes)
        }
    };
    let article = article::parse(&html);
    let date = article.published.or(article.created);
    Ok(Some(Item::new(
        Category::Articles,
        file.clone(),
        1,
        date,
        article.url.clone(),
        article.text(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_give_kind_and_date() {
        let n = |s: &str| kind_and_date(&[s.to_string()]);
        assert_eq!(
            n("Basic_LinkedInDataExport_07-11-2023.zip"),
            (ExportKind::Basic, NaiveDate::from_ymd_opt(2023, 7, 11))
        );
        assert_eq!(
            n("Complete_LinkedInDataExport_08-26-2025.zip.zip"),
            (ExportKind::Complete, NaiveDate::from_ymd_opt(2025, 8, 26))
        );
        assert_eq!(
            n("Complete_LinkedInDataExport_11-06-2025.zip (1).zip"),
            (ExportKind::Complete, NaiveDate::from_ymd_opt(2025, 11, 6))
        );
        assert_eq!(
            n("LinkedInDataExport_03-01-2015.zip"),
            (ExportKind::Unknown, NaiveDate::from_ymd_opt(2015, 3, 1))
        );
        assert_eq!(n("my-data.zip"), (ExportKind::Unknown, None));
    }
}
