//! Long-form articles: `Articles/Articles/<slug>.html` (published) and
//! `Articles/Articles/<YYYY-MM-DD HH:MM:SS.0>-<title>.html` (drafts), in the HTML skeleton of
//! format notes §2.8 (UTF-8, no BOM, no `<meta charset>`).
//!
//! The truth text is the `<h1>` title, then one line per block of the body `<div>`; see the
//! crate docs for the exact conventions.

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{trunc, Fmt, Prec, Ts};
use super::names::{owner, push_hex};

const STYLE: &str = "  <style>\n    body { font-family: -apple-system, system-ui, sans-serif; max-width: 42em; margin: 2em auto; line-height: 1.5; }\n    img { max-width: 100%; }\n    .created, .published { color: #666; font-size: 0.9em; }\n    blockquote { border-left: 3px solid #ccc; padding-left: 1em; }\n  </style>\n";

/// Writes every article of the era (none in Basic 2023).
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    if !g.era().complete() {
        return Ok(());
    }
    let n = g.cfg.counts.articles;
    for i in 0..n {
        article(g, i, n, i % 2 == 0)?;
    }
    Ok(())
}

/// Appends `s` HTML-escaped (`&`, `<`, `>`).
fn escape(html: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            c => html.push(c),
        }
    }
}

fn article(g: &mut Gen<'_>, i: u64, n: u64, published: bool) -> io::Result<()> {
    g.r = super::rng::Rng::new(g.cfg.seed, 0xa271_c1e5 ^ i);
    let created: Ts = g.desc(i, n, Prec::Second);
    let mut title = String::new();
    content::phrase(&mut g.r, &mut title);
    content::capitalise(&mut title);
    let me = owner(g.cfg.seed);
    // Path.
    let mut name = String::new();
    g.url.clear();
    if published {
        for c in title.chars().flat_map(char::to_lowercase) {
            name.push(if c.is_alphanumeric() { c } else { '-' });
        }
        name.push('-');
        me.slug(&mut name, false);
        name.push('-');
        push_hex(&mut name, g.r.next_u64(), 5);
        g.url.push_str("https://www.linkedin.com/pulse/");
        g.url.push_str(&name);
    } else {
        let mut b = Vec::new();
        super::dates::write(&mut b, created, Fmt::IsoSecDot0);
        name.push_str(std::str::from_utf8(&b).unwrap_or_default());
        name.push('-');
        name.push_str(&title);
        if g.r.chance(300) {
            // Titles keep trailing spaces in the file name and <title>.
            name.push(' ');
        }
    }
    let trailing = if !published && name.ends_with(' ') {
        " "
    } else {
        ""
    };
    let path = format!("Articles/Articles/{name}.html");
    // The HTML.
    let mut h = String::with_capacity(8 << 10);
    h.push_str("<html>\n<head>\n  <title>");
    escape(&mut h, &title);
    h.push_str(trailing);
    h.push_str("</title>\n");
    h.push_str(STYLE);
    h.push_str("</head>\n<body>\n");
    if g.r.chance(600) {
        h.push_str("    <img src=\"https://media.licdn.com/mediaD4D12AQ");
        push_hex(&mut h, g.r.next_u64(), 16);
        h.push_str("\" alt=\"\" title=\"\" />\n");
    }
    if published {
        h.push_str("      <h1><a href=\"");
        h.push_str(&g.url);
        h.push_str("\">");
        escape(&mut h, &title);
        h.push_str("</a></h1>\n");
    } else {
        h.push_str("      <h1>");
        escape(&mut h, &title);
        h.push_str("</h1>\n");
    }
    let created_min = trunc(created, Prec::Minute);
    let published_at = trunc(created + 60 * g.r.range(5, 60 * 24 * 3) as Ts, Prec::Minute);
    let mut b = Vec::new();
    super::dates::write(&mut b, created_min, Fmt::IsoMin);
    h.push_str("    <p class=\"created\">Created on ");
    h.push_str(std::str::from_utf8(&b).unwrap_or_default());
    h.push_str("</p>\n  <p class=\"published\">Published on ");
    if published {
        b.clear();
        super::dates::write(&mut b, published_at, Fmt::IsoMin);
        h.push_str(std::str::from_utf8(&b).unwrap_or_default());
    } else {
        h.push_str("---");
    }
    h.push_str("</p>\n  <div>");
    g.text.clear();
    g.text.push_str(&title);
    let blocks = if !published && g.r.chance(400) {
        0
    } else {
        g.r.range(3, 14)
    };
    for _ in 0..blocks {
        body_block(g, &mut h);
    }
    h.push_str("</div>\n</body>\n</html>\n");
    g.begin(&path, false)?;
    g.out.raw(&h);
    let date = if published { published_at } else { created_min };
    g.emit("articles", 1, Some(date), published);
    g.end(true)
}

/// One block of the body, appended to `h` and (as one line) to the item text.
fn body_block(g: &mut Gen<'_>, h: &mut String) {
    let (open, close) = match g.r.below(10) {
        0 => ("<h3>", "</h3>"),
        1 => ("<blockquote>", "</blockquote>"),
        2 => {
            h.push_str("<hr>");
            return;
        }
        3 => {
            h.push_str("<ul>");
            for _ in 0..g.r.range(2, 4) {
                h.push_str("<li><p>");
                inline(g, h);
                h.push_str("</p></li>");
            }
            h.push_str("</ul>");
            return;
        }
        _ => ("<p>", "</p>"),
    };
    h.push_str(open);
    inline(g, h);
    h.push_str(close);
}

/// A line of sentences, some wrapped in `<strong>`/`<em>`, one space maybe `&nbsp;`.
fn inline(g: &mut Gen<'_>, h: &mut String) {
    g.text.push('\n');
    for k in 0..g.r.range(1, 3) {
        if k > 0 {
            h.push(' ');
            g.text.push(' ');
        }
        g.s1.clear();
        content::sentence(&mut g.r, g.cast, &mut g.s1);
        if g.r.chance(150) {
            if let Some(sp) = g.s1.find(' ') {
                g.s1.replace_range(sp..sp + 1, "\u{a0}");
            }
        }
        let wrap = match g.r.below(8) {
            0 => Some(("<strong>", "</strong>")),
            1 => Some(("<em>", "</em>")),
            _ => None,
        };
        if let Some((o, _)) = wrap {
            h.push_str(o);
        }
        for c in g.s1.chars() {
            match c {
                '\u{a0}' => h.push_str("&nbsp;"),
                '&' => h.push_str("&amp;"),
                '<' => h.push_str("&lt;"),
                '>' => h.push_str("&gt;"),
                c => h.push(c),
            }
        }
        if let Some((_, c)) = wrap {
            h.push_str(c);
        }
        g.text.push_str(&g.s1);
    }
}
