//! Streaming exporters of fraud cases: CSV, JSON, MISP event and STIX 2.1 bundle.
//!
//! The caller calls [`Format::begin`], then [`Format::case`] for each case (read
//! in batches), then [`Format::end`], and may send whatever was written to `out`
//! after each call. No writer keeps the cases: memory stays flat whatever their
//! number. De-duplication keeps one 64-bit hash per distinct value ([`Seen`]).

pub mod csv;
pub mod json;
pub mod misp;
pub mod model;
pub mod stix;

use std::collections::HashSet;
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use sha2::{Digest, Sha256};

pub use model::{
    Authority, ClusterSummary, Distribution, ExportCase, ExportCrypto, ExportFiat, ExportIndicator,
    ExportMeta, ExportPayment, ParseError, Scope, Tlp, Victim,
};

/// A streaming writer of one export format.
pub trait Format {
    /// Writes what comes before the first case.
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// Writes one case.
    fn case(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()>;
    /// Writes what comes after the last case.
    fn end(&mut self, out: &mut dyn Write) -> io::Result<()>;
}

/// The deployment as exports name their producer: `fraudreport (host)`,
/// from its public URL.
pub fn service(base_url: &str) -> String {
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| base_url.to_string());
    format!("fraudreport ({host})")
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Json,
    Misp,
    Stix,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Csv, Kind::Json, Kind::Misp, Kind::Stix];

    /// The form value: `csv`, `json`, `misp`, `stix`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Json => "json",
            Kind::Misp => "misp",
            Kind::Stix => "stix",
        }
    }

    /// The file name extension, without the leading dot (e.g. `misp.json`);
    /// also the end of the export URLs (`/portal/cases.misp.json`).
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Json => "json",
            Kind::Misp => "misp.json",
            Kind::Stix => "stix.json",
        }
    }

    /// The HTTP `Content-Type` of the output.
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Csv => "text/csv; charset=utf-8",
            Kind::Json | Kind::Misp => "application/json",
            Kind::Stix => "application/stix+json;version=2.1",
        }
    }

    /// The kind whose [`Kind::extension`] this is.
    pub fn from_extension(extension: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.extension() == extension)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Kind::Csv),
            "json" => Ok(Kind::Json),
            "misp" => Ok(Kind::Misp),
            "stix" => Ok(Kind::Stix),
            _ => Err(ParseError {
                what: "export format",
                value: s.to_owned(),
            }),
        }
    }
}

/// A new streaming writer of the given format.
pub fn writer(kind: Kind, meta: ExportMeta) -> Box<dyn Format + Send> {
    match kind {
        Kind::Csv => Box::new(csv::CsvFormat::new(meta)),
        Kind::Json => Box::new(json::JsonFormat::new(meta)),
        Kind::Misp => Box::new(misp::MispFormat::new(meta)),
        Kind::Stix => Box::new(stix::StixFormat::new(meta)),
    }
}

/// One case written whole in `kind`, in memory (an API answer, a mail's
/// attachment).
pub fn single(kind: Kind, meta: ExportMeta, case: &ExportCase) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut writer = writer(kind, meta);
    writer.begin(&mut out)?;
    writer.case(&mut out, case)?;
    writer.end(&mut out)?;
    Ok(out)
}

/// Set of values already written, keeping 8 bytes (a truncated SHA-256) per
/// distinct value, never the values themselves.
#[derive(Debug, Default)]
pub(crate) struct Seen(HashSet<u64>);

impl Seen {
    /// True the first time `key` is offered.
    pub(crate) fn first(&mut self, key: &str) -> bool {
        let digest = Sha256::digest(key.as_bytes());
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&digest[..8]);
        self.0.insert(u64::from_le_bytes(eight))
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn clear(&mut self) {
        self.0.clear();
    }
}

/// Writes `value` as JSON to `out`.
pub(crate) fn write_json<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)
}

#[cfg(test)]
pub(crate) mod testdata;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>().unwrap(), k);
            assert_eq!(Kind::from_extension(k.extension()), Some(k));
        }
        assert_eq!(Kind::from_extension("misp"), None);
        assert!("xml".parse::<Kind>().is_err());
    }

    #[test]
    fn seen_dedups() {
        let mut s = Seen::default();
        assert!(s.first("a"));
        assert!(!s.first("a"));
        assert!(s.first("b"));
        assert_eq!(s.len(), 2);
        s.clear();
        assert!(s.first("a"));
    }
}
