//! `policies`: the policy table as text, every row with its sources.

use std::fmt::Write;

use crate::classify::{Policy, Version, CATEGORY_IDS};

/// The versions, one line each, then the regions with their training start.
pub fn list(policy: &Policy) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Policy versions ({}):", policy.origin());
    for v in policy.versions() {
        let _ = writeln!(
            out,
            "  {:<16} in force from {}  {}  [{}]",
            v.id,
            v.effective,
            v.title,
            v.sources.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\nRegions and the day training on members' data began there:"
    );
    for r in policy.regions() {
        let _ = writeln!(
            out,
            "  {:<4} {:<40} {}  [{}]",
            r.id,
            r.name,
            r.training_start,
            r.sources.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\nShow one version in full: linkedin-exposure policies ID"
    );
    out
}

/// One version in full: every category's status, note and sources, and the source keys.
pub fn one(policy: &Policy, v: &Version) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", v.id, v.title);
    let _ = writeln!(
        out,
        "in force from {}; sources: {}",
        v.effective,
        v.sources.join(", ")
    );
    if !v.notes.trim().is_empty() {
        let _ = writeln!(out, "\n{}", v.notes.trim());
    }
    let _ = writeln!(out);
    for (i, id) in CATEGORY_IDS.iter().enumerate() {
        let rule = v.rule(i);
        let _ = writeln!(
            out,
            "{:<26} {:<10} [{}]",
            id,
            rule.status.as_str(),
            rule.sources.join(", ")
        );
        if !rule.note.trim().is_empty() {
            let _ = writeln!(out, "    {}", rule.note.trim());
        }
    }
    let mut keys: Vec<&str> = v
        .sources
        .iter()
        .chain(v.rules.iter().flat_map(|r| r.sources.iter()))
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let _ = writeln!(out, "\nSources:");
    for key in keys {
        let _ = writeln!(
            out,
            "  {:<10} {}",
            key,
            policy.source_description(key).unwrap_or("")
        );
    }
    out
}
