//! [`PolicyError`]: why a policy table was refused, with the origin (file name), line, column
//! and the field path (`version[2].categories.posts.status`) so a user can mend their own
//! table. Locating a field from a byte span is done here by reading the TOML text around it;
//! the checks themselves live in `policy`.

use std::ops::Range;

/// The kind of problem, one per check, so callers and tests can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyErrorKind {
    /// Not valid TOML, or a value of the wrong type.
    Syntax,
    /// A field the table format does not have.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// `schema_version` is not one this build reads.
    SchemaVersion,
    /// A category id that is not one of the 21.
    UnknownCategory,
    /// A version lacks a status for one or more categories.
    MissingCategory,
    /// A status other than `included`, `possibly`, `not_listed`, `excluded`.
    UnknownStatus,
    /// A date that is not `YYYY-MM-DD`.
    BadDate,
    /// A region id that is not one of the known region groups.
    UnknownRegion,
    /// A region group has no `[[region]]` entry.
    MissingRegion,
    /// A version, region or category rule that cites no source.
    NoSources,
    /// A cited source key that neither the built-in list nor `[extra_sources]` defines.
    UnknownSource,
    /// Two versions or regions with the same id, or two versions on the same date.
    Duplicate,
    /// The table has no version at all.
    NoVersions,
}

/// A policy table that was refused. Displays as `origin:line:column: field: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {field}: {message}")]
pub struct PolicyError {
    /// Which check failed.
    pub kind: PolicyErrorKind,
    /// Where the table came from (a file name, or `built-in policy.toml`).
    pub origin: String,
    /// 1-based line of the offending text.
    pub line: usize,
    /// 1-based column (in characters) of the offending text.
    pub column: usize,
    /// Path of the offending field, e.g. `version[2].categories.posts.status`
    /// (`[[version]]` and `[[region]]` tables are counted from 1).
    pub field: String,
    /// What is wrong, in words.
    pub message: String,
}

/// How an error names its field.
pub(crate) enum Field<'a> {
    /// Read the field from the TOML text at the span.
    AtSpan,
    /// The field at the span, plus this key (a missing field reported at its table header).
    Child(&'a str),
    /// Exactly this path (a problem with a whole table or array).
    Exact(String),
}

impl PolicyError {
    /// Builds an error located at `span` of `src`, its field named as `field` says.
    pub(crate) fn at(
        kind: PolicyErrorKind,
        origin: &str,
        src: &str,
        span: Option<Range<usize>>,
        field: Field<'_>,
        message: String,
    ) -> PolicyError {
        let start = span.map_or(0, |s| s.start.min(src.len()));
        let (line, column) = line_column(src, start);
        let field = match field {
            Field::Exact(f) => f,
            Field::AtSpan => field_path(src, start),
            Field::Child(k) => {
                let mut f = field_path(src, start);
                if f != k && !f.ends_with(&format!(".{k}")) {
                    if !f.is_empty() {
                        f.push('.');
                    }
                    f.push_str(k);
                }
                f
            }
        };
        let field = if field.is_empty() {
            "(top level)".to_string()
        } else {
            field
        };
        PolicyError {
            kind,
            origin: origin.to_string(),
            line,
            column,
            field,
            message,
        }
    }
}

fn line_column(src: &str, pos: usize) -> (usize, usize) {
    let before = &src[..floor_char_boundary(src, pos)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut pos: usize) -> usize {
    while !s.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The dotted path of the field at byte `pos`: the enclosing table header (with array tables
/// numbered from 1) and the key of the line, or of the nearest line above that has one (for
/// a value inside a multi-line array).
fn field_path(src: &str, pos: usize) -> String {
    let pos = floor_char_boundary(src, pos);
    let line_start = src[..pos].rfind('\n').map_or(0, |i| i + 1);
    let mut arrays: Vec<(String, usize)> = Vec::new();
    let mut header = String::new();
    let mut last_key: Option<String> = None;
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        if offset > line_start {
            break;
        }
        let t = line.trim();
        if let Some(name) = t.strip_prefix("[[").and_then(|r| r.split("]]").next()) {
            let name = name.trim().to_string();
            let n = arrays.iter().filter(|(a, _)| *a == name).count() + 1;
            arrays.push((name.clone(), n));
            header = format!("{name}[{n}]");
            last_key = None;
        } else if let Some(name) = t.strip_prefix('[').and_then(|r| r.split(']').next()) {
            header = index_arrays(name.trim(), &arrays);
            last_key = None;
        } else if let Some(key) = key_of(t) {
            let inner = if offset == line_start {
                inner_key(&line[..(pos - line_start).min(line.len())]).filter(|k| *k != key)
            } else {
                None
            };
            last_key = Some(match inner {
                Some(i) => format!("{key}.{i}"),
                None => key.to_string(),
            });
        }
        offset += line.len();
    }
    match last_key {
        Some(k) if header.is_empty() => k,
        Some(k) => format!("{header}.{k}"),
        None => header,
    }
}

/// Rewrites `version.categories.posts` as `version[2].categories.posts` when `version` is an
/// array of tables seen so far (its latest element is the one meant; the longest array name
/// wins, and among equals the latest).
fn index_arrays(name: &str, arrays: &[(String, usize)]) -> String {
    let best = arrays
        .iter()
        .filter(|(a, _)| name == a || name.starts_with(&format!("{a}.")))
        .max_by_key(|(a, _)| a.len());
    match best {
        Some((a, n)) => format!("{a}[{n}]{}", &name[a.len()..]),
        None => name.to_string(),
    }
}

/// The key of a `key = value` line (dotted or quoted keys kept as written), if it is one.
fn key_of(line: &str) -> Option<&str> {
    if line.starts_with('#') || line.starts_with('[') {
        return None;
    }
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-.\" ".contains(c);
    (!key.is_empty() && key.chars().all(plain)).then_some(key)
}

/// The last `key =` inside an inline table before the span (`posts = { status = "x"`).
fn inner_key(before: &str) -> Option<&str> {
    let brace = before.rfind('{')?;
    let inside = &before[brace + 1..];
    let eq = inside.rfind('=')?;
    let key = inside[..eq].rsplit([',', '{']).next()?.trim();
    (!key.is_empty()).then_some(key)
}
