//! Rebuilds the crate when embedded files change: `fl!` checks message ids and
//! `embed_migrations!` / rust-embed read their folders at compile time, but
//! cargo does not know about those folders unless told.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=static");
    println!("cargo:rerun-if-changed=src/templates");
    println!("cargo:rerun-if-changed=i18n.toml");
}
