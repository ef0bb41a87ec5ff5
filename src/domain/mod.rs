//! Pure types of the service: a validated report and its parts. Nothing here
//! knows about HTTP or the database; everything here has been checked.

pub mod account;
pub mod case_ref;
pub mod check;
pub mod choice;
pub mod contact;
pub mod country;
pub mod crypto;
pub mod indicator;
pub mod linkage;
pub mod mail_kind;
pub mod money;
pub mod officer;
pub mod problem;
pub mod report;
pub mod text;
pub mod wallet;

pub use case_ref::CaseRef;
pub use country::CountryCode;
pub use mail_kind::MailKind;
pub use officer::{CaseStatus, Role};
pub use problem::Problem;
pub use report::{Fiat, Payment, Report};
