//! The rules that keep the service from spamming, decided for each leased
//! row before it is sent: authority mail always goes; nothing goes to an
//! address that asked for no more; an unconfirmed address gets its first
//! receipt only; warnings need confirmation and consent, an officer's
//! message a confirmed address; the daily limit.

use crate::db::cases::MailFacts;
use crate::db::outbox::Leased;
use crate::domain::MailKind;

/// What the worker decided about a leased row before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Gate {
    Send,
    /// Never to be sent, and why.
    Withdraw(&'static str),
    /// The recipient reached the daily limit.
    Defer,
}

/// Victim mails already sent to an address, and whether its owner ever
/// confirmed it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct History {
    pub today: i64,
    pub ever: i64,
    pub confirmed: bool,
}

/// The rules, in order: authority mail always goes; a victim's mail never
/// goes to an address that asked for no more; an unconfirmed address gets
/// its first receipt and nothing else; warnings need a confirmed address and
/// consent; and no address gets more than the daily limit.
pub(super) fn gate(
    row: &Leased,
    facts: Option<&MailFacts>,
    stopped: bool,
    sent: History,
    daily_limit: u32,
) -> Gate {
    if !row.kind.to_victim() {
        return Gate::Send;
    }
    let Some(facts) = facts else {
        return Gate::Withdraw("its report is gone");
    };
    if stopped {
        return Gate::Withdraw("the recipient asked for no more e-mails");
    }
    let confirmed = facts.email_confirmed_at.is_some();
    if row.kind == MailKind::Receipt && !confirmed && !sent.confirmed && sent.ever > 0 {
        return Gate::Withdraw("the address is not confirmed and had its first receipt");
    }
    if row.kind != MailKind::Receipt {
        if !confirmed {
            return Gate::Withdraw("the address is not confirmed");
        }
        // An officer's message is no warning: switching warnings off does
        // not stop it (unsubscribing does).
        if !facts.consent_warnings && row.kind != MailKind::OfficerMessage {
            return Gate::Withdraw("the victim switched warnings off");
        }
    }
    if daily_limit > 0 && sent.today >= i64::from(daily_limit) {
        return Gate::Defer;
    }
    Gate::Send
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn row(kind: &str) -> Leased {
        Leased {
            id: 1,
            report_id: Some(7),
            kind: MailKind::parse(kind).expect("a mail kind"),
            locale: "en".into(),
            recipient: b"sealed".to_vec(),
            campaign_id: None,
            account_id: None,
            event_id: None,
            digest_id: None,
            cluster_notice_id: None,
            attempts: 1,
        }
    }

    fn facts(confirmed: bool, consent: bool) -> MailFacts {
        MailFacts {
            id: 7,
            reference: crate::domain::CaseRef::example(),
            residence_country: crate::domain::CountryCode::parse("EE").expect("EE"),
            residence_region: None,
            authority_id: None,
            email_confirmed_at: confirmed.then(|| Utc::now().naive_utc()),
            consent_warnings: consent,
        }
    }

    fn sent(today: i64, ever: i64) -> History {
        History {
            today,
            ever,
            confirmed: false,
        }
    }

    #[test]
    fn an_unconfirmed_address_gets_its_first_receipt_and_nothing_else() {
        let unconfirmed = facts(false, true);
        let first = gate(&row("receipt"), Some(&unconfirmed), false, sent(0, 0), 3);
        assert_eq!(first, Gate::Send);
        let second = gate(&row("receipt"), Some(&unconfirmed), false, sent(1, 1), 3);
        assert!(matches!(second, Gate::Withdraw(_)));
        let warning = gate(&row("followup-1"), Some(&unconfirmed), false, sent(0, 0), 3);
        assert!(matches!(warning, Gate::Withdraw(_)));
        let owner = History {
            confirmed: true,
            ..sent(1, 5)
        };
        let returning = gate(&row("receipt"), Some(&unconfirmed), false, owner, 3);
        assert_eq!(
            returning,
            Gate::Send,
            "an owner who confirmed before gets receipts"
        );
        let confirmed = facts(true, true);
        let again = gate(&row("receipt"), Some(&confirmed), false, sent(1, 5), 3);
        assert_eq!(again, Gate::Send);
        let no_consent = gate(
            &row("campaign"),
            Some(&facts(true, false)),
            false,
            sent(0, 0),
            3,
        );
        assert!(matches!(no_consent, Gate::Withdraw(_)));
        let warning = gate(&row("followup-1"), Some(&confirmed), false, sent(0, 1), 3);
        assert_eq!(warning, Gate::Send);
    }

    #[test]
    fn an_officers_message_needs_a_confirmed_address_but_not_warning_consent() {
        let message = row("officer-message");
        let warnings_off = facts(true, false);
        let goes = gate(&message, Some(&warnings_off), false, sent(0, 1), 3);
        assert_eq!(goes, Gate::Send);
        let unconfirmed = facts(false, true);
        let held = gate(&message, Some(&unconfirmed), false, sent(0, 1), 3);
        assert!(matches!(held, Gate::Withdraw(_)));
        let stopped = gate(&message, Some(&warnings_off), true, sent(0, 1), 3);
        assert!(matches!(stopped, Gate::Withdraw(_)));
    }

    #[test]
    fn an_unsubscribed_address_gets_nothing_and_authorities_are_not_limited() {
        let ok = facts(true, true);
        let stopped = gate(&row("receipt"), Some(&ok), true, sent(0, 0), 3);
        assert!(matches!(stopped, Gate::Withdraw(_)));
        let over = gate(&row("receipt"), Some(&ok), false, sent(3, 3), 3);
        assert_eq!(over, Gate::Defer);
        let unlimited = gate(&row("receipt"), Some(&ok), false, sent(3, 3), 0);
        assert_eq!(unlimited, Gate::Send);
        let authority = gate(&row("authority"), None, true, sent(99, 99), 3);
        assert_eq!(authority, Gate::Send);
    }
}
