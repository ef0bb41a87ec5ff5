//! fraudreport: one multilingual form for victims of online investment fraud.
//!
//! The binary (`src/main.rs`) parses the command line and calls into this
//! library; the tests spawn the same application on port 0.
#![forbid(unsafe_code)]

pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod files;
pub mod geo;
pub mod i18n;
pub mod intake;
pub mod notify;
pub mod routing;
pub mod seal;
pub mod startup;
pub mod telemetry;
pub mod web;
