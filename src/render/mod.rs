//! Renderers: pure functions from a summary to bytes, one module per format.
//!
//! Untrusted text (anything from the export) goes through `sanitize` before a terminal sees it.

pub mod diff;
pub mod html;
pub mod items;
pub mod json;
pub mod markdown;
pub mod policies;
pub mod report_json;
pub mod svg;
pub mod table;

/// Neutralises what a terminal would obey in untrusted text: control characters (escape
/// sequences), bidi overrides and isolates (which reorder what follows), and zero-width
/// characters, each shown as a visible `\u{…}` escape.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
    };
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sanitize_neutralises_escapes_and_bidi() {
        assert_eq!(super::sanitize("plain é"), "plain é");
        assert_eq!(super::sanitize("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(super::sanitize("x\u{202E}y"), "x\\u{202e}y");
    }
}
