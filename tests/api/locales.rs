//! Every shipped language holds exactly English's messages, and parses.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use fraudreport::domain::Problem;
use fraudreport::domain::problem::Arg;
use fraudreport::i18n::{LANGUAGES, Locales};

fn ids(code: &str) -> BTreeSet<String> {
    let path = format!(
        "{}/locales/{code}/fraudreport.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{code} does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            Entry::Junk { content } => panic!("{code} has unparsable text: {content}"),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_parses_and_has_exactly_the_english_message_ids() {
    let english = ids("en");
    assert!(english.len() > 100);
    for language in LANGUAGES {
        let theirs = ids(language.code);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code);
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            language.code
        );
    }
}

#[test]
fn every_locale_folder_is_a_shipped_language() {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).expect("locales folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        assert!(
            LANGUAGES.iter().any(|l| l.code == name),
            "locales/{name} is not in LANGUAGES"
        );
    }
}

#[test]
fn every_field_problem_is_translated_and_shows_what_it_names() {
    let locales = Locales::load().expect("locales");
    let english = locales.get("en").expect("en");
    for language in LANGUAGES {
        let locale = locales.get(language.code).expect("locale");
        for problem in Problem::examples() {
            let message = locale.problem(&problem);
            if language.code != "en" {
                assert_ne!(
                    message,
                    english.problem(&problem),
                    "{} copies English for {problem:?}",
                    language.code
                );
            }
            for (name, arg) in problem.args() {
                if let Arg::Text(text) = arg {
                    assert!(
                        message.contains(&text),
                        "{}: {problem:?} does not show ${name}: {message}",
                        language.code
                    );
                }
            }
        }
    }
}
