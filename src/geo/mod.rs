//! IP address → country (and region, with a City database), from an mmdb
//! file. Both record layouts found in the wild are read: MaxMind's
//! (`country.iso_code`, `subdivisions[].iso_code`: GeoLite2, GeoIP2, DB-IP
//! lite) and ip-location-db's (`country_code`). The file is re-read when it
//! changes on disk; look-ups keep using the old copy until the new one is
//! ready. The address itself is never kept.

pub mod install;

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwapOption;
use maxminddb::Reader;
use serde::Deserialize;

use crate::domain::CountryCode;

/// Where an address is, as far as the database knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub country: CountryCode,
    /// ISO 3166-2, e.g. `DE-HE`, when the database has subdivisions.
    pub region: Option<String>,
}

#[derive(Deserialize)]
struct Record<'a> {
    #[serde(borrow, default)]
    country: Option<IsoCode<'a>>,
    #[serde(borrow, default)]
    country_code: Option<&'a str>,
    #[serde(borrow, default)]
    subdivisions: Option<Vec<IsoCode<'a>>>,
}

#[derive(Deserialize)]
struct IsoCode<'a> {
    #[serde(borrow, default)]
    iso_code: Option<&'a str>,
}

struct Loaded {
    reader: Reader<Vec<u8>>,
    stamp: Option<Stamp>,
}

/// What identifies one version of the file: its modification time, size and
/// inode. (npm hands out files dated 1985, so the time alone cannot tell an
/// update that was moved into place.)
type Stamp = (SystemTime, u64, u64);

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((meta.modified().ok()?, meta.len(), inode))
}

/// The geolocation database, reloadable.
pub struct GeoIp {
    path: PathBuf,
    current: ArcSwapOption<Loaded>,
}

impl GeoIp {
    /// Opens the file; a missing or unreadable file leaves geolocation
    /// "unknown" with one warning in the log, and the service runs on.
    pub fn open(path: &Path) -> GeoIp {
        let geo = GeoIp {
            path: path.to_path_buf(),
            current: ArcSwapOption::empty(),
        };
        if let Err(e) = geo.reload() {
            tracing::warn!(path = %path.display(), error = %e, "no geolocation database: every location is unknown");
        }
        geo
    }

    /// Reads the file again and swaps it in; on failure the old copy stays.
    pub fn reload(&self) -> Result<(), String> {
        let stamp = stamp(&self.path);
        let reader = Reader::open_readfile(&self.path).map_err(|e| e.to_string())?;
        self.current.store(Some(Arc::new(Loaded { reader, stamp })));
        Ok(())
    }

    /// Reloads when the file on disk is not the one loaded.
    pub fn reload_if_changed(&self) -> bool {
        let on_disk = stamp(&self.path);
        let loaded = self.current.load().as_ref().and_then(|l| l.stamp);
        if on_disk.is_none() || on_disk == loaded {
            return false;
        }
        match self.reload() {
            Ok(()) => {
                tracing::info!(path = %self.path.display(), "reloaded the geolocation database");
                true
            }
            Err(e) => {
                tracing::warn!(path = %self.path.display(), error = %e, "cannot reload the geolocation database; keeping the old one");
                false
            }
        }
    }

    /// Checks the file for changes every `every`, in a thread of its own.
    pub fn watch(self: &Arc<Self>, every: Duration) -> std::io::Result<()> {
        let geo = Arc::clone(self);
        std::thread::Builder::new()
            .name("geoip-reload".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(every);
                    geo.reload_if_changed();
                }
            })?;
        Ok(())
    }

    /// Is a database loaded?
    pub fn is_loaded(&self) -> bool {
        self.current.load().is_some()
    }

    /// The location of an address, if the database knows it.
    pub fn lookup(&self, ip: IpAddr) -> Option<Location> {
        let loaded = self.current.load_full()?;
        let found = loaded.reader.lookup(ip).ok()?;
        let record: Record = found.decode().ok()??;
        let code = record
            .country
            .and_then(|c| c.iso_code)
            .or(record.country_code)?;
        let country = CountryCode::parse(code)?;
        let region = record
            .subdivisions
            .and_then(|s| s.into_iter().next())
            .and_then(|s| s.iso_code)
            .map(|sub| format!("{country}-{}", sub.to_ascii_uppercase()));
        Some(Location { country, region })
    }
}

#[cfg(test)]
mod tests;
