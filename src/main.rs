//! The `fraudreport` command: parse the command line, load the settings, and
//! run the chosen command (its body lives in `src/cli/`).
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fraudreport::cli;
use fraudreport::config::Settings;

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
    Routing(cli::routing::Command),
    /// Ask the configured geolocation database.
    #[command(subcommand)]
    Geoip(cli::geoip::Command),
    /// Run only the outbox worker (for nodes that send mail but serve no pages).
    Worker,
    /// Inspect and requeue the e-mail outbox.
    #[command(subcommand)]
    Outbox(cli::outbox::Command),
    /// Alerts about a new scam wave to the victims it concerns.
    #[command(subcommand)]
    Campaign(cli::campaign::Command),
    /// The data keys that seal victims' contact details.
    #[command(subcommand)]
    Keys(cli::keys::Command),
    /// Generated demo data for trying and benchmarking the portal.
    #[command(subcommand)]
    Demo(cli::demo::Command),
    /// The portal's audit log.
    #[command(subcommand)]
    Audit(cli::audit::Command),
    /// The clusters of reports that share a wallet, an account, a number, an address or a site.
    #[command(subcommand)]
    Linkage(cli::linkage::Command),
    /// Portal accounts of officers, leads, coordinators and administrators.
    #[command(subcommand)]
    Officer(cli::officer::Command),
    /// Read-only API tokens of authorities' own systems.
    #[command(subcommand)]
    ApiToken(cli::api_token::Command),
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
        Command::Serve => cli::serve::run(&settings),
        Command::Migrate => cli::migrate::run(&settings),
        Command::CheckConfig => cli::config::run(&settings),
        Command::Routing(cmd) => cli::routing::run(&settings, cmd),
        Command::Geoip(cmd) => cli::geoip::run(&settings, cmd),
        Command::Worker => cli::worker::run(&settings),
        Command::Outbox(cmd) => cli::outbox::run(&settings, cmd),
        Command::Campaign(cmd) => cli::campaign::run(&settings, cmd),
        Command::Keys(cmd) => cli::keys::run(&settings, cmd),
        Command::Officer(cmd) => cli::officer::run(&settings, cmd),
        Command::ApiToken(cmd) => cli::api_token::run(&settings, cmd),
        Command::Audit(cmd) => cli::audit::run(&settings, cmd),
        Command::Linkage(cmd) => cli::linkage::run(&settings, cmd),
        Command::Demo(cmd) => cli::demo::run(&settings, cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fraudreport: {e:#}");
            ExitCode::FAILURE
        }
    }
}
