//! Paperless-ngx's `PAPERLESS_EMAIL_*` environment (`docker-compose.env`,
//! `paperless.conf`), handed to Django's SMTP backend.
//!
//! Meaning (docs.paperless-ngx.com "Configuration: Email sending" and
//! `src/paperless/settings/__init__.py`, `settings/parsers.py`):
//!
//! * `PAPERLESS_EMAIL_HOST` (default `localhost`), `PAPERLESS_EMAIL_PORT`
//!   (default 25), `PAPERLESS_EMAIL_HOST_USER`,
//!   `PAPERLESS_EMAIL_HOST_PASSWORD` become Django's `EMAIL_HOST`…
//! * `PAPERLESS_EMAIL_FROM` is `DEFAULT_FROM_EMAIL`; unset, it is the
//!   username.
//! * `PAPERLESS_EMAIL_USE_TLS` is Django's `EMAIL_USE_TLS` (STARTTLS,
//!   required), `PAPERLESS_EMAIL_USE_SSL` its `EMAIL_USE_SSL` (TLS from the
//!   first byte); both default to false, so without them the session stays
//!   in clear text; both true make Django refuse to send.
//! * Booleans go through `str_to_bool`: `true`, `1`, `t`, `y`, `yes`
//!   (any case) are true, `false`, `0`, `f`, `n`, `no` false; any other
//!   word stops Paperless at start-up (older releases read it as false).
//! * There is no mail switch: mail is offered when the host is not
//!   `localhost` or a username is set.
//!
//! `PAPERLESS_EMAIL_TASK_CRON`, `_PARSE_DEFAULT_LAYOUT`, `_GNUPG_HOME`,
//! `_CERTIFICATE_LOCATION` belong to mail *fetching* (IMAP), not sending.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, set_if, set_near, syn, words, Fix, Key, Pairs, Profile, SetVal,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("PAPERLESS_EMAIL_HOST", Host),
    k("PAPERLESS_EMAIL_PORT", Port),
    k("PAPERLESS_EMAIL_HOST_USER", Username),
    k("PAPERLESS_EMAIL_HOST_PASSWORD", Password),
    k("PAPERLESS_EMAIL_FROM", From),
    k("PAPERLESS_EMAIL_USE_TLS", StartTls),
    k("PAPERLESS_EMAIL_USE_SSL", ImplicitTls),
];

const OTHER_KEYS: Words = words![
    "PAPERLESS_EMAIL_TASK_CRON",
    "PAPERLESS_EMAIL_PARSE_DEFAULT_LAYOUT",
    "PAPERLESS_EMAIL_GNUPG_HOME",
    "PAPERLESS_EMAIL_CERTIFICATE_LOCATION",
    "PAPERLESS_EMAIL_ALLOW_INTERNAL_HOSTS",
];

/// Names people write by analogy (Django's or other apps') that
/// Paperless-ngx does not read.
const LEFTOVERS: Pairs = pairs![
    ("PAPERLESS_EMAIL_USER", "PAPERLESS_EMAIL_HOST_USER"),
    ("PAPERLESS_EMAIL_USERNAME", "PAPERLESS_EMAIL_HOST_USER"),
    ("PAPERLESS_EMAIL_PASSWORD", "PAPERLESS_EMAIL_HOST_PASSWORD"),
    ("PAPERLESS_EMAIL_HOST_PASS", "PAPERLESS_EMAIL_HOST_PASSWORD"),
    ("PAPERLESS_EMAIL_FROM_ADDRESS", "PAPERLESS_EMAIL_FROM"),
    ("PAPERLESS_EMAIL_DEFAULT_FROM", "PAPERLESS_EMAIL_FROM"),
    ("PAPERLESS_EMAIL_USE_STARTTLS", "PAPERLESS_EMAIL_USE_TLS"),
    ("PAPERLESS_EMAIL_STARTTLS", "PAPERLESS_EMAIL_USE_TLS"),
    ("PAPERLESS_EMAIL_TLS", "PAPERLESS_EMAIL_USE_TLS"),
    ("PAPERLESS_EMAIL_SSL", "PAPERLESS_EMAIL_USE_SSL"),
    ("PAPERLESS_EMAIL_SERVER", "PAPERLESS_EMAIL_HOST"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "PAPERLESS_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "PAPERLESS_EMAIL_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_near(
                StartTls,
                "PAPERLESS_EMAIL_USE_TLS",
                SetVal::Bool(true),
                ImplicitTls,
            ),
            set_if(ImplicitTls, "PAPERLESS_EMAIL_USE_SSL", SetVal::Bool(false)),
        ],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (Django's SMTP backend verifies it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both PAPERLESS_EMAIL_HOST_USER and PAPERLESS_EMAIL_HOST_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Paperless-ngx image (its Python supports TLS 1.2)",
    ),
    fix(
        W::Username,
        &[set(Username, "PAPERLESS_EMAIL_HOST_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(
            Password,
            "PAPERLESS_EMAIL_HOST_PASSWORD",
            SetVal::Given,
        )],
    ),
    fix(W::From, &[set(From, "PAPERLESS_EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Paperless-ngx has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PAPERLESS: Profile = Profile {
    id: "paperless-ngx",
    name: "Paperless-ngx PAPERLESS_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.paperless-ngx.com/configuration/#email-sending https://github.com/paperless-ngx/paperless-ngx/blob/dev/src/paperless/settings/__init__.py",
    syntaxes: syn::ENV_LIKE | syn::CONF,
    keys: KEYS,
    family: &["PAPERLESS_EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "1", "t", "y", "yes"]),
    tls: TlsModel {
        absent: "no PAPERLESS_EMAIL_USE_TLS=true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "PAPERLESS_EMAIL_FROM (defaults to PAPERLESS_EMAIL_HOST_USER)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "PAPERLESS_URL=https://docs.acme.io\nPAPERLESS_EMAIL_HOST=smtp.postmarkapp.com\nPAPERLESS_EMAIL_PORT=587\nPAPERLESS_EMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPAPERLESS_EMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPAPERLESS_EMAIL_FROM=paperless@acme.io\n";

    #[test]
    fn django_meaning_clear_text_without_use_tls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "paperless-ngx");
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}PAPERLESS_EMAIL_USE_TLS=true\n"));
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}PAPERLESS_EMAIL_USE_SSL=yes\n"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn str_to_bool_words_and_conflicts() {
        let (_, s, _) = first(&format!("{ENV}PAPERLESS_EMAIL_USE_TLS=Y\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first(&format!("{ENV}PAPERLESS_EMAIL_USE_TLS=no\n"));
        assert_eq!(s["security"], "none");
        let (_, _, ids) = first(&format!(
            "{ENV}PAPERLESS_EMAIL_USE_TLS=true\nPAPERLESS_EMAIL_USE_SSL=true\n"
        ));
        assert!(ids.iter().any(|i| i == "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn names_paperless_does_not_read() {
        let (client, _, ids) = first(&format!("{ENV}PAPERLESS_EMAIL_USE_STARTTLS=true\n"));
        assert_eq!(client, "paperless-ngx");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }
}
