//! The report's charts as inline SVG: no script, no external reference, a `<title>` and
//! `<desc>` a screen reader reads (`role="img"`, `aria-labelledby`), and text labels. Colours
//! come from CSS classes (`ex`, `po`, `ne`, `mk`, `ax`) that the page's stylesheet sets for
//! light, dark and print. Every text is escaped with `html::esc`.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::html::esc;
use crate::report::{Month, Report};

const W: f64 = 760.0;

/// The x position of a day on a timeline of `months` starting at `first`, `slot` wide each.
fn day_x(d: NaiveDate, first: (i32, u32), slot: f64, left: f64) -> f64 {
    let index = (d.year() - first.0) as f64 * 12.0 + (d.month() as f64 - first.1 as f64);
    let days = if d.month() == 12 {
        31.0
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
            .and_then(|n| n.pred_opt())
            .map_or(30.0, |l| l.day() as f64)
    };
    left + (index + (d.day() as f64 - 1.0) / days) * slot
}

/// Items per month, stacked exposed / possibly / not exposed, with the policy dates and the
/// opt-out date marked.
pub fn timeline(r: &Report, months: &[Month]) -> String {
    let (left, right, top, bottom) = (44.0, 10.0, 56.0, 36.0);
    let h = 300.0;
    let plot_h = h - top - bottom;
    let slot = (W - left - right) / months.len().max(1) as f64;
    let max = months
        .iter()
        .map(|(_, c)| c.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let total: u64 = months.iter().map(|(_, c)| c.iter().sum::<u64>()).sum();
    let mut o = String::new();
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return o;
    };
    let _ = write!(
        o,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"tl-title tl-desc\" viewBox=\"0 0 {W} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"tl-title\">Items per month by exposure</title>\
         <desc id=\"tl-desc\">{total} dated items from {:04}-{:02} to {:04}-{:02}; the highest month holds {max}. \
         Bars are stacked: exposed at the bottom, then possibly, then not exposed. Vertical lines mark {}.</desc>",
        first.0 .0,
        first.0 .1,
        last.0 .0,
        last.0 .1,
        esc(&r
            .markers()
            .iter()
            .map(|(d, l)| format!("{l} on {d}"))
            .collect::<Vec<_>>()
            .join(", "))
    );
    let base = top + plot_h;
    let _ = write!(
        o,
        "<line class=\"ax\" x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\"/>\
         <text class=\"lb\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{max}</text>\
         <text class=\"lb\" x=\"{}\" y=\"{base}\" text-anchor=\"end\">0</text>",
        W - right,
        left - 4.0,
        top + 4.0,
        left - 4.0
    );
    for (i, ((y, m), counts)) in months.iter().enumerate() {
        let x = left + i as f64 * slot;
        let mut y0 = base;
        let sum: u64 = counts.iter().sum();
        if sum > 0 {
            let _ = write!(
                o,
                "<g><title>{y:04}-{m:02}: {} exposed, {} possibly, {} not exposed</title>",
                counts[0], counts[1], counts[2]
            );
            for (class, n) in ["ex", "po", "ne"].iter().zip(counts) {
                if *n == 0 {
                    continue;
                }
                let bh = *n as f64 / max as f64 * plot_h;
                y0 -= bh;
                let _ = write!(
                    o,
                    "<rect class=\"{class}\" x=\"{:.1}\" y=\"{y0:.1}\" width=\"{:.1}\" height=\"{bh:.1}\"/>",
                    x + slot * 0.1,
                    (slot * 0.8).max(0.5)
                );
            }
            o.push_str("</g>");
        }
        if *m == 1 || i == 0 {
            let _ = write!(
                o,
                "<text class=\"lb\" x=\"{:.1}\" y=\"{}\">{y}</text>",
                x,
                base + 16.0
            );
        }
    }
    for (k, (d, label)) in r.markers().iter().enumerate() {
        let x = day_x(*d, first.0, slot, left);
        let ly = 14.0 + (k % 3) as f64 * 14.0;
        // Labels in the right half run leftwards, so they stay inside the chart.
        let (tx, anchor) = if x > W / 2.0 {
            (x - 3.0, "end")
        } else {
            (x + 3.0, "start")
        };
        let _ = write!(
            o,
            "<line class=\"mk\" x1=\"{x:.1}\" y1=\"{ly}\" x2=\"{x:.1}\" y2=\"{base}\"/>\
             <text class=\"lb\" x=\"{tx:.1}\" y=\"{ly}\" text-anchor=\"{anchor}\">{d}: {}</text>",
            esc(label)
        );
    }
    o.push_str("</svg>");
    o
}

/// One horizontal stacked bar per category: exposed, possibly, not exposed.
pub fn categories(r: &Report) -> String {
    let t = &r.summary.tallies.categories;
    let rows: Vec<_> = r
        .categories
        .iter()
        .map(|c| (c.category, t[c.category as usize]))
        .collect();
    let (left, right, row_h) = (190.0, 120.0, 22.0);
    let h = rows.len() as f64 * row_h + 10.0;
    let max = rows.iter().map(|(_, s)| s.items).max().unwrap_or(0).max(1);
    let mut o = String::new();
    let _ = write!(
        o,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"cat-title cat-desc\" viewBox=\"0 0 {W} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"cat-title\">Items per category by exposure</title><desc id=\"cat-desc\">{}</desc>",
        esc(&rows
            .iter()
            .map(|(c, s)| format!(
                "{}: {} of {} exposed, {} possibly",
                c.id(),
                s.exposed_items,
                s.items,
                s.possibly_items
            ))
            .collect::<Vec<_>>()
            .join("; "))
    );
    for (i, (c, s)) in rows.iter().enumerate() {
        let y = 5.0 + i as f64 * row_h;
        let _ = write!(
            o,
            "<text class=\"lb\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y + 14.0,
            esc(c.id())
        );
        let mut x = left;
        let not = s.items - s.exposed_items - s.possibly_items;
        for (class, n) in [
            ("ex", s.exposed_items),
            ("po", s.possibly_items),
            ("ne", not),
        ] {
            if n == 0 {
                continue;
            }
            let w = n as f64 / max as f64 * (W - left - right);
            let _ = write!(
                o,
                "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{}\"/>",
                y + 2.0,
                row_h - 6.0
            );
            x += w;
        }
        let _ = write!(
            o,
            "<text class=\"lb\" x=\"{:.1}\" y=\"{:.1}\">{} + {} of {}</text>",
            x + 6.0,
            y + 14.0,
            s.exposed_items,
            s.possibly_items,
            s.items
        );
    }
    o.push_str("</svg>");
    o
}
