//! Password hashes: argon2id PHC strings with a random salt each.
//!
//! Hashing is deliberately slow, so it never runs on an async worker: each
//! hash or check takes a permit from a small semaphore and then runs on one
//! of the service's own hashing threads, which run at the lowest CPU
//! priority (nice 19): a core the public form needs is never spent on a
//! login. When no permit frees up within a short wait the caller gets
//! [`Busy`] (a "try again in a moment" page) instead of an ever-growing
//! queue, so a flood of logins slows logins, not the public form.
//! An unknown account is checked against a dummy hash with the same
//! parameters, so it costs the same time as a wrong password and the login
//! page does not reveal which addresses have accounts.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use rand::RngCore;
use serde::Deserialize;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The cost of a password hash, and how many may run at once.
///
/// The defaults were chosen by measurement on the service's 2-core machine:
/// argon2 0.6 built in release in a throw-away crate, one verification timed
/// 21–41 times per setting, three runs while other builds kept the load
/// average between 1.4 and 3.3 (so these are figures under load, as in
/// production). Ranges are over the three runs:
///
/// | m (MiB) | t | p | p50 | p90 | each, with two at once |
/// |---|---|---|---|---|---|
/// | 19 | 2 | 1 | 24–32 ms | 41–47 ms | 45–120 ms |
/// | **46** | **1** | **1** | **61–65 ms** | **64–78 ms** | **77–117 ms** |
/// | 32 | 2 | 1 | 58–80 ms | 72–92 ms | 114–152 ms |
/// | 48 | 2 | 1 | 100–119 ms | 131–152 ms | 197–209 ms (two runs) |
/// | 64 | 1 | 1 | 85–117 ms | 106–129 ms | 194–230 ms |
/// | 64 | 2 | 1 | 132–151 ms | 163–179 ms | 290–375 ms |
///
/// We take OWASP's first argon2id option, 46 MiB with one pass: about
/// 60 ms leaves a login well under its 250 ms budget even with a couple of
/// others queued ahead, and memory is what makes guessing costly on
/// graphics cards (19 MiB with two passes is cheaper for us but also for
/// them). Two hashes at once do not finish twice as fast on a busy machine
/// (last column), so one at a time (`max_concurrent = 1`) costs little
/// throughput (~16 logins a second) and always leaves a core to the public
/// form. A login waits at most `queue_timeout_ms` (2 s, some 30 logins
/// ahead of it) before it is told to retry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Argon2Settings {
    /// Memory per hash, in KiB.
    pub memory_kib: u32,
    /// Passes over that memory.
    pub iterations: u32,
    /// Lanes computed within one hash (we run one thread per hash).
    pub parallelism: u32,
    /// Hashes that may run at the same time.
    pub max_concurrent: usize,
    /// How long a hash may wait for its turn before [`Busy`] is returned.
    pub queue_timeout_ms: u64,
}

impl Default for Argon2Settings {
    fn default() -> Self {
        Argon2Settings {
            memory_kib: 46 * 1024,
            iterations: 1,
            parallelism: 1,
            max_concurrent: 1,
            queue_timeout_ms: 2_000,
        }
    }
}

/// Every hashing slot stayed taken for the whole queue timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("all password-hashing slots are busy")]
pub struct Busy;

/// Why a new hash could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    /// No hashing slot came free in time.
    #[error(transparent)]
    Busy(#[from] Busy),
    /// argon2 refused (it does not for a password of sane length).
    #[error("argon2 failed: {0}")]
    Argon2(argon2::password_hash::Error),
    /// The hashing thread did not finish the work.
    #[error(transparent)]
    Task(#[from] Gone),
}

/// A hashing thread dropped the work (it panicked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the password-hashing thread did not finish")]
pub struct Gone;

/// Work for a hashing thread.
type Job = Box<dyn FnOnce() + Send>;

/// Hashes and checks portal passwords (named so as not to clash with
/// argon2's `PasswordHasher` trait). Cheap to share behind `web::Data`.
#[derive(Debug)]
pub struct Passwords {
    argon2: Argon2<'static>,
    permits: Arc<Semaphore>,
    /// To the hashing threads, one per permit.
    jobs: mpsc::Sender<Job>,
    queue_timeout: Duration,
    /// A hash of a random password no one knows, made with our parameters.
    dummy: Arc<str>,
}

impl Passwords {
    /// Checks the settings and makes the dummy hash (one hash's time).
    pub fn new(settings: &Argon2Settings) -> Result<Passwords, argon2::password_hash::Error> {
        let params = Params::new(
            settings.memory_kib,
            settings.iterations,
            settings.parallelism,
            None,
        )?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut unknowable = [0u8; 32];
        rand::rng().fill_bytes(&mut unknowable);
        let dummy = argon2.hash_password(&unknowable)?.to_string();
        let threads = settings.max_concurrent.max(1);
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-hashing-{n}"))
                .spawn(move || {
                    low_priority();
                    // Ends when `Passwords` (the sender) is dropped. The
                    // queue's lock is held only while waiting for a job.
                    loop {
                        let next = match queue.lock() {
                            Ok(q) => q.recv(),
                            Err(_) => break,
                        };
                        let Ok(job) = next else { break };
                        job();
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a password-hashing thread");
            }
        }
        Ok(Passwords {
            argon2,
            permits: Arc::new(Semaphore::new(threads)),
            jobs,
            queue_timeout: Duration::from_millis(settings.queue_timeout_ms),
            dummy: dummy.into(),
        })
    }

    /// A PHC string (`$argon2id$v=19$m=…`) for a new password.
    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        let permit = self.permit().await?;
        let argon2 = self.argon2.clone();
        self.run(move || {
            let _permit = permit;
            argon2
                .hash_password(password.as_bytes())
                .map(|hash| hash.to_string())
                .map_err(HashError::Argon2)
        })
        .await?
    }

    /// Whether `password` matches the stored hash. Pass `None` for an
    /// unknown account: the dummy hash is checked instead (and `false`
    /// returned), so both cases take the same time. A stored value that is
    /// not a valid hash, or a check that fails inside argon2, counts as a
    /// mismatch and is logged: the door stays shut.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, Busy> {
        let permit = self.permit().await?;
        let argon2 = self.argon2.clone();
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| self.dummy.to_string());
        let outcome = self
            .run(move || {
                let _permit = permit;
                argon2.verify_password(password.as_bytes(), stored.as_str())
            })
            .await;
        match outcome {
            Ok(Ok(())) => Ok(known),
            Ok(Err(argon2::password_hash::Error::PasswordInvalid)) => Ok(false),
            Ok(Err(e)) => {
                tracing::error!(error = %e, "a stored password hash could not be checked");
                Ok(false)
            }
            Err(e) => {
                tracing::error!(error = %e, "the password check did not finish");
                Ok(false)
            }
        }
    }

    /// Whether a stored hash was made with other parameters (or another
    /// algorithm) than the current ones: after a successful login, hash the
    /// password again and store the new hash.
    pub fn needs_rehash(&self, stored: &str) -> bool {
        let Ok(hash) = PasswordHash::new(stored) else {
            return true;
        };
        let current = self.argon2.params();
        hash.algorithm != Algorithm::Argon2id.ident()
            || hash.version != Some(Version::V0x13.into())
            || Params::try_from(&hash).map_or(true, |p| {
                p.m_cost() != current.m_cost()
                    || p.t_cost() != current.t_cost()
                    || p.p_cost() != current.p_cost()
                    || p.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN)
                        != current.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN)
            })
    }

    /// Runs `work` on a hashing thread and waits for its answer.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Gone> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = answer.send(work());
        });
        self.jobs.send(job).map_err(|_| Gone)?;
        answered.await.map_err(|_| Gone)
    }

    /// A hashing slot, or [`Busy`] after the queue timeout. The permit is
    /// moved into the hashing thread's work, so it is held until the work is really
    /// done even when the request that asked for it has gone away.
    async fn permit(&self) -> Result<OwnedSemaphorePermit, Busy> {
        match tokio::time::timeout(self.queue_timeout, self.permits.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(_)) | Err(_) => Err(Busy),
        }
    }
}

/// The hashing threads' nice value. At 10 the scheduler gives a hash about
/// a tenth of a core that the public form's threads also want (weight 110
/// against 1024), so a flood of logins barely dents the form, while an
/// officer's login on a machine busy with reports still completes (a
/// 60 ms hash takes some 600 ms then). At 19 it would hardly run at all.
const HASHING_NICE: i32 = 10;

/// Lowers the calling thread's CPU priority to [`HASHING_NICE`] (Linux:
/// nice is per thread). Failing that, hashing runs at normal priority,
/// still one hash per permit.
fn low_priority() {
    #[cfg(target_os = "linux")]
    if let Err(e) =
        rustix::process::setpriority_process(Some(rustix::thread::gettid()), HASHING_NICE)
    {
        tracing::warn!(error = %e, "cannot lower the password-hashing thread's priority");
    }
}

#[cfg(test)]
mod tests;
