//! The case queue, black-box: reports filed through the form from several
//! countries, then read, filtered, searched and exported by officers of
//! one authority and by a coordinator.

use diesel::prelude::*;
use fraudreport::db::schema::{audit_log, reports};
use fraudreport::domain::{CaseRef, Role};
use fraudreport::keys::Keys;

use super::Officer;
use crate::helpers::{TEST_SECRET_KEY, TestApp, backends, spawn_app, valid_report, with, without};

const HYPERLINK: &str = "=HYPERLINK(\"http://x.example\",\"y\")";

/// A: Estonian, the full report (in Estonian). B: Estonian, cash, a
/// national phone number, a formula as platform. C: Latvian, a British
/// IBAN. D: German, Hesse.
async fn file_reports(app: &TestApp) {
    assert_eq!(app.post_report("et", &valid_report()).await.status(), 303);
    let b = [
        ("residence_country", "EE"),
        ("platform_name", HYPERLINK),
        ("scam_phones", "5123 4567"),
        ("payment-0-amount", "100"),
        ("payment-0-currency", "EUR"),
        ("payment-0-method", "cash"),
        ("recovery_approach", "no"),
        ("consent_authority", "yes"),
    ];
    let r = app.post_report("en", &b).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let c = with(
        &with(
            &without(&valid_report(), "payment-1-destination"),
            "residence_country",
            "LV",
        ),
        "payment-0-destination",
        "GB82 WEST 1234 5698 7654 32",
    );
    let c = without(
        &with(&c, "platform_name", "Other Platform"),
        "contact_phone",
    );
    let r = app.post_report("en", &c).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let d = [
        ("residence_country", "DE"),
        ("residence_region", "DE-HE"),
        ("consent_authority", "yes"),
    ];
    assert_eq!(app.post_report("de", &d).await.status(), 303);
}

/// The reference of the case of `authority` whose platform is `platform`.
fn reference(app: &TestApp, authority: &str, platform: Option<&str>) -> String {
    let rows: Vec<(String, Option<String>, Option<String>)> = reports::table
        .select((
            reports::reference,
            reports::authority_id,
            reports::platform_name,
        ))
        .load(&mut app.db.conn())
        .expect("reports");
    rows.into_iter()
        .find(|(_, a, p)| a.as_deref() == Some(authority) && p.as_deref() == platform)
        .and_then(|(r, ..)| CaseRef::parse(&r))
        .expect("the case")
        .to_string()
}

struct Cases {
    a: String,
    b: String,
    c: String,
    d: String,
}

fn cases(app: &TestApp) -> Cases {
    Cases {
        a: reference(app, "ee-ppa", Some("Crypto-Trade Pro")),
        b: reference(app, "ee-ppa", Some(HYPERLINK)),
        c: reference(app, "lv-vp", Some("Other Platform")),
        d: reference(app, "de-he", None),
    }
}

impl Cases {
    fn all(&self) -> [&str; 4] {
        [&self.a, &self.b, &self.c, &self.d]
    }
}

/// The references of `cases` that a page links to.
async fn shown(officer: &Officer, app: &TestApp, path: &str, cases: &Cases) -> Vec<String> {
    let r = officer.get(app, path).await;
    assert_eq!(r.status(), 200, "{path}");
    let html = r.text().await.expect("body");
    cases
        .all()
        .into_iter()
        .filter(|c| html.contains(&format!("href=\"/portal/cases/{c}\"")))
        .map(str::to_string)
        .collect()
}

#[actix_web::test]
async fn officers_see_their_authoritys_cases_and_each_filter_narrows_them() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let mut conn = app.db.conn();
        diesel::update(reports::table.filter(reports::reference.eq(k.a.replace('-', ""))))
            .set((
                reports::status.eq("in_review"),
                reports::created_at.eq(chrono::NaiveDate::from_ymd_opt(2025, 1, 15)
                    .and_then(|d| d.and_hms_opt(12, 0, 0))
                    .expect("date")),
            ))
            .execute(&mut conn)
            .expect("update");
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let coord = app
            .officer("hub@police.example", Role::Coordinator, None)
            .await;
        let (a, b, c, d) = (&k.a, &k.b, &k.c, &k.d);
        let ab = vec![a.clone(), b.clone()];
        for (path, expected) in [
            ("/portal/cases", ab.clone()),
            ("/portal/cases?status=in_review", vec![a.clone()]),
            ("/portal/cases?status=new", vec![b.clone()]),
            (
                "/portal/cases?from=2025-01-01&until=2025-01-15",
                vec![a.clone()],
            ),
            ("/portal/cases?from=2025-01-16", vec![b.clone()]),
            ("/portal/cases?country=ee", ab.clone()),
            ("/portal/cases?country=LV", vec![]),
            ("/portal/cases?platform=crypto+trade+pro", vec![a.clone()]),
            ("/portal/cases?loss=1000&currency=eur", vec![a.clone()]),
            ("/portal/cases?loss=100&currency=EUR", ab.clone()),
            ("/portal/cases?loss=2500&currency=USD", vec![a.clone()]),
            ("/portal/cases?loss=2500.01&currency=USD", vec![]),
            ("/portal/cases?recovery=no", vec![b.clone()]),
            ("/portal/cases?method=cash", vec![b.clone()]),
            ("/portal/cases?method=crypto", vec![a.clone()]),
            ("/portal/cases?lang=et", vec![a.clone()]),
            ("/portal/cases?authority=lv-vp", ab.clone()),
        ] {
            assert_eq!(
                shown(&ee, &app, path, &k).await,
                expected,
                "{path} {backend:?}"
            );
        }
        for (path, expected) in [
            (
                "/portal/cases",
                vec![a.clone(), b.clone(), c.clone(), d.clone()],
            ),
            ("/portal/cases?authority=lv-vp", vec![c.clone()]),
            ("/portal/cases?country=LV", vec![c.clone()]),
            ("/portal/cases?region=de-he", vec![d.clone()]),
        ] {
            assert_eq!(
                shown(&coord, &app, path, &k).await,
                expected,
                "{path} {backend:?}"
            );
        }
        let html = ee
            .get(&app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains("New <span class=\"count\">1</span>"),
            "{backend:?}"
        );
        assert!(html.contains("In review <span class=\"count\">1</span>"));
        let html = coord
            .get(&app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains("New <span class=\"count\">3</span>"),
            "{backend:?}"
        );
    }
}

#[actix_web::test]
async fn indicators_typed_as_a_victim_would_find_only_the_officers_own_cases() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let lv = app
            .officer("lv@police.example", Role::Lead, Some("lv-vp"))
            .await;
        let lower = k.a.to_lowercase().replace('-', "");
        for (q, expected) in [
            (
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                vec![k.a.clone()],
            ),
            ("de89 3704 0044 0532 0130 00", vec![k.a.clone()]),
            ("5123 4567", vec![k.b.clone()]),
            ("+372 5123 4567", vec![k.b.clone()]),
            (lower.as_str(), vec![k.a.clone()]),
            ("GB82 WEST 1234 5698 7654 32", vec![]),
            (k.c.as_str(), vec![]),
            ("nothing at all", vec![]),
        ] {
            let path = format!("/portal/cases?q={}", urlencoded(q));
            assert_eq!(
                shown(&ee, &app, &path, &k).await,
                expected,
                "{q} {backend:?}"
            );
        }
        let path = format!("/portal/cases?q={}", urlencoded("gb82west12345698765432"));
        assert_eq!(shown(&lv, &app, &path, &k).await, vec![k.c.clone()]);

        let details: Vec<(String, String)> = audit_log::table
            .filter(audit_log::action.eq("search"))
            .select((audit_log::action, audit_log::detail))
            .load(&mut app.db.conn())
            .expect("audit");
        assert_eq!(details.len(), 9, "{backend:?}");
        let keys = Keys::from_bytes(TEST_SECRET_KEY.as_bytes());
        let iban = hex::encode(keys.blind("audit-search", "DE89370400440532013000"));
        assert!(
            details
                .iter()
                .any(|(_, d)| d.contains(&format!("iban:{iban}")))
        );
        for (_, d) in &details {
            let d = d.to_lowercase();
            for clear in ["de89", "5123", "+37251234567", "0x5aae", "gb82", "nothing"] {
                assert!(!d.contains(clear), "{d}");
            }
        }
        let listed: i64 = audit_log::table
            .filter(audit_log::action.eq("search"))
            .count()
            .get_result(&mut app.db.conn())
            .expect("count");
        ee.get(&app, "/portal/cases?status=new").await;
        let after: i64 = audit_log::table
            .filter(audit_log::action.eq("search"))
            .count()
            .get_result(&mut app.db.conn())
            .expect("count");
        assert_eq!(listed, after, "a listing without a search is not audited");
    }
}

fn urlencoded(text: &str) -> String {
    serde_urlencoded::to_string([("q", text)])
        .expect("encoded")
        .trim_start_matches("q=")
        .to_string()
}

#[actix_web::test]
async fn the_csv_holds_the_officers_filtered_cases_with_formulas_defused_and_is_audited() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let r = ee.get(&app, "/portal/cases.csv").await;
        assert_eq!(r.status(), 200, "{backend:?}");
        let disposition = r.headers()["content-disposition"].to_str().expect("ascii");
        assert!(disposition.starts_with("attachment"), "{disposition}");
        let body = r.text().await.expect("body");
        assert!(body.contains("\r\n"), "CRLF line ends");
        assert!(body.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\""));
        assert!(!body.to_lowercase().contains("victim@example.org"));
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "Reference");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let mut refs: Vec<String> = rows.iter().map(|r| r[0].to_string()).collect();
        refs.sort();
        let mut own = vec![k.a.clone(), k.b.clone()];
        own.sort();
        assert_eq!(refs, own, "{backend:?}");
        let a = rows.iter().find(|r| r[0] == *k.a).expect("a");
        assert_eq!(&a[4], "1500.50 EUR, 2500.00 USD");

        let r = ee
            .get(&app, "/portal/cases.csv?method=cash&q=5123+4567")
            .await;
        let body = r.text().await.expect("body");
        assert_eq!(body.lines().count(), 2, "{body}");
        let details: Vec<String> = audit_log::table
            .filter(audit_log::action.eq("export"))
            .select(audit_log::detail)
            .load(&mut app.db.conn())
            .expect("audit");
        assert_eq!(details.len(), 2, "{backend:?}");
        assert!(details[1].contains("method=cash"), "{}", details[1]);
        assert!(details[1].contains("phone:"));
        assert!(!details[1].contains("5123"));
    }
}

#[actix_web::test]
async fn older_pages_show_every_case_exactly_once_and_keep_the_filters() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for _ in 0..57 {
            let fields = [("residence_country", "EE"), ("consent_authority", "yes")];
            assert_eq!(app.post_report("en", &fields).await.status(), 303);
        }
        // Many cases at one instant: the id orders them.
        diesel::sql_query("UPDATE reports SET created_at = '2026-01-01 00:00:00' WHERE id % 3 = 0")
            .execute(&mut app.db.conn())
            .expect("update");
        let all: Vec<String> = reports::table
            .select(reports::reference)
            .load(&mut app.db.conn())
            .expect("refs");
        let mut all: Vec<String> = all
            .iter()
            .filter_map(|r| CaseRef::parse(r))
            .map(|r| r.to_string())
            .collect();
        all.sort();
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let mut seen: Vec<String> = Vec::new();
        let mut path = "/portal/cases?country=EE".to_string();
        for _ in 0..3 {
            let html = ee.get(&app, &path).await.text().await.expect("body");
            seen.extend(
                html.split("<th scope=\"row\"><a href=\"/portal/cases/")
                    .skip(1)
                    .filter_map(|s| s.split('"').next())
                    .map(str::to_string),
            );
            let Some(next) = html.split("rel=\"next\" href=\"").nth(1) else {
                break;
            };
            path = next.split('"').next().expect("href").replace("&#38;", "&");
            assert!(path.contains("country=EE"), "{path}");
        }
        assert_eq!(seen.len(), 57, "{backend:?}");
        seen.sort();
        assert_eq!(seen, all, "{backend:?}");
    }
}
