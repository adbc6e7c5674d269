//! The built-in table (parses, covers every category in every version, cites only known
//! sources, says the statuses decided from policy-facts.md) and one refused table per error
//! kind, each named by line and field.

use chrono::NaiveDate;

use crate::classify::sources::SOURCE_KEYS;
use crate::classify::{
    category_index, Policy, PolicyError, PolicyErrorKind as Kind, Status, CATEGORY_IDS,
};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn builtin_parses_and_covers_everything() {
    let p = Policy::builtin();
    let ids: Vec<&str> = p.versions().iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, ["li-2024-09-18", "li-2025-11-03"]);
    assert_eq!(
        p.version("li-2025-11-03").unwrap().effective,
        d("2025-11-03")
    );
    assert!(p.version("li-1999").is_none());
    let text = Policy::builtin_source();
    for (n, v) in p.versions().iter().enumerate() {
        assert_eq!(v.rules.len(), CATEGORY_IDS.len());
        assert!(!v.sources.is_empty() && !v.title.is_empty() && !v.notes.is_empty());
        for (c, rule) in v.rules.iter().enumerate() {
            assert!(
                !rule.sources.is_empty() && !rule.note.is_empty(),
                "{} {c}",
                v.id
            );
            if rule.status == Status::Possibly {
                assert!(
                    rule.note.contains("UNCERTAIN"),
                    "{} {}: say why",
                    v.id,
                    CATEGORY_IDS[c]
                );
            }
        }
        // Each category is written out in the file, not defaulted.
        for id in CATEGORY_IDS {
            let header = format!("[version.categories.{id}]");
            assert_eq!(
                text.matches(&header).count(),
                p.versions().len(),
                "{id} in version {n}"
            );
        }
    }
    let starts: Vec<(&str, NaiveDate)> = p
        .regions()
        .iter()
        .map(|r| (r.id.as_str(), r.training_start))
        .collect();
    let later = d("2025-11-03");
    let want = [
        ("ROW", d("2024-09-18")),
        ("EU", later),
        ("EEA", later),
        ("CH", later),
    ];
    assert_eq!(starts[..4], want);
    assert_eq!(starts[4..], [("GB", later), ("CA", later), ("HK", later)]);
}

#[test]
fn builtin_cites_only_known_sources() {
    let p = Policy::builtin();
    let known = |k: &String| SOURCE_KEYS.iter().any(|(key, _)| key == k);
    for v in p.versions() {
        assert!(v.sources.iter().all(known), "{}", v.id);
        for rule in &v.rules {
            assert!(
                rule.sources.iter().all(known),
                "{}: {:?}",
                v.id,
                rule.sources
            );
        }
    }
    for r in p.regions() {
        assert!(r.sources.iter().all(known), "{}", r.id);
    }
    assert!(p
        .source_description("ERPN")
        .unwrap()
        .contains("European Regional Privacy Notice"));
}

/// Every built-in key appears in policy-facts.md, when the shared folder is beside the crate
/// (it is in the project and in CI; the check is skipped elsewhere).
#[test]
fn source_keys_exist_in_policy_facts() {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let facts = manifest
        .ancestors()
        .map(|a| a.join("shared/policy-facts.md"))
        .find(|p| p.is_file());
    let Some(facts) = facts else {
        eprintln!("shared/policy-facts.md not found: skipped");
        return;
    };
    let text = std::fs::read_to_string(facts).unwrap();
    for (key, _) in SOURCE_KEYS {
        assert!(text.contains(key), "{key} is not in policy-facts.md");
    }
}

/// The statuses decided from policy-facts.md §2 and §6, pinned so that a change is deliberate.
#[test]
fn builtin_statuses() {
    use Status::{Excluded as E, Included as I, NotListed as N, Possibly as P};
    let want: [(&str, Status, Status); 21] = [
        ("posts", I, I),
        ("articles", I, I),
        ("comments", P, I),
        ("poll_votes", N, I),
        ("reactions", N, N),
        ("media", P, P),
        ("messages", N, E),
        ("ai_chats", I, I),
        ("invitations", N, N),
        ("recommendations_given", P, P),
        ("recommendations_received", P, I),
        ("endorsements", P, I),
        ("profile", P, I),
        ("saved_answers", P, I),
        ("job_applications", N, E),
        ("job_search", N, N),
        ("search_queries", P, N),
        ("learning", N, N),
        ("network", N, N),
        ("ads_inferences", N, N),
        ("account", N, E),
    ];
    let p = Policy::builtin();
    let [v24, v25] = p.versions() else {
        panic!("two versions")
    };
    for (id, s24, s25) in want {
        let c = category_index(id).unwrap();
        assert_eq!((v24.rule(c).status, v25.rule(c).status), (s24, s25), "{id}");
    }
}

/// Replaces the `n`-th (from 1) occurrence of `from` in the built-in table.
fn mutate(from: &str, to: &str, n: usize) -> String {
    let src = Policy::builtin_source();
    let (at, _) = src
        .match_indices(from)
        .nth(n - 1)
        .expect("pattern in table");
    format!("{}{to}{}", &src[..at], &src[at + from.len()..])
}

/// The 1-based line where `needle` first occurs after `after` in `src`.
fn line_of(src: &str, after: &str, needle: &str) -> usize {
    let base = src.find(after).unwrap();
    let at = base + src[base..].find(needle).unwrap();
    src[..at].matches('\n').count() + 1
}

fn refuse(src: &str) -> PolicyError {
    let err = Policy::from_toml(src, "my-policy.toml").unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("my-policy.toml:{}:", err.line)),
        "{shown}"
    );
    assert!(shown.contains(&err.field), "{shown}");
    err
}

fn check(err: &PolicyError, kind: Kind, line: usize, field: &str, words: &str) {
    assert_eq!(err.kind, kind, "{err}");
    assert_eq!(err.line, line, "{err}");
    assert_eq!(err.field, field, "{err}");
    assert!(err.message.contains(words), "{err}");
}

#[test]
fn refuses_unknown_category() {
    let src = mutate(
        "[version.categories.reactions]",
        "[version.categories.likes]",
        2,
    );
    let line = line_of(&src, "id = \"li-2025-11-03\"", "[version.categories.likes]");
    let err = refuse(&src);
    check(
        &err,
        Kind::UnknownCategory,
        line,
        "version[2].categories.likes",
        "\"likes\"",
    );
}

#[test]
fn refuses_unknown_status() {
    let src = mutate("status = \"not_listed\"", "status = \"maybe\"", 1);
    let line = line_of(&src, "", "\"maybe\"");
    let err = refuse(&src);
    check(
        &err,
        Kind::UnknownStatus,
        line,
        "version[1].categories.poll_votes.status",
        "maybe",
    );
}

#[test]
fn refuses_missing_category() {
    let block = "[version.categories.learning]\nstatus = \"not_listed\"\nsources = [\"ERPN\"]\n";
    let src = mutate(block, "", 1);
    let src = src.replacen(
        "note = \"Viewing history is not named. UK only: LinkedIn's own Learning videos and transcripts go to Microsoft (ERPN).\"\n",
        "",
        1,
    );
    let line = line_of(&src, "id = \"li-2025-11-03\"", "[version.categories.posts]");
    let err = refuse(&src);
    check(
        &err,
        Kind::MissingCategory,
        line,
        "version[2].categories",
        "learning",
    );
}

#[test]
fn refuses_bad_date() {
    let src = mutate(
        "effective = \"2025-11-03\"",
        "effective = \"2025-11-31\"",
        1,
    );
    let line = line_of(&src, "", "2025-11-31");
    check(
        &refuse(&src),
        Kind::BadDate,
        line,
        "version[2].effective",
        "2025-11-31",
    );
    let src = mutate(
        "training_start = \"2025-11-03\"",
        "training_start = \"2025-11-3\"",
        2,
    );
    let line = line_of(&src, "", "2025-11-3\"");
    check(
        &refuse(&src),
        Kind::BadDate,
        line,
        "region[3].training_start",
        "YYYY-MM-DD",
    );
}

#[test]
fn refuses_unknown_region() {
    let src = mutate("id = \"HK\"", "id = \"ASIA\"", 1);
    let line = line_of(&src, "", "\"ASIA\"");
    check(
        &refuse(&src),
        Kind::UnknownRegion,
        line,
        "region[7].id",
        "ASIA",
    );
}

#[test]
fn refuses_missing_region() {
    let src = mutate("id = \"HK\"", "id = \"CA\"", 1);
    check(
        &refuse(&src),
        Kind::Duplicate,
        line_of(&src, "", "CA\"\nname = \"Hong"),
        "region[7].id",
        "twice",
    );
    let at = Policy::builtin_source()
        .find("[[region]]\nid = \"HK\"")
        .unwrap();
    let end = at + Policy::builtin_source()[at..].find("\n\n").unwrap();
    let src = format!(
        "{}{}",
        &Policy::builtin_source()[..at],
        &Policy::builtin_source()[end + 2..]
    );
    let err = refuse(&src);
    let line = line_of(&src, "", "\n[[region]]") + 1;
    check(&err, Kind::MissingRegion, line, "region", "HK");
}

#[test]
fn refuses_version_without_sources() {
    let from = "sources = [\"PP24\", \"H-SET\", \"S-THUR\", \"S-PCM24\", \"S-EYER\", \"S-TIGA\", \"S-555\"]";
    let src = mutate(from, "sources = []", 1);
    let line = line_of(&src, "", "sources = []");
    check(
        &refuse(&src),
        Kind::NoSources,
        line,
        "version[1].sources",
        "no source",
    );
    let src = mutate(from, "", 1);
    let line = line_of(&src, "", "\n[[version]]") + 1;
    check(
        &refuse(&src),
        Kind::MissingField,
        line,
        "version[1].sources",
        "missing field",
    );
}

#[test]
fn refuses_unknown_source_key() {
    let src = mutate("sources = [\"ERPN\"]", "sources = [\"ERPN\", \"S-FOO\"]", 1);
    let line = line_of(&src, "", "S-FOO");
    let err = refuse(&src);
    check(
        &err,
        Kind::UnknownSource,
        line,
        "version[2].categories.poll_votes.sources",
        "S-FOO",
    );
}

#[test]
fn accepts_declared_extra_source() {
    let src = mutate(
        "sources = [\"ERPN\"]",
        "sources = [\"ERPN\", \"MY-LAWYER\"]",
        1,
    )
    .replace(
        "schema_version = 1",
        "schema_version = 1\n[extra_sources]\nMY-LAWYER = \"a letter\"\n",
    );
    let p = Policy::from_toml(&src, "mine.toml").unwrap();
    assert_eq!(p.source_description("MY-LAWYER"), Some("a letter"));
    assert_eq!(p.origin(), "mine.toml");
    let src = Policy::builtin_source().replace(
        "schema_version = 1",
        "schema_version = 1\n[extra_sources]\nPP24 = \"again\"\n",
    );
    check(
        &refuse(&src),
        Kind::Duplicate,
        line_of(&src, "", "PP24 ="),
        "extra_sources.PP24",
        "built in",
    );
}

#[test]
fn refuses_duplicate_versions() {
    let src = mutate("id = \"li-2025-11-03\"", "id = \"li-2024-09-18\"", 1);
    let line = line_of(&src, "", "id = \"li-2024-09-18\"\neffective = \"2025");
    check(
        &refuse(&src),
        Kind::Duplicate,
        line,
        "version[2].id",
        "twice",
    );
    let src = mutate(
        "effective = \"2025-11-03\"",
        "effective = \"2024-09-18\"",
        1,
    );
    let line = line_of(&src, "li-2025-11-03", "effective");
    check(
        &refuse(&src),
        Kind::Duplicate,
        line,
        "version[2].effective",
        "li-2024-09-18",
    );
}

#[test]
fn refuses_unknown_field() {
    let src = mutate(
        "note = \"ERPN names comments.\"",
        "note = \"ERPN names comments.\"\ncolour = \"red\"",
        1,
    );
    let line = line_of(&src, "", "colour");
    check(
        &refuse(&src),
        Kind::UnknownField,
        line,
        "version[2].categories.comments.colour",
        "colour",
    );
}

#[test]
fn refuses_missing_field() {
    let src = mutate("note = \"ERPN names comments.\"\n", "", 1);
    let line = line_of(
        &src,
        "",
        "[version.categories.comments]\nstatus = \"included\"",
    );
    let err = refuse(&src);
    check(
        &err,
        Kind::MissingField,
        line,
        "version[2].categories.comments.note",
        "`note`",
    );
}

#[test]
fn refuses_bad_syntax_and_types() {
    let src = mutate("status = \"included\"", "status = included", 1);
    let line = line_of(&src, "", "status = included");
    check(
        &refuse(&src),
        Kind::Syntax,
        line,
        "version[1].categories.posts.status",
        "",
    );
    let src = mutate("effective = \"2024-09-18\"", "effective = 2024-09-18", 1);
    let line = line_of(&src, "", "effective = 2024");
    check(
        &refuse(&src),
        Kind::Syntax,
        line,
        "version[1].effective",
        "",
    );
}

#[test]
fn refuses_other_schema_and_no_versions() {
    let src = mutate("schema_version = 1", "schema_version = 2", 1);
    check(
        &refuse(&src),
        Kind::SchemaVersion,
        line_of(&src, "", "schema_version"),
        "schema_version",
        "2",
    );
    let end = Policy::builtin_source().find("# ----").unwrap();
    let src = Policy::builtin_source()[..end]
        .replace("schema_version = 1", "schema_version = 1\nversion = []");
    check(
        &refuse(&src),
        Kind::NoVersions,
        line_of(&src, "", "version = []"),
        "version",
        "no [[version]]",
    );
}

#[test]
fn locates_fields_in_other_layouts() {
    // Inline tables and multi-line arrays, as a hand-written table may use them.
    let block_start = Policy::builtin_source()
        .find("[version.categories.posts]")
        .unwrap();
    let block_end = Policy::builtin_source()
        .find("[version.categories.articles]")
        .unwrap();
    let inline = "[version.categories]\nposts = { status = \"maybe\", sources = [\"PP24\"], note = \"n\" }\n\n";
    let src = format!(
        "{}{inline}{}",
        &Policy::builtin_source()[..block_start],
        &Policy::builtin_source()[block_end..]
    );
    let err = refuse(&src);
    let line = line_of(&src, "", "posts = {");
    check(
        &err,
        Kind::UnknownStatus,
        line,
        "version[1].categories.posts.status",
        "maybe",
    );
    let src = mutate(
        "sources = [\"ERPN\"]",
        "sources = [\n  \"ERPN\",\n  \"S-NOPE\",\n]",
        1,
    );
    let err = refuse(&src);
    let line = line_of(&src, "", "\"S-NOPE\"");
    check(
        &err,
        Kind::UnknownSource,
        line,
        "version[2].categories.poll_votes.sources",
        "S-NOPE",
    );
    assert_eq!(err.column, 3);
}
