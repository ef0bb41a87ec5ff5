//! What an outbox row is: the kinds of e-mail the service sends. Stored as
//! text (`receipt`, `followup-2`, …) and read back as this enum.

use std::fmt;

/// The kind of an e-mail in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailKind {
    /// The victim's receipt, with the case link.
    Receipt,
    /// A case for an authority or the hub (institutional mail: the victim
    /// rules on consent and suppression do not apply).
    Authority,
    /// The n-th scheduled recovery-scam warning (1-based).
    Followup(u8),
    /// An alert about a new scam wave.
    Campaign,
    /// An officer's message to the victim about their case; its text is
    /// the `case_events` row the outbox row's `event_id` names.
    OfficerMessage,
    /// A case routed or handed on to an officer's authority (the row names
    /// the account and the case; never victim data).
    OfficerNotice,
    /// An authority's daily list of new cases, to an account or its intake
    /// address (the row names the `digests` window).
    Digest,
    /// A cluster of linked reports a coordinator named, to each account and
    /// the intake address of every authority holding its reports (the row
    /// names the `cluster_notices` entry).
    ClusterNamed,
}

impl MailKind {
    /// The prefix of follow-up kinds: `followup-1` … `followup-5`.
    pub const FOLLOWUP_PREFIX: &str = "followup-";

    /// Every kind but the follow-ups.
    pub const FIXED: [MailKind; 7] = [
        MailKind::Receipt,
        MailKind::Authority,
        MailKind::Campaign,
        MailKind::OfficerMessage,
        MailKind::OfficerNotice,
        MailKind::Digest,
        MailKind::ClusterNamed,
    ];

    /// Mail to institutions and officers, never to a victim: the stored
    /// forms, for queries that touch a victim's mail only.
    pub fn institutional() -> [String; 4] {
        [
            MailKind::Authority.to_string(),
            MailKind::OfficerNotice.to_string(),
            MailKind::Digest.to_string(),
            MailKind::ClusterNamed.to_string(),
        ]
    }

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<MailKind> {
        match text {
            "receipt" => Some(MailKind::Receipt),
            "authority" => Some(MailKind::Authority),
            "campaign" => Some(MailKind::Campaign),
            "officer-message" => Some(MailKind::OfficerMessage),
            "officer-notice" => Some(MailKind::OfficerNotice),
            "digest" => Some(MailKind::Digest),
            "cluster-named" => Some(MailKind::ClusterNamed),
            other => {
                let step: u8 = other.strip_prefix(Self::FOLLOWUP_PREFIX)?.parse().ok()?;
                (step > 0).then_some(MailKind::Followup(step))
            }
        }
    }

    /// Mail to a victim (subject to consent, confirmation, suppression and
    /// the daily limit), as opposed to mail to an institution.
    pub fn to_victim(self) -> bool {
        !matches!(
            self,
            MailKind::Authority
                | MailKind::OfficerNotice
                | MailKind::Digest
                | MailKind::ClusterNamed
        )
    }
}

impl fmt::Display for MailKind {
    /// The stored form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MailKind::Receipt => f.write_str("receipt"),
            MailKind::Authority => f.write_str("authority"),
            MailKind::Campaign => f.write_str("campaign"),
            MailKind::OfficerMessage => f.write_str("officer-message"),
            MailKind::OfficerNotice => f.write_str("officer-notice"),
            MailKind::Digest => f.write_str("digest"),
            MailKind::ClusterNamed => f.write_str("cluster-named"),
            MailKind::Followup(step) => write!(f, "{}{step}", Self::FOLLOWUP_PREFIX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_as_itself() {
        for kind in [
            MailKind::Receipt,
            MailKind::Authority,
            MailKind::Campaign,
            MailKind::OfficerMessage,
            MailKind::OfficerNotice,
            MailKind::Digest,
            MailKind::ClusterNamed,
            MailKind::Followup(1),
            MailKind::Followup(5),
        ] {
            assert_eq!(MailKind::parse(&kind.to_string()), Some(kind));
        }
        assert_eq!(MailKind::parse("followup-0"), None);
        assert_eq!(MailKind::parse("followup-x"), None);
        assert_eq!(MailKind::parse("newsletter"), None);
    }
}
