//! Handing a case on, black-box: an officer's message reaches the victim by
//! e-mail in their language and on their private case page; re-routing
//! moves a case to another authority, which is notified, while the old one
//! loses it at once; officers of other authorities, administrators and
//! forged forms change nothing.

use diesel::prelude::*;
use fraudreport::config::Settings;
use fraudreport::db::schema::{audit_log, case_events, outbox, reports};
use fraudreport::domain::{CaseRef, Role};
use fraudreport::i18n::Locales;
use fraudreport::seal::Field;

use super::Officer;
use crate::helpers::{
    Options, TestApp, backends, escaped, hidden_value, open, spawn_app_with, valid_report, with,
    without,
};
use crate::mail::plain_text;
use crate::warnings::rig;

/// The Finnish police, with an intake address (the built-in directory has
/// none); the hub has one too.
const FINNISH_POLICE: &str = r#"[[authority]]
id = "fi-poliisi"
country = "FI"
regions = []
routes = true
name_local = "Poliisi (testi)"
name_en = "Police of Finland (test)"
website = "https://poliisi.fi"
report_url = ""
report_how = ""
phone = ""
languages = ["fi"]
confidence = "V"
checked = "2026-12"
sources = []
intake_email = "cases@poliisi.example"
"#;

pub(super) fn finnish_intake(settings: &mut Settings) {
    let name = format!("handoff-{}.toml", fraudreport::keys::random_hex(8));
    let path = std::env::temp_dir().join(name);
    std::fs::write(&path, FINNISH_POLICE).expect("directory file");
    settings.authority_directory = Some(path);
    settings.hub_email = "hub@coordination.example".into();
}

/// Files a report; returns the path of the victim's case page and the
/// stored reference.
pub(super) async fn file_report(
    app: &TestApp,
    lang: &str,
    fields: &[(&str, &str)],
) -> (String, String) {
    let filed = app.post_report(lang, fields).await;
    assert_eq!(filed.status(), 303);
    let page = filed.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let reference = reports::table
        .order(reports::id.desc())
        .select(reports::reference)
        .first(&mut app.db.conn())
        .expect("report");
    (page, reference)
}

impl Officer {
    /// The CSRF token of a page, which must answer 200.
    async fn form_token(&self, app: &TestApp, path: &str) -> String {
        let page = self.get(app, path).await;
        assert_eq!(page.status(), 200, "{path}");
        hidden_value(&page.text().await.expect("body"), "csrf_token").expect("csrf token")
    }

    async fn post(&self, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", app.address))
            .form(form)
            .send()
            .await
            .expect("request")
    }
}

fn count_events(app: &TestApp) -> i64 {
    case_events::table
        .count()
        .get_result(&mut app.db.conn())
        .expect("count")
}

fn count_mail(app: &TestApp) -> i64 {
    outbox::table
        .count()
        .get_result(&mut app.db.conn())
        .expect("count")
}

fn count_audited(app: &TestApp, actions: &[&str]) -> i64 {
    audit_log::table
        .filter(audit_log::action.eq_any(actions))
        .count()
        .get_result(&mut app.db.conn())
        .expect("count")
}

/// The state and sealed recipient of each authority notification, in order.
fn authority_mail(c: &mut fraudreport::db::DbConnection) -> Vec<(String, Vec<u8>)> {
    outbox::table
        .filter(outbox::kind.eq("authority"))
        .order(outbox::id)
        .select((outbox::state, outbox::recipient))
        .load(c)
        .expect("mail")
}

/// The HTML part of a message, decoded.
fn html_part(raw: &str) -> String {
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    parsed
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/html")
        .expect("a text/html part")
        .get_body()
        .expect("decodable")
}

#[actix_web::test]
async fn a_message_reaches_the_victim_in_their_language_and_their_case_page_escaped() {
    let locales = Locales::load().expect("locales");
    let estonian = locales.get("et").expect("et");
    for backend in backends() {
        let rig = rig(&backend, None).await;
        let app = &rig.app;
        let fields = with(&valid_report(), "contact_email", "mari@example.org");
        let (case_page, reference) = file_report(app, "et", &fields).await;
        assert_eq!(rig.deliver().await.len(), 1, "{backend:?}: the receipt");
        diesel::update(reports::table)
            .set(reports::email_confirmed_at.eq(Some(chrono::Utc::now().naive_utc())))
            .execute(&mut app.db.conn())
            .expect("confirmed");
        let officer = app
            .officer("officer@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let path = format!("/portal/cases/{reference}/message");
        let csrf = officer.form_token(app, &path).await;
        let text = "Palun helistage <b>612 3000</b> & tooge\nkõik dokumendid.";
        let sent = officer
            .post(app, &path, &[("csrf_token", &csrf), ("text", text)])
            .await;
        assert_eq!(sent.status(), 303, "{backend:?}");
        assert_eq!(
            sent.headers()["location"],
            format!("/portal/cases/{reference}").as_str()
        );

        let got = rig.deliver().await;
        assert_eq!(got.len(), 1, "{backend:?}: the message");
        let body = plain_text(&got[0]);
        let shown = CaseRef::parse(&reference).expect("ref").to_string();
        assert!(body.contains(&shown), "the reference:\n{body}");
        assert!(body.contains("Politsei- ja Piirivalveamet"), "{body}");
        assert!(body.contains("> Palun helistage <b>612 3000</b> & tooge"));
        assert!(body.contains("> kõik dokumendid."));
        assert!(
            body.contains(&estonian.loader.get("warning-no-fee")),
            "{body}"
        );
        assert!(!body.contains("/case/"), "no link to the case:\n{body}");
        let html = html_part(&got[0]);
        assert!(html.contains("&#60;b&#62;612 3000&#60;/b&#62;") || html.contains("&lt;b&gt;"));
        assert!(!html.contains("<b>612"), "the officer's text is never HTML");
        assert!(!html.contains("/case/"));

        let page = app.get_text(&case_page).await;
        assert!(page.contains(&escaped("Palun helistage <b>612 3000</b> & tooge")));
        assert!(!page.contains("<b>612"), "escaped on the page");
        assert!(page.contains("Politsei- ja Piirivalveamet"));
        let audited = count_audited(app, &["message"]);
        assert_eq!(audited, 1);
    }
}

#[actix_web::test]
async fn a_case_without_an_address_takes_no_message() {
    for backend in backends() {
        let app = spawn_app_with(&backend, no_worker()).await;
        let fields = without(
            &without(&valid_report(), "contact_email"),
            "consent_warnings",
        );
        let (_, reference) = file_report(&app, "en", &fields).await;
        let officer = app
            .officer("officer@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let mail_before = count_mail(&app);
        let path = format!("/portal/cases/{reference}/message");
        let csrf = officer.form_token(&app, &path).await;
        let refused = officer
            .post(&app, &path, &[("csrf_token", &csrf), ("text", "Hello")])
            .await;
        assert_eq!(refused.status(), 422, "{backend:?}");
        let page = refused.text().await.expect("body");
        assert!(page.contains("gave no e-mail address"));
        assert_eq!(count_events(&app), 0);
        assert_eq!(count_mail(&app), mail_before);
    }
}

fn no_worker() -> Options {
    Options {
        no_worker: true,
        adjust: Some(finnish_intake),
        ..Options::default()
    }
}

#[actix_web::test]
async fn other_authorities_administrators_and_forged_forms_change_nothing() {
    for backend in backends() {
        let app = spawn_app_with(&backend, no_worker()).await;
        let (_, reference) = file_report(&app, "en", &valid_report()).await;
        let owner = app
            .officer("owner@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let stranger = app
            .officer("stranger@poliisi.example", Role::Lead, Some("fi-poliisi"))
            .await;
        let admin = app.officer("admin@hub.example", Role::Admin, None).await;
        let mail_before = count_mail(&app);
        let csrf = stranger.csrf(&app).await;
        for page in ["message", "reroute"] {
            let path = format!("/portal/cases/{reference}/{page}");
            assert_eq!(stranger.get(&app, &path).await.status(), 404, "{path}");
            assert_eq!(admin.get(&app, &path).await.status(), 404, "{path}");
            let form = [
                ("csrf_token", csrf.as_str()),
                ("text", "Pay the fee"),
                ("to", "fi-poliisi"),
                ("reason", "mine now"),
            ];
            let posted = stranger.post(&app, &path, &form).await;
            assert_eq!(posted.status(), 404, "{backend:?} POST {path}");
            // The owner, without the form's token.
            let forged = owner.post(&app, &path, &form[1..]).await;
            assert_eq!(forged.status(), 403, "{backend:?} POST {path}");
        }
        assert_eq!(count_events(&app), 0);
        assert_eq!(count_mail(&app), mail_before);
        assert_eq!(count_audited(&app, &["message", "reroute"]), 0);
        let authority: Option<String> = reports::table
            .select(reports::authority_id)
            .first(&mut app.db.conn())
            .expect("report");
        assert_eq!(authority.as_deref(), Some("ee-ppa"));
    }
}

/// Queries that find the case of [`valid_report`] through its indicators
/// and totals: an account searched, its platform, its loss.
const FINDERS: [&str; 3] = [
    "q=DE89370400440532013000",
    "platform=crypto+trade+pro",
    "loss=1500&currency=EUR",
];

#[actix_web::test]
async fn a_rerouted_case_leaves_the_old_authority_and_reaches_the_new_one() {
    for backend in backends() {
        let app = spawn_app_with(&backend, no_worker()).await;
        let (case_page, reference) = file_report(&app, "en", &valid_report()).await;
        assert!(
            app.get_text(&case_page)
                .await
                .contains("You told us you live in")
        );
        let old = app
            .officer("old@politsei.example", Role::Officer, Some("ee-ppa"))
            .await;
        let new = app
            .officer("new@poliisi.example", Role::Officer, Some("fi-poliisi"))
            .await;
        let path = format!("/portal/cases/{reference}/reroute");
        let csrf = old.form_token(&app, &path).await;
        let no_reason = [("csrf_token", csrf.as_str()), ("to", "fi-poliisi")];
        assert_eq!(old.post(&app, &path, &no_reason).await.status(), 422);
        let same = [
            ("csrf_token", csrf.as_str()),
            ("to", "ee-ppa"),
            ("reason", "x"),
        ];
        assert_eq!(old.post(&app, &path, &same).await.status(), 422);
        assert_eq!(count_events(&app), 0, "refused forms store nothing");
        let mail_before = count_mail(&app);

        let form = [
            ("csrf_token", csrf.as_str()),
            ("to", "fi-poliisi"),
            ("reason", "The victim moved to Tampere."),
        ];
        let moved = old.post(&app, &path, &form).await;
        assert_eq!(moved.status(), 303, "{backend:?}");
        assert_eq!(moved.headers()["location"], "/portal/cases", "out of scope");

        let case = format!("/portal/cases/{reference}");
        assert_eq!(old.get(&app, &case).await.status(), 404);
        for page in ["message", "reroute"] {
            let path = format!("{case}/{page}");
            assert_eq!(old.get(&app, &path).await.status(), 404, "{path}");
            assert_eq!(new.get(&app, &path).await.status(), 200, "{path}");
        }

        let mut c = app.db.conn();
        let (authority, routed_to, reason): (Option<String>, String, String) = reports::table
            .select((
                reports::authority_id,
                reports::routed_to,
                reports::routing_reason,
            ))
            .first(&mut c)
            .expect("report");
        assert_eq!(authority.as_deref(), Some("fi-poliisi"));
        assert_eq!(routed_to, "fi-poliisi");
        assert!(reason.starts_with("residence EE → "), "{reason}");
        assert!(reason.contains("re-routed by "), "{reason}");
        assert!(!reason.contains("Tampere"), "the reason stays sealed");
        let mails = authority_mail(&mut c);
        assert_eq!(
            count_mail(&app),
            mail_before + 2,
            "the new authority's intake address and its officer"
        );
        assert_eq!(mails.len(), 2, "the hub's first, then the new authority's");
        assert_eq!(
            mails[0].0, "suppressed",
            "the old notification is withdrawn"
        );
        assert_eq!(mails[1].0, "pending");
        assert_eq!(open(Field::Email, &mails[1].1), "cases@poliisi.example");
        let (kind, to, body): (String, Option<String>, Option<Vec<u8>>) = case_events::table
            .select((
                case_events::kind,
                case_events::authority_id,
                case_events::body,
            ))
            .first(&mut c)
            .expect("event");
        assert_eq!(
            (kind.as_str(), to.as_deref()),
            ("reroute", Some("fi-poliisi"))
        );
        let sealed = body.expect("a reason");
        assert_eq!(
            open(Field::CaseText, &sealed),
            "The victim moved to Tampere."
        );
        let detail: String = audit_log::table
            .filter(audit_log::action.eq("reroute"))
            .select(audit_log::detail)
            .first(&mut c)
            .expect("audited");
        assert_eq!(detail, "ee-ppa → fi-poliisi");

        let victim = app.get_text(&case_page).await;
        assert!(
            victim.contains("Poliisi (testi)"),
            "the victim sees the new authority"
        );
        assert!(!victim.contains("Politsei- ja Piirivalveamet"));
        assert!(
            !victim.contains("You told us you live in"),
            "not the authority of the residence any more"
        );

        // Its indicators and totals moved with it: the new authority finds
        // it by an account, its platform and its loss; the old one cannot.
        let shown = CaseRef::parse(&reference).expect("reference");
        let link = format!("href=\"/portal/cases/{shown}\"");
        for query in FINDERS {
            let path = format!("/portal/cases?{query}");
            let found = |html: String| html.contains(&link);
            assert!(found(new.get_text(&app, &path).await), "{path} {backend:?}");
            assert!(
                !found(old.get_text(&app, &path).await),
                "{path} {backend:?}"
            );
        }

        // A coordinator sends it on to the hub and keeps seeing it.
        let coordinator = app
            .officer("hub@hub.example", Role::Coordinator, None)
            .await;
        let csrf = coordinator.form_token(&app, &path).await;
        let form = [
            ("csrf_token", csrf.as_str()),
            ("to", "hub"),
            ("reason", "Needs the joint team."),
        ];
        let moved = coordinator.post(&app, &path, &form).await;
        assert_eq!(moved.status(), 303);
        assert_eq!(moved.headers()["location"], case.as_str());
        assert_eq!(
            new.get(&app, &format!("{case}/message")).await.status(),
            404
        );
        let (authority, routed_to): (Option<String>, String) = reports::table
            .select((reports::authority_id, reports::routed_to))
            .first(&mut c)
            .expect("report");
        assert_eq!((authority, routed_to.as_str()), (None, "hub"));
        let mails = authority_mail(&mut c);
        assert_eq!(
            count_mail(&app),
            mail_before + 4,
            "the hub's intake address and its coordinator"
        );
        assert_eq!(mails[1].0, "suppressed");
        assert_eq!(open(Field::Email, &mails[2].1), "hub@coordination.example");
        let victim = app.get_text(&case_page).await;
        assert!(
            !victim.contains("Poliisi (testi)"),
            "the hub names no authority"
        );
        for query in FINDERS {
            let path = format!("/portal/cases?{query}");
            let html = coordinator.get_text(&app, &path).await;
            assert!(html.contains(&link), "{path} {backend:?}");
            let html = new.get_text(&app, &path).await;
            assert!(!html.contains(&link), "{path} {backend:?}");
            let path = format!("{path}&authority=fi-poliisi");
            let html = coordinator.get_text(&app, &path).await;
            assert!(!html.contains(&link), "{path} {backend:?}");
        }
    }
}
