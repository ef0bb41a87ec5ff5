//! Linkage, black-box: reports filed through the form from several
//! countries join one cluster through a wallet typed two ways, an IBAN with
//! spaces and one mailbox; a big provider's domain links nothing; a value
//! that becomes too common stops linking, and the rebuild splits what it
//! had glued; the rebuild finds the clusters the intake kept.

use std::collections::{BTreeMap, BTreeSet};

use diesel::prelude::*;
use fraudreport::db::linkage::{self, Rules};
use fraudreport::db::schema::{link_keys, report_clusters, reports};

use fraudreport::domain::Role;

use crate::helpers::{Options, TestApp, backends, spawn_app, spawn_app_with};
use crate::portal::between;

/// Files a report; returns its id.
async fn file(app: &TestApp, fields: &[(&str, &str)]) -> i64 {
    let mut all = vec![
        ("consent_authority", "yes"),
        ("payment-0-amount", "100"),
        ("payment-0-currency", "EUR"),
    ];
    all.extend_from_slice(fields);
    let r = app.post_report("en", &all).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    reports::table
        .order(reports::id.desc())
        .select(reports::id)
        .first(&mut app.db.conn())
        .expect("the report")
}

/// Forgets every link (values, holders, clusters), keeping the reports.
fn unlink_all(conn: &mut fraudreport::db::DbConnection) {
    use fraudreport::db::schema::{clusters, report_keys};
    diesel::delete(report_clusters::table)
        .execute(conn)
        .expect("clear");
    diesel::delete(clusters::table)
        .execute(conn)
        .expect("clear");
    diesel::delete(report_keys::table)
        .execute(conn)
        .expect("clear");
    diesel::delete(link_keys::table)
        .execute(conn)
        .expect("clear");
}

/// Forgets every link and puts `reports` back on the link queue, as a
/// node that stored them and stopped before linking would leave them.
fn unlink_queued(conn: &mut fraudreport::db::DbConnection, reports: &[i64]) {
    use fraudreport::db::schema::link_queue;
    unlink_all(conn);
    for id in reports {
        diesel::insert_into(link_queue::table)
            .values(link_queue::report_id.eq(id))
            .execute(conn)
            .expect("queued");
    }
}

/// The clusters of two reports or more, as sets of report ids.
fn clusters(app: &TestApp) -> BTreeSet<BTreeSet<i64>> {
    let rows: Vec<(i64, i64)> = report_clusters::table
        .select((report_clusters::cluster_id, report_clusters::report_id))
        .load(&mut app.db.conn())
        .expect("clusters");
    let mut by: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for (cluster, report) in rows {
        by.entry(cluster).or_default().insert(report);
    }
    by.into_values().filter(|s| s.len() > 1).collect()
}

fn rebuild(app: &TestApp) -> linkage::Rebuilt {
    let now = chrono::Utc::now().naive_utc();
    linkage::rebuild(&mut app.db.conn(), &Rules::of(&app.settings), now, false)
        .expect("rebuild")
        .expect("it ran")
}

const WALLET: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

#[actix_web::test]
async fn reports_of_three_authorities_join_one_cluster_and_a_providers_domain_links_nothing() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let estonia = file(
            &app,
            &[
                ("residence_country", "EE"),
                ("payment-0-destination", WALLET),
                ("scam_emails", "Recovery.Desk@gmail.com"),
            ],
        )
        .await;
        let germany = file(
            &app,
            &[
                ("residence_country", "DE"),
                ("residence_region", "DE-HE"),
                ("payment-0-destination", &WALLET.to_lowercase()),
                ("payment-1-amount", "50"),
                ("payment-1-currency", "EUR"),
                ("payment-1-destination", "GB82WEST12345698765432"),
            ],
        )
        .await;
        let latvia = file(
            &app,
            &[
                ("residence_country", "LV"),
                ("payment-0-destination", "gb82 west 1234 5698 7654 32"),
            ],
        )
        .await;
        let finland = file(
            &app,
            &[
                ("residence_country", "FI"),
                ("scam_emails", "recovery.desk@GMAIL.com"),
            ],
        )
        .await;
        let other_mailbox = file(
            &app,
            &[
                ("residence_country", "LT"),
                ("scam_emails", "someone.else@gmail.com"),
                ("websites", "https://mail.google.com/"),
            ],
        )
        .await;
        let expected: BTreeSet<i64> = [estonia, germany, latvia, finland].into();
        assert_eq!(clusters(&app), [expected.clone()].into(), "{backend:?}");
        let authorities: BTreeSet<Option<String>> = reports::table
            .filter(reports::id.eq_any(&expected))
            .select(reports::authority_id)
            .load(&mut app.db.conn())
            .expect("authorities")
            .into_iter()
            .collect();
        assert!(authorities.len() >= 3, "{authorities:?}");
        let gmail: i64 = link_keys::table
            .filter(link_keys::value.like("%gmail.com"))
            .filter(link_keys::kind.eq("domain"))
            .count()
            .get_result(&mut app.db.conn())
            .expect("count");
        assert_eq!(gmail, 0, "{backend:?}: gmail.com is no link");
        assert!(
            !clusters(&app).iter().any(|c| c.contains(&other_mailbox)),
            "another mailbox at the same provider"
        );

        // The rebuild finds what the intake kept.
        let done = rebuild(&app);
        assert_eq!((done.clusters, done.linked), (1, 4), "{backend:?}");
        assert_eq!(clusters(&app), [expected].into(), "{backend:?}");
    }
}

fn two_at_most(settings: &mut fraudreport::config::Settings) {
    settings.linkage_common_percent = 1;
    settings.linkage_common_floor = 2;
}

#[actix_web::test]
async fn a_value_that_becomes_too_common_stops_linking_and_the_rebuild_splits_its_cluster() {
    for backend in backends() {
        let options = Options {
            adjust: Some(two_at_most),
            ..Options::default()
        };
        let app = spawn_app_with(&backend, options).await;
        let glue = [("residence_country", "EE"), ("platform_name", "Glue Trade")];
        let first = file(&app, &glue).await;
        let second = file(&app, &glue).await;
        assert_eq!(clusters(&app), [[first, second].into()].into());
        let mut conn = app.db.conn();
        assert!(!linkage::rebuild_due(&mut conn).expect("state"));

        let third = file(&app, &glue).await;
        assert!(
            !clusters(&app).iter().any(|c| c.contains(&third)),
            "{backend:?}: a value held by three links no more"
        );
        assert!(
            linkage::rebuild_due(&mut conn).expect("state"),
            "{backend:?}"
        );
        let done = rebuild(&app);
        assert_eq!(done.stopped, 1, "{backend:?}");
        assert!(clusters(&app).is_empty(), "{backend:?}: the glue is gone");
        assert!(!linkage::rebuild_due(&mut conn).expect("state"));
        let (held, cluster): (i64, Option<i64>) = link_keys::table
            .filter(link_keys::value.eq("gluetrade"))
            .select((link_keys::reports, link_keys::cluster_id))
            .first(&mut conn)
            .expect("the value");
        assert_eq!((held, cluster), (3, None), "{backend:?}");
    }
}

/// Reports sharing values drawn at random, linked in batches of several
/// (as the intake's group commit stores them), make the clusters a
/// rebuild finds, from the values as kept and from the indicators alone:
/// merges within a batch and across batches.
#[actix_web::test]
async fn batches_of_reports_link_into_the_clusters_a_rebuild_finds() {
    use fraudreport::db::schema::{clusters as cluster_sizes, indicators};
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let original = file(&app, &[("residence_country", "EE")]).await;
        let mut conn = app.db.conn();
        crate::helpers::copy_report(&mut conn, original, "LINK", 60).expect("copies");
        unlink_all(&mut conn);
        diesel::delete(indicators::table)
            .execute(&mut conn)
            .expect("clear");
        let ids: Vec<i64> = reports::table
            .filter(reports::reference.like("LINK%"))
            .order(reports::id)
            .select(reports::id)
            .load(&mut conn)
            .expect("ids");
        // A small linear congruential generator: the same draw every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut draw = |below: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) % below
        };
        let mut found: Vec<(i64, Vec<String>)> = Vec::new();
        for id in &ids {
            let values: BTreeSet<String> = (0..draw(3)).map(|_| format!("p{}", draw(25))).collect();
            for v in &values {
                diesel::insert_into(indicators::table)
                    .values((
                        indicators::report_id.eq(id),
                        indicators::kind.eq("platform"),
                        indicators::typed.eq(v),
                        indicators::normalised.eq(v),
                        indicators::authority_id.eq("ee-ppa"),
                        indicators::created_at.eq(chrono::Utc::now().naive_utc()),
                    ))
                    .execute(&mut conn)
                    .expect("an indicator");
            }
            found.push((*id, values.into_iter().collect()));
        }
        let rules = Rules::of(&app.settings);
        let mut at = 0;
        while at < found.len() {
            let size = 1 + usize::try_from(draw(7)).expect("small");
            let batch: Vec<(i64, Vec<(&str, &str)>)> = found[at..(at + size).min(found.len())]
                .iter()
                .map(|(id, values)| {
                    (
                        *id,
                        values.iter().map(|v| ("platform", v.as_str())).collect(),
                    )
                })
                .collect();
            fraudreport::db::write_transaction(&mut conn, |c| linkage::link_new(c, &rules, &batch))
                .expect("linked");
            at += size;
        }
        let kept = clusters(&app);
        assert!(
            kept.len() > 1,
            "{backend:?}: several clusters drawn: {kept:?}"
        );
        let sizes: Vec<(i64, i64)> = cluster_sizes::table
            .select((cluster_sizes::id, cluster_sizes::reports))
            .load(&mut conn)
            .expect("sizes");
        for (id, n) in sizes {
            let members: i64 = report_clusters::table
                .filter(report_clusters::cluster_id.eq(id))
                .count()
                .get_result(&mut conn)
                .expect("members");
            assert_eq!(n, members, "{backend:?}: cluster {id} counts its reports");
        }
        rebuild(&app);
        assert_eq!(clusters(&app), kept, "{backend:?}: reclustered as kept");
        // From the indicators alone (a database whose reports predate linkage).
        linkage::mark_rekey_due(&mut conn).expect("mark");
        rebuild(&app);
        assert_eq!(clusters(&app), kept, "{backend:?}: from the indicators");
    }
}

/// Linking never costs a victim the report: when it fails, the report
/// stays stored, unlinked, off the link queue, and the values are marked
/// to be read anew from the indicators.
#[actix_web::test]
async fn a_failure_to_link_stores_the_report_unlinked_and_asks_for_a_rebuild() {
    use fraudreport::db::schema::linkage_state;
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let mut conn = app.db.conn();
        diesel::sql_query("DROP TABLE report_clusters")
            .execute(&mut conn)
            .expect("break linkage");
        let id = file(
            &app,
            &[
                ("residence_country", "EE"),
                ("payment-0-destination", WALLET),
            ],
        )
        .await;
        let stored: i64 = reports::table
            .filter(reports::id.eq(id))
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert_eq!(stored, 1, "{backend:?}");
        let held: i64 = fraudreport::db::schema::report_keys::table
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert_eq!(
            held, 0,
            "{backend:?}: the failed linking left nothing half-way"
        );
        let (rebuild, rekey): (bool, bool) = linkage_state::table
            .select((linkage_state::rebuild_due, linkage_state::rekey_due))
            .first(&mut conn)
            .expect("state");
        assert!(rebuild && rekey, "{backend:?}");
    }
}

/// Intake queues each report and the report writer links the queue right
/// after; what a node stored and left queued when it stopped is linked by
/// the next writer that starts on the database.
#[actix_web::test]
async fn reports_a_stopped_node_left_queued_are_linked_when_a_writer_starts() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let wallet = ("payment-0-destination", WALLET);
        let first = file(&app, &[("residence_country", "EE"), wallet]).await;
        let second = file(&app, &[("residence_country", "LV"), wallet]).await;
        let linked: BTreeSet<BTreeSet<i64>> = [[first, second].into()].into();
        assert_eq!(clusters(&app), linked, "{backend:?}: linked at intake");
        // Unlinked and still queued, as a node that stopped would leave them.
        let mut conn = app.db.conn();
        unlink_queued(&mut conn, &[first, second]);
        assert!(clusters(&app).is_empty());
        let next = fraudreport::startup::Application::build(&app.settings).expect("builds");
        actix_web::rt::spawn(next.run());
        app.linked().await;
        assert_eq!(
            clusters(&app),
            linked,
            "{backend:?}: linked by the next node"
        );
    }
}

/// On PostgreSQL, a writer does not wait while another node links or
/// rebuilds (it holds the linkage lock): it leaves the queue to that node
/// and goes on storing reports; the queue is linked once the lock is free.
#[actix_web::test]
async fn a_writer_leaves_the_queue_to_the_node_that_holds_the_linkage_lock() {
    use fraudreport::db::schema::link_queue;
    for backend in backends() {
        if matches!(backend, crate::helpers::TestBackend::Sqlite) {
            continue;
        }
        let app = spawn_app(&backend).await;
        let wallet = ("payment-0-destination", WALLET);
        let first = file(&app, &[("residence_country", "EE"), wallet]).await;
        let second = file(&app, &[("residence_country", "LV"), wallet]).await;
        let mut conn = app.db.conn();
        unlink_queued(&mut conn, &[first, second]);
        let rules = Rules::of(&app.settings);
        let mut other_node = app.db.conn();
        let fraudreport::db::DbConnection::Pg(holder) = &mut other_node else {
            unreachable!("a PostgreSQL backend");
        };
        holder
            .transaction(|c| {
                diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                    .bind::<diesel::sql_types::BigInt, _>(linkage::LINKAGE_LOCK)
                    .execute(c)?;
                let started = std::time::Instant::now();
                assert_eq!(linkage::link_queued(&mut conn, &rules).expect("link"), None);
                assert!(started.elapsed() < std::time::Duration::from_secs(1));
                let left: i64 = link_queue::table.count().get_result(&mut conn)?;
                assert_eq!(left, 2, "the queue is left to the lock's holder");
                diesel::QueryResult::Ok(())
            })
            .expect("the other node's transaction");
        assert_eq!(
            linkage::link_queued(&mut conn, &rules).expect("link"),
            Some(2),
            "linked once the lock is free"
        );
        assert_eq!(clusters(&app), [[first, second].into()].into());

        // A report stored while another session holds the lock for a
        // second is linked soon after it lets go: the writer tries again.
        let url = app.db.url.clone();
        let holder = std::thread::spawn(move || {
            use diesel::Connection;
            let mut c = diesel::PgConnection::establish(&url).expect("connects");
            c.transaction(|c| {
                diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                    .bind::<diesel::sql_types::BigInt, _>(linkage::LINKAGE_LOCK)
                    .execute(c)?;
                std::thread::sleep(std::time::Duration::from_secs(1));
                diesel::QueryResult::Ok(())
            })
            .expect("held");
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        let third = file(&app, &[("residence_country", "FI"), wallet]).await;
        holder.join().expect("released");
        assert_eq!(clusters(&app), [[first, second, third].into()].into());
    }
}

/// The reference of a report, as pages show it.
fn reference(app: &TestApp, id: i64) -> String {
    let stored: fraudreport::domain::CaseRef = reports::table
        .find(id)
        .select(reports::reference)
        .first(&mut app.db.conn())
        .expect("reference");
    stored.to_string()
}

#[actix_web::test]
async fn an_officer_sees_which_authorities_hold_reports_sharing_a_wallet_and_nothing_of_them() {
    let directory = fraudreport::routing::Directory::load(None).expect("directory");
    let name = |country: &str, region: Option<&str>| {
        let a = directory
            .routing_authority(country, region)
            .expect("an authority");
        a.name_local.clone()
    };
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let estonia = file(
            &app,
            &[
                ("residence_country", "EE"),
                ("payment-0-destination", WALLET),
            ],
        )
        .await;
        let lower = WALLET.to_lowercase();
        let others = [
            file(
                &app,
                &[
                    ("residence_country", "DE"),
                    ("residence_region", "DE-HE"),
                    ("payment-0-destination", &lower),
                    ("contact_email", "victim.hessen@example.org"),
                    ("platform_name", "Hessen Only Trade"),
                ],
            )
            .await,
            file(
                &app,
                &[
                    ("residence_country", "DE"),
                    ("residence_region", "DE-BY"),
                    ("payment-0-destination", WALLET),
                ],
            )
            .await,
            file(
                &app,
                &[
                    ("residence_country", "AU"),
                    ("payment-0-destination", WALLET),
                    ("story", "My neighbour Bruce told me about it."),
                ],
            )
            .await,
        ];
        let officer = app
            .officer("ee.officer@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let page = officer
            .get_text(&app, &format!("/portal/cases/{}", reference(&app, estonia)))
            .await;
        let linked = between(&page, "id=\"linked\"", "</section>");
        assert!(
            linked.contains("also in 3 other reports, from 2 countries"),
            "{backend:?}: {linked}"
        );
        for holder in [
            name("DE", Some("DE-HE")),
            name("DE", Some("DE-BY")),
            name("AU", None),
        ] {
            assert!(
                linked.contains(&holder),
                "{backend:?}: {holder} in {linked}"
            );
        }
        assert!(linked.contains("4 reports"), "{backend:?}: the cluster");
        for other in others {
            let theirs = reference(&app, other);
            assert!(
                !page.contains(&theirs),
                "{backend:?}: another case's reference"
            );
        }
        for private in ["victim.hessen", "Hessen Only Trade", "Bruce"] {
            assert!(!page.contains(private), "{backend:?}: {private} shown");
        }

        // The queue counts the linked reports and, once the worker has
        // summarised the cluster, filters the cases linked abroad.
        let alone = file(
            &app,
            &[
                ("residence_country", "EE"),
                ("payment-0-destination", "EE382200221020145685"),
            ],
        )
        .await;
        linkage::summary::refresh(&mut app.db.conn()).expect("summaries");
        let ours = reference(&app, estonia);
        let queue = officer.get_text(&app, "/portal/cases").await;
        let row = between(&queue, &format!(">{ours}</a></th>"), "</tr>");
        let cells: Vec<String> = row
            .split("<td")
            .skip(1)
            .map(|c| between(c, ">", "</td>"))
            .collect();
        assert_eq!(cells[6], "3", "{backend:?}: linked count in {cells:?}");
        let abroad = officer.get_text(&app, "/portal/cases?linked=abroad").await;
        assert!(abroad.contains(&ours), "{backend:?}");
        assert!(
            !abroad.contains(&reference(&app, alone)),
            "{backend:?}: an unlinked case is not linked abroad"
        );
        assert!(queue.contains(&reference(&app, alone)), "{backend:?}");
    }
}

/// A coordinator's mark, posted through the linkage page.
async fn post_mark(
    app: &TestApp,
    who: &crate::portal::Officer,
    kind: &str,
    value: &str,
    mark: &str,
) -> reqwest::Response {
    let csrf = who.csrf(app).await;
    who.client
        .post(format!("{}/portal/linkage", app.address))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("kind", kind),
            ("value", value),
            ("mark", mark),
        ])
        .send()
        .await
        .expect("request")
}

/// The worker's rebuild when one is due.
fn rebuild_if_due(app: &TestApp) {
    let now = chrono::Utc::now().naive_utc();
    linkage::rebuild(&mut app.db.conn(), &Rules::of(&app.settings), now, true).expect("rebuild");
}

#[actix_web::test]
async fn a_coordinator_marks_values_not_linking_and_linking_and_the_marks_survive_a_rekey() {
    for backend in backends() {
        let options = Options {
            adjust: Some(two_at_most),
            ..Options::default()
        };
        let app = spawn_app_with(&backend, options).await;
        let coordinator = app
            .officer("hub@hub.example", Role::Coordinator, None)
            .await;
        let pair = [
            ("residence_country", "EE"),
            ("platform_name", "Pair Markets"),
        ];
        let (a, b) = (file(&app, &pair).await, file(&app, &pair).await);
        assert_eq!(clusters(&app), [[a, b].into()].into(), "{backend:?}");

        // "Not linking": the pair splits at the rebuild.
        let r = post_mark(
            &app,
            &coordinator,
            "platform",
            "pair  markets",
            "not-linking",
        )
        .await;
        assert_eq!(r.status(), 303, "{backend:?}");
        rebuild_if_due(&app);
        assert!(clusters(&app).is_empty(), "{backend:?}: split by the mark");
        let page = coordinator.get_text(&app, "/portal/linkage").await;
        let marked = between(&page, "id=\"marked-heading\"", "</section>");
        assert!(marked.contains("pairmarkets"), "{backend:?}: {marked}");

        // Too common (three holders, two allowed), then "linking" by hand.
        let glue = [("residence_country", "LV"), ("platform_name", "Glue Trade")];
        let mut glued = BTreeSet::new();
        for _ in 0..3 {
            glued.insert(file(&app, &glue).await);
        }
        rebuild_if_due(&app);
        let page = coordinator.get_text(&app, "/portal/linkage").await;
        let common = between(&page, "id=\"common-heading\"", "</section>");
        assert!(common.contains("gluetrade"), "{backend:?}: {common}");
        let r = post_mark(&app, &coordinator, "platform", "Glue Trade", "linking").await;
        assert_eq!(r.status(), 303, "{backend:?}");
        rebuild_if_due(&app);
        assert_eq!(clusters(&app), [glued.clone()].into(), "{backend:?}");

        // Both marks survive reading every value anew from the indicators.
        linkage::mark_rekey_due(&mut app.db.conn()).expect("rekey due");
        rebuild_if_due(&app);
        assert_eq!(clusters(&app), [glued].into(), "{backend:?}: after a rekey");

        assert_eq!(
            app.audited("linkage-mark"),
            [
                "platform pairmarkets: not-linking",
                "platform gluetrade: linking"
            ],
            "{backend:?}"
        );

        // A value that is not of its kind, or never links, is refused at the field.
        let r = post_mark(&app, &coordinator, "phone", "call me maybe", "linking").await;
        assert_eq!(r.status(), 422, "{backend:?}");
        let body = r.text().await.expect("body");
        assert!(body.contains("id=\"value-error\""), "{backend:?}");
        assert!(
            body.contains("value=\"call me maybe\""),
            "{backend:?}: kept"
        );
        let r = post_mark(&app, &coordinator, "domain", "gmail.com", "linking").await;
        assert_eq!(r.status(), 422, "{backend:?}");
        assert!(r.text().await.expect("body").contains("never link"));

        let officer = app
            .officer("o@politsei.ee", Role::Officer, Some("ee-ppa"))
            .await;
        assert_eq!(officer.get(&app, "/portal/linkage").await.status(), 404);
        let r = post_mark(&app, &officer, "platform", "Glue Trade", "not-linking").await;
        assert_eq!(r.status(), 404, "{backend:?}: only coordinators mark");
    }
}

fn not_at_intake(settings: &mut fraudreport::config::Settings) {
    settings.linkage_at_intake = false;
}

#[actix_web::test]
async fn reports_stored_without_linking_at_intake_are_linked_by_the_next_rebuild() {
    for backend in backends() {
        // No worker of the app's own: its first pass, late under load,
        // would rebuild before the test looks.
        let options = Options {
            adjust: Some(not_at_intake),
            no_worker: true,
            ..Options::default()
        };
        let app = spawn_app_with(&backend, options).await;
        let pair = [
            ("residence_country", "EE"),
            ("platform_name", "Later Markets"),
        ];
        let (a, b) = (file(&app, &pair).await, file(&app, &pair).await);
        assert!(clusters(&app).is_empty(), "{backend:?}: not linked yet");
        assert!(linkage::rebuild_due(&mut app.db.conn()).expect("state"));
        rebuild_if_due(&app);
        assert_eq!(clusters(&app), [[a, b].into()].into(), "{backend:?}");
    }
}
