//! Exposure verdicts on the 2026 fixture, with counts worked out by hand from the rule of
//! DESIGN §5 and the fixture's dates (not from the program):
//!
//! posts (14): 2012-05-14 2019-10-02 2023-11-06 2024-02-19 2024-09-17 2024-09-19 2025-01-09
//!             2025-03-10 2025-11-02 2025-11-04 2025-11-05 2026-02-14 2026-04-22 2026-06-30
//! articles (3): 2024-09-17 2025-11-21 2026-02-03
//! comments (10): 2020-02-29 2022-05-17 2023-12-05 2024-03-02 2024-09-18 2025-06-06
//!             2025-11-03 2025-12-01 2026-05-19 2026-07-01
//! poll_votes (4): 2024-01-22 2024-10-01 2025-11-03 2026-05-02
//!
//! Statuses in the built-in table: posts and articles `included` in li-2024-09-18 and
//! li-2025-11-03; comments `possibly` then `included`; poll votes `not_listed` then `included`.
//! Training starts 2024-09-18 in the US and 2025-11-03 in the EU.

use std::collections::BTreeMap;

use super::schema::{items, scan};
use super::util::fixture;

const ERA: &str = "Complete_LinkedInDataExport_07-05-2026";

/// (exposed, possibly) per authored category.
fn verdicts(flags: &[&str]) -> BTreeMap<String, (u64, u64)> {
    let path = fixture(ERA);
    let mut args: Vec<&std::ffi::OsStr> = vec![path.as_os_str()];
    args.extend(flags.iter().map(std::ffi::OsStr::new));
    let (_, scan) = scan(&args);
    scan.categories
        .iter()
        .filter(|c| ["posts", "articles", "comments", "poll_votes"].contains(&c.category.as_str()))
        .map(|c| (c.category.clone(), (c.exposed_items, c.possibly_items)))
        .collect()
}

fn expect(pairs: [(&str, (u64, u64)); 4]) -> BTreeMap<String, (u64, u64)> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

#[test]
fn us_never_opted_out_everything_authored_is_exposed() {
    // Every window reaches past 2025-11-03, where every authored category is `included`.
    let got = verdicts(&["--country", "US", "--as-of", "2026-11-23"]);
    assert_eq!(
        got,
        expect([
            ("articles", (3, 0)),
            ("comments", (10, 0)),
            ("poll_votes", (4, 0)),
            ("posts", (14, 0))
        ])
    );
}

#[test]
fn de_never_opted_out_is_exposed_from_2025_11_03_on_old_content_included() {
    let got = verdicts(&["--country", "DE", "--as-of", "2026-11-23"]);
    assert_eq!(
        got,
        expect([
            ("articles", (3, 0)),
            ("comments", (10, 0)),
            ("poll_votes", (4, 0)),
            ("posts", (14, 0))
        ])
    );
}

#[test]
fn de_opted_out_before_training_began_there_exposes_nothing() {
    let path = fixture(ERA);
    let (_, scan) = scan(&[
        path.as_os_str(),
        "--country".as_ref(),
        "DE".as_ref(),
        "--opted-out-on".as_ref(),
        "2025-10-01".as_ref(),
        "--as-of".as_ref(),
        "2026-11-23".as_ref(),
    ]);
    assert_eq!(scan.totals.exposed_items, 0);
    assert_eq!(scan.totals.possibly_items, 0);
    assert_eq!(scan.context.opted_out_on.as_deref(), Some("2025-10-01"));
    assert_eq!(scan.context.country_source, "flag");
}

#[test]
fn us_opted_out_in_the_middle_of_the_posts() {
    // Window [max(date, 2024-09-18), 2025-03-01): only li-2024-09-18 is in force.
    // posts before 2025-03-01: 7; the article of 2024-09-17: 1; comments before: 5 (possibly);
    // poll votes before: 2, but not_listed in 2024.
    let got = verdicts(&[
        "--country",
        "US",
        "--opted-out-on",
        "2025-03-01",
        "--as-of",
        "2026-11-23",
    ]);
    assert_eq!(
        got,
        expect([
            ("articles", (1, 0)),
            ("comments", (0, 5)),
            ("poll_votes", (0, 0)),
            ("posts", (7, 0))
        ])
    );
}

#[test]
fn an_as_of_date_before_the_2025_version_judges_by_the_2024_one() {
    // Window [max(date, 2024-09-18), 2025-06-01): posts before 2025-06-01: 8.
    let got = verdicts(&["--country", "US", "--as-of", "2025-06-01"]);
    assert_eq!(
        got,
        expect([
            ("articles", (1, 0)),
            ("comments", (0, 5)),
            ("poll_votes", (0, 0)),
            ("posts", (8, 0))
        ])
    );
}

#[test]
fn under_18_exposes_nothing() {
    let path = fixture(ERA);
    let (_, scan) = scan(&[path.as_os_str(), "--under-18".as_ref()]);
    assert_eq!(scan.totals.exposed_items + scan.totals.possibly_items, 0);
    assert!(scan.context.under_18);
}

#[test]
fn the_country_comes_from_the_profile_and_every_verdict_has_a_sourced_reason() {
    let path = fixture(ERA);
    let (_, scan) = scan(&[path.as_os_str()]);
    assert_eq!(scan.context.country, "DE");
    assert_eq!(scan.context.country_source, "profile");
    assert_eq!(scan.context.policy_versions, ["li-2025-11-03"]);
    for item in items(&[path.as_os_str(), "--as-of".as_ref(), "2026-11-23".as_ref()]) {
        assert!(["exposed", "possibly", "not_exposed"].contains(&item.exposure.as_str()));
        assert!(
            !item.reason.is_empty() && !item.reason.contains('\n'),
            "{item:?}"
        );
        assert!(
            item.reason.contains('['),
            "a reason names its sources: {}",
            item.reason
        );
        assert_eq!(item.id.len(), 32);
    }
}

#[test]
fn item_ids_are_stable_across_runs_and_eras() {
    // The same member's posts surviving from the 2024 export into the 2026 one keep their id.
    let ids = |era: &str| -> BTreeMap<String, String> {
        let path = fixture(era);
        items(&[path.as_os_str()])
            .into_iter()
            .filter(|i| i.category == "posts")
            .map(|i| (i.id, i.text.unwrap_or_default()))
            .collect()
    };
    let old = ids("Complete_LinkedInDataExport_03-20-2024");
    let new = ids(ERA);
    assert_eq!(new, ids(ERA), "ids are stable across runs");
    let shared: Vec<&String> = old.keys().filter(|id| new.contains_key(*id)).collect();
    assert!(
        !shared.is_empty(),
        "posts that survived into 2026 keep their ids"
    );
}

#[test]
fn findings_are_spans_of_the_item_text() {
    let path = fixture(ERA);
    let mut emails = 0;
    for item in items(&[path.as_os_str()]) {
        let text = item.text.clone().unwrap_or_default();
        for f in &item.findings {
            let (start, end) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            let span = text
                .get(start..end)
                .unwrap_or_else(|| panic!("{f} is not a span of {text:?}"));
            assert!(!span.is_empty());
            assert!(["pii", "special_category", "people"].contains(&f["class"].as_str().unwrap()));
            if f["type"] == "email" {
                assert!(span.contains('@'), "{span}");
                emails += 1;
            }
            if f["class"] == "people" {
                assert!(
                    ["posts", "comments", "articles", "messages"].contains(&item.category.as_str())
                );
            }
        }
    }
    assert!(
        emails > 0,
        "the fixture's comment with an e-mail address is found"
    );
}
