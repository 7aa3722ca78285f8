//! Directus: the `EMAIL_*` environment variables (`.env`, compose
//! `environment:`), handed to nodemailer.
//!
//! Meaning (directus.io/docs/configuration/email and `api/src/mailer.ts`):
//!
//! * `EMAIL_TRANSPORT` is the mail switch and **defaults to `sendmail`**:
//!   without `EMAIL_TRANSPORT=smtp` the `EMAIL_SMTP_*` settings are never
//!   read. `ses`, `mailgun` and `mailtrap` are API transports.
//! * With `smtp`, `mailer.ts` passes `EMAIL_SMTP_HOST`, `EMAIL_SMTP_PORT`,
//!   `EMAIL_SMTP_SECURE` (nodemailer's `secure`: TLS from the first byte)
//!   and `EMAIL_SMTP_IGNORE_TLS` (`ignoreTLS`: never STARTTLS) to
//!   `nodemailer.createTransport`, so nodemailer's reading applies: STARTTLS
//!   when offered by default, port 587 by default, and port 465 with
//!   `secure` unset turns implicit TLS on. There is no `requireTLS` variable.
//! * Directus' env loader casts `true`/`false` and numbers before they reach
//!   nodemailer, so `EMAIL_SMTP_SECURE=false` is the boolean false (not
//!   JavaScript's truthy string).
//! * `EMAIL_SMTP_USER`/`EMAIL_SMTP_PASSWORD`: auth is sent only when one of
//!   them is set. `EMAIL_SMTP_TLS_*` becomes nodemailer's `tls` object
//!   (`EMAIL_SMTP_TLS_REJECT_UNAUTHORIZED=false` switches verification off).
//! * `EMAIL_FROM` is the From (default `no-reply@example.com`).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Key, Pairs, Profile, SetVal,
    Switch, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_TRANSPORT", Transport),
    k("EMAIL_SMTP_HOST", Host),
    k("EMAIL_SMTP_PORT", Port),
    k("EMAIL_SMTP_USER", Username),
    k("EMAIL_SMTP_PASSWORD", Password),
    k("EMAIL_SMTP_SECURE", ImplicitTls),
    k("EMAIL_SMTP_IGNORE_TLS", NoStartTls),
    k("EMAIL_SMTP_TLS_REJECT_UNAUTHORIZED", VerifyPeer),
    k("EMAIL_FROM", From),
];

/// Keys only Directus writes (`EMAIL_SMTP_HOST` alone is many apps').
const MARKERS: &[crate::extract::profile::Marker] = &[
    mark("EMAIL_TRANSPORT"),
    mark("EMAIL_SMTP_IGNORE_TLS"),
    mark("EMAIL_SMTP_POOL"),
    mark("EMAIL_SMTP_NAME"),
    mark("EMAIL_VERIFY_SETUP"),
    mark("EMAIL_SENDMAIL_PATH"),
    mark_value("image", "directus/directus"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_SMTP_POOL",
    "EMAIL_SMTP_NAME",
    "EMAIL_VERIFY_SETUP",
    "EMAIL_SENDMAIL_NEW_LINE",
    "EMAIL_SENDMAIL_PATH",
    "EMAIL_MAILGUN_API_KEY",
    "EMAIL_MAILGUN_DOMAIN",
    "EMAIL_MAILGUN_HOST",
    "EMAIL_MAILTRAP_TOKEN",
    "EMAIL_SES_REGION",
    "EMAIL_SES_CREDENTIALS__ACCESS_KEY_ID",
    "EMAIL_SES_CREDENTIALS__SECRET_ACCESS_KEY",
    "EMAIL_TEMPLATES_PATH",
    "EMAIL_SMTP_TLS_SERVERNAME",
    "EMAIL_SMTP_TLS_MIN_VERSION",
    "EMAIL_SMTP_TLS_CIPHERS",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_SMTP_USERNAME", "EMAIL_SMTP_USER"),
    ("EMAIL_SMTP_PASS", "EMAIL_SMTP_PASSWORD"),
    (
        "EMAIL_SMTP_REQUIRE_TLS",
        "EMAIL_SMTP_SECURE and EMAIL_SMTP_IGNORE_TLS",
    ),
    ("EMAIL_SMTP_SSL", "EMAIL_SMTP_SECURE"),
    ("EMAIL_SMTP_FROM", "EMAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "EMAIL_SMTP_SECURE", SetVal::Bool(false)),
            set(NoStartTls, "EMAIL_SMTP_IGNORE_TLS", SetVal::Bool(false)),
        ],
        "EMAIL_SMTP_SECURE=false and EMAIL_SMTP_IGNORE_TLS=false (nodemailer then upgrades with STARTTLS, which Postmark offers)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "EMAIL_SMTP_TLS_REJECT_UNAUTHORIZED=true (or remove it)",
    ),
    fix_text(W::AuthOn, &[], "EMAIL_SMTP_USER and EMAIL_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Directus release"),
    fix_text(W::Username, &[], "EMAIL_SMTP_USER={value}"),
    fix_text(W::Password, &[], "EMAIL_SMTP_PASSWORD={value}"),
    fix(W::From, &[set(From, "EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Directus has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DIRECTUS: Profile = Profile {
    id: "directus-env",
    name: "Directus EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://directus.io/docs/configuration/email https://github.com/directus/directus/blob/main/api/src/mailer.ts https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: super::nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: Some("sendmail (EMAIL_TRANSPORT defaults to `sendmail`)"),
        off: None,
        name: "EMAIL_TRANSPORT",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM (default no-reply@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn smtp_transport_reads_nodemailer_meaning() {
        let (client, s, ids) = first(
            "EMAIL_TRANSPORT=smtp\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USER=u\nEMAIL_SMTP_PASSWORD=u\nEMAIL_SMTP_SECURE=false\nEMAIL_FROM=a@acme.io\n",
        );
        assert_eq!(client, "directus-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "a@acme.io");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // `false` is cast to a boolean by Directus: not JavaScript's truthy string.
        assert!(!ids.iter().any(|i| i.starts_with("port/465")), "{ids:?}");
    }

    #[test]
    fn secure_and_ignore_tls() {
        let (_, s, ids) = first(
            "EMAIL_TRANSPORT=smtp\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=465\nEMAIL_SMTP_SECURE=true\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(
            "EMAIL_TRANSPORT=smtp\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_IGNORE_TLS=true\n",
        );
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn transport_defaults_to_sendmail() {
        let (client, _, ids) = first(
            "EMAIL_FROM=a@acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_IGNORE_TLS=false\n",
        );
        assert_eq!(client, "directus-env");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first("EMAIL_TRANSPORT=sendmail\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\n");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_apps_email_smtp_keys_are_not_directus() {
        // Lightdash writes EMAIL_SMTP_* too, without Directus' own keys.
        let (client, _, _) = first(
            "EMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USER=u\nEMAIL_SMTP_PASSWORD=u\nEMAIL_SMTP_SENDER_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "directus-env");
    }
}
