//! `request`: a GDPR (or UK GDPR, CCPA, or plain) request letter to LinkedIn about AI training,
//! with a manifest of every exposed item (DESIGN §2, §8; policy-facts §4, §5).
//!
//! The letter text lives in templates, one folder per language
//! (`templates/request/<lang>/{common,objection,erasure}.md.j2`, MiniJinja), embedded in the
//! binary: adding a language is adding a folder and a line in [`Lang::templates`].

use std::borrow::Cow;

use anyhow::{Context as _, Result};
use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::Serialize;

use crate::model::{Category, Exposure};

/// LinkedIn's form for its data protection officer.
pub const DPO_FORM: &str = "https://www.linkedin.com/help/linkedin/ask/TSO-DPO";
/// LinkedIn's objection and restriction form.
pub const OBJECTION_FORM: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO";
/// LinkedIn's deletion form.
pub const DELETION_FORM: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DDF";
/// How many item links the letter itself lists (the manifest has them all).
pub const LINKS_IN_LETTER: usize = 20;
/// The manifest's header (DESIGN §8, a contract).
pub const MANIFEST_HEADER: [&str; 6] = ["category", "date", "url", "file", "line", "exposure"];

/// What the letter asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Objection (and restriction) only.
    Objection,
    /// Erasure only.
    Erasure,
    /// Both.
    Both,
}

/// The letter's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
}

impl Lang {
    /// The language's templates: (name, source).
    fn templates(self) -> [(&'static str, &'static str); 3] {
        macro_rules! lang {
            ($dir:literal) => {
                [
                    (
                        "common",
                        include_str!(concat!("../../templates/request/", $dir, "/common.md.j2")),
                    ),
                    (
                        "objection",
                        include_str!(concat!(
                            "../../templates/request/",
                            $dir,
                            "/objection.md.j2"
                        )),
                    ),
                    (
                        "erasure",
                        include_str!(concat!("../../templates/request/", $dir, "/erasure.md.j2")),
                    ),
                ]
            };
        }
        match self {
            Lang::En => lang!("en"),
            Lang::De => lang!("de"),
        }
    }

    fn placeholder(self, what: &str) -> String {
        let text = match (self, what) {
            (Lang::En, "name") => "your name",
            (Lang::En, "email") => "the email address of your LinkedIn account",
            (Lang::En, _) => "your profile URL, https://www.linkedin.com/in/...",
            (Lang::De, "name") => "Ihr Name",
            (Lang::De, "email") => "die E-Mail-Adresse Ihres LinkedIn-Kontos",
            (Lang::De, _) => "Ihre Profil-URL, https://www.linkedin.com/in/...",
        };
        format!("[{text}]")
    }

    fn subject(self, kind: Kind) -> &'static str {
        match (self, kind) {
            (Lang::En, Kind::Objection) => {
                "Objection to the use of my personal data for AI training"
            }
            (Lang::En, Kind::Erasure) => "Request to erase my personal data from AI training data",
            (Lang::En, Kind::Both) => {
                "Objection and erasure request: my personal data and AI training"
            }
            (Lang::De, Kind::Objection) => {
                "Widerspruch gegen die Nutzung meiner Daten für KI-Training"
            }
            (Lang::De, Kind::Erasure) => "Antrag auf Löschung meiner Daten aus KI-Trainingsdaten",
            (Lang::De, Kind::Both) => "Widerspruch und Löschantrag: meine Daten und KI-Training",
        }
    }
}

/// Which controller and law the letter is addressed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// EU, EEA or Switzerland: LinkedIn Ireland, GDPR.
    Eu,
    /// United Kingdom: LinkedIn Corporation, UK GDPR.
    Gb,
    /// California (country US and `--us-state CA`): LinkedIn Corporation, CCPA.
    UsCa,
    /// Anywhere else: LinkedIn Corporation, worded as a request.
    Other,
}

impl Region {
    /// The region of an ISO country code, and the US state where the country is US.
    pub fn of(country: &str, us_state: Option<&str>) -> Region {
        match crate::classify::country::region_of(country) {
            "EU" | "EEA" | "CH" => Region::Eu,
            "GB" => Region::Gb,
            _ if country == "US" && us_state.is_some_and(|s| s.eq_ignore_ascii_case("CA")) => {
                Region::UsCa
            }
            _ => Region::Other,
        }
    }

    fn law(self) -> &'static str {
        match self {
            Region::Eu => "GDPR",
            Region::Gb => "UK GDPR",
            Region::UsCa => "CCPA",
            Region::Other => "request",
        }
    }

    fn controller(self) -> Controller {
        match self {
            Region::Eu => Controller {
                name: "LinkedIn Ireland Unlimited Company",
                address: vec!["Wilton Plaza", "Wilton Place", "Dublin 2", "Ireland"],
            },
            Region::Gb => Controller {
                name: "LinkedIn Corporation",
                address: vec![
                    "c/o Data Protection Officer",
                    "1000 W Maude Avenue",
                    "Sunnyvale, CA 94085",
                    "USA",
                ],
            },
            Region::UsCa | Region::Other => Controller {
                name: "LinkedIn Corporation",
                address: vec!["1000 W Maude Avenue", "Sunnyvale, CA 94085", "USA"],
            },
        }
    }

    /// The reply deadline for a letter dated `date`: one month (GDPR Art. 12(3), also used for
    /// a plain request), or 45 days under the CCPA. `None` only past the end of time.
    pub fn deadline(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Region::UsCa => date.checked_add_days(Days::new(45)),
            _ => date.checked_add_months(Months::new(1)),
        }
    }
}

#[derive(Debug, Serialize)]
struct Controller {
    name: &'static str,
    address: Vec<&'static str>,
}

/// One row of the manifest: an item that is `exposed` or `possibly`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestRow {
    /// The category.
    pub category: Category,
    /// When the record was made, where known.
    pub date: Option<DateTime<Utc>>,
    /// The file inside the export.
    pub file: String,
    /// The line where the record starts.
    pub line: u64,
    /// The record's link.
    pub url: Option<String>,
    /// `Exposed` or `Possibly`.
    pub exposure: Exposure,
}

/// A cell made safe for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in
/// front, so it is not read as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The manifest as CSV (header `category,date,url,file,line,exposure`), rows in the order given.
pub fn manifest_csv(rows: &[ManifestRow]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(MANIFEST_HEADER)?;
    for r in rows {
        let date = r
            .date
            .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
            .unwrap_or_default();
        let line = r.line.to_string();
        let cells = [
            r.category.id(),
            date.as_str(),
            r.url.as_deref().unwrap_or(""),
            r.file.as_str(),
            line.as_str(),
            r.exposure.as_str(),
        ];
        w.write_record(cells.iter().map(|c| neutralise(c).into_owned()))?;
    }
    w.into_inner().context("writing the manifest")
}

/// Everything a letter says.
#[derive(Debug, Clone)]
pub struct Letter {
    /// Objection, erasure or both.
    pub kind: Kind,
    /// The language.
    pub lang: Lang,
    /// Controller and law.
    pub region: Region,
    /// The letter's date (the as-of date).
    pub date: NaiveDate,
    /// The member's name, if known.
    pub name: Option<String>,
    /// The account's email address, if known.
    pub email: Option<String>,
    /// The profile URL, if known.
    pub profile_url: Option<String>,
    /// The manifest file's name, if one is written or attached.
    pub manifest: Option<String>,
    /// The exposed and possibly exposed items, sorted.
    pub rows: Vec<ManifestRow>,
}

#[derive(Serialize)]
struct CategoryRow {
    category: &'static str,
    exposed: u64,
    possibly: u64,
}

impl Letter {
    /// The letter's subject line.
    pub fn subject(&self) -> &'static str {
        self.lang.subject(self.kind)
    }

    /// The reply deadline.
    pub fn deadline(&self) -> NaiveDate {
        self.region.deadline(self.date).unwrap_or(NaiveDate::MAX)
    }

    /// The letter as Markdown.
    pub fn markdown(&self) -> Result<String> {
        let mut env = minijinja::Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        for (name, source) in self.lang.templates() {
            env.add_template(name, source)
                .with_context(|| format!("the request template `{name}`"))?;
        }
        let mut counts = [(0u64, 0u64); Category::COUNT];
        for r in &self.rows {
            let c = &mut counts[r.category as usize];
            match r.exposure {
                Exposure::Exposed => c.0 += 1,
                _ => c.1 += 1,
            }
        }
        let categories: Vec<CategoryRow> = Category::ALL
            .iter()
            .filter(|&&c| counts[c as usize] != (0, 0))
            .map(|&c| CategoryRow {
                category: c.id(),
                exposed: counts[c as usize].0,
                possibly: counts[c as usize].1,
            })
            .collect();
        let links: Vec<&str> = self
            .rows
            .iter()
            .filter_map(|r| r.url.as_deref().and_then(crate::report::safe_link))
            .take(LINKS_IN_LETTER)
            .collect();
        let given = |v: &Option<String>, what: &str| match v.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => crate::render::sanitize(s).into_owned(),
            _ => self.lang.placeholder(what),
        };
        let ctx = minijinja::context! {
            subject => self.subject(),
            date => self.date.format("%Y-%m-%d").to_string(),
            deadline => self.deadline().format("%Y-%m-%d").to_string(),
            law => self.region.law(),
            controller => minijinja::Value::from_serialize(self.region.controller()),
            objection => self.kind != Kind::Erasure,
            erasure => self.kind != Kind::Objection,
            member => minijinja::context! {
                name => given(&self.name, "name"),
                email => given(&self.email, "email"),
                profile_url => given(&self.profile_url, "profile_url"),
            },
            categories => minijinja::Value::from_serialize(&categories),
            total_exposed => counts.iter().map(|c| c.0).sum::<u64>(),
            total_possibly => counts.iter().map(|c| c.1).sum::<u64>(),
            links => links,
            manifest => self.manifest.clone(),
            setting_name => crate::report::SETTING_NAME,
            setting_url => crate::report::SETTING_URL,
            forms => minijinja::context! {
                dpo => DPO_FORM,
                objection => OBJECTION_FORM,
                deletion => DELETION_FORM,
            },
        };
        let out = env
            .get_template("common")?
            .render(ctx)
            .context("rendering the request letter")?;
        Ok(tidy(&out))
    }

    /// The letter as plain text: the Markdown without its markup characters.
    pub fn text(&self) -> Result<String> {
        let md = self.markdown()?;
        let mut out = String::with_capacity(md.len());
        for line in md.lines() {
            let line = line.trim_start_matches('#').trim_start_matches(' ');
            if line == "|---|---:|---:|" {
                continue;
            }
            out.push_str(&line.replace("**", "").replace('`', ""));
            out.push('\n');
        }
        Ok(out)
    }

    /// The letter as an RFC 5322 draft (UTF-8), with the manifest attached as text/csv. It has
    /// no recipient: it is a draft to send through LinkedIn's forms or by mail.
    pub fn eml(&self, manifest: &[u8]) -> Result<Vec<u8>> {
        let body = self.text()?;
        let date = self
            .date
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc().timestamp())
            .unwrap_or_default();
        let mut msg = mail_builder::MessageBuilder::new()
            .subject(self.subject())
            .date(date)
            .message_id(format!(
                "linkedin-exposure-request-{}@localhost",
                self.date.format("%Y%m%d")
            ))
            .text_body(body)
            .attachment(
                "text/csv",
                self.manifest
                    .clone()
                    .unwrap_or_else(|| "linkedin-exposure-manifest.csv".to_string()),
                manifest.to_vec(),
            );
        if let Some(email) = self
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            let name = self.name.as_deref().unwrap_or("").trim().to_string();
            msg = msg.from((name, email.to_string()));
        }
        msg.write_to_vec().context("building the .eml draft")
    }
}

/// Sorts manifest rows: by category (DESIGN §4 order), date (none first), file, line.
pub fn sort_rows(rows: &mut [ManifestRow]) {
    rows.sort_by(|a, b| {
        (a.category, a.date, &a.file, a.line).cmp(&(b.category, b.date, &b.file, b.line))
    });
}

/// Collapses runs of blank lines left by template blocks into one, and ends with one newline.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests;
