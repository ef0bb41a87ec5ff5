//! Geolocation and routing, seen from outside: what is stored, what the
//! victim is shown, and what is never kept.

use diesel::prelude::*;
use fraudreport::db::schema::reports;
use fraudreport::i18n::Locales;

use crate::helpers::{
    IP_ESTONIA_V6, IP_HESSE, Options, backends, escaped, spawn_app, spawn_app_with, valid_report,
    with,
};

type Routed = (
    Option<String>,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<bool>,
);

fn routed(app: &crate::helpers::TestApp) -> Routed {
    reports::table
        .select((
            reports::residence_region,
            reports::authority_id,
            reports::routed_to,
            reports::routing_reason,
            reports::geo_country,
            reports::geo_region,
            reports::geo_matches_residence,
        ))
        .first(&mut app.db.conn())
        .expect("one report")
}

fn behind_proxy() -> Options {
    Options {
        trusted_proxies: Some("127.0.0.1,::1"),
        ..Options::default()
    }
}

#[actix_web::test]
async fn a_german_report_with_its_land_is_routed_to_that_land_with_a_reason_the_victim_sees() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let fields = with(
            &with(&valid_report(), "residence_country", "DE"),
            "residence_region",
            "DE-HE",
        );
        let r = app.post_report("de", &fields).await;
        assert_eq!(r.status(), 303, "{backend:?}");
        let (region, authority, routed_to, reason, ..) = routed(&app);
        assert_eq!(region.as_deref(), Some("DE-HE"));
        assert_eq!(authority.as_deref(), Some("de-he"));
        assert_eq!(
            routed_to, "hub",
            "no intake address is configured by default"
        );
        assert!(
            reason.starts_with("residence DE-HE → Polizei Hessen"),
            "{reason}"
        );
        let receipt = app
            .get_text(r.headers()["location"].to_str().expect("ascii"))
            .await;
        assert!(
            receipt.contains("Polizei Hessen"),
            "the receipt names the authority"
        );
        assert!(
            receipt.contains("Hessen, Deutschland"),
            "and why: where the victim lives, named in German"
        );
    }
}

#[actix_web::test]
async fn without_a_script_the_region_is_a_second_step_that_can_be_skipped() {
    let app = spawn_app(&backends()[0]).await;
    let tokens = app.open_form("en").await;
    let fields = with(&valid_report(), "residence_country", "DE");
    let r = app.post_with("en", &tokens, &fields).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.expect("body");
    let locales = Locales::load().expect("locales");
    let en = locales.get("en").expect("en");
    assert!(html.contains(&escaped(&en.loader.get("form-region-step"))));
    assert!(
        html.contains("data-country=\"DE\">"),
        "Germany's regions are offered"
    );
    assert!(
        html.contains("data-country=\"CH\" disabled hidden>"),
        "other countries' regions are not"
    );
    assert!(
        !html.contains("id=\"region-field\" hidden"),
        "the question is visible without a script"
    );
    assert_eq!(app.count_reports(), 0, "nothing stored yet");
    let again = with(&fields, "region_asked", "1");
    assert_eq!(app.post_with("en", &tokens, &again).await.status(), 303);
    let (region, authority, ..) = routed(&app);
    assert_eq!(region, None);
    assert_eq!(
        authority.as_deref(),
        Some("de-onlinewache"),
        "the national portal when the Land is not given"
    );
}

#[actix_web::test]
async fn a_region_of_another_country_is_refused_next_to_the_field() {
    let app = spawn_app(&backends()[0]).await;
    let fields = with(
        &with(&valid_report(), "residence_country", "AT"),
        "residence_region",
        "DE-HE",
    );
    let r = app.post_report("en", &fields).await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains("id=\"residence_region-error\"")
    );
    assert_eq!(app.count_reports(), 0);
}

#[actix_web::test]
async fn a_mismatch_between_geolocation_and_residence_is_recorded() {
    for backend in backends() {
        let app = spawn_app_with(&backend, behind_proxy()).await;
        let r = app.post_report_from(IP_HESSE, &valid_report()).await;
        assert_eq!(r.status(), 303);
        let (.., geo_country, geo_region, matches) = routed(&app);
        assert_eq!(geo_country.as_deref(), Some("DE"));
        assert_eq!(geo_region.as_deref(), Some("DE-HE"));
        assert_eq!(matches, Some(false), "lives in EE, connected from DE");
    }
}

#[actix_web::test]
async fn forwarding_and_country_headers_from_an_untrusted_peer_are_ignored() {
    let app = spawn_app_with(
        &backends()[0],
        Options {
            country_header: Some("CF-IPCountry"),
            ..Options::default()
        },
    )
    .await;
    let html = app
        .client
        .get(format!("{}/en/report", app.address))
        .header("x-forwarded-for", IP_HESSE)
        .header("cf-ipcountry", "FR")
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(!html.contains("<option value=\"DE\" selected>"));
    assert!(!html.contains("<option value=\"FR\" selected>"));
}

#[actix_web::test]
async fn the_form_preselects_the_country_and_region_of_the_connection() {
    let app = spawn_app_with(&backends()[0], behind_proxy()).await;
    let get = |ip: &'static str| {
        app.client
            .get(format!("{}/en/report", app.address))
            .header("x-forwarded-for", ip)
            .send()
    };
    let html = get(IP_HESSE)
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(html.contains("<option value=\"DE\" selected>"));
    assert!(html.contains("<option value=\"DE-HE\" selected>"));
    assert!(
        !html.contains("id=\"region-field\" hidden"),
        "the region question is shown at once"
    );
    let html = get(IP_ESTONIA_V6)
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(html.contains("<option value=\"EE\" selected>"));
    assert!(
        html.contains("id=\"region-field\" hidden"),
        "Estonia is not routed by region"
    );
}

#[actix_web::test]
async fn a_trusted_cdn_country_header_is_believed() {
    let options = Options {
        country_header: Some("CF-IPCountry"),
        ..behind_proxy()
    };
    let app = spawn_app_with(&backends()[0], options).await;
    let r = app
        .client
        .get(format!("{}/", app.address))
        .header("cf-ipcountry", "FI")
        .send()
        .await
        .expect("get");
    assert_eq!(
        r.headers()["location"],
        "/fi/",
        "no Accept-Language: the language of the country"
    );
}

#[actix_web::test]
async fn no_ip_address_is_stored_anywhere() {
    let app = spawn_app_with(&backends()[0], behind_proxy()).await;
    for ip in [IP_HESSE, IP_ESTONIA_V6] {
        let r = app.post_report_from(ip, &valid_report()).await;
        assert_eq!(r.status(), 303);
    }
    assert_eq!(app.count_reports(), 2);
    let needles: Vec<Vec<u8>> = vec![
        IP_HESSE.as_bytes().to_vec(),
        IP_ESTONIA_V6.as_bytes().to_vec(),
        b"127.0.0.1".to_vec(),
        vec![141, 90, 1, 2],
        "2001:7d0::1"
            .parse::<std::net::Ipv6Addr>()
            .expect("ip")
            .octets()
            .to_vec(),
    ];
    for file in app.sqlite_files() {
        let data = std::fs::read(&file).expect("read");
        for needle in &needles {
            assert!(
                !data.windows(needle.len()).any(|w| w == needle.as_slice()),
                "{file:?} holds {needle:?}"
            );
        }
    }
}
