//! How officers hear of their cases, black-box through a real SMTP server:
//! a notice per case in the account's language (never victim data, never
//! to a deactivated account or another authority), the daily digest an
//! authority can choose instead, and the coordinator's list of authorities
//! nobody attends in the portal.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use fraudreport::db::portal::accounts;
use fraudreport::db::schema::{accounts as accounts_table, audit_log, outbox, reports};
use fraudreport::domain::Role;
use fraudreport::i18n::Locales;

use super::handoff::{file_report, finnish_intake};
use crate::helpers::{TestApp, backends, hidden_value, valid_report, with};
use crate::mail::plain_text;
use crate::warnings::rig;

/// The `To` address of a raw message.
fn to_of(raw: &str) -> String {
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    parsed
        .headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case("to"))
        .map(|h| h.get_value())
        .unwrap_or_default()
}

/// The messages in `mail` addressed to `address`.
fn to<'a>(mail: &'a [String], address: &str) -> Vec<&'a String> {
    mail.iter().filter(|m| to_of(m).contains(address)).collect()
}

fn subject_of(raw: &str) -> String {
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    parsed
        .headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case("subject"))
        .map(|h| h.get_value())
        .unwrap_or_default()
}

pub(crate) fn set_language(app: &TestApp, email: &str, lang: &str) {
    diesel::update(accounts_table::table.filter(accounts_table::email.eq(email)))
        .set(accounts_table::locale.eq(lang))
        .execute(&mut app.db.conn())
        .expect("language set");
}

/// A Finnish resident's report.
fn finnish_report() -> Vec<(&'static str, &'static str)> {
    with(&valid_report(), "residence_country", "FI")
}

#[actix_web::test]
async fn each_officer_of_the_authority_hears_of_a_new_case_in_their_language_and_nothing_of_the_victim()
 {
    let locales = Locales::load().expect("locales");
    let estonian = locales.get("et").expect("et");
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        app.officer("mari@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        set_language(app, "mari@politsei.example", "et");
        app.officer("lead@politsei.example", Role::Lead, Some("ee-ppa"))
            .await;
        app.officer("gone@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        app.officer("other@poliisi.example", Role::Officer, Some("fi-poliisi"))
            .await;
        app.officer("admin@hub.example", Role::Admin, None).await;

        let (_, reference) = file_report(app, "en", &valid_report()).await;
        // Deactivated after the notice was queued, before it went out.
        let gone = super::account_id(app, "gone@politsei.example");
        accounts::deactivate(&mut app.db.conn(), gone, Utc::now().naive_utc())
            .expect("deactivated");
        let mail = rig.deliver().await;

        let notice = to(&mail, "mari@politsei.example");
        assert_eq!(notice.len(), 1, "{backend:?}: one notice");
        let text = plain_text(notice[0]);
        let shown = fraudreport::domain::CaseRef::parse(&reference)
            .expect("reference")
            .to_string();
        assert!(subject_of(notice[0]).contains(&shown));
        assert!(
            text.contains(&format!("/portal/cases/{reference}")),
            "{text}"
        );
        assert!(
            text.contains(&estonian.loader.get("email-notice-sign-in")),
            "in the account's language: {text}"
        );
        for victim_data in [
            "Victim@Example.org",
            "victim@example.org",
            "5123",
            "guaranteed",
            "Crypto-Trade",
        ] {
            assert!(!notice[0].contains(victim_data), "{victim_data} in {text}");
        }
        let lead = to(&mail, "lead@politsei.example");
        assert_eq!(lead.len(), 1, "leads hear too");
        assert!(plain_text(lead[0]).contains("Sign in to the case portal"));
        for nobody in ["gone@", "other@poliisi", "admin@hub"] {
            assert!(to(&mail, nobody).is_empty(), "{nobody} {backend:?}");
        }
        let withdrawn: Vec<(String, Option<String>)> = outbox::table
            .filter(outbox::kind.eq("officer-notice"))
            .filter(outbox::account_id.eq(gone))
            .select((outbox::state, outbox::last_error))
            .load(&mut app.db.conn())
            .expect("rows");
        assert_eq!(
            withdrawn,
            [(
                "suppressed".to_string(),
                Some("the account is no longer active".to_string())
            )],
            "a deactivated account gets nothing"
        );
    }
}

#[actix_web::test]
async fn a_case_handed_on_is_announced_to_the_new_authority_and_withdrawn_from_the_old() {
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        let (_, reference) = file_report(app, "en", &valid_report()).await;
        let old = app
            .officer("old@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        app.officer("new@poliisi.example", Role::Officer, Some("fi-poliisi"))
            .await;
        rig.deliver().await;
        let path = format!("/portal/cases/{reference}/reroute");
        let page = old.get(app, &path).await;
        let csrf = hidden_value(&page.text().await.expect("body"), "csrf_token").expect("csrf");
        let form = [
            ("csrf_token", csrf.as_str()),
            ("to", "fi-poliisi"),
            ("reason", "Lives in Tampere now."),
        ];
        let moved = old
            .client
            .post(format!("{}{path}", app.address))
            .form(&form)
            .send()
            .await
            .expect("request");
        assert_eq!(moved.status(), 303);
        let mail = rig.deliver().await;
        let notice = to(&mail, "new@poliisi.example");
        assert_eq!(notice.len(), 1, "{backend:?}");
        let text = plain_text(notice[0]);
        assert!(text.contains("handed on"), "{text}");
        assert!(!text.contains("Tampere"), "the reason stays in the portal");
        assert!(to(&mail, "old@politsei.example").is_empty());
    }
}

#[actix_web::test]
async fn an_authority_on_the_daily_digest_gets_one_mail_a_day_listing_only_its_own_cases() {
    let locales = Locales::load().expect("locales");
    let finnish = locales.get("fi").expect("fi");
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        let lead = app
            .officer("lead@poliisi.example", Role::Lead, Some("fi-poliisi"))
            .await;
        set_language(app, "lead@poliisi.example", "fi");
        let officer = app
            .officer("officer@poliisi.example", Role::Officer, Some("fi-poliisi"))
            .await;
        app.officer("ee@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        assert_eq!(officer.get(app, "/portal/notices").await.status(), 404);

        let page = lead.get(app, "/portal/notices").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.expect("body");
        assert!(html.contains("value=\"fi-poliisi\""), "its own authority");
        assert!(!html.contains("ee-ppa"), "and no other");
        let csrf = hidden_value(&html, "csrf_token").expect("csrf");
        let choose = |authority: &'static str, token: String| {
            let client = lead.client.clone();
            let url = format!("{}/portal/notices", app.address);
            async move {
                client
                    .post(url)
                    .form(&[
                        ("csrf_token", token.as_str()),
                        ("authority", authority),
                        ("mails", "digest"),
                    ])
                    .send()
                    .await
                    .expect("request")
            }
        };
        assert_eq!(
            choose("ee-ppa", csrf.clone()).await.status(),
            422,
            "a lead chooses for its own authority only"
        );
        assert_eq!(choose("fi-poliisi", "forged".into()).await.status(), 403);
        assert_eq!(choose("fi-poliisi", csrf.clone()).await.status(), 303);
        let audited: i64 = audit_log::table
            .filter(audit_log::action.eq("case-mails"))
            .filter(audit_log::authority_id.eq("fi-poliisi"))
            .count()
            .get_result(&mut app.db.conn())
            .expect("count");
        assert_eq!(audited, 1);

        let (_, first) = file_report(app, "fi", &finnish_report()).await;
        let (_, second) = file_report(app, "en", &finnish_report()).await;
        let (_, estonian_case) = file_report(app, "en", &valid_report()).await;
        let mail = rig.deliver().await;
        assert_eq!(to(&mail, "ee@politsei.example").len(), 1, "EE: per case");
        for quiet in ["lead@poliisi", "officer@poliisi", "cases@poliisi.example"] {
            assert!(to(&mail, quiet).is_empty(), "{quiet}: waits for the digest");
        }

        assert_eq!(
            rig.worker.queue_digests().await.expect("digests"),
            0,
            "not due yet"
        );
        rig.worker
            .clock
            .set(Utc::now().naive_utc() + Duration::hours(25));
        assert_eq!(rig.worker.queue_digests().await.expect("digests"), 1);
        assert_eq!(
            rig.worker.queue_digests().await.expect("digests"),
            0,
            "once"
        );
        let mail = rig.deliver().await;
        let digest = to(&mail, "lead@poliisi.example");
        assert_eq!(digest.len(), 1, "{backend:?}");
        let text = plain_text(digest[0]);
        for reference in [&first, &second] {
            assert!(
                text.contains(&format!("/portal/cases/{reference}")),
                "{text}"
            );
        }
        assert!(!text.contains(&estonian_case), "another authority's case");
        assert!(
            subject_of(digest[0]).contains('2'),
            "{}",
            subject_of(digest[0])
        );
        assert!(
            text.contains(&finnish.loader.get("email-notice-sign-in")),
            "in Finnish: {text}"
        );
        assert_eq!(to(&mail, "officer@poliisi.example").len(), 1);
        let intake = to(&mail, "cases@poliisi.example");
        assert_eq!(intake.len(), 1, "the intake address gets the digest too");
        assert!(!intake[0].contains("Victim@Example.org"));
        assert!(to(&mail, "ee@politsei.example").is_empty());
    }
}

#[actix_web::test]
async fn coordinators_see_the_authorities_nobody_attends_until_their_cases_are_forwarded() {
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        let (_, estonian_case) = file_report(app, "en", &valid_report()).await;
        file_report(app, "en", &valid_report()).await;
        file_report(app, "en", &finnish_report()).await;
        let finnish = app
            .officer("fi@poliisi.example", Role::Lead, Some("fi-poliisi"))
            .await;
        let coordinator = app
            .officer("hub@hub.example", Role::Coordinator, None)
            .await;
        assert_eq!(finnish.get(app, "/portal/unattended").await.status(), 404);
        let page = coordinator.get(app, "/portal/unattended").await;
        assert_eq!(page.status(), 200, "{backend:?}");
        let html = page.text().await.expect("body");
        assert!(
            html.contains("Politsei- ja Piirivalveamet"),
            "nobody attends EE"
        );
        assert!(html.contains("politsei.ee"), "with its public channel");
        assert!(
            html.contains("/portal/cases?authority=ee-ppa&amp;status=new\">2 "),
            "two waiting: {html}"
        );
        assert!(!html.contains("Poliisi (testi)"), "FI has an active lead");

        // The hub forwards both by hand and records it.
        let ids: Vec<String> = reports::table
            .filter(reports::authority_id.eq("ee-ppa"))
            .select(reports::reference)
            .load(&mut app.db.conn())
            .expect("cases");
        assert!(ids.contains(&estonian_case));
        for reference in ids {
            let path = format!("/portal/cases/{reference}");
            let csrf = hidden_value(
                &coordinator
                    .get(app, &path)
                    .await
                    .text()
                    .await
                    .expect("body"),
                "csrf_token",
            )
            .expect("csrf");
            let done = coordinator
                .client
                .post(format!("{}{path}/status", app.address))
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("to", "forwarded"),
                    ("reason", "Sent through the PPA web form."),
                ])
                .send()
                .await
                .expect("request");
            assert_eq!(done.status(), 303);
        }
        let html = coordinator
            .get(app, "/portal/unattended")
            .await
            .text()
            .await
            .expect("body");
        assert!(!html.contains("Politsei- ja Piirivalveamet"), "{backend:?}");
        let queue = coordinator
            .get(app, "/portal/cases?authority=ee-ppa&status=forwarded")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            queue.contains(
                &fraudreport::domain::CaseRef::parse(&estonian_case)
                    .expect("ref")
                    .to_string()
            )
        );
    }
}

/// The counts per status the queue shows, and the totals behind its loss
/// filter, follow intake, status changes and hand-ons (they are kept by
/// triggers, not computed per page).
#[actix_web::test]
async fn the_counts_per_status_follow_every_change() {
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        for _ in 0..3 {
            file_report(app, "en", &valid_report()).await;
        }
        let mut c = app.db.conn();
        let first: String = reports::table
            .order(reports::id)
            .select(reports::reference)
            .first(&mut c)
            .expect("case");
        diesel::update(reports::table.filter(reports::reference.eq(&first)))
            .set(reports::status.eq("in_review"))
            .execute(&mut c)
            .expect("status");
        diesel::update(reports::table.filter(reports::reference.ne(&first)))
            .set(reports::authority_id.eq(Some("fi-poliisi")))
            .execute(&mut c)
            .expect("moved");
        let counted = |c: &mut fraudreport::db::DbConnection| {
            let mut kept: Vec<(String, String, i64)> = fraudreport::db::schema::case_counts::table
                .filter(fraudreport::db::schema::case_counts::n.gt(0))
                .select((
                    fraudreport::db::schema::case_counts::authority_id,
                    fraudreport::db::schema::case_counts::status,
                    fraudreport::db::schema::case_counts::n,
                ))
                .load(c)
                .expect("counts");
            kept.sort();
            kept
        };
        assert_eq!(
            counted(&mut c),
            vec![
                ("ee-ppa".to_string(), "in_review".to_string(), 1),
                ("fi-poliisi".to_string(), "new".to_string(), 2),
            ],
            "{backend:?}"
        );
        // The totals behind the loss filter follow the cases too.
        let totals: Vec<(String, String, i64)> = fraudreport::db::schema::report_totals::table
            .select((
                fraudreport::db::schema::report_totals::authority_id,
                fraudreport::db::schema::report_totals::currency,
                fraudreport::db::schema::report_totals::total_minor,
            ))
            .order((
                fraudreport::db::schema::report_totals::report_id,
                fraudreport::db::schema::report_totals::currency,
            ))
            .load(&mut c)
            .expect("totals");
        let expected: Vec<(String, String, i64)> = ["ee-ppa", "fi-poliisi", "fi-poliisi"]
            .iter()
            .flat_map(|a| {
                [
                    (a.to_string(), "EUR".to_string(), 150_050),
                    (a.to_string(), "USD".to_string(), 250_000),
                ]
            })
            .collect();
        assert_eq!(totals, expected, "{backend:?}");
        let ee = app
            .officer("ee@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let html = ee
            .get(app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        let counts = super::between(&html, "class=\"status-counts\"", "</nav>");
        let shown: Vec<String> = counts
            .split("<span class=\"count\">")
            .skip(1)
            .map(|s| s.split('<').next().unwrap_or("").to_string())
            .collect();
        assert_eq!(
            shown,
            ["0", "1", "0", "0", "0", "0"],
            "new, in review, …: {counts}"
        );
    }
}

/// A victim who erases their contact details at once does not stop the
/// police hearing of the case: only mail to the victim is withdrawn.
#[actix_web::test]
async fn a_victims_erasure_withdraws_their_mail_but_not_the_officers_notice() {
    for backend in backends() {
        let rig = rig(&backend, None).await;
        let app = &rig.app;
        app.officer("mari@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let (case_page, _) = file_report(app, "en", &valid_report()).await;
        let erased = app
            .client
            .post(format!("{}{case_page}/erase", app.address))
            .send()
            .await
            .expect("post");
        assert_eq!(erased.status(), 303);
        let mail = rig.deliver().await;
        assert_eq!(to(&mail, "mari@politsei.example").len(), 1, "{backend:?}");
        assert!(
            to(&mail, "example.org").is_empty(),
            "no receipt after erasure"
        );
    }
}

#[actix_web::test]
async fn a_digest_names_the_earlier_cases_that_a_new_report_linked_to() {
    use fraudreport::db::portal::notices;
    for backend in backends() {
        let rig = rig(&backend, Some(finnish_intake)).await;
        let app = &rig.app;
        app.officer("lead@poliisi.example", Role::Lead, Some("fi-poliisi"))
            .await;
        // The Finnish case came in two days ago; the last digest went out
        // a day and an hour ago.
        let (_, earlier) = file_report(app, "en", &finnish_report()).await;
        let now = Utc::now().naive_utc();
        let mut conn = app.db.conn();
        diesel::update(reports::table.filter(reports::residence_country.eq("FI")))
            .set(reports::created_at.eq(now - Duration::hours(48)))
            .execute(&mut conn)
            .expect("back-dated");
        notices::choose_digest(&mut conn, "fi-poliisi", true, now - Duration::hours(25))
            .expect("digest");
        rig.deliver().await;

        // An Estonian report pays the same account (the valid report's IBAN).
        let (_, estonian) = file_report(app, "en", &valid_report()).await;
        rig.worker
            .clock
            .set(Utc::now().naive_utc() + Duration::minutes(1));
        assert_eq!(rig.worker.queue_digests().await.expect("digests"), 1);
        let mail = rig.deliver().await;
        let digest = to(&mail, "lead@poliisi.example");
        assert_eq!(digest.len(), 1, "{backend:?}: a digest for the link alone");
        let text = plain_text(digest[0]);
        assert!(
            text.contains("New reports linked to your earlier cases"),
            "{text}"
        );
        assert!(
            text.contains(
                "One new report from one country shared a value with one of your earlier cases"
            ),
            "{text}"
        );
        assert!(text.contains(&format!("/portal/cases/{earlier}")), "{text}");
        assert!(
            !text.contains(&estonian),
            "{backend:?}: not the other authority's case"
        );
    }
}
