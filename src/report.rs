//! The personal exposure report's model: the `Summary` plus what a report shows beyond `scan`:
//! the policy rules and sources behind each category's status, the policy dates for the
//! timeline, and the `request` command line for this export. Renderers in `render::html`,
//! `render::markdown` and `render::report_json` turn it into bytes.

use chrono::{Datelike, NaiveDate};

use crate::classify::detect::Finding;
use crate::classify::{MemberPolicy, Policy};
use crate::model::{Category, Exposure, Item, Status, FINDING_TYPES};
use crate::redact::redact;
use crate::summary::{CategoryStats, Example, Summary};

/// The setting that stops training of content-generating AI (policy-facts §2.4).
pub const SETTING_NAME: &str = "Data for Generative AI Improvement";
/// Where the setting is.
pub const SETTING_URL: &str =
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";
/// The Data Processing Objection Form, for every other use of the member's data.
pub const OBJECTION_URL: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO";
/// The only prefix a report links to; any other URL is shown as text.
pub const LINK_PREFIX: &str = "https://www.linkedin.com/";

/// The categories a Basic export leaves out, so a report cannot speak about them.
pub const NOT_IN_BASIC: [Category; 6] = [
    Category::Posts,
    Category::Articles,
    Category::Comments,
    Category::PollVotes,
    Category::Reactions,
    Category::SearchQueries,
];

/// One version's rule for one category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRef {
    /// The version id.
    pub version: String,
    /// The status in that version.
    pub status: Status,
    /// Source keys.
    pub sources: Vec<String>,
}

/// A category the export holds, with the rules behind its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRow {
    /// The category.
    pub category: Category,
    /// Its highest status across the versions that touch the member.
    pub status: Status,
    /// One rule per version that touches the member, oldest first.
    pub rules: Vec<RuleRef>,
}

/// A policy version that touches the member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRef {
    /// Its id.
    pub id: String,
    /// First day in force.
    pub effective: NaiveDate,
    /// One line.
    pub title: String,
}

/// Everything a report shows.
#[derive(Debug, Clone)]
pub struct Report {
    /// What `scan` shows, with the timeline and the examples.
    pub summary: Summary,
    /// Every category that has items, in the order of DESIGN §4.
    pub categories: Vec<CategoryRow>,
    /// The versions that touch the member.
    pub versions: Vec<VersionRef>,
    /// Every policy version's effective date: the timeline's markers.
    pub policy_dates: Vec<(NaiveDate, String)>,
    /// Source keys cited above with their descriptions, sorted by key.
    pub sources: Vec<(String, String)>,
    /// Training start in the member's region.
    pub training_start: NaiveDate,
    /// The member's region, for people.
    pub region: String,
    /// `linkedin-exposure request ...` for this export and these assumptions.
    pub request_command: String,
}

impl Report {
    /// Builds the report model from a finished summary and the policy applied to the member.
    pub fn new(summary: Summary, policy: &Policy, member: &MemberPolicy<'_>) -> Report {
        let ids = member.version_ids();
        let versions: Vec<&crate::classify::Version> =
            ids.iter().filter_map(|id| policy.version(id)).collect();
        let mut keys: Vec<String> = Vec::new();
        let categories: Vec<CategoryRow> = Category::ALL
            .iter()
            .filter(|&&c| summary.tallies.categories[c as usize].items > 0)
            .map(|&c| CategoryRow {
                category: c,
                status: summary.statuses[c as usize],
                rules: versions
                    .iter()
                    .map(|v| {
                        let rule = v.rule(c as usize);
                        keys.extend(rule.sources.iter().cloned());
                        RuleRef {
                            version: v.id.clone(),
                            status: rule.status,
                            sources: rule.sources.clone(),
                        }
                    })
                    .collect(),
            })
            .collect();
        keys.sort();
        keys.dedup();
        let sources = keys
            .into_iter()
            .map(|k| {
                let d = policy.source_description(&k).unwrap_or("").to_string();
                (k, d)
            })
            .collect();
        let request_command = request_command(&summary);
        Report {
            categories,
            versions: versions
                .iter()
                .map(|v| VersionRef {
                    id: v.id.clone(),
                    effective: v.effective,
                    title: v.title.clone(),
                })
                .collect(),
            policy_dates: policy
                .versions()
                .iter()
                .map(|v| (v.effective, v.id.clone()))
                .collect(),
            sources,
            training_start: member.training_start(),
            region: member.region_name().to_string(),
            request_command,
            summary,
        }
    }

    /// The categories of NOT_IN_BASIC, when the export is a Basic one.
    pub fn missing_from_basic(&self) -> &'static [Category] {
        match self.summary.kind {
            crate::export::ExportKind::Basic => &NOT_IN_BASIC,
            _ => &[],
        }
    }
}

/// The report's first answer: how much may train LinkedIn's AI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline {
    /// Every item of the export.
    pub all: CategoryStats,
    /// Posts, articles, comments and poll votes only: what the member wrote for others.
    pub authored: CategoryStats,
}

/// One month of the timeline: UTC (year, month) and `[exposed, possibly, not_exposed]`.
pub type Month = ((i32, u32), [u64; 3]);

impl Report {
    /// The headline figures.
    pub fn headline(&self) -> Headline {
        let t = &self.summary.tallies;
        let mut authored = CategoryStats::default();
        for &c in Category::ALL.iter().filter(|c| c.is_authored_content()) {
            authored.merge(&t.categories[c as usize]);
        }
        Headline {
            all: t.total(),
            authored,
        }
    }

    /// The dates the timeline marks, oldest first: every policy version's effective date,
    /// and the opt-out date.
    pub fn markers(&self) -> Vec<(NaiveDate, String)> {
        let mut m: Vec<(NaiveDate, String)> = self
            .policy_dates
            .iter()
            .map(|(d, id)| (*d, format!("policy {id}")))
            .collect();
        if let Some(d) = self.summary.context.opted_out_on {
            m.push((d, "you opted out".to_string()));
        }
        m.sort();
        m
    }

    /// Every month from the first dated item (or marker) to the last, gaps filled with zeros;
    /// empty when no item has a date.
    pub fn timeline(&self) -> Vec<Month> {
        let months = &self.summary.tallies.months;
        let (Some((&first, _)), Some((&last, _))) =
            (months.first_key_value(), months.last_key_value())
        else {
            return Vec::new();
        };
        let mut from = first;
        let mut to = last;
        for (d, _) in self.markers() {
            let ym = (d.year(), d.month());
            from = from.min(ym);
            to = to.max(ym);
        }
        let mut out = Vec::new();
        let mut ym = from;
        while ym <= to && out.len() < 1200 {
            out.push((ym, months.get(&ym).copied().unwrap_or_default()));
            ym = if ym.1 == 12 {
                (ym.0 + 1, 1)
            } else {
                (ym.0, ym.1 + 1)
            };
        }
        out
    }
}

/// The redacted examples of one item's findings: the first finding of each type, for an
/// `exposed` or `possibly` item only.
pub fn examples(item: &Item, exposure: Exposure, findings: &[Finding]) -> Vec<Example> {
    if exposure == Exposure::NotExposed {
        return Vec::new();
    }
    let mut out: Vec<Example> = Vec::new();
    for f in findings {
        let Some(kind) = FINDING_TYPES
            .iter()
            .position(|&(c, k)| c == f.class.as_str() && k == f.kind)
        else {
            continue;
        };
        if out.iter().any(|e| e.kind == kind) {
            continue;
        }
        let Some(found) = item.text.get(f.start..f.end) else {
            continue;
        };
        out.push(Example {
            file: item.file.to_string(),
            line: item.line,
            kind,
            category: item.category,
            date: item.date.map(|d| d.date_naive()),
            url: item.url.clone(),
            exposure,
            shown: redact(f.kind, found),
        });
    }
    out
}

/// The URL if a report may link to it: `https://www.linkedin.com/...` with nothing in it that
/// could leave an attribute or a Markdown link.
pub fn safe_link(url: &str) -> Option<&str> {
    let ok = url.starts_with(LINK_PREFIX)
        && url.chars().all(|c| {
            c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '(' | ')' | '`')
        });
    ok.then_some(url)
}

/// Quotes a word for a POSIX shell when it needs it.
pub fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./-:=@+,%".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn request_command(s: &Summary) -> String {
    let mut words = vec!["linkedin-exposure".to_string(), "request".to_string()];
    words.extend(s.sources.iter().map(|p| shell_quote(p)));
    words.push("--country".into());
    words.push(shell_quote(&s.context.country));
    if let Some(d) = s.context.opted_out_on {
        words.push("--opted-out-on".into());
        words.push(d.to_string());
    }
    words.push("-o".into());
    words.push("request.md".into());
    words.join(" ")
}

/// A share as a whole percent, `None` when the whole is zero.
pub fn percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_linkedin_links_survive() {
        use super::safe_link;
        assert!(safe_link("https://www.linkedin.com/feed/update/urn:li:activity:1").is_some());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>",
            "https://www.linkedin.com.evil.example/",
            "http://www.linkedin.com/x",
            "https://www.linkedin.com/\"><svg onload=alert(1)>",
            "https://www.linkedin.com/a b",
        ] {
            assert!(safe_link(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(super::shell_quote("a/b.zip"), "a/b.zip");
        assert_eq!(
            super::shell_quote("my export (1).zip"),
            "'my export (1).zip'"
        );
        assert_eq!(super::shell_quote("it's"), "'it'\\''s'");
    }
}
