//! What the police portal stores: accounts, sessions, login throttling,
//! the audit log, and the cases as officers work them.

pub mod accounts;
pub mod audit;
pub mod case;
pub mod cases;
pub mod queue;
pub mod sessions;
pub mod throttle;
