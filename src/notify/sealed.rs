//! Cases for authorities that do not log in. When the directory holds an
//! authority's OpenPGP key, what goes to its intake address (each routed
//! case, its daily digest, a named cluster's notice) leaves as one
//! OpenPGP-encrypted message (RFC 3156, `multipart/encrypted`). A routed
//! case then carries the readable case in the authority's language (where
//! the service speaks it), with the victim's contact details when the
//! victim agreed to that hand-over, and the case as a MISP event and as a
//! STIX 2.1 bundle. Outside, the mail shows only its reference.

use std::sync::Arc;

use chrono::Utc;
use i18n_embed_fl::fl;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};

use super::Outgoing;
use super::openpgp::RecipientKey;
use crate::db::portal::export::Record;
use crate::export::{self, Distribution, ExportMeta, Kind, Scope, Tlp};
use crate::i18n::{Locale, Locales};
use crate::portal::cases::export::convert::export_case;
use crate::portal::cases::facts;
use crate::portal::cases::view::{self, Fact, time, unseal};
use crate::routing::{Authority, Directory};
use crate::seal::{Field, Sealer};

/// A file the encrypted message carries.
#[derive(Debug, Clone)]
pub struct File {
    pub name: &'static str,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// How a message is sealed: the key, and the files inside.
#[derive(Clone)]
pub struct Sealed {
    pub key: Arc<RecipientKey>,
    pub files: Vec<File>,
}

impl std::fmt::Debug for Sealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealed")
            .field("key", &self.key.fingerprint())
            .field("files", &self.files.len())
            .finish()
    }
}

/// The key to seal mail to `authority_id`'s intake address with, if the
/// directory holds one that is still valid. An expired key is logged (once
/// per mail) and not used: the mail then leaves as it would without a key,
/// without any victim data.
pub fn key_for(directory: &Directory, authority_id: &str) -> Option<Arc<RecipientKey>> {
    let key = directory.openpgp_key(authority_id)?;
    match key.expires() {
        Some(at) if at <= Utc::now() => {
            tracing::warn!(
                authority = authority_id,
                fingerprint = %key.fingerprint(),
                expired = %at.format("%Y-%m-%d"),
                "an authority's OpenPGP key has expired: its mail leaves unencrypted, without victim data, until the directory holds a new key"
            );
            None
        }
        _ => Some(key.clone()),
    }
}

/// The locale an authority reads: the first of its languages the service
/// has, else the default.
pub fn locale_of<'a>(locales: &'a Locales, authority: Option<&Authority>) -> &'a Locale {
    authority
        .into_iter()
        .flat_map(|a| a.languages.iter())
        .find_map(|code| locales.get(code))
        .unwrap_or_else(|| locales.default_locale())
}

/// What a routed case needs to become a sealed message.
pub struct CaseParcel<'a> {
    pub record: &'a Record,
    pub key: Arc<RecipientKey>,
    pub locale: &'a Locale,
    pub sealer: &'a Sealer,
    pub directory: &'a Directory,
    /// The authority's name as mails give it.
    pub recipient_name: &'a str,
    pub base_url: &'a str,
}

/// A routed case as one sealed message: the readable case, its MISP event
/// and its STIX bundle, with the victim's contact details if the victim
/// agreed to hand them to the authority.
pub fn routed_case(p: CaseParcel<'_>) -> anyhow::Result<Outgoing> {
    let l = &p.locale.loader;
    let head = &p.record.head;
    // The form asks for this consent; an older report may lack it.
    let with_victim = head.consent_authority;
    let reference = head.reference.to_string();
    let mut files = Vec::new();
    for (kind, name) in [
        (Kind::Misp, "case.misp.json"),
        (Kind::Stix, "case.stix.json"),
    ] {
        let meta = ExportMeta {
            title: format!("Investment fraud report {reference}"),
            generated_at: Utc::now(),
            // The receiving organisation only: the file names a victim.
            tlp: if with_victim {
                Tlp::AmberStrict
            } else {
                Tlp::Amber
            },
            distribution: Distribution::Organisation,
            scope: Scope::Case,
            service: export::service(p.base_url),
            with_victims: with_victim,
        };
        let case = export_case(
            (p.sealer, p.directory),
            p.locale,
            p.record.clone(),
            with_victim,
        );
        files.push(File {
            name,
            content_type: "application/json",
            body: export::single(kind, meta, &case)?,
        });
    }
    Ok(Outgoing {
        subject: fl!(l, "sealed-case-subject", reference = reference.as_str()),
        text: readable_case(&p, with_victim),
        html: String::new(),
        unsubscribe: None,
        sealed: Some(Sealed { key: p.key, files }),
    })
}

/// The case as a person reads it, in the authority's language.
fn readable_case(p: &CaseParcel<'_>, with_victim: bool) -> String {
    let l = &p.locale.loader;
    let head = &p.record.head;
    let reference = head.reference.to_string();
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&fl!(
        l,
        "sealed-case-intro",
        authority = p.recipient_name,
        fingerprint = p.key.fingerprint()
    ));
    // Details the victim erased are gone: the facts say when.
    match (with_victim, head.contact_erased_at) {
        (false, _) => line(&fl!(l, "sealed-case-contact-withheld")),
        (true, None) => line(&fl!(l, "sealed-case-contact-given")),
        (true, Some(_)) => {}
    }
    line("");
    line(&fl!(l, "portal-case-title", reference = reference.as_str()));
    line(&format!(
        "{}: {} UTC",
        fl!(l, "portal-case-received"),
        time(head.created_at)
    ));
    line(&format!(
        "{}/portal/cases/{}",
        p.base_url,
        head.reference.as_str()
    ));
    let mut shown = head.clone();
    if !with_victim {
        shown.contact_email = None;
        shown.contact_phone = None;
    }
    let sections = [
        (
            fl!(l, "portal-case-victim"),
            facts::contact(p.sealer, p.locale, &shown),
        ),
        (
            fl!(l, "portal-case-routing"),
            facts::routing(p.directory, p.locale, head),
        ),
        (fl!(l, "portal-case-fraud"), facts::fraud(p.locale, head)),
    ];
    for (heading, facts) in sections {
        section(&mut line, &heading, facts_lines(&facts));
    }
    let payments = view::payments(l, &p.record.payments)
        .into_iter()
        .map(|pay| {
            joined(&[
                pay.date,
                pay.amount,
                pay.crypto,
                pay.method,
                pay.destination,
                pay.tx_hash,
                pay.source,
            ])
        })
        .collect();
    section(&mut line, &fl!(l, "portal-case-payments"), payments);
    let recovery = fl!(l, "portal-case-indicator-recovery");
    let indicators = view::indicators(l, &p.record.indicators)
        .into_iter()
        .map(|i| {
            let mut text = format!("{}: {}", i.kind, i.typed);
            if i.normalised != i.typed {
                text.push_str(&format!(" ({})", i.normalised));
            }
            if i.recovery {
                text.push_str(&format!(" [{recovery}]"));
            }
            text
        })
        .collect();
    section(&mut line, &fl!(l, "portal-case-indicators"), indicators);
    let story = head
        .story
        .as_deref()
        .map(|s| unseal(p.sealer, l, Field::Story, s))
        .filter(|s| !s.trim().is_empty());
    let heading = fl!(l, "portal-case-story");
    section(&mut line, &heading, Vec::new());
    match story {
        Some(text) => text.lines().for_each(|l| line(&format!("> {l}"))),
        None => line(&fl!(l, "portal-case-none")),
    }
    line("");
    line(&fl!(l, "sealed-case-files"));
    out
}

/// The facts that have a value, as `label: value`.
fn facts_lines(facts: &[Fact]) -> Vec<String> {
    facts
        .iter()
        .filter(|f| !f.value.is_empty())
        .map(|f| format!("{}: {}", f.label, f.value))
        .collect()
}

/// The values that are not empty, joined with ` · `.
fn joined(values: &[String]) -> String {
    let present: Vec<&str> = values
        .iter()
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .collect();
    present.join(" · ")
}

/// A heading underlined, then its lines (or "none given").
fn section(line: &mut impl FnMut(&str), heading: &str, lines: Vec<String>) {
    line("");
    line(heading);
    line(&"=".repeat(heading.chars().count()));
    for l in lines {
        line(&format!("- {l}"));
    }
}

/// The MIME entity that gets encrypted: the text (with its HTML
/// alternative when there is one) and the files.
pub fn inner_entity(mail: &Outgoing, files: &[File]) -> anyhow::Result<Vec<u8>> {
    let body = if mail.html.is_empty() {
        MultiPart::mixed().singlepart(SinglePart::plain(mail.text.clone()))
    } else {
        MultiPart::mixed().multipart(MultiPart::alternative_plain_html(
            mail.text.clone(),
            mail.html.clone(),
        ))
    };
    let body = files.iter().try_fold(body, |body, f| {
        let part = Attachment::new(f.name.to_string())
            .body(f.body.clone(), ContentType::parse(f.content_type)?);
        anyhow::Ok(body.singlepart(part))
    })?;
    Ok(body.formatted())
}

/// The `multipart/encrypted` body of a sealed mail (RFC 3156 §4).
pub fn encrypted_body(mail: &Outgoing, sealed: &Sealed) -> anyhow::Result<MultiPart> {
    let inner = inner_entity(mail, &sealed.files)?;
    let armored = sealed
        .key
        .encrypt_armored(&inner)
        .map_err(|e| anyhow::anyhow!("cannot encrypt to {}: {e}", sealed.key.fingerprint()))?;
    Ok(
        MultiPart::encrypted("application/pgp-encrypted".to_string())
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::parse("application/pgp-encrypted")?)
                    .body(String::from("Version: 1\r\n")),
            )
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::parse(
                        "application/octet-stream; name=\"encrypted.asc\"",
                    )?)
                    .header(
                        lettre::message::header::ContentDisposition::inline_with_name(
                            "encrypted.asc",
                        ),
                    )
                    .body(armored),
            ),
    )
}
