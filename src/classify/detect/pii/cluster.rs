//! Digit clusters: the prefilter of every number-shaped detector. One pass finds the next
//! ASCII digit; around it a cluster is grown from tokens of ASCII letters and digits that
//! are joined by one separator (` `, `-`, `.`, `/`, or a parenthesis), e.g.
//! `+44 (0)20 7946 0958`, `DE89 3704 0044 0532 0130 00`, `AB 12 34 56 C`, `12.03.2024`.
//! Which kind of number a cluster is (if any) is decided by the callers in [`super`].
//! No allocation: tokens live in a fixed array.

/// Most tokens one cluster holds; a longer run is cut there.
pub const MAX_TOKENS: usize = 12;

/// One token of a cluster: a maximal run of ASCII letters and digits.
#[derive(Debug, Clone, Copy, Default)]
pub struct Token {
    /// Byte offset of the token in the text.
    pub start: usize,
    /// Byte offset one past the token.
    pub end: usize,
    /// Number of ASCII digits in the token.
    pub digits: u8,
    /// True when the token has only uppercase ASCII letters.
    pub upper: bool,
}

impl Token {
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty token (never produced by the scan).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// True when the token is all digits.
    pub fn all_digits(&self) -> bool {
        usize::from(self.digits) == self.len()
    }
}

/// A run of tokens joined by single separators.
#[derive(Debug, Clone, Copy)]
pub struct Cluster<'t> {
    /// The whole text the cluster was found in.
    pub text: &'t str,
    /// The tokens; only `tokens[..n]` are valid.
    pub tokens: [Token; MAX_TOKENS],
    /// Number of valid tokens.
    pub n: usize,
    /// Byte offset of a `+` or `(` right before the first token, if any.
    pub lead: Option<usize>,
}

impl<'t> Cluster<'t> {
    /// The valid tokens.
    pub fn toks(&self) -> &[Token] {
        &self.tokens[..self.n]
    }

    /// Start of the cluster, including a leading `+` or `(`.
    pub fn start(&self) -> usize {
        self.lead.unwrap_or(self.tokens[0].start)
    }

    /// End of the last token (a closing parenthesis is not part of the cluster).
    pub fn end(&self) -> usize {
        self.tokens[self.n - 1].end
    }

    /// The separator text between token `i` and token `i + 1`.
    pub fn sep(&self, i: usize) -> &'t str {
        &self.text[self.tokens[i].end..self.tokens[i + 1].start]
    }

    /// Total ASCII digits in tokens `a..b`.
    pub fn digit_count(&self, a: usize, b: usize) -> usize {
        self.tokens[a..b]
            .iter()
            .map(|t| usize::from(t.digits))
            .sum()
    }

    /// The cluster without leading and trailing letters-only tokens (and without the
    /// lead when the first token goes), or `None` when no token has a digit.
    pub fn digit_core(&self) -> Option<Cluster<'t>> {
        let a = self.toks().iter().position(|t| t.digits > 0)?;
        let b = self.toks().iter().rposition(|t| t.digits > 0)? + 1;
        let mut c = *self;
        c.tokens = [Token::default(); MAX_TOKENS];
        c.tokens[..b - a].copy_from_slice(&self.tokens[a..b]);
        c.n = b - a;
        if a > 0 {
            c.lead = None;
        }
        Some(c)
    }

    /// Copies the letters and digits of tokens `a..b` into `buf`; returns the used length
    /// (0 when they do not fit).
    pub fn compact(&self, a: usize, b: usize, buf: &mut [u8]) -> usize {
        let mut n = 0;
        for t in &self.tokens[a..b] {
            let s = &self.text.as_bytes()[t.start..t.end];
            if n + s.len() > buf.len() {
                return 0;
            }
            buf[n..n + s.len()].copy_from_slice(s);
            n += s.len();
        }
        n
    }
}

fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

/// Separators allowed between two tokens of one cluster.
fn sep_ok(s: &[u8]) -> bool {
    matches!(
        s,
        b" " | b"-" | b"." | b"/" | b"(" | b")" | b") " | b" (" | b")-" | b" /" | b"/ "
    )
}

/// Scans a token starting at `i`; returns its end, digit count and whether it is all
/// uppercase letters.
fn token_at(b: &[u8], i: usize) -> Token {
    let mut j = i;
    let mut digits = 0u8;
    let mut upper = true;
    while j < b.len() && b[j].is_ascii_alphanumeric() {
        if b[j].is_ascii_digit() {
            digits = digits.saturating_add(1);
            upper = false;
        } else if !b[j].is_ascii_uppercase() {
            upper = false;
        }
        j += 1;
    }
    Token {
        start: i,
        end: j,
        digits,
        upper,
    }
}

/// Calls `f` for every cluster of `text`, left to right; `f` returns how far the scan may
/// skip (at least past the cluster's first digit).
pub fn for_each(text: &str, mut f: impl FnMut(&Cluster<'_>)) {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(u8::is_ascii_digit) {
        let d = i + off;
        let mut ts = d;
        while ts > 0 && b[ts - 1].is_ascii_alphanumeric() {
            ts -= 1;
        }
        let c = grow(text, ts);
        f(&c);
        i = c.end().max(d + 1);
    }
}

fn grow<'t>(text: &'t str, ts: usize) -> Cluster<'t> {
    let b = text.as_bytes();
    let mut c = Cluster {
        text,
        tokens: [Token::default(); MAX_TOKENS],
        n: 0,
        lead: None,
    };
    // An uppercase pair right before the first number token: `AB 12 34 56 C`.
    if ts >= 3
        && b[ts - 1] == b' '
        && b[ts - 2].is_ascii_uppercase()
        && b[ts - 3].is_ascii_uppercase()
    {
        let p = ts - 3;
        if p == 0 || !b[p - 1].is_ascii_alphanumeric() && b[p - 1] < 0x80 {
            c.tokens[0] = Token {
                start: p,
                end: ts - 1,
                digits: 0,
                upper: true,
            };
            c.n = 1;
        }
    }
    if c.n == 0 && ts > 0 && matches!(b[ts - 1], b'+' | b'(') {
        c.lead = Some(ts - 1);
        if b[ts - 1] == b'(' && ts >= 2 && b[ts - 2] == b'+' {
            c.lead = Some(ts - 2);
        }
    }
    let mut i = ts;
    loop {
        let t = token_at(b, i);
        c.tokens[c.n] = t;
        c.n += 1;
        if c.n == MAX_TOKENS {
            break;
        }
        let mut j = t.end;
        while j < b.len() && j - t.end < 2 && is_sep(b[j]) {
            j += 1;
        }
        if j == t.end || j >= b.len() || !b[j].is_ascii_alphanumeric() || !sep_ok(&b[t.end..j]) {
            break;
        }
        let next = token_at(b, j);
        // A letters-only token joins only as a whole short uppercase word ("WEST", "C"),
        // never as the ASCII head of a longer word ("Für").
        let whole = next.end >= b.len()
            || !super::super::text::char_at(text, next.end).is_some_and(char::is_alphanumeric);
        let letters_ok = next.upper && next.len() <= 4 && whole;
        if next.digits == 0 && !letters_ok {
            break;
        }
        i = j;
    }
    // Trailing uppercase-only tokens are kept (NINO suffix, NL postcode letters); a
    // trailing lowercase word never got in.
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        for_each(s, |c| v.push(s[c.start()..c.end()].to_string()));
        v
    }

    #[test]
    fn grows_over_separators() {
        assert_eq!(
            clusters("Ruf an: +44 (0)20 7946 0958. Danke"),
            vec!["+44 (0)20 7946 0958"]
        );
        assert_eq!(
            clusters("IBAN GB82 WEST 1234 5698 7654 32 ok"),
            vec!["GB82 WEST 1234 5698 7654 32"]
        );
        assert_eq!(
            clusters("NINO AB 12 34 56 C, thanks"),
            vec!["AB 12 34 56 C"]
        );
        assert_eq!(
            clusters("am 12.03.2024 um 14:30"),
            vec!["12.03.2024", "14", "30"]
        );
        assert_eq!(clusters("(555) 123-4567"), vec!["(555) 123-4567"]);
    }
}
