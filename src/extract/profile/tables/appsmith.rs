//! Appsmith: the `APPSMITH_MAIL_*` variables of `docker.env` (also set
//! from the admin settings page, which writes the same file), handed to
//! Spring's `JavaMailSender` by the server's `application.properties`.
//!
//! Meaning (Appsmith's `app/server/appsmith-server/src/main/resources/
//! application.properties`, commit 013a984; JavaMail for what the
//! properties do, see `java_props.rs`):
//!
//! * `APPSMITH_MAIL_ENABLED` (default `false`) is the mail switch.
//! * `APPSMITH_MAIL_HOST`, `APPSMITH_MAIL_PORT` (empty: JavaMail's 25),
//!   `APPSMITH_MAIL_USERNAME`, `APPSMITH_MAIL_PASSWORD`.
//! * `APPSMITH_MAIL_SMTP_TLS_ENABLED` is `mail.smtp.starttls.enable`:
//!   STARTTLS when the server offers it; without it the session stays in
//!   clear text. Nothing maps to `mail.smtp.ssl.enable`, so Appsmith cannot
//!   speak TLS from the first byte: port 465 waits for a greeting.
//! * `APPSMITH_MAIL_SMTP_AUTH` is `mail.smtp.auth`: JavaMail logs in only
//!   when it is `true`, whatever the username and password.
//! * `APPSMITH_MAIL_FROM` is the From; `APPSMITH_REPLY_TO` the Reply-To.
//!
//! Appsmith's docs also name `APPSMITH_SMTP_AUTH_ENABLED`; the
//! configuration read here does not, so it is neither read nor reported.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("APPSMITH_MAIL_HOST", Host),
    k("APPSMITH_MAIL_PORT", Port),
    k("APPSMITH_MAIL_USERNAME", Username),
    k("APPSMITH_MAIL_PASSWORD", Password),
    k("APPSMITH_MAIL_FROM", From),
    k("APPSMITH_MAIL_SMTP_TLS_ENABLED", StartTls),
    k("APPSMITH_MAIL_SMTP_AUTH", Auth),
    k("APPSMITH_MAIL_ENABLED", Enabled),
];

const OTHER_KEYS: Words = words![
    "APPSMITH_REPLY_TO",
    "APPSMITH_MAIL_SUPPORT",
    "APPSMITH_SMTP_AUTH_ENABLED",
    "APPSMITH_EMAIL_REPLY_TO_ADDRESS",
];

const LEFTOVERS: Pairs = pairs![
    ("APPSMITH_MAIL_USER", "APPSMITH_MAIL_USERNAME"),
    (
        "APPSMITH_MAIL_TLS_ENABLED",
        "APPSMITH_MAIL_SMTP_TLS_ENABLED"
    ),
    (
        "APPSMITH_MAIL_SSL_ENABLED",
        "APPSMITH_MAIL_SMTP_TLS_ENABLED"
    ),
    ("APPSMITH_MAIL_SECURE", "APPSMITH_MAIL_SMTP_TLS_ENABLED"),
];

/// `mail.smtp.starttls.enable`: STARTTLS when offered, else clear text.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "APPSMITH_MAIL_SMTP_TLS_ENABLED is not set (JavaMail then stays in clear text)",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "APPSMITH_MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "APPSMITH_MAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            StartTls,
            "APPSMITH_MAIL_SMTP_TLS_ENABLED",
            SetVal::Bool(true),
        )],
        "APPSMITH_MAIL_SMTP_TLS_ENABLED=true",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[set(Auth, "APPSMITH_MAIL_SMTP_AUTH", SetVal::Bool(true))],
        "APPSMITH_MAIL_SMTP_AUTH=true",
    ),
    fix_text(W::TlsModern, &[], "a current Appsmith image (Java's TLS)"),
    fix(
        W::Username,
        &[set(Username, "APPSMITH_MAIL_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "APPSMITH_MAIL_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "APPSMITH_MAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Appsmith has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static APPSMITH: Profile = Profile {
    id: "appsmith-env",
    name: "Appsmith APPSMITH_MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.appsmith.com/getting-started/setup/instance-configuration/email https://github.com/appsmithorg/appsmith/blob/release/app/server/appsmith-server/src/main/resources/application.properties",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["APPSMITH_MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    auth_switch: Some("APPSMITH_MAIL_SMTP_AUTH=true"),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("no mail at all (APPSMITH_MAIL_ENABLED defaults to false)"),
        off: None,
        name: "APPSMITH_MAIL_ENABLED",
    }),
    fixes: FIXES,
    sender_hint: "APPSMITH_MAIL_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APPSMITH_MAIL_ENABLED=true\nAPPSMITH_MAIL_FROM=apps@acme.io\nAPPSMITH_REPLY_TO=apps@acme.io\nAPPSMITH_MAIL_HOST=smtp.postmarkapp.com\nAPPSMITH_MAIL_PORT=587\nAPPSMITH_MAIL_SMTP_TLS_ENABLED=true\nAPPSMITH_MAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAPPSMITH_MAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAPPSMITH_MAIL_SMTP_AUTH=true\n";

    #[test]
    fn tls_enabled_is_starttls_and_auth_is_a_switch() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "appsmith-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "apps@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("auth/not")), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("APPSMITH_MAIL_SMTP_AUTH=true\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn without_tls_it_stays_in_clear_and_off_by_default() {
        let (_, s, ids) = first(&ENV.replace("APPSMITH_MAIL_SMTP_TLS_ENABLED=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("APPSMITH_MAIL_ENABLED=true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
