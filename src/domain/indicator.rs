//! Indicators: the phone numbers, e-mail addresses, websites, accounts and
//! wallets the fraudsters used. Each keeps what the victim typed and a
//! normalised form, so the same wallet typed two ways links two reports.

use validator::ValidateEmail;

use super::CountryCode;
use super::Problem;
use super::account;
use super::wallet::{self, Chain, WalletError};

/// What an indicator is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Phone,
    Email,
    Domain,
    Iban,
    Wallet(Chain),
    /// A name the callers used.
    Alias,
    /// The name of the trading platform.
    Platform,
    /// A payment's transaction hash on a chain.
    Transaction(Chain),
}

impl Kind {
    /// The stable text stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Domain => "domain",
            Kind::Iban => "iban",
            Kind::Wallet(Chain::Bitcoin) => "wallet-btc",
            Kind::Wallet(Chain::Ethereum) => "wallet-eth",
            Kind::Wallet(Chain::Tron) => "wallet-trx",
            Kind::Alias => "alias",
            Kind::Platform => "platform",
            Kind::Transaction(Chain::Bitcoin) => "tx-btc",
            Kind::Transaction(Chain::Ethereum) => "tx-eth",
            Kind::Transaction(Chain::Tron) => "tx-trx",
        }
    }
}

/// One validated indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub kind: Kind,
    /// As the victim typed it (trimmed).
    pub typed: String,
    /// The form used for matching across reports.
    pub normalised: String,
}

impl Indicator {
    fn new(kind: Kind, typed: &str, normalised: String) -> Indicator {
        Indicator {
            kind,
            typed: typed.trim().to_string(),
            normalised,
        }
    }
}

/// A phone number in international (E.164) form; numbers without a country
/// code are read as numbers of `region`.
pub fn phone(text: &str, region: Option<CountryCode>) -> Option<Indicator> {
    let text = text.trim();
    let number = if text.starts_with('+') {
        international_number(text)?
    } else {
        let region = region.and_then(|c| c.as_str().parse::<phonenumber::country::Id>().ok());
        phonenumber::parse(region, text).ok()?
    };
    if !phonenumber::is_valid(&number) {
        return None;
    }
    let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
    Some(Indicator::new(Kind::Phone, text, e164))
}

/// A number written with `+`, read the same whatever the residence.
///
/// phonenumber 0.3 misreads some international numbers of the default
/// region's own country, or of their own country without a default region:
/// `+7 800 555 3535` with Russia or none, `+1 800 555 0100` with the USA come
/// out invalid. Read with another country as default they come out right, so
/// the default is Ascension Island (+247), or the UK for numbers of +247.
fn international_number(text: &str) -> Option<phonenumber::PhoneNumber> {
    use phonenumber::country::Id;
    let number = phonenumber::parse(Some(Id::AC), text).ok()?;
    if number.code().value() == 247 {
        return phonenumber::parse(Some(Id::GB), text).ok();
    }
    Some(number)
}

/// An e-mail address, compared case-insensitively.
pub fn email(text: &str) -> Option<Indicator> {
    let t = text.trim();
    t.validate_email()
        .then(|| Indicator::new(Kind::Email, t, t.to_lowercase()))
}

/// A website, typed as a URL or a bare domain; matched on its host name
/// without `www.` (internationalised names in their ASCII form).
pub fn website(text: &str) -> Option<Indicator> {
    let t = text.trim();
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let with_scheme = if t.contains("://") {
        t.to_string()
    } else if t.parse::<std::net::Ipv6Addr>().is_ok() {
        // As normalised: a URL needs brackets around it.
        format!("http://[{t}]")
    } else {
        format!("http://{t}")
    };
    let url = url::Url::parse(&with_scheme).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = match url.host()? {
        url::Host::Domain(d) => d.trim_end_matches('.').to_lowercase(),
        url::Host::Ipv4(ip) => ip.to_string(),
        url::Host::Ipv6(ip) => ip.to_string(),
    };
    if host.parse::<std::net::IpAddr>().is_err() {
        let tld = host.rsplit('.').next().unwrap_or_default();
        let tld_ok = tld.starts_with("xn--")
            || (tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if !host.contains('.') || !tld_ok {
            return None;
        }
    }
    // `www.` is dropped as long as a name with a dot remains, so that the
    // normalised name is read back as itself (`www.com` stays whole).
    let mut name = host.as_str();
    while let Some(rest) = name.strip_prefix("www.")
        && rest.contains('.')
    {
        name = rest;
    }
    Some(Indicator::new(Kind::Domain, t, name.to_string()))
}

/// A payment destination: a wallet address or an IBAN when it has the shape
/// of one (and then its checksum must hold, or the problem says what looks
/// wrong), otherwise `Ok(None)`: some other reference the victim was given.
///
/// Wallets are tried first: a Tron address such as `TR12…` also has the
/// shape of a Turkish IBAN once upper-cased.
pub fn destination(text: &str) -> Result<Option<Indicator>, Problem> {
    let compact = account::compact(text);
    let iban_shape = account::looks_like_iban(&compact);
    match wallet::parse(text) {
        Ok(Some(w)) => {
            let kind = Kind::Wallet(w.chain());
            return Ok(Some(Indicator::new(kind, text, w.normalised().to_string())));
        }
        // `BC1…` with letters bech32 never uses is an IBAN's shape first.
        Err(WalletError::BadCharacters { .. }) if iban_shape => {}
        Err(e) => return Err(Problem::Wallet(e)),
        Ok(None) => {}
    }
    if iban_shape {
        let normalised = account::check_iban(&compact)?;
        return Ok(Some(Indicator::new(Kind::Iban, text, normalised)));
    }
    Ok(None)
}

/// A payment's transaction hash, checked for its chain.
pub fn transaction(typed: &str, hash: &crate::domain::crypto::TxHash) -> Indicator {
    let kind = Kind::Transaction(hash.chain());
    Indicator::new(kind, typed, hash.normalised().to_string())
}

/// A name the callers used; matched case- and space-insensitively.
pub fn alias(text: &str) -> Indicator {
    Indicator::new(Kind::Alias, text, fold_name(text))
}

/// The platform's name; matched ignoring case, spaces and punctuation.
pub fn platform(text: &str) -> Indicator {
    let normalised = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    Indicator::new(Kind::Platform, text, normalised)
}

fn fold_name(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_website_typed_three_ways_matches_one_host() {
        let forms = [
            "https://www.Trade-Example.com/login",
            "trade-example.com",
            "WWW.TRADE-EXAMPLE.COM.",
        ];
        for f in forms {
            assert_eq!(
                website(f).map(|i| i.normalised),
                Some("trade-example.com".into()),
                "{f}"
            );
        }
        assert_eq!(
            website("bäckerei-trade.de").map(|i| i.normalised),
            Some("xn--bckerei-trade-bfb.de".into())
        );
    }

    #[test]
    fn a_websites_normalised_form_is_read_back_as_itself() {
        for (typed, host) in [
            ("http://[2001:DB8::1]/login", "2001:db8::1"),
            ("2001:db8::1", "2001:db8::1"),
            ("www.www.trade-example.com", "trade-example.com"),
            ("www.com", "www.com"),
        ] {
            let found = website(typed).map(|i| i.normalised);
            assert_eq!(found.as_deref(), Some(host), "{typed}");
            assert_eq!(website(host).map(|i| i.normalised).as_deref(), Some(host));
        }
    }

    #[test]
    fn words_are_not_websites() {
        for f in ["trade example", "tradeexample", "ftp://x.com", "x.c0m", ""] {
            assert!(website(f).is_none(), "{f}");
        }
    }

    #[test]
    fn phone_numbers_use_the_residence_as_default_country() {
        let ee = CountryCode::parse("EE");
        assert_eq!(
            phone("5123 4567", ee).map(|i| i.normalised),
            Some("+37251234567".into())
        );
        assert_eq!(
            phone("+372 5123 4567", None).map(|i| i.normalised),
            Some("+37251234567".into())
        );
        assert!(phone("12", ee).is_none());
    }

    #[test]
    fn an_international_number_reads_the_same_in_every_residence() {
        // phonenumber 0.3 alone refuses these with their own country (or none)
        // as the default region.
        for (typed, e164) in [
            ("+7 800 555 3535", "+78005553535"),
            ("+1 800 555 0100", "+18005550100"),
        ] {
            for residence in [None, Some("RU"), Some("US"), Some("EE"), Some("GB")] {
                let found = phone(typed, residence.and_then(CountryCode::parse));
                assert_eq!(
                    found.map(|i| i.normalised),
                    Some(e164.into()),
                    "{typed} {residence:?}"
                );
            }
        }
    }

    #[test]
    fn ibans_are_checked_and_normalised() {
        let i = destination("de89 3704 0044 0532 0130 00")
            .expect("valid")
            .expect("an iban");
        assert_eq!(
            (i.kind, i.normalised.as_str()),
            (Kind::Iban, "DE89370400440532013000")
        );
        assert_eq!(
            destination("DE89 3704 0044 0532 0130 01"),
            Err(Problem::Iban)
        );
    }

    #[test]
    fn a_tron_address_shaped_like_a_turkish_iban_is_a_wallet() {
        // Upper-cased, `TR92…` has an IBAN's shape; it used to be refused as one.
        let tron = "TR92w7SFq77QeRvA6fM8z6yN71YrVjdCFE";
        let found = destination(tron).expect("valid").expect("a wallet");
        assert_eq!(found.kind, Kind::Wallet(Chain::Tron));
        assert_eq!(found.normalised, tron);
    }

    #[test]
    fn other_references_are_not_indicators() {
        assert_eq!(destination("Western Union MTCN 1234"), Ok(None));
    }

    #[test]
    fn e_mail_addresses_compare_without_case() {
        assert_eq!(
            email(" Support@Trade-Example.COM ").map(|i| i.normalised),
            Some("support@trade-example.com".into())
        );
        assert!(email("support@").is_none());
    }
}
