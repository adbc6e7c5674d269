//! The one text pass for phrases: lexicon patterns of the special categories and the
//! connections' names. Every such pattern starts at a word start (compound tails such as
//! `*krebs` end at a word end instead), so the pass walks the words: a word start whose
//! first four bytes (ASCII case folded; three or two for patterns that short) begin no
//! pattern is skipped after a bitset probe; only the rest runs an anchored, overlapping
//! Aho-Corasick search there. The connections' names are looked up by a hash of a word and
//! the next one instead ([`NameIndex`]), and only at words a name can start. Compound tails get the same treatment keyed on a word's
//! last four bytes. Hits are reported by
//! pattern index (the lexicon's first, then the names); their checks live with their
//! owners, [`super::special`] and [`super::people`].

use aho_corasick::automaton::OverlappingState;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::hash::BuildHasherDefault;

/// Who a pattern hit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A lexicon pattern, by its index in the lexicon's pattern list.
    Lexicon(usize),
    /// A name pattern, by its index in the names' pattern list.
    Name(usize),
}

/// A set of short keys, hashed into 2^16 bits (8 KiB: stays in L1 cache).
struct KeySet {
    bits: Vec<u64>,
    empty: bool,
}

impl KeySet {
    fn new() -> KeySet {
        KeySet {
            bits: vec![0; 1 << 10],
            empty: true,
        }
    }

    fn slot(k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn insert(&mut self, k: u64) {
        let s = Self::slot(k);
        self.bits[s >> 6] |= 1 << (s & 63);
        self.empty = false;
    }

    fn contains(&self, k: u64) -> bool {
        let s = Self::slot(k);
        !self.empty && self.bits[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// Up to four bytes of `b` from `i` as a little-endian key, ASCII case folded by setting
/// bit 5 of every byte (the same fold on text and patterns; non-letters may collide,
/// which only costs a wasted search), zero-padded past the end.
#[inline]
fn key(b: &[u8], i: usize) -> u32 {
    if let Some(w) = b.get(i..i + 4) {
        return u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | 0x2020_2020;
    }
    let mut k = [0u8; 4];
    let n = b.len().saturating_sub(i).min(4);
    k[..n].copy_from_slice(&b[i..i + n]);
    u32::from_le_bytes(k) | [0, 0x20, 0x2020, 0x0020_2020, 0x2020_2020][n]
}

/// Eight bytes of `b` from `i`, folded like [`key`], or `None` near the end.
#[inline]
fn key8(b: &[u8], i: usize) -> Option<u64> {
    let w = b.get(i..i + 8)?;
    let mut k = [0u8; 8];
    k.copy_from_slice(w);
    Some(u64::from_le_bytes(k) | 0x2020_2020_2020_2020)
}

/// Masks of the low 4, 3 and 2 bytes of a key.
const MASK: [u32; 3] = [u32::MAX, 0x00FF_FFFF, 0x0000_FFFF];

/// One group of patterns with its automaton and key sets.
struct Group {
    ac: AhoCorasick,
    /// Automaton pattern id -> global pattern index.
    ids: Vec<u32>,
    /// Keys of patterns of 4 to 7 bytes (tails: 4 or more), of 3 bytes, of 2 bytes.
    keys: [KeySet; 3],
    /// Heads only: the first 8 bytes of patterns of 8 bytes or more, so that a word such
    /// as "in", "my" or "la" that starts many phrases does not pass on its own.
    long: KeySet,
    /// Heads only: the first 4 bytes of every pattern of 4 bytes or more, so that most
    /// words take one probe, not one per set.
    first4: KeySet,
}

impl Group {
    /// Builds the group. The automaton is a contiguous NFA, never a DFA: the lexicon and
    /// a few thousand names (60 KB of patterns) made a 32 MiB DFA, so every step of a
    /// search missed the cache (measured: 21% of `scan` time, against 6% with the NFA, and
    /// 38 MiB more peak RSS). Anchored searches never follow an NFA failure link.
    fn build(pats: &[(&str, u32)], anchored: bool, head: bool) -> Option<Group> {
        if pats.is_empty() {
            return None;
        }
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .start_kind(if anchored {
                StartKind::Anchored
            } else {
                StartKind::Unanchored
            })
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(pats.iter().map(|(p, _)| p))
            .expect("phrase automaton");
        let mut keys = [KeySet::new(), KeySet::new(), KeySet::new()];
        let mut long = KeySet::new();
        let mut first4 = KeySet::new();
        for (p, _) in pats {
            let b = p.as_bytes();
            if head && b.len() >= 4 {
                first4.insert(u64::from(key(b, 0)));
            }
            if head && b.len() >= 8 {
                long.insert(key8(b, 0).unwrap_or(0));
                continue;
            }
            let slot = match b.len() {
                0..=2 => 2,
                3 => 1,
                _ => 0,
            };
            let n = 4 - slot;
            // Heads: the first n bytes; tails: the last n bytes, as the text probe sees them.
            let k = if head {
                key(&b[..b.len().min(n)], 0)
            } else {
                key(b, b.len().saturating_sub(n))
            };
            keys[slot].insert(u64::from(k & MASK[slot]));
        }
        Some(Group {
            ac,
            ids: pats.iter().map(|(_, i)| *i).collect(),
            keys,
            long,
            first4,
        })
    }

    /// True when some pattern may start at byte `i` of `b`.
    #[inline]
    fn probe_head(&self, b: &[u8], i: usize) -> bool {
        let k = key(b, i);
        (self.first4.contains(u64::from(k))
            && (self.keys[0].contains(u64::from(k))
                || key8(b, i).is_some_and(|k8| self.long.contains(k8))))
            || self.keys[1].contains(u64::from(k & MASK[1]))
            || self.keys[2].contains(u64::from(k & MASK[2]))
    }

    /// True when some pattern may end with the four bytes before a word end (`k` from
    /// [`key`] at `end - 4`): shorter tails are compared on the key's high bytes.
    fn probe_tail(&self, k: u32) -> bool {
        self.keys[0].contains(u64::from(k))
            || self.keys[1].contains(u64::from(key_tail(k, 3)))
            || self.keys[2].contains(u64::from(key_tail(k, 2)))
    }
}

/// The last `n` bytes of a 4-byte key, moved to the low end as [`key`] would load them.
fn key_tail(k: u32, n: u32) -> u32 {
    k >> (8 * (4 - n))
}

/// The combined matcher.
pub struct PhraseMatcher {
    /// Lexicon patterns that start at a word start.
    heads: Option<Group>,
    /// The connections' names, found by their first two words.
    names: Option<NameIndex>,
    /// Bit `c - b'a'` is set when some name is written starting with the lowercase ASCII
    /// letter `c`. A name is only ever found in its own spelling or in capitals, so a word
    /// starting with any other lowercase letter (most words) cannot begin a name.
    names_lower: u32,
    /// Lexicon compound tails (`*krebs`), which end at a word end.
    tails: Option<Group>,
    /// Number of lexicon patterns; name patterns follow them.
    split: usize,
}

/// ASCII word characters, as [`super::text::is_word_char`] sees them.
static ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_';
        i += 1;
    }
    t
};

impl PhraseMatcher {
    /// Builds the matcher. `lexicon` holds (pattern, is compound tail); `names` patterns
    /// always start at a word start.
    pub fn new(lexicon: &[(String, bool)], names: &[String]) -> PhraseMatcher {
        let mut heads: Vec<(&str, u32)> = Vec::new();
        let mut tails: Vec<(&str, u32)> = Vec::new();
        for (i, (p, tail)) in lexicon.iter().enumerate() {
            if *tail { &mut tails } else { &mut heads }.push((p, i as u32));
        }
        let mut name_pats: Vec<(&str, u32)> = Vec::new();
        let mut names_lower = 0;
        for (i, p) in names.iter().enumerate() {
            name_pats.push((p, (lexicon.len() + i) as u32));
            if let Some(c @ b'a'..=b'z') = p.bytes().next() {
                names_lower |= 1 << (c - b'a');
            }
        }
        let names = NameIndex::build(&name_pats);
        PhraseMatcher {
            heads: Group::build(&heads, true, true),
            names,
            names_lower,
            tails: Group::build(&tails, false, false),
            split: lexicon.len(),
        }
    }

    /// Calls `f(hit, start, end)` for every pattern occurrence in `t` that starts at a word
    /// start (compound tails: that ends at a word end), overlapping ones too.
    pub fn for_each(&self, t: &str, mut f: impl FnMut(Hit, usize, usize)) {
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if !ASCII_WORD[usize::from(c)] {
                    i += 1;
                    continue;
                }
            } else {
                let ch = t[i..].chars().next().unwrap_or(' ');
                if !super::text::is_word_char(ch) {
                    i += ch.len_utf8();
                    continue;
                }
            }
            let start = i;
            let end = word_end(t, start);
            if let Some(h) = &self.heads {
                if h.probe_head(b, start) {
                    self.anchored(h, t, start, &mut f);
                }
            }
            if let Some(n) = &self.names {
                let lower = c.is_ascii_lowercase() && self.names_lower & (1 << (c - b'a')) == 0;
                if !lower {
                    n.find(t, start, end, |g, s, e| f(self.hit(g), s, e));
                    if let Some(rest) = &n.rest {
                        if rest.probe_head(b, start) {
                            self.anchored(rest, t, start, &mut f);
                        }
                    }
                }
            }
            if let Some(tl) = &self.tails {
                if end - start > 4 && tl.probe_tail(key(b, end - 4)) {
                    for m in tl
                        .ac
                        .find_overlapping_iter(Input::new(&t[..end]).range(start + 1..end))
                    {
                        if m.end() == end {
                            let g = tl.ids[m.pattern().as_usize()] as usize;
                            f(self.hit(g), m.start(), m.end());
                        }
                    }
                }
            }
            i = end.max(start + 1);
        }
    }

    fn hit(&self, g: usize) -> Hit {
        if g < self.split {
            Hit::Lexicon(g)
        } else {
            Hit::Name(g - self.split)
        }
    }

    fn anchored(&self, h: &Group, t: &str, start: usize, f: &mut impl FnMut(Hit, usize, usize)) {
        let input = Input::new(t).range(start..).anchored(Anchored::Yes);
        let mut state = OverlappingState::start();
        loop {
            if h.ac
                .try_find_overlapping(input.clone(), &mut state)
                .is_err()
            {
                return;
            }
            let Some(m) = state.get_match() else { return };
            f(
                self.hit(h.ids[m.pattern().as_usize()] as usize),
                m.start(),
                m.end(),
            );
        }
    }
}

/// The connections' names by their first two words. A name is a handful of words, and
/// most words of a text start none, so instead of an automaton walk at every capitalised
/// word (tens of thousands of names make an automaton that misses the cache at every step),
/// a word and the one after it are hashed (ASCII case folded, as the automaton folds) and
/// looked up once; the few names under that key are then compared byte for byte.
struct NameIndex {
    /// The heads' prefilter: a word whose first bytes start no name is not hashed.
    probe: Group,
    /// Key hash -> range of `entries`.
    keys: std::collections::HashMap<u64, (u32, u32), BuildHasherDefault<KeyHasher>>,
    /// (pattern bytes, global pattern index), grouped by key.
    entries: Vec<(Box<[u8]>, u32)>,
    /// Names that are not two words apart by a short separator ("Anna --"): the automaton.
    rest: Option<Group>,
}

/// Longest separator between a name's first two words that the index handles (". ", " - ").
const MAX_SEPARATOR: usize = 4;

impl NameIndex {
    fn build(pats: &[(&str, u32)]) -> Option<NameIndex> {
        if pats.is_empty() {
            return None;
        }
        let mut keyed: Vec<(u64, &str, u32)> = Vec::with_capacity(pats.len());
        let mut rest: Vec<(&str, u32)> = Vec::new();
        for &(p, id) in pats {
            match two_words(p, 0) {
                Some((hash, _)) => keyed.push((hash, p, id)),
                None => rest.push((p, id)),
            }
        }
        keyed.sort_unstable_by_key(|&(hash, _, id)| (hash, id));
        let mut keys = std::collections::HashMap::with_capacity_and_hasher(
            keyed.len(),
            BuildHasherDefault::<KeyHasher>::default(),
        );
        let mut entries = Vec::with_capacity(keyed.len());
        for (i, &(hash, p, id)) in keyed.iter().enumerate() {
            let range = keys.entry(hash).or_insert((i as u32, i as u32));
            range.1 = i as u32 + 1;
            entries.push((Box::from(p.as_bytes()), id));
        }
        Some(NameIndex {
            probe: Group::build(pats, true, true)?,
            keys,
            entries,
            rest: Group::build(&rest, true, true),
        })
    }

    /// Calls `f(global index, start, end)` for every name that begins with the word at
    /// `start..end` of `t` (ASCII case folded; the caller checks the exact form).
    fn find(&self, t: &str, start: usize, end: usize, mut f: impl FnMut(usize, usize, usize)) {
        let b = t.as_bytes();
        if !self.probe.probe_head(b, start) {
            return;
        }
        let Some((hash, _)) = two_words_at(t, start, end) else {
            return;
        };
        let Some(&(from, to)) = self.keys.get(&hash) else {
            return;
        };
        for (p, id) in &self.entries[from as usize..to as usize] {
            if b.get(start..start + p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p))
            {
                f(*id as usize, start, start + p.len());
            }
        }
    }
}

/// The key of a text's first two words from byte `i` (a word start): the hash and the end
/// of the second word. `None` when there is no second word within [`MAX_SEPARATOR`] bytes.
fn two_words(t: &str, i: usize) -> Option<(u64, usize)> {
    let first = word_end(t, i);
    (first > i).then_some(())?;
    two_words_at(t, i, first)
}

/// As [`two_words`], with the first word's end already known.
fn two_words_at(t: &str, start: usize, first_end: usize) -> Option<(u64, usize)> {
    let b = t.as_bytes();
    let mut second = first_end;
    loop {
        if second - first_end > MAX_SEPARATOR || second >= b.len() {
            return None;
        }
        let ch = t[second..].chars().next()?;
        if super::text::is_word_char(ch) {
            break;
        }
        second += ch.len_utf8();
    }
    let second_end = word_end(t, second);
    let mut h = FoldHash::default();
    h.add(&b[start..first_end]);
    h.add(&[0x1F]);
    h.add(&b[second..second_end]);
    Some((h.0, second_end))
}

/// FNV-1a over ASCII-case-folded bytes.
struct FoldHash(u64);

impl Default for FoldHash {
    fn default() -> FoldHash {
        FoldHash(0xcbf2_9ce4_8422_2325)
    }
}

impl FoldHash {
    fn add(&mut self, bytes: &[u8]) {
        for &c in bytes {
            self.0 = (self.0 ^ u64::from(c.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The keys are hashes already: used as they are, mixed once.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &c in bytes {
            self.0 = (self.0 << 8) ^ u64::from(c);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The end of the word that starts at `i`.
#[inline]
fn word_end(t: &str, mut i: usize) -> usize {
    let b = t.as_bytes();
    while i < b.len() {
        if b[i] < 0x80 {
            if !ASCII_WORD[usize::from(b[i])] {
                break;
            }
            i += 1;
        } else {
            let ch = t[i..].chars().next().unwrap_or(' ');
            if !super::text::is_word_char(ch) {
                break;
            }
            i += ch.len_utf8();
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_by_their_first_two_words() {
        let names = [
            "Anna Maria",
            "Anna Maria Schmidt",
            "J. Smith",
            "ANNA MARIA",
            "Li --",
        ]
        .map(String::from);
        let m = PhraseMatcher::new(&[], &names);
        // Lowercase words start no name here (no name is written in lowercase), and a
        // double space is not the single space of a name.
        let t = "Anna Maria Schmidt met J. Smith, Li -- and ANNA MARIA; anna maria, Anna  Maria";
        let mut v = Vec::new();
        m.for_each(t, |h, s, e| v.push((h, s, &t[s..e])));
        v.sort_by_key(|&(h, s, _)| (s, format!("{h:?}")));
        let at = |w: &str| t.find(w).unwrap();
        assert_eq!(
            v,
            vec![
                (Hit::Name(0), 0, "Anna Maria"),
                (Hit::Name(1), 0, "Anna Maria Schmidt"),
                (Hit::Name(3), 0, "Anna Maria"),
                (Hit::Name(2), at("J."), "J. Smith"),
                (Hit::Name(4), at("Li"), "Li --"),
                (Hit::Name(0), at("ANNA"), "ANNA MARIA"),
                (Hit::Name(3), at("ANNA"), "ANNA MARIA"),
            ]
        );
    }

    #[test]
    fn heads_tails_and_names() {
        let lex = vec![
            ("diabet".to_string(), false),
            ("krebs".to_string(), true),
            ("trade union".to_string(), false),
        ];
        let m = PhraseMatcher::new(&lex, &["Zoë Løkke".to_string()]);
        let t = "Brustkrebs, DIABETES; a trade union; Zoë Løkke; krebs";
        let mut v = Vec::new();
        m.for_each(t, |h, s, e| v.push((h, &t[s..e])));
        assert_eq!(
            v,
            vec![
                (Hit::Lexicon(1), "krebs"),
                (Hit::Lexicon(0), "DIABET"),
                (Hit::Lexicon(2), "trade union"),
                (Hit::Name(0), "Zoë Løkke")
            ]
        );
    }
}
