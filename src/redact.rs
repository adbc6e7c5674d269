//! Redaction: what a report shows of a finding without repeating the personal data.
//!
//! Each finding type keeps just enough to recognise it (`j***@example.com`, `+49 *** *** 42`,
//! `DE** **** … 3000`, `A. Q.`); the rest is masked. The output is still untrusted text (it
//! comes from the export), so renderers escape it like any other.

/// Most characters an example shows, after redaction.
const MAX_CHARS: usize = 48;

/// The redacted form of `found`, a finding of type `kind` (DESIGN §6 type ids).
pub fn redact(kind: &str, found: &str) -> String {
    let found = found.trim();
    let out = match kind {
        "email" => email(found),
        "phone" => phone(found),
        "iban" => iban(found),
        "payment_card" => format!("**** **** **** {}", last_digits(found, 4)),
        "ip_address" => ip(found),
        "url" => url(found),
        "names" => initials(found),
        "postal_address" | "national_id" => masked(found, 2),
        // Special categories: the lexicon term that matched is what the member needs to see.
        _ => found.to_string(),
    };
    shorten(&out)
}

fn shorten(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() <= MAX_CHARS {
        clean
    } else {
        let mut cut: String = clean.chars().take(MAX_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

fn email(s: &str) -> String {
    match s.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            format!("{first}***@{domain}")
        }
        None => masked(s, 0),
    }
}

fn digits(s: &str) -> Vec<char> {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn last_digits(s: &str, n: usize) -> String {
    let d = digits(s);
    d[d.len().saturating_sub(n)..].iter().collect()
}

fn phone(s: &str) -> String {
    let d = digits(s);
    let tail: String = d[d.len().saturating_sub(2)..].iter().collect();
    if s.starts_with('+') && d.len() > 4 {
        let cc: String = d.iter().take(2).collect();
        format!("+{cc} *** *** {tail}")
    } else {
        format!("*** *** {tail}")
    }
}

fn iban(s: &str) -> String {
    let compact: Vec<char> = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if compact.len() < 8 {
        return masked(s, 0);
    }
    let cc: String = compact[..2].iter().collect();
    let tail: String = compact[compact.len() - 4..].iter().collect();
    format!("{cc}** **** … {tail}")
}

fn ip(s: &str) -> String {
    if let Some((first, _)) = s.split_once('.') {
        format!("{first}.*.*.*")
    } else if let Some((first, _)) = s.split_once(':') {
        format!("{first}:…")
    } else {
        masked(s, 0)
    }
}

fn url(s: &str) -> String {
    let (scheme, rest) = match s.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), s),
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if host.len() < rest.len() {
        format!("{scheme}{host}/…")
    } else {
        format!("{scheme}{host}")
    }
}

/// `Ada Quinn` -> `A. Q.`
pub fn initials(s: &str) -> String {
    s.split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every letter and digit masked with `*` except the last `keep`.
fn masked(s: &str, keep: usize) -> String {
    let total = s.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                seen += 1;
                if seen + keep > total {
                    c
                } else {
                    '*'
                }
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn each_type_keeps_only_a_hint() {
        assert_eq!(redact("email", "jane.doe@example.com"), "j***@example.com");
        assert_eq!(redact("phone", "+49 170 1234542"), "+49 *** *** 42");
        assert_eq!(redact("phone", "0170 1234542"), "*** *** 42");
        assert_eq!(
            redact("iban", "DE89 3704 0044 0532 0130 00"),
            "DE** **** … 3000"
        );
        assert_eq!(
            redact("payment_card", "4111 1111 1111 1111"),
            "**** **** **** 1111"
        );
        assert_eq!(redact("names", "Ada Quinn"), "A. Q.");
        assert_eq!(redact("ip_address", "192.168.10.4"), "192.*.*.*");
        assert_eq!(
            redact("url", "https://example.com/me?id=42"),
            "https://example.com/…"
        );
        assert_eq!(redact("national_id", "123-45-6789"), "***-**-**89");
        assert_eq!(redact("health", "diabetes"), "diabetes");
    }

    #[test]
    fn long_and_control_text_is_cut_and_cleaned() {
        let long = "x".repeat(200);
        assert_eq!(redact("health", &long).chars().count(), super::MAX_CHARS);
        assert_eq!(redact("health", "a\u{1b}b"), "a b");
    }
}
