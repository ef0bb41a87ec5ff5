//! `fraudreport officer …`: portal accounts from the command line, for the
//! first administrator and for deployments that script their accounts.

use chrono::Utc;
use clap::Subcommand;

use super::{migrated_connection, print_all};
use crate::config::Settings;
use crate::db::portal::accounts::{self, CreateError, ENROLMENT_LIFETIME, NewAccount};
use crate::db::portal::audit::{self, Entry};
use crate::db::write_transaction;
use crate::domain::Role;
use crate::i18n::LANGUAGES;
use crate::routing::Directory;

#[derive(Subcommand)]
pub enum Command {
    /// Create an account and print its one-time enrolment link (valid 24 h).
    Add {
        /// The officer's work e-mail address (their login).
        #[arg(long)]
        email: String,
        /// The name shown to colleagues and in the audit log.
        #[arg(long)]
        name: Option<String>,
        /// The authority's id in the directory (`fraudreport routing coverage`);
        /// required for officers and leads, refused for the others.
        #[arg(long)]
        authority: Option<String>,
        /// officer, lead, coordinator or admin.
        #[arg(long, default_value = "officer")]
        role: String,
        /// The portal's language for this account (en, de, et, fi, fr, lv, nl, ru, uk).
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Make an account enrol anew (lost or stolen authenticator): its password,
    /// authenticator, recovery codes and sessions stop working at once, and a
    /// new enrolment link is printed.
    Reenrol {
        #[arg(long)]
        email: String,
    },
}

/// Runs an `officer` subcommand.
pub fn run(settings: &Settings, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Add {
            email,
            name,
            authority,
            role,
            language,
        } => {
            let email = email.trim().to_lowercase();
            let role = Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("--role must be officer, lead, coordinator or admin, not {role:?}")
            })?;
            check(settings, &email, role, authority.as_deref(), &language)?;
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or("").to_string());
            let new = NewAccount {
                email: &email,
                name: &name,
                role,
                authority_id: authority.as_deref(),
                locale: &language,
            };
            add(settings, &new)
        }
        Command::Reenrol { email } => reenrol(settings, &email.trim().to_lowercase()),
    }
}

/// The checks a new account must pass, each with the reason.
fn check(
    settings: &Settings,
    email: &str,
    role: Role,
    authority: Option<&str>,
    language: &str,
) -> anyhow::Result<()> {
    if !validator::ValidateEmail::validate_email(&email) {
        anyhow::bail!("--email {email:?} is not an e-mail address");
    }
    if !LANGUAGES.iter().any(|l| l.code == language) {
        anyhow::bail!("--language {language:?} is not a shipped language");
    }
    let directory = Directory::load(settings.authority_directory.as_deref())?;
    match (role.needs_authority(), authority) {
        (true, None) => anyhow::bail!("an {role} needs --authority"),
        (true, Some(id)) if directory.get(id).is_none() => {
            anyhow::bail!(
                "--authority {id:?} is not in the directory (see `fraudreport routing coverage`)"
            )
        }
        (false, Some(_)) => {
            anyhow::bail!("a {role} belongs to no authority: leave out --authority")
        }
        _ => Ok(()),
    }
}

fn add(settings: &Settings, new: &NewAccount) -> anyhow::Result<()> {
    let mut conn = migrated_connection(settings)?;
    let now = Utc::now().naive_utc();
    let created = write_transaction(&mut conn, |c| {
        let created = accounts::create(c, new, now);
        if let Ok((id, _)) = &created {
            let detail = format!("created {} (command line)", new.role);
            let entry = Entry {
                account_id: Some(*id),
                action: "account",
                authority_id: new.authority_id,
                report_id: None,
                detail: &detail,
            };
            audit::append(c, &entry, now)?;
        }
        Ok(created)
    })?;
    let (_, secret) = created.map_err(|e| match e {
        CreateError::Exists => anyhow::anyhow!(
            "an account with {} exists; `fraudreport officer reenrol` gives it a new link",
            new.email
        ),
        CreateError::Database(e) => e.into(),
    })?;
    print_link(settings, &secret);
    Ok(())
}

fn reenrol(settings: &Settings, email: &str) -> anyhow::Result<()> {
    let mut conn = migrated_connection(settings)?;
    let account = accounts::by_email(&mut conn, email)?
        .ok_or_else(|| anyhow::anyhow!("no account has {email}"))?;
    let now = Utc::now().naive_utc();
    let secret = write_transaction(&mut conn, |c| {
        let secret = accounts::reset_for_enrolment(c, account.id, now)?;
        let entry = Entry {
            account_id: Some(account.id),
            action: "account",
            authority_id: account.authority_id.as_deref(),
            report_id: None,
            detail: "new enrolment link (command line)",
        };
        audit::append(c, &entry, now)?;
        Ok(secret)
    })?;
    print_link(settings, &secret);
    Ok(())
}

fn print_link(settings: &Settings, secret: &str) {
    let base = settings.base_url.trim_end_matches('/');
    let hours = ENROLMENT_LIFETIME.num_hours();
    print_all(&format!(
        "Enrolment link (works once, for {hours} hours; hand it over in person or by a trusted channel):\n{base}/portal/enrol/{secret}\n"
    ));
}
