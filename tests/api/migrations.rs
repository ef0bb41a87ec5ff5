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
        migrate_first(conn, COUNT);
    }

    /// Applies the first `count` migrations only.
    pub fn migrate_first(conn: &mut fraudreport::db::DbConnection, count: usize) {
        for _ in 0..count {
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

/// A database whose indicators and totals predate their authority and
/// time (migration 14) gets them on start, follows a re-route afterwards,
/// and the migration reverts cleanly.
#[test]
fn indicators_and_totals_of_an_older_database_get_their_cases_authority_and_time() {
    use diesel::sql_types::{Nullable, Text, Timestamp};
    use diesel_migrations::MigrationHarness;
    use fraudreport::db::DbConnection;
    use fraudreport::db::schema::{indicators, report_totals, reports};

    for backend in backends() {
        let dir = tempfile::tempdir().expect("dir");
        let db = crate::helpers::TestDb::create(&backend, &dir);
        let settings = test_settings(&db.url, dir.path(), &Options::default());
        let mut conn = db.conn();
        before_sealing::migrate_first(&mut conn, 13);
        let received = chrono::NaiveDate::from_ymd_opt(2026, 3, 4)
            .and_then(|d| d.and_hms_opt(5, 6, 7))
            .expect("time");
        for (reference, authority) in [("AJ3J35HNV7Q", Some("ee-ppa")), ("BJ3J35HNV7Q", None)] {
            diesel::sql_query(
                "INSERT INTO reports (reference, followup_key, created_at, locale, \
                 residence_country, consent_authority, consent_warnings, authority_id, \
                 routed_to, routing_reason) VALUES ($1, $2, $3, 'en', 'EE', true, false, $4, \
                 'x', 'x')",
            )
            .bind::<Text, _>(reference)
            .bind::<diesel::sql_types::Binary, _>(reference.as_bytes())
            .bind::<Timestamp, _>(received)
            .bind::<Nullable<Text>, _>(authority)
            .execute(&mut conn)
            .expect("an old report");
        }
        diesel::sql_query(
            "INSERT INTO indicators (report_id, kind, typed, normalised) \
             SELECT id, 'platform', 'Crypto-Trade Pro', 'cryptotradepro' FROM reports",
        )
        .execute(&mut conn)
        .expect("indicators");
        diesel::sql_query(
            "INSERT INTO payments (report_id, position, amount_minor, currency) \
             SELECT id, 0, 150050, 'EUR' FROM reports",
        )
        .execute(&mut conn)
        .expect("payments");

        run_migrations(&mut conn, &settings).expect("the rest");

        let scoped = |conn: &mut DbConnection| {
            let found: Vec<(String, chrono::NaiveDateTime)> = indicators::table
                .order(indicators::report_id)
                .select((indicators::authority_id, indicators::created_at))
                .load(conn)
                .expect("indicators");
            let totals: Vec<(String, chrono::NaiveDateTime, i64)> = report_totals::table
                .order(report_totals::report_id)
                .select((
                    report_totals::authority_id,
                    report_totals::created_at,
                    report_totals::total_minor,
                ))
                .load(conn)
                .expect("totals");
            (found, totals)
        };
        let (found, totals) = scoped(&mut conn);
        assert_eq!(
            found,
            [("ee-ppa".to_string(), received), (String::new(), received)],
            "{backend:?}"
        );
        assert_eq!(
            totals,
            [
                ("ee-ppa".to_string(), received, 150_050),
                (String::new(), received, 150_050)
            ]
        );

        // A re-route and a corrected time move both.
        let later = received + chrono::Duration::hours(1);
        diesel::update(reports::table.filter(reports::reference.eq("BJ3J35HNV7Q")))
            .set((
                reports::authority_id.eq("lv-vp"),
                reports::created_at.eq(later),
            ))
            .execute(&mut conn)
            .expect("re-route");
        let (found, totals) = scoped(&mut conn);
        assert_eq!(found[1], ("lv-vp".to_string(), later), "{backend:?}");
        assert_eq!(totals[1], ("lv-vp".to_string(), later, 150_050));

        // Its reversal runs, and the migration applies again on top.
        match &mut conn {
            DbConnection::Sqlite(c) => c.revert_last_migration(before_sealing::SQLITE).map(|_| ()),
            DbConnection::Pg(c) => c
                .revert_last_migration(before_sealing::POSTGRES)
                .map(|_| ()),
        }
        .expect("reverted");
        run_migrations(&mut conn, &settings).expect("again");
        let (found, _) = scoped(&mut conn);
        assert_eq!(found[1], ("lv-vp".to_string(), later), "{backend:?}");
    }
}
