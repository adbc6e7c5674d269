//! Accuracy measurement of the detectors: a seeded generator of a labelled multilingual
//! corpus (EN, DE, FR, ES, NL, IT) and per-type precision and recall. Shared by
//! `examples/accuracy.rs`, `examples/detect-bench.rs` and `tests/accuracy.rs` through
//! `#[path]`; it is not part of the library.
//!
//! Scoring: a finding is a true positive when its span overlaps a labelled span of the
//! same type; a label is found when some finding of its type overlaps it. Precision is
//! counted over findings, recall over labels.
#![allow(dead_code)]

pub mod doc;
pub mod export;
pub mod gen_ids;
pub mod gen_people;
pub mod gen_pii;
pub mod gen_special;
pub mod lang;
pub mod rng;

use std::collections::{BTreeMap, HashSet};

use doc::{Builder, Doc};
use linkedin_exposure::classify::detect::{Detectors, Finding, PII_TYPES, SPECIAL_TYPES};
use rng::Rng;

/// The languages of the corpus.
pub const LANGS: [&str; 6] = ["en", "de", "fr", "es", "nl", "it"];

/// A generated corpus: the member's connections and the documents.
pub struct Corpus {
    /// (first, last) names given to `Detectors::new`.
    pub connections: Vec<(String, String)>,
    /// The labelled documents.
    pub docs: Vec<Doc>,
}

/// Every type id with its class, in report order.
pub fn all_types() -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<(&str, &str)> = PII_TYPES.iter().map(|t| ("pii", *t)).collect();
    v.extend(SPECIAL_TYPES.iter().map(|t| ("special_category", *t)));
    v.push(("people", "names"));
    v
}

fn of_lang<T: Copy>(r: &mut Rng, xs: &[T], lang: &str, key: impl Fn(&T) -> &str) -> Option<T> {
    let c: Vec<&T> = xs.iter().filter(|x| key(x) == lang).collect();
    (!c.is_empty()).then(|| *c[r.below(c.len())])
}

/// Generates `n` documents from `seed`.
pub fn generate(seed: u64, n: usize) -> Corpus {
    let mut r = Rng::new(seed);
    let connections = gen_people::connections(&mut r, 800);
    let known: HashSet<String> = connections
        .iter()
        .map(|(a, b)| format!("{a} {b}"))
        .collect();
    let types = all_types();
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        let lang = *r.pick(&LANGS);
        let mut b = Builder::new();
        if r.chance(0.3) {
            // A message greeting with a connection's first name only: not a finding.
            let (f, _) = r.pick(&connections);
            b.push(&format!(
                "{} {f},\n",
                r.pick(&["Hi", "Hallo", "Bonjour", "Hola", "Hoi", "Ciao"])
            ));
        }
        for i in 0..r.range(2, 6) {
            if i > 0 {
                b.push(if r.chance(0.2) { "\n" } else { " " });
            }
            let roll = r.below(100);
            if roll < 40 {
                let (_, t) = of_lang(&mut r, lang::FILLER, lang, |x| x.0).unwrap();
                b.push(t);
            } else if roll < 75 {
                let (class, kind) = *r.pick(&types);
                entity(&mut r, &mut b, lang, class, kind, &connections);
            } else {
                negative(&mut r, &mut b, lang, &connections, &known);
            }
        }
        docs.push(b.finish(lang));
    }
    Corpus { connections, docs }
}

fn entity(
    r: &mut Rng,
    b: &mut Builder,
    lang: &str,
    class: &'static str,
    kind: &'static str,
    conns: &[(String, String)],
) {
    match class {
        "pii" if kind == "national_id" => {
            let (ctx, id) = gen_ids::national_id(r);
            let (_, t) = of_lang(r, lang::ID_CARRIERS, lang, |x| x.0).unwrap();
            b.template(r, &t.replace('#', &ctx), "", "", Some((&id, "pii", kind)));
        }
        "pii" => {
            let value = match kind {
                "email" => gen_pii::email(r),
                "phone" => gen_pii::phone(r),
                "iban" => gen_pii::iban(r, true),
                "payment_card" => gen_pii::card(r, true),
                "ip_address" => gen_pii::ip(r),
                "url" => gen_pii::url(r),
                _ => gen_pii::address(r),
            };
            let mut pool: Vec<&str> = lang::PII_CARRIERS
                .iter()
                .filter(|x| x.0 == lang && x.1 == kind)
                .map(|x| x.2)
                .collect();
            if pool.is_empty() {
                pool = lang::PII_CARRIERS
                    .iter()
                    .filter(|x| x.0 == "en" && x.1 == kind)
                    .map(|x| x.2)
                    .collect();
            }
            let t = pool[r.below(pool.len())];
            b.template(r, t, "", "", Some((&value, "pii", kind)));
        }
        "special_category" => {
            let pool: Vec<&(&str, &str, &str)> = gen_special::POSITIVE
                .iter()
                .filter(|x| x.0 == kind && x.1 == lang)
                .collect();
            let pool = if pool.is_empty() {
                gen_special::POSITIVE
                    .iter()
                    .filter(|x| x.0 == kind)
                    .collect()
            } else {
                pool
            };
            let t = pool[r.below(pool.len())].2;
            b.template(r, t, "special_category", kind, None);
        }
        _ => {
            let (f, l) = r.pick(conns);
            let mut name = format!("{f} {l}");
            let (_, t) = of_lang(r, gen_people::MENTIONS, lang, |x| x.0).unwrap();
            if t.starts_with("THANK") || r.chance(0.05) {
                name = name.to_uppercase();
            }
            b.template(r, t, "", "", Some((&name, "people", "names")));
        }
    }
}

fn negative(
    r: &mut Rng,
    b: &mut Builder,
    lang: &str,
    conns: &[(String, String)],
    known: &HashSet<String>,
) {
    match r.below(10) {
        0..=3 => {
            let neg = gen_pii::hard_negative(r);
            let (_, t) = of_lang(r, lang::NEG_CARRIERS, lang, |x| x.0).unwrap();
            b.template(r, t, "", "", Some((&neg, "", "")));
        }
        4..=6 => {
            let t = of_lang(r, gen_special::NEGATIVE, lang, |x| x.0).map_or("", |x| x.1);
            b.push(t);
        }
        7 => {
            let t = r.pick(gen_people::NEGATIVE).1;
            b.push(t);
        }
        8 => {
            // A stranger's full name, and a connection's last name alone.
            let s = gen_people::stranger(r, known);
            let (_, t) = of_lang(r, gen_people::MENTIONS, lang, |x| x.0).unwrap();
            b.template(r, t, "", "", Some((&s, "", "")));
        }
        _ => {
            let (_, l) = r.pick(conns);
            b.push(&format!("Meeting with the {l} family next week."));
        }
    }
}

/// Counts per type.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Labels of the type.
    pub labels: usize,
    /// Labels overlapped by a finding of the type.
    pub found: usize,
    /// Findings of the type.
    pub findings: usize,
    /// Findings that overlap a label of the type.
    pub correct: usize,
}

impl Counts {
    /// Precision (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.findings == 0 {
            1.0
        } else {
            self.correct as f64 / self.findings as f64
        }
    }

    /// Recall (1 when nothing was labelled).
    pub fn recall(&self) -> f64 {
        if self.labels == 0 {
            1.0
        } else {
            self.found as f64 / self.labels as f64
        }
    }
}

/// Per-type counts, plus the false positives and misses as (type, doc index, span text).
pub struct Score {
    /// Counts per type id.
    pub per_type: BTreeMap<&'static str, Counts>,
    /// Findings that match no label: (type, doc, text).
    pub false_pos: Vec<(&'static str, usize, String)>,
    /// Labels no finding matched: (type, doc, text).
    pub misses: Vec<(&'static str, usize, String)>,
}

/// Runs the detectors over the corpus and scores them.
pub fn score(corpus: &Corpus, det: &Detectors) -> Score {
    let mut per_type: BTreeMap<&'static str, Counts> = all_types()
        .into_iter()
        .map(|(_, t)| (t, Counts::default()))
        .collect();
    let (mut false_pos, mut misses) = (Vec::new(), Vec::new());
    let mut found: Vec<Finding> = Vec::new();
    for (i, d) in corpus.docs.iter().enumerate() {
        found.clear();
        det.scan(&d.text, &mut found);
        for f in &found {
            let c = per_type.get_mut(f.kind).expect("known type");
            c.findings += 1;
            if d.labels
                .iter()
                .any(|l| l.kind == f.kind && l.start < f.end && f.start < l.end)
            {
                c.correct += 1;
            } else {
                false_pos.push((f.kind, i, d.text[f.start..f.end].to_string()));
            }
        }
        for l in &d.labels {
            let c = per_type.get_mut(l.kind).expect("known type");
            c.labels += 1;
            if found
                .iter()
                .any(|f| l.kind == f.kind && l.start < f.end && f.start < l.end)
            {
                c.found += 1;
            } else {
                misses.push((l.kind, i, d.text[l.start..l.end].to_string()));
            }
        }
    }
    Score {
        per_type,
        false_pos,
        misses,
    }
}

/// The target of a type: 0.95 for pii and people, 0.90 for special categories.
pub fn target(kind: &str) -> f64 {
    if SPECIAL_TYPES.contains(&kind) {
        0.90
    } else {
        0.95
    }
}

/// Special-category labels whose text holds no plain lexicon phrase (one without `*`,
/// `=` or a regex) as a whole word: found, if at all, only through stems, compound tails
/// or regexes. Returns (such labels, all special-category labels).
pub fn held_out(corpus: &Corpus) -> (usize, usize) {
    let plain: Vec<&str> = linkedin_exposure::classify::detect::special::SpecialDetector::shared()
        .entries()
        .iter()
        .filter(|e| {
            !e.negative && !e.left_open && !e.right_open && !e.exact_case && e.regex.is_none()
        })
        .map(|e| e.phrase.as_str())
        .collect();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (mut held, mut all) = (0, 0);
    for d in &corpus.docs {
        for l in d.labels.iter().filter(|l| l.class == "special_category") {
            all += 1;
            let t = d.text[l.start..l.end].to_lowercase().replace('’', "'");
            let literal = plain.iter().any(|p| {
                t.match_indices(p).any(|(i, _)| {
                    !word(t[..i].chars().next_back()) && !word(t[i + p.len()..].chars().next())
                })
            });
            held += usize::from(!literal);
        }
    }
    (held, all)
}

/// Typical post text for throughput: about `bytes` of documents that are mostly plain
/// prose (filler sentences), with one accuracy-corpus document in twenty.
pub fn typical_posts(seed: u64, bytes: usize) -> Vec<String> {
    let mut r = Rng::new(seed);
    let dense = generate(seed, 2000).docs;
    let (mut out, mut total) = (Vec::new(), 0);
    while total < bytes {
        let text = if r.chance(0.05) {
            r.pick(&dense).text.clone()
        } else {
            let lang = *r.pick(&LANGS);
            let mut b = Builder::new();
            for i in 0..r.range(3, 12) {
                if i > 0 {
                    b.push(" ");
                }
                b.push(of_lang(&mut r, lang::FILLER, lang, |x| x.0).unwrap().1);
            }
            b.finish(lang).text
        };
        total += text.len();
        out.push(text);
    }
    out
}
