//! The profile: `Profile.csv`, `Profile Summary.csv` and the list files (positions, education,
//! skills, …); the rarer list files, the endorsement files and `Duolingo.csv` are in
//! `profile_more.rs` (format notes §2.3).
//!

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::{owner, CITIES, COMPANIES, ROLES};
use super::out::Out;
use super::profile_more::{
    duolingo, endorsements, honor, organization, patent, publication, test_score, volunteering,
};
use super::{Counts, Era};

pub(super) const SKILLS: [&str; 16] = [
    "Rust",
    "Datenanalyse",
    "Product Management",
    "Gestion de projet",
    "SQL",
    "Negociación",
    "Public Speaking",
    "Machine Learning",
    "Kubernetes",
    "UX Research",
    "Zarządzanie zespołem",
    "Privacy by Design",
    "Copywriting",
    "Data Visualisation",
    "Recruiting",
    "Excel",
];
const SCHOOLS: [&str; 6] = [
    "Universität Grünwald",
    "École Supérieure de Lumière",
    "Universidad de Montejano",
    "Politecnico di Castelfranchi",
    "Hogeschool Oosterbeek",
    "Northfield Institute of Technology",
];
const GEOS: [&str; 7] = [
    "München, Bavaria, Germany",
    "Lyon, Auvergne-Rhône-Alpes, France",
    "Utrecht, Utrecht, Netherlands",
    "Greater London",
    "Kraków, Małopolskie, Poland",
    "Bengaluru, Karnataka, India",
    "Sevilla, Andalusia, Spain",
];

/// Writes every file of this family the era has.
/// One list file: path, header, first era that has it, row count, row writer.
type List = (&'static str, &'static str, Era, fn(&Counts) -> u64, Row);

const LISTS: [List; 15] = [
    (
        "Positions.csv",
        "Company Name,Title,Description,Location,Started On,Finished On",
        Era::Basic2023,
        |c| c.positions,
        positions,
    ),
    (
        "Education.csv",
        "School Name,Start Date,End Date,Notes,Degree Name,Activities",
        Era::Basic2023,
        |c| c.education,
        education,
    ),
    (
        "Skills.csv",
        "Name",
        Era::Basic2023,
        |c| c.skills,
        |g, _| one(g, &SKILLS),
    ),
    (
        "Certifications.csv",
        "Name,Url,Authority,Started On,Finished On,License Number",
        Era::Basic2023,
        |c| c.certifications,
        certification,
    ),
    (
        "Courses.csv",
        "Name,Number",
        Era::Basic2023,
        |c| c.courses,
        course,
    ),
    (
        "Languages.csv",
        "Name,Proficiency",
        Era::Basic2023,
        |c| c.languages,
        language,
    ),
    (
        "Projects.csv",
        "Title,Description,Url,Started On,Finished On",
        Era::Basic2023,
        |c| c.projects,
        project,
    ),
    (
        "Honors.csv",
        "Title,Description,Issued On",
        Era::Complete2024,
        |c| c.honors,
        honor,
    ),
    (
        "Publications.csv",
        "Name,Published On,Description,Publisher,Url",
        Era::Complete2024,
        |c| c.publications,
        publication,
    ),
    (
        "Organizations.csv",
        "Name,Description,Position,Started On,Finished On",
        Era::Complete2024,
        |c| c.organizations,
        organization,
    ),
    (
        "Causes You Care About.csv",
        "Supported Cause",
        Era::Complete2024,
        |c| c.causes,
        |g, _| one(g, &CAUSES),
    ),
    (
        "Member Hashtags.csv",
        "Member Posts About Hashtags",
        Era::Complete2024,
        |c| c.member_hashtags,
        |g, _| one(g, &HASHTAGS),
    ),
    (
        "Volunteering.csv",
        "Company Name,Role,Cause,Started On,Finished On,Description",
        Era::Complete2026,
        |c| c.volunteering,
        volunteering,
    ),
    (
        "Patents.csv",
        "Title,Description,Url,Issued On,Number",
        Era::Complete2026,
        |c| c.patents,
        patent,
    ),
    (
        "Test Scores.csv",
        "Name,Score,Date,Description",
        Era::Complete2026,
        |c| c.test_scores,
        test_score,
    ),
];

const CAUSES: [&str; 5] = [
    "animalWelfare",
    "education",
    "environment",
    "humanRights",
    "scienceAndTechnology",
];
const HASHTAGS: [&str; 5] = [
    "rust",
    "datenschutz",
    "leadership",
    "innovación",
    "sostenibilità",
];

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    profile(g)?;
    for (path, header, since, count, row) in LISTS {
        if g.era() >= since {
            let n = count(&g.cfg.counts);
            list(g, path, header, n, row)?;
        }
    }
    endorsements(g, true)?;
    endorsements(g, false)?;
    if g.era() == Era::Complete2026 {
        duolingo(g)?;
    }
    Ok(())
}

/// Appends `s` to the item text, after a `\n` when the text already holds something.
pub(super) fn join(text: &mut String, s: &str) {
    if !s.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(s);
    }
}

/// A row writer: writes the fields after the record start; returns (date, has url).
pub(super) type Row = fn(&mut Gen<'_>, Ts) -> (Option<Ts>, bool);

fn list(g: &mut Gen<'_>, path: &str, header: &str, n: u64, row: Row) -> io::Result<()> {
    g.begin_csv(path, header, false)?;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Month);
        g.text.clear();
        g.url.clear();
        let (date, url) = row(g, ts);
        g.out.eol();
        g.emit("profile", line, date, url);
    }
    g.end(true)
}

fn one(g: &mut Gen<'_>, values: &[&'static str]) -> (Option<Ts>, bool) {
    let v = g.r.pick(values);
    g.out.rfc(v);
    g.text.push_str(v);
    (None, false)
}

/// Writes a text column: RFC field plus its share of the item text.
pub(super) fn text_col(out: &mut Out<'_>, text: &mut String, s: &str) {
    out.rfc(s);
    join(text, s);
}

pub(super) fn sentence_into_s1(g: &mut Gen<'_>, lines: u64) {
    g.s1.clear();
    if lines > 0 {
        content::prose(&mut g.r, g.cast, &mut g.s1, lines);
    }
}

fn profile(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers", false)?;
    let me = owner(g.cfg.seed);
    let line = g.out.record()?;
    g.text.clear();
    g.out.rfc(me.first);
    g.out.comma();
    g.out.rfc(me.last);
    g.out.raw(",,,Apr 22,");
    g.s1.clear();
    g.s1.push_str(g.r.pick(&ROLES));
    g.s1.push_str(" at ");
    g.s1.push_str(g.r.pick(&COMPANIES));
    g.s1.push_str(" | ");
    content::phrase(&mut g.r, &mut g.s1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    sentence_into_s1(g, 3);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.raw(",Software Development,80331,");
    g.out.rfc(g.r.pick(&GEOS));
    g.out
        .raw(",[owl_at_work],[PERSONAL:https://owner.example.com],[SKYPE:live.owner]");
    g.out.eol();
    g.emit("profile", line, None, false);
    g.end(true)?;
    if g.era().complete() {
        g.begin_csv("Profile Summary.csv", "Profile Summary", false)?;
        if g.quirks() {
            g.out.raw("\n");
        }
        g.end(true)?;
    }
    Ok(())
}

fn positions(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    let current = ts > g.tl.end() - 86_400 * 365 * 2 && g.r.chance(500);
    g.out.rfc(g.r.pick(&COMPANIES));
    g.out.comma();
    let v = g.r.pick(&ROLES);
    text_col(&mut g.out, &mut g.text, v);
    g.out.comma();
    let lines = g.r.below(3);
    sentence_into_s1(g, lines);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.out.rfc(g.r.pick(&CITIES));
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.comma();
    if !current {
        g.out
            .date(ts + 86_400 * 31 * g.r.range(2, 40) as Ts, Fmt::MonYear);
    }
    (Some(ts), false)
}

fn education(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    let year_only = g.r.chance(500);
    let start = if year_only {
        super::dates::trunc(ts, Prec::Year)
    } else {
        ts
    };
    let fmt = if year_only { Fmt::Year } else { Fmt::MonYear };
    g.out.rfc(g.r.pick(&SCHOOLS));
    g.out.comma();
    g.out.date(start, fmt);
    g.out.comma();
    g.out
        .date(start + 86_400 * 366 * g.r.range(1, 5) as Ts, fmt);
    g.out.comma();
    let mut cols = [String::new(), String::new(), String::new()];
    if g.r.chance(500) {
        content::line(&mut g.r, g.cast, &mut cols[0], 1, 1);
    }
    cols[1].push_str(g.r.pick(&[
        "Bachelor of Science",
        "Master of Arts",
        "Diplom-Ingenieur",
        "Licence",
        "MBA",
    ]));
    if g.r.chance(400) {
        cols[2].push_str(g.r.pick(&["Orchestra, debating club", "Hackathons", "Fútbol sala"]));
    }
    // Columns: Notes, Degree Name, Activities; text order: Degree Name, Notes, Activities.
    for (k, c) in cols.iter().enumerate() {
        if k > 0 {
            g.out.comma();
        }
        g.out.rfc(c);
    }
    for k in [1, 0, 2] {
        join(&mut g.text, &cols[k]);
    }
    (Some(start), false)
}

fn certification(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    g.s1.clear();
    content::phrase(&mut g.r, &mut g.s1);
    content::capitalise(&mut g.s1);
    g.s1.push_str(" Certificate");
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    g.url.push_str("https://certs.example.com/verify/");
    content::push_num(&mut g.url, g.r.next_u64() >> 20);
    g.out.raw(&g.url);
    g.out.comma();
    g.out.rfc(g.r.pick(&COMPANIES));
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.raw(",,");
    g.out.num(g.r.range(100_000, 999_999));
    (Some(ts), true)
}

fn course(g: &mut Gen<'_>, _ts: Ts) -> (Option<Ts>, bool) {
    g.s1.clear();
    content::phrase(&mut g.r, &mut g.s1);
    content::capitalise(&mut g.s1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.raw(",CS-");
    g.out.num(g.r.range(100, 499));
    (None, false)
}

fn language(g: &mut Gen<'_>, _ts: Ts) -> (Option<Ts>, bool) {
    let v = g.r.pick(&[
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Nederlands",
        "Polski",
        "中文",
        "हिन्दी",
    ]);
    text_col(&mut g.out, &mut g.text, v);
    g.out.comma();
    g.out.raw(g.r.pick(&[
        "Native or bilingual proficiency",
        "Full professional proficiency",
        "Limited working proficiency",
    ]));
    (None, false)
}

fn project(g: &mut Gen<'_>, ts: Ts) -> (Option<Ts>, bool) {
    g.s1.clear();
    content::phrase(&mut g.r, &mut g.s1);
    content::capitalise(&mut g.s1);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    let lines = g_lines(g);
    sentence_into_s1(g, lines);
    text_col(&mut g.out, &mut g.text, &g.s1);
    g.out.comma();
    if g.r.chance(500) {
        g.url.push_str("https://github.example.org/project-");
        content::push_num(&mut g.url, g.r.below(10_000));
        g.out.raw(&g.url);
    }
    g.out.comma();
    g.out.date(ts, Fmt::MonYear);
    g.out.comma();
    (Some(ts), true)
}

pub(super) fn g_lines(g: &mut Gen<'_>) -> u64 {
    g.r.below(3)
}
