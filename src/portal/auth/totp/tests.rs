//! Tests of [`TotpSecret`] against an RFC 6238 implementation written here,
//! independently of totp-rs, and checked against the RFC's own vectors.

use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::*;

/// RFC 4226 §5.3 HOTP with HMAC-SHA-1 and dynamic truncation.
fn hotp(secret: &[u8], counter: u64, digits: u32) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).unwrap();
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let binary = (u32::from(hash[offset]) & 0x7f) << 24
        | u32::from(hash[offset + 1]) << 16
        | u32::from(hash[offset + 2]) << 8
        | u32::from(hash[offset + 3]);
    format!(
        "{:0width$}",
        binary % 10u32.pow(digits),
        width = digits as usize
    )
}

/// RFC 6238 TOTP: HOTP of the 30-second step.
fn totp(secret: &[u8], unix: u64, digits: u32) -> String {
    hotp(secret, unix / 30, digits)
}

/// RFC 6238 Appendix B's SHA-1 secret (20 ASCII bytes) and vectors.
const RFC_SECRET: &[u8; 20] = b"12345678901234567890";
const RFC_VECTORS: [(u64, &str); 6] = [
    (59, "94287082"),
    (1_111_111_109, "07081804"),
    (1_111_111_111, "14050471"),
    (1_234_567_890, "89005924"),
    (2_000_000_000, "69279037"),
    (20_000_000_000, "65353130"),
];

const NOW: u64 = 1_790_000_000;

fn secret() -> TotpSecret {
    TotpSecret::generate().unwrap()
}

#[test]
fn the_reference_implementation_reproduces_rfc_6238() {
    for (time, expected) in RFC_VECTORS {
        assert_eq!(totp(RFC_SECRET, time, 8), expected, "T = {time}");
    }
}

#[test]
fn the_rfc_codes_are_accepted_at_their_time_with_six_digits() {
    let secret = TotpSecret::from_bytes(RFC_SECRET).unwrap();
    for (time, expected) in RFC_VECTORS {
        let six = &expected[2..];
        assert_eq!(
            secret.verify(six, time, None),
            Some(time / 30),
            "T = {time}"
        );
    }
}

#[test]
fn a_code_from_an_app_is_accepted_and_its_step_returned() {
    let secret = secret();
    let code = totp(secret.as_bytes(), NOW, 6);
    assert_eq!(secret.verify(&code, NOW, None), Some(NOW / 30));
    assert_eq!(secret.code_at(NOW), Some(code));
}

#[test]
fn spaces_typed_inside_the_code_are_ignored() {
    let secret = secret();
    let code = totp(secret.as_bytes(), NOW, 6);
    let spaced = format!(" {} {} ", &code[..3], &code[3..]);
    assert_eq!(secret.verify(&spaced, NOW, None), Some(NOW / 30));
}

#[test]
fn one_step_of_clock_skew_either_way_is_tolerated_but_not_two() {
    let secret = secret();
    let step = NOW / 30;
    for (offset, accepted) in [(-2i64, false), (-1, true), (1, true), (2, false)] {
        let their_step = step.checked_add_signed(offset).unwrap();
        let code = hotp(secret.as_bytes(), their_step, 6);
        let expected = accepted.then_some(their_step);
        assert_eq!(secret.verify(&code, NOW, None), expected, "offset {offset}");
    }
}

#[test]
fn a_code_is_accepted_only_once() {
    let secret = secret();
    let code = totp(secret.as_bytes(), NOW, 6);
    let step = secret.verify(&code, NOW, None).unwrap();
    assert_eq!(secret.verify(&code, NOW, Some(step)), None);
    assert_eq!(secret.verify(&code, NOW + 10, Some(step)), None);
    // The next step's code still works.
    let next = totp(secret.as_bytes(), NOW + 30, 6);
    assert_eq!(secret.verify(&next, NOW + 30, Some(step)), Some(step + 1));
}

#[test]
fn a_code_older_than_the_last_one_used_is_refused_even_within_the_skew() {
    let secret = secret();
    let step = NOW / 30;
    let previous = hotp(secret.as_bytes(), step - 1, 6);
    assert_eq!(secret.verify(&previous, NOW, None), Some(step - 1));
    assert_eq!(secret.verify(&previous, NOW, Some(step)), None);
    let an_hour_ago = totp(secret.as_bytes(), NOW - 3600, 6);
    assert_eq!(secret.verify(&an_hour_ago, NOW, None), None);
}

#[test]
fn wrong_or_malformed_codes_are_refused() {
    let secret = secret();
    let code = totp(secret.as_bytes(), NOW, 6);
    let last = (code.as_bytes()[5] - b'0' + 1) % 10;
    let wrong = format!("{}{last}", &code[..5]);
    assert_eq!(secret.verify(&wrong, NOW, None), None);
    assert_eq!(secret.verify(&code[..5], NOW, None), None);
    assert_eq!(secret.verify(&format!("{code}0"), NOW, None), None);
    assert_eq!(secret.verify(&format!("+{}", &code[1..]), NOW, None), None);
    assert_eq!(secret.verify("", NOW, None), None);
    // Another officer's secret does not open this account.
    assert_eq!(
        TotpSecret::generate().unwrap().verify(&code, NOW, None),
        None
    );
}

#[test]
fn secrets_are_160_random_bits_and_round_trip_through_storage() {
    let a = secret();
    let b = secret();
    assert_ne!(a.as_bytes(), b.as_bytes());
    assert_eq!(TotpSecret::from_bytes(a.as_bytes()), Some(a.clone()));
    assert_eq!(TotpSecret::from_bytes(&[7u8; 16]), None);
    assert!(!format!("{a:?}").contains(&a.base32()[..4]));
}

#[test]
fn the_base32_form_is_grouped_in_fours_and_decodes_to_the_secret() {
    let secret = TotpSecret::from_bytes(RFC_SECRET).unwrap();
    // RFC 4648 base32 of "12345678901234567890".
    assert_eq!(secret.base32(), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    let random = self::secret();
    let typed = random.base32().replace(' ', "");
    let decoded = Secret::try_from_base32(&typed).unwrap();
    assert_eq!(decoded.as_ref(), random.as_bytes());
}

#[test]
fn the_otpauth_uri_names_issuer_account_and_secret() {
    let secret = TotpSecret::from_bytes(RFC_SECRET).unwrap();
    let uri = secret
        .otpauth_uri("Fraud Report", "officer@police.example")
        .unwrap();
    assert_eq!(
        uri,
        "otpauth://totp/Fraud%20Report:officer%40police.example\
         ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Fraud%20Report"
    );
    assert_eq!(secret.otpauth_uri("Fraud:Report", "a"), Err(InvalidLabel));
    assert_eq!(secret.otpauth_uri("Fraud Report", "a:b"), Err(InvalidLabel));
    assert_eq!(secret.otpauth_uri("Fraud Report", ""), Err(InvalidLabel));
    assert_eq!(secret.otpauth_uri("", "a"), Err(InvalidLabel));
}

#[test]
fn the_qr_code_is_a_scalable_accessible_svg_of_the_uri() {
    let secret = secret();
    let svg = secret
        .qr_svg("Fraud Report", "officer@police.example", "QR code \"<&>\"")
        .unwrap();
    let uri = secret
        .otpauth_uri("Fraud Report", "officer@police.example")
        .unwrap();
    let code = QrCode::with_error_correction_level(uri.as_bytes(), EcLevel::M).unwrap();
    let size = code.width() + 2 * svg::QUIET_ZONE;
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains(&format!(r#"viewBox="0 0 {size} {size}""#)));
    assert!(!svg.contains("<svg width") && !svg.contains(r#"" width="#));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains(r#"aria-label="QR code &quot;&lt;&amp;&gt;&quot;""#));
    assert!(
        svg.contains(
            r##"<rect width="{size}" height="{size}" fill="#fff"/>"##
                .replace("{size}", &size.to_string())
                .as_str()
        )
    );
    assert_eq!(dark_modules(&svg, size), expected_modules(&code));
}

/// The dark modules the SVG path draws, as a grid without the quiet zone.
fn dark_modules(svg: &str, size: usize) -> Vec<bool> {
    let modules = size - 2 * svg::QUIET_ZONE;
    let mut grid = vec![false; modules * modules];
    let d = svg
        .split(r#" d=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    for run in d.split('M').filter(|r| !r.is_empty()) {
        // "x yhNv1h-Nz"
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let len: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        let x = x.parse::<usize>().unwrap() - svg::QUIET_ZONE;
        let y = y.parse::<usize>().unwrap() - svg::QUIET_ZONE;
        for dx in 0..len {
            grid[y * modules + x + dx] = true;
        }
    }
    grid
}

fn expected_modules(code: &QrCode) -> Vec<bool> {
    code.to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect()
}
