//! The policy table: [`Policy`] with its [`Version`]s, [`Region`]s and per-category
//! [`CategoryRule`]s, loaded from TOML (the built-in `policy.toml` or a user's own file) and
//! checked whole before use. A table that fails a check is refused with a [`PolicyError`] that
//! names the line and the field. Applying the table to a member is left to `exposure`.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::classify::policy_error::{Field, PolicyError, PolicyErrorKind as Kind};
use crate::classify::status::Status;
use crate::classify::{category_index, country, sources, CATEGORY_IDS};

/// The table format this build reads (`schema_version` in the TOML).
pub const SCHEMA_VERSION: i64 = 1;

const BUILTIN: &str = include_str!("policy.toml");
const BUILTIN_ORIGIN: &str = "built-in policy.toml";

/// A parsed and checked policy table.
#[derive(Debug, Clone)]
pub struct Policy {
    origin: String,
    versions: Vec<Version>,
    regions: Vec<Region>,
    extra_sources: Vec<(String, String)>,
}

/// One policy version: in force from `effective` until the next version's `effective`.
#[derive(Debug, Clone)]
pub struct Version {
    /// Stable id, e.g. `li-2025-11-03`.
    pub id: String,
    /// First day in force.
    pub effective: NaiveDate,
    /// One line saying what the version is.
    pub title: String,
    /// Source keys for the version as a whole.
    pub sources: Vec<String>,
    /// What changed and what is uncertain, in a few sentences.
    pub notes: String,
    /// One rule per category, indexed like [`CATEGORY_IDS`].
    pub rules: Vec<CategoryRule>,
}

impl Version {
    /// The rule for a category index (position in [`CATEGORY_IDS`]).
    ///
    /// # Panics
    /// If `category >= 21`.
    pub fn rule(&self, category: usize) -> &CategoryRule {
        &self.rules[category]
    }
}

/// A category's status in one version, with its sources and a short note.
#[derive(Debug, Clone)]
pub struct CategoryRule {
    /// How strongly the sources say the category trains content-generating AI.
    pub status: Status,
    /// Source keys backing the status.
    pub sources: Vec<String>,
    /// Why, including any uncertainty.
    pub note: String,
}

/// A region group and the day content-generating training began there.
#[derive(Debug, Clone)]
pub struct Region {
    /// Group id: one of [`country::REGION_IDS`].
    pub id: String,
    /// Name for people, e.g. `the EU`.
    pub name: String,
    /// First day of training for members of this region.
    pub training_start: NaiveDate,
    /// Source keys for the date.
    pub sources: Vec<String>,
    /// Why this date, including any uncertainty.
    pub note: String,
}

impl Policy {
    /// The table built into the binary.
    ///
    /// # Panics
    /// Never in practice: a unit test proves the embedded table parses. Call once per run and
    /// share the result; each call parses again.
    pub fn builtin() -> Policy {
        match Policy::from_toml(BUILTIN, BUILTIN_ORIGIN) {
            Ok(p) => p,
            Err(e) => panic!("the built-in policy table is broken: {e}"),
        }
    }

    /// The TOML text of the built-in table, for `policies --raw` or as a template.
    pub fn builtin_source() -> &'static str {
        BUILTIN
    }

    /// Parses and checks a table. `origin` names it in errors (a path, or `built-in ...`).
    pub fn from_toml(src: &str, origin: &str) -> Result<Policy, PolicyError> {
        let raw: RawTable = toml::from_str(src).map_err(|e| toml_error(&e, src, origin))?;
        Checker { src, origin }.table(raw)
    }

    /// Where the table came from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// All versions, sorted by effective date.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// The version with this id.
    pub fn version(&self, id: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// All regions, one per id of [`country::REGION_IDS`], in table order.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// The region with this group id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The description of a source key: built-in, or declared by this table.
    pub fn source_description(&self, key: &str) -> Option<&str> {
        sources::describe(key).or_else(|| {
            self.extra_sources
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, d)| d.as_str())
        })
    }
}

type Keys = Spanned<Vec<Spanned<String>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    schema_version: Spanned<i64>,
    #[serde(default)]
    extra_sources: BTreeMap<Spanned<String>, String>,
    region: Spanned<Vec<Spanned<RawRegion>>>,
    version: Spanned<Vec<Spanned<RawVersion>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: Spanned<String>,
    name: String,
    training_start: Spanned<String>,
    sources: Keys,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    id: Spanned<String>,
    effective: Spanned<String>,
    title: String,
    sources: Keys,
    notes: String,
    categories: Spanned<BTreeMap<Spanned<String>, RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    status: Spanned<String>,
    sources: Keys,
    note: String,
}

fn toml_error(e: &toml::de::Error, src: &str, origin: &str) -> PolicyError {
    let msg = e.message().trim().to_string();
    let named = |prefix: &str| {
        msg.strip_prefix(prefix)
            .and_then(|r| r.split('`').nth(1))
            .map(str::to_string)
    };
    let (kind, key) = if let Some(k) = named("missing field") {
        (Kind::MissingField, Some(k))
    } else if let Some(k) = named("unknown field") {
        (Kind::UnknownField, Some(k))
    } else {
        (Kind::Syntax, None)
    };
    let field = key.as_deref().map_or(Field::AtSpan, Field::Child);
    PolicyError::at(kind, origin, src, e.span(), field, msg)
}

/// Runs every check on a deserialized table, in file order, stopping at the first failure.
struct Checker<'a> {
    src: &'a str,
    origin: &'a str,
}

impl Checker<'_> {
    fn err(&self, kind: Kind, span: Range<usize>, msg: String) -> PolicyError {
        PolicyError::at(kind, self.origin, self.src, Some(span), Field::AtSpan, msg)
    }

    fn err_in(&self, kind: Kind, span: Range<usize>, field: String, msg: String) -> PolicyError {
        PolicyError::at(
            kind,
            self.origin,
            self.src,
            Some(span),
            Field::Exact(field),
            msg,
        )
    }

    fn table(&self, raw: RawTable) -> Result<Policy, PolicyError> {
        if *raw.schema_version.get_ref() != SCHEMA_VERSION {
            return Err(self.err(
                Kind::SchemaVersion,
                raw.schema_version.span(),
                format!(
                    "schema_version {} is not supported (this build reads {SCHEMA_VERSION})",
                    raw.schema_version.get_ref()
                ),
            ));
        }
        let mut extra_sources = Vec::new();
        for (key, description) in raw.extra_sources {
            if sources::describe(key.get_ref()).is_some() {
                let msg = format!("source key {:?} is already built in", key.get_ref());
                return Err(self.err(Kind::Duplicate, key.span(), msg));
            }
            extra_sources.push((key.into_inner(), description));
        }
        let regions = self.regions(raw.region, &extra_sources)?;
        let mut versions = self.versions(raw.version, &extra_sources)?;
        versions.sort_by_key(|v| v.effective);
        Ok(Policy {
            origin: self.origin.to_string(),
            versions,
            regions,
            extra_sources,
        })
    }

    fn regions(
        &self,
        raw: Spanned<Vec<Spanned<RawRegion>>>,
        extra: &[(String, String)],
    ) -> Result<Vec<Region>, PolicyError> {
        let all_span = raw.span();
        let mut regions: Vec<Region> = Vec::new();
        for r in raw.into_inner() {
            let r = r.into_inner();
            let id = r.id.get_ref();
            if !country::REGION_IDS.contains(&id.as_str()) {
                let msg = format!(
                    "unknown region {id:?} (known: {})",
                    country::REGION_IDS.join(", ")
                );
                return Err(self.err(Kind::UnknownRegion, r.id.span(), msg));
            }
            if regions.iter().any(|x| x.id == *id) {
                let msg = format!("region {id:?} is defined twice");
                return Err(self.err(Kind::Duplicate, r.id.span(), msg));
            }
            let training_start = self.date(&r.training_start)?;
            let sources = self.sources(r.sources, extra, &format!("region {id:?}"))?;
            regions.push(Region {
                id: r.id.into_inner(),
                name: r.name,
                training_start,
                sources,
                note: r.note,
            });
        }
        let missing: Vec<&str> = country::REGION_IDS
            .iter()
            .copied()
            .filter(|id| !regions.iter().any(|r| r.id == *id))
            .collect();
        if !missing.is_empty() {
            let msg = format!("no [[region]] for {}", missing.join(", "));
            return Err(self.err_in(Kind::MissingRegion, all_span, "region".into(), msg));
        }
        Ok(regions)
    }

    fn versions(
        &self,
        raw: Spanned<Vec<Spanned<RawVersion>>>,
        extra: &[(String, String)],
    ) -> Result<Vec<Version>, PolicyError> {
        if raw.get_ref().is_empty() {
            let msg = "the table has no [[version]]".to_string();
            return Err(self.err_in(Kind::NoVersions, raw.span(), "version".into(), msg));
        }
        let mut versions: Vec<Version> = Vec::new();
        for (n, v) in raw.into_inner().into_iter().enumerate() {
            let v = v.into_inner();
            let id = v.id.get_ref();
            if id.trim().is_empty() || versions.iter().any(|x| x.id == *id) {
                let msg = format!("version id {id:?} is empty or used twice");
                return Err(self.err(Kind::Duplicate, v.id.span(), msg));
            }
            let effective = self.date(&v.effective)?;
            if let Some(other) = versions.iter().find(|x| x.effective == effective) {
                let msg = format!("{} also takes effect on {effective}", other.id);
                return Err(self.err(Kind::Duplicate, v.effective.span(), msg));
            }
            let sources = self.sources(v.sources, extra, &format!("version {id:?}"))?;
            let rules = self.rules(v.categories, n + 1, extra)?;
            versions.push(Version {
                id: v.id.into_inner(),
                effective,
                title: v.title,
                sources,
                notes: v.notes,
                rules,
            });
        }
        Ok(versions)
    }

    fn rules(
        &self,
        raw: Spanned<BTreeMap<Spanned<String>, RawRule>>,
        number: usize,
        extra: &[(String, String)],
    ) -> Result<Vec<CategoryRule>, PolicyError> {
        let span = raw.span();
        let mut rules: Vec<Option<CategoryRule>> = vec![None; CATEGORY_IDS.len()];
        // BTreeMap order is alphabetical; check in file order so the first error is the
        // first one a reader meets.
        let mut entries: Vec<_> = raw.into_inner().into_iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        for (key, rule) in entries {
            let Some(index) = category_index(key.get_ref()) else {
                let msg = format!(
                    "unknown category {:?} (known: {})",
                    key.get_ref(),
                    CATEGORY_IDS.join(", ")
                );
                return Err(self.err(Kind::UnknownCategory, key.span(), msg));
            };
            let Some(status) = Status::parse(rule.status.get_ref()) else {
                let msg = format!(
                    "unknown status {:?} (expected included, possibly, not_listed or excluded)",
                    rule.status.get_ref()
                );
                return Err(self.err(Kind::UnknownStatus, rule.status.span(), msg));
            };
            let what = format!("category {:?}", key.get_ref());
            let sources = self.sources(rule.sources, extra, &what)?;
            rules[index] = Some(CategoryRule {
                status,
                sources,
                note: rule.note,
            });
        }
        let missing: Vec<&str> = CATEGORY_IDS
            .iter()
            .zip(&rules)
            .filter(|(_, r)| r.is_none())
            .map(|(id, _)| *id)
            .collect();
        if !missing.is_empty() {
            let msg = format!("no status for {}", missing.join(", "));
            let field = format!("version[{number}].categories");
            return Err(self.err_in(Kind::MissingCategory, span, field, msg));
        }
        Ok(rules.into_iter().flatten().collect())
    }

    fn date(&self, raw: &Spanned<String>) -> Result<NaiveDate, PolicyError> {
        NaiveDate::parse_from_str(raw.get_ref(), "%Y-%m-%d")
            .ok()
            .filter(|_| raw.get_ref().len() == 10)
            .ok_or_else(|| {
                let msg = format!(
                    "bad date {:?} (expected a calendar day as YYYY-MM-DD)",
                    raw.get_ref()
                );
                self.err(Kind::BadDate, raw.span(), msg)
            })
    }

    fn sources(
        &self,
        raw: Keys,
        extra: &[(String, String)],
        what: &str,
    ) -> Result<Vec<String>, PolicyError> {
        if raw.get_ref().is_empty() {
            let msg = format!("{what} cites no source");
            return Err(self.err(Kind::NoSources, raw.span(), msg));
        }
        let mut keys = Vec::with_capacity(raw.get_ref().len());
        for key in raw.into_inner() {
            let known = sources::describe(key.get_ref()).is_some()
                || extra.iter().any(|(k, _)| k == key.get_ref());
            if !known {
                let msg = format!(
                    "unknown source key {:?} (see policy-facts.md §0, or declare it under [extra_sources])",
                    key.get_ref()
                );
                return Err(self.err(Kind::UnknownSource, key.span(), msg));
            }
            keys.push(key.into_inner());
        }
        Ok(keys)
    }
}
