//! Searching by reference or by an indicator typed as a victim would,
//! within the officer's own cases, audited without the searched value.

use diesel::prelude::*;
use fraudreport::db::schema::audit_log;
use fraudreport::domain::Role;
use fraudreport::keys::Keys;

use super::{cases, file_reports, shown};
use crate::helpers::{TEST_SECRET_KEY, backends, spawn_app, valid_report, with};

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

/// A search returns at most a thousand cases, counted among the officer's
/// own: a value a thousand other authorities' cases share does not push
/// the officer's one case out.
#[actix_web::test]
async fn a_value_shared_by_a_thousand_other_cases_still_finds_the_officers_own() {
    use diesel::sql_types::Text;
    use fraudreport::db::schema::reports;
    const IBAN: &str = "GB82 WEST 1234 5698 7654 32";
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let mut c = app.db.conn();
        let latvian: i64 = reports::table
            .filter(reports::reference.eq(k.c.replace('-', "")))
            .select(reports::id)
            .first(&mut c)
            .expect("C");
        fraudreport::db::write_transaction(&mut c, |c| {
            crate::helpers::copy_report(c, latvian, "COPY", 1_000)?;
            diesel::sql_query(
                "INSERT INTO indicators (report_id, kind, typed, normalised, recovery, \
                 authority_id, created_at) SELECT id, 'iban', $1, 'GB82WEST12345698765432', \
                 false, authority_id, created_at FROM reports WHERE reference LIKE 'COPY%'",
            )
            .bind::<Text, _>(IBAN)
            .execute(c)
        })
        .expect("copies");
        let own = with(&valid_report(), "payment-0-destination", IBAN);
        let own = with(&own, "platform_name", "Newest Platform");
        assert_eq!(app.post_report("en", &own).await.status(), 303);
        let newest: String = reports::table
            .order(reports::id.desc())
            .select(reports::reference)
            .first(&mut c)
            .expect("the newest case");
        let newest = fraudreport::domain::CaseRef::parse(&newest)
            .expect("reference")
            .to_string();
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let path = format!("/portal/cases?q={}", urlencoded(IBAN));
        let html = ee.get(&app, &path).await.text().await.expect("body");
        assert!(
            html.contains(&format!("href=\"/portal/cases/{newest}\"")),
            "{backend:?}"
        );
        assert!(!html.contains(&format!("href=\"/portal/cases/{}\"", k.c)));
    }
}
