//! The command line: clap types, turned into plain options before any work starts.
//!
//! Nothing below `app` sees a clap type.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Reads a LinkedIn data export offline and tells you how much of it LinkedIn may use to
/// train generative AI. Nothing leaves your machine: this program opens no network connection.
#[derive(Debug, Parser)]
#[command(name = "linkedin-exposure", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 done; 1 error; 2 usage error; 3 done, but some files were skipped or partly read."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Summary per category: items, words, exposure; findings; coverage and warnings.
    Scan(ScanArgs),
    /// Every item as JSON Lines, with its verdict and the reason (no text unless --with-text).
    Items(ItemsArgs),
    /// The personal exposure report (HTML, Markdown or JSON), written to a file (mode 0600).
    Report(ReportArgs),
    /// A GDPR request letter to LinkedIn (objection, erasure or both), with a manifest of the
    /// exposed items; written to a file (mode 0600).
    Request(RequestArgs),
    /// What was removed, what remains and what is new between two exports, per category.
    Diff(DiffArgs),
    /// The built-in policy versions with their sources; one in full.
    Policies(PoliciesArgs),
}

/// `request`'s arguments.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The file to write (`-` for standard output). Created with mode 0600; an existing file
    /// is kept unless --force.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Output format (default: from the file's extension: .md/.markdown, .txt, .eml).
    #[arg(long, value_enum)]
    pub format: Option<RequestFormat>,
    /// What to ask for.
    #[arg(long, value_enum, default_value_t = RequestKind::Both)]
    pub kind: RequestKind,
    /// The letter's language.
    #[arg(long, value_enum, default_value_t = RequestLang::En)]
    pub lang: RequestLang,
    /// Your name (default: from Profile.csv, else a placeholder).
    #[arg(long)]
    pub name: Option<String>,
    /// The email address of your LinkedIn account (default: a placeholder).
    #[arg(long)]
    pub email: Option<String>,
    /// Your profile URL (default: a placeholder; the export does not hold it).
    #[arg(long, value_name = "URL")]
    pub profile_url: Option<String>,
    /// Also write every exposed and possibly exposed item to this CSV file (mode 0600).
    #[arg(long, value_name = "FILE.csv")]
    pub manifest: Option<PathBuf>,
    /// Your US state, when the country is US: `CA` makes the letter a CCPA request.
    #[arg(long, value_name = "STATE")]
    pub us_state: Option<String>,
    /// Replace existing files (never a symbolic link).
    #[arg(long)]
    pub force: bool,
    /// The shared options.
    #[command(flatten)]
    pub common: Common,
}

/// `request` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RequestFormat {
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
    /// An RFC 5322 email draft with the manifest attached.
    Eml,
}

impl RequestFormat {
    /// The format a file name's extension stands for.
    pub fn from_path(path: &std::path::Path) -> Option<RequestFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(RequestFormat::Markdown),
            "txt" | "text" => Some(RequestFormat::Text),
            "eml" => Some(RequestFormat::Eml),
            _ => None,
        }
    }
}

/// `request --kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RequestKind {
    /// Objection under Art. 21(1), with restriction while it is decided.
    Objection,
    /// Erasure under Art. 17(1)(c), in the alternative (d).
    Erasure,
    /// Both.
    Both,
}

/// `request --lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RequestLang {
    /// English.
    En,
    /// German.
    De,
}

/// `diff`'s arguments.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older export (a .zip or a folder).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The newer export (a .zip or a folder).
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no notes on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Treat every warning as an error (exit code 1).
    #[arg(long)]
    pub strict: bool,
}

/// `diff` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A table for people.
    Table,
    /// JSON for programs (DESIGN §8, schema_version 1).
    Json,
}

/// `report`'s arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The file to write (`-` for standard output). Created with mode 0600; an existing file
    /// is kept unless --force.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Output format (default: from the file's extension: .html/.htm, .md/.markdown, .json).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Replace an existing file (never a symbolic link).
    #[arg(long)]
    pub force: bool,
    /// The shared options.
    #[command(flatten)]
    pub common: Common,
}

/// `report` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One self-contained HTML page: no scripts, no external requests.
    Html,
    /// Markdown.
    Markdown,
    /// JSON: `scan`'s schema plus a `report` key.
    Json,
}

impl ReportFormat {
    /// The format a file name's extension stands for.
    pub fn from_path(path: &std::path::Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "json" => Some(ReportFormat::Json),
            _ => None,
        }
    }
}

/// `items`' arguments.
#[derive(Debug, Args)]
pub struct ItemsArgs {
    /// Include each item's text (personal data: mind where the output goes).
    #[arg(long)]
    pub with_text: bool,
    /// The shared options.
    #[command(flatten)]
    pub common: Common,
}

/// `policies`' arguments.
#[derive(Debug, Args)]
pub struct PoliciesArgs {
    /// A version id to show in full.
    pub id: Option<String>,
    /// A policy table of your own instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
}

/// `scan`'s arguments.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScanFormat::Table)]
    pub format: ScanFormat,
    /// Colour in the table: `auto` (on a terminal, unless NO_COLOR is set), `always`, `never`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The shared options.
    #[command(flatten)]
    pub common: Common,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

/// `scan` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// A table for people.
    Table,
    /// JSON for programs (DESIGN §8, schema_version 1).
    Json,
}

/// Options shared by the commands that read an export.
#[derive(Debug, Args)]
pub struct Common {
    /// The export: a .zip from "Get a copy of your data" (also *.zip.zip or "* (1).zip"), or a
    /// folder of extracted files. Several exports are read as one member's data.
    #[arg(required = true, value_name = "EXPORT")]
    pub exports: Vec<PathBuf>,
    /// Your country (ISO 3166-1 alpha-2, such as DE), or `auto` to read it from Profile.csv.
    #[arg(long, default_value = "auto", value_name = "CC|auto")]
    pub country: String,
    /// The day you switched off "Data for Generative AI Improvement", or `never`.
    #[arg(long, default_value = "never", value_name = "YYYY-MM-DD|never", value_parser = parse_opt_out)]
    pub opted_out_on: OptOut,
    /// The day the verdicts are for (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub as_of: Option<NaiveDate>,
    /// You are under 18: LinkedIn says it trains on no data of members under 18.
    #[arg(long)]
    pub under_18: bool,
    /// A policy table of your own (TOML, the shape of the built-in one).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no notes on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Treat every warning as an error (exit code 1).
    #[arg(long)]
    pub strict: bool,
    /// Most uncompressed bytes one entry may inflate to.
    #[arg(long, value_name = "BYTES", default_value_t = crate::archive::Limits::default().max_entry_bytes)]
    pub max_entry_bytes: u64,
    /// Most uncompressed bytes all exports together may inflate to.
    #[arg(long, value_name = "BYTES", default_value_t = crate::archive::Limits::default().max_total_bytes)]
    pub max_total_bytes: u64,
    /// Highest compression ratio of an entry larger than 16 MiB.
    #[arg(long, value_name = "N", default_value_t = crate::archive::Limits::default().max_ratio)]
    pub max_ratio: u64,
    /// Most entries in one export.
    #[arg(long, value_name = "N", default_value_t = crate::archive::Limits::default().max_entries)]
    pub max_entries: usize,
    /// Longest entry name, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::archive::Limits::default().max_name_len)]
    pub max_name_len: usize,
}

/// `--opted-out-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptOut {
    /// Never opted out.
    Never,
    /// Opted out on this day.
    On(NaiveDate),
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn parse_opt_out(s: &str) -> Result<OptOut, String> {
    if s.eq_ignore_ascii_case("never") {
        Ok(OptOut::Never)
    } else {
        parse_day(s).map(OptOut::On)
    }
}

impl Common {
    /// The archive limits the flags set.
    pub fn limits(&self) -> crate::archive::Limits {
        crate::archive::Limits {
            max_entry_bytes: self.max_entry_bytes,
            max_total_bytes: self.max_total_bytes,
            max_ratio: self.max_ratio,
            max_entries: self.max_entries,
            max_name_len: self.max_name_len,
            ..crate::archive::Limits::default()
        }
    }
}
