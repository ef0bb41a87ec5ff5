//! fraudreport: one multilingual form for victims of online investment fraud.
//!
//! The binary (`src/main.rs`) parses the command line and calls the chosen
//! command in [`cli`]; the tests spawn the same application on port 0.
#![forbid(unsafe_code)]

pub mod api;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod files;
pub mod geo;
pub mod i18n;
pub mod intake;
pub mod keys;
pub mod notify;
pub mod portal;
pub mod routing;
pub mod seal;
pub mod startup;
pub mod telemetry;
pub mod web;
