//! Seeded synthetic LinkedIn exports: every file family of docs/items.md, in the exact headers
//! of a format era, with every quirk of the format notes (§3) in real bytes, streamed to a
//! [`Sink`] (ZIP, folder or memory), and a ground truth of every item the parser must restore.
//!
//! Same [`Config`] → byte-identical output. Content is fictional (invented names, companies and
//! template sentences) and never copies real exports.
//!
//! # The truth
//!
//! [`generate`] calls `truth` once per item, in file order, with what the parser must return:
//! category, file path inside the export, the 1-based physical line where the record starts
//! (1 for an article), the date in RFC 3339 UTC, the URL, and the text (the text columns'
//! non-empty values joined with `\n`). Conventions the parser must share:
//!
//! * Line breaks inside text are `\n` in the truth, also where the file writes `\r\n` (the
//!   2024 era's Shares and Comments are CRLF files, inside fields too).
//! * A date written with less than second precision means its start, in UTC: `10 Mar 2025` is
//!   `2025-03-10T00:00:00Z`, `Nov 2022` is `2022-11-01T00:00:00Z`, `2015` is
//!   `2015-01-01T00:00:00Z`; `"2/14/24, 5:41 AM"` is `2024-02-14T05:41:00Z`. Events use the start
//!   of the range. `N/A` and empty dates are `None`.
//! * Shares: LinkedIn's per-line quote wrapping undone (format notes §3.2). Comments: `\"` and
//!   `""` both unescape to `"`. SearchQueries: the unquoted extra fields rejoined with `,`.
//!   Rich_Media: the description ` -` is empty text; other descriptions have every non-ASCII
//!   character replaced by `?` (as LinkedIn writes them), and the truth holds that `?` text.
//! * Articles: the `<h1>` title (trailing spaces trimmed; the `<title>` element may keep one),
//!   then one line per block of the body `<div>` (`<p>`, `<h3>`, `<li>`, `<blockquote>`; the
//!   `Created on`/`Published on` paragraphs are not body), inline `<strong>`/`<em>`
//!   dissolved, `&amp;` decoded to `&` and `&nbsp;` to U+00A0 (only ever between two words);
//!   `<hr>` gives no line. Published date, else created date (`Published on ---`: draft). URL:
//!   the `<h1><a href>`; drafts have none.
//! * Rows that are not items (header-only files, the `No conversations found` placeholder, `,,`
//!   rows, the Connections preamble) give no truth; `Saved_Items.csv` and `Duolingo.csv` (real
//!   files of category `unknown`) give none either.
//!
//! # Quirks on and off
//!
//! Headers are always the era's exact headers (duplicate `Ad_Targeting.csv` names and the
//! trailing empty `Learning.csv` column included). `quirks: false` keeps them but writes the
//! data as plain RFC 4180: LF everywhere, `""` escapes, quoting only where needed, a final
//! newline in every file, one-line Shares texts (no per-line wrapping), no Connections
//! preamble or date-only rows, no `,,` rows, no header-only or placeholder files, no split
//! screening files, no `_<digits>` suffixes, no `?`-mangled Rich_Media descriptions, no CR in
//! Learning descriptions, no repeated ImportedContacts rows, SearchQueries quoted where needed,
//! Comments RFC-quoted in every era, `messages.csv` quoted only where needed (one-line CONTENT).
//!
//! # Content rules (what the generator never writes, because the parser could not undo it)
//!
//! * No text starts or ends with whitespace, no line of a text does either, no text contains
//!   `\r`, a control character, a backslash, U+FEFF or invalid UTF-8 (unless [`Extras`] asks).
//! * In Shares and Comments no line of a text starts with an ASCII digit, so a continuation line
//!   can never look like a record start (`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,`). Shares continuation
//!   lines start with `""` anyway; 2024 Comments continuation lines are bare.
//! * Shares: only multi-line texts are wrapped; their first and last lines are never empty and no
//!   line consists only of quote characters, so unwrapping (strip one leading `"` from lines 2..n
//!   and one trailing `"` from lines 1..n-1; they are always there) is exact. A line may start or
//!   end with a literal quote (raw `""""`); an empty middle line is raw `""""` alone.
//! * 2024 Comments: a multi-line message is written unquoted, so it holds no `"`, no `,` and no
//!   empty line (a blank physical line would read as a skipped blank line). Single-line messages
//!   may hold both and are RFC-quoted.
//! * 2025+ Comments: quotes become `\"`; no text holds a backslash (LinkedIn's escape for it is
//!   unknown).
//! * SearchQueries: no query holds `"` or a line break (commas, written bare, are fine).
//! * `messages.csv` before 2026: CONTENT is one line (LinkedIn flattened newlines to spaces).
//! * Names in `TO` may contain `, ` (`Jane Doe, PhD`): never a text column, so harmless.
//! * Multi-line text elsewhere (Recommendations, `Profile.csv` Summary, résumés, 2026 messages)
//!   is RFC-quoted and may start lines with digits and contain blank lines.

#![warn(missing_docs)]

mod account;
mod activity;
mod articles;
mod content;
mod counts;
mod ctx;
pub mod dates;
mod messages;
mod names;
mod network;
mod out;
mod profile;
mod profile_more;
mod rng;
mod shares;
mod sinks;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::io;

pub use counts::{reference_bytes, Counts, REFERENCE_BYTES};
pub use rng::Rng;
pub use sinks::{DirSink, MemSink, NullSink, Sink, ZipSink};

use dates::{ymd, Ts};

/// What to generate.
#[derive(Clone, Debug)]
pub struct Config {
    /// Seed of every random choice.
    pub seed: u64,
    /// Format era: headers, file names and quirks of that time.
    pub era: Era,
    /// Rows per file family.
    pub counts: Counts,
    /// Write every quirk of format notes §3 (true), or plain RFC 4180 with the era's headers.
    pub quirks: bool,
}

/// A format era (format notes §2, §3), ordered oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    /// A Basic archive of mid-2023 (R1): no public content; 10-column messages; Urn invitations.
    Basic2023,
    /// A Complete archive of 2024 (R2 + R3): CRLF activity files, unquoted multi-line comments,
    /// `SharedURL`, 12-column messages with draft flags, split screening-question files.
    Complete2024,
    /// A Complete archive of mid-2026 (R7, R8, R10): `_<digits>` suffixed names, `\"` comments,
    /// 11-column all-quoted messages with real line feeds, 35-column Ad_Targeting.
    Complete2026,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 3] = [Era::Basic2023, Era::Complete2024, Era::Complete2026];

    /// Parses `2023`, `basic2023`, `2024`, `complete2024`, `2026`, `complete2026`.
    pub fn parse(s: &str) -> Option<Era> {
        match s.to_ascii_lowercase().as_str() {
            "2023" | "basic2023" | "basic" => Some(Era::Basic2023),
            "2024" | "complete2024" => Some(Era::Complete2024),
            "2026" | "complete2026" | "complete" => Some(Era::Complete2026),
            _ => None,
        }
    }

    /// The moment the export was made (newest possible item date).
    pub fn export_ts(self) -> Ts {
        match self {
            Era::Basic2023 => ymd(2023, 7, 11),
            Era::Complete2024 => ymd(2024, 12, 16),
            Era::Complete2026 => ymd(2026, 6, 30),
        }
    }

    /// Whether this is a Complete archive (public content, activity, articles).
    pub fn complete(self) -> bool {
        self != Era::Basic2023
    }

    /// The archive's file name as LinkedIn would name it.
    pub fn archive_name(self) -> &'static str {
        match self {
            Era::Basic2023 => "Basic_LinkedInDataExport_07-11-2023.zip",
            Era::Complete2024 => "Complete_LinkedInDataExport_12-16-2024.zip",
            Era::Complete2026 => "Complete_LinkedInDataExport_06-30-2026.zip",
        }
    }

    /// Cut points of the timeline: item dates fall in equal shares between consecutive cuts,
    /// so there are many on both sides of 2024-09-18 and 2025-11-03 where the era reaches them.
    pub(crate) fn cuts(self) -> Vec<Ts> {
        let start = ymd(2015, 1, 1);
        match self {
            Era::Basic2023 => vec![start, ymd(2021, 1, 1), self.export_ts()],
            Era::Complete2024 => vec![start, ymd(2024, 9, 18), self.export_ts()],
            Era::Complete2026 => vec![start, ymd(2024, 9, 18), ymd(2025, 11, 3), self.export_ts()],
        }
    }
}

/// Damage that real LinkedIn exports do not have but users' copies do; off by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// Start every CSV with a UTF-8 BOM (as after a re-save in Excel). Truth unchanged.
    pub bom: bool,
    /// Put one invalid UTF-8 byte (a cp1252 `é`, 0xE9) into the first comment's text; the
    /// truth holds U+FFFD there (lossy decoding).
    pub invalid_utf8: bool,
}

/// One item as the parser must restore it (see the crate docs for the conventions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TruthItem<'a> {
    /// Category id of DESIGN §4.
    pub category: &'static str,
    /// Path inside the export.
    pub file: &'a str,
    /// 1-based physical line where the record starts (1 for an article).
    pub line: u64,
    /// RFC 3339 UTC (`2025-07-01T14:33:22Z`), when the item has a date.
    pub date: Option<&'a str>,
    /// The item's URL, when it has one.
    pub url: Option<&'a str>,
    /// The item's text (may be empty).
    pub text: &'a str,
}

/// What a run produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Items per category (the same counts the truth callback saw).
    pub items_per_category: BTreeMap<&'static str, u64>,
    /// Bytes of all files, uncompressed.
    pub bytes_uncompressed: u64,
    /// Files written (including header-only and placeholder files).
    pub files: u64,
}

impl Summary {
    /// Total items.
    pub fn items(&self) -> u64 {
        self.items_per_category.values().sum()
    }
}

/// Generates the export of `cfg` into `sink`, calling `truth` for every item.
pub fn generate(
    cfg: &Config,
    sink: &mut dyn Sink,
    truth: &mut dyn FnMut(TruthItem<'_>),
) -> io::Result<Summary> {
    generate_with(cfg, Extras::default(), sink, truth)
}

/// [`generate`] with opt-in damage.
pub fn generate_with(
    cfg: &Config,
    extras: Extras,
    sink: &mut dyn Sink,
    truth: &mut dyn FnMut(TruthItem<'_>),
) -> io::Result<Summary> {
    let mut g = ctx::Gen::new(cfg, extras, sink, truth);
    shares::write_all(&mut g)?;
    messages::write_all(&mut g)?;
    network::write_all(&mut g)?;
    profile::write_all(&mut g)?;
    activity::write_all(&mut g)?;
    account::write_all(&mut g)?;
    articles::write_all(&mut g)?;
    Ok(g.summary())
}
