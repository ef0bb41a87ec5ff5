//! JSON export: one document `{"schema", "title", "generated_at", "tlp",
//! "service", "scope", "cases": [...]}`, streamed case by case. Its JSON
//! Schema is `static/schema/export-v1.json` ([`SCHEMA_ID`]), served at
//! `/schema/export-v1.json`. Victim fields appear
//! only when the export includes victims and the case has them.

use std::io::{self, Write};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;

use super::model::{Authority, ExportCase, ExportFiat, ExportIndicator, ExportMeta, Scope, Victim};
use super::{Format, write_json};

/// The `$id` of the JSON Schema, served by the project at `/schema/export-v1.json`.
pub const SCHEMA_ID: &str = "https://fraudreport.invalid/schema/export-v1.json";

/// Writes cases as one streamed JSON document.
pub struct JsonFormat {
    meta: ExportMeta,
    count: u64,
}

impl JsonFormat {
    pub fn new(meta: ExportMeta) -> Self {
        JsonFormat { meta, count: 0 }
    }
}

fn rfc3339(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[derive(Serialize)]
struct Header<'a> {
    schema: &'static str,
    title: &'a str,
    generated_at: String,
    tlp: &'static str,
    service: &'a str,
    scope: ScopeView<'a>,
}

#[derive(Serialize)]
struct ScopeView<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cluster: Option<ClusterView<'a>>,
}

#[derive(Serialize)]
struct ClusterView<'a> {
    id: i64,
    victims: u64,
    countries: &'a [String],
    authorities: Vec<AuthorityCount<'a>>,
    first_seen: String,
    last_seen: String,
}

#[derive(Serialize)]
struct AuthorityCount<'a> {
    authority: &'a Authority,
    cases: u64,
}

#[derive(Serialize)]
struct CaseView<'a> {
    reference: &'a str,
    created_at: String,
    status: &'a str,
    authority: Option<&'a Authority>,
    residence_country: &'a str,
    platform_name: Option<&'a str>,
    first_contact_channel: Option<&'a str>,
    first_contact_on: Option<NaiveDate>,
    recovery_approach: Option<&'a str>,
    payments: Vec<PaymentView<'a>>,
    indicators: &'a [ExportIndicator],
    #[serde(skip_serializing_if = "Option::is_none")]
    victim: Option<&'a Victim>,
}

#[derive(Serialize)]
struct PaymentView<'a> {
    paid_on: Option<NaiveDate>,
    amount: Option<String>,
    amount_minor: Option<i64>,
    currency: Option<&'a str>,
    minor_digits: Option<u8>,
    crypto_asset: Option<&'a str>,
    crypto_amount: Option<&'a str>,
    crypto_units: Option<&'a str>,
    network: Option<&'a str>,
    tx_hash: Option<&'a str>,
    source: Option<&'a str>,
    method: Option<&'a str>,
    destination: Option<&'a str>,
}

impl Format for JsonFormat {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let meta = &self.meta;
        let cluster = match &meta.scope {
            Scope::Cluster(c) => Some(ClusterView {
                id: c.id,
                victims: c.victims,
                countries: &c.countries,
                authorities: c
                    .authorities
                    .iter()
                    .map(|(authority, cases)| AuthorityCount {
                        authority,
                        cases: *cases,
                    })
                    .collect(),
                first_seen: rfc3339(&c.first_seen),
                last_seen: rfc3339(&c.last_seen),
            }),
            _ => None,
        };
        let header = Header {
            schema: SCHEMA_ID,
            title: &meta.title,
            generated_at: rfc3339(&meta.generated_at),
            tlp: meta.tlp.as_str(),
            service: &meta.service,
            scope: ScopeView {
                kind: meta.scope.as_str(),
                cluster,
            },
        };
        let mut text = serde_json::to_string(&header).map_err(io::Error::other)?;
        // Re-open the header object to append the streamed array.
        text.pop();
        text.push_str(",\"cases\":[");
        out.write_all(text.as_bytes())
    }

    fn case(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        if self.count > 0 {
            out.write_all(b",")?;
        }
        self.count += 1;
        let view = CaseView {
            reference: &case.reference,
            created_at: rfc3339(&case.created_at),
            status: &case.status,
            authority: case.authority.as_ref(),
            residence_country: &case.residence_country,
            platform_name: case.platform_name.as_deref(),
            first_contact_channel: case.first_contact_channel.as_deref(),
            first_contact_on: case.first_contact_on,
            recovery_approach: case.recovery_approach.as_deref(),
            payments: case
                .payments
                .iter()
                .map(|p| {
                    let (fiat, crypto) = (p.fiat.as_ref(), p.crypto.as_ref());
                    PaymentView {
                        paid_on: p.paid_on,
                        amount: fiat.map(ExportFiat::amount),
                        amount_minor: fiat.map(|f| f.amount_minor),
                        currency: fiat.map(|f| f.currency.as_str()),
                        minor_digits: fiat.map(|f| f.minor_digits),
                        crypto_asset: crypto.map(|c| c.asset.as_str()),
                        crypto_amount: crypto.map(|c| c.amount.as_str()),
                        crypto_units: crypto.map(|c| c.units.as_str()),
                        network: p.network.as_deref(),
                        tx_hash: p.tx_hash.as_deref(),
                        source: p.source.as_deref(),
                        method: p.method.as_deref(),
                        destination: p.destination.as_deref(),
                    }
                })
                .collect(),
            indicators: &case.indicators,
            victim: case.victim.as_ref().filter(|_| self.meta.with_victims),
        };
        write_json(out, &view)
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"]}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Kind;
    use crate::export::testdata::{case, cluster, meta, run};
    use serde_json::Value;

    #[test]
    fn document_shape() {
        let cases: Vec<_> = (0..3).map(case).collect();
        let v: Value = serde_json::from_slice(&run(
            Kind::Json,
            meta(Scope::Cluster(cluster()), false),
            &cases,
        ))
        .unwrap();
        assert_eq!(v["schema"], SCHEMA_ID);
        assert_eq!(v["tlp"], "amber+strict");
        assert_eq!(v["scope"]["kind"], "cluster");
        assert_eq!(v["scope"]["cluster"]["victims"], 3);
        assert_eq!(v["cases"].as_array().unwrap().len(), 3);
        assert_eq!(v["cases"][0]["payments"][0]["amount"], "1200.50");
        assert!(v["cases"][0].get("victim").is_none());

        let v: Value =
            serde_json::from_slice(&run(Kind::Json, meta(Scope::Queue, true), &cases)).unwrap();
        assert_eq!(v["cases"][1]["victim"]["email"], "victim1@mail.example");
        assert!(v["scope"].get("cluster").is_none());
    }

    #[test]
    fn schema_id_matches() {
        let schema: Value =
            serde_json::from_str(include_str!("../../static/schema/export-v1.json")).unwrap();
        assert_eq!(schema["$id"], SCHEMA_ID);
        assert_eq!(schema["properties"]["schema"]["const"], SCHEMA_ID);
    }

    #[test]
    fn empty_export_is_valid() {
        let v: Value =
            serde_json::from_slice(&run(Kind::Json, meta(Scope::Queue, true), &[])).unwrap();
        assert_eq!(v["cases"], Value::Array(vec![]));
    }
}
