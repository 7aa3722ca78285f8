//! Pagure: the SMTP settings of `pagure.cfg` (a Python file loaded over
//! `pagure/default_config.py`).
//!
//! Meaning (Pagure's doc/configuration.rst; the code: `pagure/lib/notify.py`
//! `send_email`, Python's `smtplib`):
//!
//! * `EMAIL_SEND` (default `False`) is the mail switch: off, Pagure only
//!   logs each mail, so with no `EMAIL_SEND = True` nothing is sent.
//! * `SMTP_SERVER` (default `localhost`), `SMTP_PORT` (default 25).
//! * `SMTP_SSL = True`: `smtplib.SMTP_SSL`, TLS from the first byte.
//!   `SMTP_STARTTLS = True`: `starttls()` after connecting, required (smtplib
//!   raises when the server does not offer it). Neither: clear text. Both:
//!   STARTTLS inside TLS, which servers refuse.
//! * It logs in when both `SMTP_USERNAME` and `SMTP_PASSWORD` are set
//!   (default `None`); `SMTP_KEYFILE`/`SMTP_CERTFILE` are a client
//!   certificate for STARTTLS.
//! * `FROM_EMAIL` is the From (default `pagure@localhost.localdomain`).
//! * `SMTP_SERVER`, `SMTP_PORT`, `FROM_EMAIL` are many apps' names: the
//!   table needs one of Pagure's own beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_near, shared, syn, words, Fix, Key, Marker, Pairs,
    Profile, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_SSL", ImplicitTls),
    k("SMTP_STARTTLS", StartTls),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("FROM_EMAIL", From),
    k("EMAIL_SEND", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("DOMAIN_EMAIL_NOTIFICATIONS"),
    mark("SALT_EMAIL"),
    mark("EMAIL_ERROR"),
    mark("EVENTSOURCE_SOURCE"),
    mark("GIT_FOLDER"),
    mark("PAGURE_ADMIN_USERS"),
    mark("SMTP_STARTTLS"),
    shared(mark("EMAIL_SEND")),
];

const OTHER_KEYS: Words = words![
    "SMTP_KEYFILE",
    "SMTP_CERTFILE",
    "EMAIL_ERROR",
    "DOMAIN_EMAIL_NOTIFICATIONS",
    "SALT_EMAIL",
    "ALLOWED_EMAIL_DOMAINS",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_TLS", "SMTP_STARTTLS"),
    ("SMTP_USE_TLS", "SMTP_STARTTLS"),
    ("SMTP_USE_SSL", "SMTP_SSL"),
    ("EMAIL_FROM", "FROM_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_near(StartTls, "SMTP_STARTTLS", SetVal::Bool(true), Port),
            set_near(ImplicitTls, "SMTP_SSL", SetVal::Bool(false), Port),
        ],
        "SMTP_STARTTLS = True and SMTP_SSL = False with SMTP_PORT = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Pagure's settings as they are (its STARTTLS uses Python's default context, which verifies the certificate)",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD (Pagure logs in only with both)"),
    fix_text(W::TlsModern, &[], "a current Python/OpenSSL (TLS 1.2+)"),
    fix(W::Username, &[set(Username, "SMTP_USERNAME", SetVal::Given)]),
    fix(W::Password, &[set(Password, "SMTP_PASSWORD", SetVal::Given)]),
    fix(W::From, &[set(From, "FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Pagure has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PAGURE: Profile = Profile {
    id: "pagure",
    name: "Pagure pagure.cfg (SMTP_*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.pagure.org/pagure/configuration.html#smtp-server https://pagure.io/pagure/blob/master/f/pagure/lib/notify.py https://pagure.io/pagure/blob/master/f/pagure/default_config.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "no SMTP_STARTTLS = True",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        missing: Some("no mail at all (EMAIL_SEND defaults to False: Pagure only logs each mail)"),
        ..Switch::plain("EMAIL_SEND")
    }),
    fixes: FIXES,
    sender_hint: "FROM_EMAIL",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "APP_URL = 'https://git.acme-widgets.io/'\nEMAIL_SEND = True\nEMAIL_ERROR = 'root@acme-widgets.io'\nSMTP_SERVER = 'smtp.postmarkapp.com'\nSMTP_PORT = 587\nSMTP_SSL = False\nSMTP_STARTTLS = True\nSMTP_USERNAME = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nSMTP_PASSWORD = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nFROM_EMAIL = 'pagure@acme-widgets.io'\nDOMAIN_EMAIL_NOTIFICATIONS = 'acme-widgets.io'\n";

    #[test]
    fn pagure_cfg() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "pagure");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pagure@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_switches() {
        let (_, s, ids) = first(&CFG.replace("SMTP_STARTTLS = True\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(
            &CFG.replace("SMTP_STARTTLS = True\n", "")
                .replace("SMTP_SSL = False", "SMTP_SSL = True")
                .replace("587", "465"),
        );
        assert_eq!(s["security"], "implicit");
        let (_, _, ids) = first(&CFG.replace("SMTP_SSL = False", "SMTP_SSL = True"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn email_send_is_off_by_default() {
        let (_, _, ids) = first(&CFG.replace("EMAIL_SEND = True\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CFG.replace("EMAIL_SEND = True", "EMAIL_SEND = False"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn dify_env_is_not_pagure() {
        let env =
            "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n";
        let (client, _, _) = first(env);
        assert_ne!(client, "pagure");
    }
}
