//! Spawning the app, its throwaway database, and form helpers.

use std::path::PathBuf;

use diesel::prelude::*;
use fraudreport::config::{Secret, Settings};
use fraudreport::db::{Backend, DbConnection, schema};
use fraudreport::keys::Keys;
use fraudreport::seal::{Field, KeyRing, Sealer};
use fraudreport::startup::Application;
use tempfile::TempDir;

/// The backends to run each test on.
pub fn backends() -> Vec<TestBackend> {
    let mut list = vec![TestBackend::Sqlite];
    if let Ok(url) = std::env::var("FRAUDREPORT_TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        list.push(TestBackend::Postgres(url));
    }
    list
}

#[derive(Clone, Debug)]
pub enum TestBackend {
    Sqlite,
    /// The admin URL of a server where the test may create databases.
    Postgres(String),
}

impl TestBackend {
    /// `sqlite` or `postgres`, for file names.
    pub fn label(&self) -> &'static str {
        match self {
            TestBackend::Sqlite => "sqlite",
            TestBackend::Postgres(_) => "postgres",
        }
    }
}

/// A database that exists for one test only.
pub struct TestDb {
    pub url: String,
    admin: Option<(String, String)>,
}

impl TestDb {
    pub fn create(backend: &TestBackend, dir: &TempDir) -> TestDb {
        match backend {
            TestBackend::Sqlite => {
                let path: PathBuf = dir.path().join("db").join("test.db");
                TestDb {
                    url: format!("sqlite://{}", path.display()),
                    admin: None,
                }
            }
            TestBackend::Postgres(admin_url) => {
                let name = format!("fraudreport_test_{}", fraudreport::keys::random_hex(8));
                let mut admin = Backend::from_url(admin_url)
                    .expect("admin url")
                    .establish()
                    .expect("admin connection");
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .expect("create database");
                let mut url = url::Url::parse(admin_url).expect("url");
                url.set_path(&name);
                TestDb {
                    url: url.to_string(),
                    admin: Some((admin_url.clone(), name)),
                }
            }
        }
    }

    /// A connection for checking what was stored.
    pub fn conn(&self) -> DbConnection {
        Backend::from_url(&self.url)
            .expect("url")
            .establish()
            .expect("connect")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = &self.admin
            && let Ok(mut admin) = Backend::from_url(admin_url).expect("url").establish()
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
    }
}

/// A running application.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: TestDb,
    pub settings: Settings,
    /// Holds the SQLite file, the data folder and the mail folder.
    _dir: TempDir,
}

/// A report's keyed hashes of the browser and network it came from.
pub type OriginKeys = (Option<Vec<u8>>, Option<Vec<u8>>);

/// Options a test may change before spawning.
#[derive(Default)]
pub struct Options {
    pub rate_limit: u32,
    /// `FRAUDREPORT_TRUSTED_PROXIES`, e.g. "127.0.0.1".
    pub trusted_proxies: Option<&'static str>,
    /// `FRAUDREPORT_COUNTRY_HEADER`, e.g. "CF-IPCountry".
    pub country_header: Option<&'static str>,
    /// `FRAUDREPORT_MAIL_URL`; a mail folder in the test's directory when absent.
    pub mail_url: Option<String>,
    /// Leave the app without its own outbox worker (the test drives one).
    pub no_worker: bool,
    /// Any other change to the settings.
    pub adjust: Option<fn(&mut Settings)>,
}

/// The keys every test app shares (so that two apps or a test-driven
/// worker on one database read each other's sealed values).
pub const TEST_SECRET_KEY: &str = "test-key-test-key-test-key-test-key";
pub const TEST_DATA_KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// Opens and seals values as the test apps do.
pub fn test_sealer() -> Sealer {
    Sealer::from_ring(KeyRing::from_settings(TEST_DATA_KEY, None).expect("key"))
}

/// The blind index of an address, as the test apps compute it.
pub fn address_key(address: &str) -> Vec<u8> {
    Keys::from_bytes(TEST_SECRET_KEY.as_bytes()).address_key(address)
}

/// Opens a sealed value of a test app.
pub fn open(field: Field, sealed: &[u8]) -> String {
    test_sealer()
        .open(field, sealed)
        .expect("opens with the test key")
}

/// Where the test geolocation database puts some addresses.
pub const IP_HESSE: &str = "141.90.1.2";
pub const IP_ESTONIA_V6: &str = "2001:7d0::1";

/// Writes a small MaxMind-layout City database: 141.90.0.0/16 is Hesse,
/// Germany; 193.40.0.0/16 and 2001:7d0::/32 are Estonia.
fn write_test_geoip(path: &std::path::Path) {
    use mmdb_writer::{IpVersion, Writer};
    use std::collections::BTreeMap;
    #[derive(serde::Serialize)]
    struct City {
        country: BTreeMap<&'static str, &'static str>,
        subdivisions: Vec<BTreeMap<&'static str, &'static str>>,
    }
    let mut w = Writer::builder("fraudreport-test-city")
        .description(&[("en", "test")])
        .ip_version(IpVersion::V6)
        .build();
    let hesse = City {
        country: BTreeMap::from([("iso_code", "DE")]),
        subdivisions: vec![BTreeMap::from([("iso_code", "HE")])],
    };
    let estonia = City {
        country: BTreeMap::from([("iso_code", "EE")]),
        subdivisions: vec![],
    };
    let net = |s: &str| s.parse::<mmdb_writer::ipnet::IpNet>().expect("net");
    w.insert(net("141.90.0.0/16"), &hesse).expect("insert");
    w.insert(net("193.40.0.0/16"), &estonia).expect("insert");
    w.insert(net("2001:7d0::/32"), &estonia).expect("insert");
    std::fs::write(path, w.to_bytes().expect("bytes")).expect("write");
}

pub async fn spawn_app(backend: &TestBackend) -> TestApp {
    spawn_app_with(backend, Options::default()).await
}

/// An app whose outbox is left alone (the test reads or drives it).
pub async fn spawn_app_without_worker(backend: &TestBackend) -> TestApp {
    let options = Options {
        no_worker: true,
        ..Options::default()
    };
    spawn_app_with(backend, options).await
}

/// The settings of a test app whose files live in `dir`.
pub fn test_settings(db_url: &str, dir: &std::path::Path, options: &Options) -> Settings {
    let geoip_database = dir.join("geo.mmdb");
    if !geoip_database.exists() {
        write_test_geoip(&geoip_database);
    }
    let default_mail = format!("file://{}", dir.join("mail").display());
    let mut settings = Settings {
        mail_url: Secret::new(options.mail_url.clone().unwrap_or(default_mail)),
        // Retry at once, and keep trying: tests control the mail server.
        mail_retry_base_seconds: 0,
        mail_max_attempts: 10_000,
        geoip_database,
        trusted_proxies: options
            .trusted_proxies
            .unwrap_or("")
            .parse()
            .expect("proxies"),
        country_header: options.country_header.map(str::to_string),
        bind: "127.0.0.1:0".into(),
        database_url: Secret::new(db_url),
        base_url: "https://report.example.org".into(),
        data_dir: dir.join("data"),
        secret_key: Some(Secret::new(TEST_SECRET_KEY)),
        data_key: Some(Secret::new(TEST_DATA_KEY)),
        submit_rate_limit: options.rate_limit,
        http_workers: 1,
        db_pool_size: 2,
        mail_worker: !options.no_worker,
        // OWASP's cheapest argon2id: tests log in often and in parallel.
        password_memory_kib: 19 * 1024,
        password_iterations: 2,
        password_hashing_concurrency: 2,
        ..Settings::default()
    };
    if let Some(adjust) = options.adjust {
        adjust(&mut settings);
    }
    settings
}

pub async fn spawn_app_with(backend: &TestBackend, options: Options) -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = TestDb::create(backend, &dir);
    let settings = test_settings(&db.url, dir.path(), &options);
    let app = Application::build(&settings).expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        db,
        settings,
        _dir: dir,
    }
}

/// The hidden fields a rendered form carries.
pub struct FormTokens {
    pub csrf_token: String,
    pub submission_id: String,
}

/// The value of `<input … name="NAME" value="…">` in a page.
pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

/// Escapes text the way the templates do, to find it in a page.
pub fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_text(&self, path: &str) -> String {
        self.get(path).await.text().await.expect("body")
    }

    /// Opens the form (setting the CSRF cookie) and reads its tokens.
    pub async fn open_form(&self, lang: &str) -> FormTokens {
        let html = self.get_text(&format!("/{lang}/report")).await;
        FormTokens {
            csrf_token: hidden_value(&html, "csrf_token").expect("csrf token"),
            submission_id: hidden_value(&html, "submission_id").expect("submission id"),
        }
    }

    /// Posts fields as the browser would, with the tokens of `tokens`.
    pub async fn post_with(
        &self,
        lang: &str,
        tokens: &FormTokens,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut body: Vec<(&str, &str)> = vec![
            ("csrf_token", &tokens.csrf_token),
            ("submission_id", &tokens.submission_id),
        ];
        body.extend_from_slice(fields);
        let r = self
            .client
            .post(format!("{}/{lang}/report", self.address))
            .form(&body)
            .send()
            .await
            .expect("request");
        self.linked_if_stored(&r).await;
        r
    }

    /// Waits until the report writer has linked every stored report (it
    /// does so right after intake pauses); gives up after ten seconds.
    pub async fn linked(&self) {
        use fraudreport::db::schema::link_queue;
        for _ in 0..1000 {
            let left = link_queue::table
                .count()
                .get_result::<i64>(&mut self.db.conn());
            // A test that broke its database has nothing more to link.
            if !matches!(left, Ok(n) if n > 0) {
                return;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("reports still wait to be linked after ten seconds");
    }

    /// After an accepted report (303), what a test reads next sees it
    /// linked, as anyone a moment later would.
    async fn linked_if_stored(&self, r: &reqwest::Response) {
        if r.status() == reqwest::StatusCode::SEE_OTHER {
            self.linked().await;
        }
    }

    /// Opens a fresh form and submits it (in English) as if from `ip`,
    /// through a proxy that forwards the address.
    pub async fn post_report_from(&self, ip: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let tokens = self.open_form("en").await;
        let mut body: Vec<(&str, &str)> = vec![
            ("csrf_token", &tokens.csrf_token),
            ("submission_id", &tokens.submission_id),
        ];
        body.extend_from_slice(fields);
        let r = self
            .client
            .post(format!("{}/en/report", self.address))
            .header("x-forwarded-for", ip)
            .form(&body)
            .send()
            .await
            .expect("request");
        self.linked_if_stored(&r).await;
        r
    }

    /// Opens a fresh form and submits it.
    pub async fn post_report(&self, lang: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let tokens = self.open_form(lang).await;
        self.post_with(lang, &tokens, fields).await
    }

    /// The details of the audit log's entries of `action`, oldest first.
    pub fn audited(&self, action: &str) -> Vec<String> {
        use fraudreport::db::schema::audit_log;
        audit_log::table
            .filter(audit_log::action.eq(action))
            .order(audit_log::id)
            .select(audit_log::detail)
            .load(&mut self.db.conn())
            .expect("audit log")
    }

    /// The SQLite database and its WAL, as files on disk.
    pub fn sqlite_files(&self) -> Vec<PathBuf> {
        let path = PathBuf::from(self.db.url.trim_start_matches("sqlite://"));
        let wal = path.with_extension("db-wal");
        [path, wal].into_iter().filter(|p| p.exists()).collect()
    }

    /// Reports whose address is confirmed.
    pub fn count_confirmed(&self) -> i64 {
        use fraudreport::db::schema::reports;
        reports::table
            .filter(reports::email_confirmed_at.is_not_null())
            .count()
            .get_result(&mut self.db.conn())
            .expect("count")
    }

    pub fn count_reports(&self) -> i64 {
        schema::reports::table
            .count()
            .get_result(&mut self.db.conn())
            .expect("count")
    }

    pub fn count_all_rows(&self) -> i64 {
        let mut c = self.db.conn();
        let r: i64 = schema::reports::table
            .count()
            .get_result(&mut c)
            .expect("count");
        let p: i64 = schema::payments::table
            .count()
            .get_result(&mut c)
            .expect("count");
        let i: i64 = schema::indicators::table
            .count()
            .get_result(&mut c)
            .expect("count");
        let o: i64 = schema::outbox::table
            .count()
            .get_result(&mut c)
            .expect("count");
        r + p + i + o
    }
}

/// Form fields as name/value pairs.
pub type Fields = Vec<(&'static str, &'static str)>;

/// A complete, valid report (Estonian resident).
pub fn valid_report() -> Vec<(&'static str, &'static str)> {
    vec![
        ("contact_email", "Victim@Example.org"),
        ("contact_phone", "5123 4567"),
        ("residence_country", "EE"),
        ("first_contact_channel", "social-media"),
        ("first_contact_date", "2024-03-31"),
        ("platform_name", "Crypto-Trade Pro"),
        (
            "websites",
            "https://www.Trade-Example.com/login\ntrade-example.com\n",
        ),
        ("caller_names", "Anna Smith\n  anna   smith "),
        ("scam_phones", "+44 20 7946 0000"),
        ("scam_emails", "Support@Trade-Example.com"),
        ("remote_access", "yes"),
        ("payment-0-date", "2024-04-02"),
        ("payment-0-amount", "1 500,50"),
        ("payment-0-currency", "eur"),
        ("payment-0-method", "bank-transfer"),
        ("payment-0-destination", "de89 3704 0044 0532 0130 00"),
        ("payment-1-date", "2024-04-20"),
        ("payment-1-amount", "2500"),
        ("payment-1-currency", "USD"),
        ("payment-1-method", "crypto"),
        (
            "payment-1-destination",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        ),
        ("recovery_approach", "yes"),
        (
            "story",
            "They called me & said <profits> were \"guaranteed\".",
        ),
        ("consent_authority", "yes"),
        ("consent_warnings", "yes"),
    ]
}

/// `fields` with `name` set to `value` (added when absent).
pub fn with(
    fields: &[(&'static str, &'static str)],
    name: &'static str,
    value: &'static str,
) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = fields.iter().filter(|(k, _)| *k != name).copied().collect();
    out.push((name, value));
    out
}

/// `fields` without `name`.
pub fn without(
    fields: &[(&'static str, &'static str)],
    name: &str,
) -> Vec<(&'static str, &'static str)> {
    fields.iter().filter(|(k, _)| *k != name).copied().collect()
}

/// Adds `n` bare copies of report `original` (its routing and dates, no
/// payments or indicators), referenced `{prefix}0000000`, `{prefix}0000001`…
pub fn copy_report(
    c: &mut fraudreport::db::DbConnection,
    original: i64,
    prefix: &str,
    n: usize,
) -> diesel::QueryResult<()> {
    use diesel::RunQueryDsl;
    use diesel::sql_types::{BigInt, Binary, Text};
    for i in 0..n {
        diesel::sql_query(
            "INSERT INTO reports (reference, followup_key, created_at, locale, \
             residence_country, consent_authority, consent_warnings, authority_id, \
             routed_to, routing_reason) SELECT $1, $2, created_at, locale, \
             residence_country, consent_authority, consent_warnings, authority_id, \
             routed_to, routing_reason FROM reports WHERE id = $3",
        )
        .bind::<Text, _>(format!("{prefix}{i:07}"))
        .bind::<Binary, _>(format!("{prefix}-{i}").into_bytes())
        .bind::<BigInt, _>(original)
        .execute(c)?;
    }
    Ok(())
}

/// A directory file for the Estonian police with an intake address, and
/// `more` (TOML lines of the same entry) after it.
pub fn estonia_with_intake(more: &str) -> String {
    format!(
        r#"
[[authority]]
id = "ee-ppa"
country = "EE"
regions = []
routes = true
name_local = "Politsei- ja Piirivalveamet"
name_en = "Police and Border Guard Board"
website = "https://www.politsei.ee"
report_url = "https://www.politsei.ee/en/reporting-a-crime"
report_how = ""
phone = "+372 612 3000"
languages = ["et", "en"]
confidence = "V"
checked = "2026-11-25"
sources = ["https://www.politsei.ee"]
intake_email = "cases@politsei.example"
{more}"#
    )
}
