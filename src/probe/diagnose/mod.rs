//! Joins what the network did with what the static check found, into
//! findings with the spec's network ids: "port 25 times out but 587 works:
//! your provider blocks 25", "AUTH refused, and the token has a trailing
//! space at line 4", "the certificate names another host: interception?".
//!
//! Failures on ports the configuration does not use are reported as `info`
//! when some port works (nothing to fix), and as errors when none does.
//!
//! One file per family of findings: `network` (DNS, connections), `banner`,
//! `tls`, `auth`, `sender`; `render` merges and words them.

mod auth;
mod banner;
mod lookup;
mod network;
mod render;
mod sender;
mod tls;

use crate::extract::Config;
use crate::model::Role;
use crate::report::{Finding, LineIndex, Report, Severity, Span};

use super::session::{step_name, Failure, PortReport};
use super::{Family, Mode, Outcome, Target};

pub use lookup::lookup_findings;
pub use render::summary_line;

/// What the diagnosis reads.
pub struct Context<'a> {
    pub input: &'a str,
    pub configs: &'a [Config],
    pub lint: &'a Report,
    pub target: &'a Target,
    pub outcome: &'a Outcome,
}

/// A finding before ports with the same problem are merged. `{P}` in
/// `body` stands for the port list ("port 25", "ports 587 and 2525").
struct Item {
    id: &'static str,
    severity: Option<Severity>,
    ports: Vec<(u16, Mode, Option<Family>)>,
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
        items.push(network::dns_item(cx, field_span(Role::Host)));
    }

    let ports = &cx.outcome.ports;
    // Without credentials "works" cannot be reached: a validated TLS is the best sign.
    let usable: Vec<u16> = ports.iter().filter(|p| usable(p)).map(|p| p.port).collect();
    for p in ports {
        let relevant = p.configured || usable.is_empty();
        if let Some(failure) = &p.failure {
            let mut item = failure_item(cx, p, failure, &usable, config, &field_span);
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
        if p.plaintext_auth {
            items.push(tls::plaintext_auth(p));
        }
        if let Some(item) = banner::mismatch(cx, p) {
            items.push(item);
        }
        if let (Some(tls), Some(step)) = (&p.tls, p.step("tls")) {
            if step.ok {
                items.push(tls::negotiated(p, tls));
            }
        }
    }
    items.extend(family_items(ports));
    for check in &cx.outcome.token_check {
        items.push(auth::token_item(check));
    }

    let mut findings = render::merge(items, cx.target.config);
    for p in ports {
        findings.push(render::finding(
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

/// A port that works (or at least gets through TLS without credentials).
fn usable(p: &PortReport) -> bool {
    p.works || (p.auth_skipped.is_some() && p.failure.is_none())
}

/// `net/ip-family`: a port that works over one family and fails over the other.
fn family_items(ports: &[PortReport]) -> Vec<Item> {
    let mut items = Vec::new();
    for p in ports {
        let (Some(bad), Some(failure)) = (p.family, &p.failure) else {
            continue;
        };
        let Some(good) = ports
            .iter()
            .find(|q| q.port == p.port && q.mode == p.mode && q.family != p.family && usable(q))
            .and_then(|q| q.family)
        else {
            continue;
        };
        items.push(Item {
            id: "net/ip-family",
            severity: None,
            ports: vec![(p.port, p.mode, None)],
            body: format!(
                "{{P}} works over {} but fails over {} ({}): a client that tries {} first and does not fall back to {} (nodemailer, for one) fails here",
                good.name(),
                bad.name(),
                failure.describe(),
                bad.name(),
                good.name()
            ),
            fix: format!(
                "Make the client connect over {} (a setting for the address family, or the address itself as host with the certificate name kept), or fix this machine's {} route or firewall.",
                good.name(),
                bad.name()
            ),
            span: None,
        });
    }
    items
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

fn empty_dash(s: &str) -> &str {
    if s.is_empty() {
        "—"
    } else {
        s
    }
}

/// The finding for what stopped a port.
fn failure_item(
    cx: &Context,
    p: &PortReport,
    failure: &Failure,
    usable: &[u16],
    config: Option<&Config>,
    field_span: &dyn Fn(Role) -> Option<Span>,
) -> Item {
    let alts = network::alternatives(cx, p.port, usable);
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
        ports: vec![(p.port, p.mode, p.family)],
        body: String::new(),
        fix: String::new(),
        span: port_span,
    };
    let expected_465 = p.port == 465 && !p.configured;
    // Moving to a port that answers, written in the user's own format.
    let switch = alts.first().map(|&a| network::port_fix(config, a));
    match failure {
        Failure::Setup(e) => {
            item.id = "net/unreachable";
            item.body = format!("{{P}} could not be probed: {e}");
        }
        Failure::Connect { error, detail } => network::connect_failed(
            &mut item,
            p.port,
            error,
            detail,
            &alts,
            switch,
            expected_465,
        ),
        Failure::NoBanner {
            implicit_tls,
            pending,
        } => {
            let silent = banner::Silent {
                implicit_tls: *implicit_tls,
                pending: *pending,
                port: p.port,
                alts: &alts,
            };
            banner::no_banner(&mut item, &silent, switch, expected_465)
        }
        Failure::BadBanner { reply } => banner::bad_banner(&mut item, reply),
        Failure::LateBanner { seconds, excerpt } => {
            item.id = "smtp/no-banner";
            item.body = format!("{{P}} greeted only after more than {seconds} s ({}): most clients give up before that — a slow server, or a proxy holding the connection", quote(excerpt));
            item.fix = switch.unwrap_or_default();
        }
        Failure::BrokenReply { step, detail } => {
            item.id = "smtp/broken-reply";
            item.body = format!(
                "{{P}}: the server's answer to {} is broken — {detail}. A broken server, or a proxy between this machine and the server, is in the way",
                step_name(step)
            );
            item.fix = switch.unwrap_or_default();
        }
        Failure::EhloRejected { reply } => {
            item.id = "smtp/ehlo-rejected";
            item.body = format!("{{P}}: EHLO was refused: {}", quote(reply));
        }
        Failure::StartTlsNotOffered => tls::starttls_not_offered(&mut item),
        Failure::StartTlsRefused { reply } => tls::starttls_refused(&mut item, reply),
        Failure::Tls { failure } => return tls::handshake_failed(cx, item, failure, config),
        Failure::AuthUnsupported { offered } => auth::unsupported(&mut item, offered),
        Failure::AuthRejected { reply, .. } => auth::rejected(cx, &mut item, reply, field_span),
        Failure::AuthBroken { detail } => auth::broken(&mut item, detail),
        Failure::FromRejected { reply }
        | Failure::RcptRejected { reply }
        | Failure::DataRejected { reply } => {
            sender::rejected(cx, &mut item, failure, reply, field_span)
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
            item.body = format!(
                "{{P}}: the dialogue stopped during {}: {detail}",
                step_name(step)
            );
        }
        Failure::Unfinished => {
            item.id = "smtp/no-banner";
            item.body = "{P} did not finish the dialogue within the timeout".into();
        }
    }
    item
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
    fn silent_port_25_beside_a_working_587_is_the_provider() {
        let input = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=25\n";
        let analysis = crate::analyze(input, &crate::Options::default());
        let target = crate::probe::settings::target(
            crate::probe::settings::active_config(&analysis.configs),
            input,
            Default::default(),
        )
        .unwrap();
        let silent = Failure::NoBanner {
            implicit_tls: false,
            pending: 0,
        };
        let mut ok = port(587, false, None);
        ok.auth_skipped = Some("no password".into());
        let outcome = Outcome {
            dns: Dns {
                host: target.host.clone(),
                ok: true,
                ms: 1.0,
                addresses: vec!["192.0.2.1".into()],
                error: None,
            },
            ports: vec![port(25, true, Some(silent.clone())), ok],
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
        let f = findings.iter().find(|f| f.id == "smtp/no-banner").unwrap();
        assert!(
            f.message.contains("provider") && f.message.contains("blocks outgoing port 25"),
            "{}",
            f.message
        );
        assert!(!f.message.contains("antivirus"), "{}", f.message);

        // Alone (no other port answers), silence is not blamed on the provider.
        let alone = Outcome {
            ports: vec![port(25, true, Some(silent))],
            ..outcome
        };
        let findings = diagnose(&Context {
            input,
            configs: &analysis.configs,
            lint: &analysis.report,
            target: &target,
            outcome: &alone,
        });
        let f = findings.iter().find(|f| f.id == "smtp/no-banner").unwrap();
        assert!(!f.message.contains("provider"), "{}", f.message);
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
        assert!(on_25.message.contains("blocks outgoing port 25"));
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
}
