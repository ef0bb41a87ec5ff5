//! What the read-only API of authorities' own systems stores and reads:
//! its tokens ([`tokens`]) and an authority's cases in the order they
//! changed ([`changes`]).

pub mod changes;
pub mod tokens;
