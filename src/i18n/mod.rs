//! Languages: the embedded Fluent files, one loader per shipped language,
//! negotiation from `Accept-Language`, and country names from CLDR.

mod countries;

use std::collections::HashMap;

use fluent::FluentValue;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

use crate::domain::CountryCode;
use crate::domain::problem::{Arg, Problem};

/// The Fluent files, compiled into the binary.
#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// A shipped language, as the switcher shows it.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code, also the first segment of every page URL.
    pub code: &'static str,
    /// The language's name in itself.
    pub autonym: &'static str,
    /// Written right to left?
    pub rtl: bool,
}

/// Every shipped language, in the switcher's order.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        autonym: "English",
        rtl: false,
    },
    Language {
        code: "de",
        autonym: "Deutsch",
        rtl: false,
    },
    Language {
        code: "et",
        autonym: "Eesti",
        rtl: false,
    },
    Language {
        code: "fr",
        autonym: "Français",
        rtl: false,
    },
    Language {
        code: "lv",
        autonym: "Latviešu",
        rtl: false,
    },
    Language {
        code: "nl",
        autonym: "Nederlands",
        rtl: false,
    },
    Language {
        code: "fi",
        autonym: "Suomi",
        rtl: false,
    },
    Language {
        code: "ru",
        autonym: "Русский",
        rtl: false,
    },
    Language {
        code: "uk",
        autonym: "Українська",
        rtl: false,
    },
];

/// The fallback language.
pub const DEFAULT_LANGUAGE: &str = "en";

/// One language, ready to render pages and messages.
pub struct Locale {
    pub language: &'static Language,
    /// The loader `fl!` reads from.
    pub loader: FluentLanguageLoader,
    /// Every ISO 3166-1 country with its name in this language, sorted for it.
    pub countries: Vec<(CountryCode, String)>,
}

impl Locale {
    /// `"ltr"` or `"rtl"` for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if self.language.rtl { "rtl" } else { "ltr" }
    }

    /// The code, e.g. `"et"`.
    pub fn code(&self) -> &'static str {
        self.language.code
    }

    /// The name of a country in this language.
    pub fn country_name(&self, code: CountryCode) -> &str {
        self.countries
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(code.as_str(), |(_, name)| name.as_str())
    }

    /// A problem's explanation in this language.
    pub fn problem(&self, problem: &Problem) -> String {
        let args: HashMap<&str, FluentValue<'_>> = problem
            .args()
            .into_iter()
            .map(|(k, v)| {
                let value = match v {
                    Arg::Number(n) => FluentValue::from(n),
                    Arg::Text(t) => FluentValue::from(t),
                };
                (k, value)
            })
            .collect();
        self.loader.get_args_concrete(problem.message_id(), args)
    }
}

/// All shipped languages, loaded once at start-up.
pub struct Locales {
    locales: Vec<Locale>,
    available: Vec<LanguageIdentifier>,
}

impl Locales {
    /// Parses every embedded Fluent file and builds the country lists.
    pub fn load() -> anyhow::Result<Locales> {
        let mut locales = Vec::with_capacity(LANGUAGES.len());
        let mut available = Vec::with_capacity(LANGUAGES.len());
        for language in LANGUAGES {
            let id: LanguageIdentifier = language.code.parse()?;
            let loader = fluent_language_loader!();
            loader.load_languages(&Localizations, std::slice::from_ref(&id))?;
            // Pages and e-mails are single-direction text; the invisible
            // isolation marks would only end up in copied references.
            loader.set_use_isolating(false);
            let countries = countries::sorted_names(language.code)?;
            locales.push(Locale {
                language,
                loader,
                countries,
            });
            available.push(id);
        }
        Ok(Locales { locales, available })
    }

    /// The locale with exactly this code.
    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code() == code)
    }

    /// Where the locale with this code is in [`Locales::all`].
    pub fn position(&self, code: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.code() == code)
    }

    /// The fallback locale.
    pub fn default_locale(&self) -> &Locale {
        &self.locales[0]
    }

    /// Every shipped locale.
    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    /// The shipped language most people in `country` read, if there is one
    /// (used when the browser sends no `Accept-Language`).
    pub fn for_country(&self, country: CountryCode) -> Option<&Locale> {
        let code = match country.as_str() {
            "EE" => "et",
            "FI" => "fi",
            "LV" => "lv",
            "NL" | "SR" => "nl",
            "FR" | "LU" | "MC" => "fr",
            "DE" | "AT" | "LI" => "de",
            "UA" => "uk",
            "RU" | "BY" | "KZ" | "KG" => "ru",
            _ => return None,
        };
        self.get(code)
    }

    /// The best shipped language for an `Accept-Language` header.
    pub fn negotiate(&self, accept_language: Option<&str>) -> &Locale {
        let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or(""));
        let default: LanguageIdentifier = DEFAULT_LANGUAGE.parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &self.available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| self.get(&id.to_string()))
            .unwrap_or_else(|| self.default_locale())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_language_is_chosen_from_accept_language() {
        let l = Locales::load().expect("locales load");
        assert_eq!(l.negotiate(Some("et-EE,et;q=0.9,en;q=0.5")).code(), "et");
        assert_eq!(l.negotiate(Some("de-CH")).code(), "de");
        assert_eq!(l.negotiate(Some("ja, zh;q=0.8")).code(), "en");
        assert_eq!(l.negotiate(None).code(), "en");
    }

    #[test]
    fn every_problem_has_a_message_in_every_language() {
        let l = Locales::load().expect("locales load");
        for locale in l.all() {
            for p in Problem::examples() {
                assert!(
                    locale.loader.has(p.message_id()),
                    "{} lacks {}",
                    locale.code(),
                    p.message_id()
                );
                assert!(!locale.problem(&p).is_empty());
            }
        }
    }
}
