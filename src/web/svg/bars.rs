//! Horizontal bar chart, one row per label (e.g. victims per country).
//!
//! Each row is a label (left) and its formatted value (right) on one line,
//! with the bar drawn right under them across the full width. This keeps long
//! (translated) labels readable on a 360 px phone, where a label column
//! beside the bars would leave no room for the bars. The viewBox is 400 units
//! wide, so 14-unit text is ~12.6 px on a 360 px screen; the height grows by
//! one fixed step per row. Rows are drawn in the order given.

use std::fmt::Write as _;

use super::{
    ChartLabels, TEXT_COLOUR, chart_id, empty_message, escape, fit_text, num, open_svg, put,
    text_width,
};

/// Width of the viewBox.
const WIDTH: f64 = 400.0;
const PAD: f64 = 4.0;
const FONT: f64 = 14.0;
const ROW: f64 = 38.0;
const BAR_TOP: f64 = 20.0;
const BAR_HEIGHT: f64 = 12.0;
/// Bar colour: viridis blue, 7.9:1 against white.
const BAR_COLOUR: &str = "#3b528b";
/// Track behind each bar, so that short bars still show the full scale.
const TRACK_COLOUR: &str = "#ececec";

/// Renders `rows` (label, value) as horizontal bars scaled to the largest value.
pub fn bar_chart(rows: &[(String, u64)], labels: &ChartLabels) -> String {
    let id = chart_id("bars", (&labels.title, &labels.desc, rows));
    let height = if rows.is_empty() {
        ROW
    } else {
        rows.len() as f64 * ROW + PAD
    };
    let mut out = String::with_capacity(300 + rows.len() * 400);
    open_svg(
        &mut out,
        "bars",
        &id,
        (WIDTH, height),
        &labels.title,
        &labels.desc,
    );
    if rows.is_empty() {
        empty_message(
            &mut out,
            WIDTH / 2.0,
            ROW / 2.0 + FONT * 0.35,
            FONT,
            &labels.empty,
        );
        out.push_str("</svg>");
        return out;
    }
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
    let full = WIDTH - 2.0 * PAD;
    put!(
        out,
        "<g font-size=\"{}\" fill=\"{TEXT_COLOUR}\">",
        num(FONT)
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let top = PAD + i as f64 * ROW;
        let value_text = (labels.format_number)(*value);
        let value_width = text_width(&value_text, FONT);
        let label_text = fit_text(label, FONT, full - value_width - 16.0);
        let baseline = top + FONT;
        let bar = if max == 0 {
            0.0
        } else {
            (full * (*value as f64 / max as f64)).max(if *value > 0 { 1.0 } else { 0.0 })
        };
        put!(
            out,
            "<g><title>{}: {}</title>",
            escape(label),
            escape(&value_text)
        );
        put!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            num(PAD),
            num(baseline),
            escape(&label_text)
        );
        put!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-weight=\"bold\">{}</text>",
            num(WIDTH - PAD),
            num(baseline),
            escape(&value_text)
        );
        put!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" fill=\"{TRACK_COLOUR}\"/>",
            num(PAD),
            num(top + BAR_TOP),
            num(full)
        );
        put!(
            out,
            "<rect class=\"fr-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" fill=\"{BAR_COLOUR}\"/>",
            num(PAD),
            num(top + BAR_TOP),
            num(bar)
        );
        out.push_str("</g>");
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::svg::test_util::{check_root, well_formed};

    fn labels(f: &dyn Fn(u64) -> String) -> ChartLabels<'_> {
        ChartLabels {
            title: "Victims per country".into(),
            desc: "Bars".into(),
            empty: "No data".into(),
            format_number: f,
        }
    }

    fn bars(doc: &roxmltree::Document<'_>) -> Vec<f64> {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("fr-bar"))
            .map(|n| {
                n.attribute("width")
                    .and_then(|w| w.parse().ok())
                    .unwrap_or(-1.0)
            })
            .collect()
    }

    #[test]
    fn zero_rows_shows_the_empty_text() {
        let f = |n: u64| n.to_string();
        let svg = bar_chart(&[], &labels(&f));
        let doc = well_formed(&svg);
        check_root(&doc);
        assert!(bars(&doc).is_empty());
        assert!(svg.contains(">No data</text>"));
    }

    #[test]
    fn one_row_fills_the_width() {
        let f = |n: u64| format!("{n} victims");
        let svg = bar_chart(&[("Germany".into(), 12)], &labels(&f));
        let doc = well_formed(&svg);
        check_root(&doc);
        assert_eq!(bars(&doc), vec![WIDTH - 2.0 * PAD]);
        assert!(svg.contains(">12 victims</text>"));
        assert!(svg.contains(">Germany</text>"));
    }

    #[test]
    fn eighty_rows_grow_the_height() {
        let f = |n: u64| n.to_string();
        let rows: Vec<(String, u64)> = (0..80)
            .map(|i| (format!("Country number {i}"), i * 10))
            .collect();
        let svg = bar_chart(&rows, &labels(&f));
        let doc = well_formed(&svg);
        check_root(&doc);
        let widths = bars(&doc);
        assert_eq!(widths.len(), 80);
        assert_eq!(widths[0], 0.0);
        assert!(widths.windows(2).all(|w| w[0] <= w[1]));
        let vb = doc.root_element().attribute("viewBox").unwrap_or("");
        let h: f64 = vb
            .split(' ')
            .nth(3)
            .and_then(|h| h.parse().ok())
            .unwrap_or(0.0);
        assert!(h >= 80.0 * ROW);
    }

    #[test]
    fn all_zero_and_escaped() {
        let f = |_: u64| "<0>".to_string();
        let mut l = labels(&f);
        l.title = "A&B <x> \"q\"".into();
        let svg = bar_chart(&[("A&B <x> \"q\"".into(), 0)], &l);
        let doc = well_formed(&svg);
        check_root(&doc);
        assert_eq!(bars(&doc), vec![0.0]);
        assert!(svg.contains("A&amp;B &lt;x&gt; &quot;q&quot;"));
        assert!(svg.contains("&lt;0&gt;"));
        assert!(!svg.contains("A&B"));
    }

    #[test]
    fn long_labels_are_shortened_but_kept_in_the_tooltip() {
        let f = |n: u64| n.to_string();
        let long = "The United Kingdom of Great Britain and Northern Ireland".to_string();
        let svg = bar_chart(&[(long.clone(), 123_456)], &labels(&f));
        assert!(svg.contains('…'));
        assert!(svg.contains(&format!("<title>{long}: 123456</title>")));
    }
}
