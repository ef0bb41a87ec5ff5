//! A token reads its authority's cases, without contact details, and
//! nothing of another authority's; every use is audited; the OpenAPI
//! document describes the routes.

use diesel::prelude::*;
use fraudreport::db::schema::{audit_log, reports};

use super::{JsonBody, get, json, references, report_from, settle, token};
use crate::helpers::{TestApp, backends, spawn_app};

fn shown_reference(app: &TestApp, authority: &str) -> String {
    let r: fraudreport::domain::CaseRef = reports::table
        .filter(reports::authority_id.eq(authority))
        .select(reports::reference)
        .first(&mut app.db.conn())
        .expect("report");
    r.to_string()
}

/// An Estonian and a Latvian case (their shown references) and a token
/// of the Estonian police.
async fn estonian_and_latvian(app: &TestApp) -> (String, String, String) {
    report_from(app, "EE").await;
    report_from(app, "LV").await;
    (
        shown_reference(app, "ee-ppa"),
        shown_reference(app, "lv-vp"),
        token(app, "ee-ppa"),
    )
}

#[actix_web::test]
async fn a_token_reads_its_authoritys_cases_and_no_other_without_contact_details() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (estonian, latvian, ee) = estonian_and_latvian(&app).await;
        settle().await;
        let page = json(&app, "/api/v1/cases", &ee).await;
        assert_eq!(references(&page), vec![estonian.clone()], "{backend:?}");
        let case = &page["cases"][0];
        assert_eq!(case["authority"], "ee-ppa");
        assert_eq!(case["status"], "new");
        assert_eq!(case["residence_country"], "EE");
        assert_eq!(case["payments"].as_array().expect("payments").len(), 2);
        assert!(
            !case["indicators"]
                .as_array()
                .expect("indicators")
                .is_empty()
        );
        let detail = json(&app, &format!("/api/v1/cases/{estonian}"), &ee).await;
        assert_eq!(detail["reference"], estonian.as_str());
        assert!(detail["history"].is_array());
        for body in [page.to_string(), detail.to_string()] {
            let lower = body.to_lowercase();
            assert!(
                !lower.contains("victim@example.org"),
                "{backend:?}: no e-mail"
            );
            assert!(!lower.contains("guaranteed"), "{backend:?}: no story");
        }
        // Another authority's case is as absent as one that does not exist.
        let theirs = get(&app, &format!("/api/v1/cases/{latvian}"), Some(&ee)).await;
        let none = get(&app, "/api/v1/cases/7KQ4-M2XD-9TB", Some(&ee)).await;
        assert_eq!(
            (theirs.status().as_u16(), none.status().as_u16()),
            (404, 404)
        );
        assert_eq!(theirs.headers()["content-type"], "application/problem+json");
        assert_eq!(theirs.json_body().await, none.json_body().await);
    }
}

/// Account, authority, case and detail of an audit row.
type AuditRow = (Option<i64>, Option<String>, Option<i64>, String);

#[actix_web::test]
async fn every_use_of_a_token_is_in_its_authoritys_audit_log() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        report_from(&app, "EE").await;
        let reference = shown_reference(&app, "ee-ppa");
        let ee = token(&app, "ee-ppa");
        json(&app, "/api/v1/cases", &ee).await;
        json(&app, &format!("/api/v1/cases/{reference}"), &ee).await;
        let rows: Vec<AuditRow> = audit_log::table
            .filter(audit_log::action.eq("api-read"))
            .order(audit_log::id)
            .select((
                audit_log::account_id,
                audit_log::authority_id,
                audit_log::report_id,
                audit_log::detail,
            ))
            .load(&mut app.db.conn())
            .expect("audit rows");
        assert_eq!(rows.len(), 2, "{backend:?}: {rows:?}");
        assert!(
            rows.iter()
                .all(|r| r.0.is_none() && r.1.as_deref() == Some("ee-ppa"))
        );
        assert!(rows[0].3.contains("/api/v1/cases"), "{rows:?}");
        assert!(rows[1].2.is_some(), "the case read is named");
    }
}

#[actix_web::test]
async fn bad_cursors_and_limits_are_400_problems() {
    let backend = &backends()[0];
    let app = spawn_app(backend).await;
    let ee = token(&app, "ee-ppa");
    for query in [
        "since=nope",
        "since=c1.1",
        "limit=0",
        "limit=1001",
        "limit=x",
        "limit=-1",
    ] {
        let r = get(&app, &format!("/api/v1/cases?{query}"), Some(&ee)).await;
        assert_eq!(r.status(), 400, "{query}");
        assert_eq!(r.headers()["content-type"], "application/problem+json");
        assert_eq!(r.json_body().await["status"], 400);
    }
}

#[actix_web::test]
async fn the_openapi_document_parses_and_lists_the_routes() {
    let backend = &backends()[0];
    let app = spawn_app(backend).await;
    let r = get(&app, "/api/v1/openapi.json", None).await;
    assert_eq!(r.status(), 200);
    let doc = r.json_body().await;
    assert!(doc["openapi"].as_str().expect("version").starts_with('3'));
    let paths = doc["paths"].as_object().expect("paths");
    for path in [
        "/api/v1/cases",
        "/api/v1/cases/{reference}",
        "/api/v1/cases/{reference}/misp",
        "/api/v1/cases/{reference}/stix",
    ] {
        assert!(paths.contains_key(path), "{path}: {doc}");
        for status in ["200", "401"] {
            assert!(
                paths[path]["get"]["responses"][status].is_object(),
                "{path} {status}"
            );
        }
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
}

#[actix_web::test]
async fn a_case_comes_as_misp_and_stix_amber_by_default_without_contact_details() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (estonian, latvian, ee) = estonian_and_latvian(&app).await;
        // TLP 2.0: MISP's tags name the label, STIX marks by definition id.
        for (format, content_type, amber, green) in [
            ("misp", "application/json", "tlp:amber", "tlp:green"),
            (
                "stix",
                "application/stix+json;version=2.1",
                "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
                "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
            ),
        ] {
            let path = format!("/api/v1/cases/{estonian}/{format}");
            let r = get(&app, &path, Some(&ee)).await;
            assert_eq!(r.status(), 200, "{backend:?} {format}");
            assert_eq!(r.headers()["content-type"], content_type);
            let body = r.text().await.expect("body");
            serde_json::from_str::<serde_json::Value>(&body).expect("JSON");
            assert!(body.contains(&estonian), "{format}: the case");
            assert!(body.contains(amber), "{format}: TLP:AMBER");
            assert!(
                !body.to_lowercase().contains("victim@example.org"),
                "{format}"
            );
            let greened = get(&app, &format!("{path}?tlp=green"), Some(&ee)).await;
            assert!(
                greened.text().await.expect("body").contains(green),
                "{format}: TLP:GREEN asked"
            );
            let bad = get(&app, &format!("{path}?tlp=AMBER"), Some(&ee)).await;
            assert_eq!(bad.status(), 400, "{format}: only the names as written");
            let theirs = format!("/api/v1/cases/{latvian}/{format}");
            assert_eq!(get(&app, &theirs, Some(&ee)).await.status(), 404);
        }
    }
}
