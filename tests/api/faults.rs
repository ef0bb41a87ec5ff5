//! Database faults: a PostgreSQL server that drops the service's connections
//! or refuses new ones. Victims get the form back, kept, with a 503, and the
//! service takes reports again by itself as soon as the database answers.
//! These run on PostgreSQL only (`FRAUDREPORT_TEST_POSTGRES_URL`): its server
//! can cut one test database's connections without touching the others.

use diesel::prelude::*;
use fraudreport::db::Backend;
use fraudreport::i18n::Locales;

use crate::helpers::{
    TestApp, TestBackend, backends, escaped, hidden_value, spawn_app, valid_report,
};

/// The PostgreSQL backend, when the tests have a server.
fn postgres() -> Option<TestBackend> {
    let pg = backends()
        .into_iter()
        .find(|b| matches!(b, TestBackend::Postgres(_)));
    if pg.is_none() {
        eprintln!("skipped: FRAUDREPORT_TEST_POSTGRES_URL is not set");
    }
    pg
}

/// Runs `sql` as the server's administrator, with `{db}` standing for the
/// test app's own database.
fn as_admin(backend: &TestBackend, app: &TestApp, sql: &str) {
    let TestBackend::Postgres(admin_url) = backend else {
        unreachable!("PostgreSQL only");
    };
    let name = url::Url::parse(&app.db.url).expect("url").path()[1..].to_string();
    let mut admin = Backend::from_url(admin_url)
        .expect("url")
        .establish()
        .expect("admin connection");
    diesel::sql_query(sql.replace("{db}", &name))
        .execute(&mut admin)
        .expect("admin statement");
}

/// Ends every connection the app holds to its database, as a server restart
/// does.
fn cut_connections(backend: &TestBackend, app: &TestApp) {
    as_admin(
        backend,
        app,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = '{db}' AND pid <> pg_backend_pid()",
    );
}

#[actix_web::test]
async fn the_writer_and_the_pool_reconnect_after_their_connections_are_cut() {
    let Some(backend) = postgres() else { return };
    let app = spawn_app(&backend).await;
    let first = app.post_report("en", &valid_report()).await;
    assert_eq!(first.status(), 303);
    let receipt = first.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    let rows_of_one = app.count_all_rows();

    cut_connections(&backend, &app);

    // The writer's kept connection is dead: the victim must not notice.
    let second = app.post_report("en", &valid_report()).await;
    assert_eq!(second.status(), 303, "stored on a fresh connection");
    assert_eq!(app.count_reports(), 2);
    assert_eq!(app.count_all_rows(), 2 * rows_of_one, "stored whole");
    // The pool's connections died too; the receipt page reads through it.
    assert_eq!(app.get(&receipt).await.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
}

#[actix_web::test]
async fn while_the_database_is_away_the_form_comes_back_kept_with_a_503_and_sending_again_later_stores_it_once()
 {
    let Some(backend) = postgres() else { return };
    let app = spawn_app(&backend).await;
    // The writer holds a connection when the database goes away.
    let before = app.post_report("de", &valid_report()).await;
    assert_eq!(before.status(), 303);
    let tokens = app.open_form("de").await;
    as_admin(
        &backend,
        &app,
        "ALTER DATABASE {db} ALLOW_CONNECTIONS false",
    );
    cut_connections(&backend, &app);

    let refused = app.post_with("de", &tokens, &valid_report()).await;
    assert_eq!(refused.status(), 503);
    let html = refused.text().await.expect("body");
    let locales = Locales::load().expect("locales");
    let de = locales.get("de").expect("de");
    assert!(
        html.contains(&escaped(&de.loader.get("error-store-unavailable"))),
        "the banner says to try again in a minute, in German"
    );
    assert!(
        html.contains("value=\"Crypto-Trade Pro\""),
        "typed text kept"
    );
    assert!(html.contains(&escaped("They called me & said <profits> were")));
    assert!(
        html.contains("value=\"1 500,50\""),
        "payments kept as typed"
    );
    assert_eq!(
        hidden_value(&html, "submission_id").as_deref(),
        Some(tokens.submission_id.as_str()),
        "the same submission id, so sending again stays one report"
    );

    as_admin(&backend, &app, "ALTER DATABASE {db} ALLOW_CONNECTIONS true");
    let csrf_token = hidden_value(&html, "csrf_token").expect("token");
    let again = crate::helpers::FormTokens {
        csrf_token,
        submission_id: tokens.submission_id.clone(),
    };
    let stored = app.post_with("de", &again, &valid_report()).await;
    assert_eq!(
        stored.status(),
        303,
        "taken again without a restart, the dead connection dropped"
    );
    let twice = app.post_with("de", &again, &valid_report()).await;
    assert_eq!(
        twice.headers()["location"],
        stored.headers()["location"],
        "a second press lands on the same receipt"
    );
    assert_eq!(app.count_reports(), 2);
}
