//! Attacks tried against the running service, each as the attacker would
//! play it: taking over a victim's case link, and more below.

use crate::helpers::*;

/// A submission id of the right shape, chosen by an attacker.
const CHOSEN_ID: &str = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

#[actix_web::test]
async fn a_submission_id_chosen_by_another_site_never_opens_the_victims_case() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let victim = browser();
        let report = format!("{}/en/report", app.address);

        // A page on another site makes the victim's browser post a form
        // with the attacker's id (SameSite=Strict: no cookie goes with it).
        let planted = victim
            .post(&report)
            .form(&[("submission_id", CHOSEN_ID), ("csrf_token", "x")])
            .send()
            .await
            .expect("post");
        assert_eq!(planted.status(), 403);
        let html = planted.text().await.expect("body");
        let offered = hidden_value(&html, "submission_id").expect("id");
        assert_ne!(
            offered, CHOSEN_ID,
            "the refused form comes back with a fresh id"
        );

        // The victim completes the form the service showed them.
        let mut fields: Vec<(&str, &str)> = vec![("csrf_token", ""), ("submission_id", "")];
        let token = hidden_value(&html, "csrf_token").expect("token");
        fields[0].1 = &token;
        fields[1].1 = &offered;
        fields.extend(valid_report());
        let sent = victim
            .post(&report)
            .form(&fields)
            .send()
            .await
            .expect("post");
        assert_eq!(sent.status(), 303, "{backend:?}");
        let case = sent.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();

        // The attacker, in their own browser with their own valid form,
        // sends the chosen id, then the victim's real one (had it leaked).
        for stolen in [CHOSEN_ID, offered.as_str()] {
            let attacker = browser();
            let form = attacker
                .get(&report)
                .send()
                .await
                .expect("get")
                .text()
                .await
                .expect("body");
            let own_token = hidden_value(&form, "csrf_token").expect("token");
            let mut fields: Vec<(&str, &str)> =
                vec![("csrf_token", &own_token), ("submission_id", stolen)];
            fields.extend(valid_report());
            let r = attacker
                .post(&report)
                .form(&fields)
                .send()
                .await
                .expect("post");
            assert_eq!(
                r.status(),
                403,
                "{backend:?}: an id not minted for this browser"
            );
            assert!(r.headers().get("location").is_none());
            let page = r.text().await.expect("body");
            assert!(!page.contains(&case), "the victim's case link never shows");
            assert_ne!(
                hidden_value(&page, "submission_id").as_deref(),
                Some(stolen)
            );
        }
        assert_eq!(
            app.count_reports(),
            1,
            "{backend:?}: the victim's report is stored"
        );
        let receipt = victim
            .get(format!("{}{case}", app.address))
            .send()
            .await
            .expect("get");
        assert_eq!(receipt.status(), 200, "the victim still reaches their case");
    }
}
