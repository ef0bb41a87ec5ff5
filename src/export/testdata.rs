//! Sample cases and metadata for the exporters' unit tests.

use chrono::{NaiveDate, TimeZone, Utc};

use super::model::*;
use super::{Kind, writer};

/// Cases fed to a writer to show its state does not grow with them:
/// 100,000 in release builds; fewer in (slow) debug builds.
pub(crate) const CASES: usize = if cfg!(debug_assertions) {
    10_000
} else {
    100_000
};

pub(crate) fn authority(i: usize) -> Authority {
    Authority {
        id: format!("auth-{i}"),
        name: format!("Cyber Unit {i}"),
        country: ["DE", "FR", "NL"][i % 3].to_owned(),
        channel: i
            .is_multiple_of(2)
            .then(|| format!("https://police{i}.example/report")),
    }
}

fn ind(kind: &str, typed: &str, normalised: &str, recovery: bool) -> ExportIndicator {
    ExportIndicator {
        kind: kind.to_owned(),
        typed: typed.to_owned(),
        normalised: normalised.to_owned(),
        recovery,
    }
}

/// Case number `n`; cases share some indicators (n % 3) and have unique ones.
pub(crate) fn case(n: usize) -> ExportCase {
    let shared = n % 3;
    let created = Utc
        .with_ymd_and_hms(2026, 11, 1 + (n % 28) as u32, 10, 0, 0)
        .single()
        .unwrap_or_default();
    ExportCase {
        reference: format!("K7M3-Q9PX-{n:04}"),
        created_at: created,
        status: ["new", "in-progress", "closed"][n % 3].to_owned(),
        authority: (n % 4 != 3).then(|| authority(n % 3)),
        residence_country: ["DE", "FR", "AT", "BE"][n % 4].to_owned(),
        platform_name: Some(format!("=Invest'Pro \\ {shared}")),
        first_contact_channel: Some("whatsapp".to_owned()),
        first_contact_on: NaiveDate::from_ymd_opt(2026, 9, 1 + (n % 28) as u32),
        recovery_approach: Some(["yes", "no", "unsure"][n % 3].to_owned()),
        payments: vec![
            ExportPayment {
                paid_on: NaiveDate::from_ymd_opt(2026, 10, 2),
                fiat: Some(ExportFiat {
                    amount_minor: 120050 + n as i64,
                    currency: "EUR".to_owned(),
                    minor_digits: 2,
                }),
                crypto: None,
                method: Some("bank-transfer".to_owned()),
                destination: Some("DE89370400440532013000".to_owned()),
                network: None,
                tx_hash: None,
                source: None,
            },
            ExportPayment {
                paid_on: None,
                fiat: Some(ExportFiat {
                    amount_minor: 30000,
                    currency: "USD".to_owned(),
                    minor_digits: 2,
                }),
                crypto: None,
                method: Some("crypto".to_owned()),
                destination: None,
                network: None,
                tx_hash: None,
                source: None,
            },
            // USDT on Tron, told as it happened, with its hash.
            ExportPayment {
                paid_on: NaiveDate::from_ymd_opt(2026, 10, 9),
                fiat: None,
                crypto: Some(ExportCrypto {
                    asset: "USDT".to_owned(),
                    units: "1250500000".to_owned(),
                    amount: "1250.5".to_owned(),
                }),
                method: Some("crypto".to_owned()),
                destination: Some("TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9".to_owned()),
                network: Some("trx".to_owned()),
                tx_hash: Some(format!("{:064x}", 0xa11ce + n)),
                source: Some("Binance".to_owned()),
            },
        ],
        indicators: vec![
            ind(
                "phone",
                "0049 151 2345 67",
                &format!("+4915123456{n:02}"),
                false,
            ),
            ind(
                "email",
                "Advisor@Invest-Pro.example.com",
                &format!("advisor{shared}@invest-pro.example.com"),
                false,
            ),
            ind(
                "domain",
                "invest-pro.example.com/login",
                &format!("invest-pro{shared}.example.com"),
                false,
            ),
            ind(
                "domain",
                "recovery-help.example.org",
                "recovery-help.example.org",
                true,
            ),
            ind(
                "email",
                "agent@recovery-help.example.org",
                "agent@recovery-help.example.org",
                true,
            ),
            ind(
                "iban",
                "DE89 3704 0044 0532 0130 00",
                &format!("DE8937040044053201{n:04}"),
                false,
            ),
            ind(
                "wallet-btc",
                "bc1q...",
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                false,
            ),
            ind(
                "wallet-eth",
                "0x...",
                &format!("0x52908400098527886E0F7030069857D2E4169E{shared:02}"),
                false,
            ),
            ind(
                "wallet-trx",
                "T...",
                "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
                true,
            ),
            ind("alias", "Mr. \"Smith\"", "Mr. \"Smith\"", false),
            ind("platform", "-InvestPro", "-InvestPro", false),
        ],
        victim: Some(Victim {
            email: Some(format!("victim{n}@mail.example")),
            phone: Some(format!("+43660123{n:04}")),
            story: Some("They called me,\n\"guaranteed\" 20%\r\n=HYPERLINK(\"x\")".to_owned()),
        }),
    }
}

pub(crate) fn cluster() -> ClusterSummary {
    ClusterSummary {
        id: 42,
        victims: 3,
        countries: vec!["DE".to_owned(), "FR".to_owned(), "AT".to_owned()],
        authorities: vec![(authority(0), 2), (authority(1), 1)],
        first_seen: Utc
            .with_ymd_and_hms(2026, 11, 1, 10, 0, 0)
            .single()
            .unwrap_or_default(),
        last_seen: Utc
            .with_ymd_and_hms(2026, 11, 3, 10, 0, 0)
            .single()
            .unwrap_or_default(),
    }
}

pub(crate) fn meta(scope: Scope, with_victims: bool) -> ExportMeta {
    ExportMeta {
        title: format!("Investment fraud export ({})", scope.as_str()),
        generated_at: Utc
            .with_ymd_and_hms(2026, 12, 7, 10, 0, 0)
            .single()
            .unwrap_or_default(),
        tlp: Tlp::AmberStrict,
        distribution: Distribution::Community,
        scope,
        service: "fraudreport (example.org)".to_owned(),
        with_victims,
    }
}

/// Runs a whole export into a byte vector.
pub(crate) fn run(kind: Kind, meta: ExportMeta, cases: &[ExportCase]) -> Vec<u8> {
    let mut w = writer(kind, meta);
    let mut out = Vec::new();
    w.begin(&mut out).unwrap();
    for c in cases {
        w.case(&mut out, c).unwrap();
    }
    w.end(&mut out).unwrap();
    out
}
