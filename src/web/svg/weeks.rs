//! Column chart of reports per week.
//!
//! Dates are moved to the Monday of their ISO week and counts of the same
//! week are added up; every week between the first and the last is drawn,
//! weeks without data as 0. At most [`MAX_WEEKS`] weeks are drawn (the most
//! recent ones). The y axis shows 0 and a rounded maximum (plus the midpoint
//! when it is a whole number); the x axis shows up to 4 ISO dates (the
//! Mondays of the weeks under the ticks). The viewBox is 420 units wide, so
//! 12-unit text is ~10 px on a 360 px phone.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate};

use super::{
    ChartLabels, GRID_COLOUR, TEXT_COLOUR, chart_id, empty_message, escape, num, open_svg, put,
    text_width,
};

/// The most weeks drawn (20 years); older weeks are left out.
pub const MAX_WEEKS: usize = 1040;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 220.0;
const FONT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 30.0;
const RIGHT: f64 = 6.0;
const MAX_TICKS: usize = 4;
/// Column colour: viridis blue, 7.9:1 against white.
const COLUMN_COLOUR: &str = "#3b528b";

fn monday(d: NaiveDate) -> NaiveDate {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
        .unwrap_or(d)
}

/// Every week from the first to the last, with its total (0 for gaps).
fn fill_weeks(weeks: &[(NaiveDate, u64)]) -> Vec<(NaiveDate, u64)> {
    let mut totals: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    for &(d, n) in weeks {
        let e = totals.entry(monday(d)).or_insert(0);
        *e = e.saturating_add(n);
    }
    let (Some((&first, _)), Some((&last, _))) = (totals.first_key_value(), totals.last_key_value())
    else {
        return Vec::new();
    };
    let span = usize::try_from((last - first).num_weeks()).unwrap_or(0);
    let skip = (span + 1).saturating_sub(MAX_WEEKS);
    let start = first
        .checked_add_days(Days::new(7 * skip as u64))
        .unwrap_or(first);
    let mut out = Vec::with_capacity(span + 1 - skip);
    let mut d = start;
    while d <= last {
        out.push((d, totals.get(&d).copied().unwrap_or(0)));
        match d.checked_add_days(Days::new(7)) {
            Some(next) => d = next,
            None => break,
        }
    }
    out
}

/// A round axis maximum ≥ `max`: `max` itself up to 10, above that the
/// smallest of 10, 12, 15, 20, 25, 30, 40, 50, 60, 80 × 10ⁿ that is ≥ `max`
/// (so the columns use at least ~80 % of the height).
fn nice_max(max: u64) -> u64 {
    if max <= 10 {
        return max.max(1);
    }
    let mut scale: u64 = 1;
    loop {
        for m in [10, 12, 15, 20, 25, 30, 40, 50, 60, 80] {
            match scale.checked_mul(m) {
                Some(v) if v >= max => return v,
                Some(_) => {}
                None => return max,
            }
        }
        match scale.checked_mul(10) {
            Some(s) => scale = s,
            None => return max,
        }
    }
}

/// Indices of the weeks that get a date tick: first, last and evenly between.
fn tick_indices(n: usize) -> Vec<usize> {
    if n <= MAX_TICKS {
        return (0..n).collect();
    }
    let mut v: Vec<usize> = (0..MAX_TICKS)
        .map(|k| (k * (n - 1) + (MAX_TICKS - 1) / 2) / (MAX_TICKS - 1))
        .collect();
    v.dedup();
    v
}

/// Renders reports per week as columns.
pub fn weekly_chart(weeks: &[(NaiveDate, u64)], labels: &ChartLabels) -> String {
    let weeks = fill_weeks(weeks);
    let id = chart_id("weeks", (&labels.title, &labels.desc, &weeks));
    let mut out = String::with_capacity(600 + weeks.len() * 110);
    open_svg(
        &mut out,
        "weeks",
        &id,
        (WIDTH, HEIGHT),
        &labels.title,
        &labels.desc,
    );
    if weeks.is_empty() {
        empty_message(
            &mut out,
            WIDTH / 2.0,
            HEIGHT / 2.0,
            FONT * 1.2,
            &labels.empty,
        );
        out.push_str("</svg>");
        return out;
    }
    let fmt = labels.format_number;
    let max = nice_max(weeks.iter().map(|w| w.1).max().unwrap_or(0));
    let mut y_ticks = vec![0, max];
    if max >= 2 && max.is_multiple_of(2) {
        y_ticks.insert(1, max / 2);
    }
    let y_texts: Vec<String> = y_ticks.iter().map(|&t| fmt(t)).collect();
    let left = y_texts
        .iter()
        .map(|t| text_width(t, FONT))
        .fold(0.0, f64::max)
        + 8.0;
    let (plot_w, plot_h) = (WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM);
    let base = TOP + plot_h;
    let y_of = |v: u64| base - plot_h * (v as f64 / max as f64);

    put!(
        out,
        "<g font-size=\"{}\" fill=\"{TEXT_COLOUR}\">",
        num(FONT)
    );
    // y axis: grid lines with their values
    for (t, text) in y_ticks.iter().zip(&y_texts) {
        let y = y_of(*t);
        put!(
            out,
            "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\"/>",
            num(left),
            num(WIDTH - RIGHT),
            num(y),
            num(y),
            if *t == 0 { TEXT_COLOUR } else { GRID_COLOUR }
        );
        put!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            num(left - 4.0),
            num(y + FONT * 0.35),
            escape(text)
        );
    }

    // columns
    let n = weeks.len();
    let slot = plot_w / n as f64;
    let col_w = if slot > 3.0 {
        (slot * 0.8).min(24.0)
    } else {
        slot
    };
    put!(out, "<g fill=\"{COLUMN_COLOUR}\">");
    for (i, (date, v)) in weeks.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - col_w) / 2.0;
        let y = y_of(*v);
        put!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{date}: {}</title></rect>",
            num(x),
            num(y),
            num(col_w),
            num(base - y),
            escape(&fmt(*v))
        );
    }
    out.push_str("</g>");

    // x axis: a few ISO dates, kept inside the chart
    for i in tick_indices(n) {
        let date = weeks[i].0.to_string();
        let cx = left + slot * (i as f64 + 0.5);
        let half = text_width(&date, FONT) / 2.0;
        let tx = cx.clamp(half, WIDTH - half);
        put!(
            out,
            "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{TEXT_COLOUR}\"/>",
            num(cx),
            num(cx),
            num(base),
            num(base + 4.0)
        );
        put!(
            out,
            "<text class=\"fr-tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{date}</text>",
            num(tx),
            num(base + 6.0 + FONT)
        );
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::svg::test_util::{check_root, count, well_formed};

    fn labels(f: &dyn Fn(u64) -> String) -> ChartLabels<'_> {
        ChartLabels {
            title: "Reports per week".into(),
            desc: "Columns".into(),
            empty: "No reports".into(),
            format_number: f,
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ticks(doc: &roxmltree::Document<'_>) -> Vec<String> {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("fr-tick"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    }

    #[test]
    fn one_week() {
        let f = |n: u64| n.to_string();
        let svg = weekly_chart(&[(date(2026, 12, 3), 5)], &labels(&f));
        let doc = well_formed(&svg);
        check_root(&doc);
        assert_eq!(count(&doc, "rect"), 1);
        assert_eq!(ticks(&doc), vec!["2026-11-30"]);
        assert!(svg.contains("<title>2026-11-30: 5</title>"));
        assert!(svg.contains(">5</text>"), "y max tick is 5");
    }

    #[test]
    fn three_hundred_weeks_with_gaps() {
        let f = |n: u64| format!("{n}");
        let start = date(2021, 1, 4);
        let weeks: Vec<(NaiveDate, u64)> = (0..300u64)
            .filter(|i| i % 7 != 3)
            .map(|i| {
                (
                    start.checked_add_days(Days::new(i * 7 + i % 5)).unwrap(),
                    i % 40,
                )
            })
            .collect();
        let svg = weekly_chart(&weeks, &labels(&f));
        let doc = well_formed(&svg);
        check_root(&doc);
        assert_eq!(count(&doc, "rect"), 300);
        let t = ticks(&doc);
        assert_eq!(t.len(), 4);
        assert_eq!(t[0], "2021-01-04");
        assert_eq!(
            t[3],
            start
                .checked_add_days(Days::new(299 * 7))
                .unwrap()
                .to_string()
        );
        assert!(svg.contains(">40</text>"), "y max tick: nice maximum of 39");
        assert!(svg.contains(">20</text>"), "midpoint tick");
        assert!(
            svg.contains("<title>2021-01-25: 0</title>"),
            "gap drawn as 0"
        );
    }

    #[test]
    fn no_weeks_and_escaping() {
        let f = |n: u64| n.to_string();
        let mut l = labels(&f);
        l.empty = "A&B <x> \"q\"".into();
        let svg = weekly_chart(&[], &l);
        well_formed(&svg);
        assert!(svg.contains("A&amp;B &lt;x&gt; &quot;q&quot;"));
    }

    #[test]
    fn same_week_is_added_up_and_span_is_capped() {
        let filled = fill_weeks(&[(date(2026, 12, 7), 1), (date(2026, 12, 13), 2)]);
        assert_eq!(filled, vec![(date(2026, 12, 7), 3)]);
        let filled = fill_weeks(&[(date(1970, 1, 1), 1), (date(2026, 12, 7), 2)]);
        assert_eq!(filled.len(), MAX_WEEKS);
        assert_eq!(filled.last(), Some(&(date(2026, 12, 7), 2)));
    }

    #[test]
    fn nice_maxima_and_ticks() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(1), 1);
        assert_eq!(nice_max(3), 3);
        assert_eq!(nice_max(10), 10);
        assert_eq!(nice_max(11), 12);
        assert_eq!(nice_max(39), 40);
        assert_eq!(nice_max(51), 60);
        assert_eq!(nice_max(101), 120);
        assert_eq!(nice_max(8_001), 10_000);
        assert_eq!(nice_max(u64::MAX), u64::MAX);
        assert_eq!(tick_indices(1), vec![0]);
        assert_eq!(tick_indices(300), vec![0, 100, 199, 299]);
    }
}
