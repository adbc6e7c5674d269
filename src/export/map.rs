//! Records to items: the columns of docs/items.md picked by header name and decoded.
//!
//! Runs in parallel over a batch of records; what goes wrong (invalid UTF-8, a date in no
//! known format, a row wider than its header) is tallied per batch and turned into one warning
//! per kind and file, naming the first line, so a damaged file costs a few lines of warnings,
//! not thousands.
//!
//! Every field of a row is checked for UTF-8, not only the columns an item takes: other
//! columns (the names in Connections.csv) are read elsewhere, lossily, and a file re-saved as
//! cp1252 must not lose its accents silently. Such a file is decoded lossily, with a warning
//! (it is not transcoded: nothing in the file says which 8-bit encoding it is).

use std::sync::Arc;

use super::batch::{Batch, Row};
use super::catalog::{Fix, Spec};
use super::dates;
use crate::model::{Item, Warning};

/// Picks one file's columns out of its records.
#[derive(Debug)]
pub struct Mapper {
    spec: &'static Spec,
    file: Arc<str>,
    date: Vec<usize>,
    url: Vec<usize>,
    text: Vec<usize>,
    width: usize,
}

impl Mapper {
    /// Resolves the spec's column names against a file's header (first match wins, so a
    /// duplicated header name is read at its first position).
    pub fn new(spec: &'static Spec, file: Arc<str>, header: &[String]) -> Mapper {
        let find = |names: &[&str]| -> Vec<usize> {
            names
                .iter()
                .filter_map(|name| header.iter().position(|h| h.eq_ignore_ascii_case(name)))
                .collect()
        };
        Mapper {
            spec,
            date: find(spec.date),
            url: find(spec.url),
            text: find(spec.text),
            width: header.len(),
            file,
        }
    }

    /// Turns one record into an item.
    pub fn map(&self, record: Row<'_>, tally: &mut Tally) -> Item {
        self.map_checked(record, None, &self.file, tally)
    }

    /// Turns a batch of records into items, in order, handing each to `f`. Their bytes are
    /// checked for UTF-8 together, once, where they lie: a batch is tens to hundreds of
    /// kilobytes, where the SIMD check runs several times faster than on one record at a
    /// time.
    pub fn map_batch(&self, batch: &Batch, tally: &mut Tally, mut f: impl FnMut(Item)) {
        // The batch's own copy of the file name: its items' reference counts then stay in
        // this core's cache, not in one counter every worker's items change.
        let file: Arc<str> = Arc::from(&*self.file);
        let text = simdutf8::basic::from_utf8(batch.bytes()).ok();
        for r in batch.rows() {
            let own = text.and_then(|t| t.get(r.span()));
            f(self.map_checked(r, own, &file, tally));
        }
    }

    /// Turns one record into an item; `text` is the record's bytes as text when they are
    /// known to be valid UTF-8 as a whole.
    fn map_checked(
        &self,
        record: Row<'_>,
        text: Option<&str>,
        file: &Arc<str>,
        tally: &mut Tally,
    ) -> Item {
        let line = record.line;
        let fields = Fields::new(record, text);
        if fields.text.is_none() {
            tally.utf8.note(line, String::new);
        }
        if fields.len() != self.width {
            tally.width.note(line, || {
                format!(
                    "{} fields where the header has {}",
                    fields.len(),
                    self.width
                )
            });
        }
        let mut date = None;
        for &i in &self.date {
            let cell = fields.get(i);
            match dates::parse(&cell) {
                Ok(Some(d)) => {
                    date = Some(d);
                    break;
                }
                Ok(None) => {}
                Err(_) => tally.date.note(line, || format!("`{}`", cell.trim())),
            }
        }
        let url = self
            .url
            .iter()
            .map(|&i| fields.get(i))
            .find(|u| !u.trim().is_empty())
            .map(|u| u.trim().to_string());
        let mut text = String::new();
        for &i in &self.text {
            let value = fields.get(i);
            let blank = match self.spec.fix {
                Fix::DashIsEmpty => value.trim() == "-" || value.trim().is_empty(),
                Fix::None => value.trim().is_empty(),
            };
            if !blank {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&value);
            }
        }
        Item::new(self.spec.category, file.clone(), line, date, url, text)
    }
}

/// The fields of one record as text. The whole record is checked for UTF-8 once (SIMD,
/// `simdutf8`; or with its batch, [`Mapper::map_batch`]), with every field starting on a
/// character boundary; the fields an item takes are then slices of that text, not checked
/// again. A record that fails is decoded lossily, field by field.
struct Fields<'r> {
    record: Row<'r>,
    /// The record's bytes as text, when they are valid UTF-8 field by field.
    text: Option<&'r str>,
}

impl<'r> Fields<'r> {
    /// `text`: the record's bytes as text, when already checked.
    fn new(record: Row<'r>, text: Option<&'r str>) -> Fields<'r> {
        let is_continuation = |b: u8| (0x80..0xC0).contains(&b);
        // Fields are concatenated, so two cut halves of a character would pass as one: each
        // field must also start on a character boundary.
        let text = text
            .or_else(|| simdutf8::basic::from_utf8(record.as_slice()).ok())
            .filter(|_| {
                record
                    .iter()
                    .all(|f| f.first().is_none_or(|&b| !is_continuation(b)))
            });
        Fields { record, text }
    }

    fn len(&self) -> usize {
        self.record.len()
    }

    /// Field `i` as text, empty when the record has no such field.
    fn get(&self, i: usize) -> std::borrow::Cow<'r, str> {
        if let Some(field) = self.text.and_then(|t| t.get(self.record.range(i)?)) {
            return std::borrow::Cow::Borrowed(field);
        }
        let bytes = self.record.get(i).unwrap_or_default();
        match simdutf8::basic::from_utf8(bytes) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(bytes),
        }
    }
}

/// One kind of problem: how often, and where first.
#[derive(Debug, Default, Clone)]
pub struct Count {
    n: u64,
    first: Option<(u64, String)>,
}

impl Count {
    fn note(&mut self, line: u64, detail: impl FnOnce() -> String) {
        self.n += 1;
        if self.first.as_ref().is_none_or(|(l, _)| line < *l) {
            self.first = Some((line, detail()));
        }
    }

    fn merge(&mut self, other: Count) {
        self.n += other.n;
        if let Some((line, detail)) = other.first {
            if self.first.as_ref().is_none_or(|(l, _)| line < *l) {
                self.first = Some((line, detail));
            }
        }
    }
}

/// The problems met while mapping one file.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    utf8: Count,
    date: Count,
    width: Count,
}

impl Tally {
    /// Adds another batch's tally.
    pub fn merge(&mut self, other: Tally) {
        self.utf8.merge(other.utf8);
        self.date.merge(other.date);
        self.width.merge(other.width);
    }

    /// One warning per kind of problem.
    pub fn warnings(self, file: &str) -> Vec<Warning> {
        let mut out = Vec::new();
        let rows = |n: u64| {
            if n == 1 {
                "1 row".to_string()
            } else {
                format!("{n} rows")
            }
        };
        if let Some((line, _)) = self.utf8.first {
            out.push(Warning::at(
                file,
                line,
                format!(
                    "invalid UTF-8 in {}; decoded with replacement characters (re-saved in another encoding?)",
                    rows(self.utf8.n)
                ),
            ));
        }
        if let Some((line, example)) = self.date.first {
            out.push(
                Warning::at(
                    file,
                    line,
                    format!(
                        "a date in no known format ({example}) in {}; those items have no date",
                        rows(self.date.n)
                    ),
                )
                .note(),
            );
        }
        if let Some((line, example)) = self.width.first {
            out.push(Warning::at(
                file,
                line,
                format!(
                    "{} with {example}; columns were read by header position",
                    rows(self.width.n)
                ),
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bug: a cp1252 byte in a column no item takes (a connection's name) was decoded lossily
    /// elsewhere without a warning.
    #[test]
    fn invalid_utf8_outside_the_item_columns_is_warned() {
        let spec = super::super::catalog::lookup("Connections.csv").expect("known");
        let header: Vec<String> = ["First Name", "Last Name", "URL", "Connected On"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mapper = Mapper::new(spec, Arc::from("Connections.csv"), &header);
        let mut batch = Batch::default();
        batch.start(4);
        for field in [&b"Ren\xE9e"[..], b"M\xFCller", b"https://x", b"05 Jun 2026"] {
            batch.push_field(field);
        }
        let mut tally = Tally::default();
        mapper.map(batch.row(0), &mut tally);
        let warnings = tally.warnings("Connections.csv");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("invalid UTF-8 in 1 row"));
    }
}
