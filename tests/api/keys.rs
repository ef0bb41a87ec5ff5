//! Data-key rotation: `keys reseal` brings every sealed column under the
//! current key — victims' contact details, mail recipients, officers'
//! notes and the authenticator secrets of portal accounts — so that the
//! old key can be removed without losing a value.

use diesel::prelude::*;
use fraudreport::config::Secret;
use fraudreport::db::schema::{accounts, case_events, outbox, reports};
use fraudreport::db::sealing;
use fraudreport::domain::Role;
use fraudreport::seal::{Field, KeyRing, Sealer};

use crate::helpers::{
    TEST_DATA_KEY, backends, hidden_value, spawn_app_without_worker, valid_report,
};

const NEW_KEY: &str = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

#[actix_web::test]
async fn after_a_reseal_every_sealed_value_opens_with_the_new_key_alone() {
    for backend in backends() {
        let app = spawn_app_without_worker(&backend).await;
        assert_eq!(app.post_report("en", &valid_report()).await.status(), 303);
        let reference: String = reports::table
            .select(reports::reference)
            .first(&mut app.db.conn())
            .expect("report");
        let officer = app
            .officer("ee@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let path = format!("/portal/cases/{reference}");
        let page = officer.get(&app, &path).await.text().await.expect("body");
        let csrf = hidden_value(&page, "csrf_token").expect("csrf");
        let noted = officer
            .client
            .post(format!("{}{path}/notes", app.address))
            .form(&[("csrf_token", csrf.as_str()), ("note", "Called the bank.")])
            .send()
            .await
            .expect("request");
        assert_eq!(noted.status(), 303);

        let rotated = Sealer::from_ring(
            KeyRing::from_settings(NEW_KEY, Some(&Secret::new(TEST_DATA_KEY))).expect("ring"),
        );
        let mut c = app.db.conn();
        let done = sealing::reseal(&mut c, &rotated, |_| {}).expect("resealed");
        assert_eq!(done.unreadable, 0);
        let again = sealing::reseal(&mut c, &rotated, |_| {}).expect("resealed");
        assert_eq!(
            again.values, 0,
            "{backend:?}: nothing left under the old key"
        );

        let new_only = Sealer::from_ring(KeyRing::from_settings(NEW_KEY, None).expect("ring"));
        let (email, story): (Option<Vec<u8>>, Option<Vec<u8>>) = reports::table
            .select((reports::contact_email, reports::story))
            .first(&mut c)
            .expect("report");
        let email = new_only
            .open(Field::Email, &email.expect("sealed"))
            .expect("opens");
        assert!(email.eq_ignore_ascii_case("victim@example.org"), "{email}");
        new_only
            .open(Field::Story, &story.expect("sealed"))
            .expect("opens");
        let note: Option<Vec<u8>> = case_events::table
            .filter(case_events::kind.eq("note"))
            .select(case_events::body)
            .first(&mut c)
            .expect("note");
        assert_eq!(
            new_only
                .open(Field::CaseText, &note.expect("sealed"))
                .expect("opens"),
            "Called the bank."
        );
        let totp: Option<Vec<u8>> = accounts::table
            .select(accounts::totp_secret)
            .first(&mut c)
            .expect("account");
        new_only
            .open(Field::TotpSecret, &totp.expect("sealed"))
            .expect("opens");
        let recipients: Vec<Vec<u8>> = outbox::table
            .filter(outbox::kind.eq("receipt"))
            .select(outbox::recipient)
            .load(&mut c)
            .expect("mail");
        assert!(!recipients.is_empty());
        for r in recipients {
            new_only.open(Field::Email, &r).expect("opens");
        }
    }
}
