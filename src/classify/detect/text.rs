//! Small text helpers shared by the detectors: Unicode word boundaries at byte offsets,
//! case variants of a phrase, and ASCII-case-insensitive look-around for context words.
//! Nothing here allocates except [`case_variants`], which runs at build time only.

/// The `char` that ends just before byte `i` of `s` (`i` on a char boundary).
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// The `char` that starts at byte `i` of `s` (`i` on a char boundary).
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// A character that continues a word: letters, digits, and combining marks.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended-A/B letters first: most non-ASCII text is made of them,
    // and `is_alphanumeric` searches a table for every character above ASCII.
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '×' && c != '÷';
    }
    // Then the other scripts and symbols common in posts: CJK ideographs, Hebrew and Arabic
    // letters are letters; emoji and pictographs are not.
    match c {
        '\u{4e00}'..='\u{9fff}' | '\u{5d0}'..='\u{5ea}' | '\u{621}'..='\u{63a}' => return true,
        '\u{641}'..='\u{64a}' | '\u{430}'..='\u{44f}' | '\u{410}'..='\u{42f}' => return true,
        '\u{1f300}'..='\u{1faff}' | '\u{2600}'..='\u{26ff}' => return false,
        _ => {}
    }
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// True when `s[start..end]` is not glued to word characters on either side.
pub fn is_whole_word(s: &str, start: usize, end: usize) -> bool {
    left_open(s, start) && right_open(s, end)
}

/// True when no word character ends at `start`.
pub fn left_open(s: &str, start: usize) -> bool {
    char_before(s, start).is_none_or(|c| !is_word_char(c))
}

/// True when no word character starts at `end`.
pub fn right_open(s: &str, end: usize) -> bool {
    char_at(s, end).is_none_or(|c| !is_word_char(c))
}

/// Moves `i` down to the nearest char boundary of `s`.
pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Moves `i` up to the nearest char boundary of `s`.
pub fn ceil_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The window `[start - before, end + after)` of `s`, clipped and on char boundaries,
/// with the offset of its first byte.
pub fn window(s: &str, start: usize, end: usize, before: usize, after: usize) -> (usize, &str) {
    let a = floor_boundary(s, start.saturating_sub(before));
    let b = ceil_boundary(s, end.saturating_add(after));
    (a, &s[a..b])
}

/// True when `needle` occurs in `hay` at the start of a word, ignoring ASCII case
/// ("Steuer-ID:" has "id" at a word start; "Bestellnummer" has no "nummer" at one).
pub fn contains_word_start_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return n.is_empty();
    }
    (0..=h.len() - n.len()).any(|i| {
        h[i..i + n.len()].eq_ignore_ascii_case(n) && hay.is_char_boundary(i) && left_open(hay, i)
    })
}

/// The case forms under which a phrase is searched with an ASCII-case-insensitive
/// automaton: the phrase itself, lowercase, title case (first letter upper) and uppercase.
/// Only forms that differ outside ASCII are kept, since ASCII case is folded anyway.
pub fn case_variants(phrase: &str) -> Vec<String> {
    let lower = phrase.to_lowercase();
    let mut title = String::with_capacity(lower.len());
    let mut chars = lower.chars();
    if let Some(c) = chars.next() {
        title.extend(c.to_uppercase());
        title.push_str(chars.as_str());
    }
    let mut out: Vec<String> = Vec::with_capacity(4);
    for v in [phrase.to_string(), lower, title, phrase.to_uppercase()] {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&v)) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_are_unicode_aware() {
        let s = "Grüße an Zoë, bitte";
        let z = s.find("Zoë").unwrap();
        assert!(is_whole_word(s, z, z + "Zoë".len()));
        assert!(!is_whole_word(s, z, z + 2));
        assert!(!is_whole_word("Straße", 0, 4));
    }

    #[test]
    fn fast_paths_agree_with_is_alphanumeric() {
        let ranges = [
            '\u{c0}'..='\u{24f}',
            '\u{400}'..='\u{6ff}',
            '\u{2600}'..='\u{27bf}',
            '\u{4e00}'..='\u{9fff}',
            '\u{1f300}'..='\u{1faff}',
        ];
        for c in ranges
            .into_iter()
            .flatten()
            .chain(['a', '_', '\u{301}', '€'])
        {
            let slow = c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c);
            assert_eq!(is_word_char(c), slow, "{c:?}");
        }
    }

    #[test]
    fn case_variants_only_differ_outside_ascii() {
        assert_eq!(case_variants("cancer"), vec!["cancer"]);
        // "ÄRZTIN" differs from "Ärztin" in ASCII case only, so the automaton folds it.
        assert_eq!(case_variants("ärztin"), vec!["ärztin", "Ärztin"]);
    }

    #[test]
    fn window_is_on_char_boundaries() {
        let s = "ééééé x ééééé";
        let (a, w) = window(s, 11, 12, 3, 3);
        assert_eq!(&s[a..a + w.len()], w);
    }
}
