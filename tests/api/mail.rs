//! E-mail through a real SMTP server in the test process (mailin-embedded).

use std::io;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use fraudreport::db::schema::{outbox, reports};
use fraudreport::db::{Backend, run_migrations};
use fraudreport::i18n::Locales;
use fraudreport::notify::worker::Worker;
use fraudreport::routing::Directory;
use fraudreport::seal::Field;
use mailin_embedded::{Handler, Response, Server, response};

use crate::helpers::{
    Options, TestBackend, TestDb, address_key, backends, spawn_app_with, test_sealer,
    test_settings, valid_report, with,
};

/// Every message the sink accepted, raw.
pub type Inbox = Arc<Mutex<Vec<String>>>;

#[derive(Clone)]
struct Sink {
    current: Vec<u8>,
    inbox: Inbox,
}

impl Handler for Sink {
    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = String::from_utf8_lossy(&std::mem::take(&mut self.current)).to_string();
        self.inbox.lock().expect("inbox").push(message);
        response::OK
    }
}

/// Starts an SMTP server on `listener` in a thread of its own.
pub fn start_sink(listener: TcpListener) -> Inbox {
    let inbox = Inbox::default();
    let mut server = Server::new(Sink {
        current: Vec::new(),
        inbox: inbox.clone(),
    });
    server
        .with_name("sink.test")
        .with_num_threads(64)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    inbox
}

pub fn free_listener() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").expect("bind")
}

pub fn smtp_options(port: u16) -> Options {
    Options {
        mail_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..Options::default()
    }
}

/// Waits (up to 15 s) until the inbox holds `n` messages.
pub async fn wait_for(inbox: &Inbox, n: usize) -> Vec<String> {
    let started = Instant::now();
    loop {
        let got = inbox.lock().expect("inbox").clone();
        if got.len() >= n || started.elapsed() > Duration::from_secs(15) {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The plain-text part of a message, decoded.
pub fn plain_text(raw: &str) -> String {
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    parsed
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/plain")
        .expect("a text/plain part")
        .get_body()
        .expect("decodable")
}

#[actix_web::test]
async fn the_receipt_arrives_by_smtp_in_the_victims_language_with_the_reference() {
    let locales = Locales::load().expect("locales");
    for backend in backends() {
        let listener = free_listener();
        let port = listener.local_addr().expect("addr").port();
        let inbox = start_sink(listener);
        let app = spawn_app_with(&backend, smtp_options(port)).await;
        for (lang, email) in [("et", "mari@example.org"), ("uk", "olena@example.org")] {
            let fields = with(&valid_report(), "contact_email", email);
            assert_eq!(app.post_report(lang, &fields).await.status(), 303);
        }
        let got = wait_for(&inbox, 2).await;
        assert_eq!(got.len(), 2, "{backend:?}");
        let mut c = app.db.conn();
        for (lang, email) in [("et", "mari@example.org"), ("uk", "olena@example.org")] {
            let raw = got
                .iter()
                .find(|m| m.contains(&format!("To: {email}")))
                .expect("a mail to each victim");
            let text = plain_text(raw);
            let reference: String = reports::table
                .filter(reports::address_key.eq(address_key(email)))
                .select(reports::reference)
                .first(&mut c)
                .expect("report");
            let shown = fraudreport::domain::CaseRef::parse(&reference)
                .expect("ref")
                .to_string();
            assert!(text.contains(&shown), "{lang}: the reference {shown}");
            let intro = locales
                .get(lang)
                .expect("locale")
                .loader
                .get("email-receipt-intro");
            assert!(text.contains(&intro), "{lang}: {intro}");
            let warning = locales
                .get(lang)
                .expect("locale")
                .loader
                .get("warning-no-fee");
            assert!(text.contains(&warning), "{lang}: the warning");
            assert!(raw.contains("Auto-Submitted: auto-generated"));
            assert!(raw.contains("multipart/alternative"));
        }
        // The worker records a batch's outcomes after the server took the
        // last of its messages: wait for that commit.
        let mut sent: Vec<String> = Vec::new();
        for _ in 0..100 {
            sent = outbox::table
                .select(outbox::state)
                .load(&mut c)
                .expect("rows");
            if sent == ["sent", "sent"] {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(sent, ["sent", "sent"]);
    }
}

#[actix_web::test]
async fn with_the_mail_server_down_the_receipt_waits_and_leaves_when_it_is_back() {
    let listener = free_listener();
    let port = listener.local_addr().expect("addr").port();
    drop(listener); // nothing listens: connections are refused
    let app = spawn_app_with(&backends()[0], smtp_options(port)).await;
    assert_eq!(app.post_report("en", &valid_report()).await.status(), 303);
    let mut c = app.db.conn();
    let started = Instant::now();
    let (state, attempts, error) = loop {
        let row: (String, i32, Option<String>) = outbox::table
            .select((outbox::state, outbox::attempts, outbox::last_error))
            .first(&mut c)
            .expect("row");
        // Leasing counts the attempt; the failure is recorded after it.
        if row.2.is_some() || started.elapsed() > Duration::from_secs(10) {
            break row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(state, "pending", "a failed attempt keeps the mail");
    assert!(
        attempts >= 1 && error.is_some(),
        "the attempt and its error are recorded"
    );
    let inbox = start_sink(TcpListener::bind(("127.0.0.1", port)).expect("rebind"));
    let got = wait_for(&inbox, 1).await;
    assert_eq!(got.len(), 1, "delivered once the server is back");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(5) {
        let state: String = outbox::table
            .select(outbox::state)
            .first(&mut c)
            .expect("row");
        if state == "sent" {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the row was never marked sent");
}

#[actix_web::test]
async fn on_postgresql_two_workers_drain_a_thousand_mails_each_sent_exactly_once() {
    let Some(pg) = backends()
        .into_iter()
        .find(|b| matches!(b, TestBackend::Postgres(_)))
    else {
        return; // runs where FRAUDREPORT_TEST_POSTGRES_URL is set, as in CI
    };
    let dir = tempfile::tempdir().expect("dir");
    let db = TestDb::create(&pg, &dir);
    let backend = Backend::from_url(&db.url).expect("url");
    let mut conn = backend.establish().expect("connect");
    run_migrations(
        &mut conn,
        &test_settings(&db.url, dir.path(), &Options::default()),
    )
    .expect("migrate");
    seed_outbox(&mut conn, 1000);

    let listener = free_listener();
    let port = listener.local_addr().expect("addr").port();
    let inbox = start_sink(listener);
    let settings = test_settings(&db.url, dir.path(), &smtp_options(port));
    let locales = Arc::new(Locales::load().expect("locales"));
    let directory = Arc::new(Directory::load(None).expect("directory"));
    let worker = || {
        let pool = fraudreport::db::pool(&backend, 4).expect("pool");
        Worker::new(&settings, pool, locales.clone(), directory.clone()).expect("worker")
    };
    let drain = |w: Worker| async move {
        let mut sent = 0;
        loop {
            match w.drain_once().await.expect("drain") {
                0 => return sent,
                n => sent += n,
            }
        }
    };
    let (a, b) = tokio::join!(drain(worker()), drain(worker()));
    assert_eq!(a + b, 1000, "every row leased once: {a} + {b}");
    assert!(a > 0 && b > 0, "both workers took part: {a} + {b}");
    let got = wait_for(&inbox, 1000).await;
    let mut recipients: Vec<String> = got
        .iter()
        .filter_map(|m| {
            m.lines()
                .find(|l| l.starts_with("To: "))
                .map(str::to_string)
        })
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(got.len(), 1000, "no mail sent twice");
    assert_eq!(recipients.len(), 1000);
    let sent: i64 = outbox::table
        .filter(outbox::state.eq("sent"))
        .count()
        .get_result(&mut conn)
        .expect("count");
    assert_eq!(sent, 1000);
}

/// One report and `n` receipts to distinct addresses.
fn seed_outbox(conn: &mut fraudreport::db::DbConnection, n: usize) {
    diesel::sql_query(
        "INSERT INTO reports (reference, followup_key, created_at, locale, residence_country, \
         consent_authority, consent_warnings) VALUES ('AJ3J35HNV7Q', '\\x00', now(), 'en', 'EE', true, false)",
    )
    .execute(conn)
    .expect("report");
    let sealer = test_sealer();
    for i in 1..=n {
        let to = format!("victim{i}@example.org");
        diesel::sql_query(
            "INSERT INTO outbox (report_id, kind, locale, recipient, recipient_key, created_at, \
             next_attempt_at) SELECT (SELECT id FROM reports), 'receipt', 'en', $1, $2, now(), now()",
        )
        .bind::<diesel::sql_types::Binary, _>(sealer.seal(Field::Email, &to))
        .bind::<diesel::sql_types::Binary, _>(address_key(&to))
        .execute(conn)
        .expect("outbox");
    }
}
