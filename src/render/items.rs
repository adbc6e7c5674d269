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

/// Appends one item as a JSON line (with its final newline) to `out`. The object is written
/// field by field (the same keys, in the same order, as serde would write them): strings go
/// through serde_json's escaping; the file and the verdict's reason, the same for thousands
/// of items in a row, are escaped once per thread and reused ([`escaped_once`]).
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
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(&hex(id_hash(item)));
    out.extend_from_slice(b"\",\"category\":\"");
    out.extend_from_slice(item.category.id().as_bytes());
    out.extend_from_slice(b"\",\"file\":");
    FILE.with(|cache| escaped_once(cache, &item.file, out));
    out.extend_from_slice(b",\"line\":");
    number(out, item.line);
    out.extend_from_slice(b",\"date\":");
    match item.date {
        Some(d) => {
            out.push(b'"');
            rfc3339(out, d);
            out.push(b'"');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"url\":");
    match &item.url {
        Some(u) => string(out, u),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"words\":");
    number(out, item.words);
    out.extend_from_slice(b",\"exposure\":\"");
    out.extend_from_slice(exposure.as_str().as_bytes());
    out.extend_from_slice(b"\",\"reason\":");
    REASON.with(|cache| escaped_once(cache, reason, out));
    out.extend_from_slice(b",\"findings\":");
    write_findings(out, findings);
    if with_text {
        out.extend_from_slice(b",\"text\":");
        string(out, &item.text);
    }
    out.extend_from_slice(b"}\n");
}

/// A string last written on this thread, and its JSON form.
type Escaped = std::cell::RefCell<(String, Vec<u8>)>;

thread_local! {
    /// The file of the last item written on this thread.
    static FILE: Escaped = const { std::cell::RefCell::new((String::new(), Vec::new())) };
    /// The last reason written on this thread.
    static REASON: Escaped = const { std::cell::RefCell::new((String::new(), Vec::new())) };
    /// The bytes [`id_hash`] hashes.
    static ID_INPUT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Appends `s` as a JSON string, escaping it only when it differs from the last one
/// `cache` saw.
fn escaped_once(cache: &Escaped, s: &str, out: &mut Vec<u8>) {
    let mut cache = cache.borrow_mut();
    let (last, escaped) = &mut *cache;
    if escaped.is_empty() || last != s {
        last.clear();
        last.push_str(s);
        escaped.clear();
        string(escaped, s);
    }
    out.extend_from_slice(escaped);
}

/// Appends `n` in decimal.
fn number(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// The id as 32 lowercase hex digits, as `format!("{:032x}")` writes it.
fn hex(id: u128) -> [u8; 32] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = [0u8; 32];
    for (pair, byte) in hex.chunks_exact_mut(2).zip(id.to_be_bytes()) {
        pair[0] = DIGITS[usize::from(byte >> 4)];
        pair[1] = DIGITS[usize::from(byte & 15)];
    }
    hex
}

/// Appends findings as serde_json writes a `[Finding]`: `[{"class":…,"type":…,"start":…,
/// "end":…},…]`.
fn write_findings(out: &mut Vec<u8>, findings: &[Finding]) {
    out.push(b'[');
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"class\":");
        string(out, f.class.as_str());
        out.extend_from_slice(b",\"type\":");
        string(out, f.kind);
        out.extend_from_slice(b",\"start\":");
        number(out, f.start as u64);
        out.extend_from_slice(b",\"end\":");
        number(out, f.end as u64);
        out.push(b'}');
    }
    out.push(b']');
}

/// Appends `s` as a JSON string, as serde_json writes it. Most strings here (links, ids,
/// short texts) need no escape: they are copied whole after one check that runs 16 bytes at
/// a time; the rest go through serde_json.
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
    let escapes = |chunk: &[u8]| {
        chunk.iter().fold(false, |any, &b| {
            any | (b < 0x20) | (b == b'"') | (b == b'\\')
        })
    };
    let mut chunks = s.chunks_exact(16);
    chunks.by_ref().any(escapes) || escapes(chunks.remainder())
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
            file in "\\PC{0,12}",
            date in proptest::option::of(-62_000_000_000i64..250_000_000_000),
            url in proptest::option::of("(\\PC|[\"\\\\\\x00-\\x1f]){0,40}"),
            text in "(\\PC|[\"\\\\\\x00-\\x1f]){0,300}",
            reason in "(\\PC|[\"\\\\\\n]){0,40}",
            with_text: bool,
            spans in proptest::collection::vec((0usize..3, 0usize..8, 0usize..10_000, 0usize..100), 0..4),
        ) {
            let it = item(&file, date, url, text);
            let findings: Vec<Finding> = spans
                .iter()
                .map(|&(c, k, start, len)| {
                    let (class, kinds) = match c {
                        0 => (crate::classify::detect::Class::Pii, &crate::classify::detect::PII_TYPES),
                        1 => (
                            crate::classify::detect::Class::SpecialCategory,
                            &crate::classify::detect::SPECIAL_TYPES,
                        ),
                        _ => (crate::classify::detect::Class::People, &crate::classify::detect::PII_TYPES),
                    };
                    let kind = if c == 2 { crate::classify::detect::PEOPLE_TYPE } else { kinds[k] };
                    Finding { class, kind, start, end: start + len }
                })
                .collect();
            let mut out = Vec::new();
            // Twice, so that the second line goes through the escape-once caches.
            for _ in 0..2 {
                write_line(&mut out, &it, Exposure::Exposed, &reason, &findings, with_text);
            }
            let expected = serde_json::to_string(&Line {
                id: format!("{:032x}", streamed_id(&it)),
                category: it.category.id(),
                file: &it.file,
                line: it.line,
                date: it.date.map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                url: it.url.as_deref(),
                words: it.words,
                exposure: Exposure::Exposed,
                reason: &reason,
                findings: &findings,
                text: with_text.then_some(it.text.as_str()),
            })
            .unwrap()
                + "\n";
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), expected.repeat(2));
        }
    }
}
