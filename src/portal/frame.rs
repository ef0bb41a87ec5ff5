//! The frame of every portal page: language, the CSRF token of its forms,
//! and, once logged in, who is working and the menu their role has.

use actix_web::{HttpRequest, HttpResponse};

use super::session::Officer;
use crate::domain::Role;
use crate::i18n::Locale;
use crate::web::assets::Assets;
use crate::web::csrf::BrowserCookie;
use crate::web::site::Site;

/// What the portal's base layout needs.
pub struct Frame<'a> {
    pub locale: &'a Locale,
    pub assets: &'a Assets,
    /// For every form on the page.
    pub csrf_token: String,
    /// Absent on the login and enrolment pages.
    pub who: Option<Who>,
}

/// The logged-in account, as the header shows it.
pub struct Who {
    pub name: String,
    pub role: String,
    pub authority: Option<String>,
    pub nav: Vec<NavItem>,
}

/// One menu entry.
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

impl Frame<'_> {
    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    pub fn asset(&self, name: &str) -> String {
        self.assets.url(name)
    }
}

/// The menu of a role; `here` is the current page's path.
fn nav(locale: &Locale, role: Role, here: &str) -> Vec<NavItem> {
    let l = &locale.loader;
    let mut items: Vec<(&'static str, &str)> = Vec::new();
    if role.reads_cases() {
        items.push(("/portal/cases", "portal-nav-cases"));
    }
    if role == Role::Coordinator {
        items.push(("/portal/overview", "portal-nav-overview"));
        items.push(("/portal/linkage", "portal-nav-linkage"));
        items.push(("/portal/check", "portal-nav-check"));
        items.push(("/portal/unattended", "portal-nav-unattended"));
    }
    if role != Role::Officer {
        items.push(("/portal/notices", "portal-nav-notices"));
    }
    if matches!(role, Role::Lead | Role::Coordinator) {
        items.push(("/portal/api-tokens", "portal-nav-api-tokens"));
    }
    if role.manages_accounts() {
        items.push(("/portal/accounts", "portal-nav-accounts"));
        items.push(("/portal/audit", "portal-nav-audit"));
    }
    items
        .into_iter()
        .map(|(href, id)| NavItem {
            href,
            label: l.get(id),
            current: here.starts_with(href),
        })
        .collect()
}

/// The browser's CSRF cookie, to mint this page's token and set the
/// cookie when it is new.
pub struct Csrf(BrowserCookie);

impl Csrf {
    pub fn of(req: &HttpRequest, site: &Site) -> Csrf {
        Csrf(BrowserCookie::of(req, site.settings.secure_cookies))
    }

    /// Sets the cookie on the response when the browser had none.
    pub fn finish(&self, mut response: HttpResponse) -> HttpResponse {
        self.0.set_on(&mut response);
        response
    }
}

/// A frame for a page before login.
pub fn anonymous<'a>(site: &'a Site, locale: &'a Locale, csrf: &Csrf) -> Frame<'a> {
    Frame {
        locale,
        assets: &site.assets,
        csrf_token: csrf.0.token(&site.keys),
        who: None,
    }
}

/// A frame for a logged-in page at path `here`.
pub fn signed_in<'a>(site: &'a Site, officer: &'a Officer, csrf: &Csrf, here: &str) -> Frame<'a> {
    let locale: &Locale = &officer.lang;
    let l = &locale.loader;
    let account = &officer.account;
    let authority = account.authority_id.as_deref().map(|id| {
        site.directory
            .get(id)
            .map_or(id, |a| a.name_local.as_str())
            .to_string()
    });
    Frame {
        locale,
        assets: &site.assets,
        csrf_token: csrf.0.token(&site.keys),
        who: Some(Who {
            name: account.name.clone(),
            role: l.get(&format!("portal-role-{}", account.role.as_str())),
            authority,
            nav: nav(locale, account.role, here),
        }),
    }
}
