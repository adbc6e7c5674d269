//! Word counting: exactly `unicode_words(text).count()` of `unicode-segmentation` (UAX #29
//! word boundaries, keeping segments that hold a letter or digit), in one pass over the bytes.
//!
//! UAX #29 never joins a word across ASCII white space (spaces join only with spaces,
//! WB3a-d), so the text falls into white-space-separated tokens. Within a token, a small
//! state machine applies the rules that matter for the characters most text is made of:
//! ASCII, the Latin-1 and Latin Extended-A/B letters, basic Cyrillic and Arabic letters (all
//! `ALetter`), the typographic apostrophes `‘ ’` (`MidNumLet`) and common punctuation that
//! breaks (`« » ¿ ¡ – — “ ” • … €`). A token holding any other character
//! (combining marks, emoji, CJK, format controls, ...) is handed to the crate whole. A
//! property test and an exhaustive test over those letter ranges hold the two equal.

use unicode_segmentation::UnicodeSegmentation;

/// The UAX #29 word-break class of a character, as far as the fast path needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII white space: ends a token.
    Space,
    /// `ALetter`.
    Letter,
    /// `Numeric`.
    Digit,
    /// `_` (`ExtendNumLet`): joins word characters, counts as no letter or digit.
    Under,
    /// `:` (`MidLetter`): joins two letters.
    MidLetter,
    /// `,` `;` (`MidNum`): joins two digits.
    MidNum,
    /// `.` `'` `‘` `’` (`MidNumLet`, `Single_Quote`): joins two letters or two digits.
    MidNumLet,
    /// Any other ASCII character: breaks.
    Other,
    /// Outside the fast path: the whole token goes to the crate.
    Slow,
}

static ASCII: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = match c {
            b' ' | b'\n' | b'\t' | b'\r' => Class::Space,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Under,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            _ => Class::Other,
        };
        i += 1;
    }
    t
};

/// The class of the character starting at `b[i]` and its length in bytes. `b` is valid
/// UTF-8 and `i` a char boundary.
#[inline(always)]
fn class_at(b: &[u8], i: usize) -> (Class, usize) {
    let c = b[i];
    if c < 0x80 {
        return (ASCII[usize::from(c)], 1);
    }
    let next = b.get(i + 1).copied().unwrap_or(0);
    match c {
        // U+00C0..U+00FF but × (U+00D7) and ÷ (U+00F7).
        0xC3 if next != 0x97 && next != 0xB7 => (Class::Letter, 2),
        // U+0100..U+024F: Latin Extended-A and -B.
        0xC4..=0xC8 => (Class::Letter, 2),
        0xC9 if next < 0x90 => (Class::Letter, 2),
        // U+0400..U+0481: Cyrillic letters.
        0xD0 => (Class::Letter, 2),
        0xD1 => (Class::Letter, 2),
        0xD2 if next < 0x82 => (Class::Letter, 2),
        // Punctuation that breaks: ¡ ¢ £ ¤ ¥ ¦ § ¨ © « ¬ ® ¯ ° ± ´ ¶ » ¿.
        0xC2 if matches!(next, 0xA1..=0xA9 | 0xAB | 0xAC | 0xAE..=0xB1 | 0xB4 | 0xB6 | 0xBB | 0xBF) => {
            (Class::Other, 2)
        }
        // U+0621..U+063A and U+0641..U+064A: Arabic letters.
        0xD8 if (0xA1..=0xBA).contains(&next) => (Class::Letter, 2),
        0xD9 if (0x81..=0x8A).contains(&next) => (Class::Letter, 2),
        0xE2 if next == 0x80 => match b.get(i + 2) {
            // U+2018 and U+2019, the typographic apostrophes.
            Some(0x98 | 0x99) => (Class::MidNumLet, 3),
            // – — “ ” • …
            Some(0x93 | 0x94 | 0x9C | 0x9D | 0xA2 | 0xA6) => (Class::Other, 3),
            _ => (Class::Slow, 0),
        },
        // €
        0xE2 if next == 0x82 && b.get(i + 2) == Some(&0xAC) => (Class::Other, 3),
        _ => (Class::Slow, 0),
    }
}

/// Counts the Unicode words of `text` exactly as `text.unicode_words().count()`.
pub fn count_words(text: &str) -> u64 {
    let b = text.as_bytes();
    let mut count = 0;
    // The current token: where it starts and the words it has finished so far.
    let mut token_start = 0;
    let mut token_words = 0;
    // The current word segment, if any, and whether it holds a letter or digit.
    let mut in_word = false;
    let mut alnum = false;
    // The class of the previous character within the token.
    let mut last = Class::Other;
    let mut i = 0;
    while i < b.len() {
        let (class, len) = class_at(b, i);
        match class {
            Class::Space => {
                count += token_words + u64::from(in_word && alnum);
                token_words = 0;
                in_word = false;
                token_start = i + 1;
                last = Class::Space;
                i += 1;
                continue;
            }
            Class::Letter | Class::Digit | Class::Under => {
                if !in_word {
                    in_word = true;
                    alnum = false;
                }
                alnum |= class != Class::Under;
                // The rest of a run of ASCII word characters, in a tight loop.
                let mut j = i + len;
                let mut class = class;
                while let Some(&c) = b.get(j) {
                    let k = if c < 0x80 {
                        ASCII[usize::from(c)]
                    } else {
                        Class::Slow
                    };
                    if !matches!(k, Class::Letter | Class::Digit | Class::Under) {
                        break;
                    }
                    alnum |= k != Class::Under;
                    class = k;
                    j += 1;
                }
                last = class;
                i = j;
                continue;
            }
            Class::Other => {
                token_words += u64::from(in_word && alnum);
                in_word = false;
            }
            Class::Slow => {
                (count, i) = (count + crate_words(text, token_start, i), token_end(b, i));
                (token_words, in_word, token_start) = (0, false, i);
                continue;
            }
            mid => {
                // WB6-7 (letters across MidLetter or MidNumLet) and WB11-12 (digits across
                // MidNum or MidNumLet) need the character after the middle one.
                let next = if i + len < b.len() {
                    class_at(b, i + len).0
                } else {
                    Class::Other
                };
                if next == Class::Slow {
                    // The whole token goes to the crate: see the `Slow` arm.
                    i += len;
                    continue;
                }
                let joins = in_word
                    && ((last == Class::Letter
                        && next == Class::Letter
                        && matches!(mid, Class::MidLetter | Class::MidNumLet))
                        || (last == Class::Digit
                            && next == Class::Digit
                            && matches!(mid, Class::MidNum | Class::MidNumLet)));
                if !joins {
                    token_words += u64::from(in_word && alnum);
                    in_word = false;
                }
            }
        }
        last = class;
        i += len;
    }
    count + token_words + u64::from(in_word && alnum)
}

/// The crate's word count of the token from `start` to the white space after `i`.
fn crate_words(text: &str, start: usize, i: usize) -> u64 {
    text[start..token_end(text.as_bytes(), i)]
        .unicode_words()
        .count() as u64
}

/// The end of the token that holds byte `i`: the next ASCII white space, or the end.
fn token_end(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .position(|c| matches!(c, b' ' | b'\n' | b'\t' | b'\r'))
        .map_or(b.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> u64 {
        text.unicode_words().count() as u64
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
            "e-mail foo_bar __ _x_",
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
            "日本語のテキスト",
            "👍🏽 ok",
            "live🌍 now",
            "a\u{200E}b",
            " \u{0301}abc",
            "é\u{0301}",
            "x\r\ny",
            "tab\tsep",
            "ARR-2019/Q3",
            "a.’b",
            "’",
            "a’",
            "",
        ] {
            assert_eq!(count_words(text), reference(text), "{text:?}");
        }
    }

    /// Every character the fast path classifies, in every position that matters.
    #[test]
    fn fast_path_letters_match_the_crate() {
        let ranges = [0x80..0x300u32, 0x3F0..0x700, 0x2000..0x2100];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("1{c}2"),
                format!("{c}.{c}"),
                format!("{c}:a"),
                format!("{c}1_"),
                format!("x {c}’{c} y"),
            ] {
                assert_eq!(count_words(&text), reference(&text), "{text:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn word_counts_match_the_crate(text in "[a-cA-C0-2_ .,;:'\n\t\r\"!?@/éßÿŁžǅЖё×÷’‘日\u{301}\u{200E}\u{200D}👍🏽-]{0,40}") {
            prop_assert_eq!(count_words(&text), reference(&text));
        }
    }
}
