//! Joins what the network did with what the static check found, into
//! findings with the spec's network ids: "port 25 times out but 587 works:
//! your provider blocks 25", "AUTH refused, and the token has a trailing
//! space at line 4", "the certificate names another host: interception?".
//!
//! Failures on ports the configuration does not use are reported as `info`
//! when some port works (nothing to fix), and as errors when none does.

use crate::extract::Write;
use crate::model::{Config, Role};
use crate::registry;
use crate::report::{Finding, LineIndex, Report, Severity, Span};

use super::net::DnsError;
use super::session::{Failure, PortReport};
use super::tls::{CertProblem, TlsFailure};
use super::token::{TokenCheck, TokenKind};
use super::{Mode, Outcome, Target};

/// What the diagnosis reads.
pub struct Context<'a> {
    pub input: &'a str,
    pub configs: &'a [Config],
    pub lint: &'a Report,
    pub target: &'a Target,
    pub outcome: &'a Outcome,
}

/// Static findings that explain a refused login, most telling first.
const AUTH_CAUSES: [&str; 10] = [
    "auth/whitespace",
    "auth/wrapped-quotes",
    "auth/placeholder",
    "auth/api-test-token",
    "auth/account-token",
    "auth/smtp-token-stream-mismatch",
    "auth/username-password-differ",
    "auth/token-shape",
    "url/unencoded-credentials",
    "input/unresolved-reference",
];

/// Static findings that explain a refused sender.
const FROM_CAUSES: [&str; 6] = [
    "from/not-verified",
    "from/placeholder",
    "from/free-mail",
    "from/local-domain",
    "from/whitespace",
    "from/invalid",
];

/// A finding before ports with the same problem are merged. `{P}` in
/// `body` stands for the port list ("port 25", "ports 587 and 2525").
struct Item {
    id: &'static str,
    severity: Option<Severity>,
    ports: Vec<(u16, Mode)>,
    body: String,
    fix: String,
    span: Option<Span>,
}

pub fn diagnose(cx: &Context) -> Vec<Finding> {
    let mut items = Vec::new();
    let config = cx.target.config.and_then(|i| cx.configs.get(i));
    let index = LineIndex::new(cx.input);
    let field_span = |role: Role| -> Option<Span> {
        config
            .and_then(|c| c.get(role))
            .map(|f| index.span(&f.whole_span()))
    };

    if !cx.outcome.dns.ok {
        items.push(dns_item(cx, field_span(Role::Host)));
    }

    let ports = &cx.outcome.ports;
    let working: Vec<u16> = ports.iter().filter(|p| p.works).map(|p| p.port).collect();
    // Without credentials "works" cannot be reached: a validated TLS is the best sign.
    let usable: Vec<u16> = ports
        .iter()
        .filter(|p| p.works || (p.auth_skipped.is_some() && p.failure.is_none()))
        .map(|p| p.port)
        .collect();
    for p in ports {
        let relevant = p.configured || usable.is_empty();
        if let Some(failure) = &p.failure {
            if let Some(mut item) = failure_item(cx, p, failure, &usable, config, &field_span) {
                if !relevant && item.severity.is_none() {
                    item.severity = Some(Severity::Info);
                    item.body.push_str(" (not the port you use)");
                    item.fix = match usable.first() {
                        Some(u) => format!("Nothing to fix: port {u} works."),
                        None => "Nothing to fix here.".into(),
                    };
                }
                items.push(item);
            }
        }
        if p.plaintext_auth {
            items.push(Item {
                id: "tls/starttls-not-offered",
                severity: Some(Severity::Error),
                ports: vec![(p.port, p.mode)],
                body: "{P} offers no STARTTLS: the credentials were sent in clear, as --insecure-plaintext-auth allowed".into(),
                fix: "Never use a server that offers no STARTTLS with your Postmark token; rotate the token if this crossed a network you do not control.".into(),
                span: None,
            });
        }
        if let Some(item) = banner_mismatch(cx, p) {
            items.push(item);
        }
        if let (Some(tls), Some(step)) = (&p.tls, p.step("tls")) {
            if step.ok {
                items.push(negotiated_item(p, tls));
            }
        }
    }
    for check in &cx.outcome.token_check {
        items.push(token_item(check));
    }
    let _ = working;

    let mut findings = merge(items, cx.target.config);
    for p in ports {
        findings.push(finding(
            "net/port-summary",
            Some(Severity::Info),
            cx.target.config,
            summary_line(p),
            String::new(),
            None,
        ));
    }
    findings
}

fn dns_item(cx: &Context, host_span: Option<Span>) -> Item {
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
            format!("{host} does not resolve; the static check says why: {}", f.message),
            f.span,
        ),
        (Some(DnsError::NotFound(_)), None) => (
            format!("{host} does not exist in DNS (NXDOMAIN): check the spelling"),
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

/// The first static finding (of the probed configuration) with one of `ids`.
fn static_cause<'a>(cx: &'a Context, ids: &[&str]) -> Option<&'a Finding> {
    ids.iter().find_map(|id| {
        cx.lint
            .findings
            .iter()
            .find(|f| f.id == *id && (f.config.is_none() || f.config == cx.target.config))
    })
}

fn quote(reply: &str) -> String {
    format!("“{reply}”")
}

/// Other ports that connect / fully work, for "use 2525 instead".
fn alternatives(cx: &Context, this: u16, usable: &[u16]) -> Vec<u16> {
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

fn port_fix(config: Option<&Config>, port: u16) -> String {
    match config {
        Some(c) => format!(
            "Use port {port} with STARTTLS: {}.",
            c.dialect.write(c, &Write::Port(port))
        ),
        None => format!("Use port {port} with STARTTLS."),
    }
}

fn failure_item(
    cx: &Context,
    p: &PortReport,
    failure: &Failure,
    usable: &[u16],
    config: Option<&Config>,
    field_span: &dyn Fn(Role) -> Option<Span>,
) -> Option<Item> {
    let alts = alternatives(cx, p.port, usable);
    let alt_text = match alts.as_slice() {
        [] => String::new(),
        [a] => format!("port {a} answers"),
        [a, b, ..] => format!("ports {a} and {b} answer"),
    };
    // Underline the port setting only when it is the port that failed
    // (with --port the probed ports may not be the written one).
    let port_span = if config.and_then(Config::effective_port) == Some(p.port) {
        field_span(Role::Port)
    } else {
        None
    };
    let mut item = Item {
        id: "",
        severity: None,
        ports: vec![(p.port, p.mode)],
        body: String::new(),
        fix: String::new(),
        span: port_span,
    };
    let not_postmark_465 = p.port == 465 && !p.configured;
    match failure {
        Failure::Setup(e) => {
            item.id = "net/unreachable";
            item.body = format!("{{P}} could not be probed: {e}");
        }
        Failure::Connect { error, detail } => {
            use super::net::ConnectError as C;
            let (id, what) = match error {
                C::Timeout => ("net/connect-timeout", "the connection timed out — nothing answered, so a firewall (this machine's, the network's or the provider's) drops it".to_string()),
                C::Refused => ("net/connect-refused", "connection refused — the host answered, but nothing listens there (or a firewall rejects it)".to_string()),
                C::Unreachable => ("net/unreachable", format!("unreachable from here ({detail})")),
                C::Other => ("net/unreachable", format!("no connection ({detail})")),
            };
            item.id = id;
            item.body = if not_postmark_465 {
                format!("{{P}}: {what}. That is expected: Postmark has no SMTP service on 465 (no implicit TLS)")
            } else if !alt_text.is_empty() && *error == C::Timeout {
                format!(
                    "{{P}}: {what}, while {alt_text}: your network or provider blocks this port"
                )
            } else {
                format!("{{P}}: {what}")
            };
            if !not_postmark_465 {
                item.fix = alts.first().map(|&a| port_fix(config, a)).unwrap_or_else(|| {
                    "Check that this machine may open outgoing connections (firewall, security group, proxy), then try ports 2525 and 587.".into()
                });
            }
        }
        Failure::NoBanner {
            implicit_tls: true, ..
        } => {
            item.id = "smtp/no-banner";
            item.body = "{P} speaks implicit TLS (SMTPS), not SMTP with STARTTLS: a client set up for STARTTLS waits there for a greeting that never comes".into();
            if !not_postmark_465 {
                item.fix = alts
                    .first()
                    .map(|&a| port_fix(config, a))
                    .unwrap_or_default();
            }
        }
        Failure::NoBanner { pending, .. } => {
            item.id = "smtp/no-banner";
            item.body = if *pending > 0 {
                format!("{{P}} sent only {pending} byte(s) of a greeting before the timeout: a proxy or a broken server is in the way")
            } else {
                "{P} accepted the connection but sent no greeting before the timeout: something that is not an SMTP server (a proxy, an antivirus, a port forward) answers there".into()
            };
            item.fix = alts
                .first()
                .map(|&a| port_fix(config, a))
                .unwrap_or_default();
        }
        Failure::BadBanner { reply } => {
            item.id = "smtp/bad-banner";
            item.body = format!("{{P}} greeted with {} instead of 220", quote(reply));
        }
        Failure::EhloRejected { reply } => {
            item.id = "smtp/ehlo-rejected";
            item.body = format!("{{P}}: EHLO was refused: {}", quote(reply));
        }
        Failure::StartTlsNotOffered => {
            item.id = "tls/starttls-not-offered";
            item.body = "{P} does not offer STARTTLS after EHLO, so the token was not sent. Postmark always offers it: something between this machine and the server (an antivirus, a proxy, the ISP) strips it, or this is not Postmark's server".into();
            item.fix = "Probe from another network, or turn off the antivirus/proxy's mail scanning; never send the token without TLS.".into();
        }
        Failure::StartTlsRefused { reply } => {
            item.id = "tls/handshake-failed";
            item.body = format!("{{P}}: the server refused STARTTLS with {}", quote(reply));
        }
        Failure::Tls { failure } => return Some(tls_item(cx, item, failure, config)),
        Failure::AuthUnsupported { offered } => {
            item.id = "auth/mechanism-unsupported";
            item.body = if offered.is_empty() {
                "{P} offers no AUTH after STARTTLS: Postmark always does, so this is not Postmark's server".into()
            } else {
                format!("{{P}} offers AUTH {} only; the probe (like most clients) speaks PLAIN and LOGIN", offered.join(" "))
            };
        }
        Failure::AuthRejected { reply, .. } => {
            item.id = "auth/rejected";
            let (why, span, fix) = auth_explanation(cx, field_span);
            item.body = format!(
                "{{P}}: the server refused the login with {}. {why}",
                quote(reply)
            );
            item.span = span;
            item.fix = fix.unwrap_or_else(|| "Copy the Server API token again from Servers → your server → API Tokens and use it as both username and password (or use an SMTP Token's Access Key and Secret Key).".into());
        }
        Failure::AuthBroken { detail } => {
            item.id = "auth/rejected";
            item.body = format!("{{P}}: the AUTH exchange broke: {detail}");
        }
        Failure::FromRejected { reply }
        | Failure::RcptRejected { reply }
        | Failure::DataRejected { reply } => {
            item.id = "from/rejected";
            let what = match failure {
                Failure::FromRejected { .. } => {
                    format!("MAIL FROM:<{}>", cx.target.from.as_deref().unwrap_or(""))
                }
                Failure::RcptRejected { .. } => "the test recipient".into(),
                _ => "the test message".into(),
            };
            let cause = static_cause(cx, &FROM_CAUSES);
            item.body = format!("{{P}}: the server refused {what} with {}", quote(reply));
            if let Some(f) = cause {
                item.body
                    .push_str(&format!(". The static check explains it: {}", f.message));
                item.span = f.span;
            } else {
                item.span = field_span(Role::From);
            }
            item.fix = "Send from an address of a verified Sender Signature or Domain (Postmark → Sender Signatures).".into();
        }
        Failure::Io { step, detail } => {
            item.id = match *step {
                "banner" => "smtp/no-banner",
                "ehlo" => "smtp/ehlo-rejected",
                "starttls" | "tls" => "tls/handshake-failed",
                "auth" => "auth/rejected",
                "mail_from" | "rcpt_to" | "data" => "from/rejected",
                _ => "smtp/no-banner",
            };
            item.body = format!("{{P}}: the dialogue stopped at {step}: {detail}");
        }
        Failure::Unfinished => {
            item.id = "smtp/no-banner";
            item.body = "{P} did not finish the dialogue within the timeout".into();
        }
    }
    Some(item)
}

fn tls_item(cx: &Context, mut item: Item, failure: &TlsFailure, config: Option<&Config>) -> Item {
    let host = cx.target.tls_name.as_deref().unwrap_or(&cx.target.host);
    match failure {
        TlsFailure::Certificate {
            problem,
            certificate,
        } => {
            item.id = "tls/certificate-invalid";
            item.body = format!(
                "{{P}}: the certificate does not validate for {host}: {}",
                problem.describe()
            );
            if let Some(c) = certificate {
                item.body.push_str(&format!(
                    " (subject {}, names {}, issued by {})",
                    empty_dash(&c.subject),
                    if c.names.is_empty() {
                        "—".to_string()
                    } else {
                        c.names.join(", ")
                    },
                    empty_dash(&c.issuer)
                ));
            }
            if matches!(problem, CertProblem::UnknownIssuer | CertProblem::WrongName) {
                item.body.push_str(". If the server is Postmark's, an antivirus or a proxy is intercepting the connection");
            }
            item.fix = "Do not turn certificate verification off: find what intercepts (antivirus mail shield, corporate proxy) or probe from another network.".into();
        }
        TlsFailure::PlainText { excerpt } => {
            item.id = "tls/handshake-failed";
            let cause = static_cause(cx, &["tls/implicit-tls"]);
            item.body = format!(
                "{{P}} speaks SMTP with STARTTLS, but the client starts with TLS (implicit TLS/SMTPS): the server answered in plain text ({excerpt:?}) — what clients report as \"wrong version number\" or a timeout"
            );
            if let Some(f) = cause {
                item.span = f.span;
            }
            item.fix = match config {
                Some(c) => format!(
                    "Switch to STARTTLS: {}.",
                    c.dialect.write(c, &Write::StartTls)
                ),
                None => "Switch the client to STARTTLS.".into(),
            };
        }
        TlsFailure::ProtocolVersion { detail } => {
            item.id = "tls/handshake-failed";
            item.body = format!("{{P}}: no TLS version in common — the server offers neither TLS 1.2 nor 1.3 ({detail}). Postmark requires TLS 1.2 or later");
        }
        other => {
            item.id = "tls/handshake-failed";
            item.body = format!("{{P}}: the TLS handshake failed: {}", other.describe());
        }
    }
    item
}

fn empty_dash(s: &str) -> &str {
    if s.is_empty() {
        "—"
    } else {
        s
    }
}

/// Why a login was refused: the static evidence (with its fix), else the
/// token check, else advice.
fn auth_explanation(
    cx: &Context,
    field_span: &dyn Fn(Role) -> Option<Span>,
) -> (String, Option<Span>, Option<String>) {
    if let Some(f) = static_cause(cx, &AUTH_CAUSES) {
        let place = f
            .span
            .map(|s| format!(" (line {})", s.line))
            .unwrap_or_default();
        let fix = Some(f.fix.clone()).filter(|x| !x.is_empty());
        return (
            format!("The static check found why{place}: {}", f.message),
            f.span,
            fix,
        );
    }
    let password_span = field_span(Role::Password);
    for check in &cx.outcome.token_check {
        let why = match &check.result {
            TokenKind::Account => format!(
                "The {} is an Account API token (checked with the API): SMTP needs a Server API token.",
                check.role
            ),
            TokenKind::Invalid => format!(
                "Postmark's API does not know the {} either: it is mistyped, revoked, or not a Postmark token.",
                check.role
            ),
            TokenKind::Server { smtp_enabled: Some(false), .. } => {
                "The token is a Server API token, but SMTP is disabled for that server (Server → Settings → SMTP).".into()
            }
            _ => continue,
        };
        return (why, password_span, None);
    }
    let source = cx
        .target
        .password_source
        .as_deref()
        .map(|s| format!(" (the password came from {s})"))
        .unwrap_or_default();
    (
        format!("The token looks well-formed, so it is probably revoked, from another Postmark server, or an Account token{source}; --check-token asks the API which"),
        password_span,
        None,
    )
}

/// The greeting names a host of another domain than the one dialled.
fn banner_mismatch(cx: &Context, p: &PortReport) -> Option<Item> {
    let banner = p.banner.as_deref()?;
    let host = cx.target.tls_name.as_deref().unwrap_or(&cx.target.host);
    if host.parse::<std::net::IpAddr>().is_ok() || !host.contains('.') || banner.is_empty() {
        return None;
    }
    if base_domain(banner).eq_ignore_ascii_case(base_domain(host)) {
        return None;
    }
    Some(Item {
        id: "smtp/banner-mismatch",
        severity: None,
        ports: vec![(p.port, p.mode)],
        body: format!("{{P}} greets as {banner:?}, not as a host of {}: an antivirus, ISP or corporate proxy may be intercepting the connection", base_domain(host)),
        fix: "Check for mail scanning in antivirus software or a proxy on this network; probe from another network to compare.".into(),
        span: None,
    })
}

/// `smtp.postmarkapp.com` → `postmarkapp.com` (last two labels).
fn base_domain(host: &str) -> &str {
    let host = host.trim_end_matches('.');
    let mut dots = host.rmatch_indices('.');
    dots.next();
    match dots.next() {
        Some((i, _)) => &host[i + 1..],
        None => host,
    }
}

fn negotiated_item(p: &PortReport, tls: &super::tls::Negotiated) -> Item {
    let mut body = format!("{{P}}: {} with {}", tls.version, tls.cipher);
    if let Some(c) = &tls.certificate {
        let days = c.expires_day - super::cert::today();
        body.push_str(&format!(
            "; certificate {} issued by {}, expires {} ({days} days)",
            empty_dash(&c.subject),
            empty_dash(&c.issuer),
            c.expires
        ));
    }
    Item {
        id: "tls/negotiated",
        severity: Some(Severity::Info),
        ports: vec![(p.port, p.mode)],
        body,
        fix: String::new(),
        span: None,
    }
}

fn token_item(check: &TokenCheck) -> Item {
    let who = format!("the {} ({})", check.role, check.token);
    let (severity, body, fix) = match &check.result {
        TokenKind::Server { server, smtp_enabled } => {
            let name = server.as_deref().map(|n| format!(" of the server “{n}”")).unwrap_or_default();
            match smtp_enabled {
                Some(false) => (Severity::Error, format!("{who} is a Server API token{name}, but SMTP is disabled for that server"), "Enable SMTP in Postmark: Server → Settings → SMTP.".to_string()),
                _ => (Severity::Info, format!("{who} is a Server API token{name}; SMTP is enabled"), String::new()),
            }
        }
        TokenKind::Account => (Severity::Error, format!("{who} is an Account API token: SMTP accepts only a Server API token (or an SMTP Token)"), "Use a Server API token: Servers → your server → API Tokens.".into()),
        TokenKind::Invalid => (Severity::Error, format!("{who} is not a valid Postmark API token (401 as a Server and as an Account token)"), "Copy the Server API token again: Servers → your server → API Tokens.".into()),
        TokenKind::Unknown { detail } => (Severity::Warning, format!("{who} could not be checked: {detail}"), String::new()),
    };
    Item {
        id: "auth/token-kind",
        severity: Some(severity),
        ports: Vec::new(),
        body,
        fix,
        span: None,
    }
}

/// Merges items that differ only by port, and renders `{P}`.
fn merge(items: Vec<Item>, config: Option<usize>) -> Vec<Finding> {
    let mut merged: Vec<Item> = Vec::new();
    for item in items {
        match merged.iter_mut().find(|m| {
            m.id == item.id
                && m.body == item.body
                && m.fix == item.fix
                && m.severity == item.severity
        }) {
            Some(m) => m.ports.extend(item.ports),
            None => merged.push(item),
        }
    }
    let mut out: Vec<Finding> = merged
        .into_iter()
        .map(|m| {
            let message = capitalize(&m.body.replace("{P}", &port_list(&m.ports)));
            finding(m.id, m.severity, config, message, m.fix, m.span)
        })
        .collect();
    out.sort_by_key(|f| f.severity);
    out
}

fn port_list(ports: &[(u16, Mode)]) -> String {
    let names: Vec<String> = ports
        .iter()
        .map(|(p, m)| match m {
            Mode::Starttls => p.to_string(),
            Mode::Implicit => format!("{p} (implicit TLS)"),
        })
        .collect();
    match names.as_slice() {
        [] => "the server".into(),
        [one] => format!("port {one}"),
        [rest @ .., last] => format!("ports {} and {last}", rest.join(", ")),
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A finding with the registered rule's severity and reason.
fn finding(
    id: &'static str,
    severity: Option<Severity>,
    config: Option<usize>,
    message: String,
    fix: String,
    span: Option<Span>,
) -> Finding {
    let rule = registry::find(id);
    Finding {
        id: id.to_string(),
        severity: severity
            .or(rule.map(|r| r.severity))
            .unwrap_or(Severity::Error),
        config,
        message,
        why: rule.map(|r| r.why.to_string()).unwrap_or_default(),
        fix: if fix.is_empty() {
            rule.map(|r| r.fix.to_string()).unwrap_or_default()
        } else {
            fix
        },
        span,
        fixes: Vec::new(),
    }
}

/// `587: connect ✓ 12 ms · banner ✓ 40 ms · … · auth ✗ (535 …)`.
pub fn summary_line(p: &PortReport) -> String {
    let mut parts: Vec<String> = p
        .steps
        .iter()
        .map(|s| format!("{} {} {:.0} ms", s.step, if s.ok { "✓" } else { "✗" }, s.ms))
        .collect();
    if parts.is_empty() {
        parts.push("not probed".into());
    }
    let mode = match p.mode {
        Mode::Starttls => "",
        Mode::Implicit => " (implicit TLS)",
    };
    let verdict = if p.works {
        "works"
    } else if p.auth_skipped.is_some() && p.failure.is_none() {
        "reachable (AUTH not tried)"
    } else {
        "fails"
    };
    format!("Port {}{mode}: {} — {verdict}", p.port, parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::probe::net::ConnectError;
    use crate::probe::{Dns, PortPlan, Step};

    fn port(port: u16, configured: bool, failure: Option<Failure>) -> PortReport {
        let plan = PortPlan {
            port,
            mode: Mode::Starttls,
            configured,
        };
        let mut r = PortReport::failed(&plan, Failure::Unfinished);
        r.failure = failure;
        r.works = r.failure.is_none();
        let ok = r.works;
        r.steps.push(Step {
            step: if ok { "auth" } else { "connect" },
            ok,
            ms: 1.0,
            detail: String::new(),
        });
        r
    }

    #[test]
    fn blocked_port_25_points_to_2525() {
        let input = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=25\nMAIL_USERNAME=x\nMAIL_PASSWORD=x\nMAIL_ENCRYPTION=tls\n";
        let analysis = crate::analyze(input, &crate::Options::default());
        let target = crate::probe::settings::target(
            crate::probe::settings::active_config(&analysis.configs),
            input,
            Default::default(),
        )
        .unwrap();
        let timeout = Failure::Connect {
            error: ConnectError::Timeout,
            detail: "timed out".into(),
        };
        let outcome = Outcome {
            dns: Dns {
                host: target.host.clone(),
                ok: true,
                ms: 1.0,
                addresses: vec!["192.0.2.1".into()],
                error: None,
            },
            ports: vec![
                port(25, true, Some(timeout.clone())),
                port(587, false, None),
                port(2525, false, None),
                port(465, false, Some(timeout)),
            ],
            token_check: Vec::new(),
            ms: 1.0,
        };
        let findings = diagnose(&Context {
            input,
            configs: &analysis.configs,
            lint: &analysis.report,
            target: &target,
            outcome: &outcome,
        });
        let blocked: Vec<_> = findings
            .iter()
            .filter(|f| f.id == "net/connect-timeout")
            .collect();
        assert_eq!(blocked.len(), 2, "{blocked:#?}");
        let on_25 = blocked
            .iter()
            .find(|f| f.message.starts_with("Port 25:"))
            .unwrap();
        assert_eq!(on_25.severity, Severity::Error);
        assert!(
            on_25.message.contains("while ports 2525 and 587 answer"),
            "{}",
            on_25.message
        );
        assert!(on_25.message.contains("blocks this port"));
        assert!(on_25.fix.contains("MAIL_PORT=2525"), "{}", on_25.fix);
        assert_eq!(on_25.span.map(|s| s.line), Some(2));
        let on_465 = blocked
            .iter()
            .find(|f| f.message.starts_with("Port 465:"))
            .unwrap();
        assert_eq!(
            on_465.severity,
            Severity::Info,
            "465 is expected to be closed"
        );
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.id == "net/port-summary")
                .count(),
            4
        );
    }

    #[test]
    fn base_domains() {
        assert_eq!(base_domain("smtp.postmarkapp.com"), "postmarkapp.com");
        assert_eq!(base_domain("postmarkapp.com"), "postmarkapp.com");
        assert_eq!(base_domain("localhost"), "localhost");
    }

    #[test]
    fn port_lists() {
        assert_eq!(port_list(&[(25, Mode::Starttls)]), "port 25");
        assert_eq!(
            port_list(&[
                (587, Mode::Starttls),
                (2525, Mode::Starttls),
                (25, Mode::Implicit)
            ]),
            "ports 587, 2525 and 25 (implicit TLS)"
        );
    }
}
