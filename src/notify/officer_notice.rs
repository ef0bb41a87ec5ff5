//! Mail to officers in their account's language: the notice of a case
//! routed or handed on to their authority, and the daily digest of new
//! cases. Each names cases by reference and links to the portal, where
//! they sign in to read them; neither carries anything the victim wrote.

use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::Outgoing;
use crate::db::portal::notices::Digest;
use crate::domain::CaseRef;
use crate::i18n::Locale;

/// One case in a mail: its reference, when it came in, the victim's
/// country, and its page in the portal.
struct Line {
    reference: String,
    received: String,
    country: String,
    url: String,
}

/// Earlier cases that new reports linked to (a digest only): a sentence
/// and the cases named.
struct LinkLine {
    text: String,
    cases: Vec<(String, String)>,
}

/// What the mail shows, for both of its parts.
struct NoticeView<'a> {
    l: &'a FluentLanguageLoader,
    lang: &'a str,
    subject: String,
    /// The opening sentence.
    intro: String,
    /// Whether the case came from another authority or the hub.
    handed_on: bool,
    lines: Vec<Line>,
    /// Cases in the window beyond those listed.
    more: usize,
    links: Vec<LinkLine>,
    /// A page to open, with its label (a named cluster's cases).
    open: Option<(String, String)>,
    queue_url: String,
    base_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/officer_notice.txt")]
struct NoticeText<'a> {
    v: &'a NoticeView<'a>,
}

#[derive(Template)]
#[template(path = "email/officer_notice.html")]
struct NoticeHtml<'a> {
    v: &'a NoticeView<'a>,
}

fn case_url(base_url: &str, reference: &CaseRef) -> String {
    format!("{base_url}/portal/cases/{}", reference.as_str())
}

fn render(v: NoticeView) -> anyhow::Result<Outgoing> {
    let text = NoticeText { v: &v }.render()?;
    let html = NoticeHtml { v: &v }.render()?;
    Ok(Outgoing {
        subject: v.subject,
        text,
        html,
        unsubscribe: None,
        sealed: None,
    })
}

/// The notice of one case (`handed_on`: re-routed to `authority`).
pub fn notice(
    locale: &Locale,
    authority: &str,
    reference: &CaseRef,
    handed_on: bool,
    base_url: &str,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let shown = reference.to_string();
    render(NoticeView {
        l,
        lang: locale.code(),
        subject: fl!(
            l,
            "email-notice-subject",
            authority = authority,
            reference = shown.as_str()
        ),
        intro: fl!(l, "email-notice-intro", authority = authority),
        handed_on,
        lines: vec![Line {
            reference: shown,
            received: String::new(),
            country: String::new(),
            url: case_url(base_url, reference),
        }],
        more: 0,
        links: Vec::new(),
        open: None,
        queue_url: format!("{base_url}/portal/cases"),
        base_url,
    })
}

/// The daily digest of `authority`'s new cases.
pub fn digest(
    locale: &Locale,
    authority: &str,
    digest: &Digest,
    base_url: &str,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let count = i64::try_from(digest.total).unwrap_or(i64::MAX);
    let lines = digest
        .cases
        .iter()
        .map(|(reference, received, country)| Line {
            reference: reference.to_string(),
            received: received.format("%Y-%m-%d %H:%M").to_string(),
            country: locale.country_name(*country).to_string(),
            url: case_url(base_url, reference),
        })
        .collect::<Vec<_>>();
    render(NoticeView {
        l,
        lang: locale.code(),
        subject: fl!(
            l,
            "email-digest-subject",
            authority = authority,
            count = count
        ),
        intro: fl!(
            l,
            "email-digest-intro",
            authority = authority,
            count = count,
            since = digest.since.format("%Y-%m-%d %H:%M").to_string()
        ),
        handed_on: false,
        more: digest.total.saturating_sub(lines.len()),
        links: digest
            .links
            .iter()
            .map(|k| LinkLine {
                text: fl!(
                    l,
                    "email-digest-link",
                    new = k.new_reports,
                    countries = k.countries,
                    cases = k.cases
                ),
                cases: k
                    .examples
                    .iter()
                    .map(|r| (r.to_string(), case_url(base_url, r)))
                    .collect(),
            })
            .collect(),
        open: None,
        lines,
        queue_url: format!("{base_url}/portal/cases"),
        base_url,
    })
}

/// The notice of a cluster a coordinator named: what it holds, how many of
/// its reports are the authority's, and the queue of those.
pub fn cluster_named(
    locale: &Locale,
    authority: &str,
    notice: &crate::db::portal::named::Notice,
    base_url: &str,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    render(NoticeView {
        l,
        lang: locale.code(),
        subject: fl!(l, "email-named-subject", name = notice.name.clone()),
        intro: fl!(
            l,
            "email-named-intro",
            name = notice.name.clone(),
            victims = notice.victims,
            countries = notice.countries,
            reports = notice.reports,
            authority = authority
        ),
        handed_on: false,
        lines: Vec::new(),
        more: 0,
        links: Vec::new(),
        open: Some((
            fl!(l, "email-named-open"),
            format!("{base_url}/portal/cases?group={}", notice.name_id),
        )),
        queue_url: format!("{base_url}/portal/cases"),
        base_url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CountryCode;
    use crate::i18n::Locales;
    use chrono::NaiveDate;

    #[test]
    fn a_notice_names_the_case_and_links_to_the_portal_in_the_accounts_language() {
        let locales = Locales::load().expect("locales");
        let et = locales.get("et").expect("et");
        let reference = CaseRef::example();
        let mail = notice(
            et,
            "Politsei- ja Piirivalveamet",
            &reference,
            true,
            "https://r.example",
        )
        .expect("renders");
        assert!(mail.subject.contains(&reference.to_string()));
        assert!(mail.subject.contains("Politsei- ja Piirivalveamet"));
        let url = format!("https://r.example/portal/cases/{}", reference.as_str());
        assert!(mail.text.contains(&url) && mail.html.contains(&url));
        assert!(mail.text.contains(&et.loader.get("email-notice-handed-on")));
        assert_ne!(
            et.loader.get("email-notice-handed-on"),
            locales
                .default_locale()
                .loader
                .get("email-notice-handed-on"),
            "in Estonian, not English"
        );
    }

    #[test]
    fn a_digest_lists_its_newest_cases_and_counts_the_rest() {
        let locales = Locales::load().expect("locales");
        let de = locales.get("de").expect("de");
        let at = NaiveDate::from_ymd_opt(2026, 11, 30)
            .and_then(|d| d.and_hms_opt(9, 5, 0))
            .expect("a time");
        let reference = CaseRef::example();
        let listed = Digest {
            authority_id: Some("de-bka".into()),
            since: at - chrono::Duration::days(1),
            until: at,
            cases: vec![(reference.clone(), at, CountryCode::parse("EE").expect("EE"))],
            total: 7,
            links: Vec::new(),
        };
        let mail = digest(de, "BKA", &listed, "https://r.example").expect("renders");
        assert!(mail.subject.contains('7'), "{}", mail.subject);
        assert!(mail.text.contains(&reference.to_string()));
        assert!(mail.text.contains("2026-11-30 09:05"));
        assert!(mail.text.contains("Estland"), "the country in German");
        assert!(
            mail.text.contains("https://r.example/portal/cases\n"),
            "the queue for the 6 more"
        );
        assert!(
            mail.html
                .contains(&format!("/portal/cases/{}", reference.as_str()))
        );
    }
}
