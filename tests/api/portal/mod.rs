//! The police portal, black-box: accounts are enrolled through their
//! enrolment page with a TOTP code computed here, then log in like an
//! officer does.

mod audit;
mod case;
pub mod export;
mod handoff;
mod isolation;
mod login;
mod notices;
mod overview;
mod people;
mod queue;

use chrono::Utc;
use fraudreport::db::portal::accounts::{self, NewAccount};
use fraudreport::domain::Role;
use fraudreport::portal::auth::totp::TotpSecret;

use crate::helpers::{TestApp, hidden_value};

/// A password zxcvbn likes.
pub const PASSWORD: &str = "tractor lantern oyster quietly 84";

/// An enrolled account, logged in with its own cookie jar.
pub struct Officer {
    pub email: String,
    /// Logged in; does not follow redirects.
    pub client: reqwest::Client,
}

/// A client with its own cookies that does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The current time in seconds, `ahead` seconds on.
pub fn unix(ahead: u64) -> u64 {
    u64::try_from(Utc::now().timestamp()).expect("after 1970") + ahead
}

impl TestApp {
    /// Creates an account straight in the database, as `fraudreport officer
    /// add` does, and returns its enrolment secret.
    pub fn add_account(&self, email: &str, role: Role, authority: Option<&str>) -> String {
        let mut conn = self.db.conn();
        let new = NewAccount {
            email,
            name: &format!("Name of {email}"),
            role,
            authority_id: authority,
            locale: "en",
        };
        let (_, secret) =
            accounts::create(&mut conn, &new, Utc::now().naive_utc()).expect("account created");
        secret
    }

    /// Enrols through the page: reads the key shown under the QR code,
    /// computes the current code, chooses `PASSWORD`. Returns the secret
    /// and the recovery codes shown.
    pub async fn enrol(&self, client: &reqwest::Client, secret: &str) -> (TotpSecret, Vec<String>) {
        let url = format!("{}/portal/enrol/{secret}", self.address);
        let page = client.get(&url).send().await.expect("request");
        assert_eq!(page.status(), 200);
        let html = page.text().await.expect("body");
        let key = between(&html, "<code class=\"secret\">", "</code>").replace(' ', "");
        let bytes = totp_rs::Secret::try_from_base32(&key).expect("base32 key");
        let totp = TotpSecret::from_bytes(bytes.as_ref()).expect("a 160-bit key");
        let code = totp.code_at(unix(0)).expect("code");
        let csrf = hidden_value(&html, "csrf_token").expect("csrf token");
        let form = [
            ("csrf_token", csrf.as_str()),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("code", code.as_str()),
        ];
        let done = client.post(&url).form(&form).send().await.expect("request");
        assert_eq!(done.status(), 200, "enrolment accepted");
        let html = done.text().await.expect("body");
        let codes = html
            .split("<li><code>")
            .skip(1)
            .map(|s| s.split('<').next().unwrap_or("").to_string())
            .collect();
        (totp, codes)
    }

    /// Logs `client` in with a password and a second-factor code.
    pub async fn login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
        code: &str,
    ) -> reqwest::Response {
        let page = client
            .get(format!("{}/portal/login", self.address))
            .send()
            .await
            .expect("request");
        let csrf = hidden_value(&page.text().await.expect("body"), "csrf_token").expect("csrf");
        let first = client
            .post(format!("{}/portal/login", self.address))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("email", email),
                ("password", password),
            ])
            .send()
            .await
            .expect("request");
        if first.status() != 303 {
            return first;
        }
        client
            .post(format!("{}/portal/login/code", self.address))
            .form(&[("csrf_token", csrf.as_str()), ("code", code)])
            .send()
            .await
            .expect("request")
    }

    /// A new account of `role`, enrolled and logged in. Its login uses the
    /// next 30-second step's code (enrolment used the current one; a code
    /// works once).
    pub async fn officer(&self, email: &str, role: Role, authority: Option<&str>) -> Officer {
        let secret = self.add_account(email, role, authority);
        let client = browser();
        let (totp, _) = self.enrol(&client, &secret).await;
        let code = totp.code_at(unix(30)).expect("code");
        let done = self.login(&client, email, PASSWORD, &code).await;
        assert_eq!(done.status(), 303, "logged in");
        Officer {
            email: email.to_string(),
            client,
        }
    }
}

impl Officer {
    /// GET a portal path with this officer's session.
    pub async fn get(&self, app: &TestApp, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .expect("request")
    }

    /// The page at a portal path, which must answer 200.
    pub async fn get_text(&self, app: &TestApp, path: &str) -> String {
        let r = self.get(app, path).await;
        assert_eq!(r.status(), 200, "{path}");
        r.text().await.expect("body")
    }

    /// The CSRF token of this browser's portal forms (any portal page
    /// carries the same one; the login page answers every role).
    pub async fn csrf(&self, app: &TestApp) -> String {
        let html = self
            .get(app, "/portal/login")
            .await
            .text()
            .await
            .expect("body");
        hidden_value(&html, "csrf_token").expect("csrf token")
    }
}

/// The text between two markers.
pub fn between(html: &str, start: &str, end: &str) -> String {
    let from = html.find(start).expect("start marker") + start.len();
    let to = html[from..].find(end).expect("end marker") + from;
    html[from..to].to_string()
}

/// The id of the account with this e-mail address.
pub fn account_id(app: &TestApp, email: &str) -> i64 {
    use diesel::prelude::*;
    use fraudreport::db::schema::accounts;
    accounts::table
        .filter(accounts::email.eq(email))
        .select(accounts::id)
        .first(&mut app.db.conn())
        .expect("account")
}

/// POSTs a portal form as `who`, with the CSRF token of its browser.
pub async fn post_with_csrf(
    app: &TestApp,
    who: &Officer,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = who.csrf(app).await;
    let mut body = vec![("csrf_token", csrf.as_str())];
    body.extend_from_slice(fields);
    who.client
        .post(format!("{}{path}", app.address))
        .form(&body)
        .send()
        .await
        .expect("request")
}
