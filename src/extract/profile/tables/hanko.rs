//! Hanko (teamhanko/hanko backend): the SMTP settings of its `config.yaml`
//! — `email_delivery.smtp` today, `passcode.smtp` or a top-level `smtp`
//! in older configs (still read with `convert_legacy_config: true`).
//!
//! Meaning (docs.hanko.io self-hosting configuration; the code:
//! `backend/config/config_email_delivery.go` for the keys and defaults,
//! `backend/mail/mailer.go`, which hands them to
//! `gomail.NewDialer(host, port, user, password)`):
//!
//! * `host` defaults to `localhost`, `port` (a string) to `"465"`.
//! * No TLS setting: gomail's `NewDialer` turns implicit TLS on exactly
//!   when the port is 465, and otherwise upgrades with STARTTLS when the
//!   server offers it. With the default port, Hanko speaks TLS from the
//!   first byte.
//! * It logs in when `user` is set.
//! * The From is `email_delivery.from_address` (older:
//!   `passcode.email.from_address`), default `noreply@hanko.io` — Hanko's
//!   own address, which nobody else can send from.
//! * `email_delivery.enabled: false` turns mail off (default true): the
//!   emails are then left to an `email.create` webhook.

use super::nodemailer::TLS;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Marker, Profile, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "email_delivery.smtp.host|passcode.smtp.host|smtp.host",
        Host,
    ),
    k(
        "email_delivery.smtp.port|passcode.smtp.port|smtp.port",
        Port,
    ),
    k(
        "email_delivery.smtp.user|passcode.smtp.user|smtp.user",
        Username,
    ),
    k(
        "email_delivery.smtp.password|passcode.smtp.password|smtp.password",
        Password,
    ),
    k(
        "email_delivery.from_address|passcode.email.from_address",
        From,
    ),
    k("email_delivery.enabled", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("email_delivery.smtp.host"),
    mark("email_delivery.from_address"),
    mark("passcode.smtp.host"),
    mark("passcode.email.from_address"),
    mark("convert_legacy_config"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: \"{port}\" under email_delivery.smtp:"),
    fix_text(W::Host, &[], "host: {value} under email_delivery.smtp:"),
    // The TLS follows the port.
    fix_text(W::StartTls, &[], "port: \"587\" under email_delivery.smtp:"),
    fix_text(
        W::VerifyOn,
        &[],
        "Hanko always verifies certificates: remove what turns verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "user and password under email_delivery.smtp:",
    ),
    fix_text(W::TlsModern, &[], "a current Hanko release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "user: {value} under email_delivery.smtp:"),
    fix_text(
        W::Password,
        &[],
        "password: {value} under email_delivery.smtp:",
    ),
    fix_text(W::From, &[], "from_address: {value} under email_delivery:"),
    fix_text(
        W::Stream,
        &[],
        "Hanko has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HANKO: Profile = Profile {
    id: "hanko",
    name: "Hanko config.yaml email_delivery.smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.hanko.io/self-hosting/configuration https://github.com/teamhanko/hanko/blob/main/backend/config/config_email_delivery.go https://github.com/teamhanko/hanko/blob/main/backend/mail/mailer.go",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["from_name", "convert_legacy_config"],
    tls: TLS,
    port: Some(465),
    host: Some("localhost"),
    default_host_used: true,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "email_delivery.enabled",
    }),
    fixes: FIXES,
    sender_hint: "email_delivery.from_address (default noreply@hanko.io, Hanko's own address)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "email_delivery:\n  enabled: true\n  from_address: auth@acme.io\n  smtp:\n    host: smtp.postmarkapp.com\n    port: \"587\"\n    user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn tls_follows_the_port_and_465_is_the_default() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "hanko");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("    port: \"587\"\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn legacy_passcode_smtp() {
        let (client, s, _) = first(
            "passcode:\n  email:\n    from_address: auth@acme.io\n  smtp:\n    host: smtp.postmarkapp.com\n    port: \"587\"\n    user: u\n    password: u\n",
        );
        assert_eq!(client, "hanko");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn delivery_off() {
        let (_, _, ids) = first(&YML.replace("enabled: true", "enabled: false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
