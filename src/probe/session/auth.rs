//! AUTH PLAIN and LOGIN on the wire; the payloads are `probe::auth`'s.

use std::time::Instant;

use super::{Failure, Run};
use crate::probe::auth::{self, Prompt};
use crate::probe::reply::{Ehlo, Reply};
use crate::probe::wire::{Wire, WireError};
use crate::probe::Credentials;

pub(super) fn authenticate(
    run: &mut Run,
    wire: &mut Wire,
    ehlo: &Ehlo,
    c: &Credentials,
) -> Result<(), Failure> {
    let t = Instant::now();
    let offered = ehlo.auth_mechanisms();
    let Some(mechanism) = auth::choose(&offered) else {
        let detail = if offered.is_empty() {
            "the server offers no AUTH".to_string()
        } else {
            format!(
                "no mechanism in common: the server offers {}",
                offered.join(" ")
            )
        };
        return Err(run.fail("auth", t, detail, Failure::AuthUnsupported { offered }));
    };
    let deadline = run.shared.deadline;
    let in_clear = !wire.in_tls();
    let mut secret_sent = false;
    let result = if mechanism == "PLAIN" {
        secret_sent = true;
        let payload = auth::plain_response(&c.username, &c.password);
        // Shown as the mechanism and the payload's length: enough for support.
        let shown = format!(
            "AUTH PLAIN [credentials redacted: {} base64 characters]",
            payload.len()
        );
        wire.send(&format!("AUTH PLAIN {payload}"), Some(&shown))
            .and_then(|_| wire.read_reply(deadline))
            .and_then(|reply| {
                if reply.code == 334 {
                    // A server that wants the response on its own line.
                    wire.send(&payload, Some(&shown))?;
                    wire.read_reply(deadline)
                } else {
                    Ok(reply)
                }
            })
            .map_err(|e| Failure::AuthBroken {
                detail: e.describe(),
            })
    } else {
        login(wire, c, deadline, &mut secret_sent)
    };
    run.report.plaintext_auth = in_clear && secret_sent;
    match result {
        Ok(reply) if reply.code == 235 => {
            run.step("auth", t, true, format!("{mechanism}: {}", reply.quoted()));
            Ok(())
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "auth",
                t,
                format!("{mechanism}: {quoted}"),
                Failure::AuthRejected {
                    reply: quoted,
                    mechanism,
                },
            ))
        }
        Err(failure) => {
            let detail = match &failure {
                Failure::AuthBroken { detail } => format!("{mechanism}: {detail}"),
                other => other.describe(),
            };
            Err(run.fail("auth", t, detail, failure))
        }
    }
}

/// AUTH LOGIN: answers each `334` by position (username, then password).
/// A challenge that is not base64 text ends the exchange with `*` before
/// any secret is sent in answer to it.
fn login(
    wire: &mut Wire,
    c: &Credentials,
    deadline: Instant,
    secret_sent: &mut bool,
) -> Result<Reply, Failure> {
    let broken = |e: WireError| Failure::AuthBroken {
        detail: e.describe(),
    };
    wire.send("AUTH LOGIN", None).map_err(broken)?;
    let mut answered = 0;
    loop {
        let reply = wire.read_reply(deadline).map_err(broken)?;
        if reply.code != 334 {
            return Ok(reply);
        }
        if answered == 2 {
            let _ = wire.send("*", None);
            return Err(Failure::AuthBroken {
                detail: "the server asked for more than a username and a password".into(),
            });
        }
        let challenge = reply.lines.first().map(String::as_str).unwrap_or("");
        let prompt = match auth::read_challenge(challenge) {
            Ok(p) => p,
            Err(excerpt) => {
                let _ = wire.send("*", None);
                let _ = wire.read_reply(deadline);
                return Err(Failure::AuthBroken {
                    detail: format!("the server's AUTH LOGIN challenge is not base64 text (“{excerpt}”): no secret was sent in answer"),
                });
            }
        };
        let send_password = match prompt {
            Prompt::Username => false,
            Prompt::Password => true,
            Prompt::Other => answered == 1,
        };
        let value = if send_password {
            &c.password
        } else {
            &c.username
        };
        *secret_sent = true;
        let answer = auth::b64_encode(value.as_bytes());
        let shown = format!(
            "[{} redacted: {} base64 characters]",
            if send_password {
                "password"
            } else {
                "username"
            },
            answer.len()
        );
        wire.send(&answer, Some(&shown)).map_err(broken)?;
        answered += 1;
    }
}
