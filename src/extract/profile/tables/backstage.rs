//! Backstage's email notification processor
//! (`@backstage/plugin-notifications-backend-module-email`): the
//! `notifications.processors.email` block of `app-config.yaml`, whose
//! `transportConfig` with `transport: smtp` is handed to nodemailer.
//!
//! Meaning (backstage.io "Notifications: email processor", and the code:
//! `plugins/notifications-backend-module-email/config.d.ts` for the
//! schema, `src/processor/transports/smtp.ts` for the transport):
//!
//! * `transport` selects the transport: `smtp`; `ses` and `azure` are
//!   HTTP APIs, `sendmail` a local program, `stream` (debugging only)
//!   sends nothing.
//! * `hostname` and `port` are required (`getString`/`getNumber`: the
//!   backend does not start without them); there is no default port.
//! * `secure` (default false) is TLS from the first byte. It is always
//!   handed to nodemailer, so port 465 without `secure: true` does not
//!   start TLS by itself.
//! * `requireTls` (default false) makes STARTTLS required; without it
//!   nodemailer upgrades with STARTTLS when the server offers it.
//! * It logs in only when both `username` and `password` are set.
//! * `sender` (required) is the From; `replyTo` the Reply-To.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, Switch, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "notifications.processors.email.transportConfig.hostname",
        Host,
    ),
    k("notifications.processors.email.transportConfig.port", Port),
    k(
        "notifications.processors.email.transportConfig.username",
        Username,
    ),
    k(
        "notifications.processors.email.transportConfig.password",
        Password,
    ),
    k(
        "notifications.processors.email.transportConfig.secure",
        ImplicitTls,
    ),
    k(
        "notifications.processors.email.transportConfig.requireTls",
        StartTls,
    ),
    k(
        "notifications.processors.email.transportConfig.transport",
        Transport,
    ),
    k("notifications.processors.email.sender", From),
];

const MARKERS: &[Marker] = &[
    mark("notifications.processors.email.transportConfig.transport"),
    mark("notifications.processors.email.transportConfig.hostname"),
    mark("notifications.processors.email.sender"),
];

const OTHER_KEYS: Words = words![
    "replyTo",
    "concurrencyLimit",
    "throttleInterval",
    "broadcastConfig",
    "receiver",
    "receiverEmails",
    "cache",
    "ttl",
    "filter",
    "minSeverity",
    "maxSeverity",
    "excludedTopics",
    "allowlistEmailAddresses",
    "denylistEmailAddresses",
    "region",
    "apiVersion",
    "accountId",
    "endpoint",
    "accessKey",
    "path",
    "newline",
];

const LEFTOVERS: Pairs = pairs![
    ("host", "hostname"),
    ("user", "username"),
    ("requireTLS", "requireTls"),
    ("from", "sender"),
];

/// nodemailer with `secure` and `requireTLS` always given.
const TLS: TlsModel = super::smtp_env::SECURE_ALWAYS_GIVEN;

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["stream"],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "transport under transportConfig:",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under transportConfig:"),
    fix_text(W::Host, &[], "hostname: {value} under transportConfig:"),
    fix_text(
        W::StartTls,
        &[],
        "secure: false and requireTls: true under transportConfig:",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "the email processor always verifies certificates: remove what turns verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username and password under transportConfig:",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Backstage release (Node.js TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} under transportConfig:"),
    fix_text(W::Password, &[], "password: {value} under transportConfig:"),
    fix_text(
        W::From,
        &[],
        "sender: {value} under notifications.processors.email:",
    ),
    fix_text(
        W::Stream,
        &[],
        "Backstage has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static BACKSTAGE_EMAIL: Profile = Profile {
    id: "backstage-email",
    name: "Backstage notifications email processor (app-config.yaml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://backstage.io/docs/notifications/processors https://github.com/backstage/backstage/blob/master/plugins/notifications-backend-module-email/config.d.ts https://github.com/backstage/backstage/blob/master/plugins/notifications-backend-module-email/src/processor/transports/smtp.ts",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "sender under notifications.processors.email:",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "notifications:\n  processors:\n    email:\n      transportConfig:\n        transport: smtp\n        hostname: smtp.postmarkapp.com\n        port: 587\n        secure: false\n        requireTls: true\n        username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n        password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      sender: backstage@acme.io\n      replyTo: platform@acme.io\n";

    #[test]
    fn secure_and_require_tls() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "backstage-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "backstage@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("secure: false", "secure: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Neither: STARTTLS when offered.
        let (_, _, ids) = first(
            &YML.replace("        secure: false\n", "")
                .replace("        requireTls: true\n", ""),
        );
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn other_transports() {
        let (_, _, ids) = first(&YML.replace("transport: smtp", "transport: stream"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&YML.replace("transport: smtp", "transport: ses"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn no_port_is_reported() {
        let (_, s, ids) = first(&YML.replace("        port: 587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }
}
