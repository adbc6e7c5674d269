//! `items`: one JSON object per line per item (DESIGN §8), with a stable id.

use crate::classify::detect::Finding;
use crate::model::{Exposure, Item};

/// A stable id for an item: the same record gets the same id in every run and every export
/// (a 128-bit xxh3 of category, date, url and text; the file and line are left out on
/// purpose, since they change between export eras).
pub fn item_id(item: &Item) -> String {
    format!("{:032x}", id_hash(item))
}

/// The 128-bit hash behind [`item_id`].
fn id_hash(item: &Item) -> u128 {
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
    let id = id_hash(item);
    let mut hex = [0u8; 32];
    for (i, h) in hex.iter_mut().enumerate() {
        *h = b"0123456789abcdef"[(id >> (4 * (31 - i))) as usize & 15];
    }
    out.extend_from_slice(&hex);
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
            out.extend_from_slice(&rfc3339(d));
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
    serde_json::to_writer(&mut *out, findings).expect("findings serialise");
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

/// Appends `s` as a JSON string.
fn string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(out, s).expect("a string serialises");
}

/// `YYYY-MM-DDTHH:MM:SSZ`, as `format("%Y-%m-%dT%H:%M:%SZ")` writes it for years 0-9999.
fn rfc3339(d: chrono::DateTime<chrono::Utc>) -> Vec<u8> {
    use chrono::{Datelike, Timelike};
    if !(0..=9999).contains(&d.year()) {
        return d.format("%Y-%m-%dT%H:%M:%SZ").to_string().into_bytes();
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
    b.to_vec()
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
        ] {
            let t = chrono::Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap();
            assert_eq!(
                String::from_utf8(rfc3339(t)).unwrap(),
                t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
            );
        }
    }
}
