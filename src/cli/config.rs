//! `fraudreport check-config`: the settings as loaded, secrets masked.

use crate::config::Settings;

/// Prints the effective settings (file, then environment) with every secret
/// masked, so an operator sees what the service would run with.
pub fn run(settings: &Settings) -> anyhow::Result<()> {
    print!("{}", settings.describe());
    Ok(())
}
