//! Phone numbers in one digit cluster: E.164 (`+CC …` or `00CC …`) and the national
//! formats of US, UK, DE, FR, NL, ES, IT and IN, by shape rules rather than a numbering-plan
//! database (DETECTORS.md says why). Dates, year ranges, prices and order numbers are
//! refused by shape: national numbers must start with the trunk `0` or be grouped the way
//! their country writes them; bare digit runs without a trunk `0` need a context word.

use super::cluster::Cluster;
use super::numbers::context_before;

/// Words that, shortly before a number, say it is a phone number. Not "number", "Nummer",
/// "numéro": those also precede order and customer numbers.
const PHONE_CONTEXT: &[&str] = &[
    "tel",
    "phone",
    "call",
    "mobile",
    "cell",
    "whatsapp",
    "handy",
    "telefon",
    "mobil",
    "ruf",
    "anruf",
    "erreichbar",
    "portable",
    "appel",
    "móvil",
    "movil",
    "teléfono",
    "llám",
    "bel ",
    "bellen",
    "telefoon",
    "mobiel",
    "cellulare",
    "chiam",
    "text me",
];

/// Country calling codes accepted after `+`/`00`, with the national number's length range.
fn country(d: &[u8]) -> Option<(usize, usize, usize)> {
    // (length of the code, min and max national significant number length)
    const CODES: &[(&[u8], usize, usize)] = &[
        (b"1", 10, 10),
        (b"7", 10, 10),
        (b"20", 8, 10),
        (b"27", 9, 9),
        (b"30", 10, 10),
        (b"31", 9, 9),
        (b"32", 8, 9),
        (b"33", 9, 9),
        (b"34", 9, 9),
        (b"36", 8, 9),
        (b"39", 6, 11),
        (b"40", 9, 9),
        (b"41", 9, 9),
        (b"43", 7, 13),
        (b"44", 9, 10),
        (b"45", 8, 8),
        (b"46", 7, 10),
        (b"47", 8, 8),
        (b"48", 9, 9),
        (b"49", 6, 13),
        (b"52", 10, 10),
        (b"55", 10, 11),
        (b"61", 9, 9),
        (b"65", 8, 8),
        (b"81", 9, 10),
        (b"86", 10, 11),
        (b"90", 10, 10),
        (b"91", 10, 10),
        (b"351", 9, 9),
        (b"352", 6, 11),
        (b"353", 7, 9),
        (b"358", 6, 11),
        (b"420", 9, 9),
        (b"971", 8, 9),
    ];
    CODES
        .iter()
        .find(|(cc, _, _)| d.starts_with(cc))
        .map(|&(cc, lo, hi)| (cc.len(), lo, hi))
}

/// Day.month.year, year-month-day, month/year and year ranges: never phone numbers; a
/// date at the head of a cluster also ends it ("03/11/26 04:51" is a date and a time).
fn date_like(c: &Cluster<'_>) -> bool {
    let t = c.toks();
    let num = |i: usize| c.text[t[i].start..t[i].end].parse::<u32>().unwrap_or(0);
    if c.n < 2 || !matches!(c.sep(0), "." | "/" | "-") {
        return false;
    }
    // A date is three groups; a fourth group joined by the same separator makes a phone
    // number written in pairs ("06.12.34.56.78"), by another one a time ("03/11/26 04").
    if c.n >= 3 && c.sep(1) == c.sep(0) && (c.n == 3 || c.sep(2) != c.sep(0)) {
        let (a, b, y) = (t[0].len(), t[1].len(), t[2].len());
        let dmy = a <= 2
            && b <= 2
            && (y == 2 || y == 4)
            && (1..=31).contains(&num(0))
            && (1..=31).contains(&num(1));
        let ymd = a == 4 && b <= 2 && y <= 2 && (1..=12).contains(&num(1));
        return dmy || ymd;
    }
    let (a, b) = (t[0].len(), t[1].len());
    c.n == 2
        && ((a == 4 && b == 4)
            || (a <= 2 && b == 4 && (1..=12).contains(&num(0)))
            || (a == 4 && b == 2))
}

/// The span of a phone number in `c`, if the whole cluster is one.
pub fn phone(c: &Cluster<'_>) -> Option<(usize, usize)> {
    let c = &c.digit_core()?;
    if c.n > 8 || c.toks().iter().any(|t| !t.all_digits()) || date_like(c) {
        return None;
    }
    let mut buf = [0u8; 20];
    let n = c.compact(0, c.n, &mut buf);
    if !(6..=15).contains(&n) {
        return None;
    }
    let d = &buf[..n];
    let span = (c.start(), c.end());
    let plus = c.lead.is_some_and(|p| c.text.as_bytes()[p] == b'+');
    if plus || d.starts_with(b"00") {
        let rest = if plus { d } else { &d[2..] };
        let (cl, lo, hi) = country(rest)?;
        // A "(0)" trunk after the code is written but not dialled.
        let trunk = usize::from(c.n > 1 && c.text[c.tokens[1].start..c.tokens[1].end] == *"0");
        let nsn = rest.len() - cl - trunk;
        return (lo..=hi).contains(&nsn).then_some(span);
    }
    if c.lead.is_some() && !c.text[c.start()..].starts_with('(') {
        return None;
    }
    let lens: [usize; 8] = {
        let mut l = [0; 8];
        for (i, t) in c.toks().iter().enumerate() {
            l[i] = t.len();
        }
        l
    };
    let groups = &lens[..c.n];
    let grouped = c.n > 1;
    let ctx = || context_before(c.text, c.start(), 32, PHONE_CONTEXT);
    if d[0] == b'0' {
        // Trunk-prefixed national numbers (UK, DE, FR, NL, IT landlines, IN with 0).
        let ok_len = match n {
            10 | 11 => true,
            7..=9 | 12 => grouped || ctx(),
            _ => false,
        };
        let groups_ok = c.n == 1 || groups.iter().all(|&g| g <= 8);
        return (ok_len && d[1] != b'0' && groups_ok).then_some(span);
    }
    let us = n == 10 && matches!(groups, [3, 3, 4]) && d[0] >= b'2' && d[3] >= b'2';
    let us1 = n == 11 && matches!(groups, [1, 3, 3, 4]) && d[0] == b'1' && d[1] >= b'2';
    let es = n == 9
        && matches!(d[0], b'6'..=b'9')
        && matches!(groups, [3, 2, 2, 2] | [3, 3, 3] | [2, 3, 2, 2]);
    let it =
        n == 10 && d[0] == b'3' && matches!(groups, [3, 3, 4] | [3, 7] | [3, 4, 3] | [3, 3, 2, 2]);
    let india = n == 10 && matches!(d[0], b'6'..=b'9') && matches!(groups, [5, 5] | [3, 3, 4]);
    let bare =
        c.n == 1 && ((n == 10 && d[0] >= b'2') || (n == 9 && matches!(d[0], b'6'..=b'9'))) && ctx();
    (us || us1 || es || it || india || bare).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::super::cluster::for_each;
    use super::*;

    fn find(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        for_each(s, |c| {
            if let Some((a, b)) = phone(c) {
                v.push(&s[a..b]);
            }
        });
        v
    }

    #[test]
    fn accepts_national_and_international_formats() {
        for p in [
            "+49 30 12345678",
            "+44 (0)20 7946 0958",
            "+1 415 555 0132",
            "+4915112345678",
            "0049 30 1234567",
            "030 12345678",
            "0171-1234567",
            "089/1234567",
            "020 7946 0958",
            "07700 900123",
            "0612345678",
            "(212) 555-0187",
            "212-555-0187",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "06-12345678",
            "612 34 56 78",
            "91 123 45 67",
            "347 123 4567",
            "98765 43210",
            "+91 98765 43210",
        ] {
            assert_eq!(find(&format!("Nummer: {p}.")), vec![p], "{p}");
        }
    }

    #[test]
    fn refuses_dates_years_prices_orders() {
        for s in [
            "am 12.03.2024",
            "2024-03-12",
            "03/12/2024",
            "2019-2024",
            "von 2019 bis 2024",
            "um 14:30 Uhr",
            "€1.299,00",
            "$1,299.99",
            "Order 302-1234567-1234567",
            "Bestellung 40553011234",
            "Tracking 1Z999AA10123456784",
            "3.11.7",
            "Version 10.0.19045",
            "12.5%",
            "erstellt 03/11/26 04:51",
        ] {
            assert!(find(s).is_empty(), "{s}: {:?}", find(s));
        }
    }
}
