//! Private content: `messages.csv` (10, 12 or 11 columns by era; all-quoted with real line feeds
//! in 2026), the AI-chat files (rows, header-only files, the `No conversations found`
//! placeholder), `Invitations.csv` and the two recommendation files (format notes §2.2, §3.4).

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{trunc, Fmt, Prec, Ts};
use super::names::{owner, person, push_hex, Person, COMPANIES};
use super::out::Out;
use super::Era;

/// The 10-column header (113 bytes with its newline), also used by every AI-chat file.
pub const MSG_HEADER: &str = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    messages(g)?;
    if g.era().complete() {
        ai_chats(g)?;
    }
    invitations(g)?;
    recommendations(g, true)?;
    if g.era().complete() {
        recommendations(g, false)?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Direct,
    Group,
    Sponsored,
    Company,
    Draft,
}

/// Writes one field: always quoted (2026 quirks) or RFC.
fn field(out: &mut Out<'_>, s: &str, all: bool, first: bool) {
    if !first {
        out.comma();
    }
    if all {
        out.quoted(s);
    } else {
        out.rfc(s);
    }
}

/// `2-<base64 of a uuid and a counter>==`, the shape of CONVERSATION ID.
fn conversation_id(g: &mut Gen<'_>, raw: &mut String, s: &mut String) {
    raw.clear();
    push_hex(raw, g.r.next_u64(), 8);
    raw.push('-');
    push_hex(raw, g.r.next_u64(), 4);
    raw.push_str("-4");
    push_hex(raw, g.r.next_u64(), 3);
    raw.push_str("-a");
    push_hex(raw, g.r.next_u64(), 3);
    raw.push('-');
    push_hex(raw, g.r.next_u64(), 12);
    raw.push_str("_0");
    content::push_num(raw, g.r.range(10, 99));
    s.push_str("2-");
    base64(raw.as_bytes(), s);
}

fn base64(bytes: &[u8], s: &mut String) {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                s.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
}

fn messages(g: &mut Gen<'_>) -> io::Result<()> {
    let era = g.era();
    let all = era == Era::Complete2026 && g.quirks();
    g.begin("messages.csv", false)?;
    match era {
        Era::Basic2023 => g.out.line_raw(MSG_HEADER),
        Era::Complete2024 => {
            g.out.raw(MSG_HEADER);
            g.out.line_raw(",IS MESSAGE DRAFT,IS CONVERSATION DRAFT");
        }
        Era::Complete2026 if all => {
            let names: Vec<&str> = MSG_HEADER.split(',').chain(["ATTACHMENTS"]).collect();
            g.out.header_quoted(&names);
        }
        Era::Complete2026 => {
            g.out.raw(MSG_HEADER);
            g.out.line_raw(",ATTACHMENTS");
        }
    }
    let me = owner(g.cfg.seed);
    let n = g.cfg.counts.messages;
    let mut left = n;
    let mut conv = String::with_capacity(64);
    let mut raw = String::with_capacity(64);
    let mut title = String::with_capacity(64);
    let mut others: Vec<Person> = Vec::with_capacity(5);
    let mut index = 0u64;
    while left > 0 {
        // The first conversations show every shape, so even a small export has each.
        let forced = match index {
            1 if era == Era::Complete2024 && g.quirks() => Some(Kind::Draft),
            2 => Some(Kind::Group),
            3 => Some(Kind::Sponsored),
            4 => Some(Kind::Company),
            _ => None,
        };
        index += 1;
        let kind = forced.unwrap_or_else(|| match g.r.below(100) {
            0..=74 => Kind::Direct,
            75..=82 => Kind::Group,
            83..=89 => Kind::Sponsored,
            90..=95 => Kind::Company,
            _ if era == Era::Complete2024 && g.quirks() => Kind::Draft,
            _ => Kind::Direct,
        });
        let size = match kind {
            Kind::Sponsored | Kind::Draft => 1,
            Kind::Company => g.r.range(1, 3),
            _ if g.r.chance(100) => g.r.range(10, 60),
            _ => g.r.range(1, 9),
        }
        .min(left);
        left -= size;
        conv.clear();
        if kind != Kind::Draft {
            conversation_id(g, &mut raw, &mut conv);
        }
        others.clear();
        let people = if kind == Kind::Group {
            g.r.range(2, 4)
        } else {
            1
        };
        for _ in 0..people {
            others.push(person(g.cfg.seed, g.r.below(g.cast.n + 50)));
        }
        title.clear();
        match kind {
            Kind::Sponsored => title.push_str("Sponsored Conversation"),
            Kind::Group => {
                title.push_str("Team ");
                title.push_str(g.r.pick(&super::names::CITIES));
            }
            _ => {}
        }
        let company = g.r.pick(&COMPANIES);
        let mut ts = g.any_ts(Prec::Second);
        for k in 0..size {
            let line = g.out.record()?;
            // Who speaks: the member or one of the others.
            let mine = kind == Kind::Draft || (kind != Kind::Sponsored && g.r.chance(450));
            let speaker = if mine {
                me
            } else {
                others[g.r.below(others.len() as u64) as usize]
            };
            let first = k == 0;
            field(&mut g.out, &conv, all, true);
            field(&mut g.out, &title, all, false);
            // FROM, SENDER PROFILE URL
            g.s1.clear();
            g.s2.clear();
            match kind {
                Kind::Sponsored => g.s1.push_str("LinkedIn Member"),
                Kind::Company if !mine => g.s1.push_str(company),
                _ if !mine && g.r.chance(5) => {}
                _ => {
                    speaker.full(&mut g.s1);
                    speaker.url(&mut g.s2, false);
                }
            }
            field(&mut g.out, &g.s1, all, false);
            field(&mut g.out, &g.s2, all, false);
            // TO, RECIPIENT PROFILE URLS: comma-joined without spaces.
            g.s1.clear();
            g.s2.clear();
            let recipients: &[Person] = if mine {
                &others
            } else {
                std::slice::from_ref(&me)
            };
            for (j, p) in recipients.iter().enumerate() {
                if j > 0 {
                    g.s1.push(',');
                    g.s2.push(',');
                }
                p.full(&mut g.s1);
                p.url(&mut g.s2, false);
            }
            field(&mut g.out, &g.s1, all, false);
            field(&mut g.out, &g.s2, all, false);
            g.out.comma();
            if all {
                g.out.date_quoted(ts, Fmt::IsoSecUtc);
            } else {
                g.out.date(ts, Fmt::IsoSecUtc);
            }
            // SUBJECT, CONTENT
            g.text.clear();
            g.s1.clear();
            if first && (kind == Kind::Sponsored || g.r.chance(60)) {
                content::phrase(&mut g.r, &mut g.s1);
                content::capitalise(&mut g.s1);
                g.text.push_str(&g.s1);
            }
            g.s2.clear();
            if kind == Kind::Sponsored {
                g.s2.push_str("<p class=\"spinmail-quill-editor__spin-break\">Hi %FIRSTNAME%,</p><p class=\"spinmail-quill-editor__spin-break\">");
                content::line(&mut g.r, g.cast, &mut g.s2, 1, 2);
                g.s2.push_str("</p>");
            } else if !g.r.chance(20) {
                let lines = if all && g.r.chance(250) {
                    g.r.range(2, 4)
                } else {
                    1
                };
                for l in 0..lines {
                    if l > 0 {
                        g.s2.push_str(if g.r.chance(300) { "\n\n" } else { "\n" });
                    }
                    content::line(&mut g.r, g.cast, &mut g.s2, 1, 2);
                }
            }
            if !g.s2.is_empty() {
                if !g.text.is_empty() {
                    g.text.push('\n');
                }
                g.text.push_str(&g.s2);
            }
            field(&mut g.out, &g.s1, all, false);
            field(&mut g.out, &g.s2, all, false);
            // FOLDER
            let folder = match (kind, g.r.below(100)) {
                (Kind::Draft, _) => "",
                (_, 0..=84) => "INBOX",
                (_, 85..=94) => "ARCHIVE",
                (_, 95..=97) => "SPAM",
                _ => "",
            };
            field(&mut g.out, folder, all, false);
            match era {
                Era::Complete2024 => {
                    g.out.raw(if kind == Kind::Draft {
                        ",Yes,No"
                    } else {
                        ",No,No"
                    });
                }
                Era::Complete2026 => {
                    g.s1.clear();
                    if g.r.chance(40) {
                        g.s1.push_str("https://www.linkedin.com/dms/prv/attachment/v2/D4E06AQ");
                        push_hex(&mut g.s1, g.r.next_u64(), 16);
                    }
                    field(&mut g.out, &g.s1, all, false);
                }
                Era::Basic2023 => {}
            }
            g.out.eol();
            g.emit("messages", line, Some(ts), false);
            // Older messages of the conversation follow.
            ts = (ts - g.r.range(30, 86_400 * 2) as Ts).max(g.era().cuts()[0]);
        }
    }
    g.end(true)
}

fn ai_chats(g: &mut Gen<'_>) -> io::Result<()> {
    let me = owner(g.cfg.seed);
    g.begin_csv("guide_messages.csv", MSG_HEADER, false)?;
    let n = g.cfg.counts.ai_chats;
    let mut conv = String::new();
    let mut raw = String::new();
    for i in 0..n {
        if i % 6 == 0 {
            conv.clear();
            conversation_id(g, &mut raw, &mut conv);
        }
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        let mine = i % 2 == 0;
        g.out.raw(&conv);
        g.out.raw(",Job search help,");
        g.s1.clear();
        g.s2.clear();
        if mine {
            me.full(&mut g.s1);
            me.url(&mut g.s2, false);
        } else {
            g.s1.push_str("LinkedIn Assistant");
        }
        g.out.rfc(&g.s1);
        g.out.comma();
        g.out.raw(&g.s2);
        g.out.comma();
        g.s1.clear();
        g.s2.clear();
        if mine {
            g.s1.push_str("LinkedIn Assistant");
        } else {
            me.full(&mut g.s1);
            me.url(&mut g.s2, false);
        }
        g.out.rfc(&g.s1);
        g.out.comma();
        g.out.raw(&g.s2);
        g.out.comma();
        g.out.date(ts, Fmt::IsoSecUtc);
        g.out.raw(",,");
        g.text.clear();
        content::line(&mut g.r, g.cast, &mut g.text, 1, 3);
        g.out.rfc(&g.text);
        g.out.raw(",INBOX");
        g.out.eol();
        g.emit("ai_chats", line, Some(ts), false);
    }
    g.end(true)?;
    if !g.quirks() {
        return Ok(());
    }
    let mut empty = vec!["coach_messages.csv"];
    if g.era() == Era::Complete2026 {
        empty.extend([
            "learning_coach_messages.csv",
            "learning_role_play_messages.csv",
        ]);
        g.begin("LearningCoachMessages.csv", false)?;
        g.out.raw("No conversations found\n\n");
        g.end(true)?;
    }
    for path in empty {
        g.begin_csv(path, MSG_HEADER, false)?;
        g.end(true)?;
    }
    Ok(())
}

fn invitations(g: &mut Gen<'_>) -> io::Result<()> {
    let urn = g.era() == Era::Basic2023;
    let header = if urn {
        "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn"
    } else {
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
    };
    g.begin_csv("Invitations.csv", header, false)?;
    let me = owner(g.cfg.seed);
    let n = g.cfg.counts.invitations;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        // Pending invitations: people who are not (yet) connections.
        let other = person(g.cfg.seed, g.cast.n + 100 + g.r.below(10_000));
        let incoming = g.r.chance(600);
        let (from, to) = if incoming { (other, me) } else { (me, other) };
        g.s1.clear();
        from.full(&mut g.s1);
        g.out.rfc(&g.s1);
        g.out.comma();
        g.s1.clear();
        to.full(&mut g.s1);
        g.out.rfc(&g.s1);
        g.out.comma();
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.comma();
        g.text.clear();
        if g.r.chance(400) {
            content::line(&mut g.r, g.cast, &mut g.text, 1, 2);
        }
        g.out.rfc(&g.text);
        g.out
            .raw(if incoming { ",INCOMING," } else { ",OUTGOING," });
        for (j, p) in [from, to].iter().enumerate() {
            if j > 0 {
                g.out.comma();
            }
            g.s1.clear();
            if urn {
                g.s1.push_str("urn:li:member:");
                content::push_num(&mut g.s1, u64::from(p.tag) + 10_000_000);
            } else {
                p.url(&mut g.s1, true);
            }
            g.out.raw(&g.s1);
        }
        g.out.eol();
        g.emit("invitations", line, Some(ts), false);
    }
    g.end(true)
}

fn recommendations(g: &mut Gen<'_>, received: bool) -> io::Result<()> {
    let (path, n, cat) = if received {
        let n = g.cfg.counts.recommendations_received;
        (
            "Recommendations_Received.csv",
            n,
            "recommendations_received",
        )
    } else {
        let n = g.cfg.counts.recommendations_given;
        ("Recommendations_Given.csv", n, "recommendations_given")
    };
    g.begin_csv(
        path,
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
        false,
    )?;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = trunc(g.desc(i, n, Prec::Minute), Prec::Minute);
        let p = person(g.cfg.seed, g.r.below(g.cast.n));
        g.out.rfc(p.first);
        g.out.comma();
        g.s1.clear();
        p.last_field(&mut g.s1);
        g.out.rfc(&g.s1);
        g.out.comma();
        g.out.rfc(g.r.pick(&COMPANIES));
        g.out.comma();
        g.out.rfc(g.r.pick(&super::names::ROLES));
        g.out.comma();
        g.text.clear();
        let lines = g.r.range(1, 3);
        content::prose(&mut g.r, g.cast, &mut g.text, lines);
        g.out.rfc(&g.text);
        g.out.comma();
        g.out.date_quoted(ts, Fmt::UsPadded);
        g.out.raw(if received { ",VISIBLE" } else { "," });
        g.out.eol();
        g.emit(cat, line, Some(ts), false);
    }
    g.end(true)
}
