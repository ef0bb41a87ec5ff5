//! Storage: one connection type over SQLite and PostgreSQL, the pool, and the
//! embedded migrations. Dialect differences stay inside this module.

/// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on
/// bound parameters for tables of up to ten columns.
const ROWS_PER_STATEMENT: usize = 500;

/// Bound parameters per statement: under SQLite's limit (32,766) and
/// PostgreSQL's (65,535).
const PARAMETERS_PER_STATEMENT: usize = 30_000;

/// Inserts `$rows` (a slice of `Insertable`s) into `$table` in multi-row
/// statements, returning early on an error: [`ROWS_PER_STATEMENT`] rows
/// each, or, given `columns = N` (bulk loads), as many `N`-column rows as
/// the parameter limit allows. Multi-row inserts are dialect-specific in
/// diesel, so this is the one place that names the backend for them.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {
        $crate::db::insert_rows!(@chunks $conn, $table, $rows, $crate::db::ROWS_PER_STATEMENT)
    };
    ($conn:expr, $table:expr, $rows:expr, columns = $columns:expr) => {
        $crate::db::insert_rows!(
            @chunks $conn, $table, $rows, $crate::db::PARAMETERS_PER_STATEMENT / $columns
        )
    };
    (@chunks $conn:expr, $table:expr, $rows:expr, $size:expr) => {
        for chunk in $rows.chunks($size) {
            match $conn {
                $crate::db::DbConnection::Sqlite(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
                $crate::db::DbConnection::Pg(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
    };
}
pub(crate) use insert_rows;

pub mod api;
pub mod campaigns;
pub mod cases;
pub mod check;
pub mod demo;
pub mod linkage;
pub mod mailing;
pub mod outbox;
pub mod portal;
pub mod reports;
pub mod retention;
pub mod schema;
pub mod sealing;
pub mod tokens;
pub mod types;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::result::QueryResult;
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, ConnectionError, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::Settings;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// How long a SQLite connection waits for a lock before giving up.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 10_000;

/// A connection to whichever backend the settings chose.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// The embedded default.
    Sqlite(SqliteConnection),
    /// For deployments with several application nodes.
    Pg(PgConnection),
}

/// The backend named by a database URL, decided by its scheme alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite://relative/path.db` or `sqlite:///absolute/path.db`.
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…`, passed to libpq unchanged.
    Postgres(String),
}

impl Backend {
    /// Chooses the backend from the URL scheme, so that a failed connection
    /// reports the real cause instead of "invalid URL for multiconnection".
    pub fn from_url(url: &str) -> Result<Backend, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(
                    "a sqlite:// URL needs a file path, e.g. sqlite://data/fraudreport.db.".into(),
                );
            }
            Ok(Backend::Sqlite(PathBuf::from(path)))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres(url.to_string()))
        } else {
            Err("the URL must start with sqlite:// or postgres://.".into())
        }
    }

    /// Opens one connection, creating the SQLite folder on demand and setting
    /// the pragmas that make an acknowledged report durable.
    pub fn establish(&self) -> Result<DbConnection, ConnectionError> {
        match self {
            Backend::Sqlite(path) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        ConnectionError::BadConnection(format!(
                            "cannot create the folder {}: {e}",
                            dir.display()
                        ))
                    })?;
                }
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                sqlite_pragmas(&mut conn)
                    .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Sqlite(conn))
            }
            Backend::Postgres(url) => PgConnection::establish(url).map(DbConnection::Pg),
        }
    }
}

/// A transaction that takes the write lock at once. On SQLite that is
/// `BEGIN IMMEDIATE`: a deferred transaction that reads before it writes
/// fails at once with "database is locked" when another connection (the
/// outbox worker) committed in between, without waiting for the busy
/// timeout. On PostgreSQL it is a plain transaction.
pub fn write_transaction<T>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> QueryResult<T>,
) -> QueryResult<T> {
    let DbConnection::Sqlite(c) = conn else {
        return conn.transaction(f);
    };
    let _turn = SqliteWriteTurn::take();
    AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
    let result = f(conn);
    let DbConnection::Sqlite(c) = conn else {
        unreachable!("the backend of a connection does not change");
    };
    match result {
        Ok(value) => AnsiTransactionManager::commit_transaction(c).map(|()| value),
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(c)?;
            Err(e)
        }
    }
}

/// Brings PostgreSQL's statistics and visibility map (which index-only
/// scans need) up to date after a bulk load, as autovacuum would some
/// time later. SQLite is left as a deployment has it: without `ANALYZE`.
pub fn refresh_statistics(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(_) => Ok(()),
        DbConnection::Pg(c) => c.batch_execute("VACUUM ANALYZE;"),
    }
}

/// This process's writers to SQLite take turns here before `BEGIN
/// IMMEDIATE`. SQLite lets one writer in at a time and makes the others
/// poll with growing sleeps (up to 100 ms each), which puts a tail of
/// hundreds of milliseconds on a page that writes (an audit row) while the
/// intake writer commits; a queue in the process wakes the next writer as
/// soon as the last one is done. Other processes (a CLI command) still meet
/// the busy timeout. A thread that already holds its turn (a write inside a
/// write) does not wait for itself.
struct SqliteWriteTurn(Option<std::sync::MutexGuard<'static, ()>>);

static SQLITE_WRITERS: std::sync::Mutex<()> = std::sync::Mutex::new(());

thread_local! {
    static HOLDS_TURN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl SqliteWriteTurn {
    fn take() -> SqliteWriteTurn {
        if HOLDS_TURN.get() {
            return SqliteWriteTurn(None);
        }
        let guard = SQLITE_WRITERS.lock().unwrap_or_else(|e| e.into_inner());
        HOLDS_TURN.set(true);
        SqliteWriteTurn(Some(guard))
    }
}

impl Drop for SqliteWriteTurn {
    fn drop(&mut self) {
        if self.0.take().is_some() {
            HOLDS_TURN.set(false);
        }
    }
}

#[derive(diesel::QueryableByName)]
struct AttachedFile {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    file: String,
}

/// An exclusive lock on a file beside the SQLite database, held while
/// migrating (released when dropped).
fn sqlite_migration_lock(c: &mut SqliteConnection) -> anyhow::Result<Option<std::fs::File>> {
    let files: Vec<AttachedFile> = diesel::sql_query("PRAGMA database_list").load(c)?;
    let Some(main) = files
        .into_iter()
        .find(|f| f.name == "main" && !f.file.is_empty())
    else {
        return Ok(None); // an in-memory database is private to its connection
    };
    let lock = std::fs::File::create(format!("{}.migrate-lock", main.file))?;
    lock.lock()?;
    Ok(Some(lock))
}

/// The PostgreSQL advisory lock that serialises migrations across nodes.
const MIGRATION_LOCK: i64 = 0x6672_6175_6472_7074; // "fraudrpt"

/// How SQLite commits: each commit waits for the disk. Only the read
/// audit rows commit without (`portal::audit::append_reads`), then restore it.
pub const SQLITE_DURABLE: &str = "PRAGMA synchronous = FULL;";

/// The settings every SQLite connection needs. Switching a new database to
/// WAL needs an exclusive lock and does not wait for the busy timeout, so
/// processes that open a fresh database together (serve and a worker) retry.
fn sqlite_pragmas(conn: &mut SqliteConnection) -> QueryResult<()> {
    conn.batch_execute(&format!(
        "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};
         PRAGMA secure_delete = ON;
         {SQLITE_DURABLE}
         PRAGMA foreign_keys = ON;"
    ))?;
    let mut attempts = 0;
    loop {
        match conn.batch_execute("PRAGMA journal_mode = WAL;") {
            Err(e) if attempts < 200 && e.to_string().contains("locked") => {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// The migration that drops the clear columns: whatever they still hold is
/// sealed right before it runs (also when an earlier start added the sealed
/// columns and then stopped before sealing).
const DROP_CLEAR_MIGRATION: &str = "2026-11-30-000006";

/// Applies the pending migrations of the connection's backend, one at a
/// time; right after the migration that adds the sealed columns, seals what
/// the clear ones hold (with the keys of `settings`).
pub fn run_migrations(conn: &mut DbConnection, settings: &Settings) -> anyhow::Result<()> {
    // Processes starting together (serve, worker) on SQLite, or several
    // nodes on PostgreSQL: one migrates, the others wait.
    let _lock = match conn {
        DbConnection::Sqlite(c) => sqlite_migration_lock(c)?,
        DbConnection::Pg(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
            None
        }
    };
    let applied = apply_pending(conn, settings);
    if let DbConnection::Pg(c) = conn {
        c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))?;
    }
    applied
}

fn apply_pending(conn: &mut DbConnection, settings: &Settings) -> anyhow::Result<()> {
    let failed = |e| anyhow::anyhow!("applying migrations failed: {e}");
    let pending: Vec<String> = match conn {
        DbConnection::Sqlite(c) => c
            .pending_migrations(SQLITE_MIGRATIONS)
            .map_err(failed)?
            .iter()
            .map(|m| m.name().to_string())
            .collect(),
        DbConnection::Pg(c) => c
            .pending_migrations(POSTGRES_MIGRATIONS)
            .map_err(failed)?
            .iter()
            .map(|m| m.name().to_string())
            .collect(),
    };
    let mut sealed = 0;
    for name in pending {
        if name.starts_with(DROP_CLEAR_MIGRATION) {
            let sealer = crate::seal::Sealer::load(settings)?;
            let keys = crate::keys::Keys::load(settings)?;
            sealed = sealing::seal_clear_values(conn, &sealer, &keys)?;
            tracing::info!(rows = sealed, "sealed the contact details stored in clear");
        }
        let applied = match conn {
            DbConnection::Sqlite(c) => c.run_next_migration(SQLITE_MIGRATIONS),
            DbConnection::Pg(c) => c.run_next_migration(POSTGRES_MIGRATIONS),
        }
        .map_err(failed)?;
        tracing::info!(migration = %applied, "applied migration");
    }
    if sealed > 0 {
        // The clear values must not linger in freed pages or dead rows.
        let compact = match conn {
            DbConnection::Sqlite(_) => "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
            DbConnection::Pg(_) => "VACUUM FULL reports, outbox",
        };
        conn.batch_execute(compact)?;
        tracing::info!("compacted the database so no clear copy stays on disk");
    }
    Ok(())
}

/// Hands out connections of the configured backend to r2d2.
#[derive(Debug)]
pub struct Manager(Backend);

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.0.establish().map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        diesel::sql_query("SELECT 1")
            .execute(conn)
            .map(|_| ())
            .map_err(r2d2::Error::QueryError)
    }

    /// A connection whose transaction state was lost (a rollback that failed
    /// when the server went away or the disk filled) would refuse every later
    /// transaction while still answering `SELECT 1`: it is dropped, not
    /// handed out again.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || r2d2::R2D2Connection::is_broken(conn)
    }
}

/// A pool of connections for request handlers and workers.
pub type Pool = r2d2::Pool<Manager>;

/// Builds the pool; fails with the backend's own message when the database
/// cannot be reached.
pub fn pool(backend: &Backend, size: u32) -> anyhow::Result<Pool> {
    // Connect once up front: r2d2 would otherwise retry quietly until its
    // timeout and then report only "timed out".
    backend
        .establish()
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    r2d2::Pool::builder()
        .max_size(size)
        .connection_timeout(Duration::from_secs(10))
        .build(Manager(backend.clone()))
        .map_err(|e| anyhow::anyhow!("cannot open the database pool: {e}"))
}

/// Is the database answering on this connection? (`/readyz`)
pub fn ping_conn(conn: &mut DbConnection) -> bool {
    diesel::sql_query("SELECT 1").execute(conn).is_ok()
}

/// Runs database work on the blocking threads (diesel blocks), with a
/// connection from the pool: the one way request handlers reach the database.
pub async fn query<T: Send + 'static>(
    pool: &Pool,
    work: impl FnOnce(&mut DbConnection) -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        work(&mut conn)
    })
    .await?
}
