//! The police portal: where officers log in to read the cases routed to
//! their authority. For now it holds only the authentication primitives; the
//! handlers, the session table and the case queue are built on top of them.

pub mod auth;
