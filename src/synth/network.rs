//! The network: `Connections.csv` (preamble, date-only rows, no final newline),
//! `Member_Follows.csv`, `Company Follows.csv`, `Hashtag_Follows.csv`, `Contacts.csv` /
//! `ImportedContacts.csv`, `Calendar.csv` and `Events.csv` (format notes §2.4, §3.1).

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::{owner, person, COMPANIES, ROLES};
use super::Era;

/// The three lines before the `Connections.csv` header (format notes §3.1; line 2 is 366
/// characters, line 3 is empty).
pub const CONNECTIONS_PREAMBLE: &str = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n";

/// The `Connections.csv` header.
pub const CONNECTIONS_HEADER: &str =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    connections(g)?;
    company_follows(g)?;
    if g.era().complete() {
        member_follows(g)?;
        hashtag_follows(g)?;
    }
    contacts(g)?;
    if g.era() == Era::Complete2024 {
        calendar(g)?;
    }
    events(g)
}

fn connections(g: &mut Gen<'_>) -> io::Result<()> {
    let quirks = g.quirks();
    g.begin("Connections.csv", false)?;
    if quirks {
        g.out.raw(CONNECTIONS_PREAMBLE);
    }
    g.out.line_raw(CONNECTIONS_HEADER);
    let n = g.cfg.counts.connections;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Day);
        g.url.clear();
        // Roughly 2% of rows hold only the date (the person hid everything else).
        if quirks && (i % 50 == 7 || (n < 50 && i == n / 2)) {
            g.out.raw(",,,,,,");
        } else {
            let p = person(g.cfg.seed, i);
            g.out.rfc(p.first);
            g.out.comma();
            g.s1.clear();
            p.last_field(&mut g.s1);
            g.out.rfc(&g.s1);
            g.out.comma();
            p.url(&mut g.url, true);
            g.out.raw(&g.url);
            g.out.comma();
            if g.r.chance(40) {
                g.s1.clear();
                for c in p.first.chars().flat_map(char::to_lowercase) {
                    g.s1.push(if c.is_ascii_alphanumeric() { c } else { 'x' });
                }
                g.s1.push('.');
                content::push_num(&mut g.s1, u64::from(p.tag % 1000));
                g.s1.push_str("@example.org");
                g.out.raw(&g.s1);
            }
            g.out.comma();
            g.s1.clear();
            if !g.r.chance(50) {
                g.s1.push_str(g.r.pick(&COMPANIES));
                if quirks && g.r.chance(60) {
                    g.s1.push(' ');
                }
            }
            g.out.rfc(&g.s1);
            g.out.comma();
            g.s1.clear();
            if !g.r.chance(50) {
                g.s1.push_str(g.r.pick(&ROLES));
                if quirks && g.r.chance(60) {
                    g.s1.push(' ');
                }
            }
            g.out.rfc(&g.s1);
            g.out.comma();
        }
        g.out.date(ts, Fmt::DayMonYear);
        g.out.eol();
        g.emit_bare("network", line, Some(ts), true);
    }
    g.end(!quirks)
}

fn member_follows(g: &mut Gen<'_>) -> io::Result<()> {
    let path = if g.era() == Era::Complete2026 {
        g.suffixed("Member_Follows")
    } else {
        "Member_Follows.csv".to_string()
    };
    let crlf = g.era() == Era::Complete2024 && g.quirks();
    g.begin_csv(&path, "Date,Status,FullName", crlf)?;
    let n = g.cfg.counts.member_follows;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.date(ts, Fmt::IsoSec);
        g.out.raw(if g.r.chance(850) {
            ",Active,"
        } else {
            ",Unfollow,"
        });
        g.s1.clear();
        person(g.cfg.seed, g.cast.n + 20_000 + g.r.below(50_000)).full(&mut g.s1);
        g.out.rfc(&g.s1);
        g.out.eol();
        g.emit_bare("network", line, Some(ts), false);
    }
    g.end(true)
}

fn company_follows(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Company Follows.csv", "Organization,Followed On", false)?;
    let n = g.cfg.counts.company_follows;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.rfc(g.r.pick(&COMPANIES));
        g.out.comma();
        g.out.date(ts, Fmt::Java);
        g.out.eol();
        g.emit_bare("network", line, Some(ts), false);
    }
    g.end(!g.quirks())
}

fn hashtag_follows(g: &mut Gen<'_>) -> io::Result<()> {
    let crlf = g.era() == Era::Complete2024 && g.quirks();
    g.begin_csv(
        "Hashtag_Follows.csv",
        "HashTag,CreatedTime,LastModifiedTime,State",
        crlf,
    )?;
    const TAGS: [&str; 8] = [
        "leadership",
        "rust",
        "datenschutz",
        "privacy",
        "hiring",
        "innovación",
        "ai",
        "sostenibilità",
    ];
    let n = g.cfg.counts.hashtag_follows;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out.raw(g.r.pick(&TAGS));
        g.out.comma();
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.date(ts + g.r.below(86_400) as Ts, Fmt::IsoSec);
        g.out.raw(",Follow");
        g.out.eol();
        g.emit_bare("network", line, Some(ts), false);
    }
    g.end(true)
}

fn contacts(g: &mut Gen<'_>) -> io::Result<()> {
    let imported = g.era() == Era::Complete2026;
    if imported {
        g.begin_csv("ImportedContacts.csv", "FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location", false)?;
    } else {
        g.begin_csv("Contacts.csv", "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles", false)?;
    }
    let n = g.cfg.counts.contacts;
    let mut previous: Vec<u8> = Vec::new();
    let mut previous_ts: Ts = 0;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        let start = g.out.buf.len();
        if imported && g.quirks() && i > 0 && g.r.chance(100) {
            // Rows may repeat exactly (R8).
            g.out.buf.extend_from_slice(&previous);
            g.emit_bare("network", line, Some(previous_ts), false);
            continue;
        }
        let p = person(g.cfg.seed, g.cast.n + 60_000 + g.r.below(100_000));
        g.s1.clear();
        p.last_field(&mut g.s1);
        if imported {
            g.out.rfc(p.first);
            g.out.raw(",,");
            g.out.rfc(&g.s1);
            g.out.raw(",,,,,");
        } else {
            g.out.raw(if g.r.chance(500) {
                "MOBILE_CONTACTS,"
            } else {
                "GOOGLE_CONTACTS,"
            });
            g.out.rfc(p.first);
            g.out.comma();
            g.out.rfc(&g.s1);
            g.out.raw(",null,");
        }
        g.out.rfc(g.r.pick(&ROLES));
        g.out.raw(",contact");
        g.out.num(g.r.below(100_000));
        g.out.raw("@example.net,+31 6 ");
        g.out.num(g.r.range(10_000_000, 99_999_999));
        g.out.comma();
        g.out.date_quoted(ts, Fmt::UsShort);
        if imported {
            g.out.raw(",,NL,,false,");
        } else {
            g.out.raw(",null,null,null,");
            g.s2.clear();
            p.full(&mut g.s2);
            g.out.rfc(&g.s2);
            g.out.raw(",null,null,null,null");
        }
        g.out.eol();
        previous.clear();
        previous.extend_from_slice(&g.out.buf[start..]);
        previous_ts = ts;
        g.emit_bare("network", line, Some(ts), false);
    }
    g.end(true)
}

fn calendar(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Calendar.csv", "Owner,Source,LastSyncedAt", false)?;
    let me = owner(g.cfg.seed);
    let n = g.cfg.counts.calendar;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.s1.clear();
        for c in me.first.chars().flat_map(char::to_lowercase) {
            g.s1.push(if c.is_ascii_alphanumeric() { c } else { 'x' });
        }
        g.s1.push_str("@example.com");
        g.out.raw(&g.s1);
        g.out.raw(",ANDROID_CALENDAR,");
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.eol();
        g.emit_bare("network", line, Some(ts), false);
    }
    g.end(true)
}

fn events(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Events.csv",
        "Event Name,Event Time,Status,External Url",
        false,
    )?;
    let n = g.cfg.counts.events;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Day) + 3600 * g.r.range(7, 18) as Ts;
        g.s1.clear();
        content::phrase(&mut g.r, &mut g.s1);
        content::capitalise(&mut g.s1);
        g.s1.push_str(" meetup");
        g.out.rfc(&g.s1);
        g.out.raw(",\"");
        g.out.date(ts, Fmt::EventHalf);
        g.out.raw(" - ");
        g.out
            .date(ts + 3600 * g.r.range(1, 4) as Ts, Fmt::EventHalf);
        g.out.raw(if g.r.chance(800) {
            "\",APPROVED,"
        } else {
            "\",RELINQUISHED,"
        });
        g.url.clear();
        if g.r.chance(500) {
            g.url.push_str("https://events.example.org/e/");
            content::push_num(&mut g.url, g.r.range(100_000, 999_999));
            g.out.raw(&g.url);
        }
        g.out.eol();
        g.emit_bare("network", line, Some(ts), true);
    }
    g.end(true)
}
