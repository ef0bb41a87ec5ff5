//! The case page: what an officer sees of a case and who may see it;
//! the status changes and notes ([`actions`]) and assignments and the
//! audit ([`assign`]) made on it.

mod actions;
mod assign;

use diesel::prelude::*;
use fraudreport::db::schema::{accounts, audit_log, case_events, reports};
use fraudreport::domain::{CaseRef, Role};
use fraudreport::seal::Field;

use super::{Officer, between};
use crate::helpers::{TestApp, backends, escaped, open, spawn_app, test_sealer, valid_report};

/// Posts the valid report (an Estonian resident: `ee-ppa`'s case) and
/// returns its reference as shown.
pub async fn a_case(app: &TestApp) -> String {
    let done = app.post_report("en", &valid_report()).await;
    assert_eq!(done.status(), 303, "the report is accepted");
    reference_of(app)
}

/// The reference of the newest report, as shown.
pub fn reference_of(app: &TestApp) -> String {
    let stored: String = reports::table
        .select(reports::reference)
        .order(reports::id.desc())
        .first(&mut app.db.conn())
        .expect("a report");
    CaseRef::parse(&stored).expect("a reference").to_string()
}

/// POSTs a form of the case page with this officer's session.
pub async fn post(
    officer: &Officer,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    officer
        .client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .expect("request")
}

pub async fn page(officer: &Officer, app: &TestApp, reference: &str) -> (u16, String) {
    let res = officer
        .get(app, &format!("/portal/cases/{reference}"))
        .await;
    (res.status().as_u16(), res.text().await.expect("body"))
}

pub fn events(app: &TestApp) -> Vec<(String, Option<String>, Option<Vec<u8>>)> {
    case_events::table
        .select((case_events::kind, case_events::status, case_events::body))
        .order(case_events::id)
        .load(&mut app.db.conn())
        .expect("events")
}

pub fn audit(app: &TestApp) -> Vec<(String, String)> {
    audit_log::table
        .select((audit_log::action, audit_log::detail))
        .order(audit_log::id)
        .load(&mut app.db.conn())
        .expect("audit")
}

pub fn status_of(app: &TestApp) -> String {
    reports::table
        .select(reports::status)
        .first(&mut app.db.conn())
        .expect("status")
}

pub async fn ee_officer(app: &TestApp, name: &str) -> Officer {
    app.officer(
        &format!("{name}@politsei.ee"),
        Role::Officer,
        Some("ee-ppa"),
    )
    .await
}

/// A case whose victim later reported a "recovery" offer from a website.
async fn a_case_approached_again(app: &TestApp) -> String {
    let done = app.post_report("en", &valid_report()).await;
    let own_page = done.headers()["location"].to_str().expect("ascii");
    let approach = app
        .client
        .post(format!("{}{own_page}/approach", app.address))
        .form(&[("websites", "asset-recovery-unit.example")])
        .send()
        .await
        .expect("request");
    assert_eq!(approach.status(), 303, "a recovery approach reported");
    reference_of(app)
}

/// The victim's address (checked to be sealed in the database) and the
/// sealed story.
fn sealed_contact(app: &TestApp) -> (String, Option<Vec<u8>>) {
    let (sealed_email, sealed_story): (Option<Vec<u8>>, Option<Vec<u8>>) = reports::table
        .select((reports::contact_email, reports::story))
        .first(&mut app.db.conn())
        .expect("report");
    let sealed_email = sealed_email.expect("an address");
    let email = open(Field::Email, &sealed_email);
    assert_eq!(email.to_lowercase(), "victim@example.org");
    let lowered = String::from_utf8_lossy(&sealed_email).to_lowercase();
    assert!(!lowered.contains("victim@example.org"), "sealed in the DB");
    (email, sealed_story)
}

#[actix_web::test]
async fn an_officer_of_the_authority_sees_everything_the_victim_gave_unsealed_for_the_view() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case_approached_again(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let res = officer
            .get(&app, &format!("/portal/cases/{reference}"))
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(res.headers()["cache-control"], "no-store");
        let html = res.text().await.expect("body");
        let (email, sealed_story) = sealed_contact(&app);
        let story = open(Field::Story, &sealed_story.expect("a story"));
        for shown in [
            &email,
            &story,
            "Crypto-Trade Pro",
            "Anna Smith",
            "trade-example.com",
        ] {
            assert!(html.contains(&escaped(shown)), "{backend:?}: {shown} shown");
        }
        assert!(
            html.contains("5123 4567") || html.contains("51234567"),
            "the phone"
        );
        assert!(
            html.contains("1500.50 EUR") && html.contains("2500.00 USD"),
            "payments"
        );
        assert!(
            html.contains("DE89370400440532013000"),
            "the IBAN, normalised"
        );
        let recovery = between(&html, "<tr class=\"recovery\">", "</tr>");
        assert!(
            recovery.contains("asset-recovery-unit.example"),
            "{backend:?}"
        );
        assert!(recovery.contains("Recovery approach"), "marked: {recovery}");
        assert!(html.contains("English"), "the victim's language");
        let timeline = between(&html, "class=\"timeline\"", "</ol>");
        assert!(timeline.contains("Report received"), "{backend:?}");
        assert!(
            timeline.contains("E-mail to the victim: receipt"),
            "mails by kind"
        );
        assert!(!timeline.contains(&escaped(&email)), "never a recipient");
        assert!(html.contains(&format!("href=\"/portal/cases/{reference}/message\"")));
        assert!(html.contains(&format!("href=\"/portal/cases/{reference}/reroute\"")));
        assert!(!html.contains("<profits>"), "the story is escaped");
        let views: Vec<_> = audit(&app)
            .into_iter()
            .filter(|(action, _)| action == "case-view")
            .collect();
        assert_eq!(views.len(), 1, "{backend:?}: one audit row per view");
    }
}

#[actix_web::test]
async fn another_authority_an_admin_and_a_made_up_reference_all_get_the_same_not_found() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let finn = app
            .officer("m.virtanen@poliisi.fi", Role::Officer, Some("fi-poliisi"))
            .await;
        let admin = app.officer("root@hub.example", Role::Admin, None).await;
        let own = ee_officer(&app, "k.tamm").await;
        let made_up = CaseRef::generate().to_string();
        let answers = [
            page(&finn, &app, &reference).await,
            page(&admin, &app, &reference).await,
            page(&own, &app, &made_up).await,
            page(&own, &app, "not-a-reference").await,
        ];
        for (status, body) in &answers {
            assert_eq!(*status, 404, "{backend:?}");
            assert_eq!(body, &answers[0].1, "{backend:?}: identical answers");
            assert!(!body.contains("Crypto-Trade Pro"));
        }
        let token = finn.csrf(&app).await;
        let form = [("csrf_token", token.as_str()), ("note", "mine now")];
        let path = format!("/portal/cases/{reference}/notes");
        assert_eq!(post(&finn, &app, &path, &form).await.status(), 404);
        assert!(events(&app).is_empty(), "{backend:?}: nothing stored");
    }
}

#[actix_web::test]
async fn a_coordinator_sees_any_case() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let hub = app
            .officer("desk@hub.example", Role::Coordinator, None)
            .await;
        let (status, html) = page(&hub, &app, &reference).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("Crypto-Trade Pro"));
    }
}

#[actix_web::test]
async fn messages_and_re_routes_written_elsewhere_appear_in_the_timeline() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let (report_id, account_id): (i64, i64) = (
            reports::table
                .select(reports::id)
                .first(&mut app.db.conn())
                .expect("report"),
            accounts::table
                .select(accounts::id)
                .first(&mut app.db.conn())
                .expect("account"),
        );
        let sealed = test_sealer().seal(Field::CaseText, "Please call us <back>");
        let now = chrono::Utc::now().naive_utc();
        for (kind, body, authority) in [
            ("message", Some(sealed), None),
            ("reroute", None, Some("ee-ppa")),
        ] {
            diesel::insert_into(case_events::table)
                .values((
                    case_events::report_id.eq(report_id),
                    case_events::at.eq(now),
                    case_events::account_id.eq(Some(account_id)),
                    case_events::kind.eq(kind),
                    case_events::authority_id.eq(authority),
                    case_events::body.eq(body),
                ))
                .execute(&mut app.db.conn())
                .expect("event");
        }
        let (status, html) = page(&officer, &app, &reference).await;
        assert_eq!(status, 200, "{backend:?}");
        let timeline = between(&html, "class=\"timeline\"", "</ol>");
        assert!(timeline.contains("Message to the victim"), "{backend:?}");
        assert!(timeline.contains(&escaped("Please call us <back>")));
        assert!(timeline.contains("Re-routed"));
        assert!(timeline.contains("Name of k.tamm@politsei.ee"));
    }
}
