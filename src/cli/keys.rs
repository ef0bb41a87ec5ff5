//! `fraudreport keys`: rotate the data key that seals victims' contact
//! details, and re-seal what is still under an older one.

use clap::Subcommand;

use crate::config::Settings;
use crate::db::sealing;
use crate::seal::{KeyRing, Sealer};
use crate::telemetry;

/// The `keys` subcommands.
#[derive(Subcommand)]
pub enum Command {
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

/// Runs one `keys` subcommand.
pub fn run(settings: &Settings, cmd: Command) -> anyhow::Result<()> {
    match cmd {
        Command::Rotate => reseal(settings, true),
        Command::Reseal => reseal(settings, false),
    }
}

/// Re-seals every value under the current key, first adding a new key to the
/// generated key file when `new_key` is asked for and no key is set in the
/// environment.
fn reseal(settings: &Settings, new_key: bool) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    let mut conn = super::migrated_connection(settings)?;
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
