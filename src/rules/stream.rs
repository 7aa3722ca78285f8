//! `stream/*` rules: the Postmark message stream against the SMTP host.
//!
//! Postmark sends transactional and broadcast mail through different
//! infrastructure: smtp.postmarkapp.com for transactional streams,
//! smtp-broadcasts.postmarkapp.com for Broadcast streams. With a Server API
//! token the stream comes from the `X-PM-Message-Stream` header (default:
//! the transactional stream `outbound`); an SMTP Token's Access Key
//! (`PM-B-…`) carries its stream itself, which `auth/smtp-token-stream-mismatch`
//! checks.

use super::host::{bare_host, classify, HostKind, BROADCASTS_HOST, TRANSACTIONAL_HOST};
use super::Context;
use crate::extract::Config;
use crate::extract::Write;
use crate::model::Role;
use crate::registry::Rule;
use crate::report::{Draft, Severity};

/// The message stream and the SMTP host disagree.
///
/// **Example**: `POSTMARK_MESSAGE_STREAM_ID=broadcast` with
/// `MAIL_HOST=smtp.postmarkapp.com`.
pub static BROADCAST_MISMATCH: Rule = Rule {
    id: "stream/broadcast-mismatch",
    severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    checks: "A broadcast message stream (an id that contains `broadcast`) is set with smtp.postmarkapp.com, or smtp-broadcasts.postmarkapp.com is used with the transactional stream `outbound` or with no stream at all (and no `PM-B-` SMTP Token that would carry one).",
    why: "Postmark keeps Broadcast streams on separate infrastructure: smtp.postmarkapp.com serves transactional streams and smtp-broadcasts.postmarkapp.com Broadcast streams. Without a stream, Postmark uses the default transactional stream `outbound`; a message whose stream does not match the host is rejected or lands in the wrong stream (with the wrong unsubscribe handling and statistics).",
    #[cfg(not(target_arch = "wasm32"))]
    example: "MAIL_HOST=smtp.postmarkapp.com\nPOSTMARK_MESSAGE_STREAM_ID=broadcast",
    #[cfg(not(target_arch = "wasm32"))]
    fix: "Send Broadcast streams through smtp-broadcasts.postmarkapp.com and transactional streams through smtp.postmarkapp.com; set the stream id (X-PM-Message-Stream) to match.",
    network: false,
};

/// Every rule of this family.
pub static RULES: &[&Rule] = &[&BROADCAST_MISMATCH];

/// Whether a stream id names a broadcast stream.
fn is_broadcast_stream(id: &str) -> bool {
    id.to_ascii_lowercase().contains("broadcast")
}

/// Checks this family for every configuration.
pub fn check(cx: &mut Context) {
    for (i, cfg) in cx.configs.iter().enumerate() {
        if let Some(d) = mismatch(cfg) {
            cx.emit(d.config(Some(i)));
        }
    }
}

fn mismatch(cfg: &Config) -> Option<Draft> {
    let host_field = cfg.get(Role::Host)?;
    let kind = classify(&bare_host(host_field.value.literal()?));
    let stream = cfg.get(Role::Stream);
    if stream.is_some_and(|s| s.value.is_reference()) {
        return None;
    }
    let stream_id = stream.map(|s| s.value.text.trim().to_string());
    match kind {
        HostKind::Transactional => {
            let s = stream?;
            let id = stream_id?;
            if !is_broadcast_stream(&id) {
                return None;
            }
            Some(
                Draft::new(
                    &BROADCAST_MISMATCH,
                    format!(
                        "{} = `{id}` names a Broadcast stream, but {} = {TRANSACTIONAL_HOST} only serves transactional streams.",
                        s.key, host_field.key
                    ),
                )
                .fix(format!(
                    "For this Broadcast stream set {}; for transactional mail keep the host and use a transactional stream ({}).",
                    cfg.dialect.write(cfg, &Write::Host(BROADCASTS_HOST)),
                    cfg.dialect.write(cfg, &Write::Stream("outbound"))
                ))
                .at(s.value.span.clone()),
            )
        }
        HostKind::Broadcasts => {
            let smtp_token_carries_stream = cfg
                .literal(Role::Username)
                .is_some_and(|u| u.trim().starts_with("PM-B-"));
            let message = match (&stream, &stream_id) {
                (Some(s), Some(id)) if id.eq_ignore_ascii_case("outbound") => format!(
                    "{} = outbound is the default transactional stream, but {} = {BROADCASTS_HOST} only serves Broadcast streams.",
                    s.key, host_field.key
                ),
                (None, _) if !smtp_token_carries_stream => format!(
                    "{} = {BROADCASTS_HOST} serves Broadcast streams, but no message stream is set: Postmark then uses the default transactional stream `outbound`.",
                    host_field.key
                ),
                _ => return None,
            };
            let span = stream.map_or(host_field.value.span.clone(), |s| s.value.span.clone());
            Some(
                Draft::new(&BROADCAST_MISMATCH, message)
                    .fix(format!(
                        "Set your Broadcast stream's id ({}, or the X-PM-Message-Stream header), or send transactional mail through {}.",
                        cfg.dialect.write(cfg, &Write::Stream("your-broadcast-stream-id")),
                        cfg.dialect.write(cfg, &Write::Host(TRANSACTIONAL_HOST))
                    ))
                    .at(span),
            )
        }
        _ => None,
    }
}
