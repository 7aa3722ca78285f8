//! The greeting: none, a wrong one, or one from another domain than the
//! host dialled (a sign of interception).

use crate::probe::session::PortReport;

use super::{quote, Context, Item};

/// What a port that sent no (complete) greeting did.
pub(super) struct Silent<'a> {
    /// It answered a TLS handshake instead.
    pub implicit_tls: bool,
    /// Bytes of a greeting that never ended.
    pub pending: usize,
    pub port: u16,
    /// Other ports that answer.
    pub alts: &'a [u16],
}

/// A port that sent no (complete) greeting.
pub(super) fn no_banner(
    item: &mut Item,
    silent: &Silent,
    switch: Option<String>,
    expected_465: bool,
) {
    item.id = "smtp/no-banner";
    if silent.implicit_tls {
        item.body = "{P} speaks implicit TLS (SMTPS), not SMTP with STARTTLS: a client set up for STARTTLS waits there for a greeting that never comes".into();
        if !expected_465 {
            item.fix = switch.unwrap_or_default();
        }
        return;
    }
    item.body = if silent.pending > 0 {
        format!("{{P}} sent only {} byte(s) of a greeting before the timeout: a proxy or a broken server is in the way", silent.pending)
    } else if silent.port == 25 && !silent.alts.is_empty() {
        // Port 25 held open in silence while the submission ports work:
        // the provider's filter (ISPs and cloud hosts block or capture
        // outgoing 25 against spam), not the server.
        format!(
            "{{P}} accepted the connection but sent no greeting, while port {} works: your provider (ISP or cloud host) most likely blocks outgoing port 25, as most do against spam",
            silent.alts[0]
        )
    } else {
        "{P} accepted the connection but sent no greeting before the timeout: something that is not an SMTP server (a proxy, an antivirus, a port forward) answers there".into()
    };
    item.fix = switch.unwrap_or_default();
}

/// A greeting other than 220, or text that is not SMTP at all.
pub(super) fn bad_banner(item: &mut Item, reply: &str) {
    item.id = "smtp/bad-banner";
    let smtp = reply.len() >= 3 && reply.as_bytes()[..3].iter().all(u8::is_ascii_digit);
    item.body = if smtp {
        format!("{{P}} greeted with {} instead of 220", quote(reply))
    } else {
        format!(
            "{{P}} answered with {}, which is not SMTP: another kind of service listens on this port",
            quote(reply)
        )
    };
}

/// The greeting names a host of another domain than the one dialled.
pub(super) fn mismatch(cx: &Context, p: &PortReport) -> Option<Item> {
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
        ports: vec![(p.port, p.mode, p.family)],
        body: format!("{{P}} greets as {}, not as a host of {}: an antivirus, ISP or corporate proxy may be intercepting the connection", quote(banner), base_domain(host)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_domains() {
        assert_eq!(base_domain("smtp.postmarkapp.com"), "postmarkapp.com");
        assert_eq!(base_domain("postmarkapp.com"), "postmarkapp.com");
        assert_eq!(base_domain("localhost"), "localhost");
    }
}
