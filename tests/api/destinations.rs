//! Payment destinations that look like a wallet address or an IBAN but are
//! mistyped come back with a reason next to the field, in the page's
//! language, with the text kept as typed; nothing is stored.

use fraudreport::domain::Problem;
use fraudreport::domain::wallet::{Chain, WalletError};
use fraudreport::i18n::Locales;

use crate::helpers::{backends, escaped, spawn_app, valid_report, with};

/// A typo, the language the form is sent in, the problem it must show, and
/// words the message must contain.
fn typos() -> Vec<(&'static str, &'static str, Problem, &'static [&'static str])> {
    let wallet = Problem::Wallet;
    vec![
        (
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAzz",
            "de",
            wallet(WalletError::BadCharacters {
                chain: Chain::Ethereum,
                characters: "z".into(),
            }),
            &["Ethereum", ": z."],
        ),
        (
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
            "et",
            wallet(WalletError::BadCase(Chain::Ethereum)),
            &["Ethereum", "EIP-55"],
        ),
        (
            "XX89 3704 0044 0532 0130 00",
            "ru",
            Problem::IbanCountry { code: "XX".into() },
            &["IBAN", "XX"],
        ),
        (
            "DE89 3704 0044 0532 0130 0",
            "fi",
            Problem::IbanFormat {
                country: "DE".into(),
            },
            &["IBAN", "DE"],
        ),
        (
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "fr",
            wallet(WalletError::BadChecksum(Chain::Bitcoin)),
            &["Bitcoin"],
        ),
        (
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0",
            "lv",
            wallet(WalletError::BadCharacters {
                chain: Chain::Bitcoin,
                characters: "0".into(),
            }),
            &["Bitcoin", ": 0."],
        ),
        (
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6",
            "uk",
            wallet(WalletError::BadLength {
                chain: Chain::Tron,
                length: 33,
                expected: 34,
            }),
            &["Tron", "33", "34"],
        ),
    ]
}

#[actix_web::test]
async fn a_mistyped_wallet_or_iban_is_explained_next_to_its_field_with_the_text_kept() {
    let locales = Locales::load().expect("locales");
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (typo, lang, problem, words) in typos() {
            let fields = with(&valid_report(), "payment-1-destination", typo);
            let r = app.post_report(lang, &fields).await;
            assert_eq!(r.status(), 422, "{typo} in {lang}");
            let html = r.text().await.expect("body");
            let message = locales.get(lang).expect("locale").problem(&problem);
            let english = locales.get("en").expect("en").problem(&problem);
            assert_ne!(message, english, "{lang} has its own words for {typo}");
            for word in words {
                assert!(message.contains(word), "{lang}: {message:?} lacks {word}");
            }
            let next_to_field = format!(
                "id=\"payment-1-destination-error\">{}</p>",
                escaped(&message)
            );
            assert!(html.contains(&next_to_field), "{lang}: no {next_to_field}");
            let kept = format!("name=\"payment-1-destination\" value=\"{}\"", escaped(typo));
            assert!(html.contains(&kept), "{typo} is kept as typed");
            assert!(html.contains("href=\"#payment-1-destination\""));
            assert_eq!(app.count_all_rows(), 0, "{typo}: nothing stored");
        }
    }
}

#[actix_web::test]
async fn other_references_are_still_accepted_as_typed() {
    let app = spawn_app(&backends()[0]).await;
    for (n, reference) in [
        "Western Union MTCN 1234567890",
        "TRANSFERREFERENCE2024ABCDEFGHIJKLMN",
    ]
    .into_iter()
    .enumerate()
    {
        let fields = with(&valid_report(), "payment-1-destination", reference);
        let r = app.post_report("en", &fields).await;
        assert_eq!(r.status(), 303, "{reference}");
        assert_eq!(app.count_reports(), i64::try_from(n + 1).expect("small"));
    }
}
