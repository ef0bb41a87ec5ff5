//! What every page of the service needs, built once at start-up: languages,
//! static files, keys, the authority directory, geolocation, the sealer and
//! the settings of the web side. The public form's own state (the report
//! writer, the rate limit) is [`crate::intake::Intake`].

use std::sync::Arc;

use actix_web::{HttpRequest, web};

use super::assets::Assets;
use super::client_ip::ClientAddress;
use super::page::Page;
use crate::domain::CountryCode;
use crate::geo::{GeoIp, Location};
use crate::i18n::{Locale, Locales};
use crate::keys::Keys;
use crate::routing::Directory;
use crate::seal::Sealer;

/// State shared by every page.
pub struct Site {
    pub locales: Arc<Locales>,
    pub assets: web::Data<Assets>,
    pub keys: Keys,
    pub settings: WebSettings,
    pub directory: Arc<Directory>,
    pub geo: Arc<GeoIp>,
    /// Seals and opens victims' contact details.
    pub sealer: Sealer,
}

/// Settings of the web side, taken from the configuration at start-up.
pub struct WebSettings {
    /// Who the client is, behind the trusted proxies.
    pub client: ClientAddress,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// The public URL, without a trailing slash.
    pub base_url: String,
    /// A CDN header with the client's country, believed from trusted proxies.
    pub country_header: Option<String>,
    /// The hub's name, where a page names the hub as a recipient.
    pub hub_name: String,
}

impl Site {
    /// Where the client appears to be: a trusted CDN's country header, else
    /// the geolocation database. The address is looked up, never kept.
    pub fn locate(&self, req: &HttpRequest) -> Option<Location> {
        let client = &self.settings.client;
        if let Some(header) = &self.settings.country_header
            && client.peer_is_trusted(req)
        {
            let value = req
                .headers()
                .get(header.as_str())
                .and_then(|v| v.to_str().ok());
            if let Some(country) = value.and_then(CountryCode::parse) {
                return Some(Location {
                    country,
                    region: None,
                });
            }
        }
        self.geo.lookup(client.client_ip(req)?)
    }

    /// A page frame for `locale`; `path` is the page's path after the language.
    pub fn page<'a>(&'a self, locale: &'a Locale, path: &'a str) -> Page<'a> {
        Page {
            locale,
            path,
            assets: &self.assets,
        }
    }
}
