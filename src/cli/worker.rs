//! `fraudreport worker`: the outbox worker alone, for a node that sends
//! mail but serves no pages.

use std::sync::Arc;

use crate::config::Settings;
use crate::i18n::Locales;
use crate::notify::worker::Worker;
use crate::routing::Directory;
use crate::{db, files, telemetry};

/// Narrows the data files, applies pending migrations, then sends due
/// e-mails until stopped.
pub fn run(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    files::secure_data_files(settings)?;
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
