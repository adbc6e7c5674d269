//! Dates: a UTC timestamp (Unix seconds) and every date format LinkedIn writes (format notes §3.5),
//! formatted by hand into a byte buffer (no allocation), plus the RFC 3339 form of the truth.
//!
//! Formats that drop precision (minutes, days, months, years) are fed a timestamp truncated with
//! [`trunc`] first, so that the truth date is exactly what the written value means.

/// Seconds since 1970-01-01T00:00:00Z.
pub type Ts = i64;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// Days since the epoch of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The timestamp of midnight UTC on a civil date.
pub fn ymd(y: i64, m: u32, d: u32) -> Ts {
    days_from_civil(y, m, d) * 86_400
}

/// Broken-down UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// Year, e.g. 2025.
    pub y: i64,
    /// Month 1–12.
    pub m: u32,
    /// Day 1–31.
    pub d: u32,
    /// Hour 0–23.
    pub hh: u32,
    /// Minute.
    pub mi: u32,
    /// Second.
    pub ss: u32,
    /// 0 = Thursday (1970-01-01 was one).
    pub wd: u32,
}

/// Splits a timestamp into its UTC parts.
pub fn civil(ts: Ts) -> Civil {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    Civil {
        y,
        m,
        d,
        hh: secs / 3600,
        mi: secs / 60 % 60,
        ss: secs % 60,
        wd: days.rem_euclid(7) as u32,
    }
}

/// Precision a written format keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prec {
    /// Whole seconds.
    Second,
    /// Whole minutes.
    Minute,
    /// A day.
    Day,
    /// A month (`Nov 2022`).
    Month,
    /// A year (`2015`).
    Year,
}

/// Truncates `ts` to what a format of precision `p` can say.
pub fn trunc(ts: Ts, p: Prec) -> Ts {
    match p {
        Prec::Second => ts,
        Prec::Minute => ts - ts.rem_euclid(60),
        Prec::Day => ts - ts.rem_euclid(86_400),
        Prec::Month => {
            let c = civil(ts);
            ymd(c.y, c.m, 1)
        }
        Prec::Year => ymd(civil(ts).y, 1, 1),
    }
}

#[inline]
fn n2(b: &mut Vec<u8>, n: u32) {
    b.push(b'0' + (n / 10 % 10) as u8);
    b.push(b'0' + (n % 10) as u8);
}

#[inline]
fn n4(b: &mut Vec<u8>, n: i64) {
    let n = n as u32;
    n2(b, n / 100);
    n2(b, n % 100);
}

/// Writes an unsigned integer in decimal.
#[inline]
pub fn num(b: &mut Vec<u8>, n: u64) {
    b.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn h12(b: &mut Vec<u8>, c: &Civil, pad: bool) {
    let h = match c.hh % 12 {
        0 => 12,
        h => h,
    };
    if pad {
        n2(b, h);
    } else {
        num(b, u64::from(h));
    }
    b.push(b':');
    n2(b, c.mi);
    b.extend_from_slice(if c.hh < 12 { b" AM" } else { b" PM" });
}

/// Every date format of format notes §3.5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fmt {
    /// `2025-01-25 17:03:57` (Shares, Comments, Reactions, Votes, follows, saved items).
    IsoSec,
    /// `2025-03-07 11:13:51 UTC` (messages).
    IsoSecUtc,
    /// `2018-09-16 14:44 UTC` (Learning).
    IsoMinUtc,
    /// `2024/07/15 09:03:28 UTC` (Ads Clicked, SearchQueries, endorsements).
    SlashSecUtc,
    /// `2025/10/09` (LAN Ads Engagement).
    SlashDate,
    /// `Thu Jan 30 10:05:15 UTC 2025` (Java `Date.toString`).
    Java,
    /// `2/14/24, 5:41 AM` (contains a comma: write it quoted).
    UsShort,
    /// `04/15/24, 09:25 PM` (contains a comma: write it quoted).
    UsPadded,
    /// `03/11/26 04:41 PM UTC` (Receipts_v2).
    UsPaddedUtc,
    /// `10 Mar 2025` (Connections).
    DayMonYear,
    /// `Nov 2022`.
    MonYear,
    /// `2015`.
    Year,
    /// `Nov 12, 2023` (Publications; contains a comma).
    MonDayYear,
    /// `December 9, 2024 at 9:58 PM` (Rich_Media prose; the caller adds the words around it).
    Prose,
    /// `2024-10-07` (Verifications).
    IsoDate,
    /// `2024-12-15 18:29` (article HTML).
    IsoMin,
    /// `2022-05-28 10:30:21.0` (draft article file names).
    IsoSecDot0,
    /// `May 07, 2022 08:00 AM` (one half of an Events time range).
    EventHalf,
    /// `2025-07-01T14:33:22Z`: the truth.
    Rfc3339,
}

impl Fmt {
    /// The precision this format keeps.
    pub fn prec(self) -> Prec {
        match self {
            Fmt::IsoMinUtc
            | Fmt::UsShort
            | Fmt::UsPadded
            | Fmt::UsPaddedUtc
            | Fmt::Prose
            | Fmt::IsoMin
            | Fmt::EventHalf => Prec::Minute,
            Fmt::SlashDate | Fmt::DayMonYear | Fmt::MonDayYear | Fmt::IsoDate => Prec::Day,
            Fmt::MonYear => Prec::Month,
            Fmt::Year => Prec::Year,
            _ => Prec::Second,
        }
    }
}

/// Appends `ts` (already truncated where the format needs it) in format `f`.
pub fn write(b: &mut Vec<u8>, ts: Ts, f: Fmt) {
    let c = civil(ts);
    let mon = MONTHS[c.m as usize - 1].as_bytes();
    match f {
        Fmt::IsoSec | Fmt::IsoSecUtc | Fmt::IsoSecDot0 | Fmt::Rfc3339 => {
            n4(b, c.y);
            b.push(b'-');
            n2(b, c.m);
            b.push(b'-');
            n2(b, c.d);
            b.push(if f == Fmt::Rfc3339 { b'T' } else { b' ' });
            hms(b, &c);
            match f {
                Fmt::IsoSecUtc => b.extend_from_slice(b" UTC"),
                Fmt::IsoSecDot0 => b.extend_from_slice(b".0"),
                Fmt::Rfc3339 => b.push(b'Z'),
                _ => {}
            }
        }
        Fmt::IsoMinUtc | Fmt::IsoMin | Fmt::IsoDate => {
            n4(b, c.y);
            b.push(b'-');
            n2(b, c.m);
            b.push(b'-');
            n2(b, c.d);
            if f != Fmt::IsoDate {
                b.push(b' ');
                n2(b, c.hh);
                b.push(b':');
                n2(b, c.mi);
            }
            if f == Fmt::IsoMinUtc {
                b.extend_from_slice(b" UTC");
            }
        }
        Fmt::SlashSecUtc | Fmt::SlashDate => {
            n4(b, c.y);
            b.push(b'/');
            n2(b, c.m);
            b.push(b'/');
            n2(b, c.d);
            if f == Fmt::SlashSecUtc {
                b.push(b' ');
                hms(b, &c);
                b.extend_from_slice(b" UTC");
            }
        }
        Fmt::Java => {
            b.extend_from_slice(WEEKDAYS[c.wd as usize].as_bytes());
            b.push(b' ');
            b.extend_from_slice(mon);
            b.push(b' ');
            n2(b, c.d);
            b.push(b' ');
            hms(b, &c);
            b.extend_from_slice(b" UTC ");
            n4(b, c.y);
        }
        Fmt::UsShort => {
            num(b, u64::from(c.m));
            b.push(b'/');
            num(b, u64::from(c.d));
            b.push(b'/');
            n2(b, (c.y % 100) as u32);
            b.extend_from_slice(b", ");
            h12(b, &c, false);
        }
        Fmt::UsPadded | Fmt::UsPaddedUtc => {
            n2(b, c.m);
            b.push(b'/');
            n2(b, c.d);
            b.push(b'/');
            n2(b, (c.y % 100) as u32);
            b.extend_from_slice(if f == Fmt::UsPadded { b", " } else { b" " });
            h12(b, &c, true);
            if f == Fmt::UsPaddedUtc {
                b.extend_from_slice(b" UTC");
            }
        }
        Fmt::DayMonYear => {
            n2(b, c.d);
            b.push(b' ');
            b.extend_from_slice(mon);
            b.push(b' ');
            n4(b, c.y);
        }
        Fmt::MonYear => {
            b.extend_from_slice(mon);
            b.push(b' ');
            n4(b, c.y);
        }
        Fmt::Year => n4(b, c.y),
        Fmt::MonDayYear => {
            b.extend_from_slice(mon);
            b.push(b' ');
            num(b, u64::from(c.d));
            b.extend_from_slice(b", ");
            n4(b, c.y);
        }
        Fmt::Prose => {
            b.extend_from_slice(MONTHS_LONG[c.m as usize - 1].as_bytes());
            b.push(b' ');
            num(b, u64::from(c.d));
            b.extend_from_slice(b", ");
            n4(b, c.y);
            b.extend_from_slice(b" at ");
            h12(b, &c, false);
        }
        Fmt::EventHalf => {
            b.extend_from_slice(mon);
            b.push(b' ');
            n2(b, c.d);
            b.extend_from_slice(b", ");
            n4(b, c.y);
            b.push(b' ');
            h12(b, &c, true);
        }
    }
}

fn hms(b: &mut Vec<u8>, c: &Civil) {
    n2(b, c.hh);
    b.push(b':');
    n2(b, c.mi);
    b.push(b':');
    n2(b, c.ss);
}

/// A piecewise-linear map from `[0, 1)` onto time, so that items spread over 2015 → export date
/// with a fixed share of them in each segment (e.g. a third on each side of a policy date).
#[derive(Clone, Debug)]
pub struct Timeline {
    /// `(segment start, segment end, cumulative share at the segment's end)`.
    segs: Vec<(Ts, Ts, f64)>,
}

impl Timeline {
    /// Segments between consecutive `cuts` (ascending), each getting the same share of items.
    pub fn new(cuts: &[Ts]) -> Timeline {
        let n = (cuts.len() - 1) as f64;
        let segs = cuts
            .windows(2)
            .enumerate()
            .map(|(i, w)| (w[0], w[1], (i + 1) as f64 / n))
            .collect();
        Timeline { segs }
    }

    /// The time at quantile `u` in `[0, 1)`.
    pub fn at(&self, u: f64) -> Ts {
        let mut lo = 0.0;
        for &(a, b, hi) in &self.segs {
            if u < hi {
                let f = (u - lo) / (hi - lo);
                return a + ((b - a) as f64 * f) as Ts;
            }
            lo = hi;
        }
        self.segs.last().map_or(0, |s| s.1 - 1)
    }

    /// The newest instant of the timeline.
    pub fn end(&self) -> Ts {
        self.segs.last().map_or(0, |s| s.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(ts: Ts, f: Fmt) -> String {
        let mut b = Vec::new();
        write(&mut b, trunc(ts, f.prec()), f);
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn formats_match_the_format_notes() {
        let t = ymd(2025, 1, 30) + 10 * 3600 + 5 * 60 + 15;
        assert_eq!(s(t, Fmt::IsoSec), "2025-01-30 10:05:15");
        assert_eq!(s(t, Fmt::IsoSecUtc), "2025-01-30 10:05:15 UTC");
        assert_eq!(s(t, Fmt::Java), "Thu Jan 30 10:05:15 UTC 2025");
        assert_eq!(s(t, Fmt::UsShort), "1/30/25, 10:05 AM");
        assert_eq!(s(t, Fmt::UsPadded), "01/30/25, 10:05 AM");
        assert_eq!(s(t, Fmt::UsPaddedUtc), "01/30/25 10:05 AM UTC");
        assert_eq!(s(t, Fmt::DayMonYear), "30 Jan 2025");
        assert_eq!(s(t, Fmt::MonDayYear), "Jan 30, 2025");
        assert_eq!(s(t, Fmt::Prose), "January 30, 2025 at 10:05 AM");
        assert_eq!(s(t, Fmt::EventHalf), "Jan 30, 2025 10:05 AM");
        assert_eq!(s(t, Fmt::SlashSecUtc), "2025/01/30 10:05:15 UTC");
        assert_eq!(s(t, Fmt::Rfc3339), "2025-01-30T10:05:15Z");
        assert_eq!(
            s(ymd(2024, 12, 9) + 21 * 3600 + 58 * 60, Fmt::Prose),
            "December 9, 2024 at 9:58 PM"
        );
        assert_eq!(
            s(ymd(2024, 2, 14) + 12 * 3600 + 60, Fmt::UsShort),
            "2/14/24, 12:01 PM"
        );
        assert_eq!(s(ymd(2024, 2, 14) + 60, Fmt::UsShort), "2/14/24, 12:01 AM");
        assert_eq!(trunc(t, Prec::Month), ymd(2025, 1, 1));
        let c = civil(ymd(2000, 2, 29));
        assert_eq!((c.y, c.m, c.d), (2000, 2, 29));
    }

    #[test]
    fn timeline_shares() {
        let tl = Timeline::new(&[ymd(2015, 1, 1), ymd(2024, 9, 18), ymd(2026, 1, 1)]);
        assert!(tl.at(0.49) < ymd(2024, 9, 18));
        assert!(tl.at(0.51) >= ymd(2024, 9, 18));
        assert!(tl.at(0.999_999) < ymd(2026, 1, 1));
    }
}
