//! Uptime Kuma's SMTP notification: the notification's JSON (`smtpHost`,
//! `smtpPort`, `smtpSecure`…, as stored in its `notification.config`
//! column and shown by the API and backups), handed to nodemailer.
//!
//! Meaning (`server/notification-providers/smtp.js` and the form
//! `src/components/notifications/SMTP.vue`; Uptime Kuma has no other
//! documentation of these fields):
//!
//! * `smtpHost`, `smtpPort`, `smtpUsername`, `smtpPassword` become
//!   nodemailer's `host`, `port`, `auth.user`, `auth.pass` (auth only when
//!   either is set); `smtpFrom` is the From, `smtpTo`/`smtpCC`/`smtpBCC`
//!   the recipients.
//! * `smtpSecure` is nodemailer's `secure`: the form offers "None / STARTTLS"
//!   (`false`, its default) and "TLS" (`true`, TLS from the first byte).
//!   With `false`, nodemailer upgrades with STARTTLS whenever the server
//!   offers it; unset (JSON written by hand), port 465 means implicit TLS.
//! * `smtpIgnoreSTARTTLS: true` (read only when `smtpSecure` is false) is
//!   nodemailer's `ignoreTLS`: the session stays in clear text.
//! * `smtpIgnoreTLSError: true` sets `tls.rejectUnauthorized = false`.
//! * The values are read with JavaScript truthiness (a string `"false"`
//!   is true), as nodemailer does; the form stores real booleans.
//! * The same field names are the keyword arguments of the
//!   `uptime-kuma-api` Python client (`api.add_notification(smtpHost=…)`),
//!   which hands them over unchanged.

use super::nodemailer;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, syn, words, Fix, Key, Marker, Pairs,
    Profile, SetVal, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("smtpPort", Port),
    k("smtpUsername", Username),
    k("smtpPassword", Password),
    k("smtpFrom", From),
    k("smtpSecure", ImplicitTls),
    k("smtpIgnoreSTARTTLS", NoStartTls),
    k("smtpIgnoreTLSError", SkipVerify),
];

/// `smtpHost`/`smtpPort` are other apps' names too (Overseerr's and
/// Jellyseerr's `settings.json`, whose login is `authUser`/`authPass`):
/// the table needs the notification type or a name of Uptime Kuma's own.
const MARKERS: &[Marker] = &[
    mark_value("type", "smtp"),
    mark("smtpUsername"),
    mark("smtpSecure"),
    mark("smtpIgnoreTLSError"),
    mark("smtpIgnoreSTARTTLS"),
];

const OTHER_KEYS: Words = words![
    "smtpTo",
    "smtpCC",
    "smtpBCC",
    "smtpDkimDomain",
    "smtpDkimKeySelector",
    "smtpDkimPrivateKey",
    "smtpDkimHashAlgo",
    "smtpDkimheaderFieldNames",
    "smtpDkimskipFields",
    "smtpAdditionalHeaders",
    "customSubject",
    "customBody",
    "htmlBody",
    "smtpHTMLBody",
    "name",
    "type",
    "isDefault",
    "applyExisting",
    "active",
    "userId",
    "id",
];

const LEFTOVERS: Pairs = pairs![
    ("smtpUser", "smtpUsername"),
    ("smtpPass", "smtpPassword"),
    ("smtpTLS", "smtpSecure"),
    ("smtpSSL", "smtpSecure"),
    ("smtpIgnoreTls", "smtpIgnoreSTARTTLS"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtpPort", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtpHost", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "smtpSecure", SetVal::Bool(false)),
            set_if(NoStartTls, "smtpIgnoreSTARTTLS", SetVal::Bool(false)),
        ],
        "Security: None / STARTTLS (smtpSecure false) and \"Ignore STARTTLS\" unticked",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(SkipVerify, "smtpIgnoreTLSError", SetVal::Bool(false))],
        "untick \"Ignore TLS Error\" (smtpIgnoreTLSError false)",
    ),
    fix_text(W::AuthOn, &[], "Username and Password (smtpUsername, smtpPassword)"),
    fix_text(W::TlsModern, &[], "a current Uptime Kuma release"),
    fix(W::Username, &[set(Username, "smtpUsername", SetVal::Given)]),
    fix(W::Password, &[set(Password, "smtpPassword", SetVal::Given)]),
    fix(W::From, &[set(From, "smtpFrom", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` in \"Additional Headers\" (smtpAdditionalHeaders)",
    ),
];

pub static UPTIME_KUMA: Profile = Profile {
    id: "uptime-kuma-smtp",
    name: "Uptime Kuma SMTP notification",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/louislam/uptime-kuma/blob/master/server/notification-providers/smtp.js https://github.com/louislam/uptime-kuma/blob/master/src/components/notifications/SMTP.vue",
    syntaxes: syn::JSON | syn::YAML | syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "\"From Email\" of the notification (smtpFrom)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const JSON: &str = r#"{"name":"Postmark","type":"smtp","isDefault":false,"smtpHost":"smtp.postmarkapp.com","smtpPort":587,"smtpSecure":false,"smtpIgnoreTLSError":false,"smtpUsername":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","smtpPassword":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","smtpFrom":"\"Uptime\" <status@acme.io>","smtpTo":"ops@acme.io"}"#;

    #[test]
    fn overseerr_settings_are_not_uptime_kuma() {
        // Overseerr's settings.json: `smtpHost`/`smtpPort` with nodemailer's
        // `secure` and `authUser`/`authPass` (server/lib/settings.ts).
        let text = r#"{"notifications":{"agents":{"email":{"enabled":true,"options":{"emailFrom":"overseerr@acme.io","smtpHost":"smtp.postmarkapp.com","smtpPort":587,"secure":false,"ignoreTls":false,"requireTls":false,"authUser":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","authPass":"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c","allowSelfSigned":false,"senderName":"Overseerr"}}}}}"#;
        let (client, s, ids) = super::super::linted(text);
        assert_ne!(client, "uptime-kuma-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{client} {s:?} {ids:?}"
        );
    }

    #[test]
    fn a_notification_is_nodemailer_with_kuma_names() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "uptime-kuma-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&JSON.replace("\"smtpSecure\":false", "\"smtpSecure\":true"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn ignore_starttls_and_tls_errors() {
        let (_, s, ids) =
            first(&JSON.replace("\"isDefault\":false", "\"smtpIgnoreSTARTTLS\":true"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&JSON.replace(
            "\"smtpIgnoreTLSError\":false",
            "\"smtpIgnoreTLSError\":true",
        ));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }
}
