//! Cases delivered to an authority that does not log in: with its OpenPGP
//! key in the directory, the routed case leaves encrypted (RFC 3156) and
//! GnuPG, holding the authority's secret key, opens it: the readable case
//! in the authority's language with the victim's contact details, its MISP
//! event and its STIX bundle. A key the service cannot use is refused at
//! start. Keys are made by GnuPG (Debian `gnupg`) in the test's folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use diesel::prelude::*;
use fraudreport::config::Settings;
use fraudreport::db::schema::reports;
use fraudreport::routing::Directory;

use crate::helpers::{backends, valid_report, with};
use crate::warnings::rig;

/// GnuPG with its own home folder (and agent, stopped when dropped).
struct Gpg {
    home: PathBuf,
}

impl Gpg {
    fn at(home: PathBuf) -> Gpg {
        std::fs::create_dir_all(&home).expect("gnupg home");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).expect("mode");
        }
        Gpg { home }
    }

    /// Runs gpg with `args`, feeding `input`; panics with its stderr on failure.
    fn run(&self, args: &[&str], input: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut child = Command::new("gpg")
            .arg("--homedir")
            .arg(&self.home)
            .args(["--batch", "--pinentry-mode", "loopback", "--passphrase", ""])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gpg runs (install Debian's gnupg)");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write to gpg");
        let out = child.wait_with_output().expect("gpg finishes");
        assert!(
            out.status.success(),
            "gpg {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// A new key for `uid` (ed25519 to sign, cv25519 to encrypt, both
    /// valid for a year from `at`, a GnuPG time like `20200101T000000`, or
    /// from now); returns its armored public key.
    fn new_key(&self, uid: &str, at: Option<&str>) -> String {
        let faked = at.map(|t| format!("{t}!"));
        let with_time = |args: &[&str]| -> Vec<String> {
            let mut all: Vec<String> = faked
                .iter()
                .flat_map(|t| ["--faked-system-time".to_string(), t.clone()])
                .collect();
            all.extend(args.iter().map(|a| a.to_string()));
            all
        };
        let run = |args: Vec<String>| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            self.run(&args, b"")
        };
        run(with_time(&[
            "--quick-gen-key",
            uid,
            "ed25519",
            "sign",
            "1y",
        ]));
        let listing = String::from_utf8(self.run(&["--with-colons", "--list-keys", uid], b""))
            .expect("utf-8");
        let fingerprint = listing
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .and_then(|l| l.split(':').find(|f| f.len() == 40))
            .expect("a fingerprint")
            .to_string();
        run(with_time(&[
            "--quick-add-key",
            &fingerprint,
            "cv25519",
            "encr",
            "1y",
        ]));
        String::from_utf8(self.run(&["--armor", "--export", uid], b"")).expect("armored")
    }

    /// A key that may only sign (no subkey to encrypt to).
    fn sign_only_key(&self, uid: &str) -> String {
        self.run(&["--quick-gen-key", uid, "ed25519", "sign", "1y"], b"");
        String::from_utf8(self.run(&["--armor", "--export", uid], b"")).expect("armored")
    }

    fn decrypt(&self, armored: &str) -> Vec<u8> {
        self.run(&["--decrypt"], armored.as_bytes())
    }
}

impl Drop for Gpg {
    fn drop(&mut self) {
        let _ = Command::new("gpgconf")
            .arg("--homedir")
            .arg(&self.home)
            .args(["--kill", "gpg-agent"])
            .status();
    }
}

const INTAKE: &str = "cases@politsei.example";

/// The Estonian police with an intake address and `key`.
fn estonia(key: &str) -> String {
    crate::helpers::estonia_with_intake(&format!("openpgp_key = '''\n{key}'''\n"))
}

/// The app's directory file holds a new key of the Estonian police, made
/// in `gnupg/` beside the data folder.
fn keyed_directory(s: &mut Settings) {
    let gpg = Gpg::at(gnupg_home(s));
    let key = gpg.new_key("PPA intake <cases@politsei.example>", None);
    let path = s.data_dir.with_file_name("authorities.toml");
    std::fs::write(&path, estonia(&key)).expect("write");
    s.authority_directory = Some(path);
}

fn gnupg_home(s: &Settings) -> PathBuf {
    s.data_dir.with_file_name("gnupg")
}

/// The part of `mail` with this MIME type, and its decoded body.
fn part<'a>(mail: &'a mailparse::ParsedMail<'a>, mimetype: &str) -> &'a mailparse::ParsedMail<'a> {
    mail.subparts
        .iter()
        .find(|p| p.ctype.mimetype == mimetype)
        .unwrap_or_else(|| panic!("no {mimetype} part"))
}

/// The attachment named `name`, decoded.
fn attachment(mail: &mailparse::ParsedMail<'_>, name: &str) -> String {
    let found = mail
        .subparts
        .iter()
        .find(|p| {
            p.get_content_disposition()
                .params
                .get("filename")
                .is_some_and(|f| f == name)
        })
        .unwrap_or_else(|| panic!("no attachment {name}"));
    found.get_body().expect("decodable")
}

/// Keeps an attached export for `.ci/validate_exports.py`.
fn keep(name: &str, body: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/exports");
    std::fs::create_dir_all(&dir).expect("target/exports");
    std::fs::write(dir.join(name), body).expect("write export");
}

#[actix_web::test]
async fn a_case_for_an_authority_with_a_key_arrives_encrypted_and_gnupg_opens_the_whole_case() {
    for backend in backends() {
        let rig = rig(&backend, Some(keyed_directory)).await;
        let fields = with(
            &valid_report(),
            "contact_email",
            "victim.private@example.org",
        );
        assert_eq!(rig.app.post_report("en", &fields).await.status(), 303);
        let reference: String = reports::table
            .select(reports::reference)
            .first(&mut rig.app.db.conn())
            .expect("ref");
        let shown = fraudreport::domain::CaseRef::parse(&reference)
            .expect("ref")
            .to_string();
        let got = rig.deliver().await;
        let raw = got
            .iter()
            .find(|m| m.contains(&format!("To: {INTAKE}")))
            .expect("a mail to the intake address");

        // Outside: RFC 3156, the reference in the subject, nothing else.
        let outer = mailparse::parse_mail(raw.as_bytes()).expect("MIME");
        assert_eq!(outer.ctype.mimetype, "multipart/encrypted", "{raw}");
        assert_eq!(
            outer.ctype.params.get("protocol").map(String::as_str),
            Some("application/pgp-encrypted")
        );
        assert_eq!(
            outer.subparts[0].ctype.mimetype,
            "application/pgp-encrypted"
        );
        assert!(
            outer.subparts[0]
                .get_body()
                .expect("body")
                .contains("Version: 1")
        );
        let armored = part(&outer, "application/octet-stream")
            .get_body()
            .expect("body");
        assert!(armored.starts_with("-----BEGIN PGP MESSAGE-----"));
        let subject = outer
            .headers
            .iter()
            .find(|h| h.get_key() == "Subject")
            .expect("subject")
            .get_value();
        assert!(subject.contains(&shown), "{subject}");
        for private in [
            "victim.private",
            "5123",
            "Crypto-Trade",
            "guaranteed",
            "Estonia",
            "1500",
            "DE89",
        ] {
            assert!(
                !raw.contains(private),
                "{backend:?}: {private} readable outside the encryption:\n{raw}"
            );
        }

        // Inside, as the police's GnuPG opens it.
        let gpg = Gpg::at(gnupg_home(&rig.app.settings));
        let inner_bytes = gpg.decrypt(&armored);
        let inner = mailparse::parse_mail(&inner_bytes).expect("inner MIME");
        assert_eq!(inner.ctype.mimetype, "multipart/mixed");
        let text = part(&inner, "text/plain").get_body().expect("text");
        let locales = fraudreport::i18n::Locales::load().expect("locales");
        let estonian = &locales.get("et").expect("et").loader;
        for (what, expected) in [
            (
                "the victim's address",
                "victim.private@example.org".to_string(),
            ),
            ("the victim's phone", "5123".to_string()),
            (
                "the story",
                "said <profits> were \"guaranteed\"".to_string(),
            ),
            ("the IBAN", "DE89370400440532013000".to_string()),
            ("the platform", "Crypto-Trade Pro".to_string()),
            ("the reference", shown.clone()),
            (
                "the portal link",
                format!("https://report.example.org/portal/cases/{reference}"),
            ),
            ("an Estonian heading", estonian.get("portal-case-payments")),
            ("Estonian facts", estonian.get("portal-case-routing-reason")),
        ] {
            assert!(
                text.contains(&expected),
                "{backend:?}: {what} missing:\n{text}"
            );
        }
        assert!(text.contains(&estonian.get("sealed-case-contact-given")));

        let misp = attachment(&inner, "case.misp.json");
        let event: serde_json::Value = serde_json::from_str(&misp).expect("MISP JSON");
        assert!(
            event["Event"]["info"]
                .as_str()
                .expect("info")
                .contains(&shown)
        );
        assert!(misp.contains("victim.private@example.org"), "{misp}");
        assert!(misp.contains("DE89370400440532013000"));
        assert!(misp.contains("tlp:amber+strict"), "{misp}");
        let stix = attachment(&inner, "case.stix.json");
        let bundle: serde_json::Value = serde_json::from_str(&stix).expect("STIX JSON");
        assert_eq!(bundle["type"], "bundle");
        assert!(
            stix.contains("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
                || stix.contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
        );
        assert!(stix.contains("victim.private@example.org"));
        keep(&format!("{}-sealed-case.misp.json", backend.label()), &misp);
        keep(&format!("{}-sealed-case.stix.json", backend.label()), &stix);
    }
}

#[actix_web::test]
async fn a_key_the_service_cannot_encrypt_to_is_refused_at_start_in_one_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gpg = Gpg::at(dir.path().join("gnupg"));
    let expired = gpg.new_key("Old intake <old@politsei.example>", Some("20200101T000000"));
    let secret = String::from_utf8(gpg.run(
        &["--armor", "--export-secret-keys", "old@politsei.example"],
        b"",
    ))
    .expect("armored");
    let signing = gpg.sign_only_key("Signing only <sign@politsei.example>");
    let path = dir.path().join("authorities.toml");
    for (key, says) in [
        (expired.as_str(), "expired"),
        (signing.as_str(), "no subkey that may encrypt"),
        (secret.as_str(), "secret key"),
        (
            "not a key at all",
            "not an ASCII-armored OpenPGP public key",
        ),
    ] {
        std::fs::write(&path, estonia(key)).expect("write");
        let refused = Directory::load(Some(&path)).expect_err("refused");
        let message = format!("{refused:#}");
        assert!(
            message.starts_with("the OpenPGP key of authority ee-ppa is refused: "),
            "{message}"
        );
        assert!(message.contains(says), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    // The service does not start with it, and says why in that sentence.
    std::fs::write(&path, estonia(&expired)).expect("write");
    let mut serve = Command::new(env!("CARGO_BIN_EXE_fraudreport"))
        .arg("serve")
        .env("FRAUDREPORT_DATA_DIR", dir.path().join("data"))
        .env("FRAUDREPORT_BIND", "127.0.0.1:0")
        .env("FRAUDREPORT_MAIL_WORKER", "false")
        .env("FRAUDREPORT_AUTHORITY_DIRECTORY", &path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = std::time::Instant::now();
    while serve.try_wait().expect("status").is_none() {
        if started.elapsed() > std::time::Duration::from_secs(20) {
            let _ = serve.kill();
            panic!("the service started with an expired key");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = serve.wait_with_output().expect("output");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "fraudreport: the OpenPGP key of authority ee-ppa is refused: the key expired on 202"
        ),
        "{said}"
    );
}

#[actix_web::test]
async fn the_daily_digest_to_an_intake_address_with_a_key_leaves_encrypted() {
    use chrono::{Duration, Utc};
    use fraudreport::db::portal::notices;
    for backend in backends() {
        let rig = rig(&backend, Some(keyed_directory)).await;
        let now = Utc::now().naive_utc();
        notices::choose_digest(
            &mut rig.app.db.conn(),
            "ee-ppa",
            true,
            now - Duration::hours(25),
        )
        .expect("digest");
        assert_eq!(
            rig.app.post_report("et", &valid_report()).await.status(),
            303
        );
        let reference: String = reports::table
            .select(reports::reference)
            .first(&mut rig.app.db.conn())
            .expect("ref");
        assert!(
            rig.deliver()
                .await
                .iter()
                .all(|m| !m.contains(&format!("To: {INTAKE}"))),
            "{backend:?}: on the digest, no mail per case"
        );
        rig.worker
            .clock
            .set(Utc::now().naive_utc() + Duration::minutes(1));
        assert_eq!(rig.worker.queue_digests().await.expect("digests"), 1);
        let got = rig.deliver().await;
        let raw = got
            .iter()
            .find(|m| m.contains(&format!("To: {INTAKE}")))
            .expect("the digest to the intake address");
        let outer = mailparse::parse_mail(raw.as_bytes()).expect("MIME");
        assert_eq!(outer.ctype.mimetype, "multipart/encrypted", "{raw}");
        assert!(!raw.contains(&reference), "{backend:?}: {raw}");
        let armored = part(&outer, "application/octet-stream")
            .get_body()
            .expect("body");
        let inner_bytes = Gpg::at(gnupg_home(&rig.app.settings)).decrypt(&armored);
        let inner = mailparse::parse_mail(&inner_bytes).expect("inner MIME");
        let text = crate::mail::plain_text(
            std::str::from_utf8(inner.subparts[0].raw_bytes).expect("utf-8"),
        );
        assert!(
            text.contains(&format!("/portal/cases/{reference}")),
            "{backend:?}: {text}"
        );
    }
}
