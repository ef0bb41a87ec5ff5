//! From the form as typed to a valid [`Report`], or to the list of fields
//! that need another look, each with its reason.

use chrono::{NaiveDate, Utc};
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use super::form::{MAX_LIST_LINES, RawForm, field_rank};
use crate::domain::choice::{Answer, Channel};
use crate::domain::indicator::{self, Indicator};
use crate::domain::{CountryCode, Payment, Problem, Report, text};
use crate::routing::Directory;

mod payment;

/// Refused fields, in the order they appear on the form; at most one problem
/// per field.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, Problem)>);

impl FieldErrors {
    fn add(&mut self, field: impl Into<String>, problem: Problem) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, problem));
        }
    }

    /// The problem of one field, if any.
    pub fn get(&self, field: &str) -> Option<&Problem> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, p)| p)
    }

    /// Every refused field with its problem.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Problem)> {
        self.0.iter().map(|(f, p)| (f.as_str(), p))
    }

    /// No field was refused?
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many fields were refused.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// What a victim reports about someone who offered to "recover" their money:
/// the websites, phone numbers and e-mail addresses that reached them, one
/// per line, checked like the report form's lists. At least one is needed.
pub fn recovery_approach(
    websites: &str,
    phones: &str,
    emails: &str,
    residence: Option<CountryCode>,
) -> Result<Vec<Indicator>, FieldErrors> {
    let mut v = Checker {
        errors: FieldErrors::default(),
        today: Utc::now().date_naive(),
    };
    for (field, text) in [
        ("websites", websites),
        ("scam_phones", phones),
        ("scam_emails", emails),
    ] {
        if text.chars().count() > APPROACH_FIELD_MAX {
            v.errors.add(
                field,
                Problem::TooLong {
                    max: APPROACH_FIELD_MAX,
                },
            );
        }
    }
    let mut found = Vec::new();
    v.list(websites, "websites", &mut found, |t, line| {
        indicator::website(t).ok_or(Problem::Website { line })
    });
    v.list(phones, "scam_phones", &mut found, |t, line| {
        indicator::phone(t, residence).ok_or(Problem::ScamPhone { line })
    });
    v.list(emails, "scam_emails", &mut found, |t, line| {
        indicator::email(t).ok_or(Problem::ScamEmail { line })
    });
    if v.errors.is_empty() && found.is_empty() {
        v.errors.add("websites", Problem::ApproachEmpty);
    }
    if v.errors.is_empty() {
        Ok(found)
    } else {
        Err(v.errors)
    }
}

/// Characters in one list of the recovery-approach form.
const APPROACH_FIELD_MAX: usize = 2000;

/// Checks every field; returns the report only when all of them hold.
pub fn validate(
    form: &RawForm,
    locale: &str,
    today: NaiveDate,
    directory: &Directory,
) -> Result<Report, FieldErrors> {
    let mut errors = FieldErrors::default();
    if let Err(e) = form.validate() {
        length_problems(&e, "", &mut errors);
    }
    let mut v = Checker { errors, today };
    let residence = v.required(&form.residence_country, "residence_country", |t| {
        CountryCode::parse(t).ok_or(Problem::Country)
    });
    let residence_region = v.optional(&form.residence_region, "residence_region", |t| {
        let regions = residence.and_then(|c| directory.regions_of(c.as_str()));
        let known = regions.is_some_and(|list| list.iter().any(|r| r.code == t));
        known.then(|| t.to_string()).ok_or(Problem::Region)
    });
    let contact_email = v.optional(&form.contact_email, "contact_email", |t| {
        // Stored lower-cased: one address, one set of limits and one
        // unsubscription, however its capitals were typed.
        indicator::email(t)
            .map(|i| i.normalised)
            .ok_or(Problem::Email)
    });
    let contact_phone = v.optional(&form.contact_phone, "contact_phone", |t| {
        indicator::phone(t, residence)
            .map(|i| i.normalised)
            .ok_or(Problem::Phone)
    });
    let first_contact_channel =
        v.optional(&form.first_contact_channel, "first_contact_channel", |t| {
            Channel::parse(t).ok_or(Problem::Choice)
        });
    let first_contact_on = v.optional(&form.first_contact_date, "first_contact_date", |t| {
        parse_date(t, today)
    });
    let platform_name = v.optional(&form.platform_name, "platform_name", |t| Ok(t.to_string()));
    let mut indicators = v.indicators(form, residence, platform_name.as_deref());
    let remote_access = v.optional(&form.remote_access, "remote_access", answer);
    let payments = v.payments(form, &mut indicators);
    let recovery_approach = v.optional(&form.recovery_approach, "recovery_approach", answer);
    let story = Some(text::text_block(&form.story)).filter(|s| !s.is_empty());
    v.consents_and_honeypot(form);
    dedupe(&mut indicators);
    v.errors.0.sort_by_key(|(field, _)| field_rank(field));

    match residence {
        Some(residence) if v.errors.is_empty() => Ok(Report {
            locale: locale.to_string(),
            contact_email,
            contact_phone,
            residence,
            residence_region,
            first_contact_channel,
            first_contact_on,
            platform_name,
            remote_access,
            recovery_approach,
            story,
            consent_warnings: form.consent_warnings,
            payments,
            indicators,
        }),
        _ => Err(v.errors),
    }
}

/// Collects the length limits validator found, including nested payment rows.
fn length_problems(errors: &ValidationErrors, prefix: &str, out: &mut FieldErrors) {
    for (field, kind) in errors.errors() {
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    let max = e.params.get("max").and_then(|m| m.as_u64()).unwrap_or(0);
                    // Payment rows' fields are named with hyphens
                    // (`payment-0-tx-hash`).
                    let name = if prefix.is_empty() {
                        field.to_string()
                    } else {
                        format!("{prefix}{}", field.replace('_', "-"))
                    };
                    out.add(
                        name,
                        Problem::TooLong {
                            max: usize::try_from(max).unwrap_or(usize::MAX),
                        },
                    );
                }
            }
            ValidationErrorsKind::List(rows) => {
                for (i, row) in rows {
                    length_problems(row, &format!("payment-{i}-"), out);
                }
            }
            ValidationErrorsKind::Struct(inner) => length_problems(inner, prefix, out),
        }
    }
}

struct Checker {
    errors: FieldErrors,
    today: NaiveDate,
}

impl Checker {
    /// Parses a non-empty one-line value unless the field already failed
    /// (too long). Line breaks and control characters are gone before the
    /// value is parsed: nothing a victim types can start a new line in an
    /// officer's e-mail or disguise itself with bidirectional controls.
    fn optional<T>(
        &mut self,
        raw: &str,
        field: &str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        let t = text::single_line(raw);
        if t.is_empty() || self.errors.get(field).is_some() {
            return None;
        }
        parse(&t).map_err(|p| self.errors.add(field, p)).ok()
    }

    fn required<T>(
        &mut self,
        raw: &str,
        field: &str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        if raw.trim().is_empty() {
            self.errors.add(field, Problem::Required);
            return None;
        }
        self.optional(raw, field, parse)
    }

    /// One indicator per non-empty line; the first bad line is reported.
    fn list(
        &mut self,
        raw: &str,
        field: &str,
        out: &mut Vec<Indicator>,
        parse: impl Fn(&str, usize) -> Result<Indicator, Problem>,
    ) {
        if self.errors.get(field).is_some() {
            return;
        }
        let lines: Vec<(usize, String)> = text::lines(&raw.replace("\r\n", "\n"))
            .enumerate()
            .map(|(i, l)| (i + 1, text::single_line(l)))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        if lines.len() > MAX_LIST_LINES {
            self.errors.add(
                field,
                Problem::TooManyLines {
                    max: MAX_LIST_LINES,
                },
            );
            return;
        }
        for (line, typed) in lines {
            match parse(&typed, line) {
                Ok(i) => out.push(i),
                Err(p) => return self.errors.add(field, p),
            }
        }
    }

    /// The indicators of the one-per-line lists (and the platform's name).
    fn indicators(
        &mut self,
        form: &RawForm,
        residence: Option<CountryCode>,
        platform: Option<&str>,
    ) -> Vec<Indicator> {
        let mut found: Vec<Indicator> = platform.into_iter().map(indicator::platform).collect();
        self.list(&form.websites, "websites", &mut found, |t, line| {
            indicator::website(t).ok_or(Problem::Website { line })
        });
        self.list(&form.caller_names, "caller_names", &mut found, |t, _| {
            Ok(indicator::alias(t))
        });
        self.list(&form.scam_phones, "scam_phones", &mut found, |t, line| {
            indicator::phone(t, residence).ok_or(Problem::ScamPhone { line })
        });
        self.list(&form.scam_emails, "scam_emails", &mut found, |t, line| {
            indicator::email(t).ok_or(Problem::ScamEmail { line })
        });
        found
    }

    /// Every payment row that is not blank; destinations become indicators.
    fn payments(&mut self, form: &RawForm, indicators: &mut Vec<Indicator>) -> Vec<Payment> {
        let rows = form.payments.iter().enumerate();
        rows.filter(|(_, r)| !r.is_blank())
            .filter_map(|(i, row)| self.payment(i, row, indicators))
            .collect()
    }

    fn consents_and_honeypot(&mut self, form: &RawForm) {
        if !form.consent_authority {
            self.errors
                .add("consent_authority", Problem::ConsentAuthority);
        }
        if form.consent_warnings && form.contact_email.trim().is_empty() {
            self.errors.add("contact_email", Problem::WarningsNeedEmail);
        }
        if !form.homepage.is_empty() {
            self.errors.add("homepage", Problem::Honeypot);
        }
    }
}

fn answer(t: &str) -> Result<Answer, Problem> {
    Answer::parse(t).ok_or(Problem::Choice)
}

/// A date as `2024-03-31`, `31.03.2024` or `31/03/2024`, between 1990 and today.
pub fn parse_date(t: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let date = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
        .iter()
        .find_map(|fmt| NaiveDate::parse_from_str(t, fmt).ok())
        .ok_or(Problem::DateFormat)?;
    let earliest = NaiveDate::from_ymd_opt(1990, 1, 1).ok_or(Problem::DateFormat)?;
    if date < earliest {
        Err(Problem::DateTooEarly)
    } else if date > today {
        Err(Problem::DateFuture)
    } else {
        Ok(date)
    }
}

/// Today, generously: a victim east of UTC may already live tomorrow.
pub fn today_anywhere() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(14)).date_naive()
}

fn dedupe(list: &mut Vec<Indicator>) {
    let mut seen = std::collections::HashSet::new();
    list.retain(|i| seen.insert((i.kind, i.normalised.clone())));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawForm {
        RawForm::from_pairs(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
    }

    #[test]
    fn problems_are_listed_in_the_order_of_the_form() {
        let long_story = "x".repeat(10_001);
        let f = form(&[
            ("story", &long_story),
            ("payment-1-amount", "12"),
            ("contact_email", "nope"),
            ("residence_country", "EE"),
            ("consent_authority", "yes"),
        ]);
        let errors = validate(
            &f,
            "en",
            today(),
            &Directory::load(None).expect("directory"),
        )
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["contact_email", "payment-1-currency", "story"]);
        assert_eq!(errors.get("story"), Some(&Problem::TooLong { max: 10_000 }));
    }

    #[test]
    fn a_blank_payment_row_between_filled_ones_is_ignored() {
        let f = form(&[
            ("residence_country", "EE"),
            ("consent_authority", "yes"),
            ("payment-0-amount", "10"),
            ("payment-0-currency", "EUR"),
            ("payment-2-amount", "20"),
            ("payment-2-currency", "EUR"),
        ]);
        let report = validate(
            &f,
            "en",
            today(),
            &Directory::load(None).expect("directory"),
        )
        .expect("valid");
        let amounts: Vec<Option<i64>> = report
            .payments
            .iter()
            .map(|p| p.fiat.map(|f| f.amount_minor))
            .collect();
        assert_eq!(amounts, [Some(1000), Some(2000)]);
    }

    #[test]
    fn dates_are_read_in_the_common_formats_and_bounded() {
        assert_eq!(
            parse_date("31.03.2024", today()),
            NaiveDate::from_ymd_opt(2024, 3, 31).ok_or(Problem::DateFormat)
        );
        assert_eq!(
            parse_date("31/03/2024", today()),
            NaiveDate::from_ymd_opt(2024, 3, 31).ok_or(Problem::DateFormat)
        );
        assert_eq!(parse_date("2026-11-26", today()), Err(Problem::DateFuture));
        assert_eq!(
            parse_date("1989-12-31", today()),
            Err(Problem::DateTooEarly)
        );
        assert_eq!(parse_date("yesterday", today()), Err(Problem::DateFormat));
    }
}
