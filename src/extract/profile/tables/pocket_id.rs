//! Pocket ID: the `SMTP_*` environment variables of its container
//! (compose, `.env`, Kubernetes, the NixOS module's `settings`).
//!
//! Meaning (pocket-id.org "Environment variables", and the code:
//! `backend/internal/appconfig/model.go` for the names and defaults,
//! `backend/internal/appconfig/service.go` for how the environment is
//! read, `backend/internal/email/module.go` — formerly
//! `backend/internal/service/email_service.go` — for the client):
//!
//! * The `SMTP_*` variables are application settings, read from the
//!   environment only with `UI_CONFIG_DISABLED=true` (`loadDbConfigFromEnv`).
//!   Without it, Pocket ID uses the settings saved in its admin UI
//!   (Application Configuration → Email) and ignores these variables.
//! * `SMTP_TLS` is one of `none` (the default: clear text, no STARTTLS),
//!   `starttls` (STARTTLS, required: `DialStartTLS` fails without it) or
//!   `tls` (TLS from the first byte). The words are checked as written
//!   (`oneof=none starttls tls`): any other value stops the start-up.
//! * `SMTP_PORT` has no default (empty): the host is dialled without a
//!   port.
//! * It logs in when `SMTP_USER` or `SMTP_PASSWORD` is non-empty (PLAIN,
//!   then LOGIN when PLAIN is not offered).
//! * `SMTP_SKIP_CERT_VERIFY=true` turns certificate verification off
//!   (validated as a Go boolean string).
//! * `SMTP_FROM` is the envelope sender and the From address.
//! * `SMTP_PASSWORD_FILE` names a file holding the password (sensitive
//!   settings only; `SMTP_PASSWORD` wins when both are set).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs,
    Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM", From),
    k("SMTP_TLS", Encryption),
    k("SMTP_SKIP_CERT_VERIFY", SkipVerify),
    k("UI_CONFIG_DISABLED", Enabled),
    k("SMTP_PASSWORD_FILE", CredentialsFile),
];

/// `SMTP_HOST`, `SMTP_TLS`… are everyone's names: Pocket ID's own.
const MARKERS: &[Marker] = &[
    mark("SMTP_SKIP_CERT_VERIFY"),
    mark("UI_CONFIG_DISABLED"),
    mark("EMAIL_LOGIN_NOTIFICATION_ENABLED"),
    mark("EMAIL_ONE_TIME_ACCESS_AS_ADMIN_ENABLED"),
    mark("EMAIL_ONE_TIME_ACCESS_AS_UNAUTHENTICATED_ENABLED"),
    mark("EMAIL_API_KEY_EXPIRATION_ENABLED"),
    mark_value("image", "pocket-id"),
];

const OTHER_KEYS: Words = words![
    "APP_URL",
    "PUBLIC_APP_URL",
    "TRUST_PROXY",
    "ENCRYPTION_KEY",
    "MAXMIND_LICENSE_KEY",
    "EMAILS_VERIFIED",
    "EMAIL_LOGIN_NOTIFICATION_ENABLED",
    "EMAIL_ONE_TIME_ACCESS_AS_ADMIN_ENABLED",
    "EMAIL_ONE_TIME_ACCESS_AS_UNAUTHENTICATED_ENABLED",
    "EMAIL_API_KEY_EXPIRATION_ENABLED",
    "EMAIL_VERIFICATION_ENABLED",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_SECURE", "SMTP_TLS"),
    ("SMTP_SECURITY", "SMTP_TLS"),
    ("SMTP_STARTTLS", "SMTP_TLS"),
    ("SMTP_FROM_EMAIL", "SMTP_FROM"),
    ("SMTP_SENDER", "SMTP_FROM"),
    ("SMTP_SERVER", "SMTP_HOST"),
];

/// `none` (default), `starttls` (required), `tls` (implicit).
const TLS: TlsModel = TlsModel {
    words: &[
        ("none", Sec::Plain),
        ("starttls", Sec::StartTls),
        ("tls", Sec::Implicit),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "SMTP_TLS is not set, and Pocket ID's default is none (clear text)",
};

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some(
        "the SMTP settings saved in its admin UI (it reads SMTP_* only with UI_CONFIG_DISABLED=true)",
    ),
    off: Some(
        "the SMTP settings saved in its admin UI (it reads SMTP_* only with UI_CONFIG_DISABLED=true)",
    ),
    name: "UI_CONFIG_DISABLED=true",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "SMTP_TLS", SetVal::Word("starttls"))],
        "SMTP_TLS=starttls with SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_SKIP_CERT_VERIFY=false"),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Pocket ID release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "SMTP_USER={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Pocket ID has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static POCKET_ID: Profile = Profile {
    id: "pocket-id",
    name: "Pocket ID SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pocket-id.org/docs/configuration/environment-variables https://github.com/pocket-id/pocket-id/blob/main/backend/internal/appconfig/model.go https://github.com/pocket-id/pocket-id/blob/main/backend/internal/email/module.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "SMTP_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "UI_CONFIG_DISABLED=true\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_FROM=id@acme.io\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_TLS=starttls\nSMTP_SKIP_CERT_VERIFY=false\n";

    #[test]
    fn the_three_tls_words() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "pocket-id");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "id@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_TLS=starttls", "SMTP_TLS=tls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_TLS=starttls", "SMTP_TLS=none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No SMTP_TLS: `none`.
        let (_, s, _) = first(&ENV.replace("SMTP_TLS=starttls\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_environment_is_read_only_with_the_ui_config_disabled() {
        let (client, _, ids) = first(&ENV.replace("UI_CONFIG_DISABLED=true\n", ""));
        assert_eq!(client, "pocket-id");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("DISABLED=true", "DISABLED=false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn compose_with_the_image_and_skip_verify() {
        let (client, _, ids) = first(
            "services:\n  pocket-id:\n    image: ghcr.io/pocket-id/pocket-id:v1\n    environment:\n      - UI_CONFIG_DISABLED=true\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_TLS=starttls\n      - SMTP_USER=u\n      - SMTP_PASSWORD=u\n      - SMTP_FROM=id@acme.io\n      - SMTP_SKIP_CERT_VERIFY=true\n",
        );
        assert_eq!(client, "pocket-id");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn plain_smtp_names_alone_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\nSMTP_TLS=tls\n",
        );
        assert_ne!(client, "pocket-id");
    }
}
