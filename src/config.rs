//! Typed settings: an optional TOML file, then `FRAUDREPORT_*` environment
//! overrides, checked as a whole before anything binds or connects.
//!
//! Every key of the file has an environment twin (`bind` ↔ `FRAUDREPORT_BIND`);
//! unknown keys in either place are errors, so a typo never silently falls
//! back to a default.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use url::Url;

use crate::web::client_ip::{ProxyHeader, TrustedProxies};

/// Environment variables read by other parts (not settings) that must not be
/// mistaken for unknown settings.
const NOT_SETTINGS: &[&str] = &["FRAUDREPORT_CONFIG", "FRAUDREPORT_TEST_POSTGRES_URL"];

/// All settings of a running service.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Address and port the web server listens on.
    pub bind: String,
    /// `sqlite://path` (embedded default) or `postgres://…`.
    pub database_url: Secret,
    /// `file://folder` writes .eml files; `smtp://` / `smtps://` sends.
    pub mail_url: Secret,
    /// Public URL of the service, used in links that leave the site (e-mails).
    pub base_url: String,
    /// Folder for the embedded defaults (secret key file).
    pub data_dir: PathBuf,
    /// Key for CSRF tokens and private links; generated into `data_dir` when unset.
    pub secret_key: Option<Secret>,
    /// Key (64 hex characters) sealing victims' contact details and stories;
    /// generated into `data_dir/data.key` when unset. Never in the database.
    pub data_key: Option<Secret>,
    /// Earlier data keys (comma-separated), kept to open values sealed
    /// before a rotation until `fraudreport keys rotate` has re-sealed them.
    pub data_keys_retired: Option<Secret>,
    /// Days after which a report's contact details and story are erased
    /// (its facts, payments and indicators stay); 0 keeps them.
    pub retention_days: u32,
    /// The prefix length that counts as one IPv6 client for rate limits.
    pub ipv6_client_prefix: u8,
    /// Report submissions per minute per client address; 0 switches the limit off.
    pub submit_rate_limit: u32,
    /// Public checks (`/{lang}/check`) per minute per client address; 0
    /// switches the limit off.
    pub check_rate_limit: u32,
    /// Checks through the API (`/api/v1/check`) per minute per token; 0
    /// switches the limit off.
    pub api_check_rate_limit: u32,
    /// Proxies whose forwarding header is believed.
    pub trusted_proxies: TrustedProxies,
    /// The header those proxies write: `x-forwarded-for` or `forwarded`.
    pub proxy_header: ProxyHeader,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Database connections in the pool.
    pub db_pool_size: u32,
    /// Largest number of reports committed in one transaction.
    pub write_batch_max: usize,
    /// A value held by more than this percentage of all reports stops
    /// linking cases (it would glue unrelated ones together)…
    pub linkage_common_percent: u32,
    /// …unless it is held by at most this many reports.
    pub linkage_common_floor: u32,
    /// Link each batch of reports as it is stored; off (for benchmarks
    /// and bulk imports), the next rebuild links them all from their
    /// indicators instead.
    pub linkage_at_intake: bool,
    /// HTTP worker threads; 0 means one per CPU core.
    pub http_workers: usize,
    /// Log filter (tracing `EnvFilter` syntax).
    pub log: String,
    /// The IP → country (or city) database, mmdb format.
    pub geoip_database: PathBuf,
    /// A header carrying the client's country set by a CDN in front of the
    /// service (e.g. `CF-IPCountry`); believed only from trusted proxies.
    pub country_header: Option<String>,
    /// A deployment's authority directory, extending the built-in one.
    pub authority_directory: Option<PathBuf>,
    /// Name of the coordination hub that receives unroutable cases.
    pub hub_name: String,
    /// Case-intake address of the coordination hub.
    pub hub_email: String,
    /// The sender of every e-mail, e.g. `Fraud reports <noreply@example.org>`.
    pub mail_from: String,
    /// Attempts to send one e-mail before it is marked failed.
    pub mail_max_attempts: u32,
    /// Wait after the first failed attempt, doubled after each further one.
    pub mail_retry_base_seconds: u64,
    /// Run the outbox worker inside `serve` (turn off on nodes that should not send).
    pub mail_worker: bool,
    /// Mails to one victim's address per 24 hours; more wait (0 = no limit).
    pub mail_daily_limit: u32,
    /// Messages the worker hands to the mail server at the same time.
    pub mail_concurrency: usize,
    /// Days after a report when its follow-up warnings go out (at most five,
    /// increasing; empty switches follow-ups off).
    pub followup_days: Vec<u32>,
    /// Portal passwords: argon2id memory per hash, in KiB.
    pub password_memory_kib: u32,
    /// Portal passwords: argon2id passes over that memory.
    pub password_iterations: u32,
    /// Portal passwords: hashes computed at the same time (the rest wait,
    /// then get "busy"), so a flood of logins cannot starve the public form.
    pub password_hashing_concurrency: usize,
    /// A portal session ends after this many minutes without a request.
    pub portal_idle_minutes: u32,
    /// A portal session ends this many hours after login, whatever happens.
    pub portal_session_hours: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: "127.0.0.1:8080".into(),
            database_url: Secret("sqlite://data/fraudreport.db".into()),
            mail_url: Secret("file://data/mail".into()),
            base_url: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            secret_key: None,
            data_key: None,
            data_keys_retired: None,
            retention_days: 730,
            ipv6_client_prefix: 64,
            submit_rate_limit: 10,
            check_rate_limit: 20,
            api_check_rate_limit: 600,
            trusted_proxies: TrustedProxies::default(),
            proxy_header: ProxyHeader::default(),
            max_body_bytes: 64 * 1024,
            db_pool_size: 8,
            write_batch_max: 256,
            linkage_common_percent: 5,
            linkage_common_floor: 100,
            linkage_at_intake: true,
            http_workers: 0,
            log: "info".into(),
            geoip_database: PathBuf::from("data/geoip/country.mmdb"),
            country_header: None,
            authority_directory: None,
            hub_name: "Coordination hub".into(),
            hub_email: String::new(),
            mail_from: "Fraud report service <noreply@localhost>".into(),
            mail_max_attempts: 12,
            mail_retry_base_seconds: 60,
            mail_worker: true,
            mail_daily_limit: 3,
            mail_concurrency: 8,
            followup_days: vec![3, 14, 45, 120, 365],
            password_memory_kib: 46 * 1024,
            password_iterations: 1,
            password_hashing_concurrency: 1,
            portal_idle_minutes: 30,
            portal_session_hours: 12,
        }
    }
}

/// A value that never prints: database URLs carry passwords, keys are keys.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

/// Everything wrong with a configuration, one sentence per problem.
#[derive(Debug)]
pub struct ConfigError(pub Vec<String>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.join("\n"))
    }
}

impl std::error::Error for ConfigError {}

impl Settings {
    /// Loads the optional file, applies the environment, validates the result.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Settings, ConfigError> {
        let mut settings = match file {
            Some(path) => Self::from_file(path)?,
            None => Settings::default(),
        };
        let mut problems = Vec::new();
        for (key, value) in env {
            if !key.starts_with("FRAUDREPORT_") || NOT_SETTINGS.contains(&key.as_str()) {
                continue;
            }
            if let Err(problem) = settings.apply_env(&key, &value) {
                problems.push(problem);
            }
        }
        problems.extend(settings.problems());
        if problems.is_empty() {
            Ok(settings)
        } else {
            Err(ConfigError(problems))
        }
    }

    fn from_file(path: &Path) -> Result<Settings, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigError(vec![format!(
                "The settings file {} cannot be read: {e}.",
                path.display()
            )])
        })?;
        toml::from_str(&text).map_err(|e| {
            let msg = e.message().trim_end_matches('.');
            ConfigError(vec![format!(
                "The settings file {} is not valid: {msg}.",
                path.display()
            )])
        })
    }

    fn apply_env(&mut self, key: &str, value: &str) -> Result<(), String> {
        let name = &key["FRAUDREPORT_".len()..];
        let number = |v: &str| -> Result<u64, String> {
            v.trim()
                .parse()
                .map_err(|_| format!("{key} must be a whole number, not {v:?}."))
        };
        match name {
            "BIND" => self.bind = value.into(),
            "DATABASE_URL" => self.database_url = Secret(value.into()),
            "MAIL_URL" => self.mail_url = Secret(value.into()),
            "BASE_URL" => self.base_url = value.into(),
            "DATA_DIR" => self.data_dir = value.into(),
            "SECRET_KEY" => self.secret_key = Some(Secret(value.into())),
            "DATA_KEY" => self.data_key = Some(Secret(value.into())),
            "DATA_KEYS_RETIRED" => self.data_keys_retired = Some(Secret(value.into())),
            "RETENTION_DAYS" => self.retention_days = clamp(key, number(value)?)?,
            "IPV6_CLIENT_PREFIX" => self.ipv6_client_prefix = clamp(key, number(value)?)?,
            "SUBMIT_RATE_LIMIT" => self.submit_rate_limit = clamp(key, number(value)?)?,
            "CHECK_RATE_LIMIT" => self.check_rate_limit = clamp(key, number(value)?)?,
            "API_CHECK_RATE_LIMIT" => self.api_check_rate_limit = clamp(key, number(value)?)?,
            "TRUSTED_PROXIES" => {
                self.trusted_proxies = value.parse().map_err(|e| format!("{key}: {e}."))?
            }
            "PROXY_HEADER" => {
                self.proxy_header = value.parse().map_err(|e| format!("{key}: {e}."))?
            }
            "MAX_BODY_BYTES" => self.max_body_bytes = clamp(key, number(value)?)?,
            "DB_POOL_SIZE" => self.db_pool_size = clamp(key, number(value)?)?,
            "WRITE_BATCH_MAX" => self.write_batch_max = clamp(key, number(value)?)?,
            "LINKAGE_COMMON_PERCENT" => self.linkage_common_percent = clamp(key, number(value)?)?,
            "LINKAGE_COMMON_FLOOR" => self.linkage_common_floor = clamp(key, number(value)?)?,
            "LINKAGE_AT_INTAKE" => self.linkage_at_intake = boolean(key, value)?,
            "HTTP_WORKERS" => self.http_workers = clamp(key, number(value)?)?,
            "LOG" => self.log = value.into(),
            "GEOIP_DATABASE" => self.geoip_database = value.into(),
            "COUNTRY_HEADER" => {
                self.country_header = Some(value.into()).filter(|v: &String| !v.is_empty())
            }
            "AUTHORITY_DIRECTORY" => self.authority_directory = Some(value.into()),
            "HUB_NAME" => self.hub_name = value.into(),
            "HUB_EMAIL" => self.hub_email = value.into(),
            "MAIL_FROM" => self.mail_from = value.into(),
            "MAIL_MAX_ATTEMPTS" => self.mail_max_attempts = clamp(key, number(value)?)?,
            "MAIL_RETRY_BASE_SECONDS" => self.mail_retry_base_seconds = number(value)?,
            "MAIL_WORKER" => self.mail_worker = boolean(key, value)?,
            "MAIL_DAILY_LIMIT" => self.mail_daily_limit = clamp(key, number(value)?)?,
            "MAIL_CONCURRENCY" => self.mail_concurrency = clamp(key, number(value)?)?,
            "FOLLOWUP_DAYS" => {
                self.followup_days = value
                    .split(',')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(|d| clamp(key, number(d)?))
                    .collect::<Result<_, _>>()?
            }
            "PASSWORD_MEMORY_KIB" => self.password_memory_kib = clamp(key, number(value)?)?,
            "PASSWORD_ITERATIONS" => self.password_iterations = clamp(key, number(value)?)?,
            "PASSWORD_HASHING_CONCURRENCY" => {
                self.password_hashing_concurrency = clamp(key, number(value)?)?
            }
            "PORTAL_IDLE_MINUTES" => self.portal_idle_minutes = clamp(key, number(value)?)?,
            "PORTAL_SESSION_HOURS" => self.portal_session_hours = clamp(key, number(value)?)?,
            _ => return Err(format!("{key} is not a known setting (see the README).")),
        }
        Ok(())
    }

    /// Cross-field and format checks, one sentence each.
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.bind.parse::<SocketAddr>().is_err() {
            p.push(format!(
                "bind (FRAUDREPORT_BIND) must be an address:port such as 127.0.0.1:8080, not {:?}.",
                self.bind
            ));
        }
        if let Err(e) = crate::db::Backend::from_url(self.database_url.expose()) {
            p.push(format!("database_url (FRAUDREPORT_DATABASE_URL): {e}"));
        }
        let mail = self.mail_url.expose();
        if !["file://", "smtp://", "smtps://"]
            .iter()
            .any(|s| mail.starts_with(s))
        {
            p.push(
                "mail_url (FRAUDREPORT_MAIL_URL) must start with file://, smtp:// or smtps://."
                    .into(),
            );
        }
        p.extend(unprotected_mail(mail));
        if let Some(key) = &self.data_key
            && let Err(e) =
                crate::seal::KeyRing::from_settings(key.expose(), self.data_keys_retired.as_ref())
        {
            p.push(format!(
                "data_key (FRAUDREPORT_DATA_KEY) or data_keys_retired: {e}; `openssl rand -hex 32` makes one."
            ));
        }
        if self.data_key.is_none() && self.database_url.expose().starts_with("postgres") {
            p.push("data_key (FRAUDREPORT_DATA_KEY) must be set when the database is PostgreSQL, so that every node shares it (and it is not kept beside one node's files).".into());
        }
        if !(32..=128).contains(&self.ipv6_client_prefix) {
            p.push("ipv6_client_prefix (FRAUDREPORT_IPV6_CLIENT_PREFIX) must be between 32 and 128 (64 counts one home or phone network as one client).".into());
        }
        match Url::parse(&self.base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
            _ => p.push(format!(
                "base_url (FRAUDREPORT_BASE_URL) must be an absolute http(s) URL such as https://report.example.org, not {:?}.",
                self.base_url
            )),
        }
        if let Some(key) = &self.secret_key
            && key.expose().len() < 32
        {
            p.push(
                "secret_key (FRAUDREPORT_SECRET_KEY) must be at least 32 characters long.".into(),
            );
        }
        if self.secret_key.is_none() && self.database_url.expose().starts_with("postgres") {
            p.push("secret_key (FRAUDREPORT_SECRET_KEY) must be set when the database is PostgreSQL, so that every node shares it.".into());
        }
        if self.max_body_bytes < 16 * 1024 {
            p.push("max_body_bytes (FRAUDREPORT_MAX_BODY_BYTES) must be at least 16384: a full report does not fit in less.".into());
        }
        if self.password_memory_kib < 19 * 1024 || self.password_iterations == 0 {
            p.push("password_memory_kib (FRAUDREPORT_PASSWORD_MEMORY_KIB) must be at least 19456 and password_iterations at least 1 (OWASP's minimum for argon2id).".into());
        }
        if self.password_hashing_concurrency == 0 {
            p.push("password_hashing_concurrency (FRAUDREPORT_PASSWORD_HASHING_CONCURRENCY) must be at least 1.".into());
        }
        if self.portal_idle_minutes == 0 || self.portal_session_hours == 0 {
            p.push("portal_idle_minutes and portal_session_hours must be at least 1.".into());
        }
        if self.db_pool_size == 0 {
            p.push("db_pool_size (FRAUDREPORT_DB_POOL_SIZE) must be at least 1.".into());
        }
        if self.write_batch_max == 0 {
            p.push("write_batch_max (FRAUDREPORT_WRITE_BATCH_MAX) must be at least 1.".into());
        }
        if !(1..=100).contains(&self.linkage_common_percent) {
            p.push("linkage_common_percent (FRAUDREPORT_LINKAGE_COMMON_PERCENT) must be between 1 and 100.".into());
        }
        if let Some(path) = &self.authority_directory
            && !path.is_file()
        {
            p.push(format!(
                "authority_directory (FRAUDREPORT_AUTHORITY_DIRECTORY) names {}, which is not a readable file.",
                path.display()
            ));
        }
        if self.mail_from.parse::<lettre::message::Mailbox>().is_err() {
            p.push(format!(
                "mail_from (FRAUDREPORT_MAIL_FROM) must be an address such as \"Fraud reports <noreply@example.org>\", not {:?}.",
                self.mail_from
            ));
        }
        if self.mail_max_attempts == 0 {
            p.push("mail_max_attempts (FRAUDREPORT_MAIL_MAX_ATTEMPTS) must be at least 1.".into());
        }
        if self.mail_concurrency == 0 {
            p.push("mail_concurrency (FRAUDREPORT_MAIL_CONCURRENCY) must be at least 1.".into());
        }
        let increasing = self.followup_days.windows(2).all(|w| w[0] < w[1]);
        let fits = self.followup_days.len() <= crate::notify::messages::FOLLOWUP_MESSAGES;
        if !increasing || !fits || self.followup_days.first() == Some(&0) {
            p.push(format!(
                "followup_days (FRAUDREPORT_FOLLOWUP_DAYS) must be at most {} increasing numbers of days above 0, such as 3,14,45,120,365, not {:?}.",
                crate::notify::messages::FOLLOWUP_MESSAGES,
                self.followup_days
            ));
        }
        if self.hub_name.trim().is_empty() {
            p.push("hub_name (FRAUDREPORT_HUB_NAME) must not be empty.".into());
        }
        if let Err(e) = tracing_subscriber::EnvFilter::try_new(&self.log) {
            p.push(format!("log (FRAUDREPORT_LOG) is not a valid filter: {e}."));
        }
        p
    }

    /// The settings as `check-config` prints them, secrets masked.
    pub fn describe(&self) -> String {
        let masked_db = mask_url_secrets(self.database_url.expose());
        let masked_mail = mask_url_secrets(self.mail_url.expose());
        let key = match &self.secret_key {
            Some(_) => "*** (set)".to_string(),
            None => format!("*** (kept in {})", self.secret_key_path().display()),
        };
        let data_key = match &self.data_key {
            Some(_) => "*** (set)".to_string(),
            None => format!("*** (kept in {})", self.data_key_path().display()),
        };
        let retired = match &self.data_keys_retired {
            Some(_) => "*** (set)",
            None => "",
        };
        [
            ("bind", self.bind.clone()),
            ("database_url", masked_db),
            ("mail_url", masked_mail),
            ("base_url", self.base_url.clone()),
            ("data_dir", self.data_dir.display().to_string()),
            ("secret_key", key),
            ("data_key", data_key),
            ("data_keys_retired", retired.to_string()),
            ("retention_days", self.retention_days.to_string()),
            ("ipv6_client_prefix", self.ipv6_client_prefix.to_string()),
            ("submit_rate_limit", self.submit_rate_limit.to_string()),
            ("check_rate_limit", self.check_rate_limit.to_string()),
            (
                "api_check_rate_limit",
                self.api_check_rate_limit.to_string(),
            ),
            ("trusted_proxies", self.trusted_proxies.to_string()),
            ("proxy_header", self.proxy_header.to_string()),
            ("max_body_bytes", self.max_body_bytes.to_string()),
            ("db_pool_size", self.db_pool_size.to_string()),
            ("write_batch_max", self.write_batch_max.to_string()),
            (
                "linkage_common_percent",
                self.linkage_common_percent.to_string(),
            ),
            (
                "linkage_common_floor",
                self.linkage_common_floor.to_string(),
            ),
            ("linkage_at_intake", self.linkage_at_intake.to_string()),
            ("http_workers", self.http_workers.to_string()),
            ("log", self.log.clone()),
            ("geoip_database", self.geoip_database.display().to_string()),
            (
                "country_header",
                self.country_header.clone().unwrap_or_default(),
            ),
            (
                "authority_directory",
                self.authority_directory
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
            ("hub_name", self.hub_name.clone()),
            ("hub_email", self.hub_email.clone()),
            ("mail_from", self.mail_from.clone()),
            ("mail_max_attempts", self.mail_max_attempts.to_string()),
            (
                "mail_retry_base_seconds",
                self.mail_retry_base_seconds.to_string(),
            ),
            ("mail_worker", self.mail_worker.to_string()),
            ("mail_daily_limit", self.mail_daily_limit.to_string()),
            ("mail_concurrency", self.mail_concurrency.to_string()),
            (
                "followup_days",
                self.followup_days
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ]
        .iter()
        .map(|(k, v)| format!("{k} = {v}\n"))
        .collect()
    }

    /// Where the generated secret key lives when none is configured.
    pub fn secret_key_path(&self) -> PathBuf {
        self.data_dir.join("secret.key")
    }

    /// Where the generated data keys live when none is configured.
    pub fn data_key_path(&self) -> PathBuf {
        self.data_dir.join("data.key")
    }
}

fn clamp<T: TryFrom<u64>>(key: &str, n: u64) -> Result<T, String> {
    T::try_from(n).map_err(|_| format!("{key} is too large."))
}

/// `true`, `1`, `yes` or `false`, `0`, `no`.
fn boolean(key: &str, value: &str) -> Result<bool, String> {
    match value.trim() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(format!("{key} must be true or false, not {value:?}.")),
    }
}

/// Query parameters that carry secrets (`?password=…`, `?sslpassword=…`).
fn is_secret_parameter(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["pass", "secret", "token", "key", "auth", "credential"]
        .iter()
        .any(|word| name.contains(word))
}

/// `postgres://user:pw@host/db?password=x` → `postgres://user:***@host/db?password=***`.
/// A value that is not a URL is masked whole: it cannot be told apart.
fn mask_url_secrets(raw: &str) -> String {
    let Ok(mut u) = Url::parse(raw) else {
        return "*** (not a URL)".into();
    };
    if u.password().is_some() {
        let _ = u.set_password(Some("***"));
    }
    let pairs: Vec<(String, String)> = u
        .query_pairs()
        .map(|(k, v)| {
            let v = if is_secret_parameter(&k) {
                "***".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if !pairs.is_empty() {
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    u.to_string().replace("%2A%2A%2A", "***")
}

/// An SMTP URL that would send passwords or victims' mail unprotected:
/// credentials without required STARTTLS or implicit TLS, or a server
/// beyond this host without TLS (unless `?tls=none` says that is meant,
/// for a relay on a private network).
fn unprotected_mail(raw: &str) -> Option<String> {
    let url = Url::parse(raw).ok().filter(|u| u.scheme() == "smtp")?;
    let tls = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    let protected = matches!(tls.as_deref(), Some("starttls" | "required"));
    let credentials = !url.username().is_empty() || url.password().is_some();
    let loopback = match url.host() {
        // smtp: is not a "special" scheme: its hosts, addresses too, come as text.
        Some(url::Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost")
                || d.trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if credentials && !protected {
        return Some("mail_url (FRAUDREPORT_MAIL_URL) carries a user name or password over smtp:// without ?tls=starttls: use ?tls=starttls or smtps:// so they never cross the network in clear.".into());
    }
    if !loopback && !protected && tls.as_deref() != Some("none") {
        return Some("mail_url (FRAUDREPORT_MAIL_URL) sends to a server beyond this host without TLS: add ?tls=starttls, use smtps://, or, for a relay on a private network, say so with ?tls=none.".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_valid_and_use_the_embedded_backends() {
        let s = Settings::load(None, env(&[])).expect("defaults load");
        assert_eq!(s.bind, "127.0.0.1:8080");
        assert_eq!(s.database_url.expose(), "sqlite://data/fraudreport.db");
        assert_eq!(s.mail_url.expose(), "file://data/mail");
    }

    #[test]
    fn environment_overrides_the_defaults() {
        let s = Settings::load(
            None,
            env(&[
                ("FRAUDREPORT_BIND", "0.0.0.0:9000"),
                ("FRAUDREPORT_SUBMIT_RATE_LIMIT", "0"),
            ]),
        )
        .expect("loads");
        assert_eq!(s.bind, "0.0.0.0:9000");
        assert_eq!(s.submit_rate_limit, 0);
    }

    #[test]
    fn an_unknown_variable_and_a_bad_bind_are_each_reported() {
        let err = Settings::load(
            None,
            env(&[("FRAUDREPORT_BINDD", "x"), ("FRAUDREPORT_BIND", "nowhere")]),
        )
        .expect_err("must fail");
        assert_eq!(err.0.len(), 2, "{err}");
        assert!(err.0[0].contains("FRAUDREPORT_BINDD is not a known setting"));
        assert!(err.0[1].contains("address:port"));
    }

    #[test]
    fn an_unknown_key_in_the_file_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.toml");
        std::fs::write(&path, "bind = \"127.0.0.1:1\"\ncolour = \"red\"\n").expect("write");
        let err = Settings::load(Some(&path), env(&[])).expect_err("must fail");
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn postgres_without_a_shared_secret_key_is_refused() {
        // (the data key is missing too: each problem has its own sentence)
        let err = Settings::load(
            None,
            env(&[("FRAUDREPORT_DATABASE_URL", "postgres://u@localhost/db")]),
        )
        .expect_err("must fail");
        assert!(err.to_string().contains("FRAUDREPORT_SECRET_KEY"), "{err}");
    }

    #[test]
    fn the_description_masks_passwords() {
        let s = Settings::load(
            None,
            env(&[
                (
                    "FRAUDREPORT_DATABASE_URL",
                    "postgres://u:hunter2@localhost/db",
                ),
                ("FRAUDREPORT_SECRET_KEY", "0123456789abcdef0123456789abcdef"),
                ("FRAUDREPORT_DATA_KEY", DATA_KEY),
                (
                    "FRAUDREPORT_MAIL_URL",
                    "smtps://mailer:s3cret@mail.example.org:465?password=qwerty&auth_token=zzz&x=1",
                ),
            ]),
        )
        .expect("loads");
        let text = s.describe();
        for secret in [
            "hunter2",
            "0123456789abcdef",
            "s3cret",
            "qwerty",
            "zzz",
            &DATA_KEY[..16],
        ] {
            assert!(!text.contains(secret), "{secret} shows in:\n{text}");
        }
        assert!(text.contains("postgres://u:***@localhost/db"));
        assert!(text.contains("password=***"), "{text}");
        assert!(text.contains("x=1"), "other parameters stay readable");
    }

    const DATA_KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    #[test]
    fn postgres_without_a_shared_data_key_is_refused() {
        let err = Settings::load(
            None,
            env(&[
                ("FRAUDREPORT_DATABASE_URL", "postgres://u@localhost/db"),
                ("FRAUDREPORT_SECRET_KEY", "0123456789abcdef0123456789abcdef"),
            ]),
        )
        .expect_err("must fail");
        assert!(err.to_string().contains("FRAUDREPORT_DATA_KEY"), "{err}");
        let short = Settings::load(None, env(&[("FRAUDREPORT_DATA_KEY", "abcd")]));
        assert!(short.expect_err("must fail").to_string().contains("64 hex"));
    }

    #[test]
    fn mail_that_would_cross_the_network_in_clear_is_refused() {
        let refused = [
            "smtp://user:pw@127.0.0.1:25",
            "smtp://user:pw@mail.example.org:587?tls=opportunistic",
            "smtp://user:pw@mail.example.org:25?tls=none",
            "smtp://mail.example.org:25",
            "smtp://mail.example.org:25?tls=opportunistic",
        ];
        for url in refused {
            let err = Settings::load(None, env(&[("FRAUDREPORT_MAIL_URL", url)]));
            let err = err.expect_err(url).to_string();
            assert!(err.contains("FRAUDREPORT_MAIL_URL"), "{url}: {err}");
            assert_eq!(err.lines().count(), 1, "one sentence: {err}");
        }
        let accepted = [
            "smtp://127.0.0.1:2525",
            "smtp://localhost:25",
            "smtp://user:pw@mail.example.org:587?tls=starttls",
            "smtps://user:pw@mail.example.org:465",
            "smtp://relay.internal:25?tls=none",
            "file://data/mail",
        ];
        for url in accepted {
            Settings::load(None, env(&[("FRAUDREPORT_MAIL_URL", url)])).expect(url);
        }
    }
}
