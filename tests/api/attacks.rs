//! Attacks tried against the running service, each as the attacker would
//! play it: taking over a victim's case link, and more below.

use crate::helpers::*;

/// A submission id of the right shape, chosen by an attacker.
const CHOSEN_ID: &str = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

#[actix_web::test]
async fn a_submission_id_chosen_by_another_site_never_opens_the_victims_case() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let victim = browser();
        let report = format!("{}/en/report", app.address);

        // A page on another site makes the victim's browser post a form
        // with the attacker's id (SameSite=Strict: no cookie goes with it).
        let planted = victim
            .post(&report)
            .form(&[("submission_id", CHOSEN_ID), ("csrf_token", "x")])
            .send()
            .await
            .expect("post");
        assert_eq!(planted.status(), 403);
        let html = planted.text().await.expect("body");
        let offered = hidden_value(&html, "submission_id").expect("id");
        assert_ne!(
            offered, CHOSEN_ID,
            "the refused form comes back with a fresh id"
        );

        // The victim completes the form the service showed them.
        let mut fields: Vec<(&str, &str)> = vec![("csrf_token", ""), ("submission_id", "")];
        let token = hidden_value(&html, "csrf_token").expect("token");
        fields[0].1 = &token;
        fields[1].1 = &offered;
        fields.extend(valid_report());
        let sent = victim
            .post(&report)
            .form(&fields)
            .send()
            .await
            .expect("post");
        assert_eq!(sent.status(), 303, "{backend:?}");
        let case = sent.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();

        // The attacker, in their own browser with their own valid form,
        // sends the chosen id, then the victim's real one (had it leaked).
        for stolen in [CHOSEN_ID, offered.as_str()] {
            let attacker = browser();
            let form = attacker
                .get(&report)
                .send()
                .await
                .expect("get")
                .text()
                .await
                .expect("body");
            let own_token = hidden_value(&form, "csrf_token").expect("token");
            let mut fields: Vec<(&str, &str)> =
                vec![("csrf_token", &own_token), ("submission_id", stolen)];
            fields.extend(valid_report());
            let r = attacker
                .post(&report)
                .form(&fields)
                .send()
                .await
                .expect("post");
            assert_eq!(
                r.status(),
                403,
                "{backend:?}: an id not minted for this browser"
            );
            assert!(r.headers().get("location").is_none());
            let page = r.text().await.expect("body");
            assert!(!page.contains(&case), "the victim's case link never shows");
            assert_ne!(
                hidden_value(&page, "submission_id").as_deref(),
                Some(stolen)
            );
        }
        assert_eq!(
            app.count_reports(),
            1,
            "{backend:?}: the victim's report is stored"
        );
        let receipt = victim
            .get(format!("{}{case}", app.address))
            .send()
            .await
            .expect("get");
        assert_eq!(receipt.status(), 200, "the victim still reaches their case");
    }
}

/// A page with its reference and its secrets (links) taken out.
fn without_reference_and_links(page: &str, references: &[String], secrets: &[&str]) -> String {
    let mut page = page.to_string();
    for r in references {
        page = page.replace(r.as_str(), "REFERENCE");
    }
    for s in secrets {
        page = page.replace(s, "SECRET");
    }
    page
}

fn shown_references(app: &TestApp) -> Vec<String> {
    use diesel::prelude::*;
    use fraudreport::db::schema::reports;
    reports::table
        .select(reports::reference)
        .load::<String>(&mut app.db.conn())
        .expect("references")
        .iter()
        .map(|r| {
            fraudreport::domain::CaseRef::parse(r)
                .expect("ref")
                .to_string()
        })
        .collect()
}

#[actix_web::test]
async fn unsubscribing_changes_nothing_that_another_reports_page_shows() {
    use diesel::prelude::*;
    use fraudreport::db::{mailing, schema::reports};
    for backend in backends() {
        let rig = crate::warnings::rig(&backend, None).await;
        let app = &rig.app;
        let known = with(&valid_report(), "contact_email", "known.victim@example.org");
        // Someone types the victim's address into a report before …
        let before = app.post_report("en", &known).await;
        let before = before.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_string();
        let page_before = app.get_text(&before).await;

        // … the victim files their own report, confirms it and unsubscribes …
        let own = app.post_report("en", &known).await;
        assert_eq!(own.status(), 303);
        let mut c = app.db.conn();
        let id: i64 = reports::table
            .select(reports::id)
            .order(reports::id.desc())
            .first(&mut c)
            .expect("id");
        let now = rig.worker.clock.now();
        mailing::confirm(&mut c, id, now).expect("confirm");
        mailing::unsubscribe(&mut c, id, now).expect("stop");

        // … and again after: neither page says anything about it.
        let after = app.post_report("en", &known).await;
        let after = after.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_string();
        let refs = shown_references(app);
        let secrets: Vec<&str> = [&before, &after]
            .iter()
            .map(|l| l.rsplit('/').next().expect("secret"))
            .collect();
        let clean = |p: &str| without_reference_and_links(p, &refs, &secrets);
        let first_now = clean(&app.get_text(&before).await);
        assert_eq!(
            clean(&page_before),
            first_now,
            "{backend:?}: the earlier report's page"
        );
        assert_eq!(
            first_now,
            clean(&app.get_text(&after).await),
            "{backend:?}: a report filed after"
        );
    }
}

#[actix_web::test]
async fn tags_capitals_and_gmail_dots_do_not_get_round_the_one_receipt_rule() {
    for backend in backends() {
        let rig = crate::warnings::rig(&backend, None).await;
        let typed = [
            "v+1@example.org",
            "v+2@example.org",
            "V@example.org",
            "v.x@gmail.com",
            "vx@googlemail.com",
        ];
        for address in typed {
            let report = with(&valid_report(), "contact_email", address);
            assert_eq!(rig.app.post_report("en", &report).await.status(), 303);
        }
        let sent = rig.deliver().await;
        assert_eq!(
            sent.len(),
            2,
            "{backend:?}: one receipt per owner, not five"
        );
        assert!(
            sent.iter().any(|m| m.contains("To: v+1@example.org")),
            "mail goes to the address as typed"
        );
        assert!(sent.iter().any(|m| m.contains("To: v.x@gmail.com")));
    }
}

#[actix_web::test]
async fn a_stolen_database_holds_no_contact_details_or_story_in_clear() {
    use diesel::prelude::*;
    let email = "mari.maasikas@example.org";
    let story = "The broker Jonathan called me every morning about the Zephyr fund";
    for backend in backends() {
        let rig = crate::warnings::rig(&backend, None).await;
        let mut report = with(&valid_report(), "contact_email", email);
        report = with(&report, "contact_phone", "+372 5550 1234");
        report = with(&report, "story", story);
        for _ in 0..3 {
            assert_eq!(rig.app.post_report("en", &report).await.status(), 303);
        }
        let sent = rig.deliver().await;
        assert!(!sent.is_empty(), "the receipt went out");
        let secrets = [email, "37255501234", "5550 1234", "Zephyr fund", "Jonathan"];
        let mut text = String::new();
        match backend {
            TestBackend::Sqlite => {
                for file in rig.app.sqlite_files() {
                    let bytes = std::fs::read(&file).expect("read");
                    text.push_str(&String::from_utf8_lossy(&bytes));
                }
            }
            TestBackend::Postgres(_) => {
                #[derive(QueryableByName)]
                struct Dump {
                    #[diesel(sql_type = diesel::sql_types::Text)]
                    dump: String,
                }
                let mut c = rig.app.db.conn();
                for table in [
                    "reports",
                    "payments",
                    "indicators",
                    "outbox",
                    "tokens",
                    "suppressions",
                ] {
                    let sql = format!(
                        "SELECT COALESCE(string_agg(t::text || encode(convert_to(t::text, 'UTF8'), 'escape'), ' '), '') AS dump FROM {table} t"
                    );
                    let rows: Vec<Dump> = diesel::sql_query(sql).load(&mut c).expect("dump");
                    text.extend(rows.into_iter().map(|r| r.dump));
                }
            }
        }
        assert!(text.len() > 1000, "{backend:?}: something was read");
        assert!(
            text.contains("trade-example.com"),
            "the fraudsters' data stays in clear"
        );
        for secret in secrets {
            assert!(
                !text.contains(secret),
                "{backend:?}: {secret:?} is readable"
            );
        }
    }
}

#[cfg(unix)]
#[actix_web::test]
async fn the_database_keys_and_mail_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_app(&TestBackend::Sqlite).await;
    assert_eq!(app.post_report("en", &valid_report()).await.status(), 303);
    let mail = app.settings.data_dir.parent().expect("dir").join("mail");
    for _ in 0..100 {
        if std::fs::read_dir(&mail).is_ok_and(|mut d| d.next().is_some()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&app.settings.data_dir), 0o700, "the data folder");
    let mut files = app.sqlite_files();
    files.extend(
        std::fs::read_dir(&mail)
            .expect("mail folder")
            .map(|e| e.expect("entry").path()),
    );
    assert!(
        files.len() >= 3,
        "database, WAL and at least one .eml: {files:?}"
    );
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

/// Posts a fresh valid report through the proxy on 127.0.0.1 with these
/// forwarding header lines.
async fn post_through_proxy(app: &TestApp, lines: &[(&str, &str)]) -> u16 {
    let tokens = app.open_form("en").await;
    let mut body: Vec<(&str, &str)> = vec![
        ("csrf_token", &tokens.csrf_token),
        ("submission_id", &tokens.submission_id),
    ];
    let fields = valid_report();
    body.extend(fields.iter().copied());
    let mut request = app.client.post(format!("{}/en/report", app.address));
    for (name, value) in lines {
        request = request.header(*name, *value);
    }
    request
        .form(&body)
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

#[actix_web::test]
async fn behind_a_proxy_a_client_cannot_pick_its_own_address_to_escape_the_limit() {
    let app = spawn_app_with(
        &TestBackend::Sqlite,
        Options {
            rate_limit: 2,
            trusted_proxies: Some("127.0.0.1"),
            ..Options::default()
        },
    )
    .await;
    // The client writes a new address into a header line of its own each
    // time; the proxy adds the real one on a line of its own.
    let mut statuses = Vec::new();
    for n in 0..3 {
        let forged = format!("6.6.6.{n}");
        let lines = [
            ("x-forwarded-for", forged.as_str()),
            ("x-forwarded-for", "198.51.100.7"),
            ("forwarded", "for=7.7.7.7"),
        ];
        statuses.push(post_through_proxy(&app, &lines).await);
    }
    assert_eq!(
        statuses,
        [303, 303, 429],
        "counted as 198.51.100.7 each time"
    );

    // Hosts of one IPv6 network are one client.
    let mut statuses = Vec::new();
    for host in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"] {
        statuses.push(post_through_proxy(&app, &[("x-forwarded-for", host)]).await);
    }
    assert_eq!(statuses, [303, 303, 429]);
    let other_network = post_through_proxy(&app, &[("x-forwarded-for", "2001:db8:1:3::1")]).await;
    assert_eq!(other_network, 303);
}

#[actix_web::test]
async fn the_case_page_forms_are_rate_limited_like_the_report_form() {
    let app = spawn_app_with(
        &TestBackend::Sqlite,
        Options {
            rate_limit: 2,
            ..Options::default()
        },
    )
    .await;
    let sent = app.post_report("en", &valid_report()).await;
    let case = sent.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let r = app
            .client
            .post(format!("{}{case}/preferences", app.address))
            .form(&[("warnings", "yes")])
            .send()
            .await
            .expect("post");
        statuses.push(r.status().as_u16());
    }
    assert_eq!(statuses, [303, 303, 429]);
    let approach = app
        .client
        .post(format!("{}{case}/approach", app.address))
        .form(&[("websites", "recover-funds.example")])
        .send()
        .await
        .expect("post");
    assert_eq!(
        approach.status(),
        429,
        "one allowance for every case action"
    );
}

#[actix_web::test]
async fn text_typed_into_the_form_cannot_write_lines_of_the_authority_mail() {
    use crate::mail::plain_text;
    for backend in backends() {
        let rig = crate::warnings::rig(
            &backend,
            Some(|s| s.hub_email = "hub@coordination.example".into()),
        )
        .await;
        let forged = "Crypto-Trade Pro\r\nReported loss:        none given\r\nOpen the case: https://evil.example/login\u{202E}";
        let mut fields = with(&valid_report(), "platform_name", forged);
        fields = with(
            &fields,
            "caller_names",
            "Anna\rVerified by: Europol\u{2028}Smith",
        );
        assert_eq!(rig.app.post_report("en", &fields).await.status(), 303);
        let got = rig.deliver().await;
        let mail = got
            .iter()
            .find(|m| m.contains("To: hub@coordination.example"))
            .expect("the hub's mail");
        let text = plain_text(mail);
        let lines: Vec<&str> = text.lines().collect();
        let platform: Vec<&&str> = lines
            .iter()
            .filter(|l| l.starts_with("Platform:"))
            .collect();
        assert_eq!(platform.len(), 1, "{backend:?}: {text}");
        assert!(
            platform[0].contains(
                "“Crypto-Trade Pro Reported loss: none given Open the case: https://evil.exa"
            ),
            "one quoted line: {}",
            platform[0]
        );
        assert!(platform[0].ends_with("…”"), "capped: {}", platform[0]);
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with("Reported loss:"))
                .count(),
            1,
            "only the mail's own loss line"
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with("Open the case: https://evil"))
        );
        assert!(
            !text.contains('\u{202E}') && !text.contains("Europol"),
            "{text}"
        );
        // What is stored has no breaks either.
        use diesel::prelude::*;
        use fraudreport::db::schema::{indicators, reports};
        let mut c = rig.app.db.conn();
        let stored: Option<String> = reports::table
            .select(reports::platform_name)
            .first(&mut c)
            .expect("platform");
        assert!(!stored.expect("platform").contains(['\r', '\n', '\u{202E}']));
        let aliases: Vec<String> = indicators::table
            .filter(indicators::kind.eq("alias"))
            .select(indicators::typed)
            .load(&mut c)
            .expect("aliases");
        assert_eq!(aliases.len(), 3, "three lines: {aliases:?}");
        assert!(
            aliases
                .iter()
                .all(|a| !a.contains(['\r', '\n', '\u{2028}']))
        );
    }
}

#[actix_web::test]
async fn an_outcome_is_recorded_only_by_the_lease_holder_and_never_over_a_withdrawal() {
    use diesel::prelude::*;
    use fraudreport::db::schema::{outbox, reports};
    use fraudreport::db::{mailing, outbox as queue};
    for backend in backends() {
        let app = spawn_app_without_worker(&backend).await;
        let report = with(&valid_report(), "contact_email", "leased@example.org");
        for _ in 0..2 {
            assert_eq!(app.post_report("en", &report).await.status(), 303);
        }
        let mut c = app.db.conn();
        let now = chrono::Utc::now().naive_utc();
        let lease = chrono::Duration::seconds(300);
        let rows = queue::lease(&mut c, now, lease, 10, b"worker-a").expect("lease");
        assert_eq!(rows.len(), 2);
        // Another worker, whose lease ran out long ago, reports a send.
        queue::mark_sent(&mut c, rows[0].id, b"worker-b", now, "<stale@x>").expect("mark");
        // The victim unsubscribes while worker A's batch is out.
        let id: i64 = reports::table
            .select(reports::id)
            .first(&mut c)
            .expect("id");
        mailing::unsubscribe(&mut c, id, now).expect("stop");
        for row in &rows {
            queue::mark_sent(&mut c, row.id, b"worker-a", now, "<late@x>").expect("mark");
        }
        let states: Vec<(String, Option<String>)> = outbox::table
            .select((outbox::state, outbox::message_id))
            .load(&mut c)
            .expect("rows");
        assert_eq!(
            states,
            vec![(queue::SUPPRESSED.to_string(), None); 2],
            "{backend:?}: withdrawn, never recorded as sent"
        );
    }
}

fn contact_columns(app: &TestApp) -> Vec<(bool, bool, bool, bool)> {
    use diesel::prelude::*;
    use fraudreport::db::schema::reports;
    reports::table
        .select((
            reports::contact_email.is_not_null(),
            reports::contact_phone.is_not_null(),
            reports::story.is_not_null(),
            reports::contact_erased_at.is_not_null(),
        ))
        .order(reports::id)
        .load(&mut app.db.conn())
        .expect("reports")
}

#[actix_web::test]
async fn a_victim_erases_their_contact_details_from_the_case_page_and_mail_stops() {
    use diesel::prelude::*;
    use fraudreport::db::schema::{indicators, outbox};
    for backend in backends() {
        let app = spawn_app_without_worker(&backend).await;
        let sent = app.post_report("fi", &valid_report()).await;
        let case = sent.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_string();
        let erase = app
            .client
            .post(format!("{}{case}/erase", app.address))
            .send()
            .await
            .expect("post");
        assert_eq!(erase.status(), 303);
        assert_eq!(
            contact_columns(&app),
            [(false, false, false, true)],
            "{backend:?}"
        );
        let page = app.get_text(&case).await;
        let locales = fraudreport::i18n::Locales::load().expect("locales");
        let said = locales.get("fi").expect("fi").loader.get("case-erased");
        assert!(page.contains(&escaped(&said)), "the page says so");
        let mut c = app.db.conn();
        let states: Vec<String> = outbox::table
            .select(outbox::state)
            .load(&mut c)
            .expect("outbox");
        assert_eq!(states, ["suppressed"], "the receipt no longer goes out");
        let kept: i64 = indicators::table.count().get_result(&mut c).expect("count");
        assert!(kept >= 5, "the case's facts stay: {kept} indicators");
    }
}

#[actix_web::test]
async fn contact_details_are_erased_after_the_retention_period() {
    let rig = crate::warnings::rig(&backends()[0], None).await;
    assert_eq!(
        rig.app.post_report("en", &valid_report()).await.status(),
        303
    );
    let now = rig.worker.clock.now();
    rig.worker.clock.set(now + chrono::Duration::days(729));
    assert_eq!(rig.worker.erase_expired().await.expect("erase"), 0);
    assert_eq!(contact_columns(&rig.app), [(true, true, true, false)]);
    rig.worker.clock.set(now + chrono::Duration::days(731));
    assert_eq!(rig.worker.erase_expired().await.expect("erase"), 1);
    assert_eq!(contact_columns(&rig.app), [(false, false, false, true)]);
}

#[actix_web::test]
async fn on_https_the_csrf_cookie_cannot_be_planted_by_a_sibling_subdomain() {
    let app = spawn_app(&TestBackend::Sqlite).await; // base_url is https
    let r = app.get("/en/report").await;
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(cookie.starts_with("__Host-csrf="), "{cookie}");
    for part in ["Secure", "Path=/", "HttpOnly", "SameSite=Strict"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
}
