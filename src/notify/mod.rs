//! E-mail: the transports (SMTP with a pool, or .eml files), the messages
//! in the victim's language, and the worker that drains the outbox.

pub mod campaign;
pub mod clock;
pub mod messages;
pub mod officer_message;
mod officer_notice;
pub mod openpgp;
mod rules;
mod schedule;
pub mod sealed;
pub mod smtp;
pub mod worker;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

use smtp::{Endpoint, SmtpPool};

/// One message, rendered, ready to hand to a transport.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The one-click unsubscribe URL of a warning (RFC 8058).
    pub unsubscribe: Option<String>,
    /// Sent OpenPGP-encrypted, with these files inside (`sealed.rs`).
    pub sealed: Option<sealed::Sealed>,
}

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    /// Pooled SMTP connections (`smtp://`, `smtps://`).
    Smtp(std::sync::Arc<SmtpPool>),
    /// `.eml` files in a folder (`file://`), the embedded default.
    File(AsyncFileTransport<Tokio1Executor>),
}

/// Settings the mailer needs.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub from: Mailbox,
    /// Domain of the service's own Message-IDs.
    pub domain: String,
}

impl Mailer {
    /// A transport for `url`: `file://folder` (created on demand),
    /// `smtp://user:pass@host:587?tls=starttls`, `smtps://host:465`, with
    /// at most `connections` SMTP connections open at once.
    pub fn from_url(url: &str, connections: usize) -> anyhow::Result<Mailer> {
        if let Some(dir) = url.strip_prefix("file://") {
            std::fs::create_dir_all(dir)
                .map_err(|e| anyhow::anyhow!("cannot create the mail folder {dir}: {e}"))?;
            return Ok(Mailer::File(AsyncFileTransport::new(dir)));
        }
        let endpoint = Endpoint::parse(url)
            .map_err(|e| anyhow::anyhow!("mail_url is not a usable SMTP URL: {e}"))?;
        Ok(Mailer::Smtp(std::sync::Arc::new(SmtpPool::new(
            endpoint,
            connections,
        ))))
    }

    /// Sends one message; returns its Message-ID once the server (or the
    /// folder) has it.
    pub async fn send(
        &self,
        settings: &MailSettings,
        to: &str,
        mail: &Outgoing,
    ) -> anyhow::Result<String> {
        let message_id = format!("<{}@{}>", crate::keys::random_hex(16), settings.domain);
        let header = |name: &'static str, value: String| {
            HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
        };
        let mut builder = Message::builder()
            .from(settings.from.clone())
            .to(to.parse()?)
            .subject(&mail.subject)
            .message_id(Some(message_id.clone()))
            .raw_header(header("Auto-Submitted", "auto-generated".into()));
        if let Some(url) = &mail.unsubscribe {
            builder = builder
                .raw_header(header("List-Unsubscribe", format!("<{url}>")))
                .raw_header(header(
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let body = match &mail.sealed {
            Some(sealed) => sealed::encrypted_body(mail, sealed)?,
            None => MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()),
        };
        let message = builder.multipart(body)?;
        match self {
            Mailer::Smtp(pool) => pool.send(message.envelope(), &message.formatted()).await?,
            Mailer::File(t) => t.send(message).await.map(|_| ())?,
        }
        Ok(message_id)
    }
}

/// The address part of an e-mail address, masked for logs: `v***@example.org`.
pub fn masked(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => format!("{}***@{domain}", local.chars().next().unwrap_or('*')),
        None => "***".into(),
    }
}
