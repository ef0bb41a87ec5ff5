//! Routing: every report goes to exactly one place, with a reason a person
//! can read. Competence is the victim's country of residence, then the region
//! for the countries that route by region. A report whose competent authority
//! is unknown, or has no intake address configured, goes to the deployment's
//! coordination hub.

pub mod directory;

pub use directory::{Authority, Directory, Region};

use crate::domain::CountryCode;
use crate::i18n::Locale;

/// The id stored when a report is delivered to the coordination hub.
pub const HUB_ID: &str = "hub";

/// Where one report goes, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The competent authority (shown to the victim), if the directory has one.
    pub authority_id: Option<String>,
    /// Who receives the case: the authority's id, or [`HUB_ID`].
    pub delivered_to: String,
    /// E.g. "residence DE-HE → Polizei Hessen – Onlinewache".
    pub reason: String,
}

/// "Hessen, Deutschland": the region's own name and the country's name in
/// the language of `locale`.
pub fn place_name(
    directory: &Directory,
    locale: &Locale,
    country: CountryCode,
    region: Option<&str>,
) -> String {
    let country_name = locale.country_name(country);
    let region_name = region.and_then(|code| {
        let regions = directory.regions_of(country.as_str())?;
        regions
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.name_local.as_str())
    });
    match region_name {
        Some(r) => format!("{r}, {country_name}"),
        None => country_name.to_string(),
    }
}

/// Decides where a report from `country` (and `region`) goes. Pure: the same
/// directory and residence always give the same decision.
pub fn route(directory: &Directory, country: CountryCode, region: Option<&str>) -> Decision {
    let region = region.filter(|r| r.starts_with(&format!("{}-", country.as_str())));
    let Some(authority) = directory.routing_authority(country.as_str(), region) else {
        return Decision {
            authority_id: None,
            delivered_to: HUB_ID.into(),
            reason: format!("no authority for {country} → coordination hub"),
        };
    };
    let place = match region {
        Some(r) if authority.regions.iter().any(|a| a == r) => r.to_string(),
        Some(r) => format!("{r} (no regional authority, national one)"),
        None => country.to_string(),
    };
    let mut reason = format!("residence {place} → {}", authority.name_local);
    let delivered_to = if authority.intake_email.is_empty() {
        reason.push_str("; it has no intake address configured → coordination hub");
        HUB_ID.to_string()
    } else {
        authority.id.clone()
    };
    Decision {
        authority_id: Some(authority.id.clone()),
        delivered_to,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::country;

    fn directory() -> Directory {
        Directory::load(None).expect("the built-in directory is valid")
    }

    #[test]
    fn every_iso_country_routes_somewhere_with_a_reason() {
        let d = directory();
        for code in country::ALL {
            let c = CountryCode::parse(code).expect("assigned");
            let decision = route(&d, c, None);
            assert!(!decision.reason.is_empty());
            assert!(decision.delivered_to == HUB_ID || d.get(&decision.delivered_to).is_some());
        }
    }

    #[test]
    fn every_region_of_a_region_routed_country_reaches_an_authority_of_that_country() {
        let d = directory();
        for rc in d.region_countries() {
            let c = CountryCode::parse(&rc.country).expect("assigned");
            for region in &rc.regions {
                let decision = route(&d, c, Some(&region.code));
                let id = decision.authority_id.expect("an authority");
                assert_eq!(
                    d.get(&id).map(|a| a.country.as_str()),
                    Some(rc.country.as_str()),
                    "{}",
                    region.code
                );
            }
        }
    }

    #[test]
    fn a_german_report_goes_to_the_land_of_residence() {
        let d = directory();
        let de = CountryCode::parse("DE").expect("DE");
        let decision = route(&d, de, Some("DE-HE"));
        let authority = d
            .get(decision.authority_id.as_deref().expect("authority"))
            .expect("known");
        assert_eq!(authority.regions, ["DE-HE"]);
        assert!(
            decision.reason.starts_with("residence DE-HE → "),
            "{}",
            decision.reason
        );
        let national = route(&d, de, None);
        assert_ne!(national.authority_id, decision.authority_id);
    }

    #[test]
    fn scotland_is_routed_apart_from_the_rest_of_the_united_kingdom() {
        let d = directory();
        let gb = CountryCode::parse("GB").expect("GB");
        assert_ne!(
            route(&d, gb, Some("GB-SCT")).authority_id,
            route(&d, gb, Some("GB-ENG")).authority_id
        );
    }

    #[test]
    fn without_an_intake_address_the_case_goes_to_the_hub_and_the_reason_says_so() {
        let d = directory();
        let decision = route(&d, CountryCode::parse("EE").expect("EE"), None);
        assert!(decision.authority_id.is_some());
        assert_eq!(decision.delivered_to, HUB_ID);
        assert!(decision.reason.contains("coordination hub"));
    }

    #[test]
    fn a_deployment_file_gives_an_authority_its_intake_address_and_adds_new_ones() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("ours.toml");
        let builtin = directory();
        let mut ee = builtin.get("ee-ppa").expect("built-in EE").clone();
        ee.intake_email = "cases@politsei.example".into();
        let mut xk = ee.clone();
        xk.id = "xk-test".into();
        xk.country = "KY".into();
        let file = format!("{}\n{}", entry(&ee), entry(&xk));
        std::fs::write(&path, file).expect("write");
        let d = Directory::load(Some(&path)).expect("loads");
        let ee_decision = route(&d, CountryCode::parse("EE").expect("EE"), None);
        assert_eq!(ee_decision.delivered_to, "ee-ppa");
        assert!(!ee_decision.reason.contains("hub"));
        let ky = route(&d, CountryCode::parse("KY").expect("KY"), None);
        assert_eq!(ky.authority_id.as_deref(), Some("xk-test"));
        assert_eq!(d.authorities().len(), builtin.authorities().len() + 1);
    }

    /// An authority as a `[[authority]]` TOML table.
    fn entry(a: &Authority) -> String {
        let list = |v: &[String]| {
            format!(
                "[{}]",
                v.iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        format!(
            "[[authority]]\nid = {:?}\ncountry = {:?}\nregions = {}\nroutes = {}\nname_local = {:?}\nname_en = {:?}\n\
             website = {:?}\nreport_url = {:?}\nreport_how = {:?}\nphone = {:?}\nlanguages = {}\nconfidence = {:?}\n\
             checked = {:?}\nsources = {}\nintake_email = {:?}\n",
            a.id,
            a.country,
            list(&a.regions),
            a.routes,
            a.name_local,
            a.name_en,
            a.website,
            a.report_url,
            a.report_how,
            a.phone,
            list(&a.languages),
            a.confidence,
            a.checked,
            list(&a.sources),
            a.intake_email
        )
    }

    #[test]
    fn a_region_of_another_country_is_ignored() {
        let d = directory();
        let at = CountryCode::parse("AT").expect("AT");
        assert_eq!(route(&d, at, Some("DE-HE")), route(&d, at, None));
    }
}
