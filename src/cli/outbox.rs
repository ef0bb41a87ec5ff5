//! `fraudreport outbox`: how the e-mail queue stands, and putting failed
//! e-mails back in it.

use clap::Subcommand;

use crate::config::Settings;
use crate::db;

/// The `outbox` subcommands.
#[derive(Subcommand)]
pub enum Command {
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

/// Runs one `outbox` subcommand on the database as it is (no migrations
/// are applied).
pub fn run(settings: &Settings, cmd: Command) -> anyhow::Result<()> {
    let mut conn = super::connection(settings)?;
    let now = chrono::Utc::now().naive_utc();
    let text = match cmd {
        Command::Status => status(&mut conn, now)?,
        Command::Retry { id, .. } => {
            let n = db::outbox::retry(&mut conn, id, now)?;
            format!("requeued {n}\n")
        }
    };
    super::print_all(&text);
    Ok(())
}

/// One line per state with its count, and the oldest pending e-mail's age.
fn status(conn: &mut db::DbConnection, now: chrono::NaiveDateTime) -> anyhow::Result<String> {
    let db::outbox::Status {
        counts,
        oldest_pending: oldest,
    } = db::outbox::status(conn)?;
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
    Ok(text)
}
