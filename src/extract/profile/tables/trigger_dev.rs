//! Trigger.dev (self-hosted webapp): `EMAIL_TRANSPORT=smtp` with the
//! `SMTP_*` variables and `FROM_EMAIL` of its `.env` / compose / Helm
//! `env`, handed to nodemailer.
//!
//! Meaning (Trigger.dev docs "Self-hosting" → Environment variables, Email;
//! the code: `apps/webapp/app/env.server.ts` for the names and types,
//! `apps/webapp/app/services/email.server.ts` for the transport,
//! `internal-packages/emails/src/transports/smtp.ts`, which passes
//! `{ host, port, secure, auth }` to `nodemailer.createTransport`):
//!
//! * `EMAIL_TRANSPORT` picks the transport: `smtp`; `resend` and
//!   `aws-ses` send through an API; unset is the null transport, which
//!   only logs each mail (magic-link sign-in then never arrives).
//! * `SMTP_PORT` has no default of Trigger.dev's: nodemailer's 587, or 465
//!   with `secure`. `SMTP_SECURE` is `secure`: TLS from the first byte;
//!   without it nodemailer upgrades with STARTTLS when offered, and on 465
//!   turns implicit TLS on itself.
//! * `SMTP_SECURE` is read by `BoolEnv`: `true` or `1`, any case, is true.
//!   Version note: releases before `BoolEnv` (2024) read it with
//!   `z.coerce.boolean()`, where any non-empty text, `false` included, is
//!   true.
//! * It always hands nodemailer `SMTP_USER` / `SMTP_PASSWORD` as `auth`.
//! * The From is `FROM_EMAIL` (default `team@email.trigger.dev`, a domain
//!   no self-hosted server can send for); replies go to `REPLY_TO_EMAIL`.
//! * Alert mails have a second, separate set (`ALERT_EMAIL_TRANSPORT`,
//!   `ALERT_SMTP_*`, `ALERT_FROM_EMAIL`), read the same way; they are not
//!   checked here.
//!
//! `SMTP_HOST` and friends are every app's names, and many apps write
//! `EMAIL_TRANSPORT=smtp` (Directus among them) and `FROM_EMAIL` /
//! `REPLY_TO_EMAIL`: the table needs one of Trigger.dev's own names
//! (`MAGIC_LINK_SECRET`, `LOGIN_ORIGIN`, the `ALERT_` mail names, its image).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Fix, Key, Marker, Pairs,
    Profile, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SECURE", ImplicitTls),
    k("FROM_EMAIL", From),
    k("EMAIL_TRANSPORT", Transport),
];

const MARKERS: &[Marker] = &[
    weighs(mark("MAGIC_LINK_SECRET"), 6),
    weighs(mark("LOGIN_ORIGIN"), 6),
    weighs(mark("ALERT_EMAIL_TRANSPORT"), 6),
    weighs(mark("ALERT_FROM_EMAIL"), 6),
    weighs(mark_value("image", "triggerdotdev/trigger.dev"), 6),
];

const OTHER_KEYS: Words = words![
    "REPLY_TO_EMAIL",
    "RESEND_API_KEY",
    "ALERT_EMAIL_TRANSPORT",
    "ALERT_FROM_EMAIL",
    "ALERT_REPLY_TO_EMAIL",
    "ALERT_RESEND_API_KEY",
    "ALERT_SMTP_HOST",
    "ALERT_SMTP_PORT",
    "ALERT_SMTP_SECURE",
    "ALERT_SMTP_USER",
    "ALERT_SMTP_PASSWORD",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "FROM_EMAIL"),
    ("EMAIL_FROM", "FROM_EMAIL"),
    ("SMTP_TLS", "SMTP_SECURE"),
    ("SMTP_SSL", "SMTP_SECURE"),
];

/// nodemailer's reading: `secure`, or 465 by itself; else STARTTLS when
/// offered.
const TLS: TlsModel = super::nodemailer::TLS;

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    super::smtp_env::HOST_FIX,
    super::smtp_env::SECURE_OFF_FIX,
    super::smtp_env::CHAIN_FIX,
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Trigger.dev webapp image"),
    fix(W::Username, &[set(Username, "SMTP_USER", SetVal::Given)]),
    super::smtp_env::PASSWORD_FIX,
    fix(W::From, &[set(From, "FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Trigger.dev has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TRIGGER_DEV: Profile = Profile {
    id: "trigger-dev",
    name: "Trigger.dev EMAIL_TRANSPORT / SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://trigger.dev/docs/self-hosting/env/webapp https://github.com/triggerdotdev/trigger.dev/blob/main/apps/webapp/app/env.server.ts https://github.com/triggerdotdev/trigger.dev/blob/main/apps/webapp/app/services/email.server.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "1"]),
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: Some("the null transport (EMAIL_TRANSPORT is unset), which only logs each mail"),
        off: None,
        name: "EMAIL_TRANSPORT",
    }),
    fixes: FIXES,
    sender_hint: "FROM_EMAIL (default team@email.trigger.dev)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "LOGIN_ORIGIN=https://trigger.acme.io\nAPP_ORIGIN=https://trigger.acme.io\nMAGIC_LINK_SECRET=0f1e2d3c4b5a69788796a5b4c3d2e1f0\nEMAIL_TRANSPORT=smtp\nFROM_EMAIL=trigger@acme.io\nREPLY_TO_EMAIL=trigger@acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn starttls_when_offered_unless_secure() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "trigger-dev");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "trigger@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=1"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_transport_must_be_smtp() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_TRANSPORT=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_TRANSPORT=smtp", "EMAIL_TRANSPORT=resend"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn directus_and_plain_smtp_names_are_not_trigger_dev() {
        let (client, _, _) = first(
            "EMAIL_TRANSPORT=smtp\nEMAIL_FROM=a@acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USER=u\nEMAIL_SMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "trigger-dev");
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\nSMTP_SECURE=false\n",
        );
        assert_ne!(client, "trigger-dev");
    }
}
