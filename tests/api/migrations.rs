//! Both migration folders stay in step, and each applies on an empty database.

use std::collections::BTreeSet;

use diesel::prelude::*;
use fraudreport::db::{Backend, run_migrations, schema};

use crate::helpers::{Options, TestBackend, backends, spawn_app, test_settings};

fn names(backend: &str) -> BTreeSet<String> {
    let dir = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(dir)
        .expect("migrations folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
        .collect()
}

#[test]
fn both_backends_have_the_same_migration_names() {
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("postgres"));
}

#[actix_web::test]
async fn migrations_apply_on_an_empty_database_and_again_without_harm() {
    for backend in backends() {
        let app = spawn_app(&backend).await; // serve applies them once
        let mut conn = Backend::from_url(&app.db.url)
            .expect("url")
            .establish()
            .expect("connect");
        run_migrations(&mut conn, &app.settings).expect("second run is a no-op");
        let n: i64 = schema::outbox::table
            .count()
            .get_result(&mut conn)
            .expect("outbox exists");
        assert_eq!(n, 0, "{backend:?}");
        if let TestBackend::Sqlite = backend {
            let mode: Vec<String> = diesel::sql_query("PRAGMA journal_mode")
                .load::<JournalMode>(&mut conn)
                .expect("pragma")
                .into_iter()
                .map(|m| m.journal_mode)
                .collect();
            assert_eq!(mode, vec!["wal".to_string()]);
        }
    }
}

#[derive(QueryableByName)]
struct JournalMode {
    #[diesel(sql_type = diesel::sql_types::Text)]
    journal_mode: String,
}

#[test]
fn nodes_starting_together_migrate_once_without_failing() {
    for backend in backends() {
        let dir = tempfile::tempdir().expect("dir");
        let db = crate::helpers::TestDb::create(&backend, &dir);
        let url = db.url.clone();
        let runs: Vec<_> = (0..3)
            .map(|_| {
                let url = url.clone();
                let settings = test_settings(&url, dir.path(), &Options::default());
                std::thread::spawn(move || {
                    let mut conn = Backend::from_url(&url)
                        .expect("url")
                        .establish()
                        .expect("connect");
                    run_migrations(&mut conn, &settings).map_err(|e| e.to_string())
                })
            })
            .collect();
        for run in runs {
            assert_eq!(run.join().expect("thread"), Ok(()), "{backend:?}");
        }
        let n: i64 = schema::reports::table
            .count()
            .get_result(&mut db.conn())
            .expect("reports exists");
        assert_eq!(n, 0);
    }
}
