//! `fraudreport api-token create`: an API token for an authority's system,
//! or with `--partner` for a partner's (a bank's, a telecom's: it opens
//! only `/api/v1/check`), from the command line (deployments that script
//! their set-up, CI). The
//! secret is printed once, alone on standard output; the creation is
//! audited as the portal's is.

use chrono::Utc;
use clap::Subcommand;

use super::{migrated_connection, print_all};
use crate::config::Settings;
use crate::db::api::tokens::{self, NewToken};
use crate::db::portal::audit::{self, Entry};
use crate::db::write_transaction;
use crate::portal::api_tokens::{MAX_DAYS, MAX_NAME};
use crate::routing::Directory;

#[derive(Subcommand)]
pub enum Command {
    /// Create a read-only API token and print its secret (shown only now).
    Create {
        /// The authority's id in the directory (`fraudreport routing coverage`).
        #[arg(long, required_unless_present = "partner", conflicts_with = "partner")]
        authority: Option<String>,
        /// A partner's token, which opens only the check.
        #[arg(long)]
        partner: bool,
        /// What the token is for (the system that will use it).
        #[arg(long)]
        name: String,
        /// Days until it expires (1 to 365).
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
}

/// Runs an `api-token` subcommand.
pub fn run(settings: &Settings, command: Command) -> anyhow::Result<()> {
    let Command::Create {
        authority,
        partner,
        name,
        days,
    } = command;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        anyhow::bail!("--name must have 1 to {MAX_NAME} characters");
    }
    if !(1..=MAX_DAYS).contains(&days) {
        anyhow::bail!("--days must be from 1 to {MAX_DAYS}, not {days}");
    }
    let authority = match (authority, partner) {
        (_, true) => tokens::PARTNER.to_string(),
        (Some(authority), false) => {
            let directory = Directory::load(settings.authority_directory.as_deref())?;
            if directory.get(&authority).is_none() {
                anyhow::bail!(
                    "--authority {authority:?} is not in the directory (see `fraudreport routing coverage`)"
                );
            }
            authority
        }
        (None, false) => anyhow::bail!("give --authority or --partner"),
    };
    let mut conn = migrated_connection(settings)?;
    let now = Utc::now().naive_utc();
    let secret = write_transaction(&mut conn, |c| {
        let new = NewToken {
            authority_id: &authority,
            name,
            created_by: None,
            days,
        };
        let (id, secret) = tokens::create(c, &new, now)?;
        let detail = format!("created API token {id} ({days} days, command line)");
        let entry = Entry {
            account_id: None,
            action: "api-token",
            authority_id: Some(authority.as_str()).filter(|_| !partner),
            report_id: None,
            detail: &detail,
        };
        audit::append(c, &entry, now)?;
        Ok(secret)
    })?;
    print_all(&format!("{secret}\n"));
    Ok(())
}
