//! `diff OLD NEW`: the JSON contract (DESIGN §8), matching across export eras, duplicates as a
//! multiset, and the exit codes.

use serde::Deserialize;

use super::util::{fixture, run};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiffJson {
    schema_version: u32,
    categories: Vec<CategoryCounts>,
    removed: Vec<ItemRef>,
    remaining: Vec<ItemRef>,
    added: Vec<ItemRef>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct CategoryCounts {
    category: String,
    removed: u64,
    remaining: u64,
    added: u64,
}

#[derive(Debug, Deserialize, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ItemRef {
    id: String,
    category: String,
    date: Option<String>,
    url: Option<String>,
}

const CATEGORY_ORDER: [&str; 21] = [
    "posts",
    "articles",
    "comments",
    "poll_votes",
    "reactions",
    "media",
    "messages",
    "ai_chats",
    "invitations",
    "recommendations_given",
    "recommendations_received",
    "endorsements",
    "profile",
    "saved_answers",
    "job_applications",
    "job_search",
    "search_queries",
    "learning",
    "network",
    "ads_inferences",
    "account",
];

fn rank(category: &str) -> usize {
    CATEGORY_ORDER
        .iter()
        .position(|c| *c == category)
        .unwrap_or_else(|| panic!("unknown category {category}"))
}

fn diff_json(old: &str, new: &str) -> (i32, DiffJson) {
    let r = run([
        "diff",
        "--quiet",
        "--format",
        "json",
        fixture(old).to_str().unwrap(),
        fixture(new).to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 3, "{}: {}", r.code, r.stderr);
    let doc: DiffJson = serde_json::from_slice(&r.stdout).expect("diff --format json parses");
    assert_eq!(doc.schema_version, 1);
    check_shape(&doc);
    (r.code, doc)
}

/// Categories in DESIGN §4 order with any item; refs sorted by category, date, id; the lists
/// agree with the counts.
fn check_shape(doc: &DiffJson) {
    let ranks: Vec<usize> = doc.categories.iter().map(|c| rank(&c.category)).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    for c in &doc.categories {
        assert!(c.removed + c.remaining + c.added > 0, "{c:?}");
    }
    for (list, pick) in [
        (
            &doc.removed,
            (|c: &CategoryCounts| c.removed) as fn(&CategoryCounts) -> u64,
        ),
        (&doc.remaining, |c: &CategoryCounts| c.remaining),
        (&doc.added, |c: &CategoryCounts| c.added),
    ] {
        let keys: Vec<(usize, Option<String>, String)> = list
            .iter()
            .map(|r| (rank(&r.category), r.date.clone(), r.id.clone()))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "item refs are sorted");
        for c in &doc.categories {
            let n = list.iter().filter(|r| r.category == c.category).count() as u64;
            assert_eq!(n, pick(c), "{}", c.category);
        }
        for r in list {
            assert_eq!(r.id.len(), 32, "{r:?}");
            if let Some(d) = &r.date {
                assert!(
                    chrono::NaiveDateTime::parse_from_str(d, "%Y-%m-%dT%H:%M:%SZ").is_ok(),
                    "{d}"
                );
            }
        }
    }
}

fn counts(doc: &DiffJson, category: &str) -> (u64, u64, u64) {
    doc.categories
        .iter()
        .find(|c| c.category == category)
        .map(|c| (c.removed, c.remaining, c.added))
        .unwrap_or((0, 0, 0))
}

#[test]
fn an_export_against_itself_is_all_remaining() {
    let name = "Complete_LinkedInDataExport_07-05-2026";
    let (code, doc) = diff_json(name, name);
    assert_eq!(code, 0);
    assert!(doc.removed.is_empty() && doc.added.is_empty());
    // fixtures/truth: 126 items; ImportedContacts.csv holds one row twice (Felix Arendt), and
    // both copies stay: duplicates are a multiset, so network keeps all 22 items.
    assert_eq!(doc.remaining.len(), 126);
    assert_eq!(counts(&doc, "network"), (0, 22, 0));
    assert_eq!(counts(&doc, "posts"), (0, 14, 0));
}

#[test]
fn a_folder_against_the_same_export_zipped_is_all_remaining() {
    let (code, doc) = diff_json(
        "sample-export.zip",
        "Complete_LinkedInDataExport_07-05-2026",
    );
    assert_eq!(code, 0);
    assert!(doc.removed.is_empty(), "{:?}", doc.removed);
    assert!(doc.added.is_empty(), "{:?}", doc.added);
    assert_eq!(doc.remaining.len(), 126);
}

/// The counts were derived independently of the tool, from the fixture files:
///
/// * totals: fixtures/truth/*.json list 92 items for 2024 and 126 for 2026, so
///   removed + remaining = 92 and remaining + added = 126;
/// * posts, comments, poll votes: a Python pass over `Shares*.csv` + `InstantReposts*.csv`,
///   `Comments*.csv` and `Votes.csv` of both folders, cutting records at
///   `^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,(https?://[^,\n]*)` and comparing the (date, link) pairs
///   as multisets (Python `Counter`: `old - new`, `old & new`, `new - old`):
///   posts 6 -> 14: removed 3, remaining 3, added 11 (the 2019-10-02, 2023-11-06 and
///   2024-02-19 posts survive into `Shares_1158443584.csv`); comments 6 -> 10: removed 2,
///   remaining 4, added 6; poll votes 3 -> 4: removed 2, remaining 1 (2024-01-22), added 3.
#[test]
fn posts_that_survive_from_2024_into_2026_match_across_eras() {
    let (_, doc) = diff_json(
        "Complete_LinkedInDataExport_03-20-2024",
        "Complete_LinkedInDataExport_07-05-2026",
    );
    assert_eq!(counts(&doc, "posts"), (3, 3, 11));
    assert_eq!(counts(&doc, "comments"), (2, 4, 6));
    assert_eq!(counts(&doc, "poll_votes"), (2, 1, 3));
    assert_eq!(doc.removed.len() + doc.remaining.len(), 92);
    assert_eq!(doc.remaining.len() + doc.added.len(), 126);
    let surviving: Vec<&str> = doc
        .remaining
        .iter()
        .filter(|r| r.category == "posts")
        .map(|r| r.date.as_deref().unwrap())
        .collect();
    assert_eq!(
        surviving,
        [
            "2019-10-02T16:40:05Z",
            "2023-11-06T08:01:12Z",
            "2024-02-19T10:22:49Z"
        ]
    );
}

#[test]
fn diff_exit_codes_follow_the_contract() {
    // 3: the 2024 export has a deliberately damaged row (invalid UTF-8), a partial read.
    let (code, _) = diff_json(
        "Complete_LinkedInDataExport_03-20-2024",
        "Complete_LinkedInDataExport_07-05-2026",
    );
    assert_eq!(code, 3);
    // 1: an export that cannot be read.
    let r = run([
        "diff",
        "/nonexistent/old.zip",
        fixture("sample-export.zip").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("/nonexistent/old.zip"), "{}", r.stderr);
    // 2: usage errors.
    assert_eq!(run(["diff", "only-one.zip"]).code, 2);
    assert_eq!(run(["diff", "--format", "yaml", "a.zip", "b.zip"]).code, 2);
}

#[test]
fn the_table_fits_in_80_columns() {
    let r = run([
        "diff",
        "--quiet",
        fixture("Complete_LinkedInDataExport_03-20-2024")
            .to_str()
            .unwrap(),
        fixture("Complete_LinkedInDataExport_07-05-2026")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let out = r.stdout_str();
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    let posts = out.lines().find(|l| l.starts_with("posts ")).unwrap();
    let cells: Vec<&str> = posts.split_whitespace().collect();
    assert_eq!(cells, ["posts", "3", "3", "11"]);
    assert!(out.contains("recommendations_received"));
}
