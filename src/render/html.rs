//! `report --format html`: the personal exposure report as ONE self-contained HTML file.
//!
//! No script and no external request of any kind: one inline `<style>` (light, dark via
//! `prefers-color-scheme`, and print), charts as inline SVG (`render::svg`), and a
//! Content-Security-Policy that forbids scripts even if something slipped through. Every piece
//! of text goes through [`esc`], attributes included; links only to `https://www.linkedin.com/`.

use std::fmt::Write;

use super::markdown::{country_how, kind_name};
use super::table::thousands;
use crate::export::FileStatus;
use crate::model::FINDING_TYPES;
use crate::report::{percent, safe_link, Report, OBJECTION_URL, SETTING_NAME, SETTING_URL};

/// Escapes text for HTML content and quoted attributes: `& < > " '` (and `=` and a backtick),
/// with terminal control and bidi characters made visible first (`render::sanitize`).
pub fn esc(s: &str) -> String {
    let s = super::sanitize(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not needed for safety once `<` is escaped, but it keeps even the text of a planted
            // `onerror=` out of the page, so a plain search of the file finds none.
            '=' => out.push_str("&#61;"),
            '`' => out.push_str("&#96;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root{--bg:#fff;--fg:#1d1d1f;--mute:#5f6368;--line:#d0d7de;--ex:#c62828;--po:#e0a800;--ne:#9aa0a6;--mk:#1565c0;--card:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8eaed;--mute:#a0a4a8;--line:#3c4043;--ex:#ef5350;--po:#ffca28;--ne:#6b7075;--mk:#64b5f6;--card:#1e1e1e}}
body{background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
.headline{font-size:1.25rem;background:var(--card);padding:1rem;border-left:6px solid var(--ex)}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.mute,small{color:var(--mute)}code,pre{background:var(--card);padding:.1rem .3rem;overflow-wrap:anywhere;white-space:pre-wrap}
a{color:var(--mk)}
.chart{width:100%;height:auto}.chart .ex{fill:var(--ex)}.chart .po{fill:var(--po)}.chart .ne{fill:var(--ne)}
.chart .mk{stroke:var(--mk);stroke-width:1.5;stroke-dasharray:4 3}.chart .ax{stroke:var(--line)}.chart .lb{fill:var(--fg);font-size:11px}
.key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}
.key .ex{background:var(--ex)}.key .po{background:var(--po)}.key .ne{background:var(--ne)}
.st-included{color:var(--ex);font-weight:600}.st-possibly{color:var(--po);font-weight:600}
@media print{:root{--bg:#fff;--fg:#000;--mute:#333;--card:#fff}body{max-width:none;font-size:11pt}
a{color:#000}a[href]::after{content:' (' attr(href) ')';font-size:.8em;overflow-wrap:anywhere}
h2,table,svg{break-inside:avoid}details{display:block}details>*{display:block}}
";

fn pct(part: u64, whole: u64) -> String {
    percent(part, whole).map_or("n/a".to_string(), |p| format!("{p}%"))
}

/// Renders the report as an HTML page.
pub fn render(r: &Report) -> Vec<u8> {
    let s = &r.summary;
    let h = r.headline();
    let mut o = String::with_capacity(32 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>What LinkedIn may train its AI on</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>What LinkedIn may train its AI on</h1>\n"
    );
    let _ = writeln!(
        o,
        "<p class=\"headline\"><strong>{} of your {} items ({}) and {} of your {} words ({}) may be used to train LinkedIn's generative AI.</strong>",
        thousands(h.all.exposed_items),
        thousands(h.all.items),
        pct(h.all.exposed_items, h.all.items),
        thousands(h.all.exposed_words),
        thousands(h.all.words),
        pct(h.all.exposed_words, h.all.words)
    );
    if h.all.possibly_items > 0 {
        let _ = write!(
            o,
            "<br>{} more items ({} words) possibly may: the sources are unclear for them.",
            thousands(h.all.possibly_items),
            thousands(h.all.possibly_words)
        );
    }
    let _ = writeln!(
        o,
        "</p>\n<p>Of what you wrote for others (posts, articles, comments, poll votes): {} of {} items and {} of {} words.</p>",
        thousands(h.authored.exposed_items),
        thousands(h.authored.items),
        thousands(h.authored.exposed_words),
        thousands(h.authored.words)
    );

    o.push_str("<h2 id=\"categories\">Per category</h2>\n<table>\n<thead><tr><th>category</th><th>status</th><th class=\"n\">items</th><th class=\"n\">exposed</th><th class=\"n\">words exposed</th><th class=\"n\">possibly</th><th class=\"n\">words possibly</th><th>why (policy version: status, sources)</th></tr></thead>\n<tbody>\n");
    for row in &r.categories {
        let t = &s.tallies.categories[row.category as usize];
        let why: Vec<String> = row
            .rules
            .iter()
            .map(|rule| {
                format!(
                    "{}: {} <small>({})</small>",
                    esc(&rule.version),
                    rule.status.phrase(),
                    esc(&rule.sources.join(", "))
                )
            })
            .collect();
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td class=\"st-{}\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(row.category.id()),
            row.status.as_str(),
            row.status.phrase(),
            thousands(t.items),
            thousands(t.exposed_items),
            thousands(t.exposed_words),
            thousands(t.possibly_items),
            thousands(t.possibly_words),
            why.join("<br>")
        );
    }
    o.push_str("</tbody>\n</table>\n");

    let key = "<p class=\"key\" aria-hidden=\"true\"><span class=\"ex\"></span>exposed<span class=\"po\"></span>possibly<span class=\"ne\"></span>not exposed</p>\n";
    o.push_str("<h2 id=\"timeline\">Timeline</h2>\n");
    let months = r.timeline();
    if months.is_empty() {
        o.push_str("<p>No item has a date.</p>\n");
    } else {
        o.push_str(key);
        o.push_str(&super::svg::timeline(r, &months));
        o.push_str("\n<details><summary>The numbers per month</summary>\n<table><thead><tr><th>month</th><th class=\"n\">exposed</th><th class=\"n\">possibly</th><th class=\"n\">not exposed</th></tr></thead><tbody>\n");
        for ((y, m), [e, p, n]) in months.iter().filter(|(_, c)| c.iter().sum::<u64>() > 0) {
            let _ = writeln!(
                o,
                "<tr><td>{y:04}-{m:02}</td><td class=\"n\">{e}</td><td class=\"n\">{p}</td><td class=\"n\">{n}</td></tr>"
            );
        }
        o.push_str("</tbody></table></details>\n");
    }
    o.push_str("<h2 id=\"chart\">Items per category</h2>\n");
    o.push_str(key);
    o.push_str(&super::svg::categories(r));
    o.push('\n');

    o.push_str("<h2 id=\"findings\">Personal and sensitive data found</h2>\n");
    let mut any = false;
    for (i, &(class, kind)) in FINDING_TYPES.iter().enumerate() {
        let (items, exposed) = s.tallies.findings[i];
        if items == 0 {
            continue;
        }
        any = true;
        let _ = writeln!(
            o,
            "<h3>{} / {}: {} items, {} exposed</h3>",
            esc(class),
            esc(kind),
            thousands(items),
            thousands(exposed)
        );
        let examples = &s.tallies.examples[i];
        if examples.is_empty() {
            continue;
        }
        o.push_str("<ul>\n");
        for e in examples {
            let place = match e.url.as_deref().and_then(safe_link) {
                Some(url) => format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\">open on LinkedIn</a>",
                    esc(url)
                ),
                None => format!("{} line {}", esc(&e.file), e.line),
            };
            let _ = writeln!(
                o,
                "<li><code>{}</code> <span class=\"mute\">({}, {}, {})</span>: {}</li>",
                esc(&e.shown),
                esc(e.category.id()),
                e.date.map_or("no date".to_string(), |d| d.to_string()),
                e.exposure.as_str().replace('_', " "),
                place
            );
        }
        o.push_str("</ul>\n");
    }
    if !any {
        o.push_str("<p>Nothing found.</p>\n");
    }

    let _ = writeln!(
        o,
        "<h2 id=\"next\">What you can do</h2>\n<ol>\n\
         <li>Switch off <strong>{SETTING_NAME}</strong> (Settings &amp; Privacy &gt; Data privacy): <a href=\"{SETTING_URL}\" rel=\"noopener noreferrer\">{SETTING_URL}</a>. It stops future training only.</li>\n\
         <li>Object to LinkedIn's other uses of your data with the Data Processing Objection Form: <a href=\"{OBJECTION_URL}\" rel=\"noopener noreferrer\">{OBJECTION_URL}</a>.</li>\n\
         <li>Ask LinkedIn to stop using and to erase these items (GDPR Art. 21 and 17); this command writes the letter:<pre><code>{}</code></pre></li>\n</ol>",
        esc(&r.request_command)
    );

    let ctx = &s.context;
    let versions: Vec<String> = r
        .versions
        .iter()
        .map(|v| format!("{} (from {}: {})", esc(&v.id), v.effective, esc(&v.title)))
        .collect();
    let _ = writeln!(
        o,
        "<h2 id=\"assumptions\">Assumptions</h2>\n<table>\n<thead><tr><th>assumption</th><th>value</th><th>change with</th></tr></thead>\n<tbody>\n\
         <tr><td>country</td><td>{} ({})</td><td><code>--country CC</code></td></tr>\n\
         <tr><td>opted out on</td><td>{}</td><td><code>--opted-out-on YYYY-MM-DD</code></td></tr>\n\
         <tr><td>as of</td><td>{}</td><td><code>--as-of YYYY-MM-DD</code></td></tr>\n\
         <tr><td>under 18</td><td>{}</td><td><code>--under-18</code></td></tr>\n\
         <tr><td>policy versions</td><td>{}</td><td><code>--policy FILE</code></td></tr>\n</tbody>\n</table>\n\
         <p>Training in your region ({}) began on {}.</p>",
        esc(&ctx.country),
        country_how(ctx.country_source),
        ctx.opted_out_on.map_or("never".into(), |d| d.to_string()),
        ctx.as_of,
        if ctx.under_18 { "yes" } else { "no" },
        if versions.is_empty() { "none".to_string() } else { versions.join("<br>") },
        esc(&r.region),
        r.training_start
    );
    if !r.sources.is_empty() {
        o.push_str("<details><summary>Sources</summary>\n<dl>\n");
        for (key, desc) in &r.sources {
            let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", esc(key), esc(desc));
        }
        o.push_str("</dl></details>\n");
    }

    let count = |st: FileStatus| s.files.iter().filter(|f| f.status == st).count();
    let _ = writeln!(
        o,
        "<h2 id=\"coverage\">Coverage</h2>\n<p>A {} export. Files: {} read, {} partly read, {} unreadable, {} unknown.</p>",
        kind_name(s.kind),
        count(FileStatus::Ok),
        count(FileStatus::Partial),
        count(FileStatus::Unreadable),
        count(FileStatus::Unknown)
    );
    let odd: Vec<String> = s
        .files
        .iter()
        .filter(|f| f.status != FileStatus::Ok)
        .map(|f| {
            let status = match f.status {
                FileStatus::Partial => "partly read",
                FileStatus::Unreadable => "unreadable",
                _ => "unknown",
            };
            format!("<li>{status}: {}</li>", esc(&f.path))
        })
        .collect();
    if !odd.is_empty() {
        let _ = writeln!(o, "<ul>\n{}\n</ul>", odd.join("\n"));
    }
    let missing = r.missing_from_basic();
    if !missing.is_empty() {
        let ids: Vec<&str> = missing.iter().map(|c| c.id()).collect();
        let _ = writeln!(
            o,
            "<p>A Basic export does not hold {}: this report cannot count them. Ask for the larger archive to see them.</p>",
            esc(&ids.join(", "))
        );
    }
    if !s.warnings.is_empty() {
        o.push_str("<h3>Warnings</h3>\n<ul>\n");
        for w in &s.warnings {
            let _ = writeln!(o, "<li>{}</li>", esc(&w.to_string()));
        }
        o.push_str("</ul>\n");
    }
    let _ = writeln!(
        o,
        "<p class=\"mute\"><small>Made offline by {} {}; nothing left your machine.</small></p>\n</main>\n</body>\n</html>",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION")
    );
    o.into_bytes()
}
