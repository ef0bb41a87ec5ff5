//! Which values link reports to each other. An indicator links by one or
//! two keys: a wallet, a transaction hash, an IBAN, a phone number (E.164),
//! an e-mail address or a platform name by its normalised form, a website
//! by its registrable
//! domain (the Public Suffix List: `shop.example.co.uk` → `example.co.uk`),
//! and an e-mail address also by the registrable domain of its host. A
//! caller's name links nothing (too many Annas).
//!
//! Values that would glue unrelated cases together never link:
//! - the domains of big mail providers (`gmail.com`): the domain links
//!   nothing, but one mailbox there (`recovery.desk@gmail.com`) is one
//!   person's and links the reports that name it;
//! - the domains of well-known exchanges, payment services and messengers,
//!   and every address at them: victims name them because they bought or
//!   sent through them, or were told to use them;
//! - those exchanges' names typed as the platform.
//!
//! Values shared by an unusually large share of all reports are stopped by
//! the database layer (`db::linkage`), which counts them.

use super::indicator::Kind;

/// A value reports are linked by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LinkKey {
    /// `wallet-btc`, `iban`, `phone`, `email`, `domain`, `platform`, …
    pub kind: &'static str,
    pub value: String,
}

/// Why a value does not link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// A big mail provider's domain (its mailboxes still link).
    MailProvider,
    /// A well-known exchange, payment service or messenger.
    Service,
}

impl Stopped {
    pub fn as_str(self) -> &'static str {
        match self {
            Stopped::MailProvider => "mail-provider",
            Stopped::Service => "service",
        }
    }
}

/// Registrable domains of big mail providers.
const MAIL_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.de",
    "hotmail.fr",
    "hotmail.it",
    "hotmail.es",
    "live.com",
    "msn.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.de",
    "yahoo.fr",
    "ymail.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "gmx.at",
    "gmx.ch",
    "web.de",
    "t-online.de",
    "mail.com",
    "mail.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "yandex.ru",
    "yandex.com",
    "rambler.ru",
    "ukr.net",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "onet.pl",
    "interia.pl",
    "libero.it",
    "virgilio.it",
    "orange.fr",
    "laposte.net",
    "free.fr",
    "sfr.fr",
    "wanadoo.fr",
    "zoho.com",
    "tutanota.com",
    "tuta.io",
    "qq.com",
    "163.com",
    "126.com",
    "naver.com",
    "daum.net",
    "rediffmail.com",
    "bigpond.com",
    "btinternet.com",
    "comcast.net",
    "verizon.net",
    "att.net",
    "abv.bg",
    "inbox.lv",
    "hot.ee",
    "mail.ee",
    "zone.ee",
    "online.no",
    "telia.com",
    "bluewin.ch",
];

/// Registrable domains of well-known exchanges, payment services,
/// messengers and social networks.
const SERVICES: &[&str] = &[
    "binance.com",
    "coinbase.com",
    "kraken.com",
    "bybit.com",
    "okx.com",
    "kucoin.com",
    "bitstamp.net",
    "bitfinex.com",
    "crypto.com",
    "gemini.com",
    "htx.com",
    "huobi.com",
    "gate.io",
    "bitget.com",
    "mexc.com",
    "bitpanda.com",
    "blockchain.com",
    "tether.to",
    "trustwallet.com",
    "metamask.io",
    "etherscan.io",
    "tronscan.org",
    "paypal.com",
    "revolut.com",
    "wise.com",
    "skrill.com",
    "neteller.com",
    "westernunion.com",
    "moneygram.com",
    "stripe.com",
    "n26.com",
    "whatsapp.com",
    "telegram.org",
    "t.me",
    "signal.org",
    "facebook.com",
    "instagram.com",
    "messenger.com",
    "google.com",
    "youtube.com",
    "linkedin.com",
    "x.com",
    "twitter.com",
    "tiktok.com",
    "microsoft.com",
    "apple.com",
    "anydesk.com",
    "teamviewer.com",
    "metatrader4.com",
    "metatrader5.com",
    "metaquotes.net",
    "tradingview.com",
];

/// Platform names (normalised as reports store them) that are exchanges,
/// messengers or trading software, not a fraudster's platform.
const SERVICE_PLATFORMS: &[&str] = &[
    "binance",
    "coinbase",
    "kraken",
    "bybit",
    "okx",
    "kucoin",
    "bitstamp",
    "bitfinex",
    "cryptocom",
    "gemini",
    "bitpanda",
    "blockchain",
    "blockchaincom",
    "revolut",
    "paypal",
    "whatsapp",
    "telegram",
    "facebook",
    "instagram",
    "metatrader",
    "metatrader4",
    "metatrader5",
    "mt4",
    "mt5",
    "anydesk",
    "teamviewer",
];

/// Whether a registrable domain is on the stop list, and why.
pub fn stopped_domain(domain: &str) -> Option<Stopped> {
    if MAIL_PROVIDERS.contains(&domain) {
        Some(Stopped::MailProvider)
    } else if SERVICES.contains(&domain) {
        Some(Stopped::Service)
    } else {
        None
    }
}

/// The stop list as coordinators see it: each entry's kind, value and why.
pub fn stop_list() -> impl Iterator<Item = (&'static str, &'static str, Stopped)> {
    let domains = MAIL_PROVIDERS
        .iter()
        .map(|d| ("domain", *d, Stopped::MailProvider))
        .chain(SERVICES.iter().map(|d| ("domain", *d, Stopped::Service)));
    domains.chain(
        SERVICE_PLATFORMS
            .iter()
            .map(|p| ("platform", *p, Stopped::Service)),
    )
}

/// The registrable domain of a host name as reports store it (lower case,
/// ASCII); an IP address is its own.
pub fn registrable(host: &str) -> String {
    if host.parse::<std::net::IpAddr>().is_ok() {
        return host.to_string();
    }
    psl::domain_str(host).unwrap_or(host).to_string()
}

/// The keys an indicator links by, given as stored: its kind's text and
/// its normalised value.
pub fn keys(kind: &str, normalised: &str) -> Vec<LinkKey> {
    let key = |kind: &'static str, value: &str| LinkKey {
        kind,
        value: value.to_string(),
    };
    match kind {
        "email" => {
            let Some((_, host)) = normalised.rsplit_once('@') else {
                return Vec::new();
            };
            let domain = registrable(host);
            match stopped_domain(&domain) {
                Some(Stopped::Service) => Vec::new(),
                Some(Stopped::MailProvider) => vec![key("email", normalised)],
                None => vec![key("email", normalised), key("domain", &domain)],
            }
        }
        "domain" => {
            let domain = registrable(normalised);
            match stopped_domain(&domain) {
                Some(_) => Vec::new(),
                None => vec![key("domain", &domain)],
            }
        }
        "platform" if SERVICE_PLATFORMS.contains(&normalised) || normalised.is_empty() => {
            Vec::new()
        }
        "platform" => vec![key("platform", normalised)],
        "alias" => Vec::new(),
        other => match linking_kind(other) {
            Some(k) => vec![key(k, normalised)],
            None => Vec::new(),
        },
    }
}

/// What a coordinator typed to mark, as a value of a kind asked for
/// (`platform`, `domain`, `email`, `phone` or `account` for an IBAN or a
/// wallet), normalised the way reports' values are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    Key(LinkKey),
    /// Not a value of that kind.
    NotOfKind,
    /// On the built-in stop list: it never links, whatever the mark.
    Stopped,
}

/// The key a coordinator's typed value stands for.
pub fn typed_key(kind: &str, typed: &str) -> Typed {
    use super::indicator as i;
    let found = match kind {
        "platform" => Some(i::platform(typed)).filter(|p| !p.normalised.is_empty()),
        "domain" => i::website(typed),
        "email" => i::email(typed),
        "phone" => i::phone(typed, None),
        "account" => i::destination(typed).ok().flatten(),
        _ => None,
    };
    let Some(found) = found else {
        return Typed::NotOfKind;
    };
    let kind = found.kind.as_str();
    match keys(kind, &found.normalised)
        .into_iter()
        .find(|k| k.kind == kind)
    {
        Some(key) => Typed::Key(key),
        None => Typed::Stopped,
    }
}

/// The static text of the other kinds that link by their normalised value.
fn linking_kind(kind: &str) -> Option<&'static str> {
    [
        Kind::Phone,
        Kind::Iban,
        Kind::Wallet(super::wallet::Chain::Bitcoin),
        Kind::Wallet(super::wallet::Chain::Ethereum),
        Kind::Wallet(super::wallet::Chain::Tron),
        Kind::Transaction(super::wallet::Chain::Bitcoin),
        Kind::Transaction(super::wallet::Chain::Ethereum),
        Kind::Transaction(super::wallet::Chain::Tron),
    ]
    .into_iter()
    .map(Kind::as_str)
    .find(|k| *k == kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicator;

    fn of(i: &indicator::Indicator) -> Vec<LinkKey> {
        keys(i.kind.as_str(), &i.normalised)
    }

    fn key(kind: &'static str, value: &str) -> LinkKey {
        LinkKey {
            kind,
            value: value.into(),
        }
    }

    #[test]
    fn a_website_links_by_its_registrable_domain() {
        let i = indicator::website("https://login.trade-example.co.uk/x").expect("a site");
        assert_eq!(of(&i), [key("domain", "trade-example.co.uk")]);
        let i = indicator::website("scam-desk.github.io").expect("a site");
        assert_eq!(
            of(&i),
            [key("domain", "scam-desk.github.io")],
            "a private suffix"
        );
        let i = indicator::website("http://192.0.2.7/login").expect("a site");
        assert_eq!(of(&i), [key("domain", "192.0.2.7")]);
    }

    #[test]
    fn a_mailbox_at_a_big_provider_links_but_the_provider_does_not() {
        let i = indicator::email("Recovery.Desk@Gmail.com").expect("an address");
        assert_eq!(of(&i), [key("email", "recovery.desk@gmail.com")]);
        let i = indicator::email("support@mail.trade-example.com").expect("an address");
        assert_eq!(
            of(&i),
            [
                key("email", "support@mail.trade-example.com"),
                key("domain", "trade-example.com")
            ]
        );
    }

    #[test]
    fn exchanges_and_their_addresses_and_names_link_nothing() {
        for typed in ["www.binance.com", "https://accounts.binance.com/en"] {
            let i = indicator::website(typed).expect("a site");
            assert!(of(&i).is_empty(), "{typed}");
        }
        let i = indicator::email("support@binance.com").expect("an address");
        assert!(of(&i).is_empty());
        assert!(of(&indicator::platform("Binance")).is_empty());
        assert!(of(&indicator::platform("MetaTrader 5")).is_empty());
        assert_eq!(
            of(&indicator::platform("Crypto-Trade Pro")),
            [key("platform", "cryptotradepro")]
        );
    }

    #[test]
    fn a_callers_name_links_nothing_and_accounts_link_as_normalised() {
        assert!(of(&indicator::alias("Anna Smith")).is_empty());
        let iban = indicator::destination("de89 3704 0044 0532 0130 00")
            .expect("valid")
            .expect("an IBAN");
        assert_eq!(of(&iban), [key("iban", "DE89370400440532013000")]);
        let wallet = indicator::destination("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
            .expect("valid")
            .expect("a wallet");
        assert_eq!(
            of(&wallet),
            [key(
                "wallet-eth",
                "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
            )]
        );
        let phone = indicator::phone("+44 20 7946 0000", None).expect("a number");
        assert_eq!(of(&phone), [key("phone", "+442079460000")]);
    }

    #[test]
    fn every_stop_list_domain_is_registrable_as_written() {
        for (kind, value, _) in stop_list() {
            if kind == "domain" {
                assert_eq!(registrable(value), value, "{value} would never match");
            }
        }
    }

    #[test]
    fn a_typed_value_is_marked_as_reports_store_it() {
        let key = |kind: &'static str, value: &str| {
            Typed::Key(LinkKey {
                kind,
                value: value.to_string(),
            })
        };
        assert_eq!(
            typed_key("domain", "https://www.invest-pro.example.co.uk/login"),
            key("domain", "example.co.uk")
        );
        assert_eq!(
            typed_key("account", "gb82 west 1234 5698 7654 32"),
            key("iban", "GB82WEST12345698765432")
        );
        assert_eq!(
            typed_key("platform", "Glue  Trade"),
            key("platform", "gluetrade")
        );
        assert_eq!(typed_key("domain", "gmail.com"), Typed::Stopped);
        assert_eq!(typed_key("phone", "not a number"), Typed::NotOfKind);
        assert_eq!(typed_key("alias", "John Smith"), Typed::NotOfKind);
    }
}
