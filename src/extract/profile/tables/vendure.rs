//! Vendure's `EmailPlugin.init({ … })` in `vendure-config.ts`: the
//! `transport` object, handed to nodemailer, and the From in
//! `globalTemplateVars.fromAddress`.
//!
//! Meaning (docs.vendure.io "EmailPlugin", "EmailPluginOptions",
//! "EmailTransportOptions", and the plugin's code:
//! `packages/email-plugin/src/plugin.ts`, `types.ts`,
//! `sender/nodemailer-email-sender.ts`):
//!
//! * `transport.type` picks the sender: `smtp` hands the rest of the
//!   object (`host`, `port`, `secure`, `auth: { user, pass }`, `tls`,
//!   `requireTLS`…) to nodemailer's `createTransport`; `sendmail` runs the
//!   local program; `ses` sends through the AWS SDK; `file`, `none` and
//!   `testing` send nothing.
//! * `devMode: true` replaces the transport with `file` (mail is written
//!   to `outputPath` and shown on the dev mailbox route): no mail leaves.
//! * TLS is nodemailer's: `secure: true` is implicit TLS (and the port
//!   then defaults to 465), otherwise the port defaults to 587 and
//!   STARTTLS is used when the server offers it (`requireTLS` makes it
//!   required, `ignoreTLS` turns it off); `tls.rejectUnauthorized: false`
//!   turns certificate checks off.
//! * The default handlers send from `{{ fromAddress }}`, a global template
//!   variable: `globalTemplateVars.fromAddress` is the From (the plugin
//!   has no default; an unset variable renders empty).
//!
//! Recognised by `EmailPlugin.init(…)` itself, so a plain nodemailer
//! transport stays `nodemailer`.

use super::nodemailer;
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Profile, Switch, Truth, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EmailPlugin.init(#0).transport.host", Host),
    k("EmailPlugin.init(#0).transport.port", Port),
    k("EmailPlugin.init(#0).transport.secure", ImplicitTls),
    k("EmailPlugin.init(#0).transport.requireTLS", StartTls),
    k("EmailPlugin.init(#0).transport.ignoreTLS", NoStartTls),
    k("EmailPlugin.init(#0).transport.auth.user", Username),
    k("EmailPlugin.init(#0).transport.auth.pass", Password),
    k(
        "EmailPlugin.init(#0).transport.tls.rejectUnauthorized",
        VerifyPeer,
    ),
    k("EmailPlugin.init(#0).transport.type", Transport),
    k("EmailPlugin.init(#0).devMode", Disabled),
    k("EmailPlugin.init(#0).globalTemplateVars.fromAddress", From),
];

const MARKERS: &[Marker] = &[mark("EmailPlugin.init()")];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} in the EmailPlugin transport"),
    fix_text(W::Host, &[], "host: '{value}' in the EmailPlugin transport"),
    fix_text(
        W::StartTls,
        &[],
        "secure: false (and requireTLS: true) in the EmailPlugin transport",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no `tls: { rejectUnauthorized: false }` in the EmailPlugin transport",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "auth: { user: '<Server API token>', pass: '<Server API token>' } in the EmailPlugin transport",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Node.js (TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "auth: { user: '{value}' } in the EmailPlugin transport"),
    fix_text(W::Password, &[], "auth: { pass: '{value}' } in the EmailPlugin transport"),
    fix_text(W::From, &[], "globalTemplateVars: { fromAddress: '{value}' }"),
    fix_text(
        W::Stream,
        &[],
        "Vendure's EmailPlugin sets no stream header: use a Server whose default stream is `{value}`",
    ),
];

pub static VENDURE: Profile = Profile {
    id: "vendure",
    name: "Vendure EmailPlugin transport",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.vendure.io/reference/core-plugins/email-plugin/ https://docs.vendure.io/reference/core-plugins/email-plugin/transport-options https://github.com/vendure-ecommerce/vendure/blob/master/packages/email-plugin/src/sender/nodemailer-email-sender.ts",
    syntaxes: syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "EmailPlugin.init(#0).transport.logging",
        "EmailPlugin.init(#0).transport.debug",
        "EmailPlugin.init(#0).transport.name",
        "EmailPlugin.init(#0).transport.auth.type",
        "EmailPlugin.init(#0).transport.outputPath",
        "EmailPlugin.init(#0).transport.raw",
        "EmailPlugin.init(#0).handlers",
        "EmailPlugin.init(#0).templatePath",
        "EmailPlugin.init(#0).templateLoader",
        "EmailPlugin.init(#0).outputPath",
        "EmailPlugin.init(#0).route",
        "EmailPlugin.init(#0).globalTemplateVars",
    ],
    leftovers: pairs![
        ("user", "auth: { user }"),
        ("pass", "auth: { pass }"),
        ("username", "auth: { user }"),
        ("password", "auth: { pass }"),
        ("from", "globalTemplateVars.fromAddress"),
    ],
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["none", "file", "testing"],
        local: words!["sendmail"],
        missing: Some("no transport (EmailPlugin needs `transport`, or `devMode: true` which writes files)"),
        off: None,
        name: "transport.type (or devMode)",
    }),
    fixes: FIXES,
    sender_hint: "globalTemplateVars.fromAddress in EmailPlugin.init() (no default)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TS: &str = "export const config: VendureConfig = {\n    plugins: [\n        EmailPlugin.init({\n            handlers: defaultEmailHandlers,\n            transport: {\n                type: 'smtp',\n                host: 'smtp.postmarkapp.com',\n                port: 587,\n                secure: false,\n                auth: {\n                    user: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                    pass: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                },\n            },\n            globalTemplateVars: {\n                fromAddress: '\"Acme Shop\" <shop@acme.io>',\n            },\n        }),\n    ],\n};\n";

    #[test]
    fn the_smtp_transport_and_from_address() {
        let (client, s, ids) = first(TS);
        assert_eq!(client, "vendure");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "shop@acme.io");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    /// nodemailer reads the login under `auth` only.
    #[test]
    fn a_login_beside_auth_is_not_read() {
        let flat = TS
            .replace("auth: {\n                    user:", "user:")
            .replace(
                "pass: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                },",
                "pass: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',",
            );
        let (client, _, ids) = first(&flat);
        assert_eq!(client, "vendure");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn secure_is_implicit_tls() {
        let (_, s, ids) = first(&TS.replace("secure: false", "secure: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn none_file_and_dev_mode_send_nothing() {
        let (_, _, ids) = first(&TS.replace("type: 'smtp'", "type: 'none'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (client, _, ids) = first(&TS.replace(
            "handlers: defaultEmailHandlers,",
            "devMode: true,\n            outputPath: 'test-emails',\n            handlers: defaultEmailHandlers,",
        ));
        assert_eq!(client, "vendure");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
