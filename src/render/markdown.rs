//! `report --format markdown`: the personal exposure report as Markdown.
//!
//! Markdown viewers render inline HTML, so every piece of export text goes through [`md`]:
//! `& < >` become entities and Markdown's punctuation is backslash-escaped. Links are made
//! only to `https://www.linkedin.com/` (see `report::safe_link`).

use std::fmt::Write;

use super::table::thousands;
use crate::export::{ExportKind, FileStatus};
use crate::model::FINDING_TYPES;
use crate::report::{percent, safe_link, Report, OBJECTION_URL, SETTING_NAME, SETTING_URL};
use crate::summary::CountrySource;

/// Escapes untrusted text for Markdown placed mid-line: HTML entities for `& < >` (so no tag
/// can form), a backslash before the punctuation of emphasis, code, links, tables and
/// autolinks (`: .`), control characters and line breaks as spaces.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in super::sanitize(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '|' | '~' | ':' | '.' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// How the country was found, in words.
pub(crate) fn country_how(src: CountrySource) -> &'static str {
    match src {
        CountrySource::Profile => "from Geo Location in Profile.csv",
        CountrySource::Flag => "from --country",
        CountrySource::Default => "assumed: the export did not say",
    }
}

/// The export kind, in words.
pub(crate) fn kind_name(kind: ExportKind) -> &'static str {
    match kind {
        ExportKind::Basic => "Basic",
        ExportKind::Complete => "Complete",
        ExportKind::Unknown => "of unknown kind",
    }
}

fn pct(part: u64, whole: u64) -> String {
    percent(part, whole).map_or("n/a".to_string(), |p| format!("{p}%"))
}

fn bar(n: u64, max: u64, width: u64) -> String {
    if max == 0 || n == 0 {
        return String::new();
    }
    let len = ((n * width).div_ceil(max)).max(1);
    "█".repeat(len as usize)
}

/// Renders the report as Markdown.
pub fn render(r: &Report) -> Vec<u8> {
    let mut o = String::new();
    let s = &r.summary;
    let h = r.headline();
    let _ = writeln!(o, "# What LinkedIn may train its AI on\n");
    let _ = writeln!(
        o,
        "**{} of your {} items ({}) and {} of your {} words ({}) may be used to train LinkedIn's generative AI.**",
        thousands(h.all.exposed_items),
        thousands(h.all.items),
        pct(h.all.exposed_items, h.all.items),
        thousands(h.all.exposed_words),
        thousands(h.all.words),
        pct(h.all.exposed_words, h.all.words),
    );
    if h.all.possibly_items > 0 {
        let _ = writeln!(
            o,
            "{} more items ({} words) possibly may: the sources are unclear for them.",
            thousands(h.all.possibly_items),
            thousands(h.all.possibly_words)
        );
    }
    let _ = writeln!(
        o,
        "\nOf what you wrote for others (posts, articles, comments, poll votes): {} of {} items and {} of {} words.\n",
        thousands(h.authored.exposed_items),
        thousands(h.authored.items),
        thousands(h.authored.exposed_words),
        thousands(h.authored.words),
    );

    let _ = writeln!(o, "## Per category\n");
    let _ = writeln!(
        o,
        "| category | status | items | exposed | words exposed | possibly | words possibly | why (policy version: status, sources) |"
    );
    let _ = writeln!(o, "|---|---|--:|--:|--:|--:|--:|---|");
    for row in &r.categories {
        let t = &s.tallies.categories[row.category as usize];
        let why: Vec<String> = row
            .rules
            .iter()
            .map(|rule| {
                format!(
                    "{}: {} ({})",
                    md(&rule.version),
                    rule.status.phrase(),
                    md(&rule.sources.join(", "))
                )
            })
            .collect();
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            md(row.category.id()),
            row.status.phrase(),
            thousands(t.items),
            thousands(t.exposed_items),
            thousands(t.exposed_words),
            thousands(t.possibly_items),
            thousands(t.possibly_words),
            why.join("; ")
        );
    }

    let _ = writeln!(o, "\n## Timeline\n");
    let timeline = r.timeline();
    if timeline.is_empty() {
        let _ = writeln!(o, "No item has a date.");
    } else {
        let max = timeline
            .iter()
            .map(|(_, c)| c.iter().sum::<u64>())
            .max()
            .unwrap_or(0);
        let _ = writeln!(
            o,
            "Items per month (months without items left out). `█` exposed, `▒` possibly, `░` not exposed.\n"
        );
        let _ = writeln!(o, "| month | exposed | possibly | not exposed | |");
        let _ = writeln!(o, "|---|--:|--:|--:|---|");
        for ((y, m), [e, p, n]) in timeline.iter().filter(|(_, c)| c.iter().sum::<u64>() > 0) {
            let b = |x: u64, ch: &str| bar(x, max, 30).replace('█', ch);
            let _ = writeln!(
                o,
                "| {y:04}-{m:02} | {e} | {p} | {n} | {}{}{} |",
                b(*e, "█"),
                b(*p, "▒"),
                b(*n, "░")
            );
        }
        let _ = writeln!(o);
        for (d, label) in r.markers() {
            let _ = writeln!(o, "- {d}: {}", md(&label));
        }
    }

    let _ = writeln!(o, "\n## Exposed items per category\n");
    let max = r
        .categories
        .iter()
        .map(|c| s.tallies.categories[c.category as usize].items)
        .max()
        .unwrap_or(0);
    let _ = writeln!(o, "```text");
    for row in &r.categories {
        let t = &s.tallies.categories[row.category as usize];
        let _ = writeln!(
            o,
            "{:<25} {}{}{} {}/{}",
            row.category.id(),
            bar(t.exposed_items, max, 40),
            bar(t.possibly_items, max, 40).replace('█', "▒"),
            bar(t.items - t.exposed_items - t.possibly_items, max, 40).replace('█', "░"),
            t.exposed_items + t.possibly_items,
            t.items
        );
    }
    let _ = writeln!(o, "```");

    let _ = writeln!(o, "\n## Personal and sensitive data found\n");
    let mut any = false;
    for (i, &(class, kind)) in FINDING_TYPES.iter().enumerate() {
        let (items, exposed) = s.tallies.findings[i];
        if items == 0 {
            continue;
        }
        any = true;
        let _ = writeln!(
            o,
            "### {} / {}: {} items, {} exposed\n",
            md(class),
            md(kind),
            thousands(items),
            thousands(exposed)
        );
        for e in &s.tallies.examples[i] {
            let place = match e.url.as_deref().and_then(safe_link) {
                Some(url) => format!("[open on LinkedIn]({url})"),
                None => format!("{} line {}", md(&e.file), e.line),
            };
            let _ = writeln!(
                o,
                "- {} ({}, {}, {}): {}",
                md(&e.shown),
                md(e.category.id()),
                e.date.map_or("no date".to_string(), |d| d.to_string()),
                e.exposure.as_str().replace('_', " "),
                place
            );
        }
        if !s.tallies.examples[i].is_empty() {
            let _ = writeln!(o);
        }
    }
    if !any {
        let _ = writeln!(o, "Nothing found.\n");
    }

    let _ = writeln!(o, "## What you can do\n");
    let _ = writeln!(
        o,
        "1. Switch off **{SETTING_NAME}** (Settings & Privacy > Data privacy): <{SETTING_URL}>. It stops future training only."
    );
    let _ = writeln!(
        o,
        "2. Object to LinkedIn's other uses of your data with the Data Processing Objection Form: <{OBJECTION_URL}>."
    );
    let _ = writeln!(
        o,
        "3. Ask LinkedIn to stop using and to erase these items (GDPR Art. 21 and 17): this command writes the letter.\n"
    );
    let _ = writeln!(
        o,
        "   ~~~~sh\n   {}\n   ~~~~\n",
        super::sanitize(&r.request_command)
    );

    let ctx = &s.context;
    let _ = writeln!(o, "## Assumptions\n");
    let _ = writeln!(o, "| assumption | value | change with |");
    let _ = writeln!(o, "|---|---|---|");
    let _ = writeln!(
        o,
        "| country | {} ({}) | `--country CC` |",
        md(&ctx.country),
        country_how(ctx.country_source)
    );
    let _ = writeln!(
        o,
        "| opted out on | {} | `--opted-out-on YYYY-MM-DD` |",
        ctx.opted_out_on.map_or("never".into(), |d| d.to_string())
    );
    let _ = writeln!(o, "| as of | {} | `--as-of YYYY-MM-DD` |", ctx.as_of);
    let _ = writeln!(
        o,
        "| under 18 | {} | `--under-18` |",
        if ctx.under_18 { "yes" } else { "no" }
    );
    let versions: Vec<String> = r
        .versions
        .iter()
        .map(|v| format!("{} (from {})", md(&v.id), v.effective))
        .collect();
    let _ = writeln!(
        o,
        "| policy versions | {} | `--policy FILE` |",
        if versions.is_empty() {
            "none".to_string()
        } else {
            versions.join(", ")
        }
    );
    let _ = writeln!(
        o,
        "\nTraining in your region ({}) began on {}.\n",
        md(&r.region),
        r.training_start
    );
    if !r.sources.is_empty() {
        let _ = writeln!(o, "Sources:\n");
        for (key, desc) in &r.sources {
            let _ = writeln!(o, "- **{}**: {}", md(key), md(desc));
        }
        let _ = writeln!(o);
    }

    let _ = writeln!(o, "## Coverage\n");
    let count = |st: FileStatus| s.files.iter().filter(|f| f.status == st).count();
    let _ = writeln!(
        o,
        "A {} export. Files: {} read, {} partly read, {} unreadable, {} unknown.",
        kind_name(s.kind),
        count(FileStatus::Ok),
        count(FileStatus::Partial),
        count(FileStatus::Unreadable),
        count(FileStatus::Unknown),
    );
    for f in s.files.iter().filter(|f| f.status != FileStatus::Ok) {
        let status = match f.status {
            FileStatus::Partial => "partly read",
            FileStatus::Unreadable => "unreadable",
            _ => "unknown",
        };
        let _ = writeln!(o, "- {status}: {}", md(&f.path));
    }
    let missing = r.missing_from_basic();
    if !missing.is_empty() {
        let ids: Vec<&str> = missing.iter().map(|c| c.id()).collect();
        let _ = writeln!(
            o,
            "\nA Basic export does not hold {}: this report cannot count them. Ask for the larger archive to see them.",
            md(&ids.join(", "))
        );
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(o, "\nWarnings:\n");
        for w in &s.warnings {
            let _ = writeln!(o, "- {}", md(&w.to_string()));
        }
    }
    o.into_bytes()
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_escaping_defuses_html_and_links() {
        let out = super::md("<script>alert(1)</script> [x](javascript:alert(1)) *b*");
        assert!(!out.contains('<'));
        assert!(!out.contains("]("));
        assert!(out.contains("\\*b\\*"));
    }
}
