//! The smallest HTTP/1.1 GET client that `--check-token` needs: HTTPS with
//! rustls (full validation), plain HTTP only to this machine (test servers),
//! every operation under the run's deadline, the response capped.
//!
//! Hand-written on purpose: two GETs with `Connection: close` need ~100
//! lines of protocol (request, status, Content-Length or chunked framing),
//! and this way they reuse the probe's own deadline-bounded connection and
//! TLS setup (`--ca-file` roots included). An HTTP crate would bring its
//! own resolver, timeouts and TLS configuration for no gain here.

use std::net::SocketAddr;
use std::time::Instant;

use rustls::pki_types::CertificateDer;

use super::net::{self, is_loopback};
use super::tls;
use super::wire::{Conn, WireError};
use super::words;

/// Most bytes of a response (headers and body).
const MAX_RESPONSE: usize = 256 * 1024;

/// A parsed base URL: `https://api.postmarkapp.com` or `http://127.0.0.1:8080/prefix`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    pub https: bool,
    pub host: String,
    pub port: u16,
    /// The path prefix, without a trailing slash.
    pub path: String,
}

pub fn parse_url(text: &str) -> Result<Url, String> {
    let bad = || format!("“{text}” is not an http(s) URL");
    let (https, rest) = if let Some(r) = text.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = text.strip_prefix("http://") {
        (false, r)
    } else {
        return Err(bad());
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (h, after) = v6.split_once(']').ok_or_else(bad)?;
        (h.to_string(), after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (authority.to_string(), None),
        }
    };
    let port = match port {
        Some(p) => p.parse().map_err(|_| bad())?,
        None if https => 443,
        None => 80,
    };
    if host.is_empty() || host.contains('@') {
        return Err(bad());
    }
    if !https && !is_loopback(&host) {
        return Err(format!(
            "“{text}”: plain HTTP would send the token in clear; use https:// (http:// is allowed only for this machine)"
        ));
    }
    Ok(Url {
        https,
        host,
        port,
        path: path.trim_end_matches('/').to_string(),
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

/// `GET base.path + path` with extra headers.
pub fn get(
    base: &Url,
    path: &str,
    headers: &[(&str, &str)],
    extra_roots: &[CertificateDer<'static>],
    deadline: Instant,
) -> Result<Response, String> {
    let ips = net::resolve(&base.host, deadline)
        .map_err(|e| format!("{} does not resolve: {}", base.host, e.describe()))?;
    let addrs: Vec<SocketAddr> = ips
        .iter()
        .map(|ip| SocketAddr::new(*ip, base.port))
        .collect();
    let (tcp, _) = net::connect(&addrs, deadline).map_err(|(kind, text, _)| {
        format!(
            "cannot connect to {}: {} ({})",
            base.host,
            kind.describe(),
            words::plain(&text)
        )
    })?;
    let mut conn = Conn::new(tcp, deadline);
    if base.https {
        let roots = tls::roots(extra_roots)?;
        conn.start_tls(roots, tls::server_name(&base.host)?)
            .map_err(|f| f.describe())?;
    }
    let host_header = if base.host.contains(':') {
        format!("[{}]", base.host)
    } else {
        base.host.clone()
    };
    let mut request = format!(
        "GET {}{} HTTP/1.1\r\nHost: {}\r\nUser-Agent: smtp-probe/{}\r\nAccept: application/json\r\nConnection: close\r\n",
        base.path,
        path,
        host_header,
        env!("CARGO_PKG_VERSION")
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let describe = |e: WireError| e.describe();
    conn.write_all(request.as_bytes()).map_err(describe)?;
    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match conn.read_some(&mut chunk, deadline) {
            Ok(0) => break,
            Ok(n) => {
                raw.extend_from_slice(&chunk[..n]);
                if raw.len() > MAX_RESPONSE {
                    return Err("the API's response is too large".into());
                }
            }
            // A server that closes without close_notify: keep what came.
            Err(WireError::Closed) => break,
            Err(e) => return Err(describe(e)),
        }
    }
    conn.close();
    parse_response(&raw)
}

/// Status and body of a raw HTTP/1.x response (identity or chunked).
pub fn parse_response(raw: &[u8]) -> Result<Response, String> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("the API's response has no complete header")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .filter(|_| status_line.starts_with("HTTP/1."))
        .ok_or_else(|| {
            format!(
                "not an HTTP response: “{}”",
                super::reply::shown(status_line.as_bytes())
            )
        })?;
    let (mut chunked, mut length) = (false, None);
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked |= value.to_ascii_lowercase().contains("chunked");
        } else if name.eq_ignore_ascii_case("content-length") {
            let n: usize = value.parse().map_err(|_| {
                format!(
                    "a bad Content-Length “{}”",
                    super::reply::shown(value.as_bytes())
                )
            })?;
            length = Some(n);
        }
    }
    // RFC 9112 §6.3: chunked wins over Content-Length; with neither, the
    // body ends when the server closes (the request says `Connection: close`).
    let body = &raw[split + 4..];
    let body = match (chunked, length) {
        (true, _) => dechunk(body)?,
        (false, Some(n)) => body
            .get(..n)
            .ok_or("the API's response is shorter than its Content-Length")?
            .to_vec(),
        (false, None) => body.to_vec(),
    };
    Ok(Response { status, body })
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let eol = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("a truncated chunked body")?;
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| {
            format!(
                "a bad chunk size “{}”",
                super::reply::shown(size_text.as_bytes())
            )
        })?;
        data = &data[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = data.get(..size).ok_or("a truncated chunk")?;
        out.extend_from_slice(chunk);
        data = data.get(size + 2..).unwrap_or(&[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let u = parse_url("https://api.postmarkapp.com").unwrap();
        assert_eq!(
            (u.https, u.host.as_str(), u.port, u.path.as_str()),
            (true, "api.postmarkapp.com", 443, "")
        );
        let u = parse_url("http://127.0.0.1:8080/mock/").unwrap();
        assert_eq!((u.port, u.path.as_str()), (8080, "/mock"));
        assert!(parse_url("http://[::1]:9/").is_ok());
        assert!(parse_url("http://api.postmarkapp.com").is_err());
        assert!(parse_url("ftp://x").is_err());
    }

    #[test]
    fn responses() {
        let r = parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}").unwrap();
        assert_eq!((r.status, r.body.as_slice()), (200, &b"{}"[..]));
        let r = parse_response(
            b"HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
        )
        .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (401, &b"abcde"[..]));
        assert!(parse_response(b"garbage").is_err());
        let r = parse_response(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}\r\n").unwrap();
        assert_eq!(r.body, b"{}");
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n{}").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n{}").is_err());
    }
}
