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
        assert_eq!(cells[1..4], ["3", "3", "3"], "{backend:?}: {cells:?}");
        assert_eq!(cells[4], "4500.00 EUR", "{backend:?}");
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
