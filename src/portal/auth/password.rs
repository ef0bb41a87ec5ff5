//! Which new passwords the portal accepts. An officer's account opens
//! victims' reports, so a password must be long and hard to guess; when one
//! is refused, the officer is told why, in their language.
//!
//! The rule: at least [`MIN_CHARS`] characters (counted as characters, not
//! bytes, so a Cyrillic password is not favoured or punished), at most
//! [`MAX_CHARS`], and a zxcvbn score of at least 3 ("safely unguessable":
//! more than 10^8 guesses) once the account's own e-mail address and name are
//! added to zxcvbn's dictionaries, so "officer.name2026!" is refused for
//! officer.name@police.example. A password that passes but holds the
//! officer's name must also pass with the name taken out: "Name.Officer2026!"
//! is refused, "tractor Officer lantern oyster 84" is not.
//!
//! The types carry Fluent message ids, never English sentences: the page
//! that shows them translates.

use zxcvbn::feedback::Warning;
use zxcvbn::{Score, zxcvbn};

/// Fewest characters a new password may have.
pub const MIN_CHARS: usize = 12;

/// Most characters a new password may have (a long passphrase fits; a
/// megabyte pasted by mistake or malice does not).
pub const MAX_CHARS: usize = 1024;

/// Parts of a user input shorter than this are not looked for in the
/// password ("ee" or "jo" appear in many good passwords by chance).
const MIN_PERSONAL_PART: usize = 3;

/// Why a new password was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_CHARS`] characters.
    TooShort,
    /// More than [`MAX_CHARS`] characters.
    TooLong,
    /// Long enough, but guessable; the reason says what makes it so.
    Weak(Weakness),
}

/// What makes a password guessable, coarsely, from zxcvbn's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// It contains the officer's own e-mail address or name.
    Personal,
    /// It is, or is close to, a common password, word or name.
    Common,
    /// It is built on repeats, sequences ("abc", "6543") or keyboard rows.
    Pattern,
    /// It leans on a date or a recent year.
    Date,
    /// None of the above stands out: it is simply too easy to guess.
    Guessable,
}

impl PasswordProblem {
    /// The Fluent message id that explains the problem. `TooShort` takes
    /// the variable `$min` and `TooLong` takes `$max` (see [`Self::limit`]).
    pub fn message_id(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "portal-password-too-short",
            PasswordProblem::TooLong => "portal-password-too-long",
            PasswordProblem::Weak(weakness) => weakness.message_id(),
        }
    }

    /// The Fluent variable the message needs, with its value, if any.
    pub fn limit(&self) -> Option<(&'static str, usize)> {
        match self {
            PasswordProblem::TooShort => Some(("min", MIN_CHARS)),
            PasswordProblem::TooLong => Some(("max", MAX_CHARS)),
            PasswordProblem::Weak(_) => None,
        }
    }
}

impl Weakness {
    /// The Fluent message id that explains this weakness.
    pub fn message_id(&self) -> &'static str {
        match self {
            Weakness::Personal => "portal-password-weak-personal",
            Weakness::Common => "portal-password-weak-common",
            Weakness::Pattern => "portal-password-weak-pattern",
            Weakness::Date => "portal-password-weak-date",
            Weakness::Guessable => "portal-password-weak",
        }
    }
}

/// Checks a password an officer wants to set. `user_inputs` are what an
/// attacker knows about the account: pass the e-mail address and the name
/// (whole; they are also split into parts here).
pub fn check_new_password(password: &str, user_inputs: &[&str]) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let parts = personal_parts(user_inputs);
    let inputs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let entropy = zxcvbn(password, &inputs);
    if entropy.score() < Score::Three {
        let warning = entropy.feedback().and_then(|f| f.warning());
        return Err(PasswordProblem::Weak(weakness(password, &parts, warning)));
    }
    // zxcvbn prices "Name.Officer2026!" as several words; to someone who
    // knows the officer's name, only what is left once it is taken out
    // counts, and that must be strong on its own.
    let lowered = password.to_lowercase();
    let rest = without_parts(&lowered, &parts);
    if rest != lowered && zxcvbn(&rest, &inputs).score() < Score::Three {
        return Err(PasswordProblem::Weak(Weakness::Personal));
    }
    Ok(())
}

/// The inputs themselves plus their parts, lower-cased: the address's local
/// part (as is and without punctuation), each word of 3 characters or more,
/// and those words run together.
fn personal_parts(user_inputs: &[&str]) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for input in user_inputs {
        let input = input.trim().to_lowercase();
        if let Some((local, _)) = input.split_once('@') {
            parts.push(local.to_owned());
            parts.push(local.chars().filter(|c| c.is_alphanumeric()).collect());
        }
        let words: Vec<&str> = input
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= MIN_PERSONAL_PART)
            .collect();
        parts.push(words.concat());
        parts.extend(words.iter().map(|word| (*word).to_owned()));
        parts.push(input);
    }
    parts.retain(|part| part.chars().count() >= MIN_PERSONAL_PART);
    parts.sort();
    parts.dedup();
    parts
}

/// `lowered` with every personal part taken out, longest parts first.
fn without_parts(lowered: &str, parts: &[String]) -> String {
    let mut by_length: Vec<&String> = parts.iter().collect();
    by_length.sort_by_key(|part| std::cmp::Reverse(part.len()));
    by_length
        .into_iter()
        .fold(lowered.to_owned(), |rest, part| {
            rest.replace(part.as_str(), "")
        })
}

/// The reason to show for a weak password: the officer's own data first
/// (zxcvbn's own warning does not name it), then zxcvbn's warning.
fn weakness(password: &str, parts: &[String], warning: Option<Warning>) -> Weakness {
    let lowered = password.to_lowercase();
    if parts.iter().any(|part| lowered.contains(part.as_str())) {
        return Weakness::Personal;
    }
    match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword
            | Warning::AWordByItselfIsEasyToGuess
            | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ) => Weakness::Common,
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess,
        ) => Weakness::Pattern,
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => {
            Weakness::Date
        }
        None => Weakness::Guessable,
    }
}

#[cfg(test)]
mod tests;
