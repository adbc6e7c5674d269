//! Read-backs: every generated file is decoded by the independent readers of `decode.rs` and
//! compared with the truth, item by item (line, text, URL and, where simple, date).

use std::collections::BTreeMap;

use super::super::{Counts, Era};
use super::decode::{self, rfc4180, unwrap_share};
use super::{base_name, find, run, text_of, Owned};

fn by_file(truth: &[Owned]) -> BTreeMap<&str, Vec<&Owned>> {
    let mut m: BTreeMap<&str, Vec<&Owned>> = BTreeMap::new();
    for t in truth {
        m.entry(t.file.as_str()).or_default().push(t);
    }
    m
}

/// `2025-07-01 14:33:22` (optionally ` UTC`, or with `/`) → `2025-07-01T14:33:22Z`.
fn iso(value: &str) -> String {
    let v = value.trim_end_matches(" UTC").replace('/', "-");
    format!("{}Z", v.replacen(' ', "T", 1))
}

#[test]
fn shares_unwrap_to_the_truth() {
    for era in [Era::Complete2024, Era::Complete2026] {
        let mut c = Counts::small();
        c.shares = 400;
        let (s, truth, _) = run(era, true, c, 21);
        let path = find(&s, "Shares");
        let raw = text_of(&s, path);
        let items = &by_file(&truth)[path];
        if era == Era::Complete2024 {
            assert!(
                raw.contains("\"\"\r\n\"\""),
                "CRLF inside the wrapped field"
            );
        } else {
            assert!(
                raw.contains(",\"\",\"\",MEMBER_NETWORK"),
                "2025+ empty fields are \"\""
            );
        }
        assert!(
            raw.lines()
                .any(|l| l.len() > 5 && l.trim_end_matches('\r').ends_with("\"\"\"\"")),
            "a literal quote at a line end gives \"\"\"\""
        );
        let records = rfc4180(raw);
        assert_eq!(records.len() - 1, items.len());
        let mut multi = 0;
        for ((line, fields), t) in records[1..].iter().zip(items) {
            assert_eq!(fields.len(), 6, "line {line}");
            assert_eq!(*line, t.line);
            assert_eq!(unwrap_share(&fields[2]), t.text, "line {line}");
            assert_eq!(Some(&fields[1]), t.url.as_ref());
            assert_eq!(Some(iso(&fields[0])), t.date);
            multi += usize::from(t.text.contains('\n'));
            for l in t.text.lines() {
                assert!(!l.starts_with(|c: char| c.is_ascii_digit()), "{l}");
            }
        }
        assert!(multi > 100, "{multi} multi-line posts");
    }
}

#[test]
fn comments_read_back_the_tolerant_way() {
    for era in [Era::Complete2024, Era::Complete2026] {
        let mut c = Counts::small();
        c.comments = 600;
        let (s, truth, _) = run(era, true, c, 22);
        let path = find(&s, "Comments");
        let raw = text_of(&s, path);
        let items = &by_file(&truth)[path];
        let got = decode::comments(raw);
        assert_eq!(got.len(), items.len());
        for ((line, text), t) in got.iter().zip(items) {
            assert_eq!(*line, t.line);
            assert_eq!(text.replace('\r', ""), t.text, "line {line}");
        }
        if era == Era::Complete2024 {
            let bare_continuation = raw.split("\r\n").any(|l| {
                !l.is_empty()
                    && !decode::is_record_start(l)
                    && !l.starts_with('"')
                    && !l.starts_with("Date,")
            });
            assert!(bare_continuation, "an unquoted multi-line comment");
            assert!(raw.contains("\"\""), "RFC doubling in 2024");
        } else {
            assert!(raw.contains("\\\""), "backslash escapes");
            assert!(
                raw.contains("\\\"\"\n"),
                "an escaped quote right before the closing one"
            );
        }
    }
}

/// Text columns of docs/items.md, by base name.
fn text_columns(base: &str) -> &'static [&'static str] {
    match base {
        "messages.csv"
        | "guide_messages.csv"
        | "coach_messages.csv"
        | "learning_coach_messages.csv"
        | "learning_role_play_messages.csv" => &["SUBJECT", "CONTENT"],
        "Invitations.csv" => &["Message"],
        "Recommendations_Given.csv" | "Recommendations_Received.csv" => &["Text"],
        "Votes.csv" => &["OptionText"],
        "Rich_Media.csv" => &["Media Description"],
        "Profile.csv" => &["Headline", "Summary"],
        "Profile Summary.csv" => &["Profile Summary"],
        "Positions.csv" => &["Title", "Description"],
        "Education.csv" => &["Degree Name", "Notes", "Activities"],
        "Skills.csv" | "Certifications.csv" | "Courses.csv" | "Languages.csv" => &["Name"],
        "Honors.csv" | "Projects.csv" | "Patents.csv" => &["Title", "Description"],
        "Publications.csv" | "Test Scores.csv" => &["Name", "Description"],
        "Organizations.csv" => &["Name", "Position", "Description"],
        "Volunteering.csv" => &["Role", "Description"],
        "Causes You Care About.csv" => &["Supported Cause"],
        "Member Hashtags.csv" => &["Member Posts About Hashtags"],
        "Job Applicant Saved Screening Question Responses.csv"
        | "Jobs/Job Applicant Saved Answers.csv" => &["Question", "Answer"],
        "Private_identity_asset.csv" => &["Private Identity Asset Raw Text"],
        "Jobs/Job Applications.csv" => &["Question And Answers"],
        "Jobs/Job Seeker Preferences.csv" => &["Introduction Statement"],
        "Online Job Postings.csv" => &["Company Description", "Job Description"],
        "Learning.csv" => &["Notes taken on videos (if taken)"],
        _ => &[],
    }
}

fn url_column(base: &str) -> Option<&'static str> {
    Some(match base {
        "Votes.csv" | "Reactions.csv" | "InstantReposts.csv" | "Rich Media.csv" => "Link",
        "Rich_Media.csv" => "Media Link",
        "Certifications.csv" | "Projects.csv" | "Publications.csv" | "Patents.csv" => "Url",
        "Jobs/Job Applications.csv" | "Jobs/Saved Jobs.csv" => "Job Url",
        "SavedJobAlerts.csv" => "Jobs Search Url",
        "Online Job Postings.csv" => "Company Apply Url",
        "Connections.csv" => "URL",
        "Events.csv" => "External Url",
        _ => return None,
    })
}

/// Date columns written with seconds, checked exactly.
fn second_date_column(base: &str) -> Option<&'static str> {
    Some(match base {
        "Reactions.csv" | "Votes.csv" | "InstantReposts.csv" | "Member_Follows.csv" => "Date",
        "messages.csv" | "guide_messages.csv" => "DATE",
        "SearchQueries.csv" => "Time",
        "Ads Clicked.csv" => "Ad clicked Date",
        "Endorsement_Given_Info.csv" | "Endorsement_Received_Info.csv" => "Endorsement Date",
        _ => return None,
    })
}

#[test]
fn every_csv_reads_back_as_rfc4180() {
    for era in Era::ALL {
        for quirks in [true, false] {
            let mut c = Counts::small();
            c.messages = 300;
            c.rich_media = 40;
            c.search_queries = 60;
            c.connections = 120;
            let (s, truth, _) = run(era, quirks, c, 31);
            let files = by_file(&truth);
            let mut checked = 0;
            for (path, bytes) in &s.files {
                let base = base_name(path);
                let skip = ["Shares.csv", "Comments.csv", "LearningCoachMessages.csv"];
                if !path.ends_with(".csv") || skip.contains(&base.as_str()) {
                    continue;
                }
                let ctx = format!("{era:?} quirks={quirks} {path}");
                let records = rfc4180(std::str::from_utf8(bytes).unwrap());
                let h = records
                    .iter()
                    .position(|r| base != "Connections.csv" || r.1[0] == "First Name")
                    .unwrap();
                let header = &records[h].1;
                let col = |name: &str| header.iter().position(|c| c == name);
                let data: Vec<_> = records[h + 1..]
                    .iter()
                    .filter(|r| r.1.iter().any(|f| !f.is_empty()))
                    .collect();
                let empty = Vec::new();
                let items = files.get(path.as_str()).unwrap_or(&empty);
                if base == "Saved_Items.csv" || base == "Duolingo.csv" {
                    assert!(items.is_empty(), "{ctx}: a file of category unknown");
                    continue;
                }
                assert_eq!(data.len(), items.len(), "{ctx}");
                for ((line, fields), t) in data.iter().map(|r| (&r.0, &r.1)).zip(items) {
                    assert_eq!(*line, t.line, "{ctx}");
                    let value = |name: &str| {
                        col(name)
                            .and_then(|i| fields.get(i))
                            .map_or("", String::as_str)
                    };
                    let mut text: Vec<String> = text_columns(&base)
                        .iter()
                        .map(|c| value(c).to_string())
                        .filter(|v| !v.is_empty() && v != " -")
                        .collect();
                    if base == "SearchQueries.csv" {
                        text = vec![fields[1..].join(",")];
                    }
                    assert_eq!(text.join("\n"), t.text, "{ctx} line {line}");
                    if let Some(u) = url_column(&base) {
                        let v = value(u);
                        assert_eq!(
                            t.url.as_deref(),
                            (!v.is_empty()).then_some(v),
                            "{ctx} line {line}"
                        );
                    } else {
                        assert_eq!(t.url, None, "{ctx} line {line}");
                    }
                    if let Some(d) = second_date_column(&base) {
                        assert_eq!(t.date, Some(iso(value(d))), "{ctx} line {line}");
                    }
                }
                checked += 1;
            }
            assert!(checked > 25, "{era:?}: {checked} files checked");
        }
    }
}

/// The article's text by the conventions of the crate docs, from its HTML.
fn article_text(html: &str) -> (String, Option<String>, String) {
    let h1 = &html[html.find("<h1>").unwrap() + 4..html.find("</h1>").unwrap()];
    let url = h1
        .strip_prefix("<a href=\"")
        .map(|r| r[..r.find('"').unwrap()].to_string());
    let body = &html[html.find("<div>").unwrap() + 5..html.rfind("</div>").unwrap()];
    let mut flat = body.to_string();
    for close in ["</p>", "</h3>", "</blockquote>", "</li>", "<hr>"] {
        flat = flat.replace(close, "\n");
    }
    let strip = |s: &str| {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&nbsp;", "\u{a0}")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let mut lines = vec![strip(h1)];
    lines.extend(
        strip(&flat)
            .split('\n')
            .filter(|l| !l.is_empty())
            .map(str::to_string),
    );
    let stamp = |label: &str| {
        let at = html
            .find(label)
            .map(|i| &html[i + label.len()..i + label.len() + 16]);
        at.filter(|s| !s.starts_with("---"))
            .map(|s| format!("{}:00Z", s.replacen(' ', "T", 1)))
    };
    let date = stamp("Published on ")
        .or_else(|| stamp("Created on "))
        .unwrap();
    (lines.join("\n"), url, date)
}

#[test]
fn articles_read_back() {
    let mut c = Counts::small();
    c.articles = 30;
    let (s, truth, _) = run(Era::Complete2026, true, c, 41);
    let arts: Vec<&Owned> = truth.iter().filter(|t| t.category == "articles").collect();
    assert_eq!(arts.len(), 30);
    let mut drafts = 0;
    for t in arts {
        assert!(t.file.starts_with("Articles/Articles/") && t.file.ends_with(".html"));
        let html = text_of(&s, &t.file);
        assert!(html.starts_with("<html>\n<head>\n  <title>") && !html.contains("charset"));
        let (text, url, date) = article_text(html);
        assert_eq!(text, t.text, "{}", t.file);
        assert_eq!(url, t.url);
        assert_eq!(Some(date), t.date);
        assert_eq!(t.line, 1);
        if url.is_none() {
            drafts += 1;
            assert!(html.contains("Published on ---"));
            let name = &t.file["Articles/Articles/".len()..];
            assert_eq!(&name[19..22], ".0-", "{name}");
        }
    }
    assert_eq!(drafts, 15);
}

#[test]
fn text_rules_hold_for_every_item() {
    for era in Era::ALL {
        let mut c = Counts::small();
        c.comments = 200;
        c.shares = 200;
        c.messages = 200;
        let (_, truth, _) = run(era, true, c, 51);
        for t in &truth {
            assert!(!t.text.contains('\r') && !t.text.contains('\\'), "{t:?}");
            for l in t.text.split('\n') {
                assert_eq!(l, l.trim(), "{} line {}", t.file, t.line);
            }
            if t.category == "posts" || t.category == "comments" {
                assert!(!t
                    .text
                    .split('\n')
                    .any(|l| l.starts_with(|c: char| c.is_ascii_digit())));
            }
            if t.file == "Comments.csv" && t.text.contains('\n') {
                assert!(
                    !t.text.contains([',', '"']) && !t.text.contains("\n\n"),
                    "{t:?}"
                );
            }
            if t.file == "messages.csv" && era != Era::Complete2026 {
                assert!(!t
                    .text
                    .split_once('\n')
                    .is_some_and(|(_, c)| c.contains('\n')));
            }
        }
    }
}
