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

/// ANSI styles, or nothing when colour is off.
struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.wrap("1", t)
    }
    fn dim(&self, t: &str) -> String {
        self.wrap("2", t)
    }
    /// Red for exposed, yellow for possibly, plain for zero.
    fn count(&self, t: &str, n: u64, code: &str) -> String {
        if n == 0 {
            t.to_string()
        } else {
            self.wrap(code, t)
        }
    }
    fn status(&self, status: crate::model::Status) -> String {
        use crate::model::Status;
        let code = match status {
            Status::Included => "31",
            Status::Possibly => "33",
            Status::NotListed | Status::Excluded => "32",
        };
        self.wrap(code, status.as_str())
    }
}

/// Wraps prose at `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        let w = word.chars().count();
        if line > 0 && line + 1 + w > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += w;
    }
    out
}

/// Renders the summary as a table that fits 80 columns, then the assumptions, files and
/// warnings; `color` adds ANSI colours (the layout is the same without).
pub fn render(s: &Summary, color: bool) -> Vec<u8> {
    let paint = Paint(color);
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
    let headline = wrap(
        &format!(
            "{} of your {} posts, articles, comments and poll votes ({} words) may be used to train LinkedIn's AI.",
            thousands(exposed),
            thousands(items),
            thousands(words)
        ),
        80,
    );
    let _ = writeln!(out, "{}", paint.bold(&headline));
    let all = format!(
        "Of all {} items in your export, {} may be used and {} possibly may.",
        thousands(total.items),
        thousands(total.exposed_items),
        thousands(total.possibly_items)
    );
    let _ = writeln!(out, "{}", wrap(&all, 80));
    out.push('\n');
    let header = format!(
        "{:<26} {:>8} {:>10} {:>8} {:>8}  status",
        "category", "items", "words", "exposed", "possibly"
    );
    let _ = writeln!(out, "{}", paint.bold(&header));
    let _ = writeln!(out, "{}", paint.dim(&"-".repeat(76)));
    for &c in Category::ALL {
        let t = &s.tallies.categories[c as usize];
        if t.items == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<26} {:>8} {:>10} {} {}  {}",
            c.id(),
            thousands(t.items),
            thousands(t.words),
            paint.count(
                &format!("{:>8}", thousands(t.exposed_items)),
                t.exposed_items,
                "31"
            ),
            paint.count(
                &format!("{:>8}", thousands(t.possibly_items)),
                t.possibly_items,
                "33"
            ),
            paint.status(s.statuses[c as usize])
        );
    }
    let _ = writeln!(out, "{}", paint.dim(&"-".repeat(76)));
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
    let _ = writeln!(out, "{}", paint.bold("Assumptions:"));
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
        "Files: {} read, {} partly read, {} unreadable, {} unknown\n({} export{}: {})",
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
        let _ = writeln!(out, "\n{}", paint.bold("Warnings:"));
        for w in &s.warnings {
            let text = wrap(&sanitize(&w.to_string()), 76).replace('\n', "\n    ");
            let _ = writeln!(out, "  {text}");
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    #[test]
    fn prose_wraps_at_the_width() {
        let text = super::wrap("one two three four five six seven", 10);
        assert_eq!(text, "one two\nthree four\nfive six\nseven");
        assert!(text.lines().all(|l| l.chars().count() <= 10));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1204), "1,204");
        assert_eq!(super::thousands(41530), "41,530");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
