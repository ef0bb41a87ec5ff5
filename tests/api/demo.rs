//! The demo data generator: the reports it makes look like real ones (spread,
//! routing, sealing, normalised indicators), a second run adds to the first,
//! and a database with real reports is refused.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use fraudreport::db::schema::{demo_seeds, indicators, outbox, reports};
use fraudreport::db::{DbConnection, run_migrations};
use fraudreport::demo::{SeedError, SeedOptions, SeedSummary, seed};
use fraudreport::domain::indicator::{self, Indicator};
use fraudreport::domain::{CaseRef, CountryCode};
use fraudreport::keys::Keys;
use fraudreport::routing::{self, Directory};
use fraudreport::seal::Field;

use crate::helpers::{
    Options, TEST_SECRET_KEY, TestBackend, TestDb, address_key, backends, open, spawn_app,
    test_sealer, test_settings, valid_report,
};

/// A migrated, empty database of `backend` (and the folder holding it).
fn empty_database(backend: &TestBackend) -> (TestDb, tempfile::TempDir, DbConnection) {
    let dir = tempfile::tempdir().expect("dir");
    let db = TestDb::create(backend, &dir);
    let mut conn = db.conn();
    let settings = test_settings(&db.url, dir.path(), &Options::default());
    run_migrations(&mut conn, &settings).expect("migrations");
    (db, dir, conn)
}

fn seed_n(conn: &mut DbConnection, reports: u64, rng_seed: u64) -> Result<SeedSummary, SeedError> {
    let directory = Directory::load(None).expect("directory");
    let keys = Keys::from_bytes(TEST_SECRET_KEY.as_bytes());
    let options = SeedOptions {
        reports,
        seed: rng_seed,
        batch: 700,
        ..SeedOptions::default()
    };
    let mut seen = Vec::new();
    let summary = seed(conn, &test_sealer(), &keys, &directory, &options, |n| {
        seen.push(n)
    });
    if summary.is_ok() {
        assert_eq!(seen.last(), Some(&reports), "progress ends at the total");
    }
    summary
}

#[test]
fn seeded_reports_spread_over_countries_and_languages_and_share_destinations() {
    for backend in backends() {
        let (_db, _dir, mut c) = empty_database(&backend);
        let summary = seed_n(&mut c, 3_000, 42).expect("seeds");
        assert_eq!(summary.reports, 3_000);
        let stored: i64 = reports::table.count().get_result(&mut c).expect("count");
        assert_eq!(stored, 3_000, "{backend:?}");

        let rows: Vec<(String, String, String)> = reports::table
            .select((
                reports::reference,
                reports::residence_country,
                reports::locale,
            ))
            .load(&mut c)
            .expect("reports");
        let countries: HashSet<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        let locales: HashSet<&str> = rows.iter().map(|r| r.2.as_str()).collect();
        assert!(countries.len() >= 40, "{} countries", countries.len());
        let expected: HashSet<&str> = fraudreport::i18n::LANGUAGES
            .iter()
            .map(|l| l.code)
            .collect();
        assert_eq!(locales, expected);
        assert!(rows.iter().all(|r| CaseRef::parse(&r.0).is_some()));
        let unique: HashSet<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(unique.len(), rows.len());

        let pending: i64 = outbox::table.count().get_result(&mut c).expect("outbox");
        assert_eq!(pending, 0, "no mail for demo victims");
        assert_destinations_are_shared_across_countries(&mut c);

        // Linked once all are in: the network (3 %) is one cluster across
        // countries; the unrelated operations around it stay apart.
        use fraudreport::db::schema::{clusters, report_clusters};
        let sizes: Vec<(i64, i64)> = clusters::table
            .select((clusters::id, clusters::reports))
            .order(clusters::reports.desc())
            .limit(2)
            .load(&mut c)
            .expect("clusters");
        assert_eq!(sizes[0].1, 90, "{backend:?}: the network's 90 victims");
        assert!(
            sizes[1].1 <= 40,
            "{backend:?}: an operation grew to {sizes:?}"
        );
        let in_it: HashSet<String> = report_clusters::table
            .inner_join(reports::table)
            .filter(report_clusters::cluster_id.eq(sizes[0].0))
            .select(reports::residence_country)
            .load::<String>(&mut c)
            .expect("its countries")
            .into_iter()
            .collect();
        assert!(in_it.len() >= 20, "{backend:?}: {in_it:?}");
    }
}

fn assert_destinations_are_shared_across_countries(c: &mut DbConnection) {
    let found: Vec<(String, String, String)> = indicators::table
        .inner_join(reports::table)
        .filter(indicators::kind.eq_any(["iban", "wallet-btc", "wallet-eth", "wallet-trx"]))
        .select((
            indicators::kind,
            indicators::normalised,
            reports::residence_country,
        ))
        .load(c)
        .expect("destinations");
    let mut by_destination: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for (kind, normalised, country) in found {
        by_destination
            .entry((kind, normalised))
            .or_default()
            .insert(country);
    }
    let shared = by_destination.values().filter(|c| c.len() >= 2).count();
    assert!(
        shared >= 20,
        "only {shared} destinations in two countries or more"
    );
    let kinds: HashSet<&str> = by_destination.keys().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds.len(), 4, "{kinds:?}");
}

/// What the form's own function makes of an indicator's typed text.
fn normalise_again(kind: &str, typed: &str) -> Option<Indicator> {
    match kind {
        "phone" => indicator::phone(typed, None),
        "email" => indicator::email(typed),
        "domain" => indicator::website(typed),
        "alias" => Some(indicator::alias(typed)),
        "platform" => Some(indicator::platform(typed)),
        _ => indicator::destination(typed).ok().flatten(),
    }
}

#[test]
fn seeded_reports_are_routed_sealed_and_normalised_as_intake_does() {
    for backend in backends() {
        let (_db, _dir, mut c) = empty_database(&backend);
        seed_n(&mut c, 800, 7).expect("seeds");
        // Each distinct text once, numbers of one country together
        // (phonenumber keeps only the last 100 patterns compiled).
        let found: Vec<(String, String, String, bool)> = indicators::table
            .select((
                indicators::kind,
                indicators::typed,
                indicators::normalised,
                indicators::recovery,
            ))
            .distinct()
            .order((indicators::kind, indicators::typed))
            .load(&mut c)
            .expect("indicators");
        assert!(found.iter().any(|i| i.3), "some recovery approaches");
        for (kind, typed, normalised, _) in &found {
            let again = normalise_again(kind, typed).expect("the form accepts it");
            assert_eq!(
                (again.kind.as_str(), &again.normalised),
                (kind.as_str(), normalised)
            );
        }
        assert_routed_and_sealed(&mut c);
        // Each seeded victim sent from a browser and a network of their
        // own, so the public check lists what several of them share.
        let origins: Vec<crate::helpers::OriginKeys> = fraudreport::db::schema::reports::table
            .select((
                fraudreport::db::schema::reports::session_key,
                fraudreport::db::schema::reports::network_key,
            ))
            .load(&mut c)
            .expect("origins");
        let sessions: std::collections::HashSet<_> = origins.iter().map(|o| o.0.clone()).collect();
        assert!(
            origins.iter().all(|o| o.0.is_some() && o.1.is_some()),
            "{backend:?}"
        );
        assert_eq!(
            sessions.len(),
            origins.len(),
            "{backend:?}: one browser each"
        );
    }
}

type Sealed = (
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
);

fn assert_routed_and_sealed(c: &mut DbConnection) {
    let directory = Directory::load(None).expect("directory");
    let rows: Vec<Sealed> = reports::table
        .select((
            reports::residence_country,
            reports::residence_region,
            reports::authority_id,
            reports::routed_to,
            reports::routing_reason,
            reports::contact_email,
            reports::address_key,
            reports::contact_phone,
        ))
        .load(c)
        .expect("reports");
    let mut regions = 0;
    for (country, region, authority, routed_to, reason, email, key, phone) in rows {
        let code = CountryCode::parse(&country).expect("a country");
        let decision = routing::route(&directory, code, region.as_deref());
        assert_eq!(
            (authority, routed_to, reason),
            (
                decision.authority_id,
                decision.delivered_to,
                decision.reason
            )
        );
        regions += usize::from(region.is_some());
        if let Some(email) = email {
            let address = open(Field::Email, &email);
            assert!(address.starts_with("victim") && address.ends_with("@example.org"));
            assert_eq!(key, Some(address_key(&address)));
        }
        if let Some(phone) = phone {
            let number = open(Field::Phone, &phone);
            let again = indicator::phone(&number, Some(code)).expect("valid");
            assert_eq!(again.normalised, number);
        }
    }
    assert!(regions > 50, "regions where the directory routes by them");
}

#[test]
fn a_second_run_adds_to_the_first() {
    for backend in backends() {
        let (_db, _dir, mut c) = empty_database(&backend);
        let first = seed_n(&mut c, 200, 1).expect("first run");
        let second = seed_n(&mut c, 300, 1).expect("second run");
        let stored: i64 = reports::table.count().get_result(&mut c).expect("count");
        assert_eq!(stored, 500, "{backend:?}");
        assert!(second.first_report_id > first.last_report_id);
        let runs: Vec<i64> = demo_seeds::table
            .order(demo_seeds::id)
            .select(demo_seeds::reports)
            .load(&mut c)
            .expect("runs");
        assert_eq!(runs, [200, 300]);
    }
}

#[actix_web::test]
async fn a_database_with_a_real_report_is_refused() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let r = app.post_report("en", &valid_report()).await;
        assert_eq!(r.status(), 303);
        let mut c = app.db.conn();
        let refused = seed_n(&mut c, 10, 1);
        assert!(
            matches!(
                refused,
                Err(SeedError::NotADemoDatabase {
                    found: 1,
                    seeded: 0
                })
            ),
            "{refused:?}"
        );
        let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("only an empty database"), "{message}");
        let stored: i64 = reports::table.count().get_result(&mut c).expect("count");
        assert_eq!(stored, 1, "nothing added");
    }
}
