//! BigBlueButton Greenlight 3: the `SMTP_*` variables of its `.env`, read
//! in `config/environments/production.rb` into ActionMailer's
//! `smtp_settings`.
//!
//! Meaning (docs.bigbluebutton.org "Greenlight v3 — install", section
//! SMTP; the code, `config/environments/production.rb` in
//! bigbluebutton/greenlight):
//!
//! * Mail is sent only when `SMTP_SERVER` is set (else
//!   `perform_deliveries = false`); `SMTP_PORT` and `SMTP_DOMAIN` are then
//!   required.
//! * `SMTP_STARTTLS_AUTO`, `SMTP_STARTTLS` and `SMTP_TLS` are cast by
//!   `ActiveModel::Type::Boolean` (`false`, `f`, `0`, `off` and their
//!   capitals are false, any other word true) and handed to the `mail` gem
//!   as `enable_starttls_auto` (STARTTLS when offered; the gem's default
//!   when unset), `enable_starttls` (STARTTLS required) and `tls` (TLS from
//!   the first byte).
//! * `SMTP_SSL_VERIFY=false` (exactly) turns certificate checks off.
//! * `SMTP_USERNAME`/`SMTP_PASSWORD` log in (`SMTP_AUTH` names the method).
//! * `SMTP_SENDER_EMAIL` is the From (`SMTP_SENDER_NAME` its name).
//! * Greenlight 2 (`sample.env`) named the From `SMTP_SENDER` and took
//!   `SMTP_OPENSSL_VERIFY_MODE=none`; without `SMTP_SERVER` it used
//!   sendmail.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Profile, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::mail_gem;

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_AUTH", AuthMethod),
    k("SMTP_STARTTLS_AUTO", StartTls),
    k("SMTP_STARTTLS", Encryption),
    k("SMTP_TLS", ImplicitTls),
    k("SMTP_SSL_VERIFY", VerifyPeer),
    k("SMTP_SENDER_EMAIL", From),
    // Greenlight 2 (`sample.env`): the From and the verify mode's names.
    k("SMTP_SENDER", From),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
];

const OTHER_KEYS: Words = words!["SMTP_DOMAIN", "SMTP_SENDER_NAME"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP_PORT={port}"),
    fix_text(W::Host, &[], "SMTP_SERVER={value}"),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_STARTTLS_AUTO=true and SMTP_TLS=false",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_SSL_VERIFY=true"),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Greenlight release"),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_SENDER_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Greenlight has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GREENLIGHT: Profile = Profile {
    id: "greenlight-env",
    name: "BigBlueButton Greenlight SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.bigbluebutton.org/greenlight/v3/install/ https://github.com/bigbluebutton/greenlight/blob/HEAD/config/environments/production.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    // `SMTP_SERVER`/`SMTP_SENDER_EMAIL` are many apps' names: only these
    // two say Greenlight.
    markers: &[mark("SMTP_STARTTLS_AUTO"), mark("SMTP_SSL_VERIFY")],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Except(words!["0", "f", "F", "false", "FALSE", "off", "OFF"]),
    port: Some(25),
    fixes: FIXES,
    sender_hint: "SMTP_SENDER_EMAIL",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SMTP_SENDER_EMAIL=greenlight@acme-widgets.io\nSMTP_SENDER_NAME=Greenlight\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_DOMAIN=acme-widgets.io\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_AUTH=plain\nSMTP_STARTTLS_AUTO=true\nSMTP_STARTTLS=false\nSMTP_TLS=false\nSMTP_SSL_VERIFY=true\n";

    #[test]
    fn not_supabase() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "greenlight-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "greenlight@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_and_verify() {
        let (_, s, ids) = first(
            &ENV.replace("SMTP_TLS=false", "SMTP_TLS=true")
                .replace("SMTP_STARTTLS_AUTO=true", "SMTP_STARTTLS_AUTO=false"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("SMTP_SSL_VERIFY=true", "SMTP_SSL_VERIFY=false"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}
