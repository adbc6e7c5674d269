//! The standard CSV reader: the csv crate's reading rules (csv_core's state machine, as
//! `csv::ReaderBuilder::new().has_headers(false).flexible(true)` reads), run a field at a
//! time rather than a byte at a time.
//!
//! csv_core decides what to do with every byte through its DFA; that was the largest single
//! cost of a scan (a sixth of its instructions on the synthetic exports, most of them inside
//! the long quoted `CONTENT` of `messages.csv`). Here an unquoted field is found with one
//! `memchr3` for `,`, CR or LF, and a quoted one with one `memchr` for `"`, so a long field
//! costs a vector search instead of a transition per byte; and a field that is whole in the
//! buffer is copied into the record once. The rules are csv_core's, to the byte, including
//! on the malformed input real exports hold (a quote inside an unquoted field is a literal,
//! text after a closing quote carries on unquoted, blank lines and lone CRs end records):
//! `tests::reads_what_the_csv_crate_reads` holds every record and line number equal to the csv
//! crate's on random inputs cut at random read boundaries. (`simd-csv`, the crate built for
//! this, documents that it reads such input differently: a quote in the middle of a field
//! opens a quoted field there, and a lone CR does not end a record.)
//!
//! Each record comes with the physical line it starts on (1 + the LFs before its first
//! byte). An LF is either inside a quoted field or ends a record (an unquoted field stops at
//! one), so the LFs are counted where the reader meets them anyway: in the line ends skipped
//! between records, and by the search for a quoted field's end, which stops at an LF too.

use std::io::{self, Read};

use super::batch::Batch;

/// Bytes asked of the underlying reader at a time.
const BUFFER: usize = 64 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before a record: CR and LF bytes are skipped (blank lines are no records).
    StartRecord,
    /// At the first byte of a field.
    StartField,
    /// Inside an unquoted field, or the unquoted rest of a field after its closing quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Right after a quote inside a quoted field: an escaped quote (`""`), the field's end,
    /// or text that carries on unquoted.
    AfterQuote,
}

pub struct CsvReader<R> {
    inner: R,
    buf: Box<[u8]>,
    /// `buf[pos..end]` is yet to be read.
    pos: usize,
    end: usize,
    /// LFs before `buf[pos]`.
    lines: u64,
    eof: bool,
    /// Whether anything has been read yet.
    started: bool,
}

impl<R: Read> CsvReader<R> {
    pub fn new(inner: R) -> CsvReader<R> {
        CsvReader {
            inner,
            buf: vec![0; BUFFER].into_boxed_slice(),
            pos: 0,
            end: 0,
            lines: 0,
            eof: false,
            started: false,
        }
    }

    /// Reads the next record onto the end of `out`; returns the physical line it starts on,
    /// or `None` at the end of the input.
    pub fn read_record(&mut self, out: &mut Batch) -> io::Result<Option<u64>> {
        let mut state = State::StartRecord;
        let mut line = 0;
        // The current field is what `out` has of it so far (pieces joined around an escaped
        // quote or a closing quote, or kept across a refill), followed by `buf[run..run_end]`
        // (in `AfterQuote`, where the run ended at the closing quote) or `buf[run..pos]`.
        let (mut run, mut run_end) = (self.pos, self.pos);
        loop {
            if self.pos == self.end {
                if !self.eof {
                    // Keep what the field has so far, then read on.
                    match state {
                        State::StartRecord | State::StartField => {}
                        State::Unquoted | State::Quoted => self.keep(out, run, self.end),
                        State::AfterQuote => self.keep(out, run, run_end),
                    }
                    self.refill()?;
                    (run, run_end) = (0, 0);
                    continue;
                }
                // At the end of the input: a record in progress ends here, with its field.
                match state {
                    State::StartRecord => return Ok(None),
                    State::StartField => self.push_field(out, 0, 0),
                    State::Unquoted | State::Quoted => self.push_field(out, run, self.end),
                    State::AfterQuote => self.push_field(out, run, run_end),
                }
                return Ok(Some(line));
            }
            match state {
                State::StartRecord => {
                    // Skip the line ends, counting their LFs, in one pass.
                    while self.pos < self.end && matches!(self.buf[self.pos], b'\r' | b'\n') {
                        self.lines += u64::from(self.buf[self.pos] == b'\n');
                        self.pos += 1;
                    }
                    if self.pos < self.end {
                        line = self.lines + 1;
                        out.start(line);
                        state = State::StartField;
                    }
                }
                State::StartField => match self.buf[self.pos] {
                    b'"' => {
                        self.pos += 1;
                        run = self.pos;
                        state = State::Quoted;
                    }
                    b',' => {
                        self.push_field(out, 0, 0);
                        self.pos += 1;
                    }
                    b'\r' | b'\n' => {
                        self.push_field(out, 0, 0);
                        return Ok(Some(line));
                    }
                    _ => {
                        run = self.pos;
                        state = State::Unquoted;
                    }
                },
                State::Unquoted => {
                    let rest = &self.buf[self.pos..self.end];
                    match memchr::memchr3(b',', b'\r', b'\n', rest) {
                        None => self.pos = self.end,
                        Some(i) => {
                            let at = self.pos + i;
                            self.push_field(out, run, at);
                            if self.buf[at] == b',' {
                                self.pos = at + 1;
                                state = State::StartField;
                            } else {
                                self.pos = at;
                                return Ok(Some(line));
                            }
                        }
                    }
                }
                State::Quoted => {
                    match memchr::memchr2(b'"', b'\n', &self.buf[self.pos..self.end]) {
                        None => self.pos = self.end,
                        Some(i) if self.buf[self.pos + i] == b'\n' => {
                            self.lines += 1;
                            self.pos += i + 1;
                        }
                        Some(i) => {
                            run_end = self.pos + i;
                            self.pos = run_end + 1;
                            state = State::AfterQuote;
                        }
                    }
                }
                State::AfterQuote => match self.buf[self.pos] {
                    b'"' => {
                        self.keep(out, run, run_end);
                        out.extend(b"\"");
                        self.pos += 1;
                        run = self.pos;
                        state = State::Quoted;
                    }
                    b',' => {
                        self.push_field(out, run, run_end);
                        self.pos += 1;
                        state = State::StartField;
                    }
                    b'\r' | b'\n' => {
                        self.push_field(out, run, run_end);
                        return Ok(Some(line));
                    }
                    _ => {
                        self.keep(out, run, run_end);
                        run = self.pos;
                        state = State::Unquoted;
                    }
                },
            }
        }
    }

    /// Adds `buf[from..to]` to the current field.
    fn keep(&self, out: &mut Batch, from: usize, to: usize) {
        out.extend(&self.buf[from..to]);
    }

    /// Ends the current field with `buf[from..to]`.
    fn push_field(&self, out: &mut Batch, from: usize, to: usize) {
        out.extend(&self.buf[from..to]);
        out.end_field();
    }

    /// Reads the next bytes into the buffer, all of whose bytes have been used. The first
    /// read drops a UTF-8 byte order mark, as csv_core does.
    fn refill(&mut self) -> io::Result<()> {
        let first = !self.started;
        self.started = true;
        let mut n = 0;
        // The first time, read on until the mark would show (csv_core sees the whole first
        // buffer the csv crate fills).
        while n == 0 || (first && n < BOM.len()) {
            match self.inner.read(&mut self.buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let skip = if first && self.buf[..n].starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        (self.pos, self.end) = (skip, n);
        self.eof = n == 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use csv::ByteRecord;
    use proptest::prelude::*;

    /// Hands out its bytes in pieces of the given sizes, in turn.
    struct Pieces<'a> {
        data: &'a [u8],
        sizes: Vec<usize>,
        turn: usize,
    }

    impl Read for Pieces<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let size = self.sizes[self.turn % self.sizes.len()].max(1);
            self.turn += 1;
            let n = size.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn ours(data: &[u8], sizes: Vec<usize>) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut reader = CsvReader::new(Pieces {
            data,
            sizes,
            turn: 0,
        });
        let mut batch = Batch::default();
        let mut out = Vec::new();
        while let Some(line) = reader.read_record(&mut batch).unwrap() {
            let row = batch.last().unwrap();
            assert_eq!(row.line, line);
            out.push((line, row.iter().map(<[u8]>::to_vec).collect()));
        }
        out
    }

    /// The csv crate's records, each with its line: 1 + the LFs before its first byte,
    /// which is the first byte that is not CR or LF at or after the position the crate
    /// reports (the end of the record before, or the byte order mark's end).
    fn theirs(data: &[u8]) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(data);
        let mut record = ByteRecord::new();
        let mut out = Vec::new();
        while reader.read_byte_record(&mut record).unwrap() {
            let mut from = record.position().unwrap().byte() as usize;
            if from == 0 && data.starts_with(BOM) {
                from = BOM.len(); // the crate reports 0 for the first record, before the mark
            }
            let first = from
                + data[from..]
                    .iter()
                    .position(|&b| b != b'\r' && b != b'\n')
                    .unwrap_or(data.len() - from);
            let line = 1 + data[..first].iter().filter(|&&b| b == b'\n').count() as u64;
            out.push((line, record.iter().map(<[u8]>::to_vec).collect()));
        }
        out
    }

    #[test]
    fn reads_quotes_and_line_ends_as_the_csv_crate_does() {
        for input in [
            "a,b\r\n1,2\r\n3,4\r\n",
            "a,b\n1,2\n3,4",
            "a,b\r\n\"x\r\ny\",2\r\n3,4\r\n",
            "a,b\r\n\r\n\r\n1,2\n\n3,4",
            "a,b\r1,2\r3,4",
            "\"a\"\"b\",\"c\"d\"e\",f\"g\n",
            "\"unterminated,\nstill",
            ",,\n,\n\"\"\n\"\",\n",
            "\u{FEFF}\n x",
            "\u{FEFF}h1,h2\nx,\"She said \\\"ship it\\\" and left.\"\n",
            "\"a\"",
            "\"a\"\"",
            "a\r",
            "",
            "\n\r\n",
        ] {
            let data = input.as_bytes();
            assert_eq!(ours(data, vec![BUFFER]), theirs(data), "{input:?}");
            assert_eq!(
                ours(data, vec![1]),
                theirs(data),
                "{input:?} a byte at a time"
            );
        }
    }

    #[test]
    fn a_field_longer_than_the_buffer_is_read_whole() {
        let long = "x\"y".repeat(BUFFER);
        let data = format!("a,\"{}\"\"z\",b\n{long},c\n", long.replace('"', "\"\""));
        let got = ours(data.as_bytes(), vec![BUFFER]);
        assert_eq!(got, theirs(data.as_bytes()));
        assert_eq!(got[0].1[1].len(), long.len() + 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn reads_what_the_csv_crate_reads(
            data in proptest::collection::vec(
                proptest::sample::select(&b"ab,,\"\"\r\n\n \\\xc3\xa9"[..]), 0..120),
            sizes in proptest::collection::vec(1usize..12, 1..4),
            bom in proptest::bool::weighted(0.1),
        ) {
            let data = if bom { [BOM, &data].concat() } else { data };
            prop_assert_eq!(ours(&data, sizes), theirs(&data));
        }
    }
}
