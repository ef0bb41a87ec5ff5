//! The facts of a case as labelled values: how to reach the victim (their
//! contact details opened for this view only), where they live and where
//! the report went, and how the fraud began.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::view::{Fact, day, label, time, unseal};
use crate::db::portal::case::CaseHead;
use crate::i18n::{LANGUAGES, Locale};
use crate::routing::Directory;
use crate::seal::{Field, Sealer};

fn yes_no(l: &FluentLanguageLoader, value: bool) -> String {
    label(l, "answer-", if value { "yes" } else { "no" })
}

fn fact(label: String, value: String) -> Fact {
    Fact { label, value }
}

/// How to reach the victim, in which language, and what they agreed to.
pub fn contact(sealer: &Sealer, locale: &Locale, head: &CaseHead) -> Vec<Fact> {
    let l = &locale.loader;
    let open = |field, sealed: &Option<Vec<u8>>| {
        sealed
            .as_deref()
            .map(|s| unseal(sealer, l, field, s))
            .unwrap_or_default()
    };
    let mut email = open(Field::Email, &head.contact_email);
    if !email.is_empty() {
        let state = match head.email_confirmed_at {
            Some(_) => fl!(l, "portal-case-email-confirmed"),
            None => fl!(l, "portal-case-email-unconfirmed"),
        };
        email = format!("{email} ({state})");
    }
    let language = LANGUAGES
        .iter()
        .find(|lang| lang.code == head.locale)
        .map_or(head.locale.clone(), |lang| lang.autonym.to_string());
    let mut facts = vec![
        fact(fl!(l, "portal-case-email"), email),
        fact(
            fl!(l, "portal-case-phone"),
            open(Field::Phone, &head.contact_phone),
        ),
        fact(fl!(l, "portal-case-language"), language),
        fact(
            fl!(l, "portal-case-consent-authority"),
            yes_no(l, head.consent_authority),
        ),
        fact(
            fl!(l, "portal-case-consent-warnings"),
            yes_no(l, head.consent_warnings),
        ),
    ];
    if let Some(at) = head.contact_erased_at {
        facts.push(fact(fl!(l, "portal-case-erased"), time(at)));
    }
    facts
}

/// Where the victim lives, where the report came from, where it went.
pub fn routing(directory: &Directory, locale: &Locale, head: &CaseHead) -> Vec<Fact> {
    let l = &locale.loader;
    let residence = crate::routing::place_name(
        directory,
        locale,
        head.residence_country,
        head.residence_region.as_deref(),
    );
    let mut geo = [head.geo_country.as_deref(), head.geo_region.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ");
    let matches = match head.geo_matches_residence {
        Some(true) => Some(fl!(l, "portal-case-geo-matches")),
        Some(false) => Some(fl!(l, "portal-case-geo-differs")),
        None => None,
    };
    if let Some(m) = matches {
        geo = if geo.is_empty() {
            m
        } else {
            format!("{geo} ({m})")
        };
    }
    let name = |id: &str| match directory.get(id) {
        Some(a) => a.name_local.clone(),
        None if id == crate::routing::HUB_ID => fl!(l, "portal-case-hub"),
        None => id.to_string(),
    };
    let authority = head.authority_id.as_deref().map(name).unwrap_or_default();
    vec![
        fact(fl!(l, "portal-case-residence"), residence),
        fact(fl!(l, "portal-case-geo"), geo),
        fact(fl!(l, "portal-case-authority"), authority),
        fact(fl!(l, "portal-case-routed-to"), name(&head.routed_to)),
        fact(
            fl!(l, "portal-case-routing-reason"),
            head.routing_reason.clone(),
        ),
    ]
}

/// How the fraud began and what the victim answered about it.
pub fn fraud(locale: &Locale, head: &CaseHead) -> Vec<Fact> {
    let l = &locale.loader;
    let optional = |prefix: &str, value: &Option<String>| {
        value
            .as_deref()
            .map(|v| label(l, prefix, v))
            .unwrap_or_default()
    };
    let mut first = optional("channel-", &head.first_contact_channel);
    let on = day(head.first_contact_on);
    if !on.is_empty() {
        first = [first, on].join(" · ").trim_matches([' ', '·']).to_string();
    }
    vec![
        fact(fl!(l, "portal-case-first-contact"), first),
        fact(
            fl!(l, "portal-case-platform"),
            head.platform_name.clone().unwrap_or_default(),
        ),
        fact(
            fl!(l, "portal-case-remote-access"),
            optional("answer-", &head.remote_access),
        ),
        fact(
            fl!(l, "portal-case-recovery-approach"),
            optional("answer-", &head.recovery_approach),
        ),
    ]
}
