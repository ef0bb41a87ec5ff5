//! The e-mails, rendered in the victim's language from the same Fluent
//! messages as the pages (plain text and HTML).

use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::Outgoing;
use crate::db::reports::MailFacts;
use crate::domain::CaseRef;
use crate::i18n::Locale;
use crate::routing::{Authority, Directory, place_name};

#[derive(Template)]
#[template(path = "email/receipt.txt")]
struct ReceiptText<'a> {
    l: &'a FluentLanguageLoader,
    reference: String,
    authority: Option<&'a Authority>,
    place: String,
    base_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/receipt.html")]
struct ReceiptHtml<'a> {
    l: &'a FluentLanguageLoader,
    lang: &'a str,
    subject: String,
    reference: String,
    authority: Option<&'a Authority>,
    place: String,
    base_url: &'a str,
}

/// The receipt: reference, competent authority, next steps, the warning.
pub fn receipt(
    locale: &Locale,
    facts: &MailFacts,
    directory: &Directory,
    base_url: &str,
    to: &str,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let reference =
        CaseRef::parse(&facts.reference).map_or_else(|| facts.reference.clone(), |r| r.to_string());
    let authority = facts
        .authority_id
        .as_deref()
        .and_then(|id| directory.get(id));
    let place = place_name(
        directory,
        locale,
        &facts.residence_country,
        facts.residence_region.as_deref(),
    );
    let subject = fl!(l, "email-receipt-subject", reference = reference.as_str());
    let text = ReceiptText {
        l,
        reference: reference.clone(),
        authority,
        place: place.clone(),
        base_url,
    }
    .render()?;
    let html = ReceiptHtml {
        l,
        lang: locale.code(),
        subject: subject.clone(),
        reference,
        authority,
        place,
        base_url,
    }
    .render()?;
    Ok(Outgoing {
        to: to.to_string(),
        subject,
        text,
        html,
    })
}
