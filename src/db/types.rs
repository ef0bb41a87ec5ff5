//! Domain types read straight from their columns: a reference, a country
//! code or a mail kind comes out of a query as itself, never as a string to
//! parse again. A stored value that does not parse is a database error.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, Queryable};
use diesel::sql_types::Text;

use crate::domain::{CaseRef, CaseStatus, CountryCode, MailKind, Role};

/// Reads a type with a `parse` function from a text column, in typed
/// queries (`Queryable`) and in raw SQL (`QueryableByName`, via `FromSql`).
macro_rules! read_as_text {
    ($ty:ty, $what:literal) => {
        impl<DB> FromSql<Text, DB> for $ty
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                let text = String::from_sql(bytes)?;
                <$ty>::parse(&text).ok_or_else(|| format!("stored {} is malformed", $what).into())
            }
        }

        impl<DB> Queryable<Text, DB> for $ty
        where
            DB: Backend,
            $ty: FromSql<Text, DB>,
        {
            type Row = $ty;

            fn build(value: $ty) -> deserialize::Result<Self> {
                Ok(value)
            }
        }
    };
}

read_as_text!(CaseRef, "case reference");
read_as_text!(CountryCode, "country code");
read_as_text!(MailKind, "mail kind");
read_as_text!(Role, "role");
read_as_text!(CaseStatus, "case status");
