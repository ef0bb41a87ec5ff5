//! Where the demo victims live, weighted like the case behind the service
//! (one call-centre network, 30,000 victims in 71 countries, most in
//! Europe): their country, region where the directory routes by region,
//! language and currency.

use rand::Rng;

use crate::domain::CountryCode;
use crate::routing::Directory;

/// One country of residence: relative weight, the languages its victims
/// use on the form (by share, in tenths), its currency.
pub struct Country {
    pub code: &'static str,
    pub weight: u32,
    pub languages: &'static [(&'static str, u32)],
    pub currency: &'static str,
}

const fn c(
    code: &'static str,
    weight: u32,
    languages: &'static [(&'static str, u32)],
    currency: &'static str,
) -> Country {
    Country {
        code,
        weight,
        languages,
        currency,
    }
}

const EN: &[(&str, u32)] = &[("en", 10)];

/// The countries, heaviest first; the weights add up to about 1,000.
pub const COUNTRIES: &[Country] = &[
    c("DE", 150, &[("de", 9), ("ru", 1)], "EUR"),
    c("GB", 85, EN, "GBP"),
    c("FR", 65, &[("fr", 10)], "EUR"),
    c("NL", 55, &[("nl", 9), ("en", 1)], "EUR"),
    c("EE", 50, &[("et", 7), ("ru", 3)], "EUR"),
    c("LV", 40, &[("lv", 6), ("ru", 4)], "EUR"),
    c("LT", 30, &[("en", 7), ("ru", 3)], "EUR"),
    c("FI", 40, &[("fi", 9), ("en", 1)], "EUR"),
    c("PL", 35, EN, "PLN"),
    c("IT", 35, EN, "EUR"),
    c("ES", 35, EN, "EUR"),
    c("AT", 30, &[("de", 10)], "EUR"),
    c("CH", 30, &[("de", 6), ("fr", 3), ("en", 1)], "CHF"),
    c("BE", 25, &[("nl", 5), ("fr", 5)], "EUR"),
    c("AU", 25, EN, "AUD"),
    c("CA", 25, &[("en", 8), ("fr", 2)], "CAD"),
    c("US", 30, EN, "USD"),
    c("UA", 35, &[("uk", 8), ("ru", 2)], "UAH"),
    c("SE", 15, EN, "SEK"),
    c("DK", 10, EN, "DKK"),
    c("NO", 10, EN, "NOK"),
    c("CZ", 12, EN, "CZK"),
    c("IE", 10, EN, "EUR"),
    c("PT", 10, EN, "EUR"),
    c("LU", 5, &[("fr", 6), ("de", 4)], "EUR"),
    c("HU", 6, EN, "HUF"),
    c("RO", 6, EN, "RON"),
    c("BG", 5, &[("en", 7), ("ru", 3)], "BGN"),
    c("HR", 4, EN, "EUR"),
    c("SI", 4, EN, "EUR"),
    c("SK", 5, EN, "EUR"),
    c("GR", 5, EN, "EUR"),
    c("CY", 4, &[("en", 8), ("ru", 2)], "EUR"),
    c("MT", 2, EN, "EUR"),
    c("IS", 2, EN, "ISK"),
    c("LI", 1, &[("de", 10)], "CHF"),
    c("MC", 1, &[("fr", 10)], "EUR"),
    c("NZ", 5, EN, "NZD"),
    c("IL", 4, &[("en", 6), ("ru", 4)], "ILS"),
    c("MD", 3, &[("ru", 7), ("en", 3)], "MDL"),
    c("GE", 2, &[("ru", 5), ("en", 5)], "GEL"),
    c("KZ", 3, &[("ru", 10)], "KZT"),
    c("BY", 2, &[("ru", 10)], "BYN"),
    c("RS", 2, EN, "RSD"),
    c("AE", 4, EN, "AED"),
    c("TR", 3, EN, "TRY"),
    c("ZA", 4, EN, "ZAR"),
    c("SG", 3, EN, "SGD"),
    c("HK", 2, EN, "HKD"),
    c("JP", 2, EN, "JPY"),
    c("IN", 3, EN, "INR"),
    c("BR", 2, EN, "BRL"),
    c("MX", 2, EN, "MXN"),
    c("AR", 1, EN, "ARS"),
    c("CL", 1, EN, "CLP"),
    c("MY", 1, EN, "MYR"),
    c("TH", 1, EN, "THB"),
    c("PH", 1, EN, "PHP"),
    c("KR", 1, EN, "KRW"),
    c("NG", 1, EN, "NGN"),
    c("KE", 1, EN, "KES"),
    c("MA", 1, &[("fr", 7), ("en", 3)], "MAD"),
    c("TN", 1, &[("fr", 10)], "TND"),
    c("EG", 1, EN, "EGP"),
    c("SA", 1, EN, "SAR"),
    c("QA", 1, EN, "QAR"),
    c("AM", 1, &[("ru", 6), ("en", 4)], "AMD"),
    c("AZ", 1, &[("ru", 6), ("en", 4)], "AZN"),
    c("UZ", 1, &[("ru", 10)], "UZS"),
    c("MK", 1, EN, "MKD"),
    c("AL", 1, EN, "ALL"),
    c("ME", 1, EN, "EUR"),
    c("BA", 1, EN, "BAM"),
    c("CO", 1, EN, "COP"),
];

/// Population shares (per mille) of the regions where they differ much;
/// regions not listed share what is left equally.
const REGION_WEIGHTS: &[(&str, u32)] = &[
    ("DE-NW", 215),
    ("DE-BY", 157),
    ("DE-BW", 134),
    ("DE-NI", 96),
    ("DE-HE", 76),
    ("DE-SN", 49),
    ("DE-RP", 49),
    ("DE-BE", 44),
    ("GB-ENG", 840),
    ("GB-SCT", 81),
    ("GB-WLS", 47),
    ("GB-NIR", 28),
    ("CH-ZH", 180),
    ("CH-BE", 120),
    ("CH-VD", 95),
    ("CH-AG", 80),
    ("ES-AN", 180),
    ("ES-CT", 165),
    ("ES-MD", 145),
    ("ES-VC", 110),
    ("AE-DU", 400),
];

/// Picks countries by weight in constant time.
pub struct CountryPicker {
    /// A country (and its code) for each unit of weight.
    slots: Vec<(&'static Country, CountryCode)>,
}

impl CountryPicker {
    /// The table of [`COUNTRIES`].
    pub fn new() -> CountryPicker {
        CountryPicker::of(COUNTRIES.iter())
    }

    /// The table of the `n` heaviest of [`COUNTRIES`].
    pub fn heaviest(n: usize) -> CountryPicker {
        let mut by_weight: Vec<&'static Country> = COUNTRIES.iter().collect();
        by_weight.sort_by_key(|c| std::cmp::Reverse(c.weight));
        by_weight.truncate(n);
        CountryPicker::of(by_weight.into_iter())
    }

    fn of(countries: impl Iterator<Item = &'static Country>) -> CountryPicker {
        let slots = countries
            .filter_map(|c| Some((c, CountryCode::parse(c.code)?)))
            .flat_map(|entry| std::iter::repeat_n(entry, entry.0.weight as usize))
            .collect();
        CountryPicker { slots }
    }

    /// A country, by weight.
    pub fn pick(&self, rng: &mut impl Rng) -> (&'static Country, CountryCode) {
        self.slots[rng.random_range(0..self.slots.len())]
    }
}

impl Default for CountryPicker {
    fn default() -> Self {
        CountryPicker::new()
    }
}

/// The language a victim of `country` used on the form.
pub fn language(country: &Country, rng: &mut impl Rng) -> &'static str {
    let total: u32 = country.languages.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (code, weight) in country.languages {
        if roll < *weight {
            return code;
        }
        roll -= weight;
    }
    "en"
}

/// A region of residence, for the countries the directory routes by region
/// (by population where [`REGION_WEIGHTS`] knows it); some victims leave it
/// empty.
pub fn region(directory: &Directory, country: &str, rng: &mut impl Rng) -> Option<String> {
    let regions = directory.regions_of(country)?;
    if regions.is_empty() || rng.random_bool(0.04) {
        return None;
    }
    let weight = |code: &str| REGION_WEIGHTS.iter().find(|(r, _)| *r == code).map(|w| w.1);
    let known: u32 = regions.iter().filter_map(|r| weight(&r.code)).sum();
    let unknown = regions.iter().filter(|r| weight(&r.code).is_none()).count() as u32;
    let rest = 1000_u32.saturating_sub(known) / unknown.max(1);
    let total: u32 = regions
        .iter()
        .map(|r| weight(&r.code).unwrap_or(rest))
        .sum();
    let mut roll = rng.random_range(0..total.max(1));
    for r in regions {
        let w = weight(&r.code).unwrap_or(rest);
        if roll < w {
            return Some(r.code.clone());
        }
        roll -= w;
    }
    regions.last().map(|r| r.code.clone())
}
