//! Strapi: the email plugin in `config/plugins.js` (or `.ts`, or
//! `config/env/<env>/plugins.js`) with the nodemailer provider,
//! `email: { config: { provider: 'nodemailer', providerOptions: {…},
//! settings: { defaultFrom } } }` (Strapi 3: `email: { provider, … }`
//! without `config`).
//!
//! Meaning (docs.strapi.io "Email" plugin, providers section; the
//! `@strapi/provider-email-nodemailer` README; nodemailer.com/smtp):
//!
//! * `provider` chooses the sender and **defaults to `sendmail`**
//!   (`@strapi/provider-email-sendmail`): without `provider: 'nodemailer'`
//!   the `providerOptions` are never used for SMTP. The community
//!   `strapi-provider-email-smtp` (`provider: 'smtp'`) also speaks SMTP but
//!   takes `username`/`password` (and `rejectUnauthorized`) at the top of
//!   `providerOptions`; it reads `secure`/`requireTLS` with its own
//!   `toBool` (`true`/`1`/`on`), which this table does not model (a quoted
//!   `'false'` is read with nodemailer's JavaScript truthiness here), and
//!   its unset `rejectUnauthorized` means no certificate verification.
//! * `providerOptions` is handed to `nodemailer.createTransport`, so
//!   nodemailer's meaning applies (see `nodemailer.rs`): `secure: true` is
//!   TLS from the first byte (JavaScript truthiness: `'false'` is true),
//!   STARTTLS when offered by default, `requireTLS` makes it mandatory,
//!   `ignoreTLS` never upgrades, port 587 (465 with `secure`), port 465
//!   alone turns implicit TLS on; credentials only in `auth.user`/`auth.pass`.
//! * `settings.defaultFrom` is the From.
//! * `env('SMTP_HOST', 'smtp.example.com')` reads the environment with a
//!   default; the paste does not say which value wins.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, set_near, syn, words, Fix, Key, Marker,
    Pairs, Profile, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email.config.provider|email.provider", Transport),
    k("providerOptions.host", Host),
    k("providerOptions.port", Port),
    k("providerOptions.secure", ImplicitTls),
    k("providerOptions.requireTLS", StartTls),
    k("providerOptions.ignoreTLS", NoStartTls),
    k("providerOptions.auth.user", Username),
    k("providerOptions.auth.pass", Password),
    // The community `smtp` provider's names for the credentials.
    k("providerOptions.username", Username),
    k("providerOptions.password", Password),
    k("providerOptions.tls.rejectUnauthorized", VerifyPeer),
    k("settings.defaultFrom", From),
];

const MARKERS: &[Marker] = &[
    mark("providerOptions.host"),
    mark("providerOptions.auth.user"),
    mark_value("email.config.provider", "nodemailer"),
    mark_value("email.provider", "nodemailer"),
    mark("settings.defaultFrom"),
];

const OTHER_KEYS: Words = words![
    "config",
    "provider",
    "providerOptions",
    "settings",
    "defaultReplyTo",
    "testAddress",
    "auth",
    "tls",
    "pool",
    "maxConnections",
    "maxMessages",
    "rateLimit",
    "connectionTimeout",
    "greetingTimeout",
    "socketTimeout",
    "name",
    "debug",
    "logger",
    "ciphers",
    "minVersion",
    "servername",
    "rejectUnauthorized",
    "authMethod",
];

/// Options other providers or libraries use, which the nodemailer provider
/// ignores.
const LEFTOVERS: Pairs = pairs![
    ("user", "providerOptions.auth.user"),
    ("pass", "providerOptions.auth.pass"),
    ("ssl", "providerOptions.secure"),
    (
        "rejectUnauthorized",
        "providerOptions.tls.rejectUnauthorized",
    ),
    ("defaultFromAddress", "settings.defaultFrom"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "secure", SetVal::Bool(false)),
            set_if(NoStartTls, "ignoreTLS", SetVal::Bool(false)),
            set_near(StartTls, "requireTLS", SetVal::Bool(true), ImplicitTls),
        ],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "providerOptions.tls: { rejectUnauthorized: true } (or remove `rejectUnauthorized: false`)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "providerOptions.auth: { user: '<Server API token>', pass: '<Server API token>' }",
    ),
    fix_text(W::TlsModern, &[], "providerOptions.tls: { minVersion: 'TLSv1.2' }"),
    fix_text(W::Username, &[], "providerOptions.auth: { user: '{value}' }"),
    fix_text(W::Password, &[], "providerOptions.auth: { pass: '{value}' }"),
    fix_text(W::From, &[], "settings: { defaultFrom: '{value}' }"),
    fix_text(
        W::Stream,
        &[],
        "the Strapi nodemailer provider sets no stream header by default: use a Server whose default stream is `{value}`",
    ),
];

pub static STRAPI: Profile = Profile {
    id: "strapi",
    name: "Strapi email plugin (nodemailer provider)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.strapi.io/cms/features/email#providers https://www.npmjs.com/package/@strapi/provider-email-nodemailer https://nodemailer.com/smtp/",
    syntaxes: syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: super::nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["nodemailer", "smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: Some("sendmail (Strapi's default email provider)"),
        off: None,
        name: "email.config.provider",
    }),
    fixes: FIXES,
    sender_hint: "settings.defaultFrom of the email plugin in config/plugins.js",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const BASE: &str = "module.exports = ({ env }) => ({\n  email: {\n    config: {\n      provider: 'nodemailer',\n      providerOptions: {\n        host: 'smtp.postmarkapp.com',\n        port: 587,\n        auth: { user: 'u', pass: 'u' },\n        SECURE\n      },\n      settings: { defaultFrom: 'a@acme.io' },\n    },\n  },\n});\n";

    #[test]
    fn nodemailer_provider_reads_nodemailer_meaning() {
        let (client, s, ids) = first(&BASE.replace("SECURE", "secure: false,"));
        assert_eq!(client, "strapi");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "a@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // JavaScript truthiness: the string 'false' turns implicit TLS on.
        let (_, s, ids) = first(&BASE.replace("SECURE", "secure: 'false',"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn default_provider_is_sendmail() {
        let text = BASE
            .replace("      provider: 'nodemailer',\n", "")
            .replace("SECURE", "");
        let (client, _, ids) = first(&text);
        assert_eq!(client, "strapi");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn plain_nodemailer_is_not_strapi() {
        let (client, _, _) = first(
            "const t = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, auth: { user: 'u', pass: 'u' } });\n",
        );
        assert_eq!(client, "nodemailer");
    }
}
