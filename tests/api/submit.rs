//! Submitting a report: stored whole or not at all, answered field by field.

use diesel::prelude::*;
use fraudreport::db::schema::{indicators, outbox, payments, reports};
use fraudreport::domain::wallet::{Chain, WalletError};
use fraudreport::domain::{CaseRef, Problem};
use fraudreport::i18n::Locales;
use fraudreport::seal::Field;

use crate::helpers::{
    Fields, Options, backends, escaped, hidden_value, open, spawn_app, spawn_app_with,
    valid_report, with, without,
};

#[actix_web::test]
async fn a_valid_report_is_stored_with_payments_and_normalised_indicators() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let r = app.post_report("et", &valid_report()).await;
        assert_eq!(r.status(), 303, "{backend:?}");
        let location = r.headers()["location"].to_str().expect("ascii").to_string();
        assert!(location.starts_with("/et/case/"), "{location}");

        let mut c = app.db.conn();
        let (reference, residence, email, phone, locale): (
            String,
            String,
            Option<Vec<u8>>,
            Option<Vec<u8>>,
            String,
        ) = reports::table
            .select((
                reports::reference,
                reports::residence_country,
                reports::contact_email,
                reports::contact_phone,
                reports::locale,
            ))
            .first(&mut c)
            .expect("one report");
        assert_eq!(residence, "EE");
        let email = email.map(|e| open(Field::Email, &e));
        let phone = phone.map(|p| open(Field::Phone, &p));
        assert_eq!(email.as_deref(), Some("victim@example.org"));
        assert_eq!(
            phone.as_deref(),
            Some("+37251234567"),
            "national number read with the residence's code"
        );
        assert_eq!(locale, "et");

        let mut paid: Vec<(Option<i64>, Option<String>, Option<String>)> = payments::table
            .select((payments::amount_minor, payments::currency, payments::method))
            .order(payments::position)
            .load(&mut c)
            .expect("payments");
        paid.sort();
        assert_eq!(
            paid,
            vec![
                (
                    Some(150_050),
                    Some("EUR".into()),
                    Some("bank-transfer".into())
                ),
                (Some(250_000), Some("USD".into()), Some("crypto".into()))
            ]
        );

        let mut found: Vec<(String, String)> = indicators::table
            .select((indicators::kind, indicators::normalised))
            .load(&mut c)
            .expect("indicators");
        found.sort();
        let expected: Vec<(String, String)> = [
            ("alias", "anna smith"),
            ("domain", "trade-example.com"),
            ("email", "support@trade-example.com"),
            ("iban", "DE89370400440532013000"),
            ("phone", "+442079460000"),
            ("platform", "cryptotradepro"),
            ("wallet-eth", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            found, expected,
            "the same site and alias typed twice are stored once"
        );

        let queued: Vec<(String, String, String)> = outbox::table
            .select((outbox::kind, outbox::locale, outbox::recipient))
            .load::<(String, String, Vec<u8>)>(&mut c)
            .expect("outbox")
            .into_iter()
            .map(|(kind, locale, to)| (kind, locale, open(Field::Email, &to)))
            .collect();
        assert_eq!(
            queued,
            vec![("receipt".into(), "et".into(), "victim@example.org".into())]
        );

        let receipt = app.get_text(&location).await;
        let shown = CaseRef::parse(&reference)
            .expect("a well-formed reference")
            .to_string();
        assert!(receipt.contains(&shown), "the receipt shows {shown}");
        assert!(
            receipt.contains(&format!("https://report.example.org{location}")),
            "the private link"
        );
        let locales = Locales::load().expect("locales");
        let et = locales.get("et").expect("et");
        assert!(
            receipt.contains(&escaped(&et.loader.get("warning-no-fee"))),
            "the recovery-scam warning, in Estonian"
        );
    }
}

#[actix_web::test]
async fn the_private_secret_is_not_stored_only_its_hash() {
    let app = spawn_app(&backends()[0]).await;
    let r = app.post_report("en", &valid_report()).await;
    let location = r.headers()["location"].to_str().expect("ascii").to_string();
    let secret = location.rsplit('/').next().expect("secret").to_string();
    assert_eq!(secret.len(), 48, "192 bits");
    let mut c = app.db.conn();
    let stored: Vec<u8> = reports::table
        .select(reports::followup_key)
        .first(&mut c)
        .expect("row");
    assert_eq!(stored.len(), 16, "a 128-bit hash of the secret is kept");
    // Neither the secret nor its bytes are anywhere in the database files.
    let secret_bytes = hex::decode(&secret).expect("hex");
    for file in app.sqlite_files() {
        let data = std::fs::read(&file).expect("read");
        let found = |needle: &[u8]| data.windows(needle.len()).any(|w| w == needle);
        assert!(!found(secret.as_bytes()), "{file:?} holds the secret");
        assert!(!found(&secret_bytes), "{file:?} holds the secret's bytes");
    }
    assert_eq!(
        app.get(&location.replace(&secret[..4], "0000"))
            .await
            .status(),
        404
    );
}

#[actix_web::test]
async fn pressing_submit_twice_creates_one_report() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let tokens = app.open_form("en").await;
        let fields = valid_report();
        let (a, b) = tokio::join!(
            app.post_with("en", &tokens, &fields),
            app.post_with("en", &tokens, &fields)
        );
        assert_eq!(a.status(), 303);
        assert_eq!(b.status(), 303);
        assert_eq!(
            a.headers()["location"],
            b.headers()["location"],
            "both presses lead to the same receipt"
        );
        let again = app.post_with("en", &tokens, &valid_report()).await;
        assert_eq!(again.headers()["location"], a.headers()["location"]);
        assert_eq!(app.count_reports(), 1, "{backend:?}");
    }
}

#[actix_web::test]
async fn a_post_without_the_csrf_token_is_refused_and_nothing_is_stored() {
    let app = spawn_app(&backends()[0]).await;
    let tokens = app.open_form("fr").await;
    let mut fields = valid_report();
    fields.push(("submission_id", &tokens.submission_id));
    let r = app
        .client
        .post(format!("{}/fr/report", app.address))
        .form(&fields)
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
    let html = r.text().await.expect("body");
    let locales = Locales::load().expect("locales");
    let fr = locales.get("fr").expect("fr");
    assert!(html.contains(&escaped(&fr.loader.get("error-form-expired"))));
    assert!(
        html.contains("value=\"Crypto-Trade Pro\""),
        "what was typed is kept"
    );
    assert_eq!(app.count_all_rows(), 0);

    // A token from another browser's cookie does not pass either.
    let other = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    other
        .get(format!("{}/fr/report", app.address))
        .send()
        .await
        .expect("get");
    let mut fields = valid_report();
    fields.push(("csrf_token", &tokens.csrf_token));
    fields.push(("submission_id", &tokens.submission_id));
    let r = other
        .post(format!("{}/fr/report", app.address))
        .form(&fields)
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
    assert_eq!(app.count_all_rows(), 0);
}

/// Each kind of bad input, the field it lands on, and the problem it must show.
fn bad_inputs() -> Vec<(Fields, &'static str, Problem)> {
    let ok = valid_report();
    vec![
        (
            with(&ok, "contact_email", "victim@"),
            "contact_email",
            Problem::Email,
        ),
        (
            with(&ok, "contact_phone", "12"),
            "contact_phone",
            Problem::Phone,
        ),
        (
            without(&ok, "residence_country"),
            "residence_country",
            Problem::Required,
        ),
        (
            with(&ok, "residence_country", "XX"),
            "residence_country",
            Problem::Country,
        ),
        (
            with(&ok, "first_contact_channel", "carrier-pigeon"),
            "first_contact_channel",
            Problem::Choice,
        ),
        (
            with(&ok, "first_contact_date", "31 March"),
            "first_contact_date",
            Problem::DateFormat,
        ),
        (
            with(&ok, "first_contact_date", "2999-01-01"),
            "first_contact_date",
            Problem::DateFuture,
        ),
        (
            with(&ok, "first_contact_date", "1989-12-31"),
            "first_contact_date",
            Problem::DateTooEarly,
        ),
        (
            with(&ok, "websites", "trade-example.com\nnot a website"),
            "websites",
            Problem::Website { line: 2 },
        ),
        (
            with(&ok, "scam_phones", "call me"),
            "scam_phones",
            Problem::ScamPhone { line: 1 },
        ),
        (
            with(&ok, "scam_emails", "support(at)trade.com"),
            "scam_emails",
            Problem::ScamEmail { line: 1 },
        ),
        (
            with(&ok, "payment-0-amount", "lots"),
            "payment-0-amount",
            Problem::AmountFormat,
        ),
        (
            with(&ok, "payment-0-amount", "0"),
            "payment-0-amount",
            Problem::AmountPositive,
        ),
        (
            with(&ok, "payment-0-amount", "10,5555"),
            "payment-0-amount",
            Problem::AmountDecimals {
                currency: "EUR".into(),
                digits: 2,
            },
        ),
        (
            with(&ok, "payment-0-currency", "EURO"),
            "payment-0-currency",
            Problem::Currency,
        ),
        (
            without(&ok, "payment-1-amount"),
            "payment-1-amount",
            Problem::PaymentIncomplete,
        ),
        (
            with(&ok, "payment-0-destination", "DE89 3704 0044 0532 0130 01"),
            "payment-0-destination",
            Problem::Iban,
        ),
        (
            with(
                &ok,
                "payment-1-destination",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
            ),
            "payment-1-destination",
            Problem::Wallet(WalletError::BadCase(Chain::Ethereum)),
        ),
        (
            with(
                &ok,
                "payment-1-destination",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
            ),
            "payment-1-destination",
            Problem::Wallet(WalletError::BadChecksum(Chain::Bitcoin)),
        ),
        (
            with(
                &ok,
                "payment-1-destination",
                "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",
            ),
            "payment-1-destination",
            Problem::Wallet(WalletError::BadChecksum(Chain::Tron)),
        ),
        (
            with(&ok, "remote_access", "maybe"),
            "remote_access",
            Problem::Choice,
        ),
        (
            without(&ok, "consent_authority"),
            "consent_authority",
            Problem::ConsentAuthority,
        ),
        (
            without(&ok, "contact_email"),
            "contact_email",
            Problem::WarningsNeedEmail,
        ),
        (
            with(&ok, "platform_name", LONG_NAME),
            "platform_name",
            Problem::TooLong { max: 200 },
        ),
        (
            with(&ok, "homepage", "http://spam.example"),
            "homepage",
            Problem::Honeypot,
        ),
    ]
}

const LONG_NAME: &str = "Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro \
    Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro Crypto Trade Pro";

#[actix_web::test]
async fn each_kind_of_invalid_field_gets_its_translated_error_next_to_it_and_nothing_is_stored() {
    let locales = Locales::load().expect("locales");
    let languages = ["de", "uk", "lv", "nl", "fi", "ru", "fr", "et", "en"];
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (n, (fields, field, problem)) in bad_inputs().into_iter().enumerate() {
            let lang = languages[n % languages.len()];
            let locale = locales.get(lang).expect("locale");
            let r = app.post_report(lang, &fields).await;
            assert_eq!(r.status(), 422, "{field} in {lang}");
            let html = r.text().await.expect("body");
            let message = escaped(&locale.problem(&problem));
            if field == "homepage" {
                assert!(html.contains(&message), "honeypot explained in the summary");
            } else {
                let next_to_field = format!("id=\"{field}-error\">{message}</p>");
                assert!(html.contains(&next_to_field), "{lang}: no {next_to_field}");
            }
            assert!(
                html.contains(&format!("href=\"#{field}\"")),
                "the summary links to {field}"
            );
            assert!(
                html.contains("value=\"Crypto-Trade Pro\"") || field == "platform_name",
                "typed values are kept"
            );
            assert!(
                html.contains(&escaped(
                    "They called me & said <profits> were \"guaranteed\"."
                )),
                "the story is kept, escaped"
            );
            assert_eq!(app.count_all_rows(), 0, "{field}: nothing stored");
        }
    }
}

#[actix_web::test]
async fn a_refused_form_keeps_its_submission_id_so_a_corrected_send_is_one_report() {
    let app = spawn_app(&backends()[0]).await;
    let tokens = app.open_form("en").await;
    let bad = with(&valid_report(), "contact_email", "victim@");
    let r = app.post_with("en", &tokens, &bad).await;
    let html = r.text().await.expect("body");
    assert_eq!(
        hidden_value(&html, "submission_id").as_deref(),
        Some(tokens.submission_id.as_str())
    );
    assert_eq!(
        app.post_with("en", &tokens, &valid_report()).await.status(),
        303
    );
    assert_eq!(app.count_reports(), 1);
}

#[actix_web::test]
async fn the_submission_rate_limit_answers_with_the_form_kept() {
    let app = spawn_app_with(
        &backends()[0],
        Options {
            rate_limit: 2,
            ..Options::default()
        },
    )
    .await;
    for _ in 0..2 {
        assert_eq!(app.post_report("lv", &valid_report()).await.status(), 303);
    }
    let r = app.post_report("lv", &valid_report()).await;
    assert_eq!(r.status(), 429);
    let html = r.text().await.expect("body");
    let locales = Locales::load().expect("locales");
    assert!(
        html.contains(&escaped(
            &locales
                .get("lv")
                .expect("lv")
                .loader
                .get("error-rate-limited")
        ))
    );
    assert!(html.contains("value=\"Crypto-Trade Pro\""));
    assert_eq!(app.count_reports(), 2);
}

#[actix_web::test]
async fn a_minimal_report_needs_only_the_country_and_consent() {
    let app = spawn_app(&backends()[0]).await;
    let r = app
        .post_report(
            "en",
            &[("residence_country", "fi"), ("consent_authority", "yes")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.count_reports(), 1);
    let mut c = app.db.conn();
    let queued: i64 = outbox::table.count().get_result(&mut c).expect("count");
    assert_eq!(queued, 0, "no e-mail address, no receipt e-mail");
}

#[actix_web::test]
async fn an_oversized_body_is_refused() {
    let app = spawn_app(&backends()[0]).await;
    let huge = "x".repeat(200 * 1024);
    let tokens = app.open_form("en").await;
    let r = app
        .post_with("en", &tokens, &[("story", huge.as_str())])
        .await;
    assert_eq!(r.status(), 413);
    assert_eq!(app.count_reports(), 0);
}
