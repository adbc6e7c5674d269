use chrono::{NaiveDate, TimeZone, Utc};

use super::*;

fn row(category: Category, day: u32, url: Option<&str>, exposure: Exposure) -> ManifestRow {
    ManifestRow {
        category,
        date: Some(Utc.with_ymd_and_hms(2025, 3, day, 9, 30, 0).unwrap()),
        file: "Shares.csv".to_string(),
        line: u64::from(day) + 1,
        url: url.map(str::to_string),
        exposure,
    }
}

fn letter(lang: Lang, region: Region) -> Letter {
    Letter {
        kind: Kind::Both,
        lang,
        region,
        date: NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
        name: Some("Ada Quill".to_string()),
        email: Some("ada@example.com".to_string()),
        profile_url: None,
        manifest: Some("manifest.csv".to_string()),
        rows: vec![
            row(
                Category::Posts,
                1,
                Some("https://www.linkedin.com/feed/update/urn:li:share:1"),
                Exposure::Exposed,
            ),
            row(
                Category::Posts,
                2,
                Some("https://evil.example/not-linked"),
                Exposure::Exposed,
            ),
            row(Category::Media, 3, None, Exposure::Possibly),
        ],
    }
}

/// The MIME boundary is random per message; everything else is pinned.
fn without_boundary(eml: String) -> String {
    let Some(start) = eml.find("boundary=\"").map(|i| i + "boundary=\"".len()) else {
        return eml;
    };
    let end = start + eml[start..].find('"').expect("a closed boundary");
    let boundary = eml[start..end].to_string();
    eml.replace(&boundary, "BOUNDARY")
}

/// Every kind x region x format x language, pinned: 72 snapshots.
#[test]
fn letters_per_kind_region_format_and_language() {
    let manifest = b"category,date,url,file,line,exposure\n";
    for (kind, k) in [
        (Kind::Objection, "objection"),
        (Kind::Erasure, "erasure"),
        (Kind::Both, "both"),
    ] {
        for (lang, l) in [(Lang::En, "en"), (Lang::De, "de")] {
            for (region, r) in [
                (Region::Eu, "eu"),
                (Region::Gb, "gb"),
                (Region::UsCa, "us_ca"),
                (Region::Other, "other"),
            ] {
                let mut letter = letter(lang, region);
                letter.kind = kind;
                let md = letter.markdown().unwrap();
                assert!(!md.contains("evil.example"), "only LinkedIn links");
                assert!(
                    md.contains(DPO_FORM)
                        && md.contains(OBJECTION_FORM)
                        && md.contains(DELETION_FORM)
                );
                assert!(md.contains(crate::report::SETTING_NAME));
                let text = letter.text().unwrap();
                let eml =
                    without_boundary(String::from_utf8(letter.eml(manifest).unwrap()).unwrap());
                assert!(eml.contains("manifest.csv"), "the manifest is attached");
                insta::assert_snapshot!(format!("request_{k}_{l}_{r}_markdown"), md);
                insta::assert_snapshot!(format!("request_{k}_{l}_{r}_text"), text);
                insta::assert_snapshot!(format!("request_{k}_{l}_{r}_eml"), eml);
            }
        }
    }
}

#[test]
fn objection_and_erasure_alone() {
    let mut l = letter(Lang::En, Region::Eu);
    l.kind = Kind::Objection;
    let md = l.markdown().unwrap();
    assert!(md.contains("Art. 21(1)") && !md.contains("Art. 17(1)(c)"));
    l.kind = Kind::Erasure;
    let md = l.markdown().unwrap();
    assert!(!md.contains("## Objection") && md.contains("Art. 17(1)(c)"));
    assert!(md.contains("Art. 18(1)(d)") && md.contains("Art. 19") && md.contains("Art. 7(3)"));
}

#[test]
fn region_of_country() {
    assert_eq!(Region::of("DE", None), Region::Eu);
    assert_eq!(Region::of("NO", None), Region::Eu);
    assert_eq!(Region::of("CH", None), Region::Eu);
    assert_eq!(Region::of("GB", None), Region::Gb);
    assert_eq!(Region::of("US", Some("ca")), Region::UsCa);
    assert_eq!(Region::of("US", None), Region::Other);
    assert_eq!(Region::of("US", Some("NY")), Region::Other);
    assert_eq!(Region::of("CA", Some("CA")), Region::Other);
    assert_eq!(Region::of("IN", None), Region::Other);
}

#[test]
fn deadlines() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    assert_eq!(Region::Eu.deadline(d(2026, 1, 31)), Some(d(2026, 2, 28)));
    assert_eq!(Region::Gb.deadline(d(2024, 1, 31)), Some(d(2024, 2, 29)));
    assert_eq!(
        Region::Other.deadline(d(2026, 12, 15)),
        Some(d(2027, 1, 15))
    );
    assert_eq!(Region::UsCa.deadline(d(2026, 1, 31)), Some(d(2026, 3, 17)));
    let md = letter(Lang::En, Region::Eu).markdown().unwrap();
    assert!(md.contains("by **2026-02-28**"), "{md}");
}

#[test]
fn cells_are_neutralised_against_formulas() {
    for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(neutralise(bad), format!("'{bad}"));
    }
    assert_eq!(
        neutralise("https://www.linkedin.com/"),
        "https://www.linkedin.com/"
    );
    assert_eq!(neutralise(""), "");
    let mut r = row(
        Category::Posts,
        1,
        Some("=HYPERLINK(\"x\")"),
        Exposure::Possibly,
    );
    r.file = "@evil.csv".to_string();
    let csv = String::from_utf8(manifest_csv(&[r]).unwrap()).unwrap();
    assert_eq!(
        csv,
        "category,date,url,file,line,exposure\n\
         posts,2025-03-01T09:30:00Z,\"'=HYPERLINK(\"\"x\"\")\",'@evil.csv,2,possibly\n"
    );
}

#[test]
fn eml_parses_back_with_the_manifest_attached() {
    let l = letter(Lang::De, Region::Eu);
    let manifest = manifest_csv(&l.rows).unwrap();
    let raw = l.eml(&manifest).unwrap();
    let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(msg.subject(), Some(l.subject()));
    assert!(msg.to().is_none(), "a draft has no recipient");
    assert!(msg.body_text(0).unwrap().contains("Art. 21 Abs. 1 DSGVO"));
    let att = msg.attachment(0).expect("the manifest is attached");
    assert_eq!(att.attachment_name(), Some("manifest.csv"));
    assert_eq!(att.contents(), manifest.as_slice());
    use mail_parser::MimeHeaders as _;
    let ct = att.content_type().unwrap();
    assert_eq!((ct.ctype(), ct.subtype()), ("text", Some("csv")));
}
