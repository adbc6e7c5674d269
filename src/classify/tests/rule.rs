//! The exposure rule (DESIGN §5) on the built-in table: window bounds, opt-out and as-of days,
//! undated items, every region group, under 18, and a brute-force comparison with a literal
//! reading of the rule. Also proves that `judge` allocates nothing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;

use crate::classify::country::{EEA_NON_EU, EU_MEMBERS};
use crate::classify::{category_index, Exposure, Member, Policy, Status, CATEGORY_IDS};

use Exposure::{Exposed, NotExposed, Possibly};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn member(country: &str, opted_out_on: Option<&str>, as_of: &str) -> Member {
    Member {
        country: country.to_string(),
        opted_out_on: opted_out_on.map(d),
        under_18: false,
        as_of: d(as_of),
    }
}

fn cat(id: &str) -> usize {
    category_index(id).unwrap()
}

/// One case per line: name | country | opted out (- = never) | as of | category | item day
/// (- = undated) | expected exposure. Lines starting with `#` group the cases.
const CASES: &str = "
# Region start (DE trains from 2025-11-03): the day before, on, after.
day before start           | DE | -          | 2026-06-01 | posts            | 2025-11-02 | exposed
on start day               | DE | -          | 2026-06-01 | posts            | 2025-11-03 | exposed
day after start            | DE | -          | 2026-06-01 | posts            | 2025-11-04 | exposed
old item, EU               | DE | -          | 2026-06-01 | poll_votes       | 2012-03-04 | exposed
ROW day before start       | US | -          | 2026-06-01 | posts            | 2024-09-17 | exposed
ROW start day              | US | -          | 2026-06-01 | posts            | 2024-09-18 | exposed
# Opt-out day (W is half-open): before, on, after.
day before opt-out         | DE | 2026-01-10 | 2026-06-01 | posts            | 2026-01-09 | exposed
on opt-out day             | DE | 2026-01-10 | 2026-06-01 | posts            | 2026-01-10 | not_exposed
day after opt-out          | DE | 2026-01-10 | 2026-06-01 | posts            | 2026-01-11 | not_exposed
undated, opted out later   | DE | 2026-01-10 | 2026-06-01 | posts            | -          | exposed
# As-of day: before, on, after.
day before as-of           | US | -          | 2026-01-01 | posts            | 2025-12-31 | exposed
on as-of day               | US | -          | 2026-01-01 | posts            | 2026-01-01 | not_exposed
day after as-of            | US | -          | 2026-01-01 | posts            | 2026-01-02 | not_exposed
opt-out after as-of        | DE | 2026-07-01 | 2026-06-01 | posts            | 2026-06-15 | not_exposed
# Undated items use only the region start.
undated, EU                | FR | -          | 2026-06-01 | comments         | -          | exposed
undated, ROW               | US | -          | 2026-06-01 | profile          | -          | exposed
# US opted out 2025-01-01: later items not exposed, earlier ones judged by 2024.
US opt-out, item before    | US | 2025-01-01 | 2026-06-01 | comments         | 2024-12-31 | possibly
US opt-out, old item       | US | 2025-01-01 | 2026-06-01 | posts            | 2023-05-05 | exposed
US opt-out, poll           | US | 2025-01-01 | 2026-06-01 | poll_votes       | 2024-10-01 | not_exposed
US opt-out, on day         | US | 2025-01-01 | 2026-06-01 | posts            | 2025-01-01 | not_exposed
US opt-out, item after     | US | 2025-01-01 | 2026-06-01 | posts            | 2025-03-01 | not_exposed
US opt-out, undated        | US | 2025-01-01 | 2026-06-01 | comments         | -          | possibly
# A window across both versions takes the highest status.
across versions            | US | -          | 2026-06-01 | poll_votes       | 2025-01-01 | exposed
after 2025 only            | US | -          | 2026-06-01 | search_queries   | 2025-12-01 | not_exposed
2024 reaches back          | US | -          | 2026-06-01 | search_queries   | 2025-01-01 | possibly
EU never in 2024           | DE | -          | 2026-06-01 | search_queries   | 2020-01-01 | not_exposed
# As-of before a version starts: the 2025 version does not apply yet.
as-of before 2025          | US | -          | 2025-06-01 | poll_votes       | 2025-01-01 | not_exposed
as-of before 2025, comment | US | -          | 2025-06-01 | comments         | 2025-01-01 | possibly
as-of on 2025 start        | US | -          | 2025-11-03 | poll_votes       | 2025-01-01 | not_exposed
as-of day after 2025 start | US | -          | 2025-11-04 | poll_votes       | 2025-01-01 | exposed
# As-of before the region start.
as-of before EU start      | DE | -          | 2025-10-01 | posts            | 2020-01-01 | not_exposed
as-of on EU start          | DE | -          | 2025-11-03 | posts            | -          | not_exposed
as-of before ROW start     | US | -          | 2024-01-01 | posts            | 2020-01-01 | not_exposed
# Opt-out before (or on) the regional start exposes nothing.
DE opted out before start  | DE | 2025-10-01 | 2026-06-01 | posts            | 2020-01-01 | not_exposed
DE opted out, ai chat      | DE | 2025-10-01 | 2026-06-01 | ai_chats         | -          | not_exposed
DE opted out on start      | DE | 2025-11-03 | 2026-06-01 | posts            | -          | not_exposed
UK alias, opted out early  | uk | 2025-06-01 | 2026-06-01 | posts            | -          | not_exposed
# Statuses that never expose.
messages EU                | DE | -          | 2026-06-01 | messages         | 2025-12-01 | not_exposed
messages ROW               | US | -          | 2026-06-01 | messages         | 2020-12-01 | not_exposed
reactions                  | US | -          | 2026-06-01 | reactions        | 2020-12-01 | not_exposed
account                    | BR | -          | 2026-06-01 | account          | -          | not_exposed
job applications           | IN | -          | 2026-06-01 | job_applications | -          | not_exposed
media possibly             | IN | -          | 2026-06-01 | media            | -          | possibly
unknown country is ROW     | XX | 2025-01-01 | 2026-06-01 | posts            | -          | exposed
";

fn parse_case(line: &str) -> (&str, Member, usize, Option<NaiveDate>, Exposure) {
    let f: Vec<&str> = line.split('|').map(str::trim).collect();
    let opt = (f[2] != "-").then_some(f[2]);
    let date = (f[5] != "-").then(|| d(f[5]));
    let want = match f[6] {
        "exposed" => Exposed,
        "possibly" => Possibly,
        "not_exposed" => NotExposed,
        other => panic!("bad expectation {other}"),
    };
    (f[0], member(f[1], opt, f[3]), cat(f[4]), date, want)
}

#[test]
fn rule_edges() {
    let policy = Policy::builtin();
    let cases = CASES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let mut n = 0;
    for line in cases {
        let (name, m, category, date, want) = parse_case(line);
        let mp = policy.for_member(&m);
        let (got, reason) = mp.judge(category, date);
        n += 1;
        assert_eq!(got, want, "{name}: {reason}");
        assert!(!reason.contains('\n'), "{name}: reason is one line");
        let as_of_bound = reason.contains("as-of date");
        assert!(
            as_of_bound || reason.contains('['),
            "{name}: cites sources: {reason}"
        );
    }
    assert_eq!(n, 44, "every case line parsed");
}

#[test]
fn every_region_group() {
    let policy = Policy::builtin();
    let europe = EU_MEMBERS
        .iter()
        .chain(&EEA_NON_EU)
        .chain(&["CH", "GB", "CA", "HK"]);
    for cc in europe {
        // Opted out 2025-06-01: before 2025-11-03, so nothing.
        let mp = policy.for_member(&member(cc, Some("2025-06-01"), "2026-06-01"));
        assert_eq!(mp.training_start(), d("2025-11-03"), "{cc}");
        for (c, id) in CATEGORY_IDS.iter().enumerate() {
            assert_eq!(mp.judge(c, None).0, NotExposed, "{cc} {id}");
        }
        // Never opted out: posts exposed, from 2025-11-03 only.
        let mp = policy.for_member(&member(cc, None, "2026-06-01"));
        assert_eq!(mp.judge(cat("posts"), None).0, Exposed, "{cc}");
        assert_eq!(mp.judge(cat("search_queries"), None).0, NotExposed, "{cc}");
        assert_eq!(mp.version_ids(), ["li-2025-11-03"], "{cc}");
    }
    for cc in ["US", "BR", "IN", "JP", "AU", "TR", "JE"] {
        let mp = policy.for_member(&member(cc, Some("2025-06-01"), "2026-06-01"));
        assert_eq!(mp.training_start(), d("2024-09-18"), "{cc}");
        assert_eq!(mp.region_id(), "ROW");
        assert_eq!(mp.judge(cat("posts"), None).0, Exposed, "{cc}");
        assert_eq!(mp.judge(cat("comments"), None).0, Possibly, "{cc}");
        assert_eq!(mp.version_ids(), ["li-2024-09-18"], "{cc}");
    }
    let names = [
        ("FR", "the EU"),
        ("NO", "Iceland, Liechtenstein and Norway"),
    ];
    for (cc, name) in names {
        assert_eq!(
            policy
                .for_member(&member(cc, None, "2026-01-01"))
                .region_name(),
            name
        );
    }
}

#[test]
fn under_18_exposes_nothing() {
    let policy = Policy::builtin();
    let mut m = member("US", None, "2026-06-01");
    m.under_18 = true;
    let mp = policy.for_member(&m);
    for c in 0..CATEGORY_IDS.len() {
        let (e, reason) = mp.judge(c, Some(d("2025-01-01")));
        assert_eq!(e, NotExposed);
        assert!(
            reason.contains("under 18") && reason.contains("S-HELLE"),
            "{reason}"
        );
    }
    // The table's statuses still describe the member's versions.
    assert_eq!(mp.category_status(cat("posts")), Status::Included);
}

#[test]
fn reasons_read_well() {
    let policy = Policy::builtin();
    let de = policy.for_member(&member("DE", None, "2026-11-23"));
    assert_eq!(
        de.judge(cat("posts"), Some(d("2025-12-01"))).1,
        "posts: included in li-2025-11-03 [ERPN, H-TOS25, S-PCM25]; training in DE from \
         2025-11-03, not opted out as of 2026-11-23"
    );
    let de = policy.for_member(&member("DE", Some("2025-10-01"), "2026-11-23"));
    assert_eq!(
        de.judge(cat("posts"), None).1,
        "not exposed: opted out 2025-10-01, before training began in DE on 2025-11-03 \
         [ERPN, H-TOS25, S-THUR, S-CWZ]"
    );
    let us = policy.for_member(&member("US", Some("2025-01-01"), "2026-11-23"));
    assert_eq!(
        us.judge(cat("comments"), Some(d("2024-10-01"))).1,
        "comments: possibly included in li-2024-09-18 [PP24, S-EYER]; training in US from \
         2024-09-18, until your opt-out on 2025-01-01"
    );
    let (_, after) = us.judge(cat("comments"), Some(d("2025-02-01")));
    assert!(after.starts_with("not exposed: dated on or after your opt-out on 2025-01-01"));
    let us = policy.for_member(&member("US", None, "2026-11-23"));
    let (_, across) = us.judge(cat("poll_votes"), Some(d("2025-01-01")));
    assert!(across
        .contains("included in li-2025-11-03 [ERPN] (highest of li-2024-09-18, li-2025-11-03)"));
    let early = policy.for_member(&member("DE", None, "2025-10-01"));
    assert!(early
        .judge(0, None)
        .1
        .contains("training had not yet run in DE (it begins 2025-11-03)"));
}

#[test]
fn member_policy_is_shareable_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<crate::classify::MemberPolicy<'static>>();
    shareable::<Policy>();
}

#[test]
fn category_status_and_versions() {
    let policy = Policy::builtin();
    let us = policy.for_member(&member("US", None, "2026-06-01"));
    assert_eq!(us.version_ids(), ["li-2024-09-18", "li-2025-11-03"]);
    assert_eq!(us.category_status(cat("comments")), Status::Included);
    assert_eq!(us.category_status(cat("messages")), Status::NotListed);
    let us = policy.for_member(&member("US", Some("2025-01-01"), "2026-06-01"));
    assert_eq!(us.category_status(cat("poll_votes")), Status::NotListed);
    assert_eq!(us.category_status(cat("comments")), Status::Possibly);
    // Window empty: the version in force on the as-of date.
    let de = policy.for_member(&member("DE", Some("2025-10-01"), "2026-06-01"));
    assert_eq!(de.version_ids(), ["li-2025-11-03"]);
    assert_eq!(de.category_status(cat("poll_votes")), Status::Included);
    // Before any version: the earliest.
    let old = policy.for_member(&member("US", None, "2024-01-01"));
    assert_eq!(old.version_ids(), ["li-2024-09-18"]);
    assert_eq!(old.window_end(), d("2024-01-01"));
}

/// The rule read literally, day by day, with no precomputation.
fn reference(policy: &Policy, m: &Member, category: usize, date: Option<NaiveDate>) -> Exposure {
    let region = crate::classify::country::region_of(
        crate::classify::country::normalize_code(&m.country).unwrap(),
    );
    let start = policy.region(region).unwrap().training_start;
    let end = m.opted_out_on.map_or(m.as_of, |o| o.min(m.as_of));
    let w_start = date.map_or(start, |x| x.max(start));
    if m.under_18 || w_start >= end {
        return NotExposed;
    }
    let vs = policy.versions();
    let in_force = (0..vs.len()).filter(|&i| {
        let from = vs[i].effective;
        let to = vs.get(i + 1).map_or(NaiveDate::MAX, |n| n.effective);
        from.max(w_start) < to.min(end)
    });
    in_force
        .map(|i| vs[i].rule(category).status)
        .max()
        .map_or(NotExposed, Status::exposure)
}

#[test]
fn matches_literal_rule() {
    let policy = Policy::builtin();
    let days: Vec<NaiveDate> = (0..)
        .map(|n| d("2024-09-01") + chrono::Days::new(n * 13))
        .take_while(|x| *x < d("2027-01-01"))
        .collect();
    let opt_outs = [
        None,
        Some("2024-09-17"),
        Some("2024-09-18"),
        Some("2025-06-01"),
        Some("2025-11-03"),
        Some("2025-11-04"),
        Some("2026-03-01"),
    ];
    let as_ofs = [
        "2024-09-18",
        "2024-12-01",
        "2025-11-03",
        "2025-11-04",
        "2026-11-23",
    ];
    let mut checked = 0;
    for cc in ["US", "DE", "GB", "CA", "HK", "NO", "CH"] {
        for opt in opt_outs {
            for as_of in as_ofs {
                let m = member(cc, opt, as_of);
                let mp = policy.for_member(&m);
                for (c, id) in CATEGORY_IDS.iter().enumerate() {
                    for date in days.iter().copied().map(Some).chain([None]) {
                        let want = reference(&policy, &m, c, date);
                        assert_eq!(mp.judge(c, date).0, want, "{m:?} {id} {date:?}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 100_000);
}

struct CountingAlloc;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts calls on the current thread.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn judge_does_not_allocate() {
    let policy = Policy::builtin();
    let members = [
        member("US", None, "2026-06-01"),
        member("DE", Some("2025-10-01"), "2026-06-01"),
        member("US", Some("2025-01-01"), "2026-06-01"),
    ];
    let mps: Vec<_> = members.iter().map(|m| policy.for_member(m)).collect();
    let dates = [
        None,
        Some(d("2020-01-01")),
        Some(d("2025-01-01")),
        Some(d("2026-01-01")),
        Some(d("2030-01-01")),
    ];
    let before = ALLOCATIONS.with(Cell::get);
    let mut exposed = 0;
    for mp in &mps {
        for c in 0..CATEGORY_IDS.len() {
            for date in dates {
                let (e, reason) = mp.judge(c, date);
                exposed += usize::from(e == Exposed) + usize::from(reason.is_empty());
            }
        }
    }
    assert_eq!(ALLOCATIONS.with(Cell::get), before, "judge allocated");
    assert!(exposed > 0);
}
