//! The coordinators' overview, black-box: reports filed from three
//! countries that share a wallet form one cluster; once the worker has
//! summarised it, a coordinator finds it ranked, opens it (map, charts,
//! tables, authorities, shared values) and downloads its tables as CSV;
//! no other role reaches any of it, and nothing of a case shows.

use diesel::prelude::*;
use fraudreport::db::linkage::summary;
use fraudreport::db::schema::reports;
use fraudreport::domain::Role;
use fraudreport::routing::Directory;

use super::between;
use crate::helpers::{TestApp, backends, spawn_app};

const WALLET: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

async fn file(app: &TestApp, fields: &[(&str, &str)]) {
    let mut all = vec![
        ("consent_authority", "yes"),
        ("payment-0-amount", "1500"),
        ("payment-0-currency", "EUR"),
        ("payment-0-destination", WALLET),
        ("contact_email", "secret.victim@example.org"),
        ("story", "My cousin Ilse lost her savings too."),
    ];
    all.extend_from_slice(fields);
    let r = app.post_report("en", &all).await;
    assert_eq!(r.status(), 303);
}

#[actix_web::test]
async fn a_coordinator_finds_a_cluster_across_countries_and_downloads_its_tables() {
    let directory = Directory::load(None).expect("directory");
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file(&app, &[("residence_country", "EE")]).await;
        file(
            &app,
            &[("residence_country", "DE"), ("residence_region", "DE-HE")],
        )
        .await;
        file(
            &app,
            &[
                ("residence_country", "AU"),
                ("platform_name", "Kangaroo Gold"),
            ],
        )
        .await;
        // A report that shares nothing is in no listed cluster.
        file(
            &app,
            &[
                ("residence_country", "FI"),
                ("payment-0-destination", "GB82WEST12345698765432"),
            ],
        )
        .await;
        let coordinator = app
            .officer("hub@hub.example", Role::Coordinator, None)
            .await;

        let before = coordinator.get_text(&app, "/portal/overview").await;
        assert!(
            before.contains("No reports are linked yet."),
            "{backend:?}: nothing summarised yet"
        );
        let summarised = summary::refresh(&mut app.db.conn()).expect("summaries");
        assert!(summarised >= 1, "{backend:?}");

        let page = coordinator.get_text(&app, "/portal/overview").await;
        let table = between(&page, "<tbody>", "</tbody>");
        assert_eq!(table.matches("<tr>").count(), 1, "{backend:?}: {table}");
        let cells: Vec<String> = table
            .split("<td")
            .skip(1)
            .map(|c| between(c, ">", "</td>"))
            .collect();
        // After the cluster's name (a row heading): victims, countries,
        // authorities, loss.
        assert_eq!(cells[0..3], ["3", "3", "3"], "{backend:?}: {cells:?}");
        assert_eq!(cells[3], "4500.00 EUR", "{backend:?}");
        let link = between(&table, "href=\"", "\"");
        let cluster = coordinator.get_text(&app, &link).await;
        assert!(cluster.contains("<svg"), "{backend:?}: the charts");
        for country in ["Estonia", "Germany", "Australia"] {
            assert!(cluster.contains(country), "{backend:?}: {country}");
        }
        for (country, region) in [("EE", None), ("DE", Some("DE-HE")), ("AU", None)] {
            let a = directory
                .routing_authority(country, region)
                .expect("authority");
            assert!(
                cluster.contains(&a.name_local),
                "{backend:?}: {}",
                a.name_local
            );
        }
        assert!(
            cluster.contains(&WALLET.to_lowercase()),
            "{backend:?}: the shared wallet"
        );
        let references: Vec<String> = reports::table
            .select(reports::reference)
            .load(&mut app.db.conn())
            .expect("references");
        for private in ["secret.victim", "Ilse", "Kangaroo Gold"] {
            assert!(!cluster.contains(private), "{backend:?}: {private}");
        }
        for reference in &references {
            assert!(
                !cluster.contains(reference.as_str()),
                "{backend:?}: a reference"
            );
        }

        let csv = coordinator
            .get_text(&app, &format!("{link}/countries.csv"))
            .await;
        let mut lines: Vec<&str> = csv.lines().skip(1).collect();
        lines.sort_unstable();
        assert_eq!(
            lines,
            ["Australia,AU,1", "Estonia,EE,1", "Germany,DE,1"],
            "{backend:?}"
        );
        // The cluster's cases as files investigators load (validated in CI).
        let stix = super::export::fetch(
            &coordinator,
            &app,
            &format!("{link}/export.stix.json?tlp=green"),
            (&backend, "cluster"),
        )
        .await;
        let bundle: serde_json::Value = serde_json::from_str(&stix).expect("STIX JSON");
        let sighting = bundle["objects"]
            .as_array()
            .expect("objects")
            .iter()
            .find(|o| o["type"] == "sighting")
            .expect("a sighting of the cluster");
        assert_eq!(sighting["count"], 3, "{backend:?}: the victims");
        let misp = super::export::fetch(
            &coordinator,
            &app,
            &format!("{link}/export.misp.json"),
            (&backend, "cluster"),
        )
        .await;
        assert!(misp.contains(&WALLET.to_lowercase()), "{backend:?}");
        for (format, text) in [("stix", &stix), ("misp", &misp)] {
            assert!(!text.contains("secret.victim"), "{backend:?}: {format}");
            assert!(!text.contains("Ilse"), "{backend:?}: {format}");
        }
        for format in ["csv", "json"] {
            super::export::fetch(
                &coordinator,
                &app,
                &format!("{link}/export.{format}?contact=yes"),
                (&backend, "cluster"),
            )
            .await;
        }

        let weeks = coordinator
            .get_text(&app, &format!("{link}/weeks.csv"))
            .await;
        let counted: u64 = weeks
            .lines()
            .skip(1)
            .filter_map(|l| l.rsplit(',').next()?.trim().parse::<u64>().ok())
            .sum();
        assert_eq!(counted, 3, "{backend:?}: the reports per week: {weeks}");
        let ranked = coordinator.get_text(&app, "/portal/overview.csv").await;
        assert_eq!(ranked.lines().count(), 2, "{backend:?}: {ranked}");

        for role in [Role::Officer, Role::Lead] {
            let email = format!("{}@politsei.ee", role.as_str());
            let other = app.officer(&email, role, Some("ee-ppa")).await;
            for path in ["/portal/overview", link.as_str(), "/portal/overview.csv"] {
                let r = other.get(&app, path).await;
                assert_eq!(r.status(), 404, "{backend:?}: {role:?} {path}");
            }
        }
    }
}

#[actix_web::test]
async fn a_coordinator_names_a_cluster_and_every_authority_holding_it_hears_in_its_language() {
    use fraudreport::db::campaigns::{Target, recipients};
    use fraudreport::db::schema::audit_log;
    for backend in backends() {
        let rig = crate::warnings::rig(&backend, None).await;
        let app = &rig.app;
        for (n, fields) in [
            vec![("residence_country", "EE")],
            vec![("residence_country", "DE"), ("residence_region", "DE-HE")],
            vec![("residence_country", "AU")],
        ]
        .into_iter()
        .enumerate()
        {
            let email = format!("victim{n}@example.org");
            let mut all = fields;
            all.extend([
                ("consent_authority", "yes"),
                ("consent_warnings", "yes"),
                ("payment-0-amount", "900"),
                ("payment-0-currency", "EUR"),
                ("payment-0-destination", WALLET),
                ("contact_email", email.as_str()),
            ]);
            assert_eq!(app.post_report("en", &all).await.status(), 303);
        }
        let estonian = app
            .officer("ee.officer@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        super::notices::set_language(app, "ee.officer@politsei.example", "et");
        let coordinator = app
            .officer("hub@hub.example", Role::Coordinator, None)
            .await;
        summary::refresh(&mut app.db.conn()).expect("summaries");
        rig.deliver().await;
        let overview = coordinator.get_text(app, "/portal/overview").await;
        let link = between(&between(&overview, "<tbody>", "</tbody>"), "href=\"", "\"");
        let cluster: i64 = link
            .rsplit('/')
            .next()
            .expect("id")
            .parse()
            .expect("a number");

        let post = |name: &'static str| {
            let (client, url) = (
                coordinator.client.clone(),
                format!("{}{link}/name", app.address),
            );
            async move {
                let page = client
                    .get(url.trim_end_matches("/name"))
                    .send()
                    .await
                    .expect("page");
                let csrf =
                    crate::helpers::hidden_value(&page.text().await.expect("body"), "csrf_token")
                        .expect("csrf");
                client
                    .post(url)
                    .form(&[("csrf_token", csrf.as_str()), ("name", name)])
                    .send()
                    .await
                    .expect("request")
            }
        };
        let refused = post("   ").await;
        assert_eq!(refused.status(), 422, "{backend:?}");
        assert!(
            refused
                .text()
                .await
                .expect("body")
                .contains("id=\"name-error\"")
        );
        assert_eq!(
            post("Operation Kangaroo").await.status(),
            303,
            "{backend:?}"
        );
        let page = coordinator.get_text(app, &link).await;
        assert!(page.contains("Operation Kangaroo"), "{backend:?}: named");
        let audited: i64 = audit_log::table
            .filter(audit_log::action.eq("cluster-name"))
            .count()
            .get_result(&mut app.db.conn())
            .expect("audit");
        assert_eq!(audited, 1, "{backend:?}");

        let mail = rig.deliver().await;
        let to_estonian: Vec<&String> = mail
            .iter()
            .filter(|m| m.contains("ee.officer@politsei.example"))
            .collect();
        assert_eq!(
            to_estonian.len(),
            1,
            "{backend:?}: one mail to the Estonian officer"
        );
        let text = crate::mail::plain_text(to_estonian[0]);
        assert!(text.contains("Operation Kangaroo"), "{text}");
        let et = fraudreport::i18n::Locales::load().expect("locales");
        let sign_in = et.get("et").expect("et").loader.get("email-notice-sign-in");
        assert!(text.contains(&sign_in), "{backend:?}: in Estonian: {text}");
        for private in ["victim0@", "victim1@", "victim2@"] {
            assert!(!text.contains(private), "{backend:?}: {private}");
        }
        let group = between(&text, "/portal/cases?group=", "\n");
        let queue = estonian
            .get_text(app, &format!("/portal/cases?group={}", group.trim()))
            .await;
        assert_eq!(
            between(&queue, "<tbody>", "</tbody>")
                .matches("<tr>")
                .count(),
            1,
            "{backend:?}: its own case of the group only"
        );

        // A campaign alert aimed at the cluster reaches its consenting victims.
        diesel::update(reports::table)
            .set(reports::email_confirmed_at.eq(Some(chrono::Utc::now().naive_utc())))
            .execute(&mut app.db.conn())
            .expect("confirmed");
        let target = Target {
            cluster: Some(cluster),
            ..Target::default()
        };
        let reached = recipients(&mut app.db.conn(), &target).expect("recipients");
        assert_eq!(reached.len(), 3, "{backend:?}");
    }
}

/// A large cluster's page lists its most shared values as its summary
/// kept them (not read from all its values on every view), the same list
/// the values themselves give, and the next summary brings it up to date.
#[actix_web::test]
async fn a_large_clusters_page_lists_the_values_its_summary_kept() {
    use fraudreport::db::portal::overview::{VALUES_SHOWN, cluster};
    use fraudreport::db::schema::{cluster_values, clusters, link_keys, report_clusters};
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file(&app, &[("residence_country", "EE")]).await;
        let mut conn = app.db.conn();
        let original: i64 = reports::table
            .select(reports::id)
            .first(&mut conn)
            .expect("report");
        crate::helpers::copy_report(&mut conn, original, "BIG", 250).expect("copies");
        let ids: Vec<i64> = reports::table
            .select(reports::id)
            .load(&mut conn)
            .expect("ids");
        assert!(ids.len() as i64 >= summary::VALUES_KEPT_FROM);
        // One cluster of every report, holding 1,200 values held by 2 to 51.
        diesel::delete(report_clusters::table)
            .execute(&mut conn)
            .expect("clear");
        diesel::delete(clusters::table)
            .execute(&mut conn)
            .expect("clear");
        for id in &ids {
            diesel::insert_into(report_clusters::table)
                .values((
                    report_clusters::report_id.eq(id),
                    report_clusters::cluster_id.eq(original),
                ))
                .execute(&mut conn)
                .expect("member");
        }
        diesel::insert_into(clusters::table)
            .values((
                clusters::id.eq(original),
                clusters::reports.eq(ids.len() as i64),
                clusters::summarised.eq(false),
            ))
            .execute(&mut conn)
            .expect("cluster");
        for i in 0..1_200_i64 {
            diesel::insert_into(link_keys::table)
                .values((
                    link_keys::kind.eq("platform"),
                    link_keys::value.eq(format!("value-{i:04}")),
                    link_keys::reports.eq(2 + (i * 7919) % 50),
                    link_keys::cluster_id.eq(Some(original)),
                ))
                .execute(&mut conn)
                .expect("value");
        }
        summary::refresh(&mut conn).expect("summarised");
        let kept: i64 = cluster_values::table
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert_eq!(kept, VALUES_SHOWN, "{backend:?}");
        let page = cluster(&mut conn, original)
            .expect("read")
            .expect("cluster");
        let direct = summary::most_shared(&mut conn, original).expect("values");
        assert_eq!(page.values.len() as i64, VALUES_SHOWN);
        assert_eq!(page.values, direct, "{backend:?}: the list the values give");
        assert!(page.values.windows(2).all(|w| w[0].2 >= w[1].2));

        // A value grows: the page shows the kept list until the cluster is
        // summarised again, then the value first.
        diesel::update(link_keys::table.filter(link_keys::value.eq("value-0001")))
            .set(link_keys::reports.eq(500))
            .execute(&mut conn)
            .expect("grown");
        let before = cluster(&mut conn, original)
            .expect("read")
            .expect("cluster");
        assert_ne!(before.values[0].1, "value-0001", "{backend:?}: as kept");
        diesel::update(clusters::table.find(original))
            .set(clusters::summarised.eq(false))
            .execute(&mut conn)
            .expect("marked");
        summary::refresh(&mut conn).expect("summarised");
        let after = cluster(&mut conn, original)
            .expect("read")
            .expect("cluster");
        assert_eq!(
            after.values[0],
            ("platform".to_string(), "value-0001".to_string(), 500)
        );
    }
}
