//! The public pages' view models: what each template shows, already
//! translated. Templates escape everything they print.

use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::form::{RawForm, STORY_MAX, payment_field};
use super::validate::FieldErrors;
use crate::domain::CountryCode;
use crate::domain::choice::{Answer, Channel, PaymentMethod};
use crate::domain::crypto::Asset;
use crate::domain::wallet::Chain;
use crate::i18n::Locale;
use crate::routing::{Authority, Directory};
use crate::web::page::Page;

/// Currencies suggested first in the currency field (any ISO 4217 code is accepted).
const SUGGESTED_CURRENCIES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "PLN", "CZK", "SEK", "NOK", "DKK", "HUF", "RON", "BGN", "UAH",
    "MDL", "GEL", "RSD", "TRY", "ILS", "CAD", "AUD", "NZD", "JPY", "KRW", "SGD", "ZAR", "BRL",
    "INR", "AED",
];

/// `GET /{lang}/`.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage<'a> {
    pub l: &'a FluentLanguageLoader,
    pub page: Page<'a>,
}

/// `GET /{lang}/case/{secret}`: the receipt, which is also the private
/// case page: address status, warning preferences, recovery approaches.
#[derive(Template)]
#[template(path = "receipt.html")]
pub struct ReceiptPage<'a> {
    pub l: &'a FluentLanguageLoader,
    pub page: Page<'a>,
    /// Grouped for reading aloud.
    pub reference: String,
    pub private_link: String,
    pub has_email: bool,
    /// The competent authority; `None` when the hub passes the case on.
    pub authority: Option<&'a Authority>,
    /// Where the victim lives, named for this page ("Hessen, Deutschland").
    pub place: String,
    /// The authority is the one of the victim's residence (not one an
    /// officer re-routed the case to).
    pub by_residence: bool,
    /// What was just saved ("Your choice is saved.").
    pub notice: Option<String>,
    /// Where the address stands, as a sentence (none without an address).
    pub email_status: Option<String>,
    /// Warnings can be switched (an address that is not stopped).
    pub show_preferences: bool,
    pub warnings_on: bool,
    /// Form targets: this page's path plus `/preferences` or `/approach`.
    pub preferences_action: String,
    pub approach_action: String,
    /// Erasing the contact details and story: the form's target, or, once
    /// done, the sentence that says so.
    pub erase_action: String,
    pub erased: bool,
    /// What authorities wrote to the victim (also e-mailed), so that a
    /// "police" message can be checked here.
    pub messages: Vec<AuthorityMessage>,
    /// The recovery-approach form, as typed, with its problems.
    pub approach: Vec<TextArea>,
    pub approach_invalid: bool,
}

/// A message from an authority on the victim's case page.
pub struct AuthorityMessage {
    /// When it was written (UTC).
    pub date: String,
    /// The authority's name (or the coordination team's).
    pub from: String,
    /// The text, line by line (printed escaped).
    pub lines: Vec<String>,
}

/// A page that asks for one deliberate press of a button before it acts
/// (confirming an address, stopping warnings): mail scanners open links,
/// they do not press buttons.
#[derive(Template)]
#[template(path = "action.html")]
pub struct ActionPage<'a> {
    pub l: &'a FluentLanguageLoader,
    pub page: Page<'a>,
    pub title: String,
    pub text: String,
    pub button: String,
    pub action: String,
    /// Sent along so that the page's own button is an RFC 8058 one-click
    /// request too.
    pub one_click: bool,
}

/// The three lists of the recovery-approach form, as typed.
pub fn approach_fields(locale: &Locale, values: [&str; 3], errors: &FieldErrors) -> Vec<TextArea> {
    let l = &locale.loader;
    [
        ("websites", "field-websites"),
        ("scam_phones", "field-scam-phones"),
        ("scam_emails", "field-scam-emails"),
    ]
    .into_iter()
    .zip(values)
    .map(|((name, id), value)| TextArea {
        name,
        label: l.get(id),
        help: l.get(&format!("{id}-help")),
        value: value.to_string(),
        error: errors.get(name).map(|p| locale.problem(p)),
        rows: 3,
    })
    .collect()
}

/// The report form, fresh or coming back with problems.
#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage<'a> {
    pub l: &'a FluentLanguageLoader,
    pub page: Page<'a>,
    pub form: &'a RawForm,
    pub errors: &'a FieldErrors,
    /// A message above the form (expired form, too many reports).
    pub notice: Option<String>,
    pub csrf_token: String,
    pub submission_id: String,
    pub rows: Vec<PaymentRow>,
    pub currencies: &'static [&'static str],
    pub story_max: usize,
    /// The latest date the date fields accept.
    pub today: String,
    /// The regions of every country that routes by region.
    pub region_groups: Vec<RegionGroup>,
    /// Ask for the region now (the chosen country routes by region).
    pub show_region: bool,
}

/// The regions of one country, as an `<optgroup>`.
pub struct RegionGroup {
    pub country: String,
    pub label: String,
    /// The group of the chosen country (the others stay disabled).
    pub active: bool,
    pub options: Vec<RegionOption>,
}

/// One region.
pub struct RegionOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The region lists of the form, the chosen country's group active.
pub fn region_groups(directory: &Directory, locale: &Locale, form: &RawForm) -> Vec<RegionGroup> {
    directory
        .region_countries()
        .iter()
        .map(|rc| RegionGroup {
            country: rc.country.clone(),
            label: CountryCode::parse(&rc.country).map_or_else(
                || rc.country.clone(),
                |c| locale.country_name(c).to_string(),
            ),
            active: form.residence_country.eq_ignore_ascii_case(&rc.country),
            options: rc
                .regions
                .iter()
                .map(|r| RegionOption {
                    value: r.code.clone(),
                    label: r.name_local.clone(),
                    selected: form.residence_region == r.code,
                })
                .collect(),
        })
        .collect()
}

/// One entry of the error summary.
pub struct SummaryItem {
    pub anchor: String,
    pub label: String,
    pub message: String,
}

/// One option of a select or radio group.
pub struct Opt {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

/// A one-per-line list field.
pub struct TextArea {
    pub name: &'static str,
    pub label: String,
    pub help: String,
    pub value: String,
    pub error: Option<String>,
    pub rows: u8,
}

/// A yes / no / not sure question.
pub struct AnswerGroup {
    pub options: Vec<Opt>,
    pub error: Option<String>,
}

/// One payment row.
pub struct PaymentRow {
    pub index: usize,
    pub legend: String,
    pub fields: Vec<PaymentField>,
}

/// One field of a payment row.
pub struct PaymentField {
    pub name: String,
    pub label: String,
    pub help: Option<String>,
    pub value: String,
    pub error: Option<String>,
    /// `text`, `date` or `select`.
    pub kind: &'static str,
    pub options: Vec<Opt>,
    pub list: Option<&'static str>,
    pub short: bool,
    pub numeric: bool,
}

/// The message ids labelling the non-payment fields (for the error summary).
pub const FIELD_LABELS: &[(&str, &str)] = &[
    ("contact_email", "field-contact-email"),
    ("contact_phone", "field-contact-phone"),
    ("residence_country", "field-residence"),
    ("first_contact_channel", "field-channel"),
    ("first_contact_date", "field-first-contact-date"),
    ("platform_name", "field-platform"),
    ("websites", "field-websites"),
    ("caller_names", "field-caller-names"),
    ("scam_phones", "field-scam-phones"),
    ("scam_emails", "field-scam-emails"),
    ("remote_access", "field-remote-access"),
    ("recovery_approach", "field-recovery-approach"),
    ("story", "field-story"),
    ("consent_authority", "field-consent-authority"),
    ("homepage", "honeypot-label"),
];

/// The message ids labelling payment fields.
pub const PAYMENT_LABELS: &[(&str, &str)] = &[
    ("date", "field-payment-date"),
    ("amount", "field-payment-amount"),
    ("currency", "field-payment-currency"),
    ("crypto-amount", "field-payment-crypto-amount"),
    ("asset", "field-payment-asset"),
    ("method", "field-payment-method"),
    ("destination", "field-payment-destination"),
    ("network", "field-payment-network"),
    ("tx-hash", "field-payment-tx-hash"),
    ("source", "field-payment-source"),
];

impl<'a> FormPage<'a> {
    /// Builds the page for a form as typed (empty on first display).
    pub fn new(
        l: &'a FluentLanguageLoader,
        page: Page<'a>,
        form: &'a RawForm,
        errors: &'a FieldErrors,
        csrf_token: String,
        submission_id: String,
        today: chrono::NaiveDate,
    ) -> FormPage<'a> {
        let rows = payment_rows(page.locale, form, errors);
        FormPage {
            l,
            page,
            form,
            errors,
            notice: None,
            csrf_token,
            submission_id,
            rows,
            currencies: SUGGESTED_CURRENCIES,
            story_max: STORY_MAX,
            today: today.format("%Y-%m-%d").to_string(),
            region_groups: Vec::new(),
            show_region: false,
        }
    }

    fn err(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|p| self.page.locale.problem(p))
    }

    fn invalid(&self, field: &str) -> bool {
        self.errors.get(field).is_some()
    }

    fn summary(&self) -> Vec<SummaryItem> {
        self.errors
            .iter()
            .map(|(field, problem)| SummaryItem {
                anchor: field.to_string(),
                label: label_of(self.l, field),
                message: self.page.locale.problem(problem),
            })
            .collect()
    }

    fn channels(&self) -> Vec<Opt> {
        Channel::ALL
            .iter()
            .map(|c| Opt {
                value: c.as_str(),
                label: self.l.get(&format!("channel-{}", c.as_str())),
                selected: self.form.first_contact_channel == c.as_str(),
            })
            .collect()
    }

    fn answers(&self, field: &str) -> AnswerGroup {
        let chosen = if field == "remote_access" {
            &self.form.remote_access
        } else {
            &self.form.recovery_approach
        };
        AnswerGroup {
            options: Answer::ALL
                .iter()
                .map(|a| Opt {
                    value: a.as_str(),
                    label: self.l.get(&format!("answer-{}", a.as_str())),
                    selected: chosen == a.as_str(),
                })
                .collect(),
            error: self.err(field),
        }
    }

    fn textareas(&self) -> Vec<TextArea> {
        [
            ("websites", "field-websites", &self.form.websites, 3),
            (
                "caller_names",
                "field-caller-names",
                &self.form.caller_names,
                2,
            ),
            (
                "scam_phones",
                "field-scam-phones",
                &self.form.scam_phones,
                3,
            ),
            (
                "scam_emails",
                "field-scam-emails",
                &self.form.scam_emails,
                3,
            ),
        ]
        .into_iter()
        .map(|(name, id, value, rows)| TextArea {
            name,
            label: self.l.get(id),
            help: self.l.get(&format!("{id}-help")),
            value: value.clone(),
            error: self.err(name),
            rows,
        })
        .collect()
    }
}

/// A field's label, for the error summary (`Payment 2: Amount` for payments).
fn label_of(l: &FluentLanguageLoader, field: &str) -> String {
    if let Some((index, name)) = field
        .strip_prefix("payment-")
        .and_then(|r| r.split_once('-'))
    {
        let number = index.parse::<usize>().unwrap_or(0) + 1;
        let row = fl!(l, "payment-legend", number = number);
        let id = PAYMENT_LABELS
            .iter()
            .find(|(f, _)| *f == name)
            .map_or("field-payment-amount", |(_, id)| id);
        return format!("{row}: {}", l.get(id));
    }
    FIELD_LABELS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or_else(|| field.to_string(), |(_, id)| l.get(id))
}

fn payment_rows(locale: &Locale, form: &RawForm, errors: &FieldErrors) -> Vec<PaymentRow> {
    let l = &locale.loader;
    form.payment_rows()
        .into_iter()
        .enumerate()
        .map(|(index, p)| {
            let field = |name: &'static str, value: &str, kind: &'static str| {
                let full = payment_field(index, name);
                let help_id = format!("field-payment-{name}-help");
                PaymentField {
                    error: errors.get(&full).map(|e| locale.problem(e)),
                    name: full,
                    label: l.get(&format!("field-payment-{name}")),
                    help: l.has(&help_id).then(|| l.get(&help_id)),
                    value: value.to_string(),
                    kind,
                    options: Vec::new(),
                    list: (name == "currency").then_some("currencies"),
                    short: matches!(name, "amount" | "currency" | "crypto-amount"),
                    numeric: matches!(name, "amount" | "crypto-amount"),
                }
            };
            let select = |name: &'static str, options: Vec<Opt>| {
                let mut f = field(name, "", "select");
                f.options = options;
                f
            };
            let method = select(
                "method",
                PaymentMethod::ALL
                    .iter()
                    .map(|m| Opt {
                        value: m.as_str(),
                        label: l.get(&format!("method-{}", m.as_str())),
                        selected: p.method == m.as_str(),
                    })
                    .collect(),
            );
            let asset = select(
                "asset",
                Asset::ALL
                    .iter()
                    .map(|a| Opt {
                        value: a.code(),
                        label: a.code().to_string(),
                        selected: p.asset.eq_ignore_ascii_case(a.code()),
                    })
                    .collect(),
            );
            let network = select(
                "network",
                Chain::ALL
                    .iter()
                    .map(|c| Opt {
                        value: c.as_str(),
                        label: c.name().to_string(),
                        selected: p.network == c.as_str(),
                    })
                    .collect(),
            );
            let number = index + 1;
            PaymentRow {
                index,
                legend: fl!(l, "payment-legend", number = number),
                fields: vec![
                    field("date", &p.date, "date"),
                    field("amount", &p.amount, "text"),
                    field("currency", &p.currency, "text"),
                    field("crypto-amount", &p.crypto_amount, "text"),
                    asset,
                    method,
                    field("destination", &p.destination, "text"),
                    network,
                    field("tx-hash", &p.tx_hash, "text"),
                    field("source", &p.source, "text"),
                ],
            }
        })
        .collect()
}
