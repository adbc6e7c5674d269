//! `diff` output: the JSON contract (DESIGN §8) and a table for people.

use serde::Serialize;

use crate::diff::{Diff, ItemRef};

#[derive(Serialize)]
struct DiffJson<'a> {
    schema_version: u32,
    categories: Vec<CategoryJson>,
    removed: Vec<RefJson<'a>>,
    remaining: Vec<RefJson<'a>>,
    added: Vec<RefJson<'a>>,
}

#[derive(Serialize)]
struct CategoryJson {
    category: &'static str,
    removed: u64,
    remaining: u64,
    added: u64,
}

#[derive(Serialize)]
struct RefJson<'a> {
    id: &'a str,
    category: &'static str,
    date: Option<String>,
    url: Option<&'a str>,
}

fn refs(list: &[ItemRef]) -> Vec<RefJson<'_>> {
    list.iter()
        .map(|r| RefJson {
            id: &r.id,
            category: r.category.id(),
            date: r.date.map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            url: r.url.as_deref(),
        })
        .collect()
}

/// The diff as JSON (`schema_version: 1`), with a final newline.
pub fn json(diff: &Diff) -> Vec<u8> {
    let doc = DiffJson {
        schema_version: 1,
        categories: diff
            .categories
            .iter()
            .map(|(c, n)| CategoryJson {
                category: c.id(),
                removed: n.removed,
                remaining: n.remaining,
                added: n.added,
            })
            .collect(),
        removed: refs(&diff.removed),
        remaining: refs(&diff.remaining),
        added: refs(&diff.added),
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("a diff serialises");
    out.push(b'\n');
    out
}

/// The diff as an aligned table, at most 80 columns wide.
pub fn table(diff: &Diff) -> Vec<u8> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<26} {:>12} {:>12} {:>12}",
        "category", "removed", "remaining", "added"
    );
    let _ = writeln!(out, "{}", "-".repeat(65));
    let (mut removed, mut remaining, mut added) = (0u64, 0u64, 0u64);
    for (c, n) in &diff.categories {
        let _ = writeln!(
            out,
            "{:<26} {:>12} {:>12} {:>12}",
            c.id(),
            n.removed,
            n.remaining,
            n.added
        );
        removed += n.removed;
        remaining += n.remaining;
        added += n.added;
    }
    let _ = writeln!(out, "{}", "-".repeat(65));
    let _ = writeln!(
        out,
        "{:<26} {:>12} {:>12} {:>12}",
        "total", removed, remaining, added
    );
    out.push_str(
        "\nremoved: in OLD only; remaining: in both; added: in NEW only.\n\
         Removed items may still sit in training sets made before they were deleted.\n",
    );
    out.into_bytes()
}
