//! The public check (`/{lang}/check`, `/api/v1/check`), black-box: reports
//! filed through the form from separate browsers and networks (a trusted
//! proxy forwards each sender's address), then the value checked as a
//! person or a partner's system would.

use fraudreport::domain::Role;

use crate::api::JsonBody;
use crate::helpers::{Options, TestApp, backends, hidden_value, spawn_app_with};
use crate::portal::{between, browser, post_with_csrf};

/// The value the tests' fake "recovery" firm used.
const PHONE: &str = "+44 20 7946 0321";
const SITE: &str = "asset-recovery-desk.com";

fn behind_proxy() -> Options {
    Options {
        trusted_proxies: Some("127.0.0.1"),
        ..Options::default()
    }
}

/// Files a report from a browser of its own (or the one given) at `ip`;
/// returns the case page's path.
async fn file_from(
    app: &TestApp,
    browser: &reqwest::Client,
    ip: &str,
    fields: &[(&str, &str)],
) -> String {
    let html = browser
        .get(format!("{}/en/report", app.address))
        .send()
        .await
        .expect("form")
        .text()
        .await
        .expect("body");
    let csrf = hidden_value(&html, "csrf_token").expect("csrf");
    let id = hidden_value(&html, "submission_id").expect("id");
    let mut body = vec![
        ("csrf_token", csrf.as_str()),
        ("submission_id", id.as_str()),
        ("consent_authority", "yes"),
        ("residence_country", "EE"),
        ("payment-0-amount", "900"),
        ("payment-0-currency", "EUR"),
        ("contact_email", "quiet.victim@example.org"),
        ("platform_name", "Zenith Capital Markets"),
    ];
    body.retain(|(k, _)| !fields.iter().any(|(f, _)| f == k));
    body.extend_from_slice(fields);
    let r = browser
        .post(format!("{}/en/report", app.address))
        .header("x-forwarded-for", ip)
        .form(&body)
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let case = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    app.linked().await;
    case
}

/// The check page's answer for `value`, asked in `lang`.
async fn check(app: &TestApp, lang: &str, value: &str) -> (u16, String) {
    let r = browser()
        .post(format!("{}/{lang}/check", app.address))
        .header("x-forwarded-for", "192.0.2.200")
        .form(&[("value", value)])
        .send()
        .await
        .expect("check");
    let status = r.status().as_u16();
    (status, r.text().await.expect("body"))
}

/// The answer's section, without the rest of the page.
fn result(html: &str) -> String {
    between(html, "<section class=\"check-result", "</section>")
}

const NOT_FOUND: &str = "Not in our reports";
const LISTED: &str = "Victims have reported this to us";

#[actix_web::test]
async fn a_value_is_listed_only_once_two_unrelated_victims_reported_it_and_never_shows_a_report() {
    for backend in backends() {
        let app = spawn_app_with(&backend, behind_proxy()).await;
        let first = browser();
        let scam = [("scam_phones", PHONE), ("websites", SITE)];
        file_from(&app, &first, "198.51.100.7", &scam).await;

        // One report: the answer is the one for a value nobody reported.
        let (status, one) = check(&app, "en", PHONE).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(result(&one).contains(NOT_FOUND), "{backend:?}: {one}");
        assert!(result(&one).contains("does not mean it is safe"));
        let (_, never) = check(&app, "en", "+44 20 7946 0999").await;
        assert_eq!(
            result(&one).replace("+442079460321", "N"),
            result(&never).replace("+442079460999", "N"),
            "{backend:?}: one report answers as none"
        );

        // The same browser again, from another network: the same source.
        file_from(&app, &first, "203.0.113.50", &[("scam_phones", PHONE)]).await;
        let (_, same_browser) = check(&app, "en", PHONE).await;
        assert!(result(&same_browser).contains(NOT_FOUND), "{backend:?}");
        // Another browser on the first network: the same source too.
        file_from(&app, &browser(), "198.51.100.99", &[("websites", SITE)]).await;
        let (_, same_network) = check(&app, "en", SITE).await;
        assert!(result(&same_network).contains(NOT_FOUND), "{backend:?}");

        // An unrelated victim, in another country.
        let latvian = [
            ("scam_phones", "00 44 20 7946 0321"),
            ("residence_country", "LV"),
        ];
        file_from(&app, &browser(), "192.0.2.33", &latvian).await;
        let (_, listed) = check(&app, "en", "+44 20-7946-0321").await;
        let answer = result(&listed);
        assert!(answer.contains(LISTED), "{backend:?}: {listed}");
        assert!(answer.contains("As part of an investment fraud: by 2 to 9 victims."));
        // Two countries are not told: they would narrow down where a
        // victim lives.
        assert!(!answer.contains("countr"), "{answer}");
        assert!(answer.contains("+442079460321"));
        // The whole page names no report, victim, platform, date or place.
        for secret in [
            "quiet.victim",
            "Zenith",
            "Estonia",
            "Latvia",
            "EE",
            "LV",
            &chrono::Utc::now().format("%Y-%m-%d").to_string(),
        ] {
            assert!(
                !answer.contains(secret),
                "{backend:?}: {secret} in {answer}"
            );
        }
        assert!(!listed.contains("quiet.victim") && !listed.contains("Zenith"));
        // The warning comes with every answer.
        for page in [&one, &listed] {
            assert!(page.contains("No authority and no genuine helper charges a fee"));
        }
        // In the person's language.
        let (_, german) = check(&app, "de", PHONE).await;
        assert!(
            !result(&german).contains(LISTED),
            "{backend:?}: German page"
        );
        assert!(german.contains("lang=\"de\""));
    }
}

#[actix_web::test]
async fn recovery_approaches_added_on_the_case_page_are_told_apart_and_bands_cap_at_ten() {
    for backend in backends() {
        let app = spawn_app_with(&backend, behind_proxy()).await;
        // Eleven victims, each in a browser and a network of their own,
        // report the site as part of the fraud; two of them later add the
        // same site as a "recovery" approach's, on their case pages.
        let mut cases = Vec::new();
        for i in 0..11 {
            let ip = format!("198.51.{i}.10");
            let b = browser();
            let case = file_from(&app, &b, &ip, &[("websites", "zenith-markets.com")]).await;
            cases.push((b, case));
        }
        for (b, case) in &cases[..2] {
            let page = b
                .get(format!("{}{case}", app.address))
                .send()
                .await
                .expect("case page")
                .text()
                .await
                .expect("body");
            assert!(page.contains("/en/check"), "the case page links the check");
            let r = b
                .post(format!("{}{case}/approach", app.address))
                .form(&[("websites", "https://www.claims-bureau-legal.com/intake")])
                .send()
                .await
                .expect("approach");
            assert!(r.status().is_redirection(), "{}", r.status());
        }
        let (_, fraud) = check(&app, "en", "http://zenith-markets.com/").await;
        let answer = result(&fraud);
        assert!(answer.contains("As part of an investment fraud: by 10 or more victims."));
        assert!(!answer.contains("recovery"), "{answer}");
        assert!(!answer.contains("11"), "the count is never told: {answer}");
        let (_, recovery) = check(&app, "en", "claims-bureau-legal.com").await;
        let answer = result(&recovery);
        assert!(
            answer.contains("As a “recovery” offer after a fraud: by 2 to 9 victims."),
            "{backend:?}: {answer}"
        );
        assert!(!answer.contains("countr"), "one country is not told");
        assert!(recovery.contains("Do not pay them"));
    }
}

#[actix_web::test]
async fn values_that_cannot_be_read_are_refused_next_to_the_field_and_services_are_not_judged() {
    let backend = &backends()[0];
    let app = spawn_app_with(backend, Options::default()).await;
    let (status, page) = check(&app, "en", "DE89 3704 0044 0532 0130 01").await;
    assert_eq!(status, 422);
    let field = between(&page, "<div class=\"field invalid\">", "</div>");
    assert!(field.contains("id=\"value-error\""), "{page}");
    assert!(field.contains("check digits"), "{field}");
    assert!(
        field.contains("value=\"DE89 3704 0044 0532 0130 01\""),
        "kept"
    );
    assert!(!page.contains("check-result"));
    let (status, latvian) = check(&app, "lv", "hello there").await;
    assert_eq!(status, 422);
    assert!(latvian.contains("aria-invalid=\"true\""));
    assert!(latvian.contains("value=\"hello there\""));
    assert!(
        !latvian.contains("We cannot read this"),
        "the refusal is in Latvian"
    );
    // What is typed is escaped where it is kept.
    let (_, escaped) = check(&app, "en", "<script>x</script>").await;
    assert!(!escaped.contains("<script>x"), "escaped");

    let (status, service) = check(&app, "en", "https://www.binance.com/en/support").await;
    assert_eq!(status, 200);
    assert!(
        result(&service).contains("A well-known service"),
        "{service}"
    );

    // The empty form, linked from the home page and the report form.
    let empty = app.get_text("/fr/check").await;
    assert!(empty.contains("<form method=\"post\" action=\"/fr/check\""));
    for page in ["/en/", "/en/report"] {
        assert!(
            app.get_text(page).await.contains("href=\"/en/check\""),
            "{page}"
        );
    }
}

#[actix_web::test]
async fn checks_are_limited_per_client() {
    let backend = &backends()[0];
    let options = Options {
        adjust: Some(|s| s.check_rate_limit = 3),
        ..behind_proxy()
    };
    let app = spawn_app_with(backend, options).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(check(&app, "en", SITE).await.0);
    }
    assert_eq!(statuses, [200, 200, 200, 429]);
    let r = browser()
        .post(format!("{}/en/check", app.address))
        .header("x-forwarded-for", "192.0.2.201")
        .form(&[("value", SITE)])
        .send()
        .await
        .expect("check");
    assert_eq!(r.status(), 200, "another client has its own allowance");
    let (_, limited) = check(&app, "en", "someone@example.org").await;
    assert!(limited.contains("value=\"someone@example.org\""), "kept");
}

#[actix_web::test]
async fn a_coordinator_publishes_and_withdraws_values_and_each_decision_is_audited() {
    for backend in backends() {
        let app = spawn_app_with(&backend, behind_proxy()).await;
        let coordinator = app.officer("c@hub.example", Role::Coordinator, None).await;
        let page = coordinator.get_text(&app, "/portal/check").await;
        assert!(page.contains("What the public check shows"));

        // Published with a note: shown though nobody reported it.
        let publish = [
            ("value", "https://www.Lexington-Recovery-Law.com/"),
            ("decision", "publish"),
            (
                "note",
                "Fake law firm asking victims for a \"recovery fee\"",
            ),
        ];
        let r = post_with_csrf(&app, &coordinator, "/portal/check", &publish).await;
        assert_eq!(r.status(), 303, "{backend:?}");
        let (_, shown) = check(&app, "en", "lexington-recovery-law.com").await;
        let answer = result(&shown);
        assert!(answer.contains(LISTED), "{backend:?}: {answer}");
        assert!(answer.contains("Fake law firm asking victims for a &#34;recovery fee&#34;"));
        assert!(!answer.contains("victims."), "no reports, no bands");
        // One report of it changes nothing: publishing never tells that a
        // single source reported a value.
        file_from(
            &app,
            &browser(),
            "198.51.100.50",
            &[("websites", "lexington-recovery-law.com")],
        )
        .await;
        let (_, one) = check(&app, "en", "lexington-recovery-law.com").await;
        assert_eq!(result(&one), answer, "{backend:?}");

        // Two unrelated reports, then withdrawn: never shown.
        for ip in ["198.51.100.1", "203.0.113.1"] {
            file_from(
                &app,
                &browser(),
                ip,
                &[("scam_emails", "desk@fundtrace-help.net")],
            )
            .await;
        }
        let (_, reported) = check(&app, "en", "Desk@FundTrace-Help.net").await;
        assert!(result(&reported).contains(LISTED), "{backend:?}");
        let withdraw = [
            ("value", "desk@fundtrace-help.net"),
            ("decision", "withdraw"),
        ];
        let r = post_with_csrf(&app, &coordinator, "/portal/check", &withdraw).await;
        assert_eq!(r.status(), 303);
        file_from(
            &app,
            &browser(),
            "192.0.2.77",
            &[("scam_emails", "desk@fundtrace-help.net")],
        )
        .await;
        let (_, withdrawn) = check(&app, "en", "desk@fundtrace-help.net").await;
        assert!(result(&withdrawn).contains(NOT_FOUND), "{backend:?}");
        // Until published again.
        let republish = [
            ("value", "desk@fundtrace-help.net"),
            ("decision", "publish"),
            ("note", "Confirmed recovery scam"),
        ];
        post_with_csrf(&app, &coordinator, "/portal/check", &republish).await;
        let (_, again) = check(&app, "en", "desk@fundtrace-help.net").await;
        let answer = result(&again);
        assert!(answer.contains("Confirmed recovery scam"), "{answer}");
        assert!(answer.contains("by 2 to 9 victims"), "{answer}");

        // The listings page lists both; the audit log has the three.
        let page = coordinator.get_text(&app, "/portal/check").await;
        assert!(page.contains("lexington-recovery-law.com"));
        assert!(page.contains("Confirmed recovery scam"));
        let decisions = app.audited("check-listing");
        assert_eq!(
            decisions,
            [
                "domain lexington-recovery-law.com: published: Fake law firm asking victims for a \"recovery fee\"",
                "email desk@fundtrace-help.net: withdrawn",
                "email desk@fundtrace-help.net: published: Confirmed recovery scam",
            ],
            "{backend:?}"
        );

        // A note is needed to publish; a bad value is refused by its field.
        let bare = [("value", "fundtrace-help.net"), ("decision", "publish")];
        let r = post_with_csrf(&app, &coordinator, "/portal/check", &bare).await;
        assert_eq!(r.status(), 422);
        let page = r.text().await.expect("body");
        assert!(page.contains("id=\"note-error\""));
        assert!(page.contains("value=\"fundtrace-help.net\""));
        let bad = [("value", "+1 2"), ("decision", "withdraw")];
        let r = post_with_csrf(&app, &coordinator, "/portal/check", &bad).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.expect("body").contains("id=\"value-error\""));

        // Nobody else may decide, or see the page.
        let officer = app
            .officer("o@politsei.ee", Role::Officer, Some("ee-ppa"))
            .await;
        assert_eq!(officer.get(&app, "/portal/check").await.status(), 404);
        let r = post_with_csrf(&app, &officer, "/portal/check", &withdraw).await;
        assert_eq!(r.status(), 404);
    }
}

#[actix_web::test]
async fn partners_check_through_the_api_and_open_nothing_else() {
    for backend in backends() {
        let options = Options {
            adjust: Some(|s| s.api_check_rate_limit = 5),
            ..behind_proxy()
        };
        let app = spawn_app_with(&backend, options).await;
        for ip in ["198.51.100.1", "203.0.113.1"] {
            file_from(&app, &browser(), ip, &[("scam_phones", PHONE)]).await;
        }
        let coordinator = app.officer("c@hub.example", Role::Coordinator, None).await;
        let r = post_with_csrf(
            &app,
            &coordinator,
            "/portal/api-tokens",
            &[("name", "Example Bank fraud desk"), ("days", "30")],
        )
        .await;
        assert_eq!(r.status(), 200, "{backend:?}");
        let page = r.text().await.expect("body");
        assert!(page.contains("partner token"), "the partners' page");
        let partner = between(
            &page,
            "<code class=\"secret\" id=\"api-token-secret\">",
            "<",
        );

        let path = "/api/v1/check?value=%2B44%2020%207946%200321&lang=de";
        let r = crate::api::get(&app, path, Some(&partner)).await;
        assert_eq!(r.status(), 200, "{backend:?}");
        assert_eq!(r.headers()["cache-control"], "no-store");
        let answer = r.json_body().await;
        assert_eq!(answer["listed"], true);
        assert_eq!(answer["kind"], "phone");
        assert_eq!(answer["value"], "+442079460321");
        assert_eq!(answer["fraud_reports"], "2-9");
        assert_eq!(answer["recovery_reports"], serde_json::Value::Null);
        assert_eq!(
            answer["countries"],
            serde_json::Value::Null,
            "one country is not told"
        );
        let warning = answer["warning"].as_array().expect("warning");
        assert!(warning.len() > 5 && !warning[0].as_str().unwrap_or("").is_empty());
        let keys: Vec<&String> = answer.as_object().expect("object").keys().collect();
        assert!(
            keys.iter().all(
                |k| !["reference", "reports", "created_at", "authority", "country"]
                    .contains(&k.as_str())
            ),
            "{keys:?}"
        );

        // An authority's token checks too.
        let ee = crate::api::token(&app, "ee-ppa");
        let unlisted = crate::api::json(&app, "/api/v1/check?value=example.org", &ee).await;
        assert_eq!(unlisted["listed"], false);
        assert_eq!(unlisted["service"], false);

        // A value that cannot be read: 422 with why.
        let r = crate::api::get(&app, "/api/v1/check?value=12", Some(&partner)).await;
        assert_eq!(r.status(), 422);
        let problem = r.json_body().await;
        assert!(
            problem["detail"].as_str().unwrap_or("").contains("phone"),
            "{problem}"
        );

        // The partner's token opens no case route.
        for case_path in ["/api/v1/cases", "/api/v1/cases/ABCD-EFGH-JKLM/misp"] {
            let r = crate::api::get(&app, case_path, Some(&partner)).await;
            assert_eq!(r.status(), 403, "{backend:?} {case_path}");
        }

        // Limited per token: five this minute (two used above, the
        // 422 one too).
        let mut statuses = Vec::new();
        for _ in 0..4 {
            let r = crate::api::get(&app, "/api/v1/check?value=example.org", Some(&partner)).await;
            statuses.push(r.status().as_u16());
        }
        assert_eq!(statuses, [200, 200, 200, 429], "{backend:?}");
        let r = crate::api::get(&app, "/api/v1/check?value=example.org", Some(&ee)).await;
        assert_eq!(r.status(), 200, "each token has its own allowance");

        // Audited by token, never with the value (the batched reads are
        // written within a second).
        actix_web::rt::time::sleep(std::time::Duration::from_millis(1_500)).await;
        let checks = app.audited("api-check");
        assert_eq!(
            checks.len(),
            7,
            "{backend:?}: every answered check {checks:?}"
        );
        assert!(
            checks.iter().all(|d| d.ends_with("/api/v1/check")),
            "{checks:?}"
        );
        assert!(
            checks
                .iter()
                .all(|d| !d.contains("7946") && !d.contains("example")),
            "no value in {checks:?}"
        );
    }
}

#[actix_web::test]
async fn a_report_an_officer_found_nothing_in_or_a_victim_erased_vouches_for_nothing() {
    use diesel::prelude::*;
    use fraudreport::db::schema::reports;
    for backend in backends() {
        let app = spawn_app_with(&backend, behind_proxy()).await;
        let value = [("scam_phones", PHONE)];
        let first = file_from(&app, &browser(), "198.51.100.7", &value).await;
        file_from(&app, &browser(), "203.0.113.8", &value).await;
        let (_, listed) = check(&app, "en", PHONE).await;
        assert!(result(&listed).contains(LISTED), "{backend:?}");

        // The Estonian police find nothing to act on in the second report.
        let second: String = reports::table
            .order(reports::id.desc())
            .select(reports::reference)
            .first::<fraudreport::domain::CaseRef>(&mut app.db.conn())
            .expect("the report")
            .to_string();
        let officer = app
            .officer("o@politsei.ee", Role::Officer, Some("ee-ppa"))
            .await;
        let to = [("to", "no_action"), ("reason", "a test report")];
        let path = format!("/portal/cases/{second}/status");
        let r = post_with_csrf(&app, &officer, &path, &to).await;
        assert!(r.status().is_redirection(), "{backend:?}: {}", r.status());
        let (_, unlisted) = check(&app, "en", PHONE).await;
        assert!(result(&unlisted).contains(NOT_FOUND), "{backend:?}");

        // Another victim reports it; then the first erases their details,
        // and with them the keyed hashes of where they sent it from.
        file_from(&app, &browser(), "192.0.2.9", &value).await;
        let (_, again) = check(&app, "en", PHONE).await;
        assert!(result(&again).contains(LISTED), "{backend:?}");
        let r = browser()
            .post(format!("{}{first}/erase", app.address))
            .send()
            .await
            .expect("erase");
        assert_eq!(r.status(), 303);
        let origins: Vec<crate::helpers::OriginKeys> = reports::table
            .filter(reports::contact_erased_at.is_not_null())
            .select((reports::session_key, reports::network_key))
            .load(&mut app.db.conn())
            .expect("erased");
        assert_eq!(origins, [(None, None)], "{backend:?}");
        // An erased report is of unknown origin, still unrelated to the
        // third victim's: the value stays listed.
        let (_, still) = check(&app, "en", PHONE).await;
        assert!(result(&still).contains(LISTED), "{backend:?}");
    }
}
