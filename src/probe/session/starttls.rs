//! The upgrade to TLS (STARTTLS, then EHLO again) and the handshake itself,
//! which implicit-TLS ports start with.

use std::time::Instant;

use super::{greeting, io, Failure, Run};
use crate::probe::reply::Ehlo;
use crate::probe::wire::Wire;

/// STARTTLS after the first EHLO; returns the EHLO to go on with (the one
/// over TLS, or the clear one with `--insecure-plaintext-auth` when the
/// server offers no STARTTLS).
pub(super) fn upgrade(run: &mut Run, wire: &mut Wire, ehlo: Ehlo) -> Result<Ehlo, Failure> {
    let shared = run.shared;
    let t = Instant::now();
    if !ehlo.starttls() {
        let detail = "STARTTLS is not offered after EHLO".to_string();
        if !(shared.insecure_plaintext_auth && shared.credentials.is_some()) {
            return Err(run.fail("starttls", t, detail, Failure::StartTlsNotOffered));
        }
        run.step(
            "starttls",
            t,
            false,
            detail + " (continuing in clear: --insecure-plaintext-auth)",
        );
        return Ok(ehlo);
    }
    wire.send("STARTTLS", None)
        .map_err(|e| io("starttls", &e))?;
    let reply = wire
        .read_reply(shared.deadline)
        .map_err(|e| run.fail("starttls", t, e.describe(), io("starttls", &e)))?;
    if reply.code != 220 {
        let quoted = reply.quoted();
        return Err(run.fail(
            "starttls",
            t,
            quoted.clone(),
            Failure::StartTlsRefused { reply: quoted },
        ));
    }
    run.step("starttls", t, true, reply.quoted());
    handshake(run, wire)?;
    greeting::ehlo(run, wire)
}

pub(super) fn handshake(run: &mut Run, wire: &mut Wire) -> Result<(), Failure> {
    let shared = run.shared;
    let t = Instant::now();
    match wire.start_tls(shared.roots.clone(), shared.tls_name.clone()) {
        Ok(n) => {
            let mut detail = format!("{} {}", n.version, n.cipher);
            if let Some(c) = &n.certificate {
                detail.push_str(&format!(
                    ", certificate {} issued by {}, expires {}",
                    c.subject, c.issuer, c.expires
                ));
            }
            run.report.tls = Some(n);
            run.step("tls", t, true, detail);
            Ok(())
        }
        Err(failure) => {
            let detail = failure.describe();
            Err(run.fail("tls", t, detail, Failure::Tls { failure }))
        }
    }
}
