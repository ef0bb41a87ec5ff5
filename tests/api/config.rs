//! The binary's settings handling, as an operator meets it.

use std::process::Command;

fn fraudreport(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fraudreport"));
    cmd.args(args);
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("FRAUDREPORT_")) {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().copied());
    cmd.output().expect("runs")
}

#[test]
fn check_config_prints_the_effective_settings_with_secrets_masked() {
    let out = fraudreport(
        &["check-config"],
        &[
            (
                "FRAUDREPORT_DATABASE_URL",
                "postgres://app:hunter2@db.internal/fraud",
            ),
            (
                "FRAUDREPORT_SECRET_KEY",
                "a-very-long-secret-key-for-this-test-only",
            ),
            ("FRAUDREPORT_DATA_KEY", crate::helpers::TEST_DATA_KEY),
            (
                "FRAUDREPORT_MAIL_URL",
                "smtp://mailer:pa55word@mail.example.org:587?tls=starttls&password=other",
            ),
            ("FRAUDREPORT_SUBMIT_RATE_LIMIT", "0"),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("database_url = postgres://app:***@db.internal/fraud"),
        "{text}"
    );
    assert!(text.contains("submit_rate_limit = 0"));
    assert!(!text.contains("hunter2") && !text.contains("a-very-long-secret"));
    assert!(
        !text.contains("pa55word") && !text.contains("other"),
        "{text}"
    );
    assert!(
        !text.contains(&crate::helpers::TEST_DATA_KEY[..16]),
        "{text}"
    );
    assert!(text.contains("data_key = *** (set)"), "{text}");
}

#[test]
fn invalid_settings_are_each_named_in_one_sentence_and_the_exit_code_is_non_zero() {
    let out = fraudreport(
        &["serve"],
        &[
            ("FRAUDREPORT_BIND", "everywhere"),
            ("FRAUDREPORT_MAIL_URL", "pigeon://loft"),
            ("FRAUDREPORT_COLOUR", "red"),
        ],
    );
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("FRAUDREPORT_BIND"), "{text}");
    assert!(text.contains("FRAUDREPORT_MAIL_URL"), "{text}");
    assert!(
        text.contains("FRAUDREPORT_COLOUR is not a known setting"),
        "{text}"
    );
}

#[test]
fn a_settings_file_is_read_and_the_environment_wins() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("fraudreport.toml");
    std::fs::write(&file, "bind = \"127.0.0.1:9999\"\nsubmit_rate_limit = 5\n").expect("write");
    let out = fraudreport(
        &["--config", file.to_str().expect("utf-8"), "check-config"],
        &[("FRAUDREPORT_SUBMIT_RATE_LIMIT", "7")],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("bind = 127.0.0.1:9999"), "{text}");
    assert!(text.contains("submit_rate_limit = 7"), "{text}");
}

#[test]
fn a_dead_database_is_reported_with_its_real_cause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = fraudreport(
        &["migrate"],
        &[
            (
                "FRAUDREPORT_DATABASE_URL",
                "postgres://nobody@127.0.0.1:1/none",
            ),
            (
                "FRAUDREPORT_SECRET_KEY",
                "a-very-long-secret-key-for-this-test-only",
            ),
            ("FRAUDREPORT_DATA_KEY", crate::helpers::TEST_DATA_KEY),
            ("FRAUDREPORT_DATA_DIR", dir.path().to_str().expect("utf-8")),
        ],
    );
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("cannot connect to the database") && text.contains("127.0.0.1"),
        "{text}"
    );
}

#[test]
fn every_subcommand_explains_itself() {
    for (cmd, words) in [
        ("serve", "serve the web pages"),
        ("migrate", "migrations"),
        ("check-config", "secrets masked"),
    ] {
        let out = fraudreport(&[cmd, "--help"], &[]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(words), "{cmd}: {text}");
    }
}
