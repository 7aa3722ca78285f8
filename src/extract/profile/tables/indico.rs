//! Indico: the `SMTP_*` settings of `indico.conf` (Python syntax), sent
//! with Indico's copy of Django's SMTP backend.
//!
//! Meaning (docs "Settings → Emails"; the code:
//! `indico/util/emails/backend.py`, `indico/core/config.py`):
//!
//! * `SMTP_SERVER` is a `(host, port)` tuple, default `('localhost', 25)`:
//!   the host and the port are its two items.
//! * `SMTP_USE_TLS = True` upgrades with STARTTLS (default `False`: clear
//!   text). There is no setting for TLS from the first byte: the backend
//!   is always built without `use_ssl`, so port 465 waits for a greeting
//!   that never comes.
//! * `SMTP_LOGIN` and `SMTP_PASSWORD` (default `None`): it logs in only
//!   when both are set.
//! * The From of system mail is `NO_REPLY_EMAIL` (default `None`);
//!   `SMTP_SENDER_FALLBACK` replaces senders outside
//!   `SMTP_ALLOWED_SENDERS`.
//! * `EMAIL_BACKEND` (Indico 3.3+) picks a Django-compatible backend; the
//!   default is the SMTP one.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, Switch, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_SERVER.#0", Host),
    k("SMTP_SERVER.#1", Port),
    k("SMTP_LOGIN", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_USE_TLS", StartTls),
    k("NO_REPLY_EMAIL", From),
    k("EMAIL_BACKEND", Transport),
];

/// Not `SMTP_SERVER` itself: other Python configs write the same tuple.
const MARKERS: &[Marker] = &[
    mark("NO_REPLY_EMAIL"),
    mark("PUBLIC_SUPPORT_EMAIL"),
    mark("SMTP_USE_CELERY"),
    mark("SMTP_ALLOWED_SENDERS"),
    mark("SMTP_SENDER_FALLBACK"),
    mark("ENABLE_ROOMBOOKING"),
    mark("REDIS_CACHE_URL"),
    mark("ATTACHMENT_STORAGE"),
    mark("LOCAL_IDENTITIES"),
];

const OTHER_KEYS: Words = words![
    "SMTP_TIMEOUT",
    "SMTP_USE_CELERY",
    "SMTP_CERTFILE",
    "SMTP_KEYFILE",
    "SMTP_ALLOWED_SENDERS",
    "SMTP_SENDER_FALLBACK",
    "SUPPORT_EMAIL",
    "PUBLIC_SUPPORT_EMAIL",
    "SQLALCHEMY_DATABASE_URI",
    "SECRET_KEY",
    "BASE_URL",
    "CELERY_BROKER",
    "REDIS_CACHE_URL",
    "DEFAULT_TIMEZONE",
    "DEFAULT_LOCALE",
    "ENABLE_ROOMBOOKING",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_PORT", "SMTP_SERVER"),
    ("SMTP_USER", "SMTP_LOGIN"),
    ("SMTP_USERNAME", "SMTP_LOGIN"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_USE_SSL", "SMTP_USE_TLS"),
    ("SMTP_STARTTLS", "SMTP_USE_TLS"),
    ("SMTP_FROM", "NO_REPLY_EMAIL"),
    ("EMAIL_FROM", "NO_REPLY_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP_SERVER = ('<host>', {port})"),
    fix_text(W::Host, &[], "SMTP_SERVER = ('{value}', 587)"),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_SERVER = (…, 587) with SMTP_USE_TLS = True (Indico has no TLS from the first byte)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Indico's SMTP backend (EMAIL_BACKEND unset), which verifies the certificate",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both SMTP_LOGIN and SMTP_PASSWORD (Indico logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Indico release"),
    fix_text(W::Username, &[], "SMTP_LOGIN = '{value}'"),
    fix_text(W::Password, &[], "SMTP_PASSWORD = '{value}'"),
    fix_text(W::From, &[], "NO_REPLY_EMAIL = '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "Indico has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static INDICO: Profile = Profile {
    id: "indico-conf",
    name: "Indico indico.conf SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.getindico.io/en/stable/config/settings/#emails https://github.com/indico/indico/blob/master/indico/util/emails/backend.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "no SMTP_USE_TLS = True",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["backends.smtp."],
        no_mail: words!["console", "filebased", "locmem", "dummy"],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_BACKEND",
    }),
    fixes: FIXES,
    sender_hint: "NO_REPLY_EMAIL in indico.conf",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "BASE_URL = 'https://indico.acme.io'\nSMTP_SERVER = ('smtp.postmarkapp.com', 587)\nSMTP_USE_TLS = True\nSMTP_LOGIN = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nSMTP_PASSWORD = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nSUPPORT_EMAIL = 'root@acme.io'\nPUBLIC_SUPPORT_EMAIL = 'indico@acme.io'\nNO_REPLY_EMAIL = 'noreply@acme.io'\n";

    #[test]
    fn the_server_tuple_is_host_and_port() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "indico-conf");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn no_tls_switch_is_clear_text_and_465_hangs() {
        let (_, s, ids) = first(&CONF.replace("SMTP_USE_TLS = True\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace(", 587)", ", 465)"));
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
        // SMTP_USE_SSL is not an Indico setting: still clear text.
        let (_, s, _) = first(&CONF.replace("SMTP_USE_TLS = True", "SMTP_USE_SSL = True"));
        assert_eq!(s["security"], "none");
    }
}
