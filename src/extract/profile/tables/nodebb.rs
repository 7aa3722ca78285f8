//! NodeBB: its e-mail settings, the `email:smtpTransport:*` and
//! `email:from` fields of the `config` object in its database (pasted as
//! the JSON of a MongoDB `objects` document or a Redis/PostgreSQL dump of
//! that hash, or set by `./nodebb config set`), which NodeBB hands to
//! nodemailer.
//!
//! Meaning (NodeBB's `src/emailer.js`, `Emailer.setupFallbackTransport()`,
//! the ACP's Settings → Email page):
//!
//! * `email:smtpTransport:enabled` must be `1` (`parseInt(…) === 1`);
//!   otherwise, and by default, NodeBB hands mail to the local
//!   `sendmail` (unless an e-mail plugin takes it).
//! * Only `email:smtpTransport:service` = `nodebb-custom-smtp` uses
//!   `email:smtpTransport:host` and `:port`; any other value is one of
//!   nodemailer's well-known services (`Postmark` is
//!   `smtp.postmarkapp.com:2525`, STARTTLS when offered) and the host,
//!   port and security written beside it are not used.
//! * `email:smtpTransport:security` (custom only): `NONE` is clear text
//!   (`ignoreTLS`), `STARTTLS` is STARTTLS required (`requireTLS`), and
//!   `ENCRYPTED` **or no value** is TLS from the first byte
//!   (`secure: true`).
//! * It logs in when `email:smtpTransport:user` or `:pass` is set;
//!   `email:smtpTransport:allow-self-signed` on turns certificate checks
//!   off (`tls.rejectUnauthorized: false`).
//! * `email:from` is the From (default `no-reply@` the forum's host name),
//!   `email:from_name` its display name (default `NodeBB`).

use crate::extract::profile::{
    fix_text, k, pairs, syn, words, Both, Fix, Hooks, Key, Profile, Sec, Switch, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::nodemailer;

const SERVICE: &str = "email:smtpTransport:service";

const KEYS: &[Key] = &[
    k("email:smtpTransport:host", Host),
    k("email:smtpTransport:port", Port),
    k("email:smtpTransport:user", Username),
    k("email:smtpTransport:pass", Password),
    k("email:smtpTransport:security", Encryption),
    k("email:smtpTransport:enabled", Enabled),
    k("email:from", From),
    k("email:smtpTransport:allow-self-signed", SkipVerify),
];

/// NodeBB's three words; no value is `ENCRYPTED`.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ENCRYPTED", Sec::Implicit),
        ("STARTTLS", Sec::StartTls),
        ("NONE", Sec::Plain),
        ("", Sec::Implicit),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Implicit,
    both: Both::Implicit,
    absent: "no email:smtpTransport:security (NodeBB's default: TLS from the first byte)",
};

/// A well-known nodemailer service replaces the host, port and security
/// written beside it (the ACP keeps them, NodeBB does not use them).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    let preset = doc
        .active()
        .any(|e| doc.key_of(e) == SERVICE && nodemailer::service(doc.text_of(&e.value)).is_some());
    if preset {
        for c in configs.iter_mut() {
            c.fields.retain(|f| f.role != Encryption);
        }
        nodemailer::env_preset(doc, configs, SERVICE);
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "email:smtpTransport:port = {port} (ACP → Settings → Email, with the custom SMTP service)",
    ),
    fix_text(
        W::Host,
        &[],
        "email:smtpTransport:host = {value} with email:smtpTransport:service = nodebb-custom-smtp",
    ),
    fix_text(
        W::StartTls,
        &[],
        "email:smtpTransport:security = STARTTLS (ACP → Settings → Email → Connection security)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "email:smtpTransport:allow-self-signed = 0",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "email:smtpTransport:user and email:smtpTransport:pass",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current NodeBB on a current Node.js (TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "email:smtpTransport:user = {value}"),
    fix_text(W::Password, &[], "email:smtpTransport:pass = {value}"),
    fix_text(W::From, &[], "email:from = {value}"),
    fix_text(
        W::Stream,
        &[],
        "NodeBB has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NODEBB: Profile = Profile {
    id: "nodebb",
    name: "NodeBB email:smtpTransport settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.nodebb.org/configuring/emailers/ https://github.com/NodeBB/NodeBB/blob/master/src/emailer.js",
    // JSON dumps, `./nodebb config`-style pairs, and `Meta.configs.setMultiple({…})`.
    syntaxes: syn::DATA | syn::PROSE | syn::JS,
    keys: KEYS,
    family: &["email:smtpTransport:"],
    other_keys: words![
        "email:smtpTransport:service",
        "email:smtpTransport:pool",
        "email:from_name",
        "email:sendEmailToBanned",
        "email:disableEdit",
    ],
    leftovers: pairs![
        ("email:smtpTransport:username", "email:smtpTransport:user"),
        ("email:smtpTransport:password", "email:smtpTransport:pass"),
        ("email:smtpTransport:secure", "email:smtpTransport:security"),
    ],
    case_sensitive: true,
    truth: Truth::Only(words!["1"]),
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some(
            "the local sendmail (NodeBB's email:smtpTransport:enabled is off by default)",
        ),
        off: Some("the local sendmail"),
        name: "email:smtpTransport:enabled",
    }),
    fixes: FIXES,
    sender_hint: "email:from (default no-reply@ the forum's host name)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const JSON: &str = "{\n  \"_key\": \"config\",\n  \"title\": \"Acme forum\",\n  \"email:from\": \"forum@acme.io\",\n  \"email:smtpTransport:enabled\": \"1\",\n  \"email:smtpTransport:service\": \"nodebb-custom-smtp\",\n  \"email:smtpTransport:host\": \"smtp.postmarkapp.com\",\n  \"email:smtpTransport:port\": \"587\",\n  \"email:smtpTransport:security\": \"STARTTLS\",\n  \"email:smtpTransport:user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n  \"email:smtpTransport:pass\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n}\n";

    #[test]
    fn custom_smtp_with_starttls() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "nodebb");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "forum@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn no_security_is_tls_from_the_first_byte() {
        let (_, s, ids) =
            first(&JSON.replace("  \"email:smtpTransport:security\": \"STARTTLS\",\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&JSON.replace("\"STARTTLS\"", "\"NONE\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn a_well_known_service_replaces_host_port_and_security() {
        let (_, s, ids) = first(&JSON.replace("\"nodebb-custom-smtp\"", "\"Postmark\""));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn off_or_unset_is_sendmail() {
        let (_, _, ids) = first(&JSON.replace("enabled\": \"1\"", "enabled\": \"0\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // `parseInt("true", 10) === 1` is false.
        let (_, _, ids) = first(&JSON.replace("enabled\": \"1\"", "enabled\": \"true\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&JSON.replace("  \"email:smtpTransport:enabled\": \"1\",\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
