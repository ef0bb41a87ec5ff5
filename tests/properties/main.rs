//! Property tests: every parser and normaliser of what victims type, fed
//! random text and valid values damaged the ways people damage them. None
//! may panic; a value that is accepted normalises to a fixed point (its
//! normalised form is accepted again and normalises to itself).
//!
//! `PROPTEST_CASES` raises the number of cases for a longer search.

mod typed;

mod amounts;
mod contacts;
mod destinations;
mod form;

use proptest::test_runner::Config;

/// Cases per property: enough to reach the accepting paths, small enough for
/// the whole suite to run in seconds in a debug build.
pub fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}
