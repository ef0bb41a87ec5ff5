//! The public check ("is this offer a scam?"): what a person typed, read as
//! the value it is; how many victims reported it, told only in bands; and
//! the poisoning guard, which shows a value only when two unrelated reports
//! hold it (or a coordinator published it).

use super::CountryCode;
use super::Problem;
use super::indicator::{self, Indicator, Kind};
use super::linkage::{Stopped, registrable, stopped_domain};

/// The longest value read, in characters (the longest indicator is a URL).
pub const MAX_TYPED: usize = 300;

/// What a typed value is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// A value reports hold, normalised as the form normalises it.
    Value(Indicator),
    /// A big mail provider's or a well-known service's domain (or an address
    /// at such a service): victims name them because they used them, so the
    /// check says nothing about them either way.
    Service,
}

/// Reads a website, e-mail address, phone number, IBAN or wallet. A phone
/// number without a country code is read as one of `region` (where the
/// person appears to be). The problem says why nothing could be read.
pub fn read(typed: &str, region: Option<CountryCode>) -> Result<Read, Problem> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    if t.chars().count() > MAX_TYPED {
        return Err(Problem::TooLong { max: MAX_TYPED });
    }
    if t.contains('@') && !t.contains("://") {
        let found = indicator::email(t).ok_or(Problem::Email)?;
        return Ok(guard_service(found));
    }
    if let Some(found) = indicator::destination(t)? {
        return Ok(Read::Value(found));
    }
    if looks_like_phone(t) {
        return indicator::phone(t, region)
            .map(Read::Value)
            .ok_or(Problem::Phone);
    }
    indicator::website(t)
        .map(guard_service)
        .ok_or(Problem::CheckUnknown)
}

/// Digits with the separators people write numbers with.
fn looks_like_phone(t: &str) -> bool {
    t.starts_with(|c: char| c == '+' || c == '(' || c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
}

/// A domain, or an address whose domain, is a well-known service's: the
/// check has nothing to say about it. A mailbox at a big mail provider is
/// one person's and is looked up.
fn guard_service(found: Indicator) -> Read {
    let host = match found.kind {
        Kind::Domain => found.normalised.as_str(),
        Kind::Email => found
            .normalised
            .rsplit_once('@')
            .map_or("", |(_, host)| host),
        _ => return Read::Value(found),
    };
    match (found.kind, stopped_domain(&registrable(host))) {
        (Kind::Email, Some(Stopped::MailProvider)) | (_, None) => Read::Value(found),
        _ => Read::Service,
    }
}

/// How many victims, as the check tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    One,
    /// 2 to 9.
    Several,
    /// 10 or more.
    Many,
}

impl Band {
    /// The band of a count of reports; none for 0.
    pub fn of(reports: u64) -> Option<Band> {
        match reports {
            0 => None,
            1 => Some(Band::One),
            2..=9 => Some(Band::Several),
            _ => Some(Band::Many),
        }
    }

    /// The message selector and the API's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::One => "1",
            Band::Several => "2-9",
            Band::Many => "10+",
        }
    }
}

/// Where a report came from, as far as the guard may know: keyed hashes of
/// the browser and of the network it was sent from. `None` is unknown (a
/// report from before the check, or one whose victim erased their
/// details): all unknown browsers count as one, and so do all unknown
/// networks, so reports of unknown origin never vouch for each other.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub session: Option<Vec<u8>>,
    pub network: Option<Vec<u8>>,
}

fn same(a: &Option<Vec<u8>>, b: &Option<Vec<u8>>) -> bool {
    a == b
}

impl Origin {
    /// Two reports are related when they came from the same browser or
    /// from the same network.
    pub fn related(&self, other: &Origin) -> bool {
        same(&self.session, &other.session) || same(&self.network, &other.network)
    }
}

/// Whether at least two of the reports (one origin each) are unrelated.
///
/// Take the first report A. Any report unrelated to A makes a pair. If
/// every other is related to A, one B that shares only A's browser and one
/// C that shares only A's network are unrelated to each other (B's browser
/// is A's, C's is not; C's network is A's, B's is not). Otherwise every
/// other report shares A's browser, or every other shares A's network, or
/// each shares both, and so every two are related. Linear in the reports.
pub fn two_unrelated(origins: &[Origin]) -> bool {
    let Some((a, rest)) = origins.split_first() else {
        return false;
    };
    let mut browser_only = false;
    let mut network_only = false;
    for o in rest {
        let browser = same(&a.session, &o.session);
        let network = same(&a.network, &o.network);
        match (browser, network) {
            (false, false) => return true,
            (true, false) => browser_only = true,
            (false, true) => network_only = true,
            (true, true) => {}
        }
        if browser_only && network_only {
            return true;
        }
    }
    false
}

/// What the reports holding a value say, counted (never which reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holders {
    /// Reports that name it as a "recovery" approach after the fraud.
    pub recovery: u64,
    /// Reports that name it as part of the fraud itself.
    pub fraud: u64,
    /// The victims' countries of residence, counted.
    pub countries: u64,
    /// At least two of the reports are unrelated ([`two_unrelated`]).
    pub unrelated: bool,
}

/// What coordinators decided about a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Shown, whatever the reports, with this public note.
    Published(String),
    /// Never shown until published again.
    Withdrawn,
}

impl Decision {
    /// The stored state.
    pub fn state(&self) -> &'static str {
        match self {
            Decision::Published(_) => PUBLISHED,
            Decision::Withdrawn => WITHDRAWN,
        }
    }
}

/// The fewest countries an answer tells.
pub const COUNTRIES_TOLD: u64 = 3;

/// The stored states of a decision.
pub const PUBLISHED: &str = "published";
pub const WITHDRAWN: &str = "withdrawn";

/// The answer the person who checked gets (always with the warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Listed {
        /// How many victims reported it as a "recovery" approach.
        recovery: Option<Band>,
        /// How many reported it as part of the fraud.
        fraud: Option<Band>,
        /// The victims' countries, told from [`COUNTRIES_TOLD`] on: one or
        /// two would narrow down where a victim lives.
        countries: Option<u64>,
        /// A coordinator's public note, when published.
        note: Option<String>,
    },
    /// Not listed, which does not mean safe.
    NotFound,
    /// A well-known service: nothing either way.
    Service,
}

impl Answer {
    /// The answer for a value: a coordinator's decision first; otherwise
    /// listed only when two unrelated reports hold it and no coordinator
    /// marked it as not linking (a value judged not to be the fraudsters').
    /// A published value shows its reports only when they would list it
    /// themselves: otherwise the note alone, so that publishing never tells
    /// that one report holds a value.
    pub fn of(holders: Holders, decision: Option<Decision>, not_linking: bool) -> Answer {
        let guarded = holders.unrelated && !not_linking;
        let counted = |note| Answer::Listed {
            recovery: Band::of(holders.recovery),
            fraud: Band::of(holders.fraud),
            countries: Some(holders.countries).filter(|n| *n >= COUNTRIES_TOLD),
            note,
        };
        match decision {
            Some(Decision::Published(note)) if guarded => counted(Some(note)),
            Some(Decision::Published(note)) => Answer::Listed {
                recovery: None,
                fraud: None,
                countries: None,
                note: Some(note),
            },
            Some(Decision::Withdrawn) => Answer::NotFound,
            None if guarded => counted(None),
            None => Answer::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(typed: &str) -> Indicator {
        match read(typed, CountryCode::parse("DE")) {
            Ok(Read::Value(i)) => i,
            other => panic!("{typed}: {other:?}"),
        }
    }

    #[test]
    fn each_kind_is_read_as_the_form_reads_it() {
        let wallet = value(" TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9 ");
        assert_eq!(wallet.kind.as_str(), "wallet-trx");
        assert_eq!(wallet.normalised, "TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9");
        let iban = value("de89 3704 0044 0532 0130 00");
        assert_eq!(
            (iban.kind.as_str(), iban.normalised.as_str()),
            ("iban", "DE89370400440532013000")
        );
        let mail = value("Recovery.Desk@Gmail.com");
        assert_eq!(
            (mail.kind.as_str(), mail.normalised.as_str()),
            ("email", "recovery.desk@gmail.com")
        );
        let site = value("https://www.Asset-Recovery-Bureau.com/claim?id=1");
        assert_eq!(
            (site.kind.as_str(), site.normalised.as_str()),
            ("domain", "asset-recovery-bureau.com")
        );
        // A number without a country code is one of where the person is.
        let phone = value("030 901820");
        assert_eq!(
            (phone.kind.as_str(), phone.normalised.as_str()),
            ("phone", "+4930901820")
        );
        assert_eq!(value("+44 20 7946 0958").normalised, "+442079460958");
    }

    #[test]
    fn services_are_not_looked_up_but_mailboxes_at_mail_providers_are() {
        let r = |t| read(t, None);
        assert_eq!(r("binance.com"), Ok(Read::Service));
        assert_eq!(r("https://www.binance.com/en"), Ok(Read::Service));
        assert_eq!(r("support@binance.com"), Ok(Read::Service));
        assert_eq!(r("gmail.com"), Ok(Read::Service));
        assert!(matches!(r("someone@gmail.com"), Ok(Read::Value(_))));
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        let r = |t| read(t, None);
        assert_eq!(r("   "), Err(Problem::Required));
        assert_eq!(r("not an address@"), Err(Problem::Email));
        assert_eq!(r("12"), Err(Problem::Phone));
        assert_eq!(r("DE89 3704 0044 0532 0130 01"), Err(Problem::Iban));
        assert_eq!(r("hello there"), Err(Problem::CheckUnknown));
        let long = "a".repeat(MAX_TYPED + 1);
        assert_eq!(r(&long), Err(Problem::TooLong { max: MAX_TYPED }));
    }

    #[test]
    fn a_value_is_listed_by_unrelated_reports_or_a_coordinator_only() {
        let two = Holders {
            recovery: 2,
            fraud: 12,
            countries: 3,
            unrelated: true,
        };
        let listed = Answer::Listed {
            recovery: Some(Band::Several),
            fraud: Some(Band::Many),
            countries: Some(3),
            note: None,
        };
        assert_eq!(Answer::of(two, None, false), listed);
        // One source, however many reports it sent: not listed.
        let one = Holders {
            unrelated: false,
            ..two
        };
        assert_eq!(Answer::of(one, None, false), Answer::NotFound);
        // A value a coordinator marked as not the fraudsters'.
        assert_eq!(Answer::of(two, None, true), Answer::NotFound);
        // Withdrawn beats any number of reports.
        let withdrawn = Some(Decision::Withdrawn);
        assert_eq!(Answer::of(two, withdrawn, false), Answer::NotFound);
        // Published shows even a value nobody reported, with its note.
        let note = || Some(Decision::Published("Fake law firm".into()));
        let note_only = Answer::Listed {
            recovery: None,
            fraud: None,
            countries: None,
            note: Some("Fake law firm".into()),
        };
        assert_eq!(Answer::of(Holders::default(), note(), true), note_only);
        // Published, but its reports alone would not list it: the note
        // only, never that one source reported it.
        assert_eq!(Answer::of(one, note(), false), note_only);
        assert!(matches!(
            Answer::of(two, note(), false),
            Answer::Listed {
                recovery: Some(Band::Several),
                note: Some(_),
                ..
            }
        ));
        // Two countries are not told: they would narrow down where a
        // victim lives.
        let two_countries = Holders {
            countries: 2,
            ..two
        };
        assert!(matches!(
            Answer::of(two_countries, None, false),
            Answer::Listed {
                countries: None,
                ..
            }
        ));
    }

    #[test]
    fn bands_hide_the_count() {
        let bands: Vec<_> = [0, 1, 2, 9, 10, 30_000].map(Band::of).into();
        use Band::{Many, One, Several};
        assert_eq!(
            bands,
            [
                None,
                Some(One),
                Some(Several),
                Some(Several),
                Some(Many),
                Some(Many)
            ]
        );
    }

    fn o(session: Option<u8>, network: Option<u8>) -> Origin {
        Origin {
            session: session.map(|s| vec![s]),
            network: network.map(|n| vec![n]),
        }
    }

    #[test]
    fn one_browser_or_one_network_is_one_source() {
        assert!(!two_unrelated(&[]));
        assert!(!two_unrelated(&[o(Some(1), Some(1))]));
        // The same browser twice, from two networks.
        assert!(!two_unrelated(&[o(Some(1), Some(1)), o(Some(1), Some(2))]));
        // Two browsers on one network.
        assert!(!two_unrelated(&[o(Some(1), Some(1)), o(Some(2), Some(1))]));
        // Different browsers and networks.
        assert!(two_unrelated(&[o(Some(1), Some(1)), o(Some(2), Some(2))]));
        // Unknown origins (older or erased reports) are one source; a
        // known one is another.
        assert!(!two_unrelated(&[o(None, None), o(None, None)]));
        assert!(two_unrelated(&[o(Some(1), Some(1)), o(None, None)]));
    }

    #[test]
    fn a_pair_unrelated_to_each_other_is_found_though_both_relate_to_the_first() {
        // B shares A's browser, C shares A's network; B and C share nothing.
        let a = o(Some(1), Some(1));
        let b = o(Some(1), Some(2));
        let c = o(Some(2), Some(1));
        assert!(two_unrelated(&[a.clone(), b.clone(), c.clone()]));
        assert!(!b.related(&c));
        // Whatever the order.
        assert!(two_unrelated(&[b, c, a]));
    }

    #[test]
    fn the_guard_agrees_with_comparing_every_pair() {
        // Every list of up to four origins over two browsers, two networks
        // and unknown, against the quadratic definition.
        let values = [None, Some(1), Some(2)];
        let all: Vec<Origin> = values
            .iter()
            .flat_map(|s| values.iter().map(move |n| o(*s, *n)))
            .collect();
        let mut lists: Vec<Vec<Origin>> = vec![Vec::new()];
        for _ in 0..4 {
            let longer: Vec<Vec<Origin>> = lists
                .iter()
                .flat_map(|l| {
                    all.iter().map(move |x| {
                        let mut l = l.clone();
                        l.push(x.clone());
                        l
                    })
                })
                .collect();
            for l in &longer {
                let pairwise = l
                    .iter()
                    .enumerate()
                    .any(|(i, a)| l[i + 1..].iter().any(|b| !a.related(b)));
                assert_eq!(two_unrelated(l), pairwise, "{l:?}");
            }
            lists = longer;
        }
    }
}
