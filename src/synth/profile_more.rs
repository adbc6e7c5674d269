//! The rarer profile list files (honors, publications, organizations, volunteering, patents,
//! test scores), the endorsement files and `Duolingo.csv` (format notes §2.3). The list
//! machinery is in `profile.rs`.
//!
//! Headers of `Patents.csv` and `Test Scores.csv` were never observed: they are inferred from
//! the columns docs/items.md names.

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::{person, COMPANIES};
use super::profile::{g_lines, join, sentence_into_s1, text_col, SKILLS};

pub(super) fn honor(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    let v = g.r.pick(&[
        "Employee of the Year",
        "Best Paper Award",
        "Premio Innovación",
        "Dean's List",
    ]);
    text_col(&mut g.out, &mut g.text, v);
    g.out.comma();
    let lines = g_lines(g);
    sentence_into_s1(g, lines);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    (Some(ts), false)
}

pub(super) fn publication(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    let ts = ts + 86_400 * g.r.below(28) as Ts;
    g.s1.clear();
    g.s1.push_str("On ");
    content::phrase(&mut g.r, &mut g.s1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.out.date_quoted(ts, Fmt::MonDayYear);
    g.out.comma();
    sentence_into_s1(g, 1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.out
        .rfc(g.r.pick(&["Journal of Imaginary Systems", "Revista Ficticia", "Medium"]));
    g.out.comma();
    g.url.push_str("https://papers.example.org/");
    content::push_num(&mut g.url, g.r.below(1 << 30));
    g.out.raw(&g.url);
    (Some(ts), true)
}

pub(super) fn organization(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    // Columns: Name, Description, Position; text order: Name, Position, Description.
    let name = g.r.pick(&[
        "Rust Meetup München",
        "Association des Ingénieures",
        "Privacy Guild",
    ]);
    let position = g.r.pick(&["Member", "Treasurer", "Organiser"]);
    let lines = g_lines(g);
    sentence_into_s1(g, lines);
    g.out.rfc(name);
    g.out.comma();
    g.out.rfc(&g.s1);
    g.out.comma();
    g.out.rfc(position);
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.comma();
    join(&mut g.text, name);
    join(&mut g.text, position);
    join(&mut g.text, &g.s1);
    (Some(ts), false)
}

pub(super) fn volunteering(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    g.out.rfc(g.r.pick(&COMPANIES));
    g.out.comma();
    let v = g.r.pick(&["Mentor", "Trainer", "Bénévole"]);
    text_col(&mut g.out, &mut g.text, v);
    g.out.comma();
    g.out
        .raw(g.r.pick(&["artsAndCulture", "education", "environment"]));
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.raw(",,");
    sentence_into_s1(g, 1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    (Some(ts), false)
}

pub(super) fn patent(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    text_col(
        &mut g.out,
        &mut g.text,
        "Method for streaming compressed archives",
    );
    g.out.comma();
    sentence_into_s1(g, 1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.url.push_str("https://patents.example.org/EP");
    content::push_num(&mut g.url, g.r.range(1_000_000, 3_999_999));
    g.out.raw(&g.url);
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.raw(",EP");
    g.out.num(g.r.range(1_000_000, 3_999_999));
    (Some(ts), true)
}

pub(super) fn test_score(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    let v = g.r.pick(&["TOEFL iBT", "GMAT", "Goethe-Zertifikat C1"]);
    text_col(&mut g.out, &mut g.text, v);
    g.out.comma();
    g.out.num(g.r.range(60, 120));
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.comma();
    sentence_into_s1(g, 1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    (Some(ts), false)
}

pub(super) fn endorsements(g: &mut Gen<'_>, received: bool) -> io::Result<()> {
    let (path, header, n) = if received {
        ("Endorsement_Received_Info.csv", "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status", g.cfg.counts.endorsements_received)
    } else {
        ("Endorsement_Given_Info.csv", "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status", g.cfg.counts.endorsements_given)
    };
    g.begin_csv(path, header, false)?;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        let p = person(g.cfg.seed, g.r.below(g.cast.n));
        g.out.date(ts, Fmt::SlashSecUtc);
        g.out.comma();
        g.out.rfc(g.r.pick(&SKILLS));
        g.out.comma();
        g.out.rfc(p.first);
        g.out.comma();
        g.s1.clear();
        p.last_field(&mut g.s1);
        g.out.rfc(&g.s1);
        g.out.raw(",www.linkedin.com/in/");
        g.s1.clear();
        p.slug(&mut g.s1, true);
        g.out.raw(&g.s1);
        g.out.raw(",ACCEPTED");
        g.out.eol();
        g.emit_bare("endorsements", line, Some(ts), false);
    }
    g.end(true)
}

pub(super) fn duolingo(g: &mut Gen<'_>) -> io::Result<()> {
    // A real file that docs/items.md lists as `unknown`: no items.
    g.begin_csv("Duolingo.csv", "Language,Score,Proficiency Level", false)?;
    for _ in 0..g.cfg.counts.duolingo {
        g.out.record()?;
        g.out.raw(g.r.pick(&["German", "Spanish", "Italian"]));
        g.out.comma();
        g.out.num(g.r.range(60, 160));
        g.out.raw(",PROFESSIONAL_WORKING");
        g.out.eol();
    }
    g.end(true)
}
