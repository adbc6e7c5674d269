//! Records out of a CSV file's bytes: the header found by content, rows streamed in batches.
//!
//! Two readers share one output shape (a [`Batch`] of records: each a line number and the
//! fields in header order). The standard reader reads as the csv crate does (RFC 4180,
//! CR/LF/CRLF, quoted newlines), a field at a time ([`super::csv_reader`]). The dated reader
//! is for the files whose quoting LinkedIn breaks (format notes §3.2–§3.4): a record starts at
//! a line that starts with a timestamp, and one column absorbs whatever the quoting left over.
//! The dated reader only finds where records start and end, the cheap part; splitting a record
//! into fields ([`Split`]) is left to the thread that maps its batch, so that a file's one
//! reading thread does as little as it can. Turning records into items is `map`'s job.
//!
//! Memory: a record is held a few times over while it is split (the line, its fields, the
//! batch), never more; a huge line's buffer is freed rather than kept for the next, so
//! a single 50 MB field costs a few × 50 MB at its peak, not a multiple per later line.
//! Encodings: UTF-8 (with or without BOM) is read; a UTF-16 file (by its BOM) is refused
//! with a warning rather than transcoded, since no LinkedIn export is UTF-16 and one re-saved
//! by a spreadsheet is better re-exported; other invalid UTF-8 (cp1252) is decoded lossily
//! with a warning per file (`map`).

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

use super::batch::{Batch, Row};
use super::catalog::{Dated, Spec};
use super::csv_reader::CsvReader;
use crate::model::Warning;

/// How many records a batch holds at most: a count, and a size in field bytes (the record
/// that reaches the size ends the batch, so a batch always holds at least one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchSize {
    /// The most records.
    pub records: usize,
    /// The most field bytes.
    pub bytes: usize,
}

impl BatchSize {
    /// At most `records` records, whatever their size.
    pub const fn records(records: usize) -> BatchSize {
        BatchSize {
            records,
            bytes: usize::MAX,
        }
    }
}

/// A source of records for one file.
pub trait Records {
    /// The header's column names (trimmed, BOM removed).
    fn header(&self) -> &[String];
    /// Appends more records to `out`, up to `size`; returns false once the file is exhausted.
    /// The records may still need [`Records::split`]'s step to get their fields.
    fn next_batch(&mut self, size: BatchSize, out: &mut Batch) -> io::Result<bool>;
    /// What turns this reader's records into fields: done by whoever maps a batch, off the
    /// reading thread, since reading is the one step of a file that cannot be shared.
    fn split(&self) -> Split {
        Split::Done
    }
    /// [`Records::next_batch`] with the records split: for readers outside the pipeline.
    /// `out` is cleared first.
    fn next_split(&mut self, size: BatchSize, out: &mut Batch) -> io::Result<bool> {
        out.clear();
        let more = self.next_batch(size, out)?;
        self.split().apply(out);
        Ok(more)
    }
    /// Warnings found while reading (not while mapping).
    fn take_warnings(&mut self) -> Vec<Warning>;
}

/// The step that gives a reader's records their fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// The records have their fields already (the standard reader splits as it reads).
    Done,
    /// Each record is one field, its raw lines joined with `\n`, to be split as the dated
    /// reader's files need (`width` columns).
    Dated { kind: Dated, width: usize },
}

impl Split {
    /// Gives every record of `batch` its fields.
    pub fn apply(self, batch: &mut Batch) {
        let Split::Dated { kind, width } = self else {
            return;
        };
        SPLIT.with_borrow_mut(|split| {
            split.clear();
            for row in batch.rows() {
                split.start(row.line);
                split_dated(row.get(0).unwrap_or_default(), kind, width, split);
            }
            // The batch leaves with the split records; its buffers stay for the next batch.
            std::mem::swap(batch, split);
            if split.capacity() > 8 << 20 {
                *split = Batch::default(); // a huge batch's buffers are not kept
            }
        });
    }
}

thread_local! {
    /// The buffers [`Split::apply`] splits a batch into.
    static SPLIT: std::cell::RefCell<Batch> = std::cell::RefCell::new(Batch::default());
}

/// What the first bytes of a file say it is.
#[derive(Debug, PartialEq, Eq)]
pub enum Sniff {
    /// Text we can read (UTF-8, perhaps with a BOM, or bytes we will decode lossily).
    Text,
    /// An empty file.
    Empty,
    /// Not CSV: why.
    NotText(&'static str),
}

/// Looks at the first bytes: a ZIP/xlsx, UTF-16, or binary data is not a CSV we can read.
pub fn sniff(head: &[u8]) -> Sniff {
    if head.is_empty() {
        Sniff::Empty
    } else if head.starts_with(b"PK\x03\x04") {
        Sniff::NotText(
            "the file is a ZIP container (an Excel .xlsx saved under a .csv name?), not CSV",
        )
    } else if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        Sniff::NotText(
            "the file is UTF-16 text, not the UTF-8 LinkedIn writes (re-saved by a spreadsheet?)",
        )
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        Sniff::NotText("the file is an old Excel .xls workbook, not CSV")
    } else {
        Sniff::Text
    }
}

/// Opens the standard CSV reader. Returns `Ok(None)` for a file with no header and no rows
/// (empty, or a placeholder such as `No conversations found`).
pub fn csv_records<'r>(
    input: Box<dyn Read + 'r>,
    file: &str,
    spec: Option<&Spec>,
) -> io::Result<Option<Box<dyn Records + 'r>>> {
    let mut reader = CsvReader::new(input);
    let mut warnings = Vec::new();
    let mut pending = Batch::default();
    let mut header: Option<Vec<String>> = None;
    // Look for the header among the first records: the Connections.csv preamble comes first.
    while pending.len() < 16 {
        if reader.read_record(&mut pending)?.is_none() {
            break;
        }
        let Some(record) = pending.last() else { break };
        if is_blank(record) {
            pending.pop();
            continue;
        }
        let names = header_names(record);
        if spec.is_none_or(|s| {
            s.header
                .iter()
                .any(|h| names.iter().any(|n| n.eq_ignore_ascii_case(h)))
        }) {
            header = Some(names);
            break;
        }
    }
    let header = match header {
        Some(header) => {
            pending.clear(); // everything before the header is a preamble
            header
        }
        None if pending.is_empty() => return Ok(None),
        None if pending.len() == 1 && is_placeholder(pending.row(0)) => return Ok(None),
        None => {
            let first = pending.row(0);
            let names = header_names(first);
            let expected = spec.map(|s| s.header.join("`, `")).unwrap_or_default();
            warnings.push(Warning::at(
                file,
                first.line,
                format!(
                    "header not recognised (expected a column such as `{expected}`); read it as the header anyway"
                ),
            ));
            let mut rest = Batch::default();
            for row in pending.rows().skip(1) {
                rest.push_row(row);
            }
            pending = rest;
            names
        }
    };
    Ok(Some(Box::new(CsvRecords {
        reader,
        header,
        pending,
        warnings,
    })))
}

struct CsvRecords<'a> {
    reader: CsvReader<Box<dyn Read + 'a>>,
    header: Vec<String>,
    /// Records read before the header was settled, to come first.
    pending: Batch,
    warnings: Vec<Warning>,
}

impl Records for CsvRecords<'_> {
    fn header(&self) -> &[String] {
        &self.header
    }

    fn next_batch(&mut self, size: BatchSize, out: &mut Batch) -> io::Result<bool> {
        if !self.pending.is_empty() {
            for row in self.pending.rows() {
                out.push_row(row);
            }
            self.pending = Batch::default();
        }
        let limit = out.len() + size.records.max(1);
        let from = out.bytes().len();
        while out.len() < limit && out.bytes().len() - from < size.bytes {
            if self.reader.read_record(out)?.is_none() {
                return Ok(false);
            }
            if out.last().is_some_and(is_blank) {
                out.pop();
            }
        }
        Ok(true)
    }

    fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }
}

/// A row whose every field is empty or blank counts as nothing (`,,` in PhoneNumbers.csv).
pub fn is_blank(record: Row<'_>) -> bool {
    record.as_slice().iter().all(u8::is_ascii_whitespace)
}

fn is_placeholder(record: Row<'_>) -> bool {
    record.len() == 1 && {
        let text = String::from_utf8_lossy(record.as_slice());
        let text = text.trim();
        text.starts_with("No ") && text.ends_with(" found")
    }
}

fn header_names(record: Row<'_>) -> Vec<String> {
    record
        .iter()
        .map(|f| {
            let name = String::from_utf8_lossy(f);
            name.trim_start_matches('\u{FEFF}').trim().to_string()
        })
        .collect()
}

/// Opens the dated reader for Shares, Comments and SearchQueries.
pub fn dated_records<'r>(
    input: Box<dyn Read + 'r>,
    file: &str,
    kind: Dated,
) -> io::Result<Option<Box<dyn Records + 'r>>> {
    let mut lines = BufReader::with_capacity(64 * 1024, input);
    let mut warnings = Vec::new();
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    let default_header: &[&str] = match kind {
        Dated::Shares => &[
            "Date",
            "ShareLink",
            "ShareCommentary",
            "SharedUrl",
            "MediaUrl",
            "Visibility",
        ],
        Dated::Comments => &["Date", "Link", "Message"],
        Dated::SearchQueries => &["Time", "Search Query"],
    };
    // The header is the first non-blank line, unless that line already starts a record.
    let mut carry = None;
    let header = loop {
        buf.clear();
        if lines.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        line_no += 1;
        let line = trim_eol(&buf);
        let line = line.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if starts_record(line, kind) {
            warnings.push(
                Warning::at(
                    file,
                    line_no,
                    format!(
                        "no header line; read with LinkedIn's columns `{}`",
                        default_header.join(",")
                    ),
                )
                .note(),
            );
            carry = Some((line_no, line.to_vec()));
            break default_header
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>();
        }
        let names: Vec<String> = split_fields(line, false)
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect();
        let placeholder = || {
            let mut one = Batch::default();
            one.start(line_no);
            one.push_field(line);
            is_placeholder(one.row(0))
        };
        if names.is_empty() || (names.len() == 1 && placeholder()) {
            return Ok(None);
        }
        break names;
    };
    Ok(Some(Box::new(DatedRecords {
        lines,
        kind,
        file: file.to_string(),
        header,
        line_no,
        current: carry,
        buf,
        warnings,
        stray: (0, None),
        done: false,
    })))
}

struct DatedRecords<'a> {
    lines: BufReader<Box<dyn Read + 'a>>,
    kind: Dated,
    file: String,
    header: Vec<String>,
    line_no: u64,
    /// The record being assembled: its first line number and its lines joined with `\n`.
    current: Option<(u64, Vec<u8>)>,
    buf: Vec<u8>,
    warnings: Vec<Warning>,
    /// Non-blank lines met before any record: how many, and the first.
    stray: (u64, Option<u64>),
    done: bool,
}

impl Records for DatedRecords<'_> {
    fn header(&self) -> &[String] {
        &self.header
    }

    fn next_batch(&mut self, size: BatchSize, out: &mut Batch) -> io::Result<bool> {
        let limit = out.len() + size.records.max(1);
        let from = out.bytes().len();
        while out.len() < limit && out.bytes().len() - from < size.bytes && !self.done {
            self.buf.clear();
            let n = self.lines.read_until(b'\n', &mut self.buf)?;
            if n == 0 {
                self.done = true;
                if let Some((line, bytes)) = self.current.take() {
                    out.start(line);
                    out.push_field(&bytes);
                }
                if let (n, Some(first)) = self.stray {
                    self.warnings.push(Warning::at(
                        &self.file,
                        first,
                        format!("{n} line(s) before the first record (a record starts with a timestamp); skipped"),
                    ));
                }
                break;
            }
            self.line_no += 1;
            let line = trim_eol(&self.buf);
            if starts_record(line, self.kind) {
                let next = (self.line_no, line.to_vec());
                if let Some((line, bytes)) = self.current.replace(next) {
                    out.start(line);
                    out.push_field(&bytes);
                }
            } else if let Some((_, bytes)) = self.current.as_mut() {
                bytes.push(b'\n');
                bytes.extend_from_slice(line);
            } else if !line.iter().all(u8::is_ascii_whitespace) {
                self.stray.0 += 1;
                self.stray.1.get_or_insert(self.line_no);
            }
            if self.buf.capacity() > BIG_LINE {
                // Keep no copy of a huge line around (a 50 MB post).
                self.buf = Vec::new();
            }
        }
        Ok(!self.done)
    }

    fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    fn split(&self) -> Split {
        Split::Dated {
            kind: self.kind,
            width: self.header.len().max(1),
        }
    }
}

/// Splits one dated record (its lines joined with `\n`) into `width` fields, added to the
/// record `out` has started.
fn split_dated(mut bytes: &[u8], kind: Dated, width: usize, out: &mut Batch) {
    // Blank lines after a record belong to no field.
    while let [rest @ .., b'\n' | b' ' | b'\t'] = bytes {
        bytes = rest;
    }
    let width = width.max(1);
    let mut fields = match kind {
        Dated::Shares => split_around(bytes, 2.min(width - 1), width, false),
        Dated::Comments => split_around(bytes, width - 1, width, true),
        Dated::SearchQueries => split_around(bytes, width - 1, width, false),
    };
    if kind == Dated::Shares {
        if let Some(text) = fields.get_mut(2) {
            if text.contains(&b'\n') {
                *text = Cow::Owned(unwrap_share_lines(text));
            }
        }
    }
    for field in &fields {
        out.push_field(field);
    }
}

/// A line buffer larger than this is freed after use rather than kept for the next line.
const BIG_LINE: usize = 1 << 20;

/// Strips `\n` and a `\r` before it.
fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A record starts with a timestamp and a comma: `YYYY-MM-DD HH:MM:SS,` (Shares, Comments) or
/// `YYYY/MM/DD HH:MM:SS UTC,` (SearchQueries) as LinkedIn writes them, and tolerantly any of
/// `-` or `/` between the date parts, optional seconds and an optional ` UTC`, optionally
/// quoted. In Shares and Comments a link (or an empty field) must follow, as it always does.
fn starts_record(line: &[u8], kind: Dated) -> bool {
    let line = line.strip_prefix(b"\"").unwrap_or(line);
    let digits = |s: &[u8], n: usize| s.len() >= n && s[..n].iter().all(u8::is_ascii_digit);
    if !(digits(line, 4) && line.len() > 16 && digits(&line[5..], 2) && digits(&line[8..], 2)) {
        return false;
    }
    let sep = line[4];
    if !(sep == b'-' || sep == b'/') || line[7] != sep || !(line[10] == b' ' || line[10] == b'T') {
        return false;
    }
    if !(digits(&line[11..], 2) && line[13] == b':' && digits(&line[14..], 2)) {
        return false;
    }
    let mut rest = &line[16..];
    if rest.first() == Some(&b':') && digits(&rest[1..], 2) {
        rest = &rest[3..];
    }
    rest = rest.strip_prefix(b" UTC").unwrap_or(rest);
    rest = rest.strip_prefix(b"\"").unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(b",") else {
        return false;
    };
    match kind {
        Dated::SearchQueries => true,
        Dated::Shares | Dated::Comments => {
            let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
            rest.starts_with(b"http")
                || rest.starts_with(b",")
                || rest.starts_with(b"\"")
                || rest.is_empty()
        }
    }
}

/// Splits a record into `width` fields where field `absorb` takes whatever lies between the
/// fields before it (split from the left) and the fields after it (split from the right).
/// A field is borrowed from the record unless unescaping changed it.
fn split_around(record: &[u8], absorb: usize, width: usize, backslash: bool) -> Vec<Cow<'_, [u8]>> {
    let mut fields = Vec::with_capacity(width);
    let mut rest = record;
    for _ in 0..absorb {
        let (field, tail) = take_field(rest, backslash);
        fields.push(field);
        rest = tail.unwrap_or(&[]);
    }
    let from = fields.len();
    for _ in absorb + 1..width {
        let (head, field) = take_field_from_right(rest);
        fields.push(field);
        rest = head;
    }
    fields[from..].reverse();
    fields.insert(from, unquote(rest, backslash));
    fields
}

/// The next byte at or after `from` that may start an escape or end a quoted field: `"`, or
/// also `\` when backslashes escape quotes.
fn next_special(input: &[u8], from: usize, backslash: bool) -> Option<usize> {
    let rest = &input[from..];
    let found = if backslash {
        memchr::memchr2(b'"', b'\\', rest)
    } else {
        memchr::memchr(b'"', rest)
    };
    found.map(|i| from + i)
}

/// Takes one field from the left; returns it unescaped and what follows its comma (None at
/// the end of the record).
fn take_field(input: &[u8], backslash: bool) -> (Cow<'_, [u8]>, Option<&[u8]>) {
    if input.first() != Some(&b'"') {
        return match memchr::memchr(b',', input) {
            Some(i) => (Cow::Borrowed(&input[..i]), Some(&input[i + 1..])),
            None => (Cow::Borrowed(input), None),
        };
    }
    // The field so far is `out` followed by `input[run..]` up to where the search is.
    let mut out = Vec::new();
    let mut run = 1;
    let mut at = 1;
    while let Some(i) = next_special(input, at, backslash) {
        let escaped = input.get(i + 1) == Some(&b'"');
        if input[i] == b'\\' && !escaped {
            at = i + 1;
            continue;
        }
        if escaped {
            // `""`, or `\"` where backslashes escape: one quote.
            out.extend_from_slice(&input[run..i]);
            out.push(b'"');
            run = i + 2;
            at = run;
            continue;
        }
        // The closing quote: skip to the comma (lenient about stray bytes).
        let after = &input[i + 1..];
        let (stray, tail) = match memchr::memchr(b',', after) {
            Some(j) => (&after[..j], Some(&after[j + 1..])),
            None => (after, None),
        };
        if run == 1 && stray.is_empty() {
            return (Cow::Borrowed(&input[1..i]), tail);
        }
        out.extend_from_slice(&input[run..i]);
        out.extend_from_slice(stray);
        return (Cow::Owned(out), tail);
    }
    // No closing quote: the rest of the record.
    if run == 1 {
        return (Cow::Borrowed(&input[1..]), None);
    }
    out.extend_from_slice(&input[run..]);
    (Cow::Owned(out), None)
}

/// Takes one simple field (a URL, a token, `""`) from the right end of a record.
fn take_field_from_right(input: &[u8]) -> (&[u8], Cow<'_, [u8]>) {
    if input.ends_with(b"\"") && input.len() >= 2 {
        // A quoted simple field: its opening quote follows a comma (or starts the input).
        let body = &input[..input.len() - 1];
        let mut search = body.len();
        while let Some(q) = memchr::memrchr(b'"', &body[..search]) {
            if q == 0 || body[q - 1] == b',' {
                let field = unquote(&input[q..], false);
                let head = if q == 0 { &input[..0] } else { &input[..q - 1] };
                return (head, field);
            }
            search = q;
        }
    }
    match memchr::memrchr(b',', input) {
        Some(i) => (&input[..i], Cow::Borrowed(&input[i + 1..])),
        None => (&input[..0], Cow::Borrowed(input)),
    }
}

/// A whole field: unquoted and unescaped if it is quoted, verbatim if it is not.
fn unquote(field: &[u8], backslash: bool) -> Cow<'_, [u8]> {
    if !(field.len() >= 2 && field[0] == b'"' && field[field.len() - 1] == b'"') {
        return Cow::Borrowed(field);
    }
    let inner = &field[1..field.len() - 1];
    // The field so far is `out` followed by `inner[run..]` up to where the search is.
    let mut out = Vec::new();
    let mut run = 0;
    let mut at = 0;
    while let Some(i) = next_special(inner, at, backslash) {
        if inner.get(i + 1) == Some(&b'"') {
            out.extend_from_slice(&inner[run..i]);
            out.push(b'"');
            run = i + 2;
            at = run;
        } else {
            at = i + 1;
        }
    }
    if run == 0 {
        return Cow::Borrowed(inner);
    }
    out.extend_from_slice(&inner[run..]);
    Cow::Owned(out)
}

/// Splits a header or simple line into unescaped fields.
fn split_fields(line: &[u8], backslash: bool) -> Vec<Vec<u8>> {
    let mut fields = Vec::new();
    let mut rest = Some(line);
    while let Some(input) = rest {
        let (field, tail) = take_field(input, backslash);
        fields.push(field.into_owned());
        rest = tail;
    }
    fields
}

/// Undoes the per-line quote wrapping of `Shares.csv` (format notes §3.2): every line but the
/// first lost one leading `"`, every line but the last one trailing `"`.
pub fn unwrap_share_lines(text: &[u8]) -> Vec<u8> {
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    let last = lines.len() - 1;
    let mut out = Vec::with_capacity(text.len());
    for (i, mut line) in lines.into_iter().enumerate() {
        if i > 0 {
            line = line.strip_prefix(b"\"").unwrap_or(line);
            out.push(b'\n');
        }
        if i < last {
            line = line.strip_suffix(b"\"").unwrap_or(line);
        }
        out.extend_from_slice(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(input: &str, kind: Dated) -> Vec<Vec<String>> {
        let mut reader = dated_records(
            Box::new(std::io::Cursor::new(input.as_bytes().to_vec())),
            "t.csv",
            kind,
        )
        .unwrap()
        .unwrap();
        let mut out = Vec::new();
        let mut batch = Batch::default();
        loop {
            let more = reader
                .next_split(BatchSize::records(2), &mut batch)
                .unwrap();
            out.extend(batch.rows().map(|r| {
                r.iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect()
            }));
            if !more {
                return out;
            }
        }
    }

    #[test]
    fn shares_line_wrapped_quotes_are_undone() {
        let raw = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345000000000000001,\"First line.\"\"\n\
\"\"\"\"\n\
\"\"Second paragraph with \"\"quotes\"\" inside.\"\"\n\
\"\"Last line.\",\"\",\"\",MEMBER_NETWORK\n";
        let rows = fields(raw, Dated::Shares);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0][2],
            "First line.\n\nSecond paragraph with \"quotes\" inside.\nLast line."
        );
        assert_eq!(rows[0][5], "MEMBER_NETWORK");
        assert_eq!(rows[0][3], "");
    }

    #[test]
    fn a_quote_at_a_line_end_survives_unwrapping() {
        // The member wrote: She said "yes."\nOK
        let raw = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
2025-07-01 14:33:22,https://x,\"She said \"\"yes.\"\"\"\"\n\"\"OK\",,,MEMBER_NETWORK\n";
        assert_eq!(fields(raw, Dated::Shares)[0][2], "She said \"yes.\"\nOK");
    }

    #[test]
    fn comments_accept_backslash_and_doubled_quotes_and_no_quotes() {
        let raw = "Date,Link,Message\n\
2025-07-13 08:15:21,https://l/1,\"She said \\\"ship it\\\" and left.\"\n\
2025-07-13 08:15:22,https://l/2,\"Ends with a quote \\\"\"\n\
2024-03-01 10:00:00,https://l/3,\"P1 \"\"x\"\" y\"\n\
2024-03-01 10:00:01,https://l/4,Interested\r\nB.Sc graduate, with commas\r\nname@example.com\r\n";
        let rows = fields(raw, Dated::Comments);
        let texts: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
        assert_eq!(
            texts,
            [
                "She said \"ship it\" and left.",
                "Ends with a quote \"",
                "P1 \"x\" y",
                "Interested\nB.Sc graduate, with commas\nname@example.com"
            ]
        );
    }

    #[test]
    fn search_queries_rejoin_unquoted_commas() {
        let raw = "Time,Search Query\n2024/07/26 11:46:20 UTC,jane doe, md\n2024/07/26 11:46:21 UTC,\"a, b\"\n";
        let rows = fields(raw, Dated::SearchQueries);
        assert_eq!(rows[0][1], "jane doe, md");
        assert_eq!(rows[1][1], "a, b");
    }

    fn csv_lines(input: &str) -> Vec<u64> {
        let mut r = csv_records(
            Box::new(std::io::Cursor::new(input.as_bytes().to_vec())),
            "t.csv",
            None,
        )
        .unwrap()
        .unwrap();
        let mut out = Batch::default();
        while r.next_batch(BatchSize::records(1), &mut out).unwrap() {}
        out.rows().map(|r| r.line).collect()
    }

    #[test]
    fn line_numbers_are_physical_lines_with_crlf_blank_lines_and_quoted_newlines() {
        // rust-csv#395: the csv crate alone says [1, 1, 2] for the CRLF case.
        assert_eq!(csv_lines("a,b\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(csv_lines("a,b\n1,2\n3,4"), [2, 3]);
        assert_eq!(csv_lines("a,b\r\n\"x\r\ny\",2\r\n3,4\r\n"), [2, 4]);
        assert_eq!(csv_lines("a,b\r\n\r\n\r\n1,2\n\n3,4"), [4, 6]);
        assert_eq!(csv_lines("a,b\r1,2\r3,4"), [1, 1]);
    }

    #[test]
    fn record_starts_are_recognised_in_every_timestamp_shape() {
        let yes: [(&[u8], Dated); 7] = [
            (b"2025-07-01 14:33:22,https://x", Dated::Shares),
            (b"\"2025-07-01 14:33:22\",\"https://x\"", Dated::Comments),
            (b"2025-07-01 14:33:22 UTC,https://x", Dated::Comments),
            (b"2025-07-01 14:33,,text", Dated::Comments),
            (
                b"2024/07/26 11:46:20 UTC,jane doe, md",
                Dated::SearchQueries,
            ),
            (b"2024-07-26 11:46:20,query", Dated::SearchQueries),
            (b"2024/07/26 11:46 UTC,q", Dated::SearchQueries),
        ];
        for (line, kind) in yes {
            assert!(
                starts_record(line, kind),
                "{}",
                String::from_utf8_lossy(line)
            );
        }
        let no: [(&[u8], Dated); 5] = [
            (b"2025-07-01 14:33:22,not a link", Dated::Comments),
            (b"\"\"Second line\"\"", Dated::Shares),
            (b"Interested", Dated::Comments),
            (b"2025-07-01,https://x", Dated::Comments),
            (b"2025.07.01 14:33:22,https://x", Dated::Comments),
        ];
        for (line, kind) in no {
            assert!(
                !starts_record(line, kind),
                "{}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn sniff_tells_non_csv_apart() {
        assert_eq!(sniff(b""), Sniff::Empty);
        assert!(matches!(sniff(b"PK\x03\x04rest"), Sniff::NotText(_)));
        assert!(matches!(sniff(&[0xFF, 0xFE, b'a', 0]), Sniff::NotText(_)));
        assert_eq!(sniff(b"\xEF\xBB\xBFName\n"), Sniff::Text);
    }

    /// The field splitting as it was before fields were borrowed: a `Vec` for every field,
    /// byte by byte. The oracle for the borrowing one (`take_field_from_right` only changed
    /// its return type, and is held to `unquote` instead).
    mod owned {
        /// Takes one field from the left; returns it unescaped and what follows its comma (None at
        /// the end of the record).
        pub fn take_field(input: &[u8], backslash: bool) -> (Vec<u8>, Option<&[u8]>) {
            if input.first() != Some(&b'"') {
                return match memchr::memchr(b',', input) {
                    Some(i) => (input[..i].to_vec(), Some(&input[i + 1..])),
                    None => (input.to_vec(), None),
                };
            }
            let mut out = Vec::new();
            let mut i = 1;
            while i < input.len() {
                match input[i] {
                    b'\\' if backslash && input.get(i + 1) == Some(&b'"') => {
                        out.push(b'"');
                        i += 2;
                    }
                    b'"' if input.get(i + 1) == Some(&b'"') => {
                        out.push(b'"');
                        i += 2;
                    }
                    b'"' => {
                        // The closing quote: skip to the comma (lenient about stray bytes).
                        let after = &input[i + 1..];
                        return match memchr::memchr(b',', after) {
                            Some(j) => {
                                out.extend_from_slice(&after[..j]);
                                (out, Some(&after[j + 1..]))
                            }
                            None => {
                                out.extend_from_slice(after);
                                (out, None)
                            }
                        };
                    }
                    b => {
                        out.push(b);
                        i += 1;
                    }
                }
            }
            (out, None)
        }

        /// A whole field: unquoted and unescaped if it is quoted, verbatim if it is not.
        pub fn unquote(field: &[u8], backslash: bool) -> Vec<u8> {
            if field.len() >= 2 && field[0] == b'"' && field[field.len() - 1] == b'"' {
                let inner = &field[1..field.len() - 1];
                let mut out = Vec::with_capacity(inner.len());
                let mut i = 0;
                while i < inner.len() {
                    let next = inner.get(i + 1);
                    if (inner[i] == b'"' || (backslash && inner[i] == b'\\')) && next == Some(&b'"')
                    {
                        out.push(b'"');
                        i += 2;
                    } else {
                        out.push(inner[i]);
                        i += 1;
                    }
                }
                out
            } else {
                field.to_vec()
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn fields_are_what_the_owned_splitting_gave(
            data in proptest::collection::vec(
                proptest::sample::select(&b"ab,\"\"\\\n "[..]), 0..40),
            backslash in proptest::bool::ANY,
        ) {
            let (field, tail) = take_field(&data, backslash);
            let (want, want_tail) = owned::take_field(&data, backslash);
            proptest::prop_assert_eq!((&*field, tail), (&want[..], want_tail));
            // From the right, only the return type changed: the record is the rest, a comma
            // (unless nothing is left of it) and the raw field, which unquotes to the field.
            let (head, field) = take_field_from_right(&data);
            proptest::prop_assert!(data.starts_with(head));
            let rest = &data[head.len()..];
            proptest::prop_assert!(head.is_empty() || rest.first() == Some(&b','));
            let raw = rest.strip_prefix(b",").unwrap_or(rest);
            proptest::prop_assert_eq!(&*field, &owned::unquote(raw, false)[..]);
            proptest::prop_assert_eq!(&*unquote(&data, backslash), &owned::unquote(&data, backslash)[..]);
        }
    }
}
