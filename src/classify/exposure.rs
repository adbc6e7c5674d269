//! The exposure rule of DESIGN §5 (a contract), applied to one member.
//!
//! For a member (country, opt-out date or never, under 18 or not, as-of date) an item's window
//! is `W = [max(item day, training start in the member's region), min(opt-out, as-of))`,
//! half-open, in whole UTC days; an undated item uses only the region start. Under 18 or `W`
//! empty: `not_exposed`. Otherwise the item's category takes the highest status among the
//! policy versions in force during `W` (a version is in force from its effective date until
//! the next one's): `included` → `exposed`, `possibly` → `possibly`, else `not_exposed`.
//!
//! Day granularity: the caller passes the item's UTC calendar day. Because `W` is half-open,
//! an item dated on the opt-out day (or on the as-of day) has an empty window and is not
//! exposed: within one day the order of posting and opting out is unknown, and the opt-out is
//! taken to come first. An item dated on the region's first training day is inside `W`.
//!
//! [`Policy::for_member`] does all the work that depends only on the member: the window end,
//! which versions can apply, and every reason string (one per category and first version in
//! force, plus the few "not exposed" cases). [`MemberPolicy::judge`] then costs a comparison
//! or two and a scan of the (few) versions, and never allocates.

use std::ops::Range;

use chrono::NaiveDate;

use crate::classify::policy::{Policy, Region};
use crate::classify::status::{Exposure, Status};
use crate::classify::{country, CATEGORY_IDS};

/// The member facts the rule needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// ISO 3166-1 alpha-2 code (`UK` and `EL` accepted as GB and GR). A code that is not ISO
    /// counts as the rest of the world: check input with [`country::normalize_code`] first.
    pub country: String,
    /// The day the member turned the setting off; `None` means never.
    pub opted_out_on: Option<NaiveDate>,
    /// LinkedIn says it does not train on members it believes are under 18.
    pub under_18: bool,
    /// The day to judge at (today, by default); the window ends before it.
    pub as_of: NaiveDate,
}

/// The policy applied to one member, precomputed so that [`judge`](Self::judge) is cheap.
#[derive(Debug, Clone)]
pub struct MemberPolicy<'p> {
    policy: &'p Policy,
    country: String,
    region: &'p Region,
    /// Training start in the member's region: the earliest window start.
    start: NaiveDate,
    /// min(opt-out, as-of): every window ends before it.
    end: NaiveDate,
    /// Index of the last version in force before `end`, if any.
    last: Option<usize>,
    /// Set when no item can be exposed (under 18, or `end <= start`).
    blanket: Option<String>,
    /// For an item dated on or after `end`.
    after_end: String,
    /// For a window in which no version is in force.
    no_version: String,
    /// `[category * (last + 1) + first]`: the verdict when versions `first..=last` apply.
    verdicts: Vec<(Exposure, String)>,
    statuses: Vec<Status>,
    touching: Range<usize>,
}

impl Policy {
    /// Applies the table to one member: precomputes the window end, the versions that can
    /// apply and every reason.
    pub fn for_member(&self, m: &Member) -> MemberPolicy<'_> {
        MemberPolicy::new(self, m)
    }
}

impl<'p> MemberPolicy<'p> {
    fn new(policy: &'p Policy, m: &Member) -> MemberPolicy<'p> {
        let code = country::normalize_code(&m.country);
        let country = code.map_or_else(|| m.country.trim().to_ascii_uppercase(), str::to_string);
        let region = policy
            .region(country::region_of(code.unwrap_or("")))
            .expect("a checked table dates every region group");
        let versions = policy.versions();
        let start = region.training_start;
        let opt_out_ends = m.opted_out_on.filter(|o| *o <= m.as_of);
        let end = opt_out_ends.unwrap_or(m.as_of);
        let last = versions.iter().rposition(|v| v.effective < end);
        let keys = |k: &[String]| k.join(", ");
        let cc = &country;

        let blanket = if m.under_18 {
            Some(
                "not exposed: under 18; LinkedIn says it does not train generative AI on \
                 members it believes may be under 18 [S-HELLE, S-HQ]"
                    .to_string(),
            )
        } else if end <= start {
            let rk = keys(&region.sources);
            Some(match opt_out_ends {
                Some(o) if o < start => format!(
                    "not exposed: opted out {o}, before training began in {cc} on {start} [{rk}]"
                ),
                Some(o) => format!("not exposed: opted out {o}, the day training began in {cc} [{rk}]"),
                None => format!(
                    "not exposed: as of {}, training had not yet run in {cc} (it begins {start}) [{rk}]",
                    m.as_of
                ),
            })
        } else {
            None
        };
        let after_end = match opt_out_ends {
            Some(o) => format!(
                "not exposed: dated on or after your opt-out on {o}; opting out stops training \
                 from then on [H-SET]"
            ),
            None => format!("not exposed: dated on or after the as-of date {}", m.as_of),
        };
        let no_version = format!(
            "not exposed: no policy version was in force before {end}; the earliest, {}, \
             takes effect {}",
            versions[0].id, versions[0].effective
        );
        let until = match (m.opted_out_on, opt_out_ends) {
            (_, Some(o)) => format!("until your opt-out on {o}"),
            (None, None) => format!("not opted out as of {}", m.as_of),
            (Some(_), None) => format!("until the as-of date {}", m.as_of),
        };

        let mut verdicts = Vec::new();
        if let Some(last) = last {
            for (cat, cat_id) in CATEGORY_IDS.iter().enumerate() {
                for first in 0..=last {
                    let span = &versions[first..=last];
                    let best = span.iter().map(|v| v.rule(cat).status).max();
                    let best = best.expect("first..=last is never empty");
                    let winner = span.iter().find(|v| v.rule(cat).status == best);
                    let winner = winner.expect("the best status comes from some version");
                    let across = if span.len() > 1 {
                        let ids: Vec<&str> = span.iter().map(|v| v.id.as_str()).collect();
                        format!(" (highest of {})", ids.join(", "))
                    } else {
                        String::new()
                    };
                    let reason = format!(
                        "{cat_id}: {} in {} [{}]{across}; training in {cc} from {start}, {until}",
                        best.phrase(),
                        winner.id,
                        keys(&winner.rule(cat).sources),
                    );
                    verdicts.push((best.exposure(), reason));
                }
            }
        }

        let first_at = |d: NaiveDate| versions.iter().rposition(|v| v.effective <= d);
        let touching = match last {
            Some(l) if start < end => first_at(start).unwrap_or(0)..l + 1,
            _ => first_at(m.as_of).map_or(0..1, |i| i..i + 1),
        };
        let statuses = (0..CATEGORY_IDS.len())
            .map(|cat| {
                let s = touching.clone().map(|i| versions[i].rule(cat).status).max();
                s.unwrap_or(Status::NotListed)
            })
            .collect();

        MemberPolicy {
            policy,
            country,
            region,
            start,
            end,
            last,
            blanket,
            after_end,
            no_version,
            verdicts,
            statuses,
            touching,
        }
    }

    /// The verdict for an item of `category` (position in [`CATEGORY_IDS`]) dated on the UTC
    /// day `date` (`None` when the item has no date), with a one-line reason. Allocates nothing.
    ///
    /// # Panics
    /// If `category >= 21`.
    pub fn judge(&self, category: usize, date: Option<NaiveDate>) -> (Exposure, &str) {
        assert!(category < CATEGORY_IDS.len(), "category index out of range");
        if let Some(reason) = &self.blanket {
            return (Exposure::NotExposed, reason);
        }
        let window_start = match date {
            Some(d) if d > self.start => d,
            _ => self.start,
        };
        if window_start >= self.end {
            return (Exposure::NotExposed, &self.after_end);
        }
        let Some(last) = self.last else {
            return (Exposure::NotExposed, &self.no_version);
        };
        let versions = self.policy.versions();
        let first = versions
            .iter()
            .rposition(|v| v.effective <= window_start)
            .unwrap_or(0);
        let (exposure, reason) = &self.verdicts[category * (last + 1) + first];
        (*exposure, reason)
    }

    /// The category's highest status across the versions that touch this member: those in
    /// force at any time in `[training start, min(opt-out, as-of))`, or, when that is empty,
    /// the version in force on the as-of date (the earliest version if none was yet).
    ///
    /// # Panics
    /// If `category >= 21`.
    pub fn category_status(&self, category: usize) -> Status {
        self.statuses[category]
    }

    /// Ids of the versions that touch this member (as for
    /// [`category_status`](Self::category_status)), oldest first: JSON `context.policy_versions`.
    pub fn version_ids(&self) -> Vec<&str> {
        self.policy.versions()[self.touching.clone()]
            .iter()
            .map(|v| v.id.as_str())
            .collect()
    }

    /// The member's region, for people (`the EU`, `the rest of the world`).
    pub fn region_name(&self) -> &str {
        &self.region.name
    }

    /// The member's region group id (one of [`country::REGION_IDS`]).
    pub fn region_id(&self) -> &str {
        &self.region.id
    }

    /// The first day of training in the member's region.
    pub fn training_start(&self) -> NaiveDate {
        self.start
    }

    /// min(opt-out, as-of): the day every window ends before.
    pub fn window_end(&self) -> NaiveDate {
        self.end
    }

    /// The member's country code as used in reasons (normalised when it is an ISO code).
    pub fn country(&self) -> &str {
        &self.country
    }
}
