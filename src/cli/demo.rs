//! `fraudreport demo seed`: fills an empty database with generated reports
//! and demo accounts, to try the portal and to benchmark it.

use clap::Subcommand;

use super::{migrated_connection, print_all};
use crate::config::Settings;
use crate::demo::officers::{self, DemoLogin};
use crate::demo::{self, SeedOptions};
use crate::keys::Keys;
use crate::portal;
use crate::routing::Directory;
use crate::seal::Sealer;

#[derive(Subcommand)]
pub enum Command {
    /// Generate realistic made-up reports (refuses a database that holds
    /// reports not made by it), then one demo officer per authority, a
    /// coordinator and an administrator, and print their logins.
    Seed {
        /// How many reports.
        #[arg(long, default_value_t = 10_000)]
        reports: u64,
        /// The random seed (the same seed gives the same reports).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// How many of the reports are victims of the one network (the rest
        /// are small unrelated frauds); by default 3 %, at most 30,000.
        #[arg(long)]
        network: Option<u64>,
    },
}

/// Runs a `demo` subcommand.
pub fn run(settings: &Settings, command: Command) -> anyhow::Result<()> {
    let Command::Seed {
        reports,
        seed,
        network,
    } = command;
    crate::files::restrict_umask();
    let mut conn = migrated_connection(settings)?;
    let sealer = Sealer::load(settings)?;
    let keys = Keys::load(settings)?;
    let directory = Directory::load(settings.authority_directory.as_deref())?;
    let options = SeedOptions {
        reports,
        seed,
        network,
        linkage: crate::db::linkage::Rules::of(settings),
        ..SeedOptions::default()
    };
    let summary = demo::seed(&mut conn, &sealer, &keys, &directory, &options, |n| {
        eprint!("\r{n} of {reports} reports");
    })?;
    eprintln!();
    print_all(&format!(
        "Seeded {} reports ({} payments, {} indicators).\n",
        summary.reports, summary.payments, summary.indicators
    ));
    let passwords = portal::passwords(settings)?;
    let logins = officers::make(&mut conn, &sealer, &passwords)?;
    print_logins(settings, &logins);
    Ok(())
}

fn print_logins(settings: &Settings, logins: &[DemoLogin]) {
    if logins.is_empty() {
        print_all(
            "The demo accounts exist already (their logins were printed when they were made).\n",
        );
        return;
    }
    let base = settings.base_url.trim_end_matches('/');
    let mut out = format!(
        "\nDemo accounts — log in at {base}/portal/login; add the TOTP key to an authenticator app \
         (or compute a code with `oathtool --totp -b KEY`):\n\n"
    );
    for l in logins {
        out.push_str(&format!(
            "{:<12} {:<22} {:<44} {:<22} {}\n",
            l.role.as_str(),
            l.authority.as_deref().unwrap_or("-"),
            l.email,
            l.password,
            l.totp.replace(' ', "")
        ));
    }
    print_all(&out);
}
