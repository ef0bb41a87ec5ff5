//! `GET /portal/cases.csv`: the filtered queue as a CSV file (RFC 4180),
//! with a translated header row and no victim contact details. Cells that a
//! spreadsheet would read as a formula start with `'`. Every export is
//! audited (the filters, the row count, and a keyed hash of any search).

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use actix_web::{HttpResponse, web};
use anyhow::Context;
use i18n_embed::fluent::FluentLanguageLoader;

use super::filters::Params;
use super::lines::{Line, Loaded, load};
use super::queue::Asked;
use crate::db::portal::cases::After;
use crate::db::{Pool, query};
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::session::Officer;
use crate::web::site::Site;

/// Rows read per query while exporting.
const BATCH: i64 = 500;
/// At most this many rows in one file.
pub const MAX_ROWS: usize = 10_000;

/// The header row's message ids, in the columns' order.
const HEADER: [&str; 9] = [
    "portal-col-reference",
    "portal-col-received",
    "portal-col-place",
    "portal-col-platform",
    "portal-queue-col-loss",
    "portal-queue-col-payments",
    "portal-queue-col-indicators",
    "portal-col-status",
    "portal-col-assignee",
];

/// A cell a spreadsheet would not run: `=`, `+`, `-`, `@`, tab or CR first
/// get a `'` before them.
pub fn defused(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn record(line: &Line) -> [String; 9] {
    [
        line.reference.clone(),
        line.received.clone(),
        line.place.clone(),
        line.platform.clone(),
        line.loss.clone(),
        line.payments.to_string(),
        line.indicators.to_string(),
        line.status.clone(),
        line.assignee.clone(),
    ]
}

/// The file's bytes: a header row, then one record per line.
fn write(l: &FluentLanguageLoader, lines: &[Line]) -> anyhow::Result<Vec<u8>> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(HEADER.iter().map(|id| defused(&l.get(id))))?;
    for line in lines {
        w.write_record(record(line).iter().map(|c| defused(c)))?;
    }
    w.into_inner().context("cannot finish the CSV")
}

/// Every row of the filtered queue, up to [`MAX_ROWS`], a batch at a time.
fn collect(
    conn: &mut crate::db::DbConnection,
    asked: &Asked,
    mut each: impl FnMut(&Loaded),
) -> diesel::QueryResult<()> {
    let mut after: Option<After> = None;
    let mut seen = 0;
    loop {
        let batch = load(conn, &asked.scope, &asked.filter, after, BATCH)?;
        each(&batch);
        seen += batch.rows.len();
        match batch.rows.last() {
            Some(last) if batch.rows.len() == BATCH as usize && seen < MAX_ROWS => {
                after = Some(After {
                    created_at: last.created_at,
                    id: last.id,
                });
            }
            _ => return Ok(()),
        }
    }
}

/// `GET /portal/cases.csv`.
pub async fn export(
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    params: web::Query<Params>,
) -> Result<HttpResponse, PageError> {
    let mut asked = Asked::of(&site, &officer, &params)?;
    let filters = Params {
        q: String::new(),
        ..params.into_inner()
    }
    .query();
    asked
        .audit(&site, &portal.reads, ("export", &filters, true))
        .await
        .context("cannot audit an export")?;
    let (site2, locale) = (site.clone(), officer.lang.clone());
    let lines = query(&pool, move |c| {
        asked.search(c)?;
        let mut lines = Vec::new();
        collect(c, &asked, |batch| {
            lines.extend(batch.lines(&site2.directory, &locale, BATCH as usize));
        })?;
        lines.truncate(MAX_ROWS);
        Ok(lines)
    })
    .await
    .context("cannot export the queue")?;
    let body = write(&officer.lang.loader, &lines).context("cannot write the CSV")?;
    let name = format!("cases-{}.csv", chrono::Utc::now().format("%Y-%m-%d"));
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

#[cfg(test)]
mod tests {
    use super::defused;

    #[test]
    fn formulas_are_defused() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(defused(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(defused("Crypto-Trade Pro"), "Crypto-Trade Pro");
    }
}
