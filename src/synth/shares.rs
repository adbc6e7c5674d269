//! Public activity: `Shares.csv`, `InstantReposts_<n>.csv`, `Comments.csv`, `Reactions.csv`,
//! `Votes.csv`, `Rich_Media.csv` / `Rich Media.csv`, each in its era's header and quirks
//! (format notes §2.1, §3.2, §3.3, §4.2).

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::push_hex;
use super::rng::Rng;
use super::Era;

const FEED: &str = "https://www.linkedin.com/feed/update/";

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    if g.era().complete() {
        shares(g)?;
        if g.era() == Era::Complete2026 {
            instant_reposts(g)?;
        }
        comments(g)?;
        reactions(g)?;
        votes(g)?;
    }
    rich_media(g)
}

/// A 19-digit post id whose top bits are the creation time in Unix milliseconds (`id >> 22`).
pub fn post_id(r: &mut Rng, ts: Ts) -> u64 {
    let ms = ts as u64 * 1000 + r.below(1000);
    (ms << 22) | r.below(1 << 22)
}

/// Appends a percent-encoded feed URL for a post made at `ts`: `share`, `ugcPost` or `groupPost`.
pub fn feed_link(r: &mut Rng, ts: Ts, s: &mut String, kinds: &[&str]) {
    s.push_str(FEED);
    let kind = r.pick(kinds);
    s.push_str("urn%3Ali%3A");
    s.push_str(kind);
    s.push_str("%3A");
    if kind == "groupPost" {
        content::push_num(s, r.range(1_000_000, 14_999_999));
        s.push('-');
    }
    content::push_num(s, post_id(r, ts));
}

fn activity_crlf(g: &Gen<'_>) -> bool {
    g.era() == Era::Complete2024 && g.quirks()
}

fn shares(g: &mut Gen<'_>) -> io::Result<()> {
    let (path, header) = if g.era() == Era::Complete2024 {
        (
            "Shares.csv".to_string(),
            "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility",
        )
    } else {
        (
            g.suffixed("Shares"),
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
        )
    };
    // 2025+: empty fields written `""`; 2024: bare.
    let empty = if g.era() == Era::Complete2026 && g.quirks() {
        "\"\""
    } else {
        ""
    };
    let crlf = activity_crlf(g);
    g.begin_csv(&path, header, crlf)?;
    let n = g.cfg.counts.shares;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.url.clear();
        feed_link(
            &mut g.r,
            ts,
            &mut g.url,
            &["share", "share", "share", "ugcPost", "groupPost"],
        );
        g.text.clear();
        // A repost or media-only post has no text.
        if !g.r.chance(60) {
            if g.quirks() {
                content::post(&mut g.r, g.cast, &mut g.text);
            } else {
                content::line(&mut g.r, g.cast, &mut g.text, 1, 3);
            }
        }
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.raw(&g.url);
        g.out.comma();
        g.out.share_text(&g.text, empty);
        g.out.comma();
        if g.r.chance(250) {
            g.s1.clear();
            g.s1.push_str("https://blog.example.com/");
            push_hex(&mut g.s1, g.r.next_u64(), 10);
            g.out.raw(&g.s1);
            g.out.comma();
            if g.r.chance(500) {
                g.s1.clear();
                g.s1.push_str("https://media.example.net/preview/");
                push_hex(&mut g.s1, g.r.next_u64(), 12);
                g.s1.push_str(".jpg");
                g.out.raw(&g.s1);
            } else {
                g.out.raw(empty);
            }
        } else {
            g.out.raw(empty);
            g.out.comma();
            g.out.raw(empty);
        }
        g.out.raw(",MEMBER_NETWORK");
        g.out.eol();
        g.emit("posts", line, Some(ts), true);
    }
    g.end(true)
}

fn instant_reposts(g: &mut Gen<'_>) -> io::Result<()> {
    let path = g.suffixed("InstantReposts");
    g.begin_csv(&path, "Date,Link", false)?;
    let n = g.cfg.counts.instant_reposts;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.url.clear();
        let posted = ts - g.r.range(60, 86_400 * 20) as Ts;
        feed_link(&mut g.r, posted, &mut g.url, &["activity", "ugcPost"]);
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.raw(&g.url);
        g.out.eol();
        g.emit_bare("posts", line, Some(ts), true);
    }
    g.end(true)
}

fn comments(g: &mut Gen<'_>) -> io::Result<()> {
    let path = if g.era() == Era::Complete2024 {
        "Comments.csv".to_string()
    } else {
        g.suffixed("Comments")
    };
    let crlf = activity_crlf(g);
    g.begin_csv(&path, "Date,Link,Message", crlf)?;
    let n = g.cfg.counts.comments;
    let (era, quirks) = (g.era(), g.quirks());
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.url.clear();
        let parent = ts - g.r.range(60, 86_400 * 3) as Ts;
        feed_link(
            &mut g.r,
            parent,
            &mut g.url,
            &["activity", "activity", "ugcPost"],
        );
        g.text.clear();
        let plain = quirks && era == Era::Complete2024;
        content::comment(&mut g.r, g.cast, &mut g.text, plain);
        let damaged = i == 0 && g.extras.invalid_utf8;
        if damaged {
            g.text.clear();
            g.text.push_str("Merci pour le café");
        }
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.raw(&g.url);
        g.out.comma();
        match (quirks, era) {
            (true, Era::Complete2024) => g.out.unquoted_multiline(&g.text),
            (true, _) => g.out.backslashed(&g.text),
            _ => g.out.rfc(&g.text),
        }
        if damaged {
            // The last `é` becomes the single cp1252 byte 0xE9.
            let end = g.out.buf.len();
            g.out.buf.truncate(end - 2);
            g.out.buf.push(0xE9);
            g.text.truncate(g.text.len() - 2);
            g.text.push('\u{fffd}');
        }
        g.out.eol();
        g.emit("comments", line, Some(ts), true);
    }
    g.end(true)
}

fn reactions(g: &mut Gen<'_>) -> io::Result<()> {
    let path = if g.era() == Era::Complete2024 {
        "Reactions.csv".to_string()
    } else {
        g.suffixed("Reactions")
    };
    let crlf = activity_crlf(g);
    g.begin_csv(&path, "Date,Type,Link", crlf)?;
    let n = g.cfg.counts.reactions;
    const TYPES: [&str; 10] = [
        "LIKE",
        "LIKE",
        "LIKE",
        "LIKE",
        "PRAISE",
        "EMPATHY",
        "APPRECIATION",
        "INTEREST",
        "LIKE",
        "ENTERTAINMENT",
    ];
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.url.clear();
        let posted = ts - g.r.range(60, 86_400 * 5) as Ts;
        if g.r.chance(15) {
            g.url.push_str(FEED);
            g.url.push_str("urn%3Ali%3AlyndaCourse%3A");
            content::push_num(&mut g.url, g.r.range(100_000, 999_999));
        } else {
            let kind = g.r.pick(&["activity", "activity", "ugcPost"]);
            let id = post_id(&mut g.r, posted);
            g.url.push_str(FEED);
            g.url.push_str("urn%3Ali%3A");
            g.url.push_str(kind);
            g.url.push_str("%3A");
            content::push_num(&mut g.url, id);
            if g.r.chance(150) {
                // A reaction to a comment of that post.
                g.url.push_str("?commentUrn=urn%3Ali%3Acomment%3A%28");
                g.url.push_str(kind);
                g.url.push_str("%3A");
                content::push_num(&mut g.url, id);
                g.url.push_str("%2C");
                content::push_num(&mut g.url, post_id(&mut g.r, posted + 600));
                g.url.push_str("%29");
            }
        }
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.raw(g.r.pick(&TYPES));
        g.out.comma();
        g.out.raw(&g.url);
        g.out.eol();
        g.emit_bare("reactions", line, Some(ts), true);
    }
    g.end(true)
}

fn votes(g: &mut Gen<'_>) -> io::Result<()> {
    let crlf = activity_crlf(g);
    g.begin_csv("Votes.csv", "Date,Link,OptionText", crlf)?;
    let n = g.cfg.counts.votes;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        let posted = ts - g.r.range(60, 86_400 * 7) as Ts;
        g.url.clear();
        // Not percent-encoded (format notes §4.2).
        g.url.push_str(FEED);
        match g.r.below(3) {
            0 => g.url.push_str("urn:li:ugcPost:"),
            1 => g.url.push_str("urn:li:activity:"),
            _ => {
                g.url.push_str("urn:li:groupPost:");
                content::push_num(&mut g.url, g.r.range(1_000_000, 14_999_999));
                g.url.push('-');
            }
        }
        content::push_num(&mut g.url, post_id(&mut g.r, posted));
        g.text.clear();
        content::phrase(&mut g.r, &mut g.text);
        content::capitalise(&mut g.text);
        g.out.date(ts, Fmt::IsoSec);
        g.out.comma();
        g.out.raw(&g.url);
        g.out.comma();
        g.out.rfc(&g.text);
        g.out.eol();
        g.emit("poll_votes", line, Some(ts), true);
    }
    g.end(true)
}

fn rich_media(g: &mut Gen<'_>) -> io::Result<()> {
    if g.era() == Era::Basic2023 {
        g.begin_csv("Rich Media.csv", "Type,Link", false)?;
        for kind in [
            "Video content can be downloaded at",
            "Photo content can be downloaded at",
        ] {
            let line = g.out.record()?;
            g.url.clear();
            g.url
                .push_str("https://www.linkedin.com/psettings/member-data");
            g.out.raw(kind);
            g.out.comma();
            g.out.raw(&g.url);
            g.out.eol();
            g.emit_bare("media", line, None, true);
        }
        return g.end(true);
    }
    g.begin_csv(
        "Rich_Media.csv",
        "Date/Time,Media Description,Media Link",
        false,
    )?;
    const KINDS: [&str; 6] = [
        "a feed photo",
        "a feed video",
        "a feed document",
        "a profile photo",
        "a background photo",
        "an article cover photo",
    ];
    let n = g.cfg.counts.rich_media;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.out.raw("\"You uploaded ");
        g.out.raw(g.r.pick(&KINDS));
        g.out.raw(" on ");
        g.out.date(ts, Fmt::Prose);
        g.out.raw(" (GMT)\",");
        g.text.clear();
        if g.r.chance(650) {
            content::post(&mut g.r, g.cast, &mut g.text);
            if g.quirks() {
                // LinkedIn replaces every non-ASCII character here by `?`.
                g.s1.clear();
                g.s1.extend(g.text.chars().map(|c| if c.is_ascii() { c } else { '?' }));
                std::mem::swap(&mut g.s1, &mut g.text);
            }
            g.out.rfc(&g.text);
        } else if g.quirks() {
            g.out.raw(" -");
        }
        g.out.comma();
        g.url.clear();
        if g.r.chance(850) {
            g.url
                .push_str("https://media.licdn.com/dms/image/v2/D4E22AQ");
            push_hex(&mut g.url, g.r.next_u64(), 16);
            g.url.push_str("/feedshare-shrink_800/0/");
            content::push_num(&mut g.url, ts as u64 * 1000 + g.r.below(1000));
            g.url.push_str("?e=");
            content::push_num(&mut g.url, g.tl.end() as u64 + g.r.below(86_400 * 30));
            g.url.push_str("&v=beta&t=");
            push_hex(&mut g.url, g.r.next_u64(), 16);
            g.out.raw(&g.url);
        }
        g.out.eol();
        g.emit("media", line, Some(ts), true);
    }
    g.end(true)
}
