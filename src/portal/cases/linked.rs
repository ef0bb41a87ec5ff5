//! The case page's "Linked reports": for each value of the case that other
//! reports share, how many they are, in how many countries, and which
//! authorities hold them with their public channel — so an officer knows
//! whom to call, without seeing anything of another authority's case.

use i18n_embed_fl::fl;

use super::view::label;
use crate::db::linkage::view::{CaseLinks, Holder, KeyState, SharedValue};
use crate::domain::CountryCode;
use crate::i18n::Locale;
use crate::web::site::Site;

/// One shared value as the page shows it.
pub struct SharedLine {
    pub kind: String,
    pub value: String,
    /// "12 other reports, in 3 countries", or why it does not link.
    pub summary: String,
    pub links: bool,
    pub holders: Vec<HolderLine>,
}

/// An authority holding other reports of a value.
pub struct HolderLine {
    pub name: String,
    /// The authority's public web page (empty for the hub).
    pub channel: String,
    pub reports: i64,
    /// "Germany 10, Austria 2".
    pub countries: String,
}

/// The lines of the case's shared values.
pub fn lines(site: &Site, locale: &Locale, links: &CaseLinks) -> Vec<SharedLine> {
    let l = &locale.loader;
    links
        .shared
        .iter()
        .map(|v: &SharedValue| {
            let summary = match v.state {
                KeyState::Links => fl!(
                    l,
                    "portal-linked-summary",
                    reports = v.others,
                    countries = v.countries()
                ),
                KeyState::TooCommon => fl!(l, "portal-linked-too-common", reports = v.others),
                KeyState::MarkedNotLinking => fl!(l, "portal-linked-marked"),
            };
            SharedLine {
                kind: label(l, "portal-case-kind-", &v.kind),
                value: v.value.clone(),
                summary,
                links: v.state == KeyState::Links,
                holders: v.holders.iter().map(|h| holder(site, locale, h)).collect(),
            }
        })
        .collect()
}

fn holder(site: &Site, locale: &Locale, h: &Holder) -> HolderLine {
    let l = &locale.loader;
    let authority = h
        .authority_id
        .as_deref()
        .and_then(|id| site.directory.get(id));
    let (name, channel) = match (authority, h.authority_id.as_deref()) {
        (Some(a), _) => {
            let channel = match a.report_url.is_empty() {
                true => a.website.clone(),
                false => a.report_url.clone(),
            };
            (a.name_local.clone(), channel)
        }
        (None, Some(id)) => (id.to_string(), String::new()),
        (None, None) => (fl!(l, "portal-case-hub"), String::new()),
    };
    let countries = h
        .countries
        .iter()
        .map(|(code, n)| {
            let country =
                CountryCode::parse(code).map_or(code.as_str(), |c| locale.country_name(c));
            format!("{country} {n}")
        })
        .collect::<Vec<_>>()
        .join(", ");
    HolderLine {
        name,
        channel,
        reports: h.reports,
        countries,
    }
}
