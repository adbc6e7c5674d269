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
    datetime: Vec<Vec<format::Item<'static>>>,
    date: Vec<Vec<format::Item<'static>>>,
}

static COMPILED: std::sync::LazyLock<Compiled> = std::sync::LazyLock::new(|| {
    let compile = |formats: &[&'static str]| {
        formats
            .iter()
            .map(|f| StrftimeItems::new(f).parse().expect("a valid date format"))
            .collect()
    };
    Compiled {
        datetime: compile(DATETIME_FORMATS),
        date: compile(DATE_FORMATS),
    }
});

fn parse_slow(s: &str) -> Option<NaiveDateTime> {
    // Rich_Media: "You uploaded a feed photo on December 9, 2024 at 9:58 PM (GMT)".
    if let Some(rest) = s.strip_suffix("(GMT)").or_else(|| s.strip_suffix("(UTC)")) {
        let (_, when) = rest.rsplit_once(" on ")?;
        let (day, time) = when.trim().split_once(" at ")?;
        return parse_slow(&format!("{} {}", day.trim(), time.trim()));
    }
    // Events: "May 07, 2022 08:00 AM - May 07, 2022 11:00 AM": the start.
    if let Some((start, _end)) = s.split_once(" - ") {
        return parse_slow(start);
    }
    // "... UTC" suffixes, and Java's "Thu Jan 30 10:05:15 UTC 2025".
    let owned;
    let s = if s.contains(" UTC") || s.contains(" GMT") {
        owned = s.replace(" UTC", "").replace(" GMT", "");
        owned.as_str()
    } else {
        s.strip_suffix('Z').unwrap_or(s)
    };
    let compiled = &*COMPILED;
    for (fmt, items) in DATETIME_FORMATS.iter().zip(&compiled.datetime) {
        let mut parsed = Parsed::new();
        if let Ok(dt) = format::parse(&mut parsed, s, items.iter())
            .and_then(|()| parsed.to_naive_datetime_with_offset(0))
        {
            return Some(fix_two_digit_year(dt, fmt));
        }
    }
    for (fmt, items) in DATE_FORMATS.iter().zip(&compiled.date) {
        let mut parsed = Parsed::new();
        if let Ok(d) =
            format::parse(&mut parsed, s, items.iter()).and_then(|()| parsed.to_naive_date())
        {
            return Some(fix_two_digit_year(d.and_time(NaiveTime::MIN), fmt));
        }
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
    if fmt.contains("%y") && dt.year() < 2000 {
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
