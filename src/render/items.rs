//! `items`: one JSON object per line per item (DESIGN §8), with a stable id.

use crate::classify::detect::Finding;
use crate::model::{Exposure, Item};

/// A stable id for an item: the same record gets the same id in every run and every export
/// (a 128-bit xxh3 of category, date, url and text; the file and line are left out on
/// purpose, since they change between export eras).
pub fn item_id(item: &Item) -> String {
    format!("{:032x}", id_hash(item))
}

/// The 128-bit hash behind [`item_id`]: the fields joined by U+001F into one buffer per thread,
/// hashed in one call (xxh3 defines its streaming hash as equal to this one-shot hash of the
/// same bytes, and a test holds the two equal).
fn id_hash(item: &Item) -> u128 {
    ID_INPUT.with_borrow_mut(|buf| {
        buf.clear();
        buf.extend_from_slice(item.category.id().as_bytes());
        buf.push(0x1f);
        if let Some(d) = item.date {
            buf.extend_from_slice(&d.timestamp().to_le_bytes());
        }
        buf.push(0x1f);
        buf.extend_from_slice(item.url.as_deref().unwrap_or("").as_bytes());
        buf.push(0x1f);
        buf.extend_from_slice(item.text.as_bytes());
        let id = xxhash_rust::xxh3::xxh3_128(buf);
        if buf.capacity() > 1 << 16 {
            // One long article does not keep its size for the rest of the run.
            *buf = Vec::new();
        }
        id
    })
}

/// Appends one item as a JSON line (with its final newline) to `out`, with the same keys, in
/// the same order and the same escapes as serde_json would write (a property test holds the
/// two equal). The line is a few pieces: the parts that stay the same for thousands of items
/// in a row (category and file; exposure and reason) are made once per thread and copied
/// whole ([`segment`]), and strings that need no escape are copied as they are ([`string`]).
pub fn write_line(
    out: &mut Vec<u8>,
    item: &Item,
    exposure: Exposure,
    reason: &str,
    findings: &[Finding],
    with_text: bool,
) {
    let text_len = if with_text { item.text.len() + 16 } else { 0 };
    out.reserve(320 + reason.len() + text_len);
    let mut id = *b"{\"id\":\"00000000000000000000000000000000";
    id[7..].copy_from_slice(&hex(id_hash(item)));
    out.extend_from_slice(&id);
    let category = item.category.id();
    HEAD.with(|cache| {
        segment(cache, category, &item.file, out, |b| {
            b.extend_from_slice(b"\",\"category\":\"");
            b.extend_from_slice(category.as_bytes());
            b.extend_from_slice(b"\",\"file\":");
            string(b, &item.file);
            b.extend_from_slice(b",\"line\":");
        })
    });
    number(out, item.line);
    match item.date {
        Some(d) => {
            out.extend_from_slice(b",\"date\":\"");
            rfc3339(out, d);
            out.extend_from_slice(b"\",\"url\":");
        }
        None => out.extend_from_slice(b",\"date\":null,\"url\":"),
    }
    match &item.url {
        Some(u) => string(out, u),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"words\":");
    number(out, item.words);
    let verdict = exposure.as_str();
    TAIL.with(|cache| {
        segment(cache, verdict, reason, out, |b| {
            b.extend_from_slice(b",\"exposure\":\"");
            b.extend_from_slice(verdict.as_bytes());
            b.extend_from_slice(b"\",\"reason\":");
            string(b, reason);
            b.extend_from_slice(b",\"findings\":");
        })
    });
    write_findings(out, findings);
    if with_text {
        out.extend_from_slice(b",\"text\":");
        string(out, &item.text);
    }
    out.extend_from_slice(b"}\n");
}

/// A piece of a line last written on this thread: the id and the string it was made from,
/// and its bytes.
type Segment = std::cell::RefCell<(&'static str, String, Vec<u8>)>;

thread_local! {
    /// `","category":…,"file":…,"line":` of the last item written on this thread.
    static HEAD: Segment = const { std::cell::RefCell::new(("", String::new(), Vec::new())) };
    /// `,"exposure":…,"reason":…,"findings":` of the last item written on this thread.
    static TAIL: Segment = const { std::cell::RefCell::new(("", String::new(), Vec::new())) };
    /// The bytes [`id_hash`] hashes.
    static ID_INPUT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Appends the segment made by `make` from `id` and `s`, making it only when either differs
/// from what `cache` last saw.
fn segment(
    cache: &Segment,
    id: &'static str,
    s: &str,
    out: &mut Vec<u8>,
    make: impl FnOnce(&mut Vec<u8>),
) {
    let mut cache = cache.borrow_mut();
    let (last_id, last, bytes) = &mut *cache;
    if bytes.is_empty() || *last_id != id || last != s {
        *last_id = id;
        last.clear();
        last.push_str(s);
        bytes.clear();
        make(bytes);
    }
    out.extend_from_slice(bytes);
}

/// Appends `n` in decimal.
fn number(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// The id as 32 lowercase hex digits, as `format!("{:032x}")` writes it.
fn hex(id: u128) -> [u8; 32] {
    let mut hex = [0u8; 32];
    hex[..16].copy_from_slice(&hex16((id >> 64) as u64));
    hex[16..].copy_from_slice(&hex16(id as u64));
    hex
}

/// The 16 hex digits of `x`, computed in one `u128`: each nibble is spread into a byte of its
/// own (the most significant in the most significant byte), then turned into its digit.
fn hex16(x: u64) -> [u8; 16] {
    /// One in every byte: `0x0101…01`.
    const ONES: u128 = u128::MAX / 0xff;
    let mut v = u128::from(x);
    v = (v | (v << 32)) & 0x0000_0000_ffff_ffff_0000_0000_ffff_ffff;
    v = (v | (v << 16)) & 0x0000_ffff_0000_ffff_0000_ffff_0000_ffff;
    v = (v | (v << 8)) & 0x00ff_00ff_00ff_00ff_00ff_00ff_00ff_00ff;
    v = (v | (v << 4)) & (ONES * 0x0f);
    // A nibble of 10 or more is a letter, and `a` comes 39 after `0` + 10.
    let letters = ((v + ONES * 6) >> 4) & ONES;
    (v + ONES * u128::from(b'0') + letters * 39).to_be_bytes()
}

/// Appends findings as serde_json writes a `[Finding]`: `[{"class":…,"type":…,"start":…,
/// "end":…},…]`. Classes and types are fixed ids that need no escape.
fn write_findings(out: &mut Vec<u8>, findings: &[Finding]) {
    out.push(b'[');
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"class\":\"");
        out.extend_from_slice(f.class.as_str().as_bytes());
        out.extend_from_slice(b"\",\"type\":\"");
        out.extend_from_slice(f.kind.as_bytes());
        out.extend_from_slice(b"\",\"start\":");
        number(out, f.start as u64);
        out.extend_from_slice(b",\"end\":");
        number(out, f.end as u64);
        out.push(b'}');
    }
    out.push(b']');
}

/// Appends `s` as a JSON string, as serde_json writes it. Most strings here (links, file
/// names, short texts) need no escape: they are copied whole after one check that runs 32
/// bytes at a time; the rest go through serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        serde_json::to_writer(out, s).expect("a string serialises");
    } else {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Whether `s` holds a byte that serde_json escapes: a control character (below 0x20), `"`
/// or `\`.
fn needs_escape(s: &[u8]) -> bool {
    // Bytes OR-ed together rather than bools, 32 at a time, so that a chunk compiles to a
    // few vector compares; the rest is padded to a chunk with a byte that needs no escape.
    let escape = |b: u8| u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\');
    let any = |chunk: &[u8; 32]| chunk.iter().fold(0, |acc, &b| acc | escape(b)) != 0;
    let (chunks, rest) = s.as_chunks::<32>();
    let mut last = [b' '; 32];
    last[..rest.len()].copy_from_slice(rest);
    chunks.iter().any(any) || any(&last)
}

/// Appends `YYYY-MM-DDTHH:MM:SSZ`, as `format("%Y-%m-%dT%H:%M:%SZ")` writes it.
fn rfc3339(out: &mut Vec<u8>, d: chrono::DateTime<chrono::Utc>) {
    use chrono::{Datelike, Timelike};
    if !(0..=9999).contains(&d.year()) {
        out.extend_from_slice(d.format("%Y-%m-%dT%H:%M:%SZ").to_string().as_bytes());
        return;
    }
    let mut b = *b"0000-00-00T00:00:00Z";
    let mut put = |at: usize, width: usize, mut v: u32| {
        for i in (at..at + width).rev() {
            b[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, 4, d.year() as u32);
    put(5, 2, d.month());
    put(8, 2, d.day());
    put(11, 2, d.hour());
    put(14, 2, d.minute());
    put(17, 2, d.second());
    out.extend_from_slice(&b);
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn numbers_and_ids_as_std_writes_them() {
        for n in [0, 7, 10, 99, 12345, u64::MAX] {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
        let item = Item::new(
            crate::model::Category::Posts,
            std::sync::Arc::from("Shares.csv"),
            2,
            None,
            None,
            "hello".into(),
        );
        let mut line = Vec::new();
        write_line(&mut line, &item, Exposure::Exposed, "r", &[], false);
        let id = item_id(&item);
        assert!(String::from_utf8(line)
            .unwrap()
            .starts_with(&format!("{{\"id\":\"{id}\"")));
    }

    #[test]
    fn rfc3339_matches_chrono() {
        for (y, mo, d, h, mi, s) in [
            (2026, 11, 23, 9, 5, 7),
            (1999, 1, 1, 0, 0, 0),
            (2024, 2, 29, 23, 59, 59),
            (7, 3, 4, 5, 6, 7),
            (12345, 6, 7, 8, 9, 10),
        ] {
            let t = chrono::Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap();
            let mut out = Vec::new();
            rfc3339(&mut out, t);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
            );
        }
    }

    #[test]
    fn hex_is_what_format_writes() {
        let mut x: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;
        for _ in 0..1000 {
            assert_eq!(
                String::from_utf8(hex(x).to_vec()).unwrap(),
                format!("{x:032x}")
            );
            x = x.wrapping_mul(0x2545_f491_4f6c_dd1d_9e37_79b9_7f4a_7c15) ^ (x >> 61);
        }
        for x in [0, u128::MAX, 10, 0xa << 124] {
            assert_eq!(
                String::from_utf8(hex(x).to_vec()).unwrap(),
                format!("{x:032x}")
            );
        }
    }

    /// The id as it was first defined: xxh3's streaming hash, field by field.
    fn streamed_id(item: &Item) -> u128 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(item.category.id().as_bytes());
        h.update(b"\x1f");
        if let Some(d) = item.date {
            h.update(&d.timestamp().to_le_bytes());
        }
        h.update(b"\x1f");
        h.update(item.url.as_deref().unwrap_or("").as_bytes());
        h.update(b"\x1f");
        h.update(item.text.as_bytes());
        h.digest128()
    }

    /// One line as serde_json writes it: the oracle for the hand-written line.
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: String,
        category: &'static str,
        file: &'a str,
        line: u64,
        date: Option<String>,
        url: Option<&'a str>,
        words: u64,
        exposure: Exposure,
        reason: &'a str,
        findings: &'a [Finding],
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<&'a str>,
    }

    fn item(file: &str, date: Option<i64>, url: Option<String>, text: String) -> Item {
        Item::new(
            crate::model::Category::Messages,
            std::sync::Arc::from(file),
            7,
            date.map(|s| chrono::Utc.timestamp_opt(s, 0).unwrap()),
            url,
            text,
        )
    }

    #[test]
    fn ids_are_pinned() {
        // Ids are compared across runs, tool versions and exports (`diff`): they never change.
        let it = item(
            "messages.csv",
            Some(1_700_000_000),
            None,
            "Hello Ada".to_string(),
        );
        assert_eq!(item_id(&it), format!("{:032x}", streamed_id(&it)));
        assert_eq!(item_id(&it), "bcd44cbb75a678842f34afd7505a5255");
        // Long texts take xxh3's other paths (over 240 bytes, over one 1 KiB stripe block).
        for len in [241, 1024, 1025, 70_000] {
            let it = item(
                "a.csv",
                None,
                Some("https://x.test/".into()),
                "é".repeat(len),
            );
            assert_eq!(id_hash(&it), streamed_id(&it), "{len}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lines_are_what_serde_writes(
            files in proptest::array::uniform3("\\PC{0,12}"),
            reasons in proptest::array::uniform3("(\\PC|[\"\\\\\\n]){0,40}"),
            date in proptest::option::of(-62_000_000_000i64..250_000_000_000),
            url in proptest::option::of("(\\PC|[\"\\\\\\x00-\\x1f]){0,40}"),
            text in "(\\PC|[\"\\\\\\x00-\\x1f]){0,300}",
            with_text: bool,
            spans in proptest::collection::vec((0usize..3, 0usize..8, 0usize..10_000, 0usize..100), 0..4),
            // Lines in a row: which file, category, reason and verdict each has, so that the
            // pieces made once per thread are both reused and remade.
            picks in proptest::collection::vec((0usize..3, 0usize..3, 0usize..3, 0usize..3), 1..8),
        ) {
            use crate::classify::detect::{Class, PEOPLE_TYPE, PII_TYPES, SPECIAL_TYPES};
            use crate::model::Category;
            let findings: Vec<Finding> = spans
                .iter()
                .map(|&(c, k, start, len)| {
                    let (class, kind) = match c {
                        0 => (Class::Pii, PII_TYPES[k]),
                        1 => (Class::SpecialCategory, SPECIAL_TYPES[k]),
                        _ => (Class::People, PEOPLE_TYPE),
                    };
                    Finding { class, kind, start, end: start + len }
                })
                .collect();
            let verdicts = [Exposure::Exposed, Exposure::Possibly, Exposure::NotExposed];
            let categories = [Category::Messages, Category::Posts, Category::Comments];
            let mut out = Vec::new();
            let mut expected = String::new();
            for &(f, c, r, e) in &picks {
                let mut it = item(&files[f], date, url.clone(), text.clone());
                it.category = categories[c];
                write_line(&mut out, &it, verdicts[e], &reasons[r], &findings, with_text);
                expected += &serde_json::to_string(&Line {
                    id: format!("{:032x}", streamed_id(&it)),
                    category: it.category.id(),
                    file: &it.file,
                    line: it.line,
                    date: it.date.map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                    url: it.url.as_deref(),
                    words: it.words,
                    exposure: verdicts[e],
                    reason: &reasons[r],
                    findings: &findings,
                    text: with_text.then_some(it.text.as_str()),
                })
                .unwrap();
                expected.push('\n');
            }
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }
}
