//! The queue's filters and search as the GET form sends them: read into a
//! [`Filter`] (a value that does not parse is left out), and written back
//! into the links to older cases and to the CSV, so they keep the filters.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::db::portal::queue::Filter;
use crate::domain::choice::{Answer, PaymentMethod};
use crate::domain::indicator;
use crate::domain::money::{Currency, parse_amount};
use crate::domain::{CaseRef, CaseStatus, CountryCode};

/// The form's fields, as typed (kept to fill the form in again).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Params {
    /// Search: a reference or an indicator.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub q: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub until: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub platform: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub loss: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub currency: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub recovery: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lang: String,
    /// `abroad`: only cases linked to reports from other countries.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub linked: String,
    /// A named cluster's cases (the name's id, from its notice).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// Coordinators only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub authority: String,
    /// The page's position; not part of the filters.
    #[serde(skip_serializing)]
    pub after: String,
}

/// What the search box asks for, normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub reference: Option<CaseRef>,
    /// `(kind, normalised)` for each normaliser that accepts the text.
    pub needles: Vec<(String, String)>,
}

fn some(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(some(text)?, "%Y-%m-%d").ok()
}

fn start_of(d: NaiveDate) -> Option<NaiveDateTime> {
    d.and_hms_opt(0, 0, 0)
}

impl Params {
    /// The filters as a query string (for links), without the position.
    pub fn query(&self) -> String {
        serde_urlencoded::to_string(self).unwrap_or_default()
    }

    /// The filter; `coordinator` allows the authority filter.
    pub fn filter(&self, coordinator: bool) -> Filter {
        Filter {
            authority: some(&self.authority)
                .filter(|_| coordinator)
                .map(str::to_string),
            status: some(&self.status).and_then(CaseStatus::parse),
            from: day(&self.from).and_then(start_of),
            until: day(&self.until)
                .and_then(|d| d.succ_opt())
                .and_then(start_of),
            country: some(&self.country)
                .and_then(CountryCode::parse)
                .map(|c| c.as_str().to_string()),
            region: some(&self.region).map(str::to_ascii_uppercase),
            platform: some(&self.platform)
                .map(|p| indicator::platform(p).normalised)
                .filter(|p| !p.is_empty()),
            loss: self.loss(),
            recovery: some(&self.recovery)
                .and_then(Answer::parse)
                .map(|a| a.as_str().to_string()),
            method: some(&self.method)
                .and_then(PaymentMethod::parse)
                .map(|m| m.as_str().to_string()),
            locale: some(&self.lang).map(str::to_string),
            linked_abroad: self.linked == "abroad",
            group: some(&self.group).and_then(|g| g.parse().ok()),
            found: None,
        }
    }

    fn loss(&self) -> Option<(i64, String)> {
        let currency = Currency::parse(some(&self.currency)?)?;
        let minor = parse_amount(some(&self.loss)?, currency).ok()?;
        Some((minor, currency.code().to_string()))
    }

    /// The search, if the box holds text; a phone number in national
    /// format is read as one of `region`. An account or a wallet (whose
    /// check digits make it one) is not also looked for as a platform's or
    /// a caller's name.
    pub fn search(&self, region: Option<CountryCode>) -> Option<Search> {
        let text = some(&self.q)?;
        let destination = indicator::destination(text).ok().flatten();
        let mut found = match destination {
            Some(_) => Vec::new(),
            None => vec![indicator::platform(text), indicator::alias(text)],
        };
        found.extend(indicator::phone(text, region));
        found.extend(indicator::email(text));
        found.extend(indicator::website(text));
        found.extend(destination);
        let needles = found
            .into_iter()
            .filter(|i| !i.normalised.is_empty())
            .map(|i| (i.kind.as_str().to_string(), i.normalised))
            .collect();
        Some(Search {
            reference: CaseRef::parse(text),
            needles,
        })
    }
}

impl Search {
    /// What the audit log keeps: each kind searched with a keyed hash of
    /// the normalised value (hex), never the value.
    pub fn audit_detail(&self, blind: impl Fn(&str) -> Vec<u8>) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(r) = &self.reference {
            parts.push(format!("reference:{}", hex::encode(blind(r.as_str()))));
        }
        for (kind, normalised) in &self.needles {
            parts.push(format!("{kind}:{}", hex::encode(blind(normalised))));
        }
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iban_typed_with_spaces_is_searched_compact() {
        let p = Params {
            q: " de89 3704 0044 0532 0130 00 ".into(),
            ..Params::default()
        };
        let s = p.search(None).expect("a search");
        assert_eq!(
            s.needles,
            [("iban".to_string(), "DE89370400440532013000".to_string())],
            "an account only, not a name"
        );
    }

    #[test]
    fn a_name_is_searched_as_a_platform_and_as_a_caller() {
        let p = Params {
            q: "Crypto-Trade Pro".into(),
            ..Params::default()
        };
        let s = p.search(None).expect("a search");
        assert!(
            s.needles
                .contains(&("platform".into(), "cryptotradepro".into()))
        );
        assert!(
            s.needles
                .contains(&("alias".into(), "crypto-trade pro".into()))
        );
    }

    #[test]
    fn a_national_phone_number_takes_the_authoritys_country() {
        let p = Params {
            q: "5123 4567".into(),
            ..Params::default()
        };
        let s = p.search(CountryCode::parse("EE")).expect("a search");
        assert!(s.needles.contains(&("phone".into(), "+37251234567".into())));
    }

    #[test]
    fn the_query_string_keeps_the_filters_but_not_the_position() {
        let p = Params {
            status: "new".into(),
            after: "x".into(),
            ..Params::default()
        };
        assert!(p.query().contains("status=new"));
        assert!(!p.query().contains("after"));
        assert_eq!(Params::default().query(), "");
    }
}
