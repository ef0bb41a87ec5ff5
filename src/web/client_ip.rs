//! The client's address, as far as it can be trusted.
//!
//! By default the TCP peer is the client. Only when the peer is one of the
//! configured proxies is the last untrusted hop of `X-Forwarded-For` (or
//! `Forwarded: for=`) believed. The address is used in memory (rate limits) and
//! is never stored.

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

    /// Is the TCP peer one of the trusted proxies?
    pub fn peer_is_trusted(&self, req: &HttpRequest) -> bool {
        req.peer_addr().is_some_and(|p| self.trusts(p.ip()))
    }

    /// The client address of a request: the peer, or, behind trusted proxies,
    /// the nearest forwarded address that is not itself a trusted proxy.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let peer = req.peer_addr()?.ip();
        if !self.trusts(peer) {
            return Some(peer);
        }
        let mut hops = forwarded_hops(req);
        // Walk from the nearest hop outwards, skipping our own proxies.
        while let Some(hop) = hops.pop() {
            if !self.trusts(hop) {
                return Some(hop);
            }
        }
        Some(peer)
    }
}

/// Addresses named by `Forwarded` (preferred) or `X-Forwarded-For`, client first.
fn forwarded_hops(req: &HttpRequest) -> Vec<IpAddr> {
    let headers = req.headers();
    if let Some(v) = headers.get("forwarded").and_then(|v| v.to_str().ok()) {
        return v
            .split(',')
            .flat_map(|el| el.split(';'))
            .filter_map(|pair| {
                pair.trim()
                    .strip_prefix("for=")
                    .or_else(|| pair.trim().strip_prefix("For="))
            })
            .filter_map(parse_forwarded_node)
            .collect();
    }
    headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_default()
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

    fn request(peer: &str, xff: Option<&str>) -> HttpRequest {
        let mut r = TestRequest::default().peer_addr(peer.parse().expect("addr"));
        if let Some(v) = xff {
            r = r.insert_header(("x-forwarded-for", v));
        }
        r.to_http_request()
    }

    #[test]
    fn forwarded_headers_from_an_untrusted_peer_are_ignored() {
        let proxies = TrustedProxies::default();
        let ip = proxies.client_ip(&request("203.0.113.9:5000", Some("198.51.100.1")));
        assert_eq!(ip, Some("203.0.113.9".parse().expect("ip")));
    }

    #[test]
    fn a_trusted_proxy_passes_on_the_nearest_untrusted_hop() {
        let proxies: TrustedProxies = "10.0.0.0/8".parse().expect("parses");
        let req = request("10.1.2.3:5000", Some("6.6.6.6, 198.51.100.1, 10.9.9.9"));
        assert_eq!(
            proxies.client_ip(&req),
            Some("198.51.100.1".parse().expect("ip"))
        );
    }

    #[test]
    fn the_forwarded_header_is_understood() {
        let proxies: TrustedProxies = "::1".parse().expect("parses");
        let req = TestRequest::default()
            .peer_addr("[::1]:80".parse().expect("addr"))
            .insert_header(("forwarded", "for=\"[2001:db8::7]:4711\";proto=https"))
            .to_http_request();
        assert_eq!(
            proxies.client_ip(&req),
            Some("2001:db8::7".parse().expect("ip"))
        );
    }

    #[test]
    fn bad_networks_are_refused() {
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("example.org".parse::<TrustedProxies>().is_err());
    }
}
