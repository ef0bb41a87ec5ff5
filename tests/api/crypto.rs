//! Crypto payments as they happened, black-box: told in USDT on Tron or on
//! Ethereum (the network read from the address, asked only when nothing
//! tells it), with the transaction hash checked for its network, stored
//! exactly, shown to the officer, exported as MISP and STIX, and linking
//! reports like any other value.

use diesel::prelude::*;
use fraudreport::db::schema::{indicators, payments, report_clusters, reports};
use fraudreport::domain::{CaseRef, Role};

use crate::helpers::{TestApp, backends, spawn_app};
use crate::portal::between;
use crate::portal::export::fetch;

const TRON_WALLET: &str = "TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9";
const ETH_WALLET: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const HASH: &str = "4A5E1E4BAAB89F3A32518A88C31BC87F618F76673E2CC77AB2127B7AFDEDA33B";

/// A report of an Estonian victim with one payment row of `fields`.
fn report(payment: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut fields = vec![
        ("residence_country", "EE"),
        ("consent_authority", "yes"),
        ("contact_email", "crypto.victim@example.org"),
    ];
    fields.extend_from_slice(payment);
    fields
}

/// The form's error next to `field`.
fn field_error(html: &str, field: &str) -> String {
    between(html, &format!("id=\"{field}-error\">"), "<")
}

/// What the form kept in the text field `field`.
fn kept(html: &str, field: &str) -> String {
    between(html, &format!("name=\"{field}\" value=\""), "\"")
}

fn reference(app: &TestApp) -> String {
    let r: CaseRef = reports::table
        .order(reports::id.desc())
        .select(reports::reference)
        .first(&mut app.db.conn())
        .expect("the report");
    r.to_string()
}

#[actix_web::test]
async fn a_usdt_payment_on_tron_with_its_hash_is_stored_shown_and_exported_as_it_happened() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let usdt = report(&[
            ("payment-0-date", "2024-05-02"),
            ("payment-0-crypto-amount", "1,250.50"),
            ("payment-0-asset", "USDT"),
            ("payment-0-method", "crypto"),
            ("payment-0-destination", TRON_WALLET),
            ("payment-0-tx-hash", HASH),
            ("payment-0-source", "Binance"),
        ]);
        let r = app.post_report("en", &usdt).await;
        assert_eq!(
            r.status(),
            303,
            "{backend:?}: {}",
            r.text().await.unwrap_or_default()
        );

        // Stored exactly: no money amount, the asset's smallest units.
        type Amounts = (Option<i64>, Option<String>, Option<String>, Option<String>);
        type Chain = (Option<String>, Option<String>, Option<String>);
        let stored: (Amounts, Chain) = payments::table
            .select((
                (
                    payments::amount_minor,
                    payments::currency,
                    payments::crypto_asset,
                    payments::crypto_amount,
                ),
                (payments::network, payments::tx_hash, payments::source),
            ))
            .first(&mut app.db.conn())
            .expect("the payment");
        let hash = HASH.to_lowercase();
        assert_eq!(
            stored,
            (
                (None, None, Some("USDT".into()), Some("1250500000".into())),
                (
                    Some("trx".into()),
                    Some(hash.clone()),
                    Some("Binance".into())
                )
            ),
            "{backend:?}"
        );
        let kinds: Vec<(String, String)> = indicators::table
            .select((indicators::kind, indicators::normalised))
            .order(indicators::kind)
            .load(&mut app.db.conn())
            .expect("indicators");
        assert!(
            kinds.contains(&("tx-trx".into(), hash.clone())),
            "{kinds:?}"
        );
        assert!(kinds.contains(&("wallet-trx".into(), TRON_WALLET.into())));

        // The officer of the Estonian police sees it as it happened.
        let shown = reference(&app);
        let officer = app
            .officer("o@politsei.ee", Role::Officer, Some("ee-ppa"))
            .await;
        let page = officer
            .get_text(&app, &format!("/portal/cases/{shown}"))
            .await;
        let payments = between(&page, "aria-labelledby=\"payments\"", "</table>");
        assert!(payments.contains("1250.5 USDT, Tron"), "{payments}");
        assert!(payments.contains(&hash) && payments.contains("Binance"));

        // MISP: a cryptocurrency-transaction object with hash, asset and value.
        let misp = fetch(
            &officer,
            &app,
            &format!("/portal/cases/{shown}/export.misp.json"),
            (&backend, "crypto-usdt-tron"),
        )
        .await;
        let event: serde_json::Value = serde_json::from_str(&misp).expect("MISP JSON");
        let objects = event["Event"]["Object"].as_array().expect("objects");
        let tx = objects
            .iter()
            .find(|o| o["name"] == "cryptocurrency-transaction")
            .expect("a cryptocurrency-transaction object");
        let relation = |name: &str| {
            tx["Attribute"]
                .as_array()
                .and_then(|a| a.iter().find(|x| x["object_relation"] == name))
                .map(|x| x["value"].as_str().unwrap_or_default().to_string())
        };
        assert_eq!(relation("transaction-number"), Some(hash.clone()));
        assert_eq!(relation("symbol").as_deref(), Some("USDT"));
        assert_eq!(relation("value").as_deref(), Some("1250.5"));
        assert_eq!(
            relation("address"),
            None,
            "the template's address is Bitcoin's"
        );

        // STIX: a cryptocurrency-transaction SCO pointing at the wallet.
        let stix = fetch(
            &officer,
            &app,
            &format!("/portal/cases/{shown}/export.stix.json"),
            (&backend, "crypto-usdt-tron"),
        )
        .await;
        let bundle: serde_json::Value = serde_json::from_str(&stix).expect("STIX JSON");
        let objects = bundle["objects"].as_array().expect("objects");
        let tx = objects
            .iter()
            .find(|o| o["type"] == "cryptocurrency-transaction")
            .expect("a transaction SCO");
        assert_eq!(tx["hash"], hash.as_str());
        assert_eq!(tx["network"], "trx");
        assert_eq!(tx["currency"], "USDT");
        assert_eq!(tx["amount"], "1250.5");
        let wallet = objects
            .iter()
            .find(|o| o["type"] == "cryptocurrency-wallet" && o["address"] == TRON_WALLET)
            .expect("the wallet SCO");
        assert_eq!(tx["to_ref"], wallet["id"]);

        // The API gives the amount as digits (beyond 64 bits for wei).
        let token = crate::api::token(&app, "ee-ppa");
        let case = crate::api::json(&app, &format!("/api/v1/cases/{shown}"), &token).await;
        let paid = &case["payments"][0];
        assert_eq!(paid["crypto_amount"], "1250500000");
        assert_eq!(paid["amount_minor"], serde_json::Value::Null);
        assert_eq!(paid["tx_hash"], hash.as_str());
    }
}

#[actix_web::test]
async fn the_network_comes_from_the_address_and_is_asked_only_when_nothing_tells_it() {
    let backend = &backends()[0];
    let app = spawn_app(backend).await;
    // USDT on Ethereum, with money as well; a hash pasted without its 0x.
    let on_ethereum = report(&[
        ("payment-0-amount", "1000"),
        ("payment-0-currency", "EUR"),
        ("payment-0-crypto-amount", "1090"),
        ("payment-0-asset", "usdt"),
        ("payment-0-destination", ETH_WALLET),
        ("payment-0-tx-hash", HASH),
    ]);
    assert_eq!(app.post_report("en", &on_ethereum).await.status(), 303);
    let stored: (Option<i64>, Option<String>, Option<String>) = payments::table
        .select((payments::amount_minor, payments::network, payments::tx_hash))
        .first(&mut app.db.conn())
        .expect("the payment");
    let hash = format!("0x{}", HASH.to_lowercase());
    assert_eq!(stored, (Some(100_000), Some("eth".into()), Some(hash)));

    // USDT without an address: the network is asked, next to its field.
    let unsaid = report(&[
        ("payment-0-crypto-amount", "500"),
        ("payment-0-asset", "USDT"),
    ]);
    let r = app.post_report("en", &unsaid).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("body");
    let error = field_error(&html, "payment-0-network");
    assert!(
        error.contains("USDT is sent over Tron or over Ethereum"),
        "{error}"
    );
    assert_eq!(kept(&html, "payment-0-crypto-amount"), "500");
    // Answered: accepted.
    let answered = [unsaid.as_slice(), &[("payment-0-network", "trx")]].concat();
    assert_eq!(app.post_report("en", &answered).await.status(), 303);

    // A hash of the wrong network, BTC sent to a Tron address, too many
    // decimals: each refused next to its field, in the victim's language.
    let wrong = report(&[
        ("payment-0-crypto-amount", "10"),
        ("payment-0-asset", "TRX"),
        ("payment-0-destination", TRON_WALLET),
        (
            "payment-0-tx-hash",
            "0x4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
        ),
        ("payment-1-crypto-amount", "0.1"),
        ("payment-1-asset", "BTC"),
        ("payment-1-destination", TRON_WALLET),
        ("payment-2-crypto-amount", "0.000000001"),
        ("payment-2-asset", "BTC"),
    ]);
    let r = app.post_report("en", &wrong).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("body");
    let error = field_error(&html, "payment-0-tx-hash");
    assert!(
        error.contains("Tron transaction hash does not start with 0x"),
        "{error}"
    );
    assert!(kept(&html, "payment-0-tx-hash").starts_with("0x4a5e"));
    let error = field_error(&html, "payment-1-asset");
    assert!(error.contains("BTC is not sent over Tron"), "{error}");
    let error = field_error(&html, "payment-2-crypto-amount");
    assert!(error.contains("BTC has at most 8 digits"), "{error}");
    assert_eq!(kept(&html, "payment-2-crypto-amount"), "0.000000001");
    let german = app
        .post_report("de", &wrong)
        .await
        .text()
        .await
        .expect("body");
    let error = field_error(&german, "payment-0-tx-hash");
    assert!(!error.contains("does not start with"), "German: {error}");

    // A payment row needs an amount, in money or in crypto.
    let r = app
        .post_report("en", &report(&[("payment-0-tx-hash", HASH)]))
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("body");
    assert!(field_error(&html, "payment-0-amount").contains("amount in crypto"));
}

#[actix_web::test]
async fn two_reports_naming_one_transaction_hash_are_linked() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (country, wallet) in [
            ("EE", TRON_WALLET),
            ("LV", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
        ] {
            let fields = [
                ("residence_country", country),
                ("consent_authority", "yes"),
                ("payment-0-crypto-amount", "75"),
                ("payment-0-asset", "TRX"),
                ("payment-0-destination", wallet),
                ("payment-0-tx-hash", HASH),
            ];
            let r = app.post_report("en", &fields).await;
            assert_eq!(
                r.status(),
                303,
                "{backend:?}: {}",
                r.text().await.unwrap_or_default()
            );
        }
        let clusters: Vec<i64> = report_clusters::table
            .select(report_clusters::cluster_id)
            .load(&mut app.db.conn())
            .expect("clusters");
        assert_eq!(clusters.len(), 2, "{backend:?}: both reports in a cluster");
        assert_eq!(clusters[0], clusters[1], "{backend:?}: the same one");
    }
}
