//! SMTP connections, pooled, with Nagle's algorithm switched off.
//!
//! lettre writes a message's body and its closing `<CRLF>.<CRLF>` as two
//! writes; with Nagle on, the second waits for the server's delayed ACK,
//! about 40 ms on Linux, so one connection delivers some 25 messages a
//! second whatever the server could take. This pool opens the TCP
//! connection itself with `TCP_NODELAY` and hands it to lettre's SMTP
//! client (plain, or upgraded with STARTTLS). Implicit TLS (`smtps://`)
//! leaves the socket to lettre, so Nagle stays on there: prefer
//! `smtp://…?tls=starttls` where throughput matters.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

/// Longest wait for a connection, or for one message's exchange.
const TIMEOUT: Duration = Duration::from_secs(60);
/// A connection idle for longer is checked with NOOP before it is reused.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(10);
/// How long that check may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(5);

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// No TLS (a relay on the same host or network).
    Plain,
    /// STARTTLS, required (`?tls=starttls` or `?tls=required`).
    StartTls,
    /// STARTTLS when the server offers it (`?tls=opportunistic`).
    Opportunistic,
    /// TLS from the first byte (`smtps://`).
    Implicit,
}

/// Where and how to connect, read from `smtp://user:pass@host:port?tls=…`.
#[derive(Clone)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
    credentials: Option<Credentials>,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Endpoint")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("credentials", &self.credentials.as_ref().map(|_| "***"))
            .finish()
    }
}

impl Endpoint {
    /// Parses an `smtp://` or `smtps://` URL.
    pub fn parse(raw: &str) -> anyhow::Result<Endpoint> {
        let url = url::Url::parse(raw).map_err(|e| anyhow::anyhow!("not a URL: {e}"))?;
        let tls = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string());
        let security = match (url.scheme(), tls.as_deref()) {
            ("smtps", _) => Security::Implicit,
            ("smtp", None | Some("none")) => Security::Plain,
            ("smtp", Some("starttls" | "required")) => Security::StartTls,
            ("smtp", Some("opportunistic")) => Security::Opportunistic,
            ("smtp", Some(other)) => anyhow::bail!(
                "tls={other} is not known; use tls=starttls, tls=opportunistic or smtps://"
            ),
            (scheme, _) => anyhow::bail!("{scheme}:// is not an SMTP URL"),
        };
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| anyhow::anyhow!("the URL names no host"))?
            .trim_matches(['[', ']'])
            .to_string();
        let default_port = match security {
            Security::Implicit => 465,
            Security::StartTls => 587,
            Security::Plain | Security::Opportunistic => 25,
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .to_string()
        };
        let credentials = (!url.username().is_empty()).then(|| {
            Credentials::new(
                decode(url.username()),
                decode(url.password().unwrap_or_default()),
            )
        });
        Ok(Endpoint {
            host,
            port: url.port().unwrap_or(default_port),
            security,
            credentials,
        })
    }
}

/// Open connections waiting for the next message.
struct Idle {
    connection: AsyncSmtpConnection,
    since: Instant,
}

/// A pool of SMTP connections to one server.
pub struct SmtpPool {
    endpoint: Endpoint,
    hello: ClientId,
    idle: Mutex<Vec<Idle>>,
    /// Limits the connections open at once.
    slots: Semaphore,
}

impl SmtpPool {
    /// A pool of at most `max_connections`; connects on first use.
    pub fn new(endpoint: Endpoint, max_connections: usize) -> SmtpPool {
        SmtpPool {
            endpoint,
            hello: ClientId::default(),
            idle: Mutex::new(Vec::new()),
            slots: Semaphore::new(max_connections.max(1)),
        }
    }

    /// Delivers one message; `Ok` once the server accepted it.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> anyhow::Result<()> {
        let _slot = self.slots.acquire().await?;
        let reused = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut connection = match reused {
            Some(idle) if !idle.connection.has_broken() => {
                let mut c = idle.connection;
                let alive = idle.since.elapsed() < CHECK_AFTER_IDLE
                    || tokio::time::timeout(CHECK_TIMEOUT, c.test_connected())
                        .await
                        .unwrap_or(false);
                if alive {
                    c
                } else {
                    c.abort().await;
                    self.connect_in_time().await?
                }
            }
            _ => self.connect_in_time().await?,
        };
        match tokio::time::timeout(TIMEOUT, connection.send(envelope, message)).await {
            Ok(Ok(_)) => {
                self.idle
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(Idle {
                        connection,
                        since: Instant::now(),
                    });
                Ok(())
            }
            Ok(Err(e)) => {
                connection.abort().await;
                Err(e.into())
            }
            Err(_) => {
                connection.abort().await;
                anyhow::bail!("the mail server did not answer within {TIMEOUT:?}")
            }
        }
    }

    /// Connects, greets, upgrades and authenticates within [`TIMEOUT`].
    async fn connect_in_time(&self) -> anyhow::Result<AsyncSmtpConnection> {
        let e = &self.endpoint;
        tokio::time::timeout(TIMEOUT, self.connect())
            .await
            .map_err(|_| anyhow::anyhow!("connecting to {}:{} took too long", e.host, e.port))?
    }

    async fn connect(&self) -> anyhow::Result<AsyncSmtpConnection> {
        let e = &self.endpoint;
        let address = (e.host.as_str(), e.port);
        let mut connection = if e.security == Security::Implicit {
            AsyncSmtpConnection::connect_tokio1(
                address,
                Some(TIMEOUT),
                &self.hello,
                Some(TlsParameters::new(e.host.clone())?),
                None,
            )
            .await?
        } else {
            let tcp = tokio::time::timeout(TIMEOUT, TcpStream::connect(address))
                .await
                .map_err(|_| anyhow::anyhow!("connecting to {}:{} timed out", e.host, e.port))??;
            tcp.set_nodelay(true)?;
            let mut c = tokio::time::timeout(
                TIMEOUT,
                AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello),
            )
            .await
            .map_err(|_| anyhow::anyhow!("the mail server sent no greeting"))??;
            let upgrade = match e.security {
                Security::StartTls => {
                    anyhow::ensure!(
                        c.can_starttls(),
                        "the mail server does not offer STARTTLS, which tls=starttls requires"
                    );
                    true
                }
                Security::Opportunistic => c.can_starttls(),
                Security::Plain | Security::Implicit => false,
            };
            if upgrade {
                c.starttls(TlsParameters::new(e.host.clone())?, &self.hello)
                    .await?;
            }
            c
        };
        if let Some(credentials) = &e.credentials {
            connection
                .auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .await?;
        }
        Ok(connection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_give_host_port_security_and_decoded_credentials() {
        let e =
            Endpoint::parse("smtp://user%40x:p%3Ass@mail.example.org?tls=starttls").expect("valid");
        assert_eq!(
            (e.host.as_str(), e.port, e.security),
            ("mail.example.org", 587, Security::StartTls)
        );
        assert!(e.credentials.is_some());
        assert!(
            !format!("{e:?}").contains("p:ss"),
            "credentials never print"
        );
        let e = Endpoint::parse("smtps://mail.example.org").expect("valid");
        assert_eq!((e.port, e.security), (465, Security::Implicit));
        let e = Endpoint::parse("smtp://127.0.0.1:2525").expect("valid");
        assert_eq!((e.port, e.security), (2525, Security::Plain));
        assert!(Endpoint::parse("smtp://host?tls=maybe").is_err());
        assert!(Endpoint::parse("smtp://").is_err());
    }
}
