//! A history entry (`case_events` row) as the timeline shows it: the
//! status changes and assignments of this page with their reason or
//! assignee; entries other pages write (`message`, `reroute`, …) by kind,
//! author and time, and a message to the victim with its text.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::actions::{ASSIGN, STATUS};
use super::view::{Moment, label, name_of, status_name, time, unseal};
use crate::db::portal::case::{Details, EventRow};
use crate::domain::CaseStatus;
use crate::seal::Field;
use crate::web::site::Site;

/// The kind of entry another page writes for a message to the victim.
const MESSAGE: &str = "message";

/// One history entry as a moment of the timeline.
pub fn moment(site: &Site, l: &FluentLanguageLoader, d: &Details, e: &EventRow) -> Moment {
    let body = || {
        e.body
            .as_deref()
            .map(|b| unseal(&site.sealer, l, Field::CaseText, b))
    };
    let (what, text) = match e.kind.as_str() {
        STATUS => {
            let to = e
                .status
                .as_deref()
                .and_then(CaseStatus::parse)
                .map(|s| status_name(l, s))
                .unwrap_or_default();
            (fl!(l, "portal-case-event-status", status = to), body())
        }
        ASSIGN => (assignment(l, d, body()), None),
        MESSAGE => (fl!(l, "portal-case-event-message"), body()),
        other => {
            let mut what = label(l, "portal-case-event-", other);
            if let Some(authority) = &e.authority_id {
                let name = site
                    .directory
                    .get(authority)
                    .map_or(authority.as_str(), |a| a.name_local.as_str());
                what = format!("{what} · {name}");
            }
            (what, None)
        }
    };
    Moment {
        at: e.at,
        when: time(e.at),
        what,
        who: name_of(&d.names, e.account_id),
        text,
    }
}

/// "Assigned to …" or "Unassigned": an assignment's body holds the
/// assignee's account id (sealed like every case text), or nothing.
fn assignment(l: &FluentLanguageLoader, d: &Details, body: Option<String>) -> String {
    let assignee = body.and_then(|b| b.parse::<i64>().ok());
    match assignee {
        Some(id) => {
            let name = name_of(&d.names, Some(id));
            fl!(l, "portal-case-event-assigned", name = name)
        }
        None => fl!(l, "portal-case-event-unassigned"),
    }
}
