//! `fraudreport campaign`: alerts about a new scam wave, stored from a file,
//! previewed, sent once to the victims they concern, and listed.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Subcommand;

use crate::config::Settings;
use crate::db::DbConnection;
use crate::db::campaigns::{self, Campaign, SendError};
use crate::i18n::Locales;
use crate::notify::campaign as file;

/// The `campaign` subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Store a campaign from a TOML file (see the README) and print its id.
    Create {
        #[arg(long)]
        file: PathBuf,
    },
    /// Print who would receive the campaign, in which language, and each text.
    Preview { id: i64 },
    /// Queue the campaign's e-mails to every matching victim (once).
    Send { id: i64 },
    /// List campaigns with when they were sent and to how many.
    List,
}

/// Runs one `campaign` subcommand, after applying pending migrations.
pub fn run(settings: &Settings, cmd: Command) -> anyhow::Result<()> {
    let mut conn = super::migrated_connection(settings)?;
    let now = chrono::Utc::now().naive_utc();
    let text = match cmd {
        Command::Create { file: path } => create(&mut conn, &path, now)?,
        Command::Preview { id } => {
            let campaign = load(&mut conn, id)?;
            let locales = Locales::load()?;
            let base_url = settings.base_url.trim_end_matches('/');
            file::preview(&mut conn, &campaign, &locales, base_url)?
        }
        Command::Send { id } => send(&mut conn, id, now)?,
        Command::List => list(&mut conn)?,
    };
    super::print_all(&text);
    Ok(())
}

/// One stored campaign, or an error naming the id that does not exist.
fn load(conn: &mut DbConnection, id: i64) -> anyhow::Result<Campaign> {
    campaigns::load(conn, &[id])?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("there is no campaign {id}"))
}

/// Stores the campaign described in the file at `path`; every problem in the
/// file is named at once.
fn create(conn: &mut DbConnection, path: &Path, now: NaiveDateTime) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let locales = Locales::load()?;
    let (name, fallback, target, texts) = file::parse(&text, &locales).map_err(|p| {
        anyhow::anyhow!(
            "{} is not a valid campaign:\n{}",
            path.display(),
            p.join("\n")
        )
    })?;
    let id = campaigns::create(conn, &name, &fallback, &target, &texts, now)?;
    Ok(format!(
        "created campaign {id}; check it with `fraudreport campaign preview {id}`\n"
    ))
}

/// Queues the campaign's e-mails; a campaign already sent is refused.
fn send(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> anyhow::Result<String> {
    match campaigns::send(conn, id, now) {
        Ok(n) => Ok(format!("campaign {id}: {n} e-mails queued\n")),
        Err(SendError::NotFound) => anyhow::bail!("there is no campaign {id}"),
        Err(SendError::AlreadySent(at, n)) => {
            anyhow::bail!(
                "campaign {id} was already sent at {at} ({n} e-mails); it is sent only once"
            )
        }
        Err(SendError::Database(e)) => Err(e.into()),
    }
}

/// One line per campaign: id, name, and when it was sent to how many.
fn list(conn: &mut DbConnection) -> anyhow::Result<String> {
    let ids = campaigns::ids(conn)?;
    let mut out = String::new();
    for c in campaigns::load(conn, &ids)? {
        let state = match c.sent {
            Some((at, n)) => format!("sent {at} to {n}"),
            None => "not sent".to_string(),
        };
        out.push_str(&format!("{}\t{}\t{state}\n", c.id, c.name));
    }
    if out.is_empty() {
        out.push_str("no campaigns\n");
    }
    Ok(out)
}
