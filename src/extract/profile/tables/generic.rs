//! Inference for apps no table knows (see [`crate::extract::profile::generic`]):
//! any key-value text, and the environment blocks of container formats
//! (named after the format when no application is recognised). "Label:
//! value" notes are read by `label_value`.
//!
//! Without a known client there is no known default port, and a TLS word
//! is read only where its meaning is not in doubt: `ssl`/`smtps` start TLS
//! on the first byte, `tls`/`starttls` use STARTTLS, `*_SECURE=true` is
//! nodemailer's `secure`, `*_USE_TLS=true` Django's and Flask's STARTTLS;
//! `SMTP_TLS=true` could be either, so it stays unknown.

use crate::extract::profile::{syn, words, Both, Profile, Sec, Switch, TlsModel, BASE};
use crate::extract::read::sniff::Container;

const WORDS: &[(&str, Sec)] = &[
    ("ssl", Sec::Implicit),
    ("smtps", Sec::Implicit),
    ("implicit", Sec::Implicit),
    ("ssl/tls", Sec::Implicit),
    ("tls", Sec::StartTls),
    ("starttls", Sec::StartTls),
    ("start_tls", Sec::StartTls),
    // lettre's `Tls` kinds, as apps pass them on (AppFlowy's `*_TLS_KIND`).
    ("wrapper", Sec::Implicit),
    ("required", Sec::StartTls),
    ("opportunistic", Sec::StartTls),
    ("none", Sec::Plain),
    ("off", Sec::Plain),
    ("plain", Sec::Plain),
    ("", Sec::Ignored),
];

pub(super) const INFER_TLS: TlsModel = TlsModel {
    words: WORDS,
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Ignored,
    implicit_ports: &[],
    default: Sec::Ignored,
    both: Both::Conflict,
    absent: "",
};

/// An app's own mail switch (`SMTP_ENABLED=false`, `smtp: {enabled: false}`,
/// see `generic::mail_switch`): off, the app sends no mail with these
/// settings; and its transport name (`MAIL_TYPE=smtp`, `EMAIL_PROVIDER`,
/// see `generic::mail_transport`): another name than `smtp` sends without
/// them.
const SWITCH: Switch = Switch {
    // `EMAIL_PROVIDER=nodemailer` (Postiz): the SMTP library by name.
    smtp: words!["smtp", "smtps", "nodemailer"],
    no_mail: words![
        "log", "console", "file", "memory", "array", "dummy", "locmem", "null", "none", "disabled"
    ],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "the app's mail switch (or transport)",
};

/// A credentials store an app names for the password (a Helm chart's
/// `smtpExistingSecret`: Bitnami's charts ignore `smtpPassword` once it is
/// set; `SMTP_PASSWORD_FILE`, `password_command`) replaces a literal
/// password written beside it; the username stays the app's own setting.
const STORE_REPLACES: &[crate::model::Role] = &[crate::model::Role::Password];

pub static GENERIC: Profile = Profile {
    id: "generic",
    name: "key = value settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "(no client: key names and value shapes)",
    syntaxes: syn::ANY & !syn::PROSE,
    tls: INFER_TLS,
    infer: true,
    switch: Some(SWITCH),
    store_replaces: STORE_REPLACES,
    ..BASE
};

pub static DOCKER_COMPOSE: Profile = Profile {
    id: "docker-compose",
    name: "docker-compose environment",
    container: Some(Container::DockerCompose),
    syntaxes: syn::YAML | syn::ENV,
    ..GENERIC_BASE
};

pub static DOCKERFILE: Profile = Profile {
    id: "dockerfile",
    name: "Dockerfile ENV",
    container: Some(Container::Dockerfile),
    syntaxes: syn::ENV,
    ..GENERIC_BASE
};

pub static GITHUB_ACTIONS_ENV: Profile = Profile {
    id: "github-actions",
    name: "GitHub Actions workflow",
    container: Some(Container::GithubActions),
    syntaxes: syn::YAML | syn::ENV,
    ..GENERIC_BASE
};

const GENERIC_BASE: Profile = Profile {
    #[cfg(not(target_arch = "wasm32"))]
    docs: "(no client: the application's own variable names, read by their words)",
    sender_hint: "the sender variable the application reads (often SMTP_FROM or MAIL_FROM)",
    tls: INFER_TLS,
    infer: true,
    switch: Some(SWITCH),
    store_replaces: STORE_REPLACES,
    ..BASE
};
