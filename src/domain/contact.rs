//! A victim's e-mail address as the mail rules see it. Limits, the
//! one-receipt rule and the suppression list work on the canonical form, so
//! that `victim+1@`, `Victim@` and, at Gmail, `vic.tim@` are one address;
//! mail still goes to the address as typed.

/// Providers where dots in the local part are ignored, and the domain their
/// addresses are canonically written with.
const DOTLESS: &[(&str, &str)] = &[("gmail.com", "gmail.com"), ("googlemail.com", "gmail.com")];

/// Lower-cased, `+tag` removed, and at Gmail and Googlemail dots removed
/// and the domain written as gmail.com.
pub fn canonical_address(address: &str) -> String {
    let address = address.trim().to_lowercase();
    let Some((local, domain)) = address.rsplit_once('@') else {
        return address;
    };
    let local = local.split_once('+').map_or(local, |(base, _)| base);
    match DOTLESS.iter().find(|(d, _)| *d == domain) {
        Some((_, canonical)) => format!("{}@{canonical}", local.replace('.', "")),
        None => format!("{local}@{domain}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_capitals_and_gmail_dots_make_no_new_address() {
        for typed in [
            "v+1@example.org",
            "v+2@example.org",
            "V@Example.org",
            " v@example.org ",
        ] {
            assert_eq!(canonical_address(typed), "v@example.org", "{typed}");
        }
        for typed in ["v.x@gmail.com", "vx@googlemail.com", "V.X+news@GMail.com"] {
            assert_eq!(canonical_address(typed), "vx@gmail.com", "{typed}");
        }
        assert_eq!(canonical_address("v.x@example.org"), "v.x@example.org");
    }

    #[test]
    fn the_canonical_form_is_a_fixed_point() {
        for typed in ["A.b+c@gmail.com", "x+y+z@example.org", "no-at-sign"] {
            let once = canonical_address(typed);
            assert_eq!(canonical_address(&once), once);
        }
    }
}
