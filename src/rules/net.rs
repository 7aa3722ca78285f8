//! `net/*` rules: reaching the server over the network. Run by the native
//! probe only (`network: true`); defined here so they are documented and
//! listed with the others.

use crate::registry::Rule;
use crate::report::Severity;

/// The host name does not resolve.
///
/// **Example**: `smtp.postmarkap.com` (NXDOMAIN), or no DNS server reachable.
pub static DNS_FAILED: Rule = Rule {
    id: "net/dns-failed",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Resolving the host fails: the name does not exist (NXDOMAIN) or the resolver does not answer.",
    why: "A name that does not exist is almost always a typo in the host (Postmark's SMTP hosts are smtp.postmarkapp.com and smtp-broadcasts.postmarkapp.com); a resolver that does not answer means the machine has no working DNS. Either way the client cannot connect (\"getaddrinfo ENOTFOUND\", \"Name or service not known\").",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe with MAIL_HOST=smtp.postmarkap.com",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Correct the host to smtp.postmarkapp.com; if it is already right, check the machine's DNS settings (/etc/resolv.conf, VPN, container network).",
    network: true,
};

/// The TCP connection timed out.
///
/// **Example**: port 25 from an AWS EC2 instance.
pub static CONNECT_TIMEOUT: Rule = Rule {
    id: "net/connect-timeout",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The TCP connection to host:port gets no answer within the timeout.",
    why: "Postmark answers on 25, 587 and 2525, so silence means something between you and Postmark drops the packets: a firewall, a security group, or an ISP/cloud host that blocks outbound SMTP ports (port 25 most often). Port 465 also times out, because Postmark does not listen there.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe with MAIL_PORT=25 on a cloud VM that blocks port 25",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Try port 2525 or 587 (with STARTTLS); if every port times out, open outbound traffic to smtp.postmarkapp.com in the firewall or security group.",
    network: true,
};

/// The connection was refused.
///
/// **Example**: `localhost:587` with no local server, or a proxy that rejects the port.
pub static CONNECT_REFUSED: Rule = Rule {
    id: "net/connect-refused",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "The TCP connection is actively refused (RST / ECONNREFUSED).",
    why: "Nothing listens on that address and port: usually the host points somewhere other than Postmark (localhost, an old server, a wrong IP) or a local firewall/proxy rejects the port.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe with MAIL_HOST=127.0.0.1",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Check that the host is smtp.postmarkapp.com and the port 587, 2525 or 25; check local firewall or proxy rules.",
    network: true,
};

/// The network or host is unreachable.
///
/// **Example**: an IPv6-only route on a machine without IPv6 connectivity.
pub static UNREACHABLE: Rule = Rule {
    id: "net/unreachable",
    severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "Connecting fails with network or host unreachable (ENETUNREACH / EHOSTUNREACH).",
    why: "The machine has no route to the server: no network, a broken VPN, or an IPv6 address tried without IPv6 connectivity. The SMTP settings themselves may be right.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe on a machine without a default route",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Check the machine's network connection (and IPv6, if only the IPv6 address fails); try again from a machine with internet access.",
    network: true,
};

/// One summary line per port tried.
///
/// **Example**: `587: connect 21 ms, banner 95 ms, STARTTLS ok, TLS 1.3, AUTH PLAIN LOGIN`.
pub static PORT_SUMMARY: Rule = Rule {
    id: "net/port-summary",
    severity: Severity::Info,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "For each port tried: whether the connection, the greeting, STARTTLS and AUTH worked, the TLS version, and the time each step took.",
    why: "Comparing ports shows where a problem sits: if 2525 works and 25 times out, the network blocks port 25; if every port fails at the same step, the settings are at fault.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe lint --probe --ports 25,587,2525",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Use a port whose line shows every step working (587 or 2525 with STARTTLS).",
    network: true,
};

/// Every rule of this family.
/// A port works over one IP family and fails over the other.
///
/// **Example**: 587 works over IPv4, but IPv6 connections time out.
pub static IP_FAMILY: Rule = Rule {
    id: "net/ip-family",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "When the host resolves to IPv4 and IPv6 addresses, each family is probed on its own; this fires when a port works over one and fails over the other.",
    why: "Many clients (nodemailer among them) dial the first address the system prefers, usually IPv6, and do not fall back to IPv4 when it fails: they time out while other tools on the same machine work.",
    #[cfg(not(target_arch = "wasm32"))]
    example: "smtp-probe probe --host smtp.postmarkapp.com on a network with broken IPv6",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Make the client use the family that works (a setting for the address family where it has one), or fix the machine's route or firewall for the other family.",
    network: true,
};

pub static RULES: &[&Rule] = &[
    &DNS_FAILED,
    &CONNECT_TIMEOUT,
    &CONNECT_REFUSED,
    &UNREACHABLE,
    &PORT_SUMMARY,
    &IP_FAMILY,
];
