//! STARTTLS and the TLS handshake: not offered, refused, failed (and why:
//! certificate, plain text, versions), or negotiated (shown as info).

use crate::extract::Config;
use crate::extract::Write;
use crate::probe::session::PortReport;
use crate::probe::tls::{Negotiated, TlsFailure};
use crate::report::Severity;

use super::{empty_dash, quote, static_cause, Context, Item};

pub(super) fn starttls_not_offered(item: &mut Item) {
    item.id = "tls/starttls-not-offered";
    item.body = "{P} does not offer STARTTLS after EHLO, so the token was not sent. Postmark always offers it: something between this machine and the server (an antivirus, a proxy, the ISP) strips it, or this is not Postmark's server".into();
    item.fix = "Probe from another network, or turn off the antivirus/proxy's mail scanning; never send the token without TLS.".into();
}

pub(super) fn starttls_refused(item: &mut Item, reply: &str) {
    item.id = "tls/handshake-failed";
    item.body = format!("{{P}}: the server refused STARTTLS with {}", quote(reply));
}

/// The credentials went in clear (`--insecure-plaintext-auth` allowed it).
pub(super) fn plaintext_auth(p: &PortReport) -> Item {
    Item {
        id: "tls/starttls-not-offered",
        severity: Some(Severity::Error),
        ports: vec![(p.port, p.mode, p.family)],
        body: "{P} offers no STARTTLS: the credentials were sent in clear, as --insecure-plaintext-auth allowed".into(),
        fix: "Never use a server that offers no STARTTLS with your Postmark token; rotate the token if this crossed a network you do not control.".into(),
        span: None,
    }
}

pub(super) fn handshake_failed(
    cx: &Context,
    mut item: Item,
    failure: &TlsFailure,
    config: Option<&Config>,
) -> Item {
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
            if problem.suggests_interception() {
                item.body.push_str(". If the server is Postmark's, an antivirus or a proxy is intercepting the connection");
            }
            item.fix = "Do not turn certificate verification off: find what intercepts (antivirus mail shield, corporate proxy) or probe from another network.".into();
        }
        TlsFailure::PlainText { excerpt } => {
            item.id = "tls/handshake-failed";
            let cause = static_cause(cx, &["tls/implicit-tls"]);
            item.body = format!(
                "{{P}} speaks SMTP with STARTTLS, but the client starts with TLS (implicit TLS/SMTPS): the server answered in plain text ({}) — what clients report as “wrong version number” or a timeout",
                quote(excerpt)
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

pub(super) fn negotiated(p: &PortReport, tls: &Negotiated) -> Item {
    let mut body = format!("{{P}}: {} with {}", tls.version, tls.cipher);
    if let Some(c) = &tls.certificate {
        let days = c.expires_day - crate::probe::cert::today();
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
        ports: vec![(p.port, p.mode, p.family)],
        body,
        fix: String::new(),
        span: None,
    }
}
