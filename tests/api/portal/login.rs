//! Enrolment, login with a second factor, logout, throttling, sessions.

use fraudreport::domain::Role;

use super::{PASSWORD, browser, unix};
use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn an_enrolled_officer_logs_in_with_password_and_authenticator_and_reaches_the_queue() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let officer = app
            .officer("k.tamm@politsei.ee", Role::Officer, Some("ee-ppa"))
            .await;
        let queue = officer.get(&app, "/portal/cases").await;
        assert_eq!(queue.status(), 200, "{backend:?}");
        let html = queue.text().await.expect("body");
        assert!(
            html.contains(&format!("Name of {}", officer.email)),
            "{backend:?}"
        );
        assert_eq!(
            officer.csrf(&app).await.len(),
            64,
            "the logout form carries a token"
        );
        // Without the session the queue sends the browser to the login page.
        let anonymous = browser()
            .get(format!("{}/portal/cases", app.address))
            .send()
            .await
            .expect("request");
        assert_eq!(anonymous.status(), 303);
        assert_eq!(anonymous.headers()["location"], "/portal/login");
    }
}

#[actix_web::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let secret = app.add_account("a@police.example", Role::Officer, Some("ee-ppa"));
        let (totp, _) = app.enrol(&browser(), &secret).await;
        let code = totp.code_at(unix(30)).expect("code");
        let wrong = app
            .login(&browser(), "a@police.example", "not the password 1", &code)
            .await;
        let unknown = app
            .login(&browser(), "nobody@police.example", PASSWORD, &code)
            .await;
        assert_eq!(wrong.status(), 401);
        assert_eq!(unknown.status(), 401);
        let (w, u) = (
            wrong.text().await.expect("body"),
            unknown.text().await.expect("body"),
        );
        assert!(w.contains("The e-mail address or the password is not right."));
        assert_eq!(
            w.replace("a@police.example", "X"),
            u.replace("nobody@police.example", "X")
                .replace(&hidden(&u), &hidden(&w)),
            "{backend:?}: the two pages differ only in what was typed"
        );
    }
}

fn hidden(html: &str) -> String {
    crate::helpers::hidden_value(html, "csrf_token").expect("csrf")
}

#[actix_web::test]
async fn a_code_is_accepted_once_and_a_recovery_code_once() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let secret = app.add_account("b@police.example", Role::Officer, Some("ee-ppa"));
        let (totp, recovery) = app.enrol(&browser(), &secret).await;
        assert_eq!(recovery.len(), 10);
        let code = totp.code_at(unix(30)).expect("code");
        let first = app
            .login(&browser(), "b@police.example", PASSWORD, &code)
            .await;
        assert_eq!(first.status(), 303, "{backend:?}");
        let again = app
            .login(&browser(), "b@police.example", PASSWORD, &code)
            .await;
        assert_eq!(again.status(), 401, "{backend:?}: the same code twice");
        let by_recovery = app
            .login(&browser(), "b@police.example", PASSWORD, &recovery[0])
            .await;
        assert_eq!(by_recovery.status(), 303, "{backend:?}");
        let reused = app
            .login(&browser(), "b@police.example", PASSWORD, &recovery[0])
            .await;
        assert_eq!(
            reused.status(),
            401,
            "{backend:?}: a recovery code works once"
        );
    }
}

#[actix_web::test]
async fn failed_passwords_slow_down_further_attempts() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let secret = app.add_account("c@police.example", Role::Officer, Some("ee-ppa"));
        let (totp, _) = app.enrol(&browser(), &secret).await;
        for _ in 0..6 {
            let r = app
                .login(
                    &browser(),
                    "c@police.example",
                    "guess guess guess 1",
                    "000000",
                )
                .await;
            assert_eq!(r.status(), 401);
        }
        // The seventh try is not even checked, right password or not.
        let code = totp.code_at(unix(30)).expect("code");
        let blocked = app
            .login(&browser(), "c@police.example", PASSWORD, &code)
            .await;
        assert_eq!(blocked.status(), 429, "{backend:?}");
        assert!(
            blocked
                .text()
                .await
                .expect("body")
                .contains("Too many failed attempts")
        );
    }
}

#[actix_web::test]
async fn logout_ends_the_session_in_the_database_not_only_in_the_browser() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let secret = app.add_account("d@police.example", Role::Officer, Some("ee-ppa"));
        let client = browser();
        let (totp, _) = app.enrol(&client, &secret).await;
        let code = totp.code_at(unix(30)).expect("code");
        let done = app
            .login(&client, "d@police.example", PASSWORD, &code)
            .await;
        let cookie = done.headers()["set-cookie"]
            .to_str()
            .expect("ascii")
            .to_string();
        let cookie = cookie.split(';').next().expect("name=value").to_string();
        assert!(cookie.starts_with("__Host-portal="), "{cookie}");
        // The stolen cookie works while the session lives…
        let thief = |c: String| {
            let url = format!("{}/portal/cases", app.address);
            async move {
                browser()
                    .get(url)
                    .header("cookie", c)
                    .send()
                    .await
                    .expect("request")
                    .status()
            }
        };
        assert_eq!(thief(cookie.clone()).await, 200, "{backend:?}");
        let html = client
            .get(format!("{}/portal/cases", app.address))
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body");
        let csrf = crate::helpers::hidden_value(&html, "csrf_token").expect("csrf");
        let out = client
            .post(format!("{}/portal/logout", app.address))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .expect("request");
        assert_eq!(out.status(), 303);
        // …and not after logout, even sent by another browser.
        assert_eq!(thief(cookie).await, 303, "{backend:?}: the session ended");
    }
}

#[actix_web::test]
async fn a_password_step_is_good_for_three_codes_only() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let secret = app.add_account("f@police.example", Role::Officer, Some("ee-ppa"));
        let (totp, _) = app.enrol(&browser(), &secret).await;
        let client = browser();
        let first = app
            .login(&client, "f@police.example", PASSWORD, "000001")
            .await;
        assert_eq!(first.status(), 401);
        let html = client
            .get(format!("{}/portal/login/code", app.address))
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body");
        let csrf = crate::helpers::hidden_value(&html, "csrf_token").expect("csrf");
        let try_code = |code: String| {
            let (client, url, csrf) = (
                client.clone(),
                format!("{}/portal/login/code", app.address),
                csrf.clone(),
            );
            async move {
                client
                    .post(url)
                    .form(&[("csrf_token", csrf.as_str()), ("code", code.as_str())])
                    .send()
                    .await
                    .expect("request")
            }
        };
        assert_eq!(try_code("000002".into()).await.status(), 401);
        assert_eq!(try_code("000003".into()).await.status(), 401);
        // The fourth code, even the right one, sends the browser back to the password.
        let right = totp.code_at(unix(30)).expect("code");
        let fourth = try_code(right).await;
        assert_eq!(fourth.status(), 303, "{backend:?}");
        assert_eq!(fourth.headers()["location"], "/portal/login");
    }
}

/// The worker forgets sessions and login-failure counters long past any
/// lifetime, and leaves a live session alone.
#[actix_web::test]
async fn stale_sessions_and_failure_counters_are_forgotten_and_live_ones_kept() {
    use chrono::{Duration, Utc};
    use diesel::prelude::*;
    use fraudreport::db::schema::{login_throttle, sessions};
    for backend in backends() {
        let rig = crate::warnings::rig(&backend, None).await;
        let app = &rig.app;
        let live = app
            .officer("live@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let wrong = app
            .login(
                &browser(),
                "live@police.example",
                "wrong password!",
                "000000",
            )
            .await;
        assert_eq!(wrong.status(), 401, "refused");
        app.officer("old@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let old = super::account_id(app, "old@police.example");
        let long_ago = Utc::now().naive_utc() - Duration::days(3);
        let mut c = app.db.conn();
        diesel::update(sessions::table.filter(sessions::account_id.eq(old)))
            .set((
                sessions::last_seen_at.eq(long_ago),
                sessions::created_at.eq(long_ago),
            ))
            .execute(&mut c)
            .expect("aged");
        let counters: i64 = login_throttle::table
            .count()
            .get_result(&mut c)
            .expect("count");
        assert!(counters >= 1, "the wrong password was counted");
        diesel::update(login_throttle::table)
            .set(login_throttle::last_failure_at.eq(long_ago))
            .execute(&mut c)
            .expect("aged");

        let forgotten = rig.worker.forget_stale_logins().await.expect("purged");
        assert!(forgotten >= 2, "{backend:?}: {forgotten}");
        let left: Vec<i64> = sessions::table
            .select(sessions::account_id)
            .load(&mut c)
            .expect("sessions");
        assert!(!left.contains(&old), "the stale session is gone");
        assert!(!left.is_empty(), "the live one is kept");
        let counters: i64 = login_throttle::table
            .count()
            .get_result(&mut c)
            .expect("count");
        assert_eq!(counters, 0);
        assert_eq!(
            live.get(app, "/portal/cases").await.status(),
            200,
            "still logged in"
        );
    }
}
