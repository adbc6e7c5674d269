//! The byte writer between the generators and the [`Sink`]: a reusable buffer, physical line
//! counting (for the truth's `line`), and every field encoding LinkedIn uses: bare, RFC 4180
//! quoted when needed, always quoted, backslash-escaped (Comments 2025+) and the per-line
//! quote wrapping of `Shares.csv` (format notes §3.2).
//!
//! Text reaches this module with `\n` line breaks; in a CRLF file each becomes `\r\n`.

use std::io;

use super::dates::{self, Fmt, Ts};
use super::sinks::Sink;

const FLUSH_AT: usize = 1 << 18;

/// Buffered output for one file at a time.
pub struct Out<'s> {
    sink: &'s mut dyn Sink,
    /// Bytes of the current file not yet handed to the sink.
    pub buf: Vec<u8>,
    counted: usize,
    line: u64,
    crlf: bool,
    /// Bytes handed to the sink so far, all files.
    pub bytes: u64,
    /// Files begun so far.
    pub files: u64,
}

impl<'s> Out<'s> {
    /// Wraps a sink.
    pub fn new(sink: &'s mut dyn Sink) -> Out<'s> {
        Out {
            sink,
            buf: Vec::with_capacity(FLUSH_AT + (1 << 16)),
            counted: 0,
            line: 1,
            crlf: false,
            bytes: 0,
            files: 0,
        }
    }

    /// Starts a file; `crlf` chooses the record terminator (and line breaks inside fields).
    pub fn begin(&mut self, path: &str, crlf: bool) -> io::Result<()> {
        self.sink.begin(path)?;
        self.buf.clear();
        self.counted = 0;
        self.line = 1;
        self.crlf = crlf;
        self.files += 1;
        Ok(())
    }

    /// The physical line (1-based) where the next byte goes.
    pub fn line(&mut self) -> u64 {
        let fresh = &self.buf[self.counted..];
        self.line += fresh.iter().filter(|&&b| b == b'\n').count() as u64;
        self.counted = self.buf.len();
        self.line
    }

    /// Call at the start of each record: flushes a full buffer and returns the record's line.
    pub fn record(&mut self) -> io::Result<u64> {
        if self.buf.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(self.line())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.line();
        self.sink.write(&self.buf)?;
        self.bytes += self.buf.len() as u64;
        self.buf.clear();
        self.counted = 0;
        Ok(())
    }

    /// Ends the file. Without `final_newline`, a trailing record terminator is removed (the
    /// last record is always still in the buffer, since flushing happens at record starts).
    pub fn end(&mut self, final_newline: bool) -> io::Result<()> {
        if !final_newline {
            if self.buf.ends_with(b"\r\n") {
                self.buf.truncate(self.buf.len() - 2);
            } else if self.buf.ends_with(b"\n") {
                self.buf.pop();
            }
            self.counted = self.counted.min(self.buf.len());
        }
        self.flush()?;
        self.sink.end()
    }

    /// Record terminator.
    #[inline]
    pub fn eol(&mut self) {
        if self.crlf {
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.buf.push(b'\n');
        }
    }

    /// A comma.
    #[inline]
    pub fn comma(&mut self) {
        self.buf.push(b',');
    }

    /// Bytes as they are.
    #[inline]
    pub fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// A whole line (e.g. a header) plus the record terminator.
    pub fn line_raw(&mut self, s: &str) {
        self.raw(s);
        self.eol();
    }

    /// A header written with every name quoted (`"A","B"`), as 2026 `messages.csv` does.
    pub fn header_quoted(&mut self, names: &[&str]) {
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                self.comma();
            }
            self.quoted(n);
        }
        self.eol();
    }

    /// Text with `\n` turned into the file's line break.
    #[inline]
    fn text(&mut self, s: &str) {
        if self.crlf && s.contains('\n') {
            for (i, part) in s.split('\n').enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(b"\r\n");
                }
                self.buf.extend_from_slice(part.as_bytes());
            }
        } else {
            self.buf.extend_from_slice(s.as_bytes());
        }
    }

    /// Text with `"` doubled and `\n` turned into the file's line break.
    fn doubled(&mut self, s: &str) {
        let mut rest = s;
        while let Some(i) = rest.find(['"', '\n']) {
            self.buf.extend_from_slice(&rest.as_bytes()[..i]);
            if rest.as_bytes()[i] == b'"' {
                self.buf.extend_from_slice(b"\"\"");
            } else if self.crlf {
                self.buf.extend_from_slice(b"\r\n");
            } else {
                self.buf.push(b'\n');
            }
            rest = &rest[i + 1..];
        }
        self.buf.extend_from_slice(rest.as_bytes());
    }

    /// RFC 4180: quoted (with `""`) only when the value holds `,`, `"`, CR or LF.
    #[inline]
    pub fn rfc(&mut self, s: &str) {
        if needs_quotes(s) {
            self.quoted(s);
        } else {
            self.buf.extend_from_slice(s.as_bytes());
        }
    }

    /// Always quoted, with `""` for a quote.
    #[inline]
    pub fn quoted(&mut self, s: &str) {
        self.buf.push(b'"');
        self.doubled(s);
        self.buf.push(b'"');
    }

    /// Comments 2025+: quoted when needed, a quote inside written `\"` (format notes §3.3).
    pub fn backslashed(&mut self, s: &str) {
        if !needs_quotes(s) {
            self.buf.extend_from_slice(s.as_bytes());
            return;
        }
        self.buf.push(b'"');
        let mut rest = s;
        while let Some(i) = rest.find('"') {
            self.text(&rest[..i]);
            self.buf.extend_from_slice(b"\\\"");
            rest = &rest[i + 1..];
        }
        self.text(rest);
        self.buf.push(b'"');
    }

    /// Comments 2024: never quoted when multi-line (continuation lines look like new rows);
    /// single-line values are quoted RFC-style when needed. The caller guarantees multi-line
    /// values hold no `"` and no `,`.
    pub fn unquoted_multiline(&mut self, s: &str) {
        if s.contains('\n') {
            debug_assert!(!s.contains(['"', ',']));
            self.text(s);
        } else {
            self.rfc(s);
        }
    }

    /// `Shares.csv` ShareCommentary: a multi-line value has each line wrapped in quotes of its
    /// own (none before the first line, none after the last), then the whole value is quoted
    /// RFC-style. A single-line value is plain RFC. `empty` is what an empty value looks like
    /// (`""` from 2025 on, nothing in 2024).
    pub fn share_text(&mut self, s: &str, empty: &str) {
        if s.is_empty() {
            self.raw(empty);
            return;
        }
        if !s.contains('\n') {
            self.rfc(s);
            return;
        }
        let brk: &[u8] = if self.crlf { b"\r\n" } else { b"\n" };
        self.buf.push(b'"');
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                // Closing wrapper of the previous line, break, opening wrapper of this one.
                self.buf.extend_from_slice(b"\"\"");
                self.buf.extend_from_slice(brk);
                self.buf.extend_from_slice(b"\"\"");
            }
            self.doubled(line);
        }
        self.buf.push(b'"');
    }

    /// A date in format `f` (the caller truncates `ts` to the format's precision).
    #[inline]
    pub fn date(&mut self, ts: Ts, f: Fmt) {
        dates::write(&mut self.buf, ts, f);
    }

    /// A date in format `f`, inside quotes (for formats that contain a comma).
    #[inline]
    pub fn date_quoted(&mut self, ts: Ts, f: Fmt) {
        self.buf.push(b'"');
        dates::write(&mut self.buf, ts, f);
        self.buf.push(b'"');
    }

    /// An unsigned number.
    #[inline]
    pub fn num(&mut self, n: u64) {
        dates::num(&mut self.buf, n);
    }
}

/// Whether RFC 4180 needs quotes around `s`.
#[inline]
pub fn needs_quotes(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}
