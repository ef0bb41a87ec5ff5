//! STIX 2.1 bundle export, streamed object by object, each object once per
//! bundle (see [`Seen`]).
//!
//! Content: an `identity` for the deployment (creator of everything); TLP 1.0
//! markings referenced by their fixed ids (TLP:CLEAR → WHITE, AMBER+STRICT →
//! AMBER); `domain-name` and `email-addr` SCOs with `indicator`s
//! (`pattern_type` "stix"); for wallets, crypto payments' transaction
//! hashes, IBANs and phone numbers, SCOs of new types defined by this
//! project's `extension-definition`s (ids below, created
//! by the project identity [`PROJECT_IDENTITY`]); an `infrastructure` per fake
//! platform; one `report` per case linking its objects (and, with
//! `with_victims`, an `identity` of class "individual" with the victim's
//! contact details). For a cluster: a `campaign`, an `identity` per authority,
//! `indicates` relationships from indicators to the campaign, `uses` from the
//! campaign to platforms, and one `sighting` of the campaign.
//!
//! Domains are `domain-name`s, never `url`s: the service stores host names,
//! not the URLs the victims saw. Fraudsters' aliases appear in the reports'
//! descriptions only.
//!
//! Ids: SCOs are UUIDv5 of their id-contributing properties under the STIX
//! namespace [`SCO_NAMESPACE`], as STIX 2.1 asks, so the same wallet or domain
//! has the same id in every export. SDOs and SROs get UUIDv4s, as STIX 2.1
//! recommends: random per bundle (SHA-256 of a random per-bundle key and the
//! object's name, e.g. `indicator:<pattern>`, made a version-4 UUID), so
//! that each is written once per bundle without remembering ids, and no
//! object's `created` ever changes under a reused id. The exception is the
//! deployment's identity, a stable UUIDv5 of `service:<service>` under
//! [`SDO_NAMESPACE`] (with a fixed `created`), so that every export names the
//! same producer; stix2-validator warns about it ({103}).

use std::io::{self, Write};

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::model::{ExportCase, ExportMeta, Scope, Tlp, kind, losses};
use super::{Format, Seen, write_json};

/// Namespace for the UUIDv5 ids of SCOs, fixed by STIX 2.1 §2.9.
pub const SCO_NAMESPACE: Uuid = Uuid::from_u128(0x00abedb4_aa42_466c_9c01_fed23315a9b7);
/// Namespace for the UUIDv5 id of a deployment's identity.
pub const SDO_NAMESPACE: Uuid = Uuid::from_u128(0xd16ab44a_bd31_462f_92ca_ec1cd0a93ef3);
/// `extension-definition--27eda219-…`: new SCO `cryptocurrency-wallet`
/// (`address`, `currency`; id from `address`).
pub const EXT_WALLET: Uuid = Uuid::from_u128(0x27eda219_939f_4147_90d5_b38fbc91eed9);
/// `extension-definition--783621db-…`: new SCO `bank-account` (`iban`; id from `iban`).
pub const EXT_BANK_ACCOUNT: Uuid = Uuid::from_u128(0x783621db_cdd1_4439_aa91_8744d347fb47);
/// `extension-definition--be671b43-…`: new SCO `phone-number` (`number`, E.164; id from `number`).
pub const EXT_PHONE: Uuid = Uuid::from_u128(0xbe671b43_32cc_4257_bd65_2383865cdec5);
/// `extension-definition--9e7602c1-…`: new SCO `cryptocurrency-transaction`
/// (`hash`, `network`, `currency`, `amount`, `to_ref`; id from `hash`).
pub const EXT_TRANSACTION: Uuid = Uuid::from_u128(0x9e7602c1_f5cf_43aa_8365_1d01e17a772a);
/// `identity--45c27d0e-…`: the fraudreport project, creator of the extension definitions.
pub const PROJECT_IDENTITY: Uuid = Uuid::from_u128(0x45c27d0e_007d_45a6_9df9_a54d93f433f2);
/// The JSON Schemas of the new SCO types: an identifier (`.invalid` names no
/// host); every deployment serves them at `/schema/stix/{type}.json`
/// (`static/schema/stix/`).
pub const SCHEMA_BASE: &str = "https://fraudreport.invalid/schema/stix/";
/// When the extension definitions and the deployment's identity were created
/// (their content never changes under the same id).
const EXTENSIONS_CREATED: &str = "2026-12-07T00:00:00.000Z";

/// TLP 1.0 marking-definition id for a TLP 2.0 label.
pub fn marking(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Clear => "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        Tlp::Green => "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        Tlp::Amber | Tlp::AmberStrict => "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
        Tlp::Red => "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
    }
}

/// A timestamp in STIX form, with milliseconds: `2026-12-07T10:00:00.000Z`.
pub fn timestamp(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Escapes a string for a single-quoted STIX pattern literal.
pub fn pattern_literal(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\'', "\\'")
}

/// The id of an SDO/SRO in one bundle: a UUIDv4 whose random bits are the
/// SHA-256 of the bundle's random key and the object's name.
fn bundle_id(key: &[u8; 16], kind: &str, name: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(key);
    hasher.update(name.as_bytes());
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    let uuid = uuid::Builder::from_random_bytes(bytes).into_uuid();
    format!("{kind}--{uuid}")
}

/// The stable id of the deployment's identity.
fn service_identity(service: &str) -> String {
    let name = format!("service:{service}");
    format!(
        "identity--{}",
        Uuid::new_v5(&SDO_NAMESPACE, name.as_bytes())
    )
}

/// The id of an SCO from its id-contributing properties (one here).
fn sco_id(kind: &str, property: &str, value: &str) -> String {
    let mut contributing = serde_json::Map::new();
    contributing.insert(property.to_owned(), Value::String(value.to_owned()));
    let name = Value::Object(contributing).to_string();
    format!("{kind}--{}", Uuid::new_v5(&SCO_NAMESPACE, name.as_bytes()))
}

/// Writes cases as one streamed STIX 2.1 bundle.
pub struct StixFormat {
    meta: ExportMeta,
    seen: Seen,
    objects: u64,
    created: String,
    identity: String,
    marking: &'static str,
    campaign: Option<String>,
    /// Random key of this bundle's SDO/SRO ids.
    key: [u8; 16],
}

impl StixFormat {
    pub fn new(meta: ExportMeta) -> Self {
        let key = *Uuid::new_v4().as_bytes();
        let identity = service_identity(&meta.service);
        let campaign = match &meta.scope {
            Scope::Cluster(c) => Some(bundle_id(&key, "campaign", &format!("cluster:{}", c.id))),
            _ => None,
        };
        StixFormat {
            created: timestamp(&meta.generated_at),
            marking: marking(meta.tlp),
            meta,
            seen: Seen::default(),
            objects: 0,
            key,
            identity,
            campaign,
        }
    }

    fn local_id(&self, kind: &str, name: &str) -> String {
        bundle_id(&self.key, kind, name)
    }

    /// Writes `object` unless an object with its id was written already.
    fn emit(&mut self, out: &mut dyn Write, object: Value) -> io::Result<()> {
        let id = object["id"].as_str().unwrap_or_default();
        if !self.seen.first(id) {
            return Ok(());
        }
        self.emit_unique(out, object)
    }

    /// Writes an object that is unique by construction (one per case), without
    /// remembering it, so that memory does not grow with the number of cases.
    fn emit_unique(&mut self, out: &mut dyn Write, object: Value) -> io::Result<()> {
        if self.objects > 0 {
            out.write_all(b",")?;
        }
        self.objects += 1;
        write_json(out, &object)
    }

    /// An SDO/SRO with the common properties filled in.
    fn sdo(&self, kind: &str, id: &str, properties: Value) -> Value {
        let mut object = json!({
            "type": kind,
            "spec_version": "2.1",
            "id": id,
            "created": self.created,
            "modified": self.created,
            "created_by_ref": self.identity,
            "object_marking_refs": [self.marking],
        });
        if let (Some(o), Value::Object(p)) = (object.as_object_mut(), properties) {
            o.extend(p);
        }
        object
    }

    fn extension(
        &mut self,
        out: &mut dyn Write,
        id: Uuid,
        sco: &str,
        what: &str,
    ) -> io::Result<()> {
        let project = format!("identity--{PROJECT_IDENTITY}");
        self.emit(
            out,
            json!({
                "type": "identity",
                "spec_version": "2.1",
                "id": project,
                "created": EXTENSIONS_CREATED,
                "modified": EXTENSIONS_CREATED,
                "name": "fraudreport project",
                "identity_class": "organization",
                "description": "Open-source service receiving reports of online investment fraud; defines the STIX extensions used in its exports.",
            }),
        )?;
        self.emit(
            out,
            json!({
                "type": "extension-definition",
                "spec_version": "2.1",
                "id": format!("extension-definition--{id}"),
                "created_by_ref": project,
                "created": EXTENSIONS_CREATED,
                "modified": EXTENSIONS_CREATED,
                "name": format!("{sco} (fraudreport)"),
                "description": format!("New SCO type {sco}: {what}"),
                "schema": format!("{SCHEMA_BASE}{sco}.json"),
                "version": "1.0.0",
                "extension_types": ["new-sco"],
                "object_marking_refs": [marking(Tlp::Clear)],
            }),
        )
    }

    /// Writes a new-type SCO (and its definition); returns its id.
    fn custom_sco(
        &mut self,
        out: &mut dyn Write,
        (ext, sco, what): (Uuid, &str, &str),
        property: &str,
        value: &str,
        extra: Value,
    ) -> io::Result<String> {
        self.extension(out, ext, sco, what)?;
        let id = sco_id(sco, property, value);
        let mut object = json!({
            "type": sco,
            "spec_version": "2.1",
            "id": id,
            property: value,
            "object_marking_refs": [self.marking],
            "extensions": { format!("extension-definition--{ext}"): {"extension_type": "new-sco"} },
        });
        if let (Some(o), Value::Object(p)) = (object.as_object_mut(), extra) {
            o.extend(p);
        }
        self.emit(out, object)?;
        Ok(id)
    }

    /// Writes an SCO with a `value` and its indicator; returns both ids.
    fn observed_with_indicator(
        &mut self,
        out: &mut dyn Write,
        sco: &str,
        value: &str,
        name: &str,
        case: &ExportCase,
    ) -> io::Result<[String; 2]> {
        let id = sco_id(sco, "value", value);
        self.emit(
            out,
            json!({
                "type": sco,
                "spec_version": "2.1",
                "id": id,
                "value": value,
                "object_marking_refs": [self.marking],
            }),
        )?;
        let pattern = format!("[{sco}:value = '{}']", pattern_literal(value));
        let indicator = self.local_id("indicator", &format!("indicator:{pattern}"));
        let object = self.sdo(
            "indicator",
            &indicator,
            json!({
                "name": name,
                "description": format!(
                    "Reported to {} by a victim of online investment fraud (first in case {}).",
                    self.meta.service, case.reference
                ),
                "indicator_types": ["malicious-activity"],
                "pattern": pattern,
                "pattern_type": "stix",
                "pattern_version": "2.1",
                "valid_from": timestamp(&case.created_at),
            }),
        );
        self.emit(out, object)?;
        if let Some(campaign) = self.campaign.clone() {
            self.relationship(out, &indicator, "indicates", &campaign)?;
        }
        Ok([id, indicator])
    }

    fn relationship(
        &mut self,
        out: &mut dyn Write,
        from: &str,
        kind: &str,
        to: &str,
    ) -> io::Result<()> {
        let id = self.local_id("relationship", &format!("relationship:{from}:{kind}:{to}"));
        let object = self.sdo(
            "relationship",
            &id,
            json!({"relationship_type": kind, "source_ref": from, "target_ref": to}),
        );
        self.emit(out, object)
    }

    fn platform(&mut self, out: &mut dyn Write, name: &str) -> io::Result<String> {
        let platform = format!("platform:{}", name.to_lowercase());
        let id = self.local_id("infrastructure", &platform);
        let object = self.sdo(
            "infrastructure",
            &id,
            json!({
                "name": name,
                "description": "Fake investment trading platform named by victims.",
                "infrastructure_types": ["phishing"],
            }),
        );
        self.emit(out, object)?;
        if let Some(campaign) = self.campaign.clone() {
            self.relationship(out, &campaign, "uses", &id)?;
        }
        Ok(id)
    }

    fn authority_identity(&self, a: &super::model::Authority) -> Value {
        let id = self.local_id("identity", &format!("authority:{}", a.id));
        let mut props = json!({
            "name": a.name,
            "identity_class": "organization",
            "sectors": ["government-public-services"],
            "description": format!("Authority {} ({}) holding fraud reports", a.id, a.country),
        });
        if let (Some(o), Some(channel)) = (props.as_object_mut(), a.channel.as_ref()) {
            o.insert("contact_information".to_owned(), json!(channel));
        }
        self.sdo("identity", &id, props)
    }

    fn report_description(case: &ExportCase) -> String {
        let mut lines = vec![
            format!("Status: {}", case.status),
            format!("Victim's residence: {}", case.residence_country),
        ];
        if let Some(a) = &case.authority {
            lines.push(format!("Authority: {} ({})", a.name, a.id));
        }
        if let Some(c) = &case.first_contact_channel {
            lines.push(format!("First contact channel: {c}"));
        }
        if let Some(d) = &case.first_contact_on {
            lines.push(format!("First contact on: {d}"));
        }
        if let Some(r) = &case.recovery_approach {
            lines.push(format!("Approached by \"recovery\" scammers: {r}"));
        }
        if !case.payments.is_empty() {
            lines.push(format!("Losses: {}", losses(case)));
        }
        let aliases: Vec<&str> = case
            .indicators
            .iter()
            .filter(|i| i.kind == kind::ALIAS)
            .map(|i| i.normalised.as_str())
            .collect();
        if !aliases.is_empty() {
            lines.push(format!(
                "Names used by the fraudsters: {}",
                aliases.join("; ")
            ));
        }
        lines.join("\n")
    }

    #[cfg(test)]
    pub(crate) fn state_len(&self) -> usize {
        self.seen.len()
    }
}

const WALLET: (Uuid, &str, &str) = (
    EXT_WALLET,
    "cryptocurrency-wallet",
    "an address on a blockchain (property address) and its currency code (property currency)",
);
const TRANSACTION: (Uuid, &str, &str) = (
    EXT_TRANSACTION,
    "cryptocurrency-transaction",
    "a payment on a blockchain by its transaction hash (property hash), with its network, currency, amount (a decimal string) and the wallet paid to (to_ref)",
);
const BANK: (Uuid, &str, &str) = (
    EXT_BANK_ACCOUNT,
    "bank-account",
    "a bank account identified by its IBAN (property iban, without spaces, upper case)",
);
const PHONE: (Uuid, &str, &str) = (
    EXT_PHONE,
    "phone-number",
    "a telephone number (property number, E.164)",
);

impl Format for StixFormat {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":[",
            Uuid::new_v4()
        )?;
        let service = self.identity.clone();
        let identity = json!({
            "type": "identity",
            "spec_version": "2.1",
            "id": service,
            "created": EXTENSIONS_CREATED,
            "modified": EXTENSIONS_CREATED,
            "name": self.meta.service,
            "identity_class": "organization",
            "description": "Service receiving reports of online investment fraud",
        });
        self.emit(out, identity)?;
        let Scope::Cluster(cluster) = self.meta.scope.clone() else {
            return Ok(());
        };
        let campaign = self.campaign.clone().unwrap_or_default();
        let object = self.sdo(
            "campaign",
            &campaign,
            json!({
                "name": self.meta.title,
                "description": format!(
                    "Cluster #{} of linked investment-fraud reports: {} victims in {}",
                    cluster.id,
                    cluster.victims,
                    cluster.countries.join(", ")
                ),
                "first_seen": timestamp(&cluster.first_seen),
                "last_seen": timestamp(&cluster.last_seen),
                "objective": "Defraud investors through a fake trading platform",
            }),
        );
        self.emit(out, object)?;
        let mut where_sighted = Vec::new();
        for (authority, _) in &cluster.authorities {
            let object = self.authority_identity(authority);
            where_sighted.push(object["id"].clone());
            self.emit(out, object)?;
        }
        let mut sighting = json!({
            "sighting_of_ref": campaign,
            "count": cluster.victims.min(999_999_999),
            "first_seen": timestamp(&cluster.first_seen),
            "last_seen": timestamp(&cluster.last_seen),
            "description": format!("Reports by victims in {}", cluster.countries.join(", ")),
        });
        if let Some(o) = sighting
            .as_object_mut()
            .filter(|_| !where_sighted.is_empty())
        {
            o.insert("where_sighted_refs".to_owned(), Value::Array(where_sighted));
        }
        let id = self.local_id("sighting", &format!("sighting:cluster:{}", cluster.id));
        let object = self.sdo("sighting", &id, sighting);
        self.emit(out, object)
    }

    fn case(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        let mut refs: Vec<String> = vec![self.identity.clone()];
        if let Some(c) = &self.campaign {
            refs.push(c.clone());
        }
        if let Some(name) = case.platform_name.as_deref() {
            refs.push(self.platform(out, name)?);
        }
        for i in &case.indicators {
            let v = i.normalised.as_str();
            let recovery = if i.recovery {
                " (\"recovery\" approach)"
            } else {
                ""
            };
            match i.kind.as_str() {
                kind::DOMAIN => {
                    let name = format!("Domain of a fraudulent platform{recovery}");
                    refs.extend(self.observed_with_indicator(
                        out,
                        "domain-name",
                        v,
                        &name,
                        case,
                    )?);
                }
                kind::EMAIL => {
                    let name = format!("E-mail address of investment fraudsters{recovery}");
                    refs.extend(self.observed_with_indicator(out, "email-addr", v, &name, case)?);
                }
                kind::PHONE => refs.push(self.custom_sco(out, PHONE, "number", v, json!({}))?),
                kind::IBAN => refs.push(self.custom_sco(out, BANK, "iban", v, json!({}))?),
                kind::WALLET_BTC | kind::WALLET_ETH | kind::WALLET_TRX => {
                    let currency = match i.kind.as_str() {
                        kind::WALLET_BTC => "BTC",
                        kind::WALLET_ETH => "ETH",
                        _ => "TRX",
                    };
                    let extra = json!({ "currency": currency });
                    refs.push(self.custom_sco(out, WALLET, "address", v, extra)?);
                }
                kind::PLATFORM => refs.push(self.platform(out, v)?),
                _ => {}
            }
        }
        for p in &case.payments {
            let (Some(hash), Some(network)) = (p.tx_hash.as_deref(), p.network.as_deref()) else {
                continue;
            };
            let mut extra = json!({ "network": network });
            if let Some(o) = extra.as_object_mut() {
                if let Some(c) = &p.crypto {
                    o.insert("currency".to_owned(), json!(c.asset));
                    o.insert("amount".to_owned(), json!(c.amount));
                }
                let paid_to = p
                    .destination
                    .as_deref()
                    .and_then(|d| crate::domain::wallet::parse(d).ok().flatten());
                if let Some(w) = paid_to {
                    o.insert(
                        "to_ref".to_owned(),
                        json!(sco_id("cryptocurrency-wallet", "address", w.normalised())),
                    );
                }
            }
            refs.push(self.custom_sco(out, TRANSACTION, "hash", hash, extra)?);
        }
        if self.meta.with_victims
            && let Some(victim) = &case.victim
        {
            let mut contact = Vec::new();
            if let Some(e) = &victim.email {
                contact.push(format!("e-mail: {e}"));
            }
            if let Some(p) = &victim.phone {
                contact.push(format!("phone: {p}"));
            }
            let id = self.local_id("identity", &format!("victim:{}", case.reference));
            let mut props = json!({
                "name": format!("Victim of case {}", case.reference),
                "identity_class": "individual",
                "contact_information": contact.join("\n"),
            });
            if let (Some(o), Some(story)) = (props.as_object_mut(), victim.story.as_ref()) {
                o.insert("description".to_owned(), json!(story));
            }
            let object = self.sdo("identity", &id, props);
            self.emit_unique(out, object)?;
            refs.push(id);
        }
        refs.sort();
        refs.dedup();
        let id = self.local_id("report", &format!("report:{}", case.reference));
        let object = self.sdo(
            "report",
            &id,
            json!({
                "name": format!("Investment fraud report {}", case.reference),
                "description": Self::report_description(case),
                "report_types": ["threat-report"],
                "published": timestamp(&case.created_at),
                "object_refs": refs,
                "external_references": [{"source_name": "fraudreport", "external_id": case.reference}],
            }),
        );
        self.emit_unique(out, object)
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"]}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Kind;
    use crate::export::testdata::{CASES, case, cluster, meta, run};

    fn objects(v: &Value, kind: &str) -> Vec<Value> {
        v["objects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["type"] == kind)
            .cloned()
            .collect()
    }

    #[test]
    fn pattern_escaping() {
        assert_eq!(pattern_literal(r"o'b\x"), r"o\'b\\x");
        let mut quoted = case(1);
        quoted.indicators[3].kind = "email".to_owned();
        quoted.indicators[3].normalised = r"o'brien\x@recovery-help.example.org".to_owned();
        let v: Value =
            serde_json::from_slice(&run(Kind::Stix, meta(Scope::Case, false), &[quoted])).unwrap();
        let patterns: Vec<String> = objects(&v, "indicator")
            .iter()
            .map(|o| o["pattern"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            patterns.contains(
                &r"[email-addr:value = 'o\'brien\\x@recovery-help.example.org']".to_owned()
            )
        );
        assert!(patterns.contains(&"[domain-name:value = 'invest-pro1.example.com']".to_owned()));
    }

    #[test]
    fn sco_ids_follow_the_spec() {
        // Example from STIX 2.1 §2.9 is not for domain-name; check against the
        // stix2 library's value for email-addr "john@example.com".
        assert_eq!(
            sco_id("email-addr", "value", "john@example.com"),
            "email-addr--".to_owned()
                + &Uuid::new_v5(&SCO_NAMESPACE, br#"{"value":"john@example.com"}"#).to_string()
        );
    }

    #[test]
    fn cluster_bundle() {
        let cases: Vec<_> = (0..6).map(case).collect();
        let v: Value = serde_json::from_slice(&run(
            Kind::Stix,
            meta(Scope::Cluster(cluster()), true),
            &cases,
        ))
        .unwrap();
        assert_eq!(v["type"], "bundle");
        let all = v["objects"].as_array().unwrap();
        let mut ids: Vec<&str> = all.iter().map(|o| o["id"].as_str().unwrap()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "each object once");
        assert_eq!(objects(&v, "campaign").len(), 1);
        assert_eq!(objects(&v, "sighting")[0]["count"], 3);
        assert_eq!(objects(&v, "report").len(), 6);
        assert_eq!(objects(&v, "extension-definition").len(), 4);
        let transactions = objects(&v, "cryptocurrency-transaction");
        assert_eq!(transactions.len(), 6, "one per case's USDT payment");
        assert!(
            transactions
                .iter()
                .all(|t| t["currency"] == "USDT" && t["amount"] == "1250.5")
        );
        assert_eq!(objects(&v, "cryptocurrency-wallet").len(), 5);
        let victims = objects(&v, "identity")
            .into_iter()
            .filter(|o| o["identity_class"] == "individual")
            .count();
        assert_eq!(victims, 6);
        let scos = [
            "domain-name",
            "email-addr",
            "phone-number",
            "bank-account",
            "cryptocurrency-wallet",
            "cryptocurrency-transaction",
        ];
        for o in all {
            let id = o["id"].as_str().unwrap();
            let (kind, uuid) = id.split_once("--").unwrap();
            let version = Uuid::parse_str(uuid).unwrap().get_version_num();
            if scos.contains(&kind) {
                assert_eq!(version, 5, "{id}");
            } else if id != service_identity("fraudreport (example.org)") {
                assert_eq!(version, 4, "{id}");
            }
            if o["type"] != "extension-definition" && o["type"] != "identity" {
                assert_eq!(o["object_marking_refs"][0], marking(Tlp::AmberStrict));
            }
            if let Some(c) = o["created"].as_str() {
                assert_eq!(c.len(), 24, "{c}");
            }
        }
    }

    #[test]
    fn no_victims_without_flag() {
        let v: Value =
            serde_json::from_slice(&run(Kind::Stix, meta(Scope::Queue, false), &[case(1)]))
                .unwrap();
        let text = v.to_string();
        assert!(!text.contains("victim1@mail.example"));
        assert!(!text.contains("individual"));
    }

    #[test]
    fn state_grows_only_with_distinct_values() {
        let mut w = StixFormat::new(meta(Scope::Cluster(cluster()), true));
        let mut out = io::sink();
        w.begin(&mut out).unwrap();
        let mut repeated = case(0);
        w.case(&mut out, &repeated).unwrap();
        let base = w.state_len();
        for n in 0..CASES {
            repeated.reference = format!("R-{n}");
            w.case(&mut out, &repeated).unwrap();
        }
        // Reports and victims are unique per case and not remembered.
        assert_eq!(w.state_len(), base);
        w.end(&mut out).unwrap();
    }
}
