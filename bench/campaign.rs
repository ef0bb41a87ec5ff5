//! The campaign benchmark: 30,000 confirmed, consenting victims (the number
//! in the case behind this service) in the nine languages, one campaign
//! alert with a text per language, delivered by the outbox worker to a
//! local SMTP sink (mailin-embedded) in this process. Prints the sink's own
//! rate (pre-rendered messages blasted at it with the same concurrency),
//! then the time to queue the campaign and to drain the outbox, and mails/s.
//!
//!   bash bench/campaign.sh                 # 30,000 victims, SQLite
//!   VICTIMS=5000 bash bench/campaign.sh
//!   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench bash bench/campaign.sh
#![recursion_limit = "256"]

use std::io;
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use diesel::prelude::*;
use fraudreport::config::{Secret, Settings};
use fraudreport::db::{self, Backend, campaigns};
use fraudreport::i18n::{LANGUAGES, Locales};
use fraudreport::keys::Keys;
use fraudreport::notify::worker::Worker;
use fraudreport::notify::{MailSettings, Mailer, Outgoing, campaign};
use fraudreport::routing::Directory;
use fraudreport::seal::Field::Email;
use futures_util::StreamExt;
use mailin_embedded::{Handler, Response, Server, response};

/// Counts accepted messages (and their bytes), keeping nothing.
#[derive(Clone)]
struct Sink {
    count: Arc<AtomicUsize>,
    bytes: Arc<AtomicUsize>,
}

impl Handler for Sink {
    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.bytes.fetch_add(buf.len(), Ordering::Relaxed);
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        self.count.fetch_add(1, Ordering::Relaxed);
        response::OK
    }
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> anyhow::Result<()> {
    let victims = env_or("VICTIMS", 30_000);
    let concurrency = env_or("CONCURRENCY", 8);
    let dir = tempfile::tempdir()?;
    let database_url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));

    // The sink.
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let sink = Sink {
        count: Arc::default(),
        bytes: Arc::default(),
    };
    let mut server = Server::new(sink.clone());
    server
        .with_name("sink.bench")
        .with_num_threads(u32::try_from(concurrency * 2 + 4)?)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        if let Err(e) = server.serve() {
            eprintln!("the sink stopped: {e}");
        }
    });

    let settings = Settings {
        database_url: Secret::new(database_url.clone()),
        mail_url: Secret::new(format!("smtp://127.0.0.1:{port}")),
        data_dir: dir.path().join("data"),
        secret_key: Some(Secret::new("bench-key-bench-key-bench-key-bench-key")),
        mail_concurrency: concurrency,
        base_url: "https://report.example.org".into(),
        log: "warn".into(),
        ..Settings::default()
    };
    let backend = Backend::from_url(&database_url).map_err(anyhow::Error::msg)?;
    let pool = db::pool(&backend, 4)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn, &settings)?;
    let sealer = fraudreport::seal::Sealer::load(&settings)?;
    let keys = Keys::load(&settings)?;
    let seeded = Instant::now();
    seed(&mut conn, victims, &sealer, &keys)?;
    println!(
        "seeded {victims} confirmed, consenting victims in {} languages on {} in {:.1} s",
        LANGUAGES.len(),
        if database_url.starts_with("sqlite") {
            "SQLite"
        } else {
            "PostgreSQL"
        },
        seeded.elapsed().as_secs_f64()
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // The SMTP pool spawns its tasks on the runtime it is made in.
    let _runtime = rt.enter();

    // The sink's own rate: the same number of connections, messages already
    // rendered, nothing else to do.
    let blast = victims.min(10_000);
    let mailer = Mailer::from_url(&format!("smtp://127.0.0.1:{port}"), concurrency)?;
    let mail_settings = MailSettings {
        from: settings.mail_from.parse()?,
        domain: "report.example.org".into(),
    };
    let sample = Outgoing {
        subject: "Sink rate".into(),
        text: "x".repeat(3_000),
        html: format!("<p>{}</p>", "x".repeat(6_000)),
        unsubscribe: None,
        sealed: None,
    };
    let started = Instant::now();
    rt.block_on(async {
        futures_util::stream::iter(0..blast)
            .map(|i| {
                let (mailer, s, m) = (&mailer, &mail_settings, &sample);
                async move { mailer.send(s, &format!("sink{i}@example.org"), m).await }
            })
            .buffer_unordered(concurrency)
            .for_each(|r| async move {
                r.expect("the sink accepts");
            })
            .await;
    });
    let sink_rate = blast as f64 / started.elapsed().as_secs_f64();
    println!(
        "sink alone: {blast} pre-rendered messages at concurrency {concurrency}: {sink_rate:.0} mails/s"
    );
    let before = sink.count.load(Ordering::Relaxed);
    let bytes_before = sink.bytes.load(Ordering::Relaxed);

    // The campaign: created, queued, drained.
    let locales = Arc::new(Locales::load()?);
    let (name, fallback, target, texts) = campaign::parse(&campaign_file(), &locales)
        .map_err(|p| anyhow::anyhow!("{}", p.join("\n")))?;
    let now = chrono::Utc::now().naive_utc();
    let id = campaigns::create(&mut conn, &name, &fallback, &target, &texts, now)?;
    let started = Instant::now();
    let queued = campaigns::send(&mut conn, id, now).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let queue_time = started.elapsed().as_secs_f64();
    println!("campaign send: {queued} e-mails queued in one transaction in {queue_time:.2} s");
    drop(conn);

    let directory = Arc::new(Directory::load(None)?);
    let worker = Worker::new(&settings, pool, locales, directory)?;
    let started = Instant::now();
    let drained = rt.block_on(async {
        let mut handled = 0;
        loop {
            match worker.drain_once().await.expect("drain") {
                0 => return handled,
                n => handled += n,
            }
        }
    });
    let drain_time = started.elapsed().as_secs_f64();
    let delivered = sink.count.load(Ordering::Relaxed) - before;
    let bytes = sink.bytes.load(Ordering::Relaxed) - bytes_before;
    println!(
        "worker: {drained} rows handled, {delivered} delivered to the sink in {drain_time:.1} s: {:.0} mails/s (average message {:.1} KB)",
        delivered as f64 / drain_time,
        bytes as f64 / delivered.max(1) as f64 / 1024.0
    );
    println!(
        "queue + drain: {:.1} s for {delivered} victims (target: 30 s for 30,000)",
        queue_time + drain_time
    );
    anyhow::ensure!(delivered == victims, "{delivered} of {victims} delivered");
    Ok(())
}

/// Victims spread over the nine languages and five countries, each
/// confirmed and consenting, each with the platform the campaign targets.
fn seed(
    conn: &mut db::DbConnection,
    n: usize,
    sealer: &fraudreport::seal::Sealer,
    keys: &Keys,
) -> anyhow::Result<()> {
    use db::schema::{indicators, reports};
    let countries = ["EE", "LV", "DE", "FI", "UA"];
    let now = chrono::Utc::now().naive_utc();
    db::write_transaction(conn, |c| {
        for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
            let rows: Vec<_> = chunk
                .iter()
                .map(|&i| {
                    (
                        reports::reference.eq(format!("BENCH{i:08}")),
                        reports::followup_key.eq((i as u64).to_be_bytes().to_vec()),
                        reports::created_at.eq(now),
                        reports::locale.eq(LANGUAGES[i % LANGUAGES.len()].code),
                        reports::contact_email
                            .eq(Some(sealer.seal(Email, &format!("victim{i}@example.org")))),
                        reports::address_key
                            .eq(Some(keys.address_key(&format!("victim{i}@example.org")))),
                        reports::residence_country.eq(countries[i % countries.len()]),
                        reports::platform_name.eq(Some("Crypto-Trade Pro")),
                        reports::consent_authority.eq(true),
                        reports::consent_warnings.eq(true),
                        reports::email_confirmed_at.eq(Some(now)),
                    )
                })
                .collect();
            let ids: Vec<i64> = match c {
                db::DbConnection::Sqlite(s) => diesel::insert_into(reports::table)
                    .values(&rows)
                    .returning(reports::id)
                    .get_results(s)?,
                db::DbConnection::Pg(p) => diesel::insert_into(reports::table)
                    .values(&rows)
                    .returning(reports::id)
                    .get_results(p)?,
            };
            let found: Vec<_> = ids
                .iter()
                .map(|id| {
                    (
                        indicators::report_id.eq(*id),
                        indicators::kind.eq("platform"),
                        indicators::typed.eq("Crypto-Trade Pro"),
                        indicators::normalised.eq("cryptotradepro"),
                    )
                })
                .collect();
            match c {
                db::DbConnection::Sqlite(s) => diesel::insert_into(indicators::table)
                    .values(&found)
                    .execute(s)?,
                db::DbConnection::Pg(p) => diesel::insert_into(indicators::table)
                    .values(&found)
                    .execute(p)?,
            };
        }
        Ok(())
    })?;
    Ok(())
}

/// An alert about the platform, with a text in every shipped language.
fn campaign_file() -> String {
    let mut file = String::from(
        "name = \"Benchmark: fake recovery lawyers\"\nfallback = \"en\"\n[target]\nplatform = \"Crypto-Trade Pro\"\n",
    );
    for language in LANGUAGES {
        file.push_str(&format!(
            "[text.{code}]\nsubject = \"[{code}] Fake lawyers are calling victims of Crypto-Trade Pro\"\nbody = \"\"\"\n[{code}] People who say they are lawyers call victims of Crypto-Trade Pro and ask for a fee to recover the money.\n\nNo lawyer or authority charges a fee before money is returned. Hang up and report the call.\n\"\"\"\n",
            code = language.code
        ));
    }
    file
}
