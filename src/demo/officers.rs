//! Demo accounts: one enrolled officer per authority that received demo
//! reports, one coordinator and one administrator, each with a printed
//! password and TOTP secret — so a newcomer can log in to the portal at
//! once. Made only in a database the demo generator seeded.

use chrono::Utc;
use diesel::prelude::*;

use crate::db::portal::accounts::{self, CreateError, Enrolment, NewAccount};
use crate::db::schema::reports;
use crate::db::{DbConnection, write_transaction};
use crate::domain::Role;
use crate::keys::random_hex;
use crate::portal::auth::hashing::Passwords;
use crate::portal::auth::totp::TotpSecret;
use crate::seal::{Field, Sealer};

/// A demo account's login, printed once.
pub struct DemoLogin {
    pub role: Role,
    pub authority: Option<String>,
    pub email: String,
    pub password: String,
    /// Base32, for typing into an authenticator app.
    pub totp: String,
}

/// The e-mail address of an authority's demo officer.
fn email_of(role: Role, authority: Option<&str>) -> String {
    match authority {
        Some(id) => format!("officer.{id}@demo.example"),
        None => format!("{role}@demo.example"),
    }
}

/// Makes the accounts that do not exist yet; returns their logins.
pub fn make(
    conn: &mut DbConnection,
    sealer: &Sealer,
    passwords: &Passwords,
) -> anyhow::Result<Vec<DemoLogin>> {
    let authorities: Vec<String> = reports::table
        .filter(reports::authority_id.is_not_null())
        .select(reports::authority_id.assume_not_null())
        .distinct()
        .load(conn)?;
    let mut wanted: Vec<(Role, Option<String>)> = authorities
        .into_iter()
        .map(|a| (Role::Officer, Some(a)))
        .collect();
    wanted.push((Role::Coordinator, None));
    wanted.push((Role::Admin, None));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut made = Vec::new();
    for (role, authority) in wanted {
        let email = email_of(role, authority.as_deref());
        if accounts::by_email(conn, &email)?.is_some() {
            continue;
        }
        let password = format!("demo-{}", random_hex(8));
        let hash = runtime
            .block_on(passwords.hash(password.clone()))
            .map_err(|e| anyhow::anyhow!("cannot hash a demo password: {e}"))?;
        let totp = TotpSecret::generate()?;
        let sealed = sealer.seal(Field::TotpSecret, &hex::encode(totp.as_bytes()));
        let now = Utc::now().naive_utc();
        write_transaction(conn, |c| {
            let new = NewAccount {
                email: &email,
                name: &format!("Demo {role}"),
                role,
                authority_id: authority.as_deref(),
                locale: "en",
            };
            let (id, secret) = match accounts::create(c, &new, now) {
                Ok(created) => created,
                Err(CreateError::Exists) => return Ok(()),
                Err(CreateError::Database(e)) => return Err(e),
            };
            let e = Enrolment {
                password_hash: &hash,
                totp_secret: &sealed,
                totp_step: 0,
                recovery_hashes: &[],
            };
            accounts::enrol(c, &secret, id, &e, now).map(|_| ())
        })?;
        made.push(DemoLogin {
            role,
            authority,
            email,
            password,
            totp: totp.base32(),
        });
    }
    Ok(made)
}
