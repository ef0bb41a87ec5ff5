//! Phone numbers, e-mail addresses and websites.

use fraudreport::domain::CountryCode;
use fraudreport::domain::indicator::{email, phone, website};
use proptest::prelude::*;

use crate::config;
use crate::typed::{any_text, mutated};

/// Phone numbers as people write them: national or international, with
/// spaces, dashes, dots and brackets.
fn typed_phone() -> BoxedStrategy<String> {
    let international = (
        prop::sample::select(vec![
            "+372", "+44", "+49", "+1", "+33", "+371", "+380", "+7", "00358", "+31",
        ]),
        "[0-9]{6,11}",
    )
        .prop_map(|(cc, n)| format!("{cc} {n}"));
    let national = "0?[1-9][0-9 ().-]{5,14}";
    let written = prop_oneof![international, national.prop_map(String::from)].boxed();
    prop_oneof![4 => mutated(written), 1 => any_text()].boxed()
}

fn residence() -> impl Strategy<Value = Option<CountryCode>> {
    prop::sample::select(vec![
        None,
        Some("EE"),
        Some("DE"),
        Some("GB"),
        Some("US"),
        Some("UA"),
        Some("AQ"),
    ])
    .prop_map(|code| code.and_then(CountryCode::parse))
}

/// Websites: URLs and bare names, with `www.`, ports, paths, trailing dots,
/// internationalised names, IP addresses.
fn typed_website() -> BoxedStrategy<String> {
    let label = prop_oneof![
        "[a-z0-9]{1,12}",
        "[a-z0-9]{1,5}-[a-z0-9]{1,5}",
        "[a-zäöüõ]{2,8}",
        Just("xn--bckerei-trade-bfb".to_string()),
        Just("www".to_string()),
        "[а-я]{2,6}",
    ];
    let host = (
        prop::collection::vec(label, 1..4),
        prop::sample::select(vec![
            "com", "de", "ee", "co.uk", "xn--p1ai", "рф", "c0m", "x", "",
        ]),
    )
        .prop_map(|(labels, tld)| format!("{}.{tld}", labels.join(".")));
    let host = prop_oneof![
        6 => host,
        1 => "(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}",
        1 => Just("[2001:db8::1]".to_string()),
        1 => Just("[::ffff:192.0.2.1]".to_string()),
    ];
    let url = (
        prop::sample::select(vec![
            "", "http://", "https://", "HTTPS://", "ftp://", "http:/",
        ]),
        prop::sample::select(vec!["", "www.", "WWW.", "www.www."]),
        host,
        prop::sample::select(vec!["", ":8080", ":0", ":99999"]),
        prop::sample::select(vec!["", ".", "/", "/login?x=1#a", "/%zz"]),
    )
        .prop_map(|(scheme, www, host, port, path)| format!("{scheme}{www}{host}{port}{path}"))
        .boxed();
    prop_oneof![4 => mutated(url), 1 => any_text()].boxed()
}

/// E-mail addresses, some with capitals, dots, plus signs and unicode.
fn typed_email() -> BoxedStrategy<String> {
    let local = prop_oneof![
        "[a-zA-Z0-9._+-]{1,20}",
        "[a-zäöüİıß]{1,10}",
        "\"[a-z ]{1,8}\""
    ];
    let domain = prop_oneof![
        "[a-zA-Z0-9-]{1,15}\\.[a-z]{2,6}",
        "[a-zäöüİı]{1,10}\\.[a-z]{2,6}",
        Just("[192.0.2.1]".to_string()),
    ];
    let address = (local, domain)
        .prop_map(|(l, d)| format!("{l}@{d}"))
        .boxed();
    prop_oneof![4 => mutated(address), 1 => any_text()].boxed()
}

proptest! {
    #![proptest_config(config(384))]

    #[test]
    fn a_phone_number_never_panics_and_an_accepted_one_is_a_fixed_point(
        text in typed_phone(),
        region in residence(),
    ) {
        if let Some(found) = phone(&text, region) {
            prop_assert!(found.normalised.starts_with('+'), "{}", found.normalised);
            for again_region in [region, None] {
                let again = phone(&found.normalised, again_region).map(|i| i.normalised);
                prop_assert_eq!(again.as_deref(), Some(found.normalised.as_str()), "{}", text);
            }
        }
    }

    #[test]
    fn a_website_never_panics_and_an_accepted_one_is_a_fixed_point(text in typed_website()) {
        if let Some(found) = website(&text) {
            let again = website(&found.normalised).map(|i| i.normalised);
            prop_assert_eq!(again.as_deref(), Some(found.normalised.as_str()), "{}", text);
        }
    }

    #[test]
    fn an_e_mail_address_never_panics_and_an_accepted_one_is_a_fixed_point(text in typed_email()) {
        if let Some(found) = email(&text) {
            let again = email(&found.normalised).map(|i| i.normalised);
            prop_assert_eq!(again.as_deref(), Some(found.normalised.as_str()), "{}", text);
        }
    }
}
