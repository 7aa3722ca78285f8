//! AdonisJS: `config/mail.ts` of `@adonisjs/mail`, v6
//! (`defineConfig({ from, mailers: { smtp: transports.smtp({…}) } })`) and
//! v5 (`mailConfig({ mailers: { smtp: { driver: 'smtp', … } } })`).
//! Its SMTP transport hands the options to nodemailer.
//!
//! Meaning (docs.adonisjs.com "Mail"; `@adonisjs/mail`
//! `src/transports/smtp.ts`): `host`, `port`, `secure`, `requireTLS`,
//! `ignoreTLS`, `auth: { type, user, pass }` and `tls` are nodemailer's
//! (`secure` starts TLS with the first byte, otherwise STARTTLS whenever
//! offered; port 587 by default, 465 with `secure`, and 465 alone turns
//! implicit TLS on). The global From is `from` — a string or
//! `{ address, name }` — for every mailer. In v5 `driver` picks the
//! transport (`smtp`, `ses`, `mailgun`, `sparkpost`, `memory` for tests…); in v6 the
//! `transports.*` call does, and `default` names the mailer used.

use crate::extract::profile::{
    fix_text, k, mark, syn, weighs, words, Fix, Key, Profile, Switch, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::nodemailer;

const KEYS: &[Key] = &[
    k("host", Host),
    k("port", Port),
    k("secure", ImplicitTls),
    k("requireTLS", StartTls),
    k("ignoreTLS", NoStartTls),
    k("auth.user", Username),
    k("auth.pass", Password),
    k("auth.type", AuthMethod),
    k("tls.rejectUnauthorized", VerifyPeer),
    k("from.address|from", From),
    k("mailers.*.driver", Transport),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}, in transports.smtp({…})"),
    fix_text(W::Host, &[], "host: '{value}', in transports.smtp({…})"),
    fix_text(
        W::StartTls,
        &[],
        "secure: false, with port: 587, in transports.smtp({…})",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "tls: { rejectUnauthorized: true } (or remove `rejectUnauthorized: false`)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "auth: { type: 'login', user, pass } in transports.smtp({…})",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "tls: { minVersion: 'TLSv1.2' } (and no `maxVersion` below it)",
    ),
    fix_text(W::Username, &[], "user: '{value}', in auth"),
    fix_text(W::Password, &[], "pass: '{value}', in auth"),
    fix_text(W::From, &[], "from: '{value}', in config/mail.ts"),
    fix_text(
        W::Stream,
        &[],
        "headers: { 'X-PM-Message-Stream': '{value}' } on the message",
    ),
];

pub static ADONIS: Profile = Profile {
    id: "adonis",
    name: "AdonisJS config/mail.ts",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.adonisjs.com/guides/digging-deeper/mail https://v5-docs.adonisjs.com/guides/mailer https://nodemailer.com/smtp/",
    syntaxes: syn::JS,
    keys: KEYS,
    // `transports.smtp()` (v6), `mailConfig()` and `mailers.<name>.driver`
    // (v5) are Adonis's own: each outweighs the nodemailer option names the
    // same options hold (`auth.pass`, `requireTLS`, `ignoreTLS`).
    markers: &[
        weighs(mark("transports.smtp()"), 4),
        weighs(mark("mailConfig()"), 4),
        weighs(mark("mailers.*.driver"), 4),
    ],
    needs_marker: true,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["memory"],
        local: words![],
        missing: None,
        off: None,
        name: "driver",
    }),
    fixes: FIXES,
    sender_hint: "`from` in config/mail.ts (a string or { address, name })",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const V6: &str = "import env from '#start/env'\nimport { defineConfig, transports } from '@adonisjs/mail'\n\nconst mailConfig = defineConfig({\n  default: 'smtp',\n  from: {\n    address: 'hello@acme.io',\n    name: 'ACME',\n  },\n  mailers: {\n    smtp: transports.smtp({\n      host: 'smtp.postmarkapp.com',\n      port: 587,\n      secure: false,\n      auth: {\n        type: 'login',\n        user: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n        pass: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n      },\n    }),\n  },\n})\n\nexport default mailConfig\n";

    #[test]
    fn v6_reads_nodemailer_options_and_the_global_from() {
        let (client, s, ids) = first(V6);
        assert_eq!(client, "adonis");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(
            &V6.replace("587", "465")
                .replace("secure: false", "secure: true"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn v5_driver_switch() {
        let v5 = "import Env from '@ioc:Adonis/Core/Env'\nimport { mailConfig } from '@adonisjs/mail/build/config'\n\nexport default mailConfig({\n  mailer: 'smtp',\n  mailers: {\n    smtp: {\n      driver: 'smtp',\n      host: 'smtp.postmarkapp.com',\n      port: 587,\n      auth: {\n        user: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n        pass: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n        type: 'login',\n      },\n    },\n  },\n})\n";
        let (client, s, _) = first(v5);
        assert_eq!(client, "adonis");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        let (_, _, ids) = first(&v5.replace("driver: 'smtp'", "driver: 'ses'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
