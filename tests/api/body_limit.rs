//! A body over `max_body_bytes` gets the translated "too much at once" page
//! with status 413, in the language of the URL: on the report form and on
//! the case page's forms, whether the client announces the size
//! (`Content-Length`) or streams the body in chunks. The requests are
//! written by hand on a TCP socket, as a browser or a script would send them.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::helpers::{TestApp, backends, escaped, spawn_app, valid_report};

/// How the body's size reaches the server.
#[derive(Clone, Copy, Debug)]
enum Framing {
    ContentLength,
    Chunked,
}

/// What came back: status, headers (lower-case names) and body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// POSTs a form body of `size` bytes to `path`, then reads the answer. The
/// server may answer before the whole body is sent; what a client sees then
/// is what counts, so a refused write is not a failure.
async fn post_raw(app: &TestApp, path: &str, size: usize, framing: Framing) -> Answer {
    let address = app.address.trim_start_matches("http://").to_string();
    let path = path.to_string();
    actix_web::rt::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(&address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        let framing_header = match framing {
            Framing::ContentLength => format!("Content-Length: {size}"),
            Framing::Chunked => "Transfer-Encoding: chunked".to_string(),
        };
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Language: en\r\n\
             Content-Type: application/x-www-form-urlencoded\r\n{framing_header}\r\n\
             Connection: close\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).expect("request head");
        let body = format!("websites={}", "a".repeat(size - "websites=".len()));
        let _ = match framing {
            Framing::ContentLength => stream.write_all(body.as_bytes()),
            Framing::Chunked => body.as_bytes().chunks(4096).try_for_each(|chunk| {
                stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes())?;
                stream.write_all(chunk)?;
                stream.write_all(b"\r\n")
            }),
        }
        .and_then(|()| match framing {
            Framing::Chunked => stream.write_all(b"0\r\n\r\n"),
            Framing::ContentLength => Ok(()),
        });
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        parse(&raw)
    })
    .await
    .expect("request thread")
}

fn parse(raw: &[u8]) -> Answer {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").expect("a whole answer");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_string(),
    }
}

/// The page says, in `lang`, that the body was too large.
fn assert_translated_413(answer: &Answer, lang: &str, what: &str) {
    assert_eq!(answer.status, 413, "{what}: {}", answer.body);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{what}"
    );
    assert!(answer.header("content-security-policy").is_some(), "{what}");
    assert!(
        answer.body.contains(&format!("<html lang=\"{lang}\"")),
        "{what}"
    );
    let locales = fraudreport::i18n::Locales::load().expect("locales");
    let loader = &locales.get(lang).expect("locale").loader;
    for id in ["too-large-title", "too-large-text"] {
        assert!(
            answer.body.contains(&escaped(&loader.get(id))),
            "{what}: {id} in {lang}"
        );
    }
}

#[actix_web::test]
async fn a_report_over_the_body_limit_gets_the_translated_413_page() {
    let app = spawn_app(&backends()[0]).await;
    let limit = app.settings.max_body_bytes;
    for (lang, framing) in [("et", Framing::ContentLength), ("de", Framing::Chunked)] {
        let path = format!("/{lang}/report");
        let answer = post_raw(&app, &path, limit + 1, framing).await;
        assert_translated_413(&answer, lang, &format!("{path} {framing:?}"));
    }
    // At the limit the form is read (and refused for its missing token).
    let answer = post_raw(&app, "/et/report", limit, Framing::Chunked).await;
    assert_eq!(answer.status, 403);
    assert_eq!(app.count_reports(), 0);
}

#[actix_web::test]
async fn the_case_page_forms_over_the_body_limit_get_the_translated_413_page() {
    let app = spawn_app(&backends()[0]).await;
    let limit = app.settings.max_body_bytes;
    let case = app.post_report("fi", &valid_report()).await;
    let case = case.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    let secret = case.rsplit('/').next().expect("secret");
    for (form, lang, framing) in [
        ("approach", "fi", Framing::ContentLength),
        ("approach", "uk", Framing::Chunked),
        ("preferences", "nl", Framing::ContentLength),
        ("preferences", "fr", Framing::Chunked),
    ] {
        let path = format!("/{lang}/case/{secret}/{form}");
        let answer = post_raw(&app, &path, limit + 1, framing).await;
        assert_translated_413(&answer, lang, &format!("{path} {framing:?}"));
    }
}

#[actix_web::test]
async fn a_recovery_approach_typed_in_cyrillic_up_to_the_field_limits_is_read_not_refused_for_size()
{
    let app = spawn_app(&backends()[0]).await;
    let case = app.post_report("ru", &valid_report()).await;
    let case = case.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    // 2,000 characters per field are allowed; percent-encoded, three
    // Cyrillic fields weigh over 30 KiB (more than actix-web's default
    // form limit of 16 KiB, less than max_body_bytes).
    let text: String = "позвонили и обещали вернуть деньги "
        .chars()
        .cycle()
        .take(2000)
        .collect();
    let r = app
        .client
        .post(format!("{}{case}/approach", app.address))
        .form(&[
            ("websites", text.as_str()),
            ("scam_phones", text.as_str()),
            ("scam_emails", text.as_str()),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 422, "the lines are checked, not the size");
    let html = r.text().await.expect("body");
    assert!(html.contains("id=\"websites-error\""));
    assert!(html.contains("<html lang=\"ru\""));
}
