//! Isolation, proven by sweeping the router: every route the service
//! registers (read from actix's own resource map, not from a list kept
//! here) is asked, GET and POST, by officers and leads of another
//! authority, by an administrator and by a visitor without a session, for
//! a case of the Latvian police. Routes that name a case answer 404; no
//! answer carries anything of the case.

use actix_web::{App, HttpRequest, HttpResponse, test, web};
use diesel::prelude::*;
use fraudreport::db::api::tokens::PARTNER;
use fraudreport::db::schema::reports;
use fraudreport::domain::{CaseRef, Role};

use super::{Officer, browser};
use crate::helpers::{TestApp, backends, hidden_value, spawn_app, valid_report, with, without};

/// Every route pattern of the service, from the router `startup::routes`
/// builds: a default service answers with the resource map's debug form,
/// whose leaves are the routes.
async fn route_patterns() -> Vec<String> {
    let app = test::init_service(
        App::new()
            .configure(fraudreport::startup::routes)
            .default_service(web::to(|req: HttpRequest| async move {
                HttpResponse::Ok().body(format!("{:?}", req.resource_map()))
            })),
    )
    .await;
    let request = test::TestRequest::get()
        .uri("/no/such/route/at/all")
        .to_request();
    let debug = test::call_and_read_body(&app, request).await;
    leaves(std::str::from_utf8(&debug).expect("utf-8"))
}

/// The full patterns of the leaves of a resource map's debug form.
fn leaves(debug: &str) -> Vec<String> {
    const PATTERN: &str = "patterns: Single(\"";
    let (mut out, mut stack, mut pending) = (Vec::new(), Vec::<String>::new(), None::<String>);
    let mut rest = debug;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix(PATTERN) {
            let end = after.find("\")").expect("end of pattern");
            pending = Some(after[..end].to_string());
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix("nodes: None") {
            out.push(format!(
                "{}{}",
                stack.concat(),
                pending.take().unwrap_or_default()
            ));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("nodes: Some([") {
            stack.push(pending.take().unwrap_or_default());
            rest = after;
        } else if let Some(after) = rest.strip_prefix("}])") {
            stack.pop();
            rest = after;
        } else {
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[actix_web::test]
async fn the_router_lists_the_portal_and_public_routes() {
    let patterns = route_patterns().await;
    for expected in [
        "/api/v1/cases",
        "/api/v1/cases/{reference}",
        "/api/v1/check",
        "/portal/api-tokens",
        "/portal/check",
        "/{lang}/check",
        "/portal/cases",
        "/portal/cases.{format}",
        "/portal/cases/{reference}/export.{format}",
        "/portal/login",
        "/{lang}/case/{secret}",
        "/healthz",
    ] {
        assert!(
            patterns.iter().any(|p| p == expected),
            "{expected} in {patterns:?}"
        );
    }
}

/// What of the Latvian case must never show to those it does not belong to.
struct Secrets {
    reference: String,
    shown_reference: String,
}

fn secrets(app: &TestApp) -> Secrets {
    let reference: CaseRef = reports::table
        .select(reports::reference)
        .first(&mut app.db.conn())
        .expect("the report");
    Secrets {
        reference: reference.as_str().to_string(),
        shown_reference: reference.to_string(),
    }
}

/// A concrete path for a pattern, aimed at the Latvian case.
fn path_for(pattern: &str, s: &Secrets, account_id: i64) -> String {
    pattern
        .replace("{lang}", "en")
        .replace("{reference}", &s.shown_reference)
        .replace("{id}", &account_id.to_string())
        .replace("{secret}", &"ab".repeat(24))
        .replace("{hash}", "0")
        .replace("{name}", "app.css")
        .replace("{table}", "countries.csv")
        // The exports, asking for the victims' contact details too.
        .replace("{format}", "json?contact=yes")
}

async fn ask(app: &TestApp, client: &reqwest::Client, path: &str) -> Vec<(String, u16, String)> {
    let page = client
        .get(format!("{}/portal/login", app.address))
        .send()
        .await
        .expect("request");
    let csrf = hidden_value(&page.text().await.expect("body"), "csrf_token").unwrap_or_default();
    let url = format!("{}{path}", app.address);
    let got = client.get(&url).send().await.expect("request");
    let (gs, gb) = (got.status().as_u16(), got.text().await.expect("body"));
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("reason", "sweep"),
        ("note", "sweep"),
        ("text", "sweep"),
        ("to", "closed"),
        ("authority", "ee-ppa"),
        ("message", "sweep"),
    ];
    let posted = client
        .post(&url)
        .form(&fields)
        .send()
        .await
        .expect("request");
    let (ps, pb) = (posted.status().as_u16(), posted.text().await.expect("body"));
    vec![("GET".into(), gs, gb), ("POST".into(), ps, pb)]
}

#[actix_web::test]
async fn no_portal_route_shows_another_authoritys_case_to_anyone() {
    // Every portal route but logout, which names no case and would end the
    // asker's own session half-way through the sweep.
    let patterns: Vec<String> = route_patterns()
        .await
        .into_iter()
        .filter(|p| p.starts_with("/portal") && p != "/portal/logout")
        .collect();
    assert!(patterns.iter().any(|p| p == "/portal/cases/{reference}"));
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let fields = with(
            &without(&valid_report(), "contact_phone"),
            "residence_country",
            "LV",
        );
        assert_eq!(app.post_report("en", &fields).await.status(), 303);
        let s = secrets(&app);
        let latvian = app
            .officer("o@vp.gov.lv", Role::Officer, Some("lv-vp"))
            .await;
        let latvian_id = super::account_id(&app, "o@vp.gov.lv");
        let outsiders: Vec<(&str, Officer)> = vec![
            (
                "officer",
                app.officer("o@politsei.ee", Role::Officer, Some("ee-ppa"))
                    .await,
            ),
            (
                "lead",
                app.officer("l@politsei.ee", Role::Lead, Some("ee-ppa"))
                    .await,
            ),
            (
                "admin",
                app.officer("a@hub.example", Role::Admin, None).await,
            ),
        ];
        // The case's own authority does see it (so the sweep could fail;
        // the administrator may deactivate this officer during the sweep).
        let own = latvian
            .get(&app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            own.contains(&s.shown_reference),
            "{backend:?}: the Latvian officer sees its case"
        );
        let anonymous = browser();
        let mut asked = 0;
        for pattern in &patterns {
            let path = path_for(pattern, &s, latvian_id);
            let mut who: Vec<(&str, &reqwest::Client)> =
                outsiders.iter().map(|(r, o)| (*r, &o.client)).collect();
            who.push(("anonymous", &anonymous));
            for (role, client) in who {
                for (method, status, body) in ask(&app, client, &path).await {
                    asked += 1;
                    let context = format!("{backend:?} {role} {method} {pattern}");
                    assert!(
                        !body.contains(&s.reference) && !body.contains(&s.shown_reference),
                        "{context}: the case's reference leaked"
                    );
                    assert!(
                        !body.to_lowercase().contains("victim@example.org"),
                        "{context}: the victim's address leaked"
                    );
                    if pattern.contains("{reference}") {
                        let expected: &[u16] = if role == "anonymous" {
                            &[303, 404]
                        } else {
                            &[404]
                        };
                        assert!(expected.contains(&status), "{context}: {status}");
                    }
                }
            }
        }
        assert!(asked >= patterns.len() * 8, "every route asked by everyone");
    }
}

#[actix_web::test]
async fn no_api_route_shows_another_authoritys_case_to_other_tokens_or_none() {
    let patterns: Vec<String> = route_patterns()
        .await
        .into_iter()
        .filter(|p| p.starts_with("/api/"))
        .collect();
    assert!(patterns.iter().any(|p| p == "/api/v1/cases/{reference}"));
    for backend in backends() {
        let app = spawn_app(&backend).await;
        crate::api::report_from(&app, "LV").await;
        let s = secrets(&app);
        let latvian = crate::api::token(&app, "lv-vp");
        // The case's own token does read it (so the sweep could fail).
        let own = crate::api::get(
            &app,
            &format!("/api/v1/cases/{}", s.shown_reference),
            Some(&latvian),
        )
        .await;
        assert_eq!(own.status(), 200, "{backend:?}");
        let estonian = crate::api::token(&app, "ee-ppa");
        let partner = crate::api::token(&app, PARTNER);
        let askers = [
            ("estonian token", Some(estonian.as_str())),
            ("partner token", Some(partner.as_str())),
            (
                "unknown token",
                Some("frt_0123456789abcdef0123456789abcdef01234567"),
            ),
            ("no token", None),
        ];
        crate::api::settle().await;
        for pattern in &patterns {
            let path = path_for(pattern, &s, 0);
            for (who, token) in askers {
                let r = crate::api::get(&app, &path, token).await;
                let status = r.status().as_u16();
                let body = r.text().await.expect("body");
                let context = format!("{backend:?} {who} {pattern}");
                assert!(
                    !body.contains(&s.reference) && !body.contains(&s.shown_reference),
                    "{context}: the case's reference leaked"
                );
                assert!(
                    !body.to_lowercase().contains("victim@example.org"),
                    "{context}"
                );
                if pattern.contains("{reference}") {
                    let expected = match who {
                        "estonian token" => 404,
                        "partner token" => 403,
                        _ => 401,
                    };
                    assert_eq!(status, expected, "{context}");
                }
                // A partner's token opens the check and nothing else.
                if who == "partner token" && pattern.starts_with("/api/v1/cases") {
                    assert_eq!(status, 403, "{context}");
                }
            }
        }
    }
}
