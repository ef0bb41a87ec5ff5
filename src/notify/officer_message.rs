//! The e-mail that carries an officer's message to a victim, framed in the
//! victim's language: who writes (the authority's name), about which case
//! (the reference), the message quoted as plain text, where to check that
//! it is genuine (the private case page, which it never links: a forwarded
//! mail must not open the case), and the recovery-scam warning.

use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::Outgoing;
use crate::domain::CaseRef;
use crate::i18n::Locale;

/// What the message shows, for both of its parts.
struct MessageView<'a> {
    l: &'a FluentLanguageLoader,
    lang: &'a str,
    subject: String,
    reference: String,
    authority: &'a str,
    /// The officer's text, line by line (empty lines kept).
    lines: Vec<&'a str>,
    base_url: &'a str,
}

#[derive(Template)]
#[template(path = "email/officer_message.txt")]
struct MessageText<'a> {
    v: &'a MessageView<'a>,
}

#[derive(Template)]
#[template(path = "email/officer_message.html")]
struct MessageHtml<'a> {
    v: &'a MessageView<'a>,
}

/// An officer's message (`text`, already cleaned when it was stored) from
/// `authority` about the case `reference`.
pub fn officer_message(
    locale: &Locale,
    authority: &str,
    reference: &CaseRef,
    text: &str,
    base_url: &str,
) -> anyhow::Result<Outgoing> {
    let l = &locale.loader;
    let reference = reference.to_string();
    let v = MessageView {
        l,
        lang: locale.code(),
        subject: fl!(
            l,
            "email-message-subject",
            authority = authority,
            reference = reference.as_str()
        ),
        reference,
        authority,
        lines: text.lines().collect(),
        base_url,
    };
    let plain = MessageText { v: &v }.render()?;
    let html = MessageHtml { v: &v }.render()?;
    Ok(Outgoing {
        subject: v.subject,
        text: plain,
        html,
        unsubscribe: None,
        sealed: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;

    #[test]
    fn the_message_is_quoted_plain_text_with_the_reference_and_the_warning() {
        let locales = Locales::load().expect("locales");
        let locale = locales.get("de").expect("de");
        let reference = CaseRef::example();
        let text = "Bitte rufen Sie an: <a href=\"x\">hier</a>\n\nDanke";
        let mail = officer_message(
            locale,
            "Polizei Hessen",
            &reference,
            text,
            "https://r.example",
        )
        .expect("renders");
        assert!(mail.subject.contains("Polizei Hessen"));
        assert!(mail.subject.contains(&reference.to_string()));
        assert!(
            mail.text
                .contains("> Bitte rufen Sie an: <a href=\"x\">hier</a>\n> \n> Danke")
        );
        assert!(mail.text.contains(&locale.loader.get("warning-no-fee")));
        assert!(
            !mail.html.contains("<a href=\"x\">"),
            "never HTML from the officer"
        );
        assert!(!mail.text.contains("/case/") && !mail.html.contains("/case/"));
        assert!(mail.unsubscribe.is_none());
    }
}
