//! `diff OLD NEW`: what was removed, what remains and what is new between two exports, per
//! category (DESIGN §2, §8).
//!
//! Items are matched by their stable id (`render::items::item_id`: a hash of category, date,
//! url and text; file and line are left out), so the same record matches across export eras
//! whatever its file is called (`Shares.csv` vs `Shares_<n>.csv`), wherever its line is, and
//! however the header is spelled.
//!
//! Duplicates: an export may hold the same record more than once (exact duplicate rows, as in
//! `ImportedContacts.csv`), and then the copies share one id. Both sides are counted as
//! multisets: with `a` copies of an id in OLD and `b` in NEW, `min(a, b)` copies are
//! `remaining`, `a - min(a, b)` are `removed` and `b - min(a, b)` are `added`, and each copy is
//! one item ref in the lists. So the counts of a diff always add up to the item counts of
//! `scan` (removed + remaining = OLD's items, remaining + added = NEW's items), and deleting
//! one of two identical rows shows as one removed item instead of vanishing in a set.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::model::{Category, Item};

/// A small reference to one item: enough to find it again, none of its text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ItemRef {
    /// The category (first, so refs sort in the contract's category order).
    pub category: Category,
    /// When the record was made, where known (`None` sorts first).
    pub date: Option<DateTime<Utc>>,
    /// The stable id.
    pub id: String,
    /// The record's own link, where it has one.
    pub url: Option<String>,
}

impl ItemRef {
    /// The reference of an item.
    pub fn of(item: &Item) -> ItemRef {
        ItemRef {
            category: item.category,
            date: item.date,
            id: crate::render::items::item_id(item),
            url: item.url.clone(),
        }
    }
}

/// Counts of one category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// In OLD, not in NEW.
    pub removed: u64,
    /// In both.
    pub remaining: u64,
    /// In NEW, not in OLD.
    pub added: u64,
}

/// The result of a diff.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    /// Categories with any item, in DESIGN §4 order.
    pub categories: Vec<(Category, Counts)>,
    /// In OLD, not in NEW, sorted by category, date, id.
    pub removed: Vec<ItemRef>,
    /// In both (NEW's copy), sorted.
    pub remaining: Vec<ItemRef>,
    /// In NEW, not in OLD, sorted.
    pub added: Vec<ItemRef>,
}

/// Compares two exports' item refs as multisets keyed by id.
pub fn diff(old: Vec<ItemRef>, new: Vec<ItemRef>) -> Diff {
    let mut old_by_id: HashMap<String, Vec<ItemRef>> = HashMap::new();
    for r in old {
        old_by_id.entry(r.id.clone()).or_default().push(r);
    }
    let mut out = Diff::default();
    for r in new {
        match old_by_id.get_mut(&r.id).and_then(Vec::pop) {
            Some(_) => out.remaining.push(r),
            None => out.added.push(r),
        }
    }
    out.removed = old_by_id.into_values().flatten().collect();
    out.removed.sort();
    out.remaining.sort();
    out.added.sort();
    let mut counts = [Counts::default(); Category::COUNT];
    for r in &out.removed {
        counts[r.category as usize].removed += 1;
    }
    for r in &out.remaining {
        counts[r.category as usize].remaining += 1;
    }
    for r in &out.added {
        counts[r.category as usize].added += 1;
    }
    out.categories = Category::ALL
        .iter()
        .map(|&c| (c, counts[c as usize]))
        .filter(|(_, n)| n.removed + n.remaining + n.added > 0)
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(category: Category, id: &str) -> ItemRef {
        ItemRef {
            category,
            date: None,
            id: id.to_string(),
            url: None,
        }
    }

    #[test]
    fn duplicates_count_as_a_multiset() {
        let old = vec![
            r(Category::Network, "a"),
            r(Category::Network, "a"),
            r(Category::Network, "a"),
            r(Category::Posts, "p"),
        ];
        let new = vec![
            r(Category::Network, "a"),
            r(Category::Network, "b"),
            r(Category::Network, "b"),
        ];
        let d = diff(old, new);
        assert_eq!(
            d.categories,
            vec![
                (
                    Category::Posts,
                    Counts {
                        removed: 1,
                        remaining: 0,
                        added: 0
                    }
                ),
                (
                    Category::Network,
                    Counts {
                        removed: 2,
                        remaining: 1,
                        added: 2
                    }
                ),
            ]
        );
        assert_eq!(d.removed.len(), 3);
        assert_eq!(d.removed[0].category, Category::Posts);
    }
}
