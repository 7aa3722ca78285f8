//! Name resolution and TCP connect, each bounded by a deadline, with the
//! failure classified the way a person can act on it.

use std::io;
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

/// Time left until `deadline` (zero when past).
pub fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

/// Why a name did not resolve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN): most often a typo.
    NotFound(String),
    /// The resolver failed or answered nothing usable.
    Failed(String),
    /// No answer before the deadline.
    Timeout,
}

impl DnsError {
    pub fn describe(&self) -> String {
        match self {
            DnsError::NotFound(_) => "the name does not exist in DNS".into(),
            DnsError::Failed(text) => format!("the lookup failed ({text})"),
            DnsError::Timeout => "the lookup took longer than the timeout".into(),
        }
    }
}

/// Resolves `host` (a name or an IP literal) to all its addresses, v6 and v4,
/// in the resolver's order. `std` has no resolver timeout, so the lookup
/// runs in its own thread and is abandoned at the deadline.
pub fn resolve(host: &str, deadline: Instant) -> Result<Vec<IpAddr>, DnsError> {
    let literal = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = literal.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    let (tx, rx) = mpsc::channel();
    let name = host.to_string();
    std::thread::Builder::new()
        .name("dns".into())
        .spawn(move || {
            let result = (name.as_str(), 0)
                .to_socket_addrs()
                .map(|addrs| addrs.map(|a| a.ip()).collect::<Vec<_>>());
            let _ = tx.send(result);
        })
        .map_err(|e| DnsError::Failed(e.to_string()))?;
    match rx.recv_timeout(remaining(deadline)) {
        Ok(Ok(mut ips)) => {
            let mut seen = Vec::new();
            ips.retain(|ip| {
                let new = !seen.contains(ip);
                seen.push(*ip);
                new
            });
            if ips.is_empty() {
                Err(DnsError::Failed("no address in the answer".into()))
            } else {
                Ok(ips)
            }
        }
        Ok(Err(e)) => Err(classify_dns(&e)),
        Err(_) => Err(DnsError::Timeout),
    }
}

/// getaddrinfo's messages: EAI_NONAME / EAI_NODATA mean the name does not exist.
fn classify_dns(e: &io::Error) -> DnsError {
    let text = e.to_string();
    let lower = text.to_ascii_lowercase();
    if lower.contains("not known")
        || lower.contains("no address associated")
        || lower.contains("nodename nor servname")
        || lower.contains("no such host")
    {
        DnsError::NotFound(text)
    } else {
        DnsError::Failed(text)
    }
}

/// Why a TCP connection was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectError {
    /// No answer at all: a firewall or the ISP drops the packets.
    Timeout,
    /// The host answered with a reset: nothing listens there.
    Refused,
    /// No route to the network or host.
    Unreachable,
    Other,
}

impl ConnectError {
    pub fn describe(self) -> &'static str {
        match self {
            ConnectError::Timeout => "timed out",
            ConnectError::Refused => "refused",
            ConnectError::Unreachable => "unreachable",
            ConnectError::Other => "failed",
        }
    }
}

/// Tries each address in turn, giving each an equal share of the time left
/// (so one black-holed IPv6 address cannot eat the whole budget).
/// Returns the stream and the address used, or the last failure with its text.
pub fn connect(
    addrs: &[SocketAddr],
    deadline: Instant,
) -> Result<(TcpStream, SocketAddr), (ConnectError, String, Option<SocketAddr>)> {
    let mut last = (ConnectError::Timeout, "no address to try".to_string(), None);
    for (i, addr) in addrs.iter().enumerate() {
        let left = remaining(deadline);
        if left.is_zero() {
            break;
        }
        let share = left / (addrs.len() - i) as u32;
        let share = share.max(Duration::from_millis(1));
        match TcpStream::connect_timeout(addr, share) {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                return Ok((stream, *addr));
            }
            Err(e) => last = (classify_connect(&e), e.to_string(), Some(*addr)),
        }
    }
    Err(last)
}

fn classify_connect(e: &io::Error) -> ConnectError {
    match e.kind() {
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => ConnectError::Timeout,
        io::ErrorKind::ConnectionRefused => ConnectError::Refused,
        io::ErrorKind::NetworkUnreachable | io::ErrorKind::HostUnreachable => {
            ConnectError::Unreachable
        }
        _ => {
            // ENETUNREACH / EHOSTUNREACH on older std kinds.
            let text = e.to_string().to_ascii_lowercase();
            if text.contains("unreachable") || text.contains("no route") {
                ConnectError::Unreachable
            } else {
                ConnectError::Other
            }
        }
    }
}

/// Whether `host` is this machine (plain HTTP is allowed only there).
pub fn is_loopback(host: &str) -> bool {
    let literal = host.trim_start_matches('[').trim_end_matches(']');
    literal.eq_ignore_ascii_case("localhost")
        || literal.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_need_no_lookup() {
        let far = Instant::now() + Duration::from_secs(1);
        assert_eq!(
            resolve("127.0.0.1", far).unwrap(),
            ["127.0.0.1".parse::<IpAddr>().unwrap()]
        );
        assert_eq!(resolve("[::1]", far).unwrap().len(), 1);
    }

    #[test]
    fn refused_is_classified() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let err = connect(&[addr], Instant::now() + Duration::from_secs(2)).unwrap_err();
        assert_eq!(err.0, ConnectError::Refused);
    }

    #[test]
    fn loopback_names() {
        assert!(is_loopback("localhost"));
        assert!(is_loopback("127.0.0.2"));
        assert!(is_loopback("[::1]"));
        assert!(!is_loopback("api.postmarkapp.com"));
    }
}
