//! The `Lang` extractor: the shipped language named by the URL's `{lang}`
//! segment. A handler that takes one is never called for a language we do
//! not ship; the visitor gets the translated "not found" page instead.

use std::ops::Deref;
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use futures_util::future::{Ready, ready};

use super::site::Site;
use crate::error::PageError;
use crate::i18n::{Locale, Locales};

/// A shipped language, chosen by the URL (or, for the portal, the account).
#[derive(Clone)]
pub struct Lang {
    locales: Arc<Locales>,
    index: usize,
}

impl Lang {
    /// The language with this code, if shipped.
    pub fn of(locales: &Arc<Locales>, code: &str) -> Option<Lang> {
        locales.position(code).map(|index| Lang {
            locales: locales.clone(),
            index,
        })
    }

    /// The fallback language.
    pub fn fallback(locales: &Arc<Locales>) -> Lang {
        Lang {
            locales: locales.clone(),
            index: 0,
        }
    }

    /// Remembers the language on the request, so that an error page
    /// rendered for it speaks the same language as the page would have.
    pub fn remember(&self, req: &HttpRequest) {
        req.extensions_mut().insert(self.clone());
    }
}

impl Deref for Lang {
    type Target = Locale;

    fn deref(&self) -> &Locale {
        &self.locales.all()[self.index]
    }
}

impl FromRequest for Lang {
    type Error = PageError;
    type Future = Ready<Result<Lang, PageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let lang = req.app_data::<web::Data<Site>>().and_then(|site| {
            let code = req.match_info().get("lang")?;
            Lang::of(&site.locales, code)
        });
        ready(match lang {
            Some(lang) => {
                lang.remember(req);
                Ok(lang)
            }
            None => Err(PageError::NotFound),
        })
    }
}
