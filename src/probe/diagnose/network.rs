//! Name lookup and connection failures: "port 25 times out but 587 works:
//! your provider blocks 25".

use crate::extract::Config;
use crate::extract::Write;
use crate::probe::net::{ConnectError, DnsError};
use crate::probe::words;
use crate::report::Span;

use super::{static_cause, Context, Item};

pub(super) fn dns_item(cx: &Context, host_span: Option<Span>) -> Item {
    let host = &cx.target.host;
    let hint = static_cause(
        cx,
        &[
            "host/typo",
            "host/whitespace",
            "host/has-scheme",
            "host/has-port",
            "host/invalid",
        ],
    );
    let (body, span) = match (&cx.outcome.dns.error, hint) {
        (_, Some(f)) => (
            format!("the host {host} does not resolve; the static check says why: {}", f.message),
            f.span,
        ),
        (Some(DnsError::NotFound(_)), None) => (
            format!("the host {host} does not exist in DNS (NXDOMAIN): check the spelling"),
            host_span,
        ),
        (Some(DnsError::Timeout), None) => (
            format!("resolving {host} took longer than the timeout: this machine's DNS is slow or unreachable"),
            host_span,
        ),
        (Some(DnsError::Failed(text)), None) => {
            (format!("resolving {host} failed ({text})"), host_span)
        }
        (None, None) => (format!("resolving {host} failed"), host_span),
    };
    Item {
        id: "net/dns-failed",
        severity: None,
        ports: Vec::new(),
        body,
        fix: "Use smtp.postmarkapp.com (or smtp-broadcasts.postmarkapp.com for broadcast streams), and check this machine's DNS with `nslookup smtp.postmarkapp.com`.".into(),
        span,
    }
}

/// Other ports that connect / fully work, for "use 2525 instead".
pub(super) fn alternatives(cx: &Context, this: u16, usable: &[u16]) -> Vec<u16> {
    let mut alts: Vec<u16> = usable
        .iter()
        .copied()
        .filter(|&p| p != this && p != 465)
        .collect();
    if alts.is_empty() {
        alts = cx
            .outcome
            .ports
            .iter()
            .filter(|p| p.port != this && p.port != 465 && p.step("connect").is_some_and(|s| s.ok))
            .map(|p| p.port)
            .collect();
    }
    alts.sort_by_key(|p| match p {
        2525 => 0,
        587 => 1,
        _ => 2,
    });
    alts.dedup();
    alts
}

pub(super) fn port_fix(config: Option<&Config>, port: u16) -> String {
    match config {
        Some(c) => format!(
            "Use port {port} with STARTTLS: {}.",
            c.dialect.write(c, &Write::Port(port))
        ),
        None => format!("Use port {port} with STARTTLS."),
    }
}

/// A port that does not connect. `switch` is the fix that moves to a port
/// that answers; `expected_465`: Postmark has no SMTP on 465 at all.
pub(super) fn connect_failed(
    item: &mut Item,
    port: u16,
    error: &ConnectError,
    detail: &str,
    alts: &[u16],
    switch: Option<String>,
    expected_465: bool,
) {
    let alt_text = match alts {
        [] => String::new(),
        [a] => format!("port {a} answers"),
        [a, b, ..] => format!("ports {a} and {b} answer"),
    };
    let (id, what) = match error {
        ConnectError::Timeout => ("net/connect-timeout", "the connection timed out — nothing answered, so a firewall (this machine's, the network's or the provider's) drops it".to_string()),
        ConnectError::Refused => ("net/connect-refused", "connection refused — the host answered, but nothing listens there (or a firewall rejects it)".to_string()),
        ConnectError::Unreachable => ("net/unreachable", format!("unreachable from here ({})", words::plain(detail))),
        ConnectError::Other => ("net/unreachable", format!("no connection ({})", words::plain(detail))),
    };
    item.id = id;
    item.body = if expected_465 {
        format!("{{P}}: {what}. That is expected: Postmark has no SMTP service on 465 (no implicit TLS)")
    } else if port == 25 && !alt_text.is_empty() {
        format!("{{P}}: {what}, while {alt_text}: your provider (ISP or cloud host) most likely blocks outgoing port 25, as most do against spam")
    } else if !alt_text.is_empty() && *error == ConnectError::Timeout {
        format!("{{P}}: {what}, while {alt_text}: your network or provider blocks this port")
    } else {
        format!("{{P}}: {what}")
    };
    if !expected_465 {
        item.fix = switch.unwrap_or_else(|| {
            "Check that this machine may open outgoing connections (firewall, security group, proxy), then try ports 2525 and 587.".into()
        });
    }
}
