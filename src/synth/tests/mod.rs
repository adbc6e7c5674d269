//! Tests of the generator: determinism, truth bookkeeping, era headers, file families, and
//! read-backs with independent test-only readers that prove the bytes say what the truth says.

mod decode;
mod readback;

use std::collections::BTreeMap;

use super::*;

/// An owned truth item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owned {
    pub category: &'static str,
    pub file: String,
    pub line: u64,
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// Generates into memory; returns the files, the truth and the summary.
pub fn run(era: Era, quirks: bool, counts: Counts, seed: u64) -> (MemSink, Vec<Owned>, Summary) {
    run_with(era, quirks, counts, seed, Extras::default())
}

pub fn run_with(
    era: Era,
    quirks: bool,
    counts: Counts,
    seed: u64,
    extras: Extras,
) -> (MemSink, Vec<Owned>, Summary) {
    let cfg = Config {
        seed,
        era,
        counts,
        quirks,
    };
    let mut sink = MemSink::default();
    let mut truth = Vec::new();
    let summary = generate_with(&cfg, extras, &mut sink, &mut |t: TruthItem<'_>| {
        truth.push(Owned {
            category: t.category,
            file: t.file.to_string(),
            line: t.line,
            date: t.date.map(str::to_string),
            url: t.url.map(str::to_string),
            text: t.text.to_string(),
        })
    })
    .expect("generate");
    (sink, truth, summary)
}

pub fn text_of<'a>(sink: &'a MemSink, path: &str) -> &'a str {
    std::str::from_utf8(sink.get(path).unwrap_or_else(|| panic!("no file {path}"))).unwrap()
}

fn first_line(sink: &MemSink, path: &str) -> String {
    let t = text_of(sink, path);
    t.split('\n').next().unwrap().to_string()
}

fn find<'a>(sink: &'a MemSink, prefix: &str) -> &'a str {
    sink.files
        .iter()
        .map(|(p, _)| p.as_str())
        .find(|p| p.starts_with(prefix))
        .unwrap_or_else(|| panic!("no file starting with {prefix}"))
}

#[test]
fn same_seed_same_bytes() {
    for era in Era::ALL {
        let (a, ta, sa) = run(era, true, Counts::small(), 7);
        let (b, tb, sb) = run(era, true, Counts::small(), 7);
        assert_eq!(a.files, b.files, "{era:?}");
        assert_eq!(ta, tb);
        assert_eq!(sa, sb);
        let (c, _, _) = run(era, true, Counts::small(), 8);
        assert_ne!(a.files, c.files, "{era:?}: another seed, other bytes");
    }
}

#[test]
fn truth_counts_match_summary() {
    for era in Era::ALL {
        for quirks in [true, false] {
            let (sink, truth, summary) = run(era, quirks, Counts::small(), 1);
            let mut counted: BTreeMap<&'static str, u64> = BTreeMap::new();
            for t in &truth {
                *counted.entry(t.category).or_default() += 1;
            }
            assert_eq!(
                counted, summary.items_per_category,
                "{era:?} quirks={quirks}"
            );
            assert_eq!(summary.files, sink.files.len() as u64);
            let bytes: usize = sink.files.iter().map(|(_, b)| b.len()).sum();
            assert_eq!(summary.bytes_uncompressed, bytes as u64);
            for t in &truth {
                assert!(
                    sink.get(&t.file).is_some(),
                    "truth names a missing file {}",
                    t.file
                );
            }
        }
    }
}

#[test]
fn era_headers_with_quirks() {
    let msg10 = messages::MSG_HEADER;
    let (s, _, _) = run(Era::Basic2023, true, Counts::small(), 3);
    assert_eq!(first_line(&s, "messages.csv"), msg10);
    assert_eq!(
        first_line(&s, "Invitations.csv"),
        "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn"
    );
    assert_eq!(first_line(&s, "Rich Media.csv"), "Type,Link");
    assert!(s.get("Shares.csv").is_none() && s.get("Comments.csv").is_none());
    assert_eq!(first_line(&s, "Ad_Targeting.csv").split(',').count(), 32);

    let (s, _, _) = run(Era::Complete2024, true, Counts::small(), 3);
    assert_eq!(
        first_line(&s, "Shares.csv"),
        "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r"
    );
    assert_eq!(first_line(&s, "Comments.csv"), "Date,Link,Message\r");
    assert_eq!(first_line(&s, "Reactions.csv"), "Date,Type,Link\r");
    assert_eq!(
        first_line(&s, "messages.csv"),
        format!("{msg10},IS MESSAGE DRAFT,IS CONVERSATION DRAFT")
    );
    assert!(
        text_of(&s, "messages.csv").contains(",Yes,No\n"),
        "a draft row"
    );
    assert_eq!(first_line(&s, "Saved_Items.csv"), "savedItem,createdTime\r");
    assert_eq!(
        first_line(&s, "SavedJobAlerts.csv"),
        "Saved Search Date,Jobs Search Url"
    );
    assert!(s
        .get("Job Applicant Saved Screening Question Responses_1.csv")
        .is_some());
    assert!(s.get("Receipts.csv").is_some() && s.get("Receipts_v2.csv").is_some());

    let (s, _, _) = run(Era::Complete2026, true, Counts::small(), 3);
    let shares = find(&s, "Shares_");
    assert!(shares[7..shares.len() - 4]
        .bytes()
        .all(|b| b.is_ascii_digit()));
    assert_eq!(
        first_line(&s, shares),
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"
    );
    for stem in [
        "Comments_",
        "Reactions_",
        "Member_Follows_",
        "InstantReposts_",
        "Saved_Items_",
    ] {
        assert!(
            find(&s, stem).ends_with(&shares[6..]),
            "{stem} has the same suffix"
        );
    }
    let quoted: Vec<String> = msg10
        .split(',')
        .chain(["ATTACHMENTS"])
        .map(|c| format!("\"{c}\""))
        .collect();
    assert_eq!(first_line(&s, "messages.csv"), quoted.join(","));
    let ad = first_line(&s, "Ad_Targeting.csv");
    assert_eq!(ad.split(',').count(), 35);
    assert_eq!(ad.matches(",Job Titles").count(), 3);
    assert_eq!(ad.matches("Company Names,").count(), 3);
    assert!(first_line(&s, "Learning.csv").ends_with("(if taken),"));
    let learning = decode::rfc4180(text_of(&s, "Learning.csv"));
    assert!(learning.iter().all(|r| r.1.len() == 8 && r.1[7].is_empty()));
    assert!(text_of(&s, "Learning.csv").contains("<br><br>\r\n\r\n"));
    assert_eq!(
        text_of(&s, "LearningCoachMessages.csv"),
        "No conversations found\n\n"
    );
    assert_eq!(text_of(&s, "coach_messages.csv").len(), 113);
    assert_eq!(text_of(&s, "Profile Summary.csv"), "Profile Summary\n\n");
    assert!(text_of(&s, "PhoneNumbers.csv").starts_with("Extension,Number,Type\n,,\n,,\n"));
    let conn = text_of(&s, "Connections.csv");
    assert!(conn.starts_with(network::CONNECTIONS_PREAMBLE));
    assert_eq!(conn.lines().nth(1).unwrap().chars().count(), 366);
    assert_eq!(conn.lines().nth(3).unwrap(), network::CONNECTIONS_HEADER);
    assert!(conn.contains("\n,,,,,,"), "a date-only row");
    for f in [
        "Connections.csv",
        "Company Follows.csv",
        "Email Addresses.csv",
        "Inferences_about_you.csv",
    ] {
        assert!(!text_of(&s, f).ends_with('\n'), "{f} has no final newline");
    }
    let saved = find(&s, "Saved_Items_");
    assert_eq!(first_line(&s, saved), "savedItem,CreatedTime");
}

/// Base names of every file family in docs/items.md (suffixes and split parts removed).
const FAMILIES: &[&str] = &[
    "Shares.csv",
    "InstantReposts.csv",
    "Comments.csv",
    "Votes.csv",
    "Reactions.csv",
    "Rich_Media.csv",
    "Rich Media.csv",
    "messages.csv",
    "guide_messages.csv",
    "coach_messages.csv",
    "learning_coach_messages.csv",
    "learning_role_play_messages.csv",
    "LearningCoachMessages.csv",
    "Invitations.csv",
    "Recommendations_Given.csv",
    "Recommendations_Received.csv",
    "Endorsement_Given_Info.csv",
    "Endorsement_Received_Info.csv",
    "Profile.csv",
    "Profile Summary.csv",
    "Positions.csv",
    "Education.csv",
    "Skills.csv",
    "Certifications.csv",
    "Courses.csv",
    "Honors.csv",
    "Languages.csv",
    "Projects.csv",
    "Publications.csv",
    "Patents.csv",
    "Organizations.csv",
    "Volunteering.csv",
    "Causes You Care About.csv",
    "Test Scores.csv",
    "Member Hashtags.csv",
    "Job Applicant Saved Screening Question Responses.csv",
    "Jobs/Job Applicant Saved Answers.csv",
    "Private_identity_asset.csv",
    "Jobs/Job Applications.csv",
    "Jobs/Saved Jobs.csv",
    "Jobs/Job Seeker Preferences.csv",
    "SavedJobAlerts.csv",
    "Online Job Postings.csv",
    "SearchQueries.csv",
    "Learning.csv",
    "Connections.csv",
    "Member_Follows.csv",
    "Company Follows.csv",
    "Hashtag_Follows.csv",
    "Contacts.csv",
    "ImportedContacts.csv",
    "Calendar.csv",
    "Events.csv",
    "Ad_Targeting.csv",
    "Inferences_about_you.csv",
    "Ads Clicked.csv",
    "LAN Ads Engagement.csv",
    "Email Addresses.csv",
    "PhoneNumbers.csv",
    "Whatsapp Phone Numbers.csv",
    "Registration.csv",
    "Logins.csv",
    "Security Challenges.csv",
    "Verifications/Verifications.csv",
    "Receipts.csv",
    "Receipts_v2.csv",
    "Services Marketplace/Providers.csv",
    "Saved_Items.csv",
    "Duolingo.csv",
];

/// `Shares_123.csv` → `Shares.csv`; `…Responses_2.csv` → `…Responses.csv`.
fn base_name(path: &str) -> String {
    let stem = path.strip_suffix(".csv").unwrap_or(path);
    match stem.rsplit_once('_') {
        Some((head, digits))
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{head}.csv")
        }
        _ => path.to_string(),
    }
}

#[test]
fn small_config_produces_every_file_family() {
    let mut seen = std::collections::BTreeSet::new();
    let mut articles = 0;
    for era in Era::ALL {
        let (s, _, _) = run(era, true, Counts::small(), 5);
        for (p, bytes) in &s.files {
            assert!(!bytes.is_empty(), "{p} is empty");
            if p.starts_with("Articles/Articles/") && p.ends_with(".html") {
                articles += 1;
            } else {
                seen.insert(base_name(p));
            }
        }
    }
    let missing: Vec<&&str> = FAMILIES.iter().filter(|f| !seen.contains(**f)).collect();
    assert!(missing.is_empty(), "missing families: {missing:?}");
    let unknown: Vec<&String> = seen
        .iter()
        .filter(|f| !FAMILIES.contains(&f.as_str()))
        .collect();
    assert!(unknown.is_empty(), "files of no family: {unknown:?}");
    assert_eq!(articles, 4, "two articles per Complete era");
    // The 2026 Complete export alone has almost all of them.
    let (s, truth, _) = run(Era::Complete2026, true, Counts::small(), 5);
    assert!(s.files.len() >= 68, "{}", s.files.len());
    let cats: std::collections::BTreeSet<&str> = truth.iter().map(|t| t.category).collect();
    assert_eq!(cats.len(), 21, "every category of DESIGN §4: {cats:?}");
}

#[test]
fn dates_spread_over_the_policy_boundaries() {
    let mut c = Counts::small();
    c.messages = 600;
    let (_, truth, _) = run(Era::Complete2026, true, c, 11);
    let dates: Vec<&str> = truth
        .iter()
        .filter(|t| t.category == "messages")
        .filter_map(|t| t.date.as_deref())
        .collect();
    let before = dates.iter().filter(|d| **d < "2024-09-18").count();
    let between = dates
        .iter()
        .filter(|d| **d >= "2024-09-18" && **d < "2025-11-03")
        .count();
    let after = dates.iter().filter(|d| **d >= "2025-11-03").count();
    assert!(
        before > 100 && between > 100 && after > 100,
        "{before} {between} {after}"
    );
    assert!(truth
        .iter()
        .filter_map(|t| t.date.as_deref())
        .all(|d| ("2015".."2026-07").contains(&d)));
}

#[test]
fn extras_add_bom_and_invalid_utf8() {
    let extras = Extras {
        bom: true,
        invalid_utf8: true,
    };
    let (s, truth, _) = run_with(Era::Complete2026, true, Counts::small(), 2, extras);
    assert!(s
        .files
        .iter()
        .filter(|(p, _)| p.ends_with(".csv"))
        .all(|(_, b)| b.starts_with("\u{feff}".as_bytes())));
    let comments = find(&s, "Comments_");
    let bytes = s.get(comments).unwrap();
    assert!(std::str::from_utf8(bytes).is_err());
    assert!(String::from_utf8_lossy(bytes).contains("Merci pour le caf\u{fffd}"));
    assert!(truth.iter().any(|t| t.text == "Merci pour le caf\u{fffd}"));
}

#[test]
fn scaled_mix_hits_its_size() {
    assert_eq!(Counts::scaled(REFERENCE_BYTES), Counts::reference());
    let target = 4u64 << 20;
    let cfg = Config {
        seed: 9,
        era: Era::Complete2026,
        counts: Counts::scaled(target),
        quirks: true,
    };
    let s = generate(&cfg, &mut NullSink, &mut |_| {}).unwrap();
    let ratio = s.bytes_uncompressed as f64 / target as f64;
    assert!(
        (0.8..1.25).contains(&ratio),
        "{} bytes for {target}",
        s.bytes_uncompressed
    );
    for era in [Era::Basic2023, Era::Complete2024] {
        let cfg = Config {
            era,
            counts: Counts::scaled_for(era, target),
            ..cfg.clone()
        };
        let s = generate(&cfg, &mut NullSink, &mut |_| {}).unwrap();
        let ratio = s.bytes_uncompressed as f64 / target as f64;
        assert!(
            (0.8..1.25).contains(&ratio),
            "{era:?}: {}",
            s.bytes_uncompressed
        );
    }
}

#[test]
fn zip_sink_writes_a_linkedin_like_archive() {
    let cfg = Config {
        seed: 4,
        era: Era::Complete2026,
        counts: Counts::small(),
        quirks: true,
    };
    let mut zip = ZipSink::new(std::io::Cursor::new(Vec::new()));
    generate(&cfg, &mut zip, &mut |_| {}).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let (mem, _, _) = run(Era::Complete2026, true, Counts::small(), 4);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(archive.len(), mem.files.len());
    for (path, want) in &mem.files {
        let mut entry = archive.by_name(path).unwrap();
        assert_eq!(entry.compression(), zip::CompressionMethod::Deflated);
        assert!(!entry.is_dir());
        let mut got = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut got).unwrap();
        assert_eq!(&got, want, "{path}");
    }
}
