//! Articles: `Articles/Articles/*.html` pages to title, link, dates and plain text.
//!
//! The page is parsed with a real HTML parser (html5ever via `scraper`), so entities, stray
//! tags and deep nesting are handled as a browser would; the text walk is iterative, so depth
//! costs no stack. The skeleton is in the format notes §2.8.

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
    let doc = Html::parse_document(html);
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
}
