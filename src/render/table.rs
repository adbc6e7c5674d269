//! `scan`'s default output: a plain-text table for a terminal, 80 columns wide.

use std::fmt::Write;

use super::sanitize;
use crate::export::FileStatus;
use crate::model::Category;
use crate::summary::{CountrySource, Summary};

/// Formats a count with thousands separators: `41530` -> `41,530`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Renders the summary as a table, then the assumptions, files and warnings.
pub fn render(s: &Summary) -> Vec<u8> {
    let mut out = String::new();
    let total = s.tallies.total();
    let content: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| c.is_authored_content())
        .collect();
    let (exposed, items, words) = content.iter().fold((0, 0, 0), |(e, i, w), &c| {
        let t = &s.tallies.categories[c as usize];
        (e + t.exposed_items, i + t.items, w + t.exposed_words)
    });
    let _ = writeln!(
        out,
        "{} of your {} posts, articles, comments and poll votes ({} words) may be used to train LinkedIn's AI.",
        thousands(exposed),
        thousands(items),
        thousands(words)
    );
    let possibly = total.possibly_items;
    if possibly > 0 {
        let _ = writeln!(
            out,
            "{} more items of all kinds possibly may.",
            thousands(possibly)
        );
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{:<26} {:>8} {:>10} {:>8} {:>8}  status",
        "category", "items", "words", "exposed", "possibly"
    );
    let _ = writeln!(out, "{}", "-".repeat(76));
    for &c in Category::ALL {
        let t = &s.tallies.categories[c as usize];
        if t.items == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<26} {:>8} {:>10} {:>8} {:>8}  {}",
            c.id(),
            thousands(t.items),
            thousands(t.words),
            thousands(t.exposed_items),
            thousands(t.possibly_items),
            s.statuses[c as usize].as_str()
        );
    }
    let _ = writeln!(out, "{}", "-".repeat(76));
    let _ = writeln!(
        out,
        "{:<26} {:>8} {:>10} {:>8} {:>8}",
        "total",
        thousands(total.items),
        thousands(total.words),
        thousands(total.exposed_items),
        thousands(total.possibly_items)
    );
    out.push('\n');
    let ctx = &s.context;
    let how = match ctx.country_source {
        CountrySource::Profile => "from Profile.csv",
        CountrySource::Flag => "from --country",
        CountrySource::Default => "assumed: nothing in the export told",
    };
    let _ = writeln!(out, "Assumptions:");
    let _ = writeln!(
        out,
        "  country      {} ({how}; change with --country CC)",
        ctx.country
    );
    let _ = writeln!(
        out,
        "  opted out    {} (change with --opted-out-on YYYY-MM-DD)",
        ctx.opted_out_on
            .map_or("never".to_string(), |d| d.to_string())
    );
    let _ = writeln!(
        out,
        "  as of        {} (change with --as-of YYYY-MM-DD)",
        ctx.as_of
    );
    if ctx.under_18 {
        let _ = writeln!(out, "  under 18     yes (nothing is exposed)");
    }
    out.push('\n');
    let count = |st: FileStatus| s.files.iter().filter(|f| f.status == st).count();
    let _ = writeln!(
        out,
        "Files: {} read, {} partly read, {} unreadable, {} unknown ({} export{}: {})",
        count(FileStatus::Ok),
        count(FileStatus::Partial),
        count(FileStatus::Unreadable),
        count(FileStatus::Unknown),
        match s.kind {
            crate::export::ExportKind::Basic => "Basic",
            crate::export::ExportKind::Complete => "Complete",
            crate::export::ExportKind::Unknown => "kind unknown",
        },
        if s.sources.len() == 1 { "" } else { "s" },
        s.export_date
            .map_or("date unknown".to_string(), |d| d.to_string()),
    );
    for f in s.files.iter().filter(|f| f.status == FileStatus::Unknown) {
        let _ = writeln!(out, "  unknown: {}", sanitize(&f.path));
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(out, "\nWarnings:");
        for w in &s.warnings {
            let _ = writeln!(out, "  {}", sanitize(&w.to_string()));
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1204), "1,204");
        assert_eq!(super::thousands(41530), "41,530");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
