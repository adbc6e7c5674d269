//! The application edge: runs a parsed command line, prints, and picks the exit code.
//!
//! Turns clap's arguments into the library's options (`Session`), sets up the thread pool and
//! the progress bar, and writes output (a broken pipe is not an error).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{bail, Context as _, Result};

use crate::classify::detect::{Class, Detectors, Finding};
use crate::classify::{country, Member, MemberPolicy, Policy};
use crate::cli::{
    Cli, Command, Common, DiffArgs, DiffFormat, ItemsArgs, OptOut, PoliciesArgs, ReportArgs,
    ReportFormat, RequestArgs, RequestFormat, RequestKind, RequestLang, ScanArgs, ScanFormat,
};
use crate::export::{self, EntryOutcome, Export, ReadOptions};
use crate::model::{Category, FindingSet, Item, Status, Warning};
use crate::render;
use crate::summary::{Context, CountrySource, Scored, Summary, Tallies};

/// Exit code: done, but some files were skipped or partly read.
pub const EXIT_PARTIAL: u8 = 3;

/// Runs a command.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Scan(args) => scan(&args),
        Command::Items(args) => items(&args),
        Command::Report(args) => report(&args),
        Command::Diff(args) => diff(&args),
        Command::Request(args) => request(&args),
        Command::Policies(args) => policies(&args),
    }
}

/// Everything a command that reads an export needs, prepared from the flags.
struct Session {
    pool: rayon::ThreadPool,
    export: Export,
    policy: Policy,
    detectors: Detectors,
    context: Context,
    notes: Vec<Warning>,
}

impl Session {
    fn new(common: &Common) -> Result<Session> {
        std::thread::scope(|scope| {
            // The detectors' fixed parts are built while the export is opened and read.
            let prepared = scope.spawn(crate::classify::detect::Prepared::new);
            Session::open(common, || prepared.join().unwrap_or_default())
        })
    }

    fn open(
        common: &Common,
        prepared: impl FnOnce() -> crate::classify::detect::Prepared,
    ) -> Result<Session> {
        let pool = thread_pool(common.jobs)?;
        let policy = load_policy(common.policy.as_deref())?;
        let export = export::open(&common.exports, common.limits())?;
        let mut notes = export.notes.clone();
        let (country, country_source) = if common.country.eq_ignore_ascii_case("auto") {
            let geo = export.first_value("profile", "Geo Location");
            match geo.as_deref().and_then(country::from_geo_location) {
                Some(cc) => (cc.to_string(), CountrySource::Profile),
                None => {
                    let why = match &geo {
                        Some(g) => format!(
                            "cannot tell the country from Geo Location `{}`",
                            render::sanitize(g)
                        ),
                        None => "no Geo Location in Profile.csv".to_string(),
                    };
                    notes.push(
                        Warning::file(
                            "Profile.csv",
                            format!("{why}; assumed US (set it with --country CC)"),
                        )
                        .note(),
                    );
                    ("US".to_string(), CountrySource::Default)
                }
            }
        } else {
            let cc = country::normalize_code(&common.country).with_context(|| {
                format!(
                    "--country takes an ISO 3166-1 alpha-2 code such as DE, or `auto`; `{}` is not one",
                    common.country
                )
            })?;
            (cc.to_string(), CountrySource::Flag)
        };
        let context = Context {
            country,
            country_source,
            opted_out_on: match common.opted_out_on {
                OptOut::Never => None,
                OptOut::On(d) => Some(d),
            },
            under_18: common.under_18,
            as_of: common
                .as_of
                .unwrap_or_else(|| chrono::Utc::now().date_naive()),
            policy_versions: Vec::new(),
        };
        let connections: Vec<(String, String)> = export
            .rows("connections", &["First Name", "Last Name"])
            .into_iter()
            .filter_map(|mut row| {
                let last = row.pop()?;
                let first = row.pop()?;
                (!first.is_empty() && !last.is_empty()).then_some((first, last))
            })
            .collect();
        let detectors = Detectors::with_connections(prepared(), &connections);
        Ok(Session {
            pool,
            export,
            policy,
            detectors,
            context,
            notes,
        })
    }

    fn member(&self) -> Member {
        Member {
            country: self.context.country.clone(),
            opted_out_on: self.context.opted_out_on,
            under_18: self.context.under_18,
            as_of: self.context.as_of,
        }
    }

    /// Reads every entry with a progress bar on a terminal.
    fn read<T: Default + Send, S: Send>(
        &self,
        common: &Common,
        opts: &ReadOptions,
        per_item: &(dyn Fn(Item, &mut T) + Sync),
        init: &(dyn Fn() -> S + Sync),
        fold: &(dyn Fn(&mut S, T) + Sync),
    ) -> Vec<EntryOutcome<S>> {
        read_entries(
            &self.pool,
            &self.export,
            common.quiet,
            opts,
            per_item,
            init,
            fold,
        )
    }

    /// Files and warnings of a finished read, with the session's notes.
    fn collect<S>(
        &self,
        outcomes: Vec<EntryOutcome<S>>,
    ) -> (Vec<S>, Vec<export::FileReport>, Vec<Warning>) {
        let mut states = Vec::with_capacity(outcomes.len());
        let mut files = Vec::with_capacity(outcomes.len());
        let mut warnings = self.notes.clone();
        for outcome in outcomes {
            states.push(outcome.state);
            files.push(outcome.report);
            warnings.extend(outcome.warnings);
        }
        warnings.sort();
        (states, files, warnings)
    }
}

/// Reads every entry of an export on `pool`, with a progress bar when stderr is a terminal
/// and not `quiet`.
fn read_entries<T: Default + Send, S: Send>(
    pool: &rayon::ThreadPool,
    export: &Export,
    quiet: bool,
    opts: &ReadOptions,
    per_item: &(dyn Fn(Item, &mut T) + Sync),
    init: &(dyn Fn() -> S + Sync),
    fold: &(dyn Fn(&mut S, T) + Sync),
) -> Vec<EntryOutcome<S>> {
    let counter = AtomicU64::new(0);
    let done = AtomicBool::new(false);
    let progress = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(export.total_bytes());
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} reading {bytes}/{total_bytes} {wide_bar} {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let outcomes = std::thread::scope(|scope| {
        if let Some(bar) = &progress {
            scope.spawn(|| {
                while !done.load(Ordering::Relaxed) {
                    bar.set_position(counter.load(Ordering::Relaxed));
                    std::thread::sleep(Duration::from_millis(100));
                }
            });
        }
        let outcomes = pool.install(|| export.run(opts, &counter, per_item, init, fold));
        done.store(true, Ordering::Relaxed);
        outcomes
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    outcomes
}

fn load_policy(path: Option<&std::path::Path>) -> Result<Policy> {
    match path {
        None => Ok(Policy::builtin()),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading the policy table {}", path.display()))?;
            Ok(Policy::from_toml(&text, &path.display().to_string())?)
        }
    }
}

fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs {
        if n == 0 {
            bail!("--jobs must be at least 1");
        }
        builder = builder.num_threads(n);
    }
    builder.build().context("starting the worker threads")
}

fn judge<'p>(member: &'p MemberPolicy<'_>, item: &Item) -> (crate::model::Exposure, &'p str) {
    member.judge(item.category as usize, item.date.map(|d| d.date_naive()))
}

/// The categories whose text is searched for the member's connections' names (DESIGN §6).
fn names_matter(category: Category) -> bool {
    matches!(
        category,
        Category::Posts | Category::Comments | Category::Articles | Category::Messages
    )
}

/// Runs the detectors over an item's text into `out` (cleared first).
fn detect(detectors: &Detectors, item: &Item, out: &mut Vec<Finding>) {
    out.clear();
    if item.text.is_empty() {
        return;
    }
    detectors.scan(&item.text, out);
    if !names_matter(item.category) {
        out.retain(|f| f.class != Class::People);
    }
}

fn finding_set(findings: &[Finding]) -> FindingSet {
    let mut set = FindingSet::default();
    for f in findings {
        set.insert(f.class.as_str(), f.kind);
    }
    set
}

thread_local! {
    /// One findings buffer per worker thread, so scanning allocates nothing per item.
    static FINDINGS: std::cell::RefCell<Vec<Finding>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn scan(args: &ScanArgs) -> Result<ExitCode> {
    let common = &args.common;
    let session = Session::new(common)?;
    let summary = summarize(&session, common, false)?;
    let bytes = match args.format {
        ScanFormat::Table => render::table::render(&summary, args.color.enabled()),
        ScanFormat::Json => render::json::render(&summary),
    };
    write_stdout(&bytes)?;
    finish(&summary.warnings, summary.incomplete(), common)
}

fn report(args: &ReportArgs) -> Result<ExitCode> {
    let common = &args.common;
    let to_stdout = args.output.as_os_str() == "-";
    let format = match args.format {
        Some(f) => f,
        None if to_stdout => bail!("writing to standard output needs --format html|markdown|json"),
        None => ReportFormat::from_path(&args.output).with_context(|| {
            format!(
                "cannot tell the format from `{}`; name it .html, .md or .json, or add --format",
                args.output.display()
            )
        })?,
    };
    if !to_stdout && !args.force && std::fs::symlink_metadata(&args.output).is_ok() {
        bail!(
            "{} already exists; add --force to overwrite it",
            args.output.display()
        );
    }
    let session = Session::new(common)?;
    let summary = summarize(&session, common, true)?;
    let member = session.member();
    let member = session.policy.for_member(&member);
    let model = crate::report::Report::new(summary, &session.policy, &member);
    let bytes = match format {
        ReportFormat::Html => render::html::render(&model),
        ReportFormat::Markdown => render::markdown::render(&model),
        ReportFormat::Json => render::report_json::render(&model),
    };
    if to_stdout {
        write_stdout(&bytes)?;
    } else {
        crate::output::write_private(&args.output, &bytes, args.force)?;
    }
    let summary = &model.summary;
    print_warnings(summary.warnings.iter().map(|w| ("", w)), common.quiet);
    finish(&summary.warnings, summary.incomplete(), common)
}

fn summarize(session: &Session, common: &Common, with_examples: bool) -> Result<Summary> {
    let member = session.member();
    let member = session.policy.for_member(&member);
    let detectors = &session.detectors;
    let per_item = |item: Item, out: &mut Vec<Scored>| {
        let exposure = judge(&member, &item).0;
        out.push(FINDINGS.with_borrow_mut(|buf| {
            detect(detectors, &item, buf);
            Scored {
                category: item.category,
                date: item.date,
                words: item.words,
                exposure,
                findings: finding_set(buf),
                examples: if with_examples && !buf.is_empty() {
                    crate::report::examples(&item, exposure, buf)
                } else {
                    Vec::new()
                },
            }
        }));
    };
    let outcomes = session.read(
        common,
        &ReadOptions::default(),
        &per_item,
        &Tallies::default,
        &|t: &mut Tallies, items: Vec<Scored>| t.add_all(items),
    );
    let (states, files, warnings) = session.collect(outcomes);
    let mut tallies = Tallies::default();
    for state in &states {
        tallies.merge(state);
    }
    let mut statuses = [Status::NotListed; Category::COUNT];
    for &c in Category::ALL {
        statuses[c as usize] = member.category_status(c as usize);
    }
    let mut context = session.context.clone();
    context.policy_versions = member.version_ids().into_iter().map(String::from).collect();
    Ok(Summary {
        sources: session.export.sources.clone(),
        kind: session.export.kind,
        export_date: session.export.export_date,
        files,
        context,
        tallies,
        statuses,
        warnings,
    })
}

fn items(args: &ItemsArgs) -> Result<ExitCode> {
    let common = &args.common;
    let session = Session::new(common)?;
    let member = session.member();
    let member = session.policy.for_member(&member);
    let with_text = args.with_text;
    let detectors = &session.detectors;
    // Items come out in file order: entries one after another, batches in parallel inside.
    let opts = ReadOptions {
        parallel_entries: false,
        ..ReadOptions::default()
    };
    // A batch's lines go into one buffer, written out as one. Written buffers come back
    // (cleared, at most a few, none over 4 MiB) for the next batches: once warm, no batch
    // allocates or grows its buffer.
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let per_item = |item: Item, lines: &mut Vec<u8>| {
        if lines.capacity() == 0 {
            let reused = spare
                .lock()
                .expect("no panics while holding the lock")
                .pop();
            // Room for a batch of typical lines at once (a line of a few hundred bytes per
            // short record of the batch's 64 KiB), rather than growing by doubling.
            *lines = reused.unwrap_or_else(|| Vec::with_capacity(256 << 10));
        }
        let (exposure, reason) = judge(&member, &item);
        FINDINGS.with_borrow_mut(|buf| {
            detect(detectors, &item, buf);
            render::items::write_line(lines, &item, exposure, reason, buf, with_text);
        })
    };
    let out = Mutex::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let failed: Mutex<Option<std::io::Error>> = Mutex::new(None);
    let fold = |_: &mut (), mut lines: Vec<u8>| {
        {
            let mut failed = failed.lock().expect("no panics while holding the lock");
            if failed.is_some() {
                return;
            }
            let mut out = out.lock().expect("no panics while holding the lock");
            if let Err(e) = out.write_all(&lines) {
                *failed = Some(e);
            }
        }
        lines.clear();
        let mut spare = spare.lock().expect("no panics while holding the lock");
        if spare.len() < 8 && lines.capacity() <= 4 << 20 {
            spare.push(lines);
        }
    };
    let outcomes = session.read(common, &opts, &per_item, &|| (), &fold);
    let flushed = out
        .into_inner()
        .expect("no panics while holding the lock")
        .flush();
    if let Some(e) = failed
        .into_inner()
        .expect("no panics while holding the lock")
        .or(flushed.err())
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Ok(ExitCode::SUCCESS);
        }
        return Err(e).context("writing to standard output");
    }
    let (_, files, warnings) = session.collect(outcomes);
    print_warnings(warnings.iter().map(|w| ("", w)), common.quiet);
    finish(&warnings, export::incomplete(&files, &warnings), common)
}

fn request(args: &RequestArgs) -> Result<ExitCode> {
    use crate::request::{Kind, Lang, Letter, ManifestRow, Region};
    let common = &args.common;
    let to_stdout = args.output.as_os_str() == "-";
    let format = match args.format {
        Some(f) => f,
        None if to_stdout => bail!("writing to standard output needs --format markdown|text|eml"),
        None => RequestFormat::from_path(&args.output).with_context(|| {
            format!(
                "cannot tell the format from `{}`; name it .md, .txt or .eml, or add --format",
                args.output.display()
            )
        })?,
    };
    for path in std::iter::once(&args.output)
        .filter(|_| !to_stdout)
        .chain(args.manifest.as_ref())
    {
        if !args.force && std::fs::symlink_metadata(path).is_ok() {
            bail!(
                "{} already exists; add --force to overwrite it",
                path.display()
            );
        }
    }
    let session = Session::new(common)?;
    let member = session.member();
    let member = session.policy.for_member(&member);
    let per_item = |item: Item, rows: &mut Vec<ManifestRow>| {
        let exposure = judge(&member, &item).0;
        if matches!(
            exposure,
            crate::model::Exposure::Exposed | crate::model::Exposure::Possibly
        ) {
            rows.push(ManifestRow {
                category: item.category,
                date: item.date,
                file: item.file.to_string(),
                line: item.line,
                url: item.url,
                exposure,
            });
        }
    };
    let fold = |rows: &mut Vec<ManifestRow>, batch: Vec<ManifestRow>| rows.extend(batch);
    let outcomes = session.read(common, &ReadOptions::default(), &per_item, &Vec::new, &fold);
    let (states, files, warnings) = session.collect(outcomes);
    let mut rows: Vec<ManifestRow> = states.into_iter().flatten().collect();
    crate::request::sort_rows(&mut rows);
    let name = args.name.clone().or_else(|| {
        let first = session.export.first_value("profile", "First Name")?;
        let last = session
            .export
            .first_value("profile", "Last Name")
            .unwrap_or_default();
        Some(format!("{first} {last}").trim().to_string())
    });
    let manifest_name = match (&args.manifest, format) {
        (Some(path), _) => path.file_name().map(|n| n.to_string_lossy().into_owned()),
        (None, RequestFormat::Eml) => Some("linkedin-exposure-manifest.csv".to_string()),
        (None, _) => None,
    };
    let letter = Letter {
        kind: match args.kind {
            RequestKind::Objection => Kind::Objection,
            RequestKind::Erasure => Kind::Erasure,
            RequestKind::Both => Kind::Both,
        },
        lang: match args.lang {
            RequestLang::En => Lang::En,
            RequestLang::De => Lang::De,
        },
        region: Region::of(&session.context.country, args.us_state.as_deref()),
        date: session.context.as_of,
        name,
        email: args.email.clone(),
        profile_url: args.profile_url.clone(),
        manifest: manifest_name,
        rows,
    };
    let manifest = crate::request::manifest_csv(&letter.rows)?;
    let bytes = match format {
        RequestFormat::Markdown => letter.markdown()?.into_bytes(),
        RequestFormat::Text => letter.text()?.into_bytes(),
        RequestFormat::Eml => letter.eml(&manifest)?,
    };
    if let Some(path) = &args.manifest {
        crate::output::write_private(path, &manifest, args.force)?;
    }
    if to_stdout {
        write_stdout(&bytes)?;
    } else {
        crate::output::write_private(&args.output, &bytes, args.force)?;
    }
    print_warnings(warnings.iter().map(|w| ("", w)), common.quiet);
    finish(&warnings, export::incomplete(&files, &warnings), common)
}

fn diff(args: &DiffArgs) -> Result<ExitCode> {
    use crate::diff::ItemRef;
    let pool = thread_pool(args.jobs)?;
    let mut warnings = Vec::new();
    let mut incomplete = false;
    let mut sides = Vec::with_capacity(2);
    for (side, path) in [("OLD", &args.old), ("NEW", &args.new)] {
        let export = export::open(
            std::slice::from_ref(path),
            crate::archive::Limits::default(),
        )
        .with_context(|| format!("reading {side} {}", path.display()))?;
        let mut side_warnings = export.notes.clone();
        let per_item = |item: Item, refs: &mut Vec<ItemRef>| refs.push(ItemRef::of(&item));
        let fold = |refs: &mut Vec<ItemRef>, batch: Vec<ItemRef>| refs.extend(batch);
        let outcomes = read_entries(
            &pool,
            &export,
            args.quiet,
            &ReadOptions::default(),
            &per_item,
            &Vec::new,
            &fold,
        );
        let mut refs = Vec::new();
        let mut files = Vec::new();
        for outcome in outcomes {
            files.push(outcome.report);
            refs.extend(outcome.state);
            side_warnings.extend(outcome.warnings);
        }
        side_warnings.sort();
        incomplete |= export::incomplete(&files, &side_warnings);
        warnings.extend(side_warnings.into_iter().map(|w| (side, w)));
        sides.push(refs);
    }
    let new = sides.pop().unwrap_or_default();
    let old = sides.pop().unwrap_or_default();
    let result = crate::diff::diff(old, new);
    let bytes = match args.format {
        DiffFormat::Table => render::diff::table(&result),
        DiffFormat::Json => render::diff::json(&result),
    };
    write_stdout(&bytes)?;
    print_warnings(warnings.iter().map(|(side, w)| (*side, w)), args.quiet);
    let warnings: Vec<Warning> = warnings.into_iter().map(|(_, w)| w).collect();
    finish_strict(&warnings, incomplete, args.strict)
}

fn policies(args: &PoliciesArgs) -> Result<ExitCode> {
    let policy = load_policy(args.policy.as_deref())?;
    let text = match &args.id {
        None => render::policies::list(&policy),
        Some(id) => match policy.version(id) {
            Some(version) => render::policies::one(&policy, version),
            None => {
                let ids: Vec<&str> = policy.versions().iter().map(|v| v.id.as_str()).collect();
                bail!(
                    "no policy version `{id}`; the versions are: {}",
                    ids.join(", ")
                );
            }
        },
    };
    write_stdout(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Prints warnings on stderr (untrusted text sanitised), each after its label (`OLD`, `NEW`)
/// where it has one; nothing with `--quiet`.
fn print_warnings<'w>(warnings: impl Iterator<Item = (&'w str, &'w Warning)>, quiet: bool) {
    if quiet {
        return;
    }
    for (label, w) in warnings {
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("{label}: ")
        };
        eprintln!(
            "linkedin-exposure: warning: {label}{}",
            render::sanitize(&w.to_string())
        );
    }
}

fn finish(warnings: &[Warning], incomplete: bool, common: &Common) -> Result<ExitCode> {
    finish_strict(warnings, incomplete, common.strict)
}

fn finish_strict(warnings: &[Warning], incomplete: bool, strict: bool) -> Result<ExitCode> {
    if strict && !warnings.is_empty() {
        bail!(
            "{} warning(s), and --strict makes them errors; the first: {}",
            warnings.len(),
            render::sanitize(&warnings[0].to_string())
        );
    }
    Ok(if incomplete {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to stdout; a closed pipe (`| head`) ends the program quietly with success.
fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.context("writing to standard output"),
    }
}
