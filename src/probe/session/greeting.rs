//! The server's greeting and its EHLO reply.

use std::time::Instant;

use super::{io, Failure, Run};
use crate::probe::net::remaining;
use crate::probe::reply::{parse_ehlo, Ehlo, ReplyError};
use crate::probe::tls::TlsFailure;
use crate::probe::transcript::Dir;
use crate::probe::wire::{Wire, WireError};

/// The greeting. In STARTTLS mode a silent server gets half the time left,
/// then a TLS handshake: if it answers, the port speaks implicit TLS
/// (a STARTTLS client would hang there), which is worth saying.
pub(super) fn banner(run: &mut Run, wire: &mut Wire, sniff_tls: bool) -> Result<(), Failure> {
    let shared = run.shared;
    let t = Instant::now();
    let first_wait = if sniff_tls {
        t + remaining(shared.deadline) / 2
    } else {
        shared.deadline
    };
    let mut result = wire.read_reply(first_wait);
    if let Err(WireError::Timeout { pending }) = result {
        if pending > 0 {
            result = wire.read_reply(shared.deadline);
        } else if sniff_tls && !remaining(shared.deadline).is_zero() {
            return Err(silent_port(run, wire, t));
        }
    }
    match result {
        Ok(reply) if reply.code == 220 => {
            run.report.banner = reply
                .lines
                .first()
                .map(|l| l.split_whitespace().next().unwrap_or("").to_string());
            run.step("banner", t, true, reply.quoted());
            Ok(())
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "banner",
                t,
                quoted.clone(),
                Failure::BadBanner { reply: quoted },
            ))
        }
        Err(WireError::Timeout { pending }) => {
            let detail = WireError::Timeout { pending }.describe();
            Err(run.fail(
                "banner",
                t,
                format!("no greeting: {detail}"),
                Failure::NoBanner {
                    implicit_tls: false,
                    pending,
                },
            ))
        }
        Err(WireError::Reply(ReplyError::Malformed(excerpt))) => {
            // Not SMTP at all (an HTTP server, a banner of another protocol):
            // quote what it said.
            let detail = format!("not an SMTP greeting: “{excerpt}”");
            Err(run.fail("banner", t, detail, Failure::BadBanner { reply: excerpt }))
        }
        Err(e) => {
            let failure = io("banner", &e);
            Err(run.fail("banner", t, failure.describe(), failure))
        }
    }
}

/// A port that said nothing: try TLS to tell "implicit TLS" from "silent".
fn silent_port(run: &mut Run, wire: &mut Wire, t: Instant) -> Failure {
    let waited = t.elapsed().as_secs_f64();
    wire.note(
        Dir::Info,
        &format!("no greeting after {waited:.1} s; trying a TLS handshake"),
    );
    let shared = run.shared;
    match wire.start_tls(shared.roots.clone(), shared.tls_name.clone()) {
        Ok(negotiated) => {
            run.report.tls = Some(negotiated);
            implicit_tls_banner(run, t)
        }
        Err(TlsFailure::Certificate { .. }) => implicit_tls_banner(run, t),
        Err(TlsFailure::PlainText { excerpt }) => {
            let failure = Failure::LateBanner {
                seconds: format!("{waited:.1}"),
                excerpt,
            };
            run.fail("banner", t, failure.describe(), failure)
        }
        Err(_) => run.fail(
            "banner",
            t,
            format!(
                "no greeting within {:.1} s, and no answer to TLS either",
                t.elapsed().as_secs_f64()
            ),
            Failure::NoBanner {
                implicit_tls: false,
                pending: 0,
            },
        ),
    }
}

fn implicit_tls_banner(run: &mut Run, t: Instant) -> Failure {
    run.fail(
        "banner",
        t,
        "no greeting: the port answered a TLS handshake instead, it speaks implicit TLS (SMTPS)"
            .into(),
        Failure::NoBanner {
            implicit_tls: true,
            pending: 0,
        },
    )
}

pub(super) fn ehlo(run: &mut Run, wire: &mut Wire) -> Result<Ehlo, Failure> {
    let t = Instant::now();
    let name = wire.ehlo_name();
    wire.send(&format!("EHLO {name}"), None)
        .map_err(|e| io("ehlo", &e))?;
    match wire.read_reply(run.shared.deadline) {
        Ok(reply) if reply.code == 250 => {
            let ehlo = parse_ehlo(&reply);
            let mut detail = format!("{} capabilities", ehlo.capabilities.len());
            if ehlo.starttls() {
                detail.push_str(", STARTTLS");
            }
            let mechs = ehlo.auth_mechanisms();
            if !mechs.is_empty() {
                detail.push_str(&format!(", AUTH {}", mechs.join(" ")));
            }
            if wire.in_tls() {
                detail.push_str(" (over TLS)");
            }
            run.step("ehlo", t, true, detail);
            Ok(ehlo)
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "ehlo",
                t,
                quoted.clone(),
                Failure::EhloRejected { reply: quoted },
            ))
        }
        Err(e) => {
            let failure = io("ehlo", &e);
            Err(run.fail("ehlo", t, failure.describe(), failure))
        }
    }
}
