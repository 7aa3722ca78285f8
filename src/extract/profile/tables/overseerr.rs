//! Overseerr and Jellyseerr (and its successor Seerr): the email
//! notification agent of `config/settings.json`,
//! `notifications.agents.email` `{ "enabled", "types", "options": {…} }`,
//! also the body of the API's `/api/v1/settings/notifications/email` and
//! the same tree written as a NixOS attribute set. Neither app reads SMTP
//! settings from the environment.
//!
//! Meaning (docs.overseerr.dev "Notifications → Email"; the code, the same
//! in both apps: `server/lib/email/index.ts`, which hands the options to
//! nodemailer's `createTransport`, `server/lib/settings.ts` for the
//! defaults and `server/lib/notifications/agents/email.ts`):
//!
//! * `enabled` (default **false**) is the mail switch: the agent sends
//!   only when it is true.
//! * `smtpHost` and `smtpPort` are nodemailer's `host` and `port`; the
//!   stored default port is 587.
//! * `secure` is nodemailer's `secure` (TLS from the first byte),
//!   `requireTls` its `requireTLS` (STARTTLS required) and `ignoreTls` its
//!   `ignoreTLS` (never STARTTLS). With none of them, nodemailer upgrades
//!   with STARTTLS whenever the server offers it. The form's "Encryption
//!   Method" writes them: "None" (`ignoreTls`), "Use STARTTLS if available"
//!   (all false, the default), "Always use STARTTLS" (`requireTls`), "Use
//!   Implicit TLS" (`secure`).
//! * `allowSelfSigned: true` becomes `tls.rejectUnauthorized = false`.
//! * `authUser` and `authPass` become `auth.user`/`auth.pass` only when
//!   **both** are set; with either empty Overseerr does not log in.
//! * `emailFrom` is the From address, `senderName` its display name.
//! * The names are case-sensitive (`ignoreTls` here, `ignoreTLS` in
//!   nodemailer); values are read with JavaScript truthiness.
//!
//! Uptime Kuma's notification JSON also names `smtpHost`/`smtpPort`; the
//! markers here are Overseerr's own option names under `options`.

use super::nodemailer;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, syn, words, Fix, Key, Marker, Pairs, Profile,
    SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("smtpPort", Port),
    k("authUser", Username),
    k("authPass", Password),
    k("emailFrom", From),
    k("secure", ImplicitTls),
    k("requireTls", StartTls),
    k("ignoreTls", NoStartTls),
    k("allowSelfSigned", SkipVerify),
    k("agents.email.enabled", Enabled),
];

/// Overseerr's own option names, under `options` (the settings file, the
/// API body, the NixOS attribute set all have it).
const MARKERS: &[Marker] = &[
    mark("options.ignoreTls"),
    mark("options.requireTls"),
    mark("options.allowSelfSigned"),
    mark("options.authPass"),
    mark("options.emailFrom"),
    mark("agents.email.options"),
];

const OTHER_KEYS: Words = words![
    "senderName",
    "userEmailRequired",
    "pgpPrivateKey",
    "pgpPassword",
    "enabled",
    "types",
    "options",
];

const LEFTOVERS: Pairs = pairs![
    ("ignoreTLS", "ignoreTls"),
    ("requireTLS", "requireTls"),
    ("smtpUser", "authUser"),
    ("smtpPass", "authPass"),
    ("smtpSecure", "secure"),
    ("from", "emailFrom"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtpPort", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtpHost", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "secure", SetVal::Bool(false)),
            set_if(NoStartTls, "ignoreTls", SetVal::Bool(false)),
            set(StartTls, "requireTls", SetVal::Bool(true)),
        ],
        "Encryption Method \"Always use STARTTLS\" (secure false, ignoreTls false, requireTls true)",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(SkipVerify, "allowSelfSigned", SetVal::Bool(false))],
        "untick \"Allow Self-Signed Certificates\" (allowSelfSigned false)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP Username and SMTP Password (authUser and authPass: both, or neither is used)",
    ),
    fix_text(W::TlsModern, &[], "a current Overseerr / Jellyseerr release"),
    fix(W::Username, &[set(Username, "authUser", SetVal::Given)]),
    fix(W::Password, &[set(Password, "authPass", SetVal::Given)]),
    fix(W::From, &[set(From, "emailFrom", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Overseerr has no header setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OVERSEERR: Profile = Profile {
    id: "overseerr",
    name: "Overseerr / Jellyseerr email agent (settings.json)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.overseerr.dev/using-overseerr/notifications/email https://github.com/sct/overseerr/blob/develop/server/lib/email/index.ts https://github.com/Fallenbagel/jellyseerr/blob/develop/server/lib/email/index.ts",
    syntaxes: syn::JSON | syn::YAML | syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "\"Enable Agent\" (notifications.agents.email.enabled)",
    }),
    fixes: FIXES,
    sender_hint: "\"Sender Address\" (emailFrom) of the email agent",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const JSON: &str = r#"{"main":{"applicationTitle":"Overseerr"},"notifications":{"agents":{"email":{"enabled":true,"types":0,"options":{"userEmailRequired":false,"emailFrom":"requests@acme.io","smtpHost":"smtp.postmarkapp.com","smtpPort":587,"secure":false,"ignoreTls":false,"requireTls":true,"authUser":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","authPass":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","allowSelfSigned":false,"senderName":"Overseerr"}},"discord":{"enabled":false,"types":0,"options":{"webhookUrl":""}}}}}"#;

    #[test]
    fn settings_json_is_overseerr_with_nodemailer_meaning() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "overseerr");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "requests@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn encryption_method_words() {
        // "Use Implicit TLS" on 587.
        let (_, s, ids) = first(&JSON.replace("\"secure\":false", "\"secure\":true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // "None": never STARTTLS.
        let (_, s, ids) = first(
            &JSON
                .replace("\"ignoreTls\":false", "\"ignoreTls\":true")
                .replace("\"requireTls\":true", "\"requireTls\":false"),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // "Use STARTTLS if available" on 465: `secure` is written (false),
        // so nodemailer does not turn implicit TLS on by the port.
        let (_, s, ids) = first(
            &JSON
                .replace("\"requireTls\":true", "\"requireTls\":false")
                .replace("\"smtpPort\":587", "\"smtpPort\":465"),
        );
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) =
            first(&JSON.replace("\"allowSelfSigned\":false", "\"allowSelfSigned\":true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn agent_switched_off() {
        let (_, _, ids) = first(&JSON.replacen("\"enabled\":true", "\"enabled\":false", 1));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn api_body_and_uptime_kuma_stay_apart() {
        let api = r#"{"enabled":true,"types":2,"options":{"emailFrom":"no-reply@acme.io","senderName":"Jellyseerr","smtpHost":"smtp.postmarkapp.com","smtpPort":587,"secure":false,"ignoreTls":false,"requireTls":false,"authUser":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","authPass":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","allowSelfSigned":false}}"#;
        let (client, s, _) = first(api);
        assert_eq!(client, "overseerr");
        assert_eq!(s["from"], "no-reply@acme.io");
        let kuma = r#"{"name":"Mail","type":"smtp","smtpHost":"smtp.postmarkapp.com","smtpPort":587,"smtpSecure":false,"smtpUsername":"u","smtpPassword":"p","smtpFrom":"a@acme.io"}"#;
        let (client, _, _) = first(kuma);
        assert_ne!(client, "overseerr");
    }
}
