//! The report form exactly as the browser sent it: every value kept as typed,
//! so a refused form comes back with nothing lost. Length limits are declared
//! here (validator); meaning is checked in `validate.rs`.

use validator::Validate;

/// Payment rows accepted in one report (the form shows a few, a script adds more).
pub const MAX_PAYMENTS: usize = 30;
/// Empty payment rows offered on a fresh form.
pub const BLANK_PAYMENT_ROWS: usize = 3;
/// Longest story, in characters.
pub const STORY_MAX: usize = 10_000;
/// Most lines in each of the one-per-line lists.
pub const MAX_LIST_LINES: usize = 20;

/// One payment row as typed.
#[derive(Debug, Default, Clone, Validate)]
pub struct RawPayment {
    #[validate(length(max = 20))]
    pub date: String,
    #[validate(length(max = 30))]
    pub amount: String,
    #[validate(length(max = 10))]
    pub currency: String,
    #[validate(length(max = 20))]
    pub method: String,
    #[validate(length(max = 200))]
    pub destination: String,
    #[validate(length(max = 60))]
    pub crypto_amount: String,
    #[validate(length(max = 10))]
    pub asset: String,
    #[validate(length(max = 10))]
    pub network: String,
    #[validate(length(max = 200))]
    pub tx_hash: String,
    #[validate(length(max = 100))]
    pub source: String,
}

impl RawPayment {
    /// True when the victim left the whole row empty.
    pub fn is_blank(&self) -> bool {
        [
            &self.date,
            &self.amount,
            &self.currency,
            &self.method,
            &self.destination,
            &self.crypto_amount,
            &self.asset,
            &self.network,
            &self.tx_hash,
            &self.source,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

/// The whole form as typed.
#[derive(Debug, Default, Clone, Validate)]
pub struct RawForm {
    #[validate(length(max = 254))]
    pub contact_email: String,
    #[validate(length(max = 40))]
    pub contact_phone: String,
    #[validate(length(max = 2))]
    pub residence_country: String,
    #[validate(length(max = 6))]
    pub residence_region: String,
    /// The region question has been put (inline by the script, or as a
    /// second step without it): an empty region is now an answer.
    pub region_asked: bool,
    #[validate(length(max = 20))]
    pub first_contact_channel: String,
    #[validate(length(max = 20))]
    pub first_contact_date: String,
    #[validate(length(max = 200))]
    pub platform_name: String,
    #[validate(length(max = 4000))]
    pub websites: String,
    #[validate(length(max = 2000))]
    pub caller_names: String,
    #[validate(length(max = 2000))]
    pub scam_phones: String,
    #[validate(length(max = 4000))]
    pub scam_emails: String,
    #[validate(length(max = 10))]
    pub remote_access: String,
    #[validate(nested)]
    pub payments: Vec<RawPayment>,
    #[validate(length(max = 10))]
    pub recovery_approach: String,
    #[validate(length(max = 10000))]
    pub story: String,
    pub consent_authority: bool,
    pub consent_warnings: bool,
    /// The honeypot: invisible to people, filled in by naive bots.
    pub homepage: String,
    pub csrf_token: String,
    /// One random id per rendered form: a second press of "send" finds it stored.
    pub submission_id: String,
}

impl RawForm {
    /// Reads a POSTed `application/x-www-form-urlencoded` body. Any bytes
    /// decode: invalid percent-escapes stay as typed and invalid UTF-8
    /// becomes U+FFFD, so a strange body is a form with odd values (which
    /// validation then refuses field by field), never a lost form.
    pub fn from_body(body: &[u8]) -> RawForm {
        let pairs = url::form_urlencoded::parse(body).into_owned().collect();
        RawForm::from_pairs(pairs)
    }

    /// Reads an `application/x-www-form-urlencoded` body. Unknown fields are
    /// ignored; payment rows arrive as `payment-{n}-{field}`.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> RawForm {
        let mut f = RawForm::default();
        for (key, value) in pairs {
            if let Some(rest) = key.strip_prefix("payment-") {
                f.set_payment_field(rest, value);
                continue;
            }
            let slot = match key.as_str() {
                "contact_email" => &mut f.contact_email,
                "contact_phone" => &mut f.contact_phone,
                "residence_country" => &mut f.residence_country,
                "residence_region" => &mut f.residence_region,
                "first_contact_channel" => &mut f.first_contact_channel,
                "first_contact_date" => &mut f.first_contact_date,
                "platform_name" => &mut f.platform_name,
                "websites" => &mut f.websites,
                "caller_names" => &mut f.caller_names,
                "scam_phones" => &mut f.scam_phones,
                "scam_emails" => &mut f.scam_emails,
                "remote_access" => &mut f.remote_access,
                "recovery_approach" => &mut f.recovery_approach,
                "story" => &mut f.story,
                "homepage" => &mut f.homepage,
                "csrf_token" => &mut f.csrf_token,
                "submission_id" => &mut f.submission_id,
                "consent_authority" => {
                    f.consent_authority = true;
                    continue;
                }
                "region_asked" => {
                    f.region_asked = true;
                    continue;
                }
                "consent_warnings" => {
                    f.consent_warnings = true;
                    continue;
                }
                _ => continue,
            };
            *slot = value;
        }
        f
    }

    fn set_payment_field(&mut self, rest: &str, value: String) {
        let Some((index, field)) = rest.split_once('-') else {
            return;
        };
        let Ok(index) = index.parse::<usize>() else {
            return;
        };
        if index >= MAX_PAYMENTS {
            return;
        }
        if self.payments.len() <= index {
            self.payments.resize_with(index + 1, RawPayment::default);
        }
        let row = &mut self.payments[index];
        match field {
            "date" => row.date = value,
            "amount" => row.amount = value,
            "currency" => row.currency = value,
            "method" => row.method = value,
            "destination" => row.destination = value,
            "crypto-amount" => row.crypto_amount = value,
            "asset" => row.asset = value,
            "network" => row.network = value,
            "tx-hash" => row.tx_hash = value,
            "source" => row.source = value,
            _ => {}
        }
    }

    /// The payment rows to show: what was typed, without trailing blank rows,
    /// then blank rows so there is always room for one more.
    pub fn payment_rows(&self) -> Vec<RawPayment> {
        let mut rows = self.payments.clone();
        while rows.last().is_some_and(RawPayment::is_blank) {
            rows.pop();
        }
        let target = (rows.len() + 1)
            .max(BLANK_PAYMENT_ROWS)
            .min(MAX_PAYMENTS.max(rows.len()));
        rows.resize_with(target, RawPayment::default);
        rows
    }
}

/// The fields before the payment rows, in the order the form shows them.
const FIELDS_BEFORE_PAYMENTS: &[&str] = &[
    "contact_email",
    "contact_phone",
    "residence_country",
    "residence_region",
    "first_contact_channel",
    "first_contact_date",
    "platform_name",
    "websites",
    "caller_names",
    "scam_phones",
    "scam_emails",
    "remote_access",
];
/// The fields after the payment rows, in order.
const FIELDS_AFTER_PAYMENTS: &[&str] = &[
    "recovery_approach",
    "story",
    "consent_authority",
    "homepage",
];
/// The fields of a payment row, in order.
const PAYMENT_FIELDS: &[&str] = &[
    "date",
    "amount",
    "currency",
    "crypto-amount",
    "asset",
    "method",
    "destination",
    "network",
    "tx-hash",
    "source",
];

/// Where a field stands on the form, so problems are listed top to bottom.
pub fn field_rank(name: &str) -> (usize, usize, usize) {
    if let Some(i) = FIELDS_BEFORE_PAYMENTS.iter().position(|f| *f == name) {
        return (0, i, 0);
    }
    if let Some((row, field)) = name
        .strip_prefix("payment-")
        .and_then(|r| r.split_once('-'))
    {
        let row = row.parse().unwrap_or(usize::MAX);
        let field = PAYMENT_FIELDS
            .iter()
            .position(|f| *f == field)
            .unwrap_or(usize::MAX);
        return (1, row, field);
    }
    let after = FIELDS_AFTER_PAYMENTS.iter().position(|f| *f == name);
    (2, after.unwrap_or(usize::MAX), 0)
}

/// The name of a payment row's field in the form (`payment-2-amount`).
pub fn payment_field(index: usize, field: &str) -> String {
    format!("payment-{index}-{field}")
}
