//! Records read together, in one buffer.
//!
//! A batch holds every field's bytes of its records back to back in one `Vec<u8>`, with the
//! field ends in a second and each record's line and first field in a third: three buffers
//! per batch, reused whole, instead of two heap buffers and a box per record. The reading
//! thread fills a batch with sequential writes, and a worker on the other core reads it the
//! same way; the batch's bytes are checked for UTF-8 in place, in one call.
//!
//! Before it, a record was a `csv::ByteRecord`, recycled between the threads: `perf record`
//! of `items --jobs 2` on Reactions alone put a quarter of the samples in copying fields into
//! records (whose cache lines the mapping core had read last), against a tenth for `scan
//! --jobs 1`. With batches (of 256 records, as then), callgrind `--jobs 1` on that file: scan
//! 3.578 G -> 3.463 G instructions, items 4.458 G -> 4.343 G.

use std::ops::Range;

/// Records and their fields, in one buffer.
#[derive(Debug, Default, Clone)]
pub struct Batch {
    /// Every field's bytes, in order.
    bytes: Vec<u8>,
    /// The end of every field in `bytes`.
    ends: Vec<usize>,
    /// Every record: the line it starts on and the index of its first field in `ends`.
    records: Vec<(u64, usize)>,
}

impl Batch {
    /// The number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every field's bytes, record after record.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes this batch holds room for: a batch larger than a bound is not kept for
    /// reuse.
    pub fn capacity(&self) -> usize {
        self.bytes.capacity() + 8 * self.ends.capacity() + 16 * self.records.capacity()
    }

    pub fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.records.clear();
    }

    /// Starts a record on `line`: the fields ended from here on are its fields.
    pub fn start(&mut self, line: u64) {
        self.records.push((line, self.ends.len()));
    }

    /// Adds bytes to the field being read.
    pub fn extend(&mut self, bytes: &[u8]) {
        if bytes.len() > 1 << 20 {
            // A huge field added whole (a dated record's 50 MB post): room for exactly it and
            // a little after, rather than doubling the buffer to fit it. (The CSV reader adds
            // a long field a buffer of 64 KiB at a time, so its buffer doubles.)
            self.bytes.reserve_exact(bytes.len() + (64 << 10));
        }
        self.bytes.extend_from_slice(bytes);
    }

    /// Ends the field being read.
    pub fn end_field(&mut self) {
        self.ends.push(self.bytes.len());
    }

    /// Adds a whole field.
    pub fn push_field(&mut self, field: &[u8]) {
        self.extend(field);
        self.end_field();
    }

    /// Removes the last record.
    pub fn pop(&mut self) {
        if let Some((_, first)) = self.records.pop() {
            self.bytes.truncate(self.field_start(first));
            self.ends.truncate(first);
        }
    }

    /// Copies a record (of this batch or another) to the end of this one.
    pub fn push_row(&mut self, row: Row<'_>) {
        self.start(row.line);
        for field in row.iter() {
            self.push_field(field);
        }
    }

    /// Record `i`.
    pub fn row(&self, i: usize) -> Row<'_> {
        let (line, first) = self.records[i];
        let last = self.records.get(i + 1).map_or(self.ends.len(), |r| r.1);
        Row {
            line,
            bytes: &self.bytes,
            start: self.field_start(first),
            ends: &self.ends[first..last],
        }
    }

    /// The last record, if any.
    pub fn last(&self) -> Option<Row<'_>> {
        self.len().checked_sub(1).map(|i| self.row(i))
    }

    /// Every record, in order.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'_>> + '_ {
        (0..self.len()).map(|i| self.row(i))
    }

    /// Where field `index` (counted over the whole batch) starts in `bytes`.
    fn field_start(&self, index: usize) -> usize {
        index.checked_sub(1).map_or(0, |i| self.ends[i])
    }
}

/// One record of a batch: its line and fields.
#[derive(Debug, Clone, Copy)]
pub struct Row<'b> {
    /// The 1-based physical line where the record starts.
    pub line: u64,
    /// The batch's bytes.
    bytes: &'b [u8],
    /// Where the record's first field starts in `bytes`.
    start: usize,
    /// The ends of the record's fields in `bytes`.
    ends: &'b [usize],
}

impl<'b> Row<'b> {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Where the record's bytes lie in its batch's [`Batch::bytes`].
    pub fn span(&self) -> Range<usize> {
        self.start..self.ends.last().copied().unwrap_or(self.start)
    }

    /// The record's bytes: its fields back to back.
    pub fn as_slice(&self) -> &'b [u8] {
        &self.bytes[self.span()]
    }

    /// Where field `i` lies in [`Row::as_slice`].
    pub fn range(&self, i: usize) -> Option<Range<usize>> {
        let end = *self.ends.get(i)?;
        let start = i.checked_sub(1).map_or(self.start, |j| self.ends[j]);
        Some(start - self.start..end - self.start)
    }

    /// Field `i`.
    pub fn get(&self, i: usize) -> Option<&'b [u8]> {
        let range = self.range(i)?;
        Some(&self.as_slice()[range])
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'b [u8]> + 'b {
        let row = *self;
        (0..row.len()).map(move |i| row.get(i).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(row: Row<'_>) -> Vec<&[u8]> {
        row.iter().collect()
    }

    #[test]
    fn records_keep_their_fields_and_lines() {
        let mut b = Batch::default();
        b.start(1);
        b.push_field(b"a");
        b.push_field(b"");
        b.extend(b"b");
        b.extend(b"c");
        b.end_field();
        b.start(3);
        b.push_field(b"");
        b.start(4);
        b.push_field(b"xyz");
        assert_eq!(b.len(), 3);
        assert_eq!(fields(b.row(0)), [&b"a"[..], b"", b"bc"]);
        assert_eq!(b.row(0).as_slice(), b"abc");
        assert_eq!(b.row(0).range(2), Some(1..3));
        assert_eq!(b.row(0).get(3), None);
        assert_eq!((b.row(1).line, fields(b.row(1))), (3, vec![&b""[..]]));
        assert_eq!(b.row(2).span(), 3..6);
        assert_eq!(b.bytes(), b"abcxyz");
        b.pop();
        assert_eq!(b.len(), 2);
        assert_eq!(b.bytes(), b"abc");
        let mut c = Batch::default();
        c.push_row(b.row(0));
        assert_eq!(fields(c.row(0)), fields(b.row(0)));
        assert_eq!(c.last().map(|r| r.line), Some(1));
        c.clear();
        assert!(c.is_empty() && c.last().is_none());
    }
}
