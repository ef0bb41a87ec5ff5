//! Text typed by a victim, made safe to show as one line: in an officer's
//! e-mail, in a log-free list, next to data an attacker did not write.

/// Characters that break or disguise a line: line and paragraph breaks,
/// every control character, and the bidirectional controls that can make
/// text read differently from how it is stored.
fn breaks_a_line(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// One line: every control, break and bidirectional control becomes a
/// space, runs of whitespace become one space, the ends are trimmed.
pub fn single_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if breaks_a_line(c) { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A block of text (the victim's story): line breaks and tabs stay, other
/// control characters go.
pub fn text_block(text: &str) -> String {
    let kept: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| matches!(c, '\n' | '\t') || !breaks_a_line(*c))
        .collect();
    kept.trim().to_string()
}

/// The lines of a one-per-line field, split at every kind of line break.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c| {
        matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    })
}

/// `text` as one quoted line of at most `max` characters (cut with "…"),
/// so a reader sees where what the victim typed begins and ends.
pub fn quoted_line(text: &str, max: usize) -> String {
    let line = single_line(text);
    let mut shown: String = line.chars().take(max).collect();
    if line.chars().count() > max {
        shown.push('…');
    }
    format!("“{shown}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_and_controls_never_survive_in_a_line() {
        let typed = "Crypto\r\nReported loss: 0 EUR\u{2028}x\u{202E}y\u{1b}[31m";
        let line = single_line(typed);
        assert_eq!(line, "Crypto Reported loss: 0 EUR x y [31m");
        assert!(!line.chars().any(breaks_a_line));
        assert_eq!(single_line(&line), line, "a fixed point");
    }

    #[test]
    fn a_quoted_line_is_capped_and_marked() {
        assert_eq!(quoted_line("a\nb", 10), "“a b”");
        assert_eq!(
            quoted_line(&"x".repeat(12), 10),
            format!("“{}…”", "x".repeat(10))
        );
    }

    #[test]
    fn a_story_keeps_its_paragraphs_but_no_controls() {
        assert_eq!(
            text_block("one\r\ntwo\u{7}\u{202E}\n\tthree"),
            "one\ntwo\n\tthree"
        );
        let split: Vec<&str> = lines("a\rb\u{2028}c\nd").collect();
        assert_eq!(split, ["a", "b", "c", "d"]);
    }
}
