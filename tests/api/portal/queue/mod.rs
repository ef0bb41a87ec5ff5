//! The case queue, black-box: reports filed through the form from several
//! countries, then read, filtered and searched by officers of one
//! authority and by a coordinator (their exports: `super::export`).

mod filters;
mod paging;
mod search;

use diesel::prelude::*;
use fraudreport::db::schema::reports;
use fraudreport::domain::CaseRef;

use super::Officer;
use crate::helpers::{TestApp, valid_report, with, without};

/// A platform name a spreadsheet would run.
pub const HYPERLINK: &str = "=HYPERLINK(\"http://x.example\",\"y\")";

/// A: Estonian, the full report (in Estonian). B: Estonian, cash, a
/// national phone number, a formula as platform. C: Latvian, a British
/// IBAN. D: German, Hesse.
pub async fn file_reports(app: &TestApp) {
    assert_eq!(app.post_report("et", &valid_report()).await.status(), 303);
    let b = [
        ("residence_country", "EE"),
        ("platform_name", HYPERLINK),
        ("scam_phones", "5123 4567"),
        ("payment-0-amount", "100"),
        ("payment-0-currency", "EUR"),
        ("payment-0-method", "cash"),
        ("recovery_approach", "no"),
        ("consent_authority", "yes"),
    ];
    let r = app.post_report("en", &b).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let c = with(
        &with(
            &without(&valid_report(), "payment-1-destination"),
            "residence_country",
            "LV",
        ),
        "payment-0-destination",
        "GB82 WEST 1234 5698 7654 32",
    );
    let c = without(
        &with(&c, "platform_name", "Other Platform"),
        "contact_phone",
    );
    let r = app.post_report("en", &c).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let d = [
        ("residence_country", "DE"),
        ("residence_region", "DE-HE"),
        ("consent_authority", "yes"),
    ];
    assert_eq!(app.post_report("de", &d).await.status(), 303);
}

/// The reference of the case of `authority` whose platform is `platform`.
fn reference(app: &TestApp, authority: &str, platform: Option<&str>) -> String {
    let rows: Vec<(String, Option<String>, Option<String>)> = reports::table
        .select((
            reports::reference,
            reports::authority_id,
            reports::platform_name,
        ))
        .load(&mut app.db.conn())
        .expect("reports");
    rows.into_iter()
        .find(|(_, a, p)| a.as_deref() == Some(authority) && p.as_deref() == platform)
        .and_then(|(r, ..)| CaseRef::parse(&r))
        .expect("the case")
        .to_string()
}

/// The four cases' references, as shown.
pub struct Cases {
    pub a: String,
    pub b: String,
    pub c: String,
    pub d: String,
}

/// The references of the cases [`file_reports`] filed.
pub fn cases(app: &TestApp) -> Cases {
    Cases {
        a: reference(app, "ee-ppa", Some("Crypto-Trade Pro")),
        b: reference(app, "ee-ppa", Some(HYPERLINK)),
        c: reference(app, "lv-vp", Some("Other Platform")),
        d: reference(app, "de-he", None),
    }
}

impl Cases {
    pub fn all(&self) -> [&str; 4] {
        [&self.a, &self.b, &self.c, &self.d]
    }
}

/// The references of `cases` that a page links to.
pub async fn shown(officer: &Officer, app: &TestApp, path: &str, cases: &Cases) -> Vec<String> {
    let html = officer.get_text(app, path).await;
    cases
        .all()
        .into_iter()
        .filter(|c| html.contains(&format!("href=\"/portal/cases/{c}\"")))
        .map(str::to_string)
        .collect()
}
