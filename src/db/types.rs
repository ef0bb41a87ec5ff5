//! Domain types read straight from their columns: a reference, a country
//! code or a mail kind comes out of a query as itself, never as a string to
//! parse again. A stored value that does not parse is a database error.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, Queryable};
use diesel::sql_types::Text;

use crate::domain::{CaseRef, CountryCode, MailKind};

/// Implements `Queryable<Text, _>` for a type read with a `parse` function.
macro_rules! read_as_text {
    ($ty:ty, $what:literal) => {
        impl<DB> Queryable<Text, DB> for $ty
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            type Row = String;

            fn build(text: String) -> deserialize::Result<Self> {
                <$ty>::parse(&text).ok_or_else(|| format!("stored {} is malformed", $what).into())
            }
        }
    };
}

read_as_text!(CaseRef, "case reference");
read_as_text!(CountryCode, "country code");
read_as_text!(MailKind, "mail kind");
