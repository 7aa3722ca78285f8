//! Apache Airflow: the `[smtp]` section of `airflow.cfg`, the same keys as
//! `AIRFLOW__SMTP__*` environment variables, and the Helm chart's
//! `config: smtp:` values, used by `airflow.utils.email.send_email_smtp`
//! (the default `[email] email_backend`).
//!
//! Meaning (airflow.apache.org "Email Configuration" and the `[smtp]`
//! configuration reference; `airflow/utils/email.py` `send_mime_email`,
//! `airflow/configuration.py` `getboolean`):
//!
//! * `smtp_ssl` (default `False`) opens `smtplib.SMTP_SSL`: TLS from the
//!   first byte. `smtp_starttls` (default **`True`**) then calls
//!   `starttls()`, which raises when the server does not offer it (required
//!   STARTTLS). Both on: `starttls()` on an SMTPS session fails.
//! * `smtp_port` defaults to 25 (also with `smtp_ssl`), `smtp_host` to
//!   `localhost`, `smtp_mail_from` to `airflow@example.com` (the From).
//! * Credentials come from the `smtp_default` connection when it has both;
//!   otherwise from `smtp_user`/`smtp_password` (deprecated), and login
//!   happens only when both are set.
//! * Booleans: Airflow's `getboolean` accepts `t`/`true`/`1` and
//!   `f`/`false`/`0` (any case) and raises on anything else. In `airflow.cfg`
//!   configparser keeps quotes, so `smtp_starttls = "True"` raises (read here
//!   as not true: no STARTTLS happens); in environment variables, compose
//!   files and Helm values the quotes are the YAML's/shell's and vanish.
//! * `[email] email_backend` chooses the sender; another backend (SendGrid,
//!   SES) ignores `[smtp]`.

use crate::extract::profile::{
    fix_text, k, pairs, syn, words, Fix, Key, Pairs, Profile, Switch, TlsModel, Truth, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const CFG_KEYS: &[Key] = &[
    k("smtp.smtp_host", Host),
    k("smtp.smtp_port", Port),
    k("smtp.smtp_user", Username),
    k("smtp.smtp_password", Password),
    k("smtp.smtp_starttls", StartTls),
    k("smtp.smtp_ssl", ImplicitTls),
    k("smtp.smtp_mail_from", From),
    k("email.email_backend", Transport),
];

const ENV_KEYS: &[Key] = &[
    k("AIRFLOW__SMTP__SMTP_HOST", Host),
    k("AIRFLOW__SMTP__SMTP_PORT", Port),
    k("AIRFLOW__SMTP__SMTP_USER", Username),
    k("AIRFLOW__SMTP__SMTP_PASSWORD", Password),
    k("AIRFLOW__SMTP__SMTP_STARTTLS", StartTls),
    k("AIRFLOW__SMTP__SMTP_SSL", ImplicitTls),
    k("AIRFLOW__SMTP__SMTP_MAIL_FROM", From),
    k("AIRFLOW__EMAIL__EMAIL_BACKEND", Transport),
];

const CFG_OTHER: Words = words!["smtp_timeout", "smtp_retry_limit"];
const ENV_OTHER: Words = words![
    "AIRFLOW__SMTP__SMTP_TIMEOUT",
    "AIRFLOW__SMTP__SMTP_RETRY_LIMIT",
    "AIRFLOW__SMTP__SMTP_PASSWORD_CMD",
    "AIRFLOW__SMTP__SMTP_PASSWORD_SECRET",
    "AIRFLOW__EMAIL__EMAIL_CONN_ID",
    "AIRFLOW__EMAIL__FROM_EMAIL",
    "AIRFLOW__EMAIL__DEFAULT_EMAIL_ON_RETRY",
    "AIRFLOW__EMAIL__DEFAULT_EMAIL_ON_FAILURE",
    "AIRFLOW__EMAIL__SSL_CONTEXT",
];

const CFG_LEFTOVERS: Pairs = pairs![
    ("smtp_tls", "smtp_starttls"),
    ("smtp_use_tls", "smtp_starttls"),
    ("smtp_username", "smtp_user"),
    ("smtp_from", "smtp_mail_from"),
];
const ENV_LEFTOVERS: Pairs = pairs![
    ("AIRFLOW__SMTP__SMTP_TLS", "AIRFLOW__SMTP__SMTP_STARTTLS"),
    ("AIRFLOW__SMTP__SMTP_USERNAME", "AIRFLOW__SMTP__SMTP_USER"),
    ("AIRFLOW__SMTP__SMTP_FROM", "AIRFLOW__SMTP__SMTP_MAIL_FROM"),
];

const TLS: TlsModel = TlsModel::SWITCHES_STARTTLS;

const SWITCH: Switch = Switch {
    smtp: words!["send_email_smtp"],
    no_mail: words![],
    local: words![],
    missing: None,
    off: None,
    name: "email_backend in [email]",
};

const CFG_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port = {port} in [smtp]"),
    fix_text(W::Host, &[], "smtp_host = {value} in [smtp]"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_starttls = True and smtp_ssl = False in [smtp] (no quotes)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "ssl_context = default in [email]",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "the login and password of the smtp_default connection (or smtp_user and smtp_password in [smtp])",
    ),
    fix_text(W::TlsModern, &[], "a current Airflow and Python release"),
    fix_text(W::Username, &[], "login {value} on the smtp_default connection"),
    fix_text(W::Password, &[], "password {value} on the smtp_default connection"),
    fix_text(W::From, &[], "smtp_mail_from = {value} in [smtp]"),
    fix_text(
        W::Stream,
        &[],
        "Airflow has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "AIRFLOW__SMTP__SMTP_PORT={port}"),
    fix_text(W::Host, &[], "AIRFLOW__SMTP__SMTP_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "AIRFLOW__SMTP__SMTP_STARTTLS=True and AIRFLOW__SMTP__SMTP_SSL=False",
    ),
    fix_text(W::VerifyOn, &[], "AIRFLOW__EMAIL__SSL_CONTEXT=default"),
    fix_text(
        W::AuthOn,
        &[],
        "the login and password of the smtp_default connection (or AIRFLOW__SMTP__SMTP_USER and AIRFLOW__SMTP__SMTP_PASSWORD)",
    ),
    fix_text(W::TlsModern, &[], "a current Airflow and Python release"),
    fix_text(W::Username, &[], "AIRFLOW__SMTP__SMTP_USER={value}"),
    fix_text(W::Password, &[], "AIRFLOW__SMTP__SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "AIRFLOW__SMTP__SMTP_MAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Airflow has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://airflow.apache.org/docs/apache-airflow/stable/howto/email-config.html https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#smtp https://github.com/apache/airflow/blob/main/airflow/utils/email.py";

/// Airflow's `getboolean` words (anything else raises).
const TRUTH: Truth = Truth::Only(words!["t", "true", "1"]);

pub static AIRFLOW_CFG: Profile = Profile {
    id: "airflow-cfg",
    name: "Airflow airflow.cfg [smtp]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    // A `[smtp]` section of quoted values reads as TOML too; Airflow reads
    // it with configparser all the same.
    syntaxes: syn::INI | syn::TOML,
    keys: CFG_KEYS,
    other_keys: CFG_OTHER,
    leftovers: CFG_LEFTOVERS,
    truth: TRUTH,
    // configparser keeps quotes: `smtp_starttls = "True"` is not `True`.
    quotes_literal: true,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: CFG_FIXES,
    sender_hint: "smtp_mail_from in [smtp] (default airflow@example.com)",
    ..BASE
};

/// The Helm chart's `config: smtp:` values (YAML: its quotes are YAML's).
pub static AIRFLOW_HELM: Profile = Profile {
    id: "airflow-helm",
    name: "Airflow Helm chart config.smtp",
    syntaxes: syn::YAML,
    quotes_literal: false,
    ..AIRFLOW_CFG
};

pub static AIRFLOW_ENV: Profile = Profile {
    id: "airflow-env",
    name: "Airflow AIRFLOW__SMTP__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["AIRFLOW__SMTP__"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    truth: TRUTH,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        name: "AIRFLOW__EMAIL__EMAIL_BACKEND",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "AIRFLOW__SMTP__SMTP_MAIL_FROM (default airflow@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn starttls_is_on_by_default() {
        let (client, s, ids) = first(
            "[smtp]\nsmtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_user = u\nsmtp_password = u\nsmtp_mail_from = a@acme.io\n",
        );
        assert_eq!(client, "airflow-cfg");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "a@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn quoted_boolean_in_the_cfg_is_not_true_but_is_in_the_environment() {
        let (_, s, _) = first(
            "[smtp]\nsmtp_host = smtp.postmarkapp.com\nsmtp_starttls = \"True\"\nsmtp_port = 587\n",
        );
        assert_eq!(s["security"], "none");
        let (client, s, _) = first(
            "AIRFLOW__SMTP__SMTP_HOST=smtp.postmarkapp.com\nAIRFLOW__SMTP__SMTP_PORT=587\nAIRFLOW__SMTP__SMTP_STARTTLS=\"True\"\n",
        );
        assert_eq!(client, "airflow-env");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn ssl_is_implicit_and_false_starttls_is_clear() {
        let (_, s, ids) = first(
            "AIRFLOW__SMTP__SMTP_HOST=smtp.postmarkapp.com\nAIRFLOW__SMTP__SMTP_PORT=465\nAIRFLOW__SMTP__SMTP_SSL=True\nAIRFLOW__SMTP__SMTP_STARTTLS=False\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(
            "[smtp]\nsmtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_starttls = False\n",
        );
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn helm_values() {
        let (client, s, _) = first(
            "config:\n  smtp:\n    smtp_host: smtp.postmarkapp.com\n    smtp_port: 587\n    smtp_starttls: \"True\"\n    smtp_mail_from: a@acme.io\n",
        );
        assert_eq!(client, "airflow-helm");
        assert_eq!(s["security"], "starttls");
    }
}
