//! Redash: the `REDASH_MAIL_*` environment (`/opt/redash/env`, a compose
//! `environment:`, a Kubernetes `env:` list) and the same settings as the
//! contrib Helm chart's values (`redash.mailServer`, `redash.mailPort`…,
//! which the chart turns into those variables).
//!
//! Meaning (Redash "Setup" docs, Mail Configuration; the code:
//! `redash/settings/__init__.py` reads the variables into Flask-Mail's
//! `MAIL_*` settings, `redash/settings/helpers.py` has `parse_boolean`,
//! and Flask-Mail 0.9's `Connection.configure_host` opens the session):
//!
//! * `REDASH_MAIL_SERVER` defaults to `localhost`, `REDASH_MAIL_PORT` to 25.
//! * `REDASH_MAIL_USE_TLS` (default false) calls `starttls()` after the
//!   greeting: STARTTLS, required (smtplib fails when it is not offered).
//!   `REDASH_MAIL_USE_SSL` (default false) opens `smtplib.SMTP_SSL`:
//!   implicit TLS on the written port. With neither the mail goes in clear;
//!   with both Flask-Mail calls `starttls()` inside the TLS session, which
//!   fails (the docs: "Do not set both TLS and SSL to true").
//! * Both switches go through `parse_boolean`: `yes`, `true`, `on`, `1`
//!   (trimmed, any case) are true; `no`, `false`, `off`, `0`, `none` false;
//!   any other value raises `ValueError` and Redash does not start.
//! * It logs in only when both `REDASH_MAIL_USERNAME` and
//!   `REDASH_MAIL_PASSWORD` are set.
//! * `REDASH_MAIL_DEFAULT_SENDER` is the From, with no default: without it
//!   `email_server_is_configured()` is false and Redash shows invite and
//!   reset links instead of mailing them.
//!
//! The names are Redash's own (Flask-Mail's `MAIL_*` behind a `REDASH_`
//! prefix), so they need no other marker.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, set_if, set_near, syn, words, Fix, Key, Pairs, Profile, SetVal,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const ENV_KEYS: &[Key] = &[
    k("REDASH_MAIL_SERVER", Host),
    k("REDASH_MAIL_PORT", Port),
    k("REDASH_MAIL_USERNAME", Username),
    k("REDASH_MAIL_PASSWORD", Password),
    k("REDASH_MAIL_USE_TLS", StartTls),
    k("REDASH_MAIL_USE_SSL", ImplicitTls),
    k("REDASH_MAIL_DEFAULT_SENDER", From),
];

/// The contrib Helm chart's values (`templates/_helpers.tpl` maps each to
/// its variable).
const HELM_KEYS: &[Key] = &[
    k("redash.mailServer", Host),
    k("redash.mailPort", Port),
    k("redash.mailUsername", Username),
    k("redash.mailPassword", Password),
    k("redash.mailUseTls", StartTls),
    k("redash.mailUseSsl", ImplicitTls),
    k("redash.mailDefaultSender", From),
];

const ENV_OTHER: Words = words!["REDASH_MAIL_MAX_EMAILS", "REDASH_MAIL_ASCII_ATTACHMENTS"];
const HELM_OTHER: Words = words!["mailMaxEmails", "mailAsciiAttachments"];

/// Names Redash does not read, with the one it reads.
const ENV_LEFTOVERS: Pairs = pairs![
    ("REDASH_MAIL_HOST", "REDASH_MAIL_SERVER"),
    ("REDASH_MAIL_USER", "REDASH_MAIL_USERNAME"),
    ("REDASH_MAIL_PASS", "REDASH_MAIL_PASSWORD"),
    ("REDASH_MAIL_TLS", "REDASH_MAIL_USE_TLS"),
    ("REDASH_MAIL_USE_STARTTLS", "REDASH_MAIL_USE_TLS"),
    ("REDASH_MAIL_SSL", "REDASH_MAIL_USE_SSL"),
    ("REDASH_MAIL_FROM", "REDASH_MAIL_DEFAULT_SENDER"),
    ("REDASH_MAIL_SENDER", "REDASH_MAIL_DEFAULT_SENDER"),
    ("REDASH_MAIL_DEFAULT_FROM", "REDASH_MAIL_DEFAULT_SENDER"),
    // Flask-Mail's own names: Redash sets them from its variables only.
    ("MAIL_SERVER", "REDASH_MAIL_SERVER"),
    ("MAIL_PORT", "REDASH_MAIL_PORT"),
    ("MAIL_USE_TLS", "REDASH_MAIL_USE_TLS"),
    ("MAIL_USE_SSL", "REDASH_MAIL_USE_SSL"),
    ("MAIL_USERNAME", "REDASH_MAIL_USERNAME"),
    ("MAIL_PASSWORD", "REDASH_MAIL_PASSWORD"),
    ("MAIL_DEFAULT_SENDER", "REDASH_MAIL_DEFAULT_SENDER"),
];

const HELM_LEFTOVERS: Pairs = pairs![
    ("mailHost", "mailServer"),
    ("mailUser", "mailUsername"),
    ("mailUseTLS", "mailUseTls"),
    ("mailUseSSL", "mailUseSsl"),
    ("mailFrom", "mailDefaultSender"),
    ("mailSender", "mailDefaultSender"),
];

const TLS: TlsModel = TlsModel {
    absent: "no REDASH_MAIL_USE_TLS=true",
    ..TlsModel::SWITCHES_PLAIN
};

/// `parse_boolean`'s true words (anything outside both lists stops Redash).
const TRUTH: Truth = Truth::Only(words!["yes", "true", "on", "1"]);

const STREAM_FIX: Fix = fix_text(
    W::Stream,
    &[],
    "Redash has no stream setting: use a Server whose default stream is `{value}`",
);
const MODERN_FIX: Fix = fix_text(
    W::TlsModern,
    &[],
    "a current Redash image (its Python negotiates TLS 1.2+)",
);
const VERIFY_FIX: Fix = fix_text(
    W::VerifyOn,
    &[],
    "Redash verifies certificates itself: remove whatever turned the check off",
);

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "REDASH_MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "REDASH_MAIL_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "REDASH_MAIL_USE_SSL", SetVal::Bool(false)),
            set_near(
                StartTls,
                "REDASH_MAIL_USE_TLS",
                SetVal::Bool(true),
                ImplicitTls,
            ),
        ],
        "REDASH_MAIL_USE_TLS=true and REDASH_MAIL_USE_SSL=false",
    ),
    VERIFY_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "both REDASH_MAIL_USERNAME and REDASH_MAIL_PASSWORD",
    ),
    MODERN_FIX,
    fix(
        W::Username,
        &[set(Username, "REDASH_MAIL_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "REDASH_MAIL_PASSWORD", SetVal::Given)],
    ),
    fix(
        W::From,
        &[set(From, "REDASH_MAIL_DEFAULT_SENDER", SetVal::Given)],
    ),
    STREAM_FIX,
];

const HELM_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "mailPort: \"{port}\" under redash:"),
    fix_text(W::Host, &[], "mailServer: {value} under redash:"),
    fix_text(
        W::StartTls,
        &[],
        "mailUseTls: \"true\" and mailUseSsl: \"false\" under redash:",
    ),
    VERIFY_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "both mailUsername and mailPassword under redash:",
    ),
    MODERN_FIX,
    fix_text(W::Username, &[], "mailUsername: {value} under redash:"),
    fix_text(W::Password, &[], "mailPassword: {value} under redash:"),
    fix_text(W::From, &[], "mailDefaultSender: {value} under redash:"),
    STREAM_FIX,
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://redash.io/help/open-source/setup/#Mail-Configuration https://github.com/getredash/redash/blob/master/redash/settings/__init__.py https://github.com/getredash/redash/blob/master/redash/settings/helpers.py https://github.com/getredash/contrib-helm-chart/blob/master/values.yaml";

pub static REDASH: Profile = Profile {
    id: "redash",
    name: "Redash REDASH_MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["REDASH_MAIL_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    truth: TRUTH,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: ENV_FIXES,
    sender_hint: "REDASH_MAIL_DEFAULT_SENDER (no default: without it Redash does not mail invites or password resets)",
    ..BASE
};

pub static REDASH_HELM: Profile = Profile {
    id: "redash-helm",
    name: "Redash Helm chart values (redash.mail*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON,
    keys: HELM_KEYS,
    family: &[".redash.mail"],
    other_keys: HELM_OTHER,
    leftovers: HELM_LEFTOVERS,
    truth: TRUTH,
    tls: TlsModel {
        absent: "no mailUseTls: \"true\"",
        ..TLS
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: HELM_FIXES,
    sender_hint: "mailDefaultSender under redash: (no default: without it Redash does not mail invites or password resets)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "REDASH_HOST=https://redash.acme.io\nREDASH_MAIL_SERVER=smtp.postmarkapp.com\nREDASH_MAIL_PORT=587\nREDASH_MAIL_USE_TLS=true\nREDASH_MAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nREDASH_MAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nREDASH_MAIL_DEFAULT_SENDER=redash@acme.io\n";

    #[test]
    fn use_tls_is_required_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "redash");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "redash@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn neither_switch_is_clear_text_and_both_conflict() {
        let (_, s, ids) = first(&ENV.replace("REDASH_MAIL_USE_TLS=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // parse_boolean: `on` is true, and so is `YES`.
        let (_, s, _) = first(&ENV.replace("USE_TLS=true", "USE_TLS=on"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ENV}REDASH_MAIL_USE_SSL=YES\n"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?} {s:?}");
        let (_, s, ids) = first(
            &ENV.replace("USE_TLS=true", "USE_SSL=true")
                .replace("PORT=587", "PORT=465"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn defaults_and_unread_names() {
        let (client, s, ids) = first(
            "REDASH_MAIL_SERVER=smtp.postmarkapp.com\nREDASH_MAIL_USE_TLS=true\nREDASH_MAIL_USERNAME=u\nREDASH_MAIL_PASSWORD=u\nREDASH_MAIL_FROM=redash@acme.io\n",
        );
        assert_eq!(client, "redash");
        assert_eq!(s["port"], serde_json::Value::Null);
        // Port 25 when unwritten, which Postmark does not take for granted.
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn helm_values() {
        let (client, s, ids) = first(
            "redash:\n  secretKey: abc\n  mailServer: \"smtp.postmarkapp.com\"\n  mailPort: \"587\"\n  mailUseTls: \"true\"\n  mailUsername: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  mailPassword: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  mailDefaultSender: \"redash@acme.io\"\n",
        );
        assert_eq!(client, "redash-helm");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "redash@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn flask_mail_names_are_not_redash() {
        let (client, _, _) = first(
            "MAIL_SERVER=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USE_TLS=true\nMAIL_DEFAULT_SENDER=a@acme.io\n",
        );
        assert_ne!(client, "redash");
    }
}
