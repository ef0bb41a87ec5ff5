//! A case as the database holds it ([`Record`]) turned into what the
//! export writers take ([`ExportCase`]): the authority named from the
//! routing directory, amounts with their currency's decimals, and the
//! victim's contact details opened only when the export may carry them.

use crate::db::portal::export::Record;
use crate::domain::money::Currency;
use crate::export::{
    Authority, ExportCase, ExportCrypto, ExportFiat, ExportIndicator, ExportPayment, Victim,
};
use crate::i18n::Locale;
use crate::portal::cases::view::unseal;
use crate::routing::Directory;
use crate::seal::{Field, Sealer};

/// The directory's entry for an authority id; none for the hub's cases
/// (and for an id the directory no longer lists).
pub fn authority(directory: &Directory, id: Option<&str>) -> Option<Authority> {
    let a = directory.get(id?)?;
    Some(Authority {
        id: a.id.clone(),
        name: a.name_en.clone(),
        country: a.country.clone(),
        channel: Some(a.website.clone()).filter(|w| !w.is_empty()),
    })
}

/// The victim's contact details and story, opened as the case page opens
/// them (a value that does not open reads "unreadable", and is logged).
fn victim(sealer: &Sealer, locale: &Locale, r: &Record) -> Victim {
    let open = |field, sealed: &Option<Vec<u8>>| {
        sealed
            .as_deref()
            .map(|s| unseal(sealer, &locale.loader, field, s))
    };
    Victim {
        email: open(Field::Email, &r.head.contact_email),
        phone: open(Field::Phone, &r.head.contact_phone),
        story: open(Field::Story, &r.head.story),
    }
}

/// The case as the writers take it; `with_victim` opens its contact details.
pub fn export_case(
    (sealer, directory): (&Sealer, &Directory),
    locale: &Locale,
    r: Record,
    with_victim: bool,
) -> ExportCase {
    let victim = with_victim.then(|| victim(sealer, locale, &r));
    let h = r.head;
    ExportCase {
        reference: h.reference.to_string(),
        created_at: h.created_at.and_utc(),
        status: h.status.as_str().to_string(),
        authority: authority(directory, h.authority_id.as_deref()),
        residence_country: h.residence_country.as_str().to_string(),
        platform_name: h.platform_name,
        first_contact_channel: h.first_contact_channel,
        first_contact_on: h.first_contact_on,
        recovery_approach: h.recovery_approach,
        payments: r
            .payments
            .into_iter()
            .map(|p| ExportPayment {
                paid_on: p.paid_on,
                fiat: p
                    .amount_minor
                    .zip(p.currency.clone())
                    .map(|(amount_minor, currency)| ExportFiat {
                        minor_digits: Currency::parse(&currency)
                            .map_or(2, |c| u8::try_from(c.minor_digits()).unwrap_or(2)),
                        amount_minor,
                        currency,
                    }),
                crypto: p.crypto().map(|c| ExportCrypto {
                    asset: c.asset.code().to_string(),
                    units: c.units.to_string(),
                    amount: c.decimal(),
                }),
                method: p.method,
                destination: p.destination,
                network: p.network,
                tx_hash: p.tx_hash,
                source: p.source,
            })
            .collect(),
        indicators: r
            .indicators
            .into_iter()
            .map(|i| ExportIndicator {
                kind: i.kind,
                typed: i.typed,
                normalised: i.normalised,
                recovery: i.recovery,
            })
            .collect(),
        victim,
    }
}
