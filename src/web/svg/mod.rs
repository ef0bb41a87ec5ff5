//! SVG charts for the coordinators' overview page.
//!
//! * [`world_map`]: choropleth of victims per country (5 classes, legend).
//! * [`bar_chart`]: horizontal bars, one row per label (e.g. victims per country).
//! * [`weekly_chart`]: reports per ISO week as columns.
//!
//! Every function is pure: data and translated labels in, one self-contained
//! `<svg>` element out, meant to be inlined in HTML. The markup uses only
//! presentation attributes (no `style` attribute, no `<style>` element, no
//! script), so it works under a strict Content-Security-Policy. Each chart
//! has `width="100%"` and a `viewBox`, so it scales with its container; the
//! root element carries `class="fr-chart fr-chart-KIND"` for the page's CSS
//! (e.g. a `max-width` on wide screens). All caller text is XML-escaped.

use std::fmt::Write as _;
use std::hash::{DefaultHasher, Hash, Hasher};

pub mod bars;
pub mod map;
pub mod weeks;

pub use bars::bar_chart;
pub use map::{MapLabels, world_map};
pub use weeks::weekly_chart;

/// Translated texts and number formatting for [`bar_chart`] and [`weekly_chart`].
pub struct ChartLabels<'a> {
    /// Accessible name of the chart (SVG `<title>`, not drawn).
    pub title: String,
    /// Longer accessible description (SVG `<desc>`, not drawn).
    pub desc: String,
    /// Drawn instead of the chart when there is no data.
    pub empty: String,
    /// Formats a count for display, in the reader's locale.
    pub format_number: &'a dyn Fn(u64) -> String,
}

/// Font stack used for all drawn text.
pub(crate) const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/// Colour of drawn text (contrast 16:1 on white).
pub(crate) const TEXT_COLOUR: &str = "#1a1a1a";
/// Colour of secondary lines (axes, grid).
pub(crate) const GRID_COLOUR: &str = "#c8c8c8";

/// Appends formatted text to a `String`; writing to a `String` cannot fail.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}
pub(crate) use put;

/// Escapes text for XML character data and attribute values.
///
/// Characters that XML 1.0 does not allow at all (most C0 controls,
/// U+FFFE, U+FFFF) are dropped.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Formats a coordinate with at most one decimal, without trailing zeros.
pub(crate) fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (int, frac) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && int == 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Rough (generous) width of `s` drawn at `font_size` in a proportional
/// sans-serif font; errs on the wide side (DejaVu Sans is among the widest).
pub(crate) fn text_width(s: &str, font_size: f64) -> f64 {
    let units: f64 = s
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
            ' ' | '\u{202F}' | '\u{A0}' | 'f' | 't' | 'r' => 0.38,
            'm' | 'w' | 'M' | 'W' => 0.95,
            c if c.is_ascii_digit() => 0.64,
            c if c.is_ascii_uppercase() => 0.72,
            c if c.is_ascii() => 0.6,
            // CJK and other wide scripts
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.6,
        })
        .sum();
    units * font_size
}

/// Shortens `s` with a trailing ellipsis so that it fits `max_width`.
pub(crate) fn fit_text(s: &str, font_size: f64, max_width: f64) -> String {
    if text_width(s, font_size) <= max_width {
        return s.to_owned();
    }
    let budget = max_width - text_width("…", font_size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in s.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), font_size);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// A stable id prefix for one chart, derived from its kind and content, so
/// that several charts on one page get distinct `aria-labelledby` targets.
pub(crate) fn chart_id(kind: &str, content: impl Hash) -> String {
    let mut h = DefaultHasher::new();
    kind.hash(&mut h);
    content.hash(&mut h);
    format!("fr-{kind}-{:08x}", h.finish() as u32)
}

/// Writes the opening `<svg>` tag with its accessible `<title>` and `<desc>`.
pub(crate) fn open_svg(
    out: &mut String,
    kind: &str,
    id: &str,
    size: (f64, f64),
    title: &str,
    desc: &str,
) {
    put!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fr-chart fr-chart-{kind}\" \
         viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" \
         font-family=\"{}\">",
        num(size.0),
        num(size.1),
        escape(FONT_FAMILY),
    );
    put!(out, "<title id=\"{id}-t\">{}</title>", escape(title));
    put!(out, "<desc id=\"{id}-d\">{}</desc>", escape(desc));
}

/// Writes a centred one-line message (used when a chart has no data).
pub(crate) fn empty_message(out: &mut String, x: f64, y: f64, font_size: f64, text: &str) {
    put!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"middle\" fill=\"{TEXT_COLOUR}\">{}</text>",
        num(x),
        num(y),
        num(font_size),
        escape(text),
    );
}

#[cfg(test)]
pub(crate) mod test_util {
    /// Parses `svg` as XML, failing the test if it is not well-formed.
    pub fn well_formed(svg: &str) -> roxmltree::Document<'_> {
        match roxmltree::Document::parse(svg) {
            Ok(doc) => doc,
            Err(e) => panic!("not well-formed XML: {e}\n{}", &svg[..svg.len().min(2000)]),
        }
    }

    /// Number of elements named `name`.
    pub fn count(doc: &roxmltree::Document<'_>, name: &str) -> usize {
        doc.descendants().filter(|n| n.has_tag_name(name)).count()
    }

    /// Checks the accessibility wiring of a chart's root element.
    pub fn check_root(doc: &roxmltree::Document<'_>) {
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("width"), Some("100%"));
        assert!(root.attribute("viewBox").is_some());
        let ids: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap_or("")
            .split(' ')
            .collect();
        assert_eq!(ids.len(), 2);
        let title = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(ids[0]))
            .unwrap();
        let desc = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(ids[1]))
            .unwrap();
        assert_eq!(title.tag_name().name(), "title");
        assert_eq!(desc.tag_name().name(), "desc");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("A&B <x> \"q\" 'a'"),
            "A&amp;B &lt;x&gt; &quot;q&quot; &apos;a&apos;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\nd"), "abc\nd");
    }

    #[test]
    fn formats_coordinates() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.25), "1.3");
        assert_eq!(num(-0.4), "-0.4");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(0.04), "0");
    }

    #[test]
    fn fits_text() {
        assert_eq!(fit_text("short", 14.0, 300.0), "short");
        let long = "Democratic Republic of the Congo and some more words";
        let fitted = fit_text(long, 14.0, 120.0);
        assert!(fitted.ends_with('…'));
        assert!(text_width(&fitted, 14.0) <= 120.0);
    }

    #[test]
    fn ids_differ_by_content() {
        assert_ne!(chart_id("bars", "a"), chart_id("bars", "b"));
        assert_eq!(chart_id("bars", "a"), chart_id("bars", "a"));
    }
}
