//! The authority directory: who receives reports from which country and
//! region. The default directory is compiled in (`authorities.toml` beside
//! this file); a deployment can add its own file, whose entries replace the
//! default ones with the same id and add new ones.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use crate::domain::CountryCode;
use crate::notify::openpgp::RecipientKey;

/// The default directory, compiled into the binary.
const DEFAULT_DIRECTORY: &str = include_str!("authorities.toml");

/// A national or regional authority that takes fraud reports.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Stable id, e.g. `de-he`.
    pub id: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// ISO 3166-2 codes it is competent for; empty for the whole country.
    pub regions: Vec<String>,
    /// Reports are routed here (otherwise it is an additional channel).
    pub routes: bool,
    pub name_local: String,
    pub name_en: String,
    pub website: String,
    /// The public page where a victim makes a formal complaint.
    pub report_url: String,
    /// How to make a formal complaint there, in one English sentence.
    pub report_how: String,
    pub phone: String,
    pub languages: Vec<String>,
    /// V (read on an official page), S (secondary sources only), ? (unverified).
    pub confidence: String,
    /// When the entry was last checked.
    pub checked: String,
    pub sources: Vec<String>,
    /// Where routed cases are e-mailed; empty until the deployment sets it.
    pub intake_email: String,
    /// The authority's OpenPGP public key, ASCII-armored: mail to the
    /// intake address then leaves encrypted to it, and a routed case
    /// carries the whole case (`notify::sealed`). Empty: no key.
    #[serde(default)]
    pub openpgp_key: String,
}

/// A subdivision offered on the form for a country that routes by region.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166-2, e.g. `DE-HE`.
    pub code: String,
    pub name_local: String,
    pub name_en: String,
}

/// The regions of one country that routes by region.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RegionCountry {
    pub country: String,
    pub regions: Vec<Region>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryFile {
    #[serde(default)]
    authority: Vec<Authority>,
    #[serde(default)]
    region_country: Vec<RegionCountry>,
}

/// The whole directory, checked.
#[derive(Debug, Clone)]
pub struct Directory {
    authorities: Vec<Authority>,
    region_countries: Vec<RegionCountry>,
    /// (country, region or "") → index of the routing authority.
    routes: HashMap<(String, String), usize>,
    /// The checked OpenPGP keys, by authority id.
    keys: HashMap<String, Arc<RecipientKey>>,
}

impl Directory {
    /// The compiled-in directory, extended by `extra` (a deployment's file).
    pub fn load(extra: Option<&Path>) -> anyhow::Result<Directory> {
        let mut file: DirectoryFile = toml::from_str(DEFAULT_DIRECTORY)
            .map_err(|e| anyhow::anyhow!("the built-in authority directory is invalid: {e}"))?;
        if let Some(path) = extra {
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            let theirs: DirectoryFile = toml::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{} is not a valid directory: {e}", path.display()))?;
            merge(&mut file, theirs);
        }
        Directory::build(file)
    }

    fn build(file: DirectoryFile) -> anyhow::Result<Directory> {
        let mut routes = HashMap::new();
        let mut ids = BTreeSet::new();
        let mut keys = HashMap::new();
        let now = chrono::Utc::now();
        for (i, a) in file.authority.iter().enumerate() {
            // Ids starting otherwise are the service's own (API partners).
            anyhow::ensure!(
                a.id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                    && a.id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "authority id {:?} must be lower-case letters, digits and hyphens, starting with a letter or digit",
                a.id
            );
            anyhow::ensure!(
                ids.insert(a.id.clone()),
                "authority id {} appears twice",
                a.id
            );
            anyhow::ensure!(
                CountryCode::parse(&a.country).is_some(),
                "authority {} has an unknown country {}",
                a.id,
                a.country
            );
            if !a.openpgp_key.trim().is_empty() {
                let key = RecipientKey::from_armored(&a.openpgp_key, now).map_err(|problem| {
                    anyhow::anyhow!(
                        "the OpenPGP key of authority {} is refused: {problem}",
                        a.id
                    )
                })?;
                keys.insert(a.id.clone(), Arc::new(key));
            }
            if !a.routes {
                continue;
            }
            let keys: Vec<String> = if a.regions.is_empty() {
                vec![String::new()]
            } else {
                a.regions.clone()
            };
            for region in keys {
                let key = (a.country.clone(), region.clone());
                if let Some(other) = routes.insert(key, i) {
                    anyhow::bail!(
                        "{} and {} both route {} {}",
                        file.authority[other].id,
                        a.id,
                        a.country,
                        region
                    );
                }
            }
        }
        Ok(Directory {
            authorities: file.authority,
            region_countries: file.region_country,
            routes,
            keys,
        })
    }

    /// The routing authority for a country (and region), if any.
    pub fn routing_authority(&self, country: &str, region: Option<&str>) -> Option<&Authority> {
        let regional = region.and_then(|r| self.routes.get(&(country.to_string(), r.to_string())));
        regional
            .or_else(|| self.routes.get(&(country.to_string(), String::new())))
            .map(|&i| &self.authorities[i])
    }

    /// Where cases delivered to `delivered_to` (an authority's id, or the
    /// hub) are e-mailed, if an address is configured.
    pub fn intake_address(&self, delivered_to: &str, hub_email: &str) -> Option<String> {
        let address = match delivered_to {
            super::HUB_ID => hub_email,
            id => self.get(id).map_or("", |a| a.intake_email.as_str()),
        };
        (!address.is_empty()).then(|| address.to_string())
    }

    /// The name of whoever receives cases delivered to `delivered_to`.
    pub fn recipient_name<'a>(&'a self, delivered_to: &str, hub_name: &'a str) -> &'a str {
        self.get(delivered_to)
            .map_or(hub_name, |a| a.name_local.as_str())
    }

    /// The OpenPGP key mail to an authority's intake address is encrypted
    /// to, checked when the directory loaded.
    pub fn openpgp_key(&self, id: &str) -> Option<&Arc<RecipientKey>> {
        self.keys.get(id)
    }

    /// An authority by its id.
    pub fn get(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// The regions the form offers for `country`, when it routes by region.
    pub fn regions_of(&self, country: &str) -> Option<&[Region]> {
        self.region_countries
            .iter()
            .find(|c| c.country == country)
            .map(|c| c.regions.as_slice())
    }

    /// Every authority.
    pub fn authorities(&self) -> &[Authority] {
        &self.authorities
    }

    /// Every country that routes by region.
    pub fn region_countries(&self) -> &[RegionCountry] {
        &self.region_countries
    }
}

/// A deployment's entries replace the default ones with the same id; its
/// region lists replace the default list of the same country.
fn merge(base: &mut DirectoryFile, theirs: DirectoryFile) {
    for a in theirs.authority {
        match base.authority.iter_mut().find(|b| b.id == a.id) {
            Some(slot) => *slot = a,
            None => base.authority.push(a),
        }
    }
    for c in theirs.region_country {
        match base
            .region_country
            .iter_mut()
            .find(|b| b.country == c.country)
        {
            Some(slot) => *slot = c,
            None => base.region_country.push(c),
        }
    }
}
