//! Black-box tests: the application spawned on port 0 with a fresh database
//! per test, on SQLite always and on PostgreSQL when
//! `FRAUDREPORT_TEST_POSTGRES_URL` is set.

mod helpers;
mod keys;

mod api;
mod attacks;
mod body_limit;
mod check;
mod compression;
mod config;
mod crypto;
mod demo;
mod destinations;
mod faults;
mod form;
mod head;
mod linkage;
mod locales;
mod mail;
mod migrations;
mod portal;
mod routing;
mod sealed;
mod submit;
mod warnings;
mod web;
