//! Labelled documents: a text with the exact byte spans of what was inserted, and a
//! builder that keeps the spans right while the text grows. `[...]` in a template marks
//! the labelled span and `{a|b|c}` picks one alternative (see [`Builder::template`]).

use super::rng::Rng;

/// One ground-truth span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// `pii`, `special_category` or `people`.
    pub class: &'static str,
    /// The type id.
    pub kind: &'static str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// One generated document.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Language code: en, de, fr, es, nl, it.
    pub lang: &'static str,
    /// The text.
    pub text: String,
    /// The ground truth.
    pub labels: Vec<Label>,
}

/// Grows a document's text and labels together.
pub struct Builder {
    text: String,
    labels: Vec<Label>,
}

impl Builder {
    /// An empty document.
    pub fn new() -> Builder {
        Builder {
            text: String::new(),
            labels: Vec::new(),
        }
    }

    /// Appends unlabelled text.
    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Appends `s` as a labelled span.
    pub fn entity(&mut self, class: &'static str, kind: &'static str, s: &str) {
        let start = self.text.len();
        self.text.push_str(s);
        self.labels.push(Label {
            class,
            kind,
            start,
            end: self.text.len(),
        });
    }

    /// Appends a template: `{a|b}` chooses one alternative (no nesting), `[...]` is labelled
    /// with (`class`, `kind`), and `@` is replaced by `slot` as a labelled span of
    /// (`slot_class`, `slot_kind`) when given, plain text otherwise.
    pub fn template(
        &mut self,
        rng: &mut Rng,
        t: &str,
        class: &'static str,
        kind: &'static str,
        slot: Option<(&str, &'static str, &'static str)>,
    ) {
        let mut open: Option<usize> = None;
        let mut rest = t;
        while let Some(c) = rest.chars().next() {
            match c {
                '{' => {
                    let close = rest.find('}').expect("unclosed {");
                    let alts: Vec<&str> = rest[1..close].split('|').collect();
                    self.text.push_str(alts[rng.below(alts.len())]);
                    rest = &rest[close + 1..];
                    continue;
                }
                '[' => open = Some(self.text.len()),
                ']' => {
                    let start = open.take().expect("] without [");
                    self.labels.push(Label {
                        class,
                        kind,
                        start,
                        end: self.text.len(),
                    });
                }
                '@' => match slot {
                    Some((s, sc, sk)) if !sk.is_empty() => self.entity(sc, sk, s),
                    Some((s, _, _)) => self.push(s),
                    None => self.text.push('@'),
                },
                _ => self.text.push(c),
            }
            rest = &rest[c.len_utf8()..];
        }
    }

    /// Current length in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The finished document.
    pub fn finish(self, lang: &'static str) -> Doc {
        Doc {
            lang,
            text: self.text,
            labels: self.labels,
        }
    }
}
