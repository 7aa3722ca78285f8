//! From items to findings: ports with the same problem merged into one
//! finding ("ports 587 and 2525"), and the one-line summary of each port.

use crate::registry;
use crate::report::{Finding, Severity, Span};

use super::Item;
use crate::probe::session::PortReport;
use crate::probe::{Family, Mode};

/// Merges items that differ only by port, and renders `{P}`.
pub(super) fn merge(items: Vec<Item>, config: Option<usize>) -> Vec<Finding> {
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

fn port_list(ports: &[(u16, Mode, Option<Family>)]) -> String {
    let names: Vec<String> = ports
        .iter()
        .map(|(p, m, f)| {
            let mode = match m {
                Mode::Starttls => "",
                Mode::Implicit => " (implicit TLS)",
            };
            let family = f.map(|f| format!(" over {}", f.name())).unwrap_or_default();
            format!("{p}{mode}{family}")
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
pub(super) fn finding(
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
    let family = p
        .family
        .map(|f| format!(" over {}", f.name()))
        .unwrap_or_default();
    format!(
        "Port {}{mode}{family}: {} — {verdict}",
        p.port,
        parts.join(" · ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_lists() {
        assert_eq!(port_list(&[(25, Mode::Starttls, None)]), "port 25");
        assert_eq!(
            port_list(&[
                (587, Mode::Starttls, None),
                (2525, Mode::Starttls, Some(Family::Ipv6)),
                (25, Mode::Implicit, None)
            ]),
            "ports 587, 2525 over IPv6 and 25 (implicit TLS)"
        );
    }
}
