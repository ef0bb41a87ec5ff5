//! The client's address, as far as it can be trusted.
//!
//! By default the TCP peer is the client. Only when the peer is one of the
//! configured proxies is the proxies' header believed — `X-Forwarded-For`,
//! or `Forwarded` when the settings say the proxies write that one (the
//! other header is then ignored: a client could have sent it). All lines of
//! the header are read, in order, and walked from the right, skipping
//! trusted proxies: the first hop that is not one of them is the client.
//! The address is used in memory (rate limits) and is never stored; a
//! report keeps only a keyed hash of its /24 or /48 network, for the
//! public check's guard ([`ClientAddress::network`]), erased with the
//! victim's contact details.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use actix_web::HttpRequest;
use serde::Deserialize;

/// A network in CIDR notation (`10.0.0.0/8`, `::1/128`, or a bare address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (addr, prefix) = s.split_once('/').unwrap_or((s, ""));
        let addr: IpAddr = addr
            .parse()
            .map_err(|_| format!("{s:?} is not an IP address or network"))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = if prefix.is_empty() {
            max
        } else {
            prefix
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("{s:?} has an invalid prefix length"))?
        };
        Ok(Cidr { addr, prefix })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// The proxies whose forwarding headers are believed; empty by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|c| c.contains(ip))
    }
}

/// The header the trusted proxies write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum ProxyHeader {
    #[default]
    #[serde(rename = "x-forwarded-for")]
    XForwardedFor,
    /// RFC 7239.
    #[serde(rename = "forwarded")]
    Forwarded,
}

impl FromStr for ProxyHeader {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(ProxyHeader::XForwardedFor),
            "forwarded" => Ok(ProxyHeader::Forwarded),
            other => Err(format!(
                "{other:?} is neither x-forwarded-for nor forwarded"
            )),
        }
    }
}

impl fmt::Display for ProxyHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProxyHeader::XForwardedFor => "x-forwarded-for",
            ProxyHeader::Forwarded => "forwarded",
        })
    }
}

/// How a request's client is told: the trusted proxies, the header they
/// write, and how much of an IPv6 address names one client for limits.
#[derive(Debug, Clone)]
pub struct ClientAddress {
    pub proxies: TrustedProxies,
    pub header: ProxyHeader,
    /// Prefix length of an IPv6 client (64: one home or phone network).
    pub ipv6_prefix: u8,
}

impl ClientAddress {
    /// Is the TCP peer one of the trusted proxies?
    pub fn peer_is_trusted(&self, req: &HttpRequest) -> bool {
        req.peer_addr().is_some_and(|p| self.proxies.trusts(p.ip()))
    }

    /// The client address of a request: the peer, or, behind trusted
    /// proxies, the nearest forwarded address that is not itself a trusted
    /// proxy. A hop that cannot be read ends the walk at the proxy that
    /// passed it on.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let mut client = req.peer_addr()?.ip();
        if !self.proxies.trusts(client) {
            return Some(client);
        }
        for hop in forwarded_hops(req, self.header).into_iter().rev() {
            let Some(hop) = hop else { break };
            client = hop;
            if !self.proxies.trusts(hop) {
                break;
            }
        }
        Some(client)
    }

    /// What a per-client limit counts under: the address, an IPv6 one cut
    /// to its prefix (one network hands out a whole /64 to one subscriber).
    pub fn limit_key(&self, req: &HttpRequest) -> Option<String> {
        let ip = self.client_ip(req)?;
        Some(match ip {
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
                let prefix = u32::from(self.ipv6_prefix.min(128));
                let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
                format!(
                    "{}/{prefix}",
                    std::net::Ipv6Addr::from(u128::from(v6) & mask)
                )
            }
            IpAddr::V6(v6) => v6.to_canonical().to_string(),
            IpAddr::V4(v4) => v4.to_string(),
        })
    }

    /// What a per-client limit of the public check counts under: an IPv4
    /// address, an IPv6 /48 (a site's allocation, which a client can spread
    /// its checks across).
    pub fn check_limit_key(&self, req: &HttpRequest) -> Option<String> {
        match self.client_ip(req)?.to_canonical() {
            IpAddr::V6(_) => self.network(req),
            IpAddr::V4(v4) => Some(v4.to_string()),
        }
    }

    /// The network a request came from, as wide as one household's or one
    /// office's line usually is: an IPv4 /24, an IPv6 /48. The public
    /// check's guard keeps only a keyed hash of it with a report.
    pub fn network(&self, req: &HttpRequest) -> Option<String> {
        Some(match self.client_ip(req)?.to_canonical() {
            IpAddr::V6(v6) => {
                let prefix = std::net::Ipv6Addr::from(u128::from(v6) & (u128::MAX << 80));
                format!("{prefix}/48")
            }
            IpAddr::V4(v4) => {
                let [a, b, c, _] = v4.octets();
                format!("{a}.{b}.{c}.0/24")
            }
        })
    }
}

/// The hops the header names, client first, across all its lines (`None`
/// for a hop that is not an address, e.g. `unknown` or an obfuscated node).
fn forwarded_hops(req: &HttpRequest, header: ProxyHeader) -> Vec<Option<IpAddr>> {
    let name = match header {
        ProxyHeader::XForwardedFor => "x-forwarded-for",
        ProxyHeader::Forwarded => "forwarded",
    };
    let mut hops = Vec::new();
    for line in req.headers().get_all(name) {
        let Ok(line) = line.to_str() else {
            hops.push(None);
            continue;
        };
        for element in line.split(',') {
            hops.push(match header {
                ProxyHeader::XForwardedFor => element.trim().parse().ok(),
                ProxyHeader::Forwarded => element
                    .split(';')
                    .find_map(|pair| {
                        let (key, value) = pair.trim().split_once('=')?;
                        key.eq_ignore_ascii_case("for").then_some(value)
                    })
                    .and_then(parse_forwarded_node),
            });
        }
    }
    hops
}

/// `192.0.2.1`, `"192.0.2.1:4711"`, `"[2001:db8::1]:4711"` → the address.
fn parse_forwarded_node(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"');
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    node.parse()
        .ok()
        .or_else(|| node.rsplit_once(':')?.0.parse().ok())
}

impl FromStr for TrustedProxies {
    type Err = String;
    /// Comma-separated, as in `FRAUDREPORT_TRUSTED_PROXIES=10.0.0.0/8,::1`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|p| !p.trim().is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.0.iter().map(Cidr::to_string).collect();
        write!(f, "[{}]", list.join(", "))
    }
}

impl<'de> Deserialize<'de> for TrustedProxies {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<String>::deserialize(d)?;
        list.join(",").parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn request(peer: &str, lines: &[(&str, &str)]) -> HttpRequest {
        let mut r = TestRequest::default().peer_addr(peer.parse().expect("addr"));
        for line in lines {
            r = r.append_header(*line);
        }
        r.to_http_request()
    }

    fn behind(proxies: &str, header: ProxyHeader) -> ClientAddress {
        ClientAddress {
            proxies: proxies.parse().expect("parses"),
            header,
            ipv6_prefix: 64,
        }
    }

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().expect("ip"))
    }

    #[test]
    fn a_network_is_a_slash_24_or_a_slash_48() {
        let c = behind("", ProxyHeader::XForwardedFor);
        let of = |peer: &str| c.network(&request(peer, &[]));
        assert_eq!(of("203.0.113.9:5000").as_deref(), Some("203.0.113.0/24"));
        assert_eq!(
            of("[2001:db8:1:2:3::9]:5000").as_deref(),
            Some("2001:db8:1::/48")
        );
        // An IPv4 address written as IPv6 is the same network.
        assert_eq!(
            of("[::ffff:203.0.113.77]:5000").as_deref(),
            Some("203.0.113.0/24")
        );
    }

    #[test]
    fn forwarded_headers_from_an_untrusted_peer_are_ignored() {
        let direct = behind("", ProxyHeader::XForwardedFor);
        let req = request("203.0.113.9:5000", &[("x-forwarded-for", "198.51.100.1")]);
        assert_eq!(direct.client_ip(&req), ip("203.0.113.9"));
    }

    #[test]
    fn a_trusted_proxy_passes_on_the_nearest_untrusted_hop() {
        let c = behind("10.0.0.0/8", ProxyHeader::XForwardedFor);
        let req = request(
            "10.1.2.3:5000",
            &[("x-forwarded-for", "6.6.6.6, 198.51.100.1, 10.9.9.9")],
        );
        assert_eq!(c.client_ip(&req), ip("198.51.100.1"));
    }

    #[test]
    fn every_line_of_the_header_is_read_and_walked_from_the_right() {
        let c = behind("10.0.0.0/8", ProxyHeader::XForwardedFor);
        // The client sent a line of its own; the proxy added its own line.
        let req = request(
            "10.1.2.3:5000",
            &[
                ("x-forwarded-for", "6.6.6.6"),
                ("x-forwarded-for", "198.51.100.1, 10.2.2.2"),
            ],
        );
        assert_eq!(c.client_ip(&req), ip("198.51.100.1"));
        // A hop that is not an address stops the walk at the proxy behind it.
        let req = request(
            "10.1.2.3:5000",
            &[("x-forwarded-for", "6.6.6.6, garbage, 10.2.2.2")],
        );
        assert_eq!(c.client_ip(&req), ip("10.2.2.2"));
    }

    #[test]
    fn only_the_header_the_proxies_write_is_believed() {
        let xff = behind("::1", ProxyHeader::XForwardedFor);
        let forged = request(
            "[::1]:80",
            &[
                ("forwarded", "for=6.6.6.6"),
                ("x-forwarded-for", "198.51.100.1"),
            ],
        );
        assert_eq!(xff.client_ip(&forged), ip("198.51.100.1"));
        let fwd = behind("::1", ProxyHeader::Forwarded);
        let req = request(
            "[::1]:80",
            &[
                ("x-forwarded-for", "6.6.6.6"),
                ("forwarded", "for=7.7.7.7"),
                (
                    "forwarded",
                    "For=\"[2001:db8::7]:4711\";proto=https, for=::1",
                ),
            ],
        );
        assert_eq!(fwd.client_ip(&req), ip("2001:db8::7"));
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_network() {
        let c = behind("", ProxyHeader::XForwardedFor);
        let a = c.limit_key(&request("[2001:db8:1:2:aaaa::1]:80", &[]));
        let b = c.limit_key(&request("[2001:db8:1:2:bbbb::9]:80", &[]));
        let other = c.limit_key(&request("[2001:db8:1:3::1]:80", &[]));
        assert_eq!(a, b);
        assert_ne!(a, other);
        assert_eq!(a.as_deref(), Some("2001:db8:1:2::/64"));
        let v4 = c.limit_key(&request("192.0.2.7:80", &[]));
        assert_eq!(v4.as_deref(), Some("192.0.2.7"));
    }

    #[test]
    fn bad_networks_are_refused() {
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("example.org".parse::<TrustedProxies>().is_err());
    }
}
