//! The greeting: none, a wrong one, or one from another domain than the
//! host dialled (a sign of interception).

use crate::probe::session::PortReport;

use super::{quote, Context, Item};

/// A port that sent no (complete) greeting.
pub(super) fn no_banner(
    item: &mut Item,
    implicit_tls: bool,
    pending: usize,
    switch: Option<String>,
    expected_465: bool,
) {
    item.id = "smtp/no-banner";
    if implicit_tls {
        item.body = "{P} speaks implicit TLS (SMTPS), not SMTP with STARTTLS: a client set up for STARTTLS waits there for a greeting that never comes".into();
        if !expected_465 {
            item.fix = switch.unwrap_or_default();
        }
        return;
    }
    item.body = if pending > 0 {
        format!("{{P}} sent only {pending} byte(s) of a greeting before the timeout: a proxy or a broken server is in the way")
    } else {
        "{P} accepted the connection but sent no greeting before the timeout: something that is not an SMTP server (a proxy, an antivirus, a port forward) answers there".into()
    };
    item.fix = switch.unwrap_or_default();
}

/// A greeting other than 220.
pub(super) fn bad_banner(item: &mut Item, reply: &str) {
    item.id = "smtp/bad-banner";
    item.body = format!("{{P}} greeted with {} instead of 220", quote(reply));
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
