//! Exports of the queue and of one case in CSV, JSON, MISP and STIX:
//! the officer's filtered cases, formulas defused, the victims' contact
//! details only for the own authority's officer who asks for them, cases
//! outside the scope not found, every export audited. Every file fetched
//! is kept in `target/exports/` for `.ci/validate_exports.py`.

use diesel::prelude::*;
use fraudreport::db::schema::{audit_log, reports};
use fraudreport::domain::{CaseRef, Role};
use serde_json::Value;

use super::Officer;
use super::queue::{Cases, HYPERLINK, cases, file_reports};
use crate::helpers::{TestApp, TestBackend, backends, copy_report, spawn_app};

/// The four formats, by the URLs' extension.
const FORMATS: [&str; 4] = ["csv", "json", "misp.json", "stix.json"];

/// The victim's address in the reports [`file_reports`] files (A's).
const VICTIM: &str = "victim@example.org";

/// Fetches an export, checks that it is a downloaded file, keeps it in
/// `target/exports/{backend}-{name}.{format}` and returns its text.
pub async fn fetch(
    officer: &Officer,
    app: &TestApp,
    path: &str,
    (backend, name): (&TestBackend, &str),
) -> String {
    let r = officer.get(app, path).await;
    assert_eq!(r.status(), 200, "{backend:?} {path}");
    let headers = r.headers().clone();
    let disposition = headers["content-disposition"].to_str().expect("ascii");
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
    assert_eq!(headers["cache-control"], "no-store", "{path}");
    let format = FORMATS
        .into_iter()
        .rev()
        .find(|f| {
            path.split('?')
                .next()
                .is_some_and(|p| p.ends_with(&format!(".{f}")))
        })
        .expect("a format");
    assert!(
        disposition.ends_with(&format!(".{format}\"")),
        "{disposition}"
    );
    let body = r.text().await.expect("body");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/exports");
    std::fs::create_dir_all(dir).expect("target/exports");
    let file = format!("{dir}/{}-{name}.{format}", backend.label());
    std::fs::write(&file, &body).expect("export kept");
    body
}

/// The reports [`file_reports`] files, their references, and an officer
/// of the Estonian and of the Latvian police.
async fn filed(backend: &TestBackend) -> (TestApp, Cases, Officer, Officer) {
    let app = spawn_app(backend).await;
    file_reports(&app).await;
    let k = cases(&app);
    let ee = app
        .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
        .await;
    let lv = app
        .officer("lv@police.example", Role::Officer, Some("lv-vp"))
        .await;
    (app, k, ee, lv)
}

/// The references a JSON export holds.
fn json_references(body: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(body).expect("JSON");
    let mut refs: Vec<String> = v["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["reference"].as_str().expect("reference").to_string())
        .collect();
    refs.sort();
    refs
}

#[actix_web::test]
async fn the_queue_exports_in_every_format_hold_the_officers_filtered_cases_and_are_audited() {
    for backend in backends() {
        let (app, k, ee, _) = filed(&backend).await;
        for format in FORMATS {
            let path = format!("/portal/cases.{format}?tlp=green&distribution=1");
            let all = fetch(&ee, &app, &path, (&backend, "queue")).await;
            assert!(all.contains(&*k.a) && all.contains(&*k.b), "{format}");
            assert!(!all.contains(&*k.c) && !all.contains(&*k.d), "{format}");
            assert!(!all.to_lowercase().contains(VICTIM), "{format}");
            let path = format!("/portal/cases.{format}?method=cash");
            let cash = fetch(&ee, &app, &path, (&backend, "queue-cash")).await;
            assert!(cash.contains(&*k.b) && !cash.contains(&*k.a), "{format}");
        }
        let json = ee.get_text(&app, "/portal/cases.json?tlp=green").await;
        assert_eq!(json_references(&json), {
            let mut own = vec![k.a.clone(), k.b.clone()];
            own.sort();
            own
        });
        let v: Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(v["tlp"], "green");
        assert_eq!(
            v["schema"],
            "https://fraudreport.invalid/schema/export-v1.json"
        );
        let misp: Value = serde_json::from_str(
            &ee.get_text(&app, "/portal/cases.misp.json?tlp=red&distribution=2")
                .await,
        )
        .expect("MISP");
        let events = misp["response"].as_array().expect("events");
        assert_eq!(events.len(), 2, "{backend:?}: one event per case");
        assert_eq!(events[0]["Event"]["Tag"][0]["name"], "tlp:red");
        assert_eq!(events[0]["Event"]["distribution"], "2");
        let stix: Value = serde_json::from_str(&ee.get_text(&app, "/portal/cases.stix.json").await)
            .expect("STIX");
        assert_eq!(stix["type"], "bundle");
        let reports = stix["objects"]
            .as_array()
            .expect("objects")
            .iter()
            .filter(|o| o["type"] == "report")
            .count();
        assert_eq!(reports, 2);

        let details = app.audited("export");
        assert_eq!(details.len(), 11, "{backend:?}: {details:?}");
        assert!(
            details[0].starts_with("format=csv tlp=green distribution=1 contact=no"),
            "{}",
            details[0]
        );
        assert!(
            details[3].starts_with("format=json tlp=amber distribution=0"),
            "{}",
            details[3]
        );
        assert!(details[3].contains("method=cash"), "{}", details[3]);
        let done = app.audited("export-done");
        assert_eq!(done.len(), 11, "{backend:?}: {done:?}");
        assert_eq!(done[0], "format=csv cases=2");
        assert_eq!(done[1], "format=csv cases=1");
        assert_eq!(done[7], "format=stix cases=1");
    }
}

#[actix_web::test]
async fn the_csv_export_defuses_formulas_and_audits_a_search_by_its_hash() {
    for backend in backends() {
        let (app, k, ee, _) = filed(&backend).await;
        // The old address of the queue's CSV still answers.
        let body = fetch(&ee, &app, "/portal/cases.csv", (&backend, "queue-formula")).await;
        assert!(body.contains("\r\n"), "CRLF line ends");
        assert!(body.contains(&format!("\"'{}\"", HYPERLINK.replace('"', "\"\""))));
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "reference");
        assert_eq!(&header[6], "platform");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let a = rows.iter().find(|r| r[0] == *k.a).expect("a");
        assert_eq!(&a[10], "1500.50 EUR; 2500.00 USD");
        let b = rows.iter().find(|r| r[0] == *k.b).expect("b");
        assert_eq!(b[6], format!("'{HYPERLINK}"));
        for cell in rows.iter().flat_map(|r| r.iter()) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }

        let body = ee
            .get_text(&app, "/portal/cases.csv?method=cash&q=5123+4567")
            .await;
        assert_eq!(body.lines().count(), 2, "{body}");
        let details = app.audited("export");
        assert_eq!(details.len(), 2, "{backend:?}");
        assert!(details[1].contains("method=cash"), "{}", details[1]);
        assert!(details[1].contains("phone:"));
        assert!(!details[1].contains("5123"));
    }
}

#[actix_web::test]
async fn contact_details_go_only_to_an_officer_of_the_cases_authority_who_asks_for_them() {
    for backend in backends() {
        let (app, k, ee, lv) = filed(&backend).await;
        let coordinator = app.officer("co@hub.example", Role::Coordinator, None).await;
        let queue = ee.get_text(&app, "/portal/cases").await;
        assert!(queue.contains("formaction=\"/portal/cases.misp.json\""));
        assert!(queue.contains("name=\"contact\""));
        let page = coordinator
            .get_text(&app, &format!("/portal/cases/{}", k.a))
            .await;
        assert!(page.contains(&format!(
            "formaction=\"/portal/cases/{}/export.stix.json\"",
            k.a
        )));
        assert!(
            !page.contains("name=\"contact\""),
            "no box for coordinators"
        );
        for format in FORMATS {
            let asked = format!("/portal/cases.{format}?contact=yes");
            let with = fetch(&ee, &app, &asked, (&backend, "queue-with-victims")).await;
            assert!(with.to_lowercase().contains(VICTIM), "{backend:?} {format}");
            let without = ee.get_text(&app, &format!("/portal/cases.{format}")).await;
            assert!(
                !without.to_lowercase().contains(VICTIM),
                "{format}: box unticked"
            );
            let all = fetch(&coordinator, &app, &asked, (&backend, "queue-coordinator")).await;
            assert!(
                all.contains(&*k.c) && all.contains(&*k.a),
                "{format}: every case"
            );
            assert!(
                !all.to_lowercase().contains(VICTIM),
                "{format}: coordinator"
            );

            let case = format!("/portal/cases/{}/export.{format}?contact=yes", k.a);
            let own = fetch(&ee, &app, &case, (&backend, "case-with-victims")).await;
            assert!(own.to_lowercase().contains(VICTIM), "{format}: own case");
            let theirs = fetch(&coordinator, &app, &case, (&backend, "case-coordinator")).await;
            assert!(theirs.contains(&*k.a), "{format}");
            assert!(
                !theirs.to_lowercase().contains(VICTIM),
                "{format}: coordinator"
            );
            assert_eq!(
                lv.get(&app, &case).await.status(),
                404,
                "{format}: another authority's case"
            );
        }
        let details = app.audited("export");
        let contact_yes = details.iter().filter(|d| d.contains("contact=yes")).count();
        assert_eq!(
            contact_yes, 8,
            "{backend:?}: the own authority's exports with the box: {details:?}"
        );
    }
}

#[actix_web::test]
async fn a_case_export_is_scoped_like_the_case_page_and_audited_with_its_case() {
    for backend in backends() {
        let (app, k, ee, lv) = filed(&backend).await;
        for format in FORMATS {
            let path = format!("/portal/cases/{}/export.{format}?tlp=amber%2Bstrict", k.a);
            let body = fetch(&ee, &app, &path, (&backend, "case")).await;
            assert!(body.contains(&*k.a) && !body.contains(&*k.b), "{format}");
            assert!(!body.to_lowercase().contains(VICTIM), "{format}");
            assert_eq!(
                lv.get(&app, &path).await.status(),
                404,
                "{format}: out of scope"
            );
        }
        let misp: Value = serde_json::from_str(
            &ee.get_text(&app, &format!("/portal/cases/{}/export.misp.json", k.b))
                .await,
        )
        .expect("MISP");
        assert_eq!(misp["Event"]["Tag"][0]["name"], "tlp:amber");
        assert_eq!(misp["Event"]["distribution"], "0");
        for wrong in [
            format!("/portal/cases/{}/export.xml", k.a),
            format!("/portal/cases/{}/export.json?tlp=purple", k.a),
            format!("/portal/cases/{}/export.json?distribution=4", k.a),
            "/portal/cases.pdf".to_string(),
            "/portal/cases/XXXX/export.json".to_string(),
        ] {
            assert_eq!(ee.get(&app, &wrong).await.status(), 404, "{wrong}");
        }
        let rows: Vec<(String, Option<i64>, Option<String>, String)> = audit_log::table
            .filter(audit_log::action.like("export%"))
            .order(audit_log::id)
            .select((
                audit_log::action,
                audit_log::report_id,
                audit_log::authority_id,
                audit_log::detail,
            ))
            .load(&mut app.db.conn())
            .expect("audit");
        assert_eq!(rows.len(), 10, "{backend:?}: {rows:?}");
        assert!(
            rows.iter()
                .all(|r| r.1.is_some() && r.2.as_deref() == Some("ee-ppa"))
        );
        assert_eq!(
            rows[0].3,
            "format=csv tlp=amber+strict distribution=0 contact=no"
        );
        assert_eq!(rows[1].3, "format=csv cases=1");
        let schema = app.get("/schema/export-v1.json").await;
        assert_eq!(schema.status(), 200);
        let schema: Value =
            serde_json::from_str(&schema.text().await.expect("body")).expect("the schema");
        assert_eq!(
            schema["$id"],
            "https://fraudreport.invalid/schema/export-v1.json"
        );
        for stix in ["cryptocurrency-wallet", "bank-account", "phone-number"] {
            let r = app.get(&format!("/schema/stix/{stix}.json")).await;
            assert_eq!(r.status(), 200, "{stix}");
            assert_eq!(r.headers()["content-type"], "application/schema+json");
        }
        assert_eq!(app.get("/schema/app.css").await.status(), 404);
    }
}

#[actix_web::test]
async fn a_queue_longer_than_a_batch_is_exported_whole_each_case_once() {
    for backend in backends() {
        let (app, k, ee, _) = filed(&backend).await;
        let mut c = app.db.conn();
        let a: i64 = reports::table
            .filter(reports::reference.eq(k.a.replace('-', "")))
            .select(reports::id)
            .first(&mut c)
            .expect("A");
        // 450 copies of A, all received at A's very time: the keyset's
        // ties are broken by id, across three batches of 200.
        fraudreport::db::write_transaction(&mut c, |c| {
            copy_report(c, a, "COPY", 450)?;
            // Well-formed references, as every stored one is.
            for i in 0..450 {
                let reference = CaseRef::from_number(1_000_000 + i);
                diesel::update(reports::table.filter(reports::reference.eq(format!("COPY{i:07}"))))
                    .set(reports::reference.eq(reference.as_str()))
                    .execute(c)?;
            }
            Ok(())
        })
        .expect("copies");
        drop(c);
        let json = fetch(&ee, &app, "/portal/cases.json", (&backend, "queue-long")).await;
        let refs = json_references(&json);
        let mut unique = refs.clone();
        unique.dedup();
        assert_eq!(unique.len(), 452, "{backend:?}: every case once");
        assert_eq!(refs.len(), 452, "{backend:?}");
        let csv = ee.get_text(&app, "/portal/cases.csv?status=new").await;
        assert_eq!(
            csv.lines().count(),
            453,
            "{backend:?}: a header and 452 rows"
        );
        let done = app.audited("export-done");
        assert_eq!(done, ["format=json cases=452", "format=csv cases=452"]);
    }
}
