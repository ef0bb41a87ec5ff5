//! CSV export (RFC 4180): a header row, then one row per case. Every cell that
//! a spreadsheet could run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) is prefixed with `'` (OWASP ASVS 1.2.10), so E.164
//! phone numbers appear as `'+4915…`.

use std::borrow::Cow;
use std::io::{self, Write};

use super::Format;
use super::model::{ExportCase, ExportMeta, kind, losses};

const COLUMNS: [&str; 17] = [
    "reference",
    "created_at",
    "status",
    "authority_id",
    "authority_name",
    "residence_country",
    "platform",
    "first_contact_channel",
    "first_contact_on",
    "recovery_approach",
    "losses",
    "phones",
    "emails",
    "domains",
    "ibans",
    "wallets",
    "aliases",
];

const VICTIM_COLUMNS: [&str; 3] = ["victim_email", "victim_phone", "victim_story"];

/// Writes cases as CSV rows.
pub struct CsvFormat {
    meta: ExportMeta,
}

impl CsvFormat {
    pub fn new(meta: ExportMeta) -> Self {
        CsvFormat { meta }
    }
}

/// Neutralises a cell that a spreadsheet would read as a formula.
pub fn escape_cell(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn write_row<'a>(out: &mut dyn Write, cells: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(cells.into_iter().map(|c| escape_cell(c).into_owned()))
        .map_err(io::Error::other)?;
    w.flush()
}

fn joined(case: &ExportCase, kinds: &[&str]) -> String {
    let values: Vec<&str> = case
        .indicators
        .iter()
        .filter(|i| kinds.contains(&i.kind.as_str()))
        .map(|i| i.normalised.as_str())
        .collect();
    values.join("; ")
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

impl Format for CsvFormat {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let victims: &[&str] = if self.meta.with_victims {
            &VICTIM_COLUMNS
        } else {
            &[]
        };
        write_row(out, COLUMNS.iter().chain(victims).copied())
    }

    fn case(&mut self, out: &mut dyn Write, case: &ExportCase) -> io::Result<()> {
        let authority = case.authority.as_ref();
        let mut row: Vec<String> = vec![
            case.reference.clone(),
            case.created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            case.status.clone(),
            authority.map(|a| a.id.clone()).unwrap_or_default(),
            authority.map(|a| a.name.clone()).unwrap_or_default(),
            case.residence_country.clone(),
            opt(&case.platform_name).to_owned(),
            opt(&case.first_contact_channel).to_owned(),
            case.first_contact_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            opt(&case.recovery_approach).to_owned(),
            losses(case),
            joined(case, &[kind::PHONE]),
            joined(case, &[kind::EMAIL]),
            joined(case, &[kind::DOMAIN]),
            joined(case, &[kind::IBAN]),
            joined(
                case,
                &[kind::WALLET_BTC, kind::WALLET_ETH, kind::WALLET_TRX],
            ),
            joined(case, &[kind::ALIAS]),
        ];
        if self.meta.with_victims {
            let v = case.victim.as_ref();
            row.push(v.map(|v| opt(&v.email).to_owned()).unwrap_or_default());
            row.push(v.map(|v| opt(&v.phone).to_owned()).unwrap_or_default());
            row.push(v.map(|v| opt(&v.story).to_owned()).unwrap_or_default());
        }
        write_row(out, row.iter().map(String::as_str))
    }

    fn end(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Kind;
    use crate::export::model::Scope;
    use crate::export::testdata::{case, meta, run};

    fn parse(bytes: &[u8]) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes)
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn escapes_each_trigger() {
        for t in ["=", "+", "-", "@", "\t", "\r"] {
            let cell = format!("{t}1+1");
            assert_eq!(escape_cell(&cell), format!("'{t}1+1"));
        }
        assert_eq!(escape_cell("safe=1"), "safe=1");
        assert_eq!(escape_cell(""), "");
        assert_eq!(escape_cell("'already"), "'already");
    }

    #[test]
    fn quotes_and_newlines_survive() {
        let mut out = Vec::new();
        write_row(
            &mut out,
            ["a \"quoted\"\nline", "=cmd|' /C calc'!A0", "x,y"],
        )
        .unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(text.starts_with("\"a \"\"quoted\"\"\nline\","));
        let rows = parse(&out);
        assert_eq!(
            rows[0],
            ["a \"quoted\"\nline", "'=cmd|' /C calc'!A0", "x,y"]
        );
    }

    #[test]
    fn rows_and_victim_columns() {
        let cases: Vec<_> = (0..3).map(case).collect();
        let rows = parse(&run(Kind::Csv, meta(Scope::Queue, false), &cases));
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        assert_eq!(rows[1][0], "K7M3-Q9PX-0000");
        assert_eq!(rows[1][10], "1200.50 EUR; 300.00 USD; 1250.5 USDT");
        assert_eq!(rows[1][11], "'+491512345600");
        assert_eq!(rows[1][6], "'=Invest'Pro \\ 0");

        let rows = parse(&run(Kind::Csv, meta(Scope::Queue, true), &cases));
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len() + 3));
        assert_eq!(rows[0][19], "victim_story");
        assert_eq!(rows[2][18], "'+436601230001");
        for row in &rows {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?}"
                );
            }
        }
    }
}
