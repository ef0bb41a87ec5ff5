//! The audit log's hash chain: what the portal records verifies, and an
//! edited or deleted row is found.

use diesel::prelude::*;
use fraudreport::db::DbConnection;
use fraudreport::db::portal::audit::{self, Verdict};
use fraudreport::db::schema::audit_log;
use fraudreport::domain::Role;

use super::browser;
use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn the_audit_chain_verifies_and_finds_an_edited_or_deleted_row() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.officer("e@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        // A failed login is recorded too.
        app.login(
            &browser(),
            "e@police.example",
            "wrong wrong wrong 1",
            "000000",
        )
        .await;
        let mut conn = app.db.conn();
        let rows: Vec<(i64, String)> = audit_log::table
            .select((audit_log::id, audit_log::action))
            .order(audit_log::id)
            .load(&mut conn)
            .expect("rows");
        let actions: Vec<&str> = rows.iter().map(|(_, a)| a.as_str()).collect();
        assert_eq!(
            actions,
            ["enrolled", "login", "login-failed"],
            "{backend:?}"
        );
        assert_eq!(
            audit::verify(&mut conn).expect("verify"),
            Verdict::Intact { rows: 3 }
        );

        // Someone with database access rewrites who logged in…
        diesel::update(audit_log::table.find(2))
            .set(audit_log::detail.eq("nothing to see"))
            .execute(&mut conn)
            .expect("edit");
        assert_eq!(
            audit::verify(&mut conn).expect("verify"),
            Verdict::Broken { id: 2 }
        );
        diesel::update(audit_log::table.find(2))
            .set(audit_log::detail.eq(""))
            .execute(&mut conn)
            .expect("restore");
        assert_eq!(
            audit::verify(&mut conn).expect("verify"),
            Verdict::Intact { rows: 3 }
        );

        // …or deletes the last row.
        diesel::delete(audit_log::table.find(3))
            .execute(&mut conn)
            .expect("delete");
        assert_eq!(
            audit::verify(&mut conn).expect("verify"),
            Verdict::Broken { id: 3 },
            "{backend:?}"
        );
    }
}

#[derive(QueryableByName)]
struct SqliteSync {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    synchronous: i32,
}

#[derive(QueryableByName)]
struct PgSync {
    #[diesel(sql_type = diesel::sql_types::Text)]
    synchronous_commit: String,
}

#[actix_web::test]
async fn reads_are_audited_and_the_connection_then_commits_durably_again() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let mut conn = app.db.conn();
        let entry = audit::Entry {
            action: "case-view",
            detail: "a read",
            ..Default::default()
        };
        let now = chrono::Utc::now().naive_utc();
        let reads = [(entry.clone(), now), (entry, now)];
        audit::append_reads(&mut conn, &reads).expect("append");
        assert_eq!(
            audit::verify(&mut conn).expect("verify"),
            Verdict::Intact { rows: 2 },
            "{backend:?}"
        );
        // The read's commit skipped the disk flush; the next change's must not.
        match &mut conn {
            DbConnection::Sqlite(c) => {
                let s: SqliteSync = diesel::sql_query("PRAGMA synchronous")
                    .get_result(c)
                    .expect("pragma");
                assert_eq!(s.synchronous, 2, "FULL");
            }
            DbConnection::Pg(c) => {
                let s: PgSync = diesel::sql_query("SHOW synchronous_commit")
                    .get_result(c)
                    .expect("show");
                assert_eq!(s.synchronous_commit, "on");
            }
        }
    }
}

#[actix_web::test]
async fn views_at_the_same_moment_are_each_audited_on_one_whole_chain() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = super::case::a_case(&app).await;
        let officer = super::case::ee_officer(&app, "k.tamm").await;
        let path = format!("/portal/cases/{reference}");
        let views = (0..24).map(|_| officer.get(&app, &path));
        for answer in futures_util::future::join_all(views).await {
            assert_eq!(answer.status(), 200, "{backend:?}");
        }
        let rows = super::case::audit(&app);
        let seen = rows.iter().filter(|(action, _)| action == "case-view");
        assert_eq!(seen.count(), 24, "{backend:?}");
        let total = u64::try_from(rows.len()).expect("rows");
        assert_eq!(
            audit::verify(&mut app.db.conn()).expect("verify"),
            Verdict::Intact { rows: total },
            "{backend:?}"
        );
    }
}
