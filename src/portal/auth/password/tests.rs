//! Tests of the password policy, with the passwords officers would try.

use super::*;

const OFFICER: &[&str] = &["officer.name@police.example", "Officer Name"];

#[test]
fn a_long_unrelated_passphrase_is_accepted() {
    assert_eq!(
        check_new_password("tractor lantern quietly oyster 84", OFFICER),
        Ok(())
    );
}

#[test]
fn eleven_characters_are_too_short_and_twelve_are_enough_to_be_judged() {
    assert_eq!(
        check_new_password("Zq8#vN2!pL4", OFFICER),
        Err(PasswordProblem::TooShort)
    );
    assert_eq!(check_new_password("Zq8#vN2!pL4x", OFFICER), Ok(()));
}

#[test]
fn length_counts_characters_not_bytes() {
    // Eleven Cyrillic letters are 22 bytes but still too short.
    let short = "жёлтыйкотик";
    assert_eq!(short.chars().count(), 11);
    assert_eq!(
        check_new_password(short, OFFICER),
        Err(PasswordProblem::TooShort)
    );
}

#[test]
fn more_than_1024_characters_are_refused() {
    let long = "Zq8#vN2!pL4x".repeat(86);
    assert!(long.chars().count() > MAX_CHARS);
    assert_eq!(
        check_new_password(&long, OFFICER),
        Err(PasswordProblem::TooLong)
    );
}

#[test]
fn the_officers_own_name_with_a_year_is_refused_as_personal() {
    assert_eq!(
        check_new_password("officer.name2026!", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Personal))
    );
    assert_eq!(
        check_new_password("Officer.Name2026!", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Personal))
    );
}

#[test]
fn the_name_rearranged_around_a_weak_rest_is_refused_as_personal() {
    // zxcvbn alone scores these 4: several "words" and separators.
    for password in [
        "Name.Officer2026!",
        "officer_name_2026",
        "nameofficer2026!!",
    ] {
        assert_eq!(
            check_new_password(password, OFFICER),
            Err(PasswordProblem::Weak(Weakness::Personal)),
            "{password}"
        );
    }
}

#[test]
fn a_strong_passphrase_may_still_contain_a_name() {
    assert_eq!(
        check_new_password("tractor Officer lantern oyster 84", OFFICER),
        Ok(())
    );
}

#[test]
fn the_same_password_is_fine_for_someone_else() {
    // Without the user inputs, zxcvbn would not know the name: this is
    // what the inputs are for.
    let other = &["kari.maasikas@police.example", "Kari Maasikas"];
    assert_eq!(check_new_password("officer.name2026!", other), Ok(()));
}

#[test]
fn common_passwords_are_refused_as_common() {
    assert_eq!(
        check_new_password("password1234", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Common))
    );
}

#[test]
fn repeats_and_keyboard_rows_are_refused_as_patterns() {
    assert_eq!(
        check_new_password("aaaaaaaaaaaaaaaa", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Pattern))
    );
    assert_eq!(
        check_new_password("zxcvbnm,./asdf", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Pattern))
    );
}

#[test]
fn a_date_with_padding_is_refused_as_a_date() {
    assert_eq!(
        check_new_password("31121999!!!!", OFFICER),
        Err(PasswordProblem::Weak(Weakness::Date))
    );
}

#[test]
fn every_problem_has_its_own_portal_message_id() {
    let problems = [
        PasswordProblem::TooShort,
        PasswordProblem::TooLong,
        PasswordProblem::Weak(Weakness::Personal),
        PasswordProblem::Weak(Weakness::Common),
        PasswordProblem::Weak(Weakness::Pattern),
        PasswordProblem::Weak(Weakness::Date),
        PasswordProblem::Weak(Weakness::Guessable),
    ];
    let mut ids: Vec<&str> = problems.iter().map(PasswordProblem::message_id).collect();
    assert!(ids.iter().all(|id| id.starts_with("portal-password-")));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), problems.len());
    assert_eq!(PasswordProblem::TooShort.limit(), Some(("min", 12)));
    assert_eq!(PasswordProblem::TooLong.limit(), Some(("max", 1024)));
}
