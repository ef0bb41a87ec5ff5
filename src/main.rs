//! The `fraudreport` command: serve, migrate, or check the configuration.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fraudreport::config::Settings;
use fraudreport::domain::{CountryCode, country};
use std::sync::Arc;

use fraudreport::geo::{GeoIp, install};
use fraudreport::i18n::Locales;
use fraudreport::notify::worker::Worker;
use fraudreport::routing::{Directory, route};
use fraudreport::startup::Application;
use fraudreport::{db, telemetry};

/// One multilingual form for victims of online investment fraud.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Settings file (TOML). Environment variables FRAUDREPORT_* override it.
    #[arg(long, global = true, env = "FRAUDREPORT_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the web pages and run the background workers.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load and validate the settings, print them with secrets masked, and exit.
    CheckConfig,
    /// Explain where reports go (the authority directory and routing rules).
    #[command(subcommand)]
    Routing(RoutingCommand),
    /// Ask the configured geolocation database.
    #[command(subcommand)]
    Geoip(GeoipCommand),
    /// Run only the outbox worker (for nodes that send mail but serve no pages).
    Worker,
    /// Inspect and requeue the e-mail outbox.
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Alerts about a new scam wave to the victims it concerns.
    #[command(subcommand)]
    Campaign(CampaignCommand),
    /// The data keys that seal victims' contact details.
    #[command(subcommand)]
    Keys(KeysCommand),
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Start sealing with a new data key and re-seal every value under it,
    /// in batches, while the service runs. With the generated key file a new
    /// key is put first in it (the old ones stay, to open what is not
    /// re-sealed yet); with FRAUDREPORT_DATA_KEY, set the new key there and
    /// the old one in FRAUDREPORT_DATA_KEYS_RETIRED on every node first.
    Rotate,
    /// Re-seal what is still under an older key (after every node runs with
    /// the current one), without making a new key.
    Reseal,
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Store a campaign from a TOML file (see the README) and print its id.
    Create {
        #[arg(long)]
        file: PathBuf,
    },
    /// Print who would receive the campaign, in which language, and each text.
    Preview { id: i64 },
    /// Queue the campaign's e-mails to every matching victim (once).
    Send { id: i64 },
    /// List campaigns with when they were sent and to how many.
    List,
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// Print how many e-mails are pending, sent and failed, and the oldest pending one's age.
    Status,
    /// Put failed e-mails back in the queue: one by its id, or all with --failed.
    Retry {
        /// The outbox row to retry.
        #[arg(required_unless_present = "failed", conflicts_with = "failed")]
        id: Option<i64>,
        /// Retry every failed e-mail.
        #[arg(long)]
        failed: bool,
    },
}

#[derive(Subcommand)]
enum RoutingCommand {
    /// Print the routing decision and its reason for a country (and region).
    Explain {
        /// ISO 3166-1 alpha-2 country of residence, e.g. DE.
        #[arg(long)]
        country: String,
        /// ISO 3166-2 region of residence, e.g. DE-HE.
        #[arg(long)]
        region: Option<String>,
    },
    /// Print one line per ISO 3166-1 country: its authority, or the hub.
    Coverage,
}

#[derive(Subcommand)]
enum GeoipCommand {
    /// Print the country (and region) the database gives for an IP address.
    Lookup {
        /// An IPv4 or IPv6 address.
        ip: std::net::IpAddr,
    },
    /// Download the default IP → country database (ip-location-db, CC BY 4.0) with npm.
    Install,
}

fn main() -> ExitCode {
    // Everything this process writes (database, keys, mail) is the owner's alone.
    fraudreport::files::restrict_umask();
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref(), std::env::vars()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("The settings are not valid:\n{e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::CheckConfig => {
            print!("{}", settings.describe());
            Ok(())
        }
        Command::Migrate => migrate(&settings),
        Command::Serve => serve(&settings),
        Command::Routing(cmd) => routing(&settings, cmd),
        Command::Worker => worker(&settings),
        Command::Outbox(cmd) => outbox(&settings, cmd),
        Command::Campaign(cmd) => campaign(&settings, cmd),
        Command::Keys(KeysCommand::Rotate) => rotate_keys(&settings, true),
        Command::Keys(KeysCommand::Reseal) => rotate_keys(&settings, false),
        Command::Geoip(GeoipCommand::Lookup { ip }) => geoip_lookup(&settings, ip),
        Command::Geoip(GeoipCommand::Install) => {
            install::install(&settings.geoip_database).map(|()| {
                print_all(&format!(
                    "installed {}\n",
                    settings.geoip_database.display()
                ))
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fraudreport: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn rotate_keys(settings: &Settings, new_key: bool) -> anyhow::Result<()> {
    use fraudreport::db::sealing;
    use fraudreport::seal::{KeyRing, Sealer};

    telemetry::init(&settings.log);
    let mut conn = migrated_connection(settings)?;
    if new_key && settings.data_key.is_none() {
        let ring = KeyRing::add_to_file(&settings.data_key_path())?;
        println!(
            "new data key {} is first in {}; running nodes use it once they meet a value sealed with it",
            ring.current().id(),
            settings.data_key_path().display()
        );
    }
    let sealer = Sealer::load(settings)?;
    let current = sealer.current_key();
    let done = sealing::reseal(&mut conn, &sealer, |d| {
        eprint!("\rre-sealed {} values", d.values);
    })?;
    eprintln!();
    println!(
        "{} values re-sealed under key {current}; {} could not be opened (their key is missing)",
        done.values, done.unreadable
    );
    if done.unreadable == 0 {
        println!(
            "restart every node so that all of them seal with key {current}, then run `fraudreport keys reseal`: once it re-seals nothing after the restarts, older keys can be removed"
        );
    }
    Ok(())
}

fn migrate(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    migrated_connection(settings)?;
    println!("The database is up to date.");
    Ok(())
}

/// One connection to the configured database, its migrations applied.
fn migrated_connection(settings: &Settings) -> anyhow::Result<db::DbConnection> {
    let backend =
        db::Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
    let mut conn = backend
        .establish()
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    db::run_migrations(&mut conn, settings)?;
    Ok(conn)
}

fn routing(settings: &Settings, cmd: RoutingCommand) -> anyhow::Result<()> {
    let directory = Directory::load(settings.authority_directory.as_deref())?;
    let mut out = String::new();
    match cmd {
        RoutingCommand::Explain { country, region } => {
            let code = CountryCode::parse(&country)
                .ok_or_else(|| anyhow::anyhow!("{country} is not an ISO 3166-1 country code"))?;
            let region = region.map(|r| r.to_ascii_uppercase());
            let decision = route(&directory, code, region.as_deref());
            let authority = decision.authority_id.as_deref().unwrap_or("none");
            let target = delivered_name(&directory, settings, &decision.delivered_to);
            out = format!(
                "{}\nauthority: {authority}\ndelivered to: {target}\n",
                decision.reason
            );
        }
        RoutingCommand::Coverage => {
            for code in country::ALL.iter().filter_map(|c| CountryCode::parse(c)) {
                let decision = route(&directory, code, None);
                let authority = decision
                    .authority_id
                    .as_deref()
                    .and_then(|id| directory.get(id));
                let target = authority.map_or_else(
                    || format!("hub ({})", settings.hub_name),
                    |a| format!("{} — {}", a.id, a.name_local),
                );
                let regions = directory.regions_of(code.as_str()).map_or(0, <[_]>::len);
                let by_region = if regions > 0 {
                    format!(" (+ {regions} regions)")
                } else {
                    String::new()
                };
                out.push_str(&format!("{code}  {target}{by_region}\n"));
            }
        }
    }
    print_all(&out);
    Ok(())
}

/// Prints to standard output; a closed pipe (`| head`) is not an error.
fn print_all(text: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
}

fn delivered_name(directory: &Directory, settings: &Settings, id: &str) -> String {
    match directory.get(id) {
        Some(a) => format!("{} ({})", a.id, a.intake_email),
        None => format!(
            "{} ({})",
            settings.hub_name,
            if settings.hub_email.is_empty() {
                "no intake address set"
            } else {
                &settings.hub_email
            }
        ),
    }
}

/// On a fresh machine, fetches the default IP → country database when npm
/// is there; without it the service runs and geolocation says "unknown".
fn install_geoip_if_missing(settings: &Settings) {
    let path = &settings.geoip_database;
    if path.exists() || !install::npm_available() {
        return;
    }
    tracing::info!(path = %path.display(), package = install::PACKAGE, "installing the IP → country database");
    if let Err(e) = install::install(path) {
        tracing::warn!(error = %format!("{e:#}"), "could not install the IP → country database");
    }
}

fn geoip_lookup(settings: &Settings, ip: std::net::IpAddr) -> anyhow::Result<()> {
    let geo = GeoIp::open(&settings.geoip_database);
    anyhow::ensure!(
        geo.is_loaded(),
        "cannot read the geolocation database {}",
        settings.geoip_database.display()
    );
    let answer = match geo.lookup(ip) {
        Some(found) => format!(
            "{}{}",
            found.country,
            found.region.map(|r| format!(" {r}")).unwrap_or_default()
        ),
        None => "unknown".to_string(),
    };
    print_all(&format!("{ip}: {answer}\n"));
    Ok(())
}

fn worker(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    fraudreport::files::secure_data_files(settings)?;
    let backend =
        db::Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
    let pool = db::pool(&backend, settings.db_pool_size)?;
    db::run_migrations(&mut *pool.get()?, settings)?;
    let locales = Arc::new(Locales::load()?);
    let directory = Arc::new(Directory::load(settings.authority_directory.as_deref())?);
    let worker = Worker::new(settings, pool, locales, directory)?;
    tracing::info!("outbox worker running");
    actix_web::rt::System::new().block_on(worker.run());
    Ok(())
}

fn outbox(settings: &Settings, cmd: OutboxCommand) -> anyhow::Result<()> {
    let backend =
        db::Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
    let mut conn = backend
        .establish()
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    let now = chrono::Utc::now().naive_utc();
    let text = match cmd {
        OutboxCommand::Status => {
            let db::outbox::Status {
                counts,
                oldest_pending: oldest,
            } = db::outbox::status(&mut conn)?;
            let mut text: String = counts
                .iter()
                .map(|(state, n)| format!("{state}: {n}\n"))
                .collect();
            if counts.is_empty() {
                text.push_str("the outbox is empty\n");
            }
            if let Some(created) = oldest {
                text.push_str(&format!(
                    "oldest pending: {} s\n",
                    (now - created).num_seconds()
                ));
            }
            text
        }
        OutboxCommand::Retry { id, .. } => {
            let n = db::outbox::retry(&mut conn, id, now)?;
            format!("requeued {n}\n")
        }
    };
    print_all(&text);
    Ok(())
}

fn campaign(settings: &Settings, cmd: CampaignCommand) -> anyhow::Result<()> {
    use fraudreport::db::campaigns::{self, SendError};
    use fraudreport::notify::campaign as file;

    let mut conn = migrated_connection(settings)?;
    let now = chrono::Utc::now().naive_utc();
    let load = |conn: &mut db::DbConnection, id: i64| -> anyhow::Result<campaigns::Campaign> {
        campaigns::load(conn, &[id])?
            .pop()
            .ok_or_else(|| anyhow::anyhow!("there is no campaign {id}"))
    };
    let text = match cmd {
        CampaignCommand::Create { file: path } => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            let locales = Locales::load()?;
            let (name, fallback, target, texts) = file::parse(&text, &locales).map_err(|p| {
                anyhow::anyhow!(
                    "{} is not a valid campaign:\n{}",
                    path.display(),
                    p.join("\n")
                )
            })?;
            let id = campaigns::create(&mut conn, &name, &fallback, &target, &texts, now)?;
            format!("created campaign {id}; check it with `fraudreport campaign preview {id}`\n")
        }
        CampaignCommand::Preview { id } => {
            let campaign = load(&mut conn, id)?;
            let locales = Locales::load()?;
            file::preview(
                &mut conn,
                &campaign,
                &locales,
                settings.base_url.trim_end_matches('/'),
            )?
        }
        CampaignCommand::Send { id } => match campaigns::send(&mut conn, id, now) {
            Ok(n) => format!("campaign {id}: {n} e-mails queued\n"),
            Err(SendError::NotFound) => anyhow::bail!("there is no campaign {id}"),
            Err(SendError::AlreadySent(at, n)) => {
                anyhow::bail!(
                    "campaign {id} was already sent at {at} ({n} e-mails); it is sent only once"
                )
            }
            Err(SendError::Database(e)) => return Err(e.into()),
        },
        CampaignCommand::List => {
            let ids = campaigns::ids(&mut conn)?;
            let mut out = String::new();
            for c in campaigns::load(&mut conn, &ids)? {
                let state = match c.sent {
                    Some((at, n)) => format!("sent {at} to {n}"),
                    None => "not sent".to_string(),
                };
                out.push_str(&format!("{}\t{}\t{state}\n", c.id, c.name));
            }
            if out.is_empty() {
                out.push_str("no campaigns\n");
            }
            out
        }
    };
    print_all(&text);
    Ok(())
}

fn serve(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    install_geoip_if_missing(settings);
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(settings)?;
        tracing::info!(bind = %settings.bind, "serving");
        app.run().await?;
        Ok(())
    })
}
