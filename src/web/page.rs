//! The frame every page shares: its language, the language switcher, the
//! asset URLs, and turning a template into a response.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::assets::Assets;
use crate::i18n::{LANGUAGES, Locale};

/// What the base layout needs to know about the page being rendered.
pub struct Page<'a> {
    pub locale: &'a Locale,
    /// The path after the language segment (`/report`), for the switcher.
    pub path: &'a str,
    pub assets: &'a Assets,
}

/// One entry of the language switcher.
pub struct LanguageLink {
    pub code: &'static str,
    pub autonym: &'static str,
    pub href: String,
    pub current: bool,
}

impl<'a> Page<'a> {
    /// The `lang` attribute.
    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// The `dir` attribute.
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    /// A path within this page's language: `/et` + `/report`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{path}", self.lang())
    }

    /// The same page in every shipped language, each named in itself.
    pub fn languages(&self) -> Vec<LanguageLink> {
        LANGUAGES
            .iter()
            .map(|l| LanguageLink {
                code: l.code,
                autonym: l.autonym,
                href: format!("/{}{}", l.code, self.path),
                current: l.code == self.lang(),
            })
            .collect()
    }

    /// A versioned static file URL.
    pub fn asset(&self, name: &str) -> String {
        self.assets.url(name)
    }
}

/// A page with a title and a paragraph: not found, something went wrong.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage<'a> {
    pub l: &'a FluentLanguageLoader,
    pub page: Page<'a>,
    pub title: String,
    pub text: String,
}

/// A translated page with a title and a text (404, "done", …).
pub fn message(
    status: StatusCode,
    locale: &Locale,
    assets: &Assets,
    title_id: &str,
    text_id: &str,
) -> HttpResponse {
    let l = &locale.loader;
    render(
        status,
        &MessagePage {
            l,
            page: Page {
                locale,
                path: "/",
                assets,
            },
            title: l.get(title_id),
            text: l.get(text_id),
        },
    )
}

/// Renders a page; personal pages are never stored by caches or the browser's back-forward store.
pub fn render(status: StatusCode, template: &impl Template) -> HttpResponse {
    match template.render() {
        Ok(html) => HttpResponse::build(status)
            .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
            .insert_header((CACHE_CONTROL, "no-store"))
            .body(html),
        Err(e) => {
            tracing::error!(error = %e, "a template failed to render");
            HttpResponse::InternalServerError()
                .content_type("text/plain; charset=utf-8")
                .body("Internal error")
        }
    }
}
