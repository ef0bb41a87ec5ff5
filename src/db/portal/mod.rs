//! What the police portal stores: accounts, sessions, login throttling,
//! the audit log, the cases as officers work them (and export them), and
//! handing them on.

pub mod accounts;
pub mod audit;
pub mod case;
pub mod cases;
pub mod export;
pub mod handoff;
pub mod notices;
pub mod overview;
pub mod queue;
pub mod sessions;
pub mod throttle;
