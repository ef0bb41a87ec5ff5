//! Tests of [`Passwords`], with small parameters so that debug builds stay
//! quick (the defaults are measured in release; see [`Argon2Settings`]).

use std::time::{Duration, Instant};

use super::*;

fn small(max_concurrent: usize, queue_timeout_ms: u64) -> Argon2Settings {
    Argon2Settings {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
        max_concurrent,
        queue_timeout_ms,
    }
}

fn passwords() -> Passwords {
    Passwords::new(&small(1, 2_000)).unwrap()
}

#[tokio::test]
async fn the_right_password_matches_its_hash_and_a_wrong_one_does_not() {
    let passwords = passwords();
    let stored = passwords
        .hash("tractor lantern oyster".into())
        .await
        .unwrap();
    assert!(
        stored.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"),
        "{stored}"
    );
    assert!(!stored.contains("tractor"));
    let check = |pw: &str| passwords.verify(pw.into(), Some(stored.clone()));
    assert_eq!(check("tractor lantern oyster").await, Ok(true));
    assert_eq!(check("tractor lantern oyster ").await, Ok(false));
    assert_eq!(check("Tractor lantern oyster").await, Ok(false));
}

#[tokio::test]
async fn the_same_password_gets_a_different_salt_each_time() {
    let passwords = passwords();
    let a = passwords.hash("same password here".into()).await.unwrap();
    let b = passwords.hash("same password here".into()).await.unwrap();
    assert_ne!(a, b);
}

#[tokio::test]
async fn an_unknown_account_is_refused_even_with_any_password() {
    let passwords = passwords();
    assert_eq!(passwords.verify(String::new(), None).await, Ok(false));
    assert_eq!(passwords.verify("anything".into(), None).await, Ok(false));
}

#[tokio::test]
async fn a_corrupt_stored_hash_refuses_the_login() {
    let passwords = passwords();
    let check = |stored: &str| passwords.verify("pw".into(), Some(stored.into()));
    assert_eq!(check("").await, Ok(false));
    assert_eq!(check("pw").await, Ok(false));
    assert_eq!(
        check("$argon2id$v=19$m=1024,t=1,p=1$broken").await,
        Ok(false)
    );
}

#[tokio::test]
async fn an_unknown_account_costs_as_much_time_as_a_wrong_password() {
    // Enough work that a skipped hash would be obvious (~0 ms against
    // some 15 ms); minimums over a few runs, since noise only adds time
    // (and the hashing threads run at a low priority beside other tests).
    let settings = Argon2Settings {
        memory_kib: 32 * 1024,
        ..small(1, 10_000)
    };
    let passwords = Passwords::new(&settings).unwrap();
    let stored = passwords.hash("the real one".into()).await.unwrap();
    let mut known = Duration::MAX;
    let mut unknown = Duration::MAX;
    for _ in 0..5 {
        let t0 = Instant::now();
        let ok = passwords.verify("wrong".into(), Some(stored.clone())).await;
        known = known.min(t0.elapsed());
        assert_eq!(ok, Ok(false));
        let t0 = Instant::now();
        let ok = passwords.verify("wrong".into(), None).await;
        unknown = unknown.min(t0.elapsed());
        assert_eq!(ok, Ok(false));
    }
    assert!(
        unknown * 2 > known && known * 2 > unknown,
        "unknown account {unknown:?}, wrong password {known:?}"
    );
}

#[tokio::test]
async fn when_every_slot_stays_taken_the_caller_hears_busy_instead_of_waiting() {
    let passwords = Passwords::new(&small(1, 50)).unwrap();
    let held = passwords.permits.clone().acquire_owned().await.unwrap();
    let t0 = Instant::now();
    assert_eq!(passwords.verify("pw".into(), None).await, Err(Busy));
    assert!(matches!(
        passwords.hash("pw".into()).await,
        Err(HashError::Busy(Busy))
    ));
    assert!(t0.elapsed() < Duration::from_secs(1));
    drop(held);
    // With the slot free again, work goes through.
    assert_eq!(passwords.verify("pw".into(), None).await, Ok(false));
}

#[tokio::test]
async fn a_caller_that_waits_less_than_the_timeout_gets_its_turn() {
    let passwords = Passwords::new(&small(1, 5_000)).unwrap();
    let held = passwords.permits.clone().acquire_owned().await.unwrap();
    let release = async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        drop(held);
    };
    let (outcome, ()) = tokio::join!(passwords.verify("pw".into(), None), release);
    assert_eq!(outcome, Ok(false));
}

#[tokio::test]
async fn hashes_made_with_other_parameters_need_a_rehash() {
    let old = Passwords::new(&small(1, 2_000)).unwrap();
    let stored = old.hash("tractor lantern oyster".into()).await.unwrap();
    assert!(!old.needs_rehash(&stored));

    let stronger = Passwords::new(&Argon2Settings {
        memory_kib: 2048,
        ..small(1, 2_000)
    })
    .unwrap();
    assert!(stronger.needs_rehash(&stored));
    // The old hash still verifies: its parameters travel with it.
    assert_eq!(
        stronger
            .verify("tractor lantern oyster".into(), Some(stored))
            .await,
        Ok(true)
    );

    let more_passes = Passwords::new(&Argon2Settings {
        iterations: 2,
        ..small(1, 2_000)
    })
    .unwrap();
    let stored = old.hash("x".into()).await.unwrap();
    assert!(more_passes.needs_rehash(&stored));
    assert!(old.needs_rehash("not a hash"));
}

#[test]
fn settings_read_from_toml_fill_the_rest_with_defaults() {
    let settings: Argon2Settings = toml::from_str("memory_kib = 65536").unwrap();
    assert_eq!(settings.memory_kib, 65536);
    assert_eq!(settings.iterations, Argon2Settings::default().iterations);
    assert!(toml::from_str::<Argon2Settings>("memory = 1").is_err());
}

#[test]
fn the_default_parameters_meet_owasps_minimum() {
    // OWASP's Password Storage Cheat Sheet: any of these (m in KiB, t), p=1.
    const OWASP: [(u32, u32); 5] = [(47104, 1), (19456, 2), (12288, 3), (9216, 4), (7168, 5)];
    let d = Argon2Settings::default();
    assert!(
        OWASP
            .iter()
            .any(|&(m, t)| d.memory_kib >= m && d.iterations >= t),
        "{d:?}"
    );
    assert!(Passwords::new(&d).is_ok());
}
