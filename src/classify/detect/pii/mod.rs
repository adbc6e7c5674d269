//! The `pii` detectors. Three cheap prefilters decide where any work happens: `memchr`
//! for `@` (e-mail), `memmem` for `://` and `www.` (URL), and the digit-cluster scan of
//! [`cluster`] for everything number-shaped (phone, IBAN, payment card, national id, IP
//! address, postal address). Only what passes a prefilter is parsed or checked.
//! Overlaps between pii findings are resolved by the caller (the longer span wins).

pub mod address;
pub mod checksum;
pub mod cluster;
pub mod numbers;
pub mod phone;

use memchr::memmem;

use super::{Class, Finding};

/// The `pii` detectors; holds only the substring finders (regexes are shared statics).
pub struct PiiDetector {
    scheme: memmem::Finder<'static>,
    www: memmem::Finder<'static>,
}

impl Default for PiiDetector {
    fn default() -> Self {
        Self::new()
    }
}

fn push(out: &mut Vec<Finding>, kind: &'static str, (start, end): (usize, usize)) {
    out.push(Finding {
        class: Class::Pii,
        kind,
        start,
        end,
    });
}

impl PiiDetector {
    /// Builds the detector.
    pub fn new() -> PiiDetector {
        PiiDetector {
            scheme: memmem::Finder::new("://"),
            www: memmem::Finder::new("www."),
        }
    }

    /// Appends the pii findings of `text` to `out` (unsorted, possibly overlapping).
    pub fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        for at in memchr::memchr_iter(b'@', text.as_bytes()) {
            if let Some(span) = email(text, at) {
                push(out, "email", span);
            }
        }
        let url_from = out.len();
        for at in self.scheme.find_iter(text.as_bytes()) {
            if let Some(span) = url_scheme(text, at) {
                push(out, "url", span);
            }
        }
        for at in self.www.find_iter(text.as_bytes()) {
            let inside = out[url_from..].iter().any(|f| f.start <= at && at < f.end);
            if !inside {
                if let Some(span) = url_www(text, at) {
                    push(out, "url", span);
                }
            }
        }
        self.numbers(text, out);
    }

    fn numbers(&self, text: &str, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        let mut skip_to = 0;
        cluster::for_each(text, |c| {
            if c.start() < skip_to {
                return;
            }
            let last = c.tokens[c.n - 1];
            if last.end < b.len() && b[last.end] == b':' {
                if let Some(span) = numbers::ipv6(text, last.start) {
                    skip_to = span.1;
                    push(out, "ip_address", span);
                    return;
                }
            }
            if c.n == 1 && c.tokens[0].len() <= 4 && c.lead.is_none() {
                // A year, a count, a short number: nothing below can match.
                return;
            }
            address::addresses(c, |s, e| push(out, "postal_address", (s, e)));
            let found = numbers::iban(c)
                .map(|s| ("iban", s))
                .or_else(|| numbers::payment_card(c).map(|s| ("payment_card", s)))
                .or_else(|| numbers::national_id(c).map(|s| ("national_id", s)))
                .or_else(|| numbers::ipv4(c).map(|s| ("ip_address", s)))
                .or_else(|| phone::phone(c).map(|s| ("phone", s)));
            if let Some((kind, span)) = found {
                push(out, kind, span);
            }
        });
    }
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_host(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// The e-mail address around the `@` at `at`.
fn email(t: &str, at: usize) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let mut s = at;
    while s > 0 && is_local(b[s - 1]) {
        s -= 1;
    }
    while s < at && matches!(b[s], b'.' | b'-' | b'+') {
        s += 1;
    }
    let mut e = at + 1;
    while e < b.len() && is_host(b[e]) {
        e += 1;
    }
    while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
        e -= 1;
    }
    if s == at || !host_ok(&t[at + 1..e]) {
        return None;
    }
    Some((s, e))
}

/// A host name with at least two labels and an alphabetic top-level label.
fn host_ok(h: &str) -> bool {
    let mut labels = h.split('.');
    let Some(tld) = h.rsplit('.').next() else {
        return false;
    };
    h.contains('.')
        && labels.all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && tld.len() >= 2
        && tld.bytes().all(|c| c.is_ascii_alphabetic())
}

/// End of a URL starting at `from`: up to white space or a quote, without trailing
/// sentence punctuation (a closing parenthesis stays when the URL opened one).
fn url_end(t: &str, from: usize) -> usize {
    let b = t.as_bytes();
    let mut e = from;
    while e < b.len()
        && !b[e].is_ascii_whitespace()
        && !matches!(b[e], b'"' | b'<' | b'>' | b'`')
        && b[e] >= 0x20
    {
        e += 1;
    }
    e = super::text::floor_boundary(t, e);
    while e > from {
        let last = b[e - 1];
        let unbalanced =
            last == b')' && t[from..e].matches('(').count() < t[from..e].matches(')').count();
        if matches!(
            last,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b']' | b'}'
        ) || unbalanced
        {
            e -= 1;
        } else {
            break;
        }
    }
    e
}

/// The URL whose `://` is at `at`: http, https or ftp with a host.
fn url_scheme(t: &str, at: usize) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let mut s = at;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let scheme = &t[s..at];
    if !["http", "https", "ftp"]
        .iter()
        .any(|k| scheme.eq_ignore_ascii_case(k))
    {
        return None;
    }
    let e = url_end(t, at + 3);
    let host_end = t[at + 3..e]
        .find(['/', '?', '#', ':'])
        .map_or(e, |i| at + 3 + i);
    (host_ok(&t[at + 3..host_end]) || &t[at + 3..host_end] == "localhost").then_some((s, e))
}

/// The URL that starts with `www.` at `at`.
fn url_www(t: &str, at: usize) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    if at > 0
        && (b[at - 1].is_ascii_alphanumeric() || matches!(b[at - 1], b'.' | b'/' | b'@' | b'-'))
    {
        return None;
    }
    let e = url_end(t, at);
    let host_end = t[at..e].find(['/', '?', '#', ':']).map_or(e, |i| at + i);
    (host_end > at + 4 && host_ok(&t[at + 4..host_end])).then_some((at, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(&'static str, &str)> {
        let mut v = Vec::new();
        PiiDetector::new().scan(s, &mut v);
        v.iter().map(|f| (f.kind, &s[f.start..f.end])).collect()
    }

    #[test]
    fn emails_and_urls() {
        assert_eq!(
            kinds("mail me: jane.doe+x@example.co.uk."),
            vec![("email", "jane.doe+x@example.co.uk")]
        );
        assert_eq!(
            kinds("see https://example.com/a?b=c)."),
            vec![("url", "https://example.com/a?b=c")]
        );
        assert_eq!(
            kinds("(see www.example.org/x)"),
            vec![("url", "www.example.org/x")]
        );
        assert!(kinds("@team great job, e.g. node.js").is_empty());
    }

    #[test]
    fn numbers_in_text() {
        assert_eq!(
            kinds("IBAN DE89 3704 0044 0532 0130 00"),
            vec![("iban", "DE89 3704 0044 0532 0130 00")]
        );
        assert_eq!(
            kinds("server 2001:db8::1 down"),
            vec![("ip_address", "2001:db8::1")]
        );
        assert_eq!(
            kinds("call +33 6 12 34 56 78"),
            vec![("phone", "+33 6 12 34 56 78")]
        );
    }
}
