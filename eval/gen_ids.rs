//! Generators of national ids with valid check digits (NL BSN, DE Steuer-ID, UK NINO,
//! US SSN, FR NIR), each with the context phrase a person would write before it.

use super::gen_pii::nz;
use super::rng::Rng;

/// A national id with the context word a person would write before it.
pub fn national_id(r: &mut Rng) -> (String, String) {
    match r.below(5) {
        0 => loop {
            let body = format!("{}{}", nz(r), r.digits(7));
            let d: Vec<i32> = body.bytes().map(|c| i32::from(c - b'0')).collect();
            let s: i32 = d.iter().enumerate().map(|(i, v)| v * (9 - i as i32)).sum();
            if s % 11 < 10 {
                let ctx = r
                    .pick(&["mijn BSN is", "BSN:", "burgerservicenummer", "my BSN"])
                    .to_string();
                return (ctx, format!("{body}{}", s % 11));
            }
        },
        1 => loop {
            let mut d: Vec<u8> = (0..10).map(|_| r.below(10) as u8).collect();
            d[0] = d[0].max(1);
            let mut counts = [0; 10];
            d.iter().for_each(|&x| counts[usize::from(x)] += 1);
            let ok = counts.iter().filter(|&&c| c > 1).count() == 1
                && counts.iter().all(|&c| c <= 3)
                && !d.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
            if !ok {
                continue;
            }
            let mut p = 10u32;
            for &x in &d {
                let mut s = (u32::from(x) + p) % 10;
                if s == 0 {
                    s = 10;
                }
                p = (s * 2) % 11;
            }
            let check = (11 - p) % 10;
            let s: String =
                d.iter().map(|x| char::from(b'0' + x)).collect::<String>() + &check.to_string();
            let s = if r.chance(0.4) {
                format!("{} {} {} {}", &s[..2], &s[2..5], &s[5..8], &s[8..])
            } else {
                s
            };
            return (
                r.pick(&[
                    "Steuer-ID",
                    "meine Steuer-ID lautet",
                    "Steuerliche IdNr.",
                    "tax ID",
                ])
                .to_string(),
                s,
            );
        },
        2 => {
            let a = r
                .pick(&[
                    "A", "B", "C", "E", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y",
                ])
                .to_string();
            let b = r
                .pick(&[
                    "A", "B", "C", "E", "H", "J", "K", "L", "M", "N", "P", "R", "S", "W", "X", "Y",
                ])
                .to_string();
            let bad =
                ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&format!("{a}{b}").as_str());
            let (a, b) = if bad {
                ("A".to_string(), "B".to_string())
            } else {
                (a, b)
            };
            let digits = r.digits(6);
            let suf = r.pick(&["A", "B", "C", "D"]).to_string();
            let s = if r.chance(0.5) {
                format!(
                    "{a}{b} {} {} {} {suf}",
                    &digits[..2],
                    &digits[2..4],
                    &digits[4..]
                )
            } else {
                format!("{a}{b}{digits}{suf}")
            };
            (
                r.pick(&["NI number", "National Insurance number:", "my NINO is"])
                    .to_string(),
                s,
            )
        }
        3 => {
            let area = loop {
                let a = r.range(1, 899);
                if a != 666 {
                    break a;
                }
            };
            (
                r.pick(&["SSN", "social security number", "my SSN is"])
                    .to_string(),
                format!("{area:03}-{:02}-{:04}", r.range(1, 99), r.range(1, 9999)),
            )
        }
        _ => {
            let body = format!(
                "{}{}{:02}{:02}{}{}",
                r.range(1, 2),
                r.digits(2),
                r.range(1, 12),
                r.range(1, 95),
                r.digits(3),
                r.digits(3)
            );
            let key = 97 - body.parse::<u64>().unwrap() % 97;
            let s = format!(
                "{} {} {} {} {} {} {key:02}",
                &body[..1],
                &body[1..3],
                &body[3..5],
                &body[5..7],
                &body[7..10],
                &body[10..13]
            );
            (
                r.pick(&["numéro de sécurité sociale", "NIR", "n° de sécu"])
                    .to_string(),
                s,
            )
        }
    }
}
