//! Dates as LinkedIn writes them: one parser for every format of the format notes §3.5.
//!
//! Every format is read as UTC: LinkedIn states UTC or GMT where it states anything, and the
//! share ids of `Shares.csv` prove its plain timestamps are UTC (format notes §4.2). A format
//! without a day (`Nov 2022`) means the 1st; without a month (`2015`) means January 1st.

use chrono::format::{self, Parsed, StrftimeItems};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// Why a date cell could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDate;

/// Parses a date cell. `Ok(None)` for an empty cell or a placeholder (`N/A`, `null`, `---`).
pub fn parse(cell: &str) -> Result<Option<DateTime<Utc>>, UnknownDate> {
    let s = cell.trim();
    if is_placeholder(s) {
        return Ok(None);
    }
    if let Some(dt) = iso_fast(s) {
        return Ok(Some(dt));
    }
    parse_slow(s)
        .map(|dt| Some(dt.and_utc()))
        .ok_or(UnknownDate)
}

fn is_placeholder(s: &str) -> bool {
    s.is_empty()
        || s.eq_ignore_ascii_case("n/a")
        || s.eq_ignore_ascii_case("null")
        || s.eq_ignore_ascii_case("none")
        || s == "-"
        || s == "---"
}

/// `YYYY-MM-DD HH:MM:SS` (or `YYYY/MM/DD ...`) with an optional ` UTC`: the hot path
/// (messages, shares, comments, reactions, search queries).
fn iso_fast(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let b = b.strip_suffix(b" UTC").unwrap_or(b);
    if b.len() != 19
        || !matches!(b[4], b'-' | b'/')
        || b[7] != b[4]
        || b[10] != b' '
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    let time = NaiveTime::from_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)?;
    Some(date.and_time(time).and_utc())
}

const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%a %b %d %H:%M:%S %Y",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
];

const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%m/%d/%y",
    "%m/%d/%Y",
];

/// The formats, parsed once: what `parse_from_str` does for every call (the same parse, as
/// `NaiveDateTime::parse_from_str` and `NaiveDate::parse_from_str` do it).
struct Compiled {
    datetime: Vec<Format>,
    date: Vec<Format>,
}

struct Format {
    text: &'static str,
    items: Vec<format::Item<'static>>,
    /// How many of each `LITERALS` byte the format's literals hold (`%Y-%m-%d %H:%M:%S`: two
    /// `-` and two `:`). chrono matches a literal exactly, so a text with fewer cannot parse;
    /// `by_formats` skips such formats without calling chrono.
    needs: Counts,
}

/// The bytes of the formats' literals: `-`, `/`, `:`, `,` and `T`.
const LITERALS: &[u8; 5] = b"-/:,T";

/// How many of each `LITERALS` byte a text holds (at most 255).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Counts([u8; 5]);

impl Counts {
    fn of(bytes: impl IntoIterator<Item = u8>) -> Counts {
        let mut c = Counts::default();
        for b in bytes {
            if let Some(i) = LITERALS.iter().position(|&l| l == b) {
                c.0[i] = c.0[i].saturating_add(1);
            }
        }
        c
    }

    /// Whether every count of `self` is at least that of `other`.
    fn covers(self, other: Counts) -> bool {
        self.0.iter().zip(other.0).all(|(&have, need)| have >= need)
    }
}

impl Format {
    fn new(text: &'static str) -> Format {
        let items: Vec<_> = StrftimeItems::new(text)
            .parse()
            .expect("a valid date format");
        let needs = Counts::of(items.iter().flat_map(|item| {
            let literal: &[u8] = match item {
                format::Item::Literal(l) => l.as_bytes(),
                format::Item::OwnedLiteral(l) => l.as_bytes(),
                _ => &[],
            };
            literal.iter().copied()
        }));
        Format { text, items, needs }
    }

    fn parse(&self, s: &str) -> Option<Parsed> {
        let mut parsed = Parsed::new();
        format::parse(&mut parsed, s, self.items.iter()).ok()?;
        Some(parsed)
    }
}

static COMPILED: std::sync::LazyLock<Compiled> = std::sync::LazyLock::new(|| {
    let compile = |formats: &[&'static str]| formats.iter().map(|f| Format::new(f)).collect();
    Compiled {
        datetime: compile(DATETIME_FORMATS),
        date: compile(DATE_FORMATS),
    }
});

/// The first format (date and time ones first) that reads all of `s`.
fn by_formats(s: &str) -> Option<NaiveDateTime> {
    let compiled = &*COMPILED;
    let has = Counts::of(s.bytes());
    let candidates =
        |formats: &'static [Format]| formats.iter().filter(move |f| has.covers(f.needs));
    for f in candidates(&compiled.datetime) {
        if let Some(dt) = f
            .parse(s)
            .and_then(|p| p.to_naive_datetime_with_offset(0).ok())
        {
            return Some(fix_two_digit_year(dt, f.text));
        }
    }
    for f in candidates(&compiled.date) {
        if let Some(d) = f.parse(s).and_then(|p| p.to_naive_date().ok()) {
            return Some(fix_two_digit_year(d.and_time(NaiveTime::MIN), f.text));
        }
    }
    None
}

fn parse_slow(s: &str) -> Option<NaiveDateTime> {
    // Rich_Media: "You uploaded a feed photo on December 9, 2024 at 9:58 PM (GMT)".
    if let Some(rest) = s.strip_suffix("(GMT)").or_else(|| s.strip_suffix("(UTC)")) {
        let (_, when) = rest.rsplit_once(" on ")?;
        let (day, time) = when.trim().split_once(" at ")?;
        return parse_slow(&format!("{} {}", day.trim(), time.trim()));
    }
    // Events: "May 07, 2022 08:00 AM - May 07, 2022 11:00 AM": the start.
    // (A search over the bytes: `str::split_once` sets up a two-way searcher first, which
    // costs more than the search on a text this short.)
    if let Some(at) = s.as_bytes().windows(3).position(|w| w == b" - ") {
        return parse_slow(&s[..at]);
    }
    // "... UTC" suffixes, and Java's "Thu Jan 30 10:05:15 UTC 2025".
    let owned;
    let zone = |w: &[u8]| w == b" UTC" || w == b" GMT";
    let s = if s.as_bytes().windows(4).any(zone) {
        owned = s.replace(" UTC", "").replace(" GMT", "");
        owned.as_str()
    } else {
        s.strip_suffix('Z').unwrap_or(s)
    };
    if let Some(dt) = by_formats(s) {
        return Some(dt);
    }
    // "Nov 2022" / "November 2022" and "2015".
    if let Some((month, year)) = s.split_once(' ') {
        if year.len() == 4 {
            let d = NaiveDate::parse_from_str(&format!("1 {month} {year}"), "%d %b %Y").ok()?;
            return Some(d.and_time(NaiveTime::MIN));
        }
        return None;
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let d = NaiveDate::from_ymd_opt(s.parse().ok()?, 1, 1)?;
        return Some(d.and_time(NaiveTime::MIN));
    }
    None
}

/// chrono reads `%y` 70-99 as 19xx; LinkedIn's two-digit years are all 20xx (it was founded in
/// 2003, and every `M/D/YY` file records events on the platform).
fn fix_two_digit_year(dt: NaiveDateTime, fmt: &str) -> NaiveDateTime {
    use chrono::Datelike;
    if dt.year() < 2000 && fmt.contains("%y") {
        dt.with_year(dt.year() + 100).unwrap_or(dt)
    } else {
        dt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(cell: &str) -> String {
        parse(cell)
            .unwrap_or_else(|_| panic!("{cell:?} did not parse"))
            .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn every_format_of_the_notes() {
        let cases = [
            ("2025-01-25 17:03:57", "2025-01-25T17:03:57Z"),
            ("2025-03-07 11:13:51 UTC", "2025-03-07T11:13:51Z"),
            ("2018-09-16 14:44 UTC", "2018-09-16T14:44:00Z"),
            ("2024/07/15 09:03:28 UTC", "2024-07-15T09:03:28Z"),
            ("2025/10/09", "2025-10-09T00:00:00Z"),
            ("Thu Jan 30 10:05:15 UTC 2025", "2025-01-30T10:05:15Z"),
            ("2/14/24, 5:41 AM", "2024-02-14T05:41:00Z"),
            ("12/16/22, 3:07 PM", "2022-12-16T15:07:00Z"),
            ("04/15/24, 09:25 PM", "2024-04-15T21:25:00Z"),
            ("03/11/26 04:41 PM UTC", "2026-03-11T16:41:00Z"),
            ("10 Mar 2025", "2025-03-10T00:00:00Z"),
            ("Nov 2022", "2022-11-01T00:00:00Z"),
            ("2015", "2015-01-01T00:00:00Z"),
            ("Nov 12, 2023", "2023-11-12T00:00:00Z"),
            (
                "May 07, 2022 08:00 AM - May 07, 2022 11:00 AM",
                "2022-05-07T08:00:00Z",
            ),
            (
                "You uploaded a feed photo on December 9, 2024 at 9:58 PM (GMT)",
                "2024-12-09T21:58:00Z",
            ),
            (
                "You uploaded a photo on February 7, 2025 at 7:01 AM (GMT)",
                "2025-02-07T07:01:00Z",
            ),
            ("2024-10-07", "2024-10-07T00:00:00Z"),
            ("2024-12-15 18:29", "2024-12-15T18:29:00Z"),
            ("4-Apr-21", "2021-04-04T00:00:00Z"),
            ("N/A", "none"),
            ("", "none"),
            ("  null ", "none"),
        ];
        for (cell, want) in cases {
            assert_eq!(iso(cell), want, "{cell:?}");
        }
    }

    /// The formats tried as chrono's `parse_from_str` tries them, without skipping any.
    fn by_formats_unskipped(s: &str) -> Option<NaiveDateTime> {
        DATETIME_FORMATS
            .iter()
            .find_map(|f| {
                let dt = NaiveDateTime::parse_from_str(s, f).ok()?;
                Some(fix_two_digit_year(dt, f))
            })
            .or_else(|| {
                DATE_FORMATS.iter().find_map(|f| {
                    let d = NaiveDate::parse_from_str(s, f).ok()?;
                    Some(fix_two_digit_year(d.and_time(NaiveTime::MIN), f))
                })
            })
    }

    #[test]
    fn a_format_needs_the_bytes_of_its_literals() {
        let f = Format::new("%m/%d/%y, %I:%M %p");
        assert_eq!(f.needs, Counts([0, 2, 1, 1, 0]));
        assert!(Counts::of("2/14/24, 5:41 AM".bytes()).covers(f.needs));
        assert!(!Counts::of("2/14/24 5:41 AM".bytes()).covers(f.needs));
        assert_eq!(
            Format::new("%Y-%m-%dT%H:%M:%S%.f").needs,
            Counts([2, 0, 2, 0, 1])
        );
    }

    /// Pieces of dates in every format, and of nonsense.
    const PIECES: &[&str] = &[
        "2024", "24", "7", "07", "12", "31", "13", "00", "-", "/", ":", ",", ", ", " ", "  ", "T",
        ".", ".5", "AM", "PM", "am", "Jan", "January", "Feb", "Sep", "Sept", "Thu", "Monday", "Z",
        "x", "é",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Skipping the formats whose literals are missing changes nothing: on every text
        /// written in one of the formats (at a random time, sometimes with a piece put in),
        /// and on texts of random pieces.
        #[test]
        fn skipping_formats_finds_what_trying_all_finds(
            secs in 0i64..2_500_000_000,
            format in 0..DATETIME_FORMATS.len() + DATE_FORMATS.len(),
            insert in proptest::option::of((0usize..40, proptest::sample::select(PIECES))),
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..10),
        ) {
            let when = DateTime::from_timestamp(secs, 0).unwrap().naive_utc();
            let f = DATETIME_FORMATS.iter().chain(DATE_FORMATS).nth(format).unwrap();
            let mut text = when.format(f).to_string();
            if let Some((at, piece)) = insert {
                let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i));
                text.insert_str(at.unwrap_or(0), piece);
            }
            proptest::prop_assert_eq!(by_formats(&text), by_formats_unskipped(&text), "{}", text);
            let text = pieces.concat();
            proptest::prop_assert_eq!(by_formats(&text), by_formats_unskipped(&text), "{}", text);
        }
    }

    #[test]
    fn nonsense_is_an_error_not_a_date() {
        for cell in [
            "Apr 22",
            "yesterday",
            "2025-13-40 10:00:00",
            "31/31/31, 1:00 AM",
            "12345",
        ] {
            assert_eq!(parse(cell), Err(UnknownDate), "{cell:?}");
        }
    }
}
