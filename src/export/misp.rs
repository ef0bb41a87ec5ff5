//! MISP core-format export. Scope `Case` and `Cluster`: one `{"Event": …}`
//! holding every case's indicators; scope `Queue`: one event per case, as
//! `{"response": [{"Event": …}, …]}`.
//!
//! Attributes are streamed into the event's `Attribute` array; objects
//! (`bank-account`, `coin-address`) are spilled to an anonymous temporary file
//! and copied out as the `Object` array when the event closes. Each value is
//! written once per event (see [`Seen`]).
//!
//! Every uuid is a UUIDv5 under [`NAMESPACE`], so re-exports update rather
//! than duplicate in a MISP instance:
//! event `case:<reference>` or `cluster:<id>`; attribute
//! `<event uuid>/attribute/<type>/<kind>/<value>`; object
//! `<event uuid>/object/<template>/<value>`; object attribute
//! `<object uuid>/<relation>`; creator organisation `org:<service>`.
//!
//! Domains are exported as `domain` attributes only, never as `url`: the
//! service stores host names, not the URLs the victims saw. Phone numbers are
//! `phone-number` (category "Financial fraud"), e-mail addresses `email-src`,
//! fake platforms' names and the fraudsters' aliases `text` (category
//! "Other"), each with a comment naming the case (or, for a cluster, the
//! cluster and the first case where the value was seen).
//!
//! A `Case` export given several cases puts them all in the event named
//! after the first one.
//!
//! Victims' contact details (only with `with_victims`) are attributes of
//! category "Person" (`email`, `phone-number`, `text`) with distribution 0
//! (this organisation only), whatever the event's distribution.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::model::{ExportCase, ExportIndicator, ExportMeta, Scope, kind};
use super::{Format, Seen, write_json};

/// Namespace of the UUIDv5s of events, attributes and objects.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x1d31e252_c7e0_478e_ae96_f079ba8f048a);

/// A misp-objects template, as shipped with PyMISP 2.5.34.
struct Template {
    name: &'static str,
    meta_category: &'static str,
    description: &'static str,
    uuid: &'static str,
    version: &'static str,
}

const BANK_ACCOUNT: Template = Template {
    name: "bank-account",
    meta_category: "financial",
    description: "An object describing bank account information based on account description from goAML 4.0",
    uuid: "b4712203-95a8-4883-80e9-b566f5df11c9",
    version: "3",
};

const COIN_ADDRESS: Template = Template {
    name: "coin-address",
    meta_category: "financial",
    description: "An address used in a cryptocurrency",
    uuid: "d0e6997e-78da-4815-a6a1-cfc1c1cb8a46",
    version: "7",
};

const CRYPTO_TRANSACTION: Template = Template {
    name: "cryptocurrency-transaction",
    meta_category: "financial",
    description: "An object to describe a cryptocurrency transaction",
    uuid: "a4aab70f-e43a-48cb-bf82-505de8228dd6",
    version: "3",
};

/// Threat level "2" (medium) for every event.
const THREAT_LEVEL: &str = "2";
/// Distribution 5: inherit from the event (attributes and objects).
const INHERIT: &str = "5";

/// Writes cases as MISP events.
pub struct MispFormat {
    meta: ExportMeta,
    timestamp: String,
    event: Option<Event>,
    events: u64,
    spill: Option<File>,
}

/// The state of the event being written; its size does not depend on the
/// number of cases, only on the number of distinct values.
struct Event {
    uuid: Uuid,
    attributes: u64,
    objects: u64,
    seen: Seen,
}

#[derive(Serialize)]
struct Header<'a> {
    uuid: Uuid,
    info: &'a str,
    date: String,
    threat_level_id: &'static str,
    analysis: &'static str,
    distribution: &'static str,
    sharing_group_id: &'static str,
    published: bool,
    timestamp: &'a str,
    #[serde(rename = "Orgc")]
    orgc: Org<'a>,
    #[serde(rename = "Tag")]
    tag: [Tag; 2],
}

#[derive(Serialize)]
struct Org<'a> {
    name: &'a str,
    uuid: Uuid,
}

#[derive(Serialize)]
struct Tag {
    name: String,
}

#[derive(Serialize)]
struct Attribute<'a> {
    uuid: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    object_relation: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    category: &'static str,
    value: &'a str,
    to_ids: bool,
    distribution: &'static str,
    timestamp: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    comment: &'a str,
}

#[derive(Serialize)]
struct Object<'a> {
    uuid: Uuid,
    name: &'static str,
    #[serde(rename = "meta-category")]
    meta_category: &'static str,
    description: &'static str,
    template_uuid: &'static str,
    template_version: &'static str,
    distribution: &'static str,
    timestamp: &'a str,
    comment: &'a str,
    #[serde(rename = "Attribute")]
    attribute: Vec<Attribute<'a>>,
}

fn analysis(status: &str) -> &'static str {
    match status {
        "new" => "0",
        "closed" => "2",
        _ => "1",
    }
}

impl MispFormat {
    pub fn new(meta: ExportMeta) -> Self {
        let timestamp = meta.generated_at.timestamp().to_string();
        MispFormat {
            meta,
            timestamp,
            event: None,
            events: 0,
            spill: None,
        }
    }

    fn open_event(
        &mut self,
        out: &mut dyn Write,
        uuid: Uuid,
        date: DateTime<Utc>,
        analysis: &'static str,
    ) -> io::Result<()> {
        if matches!(self.meta.scope, Scope::Queue) && self.events > 0 {
            out.write_all(b",")?;
        }
        self.events += 1;
        let header = Header {
            uuid,
            info: &self.meta.title,
            date: date.date_naive().to_string(),
            threat_level_id: THREAT_LEVEL,
            analysis,
            distribution: self.meta.distribution.as_str(),
            sharing_group_id: "0",
            published: false,
            timestamp: &self.timestamp,
            orgc: Org {
                name: &self.meta.service,
                uuid: Uuid::new_v5(&NAMESPACE, format!("org:{}", self.meta.service).as_bytes()),
            },
            tag: [
                Tag {
                    name: self.meta.tlp.misp_tag(),
                },
                Tag {
                    name: "circl:incident-classification=\"scam\"".to_owned(),
                },
            ],
        };
        let mut text = serde_json::to_string(&header).map_err(io::Error::other)?;
        text.pop();
        out.write_all(b"{\"Event\":")?;
        out.write_all(text.as_bytes())?;
        out.write_all(b",\"Attribute\":[")?;
        let seen = match self.event.take() {
            Some(mut old) => {
                old.seen.clear();
                old.seen
            }
            None => Seen::default(),
        };
        self.event = Some(Event {
            uuid,
            attributes: 0,
            objects: 0,
            seen,
        });
        if let Some(spill) = self.spill.as_mut() {
            spill.set_len(0)?;
            spill.seek(SeekFrom::Start(0))?;
        }
        Ok(())
    }

    fn close_event(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"],\"Object\":[")?;
        if let (Some(event), Some(spill)) = (self.event.as_mut(), self.spill.as_mut()) {
            if event.objects > 0 {
                spill.flush()?;
                spill.seek(SeekFrom::Start(0))?;
                io::copy(&mut Read::by_ref(spill), out)?;
                spill.set_len(0)?;
                spill.seek(SeekFrom::Start(0))?;
            }
            event.objects = 0;
        }
        out.write_all(b"]}}")
    }

    fn open_case_event(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        let uuid = Uuid::new_v5(&NAMESPACE, format!("case:{}", case.reference).as_bytes());
        self.open_event(out, uuid, case.created_at, analysis(&case.status))
    }

    /// Writes an attribute unless its value is already in the event.
    fn attribute(
        &mut self,
        out: &mut dyn Write,
        kind_name: &str,
        (kind, category, to_ids, distribution): (&'static str, &'static str, bool, &'static str),
        value: &str,
        comment: &str,
    ) -> io::Result<()> {
        let Some(event) = self.event.as_mut() else {
            return Ok(());
        };
        let key = format!("{}/attribute/{kind}/{kind_name}/{value}", event.uuid);
        // Victims' details are unique per case: not remembered, so that
        // memory does not grow with the number of cases.
        if !kind_name.starts_with("victim:") && !event.seen.first(&key) {
            return Ok(());
        }
        if event.attributes > 0 {
            out.write_all(b",")?;
        }
        event.attributes += 1;
        write_json(
            out,
            &Attribute {
                uuid: Uuid::new_v5(&NAMESPACE, key.as_bytes()),
                object_relation: None,
                kind,
                category,
                value,
                to_ids,
                distribution,
                timestamp: &self.timestamp,
                comment,
            },
        )
    }

    /// Spills an object unless its value is already in the event.
    /// `relations`: (relation, type, value) in template order.
    fn object(
        &mut self,
        template: &Template,
        key_value: &str,
        relations: &[(&'static str, &'static str, &str)],
        comment: &str,
    ) -> io::Result<()> {
        let Some(event) = self.event.as_mut() else {
            return Ok(());
        };
        let key = format!("{}/object/{}/{key_value}", event.uuid, template.name);
        if !event.seen.first(&key) {
            return Ok(());
        }
        let spill = match self.spill.as_mut() {
            Some(f) => f,
            None => self.spill.insert(tempfile::tempfile()?),
        };
        let uuid = Uuid::new_v5(&NAMESPACE, key.as_bytes());
        let attribute = relations
            .iter()
            .map(|&(relation, kind, value)| Attribute {
                uuid: Uuid::new_v5(&NAMESPACE, format!("{uuid}/{relation}").as_bytes()),
                object_relation: Some(relation),
                kind,
                // MISP allows a float in "Other" only.
                category: if kind == "float" {
                    "Other"
                } else {
                    "Financial fraud"
                },
                value,
                to_ids: kind != "text",
                distribution: INHERIT,
                timestamp: &self.timestamp,
                comment: "",
            })
            .collect();
        let object = Object {
            uuid,
            name: template.name,
            meta_category: template.meta_category,
            description: template.description,
            template_uuid: template.uuid,
            template_version: template.version,
            distribution: INHERIT,
            timestamp: &self.timestamp,
            comment,
            attribute,
        };
        let mut buf = Vec::with_capacity(512);
        if event.objects > 0 {
            buf.push(b',');
        }
        event.objects += 1;
        serde_json::to_writer(&mut buf, &object).map_err(io::Error::other)?;
        spill.write_all(&buf)
    }

    fn context(&self, case: &ExportCase) -> String {
        match &self.meta.scope {
            Scope::Cluster(c) => format!(
                "cluster #{} ({} reports); first reported in case {}",
                c.id, c.victims, case.reference
            ),
            _ => format!("case {}", case.reference),
        }
    }

    fn indicator(&mut self, out: &mut dyn Write, i: &ExportIndicator, ctx: &str) -> io::Result<()> {
        let recovery = if i.recovery {
            " (used in a \"recovery\" approach)"
        } else {
            ""
        };
        let v = i.normalised.as_str();
        match i.kind.as_str() {
            kind::PHONE => {
                let c = format!("phone number of the fraudsters{recovery}; {ctx}");
                self.attribute(
                    out,
                    &i.kind,
                    ("phone-number", "Financial fraud", false, INHERIT),
                    v,
                    &c,
                )
            }
            kind::EMAIL => {
                let c = format!("e-mail address of the fraudsters{recovery}; {ctx}");
                self.attribute(
                    out,
                    &i.kind,
                    ("email-src", "Payload delivery", true, INHERIT),
                    v,
                    &c,
                )
            }
            kind::DOMAIN => {
                let c = format!("domain of the fraudulent platform{recovery}; {ctx}");
                self.attribute(
                    out,
                    &i.kind,
                    ("domain", "Network activity", true, INHERIT),
                    v,
                    &c,
                )
            }
            kind::IBAN => {
                let c = format!("bank account receiving victims' payments{recovery}; {ctx}");
                self.object(
                    &BANK_ACCOUNT,
                    v,
                    &[("account", "bank-account-nr", v), ("iban", "iban", v)],
                    &c,
                )
            }
            kind::WALLET_BTC | kind::WALLET_ETH | kind::WALLET_TRX => {
                let (relation, kind, symbol) = match i.kind.as_str() {
                    kind::WALLET_BTC => ("address", "btc", "BTC"),
                    kind::WALLET_ETH => ("address-crypto", "text", "ETH"),
                    _ => ("address-crypto", "text", "TRX"),
                };
                let c = format!("wallet receiving victims' payments{recovery}; {ctx}");
                self.object(
                    &COIN_ADDRESS,
                    v,
                    &[(relation, kind, v), ("symbol", "text", symbol)],
                    &c,
                )
            }
            kind::ALIAS => {
                let c = format!("name used by the fraudsters{recovery}; {ctx}");
                self.attribute(out, &i.kind, ("text", "Other", false, INHERIT), v, &c)
            }
            kind::PLATFORM => {
                let c = format!("name of the fake trading platform{recovery}; {ctx}");
                self.attribute(out, &i.kind, ("text", "Other", false, INHERIT), v, &c)
            }
            // Written with their payment, as cryptocurrency-transaction
            // objects ([`MispFormat::transactions`]).
            kind::TX_BTC | kind::TX_ETH | kind::TX_TRX => Ok(()),
            other => {
                let c = format!("indicator of kind {other}{recovery}; {ctx}");
                self.attribute(out, other, ("text", "Other", false, INHERIT), v, &c)
            }
        }
    }

    /// A `cryptocurrency-transaction` object for each payment with a
    /// transaction hash: the hash, the asset, the amount in it and, for
    /// payments also told in euros or dollars, that value; the Bitcoin
    /// address it went to (the template's address is of type `btc`). The
    /// day paid goes into the comment: victims give the day, not the time.
    fn transactions(&mut self, case: &ExportCase, ctx: &str) -> io::Result<()> {
        for p in &case.payments {
            let Some(hash) = p.tx_hash.as_deref() else {
                continue;
            };
            // Without an amount in crypto, only Bitcoin's asset is certain.
            let symbol = match (&p.crypto, p.network.as_deref()) {
                (Some(c), _) => Some(c.asset.as_str()),
                (None, Some("btc")) => Some("BTC"),
                (None, _) => None,
            };
            let address = p
                .destination
                .as_deref()
                .filter(|_| p.network.as_deref() == Some("btc"))
                .and_then(|d| crate::domain::wallet::parse(d).ok().flatten())
                .map(|w| w.normalised().to_string());
            let mut relations = Vec::new();
            if let Some(a) = address.as_deref() {
                relations.push(("address", "btc", a));
            }
            if let Some(symbol) = symbol {
                relations.push(("symbol", "text", symbol));
            }
            relations.push(("transaction-number", "text", hash));
            if let Some(c) = &p.crypto {
                relations.push(("value", "float", c.amount.as_str()));
            }
            let fiat = p.fiat.as_ref().map(|f| (f.currency.as_str(), f.amount()));
            match &fiat {
                Some(("EUR", amount)) => relations.push(("value_EUR", "float", amount)),
                Some(("USD", amount)) => relations.push(("value_USD", "float", amount)),
                _ => {}
            }
            let day = p.paid_on.map(|d| format!(" on {d}")).unwrap_or_default();
            let c = format!("payment by a victim{day}; {ctx}");
            self.object(&CRYPTO_TRANSACTION, hash, &relations, &c)?;
        }
        Ok(())
    }

    fn case_content(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        let ctx = self.context(case);
        if let Some(name) = case.platform_name.as_deref() {
            let c = format!("name of the fake trading platform; {ctx}");
            self.attribute(
                out,
                kind::PLATFORM,
                ("text", "Other", false, INHERIT),
                name,
                &c,
            )?;
        }
        for i in &case.indicators {
            self.indicator(out, i, &ctx)?;
        }
        self.transactions(case, &ctx)?;
        if !self.meta.with_victims {
            return Ok(());
        }
        let Some(victim) = case.victim.as_ref() else {
            return Ok(());
        };
        let c = format!("victim's contact details, case {}", case.reference);
        let victim_kind = format!("victim:{}", case.reference);
        if let Some(email) = victim.email.as_deref() {
            self.attribute(
                out,
                &victim_kind,
                ("email", "Person", false, "0"),
                email,
                &c,
            )?;
        }
        if let Some(phone) = victim.phone.as_deref() {
            self.attribute(
                out,
                &victim_kind,
                ("phone-number", "Person", false, "0"),
                phone,
                &c,
            )?;
        }
        if let Some(story) = victim.story.as_deref() {
            let c = format!("victim's account of the fraud, case {}", case.reference);
            self.attribute(out, &victim_kind, ("text", "Person", false, "0"), story, &c)?;
        }
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn state_len(&self) -> usize {
        self.event.as_ref().map_or(0, |e| e.seen.len())
    }
}

impl Format for MispFormat {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match &self.meta.scope {
            Scope::Queue => out.write_all(b"{\"response\":["),
            Scope::Cluster(c) => {
                let uuid = Uuid::new_v5(&NAMESPACE, format!("cluster:{}", c.id).as_bytes());
                let first_seen = c.first_seen;
                self.open_event(out, uuid, first_seen, "1")
            }
            Scope::Case => Ok(()),
        }
    }

    fn case(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        match self.meta.scope {
            Scope::Queue => {
                self.open_case_event(out, case)?;
                self.case_content(out, case)?;
                self.close_event(out)
            }
            Scope::Case if self.event.is_none() => {
                self.open_case_event(out, case)?;
                self.case_content(out, case)
            }
            _ => self.case_content(out, case),
        }
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.meta.scope {
            Scope::Queue => out.write_all(b"]}"),
            _ => {
                if self.event.is_none() {
                    // A case export without its case: an empty event.
                    let name = format!("case-export:{}", self.meta.title);
                    let uuid = Uuid::new_v5(&NAMESPACE, name.as_bytes());
                    self.open_event(out, uuid, self.meta.generated_at, "0")?;
                }
                self.close_event(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Kind;
    use crate::export::testdata::{CASES, case, cluster, meta, run};
    use serde_json::Value;

    fn values(event: &Value, kind: &str) -> Vec<String> {
        event["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["type"] == kind)
            .map(|a| a["value"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn cluster_is_one_deduplicated_event() {
        let cases: Vec<_> = (0..6).map(case).collect();
        let v: Value = serde_json::from_slice(&run(
            Kind::Misp,
            meta(Scope::Cluster(cluster()), false),
            &cases,
        ))
        .unwrap();
        let e = &v["Event"];
        assert_eq!(e["distribution"], "1");
        assert_eq!(e["published"], false);
        assert_eq!(e["Tag"][0]["name"], "tlp:amber+strict");
        assert_eq!(
            e["uuid"],
            Uuid::new_v5(&NAMESPACE, b"cluster:42").to_string()
        );
        // 3 shared domains + the recovery one, each once.
        assert_eq!(values(e, "domain").len(), 4);
        assert_eq!(values(e, "phone-number").len(), 6);
        assert!(values(e, "email").is_empty());
        let objects = e["Object"].as_array().unwrap();
        let banks = objects
            .iter()
            .filter(|o| o["name"] == "bank-account")
            .count();
        assert_eq!(banks, 6);
        let coins = objects
            .iter()
            .filter(|o| o["name"] == "coin-address")
            .count();
        // one BTC, three ETH, one TRX
        assert_eq!(coins, 5);
        for o in objects {
            assert_eq!(o["distribution"], "5");
            for a in o["Attribute"].as_array().unwrap() {
                assert!(a["object_relation"].is_string());
            }
        }
    }

    #[test]
    fn queue_is_a_response_list_with_victims() {
        let cases: Vec<_> = (0..3).map(case).collect();
        let v: Value =
            serde_json::from_slice(&run(Kind::Misp, meta(Scope::Queue, true), &cases)).unwrap();
        let events = v["response"].as_array().unwrap();
        assert_eq!(events.len(), 3);
        let e = &events[1]["Event"];
        assert_eq!(
            e["uuid"],
            Uuid::new_v5(&NAMESPACE, b"case:K7M3-Q9PX-0001").to_string()
        );
        assert_eq!(values(e, "email"), ["victim1@mail.example"]);
        let victim = e["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["category"] == "Person")
            .unwrap();
        assert_eq!(victim["distribution"], "0");
        // Bank account, two wallets, and the USDT payment's transaction.
        let objects = e["Object"].as_array().unwrap();
        assert_eq!(objects.len(), 5);
        let tx = objects
            .iter()
            .find(|o| o["name"] == "cryptocurrency-transaction")
            .unwrap();
        let relations: Vec<(&str, &str)> = tx["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let relation = a["object_relation"].as_str().unwrap();
                (relation, a["value"].as_str().unwrap())
            })
            .collect();
        let hash = format!("{:064x}", 0xa11ce + 1);
        assert_eq!(
            relations,
            [
                ("symbol", "USDT"),
                ("transaction-number", hash.as_str()),
                ("value", "1250.5")
            ]
        );
    }

    #[test]
    fn case_export_and_empty_export() {
        let v: Value =
            serde_json::from_slice(&run(Kind::Misp, meta(Scope::Case, false), &[case(5)])).unwrap();
        assert_eq!(v["Event"]["date"], "2026-11-06");
        assert_eq!(v["Event"]["analysis"], "2");
        let v: Value =
            serde_json::from_slice(&run(Kind::Misp, meta(Scope::Case, false), &[])).unwrap();
        assert_eq!(v["Event"]["Attribute"], Value::Array(vec![]));
        let v: Value =
            serde_json::from_slice(&run(Kind::Misp, meta(Scope::Queue, false), &[])).unwrap();
        assert_eq!(v["response"], Value::Array(vec![]));
    }

    #[test]
    fn state_grows_only_with_distinct_values() {
        let mut w = MispFormat::new(meta(Scope::Cluster(cluster()), true));
        let mut out = io::sink();
        w.begin(&mut out).unwrap();
        let mut repeated = case(0);
        for n in 0..CASES {
            repeated.reference = format!("R-{n}");
            w.case(&mut out, &repeated).unwrap();
            if n == 10 {
                assert!(w.state_len() > 0);
            }
        }
        let after = w.state_len();
        assert_eq!(after, 13, "one hash per distinct value");
        w.end(&mut out).unwrap();
    }
}
