//! `fraudreport serve`: the web pages, the report writer and the workers.

use crate::config::Settings;
use crate::startup::Application;
use crate::telemetry;

/// Applies pending migrations, then serves until stopped. On a fresh machine
/// the default IP → country database is fetched first, when npm is there.
pub fn run(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    super::geoip::install_if_missing(settings);
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(settings)?;
        tracing::info!(bind = %settings.bind, "serving");
        app.run().await?;
        Ok(())
    })
}
