//! Follow-up warnings, confirmation, unsubscribe, the daily limit, campaign
//! alerts and authority notifications, delivered through a real SMTP server
//! in the test process. The worker runs on a clock the test moves.

use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use fraudreport::config::Settings;
use fraudreport::db::schema::{indicators, outbox, reports, suppressions};
use fraudreport::db::{DbConnection, campaigns, mailing};
use fraudreport::i18n::Locales;
use fraudreport::notify::campaign;
use fraudreport::notify::worker::{Clock, Worker};
use fraudreport::routing::Directory;

use crate::helpers::{Options, TestApp, address_key, backends, spawn_app_with, valid_report, with};
use crate::mail::{Inbox, free_listener, plain_text, start_sink};

/// An app without its own worker, a sink, and a worker on a manual clock.
pub(crate) struct Rig {
    pub(crate) app: TestApp,
    inbox: Inbox,
    pub(crate) worker: Worker,
    locales: Arc<Locales>,
}

pub(crate) async fn rig(
    backend: &crate::helpers::TestBackend,
    adjust: Option<fn(&mut Settings)>,
) -> Rig {
    let listener = free_listener();
    let port = listener.local_addr().expect("addr").port();
    let inbox = start_sink(listener);
    let app = spawn_app_with(
        backend,
        Options {
            mail_url: Some(format!("smtp://127.0.0.1:{port}")),
            no_worker: true,
            adjust,
            ..Options::default()
        },
    )
    .await;
    let locales = Arc::new(Locales::load().expect("locales"));
    let directory =
        Arc::new(Directory::load(app.settings.authority_directory.as_deref()).expect("directory"));
    let pool = fraudreport::db::pool(
        &fraudreport::db::Backend::from_url(&app.db.url).expect("url"),
        2,
    )
    .expect("pool");
    let mut worker = Worker::new(&app.settings, pool, locales.clone(), directory).expect("worker");
    worker.clock = Clock::manual(chrono::Utc::now().naive_utc());
    Rig {
        app,
        inbox,
        worker,
        locales,
    }
}

impl Rig {
    /// Drains everything due now; returns the messages that arrived.
    pub(crate) async fn deliver(&self) -> Vec<String> {
        // Mail queued since the clock was last moved is due too.
        let now = chrono::Utc::now().naive_utc();
        if self.worker.clock.now() < now {
            self.worker.clock.set(now);
        }
        let before = self.inbox.lock().expect("inbox").len();
        while self.worker.drain_once().await.expect("drain") > 0 {}
        self.inbox.lock().expect("inbox")[before..].to_vec()
    }

    fn text(&self, lang: &str, id: &str) -> String {
        self.locales.get(lang).expect("locale").loader.get(id)
    }

    fn created_at(&self, email: &str) -> NaiveDateTime {
        reports::table
            .filter(reports::address_key.eq(address_key(email)))
            .select(reports::created_at)
            .first(&mut self.app.db.conn())
            .expect("report")
    }
}

/// The first link in `text` that starts with `prefix`.
fn link(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in:\n{text}"));
    text[start..]
        .split_whitespace()
        .next()
        .expect("link")
        .to_string()
}

/// The path of a link to the service (the test app answers for it).
fn path_of(url: &str) -> &str {
    url.strip_prefix("https://report.example.org")
        .expect("a link to the service")
}

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with(&format!("{}:", name.to_ascii_lowercase()))
        })
        .map(|l| l[name.len() + 1..].trim())
}

#[actix_web::test]
async fn warnings_follow_the_schedule_only_after_confirmation_and_stop_with_one_click() {
    for backend in backends() {
        let rig = rig(&backend, None).await;
        let email = "mari@example.org";
        let fields = with(&valid_report(), "contact_email", email);
        assert_eq!(rig.app.post_report("de", &fields).await.status(), 303);
        let t0 = rig.created_at(email);

        // The receipt goes at once, in German, with the confirmation link.
        let got = rig.deliver().await;
        assert_eq!(got.len(), 1, "{backend:?}: the receipt");
        let receipt = plain_text(&got[0]);
        assert!(receipt.contains(&rig.text("de", "email-confirm-title")));
        assert!(
            header(&got[0], "List-Unsubscribe").is_none(),
            "a receipt is no warning"
        );
        let confirm = link(&receipt, "https://report.example.org/de/confirm/");

        // Unconfirmed: nothing is scheduled, even when a warning is due.
        rig.worker
            .clock
            .set(t0 + Duration::days(3) + Duration::minutes(1));
        assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 0);

        // Opening the link asks for the button; only pressing it confirms.
        let page = rig.app.get_text(path_of(&confirm)).await;
        assert!(page.contains(&rig.text("de", "confirm-button")));
        assert_eq!(
            rig.app.count_confirmed(),
            0,
            "a mail scanner's GET confirms nothing"
        );
        let pressed = rig
            .app
            .client
            .post(format!("{}{}", rig.app.address, path_of(&confirm)))
            .send()
            .await
            .expect("post");
        assert_eq!(pressed.status(), 200);
        assert!(
            pressed
                .text()
                .await
                .expect("body")
                .contains(&rig.text("de", "confirm-done-title"))
        );
        assert_eq!(rig.app.count_confirmed(), 1);

        // Just before day 3 nothing is due; just after, warning 1.
        rig.worker
            .clock
            .set(t0 + Duration::days(3) - Duration::minutes(1));
        assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 0);
        rig.worker
            .clock
            .set(t0 + Duration::days(3) + Duration::minutes(1));
        assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 1);
        assert_eq!(
            rig.worker.schedule_followups().await.expect("schedule"),
            0,
            "queued once"
        );
        let first = rig.deliver().await;
        assert_eq!(first.len(), 1);
        let first_text = plain_text(&first[0]);
        assert!(first_text.contains(&rig.text("de", "followup-1-point-1")));
        let unsubscribe = header(&first[0], "List-Unsubscribe")
            .expect("List-Unsubscribe")
            .trim_matches(['<', '>'])
            .to_string();
        assert_eq!(
            header(&first[0], "List-Unsubscribe-Post"),
            Some("List-Unsubscribe=One-Click")
        );
        assert!(unsubscribe.starts_with("https://report.example.org/de/unsubscribe/"));

        // Day 14: the second warning says something else.
        rig.worker
            .clock
            .set(t0 + Duration::days(14) + Duration::minutes(1));
        assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 1);
        let second = plain_text(&rig.deliver().await[0]);
        assert!(second.contains(&rig.text("de", "followup-2-point-2")));
        assert!(!second.contains(&rig.text("de", "followup-1-point-1")));

        // One click, as a mail provider sends it: no cookie, no page.
        let provider = reqwest::Client::new();
        let clicked = provider
            .post(format!("{}{}", rig.app.address, path_of(&unsubscribe)))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("post");
        assert_eq!(clicked.status(), 200);
        let stopped: i64 = suppressions::table
            .count()
            .get_result(&mut rig.app.db.conn())
            .expect("count");
        assert_eq!(stopped, 1);

        // Nothing more: not the day-45 warning, not even a new receipt.
        rig.worker
            .clock
            .set(t0 + Duration::days(45) + Duration::minutes(1));
        assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 0);
        assert_eq!(rig.app.post_report("de", &fields).await.status(), 303);
        assert!(
            rig.deliver().await.is_empty(),
            "{backend:?}: nothing after unsubscribing"
        );
        let withdrawn: Vec<String> = outbox::table
            .filter(outbox::state.eq("suppressed"))
            .select(outbox::kind)
            .load(&mut rig.app.db.conn())
            .expect("rows");
        assert_eq!(withdrawn, ["receipt"], "withdrawn, visibly, not dropped");
    }
}

#[actix_web::test]
async fn a_victim_who_confirms_late_gets_only_the_latest_due_warning() {
    let rig = rig(&backends()[0], None).await;
    let email = "late@example.org";
    assert_eq!(
        rig.app
            .post_report("en", &with(&valid_report(), "contact_email", email))
            .await
            .status(),
        303
    );
    let t0 = rig.created_at(email);
    rig.deliver().await;
    let mut c = rig.app.db.conn();
    let id: i64 = reports::table
        .select(reports::id)
        .first(&mut c)
        .expect("id");
    mailing::confirm(&mut c, id, t0 + Duration::days(20)).expect("confirm");
    rig.worker.clock.set(t0 + Duration::days(20));
    assert_eq!(rig.worker.schedule_followups().await.expect("schedule"), 1);
    let kinds: Vec<String> = outbox::table
        .filter(outbox::kind.like("followup-%"))
        .select(outbox::kind)
        .load(&mut c)
        .expect("kinds");
    assert_eq!(kinds, ["followup-2"], "not warnings 1 and 2 at once");
}

#[actix_web::test]
async fn an_unconfirmed_address_gets_one_receipt_and_a_confirmed_one_no_more_than_the_daily_limit()
{
    for backend in backends() {
        let rig = rig(&backend, Some(|s| s.mail_daily_limit = 2)).await;
        let report = |story: &'static str| {
            with(
                &with(&valid_report(), "contact_email", "busy@example.org"),
                "story",
                story,
            )
        };
        // A stranger's address typed twice: one receipt, never a second.
        for story in ["first", "second"] {
            assert_eq!(
                rig.app.post_report("en", &report(story)).await.status(),
                303
            );
        }
        assert_eq!(rig.deliver().await.len(), 1, "{backend:?}");
        let withdrawn: i64 = outbox::table
            .filter(outbox::state.eq("suppressed"))
            .count()
            .get_result(&mut rig.app.db.conn())
            .expect("count");
        assert_eq!(withdrawn, 1, "the second receipt is withdrawn, visibly");

        // Once the owner confirmed the address, receipts of new reports go
        // again, and the daily limit (2, the first receipt included) holds
        // the rest back.
        let first = reports::table
            .select(reports::id)
            .order(reports::id)
            .first::<i64>(&mut rig.app.db.conn())
            .expect("id");
        mailing::confirm(&mut rig.app.db.conn(), first, rig.worker.clock.now()).expect("confirm");
        for story in ["third", "fourth", "fifth"] {
            assert_eq!(
                rig.app.post_report("en", &report(story)).await.status(),
                303
            );
        }
        let today = rig.deliver().await;
        assert_eq!(today.len(), 1, "{backend:?}: one more today");
        let waiting: Vec<(i32, NaiveDateTime)> = outbox::table
            .filter(outbox::state.eq("pending"))
            .select((outbox::attempts, outbox::next_attempt_at))
            .load(&mut rig.app.db.conn())
            .expect("rows");
        assert_eq!(waiting.len(), 2, "the others wait, they are not dropped");
        assert!(
            waiting.iter().all(|(attempts, _)| *attempts == 0),
            "waiting for the limit is not a failed attempt"
        );
        assert!(waiting.iter().all(|(_, at)| *at > rig.worker.clock.now()));
        rig.worker
            .clock
            .set(rig.worker.clock.now() + Duration::hours(25));
        assert_eq!(rig.deliver().await.len(), 2, "they leave the next day");
    }
}

#[actix_web::test]
async fn a_campaign_reaches_exactly_its_target_in_each_victims_language() {
    for backend in backends() {
        let rig = rig(&backend, None).await;
        // (language, address, country, website, consents, confirmed)
        let victims = [
            (
                "ru",
                "ru@example.org",
                "EE",
                "trade-example.com",
                "yes",
                true,
            ),
            (
                "lv",
                "lv@example.org",
                "LV",
                "app.trade-example.com",
                "yes",
                true,
            ),
            (
                "en",
                "en@example.org",
                "EE",
                "trade-example.com",
                "yes",
                true,
            ),
            (
                "en",
                "other-site@example.org",
                "EE",
                "another.example",
                "yes",
                true,
            ),
            (
                "en",
                "other-country@example.org",
                "NL",
                "trade-example.com",
                "yes",
                true,
            ),
            (
                "en",
                "no-consent@example.org",
                "EE",
                "trade-example.com",
                "",
                true,
            ),
            (
                "en",
                "unconfirmed@example.org",
                "EE",
                "trade-example.com",
                "yes",
                false,
            ),
            (
                "en",
                "stopped@example.org",
                "EE",
                "trade-example.com",
                "yes",
                true,
            ),
        ];
        for (lang, email, country, site, consent, _) in victims {
            let mut fields = with(&valid_report(), "contact_email", email);
            fields = with(&fields, "contact_phone", "+372 5123 4567");
            fields = with(&fields, "residence_country", country);
            fields = with(&fields, "websites", site);
            fields = with(&fields, "consent_warnings", consent);
            if consent.is_empty() {
                fields = crate::helpers::without(&fields, "consent_warnings");
            }
            assert_eq!(
                rig.app.post_report(lang, &fields).await.status(),
                303,
                "{email}"
            );
        }
        rig.deliver().await; // the receipts
        let mut c = rig.app.db.conn();
        let now = chrono::Utc::now().naive_utc();
        for (_, email, _, _, _, confirmed) in victims {
            let id = report_id(&mut c, email);
            if confirmed {
                mailing::confirm(&mut c, id, now).expect("confirm");
            }
            if email.starts_with("stopped") {
                mailing::unsubscribe(&mut c, id, now).expect("stop");
            }
        }
        let file = r#"
name = "Fake Europol letters"
fallback = "en"
[target]
countries = ["EE", "LV"]
domain = "trade-example.com"
[text.en]
subject = "Alert: fake Europol letters"
body = "Letters signed Europol ask for a release fee.\n\nEuropol never writes to victims for money."
[text.ru]
subject = "Внимание: поддельные письма Европола"
body = "Письма от имени Европола требуют плату."
"#;
        let (name, fallback, target, texts) =
            campaign::parse(file, &rig.locales).expect("a valid file");
        let id = campaigns::create(&mut c, &name, &fallback, &target, &texts, now).expect("create");
        let stored = campaigns::load(&mut c, &[id])
            .expect("load")
            .pop()
            .expect("one");
        let reach = campaign::reach(&mut c, &stored).expect("reach");
        assert_eq!(reach.total(), 3, "{backend:?}: {reach:?}");
        assert_eq!(
            reach.missing,
            ["lv"],
            "the preview names the missing language"
        );
        let preview =
            campaign::preview(&mut c, &stored, &rig.locales, "https://report.example.org")
                .expect("preview");
        assert!(
            preview.contains("lv: 1  NO TEXT in lv: they get the en text"),
            "{preview}"
        );

        let queued = campaigns::send(&mut c, id, now).expect("send");
        assert_eq!(queued, 3);
        assert!(matches!(
            campaigns::send(&mut c, id, now),
            Err(campaigns::SendError::AlreadySent(..))
        ));
        let got = rig.deliver().await;
        let mut to: Vec<&str> = got.iter().filter_map(|m| header(m, "To")).collect();
        to.sort();
        assert_eq!(
            to,
            ["en@example.org", "lv@example.org", "ru@example.org"],
            "{backend:?}"
        );
        for raw in &got {
            let text = plain_text(raw);
            let email = header(raw, "To").expect("to");
            let reference: String = reports::table
                .filter(reports::address_key.eq(address_key(email)))
                .select(reports::reference)
                .first(&mut c)
                .expect("ref");
            let shown = fraudreport::domain::CaseRef::parse(&reference)
                .expect("ref")
                .to_string();
            assert!(
                text.contains(&shown),
                "{email}: quotes the victim's own reference"
            );
            let expected = if email.starts_with("ru") {
                "Письма от имени Европола требуют плату."
            } else {
                "Europol never writes to victims for money."
            };
            assert!(text.contains(expected), "{email}: {text}");
            assert!(header(raw, "List-Unsubscribe").is_some());
        }
    }
}

fn report_id(c: &mut DbConnection, email: &str) -> i64 {
    reports::table
        .filter(reports::address_key.eq(address_key(email)))
        .select(reports::id)
        .first(c)
        .expect("report")
}

#[actix_web::test]
async fn the_authority_is_notified_without_any_contact_details_of_the_victim() {
    for backend in backends() {
        let rig = rig(
            &backend,
            Some(|s| {
                let path = s.data_dir.with_file_name("authorities.toml");
                std::fs::write(&path, crate::helpers::estonia_with_intake("")).expect("write");
                s.authority_directory = Some(path);
                s.hub_email = "hub@coordination.example".into();
            }),
        )
        .await;
        let fields = with(
            &valid_report(),
            "contact_email",
            "victim.private@example.org",
        );
        assert_eq!(rig.app.post_report("et", &fields).await.status(), 303);
        let hub_case = with(
            &with(&fields, "residence_country", "KY"),
            "contact_phone",
            "+372 5123 4567",
        );
        assert_eq!(rig.app.post_report("en", &hub_case).await.status(), 303);
        let got = rig.deliver().await;
        let to_authority = got
            .iter()
            .find(|m| header(m, "To") == Some("cases@politsei.example"))
            .expect("a mail to the intake address");
        assert!(
            got.iter()
                .any(|m| header(m, "To") == Some("hub@coordination.example")),
            "{backend:?}: the hub gets the unroutable case"
        );
        let text = plain_text(to_authority);
        let reference: String = reports::table
            .filter(reports::residence_country.eq("EE"))
            .select(reports::reference)
            .first(&mut rig.app.db.conn())
            .expect("ref");
        let shown = fraudreport::domain::CaseRef::parse(&reference)
            .expect("ref")
            .to_string();
        assert!(text.contains(&shown), "{text}");
        assert!(text.contains("Estonia (EE)"), "{text}");
        assert!(text.contains("1500.50 EUR; 2500.00 USD"), "{text}");
        assert!(
            text.contains("2 phone numbers") || text.contains("1 phone numbers"),
            "{text}"
        );
        assert!(text.contains(&format!(
            "https://report.example.org/portal/cases/{reference}"
        )));
        for private in [
            "victim.private",
            "5123",
            "+3725123",
            "guaranteed",
            "profits",
        ] {
            assert!(
                !to_authority.contains(private),
                "{backend:?}: {private} leaked:\n{to_authority}"
            );
        }
        // The link asks for a login, then opens the case for its authority.
        let portal = rig.app.get(&format!("/portal/cases/{reference}")).await;
        assert_eq!(portal.status(), 303);
        assert_eq!(portal.headers()["location"], "/portal/login");
        let officer = rig
            .app
            .officer(
                "k.tamm@politsei.ee",
                fraudreport::domain::Role::Officer,
                Some("ee-ppa"),
            )
            .await;
        let case = officer
            .get(&rig.app, &format!("/portal/cases/{reference}"))
            .await;
        assert_eq!(
            case.status(),
            200,
            "{backend:?}: the officer opens the case"
        );
    }
}

#[actix_web::test]
async fn the_case_page_shows_the_address_status_saves_preferences_and_records_a_recovery_approach()
{
    for backend in backends() {
        let rig = rig(&backend, None).await;
        let response = rig.app.post_report("fr", &valid_report()).await;
        let own = response
            .headers()
            .get("location")
            .expect("location")
            .to_str()
            .expect("ascii")
            .to_string();
        let page = rig.app.get_text(&own).await;
        assert!(page.contains(&crate::helpers::escaped(
            &rig.text("fr", "case-email-unconfirmed")
        )));

        // Warnings off, then the page says it was saved and shows them off.
        let saved = rig
            .app
            .client
            .post(format!("{}{own}/preferences", rig.app.address))
            .form(&[("warnings", "")])
            .send()
            .await
            .expect("post");
        assert_eq!(saved.status(), 303);
        let consent: bool = reports::table
            .select(reports::consent_warnings)
            .first(&mut rig.app.db.conn())
            .expect("row");
        assert!(!consent);

        // A wrong line is refused next to its field, with what was typed kept.
        let typed = [
            ("websites", "recover-funds.example"),
            ("scam_phones", "not a number"),
            ("scam_emails", "lawyer@recover-funds.example"),
        ];
        let refused = rig
            .app
            .client
            .post(format!("{}{own}/approach", rig.app.address))
            .form(&typed)
            .send()
            .await
            .expect("post");
        assert_eq!(refused.status(), 422);
        let body = refused.text().await.expect("body");
        assert!(
            body.contains("id=\"scam_phones-error\""),
            "the error sits by its field"
        );
        assert!(
            body.contains("lawyer@recover-funds.example"),
            "typed text kept"
        );
        let accepted = rig
            .app
            .client
            .post(format!("{}{own}/approach", rig.app.address))
            .form(&[
                ("websites", "recover-funds.example"),
                ("scam_phones", "+44 20 7946 0999"),
                ("scam_emails", "lawyer@recover-funds.example"),
            ])
            .send()
            .await
            .expect("post");
        assert_eq!(accepted.status(), 303);
        let marked: Vec<(String, String)> = indicators::table
            .filter(indicators::recovery.eq(true))
            .select((indicators::kind, indicators::normalised))
            .order(indicators::kind)
            .load(&mut rig.app.db.conn())
            .expect("rows");
        assert_eq!(
            marked,
            [
                ("domain".to_string(), "recover-funds.example".to_string()),
                (
                    "email".to_string(),
                    "lawyer@recover-funds.example".to_string()
                ),
                ("phone".to_string(), "+442079460999".to_string()),
            ],
            "{backend:?}"
        );
        let after = rig.app.get_text(&format!("{own}?done=approach")).await;
        assert!(after.contains(&crate::helpers::escaped(
            &rig.text("fr", "case-approach-saved")
        )));

        // The e-mail's case link opens the same case; its confirm token does not.
        let receipt = plain_text(&rig.deliver().await[0]);
        let case = link(&receipt, "https://report.example.org/fr/case/");
        let confirm = link(&receipt, "https://report.example.org/fr/confirm/");
        let through_mail = rig.app.get(path_of(&case)).await;
        assert_eq!(through_mail.status(), 200);
        let secret = confirm.rsplit('/').next().expect("secret");
        let misuse = rig.app.get(&format!("/fr/case/{secret}")).await;
        assert_eq!(
            misuse.status(),
            404,
            "a token opens only what it was made for"
        );
    }
}

#[actix_web::test]
async fn a_report_typed_with_a_known_victims_address_reveals_nothing_about_them() {
    let rig = rig(&backends()[0], None).await;
    let victim = with(&valid_report(), "contact_email", "Known.Victim@example.org");
    assert_eq!(rig.app.post_report("en", &victim).await.status(), 303);
    let mut c = rig.app.db.conn();
    let id = report_id(&mut c, "known.victim@example.org");
    mailing::confirm(&mut c, id, rig.worker.clock.now()).expect("confirm");
    mailing::unsubscribe(&mut c, id, rig.worker.clock.now()).expect("stop");

    // Someone else types the same address, in other capitals.
    let probe = with(&valid_report(), "contact_email", "KNOWN.victim@EXAMPLE.org");
    let response = rig.app.post_report("en", &probe).await;
    let own = response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    let page = rig.app.get_text(&own).await;
    let fresh = rig.text("en", "case-email-unconfirmed");
    assert!(
        page.contains(&crate::helpers::escaped(&fresh)),
        "as for any new address"
    );
    assert!(!page.contains(&crate::helpers::escaped(
        &rig.text("en", "case-email-confirmed")
    )));
    assert!(
        rig.deliver().await.is_empty(),
        "and the stopped address gets nothing"
    );
}

/// In a rolling upgrade, a row of a kind this build does not know (queued
/// by a newer node) is left for the nodes that know it; the rest of the
/// outbox still goes.
#[actix_web::test]
async fn a_row_of_an_unknown_kind_is_left_pending_and_the_others_still_go() {
    for backend in backends() {
        let rig = rig(&backend, None).await;
        let now = chrono::Utc::now().naive_utc();
        diesel::insert_into(outbox::table)
            .values((
                outbox::kind.eq("from-a-newer-node"),
                outbox::locale.eq("en"),
                outbox::recipient.eq(Vec::<u8>::new()),
                outbox::created_at.eq(now),
                outbox::next_attempt_at.eq(now),
            ))
            .execute(&mut rig.app.db.conn())
            .expect("row");
        let filed = rig.app.post_report("en", &valid_report()).await;
        assert_eq!(filed.status(), 303);
        let sent = rig.deliver().await;
        assert_eq!(sent.len(), 1, "{backend:?}: the receipt goes");
        let (state, attempts): (String, i32) = outbox::table
            .filter(outbox::kind.eq("from-a-newer-node"))
            .select((outbox::state, outbox::attempts))
            .first(&mut rig.app.db.conn())
            .expect("row");
        assert_eq!((state.as_str(), attempts), ("pending", 0));
    }
}
