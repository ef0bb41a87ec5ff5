//! mmdb files written here, in both record layouts, IPv4 and IPv6.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

use mmdb_writer::ipnet::IpNet;
use mmdb_writer::{IpVersion, Writer};
use serde::Serialize;

use super::*;

#[derive(Serialize)]
struct MaxMindRecord {
    country: BTreeMap<&'static str, &'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subdivisions: Vec<BTreeMap<&'static str, &'static str>>,
}

#[derive(Serialize)]
struct IpLocationDbRecord {
    country_code: &'static str,
}

fn net(text: &str) -> IpNet {
    text.parse().expect("network")
}

fn writer() -> Writer {
    Writer::builder("fraudreport-test")
        .description(&[("en", "fraudreport test database")])
        .ip_version(IpVersion::V6)
        .build()
}

/// MaxMind City layout: 193.40.0.0/16 Estonia, 2001:7d0::/32 Estonia,
/// 141.90.0.0/16 Germany / Hesse.
fn write_maxmind(path: &Path) {
    let mut w = writer();
    let ee = MaxMindRecord {
        country: BTreeMap::from([("iso_code", "EE")]),
        subdivisions: vec![],
    };
    w.insert(net("193.40.0.0/16"), &ee).expect("insert");
    w.insert(net("2001:7d0::/32"), &ee).expect("insert");
    let de_he = MaxMindRecord {
        country: BTreeMap::from([("iso_code", "DE")]),
        subdivisions: vec![BTreeMap::from([("iso_code", "HE")])],
    };
    w.insert(net("141.90.0.0/16"), &de_he).expect("insert");
    std::fs::write(path, w.to_bytes().expect("bytes")).expect("write");
}

/// ip-location-db layout: 8.8.8.0/24 US, 2001:4860::/32 US.
fn write_ip_location_db(path: &Path, country: &'static str) {
    let mut w = writer();
    let rec = IpLocationDbRecord {
        country_code: country,
    };
    w.insert(net("8.8.8.0/24"), &rec).expect("insert");
    w.insert(net("2001:4860::/32"), &rec).expect("insert");
    std::fs::write(path, w.to_bytes().expect("bytes")).expect("write");
}

fn ip(text: &str) -> IpAddr {
    text.parse().expect("ip")
}

fn loc(country: &str, region: Option<&str>) -> Option<Location> {
    Some(Location {
        country: CountryCode::parse(country).expect("code"),
        region: region.map(str::to_string),
    })
}

#[test]
fn the_maxmind_layout_gives_country_and_region_for_ipv4_and_ipv6() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("city.mmdb");
    write_maxmind(&path);
    let geo = GeoIp::open(&path);
    assert_eq!(geo.lookup(ip("193.40.5.1")), loc("EE", None));
    assert_eq!(geo.lookup(ip("2001:7d0::1")), loc("EE", None));
    assert_eq!(geo.lookup(ip("141.90.1.2")), loc("DE", Some("DE-HE")));
    assert_eq!(geo.lookup(ip("203.0.113.1")), None);
}

#[test]
fn the_ip_location_db_layout_gives_the_country() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("country.mmdb");
    write_ip_location_db(&path, "US");
    let geo = GeoIp::open(&path);
    assert_eq!(geo.lookup(ip("8.8.8.8")), loc("US", None));
    assert_eq!(geo.lookup(ip("2001:4860::8888")), loc("US", None));
}

#[test]
fn a_missing_file_means_unknown_not_failure() {
    let geo = GeoIp::open(Path::new("/nonexistent/country.mmdb"));
    assert!(!geo.is_loaded());
    assert_eq!(geo.lookup(ip("8.8.8.8")), None);
}

#[test]
fn a_changed_file_is_reloaded_while_lookups_go_on_without_a_miss() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("country.mmdb");
    write_ip_location_db(&path, "US");
    let geo = Arc::new(GeoIp::open(&path));
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let (geo, stop) = (Arc::clone(&geo), Arc::clone(&stop));
            thread::spawn(move || {
                let mut seen = BTreeMap::new();
                while !stop.load(Ordering::Relaxed) {
                    let found = geo.lookup(ip("8.8.8.8")).map(|l| l.country.as_str());
                    *seen.entry(found).or_insert(0u64) += 1;
                }
                seen
            })
        })
        .collect();
    thread::sleep(Duration::from_millis(50));
    // Write the new file beside the old one and move it into place, as an
    // operator's update script does.
    let fresh = dir.path().join("country.mmdb.new");
    write_ip_location_db(&fresh, "CA");
    // npm's files all carry the same date: give the new file the old one's.
    let old_time = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let set_time = |p: &Path| {
        std::fs::File::options()
            .write(true)
            .open(p)
            .and_then(|f| f.set_modified(old_time))
    };
    set_time(&fresh).expect("same mtime");
    std::fs::rename(&fresh, &path).expect("rename");
    assert!(geo.reload_if_changed(), "the change is noticed");
    thread::sleep(Duration::from_millis(50));
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        let seen = r.join().expect("reader");
        assert!(
            !seen.contains_key(&None),
            "a look-up failed during the reload: {seen:?}"
        );
        assert!(
            seen.contains_key(&Some("CA")),
            "the new data is used: {seen:?}"
        );
    }
    assert!(!geo.reload_if_changed(), "nothing changed since");
}
