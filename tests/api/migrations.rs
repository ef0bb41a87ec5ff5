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

mod before_sealing {
    use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
    pub const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
    pub const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");
    /// Migrations that ran before sealing existed.
    pub const COUNT: usize = 4;

    pub fn migrate(conn: &mut fraudreport::db::DbConnection) {
        for _ in 0..COUNT {
            match conn {
                fraudreport::db::DbConnection::Sqlite(c) => {
                    c.run_next_migration(SQLITE).map(|_| ())
                }
                fraudreport::db::DbConnection::Pg(c) => c.run_next_migration(POSTGRES).map(|_| ()),
            }
            .expect("an old migration");
        }
    }
}

#[test]
fn a_database_from_before_sealing_is_sealed_on_start_and_keeps_its_suppressions() {
    use diesel::sql_types::{Binary, Bool, Text, Timestamp};
    use fraudreport::db::schema::{outbox, reports, suppressions};
    use fraudreport::keys::Keys;
    use fraudreport::seal::Field;

    for backend in backends() {
        let dir = tempfile::tempdir().expect("dir");
        let db = crate::helpers::TestDb::create(&backend, &dir);
        let settings = test_settings(&db.url, dir.path(), &Options::default());
        let mut conn = db.conn();
        before_sealing::migrate(&mut conn);
        let now = chrono::Utc::now().naive_utc();
        diesel::sql_query(
            "INSERT INTO reports (reference, followup_key, created_at, locale, contact_email, \
             contact_phone, residence_country, story, consent_authority, consent_warnings) \
             VALUES ('AJ3J35HNV7Q', $1, $2, 'en', $3, $4, 'EE', $5, $6, $7)",
        )
        .bind::<Binary, _>(vec![1u8; 16])
        .bind::<Timestamp, _>(now)
        .bind::<Text, _>("old.victim+news@example.org")
        .bind::<Text, _>("+37255501234")
        .bind::<Text, _>("They promised 40 % a month")
        .bind::<Bool, _>(true)
        .bind::<Bool, _>(true)
        .execute(&mut conn)
        .expect("an old report");
        diesel::sql_query(
            "INSERT INTO outbox (report_id, kind, locale, recipient, created_at, next_attempt_at) \
             SELECT id, 'receipt', 'en', 'old.victim+news@example.org', $1, $2 FROM reports",
        )
        .bind::<Timestamp, _>(now)
        .bind::<Timestamp, _>(now)
        .execute(&mut conn)
        .expect("its receipt");
        // The address had unsubscribed, remembered under the old hash.
        let keys = Keys::load(&settings).expect("keys");
        diesel::sql_query("INSERT INTO suppressions (address_key, created_at) VALUES ($1, $2)")
            .bind::<Binary, _>(keys.address_key_before_canonical("old.victim+news@example.org"))
            .bind::<Timestamp, _>(now)
            .execute(&mut conn)
            .expect("suppressed");

        run_migrations(&mut conn, &settings).expect("the rest, with sealing between");

        type Sealed = Option<Vec<u8>>;
        let (email, phone, story, key): (Sealed, Sealed, Sealed, Sealed) = reports::table
            .select((
                reports::contact_email,
                reports::contact_phone,
                reports::story,
                reports::address_key,
            ))
            .first(&mut conn)
            .expect("the report");
        let open = crate::helpers::open;
        assert_eq!(
            open(Field::Email, &email.expect("email")),
            "old.victim+news@example.org",
            "{backend:?}"
        );
        assert_eq!(open(Field::Phone, &phone.expect("phone")), "+37255501234");
        assert_eq!(
            open(Field::Story, &story.expect("story")),
            "They promised 40 % a month"
        );
        let canonical = crate::helpers::address_key("old.victim@example.org");
        assert_eq!(key.as_deref(), Some(canonical.as_slice()));
        let (to, to_key): (Vec<u8>, Option<Vec<u8>>) = outbox::table
            .select((outbox::recipient, outbox::recipient_key))
            .first(&mut conn)
            .expect("the receipt");
        assert_eq!(open(Field::Email, &to), "old.victim+news@example.org");
        assert_eq!(to_key.as_deref(), Some(canonical.as_slice()));
        let stopped: Vec<Vec<u8>> = suppressions::table
            .select(suppressions::address_key)
            .load(&mut conn)
            .expect("suppressions");
        assert!(
            stopped.contains(&canonical),
            "{backend:?}: still unsubscribed under the new hash"
        );
    }
}
