//! Campaign files and their preview. A coordinator writes the alert as TOML
//! (see the README), creates it, previews who gets it in which language,
//! then sends it; sending queues the mails in one transaction.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::NaiveDate;
use serde::Deserialize;

use super::messages::{self, Links};
use crate::db::DbConnection;
use crate::db::campaigns::{self, Campaign, Target, Text};
use crate::domain::CountryCode;
use crate::i18n::{DEFAULT_LANGUAGE, Locales};

/// Longest subject line accepted.
const SUBJECT_MAX: usize = 200;
/// Longest body accepted, per language.
const BODY_MAX: usize = 5000;

/// `alert.toml`, as written by a coordinator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignFile {
    pub name: String,
    /// The language for victims whose own has no text (default English).
    #[serde(default = "default_fallback")]
    pub fallback: String,
    #[serde(default)]
    pub target: TargetFile,
    /// Text per language code: `[text.de]`.
    pub text: BTreeMap<String, TextFile>,
}

fn default_fallback() -> String {
    DEFAULT_LANGUAGE.to_string()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetFile {
    #[serde(default)]
    pub countries: Vec<String>,
    pub platform: Option<String>,
    pub domain: Option<String>,
    pub reported_from: Option<NaiveDate>,
    pub reported_until: Option<NaiveDate>,
    /// A cluster of linked reports, by the number the overview shows.
    pub cluster: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    pub subject: String,
    /// Plain text; paragraphs separated by a blank line.
    pub body: String,
}

/// Reads and checks a campaign file; every problem is one sentence.
pub fn parse(
    text: &str,
    locales: &Locales,
) -> Result<(String, String, Target, Vec<Text>), Vec<String>> {
    let file: CampaignFile = toml::from_str(text).map_err(|e| vec![e.message().to_string()])?;
    let mut problems = Vec::new();
    if file.name.trim().is_empty() {
        problems.push("name must not be empty.".to_string());
    }
    for code in file.text.keys() {
        if locales.get(code).is_none() {
            problems.push(format!(
                "[text.{code}]: {code} is not a language this service ships."
            ));
        }
    }
    for (code, t) in &file.text {
        if t.subject.trim().is_empty() || t.body.trim().is_empty() {
            problems.push(format!("[text.{code}] needs a subject and a body."));
        }
        if t.subject.chars().count() > SUBJECT_MAX || t.subject.contains(['\r', '\n']) {
            problems.push(format!(
                "[text.{code}] subject must be one line of at most {SUBJECT_MAX} characters."
            ));
        }
        if t.body.chars().count() > BODY_MAX {
            problems.push(format!(
                "[text.{code}] body must be at most {BODY_MAX} characters."
            ));
        }
    }
    if !file.text.contains_key(&file.fallback) {
        problems.push(format!(
            "the fallback language {} has no [text.{}].",
            file.fallback, file.fallback
        ));
    }
    let mut countries = Vec::new();
    for c in &file.target.countries {
        match CountryCode::parse(c) {
            Some(code) => countries.push(code.as_str().to_string()),
            None => problems.push(format!("target.countries: {c} is not an ISO 3166-1 code.")),
        }
    }
    let t = &file.target;
    if let Some(domain) = &t.domain
        && crate::domain::indicator::website(domain).is_none()
    {
        problems.push(format!("target.domain: {domain} is not a website address."));
    }
    if let (Some(from), Some(until)) = (t.reported_from, t.reported_until)
        && from > until
    {
        problems.push("target.reported_from is after target.reported_until.".to_string());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let target = Target {
        countries,
        platform: nonempty(&t.platform),
        domain: nonempty(&t.domain),
        reported_from: t.reported_from,
        reported_until: t.reported_until,
        cluster: t.cluster,
    };
    let texts = file
        .text
        .into_iter()
        .map(|(locale, t)| Text {
            locale,
            subject: t.subject.trim().to_string(),
            body: t.body.trim().to_string(),
        })
        .collect();
    Ok((file.name.trim().to_string(), file.fallback, target, texts))
}

/// Who a campaign would reach, by language, and with which text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// Language code → recipients.
    pub by_language: BTreeMap<String, usize>,
    /// Languages among the recipients without their own text.
    pub missing: Vec<String>,
}

impl Reach {
    pub fn total(&self) -> usize {
        self.by_language.values().sum()
    }
}

/// Counts a campaign's recipients by language.
pub fn reach(conn: &mut DbConnection, campaign: &Campaign) -> anyhow::Result<Reach> {
    let to = campaigns::recipients(conn, &campaign.target)?;
    let mut by_language = BTreeMap::new();
    for r in &to {
        *by_language.entry(r.locale.clone()).or_insert(0) += 1;
    }
    let missing = by_language
        .keys()
        .filter(|code| !campaign.texts.iter().any(|t| &t.locale == *code))
        .cloned()
        .collect();
    Ok(Reach {
        by_language,
        missing,
    })
}

/// The preview a coordinator reads before sending: the target, the
/// recipients per language (saying where the fallback is used), and each
/// language's mail as victims will read it.
pub fn preview(
    conn: &mut DbConnection,
    campaign: &Campaign,
    locales: &Locales,
    base_url: &str,
) -> anyhow::Result<String> {
    let reach = reach(conn, campaign)?;
    let mut out = String::new();
    let t = &campaign.target;
    let or_any = |v: &Option<String>| v.clone().unwrap_or_else(|| "any".into());
    let date = |d: Option<NaiveDate>| d.map_or_else(|| "open".into(), |d| d.to_string());
    writeln!(out, "campaign {}: {}", campaign.id, campaign.name)?;
    match campaign.sent {
        Some((at, n)) => writeln!(out, "sent {at} to {n} recipients")?,
        None => writeln!(out, "not sent yet")?,
    }
    let countries = if t.countries.is_empty() {
        "all".to_string()
    } else {
        t.countries.join(", ")
    };
    writeln!(
        out,
        "target: countries {countries}; platform {}; domain {}; reported {} to {}",
        or_any(&t.platform),
        or_any(&t.domain),
        date(t.reported_from),
        date(t.reported_until)
    )?;
    writeln!(
        out,
        "recipients now (consenting, confirmed, not unsubscribed, one per address): {}",
        reach.total()
    )?;
    for (code, n) in &reach.by_language {
        if reach.missing.contains(code) {
            writeln!(
                out,
                "  {code}: {n}  NO TEXT in {code}: they get the {} text",
                campaign.fallback_locale
            )?;
        } else {
            writeln!(out, "  {code}: {n}")?;
        }
    }
    let example = Links {
        case: format!("{base_url}/…/case/…"),
        confirm: None,
        unsubscribe: Some(format!("{base_url}/…/unsubscribe/…")),
    };
    for text in &campaign.texts {
        let Some(locale) = locales.get(&text.locale) else {
            continue;
        };
        let mail = messages::campaign(
            locale,
            &text.subject,
            &text.body,
            &crate::domain::CaseRef::example(),
            base_url,
            &example,
        )?;
        writeln!(
            out,
            "\n===== {} =====\nSubject: {}\n\n{}",
            text.locale, mail.subject, mail.text
        )?;
    }
    Ok(out)
}
