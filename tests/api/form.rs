//! The form as a victim first sees it.

use fraudreport::i18n::{LANGUAGES, Locales};

use crate::helpers::{backends, escaped, hidden_value, spawn_app};

#[actix_web::test]
async fn the_form_renders_in_every_shipped_language_with_translated_labels() {
    let locales = Locales::load().expect("locales");
    let english = locales.get("en").expect("en");
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for language in LANGUAGES {
            let response = app.get(&format!("/{}/report", language.code)).await;
            assert_eq!(response.status(), 200, "{}", language.code);
            let html = response.text().await.expect("body");
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"ltr\">", language.code)));
            let locale = locales.get(language.code).expect("locale");
            for id in ["field-residence", "form-submit", "field-scam-phones"] {
                let label = locale.loader.get(id);
                if language.code != "en" {
                    assert_ne!(
                        label,
                        english.loader.get(id),
                        "{} has no translation of {id}",
                        language.code
                    );
                }
                assert!(
                    html.contains(&escaped(&label)),
                    "{}: {id} missing",
                    language.code
                );
            }
            // Every language lists itself and the others in their own names.
            for other in LANGUAGES {
                assert!(html.contains(&format!(">{}</a>", other.autonym)));
            }
        }
    }
}

#[actix_web::test]
async fn the_country_list_holds_every_country_named_and_sorted_in_the_page_language() {
    let app = spawn_app(&backends()[0]).await;
    let html = app.get_text("/de/report").await;
    let options = html.matches("<option value=\"").count();
    // 249 countries, the channel and payment-method choices, suggested currencies.
    assert!(options >= 249, "{options}");
    let germany = html
        .find(">Deutschland</option>")
        .expect("Germany in German");
    let austria = html
        .find(">Österreich</option>")
        .expect("Austria in German");
    let denmark = html.find(">Dänemark</option>").expect("Denmark in German");
    assert!(
        denmark < germany,
        "German collation: Dänemark before Deutschland"
    );
    assert!(germany < austria, "German collation puts Ö with O");
}

#[actix_web::test]
async fn the_form_works_without_javascript_and_offers_several_payment_rows() {
    let app = spawn_app(&backends()[0]).await;
    let html = app.get_text("/en/report").await;
    assert!(html.contains("name=\"payment-0-amount\""));
    assert!(html.contains("name=\"payment-2-amount\""));
    assert!(html.contains("method=\"post\""));
    assert!(!html.contains("<script>"), "no inline script");
    assert!(hidden_value(&html, "csrf_token").is_some_and(|t| t.len() == 64));
    assert!(hidden_value(&html, "submission_id").is_some_and(|t| t.len() == 64));
    assert!(
        html.contains("the phone numbers") || html.contains("Phone numbers that contacted you")
    );
}

#[actix_web::test]
async fn each_form_gets_its_own_submission_id() {
    let app = spawn_app(&backends()[0]).await;
    let a = app.open_form("en").await;
    let b = app.open_form("en").await;
    assert_ne!(a.submission_id, b.submission_id);
}
