//! Sentry (self-hosted): the `mail.*` options of `config.yml`, and the
//! `SENTRY_EMAIL_*` environment variables that `sentry.conf.py` files
//! (the Docker image's, the Helm chart's) turn into those options.
//!
//! Meaning (develop.sentry.dev "Self-Hosted Email", self-hosted
//! `sentry/config.example.yml`, `src/sentry/options/defaults.py`, and
//! Django's SMTP backend, which Sentry hands the options to):
//!
//! * `mail.backend` (default `smtp`) is the mail switch: `dummy` (the Docker
//!   image's `sentry.conf.py` sets it when `SENTRY_EMAIL_HOST` is empty) and
//!   `console` send nothing; a Django backend path may be given, and
//!   `django_smtp_ssl.SSLEmailBackend` speaks TLS from the first byte.
//! * `mail.host` (default `127.0.0.1`; self-hosted's example: `smtp`, its
//!   bundled relay container), `mail.port` (default 25), `mail.username`,
//!   `mail.password`, `mail.from` (default `root@localhost`).
//! * `mail.use-tls`: STARTTLS (required); `mail.use-ssl`: TLS from the first
//!   byte; both default to false (clear text); both on, Django refuses.
//! * Environment: `SENTRY_EMAIL_HOST`, `SENTRY_EMAIL_PORT`,
//!   `SENTRY_EMAIL_USER` (Helm chart: `SENTRY_EMAIL_USERNAME`),
//!   `SENTRY_EMAIL_PASSWORD`, `SENTRY_EMAIL_USE_TLS`, `SENTRY_EMAIL_USE_SSL`,
//!   `SENTRY_SERVER_EMAIL` (Helm: `SENTRY_EMAIL_FROM`),
//!   `SENTRY_EMAIL_BACKEND`. How `SENTRY_EMAIL_USE_TLS` is read depends on
//!   the `sentry.conf.py`: the Helm chart parses it with `strtobool`, the old
//!   Docker image passes the raw string on (so even `False` switches
//!   STARTTLS on). The words are read as booleans here (`strtobool`).
//! * `system.internal-url-prefix` only marks the file as Sentry's.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, tls, words, Fix, Hooks, Key, Marker, Pairs, Profile,
    SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const YML_KEYS: &[Key] = &[
    k("mail.host", Host),
    k("mail.port", Port),
    k("mail.username", Username),
    k("mail.password", Password),
    k("mail.from", From),
    k("mail.use-tls", StartTls),
    k("mail.use-ssl", ImplicitTls),
    k("mail.backend", Transport),
];

const YML_MARKERS: &[Marker] = &[
    mark("mail.use-tls"),
    mark("mail.use-ssl"),
    mark("mail.backend"),
    mark("mail.list-namespace"),
    mark("mail.enable-replies"),
    mark("system.internal-url-prefix"),
    mark("system.secret-key"),
];

const YML_OTHER: Words = words![
    "mail.subject-prefix",
    "mail.list-namespace",
    "mail.enable-replies",
    "mail.reply-hostname",
    "mail.mailgun-api-key",
];

const ENV_KEYS: &[Key] = &[
    k("SENTRY_EMAIL_HOST", Host),
    k("SENTRY_EMAIL_PORT", Port),
    k("SENTRY_EMAIL_USER|SENTRY_EMAIL_USERNAME", Username),
    k("SENTRY_EMAIL_PASSWORD", Password),
    k("SENTRY_SERVER_EMAIL|SENTRY_EMAIL_FROM", From),
    k("SENTRY_EMAIL_USE_TLS", StartTls),
    k("SENTRY_EMAIL_USE_SSL", ImplicitTls),
    k("SENTRY_EMAIL_BACKEND", Transport),
];

const ENV_OTHER: Words = words![
    "SENTRY_EMAIL_LIST_NAMESPACE",
    "SENTRY_SMTP_HOSTNAME",
    "SENTRY_ENABLE_EMAIL_REPLIES",
    "SENTRY_MAILGUN_API_KEY",
];

const ENV_LEFTOVERS: Pairs = pairs![
    ("SENTRY_EMAIL_PASS", "SENTRY_EMAIL_PASSWORD"),
    ("SENTRY_EMAIL_TLS", "SENTRY_EMAIL_USE_TLS"),
    ("SENTRY_EMAIL_SSL", "SENTRY_EMAIL_USE_SSL"),
    ("SENTRY_SMTP_HOST", "SENTRY_EMAIL_HOST"),
    ("SENTRY_SMTP_PORT", "SENTRY_EMAIL_PORT"),
    ("SENTRY_MAIL_HOST", "SENTRY_EMAIL_HOST"),
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["dummy", "console", "locmem", "filebased"],
    local: words![],
    missing: None,
    off: None,
    name: "mail.backend",
};

const YML_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mail.port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mail.host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "mail.use-tls", SetVal::Bool(true)),
            set(ImplicitTls, "mail.use-ssl", SetVal::Bool(false)),
        ],
        "mail.use-tls: true and mail.use-ssl: false (with mail.backend: 'smtp')",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "mail.username and mail.password"),
    fix_text(W::TlsModern, &[], "a current Sentry release"),
    fix_text(W::Username, &[], "mail.username: '{value}'"),
    fix_text(W::Password, &[], "mail.password: '{value}'"),
    fix_text(W::From, &[], "mail.from: '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "Sentry has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SENTRY_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SENTRY_EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "SENTRY_EMAIL_USE_TLS", SetVal::Bool(true))],
        "SENTRY_EMAIL_USE_TLS=true (and no SENTRY_EMAIL_USE_SSL)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "SENTRY_EMAIL_USER and SENTRY_EMAIL_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Sentry release"),
    fix_text(W::Username, &[], "SENTRY_EMAIL_USER={value}"),
    fix_text(W::Password, &[], "SENTRY_EMAIL_PASSWORD={value}"),
    fix_text(W::From, &[], "SENTRY_SERVER_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Sentry has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// Django's two switches, plus the backend that is implicit TLS by itself.
fn reading(cfg: &Config) -> Tls {
    let mut t = tls::evaluate(cfg, cfg.dialect);
    let ssl_backend = cfg.get(Transport).filter(|f| {
        f.value
            .literal()
            .is_some_and(|v| v.to_ascii_lowercase().contains("sslemailbackend"))
    });
    if let Some(f) = ssl_backend {
        t.choose(Security::Implicit, Evidence::of(f));
        t.disabled = None;
    }
    t
}

const TLS: TlsModel = TlsModel {
    absent: "neither mail.use-tls nor mail.use-ssl is set (both default to false)",
    ..TlsModel::SWITCHES_PLAIN
};

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://develop.sentry.dev/self-hosted/email/ https://github.com/getsentry/self-hosted/blob/master/sentry/config.example.yml https://github.com/getsentry/sentry/blob/master/src/sentry/options/defaults.py";

pub static SENTRY_YML: Profile = Profile {
    id: "sentry",
    name: "Sentry mail.* options (config.yml, sentry.conf.py)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::PYTHON,
    keys: YML_KEYS,
    markers: YML_MARKERS,
    needs_marker: true,
    family: &["mail."],
    other_keys: YML_OTHER,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    host: Some("127.0.0.1"),
    switch: Some(SWITCH),
    fixes: YML_FIXES,
    sender_hint: "mail.from (default root@localhost)",
    hooks: Hooks {
        tls: Some(reading),
        ..Hooks::NONE
    },
    ..BASE
};

pub static SENTRY_ENV: Profile = Profile {
    id: "sentry-env",
    name: "Sentry SENTRY_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[],
    family: &["SENTRY_EMAIL_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "neither SENTRY_EMAIL_USE_TLS nor SENTRY_EMAIL_USE_SSL is set",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(Switch {
        name: "SENTRY_EMAIL_BACKEND",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "SENTRY_SERVER_EMAIL (Helm chart: SENTRY_EMAIL_FROM; default root@localhost)",
    hooks: Hooks {
        tls: Some(reading),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const YML: &str = "system.internal-url-prefix: 'https://sentry.acme.io'\nmail.backend: 'smtp'\nmail.host: 'smtp.postmarkapp.com'\nmail.port: 587\nmail.username: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nmail.password: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nmail.use-tls: true\nmail.use-ssl: false\nmail.from: 'sentry@acme.io'\n";

    #[test]
    fn config_yml_with_use_tls_is_starttls() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "sentry");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "sentry@acme.io");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn no_switch_is_clear_text_and_the_ssl_backend_is_implicit() {
        let (_, s, ids) = first(&YML.replace("mail.use-tls: true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("'smtp'\n", "'django_smtp_ssl.SSLEmailBackend'\n"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_dummy_backend_sends_nothing() {
        let (_, _, ids) = first(&YML.replace("'smtp'\n", "'dummy'\n"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn sentry_email_env() {
        let (client, s, ids) = first(
            "SENTRY_EMAIL_HOST=smtp.postmarkapp.com\nSENTRY_EMAIL_PORT=587\nSENTRY_EMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSENTRY_EMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSENTRY_EMAIL_USE_TLS=true\nSENTRY_SERVER_EMAIL=sentry@acme.io\n",
        );
        assert_eq!(client, "sentry-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "sentry@acme.io");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn another_apps_nested_mail_section_is_not_sentry() {
        let (client, _, _) =
            first("mail:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n");
        assert_ne!(client, "sentry");
    }
}
