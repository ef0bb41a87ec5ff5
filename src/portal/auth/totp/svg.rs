//! A QR code drawn as inline SVG. Our own few lines instead of the qrcode
//! crate's renderer, which fixes a width and height in pixels and starts
//! with an XML declaration that has no place inside an HTML page.

use std::fmt::Write;

use qrcode::{Color, QrCode};

/// Light modules around the code that scanners need (the standard's four).
pub(super) const QUIET_ZONE: usize = 4;

/// The code as `<svg viewBox=…>`, one unit per module: a light square with
/// one path of dark horizontal runs. `aria_label` is escaped here.
pub(super) fn render_svg(code: &QrCode, aria_label: &str) -> String {
    let modules = code.width();
    let size = modules + 2 * QUIET_ZONE;
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(modules).enumerate() {
        let mut x = 0;
        while x < modules {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && row[x] == Color::Dark {
                x += 1;
            }
            // Writing to a String cannot fail.
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" "##,
            r##"role="img" aria-label="{label}" shape-rendering="crispEdges">"##,
            r##"<rect width="{size}" height="{size}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/></svg>"##
        ),
        size = size,
        label = escape_attribute(aria_label),
        path = path
    )
}

/// Escapes text for a double-quoted XML/HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
