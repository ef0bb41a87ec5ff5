//! The e-mails. Victims' mail is rendered in their language from the same
//! Fluent messages as the pages; authority notifications are in English and
//! hold no contact details of the victim. Every message is plain text and HTML.

use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::Outgoing;
use crate::db::cases::{CaseSummary, MailFacts};
use crate::domain::CaseRef;
use crate::i18n::Locale;
use crate::routing::{Authority, Directory, place_name};

/// How many differently worded follow-up warnings there are.
pub const FOLLOWUP_MESSAGES: usize = 5;

/// The links one message carries, each opened by a token of its own.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// The private case page.
    pub case: String,
    /// Confirms the address (receipts to unconfirmed addresses).
    pub confirm: Option<String>,
    /// Stops the warnings, and is the `List-Unsubscribe` target.
    pub unsubscribe: Option<String>,
}

/// What a receipt shows, for both of its parts.
struct ReceiptView<'a> {
    l: &'a FluentLanguageLoader,
    lang: &'a str,
    subject: String,
    reference: String,
    authority: Option<&'a Authority>,
    place: String,
    base_url: &'a str,
    confirm_url: Option<&'a str>,
    case_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/receipt.txt")]
struct ReceiptText<'a> {
    v: &'a ReceiptView<'a>,
}

#[derive(Template)]
#[template(path = "email/receipt.html")]
struct ReceiptHtml<'a> {
    v: &'a ReceiptView<'a>,
}

/// The receipt: reference, competent authority, next steps, the warning,
/// the confirmation link while the address is unconfirmed, the case link.
pub fn receipt(
    locale: &Locale,
    facts: &MailFacts,
    directory: &Directory,
    base_url: &str,
    links: &Links,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let reference = facts.reference.to_string();
    let authority = facts
        .authority_id
        .as_deref()
        .and_then(|id| directory.get(id));
    let place = place_name(
        directory,
        locale,
        facts.residence_country,
        facts.residence_region.as_deref(),
    );
    let v = ReceiptView {
        l,
        lang: locale.code(),
        subject: fl!(l, "email-receipt-subject", reference = reference.as_str()),
        reference,
        authority,
        place,
        base_url,
        confirm_url: links.confirm.as_deref(),
        case_url: &links.case,
    };
    let text = ReceiptText { v: &v }.render()?;
    let html = ReceiptHtml { v: &v }.render()?;
    Ok(Outgoing {
        subject: v.subject,
        text,
        html,
        unsubscribe: None,
        sealed: None,
    })
}

/// What a warning shows, for both of its parts.
struct WarningView<'a> {
    l: &'a FluentLanguageLoader,
    lang: &'a str,
    subject: &'a str,
    reference: &'a str,
    intro: &'a str,
    paragraphs: &'a [String],
    points: &'a [String],
    base_url: &'a str,
    case_url: &'a str,
    unsubscribe_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/warning.txt")]
struct WarningText<'a> {
    v: &'a WarningView<'a>,
}

#[derive(Template)]
#[template(path = "email/warning.html")]
struct WarningHtml<'a> {
    v: &'a WarningView<'a>,
}

/// The parts of a warning (follow-up or campaign alert).
struct Warning<'a> {
    subject: String,
    intro: String,
    paragraphs: &'a [String],
    points: &'a [String],
}

fn warning(
    locale: &Locale,
    reference: &str,
    w: Warning<'_>,
    base_url: &str,
    links: &Links,
) -> anyhow::Result<Outgoing> {
    let unsubscribe = links
        .unsubscribe
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("a warning needs its unsubscribe link"))?;
    let v = WarningView {
        l: &locale.loader,
        lang: locale.code(),
        subject: &w.subject,
        reference,
        intro: &w.intro,
        paragraphs: w.paragraphs,
        points: w.points,
        base_url,
        case_url: &links.case,
        unsubscribe_url: unsubscribe,
    };
    let text = WarningText { v: &v }.render()?;
    let html = WarningHtml { v: &v }.render()?;
    Ok(Outgoing {
        subject: w.subject,
        text,
        html,
        unsubscribe: Some(unsubscribe.to_string()),
        sealed: None,
    })
}

/// Which worded warning follow-up `step` (1-based) of `steps` uses: the
/// last one always says it is the last; the others go in order.
pub fn followup_message(step: usize, steps: usize) -> usize {
    if step >= steps {
        FOLLOWUP_MESSAGES
    } else {
        step.clamp(1, FOLLOWUP_MESSAGES - 1)
    }
}

/// Follow-up warning number `step` of `steps`.
pub fn followup(
    locale: &Locale,
    step: usize,
    steps: usize,
    reference: &CaseRef,
    base_url: &str,
    links: &Links,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let n = followup_message(step, steps);
    let reference = reference.to_string();
    let with_ref = |id: String| {
        let mut args = std::collections::HashMap::new();
        args.insert("reference", reference.clone());
        l.get_args(&id, args)
    };
    let points: Vec<String> = (1..=3)
        .map(|i| l.get(&format!("followup-{n}-point-{i}")))
        .collect();
    let w = Warning {
        subject: with_ref(format!("followup-{n}-subject")),
        intro: with_ref(format!("followup-{n}-intro")),
        paragraphs: &[],
        points: &points,
    };
    warning(locale, &reference, w, base_url, links)
}

/// A coordinator's alert, in the text written for this language.
pub fn campaign(
    locale: &Locale,
    subject: &str,
    body: &str,
    reference: &CaseRef,
    base_url: &str,
    links: &Links,
) -> anyhow::Result<Outgoing> {
    let reference = reference.to_string();
    let paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let w = Warning {
        subject: subject.to_string(),
        intro: fl!(
            locale.loader,
            "email-campaign-intro",
            reference = reference.as_str()
        ),
        paragraphs: &paragraphs,
        points: &[],
    };
    warning(locale, &reference, w, base_url, links)
}

/// What an authority notification shows, for both of its parts.
struct CaseView<'a> {
    recipient_name: &'a str,
    reference: String,
    received: String,
    country: String,
    region: Option<&'a str>,
    reason: &'a str,
    /// Quoted and capped ([`crate::domain::text::quoted_line`]).
    platform: Option<String>,
    losses: Vec<String>,
    indicators: Vec<String>,
    recovery: String,
    case_url: String,
    site_name: String,
    base_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/authority.txt")]
struct AuthorityText<'a> {
    v: &'a CaseView<'a>,
}

#[derive(Template)]
#[template(path = "email/authority.html")]
struct AuthorityHtml<'a> {
    subject: &'a str,
    v: &'a CaseView<'a>,
}

/// Longest platform name an authority mail shows.
const PLATFORM_CHARS: usize = 80;

/// The notification of a routed case to its authority (or the hub): what
/// an officer needs to triage it, and the link to the case; never the
/// victim's contact details.
pub fn authority(
    case: &CaseSummary,
    recipient_name: &str,
    english: &Locale,
    base_url: &str,
) -> anyhow::Result<Outgoing> {
    let reference = case.reference.to_string();
    let country = format!(
        "{} ({})",
        english.country_name(case.residence_country),
        case.residence_country
    );
    let losses: Vec<String> = case
        .losses
        .iter()
        .map(|(code, minor)| crate::domain::money::format_minor(*minor, code))
        .collect();
    let indicators: Vec<String> = case
        .indicators
        .iter()
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    let recovery = match case.recovery_indicators {
        0 => "none reported".to_string(),
        n => format!("reported, with {n} indicators"),
    };
    let total = match losses.as_slice() {
        [] => String::new(),
        [one] => format!(", {one}"),
        _ => ", several currencies".to_string(),
    };
    let subject = format!("New case {reference}: {country}{total}");
    let v = CaseView {
        recipient_name,
        case_url: format!("{base_url}/portal/cases/{}", case.reference.as_str()),
        reference,
        received: case.created_at.format("%Y-%m-%d %H:%M").to_string(),
        country,
        region: case.residence_region.as_deref(),
        reason: &case.routing_reason,
        // The one thing the victim typed that reaches this mail: one quoted,
        // capped line, so it cannot pose as the mail's own lines.
        platform: case
            .platform_name
            .as_deref()
            .map(|p| crate::domain::text::quoted_line(p, PLATFORM_CHARS)),
        losses,
        indicators,
        recovery,
        site_name: english.loader.get("site-name"),
        base_url,
    };
    let text = AuthorityText { v: &v }.render()?;
    let html = AuthorityHtml {
        subject: &subject,
        v: &v,
    }
    .render()?;
    Ok(Outgoing {
        subject,
        text,
        html,
        unsubscribe: None,
        sealed: None,
    })
}
