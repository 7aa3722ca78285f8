//! InvenTree: the `INVENTREE_EMAIL_*` environment variables (`.env` for
//! Docker Compose, Kubernetes, a NixOS `env` set) and the `email:` section
//! of `config.yaml`, read into Django's SMTP `EmailBackend`.
//!
//! Meaning (docs.inventree.org "Configuration: Email settings", and the
//! code: `src/backend/InvenTree/InvenTree/settings.py` for the reading,
//! `InvenTree/config.py` for `get_setting`/`is_true`,
//! `config_template.yaml` for the file):
//!
//! * Each setting is the environment variable if set, else the
//!   `config.yaml` key, else the default: `INVENTREE_EMAIL_HOST` /
//!   `email.host` (default empty), `_PORT` / `port` (default 25),
//!   `_USERNAME` / `username`, `_PASSWORD` / `password`.
//! * `_TLS` / `tls` is Django's `EMAIL_USE_TLS` (STARTTLS, required) and
//!   `_SSL` / `ssl` its `EMAIL_USE_SSL` (implicit TLS); both default to
//!   false, so the session stays in **clear text** unless one is on, and
//!   both on is Django's `ValueError`. They go through `is_true`: only
//!   `1`, `y`, `yes`, `t`, `true`, `on` (any case, trimmed) are on.
//!   Releases before `get_boolean_setting` (0.7 and earlier) handed the
//!   raw value to Django, where the string `False` from an environment
//!   variable counted as on.
//! * `_SENDER` / `sender` is the From (`DEFAULT_FROM_EMAIL`); when empty
//!   InvenTree uses the username instead.
//! * `_BACKEND` / `backend` picks the Django backend (default
//!   `django.core.mail.backends.smtp.EmailBackend`; newer releases wrap
//!   it in a logging backend but still send through this one); the
//!   console, file, locmem and dummy backends send nothing, `anymail.*`
//!   an API.
//!
//! The environment names are InvenTree's own; the `email:` section's are
//! not (`email.host` is any app's), so `config.yaml` is recognised by
//! InvenTree's other top-level keys (`plugins_enabled`, `login_confirm_days`,
//! `base_currency`…) or `email.prefix`.

use super::django;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Marker, Profile, SetVal, Switch,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const ENV_KEYS: &[Key] = &[
    k("INVENTREE_EMAIL_HOST", Host),
    k("INVENTREE_EMAIL_PORT", Port),
    k("INVENTREE_EMAIL_USERNAME", Username),
    k("INVENTREE_EMAIL_PASSWORD", Password),
    k("INVENTREE_EMAIL_TLS", StartTls),
    k("INVENTREE_EMAIL_SSL", ImplicitTls),
    k("INVENTREE_EMAIL_SENDER", From),
    k("INVENTREE_EMAIL_BACKEND", Transport),
];

const FILE_KEYS: &[Key] = &[
    k("email.host", Host),
    k("email.port", Port),
    k("email.username", Username),
    k("email.password", Password),
    k("email.tls", StartTls),
    k("email.ssl", ImplicitTls),
    k("email.sender", From),
    k("email.backend", Transport),
];

/// InvenTree's own top-level `config.yaml` keys.
const FILE_MARKERS: &[Marker] = &[
    mark("email.prefix"),
    mark("plugins_enabled"),
    mark("login_confirm_days"),
    mark("login_default_protocol"),
    mark("remote_login_enabled"),
    mark("base_currency"),
    mark("backup_storage"),
    mark("sentry_enabled"),
];

/// `is_true`: these words (any case) are on, anything else off.
const TRUTH: Truth = Truth::Only(words!["1", "y", "yes", "t", "true", "on"]);

const TLS: TlsModel = TlsModel {
    absent: "neither TLS nor SSL is switched on (both default to False)",
    ..TlsModel::SWITCHES_PLAIN
};

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "INVENTREE_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "INVENTREE_EMAIL_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set(StartTls, "INVENTREE_EMAIL_TLS", SetVal::Lit("True")),
            set(ImplicitTls, "INVENTREE_EMAIL_SSL", SetVal::Lit("False")),
        ],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the SMTP server",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "INVENTREE_EMAIL_USERNAME and INVENTREE_EMAIL_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current InvenTree image (Python's ssl with TLS 1.2+)",
    ),
    fix(
        W::Username,
        &[set(Username, "INVENTREE_EMAIL_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "INVENTREE_EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(
        W::From,
        &[set(From, "INVENTREE_EMAIL_SENDER", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "InvenTree has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const FILE_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under email:"),
    fix_text(W::Host, &[], "host: {value} under email:"),
    fix_text(W::StartTls, &[], "tls: True and ssl: False under email:"),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the SMTP server",
    ),
    fix_text(W::AuthOn, &[], "username and password under email:"),
    fix_text(
        W::TlsModern,
        &[],
        "a current InvenTree release (Python's ssl with TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} under email:"),
    fix_text(W::Password, &[], "password: {value} under email:"),
    fix_text(W::From, &[], "sender: {value} under email:"),
    fix_text(
        W::Stream,
        &[],
        "InvenTree has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const SWITCH: Switch = Switch {
    name: "INVENTREE_EMAIL_BACKEND",
    ..django::SWITCH
};

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.inventree.org/en/stable/start/config/#email-settings https://github.com/inventree/InvenTree/blob/master/src/backend/InvenTree/InvenTree/settings.py https://github.com/inventree/InvenTree/blob/master/src/backend/InvenTree/InvenTree/config.py";

pub static INVENTREE_ENV: Profile = Profile {
    id: "inventree-env",
    name: "InvenTree INVENTREE_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["INVENTREE_EMAIL_"],
    other_keys: words!["INVENTREE_EMAIL_PREFIX", "INVENTREE_ANYMAIL"],
    leftovers: pairs![
        ("INVENTREE_EMAIL_USER", "INVENTREE_EMAIL_USERNAME"),
        ("INVENTREE_EMAIL_FROM", "INVENTREE_EMAIL_SENDER"),
        ("INVENTREE_EMAIL_USE_TLS", "INVENTREE_EMAIL_TLS"),
        ("INVENTREE_EMAIL_USE_SSL", "INVENTREE_EMAIL_SSL"),
        ("INVENTREE_EMAIL_HOST_USER", "INVENTREE_EMAIL_USERNAME"),
        ("INVENTREE_EMAIL_HOST_PASSWORD", "INVENTREE_EMAIL_PASSWORD"),
    ],
    case_sensitive: true,
    truth: TRUTH,
    tls: TLS,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: ENV_FIXES,
    sender_hint: "INVENTREE_EMAIL_SENDER (else the username is used)",
    ..BASE
};

pub static INVENTREE_FILE: Profile = Profile {
    id: "inventree-config",
    name: "InvenTree config.yaml email:",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: words!["email.prefix"],
    leftovers: pairs![
        ("email.user", "username"),
        ("email.from", "sender"),
        ("email.use_tls", "tls"),
        ("email.use_ssl", "ssl"),
    ],
    truth: TRUTH,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        name: "backend under email:",
        ..django::SWITCH
    }),
    fixes: FILE_FIXES,
    sender_hint: "sender under email: (else the username is used)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "INVENTREE_DB_ENGINE=postgresql\nINVENTREE_EMAIL_HOST=smtp.postmarkapp.com\nINVENTREE_EMAIL_PORT=587\nINVENTREE_EMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nINVENTREE_EMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nINVENTREE_EMAIL_TLS=True\nINVENTREE_EMAIL_SSL=False\nINVENTREE_EMAIL_SENDER=parts@acme.io\n";

    #[test]
    fn the_env_names_with_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "inventree-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "parts@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    /// Both default to False: clear text; `is_true` reads `on`/`y` as on.
    #[test]
    fn no_switch_is_clear_text_and_is_true_words() {
        let (_, s, ids) = first(&ENV.replace("INVENTREE_EMAIL_TLS=True\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("TLS=True", "TLS=on"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&ENV.replace("SSL=False", "SSL=y"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?} {s}");
    }

    #[test]
    fn config_yaml_email_section() {
        let yaml = "base_currency: USD\nemail:\n  host: 'smtp.postmarkapp.com'\n  port: 465\n  username: 'u'\n  password: 'u'\n  sender: 'parts@acme.io'\n  tls: False\n  ssl: True\nplugins_enabled: False\n";
        let (client, s, ids) = first(yaml);
        assert_eq!(client, "inventree-config");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // Another app's `email:` section is not InvenTree's.
        let (client, _, _) = first(
            "email:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n",
        );
        assert_ne!(client, "inventree-config");
    }

    #[test]
    fn the_console_backend_sends_nothing() {
        let (_, _, ids) = first(&format!(
            "{ENV}INVENTREE_EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend\n"
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
