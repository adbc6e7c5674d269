//! Check-digit and structure rules of the numbers the `pii` detectors accept: Luhn
//! (payment cards), ISO 13616 mod 97 (IBAN), the Dutch 11-proef (BSN), ISO 7064 MOD 11,10
//! plus the digit-repetition rule (German Steuer-ID), the French NIR key (mod 97), the US
//! SSN area/group/serial rules and the UK NINO prefix rules. Inputs are ASCII digits or
//! letters only; finding and cleaning them is left to the callers.

/// Luhn check over ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Card number prefixes (IIN ranges) of the networks in common use, with their lengths.
pub fn card_prefix_ok(d: &[u8]) -> bool {
    let n = d.len();
    let p = |k: usize| -> u32 { d[..k].iter().fold(0, |a, &c| a * 10 + u32::from(c - b'0')) };
    match d[0] {
        b'4' => matches!(n, 13 | 16 | 19),
        b'5' => (51..=55).contains(&p(2)) && n == 16 || (p(2) == 50 || p(2) >= 56) && n >= 12,
        b'2' => (2221..=2720).contains(&p(4)) && n == 16,
        b'3' => {
            matches!(p(2), 34 | 37) && n == 15
                || (3528..=3589).contains(&p(4)) && (16..=19).contains(&n)
                || (matches!(p(2), 36 | 38 | 39) || (300..=305).contains(&p(3)))
                    && (14..=19).contains(&n)
        }
        b'6' => {
            (p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) || p(2) == 62 || p(2) >= 63)
                && n >= 16
        }
        _ => false,
    }
}

/// IBAN lengths by country (ISO 13616 registry, the countries a European member meets).
pub fn iban_length(country: &[u8]) -> Option<usize> {
    Some(match country {
        b"AD" => 24,
        b"AT" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"CH" => 21,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"EE" => 20,
        b"ES" => 24,
        b"FI" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GR" => 27,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IS" => 26,
        b"IT" => 27,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MT" => 31,
        b"NL" => 18,
        b"NO" => 15,
        b"PL" => 28,
        b"PT" => 25,
        b"RO" => 24,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"TR" => 26,
        b"AE" => 23,
        b"SA" => 24,
        b"IL" => 23,
        b"BR" => 29,
        _ => return None,
    })
}

/// ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1.
pub fn iban_mod97(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rem = 0u32;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// Dutch BSN 11-proef: 9 digits, weights 9..2 and -1, sum divisible by 11, not all zero.
pub fn bsn(d: &[u8]) -> bool {
    if d.len() != 9 || d[0] == b'0' && d[1] == b'0' {
        return false;
    }
    let mut sum: i32 = 0;
    for (i, &c) in d.iter().enumerate() {
        let v = i32::from(c - b'0');
        sum += if i == 8 { -v } else { v * (9 - i as i32) };
    }
    sum != 0 && sum % 11 == 0
}

/// German Steuer-ID: 11 digits, first not 0; in the first ten, exactly one digit occurs
/// twice or three times (never three in a row) and the rest at most once; the last digit
/// is the ISO 7064 MOD 11,10 check digit.
pub fn steuer_id(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == b'0' {
        return false;
    }
    let mut counts = [0u8; 10];
    for &c in &d[..10] {
        counts[usize::from(c - b'0')] += 1;
    }
    let repeated = counts.iter().filter(|&&c| c > 1).count();
    if repeated != 1 || counts.iter().any(|&c| c > 3) {
        return false;
    }
    if d[..10].windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        return false;
    }
    let mut product = 10u32;
    for &c in &d[..10] {
        let mut sum = (u32::from(c - b'0') + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[10] - b'0')
}

/// US SSN: area not 000, 666 or 9xx; group not 00; serial not 0000.
pub fn ssn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let area = &d[..3];
    area != b"000" && area != b"666" && area[0] != b'9' && &d[3..5] != b"00" && &d[5..] != b"0000"
}

/// UK National Insurance number: two prefix letters (first not D F I Q U V, second not
/// D F I O Q U V, and not BG GB KN NK NT TN ZZ), six digits, suffix A to D.
pub fn nino(prefix: &[u8], digits: &[u8], suffix: u8) -> bool {
    if prefix.len() != 2 || digits.len() != 6 || !(b'A'..=b'D').contains(&suffix) {
        return false;
    }
    let (a, b) = (prefix[0], prefix[1]);
    if b"DFIQUV".contains(&a) || b"DFIOQUV".contains(&b) {
        return false;
    }
    !matches!(
        prefix,
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    )
}

/// French NIR: 13 characters (Corsica `2A`/`2B` as the department) and a 2-digit key,
/// key = 97 - (number mod 97); sex digit 1, 2, 3, 4, 7 or 8; month 01-12 or 20-42 or 50-99.
pub fn nir(body: &[u8], key: &[u8]) -> bool {
    if body.len() != 13 || key.len() != 2 || !b"123478".contains(&body[0]) {
        return false;
    }
    let month = u32::from(body[3] - b'0') * 10 + u32::from(body[4] - b'0');
    if month == 0 || (13..20).contains(&month) || (43..50).contains(&month) {
        return false;
    }
    let mut n: u64 = 0;
    for (i, &c) in body.iter().enumerate() {
        let v = match (i, c) {
            (6, b'A' | b'B') => 1, // 2A -> 19, 2B -> 18: handled below
            (_, b'0'..=b'9') => u64::from(c - b'0'),
            _ => return false,
        };
        n = n * 10 + v;
    }
    if body[6].is_ascii_alphabetic() {
        // Department 2A/2B: replace "2A" by 19 and "2B" by 18 in the number.
        let sub = if body[6] == b'A' {
            2_000_000
        } else {
            3_000_000
        };
        n -= sub;
        if body[5] != b'2' {
            return false;
        }
    }
    let k = u64::from(key[0] - b'0') * 10 + u64::from(key[1] - b'0');
    k == 97 - n % 97
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_numbers() {
        assert!(luhn(b"4111111111111111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(card_prefix_ok(b"4111111111111111"));
        assert!(card_prefix_ok(b"378282246310005"));
        assert!(!card_prefix_ok(b"9400100000000000"));
    }

    #[test]
    fn iban_examples() {
        assert!(iban_mod97(b"DE89370400440532013000"));
        assert!(iban_mod97(b"GB82WEST12345698765432"));
        assert!(!iban_mod97(b"DE89370400440532013001"));
    }

    #[test]
    fn bsn_and_steuer_id() {
        assert!(bsn(b"111222333"));
        assert!(!bsn(b"111222334"));
        assert!(steuer_id(b"86095742719"));
        assert!(!steuer_id(b"86095742718"));
        assert!(!steuer_id(b"11111111111"));
    }

    #[test]
    fn ssn_nino_nir() {
        assert!(ssn(b"123456789"));
        assert!(!ssn(b"666123456"));
        assert!(!ssn(b"900123456"));
        assert!(nino(b"AB", b"123456", b'C'));
        assert!(!nino(b"QQ", b"123456", b'C'));
        assert!(!nino(b"GB", b"123456", b'A'));
        assert!(nir(b"1850578006084", b"91"));
        assert!(!nir(b"1850578006084", b"90"));
    }
}
