//! Word counting: exactly `unicode_words(text).count()` of `unicode-segmentation` (UAX #29
//! word boundaries, keeping segments that hold a letter or digit), in one pass over the bytes.
//!
//! Counting the words is counting where they start, and whether a character starts a word
//! depends only on what comes before it: a letter or digit starts one unless it is joined
//! to an earlier one, either directly (WB5, WB8-10: `ab`, `a1`; WB13a-b through `_`, if the
//! `_` run is joined to a letter or digit) or across one middle character (WB6-7, WB11-12:
//! `a.b`, `a:b`, `1,5`, `1.5`; WB7b-c: `"` between two Hebrew letters). The right-hand
//! condition of those rules is the character being looked at, so the pass needs no look-ahead:
//! a small state (the [`State`] bits) says what the previous character lets the next one do.
//!
//! Most bytes take a branch-free path eight at a time (SWAR): each byte is a lane of a `u64`
//! that holds its class bits from a table ([`LANE_BITS`]); the state after each lane and the
//! lanes that start a word follow from shifting those bits by one lane, and the starts are
//! summed with a multiplication. That path takes ASCII but `_`, and the two-byte Latin and
//! Cyrillic letters (as two letter lanes). Any other character stops it and takes a scalar
//! step over the same state ([`step`]): `_`, the letters of the Greek, Hebrew and Arabic
//! blocks, CJK ideographs (a word each), the typographic apostrophes, the marks and format
//! controls that do not count (WB4: ignored), common punctuation, symbols and emoji. A
//! character outside those (Katakana, Thai, rarer marks, ...) hands its
//! white-space-separated token to the crate whole, which is exact because UAX #29 never joins
//! a word across ASCII white space. Property tests, and exhaustive tests over the classified
//! ranges, hold the count equal to the crate's.

use unicode_segmentation::UnicodeSegmentation;

/// What the previous character lets the next one do, as bits of a `u8`. Zero: nothing joins.
type State = u8;
/// A letter or digit next continues a word that already counts.
const CONT: State = 1 << 0;
/// A `_` next joins the current segment (WB13a): after a letter, a digit or a `_`.
const UNDER: State = 1 << 1;
/// After a letter (`ALetter` or `Hebrew_Letter`): `:` `.` `'` next may join letters (WB6).
const LET: State = 1 << 2;
/// After a digit: `,` `;` `.` `'` next may join digits (WB11).
const DIG: State = 1 << 3;
/// After a Hebrew letter: `"` next may join Hebrew letters (WB7b).
const HEB: State = 1 << 4;
/// After a middle character that follows a letter: a letter next continues (WB7).
const JOIN_LET: State = LET << 3;
/// After a middle character that follows a digit: a digit next continues (WB12).
const JOIN_DIG: State = DIG << 3;
/// After `"` that follows a Hebrew letter: a Hebrew letter next continues (WB7c).
const JOIN_HEB: State = HEB << 3;

/// The UAX #29 word-break class of a character, as far as counting needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// `ALetter` that is alphabetic.
    Letter,
    /// `Hebrew_Letter`.
    Hebrew,
    /// `Numeric` that is numeric.
    Digit,
    /// Alphabetic or numeric but no word-break class (CJK ideographs, `²`): a word alone.
    Ideograph,
    /// `ExtendNumLet` (`_`): joins word characters, counts as no letter or digit.
    Under,
    /// `MidLetter` (`:` `·`): joins two letters.
    MidLetter,
    /// `MidNum` (`,` `;`): joins two digits.
    MidNum,
    /// `MidNumLet` and `Single_Quote` (`.` `'` `‘` `’`): join two letters or two digits.
    MidNumLet,
    /// `Double_Quote` (`"`): joins two Hebrew letters.
    DoubleQuote,
    /// `Extend`, `Format` and `ZWJ` that are not alphabetic: ignored (WB4).
    Ignored,
    /// Breaks on both sides and counts as no letter or digit: white space, punctuation,
    /// symbols, emoji.
    Other,
    /// Outside the fast path: the whole token goes to the crate.
    Slow,
}

static ASCII: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = match i as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Under,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            b'"' => Class::DoubleQuote,
            _ => Class::Other,
        };
        i += 1;
    }
    t
};

/// The class of a character outside ASCII. Every range here is checked character by
/// character against the crate by the test `classified_characters_match_the_crate`.
const fn class_of(c: u32) -> Class {
    match c {
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF | 0xAA | 0xB5 | 0xBA => Class::Letter,
        // Greek and Cyrillic.
        0x386 | 0x388..=0x38A | 0x38C | 0x38E..=0x3A1 | 0x3A3..=0x3F5 | 0x3F7..=0x481 => {
            Class::Letter
        }
        0x48A..=0x52F => Class::Letter,
        0x5D0..=0x5EA | 0x5EF..=0x5F2 => Class::Hebrew,
        // Arabic letters and digits.
        0x620..=0x64A | 0x66E..=0x66F | 0x671..=0x6D3 => Class::Letter,
        0x660..=0x669 | 0x6F0..=0x6F9 => Class::Digit,
        // Latin Extended Additional.
        0x1E00..=0x1EFF => Class::Letter,
        // Fullwidth Latin letters and digits.
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Class::Letter,
        0xFF10..=0xFF19 => Class::Digit,
        // ² ³ ¹ ¼ ½ ¾, Hiragana, CJK Unified Ideographs.
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x3041..=0x3096 | 0x4E00..=0x9FFF => Class::Ideograph,
        0xB7 | 0x2027 | 0xFF1A => Class::MidLetter,
        0x2044 | 0xFF0C | 0xFF1B => Class::MidNum,
        0x2018 | 0x2019 | 0x2024 | 0xFF07 | 0xFF0E => Class::MidNumLet,
        0x202F | 0x203F | 0x2040 | 0x2054 | 0xFF3F => Class::Under,
        // Soft hyphen, combining diacritics (but the alphabetic U+0345 and U+0363-U+036F),
        // ZWNJ, ZWJ, direction marks and controls, invisible operators, variation selectors,
        // BOM, skin tones.
        0xAD
        | 0x300..=0x344
        | 0x346..=0x362
        | 0x200C..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0xFE00..=0xFE0F
        | 0xFEFF
        | 0x1F3FB..=0x1F3FF => Class::Ignored,
        // Latin-1 controls and punctuation, × ÷ (but the cedilla ¸, a letter that is not
        // alphabetic).
        0x80..=0xB7 | 0xB9..=0xBF | 0xD7 | 0xF7 => Class::Other,
        // General punctuation (dashes, quotes, bullets, ellipsis), currency, arrows.
        0x2010..=0x2017
        | 0x201A..=0x2023
        | 0x2025..=0x2026
        | 0x2030..=0x203E
        | 0x2041..=0x2043
        | 0x2045..=0x2053
        | 0x2055..=0x205E
        | 0x20A0..=0x20C0
        | 0x2190..=0x21FF => Class::Other,
        // Symbols and dingbats but the circled digits ❶-➓, arrows and stars.
        0x2600..=0x2775 | 0x2794..=0x27BF | 0x2B00..=0x2BFF => Class::Other,
        // CJK and fullwidth punctuation.
        0x3000..=0x3004
        | 0x3008..=0x3011
        | 0xFF01..=0xFF06
        | 0xFF08..=0xFF0B
        | 0xFF0D
        | 0xFF0F
        | 0xFF1C..=0xFF20
        | 0xFF3B..=0xFF3E
        | 0xFF40
        | 0xFF5B..=0xFF65 => Class::Other,
        // Emoji: tiles, cards, regional indicators, pictographs (skin tones above).
        0x1F000..=0x1F0FF | 0x1F1E6..=0x1F1FF | 0x1F200..=0x1F3FA | 0x1F400..=0x1FAFF => {
            Class::Other
        }
        _ => Class::Slow,
    }
}

/// The classes of the characters up to U+1FFFF, in pages of 256 (`PAGES[PAGE_OF[c >> 8]]`),
/// so that a character outside ASCII is classified without branches: page 0 is all `Slow`,
/// page `k` holds the characters from `PAGE_STARTS[k - 1] << 8` on. A test holds the pages
/// equal to [`class_of`].
static PAGES: [[Class; 256]; PAGE_STARTS.len() + 1] = {
    let mut pages = [[Class::Slow; 256]; PAGE_STARTS.len() + 1];
    let mut k = 0;
    while k < PAGE_STARTS.len() {
        let mut low = 0;
        while low < 256 {
            pages[k + 1][low] = class_of(PAGE_STARTS[k] << 8 | low as u32);
            low += 1;
        }
        k += 1;
    }
    pages
};

/// The pages with a class other than `Slow` (in units of 256 characters), but those that
/// are alike to one of them (see [`PAGE_OF`]).
const PAGE_STARTS: [u32; 19] = [
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x1E, 0x20, 0x21, 0x26, 0x27, 0x30, 0x4E, 0xFE,
    0xFF, 0x1F1, 0x1F3,
];

/// The page in [`PAGES`] of each 256 characters up to U+1FFFF.
static PAGE_OF: [u8; 0x200] = {
    let mut t = [0; 0x200];
    let mut k = 0;
    while k < PAGE_STARTS.len() {
        t[PAGE_STARTS[k] as usize] = k as u8 + 1;
        k += 1;
    }
    let mut high = 0;
    while high < 0x200 {
        t[high] = match high {
            // CJK ideographs, all alike.
            0x4F..=0x9F => t[0x4E],
            // Symbols and emoji, all `Other`.
            0x2B | 0x1F0 | 0x1F2 | 0x1F4..=0x1FA => t[0x26],
            _ => t[high],
        };
        high += 1;
    }
    t
};

/// The class of the character starting at `b[i]` and its length in bytes. `b` is valid
/// UTF-8 and `i` a char boundary. Not inlined: that keeps registers for the eight-byte path
/// of [`count_fast`], the hot loop.
#[inline(never)]
fn class_at(b: &[u8], i: usize) -> (Class, usize) {
    let lead = b[i];
    if lead < 0x80 {
        return (ASCII[usize::from(lead)], 1);
    }
    // The code point, from the lead byte and up to three continuation bytes, without
    // branching on the length (`0b110xxxxx`: 2, `0b1110xxxx`: 3, `0b11110xxx`: 4).
    let len = (!lead).leading_zeros() as usize;
    let tail = |k: usize| u32::from(b.get(i + k).map_or(0, |c| c & 0x3F));
    let bits = u32::from(lead & (0x7F >> len)) << 18 | tail(1) << 12 | tail(2) << 6 | tail(3);
    let c = bits >> (6 * (4 - len));
    let class = match PAGE_OF.get(c as usize >> 8) {
        Some(&page) => PAGES[usize::from(page)][c as usize & 0xFF],
        None => Class::Slow,
    };
    (class, len)
}

/// How a character of some class moves the state: see [`step`].
#[derive(Clone, Copy)]
struct Rule {
    /// A letter or digit: starts a word unless the state has one of `joined_by`.
    word: bool,
    joined_by: State,
    /// The state after it: `sets`, the bits of `keeps` that the state had, and the bits of
    /// `joins` that the state had moved up to their `JOIN_` bits (and `CONT` for a `_` that
    /// continues a segment that counts).
    sets: State,
    keeps: State,
    joins: State,
}

/// The rule of each class (indexed by `Class as usize`).
static RULES: [Rule; 12] = {
    const fn rule(word: bool, joined_by: State, sets: State, keeps: State, joins: State) -> Rule {
        Rule {
            word,
            joined_by,
            sets,
            keeps,
            joins,
        }
    }
    let mut t = [rule(false, 0, 0, 0, 0); 12];
    t[Class::Letter as usize] = rule(true, CONT | JOIN_LET, CONT | UNDER | LET, 0, 0);
    t[Class::Hebrew as usize] = rule(
        true,
        CONT | JOIN_LET | JOIN_HEB,
        CONT | UNDER | LET | HEB,
        0,
        0,
    );
    t[Class::Digit as usize] = rule(true, CONT | JOIN_DIG, CONT | UNDER | DIG, 0, 0);
    t[Class::Ideograph as usize] = rule(true, 0, 0, 0, 0);
    t[Class::Under as usize] = rule(false, 0, UNDER, 0, 0);
    t[Class::MidLetter as usize] = rule(false, 0, 0, 0, LET);
    t[Class::MidNum as usize] = rule(false, 0, 0, 0, DIG);
    t[Class::MidNumLet as usize] = rule(false, 0, 0, 0, LET | DIG);
    t[Class::DoubleQuote as usize] = rule(false, 0, 0, 0, HEB);
    t[Class::Ignored as usize] = rule(false, 0, 0, State::MAX, 0);
    t
};

/// The state after a character of `class` (not `Slow`), and whether it starts a word.
///
/// Written out: a letter or digit starts a word unless the state continues one (`CONT`)
/// or joins it across a middle character (`JOIN_`); a middle character turns `LET`, `DIG`
/// or `HEB` into the matching `JOIN_` bit; a `_` continues the segment before it if that
/// ends with a word character, and that segment keeps counting if it did, else the `_`
/// starts one that does not count yet; ignored characters keep the state; anything else
/// clears it. A table of [`Rule`]s does that without branches.
#[inline]
fn step(state: State, class: Class) -> (State, bool) {
    let rule = RULES[class as usize];
    let starts = rule.word & (state & rule.joined_by == 0);
    let under = rule.sets & UNDER & state;
    let next =
        rule.sets | state & rule.keeps | (state & rule.joins) << 3 | (state & under >> 1 & CONT);
    (next, starts)
}

/// Each byte of a `u64` is a lane: byte `k` of the text in bits `8k..8k + 8`.
const LANES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every lane, where lane masks keep their flags.
const HIGH: u64 = LANES << 7;

/// `bits` in every lane.
const fn splat(bits: u8) -> u64 {
    LANES * bits as u64
}

/// In a lane of [`LANE_BITS`]: the byte cannot take the eight-byte path. `HEB` is free
/// there: no byte that the path takes is (part of) a Hebrew letter.
const STOP: u8 = HEB;
/// The bits of a letter lane.
const LETTER: u8 = CONT | UNDER | LET;

/// The lane bits of each byte: for a letter or digit, the state bits it sets by itself; for
/// a middle character, the `JOIN_` bits it may turn into (`JOIN_LET` for `:` `.` `'`,
/// `JOIN_DIG` for `,` `;` `.` `'`, `JOIN_HEB` for `"`); for a byte that the eight-byte path
/// does not take, [`STOP`]; for any other, nothing (`Other`).
///
/// The two-byte letters U+00C0-U+027F (lead bytes `C3`-`C9`) and U+0400-U+047F (`D0` `D1`)
/// take the path too: both their bytes are letter lanes, which counts as one letter does (a
/// letter after a letter starts no word and leaves the same state). But for `×` and `÷`
/// (`C3 97`, `C3 B7`): the continuation bytes `97` and `B7` stop the path, at their lead
/// byte. `_` and the lead bytes of all other characters stop it; so does a lead byte in the
/// last lane (`LANE_BITS[1]`), so that no character is cut between two chunks.
static LANE_BITS: [[u8; 256]; 2] = {
    let mut t = [[STOP; 256]; 2];
    let mut c = 0;
    while c < 256 {
        t[0][c] = match c {
            0x00..=0x7F => match ASCII[c] {
                Class::Letter => LETTER,
                Class::Digit => CONT | UNDER | DIG,
                Class::Under => STOP,
                Class::MidLetter => JOIN_LET,
                Class::MidNum => JOIN_DIG,
                Class::MidNumLet => JOIN_LET | JOIN_DIG,
                Class::DoubleQuote => JOIN_HEB,
                _ => 0,
            },
            0x97 | 0xB7 => STOP,
            0x80..=0xBF | 0xC3..=0xC9 | 0xD0 | 0xD1 => LETTER,
            _ => STOP,
        };
        t[1][c] = if c >= 0xC0 { STOP } else { t[0][c] };
        c += 1;
    }
    t
};

/// The [`LANE_BITS`] of eight bytes, or of fewer at the end of the text (the lanes after
/// them are `Other`).
#[inline(always)]
fn lane_bits(bytes: &[u8]) -> u64 {
    bytes.iter().enumerate().rev().fold(0, |v, (k, &c)| {
        v << 8 | u64::from(LANE_BITS[usize::from(k == 7)][usize::from(c)])
    })
}

/// Eight bytes through the state machine at once, from their [`lane_bits`]. Returns the
/// lanes that start a word (their high bits), the lanes that stop the eight-byte path
/// (`STOP` bits) and the state after each lane (in the lane's bits). Lanes from the first
/// stop on are not exact.
#[inline(always)]
fn swar(bits: u64, state: State) -> (u64, u64, u64) {
    let stops = bits & splat(STOP);
    let own = bits & splat(CONT | UNDER | LET | DIG);
    // A middle character joins if the lane before (the state, for the first lane) has the
    // bit that its `JOIN_` bit comes from: `LET`, `DIG` and `HEB` moved up by 3 are
    // `JOIN_LET`, `JOIN_DIG` and `JOIN_HEB`.
    let first = u64::from(state);
    let before = own << 8 | first;
    let joins = splat(JOIN_LET | JOIN_DIG | JOIN_HEB);
    let states = own | bits & before << 3 & joins;
    // A letter or digit starts a word unless the lane before has `CONT`, or the `JOIN_` bit
    // of its own kind (its `LET` or `DIG` moved up by 3). Those bits of the lane before are
    // below the high bit, so adding 0x7F to each lane sets the high bit where one is set.
    let before = states << 8 | first;
    let blocked = (before & (own << 3 | splat(CONT))).wrapping_add(splat(0x7F));
    let starts = own << 7 & !blocked & HIGH;
    (starts, stops, states)
}

/// The number of lanes whose high bit is set in `mask` (only high bits set).
#[inline(always)]
fn lanes_set(mask: u64) -> u64 {
    (mask >> 7).wrapping_mul(LANES) >> 56
}

/// Counts the words of `b[i..]` from the start of a token (or of the text), up to the first
/// `Slow` character. Returns the count and where that character is, if any.
fn count_fast(b: &[u8], mut i: usize) -> (u64, Option<usize>) {
    let mut words = 0;
    let mut state = 0;
    while i < b.len() {
        let bits = match (b[i..].first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(chunk), _) => lane_bits(chunk),
            // The last eight bytes, moved down over the ones before `i`.
            (None, Some(last)) => lane_bits(last) >> (8 * (i + 8 - b.len())),
            (None, None) => lane_bits(&b[i..]),
        };
        let (starts, stops, states) = swar(bits, state);
        if stops == 0 {
            words += lanes_set(starts);
            state = (states >> 56) as State;
            i += 8;
            continue;
        }
        // The lanes before the first stop, then the characters from there that the
        // eight-byte path cannot take, one at a time.
        let mut n = stops.trailing_zeros() / 8;
        if b[i + n as usize] & 0xC0 == 0x80 {
            // A continuation byte (of `×` or `÷`, ...): stop at its lead byte.
            n -= 1;
        }
        words += lanes_set(starts & ((1 << (8 * n)) - 1));
        // The state after lane `n - 1` (the one before, if `n` is 0).
        state = ((states << 8 | u64::from(state)) >> (8 * n)) as State;
        i += n as usize;
        loop {
            let (class, len) = class_at(b, i);
            if class == Class::Slow {
                return (words, Some(i));
            }
            let starts;
            (state, starts) = step(state, class);
            words += u64::from(starts);
            i += len;
            if b.get(i)
                .is_none_or(|&c| LANE_BITS[0][usize::from(c)] & STOP == 0)
            {
                break;
            }
        }
    }
    (words, None)
}

/// Counts the Unicode words of `text` exactly as `text.unicode_words().count()`.
pub fn count_words(text: &str) -> u64 {
    let b = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    loop {
        let (words, slow) = count_fast(b, i);
        count += words;
        let Some(at) = slow else {
            return count;
        };
        // The token around `at` goes to the crate: take back the words counted in its first
        // part (the same count again, from the same start), and go on after it.
        let start = b[..at]
            .iter()
            .rposition(|&c| is_space(c))
            .map_or(0, |p| p + 1);
        let end = b[at..]
            .iter()
            .position(|&c| is_space(c))
            .map_or(b.len(), |p| at + p);
        count -= count_fast(&b[..at], start).0;
        count += text[start..end].unicode_words().count() as u64;
        i = end;
    }
}

/// ASCII white space, which no word crosses.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\t' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> u64 {
        text.unicode_words().count() as u64
    }

    /// The scalar steps alone, without the eight-byte path.
    fn count_scalar(text: &str) -> Option<u64> {
        let b = text.as_bytes();
        let (mut i, mut state, mut words) = (0, 0, 0);
        while i < b.len() {
            let (class, len) = class_at(b, i);
            if class == Class::Slow {
                return None;
            }
            let starts;
            (state, starts) = step(state, class);
            words += u64::from(starts);
            i += len;
        }
        Some(words)
    }

    #[test]
    fn word_counts_match_the_crate_on_tricky_cases() {
        for text in [
            "can't stop",
            "can’t stop",
            "a.b.c",
            "1,000.50 EUR",
            "1’000",
            "a.1",
            "1.a",
            "1a.b",
            "a1.2",
            "a1.b",
            "1a.2",
            "e-mail foo_bar __ _x_",
            "a_.b _1 1_ a_b_ __a__ a__.b",
            "U.S.A.",
            "x:y",
            "3;4",
            "'quoted'",
            "‘quoted’",
            "a''b",
            "1..2",
            "http://example.com/a_b?c=1",
            "über straße",
            "Łukasz Peñalosa, Jędrzej Wróbelski",
            "l'IA générative",
            "2×3 ÷ 4",
            "Москва и мир",
            "¿Qué tal? ¡Hola! «oui» – “quoted” — 5 € • a…b",
            "شكرا جزيلا",
            "\u{200F}شكرا جزيلا\u{200F} 👩\u{200D}💻",
            "Thank you: \u{200F}תודה רבה\u{200F} to the team",
            "צה\"ל ה'א a\"ב ה\"",
            "日本語のテキスト",
            "感谢Małgorzata的帮助，项目顺利上线！",
            "We are hiring in 深圳: Staff Software Engineer",
            "１，２ ａ：ｂ",
            "👍🏽 ok",
            "live🌍 now",
            "Our new release is live 🌍 #Nachhaltigkeit #Leadership ☕️✨",
            "a\u{200E}b",
            " \u{0301}abc",
            "é\u{0301}",
            "a.\u{0301}b 1,\u{200D}2",
            "x\r\ny",
            "tab\tsep",
            "ARR-2019/Q3",
            "a.’b",
            "’",
            "a’",
            "ｱｲｳ カタカナ",
            "",
        ] {
            assert_eq!(count_words(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn pages_match_class_of() {
        for c in 0x80..0x20000 {
            let text = char::from_u32(c).map(String::from).unwrap_or_default();
            if !text.is_empty() {
                assert_eq!(
                    class_at(text.as_bytes(), 0),
                    (class_of(c), text.len()),
                    "{c:X}"
                );
            }
        }
        assert_eq!(class_at("\u{E0001}".as_bytes(), 0), (Class::Slow, 4));
    }

    /// The two-byte characters that the eight-byte path takes are letters.
    #[test]
    fn lane_letters_are_letters() {
        for c in (0x80..0x800).filter_map(char::from_u32) {
            let mut utf8 = [0; 2];
            let [lead, tail] = *c.encode_utf8(&mut utf8).as_bytes() else {
                unreachable!()
            };
            let lanes = [lead, tail].map(|b| LANE_BITS[0][usize::from(b)]);
            if lanes[0] & STOP == 0 && lanes[1] & STOP == 0 {
                assert_eq!(lanes, [LETTER; 2], "{c:?}");
                assert_eq!(class_of(u32::from(c)), Class::Letter, "{c:?}");
            }
        }
    }

    /// Characters of each kind at every offset in the eight-byte chunks.
    #[test]
    fn word_counts_match_the_crate_at_every_offset() {
        for c in [
            "é", "×", "ė", "з", "ł", "’", "\u{200F}", "深", "🌍", "_", ".", "a", "1",
        ] {
            for pad in 0..20 {
                for text in [
                    format!("{}{c}b", "a".repeat(pad)),
                    format!("{}{c}.{c}", "a ".repeat(pad / 2)),
                    format!("{} {c}{c}1", "1".repeat(pad)),
                ] {
                    assert_eq!(count_words(&text), reference(&text), "{text:?}");
                }
            }
        }
    }

    /// Every character in and around the classified ranges, in every position that matters.
    #[test]
    fn classified_characters_match_the_crate() {
        let ranges = [
            0x80..0x800u32,
            0x1E00..0x2200,
            0x2590..0x2C00,
            0x3000..0x3100,
            0x4DF0..0xA010,
            0xFDF0..0x10000,
            0x1EFF0..0x1FB10,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("{c}{c}"),
                format!("a{c}b"),
                format!("1{c}2"),
                format!("{c}.{c}"),
                format!("{c}:a"),
                format!("{c}1_"),
                format!("_{c}_"),
                format!("a_{c}b"),
                format!("a.{c}b"),
                format!("1,{c}2"),
                format!("ה{c}ה"),
                format!("ה\"{c}ה"),
                format!("x {c}’{c} y"),
                format!("\n{c}a"),
            ] {
                assert_eq!(count_words(&text), reference(&text), "{text:?}");
            }
        }
    }

    /// Realistic tokens, glued or separated, so that words cross the eight-byte lanes.
    fn tokens() -> impl Strategy<Value = String> {
        const TOKENS: &str = "a|Ab|word|Zefiro|S.p.A.|l'IA|can’t|générative|Kołodziejak|e.g|1|22|\
            1,000.50|3;4|x:y|a.1|1.a|foo_bar|_|__a|a_|http://example.com/a_b?c=1|#Leadership|@you|\
            \"|'|’|.|,|;|:|!|?|-|/|(|)|🌍|👩\u{200D}💻|☕\u{FE0F}|👍🏽|\u{200F}|תודה|צה\"ל|深圳|，|！|\
            é\u{301}|Москва|زجيلا|¿|«|–|…|½|ｱ|×|ė|з";
        let token = prop::sample::select(TOKENS.split('|').collect::<Vec<_>>());
        let gap = prop::sample::select(vec!["", "", "", " ", " ", "\n", "\t", "\r\n", "  "]);
        prop::collection::vec((token, gap), 0..24)
            .prop_map(|parts| parts.into_iter().flat_map(|(t, g)| [t, g]).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn word_counts_match_the_crate(text in "[a-cA-C0-2_ .,;:'\n\t\r\"!?@/éßÿŁžǅЖё×÷’‘日\u{301}\u{200E}\u{200D}👍🏽-]{0,40}") {
            prop_assert_eq!(count_words(&text), reference(&text));
        }

        /// ASCII only, so that the crate takes its own ASCII path, across several lanes.
        #[test]
        fn ascii_word_counts_match_the_crate(text in "[abAB019_ .,;:'\"\n\r!/-]{0,70}") {
            prop_assert_eq!(count_words(&text), reference(&text));
            prop_assert_eq!(count_scalar(&text), Some(reference(&text)));
        }

        /// Mostly ASCII with the non-ASCII characters common in messages, and the two-byte
        /// letters that stop the eight-byte path (`×`, `÷`, `ė`, `з`).
        #[test]
        fn mixed_word_counts_match_the_crate(
            text in "[a-dA-D0-3 .,;:'\"_!#éèłñÅЖз×÷ė’‘“”–…€«»¿¡\u{200F}\u{200D}\u{FE0F}\u{301}🌍🏽☕תה深，！شｱ]{0,70}"
        ) {
            prop_assert_eq!(count_words(&text), reference(&text));
        }

        /// Any characters, most of them outside the fast path.
        #[test]
        fn any_word_counts_match_the_crate(text in "(\\PC|[ a1_.,'’\n]){0,40}") {
            prop_assert_eq!(count_words(&text), reference(&text));
        }

        #[test]
        fn token_word_counts_match_the_crate(text in tokens()) {
            prop_assert_eq!(count_words(&text), reference(&text));
            if let Some(scalar) = count_scalar(&text) {
                prop_assert_eq!(scalar, reference(&text));
            }
        }
    }
}
