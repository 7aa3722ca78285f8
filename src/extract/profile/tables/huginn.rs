//! Huginn: the `SMTP_*` variables of its `.env` (and Docker environment),
//! turned into ActionMailer's `smtp_settings` by
//! `config/initializers/action_mailer.rb`.
//!
//! Meaning (Huginn's `.env.example`, `config/initializers/action_mailer.rb`,
//! `config/environments/production.rb`, `app/mailers/system_mailer.rb`;
//! the `mail` gem for what the settings do, see `mail_gem.rs`):
//!
//! * `SMTP_SERVER` (default `smtp.gmail.com`), `SMTP_PORT` (default 587).
//! * `SMTP_SSL` and `SMTP_ENABLE_STARTTLS_AUTO` are compared with the exact
//!   text `true` (anything else is off). `SMTP_SSL=true` sets `tls: true`:
//!   TLS from the first byte. Otherwise `SMTP_ENABLE_STARTTLS_AUTO=true`
//!   sets `enable_starttls: true`, despite the name STARTTLS *required*.
//!   With neither, the gem's default applies: STARTTLS when offered. Both
//!   true: `SMTP_SSL` wins (the initializer's `elsif`).
//! * It logs in only when `SMTP_USER_NAME` is set and
//!   `SMTP_AUTHENTICATION` (default `plain`) is not `none`.
//! * `SMTP_OPENSSL_VERIFY_MODE=none` turns certificate checks off.
//! * `SMTP_DELIVERY_METHOD` (production only, default `smtp`): `sendmail`
//!   ignores the rest.
//! * `EMAIL_FROM_ADDRESS` is the From of system mail (default
//!   `you@example.com`); `SMTP_DOMAIN` is only the HELO name.

use crate::extract::profile::{
    beside, fix, fix_text, k, mark, mark_value, pairs, set, shared, syn, words, Both, Fix, Key,
    Marker, Pairs, Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER_NAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SSL", ImplicitTls),
    k("SMTP_ENABLE_STARTTLS_AUTO", StartTls),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_DELIVERY_METHOD", Transport),
    k("EMAIL_FROM_ADDRESS", From),
];

/// Names only Huginn's `.env` has (Mastodon's also say `SMTP_SERVER`).
const MARKERS: &[Marker] = &[
    mark("SEND_EMAIL_IN_DEVELOPMENT"),
    // ActionMailer's `user_name` as other Rails apps name it too
    // (Plausible's `SMTP_USER_NAME` beside `SMTP_HOST_ADDR`): Huginn's
    // beside its `SMTP_SERVER`.
    beside(mark("SMTP_USER_NAME"), "SMTP_SERVER"),
    shared(mark("SMTP_DELIVERY_METHOD")),
    mark("EMAIL_FROM_ADDRESS"),
    mark_value("*", "huginn"),
];

const OTHER_KEYS: Words = words![
    "SMTP_DOMAIN",
    "SMTP_OPENSSL_CA_PATH",
    "SMTP_OPENSSL_CA_FILE",
    "SMTP_READ_TIMEOUT",
    "SMTP_OPEN_TIMEOUT",
    "SEND_EMAIL_IN_DEVELOPMENT",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USERNAME", "SMTP_USER_NAME"),
    ("SMTP_LOGIN", "SMTP_USER_NAME"),
    ("SMTP_ADDRESS", "SMTP_SERVER"),
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_TLS", "SMTP_SSL"),
    ("SMTP_ENABLE_STARTTLS", "SMTP_ENABLE_STARTTLS_AUTO"),
    ("SMTP_FROM_ADDRESS", "EMAIL_FROM_ADDRESS"),
];

const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "SMTP_SSL", SetVal::Bool(false)),
            set(StartTls, "SMTP_ENABLE_STARTTLS_AUTO", SetVal::Bool(true)),
        ],
        "SMTP_SSL=false and SMTP_ENABLE_STARTTLS_AUTO=true",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_OPENSSL_VERIFY_MODE=peer"),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP_USER_NAME and SMTP_PASSWORD, with SMTP_AUTHENTICATION=plain",
    ),
    fix_text(W::TlsModern, &[], "a current Huginn image (Ruby's OpenSSL)"),
    fix(
        W::Username,
        &[set(Username, "SMTP_USER_NAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Huginn has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HUGINN: Profile = Profile {
    id: "huginn-env",
    name: "Huginn SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/huginn/huginn/blob/master/.env.example https://github.com/huginn/huginn/blob/master/config/initializers/action_mailer.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `ENV['SMTP_SSL'] == 'true'`: only that text is on.
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    host: Some("smtp.gmail.com"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["test", "file"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "SMTP_DELIVERY_METHOD",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM_ADDRESS (default you@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn actionmailers_user_name_beside_another_host_name_is_not_huginns() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER_NAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "huginn-env");
    }

    const ENV: &str = "SMTP_DOMAIN=acme.io\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_ENABLE_STARTTLS_AUTO=true\nSMTP_SSL=false\nSMTP_AUTHENTICATION=plain\nSMTP_USER_NAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSEND_EMAIL_IN_DEVELOPMENT=false\nEMAIL_FROM_ADDRESS=huginn@acme.io\n";

    #[test]
    fn starttls_auto_true_is_required_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "huginn-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "huginn@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn ssl_true_is_implicit_and_wins() {
        let (_, s, ids) = first(&ENV.replace("SMTP_SSL=false", "SMTP_SSL=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn mastodon_env_stays_mastodon() {
        let (client, _, _) = first(
            "LOCAL_DOMAIN=social.acme.io\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=u\nSMTP_PASSWORD=u\nSMTP_FROM_ADDRESS=notifications@acme.io\n",
        );
        assert_ne!(client, "huginn-env");
    }
}
