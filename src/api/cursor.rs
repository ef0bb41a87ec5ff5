//! The `since` cursor of the list of changes: opaque to clients, it holds
//! the (change time, case id) of the last case of a page, so the next page
//! starts right after it in the index's order. The time keeps every digit
//! the database holds (SQLite keeps nanoseconds), or the page's last case
//! would come again.

use chrono::DateTime;

use crate::db::api::changes::Mark;

/// The version tag every cursor starts with.
const TAG: &str = "c1";

/// A mark as a cursor: `c1.<seconds since 1970>.<nanoseconds>.<id>`.
pub fn encode(mark: Mark) -> String {
    let at = mark.at.and_utc();
    let seconds = at.timestamp().max(0);
    format!(
        "{TAG}.{seconds}.{}.{}",
        at.timestamp_subsec_nanos(),
        mark.id
    )
}

/// The cursor before every change.
pub fn start() -> String {
    format!("{TAG}.0.0.0")
}

/// The mark a cursor holds; none when it is not one of ours.
pub fn decode(text: &str) -> Option<Mark> {
    let parts: Vec<&str> = text.split('.').collect();
    let [tag, seconds, nanos, id] = parts[..] else {
        return None;
    };
    if tag != TAG || !digits(seconds, 11) || !digits(nanos, 9) || !digits(id, 18) {
        return None;
    }
    let at = DateTime::from_timestamp(seconds.parse().ok()?, nanos.parse().ok()?)?.naive_utc();
    Some(Mark {
        at,
        id: id.parse().ok()?,
    })
}

/// Plain decimal digits (no sign), 1 to `most` of them.
fn digits(text: &str, most: usize) -> bool {
    (1..=most).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_its_mark() {
        let at = DateTime::from_timestamp(1_765_000_000, 123_456_789)
            .expect("time")
            .naive_utc();
        let mark = Mark { at, id: 42 };
        assert_eq!(decode(&encode(mark)), Some(mark));
        assert_eq!(decode(&start()).map(|m| m.id), Some(0));
    }

    #[test]
    fn other_text_is_no_cursor() {
        for bad in [
            "",
            "c1",
            "c1.1.2",
            "c1.1.2.3.4",
            "c2.1.2.3",
            "c1.-1.2.3",
            "c1.1.x.3",
            "c1.+1.2.3",
            "c1.1.1000000000.3",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
