//! `Detectors::scan` never panics and keeps its output contract on arbitrary text: random
//! strings over an alphabet of the characters the detectors care about (digits,
//! separators, '@', ':', '/', '.', letters with diacritics, Cyrillic, emoji, combining
//! marks) and over fragments of real entities.

use super::accuracy::eval::rng;

const PIECES: &[&str] = &[
    "0",
    "1",
    "4",
    "9",
    " ",
    "-",
    ".",
    "/",
    "(",
    ")",
    "+",
    "@",
    ":",
    "::",
    "www.",
    "http://",
    "https://",
    "DE89",
    "GB82",
    "WEST",
    "AB",
    "C",
    "é",
    "ß",
    "Ø",
    "Ж",
    "🙂",
    "\u{301}",
    "\n",
    ",",
    "'",
    "’",
    "Rose Hill",
    "in ",
    "Straße",
    "rue",
    "Street",
    "cancer",
    "union",
    "*",
    "krebs",
    "Brust",
    "diabet",
    "=",
    "!",
    "x",
    "Q",
    "\u{202e}",
    "\0",
];

#[test]
fn random_text_never_panics() {
    let det = linkedin_exposure::classify::detect::Detectors::new(&[
        ("Rose".into(), "Hill".into()),
        ("Иван".into(), "Петров".into()),
    ]);
    let mut r = rng::Rng::new(42);
    let mut out = Vec::new();
    for _ in 0..20_000 {
        let mut t = String::new();
        for _ in 0..r.range(0, 40) {
            let p: &&str = r.pick(PIECES);
            t.push_str(p);
        }
        out.clear();
        det.scan(&t, &mut out);
        for f in &out {
            assert!(f.start < f.end && f.end <= t.len(), "{f:?} in {t:?}");
            assert!(
                t.is_char_boundary(f.start) && t.is_char_boundary(f.end),
                "{f:?} in {t:?}"
            );
        }
    }
}
