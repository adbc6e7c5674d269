//! Number-shaped `pii` inside one digit cluster: IBAN, payment card, national ids and
//! IPv4 (IPv6 is found in [`super`] since `:` ends a cluster). Each function returns the
//! byte span it accepts, or `None`; the checksums live in [`super::checksum`] and the
//! phone numbers in [`super::phone`].

use super::super::text;
use super::checksum;
use super::cluster::Cluster;

/// Words that, shortly before a number, say it is a national id.
const ID_CONTEXT: &[&str] = &[
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "sofi-nummer",
    "citizen service number",
    "ssn",
    "social security",
    "steuer-id",
    "steuerid",
    "steuer-identifikationsnummer",
    "steueridentifikationsnummer",
    "identifikationsnummer",
    "idnr",
    "tax id",
    "national insurance",
    "nino",
    "sécurité sociale",
    "securite sociale",
    "numéro de sécu",
    "nir",
    "insee",
];

/// True when one of `words` starts a word in the `span` bytes before `start`, within the
/// same sentence (the look-back stops at `. `, `! `, `? ` and line breaks).
pub fn context_before(t: &str, start: usize, span: usize, words: &[&str]) -> bool {
    let (_, mut w) = text::window(t, start, start, span, 0);
    if let Some(i) = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|s| w.rfind(s).map(|i| i + s.len()))
        .max()
    {
        w = &w[i..];
    }
    words.iter().any(|k| text::contains_word_start_ci(w, k))
}

/// IBAN: two letters, two check digits, the country's length; spaces every four allowed.
pub fn iban(c: &Cluster<'_>) -> Option<(usize, usize)> {
    let t0 = c.tokens[0];
    let b = c.text.as_bytes();
    if t0.len() < 4 || !b[t0.start].is_ascii_uppercase() || !b[t0.start + 1].is_ascii_uppercase() {
        return None;
    }
    if !b[t0.start + 2].is_ascii_digit() || !b[t0.start + 3].is_ascii_digit() {
        return None;
    }
    let want = checksum::iban_length(&b[t0.start..t0.start + 2])?;
    let mut buf = [0u8; 40];
    for end in 1..=c.n {
        if end > 1 && c.sep(end - 2) != " " {
            return None;
        }
        let len = c.compact(0, end, &mut buf);
        if len == want {
            let s = &mut buf[..len];
            s.make_ascii_uppercase();
            return checksum::iban_mod97(s).then(|| (t0.start, c.tokens[end - 1].end));
        }
        if len == 0 || len > want {
            return None;
        }
    }
    None
}

/// Payment card: 13-19 digits in one run or in groups (spaces or dashes, consistent),
/// a known network prefix, and the Luhn check. The card must be the whole cluster: 16
/// digits inside a longer number (an IBAN, a tracking number) pass Luhn one time in ten.
pub fn payment_card(c: &Cluster<'_>) -> Option<(usize, usize)> {
    let c = &c.digit_core()?;
    let t = c.toks();
    if t.iter().any(|t| !t.all_digits()) {
        return None;
    }
    if c.n > 1 {
        // Groups: one separator throughout; 4 digits first, none shorter than 4 but the last.
        let sep = c.sep(0);
        if !matches!(sep, " " | "-") || (1..c.n - 1).any(|i| c.sep(i) != sep) {
            return None;
        }
        if t[0].len() != 4 || t[..c.n - 1].iter().any(|t| t.len() < 4) {
            return None;
        }
    }
    let mut buf = [0u8; 24];
    let n = c.compact(0, c.n, &mut buf);
    let d = &buf[..n];
    ((13..=19).contains(&n) && checksum::card_prefix_ok(d) && checksum::luhn(d))
        .then(|| (t[0].start, t[c.n - 1].end))
}

/// National ids: UK NINO, US SSN, FR NIR, DE Steuer-ID, NL BSN. Shapes that are only
/// digits and common elsewhere (9 plain digits) need a context word before them.
pub fn national_id(c: &Cluster<'_>) -> Option<(usize, usize)> {
    let mut buf = [0u8; 24];
    for a in 0..c.n {
        let mut len = 0;
        for b in a..c.n {
            if b > a && c.sep(b - 1) != " " && !(c.sep(b - 1) == "-" || c.sep(b - 1) == ".") {
                break;
            }
            len += c.tokens[b].len();
            if len > 15 {
                break;
            }
            if !matches!(len, 9 | 11 | 15) {
                continue;
            }
            let n = c.compact(a, b + 1, &mut buf);
            if n != len {
                break;
            }
            let span = (c.tokens[a].start, c.tokens[b].end);
            if id_ok(c, a, b + 1, &mut buf[..n]) {
                return Some(span);
            }
        }
    }
    None
}

fn id_ok(c: &Cluster<'_>, a: usize, b: usize, d: &mut [u8]) -> bool {
    let toks = &c.tokens[a..b];
    let seps = |s: &str| (a..b - 1).all(|i| c.sep(i) == s);
    let start = c.tokens[a].start;
    let digits = d.iter().all(u8::is_ascii_digit);
    match d.len() {
        9 if !digits => {
            // NINO: AB123456C, AB 12 34 56 C, AB 123456 C.
            d.make_ascii_uppercase();
            let shape = d[..2].iter().all(u8::is_ascii_alphabetic)
                && d[2..8].iter().all(u8::is_ascii_digit)
                && d[8].is_ascii_alphabetic();
            let raw_upper = toks[0].upper || c.text.as_bytes()[start].is_ascii_uppercase();
            shape && raw_upper && seps(" ") && checksum::nino(&d[..2], &d[2..8], d[8])
        }
        9 => {
            let dashed = b - a == 3 && seps("-") && toks[0].len() == 3 && toks[1].len() == 2;
            if dashed {
                return checksum::ssn(d);
            }
            // Plain 9 digits (BSN or SSN) or SSN spaced 3-2-4, with a context word.
            let ssn_spaced = b - a == 3 && seps(" ") && toks[0].len() == 3 && toks[1].len() == 2;
            let ctx = context_before(c.text, start, 40, ID_CONTEXT);
            ctx && (b - a == 1 && (checksum::bsn(d) || checksum::ssn(d))
                || ssn_spaced && checksum::ssn(d))
        }
        11 if digits => {
            let grouped = b - a == 4 && seps(" ") && toks[0].len() == 2;
            (b - a == 1 || grouped) && checksum::steuer_id(d)
        }
        15 => {
            // NIR: 1 85 05 78 006 084 36, or 15 characters in one run; 2A/2B for Corsica.
            let (body, key) = d.split_at_mut(13);
            body.make_ascii_uppercase();
            (b - a == 1 || seps(" ")) && checksum::nir(body, key)
        }
        _ => false,
    }
}

/// IPv4 in dotted quad form, parsed by `std::net`; not when it follows `v` or a word
/// like "version" (software versions share the shape).
pub fn ipv4(c: &Cluster<'_>) -> Option<(usize, usize)> {
    if c.n != 4 || c.lead.is_some() || (0..3).any(|i| c.sep(i) != ".") {
        return None;
    }
    if c.toks().iter().any(|t| !t.all_digits() || t.len() > 3) {
        return None;
    }
    let (s, e) = (c.tokens[0].start, c.tokens[3].end);
    c.text[s..e].parse::<std::net::Ipv4Addr>().ok()?;
    let before = c.text[..s].trim_end();
    if before.ends_with(['v', 'V']) {
        return None;
    }
    // A product version in a user agent: "Chrome/122.0.0.0".
    if let Some(p) = c.text[..s].strip_suffix('/') {
        if p.ends_with(|ch: char| ch.is_alphabetic()) {
            return None;
        }
    }
    if context_before(
        c.text,
        s,
        16,
        &[
            "version", "versie", "release", "build", "versione", "versión",
        ],
    ) {
        return None;
    }
    Some((s, e))
}

/// IPv6 around the digit at `d`: the run of hex digits, colons and dots, parsed by
/// `std::net`; at least two colons and three groups, so times like 10:30:00 never pass.
pub fn ipv6(t: &str, d: usize) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let is6 = |x: u8| x.is_ascii_hexdigit() || x == b':' || x == b'.';
    let mut s = d;
    while s > 0 && is6(b[s - 1]) {
        s -= 1;
    }
    let mut e = d;
    while e < b.len() && is6(b[e]) {
        e += 1;
    }
    while e > s && matches!(b[e - 1], b'.') {
        e -= 1;
    }
    if (s > 0 && b[s - 1].is_ascii_alphanumeric()) || (e < b.len() && b[e].is_ascii_alphanumeric())
    {
        return None;
    }
    let cand = &t[s..e];
    let colons = cand.bytes().filter(|&x| x == b':').count();
    let groups = cand.split(':').filter(|g| !g.is_empty()).count();
    if colons < 2 || groups < 3 {
        return None;
    }
    cand.parse::<std::net::Ipv6Addr>().ok().map(|_| (s, e))
}

#[cfg(test)]
mod tests {
    use super::super::cluster::for_each;
    use super::*;

    fn first(s: &str, f: fn(&Cluster<'_>) -> Option<(usize, usize)>) -> Option<&str> {
        let mut r = None;
        for_each(s, |c| {
            if r.is_none() {
                r = f(c).map(|(a, b)| &s[a..b]);
            }
        });
        r
    }

    #[test]
    fn ibans() {
        assert_eq!(
            first("IBAN: DE89 3704 0044 0532 0130 00.", iban),
            Some("DE89 3704 0044 0532 0130 00")
        );
        assert_eq!(
            first("GB82WEST12345698765432", iban),
            Some("GB82WEST12345698765432")
        );
        assert_eq!(first("DE89 3704 0044 0532 0130 01", iban), None);
    }

    #[test]
    fn cards() {
        assert_eq!(
            first("card 4111 1111 1111 1111 thanks", payment_card),
            Some("4111 1111 1111 1111")
        );
        assert_eq!(
            first("card 4111-1111-1111-1111", payment_card),
            Some("4111-1111-1111-1111")
        );
        assert_eq!(first("order 4111 1111 1111 1112", payment_card), None);
        assert_eq!(
            first("amex 3782 822463 10005", payment_card),
            Some("3782 822463 10005")
        );
    }

    #[test]
    fn ids() {
        assert_eq!(
            first("NI number AB 12 34 56 C", national_id),
            Some("AB 12 34 56 C")
        );
        assert_eq!(first("SSN 123-45-6789", national_id), Some("123-45-6789"));
        assert_eq!(
            first("mijn BSN is 111222333", national_id),
            Some("111222333")
        );
        assert_eq!(first("order 111222333", national_id), None);
        assert_eq!(
            first("Steuer-ID 86095742719", national_id),
            Some("86095742719")
        );
        assert_eq!(
            first("NIR 1 85 05 78 006 084 91", national_id),
            Some("1 85 05 78 006 084 91")
        );
    }

    #[test]
    fn ips() {
        assert_eq!(first("from 192.168.10.4 today", ipv4), Some("192.168.10.4"));
        assert_eq!(first("version 1.2.3.4", ipv4), None);
        assert_eq!(first("v1.2.3.4", ipv4), None);
        // Regression: a browser version in a Logins.csv user agent was reported as an IP.
        assert_eq!(first("Gecko) Chrome/122.0.0.0 Safari/537.36", ipv4), None);
        assert_eq!(ipv6("at 2001:db8::8a2e:370:7334 now", 3), Some((3, 26)));
        assert_eq!(ipv6("at 10:30:00 now", 3), None);
    }
}
