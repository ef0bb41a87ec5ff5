//! Logging. Lines carry events and counts, never form contents, e-mail
//! addresses, phone numbers or IP addresses.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber with the configured filter (once).
pub fn init(filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}
