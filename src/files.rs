//! Files that hold victims' data or keys are the owner's alone: the process
//! creates everything owner-only (umask 077), folders it makes are 0700, and
//! at start every existing file of the data folder, the SQLite database (with
//! its WAL and shared-memory files), the key files and the mail folder is
//! checked: anything wider is narrowed, with a warning naming the file.

use std::path::{Path, PathBuf};

use crate::config::Settings;

/// Owner-only permissions for files and folders.
const FILE_MODE: u32 = 0o600;
const DIR_MODE: u32 = 0o700;

/// Makes every file this process creates from now on owner-only.
pub fn restrict_umask() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// Creates a folder (and its parents) owner-only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Writes a new owner-only file (its folder created owner-only), failing if
/// it exists; synced before it returns. For key files.
pub fn write_new_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

/// The folders and files the settings put victims' data or keys in.
fn sensitive_paths(settings: &Settings) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut dirs = vec![settings.data_dir.clone()];
    let mut files = vec![settings.secret_key_path(), settings.data_key_path()];
    if let Some(db) = settings.database_url.expose().strip_prefix("sqlite://") {
        let db = PathBuf::from(db);
        if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
            dirs.push(parent.to_path_buf());
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = db.clone().into_os_string();
            name.push(suffix);
            files.push(name.into());
        }
        files.push(db);
    }
    if let Some(mail) = settings.mail_url.expose().strip_prefix("file://") {
        let mail = PathBuf::from(mail);
        if let Ok(entries) = std::fs::read_dir(&mail) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
        }
        dirs.push(mail);
    }
    (dirs, files)
}

/// Creates the data folder owner-only and narrows whatever existing file or
/// folder of the service is readable by others. Returns the paths narrowed.
pub fn secure_data_files(settings: &Settings) -> std::io::Result<Vec<PathBuf>> {
    create_private_dir(&settings.data_dir)?;
    let (dirs, files) = sensitive_paths(settings);
    let mut narrowed = Vec::new();
    for (path, mode) in dirs
        .iter()
        .map(|d| (d, DIR_MODE))
        .chain(files.iter().map(|f| (f, FILE_MODE)))
    {
        if narrow(path, mode)? {
            tracing::warn!(path = %path.display(), mode = format!("{mode:o}"), "was readable by others; narrowed to owner-only");
            narrowed.push(path.clone());
        }
    }
    Ok(narrowed)
}

/// Sets `mode` when the path exists with wider permissions.
#[cfg(unix)]
fn narrow(path: &Path, mode: u32) -> std::io::Result<bool> {
    use std::os::unix::fs::PermissionsExt;
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    let current = meta.permissions().mode() & 0o777;
    if current & !mode == 0 {
        return Ok(false);
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(true)
}

#[cfg(not(unix))]
fn narrow(_: &Path, _: u32) -> std::io::Result<bool> {
    Ok(false)
}
