//! The `fraudreport` command: serve, migrate, or check the configuration.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fraudreport::config::Settings;
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
}

fn main() -> ExitCode {
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
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fraudreport: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn migrate(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    let backend =
        db::Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
    let mut conn = backend
        .establish()
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    db::run_migrations(&mut conn)?;
    println!("The database is up to date.");
    Ok(())
}

fn serve(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(settings)?;
        tracing::info!(bind = %settings.bind, "serving");
        app.run().await?;
        Ok(())
    })
}
