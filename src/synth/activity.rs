//! Activity and job files: `SearchQueries.csv` (unquoted commas), `Learning.csv` (trailing
//! empty header, CR inside descriptions), the `Jobs/` files, `SavedJobAlerts.csv` in both
//! shapes, `Online Job Postings.csv`, the (split) screening-question files,
//! `Private_identity_asset.csv` and `Saved_Items.csv` (format notes §2.6, §3.4).

use std::io;

use super::content;
use super::ctx::Gen;
use super::dates::{Fmt, Prec, Ts};
use super::names::{owner, person, push_hex, CITIES, COMPANIES, ROLES};
use super::Era;

/// Writes every file of this family the era has.
pub fn write_all(g: &mut Gen<'_>) -> io::Result<()> {
    let era = g.era();
    if era.complete() {
        search_queries(g)?;
    }
    learning(g)?;
    job_applications(g)?;
    saved_jobs(g)?;
    seeker_preferences(g)?;
    job_alerts(g)?;
    if era.complete() {
        job_postings(g)?;
        saved_answers(g)?;
    }
    screening(g)?;
    if era == Era::Complete2026 {
        identity_assets(g)?;
    }
    if era.complete() {
        saved_items(g)?;
    }
    Ok(())
}

fn search_queries(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("SearchQueries.csv", "Time,Search Query", false)?;
    let n = g.cfg.counts.search_queries;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.text.clear();
        match g.r.below(4) {
            0 => person(g.cfg.seed, g.r.below(g.cast.n + 500)).full(&mut g.text),
            1 => {
                // A name with a title after a comma (`jane doe, md`).
                let p = person(g.cfg.seed, g.r.below(g.cast.n + 500));
                g.text.extend(p.first.chars().flat_map(char::to_lowercase));
                g.text.push(' ');
                g.text.extend(p.last.chars().flat_map(char::to_lowercase));
                g.text.push_str(", md");
            }
            _ => content::phrase(&mut g.r, &mut g.text),
        }
        g.out.date(ts, Fmt::SlashSecUtc);
        g.out.comma();
        if g.quirks() {
            g.out.raw(&g.text);
        } else {
            g.out.rfc(&g.text);
        }
        g.out.eol();
        g.emit("search_queries", line, Some(ts), false);
    }
    g.end(true)
}

fn learning(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Learning.csv", "Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),", false)?;
    let n = g.cfg.counts.learning;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.s1.clear();
        content::phrase(&mut g.r, &mut g.s1);
        content::capitalise(&mut g.s1);
        g.s1.push_str(" Essential Training");
        g.out.rfc(&g.s1);
        g.out.comma();
        g.s1.clear();
        content::line(&mut g.r, g.cast, &mut g.s1, 1, 2);
        if g.quirks() && g.r.chance(300) {
            // CR LF inside the quoted description, after HTML breaks.
            g.s1.push_str("<br><br>\r\n\r\n");
            content::line(&mut g.r, g.cast, &mut g.s1, 1, 1);
        }
        g.out.rfc(&g.s1);
        g.out.raw(if g.r.chance(300) {
            ",Video,"
        } else {
            ",Course,"
        });
        let watched = !g.r.chance(150);
        let completed = g.r.chance(500);
        let done = ts + 60 * g.r.range(10, 60 * 24 * 20) as Ts;
        if watched {
            g.out.date(ts, Fmt::IsoMinUtc);
        } else {
            g.out.raw("N/A");
        }
        g.out.comma();
        if completed {
            g.out.date(done, Fmt::IsoMinUtc);
        } else {
            g.out.raw("N/A");
        }
        g.out
            .raw(if g.r.chance(200) { ",true," } else { ",false," });
        g.text.clear();
        if g.r.chance(200) {
            content::line(&mut g.r, g.cast, &mut g.text, 1, 1);
        }
        g.out.rfc(&g.text);
        g.out.comma();
        g.out.eol();
        let date = match (watched, completed) {
            (true, _) => Some(ts),
            (false, true) => Some(done),
            _ => None,
        };
        g.emit("learning", line, date, false);
    }
    g.end(true)
}

fn job_url(g: &mut Gen<'_>, http: bool) {
    g.url.clear();
    g.url.push_str(if http { "http" } else { "https" });
    g.url.push_str("://www.linkedin.com/jobs/view/");
    content::push_num(&mut g.url, g.r.range(3_000_000_000, 4_299_999_999));
}

fn job_applications(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Jobs/Job Applications.csv", "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers", false)?;
    let n = g.cfg.counts.job_applications;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.raw(",owner.applies@example.com, +49 170 ");
        g.out.num(g.r.range(1_000_000, 9_999_999));
        g.out.comma();
        g.out.rfc(g.r.pick(&COMPANIES));
        g.out.comma();
        g.out.rfc(g.r.pick(&ROLES));
        g.out.comma();
        job_url(g, false);
        g.out.raw(&g.url);
        g.out.raw(",CV_2025.pdf,");
        g.text.clear();
        if g.r.chance(700) {
            for k in 0..g.r.range(1, 3) {
                if k > 0 {
                    g.text.push_str(" | ");
                }
                g.text.push_str(g.r.pick(&[
                    "How many years of experience do you have with Rust?:4",
                    "Are you authorised to work in Germany?:Yes",
                    "Desired salary:65000",
                    "¿Hablas español?:Sí",
                ]));
            }
        }
        g.out.rfc(&g.text);
        g.out.eol();
        g.emit("job_applications", line, Some(ts), true);
    }
    g.end(true)
}

fn saved_jobs(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Jobs/Saved Jobs.csv",
        "Saved Date,Job Url,Job Title,Company Name",
        false,
    )?;
    let n = g.cfg.counts.saved_jobs;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.comma();
        job_url(g, true);
        g.out.raw(&g.url);
        g.out.comma();
        g.out.rfc(g.r.pick(&ROLES));
        g.out.comma();
        g.out.rfc(g.r.pick(&COMPANIES));
        g.out.eol();
        g.emit_bare("job_search", line, Some(ts), true);
    }
    g.end(true)
}

fn seeker_preferences(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Jobs/Job Seeker Preferences.csv", "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred Start Time Range,Commute Preference Starting Address,Commute Preference Starting Time,Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,Job Seeking Urgency Level", false)?;
    let line = g.out.record()?;
    g.out
        .raw("München | Remote,Software Development | Privacy,51-200,Full-time,");
    g.out.rfc(g.r.pick(&ROLES));
    g.out.raw(",Yes,Brightloom | Parcelino,No,,");
    g.text.clear();
    content::line(&mut g.r, g.cast, &mut g.text, 1, 2);
    g.out.rfc(&g.text);
    g.out.raw(",,Casually looking,Immediately,,,,,RECRUITERS,");
    g.out.eol();
    g.emit("job_search", line, None, false);
    g.end(true)
}

fn job_alerts(g: &mut Gen<'_>) -> io::Result<()> {
    let old = g.era() != Era::Complete2026;
    if old {
        g.begin_csv(
            "SavedJobAlerts.csv",
            "Saved Search Date,Jobs Search Url",
            false,
        )?;
    } else {
        g.begin_csv(
            "SavedJobAlerts.csv",
            "ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID",
            false,
        )?;
    }
    let n = g.cfg.counts.job_alerts;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        let city = g.r.pick(&CITIES);
        if old {
            g.out.date_quoted(ts, Fmt::UsShort);
            g.out.comma();
            g.url.clear();
            g.url
                .push_str("https://www.linkedin.com/jobs/search/?keywords=rust&location=");
            for b in city.bytes() {
                if b.is_ascii_alphanumeric() {
                    g.url.push(char::from(b));
                } else {
                    const HEX: &[u8; 16] = b"0123456789ABCDEF";
                    g.url.push('%');
                    g.url.push(char::from(HEX[usize::from(b >> 4)]));
                    g.url.push(char::from(HEX[usize::from(b & 15)]));
                }
            }
            g.out.raw(&g.url);
            g.out.eol();
            g.emit_bare("job_search", line, Some(ts), true);
        } else {
            g.out.raw("\"{channels=[EMAIL, INAPP_NOTIFICATION], frequency=DAILY}\",\"{keywords=rust, location=");
            g.out.raw(city);
            g.out.raw("}\",");
            g.out.num(g.r.range(10_000_000_000, 19_999_999_999));
            g.out.eol();
            g.emit_bare("job_search", line, None, false);
        }
    }
    g.end(true)
}

fn job_postings(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv("Online Job Postings.csv", "Company Name,Title,Employment Status,Company Description,Job Description,Location Description,Job Functions,Company Industries,Seniority Level,Required Skills,Education Levels,Onsite Apply,Contact Email,Company Apply Url,Base Salary,Additional Compensation,Job State,Create Date,List Date,Close Date,Expiration Date", false)?;
    let n = g.cfg.counts.job_postings;
    for i in 0..n {
        let line = g.out.record()?;
        let ts = g.desc(i, n, Prec::Minute);
        let company = g.r.pick(&COMPANIES);
        g.out.rfc(company);
        g.out.comma();
        g.out.rfc(g.r.pick(&ROLES));
        g.out.raw(",FULL_TIME,");
        g.text.clear();
        g.s1.clear();
        content::line(&mut g.r, g.cast, &mut g.s1, 1, 2);
        g.out.rfc(&g.s1);
        g.text.push_str(&g.s1);
        g.out.comma();
        g.s1.clear();
        g.s1.push_str("<p>");
        content::line(&mut g.r, g.cast, &mut g.s1, 2, 3);
        g.s1.push_str("</p><ul><li>Rust</li><li>SQL</li></ul>");
        g.out.rfc(&g.s1);
        g.text.push('\n');
        g.text.push_str(&g.s1);
        g.out.comma();
        g.out.rfc(g.r.pick(&CITIES));
        g.out.raw(",Engineering,Software Development,Mid-Senior level,Rust | SQL,Bachelor's Degree,false,jobs@example.com,");
        g.url.clear();
        g.url.push_str("https://careers.example.com/apply/");
        push_hex(&mut g.url, g.r.next_u64(), 10);
        g.out.raw(&g.url);
        g.out.raw(",70000 EUR,,CLOSED,");
        g.out.date_quoted(ts, Fmt::UsShort);
        g.out.comma();
        g.out.date_quoted(ts + 3600, Fmt::UsShort);
        g.out.comma();
        g.out.date_quoted(ts + 86_400 * 30, Fmt::UsShort);
        g.out.comma();
        g.out.date_quoted(ts + 86_400 * 30, Fmt::UsShort);
        g.out.eol();
        g.emit("job_search", line, Some(ts), true);
    }
    g.end(true)
}

const QUESTIONS: [(&str, &str); 6] = [
    (
        "How many years of work experience do you have with Python?",
        "5",
    ),
    (
        "Are you comfortable commuting to this job's location?",
        "Yes",
    ),
    ("What is your notice period?", "Three months, negotiable"),
    ("Wie viele Jahre Erfahrung haben Sie mit SAP?", "2"),
    ("Do you have a valid driver's license?", "No"),
    (
        "Describe a project you are proud of.",
        "A GDPR data export tool, written in Rust.",
    ),
];

fn qa_row(g: &mut Gen<'_>, cat: &'static str) -> io::Result<()> {
    let line = g.out.record()?;
    let (q, a) = g.r.pick(&QUESTIONS);
    g.out.rfc(q);
    g.out.comma();
    g.out.rfc(a);
    g.out.eol();
    g.text.clear();
    g.text.push_str(q);
    g.text.push('\n');
    g.text.push_str(a);
    g.emit(cat, line, None, false);
    Ok(())
}

fn screening(g: &mut Gen<'_>) -> io::Result<()> {
    const BASE: &str = "Job Applicant Saved Screening Question Responses";
    let n = g.cfg.counts.screening_answers;
    // Split into parts `…`, `…_1`, …, `…_k` when quirky (R3 has five extra parts).
    let parts = if g.quirks() && g.era().complete() {
        n.clamp(1, 6)
    } else {
        1
    };
    let per = n.div_ceil(parts.max(1));
    let mut done = 0;
    for part in 0..parts {
        let path = if part == 0 {
            format!("{BASE}.csv")
        } else {
            format!("{BASE}_{part}.csv")
        };
        g.begin_csv(&path, "Question,Answer", false)?;
        for _ in 0..per.min(n - done) {
            qa_row(g, "saved_answers")?;
            done += 1;
        }
        g.end(true)?;
    }
    Ok(())
}

fn saved_answers(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Jobs/Job Applicant Saved Answers.csv",
        "Question,Answer",
        false,
    )?;
    for _ in 0..g.cfg.counts.saved_answers {
        qa_row(g, "saved_answers")?;
    }
    g.end(true)
}

fn identity_assets(g: &mut Gen<'_>) -> io::Result<()> {
    g.begin_csv(
        "Private_identity_asset.csv",
        "Private Identity Asset Name,Private Identity Asset Raw Text",
        false,
    )?;
    let me = owner(g.cfg.seed);
    for k in 0..g.cfg.counts.identity_assets {
        let line = g.out.record()?;
        g.out.raw("CV_");
        g.out.raw(me.first);
        g.out.raw("_");
        g.out.num(2020 + k);
        g.out.raw(".pdf,");
        g.text.clear();
        me.full(&mut g.text);
        g.text.push_str("\nCurriculum Vitae\n\n");
        for _ in 0..g.r.range(3, 6) {
            let from = g.r.range(2012, 2022);
            content::push_num(&mut g.text, from);
            g.text.push_str(" – ");
            content::push_num(&mut g.text, from + g.r.range(1, 4));
            g.text.push(' ');
            g.text.push_str(g.r.pick(&ROLES));
            g.text.push_str(", ");
            g.text.push_str(g.r.pick(&COMPANIES));
            g.text.push('\n');
            content::line(&mut g.r, g.cast, &mut g.text, 1, 3);
            g.text.push_str("\n\n");
        }
        g.text.push_str("Languages: English, Deutsch, Français");
        g.out.rfc(&g.text);
        g.out.eol();
        g.emit("saved_answers", line, None, false);
    }
    g.end(true)
}

fn saved_items(g: &mut Gen<'_>) -> io::Result<()> {
    // A real file that docs/items.md lists as `unknown`: no items.
    let (path, header, crlf) = if g.era() == Era::Complete2024 {
        (
            "Saved_Items.csv".to_string(),
            "savedItem,createdTime",
            g.quirks(),
        )
    } else {
        (g.suffixed("Saved_Items"), "savedItem,CreatedTime", false)
    };
    g.begin_csv(&path, header, crlf)?;
    let n = g.cfg.counts.saved_items;
    for i in 0..n {
        g.out.record()?;
        let ts = g.desc(i, n, Prec::Second);
        g.out
            .raw("https://www.linkedin.com/feed/update/urn:li:activity:");
        g.out.num(super::shares::post_id(&mut g.r, ts - 3600));
        g.out.comma();
        g.out.date(ts, Fmt::IsoSec);
        g.out.eol();
    }
    g.end(true)
}
