//! Generators of `pii` entities (valid by construction: check digits computed, not looked
//! up) and of the number-shaped hard negatives that must not be reported: dates, times,
//! versions, prices, order and tracking numbers, Luhn-failing card shapes and
//! mod-97-failing IBAN shapes.

use super::rng::Rng;

const FIRST: &[&str] = &[
    "anna", "j", "max", "sophie", "lucas", "giulia", "pieter", "carmen", "info", "team", "m.rossi",
    "jdoe", "kontakt", "hello",
];
const LAST: &[&str] = &[
    "schmidt", "dupont", "garcia", "bianchi", "devries", "smith", "mueller", "martin", "jansen",
    "lopez",
];
const DOMAINS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "telefonica.es",
    "ziggo.nl",
    "firma-beispiel.de",
    "acme.co.uk",
    "startup.io",
    "example.org",
    "uni-hamburg.de",
    "company.com",
];

/// An e-mail address.
pub fn email(r: &mut Rng) -> String {
    let local = match r.below(4) {
        0 => format!("{}.{}", r.pick(FIRST), r.pick(LAST)),
        1 => format!("{}{}", r.pick(FIRST), r.digits(2)),
        2 => format!("{}_{}", r.pick(FIRST), r.pick(LAST)),
        _ => r.pick(FIRST).to_string(),
    };
    let mut e = format!("{local}@{}", r.pick(DOMAINS));
    if r.chance(0.1) {
        e = e.to_uppercase();
    }
    e
}

/// One digit 1-9.
pub fn nz(r: &mut Rng) -> String {
    char::from(b'1' + r.below(9) as u8).to_string()
}

fn n29(r: &mut Rng) -> String {
    char::from(b'2' + r.below(8) as u8).to_string()
}

/// A phone number in one of the supported national or international formats.
pub fn phone(r: &mut Rng) -> String {
    let d = |r: &mut Rng, n| r.digits(n);
    match r.below(32) {
        // Batch 2 formats.
        26 => format!("+49 (0)171 {}{}", nz(r), d(r, 6)),
        27 => format!("0171/{}{}", nz(r), d(r, 6)),
        28 => format!("+33 (0)6 {} {} {} {}", d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        29 => format!("+1-{}{}-{}{}-{}", n29(r), d(r, 2), n29(r), d(r, 2), d(r, 4)),
        30 => format!("1-800-{}{}-{}", n29(r), d(r, 2), d(r, 4)),
        31 => format!("0{}{}", r.range(6, 7), d(r, 8)),
        0 => format!("({}{}) {}{}-{}", n29(r), d(r, 2), n29(r), d(r, 2), d(r, 4)),
        1 => format!("{}{}-{}{}-{}", n29(r), d(r, 2), n29(r), d(r, 2), d(r, 4)),
        2 => format!("+1 {}{} {}{} {}", n29(r), d(r, 2), n29(r), d(r, 2), d(r, 4)),
        3 => format!("{}{}.{}{}.{}", n29(r), d(r, 2), n29(r), d(r, 2), d(r, 4)),
        4 => format!("020 {} {}", d(r, 4), d(r, 4)),
        5 => format!("07{} {}", d(r, 3), d(r, 6)),
        6 => format!("+44 (0)20 {} {}", d(r, 4), d(r, 4)),
        7 => format!("+44 7{} {}", d(r, 3), d(r, 6)),
        8 => format!("030 {}{}", nz(r), d(r, 7)),
        9 => format!("+49 30 {}{}", nz(r), d(r, 7)),
        10 => format!("01{}-{}{}", r.range(51, 79), nz(r), d(r, 6)),
        11 => format!("089/{}{}", nz(r), d(r, 6)),
        12 => format!("+49 1{} {}{}", r.range(51, 79), nz(r), d(r, 6)),
        13 => format!(
            "0{} {} {} {} {}",
            r.range(1, 7),
            d(r, 2),
            d(r, 2),
            d(r, 2),
            d(r, 2)
        ),
        14 => format!(
            "+33 {} {} {} {} {}",
            r.range(1, 7),
            d(r, 2),
            d(r, 2),
            d(r, 2),
            d(r, 2)
        ),
        15 => format!("06.{}.{}.{}.{}", d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        16 => format!("06-{}{}", nz(r), d(r, 7)),
        17 => format!("+31 6 {}{}", nz(r), d(r, 7)),
        18 => format!("020-{}{}", nz(r), d(r, 6)),
        19 => format!("6{} {} {} {}", d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        20 => format!("+34 6{} {} {}", d(r, 2), d(r, 3), d(r, 3)),
        21 => format!("3{} {} {}", d(r, 2), d(r, 3), d(r, 4)),
        22 => format!("+39 3{} {} {}", d(r, 2), d(r, 3), d(r, 4)),
        23 => format!("02 {} {}", d(r, 4), d(r, 4)),
        24 => format!("{}{} {}", r.range(6, 9), d(r, 4), d(r, 5)),
        _ => format!("+91 {}{} {}", r.range(6, 9), d(r, 4), d(r, 5)),
    }
}

fn mod97(s: &str) -> u32 {
    s.bytes().fold(0u32, |rem, c| match c {
        b'0'..=b'9' => (rem * 10 + u32::from(c - b'0')) % 97,
        _ => (rem * 100 + u32::from(c - b'A' + 10)) % 97,
    })
}

fn group4(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An IBAN with correct check digits; `valid = false` gives a wrong check (hard negative).
pub fn iban(r: &mut Rng, valid: bool) -> String {
    let (cc, bban) = match r.below(8) {
        0 => ("DE", r.digits(18)),
        1 => ("FR", format!("{}{}", r.digits(21), r.digits(2))),
        2 => (
            "NL",
            format!(
                "{}{}",
                ["ABNA", "INGB", "RABO", "TRIO"][r.below(4)],
                r.digits(10)
            ),
        ),
        3 => ("ES", r.digits(20)),
        4 => (
            "IT",
            format!("{}{}", ["X", "A", "K"][r.below(3)], r.digits(22)),
        ),
        5 => (
            "GB",
            format!(
                "{}{}",
                ["WEST", "BARC", "NWBK", "MIDL"][r.below(4)],
                r.digits(14)
            ),
        ),
        6 => ("BE", r.digits(12)),
        _ => ("AT", r.digits(16)),
    };
    let check = 98 - mod97(&format!("{bban}{cc}00"));
    let check = if valid {
        check
    } else {
        (check + 1 + r.below(90) as u32) % 97 + 2
    };
    let s = format!("{cc}{check:02}{bban}");
    if r.chance(0.6) {
        group4(&s)
    } else {
        s
    }
}

fn luhn_digit(body: &str) -> u8 {
    let mut sum = 0;
    for (i, c) in body.bytes().rev().enumerate() {
        let mut v = u32::from(c - b'0');
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - sum % 10) % 10) as u8
}

/// A card number; `valid = false` breaks the Luhn check (hard negative).
pub fn card(r: &mut Rng, valid: bool) -> String {
    let (prefix, len) = match r.below(5) {
        0 | 1 => ("4".to_string(), 16),
        2 => (format!("5{}", r.range(1, 5)), 16),
        3 => (["34", "37"][r.below(2)].to_string(), 15),
        _ => ("6011".to_string(), 16),
    };
    let body = format!("{prefix}{}", r.digits(len - 1 - prefix.len()));
    let mut check = luhn_digit(&body);
    if !valid {
        check = (check + 1 + r.below(9) as u8) % 10;
    }
    let n = format!("{body}{check}");
    let sep = [" ", "-", ""][r.below(3)];
    if len == 15 {
        return [&n[..4], &n[4..10], &n[10..]].join(if sep.is_empty() { " " } else { sep });
    }
    n.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(sep)
}

/// An IPv4 or IPv6 address.
pub fn ip(r: &mut Rng) -> String {
    match r.below(4) {
        0 => format!("192.168.{}.{}", r.below(256), r.range(1, 254)),
        1 => format!(
            "{}.{}.{}.{}",
            r.range(11, 223),
            r.below(256),
            r.below(256),
            r.range(1, 254)
        ),
        2 => format!("2001:db8:{:x}::{:x}", r.below(65536), r.range(1, 65535)),
        _ => format!(
            "fe80::{:x}:{:x}:{:x}:{:x}",
            r.below(65536),
            r.below(65536),
            r.below(65536),
            r.range(1, 65535)
        ),
    }
}

/// A URL.
pub fn url(r: &mut Rng) -> String {
    let host = r
        .pick(&[
            "www.example.com",
            "blog.firma-beispiel.de",
            "lnkd.in",
            "github.com",
            "www.startup.io",
            "medium.com",
            "www.lemonde.fr",
            "www.gov.uk",
        ])
        .to_string();
    let path = r
        .pick(&[
            "",
            "/",
            "/jobs",
            "/2024/05/mein-neuer-job",
            "/blog/post?id=42&ref=li",
            "/in/jane-doe-12345",
            "/e/abc123",
            "/s/AbC9xZ",
        ])
        .to_string();
    match r.below(5) {
        0 if host.starts_with("www.") => format!("{host}{path}"),
        1 => format!("http://{host}{path}"),
        _ => format!("https://{host}{path}"),
    }
}

/// A postal address of DE, NL, FR, UK, US, ES or IT.
pub fn address(r: &mut Rng) -> String {
    let n = r.range(1, 250);
    match r.below(11) {
        // Batch 2 shapes.
        7 => format!("Karl-Marx-Straße {n}, {} Berlin", r.range(10115, 14199)),
        8 => format!(
            "Flat {}, {n} High Street, Bristol BS{} {}{}",
            r.range(1, 9),
            r.range(1, 9),
            r.range(1, 9),
            r.pick(&["DJ", "AB", "QE"])
        ),
        9 => format!("{n}, place de la Bourse, 33000 Bordeaux"),
        10 => format!(
            "{n} Main St, Suite {}, Austin, TX {}",
            r.range(100, 999),
            r.range(73301, 78799)
        ),
        0 => format!(
            "{}{} {}{}, {} {}",
            r.pick(&[
                "Haupt",
                "Linden",
                "Goethe",
                "Bahnhof",
                "Kastanien",
                "Schiller"
            ]),
            r.pick(&["straße", "str.", "weg", "allee", "platz"]),
            n,
            r.pick(&["", "a", "b"]),
            r.range(10115, 99998),
            r.pick(&["Berlin", "München", "Köln", "Hamburg", "Leipzig"])
        ),
        1 => format!(
            "{}{} {}, {} {} {}",
            r.pick(&["Keizers", "Heren", "Prinsen", "Bloem", "Kerk", "Molen"]),
            r.pick(&["gracht", "straat", "laan", "weg", "plein"]),
            n,
            r.range(1011, 9999),
            r.pick(&["AB", "CJ", "KL", "XZ", "EP"]),
            r.pick(&["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"])
        ),
        2 => format!(
            "{}{} {} {}, {} {}",
            n,
            r.pick(&["", " bis", " ter"]),
            r.pick(&["rue", "avenue", "boulevard", "place", "chemin"]),
            r.pick(&[
                "de la Paix",
                "Victor Hugo",
                "des Lilas",
                "du Général Leclerc",
                "Saint-Michel"
            ]),
            r.pick(&["75002", "69003", "13001", "31000", "44000"]),
            r.pick(&["Paris", "Lyon", "Marseille", "Toulouse", "Nantes"])
        ),
        3 => format!(
            "{}{} {} {}, {} {} {}{}",
            n,
            r.pick(&["", "B"]),
            r.pick(&["Baker", "High", "Church", "Mill", "Station"]),
            r.pick(&["Street", "Road", "Lane", "Avenue", "Close"]),
            r.pick(&["London", "Manchester", "Leeds"]),
            r.pick(&["NW1", "SW1A", "M1", "LS2", "EC2A"]),
            r.range(1, 9),
            r.pick(&["AA", "XE", "BD", "NP"])
        ),
        4 => format!(
            "{} {} {}, {}, {} {}",
            r.range(100, 9999),
            r.pick(&["Pennsylvania", "Fifth", "Maple", "Oak Grove", "Main"]),
            r.pick(&["Avenue", "Street", "Road", "Blvd", "Drive"]),
            r.pick(&["Springfield", "New York", "Austin", "Denver"]),
            r.pick(&["IL", "NY", "TX", "CO"]),
            r.range(10001, 99950)
        ),
        5 => format!(
            "{} {} {}, {} {}",
            r.pick(&["Calle", "Avenida", "Plaza"]),
            r.pick(&["Mayor", "de Alcalá", "del Sol", "Gran Vía"]),
            n,
            r.range(28001, 28080),
            "Madrid"
        ),
        _ => format!(
            "{} {} {}, {} {}",
            r.pick(&["Via", "Viale", "Piazza", "Corso"]),
            r.pick(&["Roma", "Giuseppe Verdi", "Garibaldi", "Dante"]),
            n,
            r.range(20121, 20162),
            "Milano"
        ),
    }
}

/// A number-shaped text that is none of the pii types.
pub fn hard_negative(r: &mut Rng) -> String {
    let months = ["Jan", "März", "avril", "mayo", "giugno", "okt"];
    match r.below(25) {
        // Seen on real text: a date with a two-digit year, then a time.
        24 => format!(
            "{:02}/{:02}/{:02} {:02}:{:02}",
            r.range(1, 28),
            r.range(1, 12),
            r.range(10, 26),
            r.range(0, 23),
            r.range(0, 59)
        ),
        0 => format!(
            "am {:02}.{:02}.{}",
            r.range(1, 28),
            r.range(1, 12),
            r.range(1990, 2026)
        ),
        1 => format!(
            "on {}-{:02}-{:02}",
            r.range(1990, 2026),
            r.range(1, 12),
            r.range(1, 28)
        ),
        2 => format!(
            "le {:02}/{:02}/{}",
            r.range(1, 28),
            r.range(1, 12),
            r.range(1990, 2026)
        ),
        3 => format!(
            "{} {} {}",
            r.range(1, 28),
            r.pick(&months),
            r.range(1990, 2026)
        ),
        4 => format!("from {} to {}", r.range(1990, 2010), r.range(2011, 2026)),
        5 => format!("{}-{}", r.range(1990, 2010), r.range(2011, 2026)),
        6 => format!("at {:02}:{:02}", r.range(0, 23), r.range(0, 59)),
        7 => format!(
            "version {}.{}.{}",
            r.range(0, 12),
            r.range(0, 30),
            r.range(0, 99)
        ),
        8 => format!(
            "v{}.{}.{}.{}",
            r.range(1, 9),
            r.range(0, 9),
            r.range(0, 9),
            r.range(0, 30)
        ),
        9 => format!(
            "€{}.{:03},{:02}",
            r.range(1, 9),
            r.below(1000),
            r.below(100)
        ),
        10 => format!(
            "${},{:03}.{:02}",
            r.range(1, 99),
            r.below(1000),
            r.below(100)
        ),
        11 => format!("{} {:03} €", r.range(1, 99), r.below(1000)),
        12 => format!("Order #{}-{}-{}", r.digits(3), r.digits(7), r.digits(7)),
        13 => format!("Bestellnummer {}{}", nz(r), r.digits(9)),
        14 => format!(
            "tracking 1Z{}{}{}",
            r.digits(3),
            ["AA", "X1", "E0"][r.below(3)],
            r.digits(10)
        ),
        15 => format!("Sendungsnummer 00{}", r.digits(18)),
        16 => format!("card ending {}", card(r, false)),
        17 => format!("ref {}", iban(r, false)),
        18 => format!("{}% growth", r.range(1, 99)),
        19 => format!("{},{} %", r.range(1, 99), r.range(1, 9)),
        20 => format!(
            "ISBN 978-{}-{}-{}-{}",
            r.range(0, 9),
            r.digits(2),
            r.digits(6),
            r.below(10)
        ),
        21 => format!("Q{} {}", r.range(1, 4), r.range(2019, 2026)),
        22 => format!("{} {:03} followers", r.range(1, 99), r.below(1000)),
        _ => format!("invoice INV-{}-{}", r.range(2019, 2026), r.digits(5)),
    }
}
