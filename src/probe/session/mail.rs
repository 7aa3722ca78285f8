//! MAIL FROM, and a real test message only with `--send-to`.

use std::time::Instant;

use super::{command, io, Failure, Run};
use crate::probe::wire::Wire;

/// MAIL FROM (when a From is known), and a real message only with `--send-to`.
pub(super) fn mail(run: &mut Run, wire: &mut Wire) -> Result<(), Failure> {
    let shared = run.shared;
    let Some(from) = shared.from.clone() else {
        return Ok(());
    };
    let deadline = shared.deadline;
    let t = Instant::now();
    let reply = command(wire, &format!("MAIL FROM:<{from}>"), deadline)
        .map_err(|e| run.fail("mail_from", t, e.describe(), io("mail_from", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "mail_from",
            t,
            quoted.clone(),
            Failure::FromRejected { reply: quoted },
        ));
    }
    run.step("mail_from", t, true, reply.quoted());
    let Some(to) = shared.send_to.clone() else {
        let _ = command(wire, "RSET", deadline);
        return Ok(());
    };
    let t = Instant::now();
    let reply = command(wire, &format!("RCPT TO:<{to}>"), deadline)
        .map_err(|e| run.fail("rcpt_to", t, e.describe(), io("rcpt_to", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "rcpt_to",
            t,
            quoted.clone(),
            Failure::RcptRejected { reply: quoted },
        ));
    }
    run.step("rcpt_to", t, true, reply.quoted());
    let t = Instant::now();
    let reply = command(wire, "DATA", deadline)
        .map_err(|e| run.fail("data", t, e.describe(), io("data", &e)))?;
    if reply.code != 354 {
        let quoted = reply.quoted();
        return Err(run.fail(
            "data",
            t,
            quoted.clone(),
            Failure::DataRejected { reply: quoted },
        ));
    }
    // A subject no other message has, to find this one in Postmark's API.
    let subject = format!(
        "smtp-probe test {} (port {})",
        run.shared.run_id, run.report.port
    );
    let message = test_message(&from, &to, &subject);
    let reply = wire
        .send(&message, Some("[test message]"))
        .and_then(|_| wire.read_reply(deadline))
        .map_err(|e| run.fail("data", t, e.describe(), io("data", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "data",
            t,
            quoted.clone(),
            Failure::DataRejected { reply: quoted },
        ));
    }
    run.step("data", t, true, reply.quoted());
    run.report.sent_subject = Some(subject);
    Ok(())
}

/// A short plain-text test message, terminated for DATA.
fn test_message(from: &str, to: &str, subject: &str) -> String {
    format!(
        "From: <{from}>\r\nTo: <{to}>\r\nSubject: {subject}\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         This message was sent by smtp-probe to check SMTP settings.\r\n."
    )
}
