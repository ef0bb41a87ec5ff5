//! `POST /portal/cases/{reference}/assign`: gives the case to an active
//! officer or lead of its authority, or to nobody. Anyone else (another
//! authority's officer, a deactivated account, a made-up id) is refused
//! next to the field. The history entry's body holds the assignee's id.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::actions::{ASSIGN, Change, Entered, Written, finish};
use super::detail::{Typed, page};
use crate::db::portal::case::{self, Located};
use crate::db::{DbConnection, Pool};
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::session::Officer;
use crate::seal::{Field, Sealer};
use crate::web::site::Site;

/// The message of a refused assignee.
const NOT_ASSIGNABLE: &str = "portal-case-assignee-not-allowed";

/// The assignment form.
#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    csrf_token: String,
    /// An account id; empty to unassign.
    #[serde(default)]
    assignee: String,
}

/// The chosen account: `Ok(None)` unassigns.
fn chosen(text: &str) -> Result<Option<i64>, &'static str> {
    match text.trim() {
        "" => Ok(None),
        id => id.parse().map(Some).map_err(|_| NOT_ASSIGNABLE),
    }
}

/// Checks the assignee against the case's authority and assigns.
fn assign(
    c: &mut DbConnection,
    case: &Located,
    to: Option<i64>,
    sealer: &Sealer,
) -> diesel::QueryResult<Written> {
    if let Some(id) = to {
        let allowed = match &case.authority_id {
            Some(authority) => case::assignable(c, authority)?
                .iter()
                .any(|(a, _)| *a == id),
            None => false,
        };
        if !allowed {
            return Ok(Written::Refused(NOT_ASSIGNABLE));
        }
    }
    case::set_assignee(c, case.id, to)?;
    let shown = |id: Option<i64>| id.map_or("none".to_string(), |id| id.to_string());
    Ok(Written::Done(Entered {
        status: None,
        body: to.map(|id| sealer.seal(Field::CaseText, &id.to_string())),
        detail: format!("{} -> {}", shown(case.assignee_id), shown(to)),
    }))
}

/// `POST /portal/cases/{reference}/assign`.
pub async fn submit(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    reference: web::Path<String>,
    form: web::Form<AssignForm>,
) -> Result<HttpResponse, PageError> {
    let change = Change::asked(
        &req,
        &site,
        &officer,
        (&reference, &form.csrf_token),
        ASSIGN,
    )?;
    let typed = |why| Typed {
        assign_problem: Some(why),
        assignee: form.assignee.clone(),
        ..Typed::default()
    };
    let to = match chosen(&form.assignee) {
        Ok(to) => to,
        Err(why) => {
            return page(
                &req,
                (&site, &pool, &portal),
                &officer,
                &reference,
                typed(why),
            )
            .await;
        }
    };
    let sealer = site.sealer.clone();
    let write = move |c: &mut DbConnection, case: &Located| assign(c, case, to, &sealer);
    finish(
        &req,
        (&site, &pool, &portal),
        &officer,
        change,
        write,
        typed,
    )
    .await
}
