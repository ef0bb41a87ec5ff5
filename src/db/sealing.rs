//! Sealed columns over time: sealing what a database stored in clear before
//! sealing existed (run once, between the two migrations that introduce
//! it), and re-sealing every value under the current data key after a key
//! rotation, in small batches while the service runs.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Binary, Nullable, Text};

use super::schema::{accounts, case_events, outbox, reports};
use super::{DbConnection, write_transaction};
use crate::domain::MailKind;
use crate::keys::Keys;
use crate::seal::{Field, KeyId, Sealer, key_id_of};

/// Rows sealed or re-sealed per transaction.
const BATCH: i64 = 500;

#[derive(QueryableByName)]
struct ClearReport {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Nullable<Text>)]
    clear_contact_email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    clear_contact_phone: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    clear_story: Option<String>,
}

#[derive(QueryableByName)]
struct ClearRecipient {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    kind: MailKind,
    #[diesel(sql_type = Text)]
    clear_recipient: String,
}

// `$n` placeholders, each used once and in order, read the same on SQLite
// (named parameters numbered by first use) and PostgreSQL.
const CLEAR_REPORTS: &str = "SELECT id, clear_contact_email, clear_contact_phone, clear_story \
    FROM reports WHERE clear_contact_email IS NOT NULL OR clear_contact_phone IS NOT NULL \
    OR clear_story IS NOT NULL ORDER BY id LIMIT $1";
const SEAL_REPORT: &str = "UPDATE reports SET contact_email = $1, contact_phone = $2, story = $3, \
    address_key = $4, clear_contact_email = NULL, clear_contact_phone = NULL, clear_story = NULL \
    WHERE id = $5";
const CLEAR_OUTBOX: &str = "SELECT id, kind, clear_recipient FROM outbox \
    WHERE clear_recipient <> '' ORDER BY id LIMIT $1";
const SEAL_OUTBOX: &str =
    "UPDATE outbox SET recipient = $1, recipient_key = $2, clear_recipient = '' WHERE id = $3";
const KEEP_SUPPRESSED: &str = "INSERT INTO suppressions (address_key, created_at) \
    SELECT $1, created_at FROM suppressions WHERE address_key = $2 \
    AND NOT EXISTS (SELECT 1 FROM suppressions WHERE address_key = $3)";

/// Seals every value the clear columns still hold, computes the blind
/// indexes, and carries each suppressed address over to its canonical
/// hash. Returns the number of rows sealed.
pub fn seal_clear_values(
    conn: &mut DbConnection,
    sealer: &Sealer,
    keys: &Keys,
) -> QueryResult<usize> {
    let mut sealed = 0;
    loop {
        let n = write_transaction(conn, |c| {
            let rows: Vec<ClearReport> = diesel::sql_query(CLEAR_REPORTS)
                .bind::<BigInt, _>(BATCH)
                .load(c)?;
            for r in &rows {
                let email = r.clear_contact_email.as_deref();
                let key = email.map(|a| keys.address_key(a));
                diesel::sql_query(SEAL_REPORT)
                    .bind::<Nullable<Binary>, _>(sealer.seal_opt(Field::Email, email))
                    .bind::<Nullable<Binary>, _>(
                        sealer.seal_opt(Field::Phone, r.clear_contact_phone.as_deref()),
                    )
                    .bind::<Nullable<Binary>, _>(
                        sealer.seal_opt(Field::Story, r.clear_story.as_deref()),
                    )
                    .bind::<Nullable<Binary>, _>(key.clone())
                    .bind::<BigInt, _>(r.id)
                    .execute(c)?;
                if let (Some(address), Some(key)) = (email, key) {
                    let before = keys.address_key_before_canonical(address);
                    diesel::sql_query(KEEP_SUPPRESSED)
                        .bind::<Binary, _>(&key)
                        .bind::<Binary, _>(before)
                        .bind::<Binary, _>(&key)
                        .execute(c)?;
                }
            }
            let mail: Vec<ClearRecipient> = diesel::sql_query(CLEAR_OUTBOX)
                .bind::<BigInt, _>(BATCH)
                .load(c)?;
            for m in &mail {
                let victim = m.kind.to_victim();
                diesel::sql_query(SEAL_OUTBOX)
                    .bind::<Binary, _>(sealer.seal(Field::Email, &m.clear_recipient))
                    .bind::<Nullable<Binary>, _>(
                        victim.then(|| keys.address_key(&m.clear_recipient)),
                    )
                    .bind::<BigInt, _>(m.id)
                    .execute(c)?;
            }
            Ok(rows.len() + mail.len())
        })?;
        if n == 0 {
            return Ok(sealed);
        }
        sealed += n;
    }
}

/// What one pass of [`reseal`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Resealed {
    /// Values now under the current key.
    pub values: usize,
    /// Values that did not open (their key is missing): left as they are.
    pub unreadable: usize,
}

type SealedReport = (i64, Option<Vec<u8>>, Option<Vec<u8>>, Option<Vec<u8>>);

/// Re-seals every sealed value that is not under the current key, a batch
/// of rows per transaction (so the service keeps running), walking each
/// table once by id. `progress` hears the running total after each batch.
pub fn reseal(
    conn: &mut DbConnection,
    sealer: &Sealer,
    mut progress: impl FnMut(&Resealed),
) -> QueryResult<Resealed> {
    let current = sealer.current_key();
    let mut done = Resealed::default();
    let mut after = 0i64;
    // Each batch is read and written in one transaction, so an erasure
    // that lands meanwhile is never overwritten with the old values.
    loop {
        let more = write_transaction(conn, |c| {
            let rows: Vec<SealedReport> = reports::table
                .filter(reports::id.gt(after))
                .select((
                    reports::id,
                    reports::contact_email,
                    reports::contact_phone,
                    reports::story,
                ))
                .order(reports::id)
                .limit(BATCH)
                .load(c)?;
            let Some(last) = rows.last() else {
                return Ok(false);
            };
            after = last.0;
            for (id, email, phone, story) in &rows {
                let email = renew(sealer, current, Field::Email, email, &mut done);
                let phone = renew(sealer, current, Field::Phone, phone, &mut done);
                let story = renew(sealer, current, Field::Story, story, &mut done);
                if email.is_some() || phone.is_some() || story.is_some() {
                    let row = reports::table.find(id);
                    if let Some(v) = email {
                        diesel::update(row)
                            .set(reports::contact_email.eq(v))
                            .execute(c)?;
                    }
                    if let Some(v) = phone {
                        diesel::update(row)
                            .set(reports::contact_phone.eq(v))
                            .execute(c)?;
                    }
                    if let Some(v) = story {
                        diesel::update(row).set(reports::story.eq(v)).execute(c)?;
                    }
                }
            }
            Ok(true)
        })?;
        progress(&done);
        if !more {
            break;
        }
    }
    // One sealed column of a table, walked by id like the reports.
    macro_rules! reseal_column {
        ($table:ident, $column:ident, $field:expr) => {{
            let mut after = 0i64;
            loop {
                let more = write_transaction(conn, |c| {
                    let rows: Vec<(i64, Option<Vec<u8>>)> = $table::table
                        .filter($table::id.gt(after))
                        .select(($table::id, $table::$column.nullable()))
                        .order($table::id)
                        .limit(BATCH)
                        .load(c)?;
                    let Some(last) = rows.last() else {
                        return Ok(false);
                    };
                    after = last.0;
                    for (id, value) in &rows {
                        if let Some(v) = renew(sealer, current, $field, value, &mut done) {
                            diesel::update($table::table.find(id))
                                .set($table::$column.eq(v))
                                .execute(c)?;
                        }
                    }
                    Ok(true)
                })?;
                progress(&done);
                if !more {
                    break;
                }
            }
        }};
    }
    reseal_column!(outbox, recipient, Field::Email);
    reseal_column!(case_events, body, Field::CaseText);
    reseal_column!(accounts, totp_secret, Field::TotpSecret);
    Ok(done)
}

/// The value sealed again under `current`, if it is under another key
/// (`None`: leave it as it is).
fn renew(
    sealer: &Sealer,
    current: KeyId,
    field: Field,
    value: &Option<Vec<u8>>,
    done: &mut Resealed,
) -> Option<Vec<u8>> {
    // Erased values are empty: nothing to re-seal.
    let sealed = value.as_ref().filter(|v| !v.is_empty())?;
    if key_id_of(sealed) == Some(current) {
        return None;
    }
    match sealer.open(field, sealed) {
        Ok(plain) => {
            done.values += 1;
            Some(sealer.seal(field, &plain))
        }
        Err(_) => {
            done.unreadable += 1;
            None
        }
    }
}
