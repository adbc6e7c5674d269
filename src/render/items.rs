//! `items`: one JSON object per line per item (DESIGN §8), with a stable id.

use serde::Serialize;

use crate::classify::detect::Finding;
use crate::model::{Exposure, Item};

/// A stable id for an item: the same record gets the same id in every run and every export
/// (a 128-bit xxh3 of category, date, url and text; the file and line are left out on
/// purpose, since they change between export eras).
pub fn item_id(item: &Item) -> String {
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
    format!("{:032x}", h.digest128())
}

#[derive(Serialize)]
struct ItemJson<'a> {
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

/// One item as a JSON line (with its final newline).
pub fn line(
    item: &Item,
    exposure: Exposure,
    reason: &str,
    findings: &[Finding],
    with_text: bool,
) -> Vec<u8> {
    let json = ItemJson {
        id: item_id(item),
        category: item.category.id(),
        file: &item.file,
        line: item.line,
        date: item
            .date
            .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        url: item.url.as_deref(),
        words: item.words,
        exposure,
        reason,
        findings,
        text: with_text.then_some(item.text.as_str()),
    };
    let mut out = serde_json::to_vec(&json).expect("an item serialises");
    out.push(b'\n');
    out
}
