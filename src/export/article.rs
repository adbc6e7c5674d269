//! Articles: `Articles/Articles/*.html` pages to title, link, dates and plain text.
//!
//! The page is parsed with a real HTML parser (html5ever via `scraper`), so entities, stray
//! tags and deep nesting are handled as a browser would; the text walk is iterative, so depth
//! costs no stack. The skeleton is in the format notes §2.8.
//!
//! Nesting deeper than `MAX_DEPTH` is flattened before parsing, as Blink's parser does at 512:
//! html5ever's scope checks walk the stack of open elements, so 100,000 nested tags cost
//! quadratic time (half a minute for a 1 MB page). The tags past the depth are dropped and
//! their text kept, so nothing the member wrote is lost; only the structure that deep is.

use chrono::{DateTime, Utc};
use scraper::{CaseSensitivity, ElementRef, Html, Node, Selector};

use super::dates;

/// What an article page holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The title (from the `<h1>`, else `<title>`), trimmed.
    pub title: String,
    /// The pulse link of a published article.
    pub url: Option<String>,
    /// `Created on ...`.
    pub created: Option<DateTime<Utc>>,
    /// `Published on ...`; `None` for a draft (`Published on ---`).
    pub published: Option<DateTime<Utc>>,
    /// The body as plain text, one line per block.
    pub body: String,
}

impl Article {
    /// Whether the article was published (drafts have no link and no published date).
    pub fn is_published(&self) -> bool {
        self.published.is_some() || self.url.is_some()
    }

    /// The item text: the title, then the body.
    pub fn text(&self) -> String {
        match (self.title.is_empty(), self.body.is_empty()) {
            (_, true) => self.title.clone(),
            (true, false) => self.body.clone(),
            (false, false) => format!("{}\n{}", self.title, self.body),
        }
    }
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

/// Parses an article page.
pub fn parse(html: &str) -> Article {
    let html = flatten_deep(html, MAX_DEPTH);
    let doc = Html::parse_document(&html);
    let text_of = |sel: &str| -> Option<String> {
        doc.select(&selector(sel))
            .next()
            .map(|e| collapse(&e.text().collect::<String>()))
    };
    let title = text_of("h1")
        .filter(|t| !t.is_empty())
        .or_else(|| text_of("title"))
        .unwrap_or_default();
    let url = doc
        .select(&selector("h1 a[href]"))
        .next()
        .and_then(|a| a.value().attr("href"))
        .map(str::trim)
        .filter(|h| h.starts_with("https://") || h.starts_with("http://"))
        .map(str::to_string);
    let stamp = |sel: &str, prefix: &str| -> Option<DateTime<Utc>> {
        let text = text_of(sel)?;
        let value = text.strip_prefix(prefix).unwrap_or(&text);
        dates::parse(value).ok().flatten()
    };
    let created = stamp("p.created", "Created on ");
    let published = stamp("p.published", "Published on ");
    let body = doc
        .select(&selector("body"))
        .next()
        .map(body_text)
        .unwrap_or_default();
    Article {
        title,
        url,
        created,
        published,
        body,
    }
}

/// The deepest nesting kept; LinkedIn's pages nest a dozen levels.
const MAX_DEPTH: usize = 512;

/// Elements that never nest (void) or that a later sibling closes without an end tag; they do
/// not count towards the depth.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noscript", "iframe",
];

/// Drops the start and end tags nested deeper than `max` (counted from the markup, not the
/// tree a parser would build), keeping all text. Returns the input untouched when nothing is
/// that deep.
fn flatten_deep(html: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut kept = 0; // bytes of `html` before `i` already copied to `out` (or not yet needed)
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + at;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // `<!DOCTYPE`, `<?`, a stray `<`: not a tag that nests.
            i = start + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        let mut next = end;
        let drop = if FLAT.contains(&name.as_str()) || (self_closing && !closing) {
            false
        } else if closing {
            let deep = depth > max;
            depth = depth.saturating_sub(1);
            deep
        } else {
            depth += 1;
            if RAW.contains(&name.as_str()) {
                let close = format!("</{name}");
                next = find_ascii_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
            }
            depth > max
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[kept..start]);
            kept = end;
        }
        i = next;
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[kept..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(html),
    }
}

/// The index just past the `>` that ends the tag whose attributes start at `i` (quotes
/// respected), or the end of the input.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|p| from + p)
}

fn find_ascii_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(p) = find(bytes, i, b"</") {
        if bytes.len() >= p + needle.len()
            && bytes[p..p + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(p);
        }
        i = p + 2;
    }
    None
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "br",
    "hr",
    "tr",
    "table",
    "section",
    "article",
    "figure",
    "figcaption",
];
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "title", "head", "img", "svg", "iframe",
];

/// The body's text without the heading block (h1, created and published lines).
fn body_text(body: ElementRef<'_>) -> String {
    use ego_tree::iter::Edge;
    let mut out = String::new();
    let mut skip_depth = 0usize;
    for edge in body.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    let heading = name == "h1"
                        || (name == "p"
                            && (e.has_class("created", CaseSensitivity::AsciiCaseInsensitive)
                                || e.has_class(
                                    "published",
                                    CaseSensitivity::AsciiCaseInsensitive,
                                )));
                    if skip_depth > 0 || SKIPPED.contains(&name) || heading {
                        skip_depth += 1;
                    } else if BLOCKS.contains(&name) {
                        out.push('\n');
                    }
                }
                Node::Text(t) if skip_depth == 0 => out.push_str(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCKS.contains(&e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    out.lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Collapses runs of white space to one space, and trims, as a browser lays text out. A
/// non-breaking space (`&nbsp;`) is the member's own and stays, except at a block's edges.
fn collapse(s: &str) -> String {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    s.split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHED: &str = r#"<html>
<head>
  <title>Ship it, then learn </title>
  <style> p { margin: 0 } </style>
</head>
<body>
    <img src="https://media.licdn.com/x" alt="" title="" />
      <h1><a href="https://www.linkedin.com/pulse/ship-it-ada-quill-kfzdf">Ship it, then learn </a></h1>
    <p class="created">Created on 2024-12-15 18:29</p>
  <p class="published">Published on 2024-12-15 19:05</p>
  <div><p>First&nbsp;paragraph &amp; more.</p><h3>A heading</h3><ul><li><p>one</p></li><li><p>two</p></li></ul>
  <blockquote>Quoted <strong>bold</strong> <em>words</em></blockquote><script>alert(1)</script></div>
</body>
</html>"#;

    #[test]
    fn a_published_article() {
        let a = parse(PUBLISHED);
        assert_eq!(a.title, "Ship it, then learn");
        assert_eq!(
            a.url.as_deref(),
            Some("https://www.linkedin.com/pulse/ship-it-ada-quill-kfzdf")
        );
        assert_eq!(a.created.unwrap().to_rfc3339(), "2024-12-15T18:29:00+00:00");
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2024-12-15T19:05:00+00:00"
        );
        assert_eq!(
            a.body,
            "First\u{a0}paragraph & more.\nA heading\none\ntwo\nQuoted bold words"
        );
        assert!(a.is_published());
    }

    #[test]
    fn a_draft_has_no_link_and_no_published_date() {
        let html = "<html><head><title>Draft </title></head><body><h1>Draft </h1>\
<p class=\"created\">Created on 2023-05-28 10:30</p><p class=\"published\">Published on ---</p><div></div></body></html>";
        let a = parse(html);
        assert_eq!(a.title, "Draft");
        assert_eq!(a.url, None);
        assert_eq!(a.published, None);
        assert!(a.created.is_some());
        assert!(!a.is_published());
        assert_eq!(a.text(), "Draft");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "<html><body>{}deep{}</body></html>",
            "<div>".repeat(20_000),
            "</div>".repeat(20_000)
        );
        assert_eq!(parse(&html).body, "deep");
    }

    /// Bug: 100,000 nested tags took html5ever half a minute (quadratic scope checks).
    #[test]
    fn hundred_thousand_nested_tags_are_flattened_fast() {
        let html = format!(
            "<html><head><script>document.write('<div>'.repeat(9))</script></head><body><h1>T</h1>{}deep &amp; <b>bold</b>{}<p>after</p></body></html>",
            "<div><span>".repeat(50_000),
            "</span></div>".repeat(50_000)
        );
        let start = std::time::Instant::now();
        let a = parse(&html);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(a.title, "T");
        assert_eq!(a.body, "deep & bold\nafter");
    }

    #[test]
    fn shallow_pages_are_left_alone() {
        assert!(matches!(
            flatten_deep(PUBLISHED, MAX_DEPTH),
            std::borrow::Cow::Borrowed(_)
        ));
        let deep = format!("{}x{}<p>y", "<div>".repeat(4), "</div>".repeat(4));
        assert_eq!(flatten_deep(&deep, 2), "<div><div>x</div></div><p>y");
    }
}
