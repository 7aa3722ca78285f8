//! Immich: `notifications.smtp` in the config file (`IMMICH_CONFIG_FILE`,
//! JSON or YAML, the same keys as Administration → Settings → Email).
//!
//! Meaning (immich.app "Config File" / system-config defaults, and
//! `EmailRepository.createTransport` in `server/src/repositories/
//! email.repository.ts`, which hands the transport to nodemailer):
//!
//! * `enabled` (default false) is the mail switch: off, Immich sends no
//!   mail.
//! * `transport.host`, `transport.port` (default 587).
//! * `transport.secure` (default false) is nodemailer's `secure`, passed
//!   explicitly: true is TLS from the first byte; false upgrades with
//!   STARTTLS when the server offers it (nodemailer's default), on any
//!   port — false on 465 is not implicit TLS. Releases before the
//!   `secure` option did not pass it, so nodemailer chose implicit TLS on
//!   465 by itself; the current reading is the one used here.
//! * `transport.username`/`transport.password`: a login when either is set.
//! * `transport.ignoreCert: true` turns certificate checks off
//!   (`tls.rejectUnauthorized = false`).
//! * NixOS `services.immich.settings.notifications.smtp` holds the same
//!   keys.
//! * `from` is the From (`Immich <noreply@…>` allowed); `replyTo`.

use crate::extract::profile::{
    fix_text, k, mark, set_if, syn, words, Both, Fix, Key, Profile, Sec, SetVal, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("notifications.smtp.enabled", Enabled),
    k("notifications.smtp.from", From),
    k("notifications.smtp.transport.host", Host),
    k("notifications.smtp.transport.port", Port),
    k("notifications.smtp.transport.username", Username),
    k("notifications.smtp.transport.password", Password),
    // NixOS: `password._secret = <path>` reads the value from a file.
    k("notifications.smtp.transport.password._secret", Password),
    k("notifications.smtp.transport.secure", ImplicitTls),
    k("notifications.smtp.transport.ignoreCert", SkipVerify),
];

/// nodemailer with `secure` always passed: the port never turns TLS on.
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
    fix_text(
        W::Port,
        &[set_if(Port, "port", SetVal::Port)],
        "notifications.smtp.transport.port: {port}",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "host", SetVal::Given)],
        "notifications.smtp.transport.host: {value}",
    ),
    fix_text(
        W::StartTls,
        &[set_if(ImplicitTls, "secure", SetVal::Bool(false))],
        "notifications.smtp.transport.secure: false with port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(SkipVerify, "ignoreCert", SetVal::Bool(false))],
        "notifications.smtp.transport.ignoreCert: false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "notifications.smtp.transport.username and password",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Immich release (Node.js TLS 1.2+)",
    ),
    fix_text(
        W::Username,
        &[],
        "notifications.smtp.transport.username: {value}",
    ),
    fix_text(
        W::Password,
        &[],
        "notifications.smtp.transport.password: {value}",
    ),
    fix_text(W::From, &[], "notifications.smtp.from: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Immich has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static IMMICH: Profile = Profile {
    id: "immich",
    name: "Immich config file notifications.smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://immich.app/docs/install/config-file/ https://github.com/immich-app/immich/blob/main/server/src/repositories/email.repository.ts",
    // NixOS writes the same keys under `services.immich.settings`.
    syntaxes: syn::JSON | syn::YAML | syn::NIX,
    keys: KEYS,
    markers: &[
        mark("notifications.smtp.transport.host"),
        mark("notifications.smtp.transport.ignoreCert"),
        mark("notifications.smtp.enabled"),
    ],
    needs_marker: true,
    other_keys: words!["replyTo", "transport"],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "notifications.smtp.enabled",
    }),
    fixes: FIXES,
    sender_hint: "notifications.smtp.from in the Immich config file",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const JSON: &str = "{\n  \"notifications\": {\n    \"smtp\": {\n      \"enabled\": true,\n      \"from\": \"Immich <photos@acme.io>\",\n      \"replyTo\": \"\",\n      \"transport\": {\n        \"ignoreCert\": false,\n        \"host\": \"smtp.postmarkapp.com\",\n        \"port\": 587,\n        \"secure\": false,\n        \"username\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n        \"password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      }\n    }\n  }\n}\n";

    #[test]
    fn config_file() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "immich");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "photos@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn secure_and_ignore_cert() {
        let (_, s, ids) = first(&JSON.replace("\"secure\": false", "\"secure\": true"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // secure false on 465: STARTTLS when offered, not implicit TLS.
        let (_, s, _) = first(&JSON.replace("587", "465"));
        assert_eq!(s["security"], "starttls");
        let (_, _, ids) = first(&JSON.replace("\"ignoreCert\": false", "\"ignoreCert\": true"));
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn disabled() {
        let (_, _, ids) = first(&JSON.replace("\"enabled\": true", "\"enabled\": false"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
