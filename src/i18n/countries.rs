//! Country names in each language, from CLDR (compiled into ICU4X), sorted
//! the way that language sorts.

use icu_collator::{Collator, options::CollatorOptions};
use icu_experimental::displaynames::{DisplayNamesOptions, multi::RegionDisplayNames};
use icu_locale_core::{Locale, subtags::Region};

use crate::domain::{CountryCode, country};

/// Every ISO 3166-1 country with its name in `language`, in that language's order.
pub fn sorted_names(language: &str) -> anyhow::Result<Vec<(CountryCode, String)>> {
    let locale: Locale = language.parse()?;
    let names = RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())?;
    let collator = Collator::try_new((&locale).into(), CollatorOptions::default())?;
    let mut list: Vec<(CountryCode, String)> = country::ALL
        .iter()
        .filter_map(|code| CountryCode::parse(code))
        .map(|code| {
            let name = Region::try_from_str(code.as_str())
                .ok()
                .and_then(|r| names.of(r))
                .unwrap_or(code.as_str());
            (code, name.to_string())
        })
        .collect();
    list.sort_by(|a, b| collator.compare(&a.1, &b.1));
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estonian_names_come_from_cldr_and_sort_estonian_style() {
        let list = sorted_names("et").expect("et data");
        assert_eq!(list.len(), 249);
        let name = |c: &str| {
            list.iter()
                .find(|(k, _)| k.as_str() == c)
                .map(|(_, n)| n.clone())
        };
        assert_eq!(name("DE").as_deref(), Some("Saksamaa"));
        // In Estonian, Z sorts between S and T: Šveits (CH) comes before Taani (DK).
        let pos = |c: &str| list.iter().position(|(k, _)| k.as_str() == c);
        assert!(pos("CH") < pos("DK"));
    }

    #[test]
    fn every_shipped_language_names_every_country() {
        for l in crate::i18n::LANGUAGES {
            let list = sorted_names(l.code).expect("data");
            let untranslated = list.iter().filter(|(c, n)| n == c.as_str()).count();
            assert_eq!(untranslated, 0, "{} has codes without names", l.code);
        }
    }
}
