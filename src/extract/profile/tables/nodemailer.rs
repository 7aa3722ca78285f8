//! nodemailer: the options object of `nodemailer.createTransport({…})`, as
//! JavaScript/TypeScript or as JSON (Ghost's `config.production.json`
//! `"mail": { "transport": "SMTP", "options": {…} }`).
//!
//! Meaning (nodemailer's `smtp-connection`): `secure: true` starts TLS with
//! the first byte; otherwise the client upgrades with STARTTLS whenever the
//! server offers it, `requireTLS: true` makes that upgrade mandatory and
//! `ignoreTLS: true` never upgrades. The port defaults to 587, or 465 when
//! `secure` is true; with `secure` unset, port 465 turns implicit TLS on.
//! `secure` is read with JavaScript truthiness: `secure: "false"` (often
//! `process.env.SMTP_SECURE` passed through) is true. `service: 'Postmark'`
//! fills in host and port from the well-known list and wins over a written
//! `host`/`port`. Keys are case-sensitive; `user` and `pass` are read only
//! inside `auth`, `rejectUnauthorized` and the TLS versions only inside `tls`.
//! Ghost's `mail.transport` picks the transport: `SMTP` hands `options` to
//! nodemailer; `Direct` (its default), `sendmail`, `stub`, `SES`… ignore
//! them (ghost.org/docs/config/#mail).
//!
//! nodemailer's own transport switch is a flag in the options
//! (`createTransport` in lib/nodemailer.js, nodemailer.com/transports/):
//! `sendmail: true` pipes the message to the local sendmail binary,
//! `streamTransport: true` and `jsonTransport: true` only build the
//! message and hand it back (nothing is sent), and `SES: {…}` sends
//! through Amazon SES's API. With any of them the SMTP options are
//! ignored. (`pool: true` is checked first and is SMTP.)
//!
//! NestJS's `@nestjs-modules/mailer` hands `MailerModule.forRoot({ transport,
//! defaults })` (or the object `forRootAsync`'s `useFactory` returns) to
//! nodemailer unchanged: `createTransport(options.transport,
//! options.defaults)` (lib/mailer-transport.factory.ts in
//! github.com/nest-modules/mailer). So the module's call recognises this
//! table even when the options carry no nodemailer-only name (`host` and
//! `port` alone, a local catcher without `auth`); `defaults.from` is the From.
//! Payload's `@payloadcms/email-nodemailer` does the same with
//! `nodemailerAdapter({ transportOptions })` (its call recognises the table
//! too) and sends from
//! `defaultFromAddress` (packages/email-nodemailer/README.md and src/index.ts
//! in github.com/payloadcms/payload), so that key is the From, also when it is
//! read from the environment.

use crate::extract::profile::fields::settings_from_elsewhere;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, pairs, set, set_if, set_near, syn, words, Both, Fix,
    Hooks, Key, Marker, Pairs, Profile, Read, Sec, SetVal, Switch, TlsModel, Truth, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::{Field, Quote, Role::*, Value};

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
    // `minVersion: 'TLSv1'` only allows 1.0; these force it.
    k("tls.maxVersion|tls.secureProtocol", TlsVersion),
    // nodemailer takes an address object too, `from: { name, address }`
    // (nodemailer.com/message/addresses/): its `address` is the From.
    k("from.address|from", From),
    // Payload's `nodemailerAdapter({ defaultFromAddress, transportOptions })`
    // (see the module docs).
    k("defaultFromAddress", From),
    k("headers.X-PM-Message-Stream", Stream),
    kr("service", Host, Read::Preset),
    // Ghost's `mail.transport` (config.production.json, 0.x config.js).
    k("mail.transport", Transport),
    // nodemailer's transport flags (see the module docs).
    k("sendmail|streamTransport|jsonTransport", Transport),
    k("SES.*", Transport),
    // The whole options from elsewhere (`createTransport(config.mail)`,
    // `config` imported): see [`options_from_elsewhere`].
    // NestJS's `transport` (see the module docs) is the same argument: an
    // options object, or a URL or options read from elsewhere
    // (`config.get('MAIL_TRANSPORT')`).
    k(
        "createTransport(#0)|MailerModule.forRoot(#0).transport|MailerModule.forRootAsync(#0).useFactory.#0.transport",
        Url,
    ),
];

const MARKERS: &[Marker] = &[
    mark("createTransport()"),
    mark_value("require(#0)", "nodemailer"),
    mark("requireTLS"),
    mark("ignoreTLS"),
    mark("auth.pass"),
    mark("mail.transport"),
    // NestJS's mailer module (see the module docs).
    mark("MailerModule.forRoot()"),
    mark("MailerModule.forRootAsync()"),
    // Payload's adapter (see the module docs).
    mark("nodemailerAdapter()"),
];

const OTHER_KEYS: Words = words![
    "opportunisticTLS",
    "auth",
    "authMethod",
    "tls",
    "service",
    "url",
    "name",
    "localAddress",
    "connectionTimeout",
    "greetingTimeout",
    "socketTimeout",
    "dnsTimeout",
    "logger",
    "debug",
    "transactionLog",
    "pool",
    "maxConnections",
    "maxMessages",
    "rateDelta",
    "rateLimit",
    "proxy",
    "secured",
    "disableFileAccess",
    "disableUrlAccess",
    "lmtp",
    "clientId",
    "clientSecret",
    "refreshToken",
    "accessToken",
    "expires",
    "minVersion",
    "ciphers",
    "servername",
    "to",
    "cc",
    "bcc",
    "replyTo",
    "subject",
    "text",
    "html",
    "attachments",
    "headers",
    "sender",
    "envelope",
    "transport",
    "options",
];

/// Options of other libraries (nodemailer 0.x, emailjs, Django-ish names)
/// that nodemailer ignores, with what it reads instead.
const LEFTOVERS: Pairs = pairs![
    ("secureConnection", "secure"),
    ("ssl", "secure"),
    ("useSSL", "secure"),
    ("tls", "requireTLS"),
    ("starttls", "requireTLS"),
    ("requiresAuth", "auth"),
    ("user", "auth.user"),
    ("pass", "auth.pass"),
    ("username", "auth.user"),
    ("password", "auth.pass"),
    ("rejectUnauthorized", "tls.rejectUnauthorized"),
    ("hostname", "host"),
    ("server", "host"),
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
    Fix {
        what: W::VerifyOn,
        sets: &[set_if(VerifyPeer, "rejectUnauthorized", SetVal::Bool(true))],
        text: Some("tls: { rejectUnauthorized: true } (or remove `rejectUnauthorized: false`)"),
    },
    Fix {
        what: W::TlsModern,
        sets: &[
            set_if(TlsVersion, "maxVersion", SetVal::Remove),
            set_if(TlsVersion, "secureProtocol", SetVal::Remove),
        ],
        text: Some("tls: { minVersion: 'TLSv1.2' } (and no `maxVersion` below it)"),
    },
    fix_text(
        W::AuthOn,
        &[],
        "auth: { user: '<Server API token>', pass: '<Server API token>' }",
    ),
    fix_text(W::Username, &[], "auth: { user: '{value}' }"),
    fix_text(W::Password, &[], "auth: { pass: '{value}' }"),
    fix(W::From, &[set(From, "from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "headers: { 'X-PM-Message-Stream': '{value}' }",
    ),
];

/// nodemailer's reading of `secure` / `requireTLS` / `ignoreTLS`, shared
/// with the apps that hand their settings to `createTransport` (Ghost,
/// Outline, Directus, Strapi, Uptime Kuma).
pub(super) const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const NODEMAILER_BASE: Profile = Profile {
    id: "nodemailer",
    name: "nodemailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://nodemailer.com/smtp/ https://nodemailer.com/smtp/well-known/",
    syntaxes: syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    // Ghost's `mail.transport`: `SMTP` hands `options` to nodemailer;
    // `Direct` (Ghost's default), `sendmail`, `SES`, `stub` send without
    // them. Plain nodemailer options have no such key: no switch is read.
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["stub", "streamTransport", "jsonTransport"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "mail.transport",
    }),
    fixes: FIXES,
    sender_hint: "`from` in the message passed to `sendMail()`, or in the defaults (second argument) of `createTransport()`",
    hooks: Hooks { finish: Some(finish), ..Hooks::NONE },
    url_params: &[],
    ..BASE
};

pub static NODEMAILER: Profile = NODEMAILER_BASE;

pub static NODEMAILER_JSON: Profile = Profile {
    name: "nodemailer (JSON options)",
    syntaxes: syn::JSON,
    sender_hint: "`\"from\"` beside `\"options\"` in the mail section (Ghost: `mail.from`)",
    ..NODEMAILER_BASE
};

/// nodemailer's well-known services (lib/well-known/services.json) that
/// people point at: names → host, port, secure.
const SERVICES: &[(&[&str], &str, u16, bool)] = &[
    (
        &["postmark", "postmarkapp"],
        "smtp.postmarkapp.com",
        2525,
        false,
    ),
    (&["gmail", "googlemail"], "smtp.gmail.com", 465, true),
    (&["sendgrid"], "smtp.sendgrid.net", 587, false),
    (&["mailgun"], "smtp.mailgun.org", 465, true),
    (
        &["ses", "ses-us-east-1"],
        "email-smtp.us-east-1.amazonaws.com",
        465,
        true,
    ),
    (&["outlook365"], "smtp.office365.com", 587, false),
    (
        &["hotmail", "outlook", "outlook.com", "hotmail.com"],
        "smtp-mail.outlook.com",
        587,
        false,
    ),
    (&["yahoo"], "smtp.mail.yahoo.com", 465, true),
    (&["zoho"], "smtp.zoho.com", 465, true),
    (&["mailjet"], "in.mailjet.com", 587, false),
    (&["mandrill"], "smtp.mandrillapp.com", 587, false),
    (&["sendinblue", "brevo"], "smtp-relay.brevo.com", 587, false),
    (&["sparkpost"], "smtp.sparkpostmail.com", 587, false),
    (&["resend"], "smtp.resend.com", 465, true),
    (&["mailersend"], "smtp.mailersend.net", 587, false),
    (&["mailtrap"], "live.smtp.mailtrap.io", 587, false),
    (&["smtp2go"], "mail.smtp2go.com", 2525, false),
    (&["fastmail"], "smtp.fastmail.com", 465, true),
    (&["icloud", "me", "mac"], "smtp.mail.me.com", 587, false),
];

/// The preset for a `service` value, normalised as nodemailer does
/// (host, port, secure).
pub(super) fn service(name: &str) -> Option<(&'static str, u16, bool)> {
    let key: String = name
        .rsplit('@')
        .next()
        .unwrap_or(name)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .collect::<String>()
        .to_ascii_lowercase();
    SERVICES
        .iter()
        .find(|(names, ..)| names.contains(&key.as_str()))
        .map(|(_, host, port, secure)| (*host, *port, *secure))
}

/// For apps that pass one setting to nodemailer's `service` (Outline's
/// `SMTP_SERVICE`, Ghost's `mail__options__service`): the preset's host,
/// port and `secure` replace what the configuration around it says, as
/// nodemailer lets the well-known entry win.
pub(super) fn env_preset(doc: &Document, configs: &mut [Config], key: &str) {
    for e in doc.active() {
        if doc.key_of(e) != key {
            continue;
        }
        let Some(cfg) = configs
            .iter_mut()
            .find(|c| doc.within(e.scope, c.root) || doc.within(c.root, e.scope))
        else {
            continue;
        };
        let text = doc.text_of(&e.value);
        // A service named by a reference (`${SMTP_SERVICE}`): where it
        // connects is unknown, so the host is that reference.
        if e.value.kind == crate::extract::read::ValKind::Reference && cfg.get(Host).is_none() {
            cfg.fields.push(Field {
                role: Host,
                key: key.to_string(),
                key_span: e.key_span(),
                value: Value {
                    text: text.to_string(),
                    span: e.value.span(),
                    quote: Quote::None,
                    verbatim: false,
                    reference: Some(text.to_string()),
                },
                syntax: e.syntax,
            });
            continue;
        }
        if e.value.kind != crate::extract::read::ValKind::Literal {
            continue;
        }
        let Some((host, port, secure)) = service(text) else {
            continue;
        };
        cfg.fields
            .retain(|f| !matches!(f.role, Host | Port | ImplicitTls));
        let derived = |role, text: &str| Field {
            role,
            key: key.to_string(),
            key_span: e.key_span(),
            value: Value {
                text: text.to_string(),
                span: e.value.span(),
                quote: Quote::None,
                verbatim: false,
                reference: None,
            },
            syntax: e.syntax,
        };
        cfg.fields.push(derived(Host, host));
        cfg.fields.push(derived(Port, &port.to_string()));
        cfg.fields
            .push(derived(ImplicitTls, if secure { "true" } else { "false" }));
    }
}

fn finish(doc: &Document, configs: &mut Vec<Config>) {
    options_from_elsewhere(configs);
    ses(doc, configs);
    presets(doc, configs);
    secure_follows_port(doc, configs);
}

/// `createTransport(config.mail)` with `config` defined outside the paste
/// (imported, a parameter): nodemailer is the client and its options are
/// that object, so host, port, login and `secure` are the reference, not
/// missing. An options object written in the paste is read key by key (no
/// such entry); an environment read handed over whole
/// (`createTransport(process.env.SMTP_URL)`) is a connection URL, which
/// the SMTP URL table reads, and a call's result a transport plugin's:
/// this table leaves both.
fn options_from_elsewhere(configs: &mut Vec<Config>) {
    use crate::extract::read::resolve::env_read;
    for c in configs.iter_mut() {
        let Some(i) = c.fields.iter().position(|f| f.role == Url) else {
            continue;
        };
        let whole = c.fields.remove(i);
        // A variable or a member of one (`config.mail`, `this.opts`), or a
        // configuration looked up by name (`config.get('mail')`, NestJS's
        // `configService.get<…>('smtp')`), not another call:
        // `createTransport(sendGridTransport({…}))` is a transport plugin
        // (another service's API), not SMTP options.
        let is_path = |r: &str| {
            !r.is_empty()
                && r.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.' | b'?'))
        };
        let looked_up = |r: &str| {
            let Some((obj, rest)) = r.split_once(".get") else {
                return false;
            };
            let rest = match rest.strip_prefix('<') {
                Some(t) => t.split_once('>').map_or("", |(_, a)| a),
                None => rest,
            };
            let arg = rest
                .strip_prefix('(')
                .and_then(|a| a.strip_suffix(')'))
                .unwrap_or("");
            let quoted = arg.len() >= 2
                && matches!(arg.as_bytes()[0], b'\'' | b'"' | b'`')
                && arg.as_bytes()[arg.len() - 1] == arg.as_bytes()[0]
                && !arg[1..arg.len() - 1].contains(['\'', '"', '`', '(']);
            is_path(obj) && quoted
        };
        let path = |r: &str| is_path(r) || looked_up(r);
        let elsewhere = whole
            .value
            .reference
            .as_deref()
            .map(str::trim)
            .is_some_and(|r| path(r) && env_read(r).is_none());
        if elsewhere {
            settings_from_elsewhere(c, &whole, &[Host, Port, Username, Password, ImplicitTls]);
        }
    }
    configs.retain(|c| !c.fields.is_empty());
}

/// `secure: Number(process.env.SMTP_PORT) === 465` beside `port:
/// Number(process.env.SMTP_PORT) || 587` (or `{ port, secure: port === 465 }`
/// with `const port = …`): `secure` is on exactly when the port is 465,
/// which is what nodemailer does with `secure` unset. Where the port is not
/// in the paste, `secure` is read as unset: the TLS mode follows the port,
/// and the port's own note says what could not be checked. (When the paste
/// defines the port, `resolve` has already turned both into literals.)
fn secure_follows_port(doc: &Document, configs: &mut [Config]) {
    use crate::extract::read::expr::{compared_to, operand};
    for c in configs.iter_mut() {
        let follows = |f: &Field| {
            f.role == ImplicitTls
                && f.value
                    .reference
                    .as_deref()
                    .and_then(|r| compared_to(r, 465.0))
                    .is_some()
        };
        if !c.fields.iter().any(follows) {
            continue;
        }
        let Some(port) = c.get(Port).filter(|p| p.value.reference.is_some()) else {
            continue;
        };

        let core = port
            .value
            .reference
            .as_deref()
            .map(|r| operand(r).core.to_string());
        // The variable the port was read through (`{ port }`, `port: smtpPort`):
        // the definition written where the port's value now points (not a
        // call inside that value, `parseInt(…)`).
        let var = doc
            .active()
            .find(|e| {
                e.value.span() == port.value.span
                    && e.key_span() != port.key_span
                    && e.key_span().end <= port.value.span.start
            })
            .map(|e| doc.key_of(e));
        c.fields.retain(|f| {
            let compared = f
                .value
                .reference
                .as_deref()
                .and_then(|r| compared_to(r, 465.0));
            !(f.role == ImplicitTls
                && compared.is_some()
                && (compared == core.as_deref() || compared == var))
        });
    }
}

/// `SES: { ses, aws }` is one switch, whatever its object holds: the
/// entries inside it (`SES.ses`) become one `SES` transport setting, which
/// selects Amazon SES's API.
fn ses(doc: &Document, configs: &mut [Config]) {
    if !configs.iter().any(|c| c.get(Transport).is_some()) {
        return;
    }
    // Where the keys inside an `SES` object start (one pass).
    let inside: rustc_hash::FxHashSet<usize> = doc
        .active()
        .filter(|e| {
            let mut path = doc.path_rev(e);
            path.next();
            path.next()
                .is_some_and(|p| p.kind == SegKind::Key && p.text(doc.input) == "SES")
        })
        .map(|e| e.key_span().start)
        .collect();
    for c in configs.iter_mut() {
        let mut seen = false;
        c.fields.retain_mut(|f| {
            if f.role != Transport || !inside.contains(&f.key_span.start) {
                return true;
            }
            if seen {
                return false;
            }
            seen = true;
            f.key = "SES".to_string();
            f.value = Value {
                text: "{…}".to_string(),
                span: f.key_span.clone(),
                quote: Quote::None,
                verbatim: false,
                reference: None,
            };
            true
        });
    }
}

/// `service: 'Postmark'` presets win over a written host/port: they are
/// added last to the configuration whose object holds them.
fn presets(doc: &Document, configs: &mut Vec<Config>) {
    for e in doc.active() {
        let mut path = doc.path_rev(e);
        let Some(last) = path.next() else { continue };
        if last.kind != SegKind::Key || last.text(doc.input) != "service" {
            continue;
        }
        // OAuth2's `auth.service` is no preset.
        if path.next().is_some_and(|p| p.text(doc.input) == "auth") {
            continue;
        }
        let text = doc.text_of(&e.value);
        let Some((host, port, secure)) = (e.value.kind == crate::extract::read::ValKind::Literal)
            .then(|| service(text))
            .flatten()
        else {
            continue;
        };
        let at = configs
            .iter()
            .position(|c| doc.within(e.scope, c.root) || doc.within(c.root, e.scope));
        let cfg = match at {
            Some(i) => &mut configs[i],
            None => {
                // Only the preset says where to connect: a configuration of its own.
                let json = e.syntax == crate::model::Syntax::Code(crate::model::Lang::Json);
                let mut c = Config::new(
                    if json { &NODEMAILER_JSON } else { &NODEMAILER },
                    e.key_span(),
                );
                c.root = e.scope;
                // A sender written elsewhere (`sendMail({from})`) joins it.
                for other in configs
                    .iter_mut()
                    .filter(|o| o.get(Host).is_none() && o.get(Port).is_none())
                {
                    c.fields.append(&mut other.fields);
                }
                configs.retain(|o| !o.fields.is_empty());
                configs.push(c);
                configs.last_mut().expect("pushed")
            }
        };
        let derived = |role, text: &str| Field {
            role,
            key: doc.key_of(e).to_string(),
            key_span: e.key_span(),
            value: Value {
                text: text.to_string(),
                span: e.value.span(),
                quote: Quote::None,
                verbatim: false,
                reference: None,
            },
            syntax: e.syntax,
        };
        cfg.fields.push(derived(Host, host));
        cfg.fields.push(derived(Port, &port.to_string()));
        if secure {
            cfg.fields.push(derived(ImplicitTls, "true"));
        }
    }
}

#[cfg(test)]
mod tests {

    fn lint(src: &str) -> (Vec<serde_json::Value>, Vec<String>) {
        let r = crate::lint(src, &crate::Options::default());
        let configs = r
            .configs
            .iter()
            .map(|c| {
                let mut v = serde_json::to_value(&c.settings).expect("settings");
                v["client"] = c.client.clone().into();
                v
            })
            .collect();
        (configs, r.findings.iter().map(|f| f.id.clone()).collect())
    }

    #[test]
    fn a_connection_url_from_the_environment_is_a_configuration() {
        // Not an unrecognised paste: the URL is read where the
        // environment is set, so its checks are named as skipped.
        let (c, ids) = lint("const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport(process.env.SMTP_URL);\nmodule.exports = t;\n");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["client"], "smtp-url");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        assert!(
            !ids.iter()
                .any(|i| i == "input/unrecognized" || i == "input/unknown-key"),
            "{ids:?}"
        );
        let (c, _) = lint(
            "const t = nodemailer.createTransport({ url: process.env.SMTP_URL, pool: true });\n",
        );
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn options_from_outside_the_paste_are_a_configuration() {
        // The client is known, its settings are elsewhere: say what could
        // not be checked, not "no SMTP setting" nor a missing login.
        for src in [
            "const nodemailer = require('nodemailer');\nconst config = require('../config');\nconst transporter = nodemailer.createTransport(config.mail);\nmodule.exports = transporter;\n",
            "import nodemailer from 'nodemailer';\nimport { smtpOptions } from './settings';\nexport const t = nodemailer.createTransport(smtpOptions);\n",
        ] {
            let (c, ids) = lint(src);
            assert_eq!(c.len(), 1, "{c:?}");
            assert_eq!(c[0]["client"], "nodemailer");
            assert!(
                ids.iter().any(|i| i == "input/unresolved-reference"),
                "{ids:?}"
            );
            assert!(
                !ids.iter().any(|i| i == "input/unrecognized"
                    || i.starts_with("auth/missing")
                    || i == "host/missing"
                    || i == "port/missing"),
                "{ids:?}"
            );
        }
        // A configuration looked up by name is the options too.
        let (c, _) = lint("import config from 'config';\nconst mailConfig = config.get('mail');\nconst t = nodemailer.createTransport(mailConfig);\n");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["client"], "nodemailer");
        // A transport plugin's result is not SMTP options.
        let (_, ids) = lint("const nodemailer = require('nodemailer');\nconst sg = require('nodemailer-sendgrid-transport');\nconst t = nodemailer.createTransport(sg({ auth: { api_key: process.env.SENDGRID_API_KEY } }));\n");
        assert!(ids.iter().any(|i| i == "input/unrecognized"), "{ids:?}");
        // Options written in the paste are read key by key.
        let (c, _) = lint("const options = { host: 'smtp.postmarkapp.com', port: 2525 };\nconst t = nodemailer.createTransport(options);\n");
        assert_eq!(c[0]["host"], "smtp.postmarkapp.com");
        assert_eq!(c[0]["port"], 2525);
    }

    #[test]
    fn variables_named_like_options_are_no_options_of_their_own() {
        // `let host`/`port` set, then a default in an `if`, then handed on:
        // one configuration, read where handed on, no duplicate.
        let src = "let host = process.env.SMTP_HOST;\nif (!host) {\n  host = 'smtp.postmarkapp.com';\n}\nlet port = 587;\nif (process.env.SMTP_SECURE === 'true') {\n  port = 465;\n}\nconst t = nodemailer.createTransport({ host, port, auth: { user: 'u', pass: 'p' } });\n";
        let (c, ids) = lint(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["port"], 587);
        assert!(c[0]["host"].is_null(), "{c:?}");
        assert!(
            !ids.iter()
                .any(|i| i == "input/duplicate-setting" || i == "input/multiple-configs"),
            "{ids:?}"
        );
    }

    #[test]
    fn an_options_object_named_above_is_read_once_where_handed_on() {
        let src = "const options = {\n  host: 'smtp.postmarkapp.com',\n  port: 2525,\n  auth: { user: 'abcd1234-ab12-cd34-ef56-abcdef123456', pass: 'abcd1234-ab12-cd34-ef56-abcdef123456' },\n};\nconst transporter = nodemailer.createTransport(options);\n";
        let (c, ids) = lint(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["username"], "abcd…3456");
        assert_eq!(c[0]["port"], 2525);
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("auth/") || i == "input/multiple-configs"),
            "{ids:?}"
        );
        // Built in steps from an empty object: the steps are the settings.
        let src = "const opts = {};\nopts.host = 'smtp.postmarkapp.com';\nopts.port = 587;\nconst transporter = nodemailer.createTransport(opts);\n";
        let (c, ids) = lint(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["host"], "smtp.postmarkapp.com");
        assert!(
            !ids.iter()
                .any(|i| i == "input/unknown-key" || i == "input/unresolved-reference"),
            "{ids:?}"
        );
    }

    #[test]
    fn variables_passed_by_name_are_read_once_where_used() {
        // Top-level variables named like the options, passed in shorthand:
        // one configuration, each setting read as what the variable holds.
        let src = "const host = process.env.SMTP_HOST;\nconst port = 465;\nconst user = 'abcd1234-aaaa-bbbb-cccc-1234567890ab';\nconst t = nodemailer.createTransport({\n  host,\n  port,\n  secure: true,\n  auth: { user, pass: user },\n});\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let s = serde_json::to_value(&r.configs[0].settings).expect("settings");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids.iter().filter(|i| **i == "port/465-unsupported").count(),
            1
        );
        assert!(!ids.contains(&"auth/missing-username"), "{ids:?}");
        let host = r
            .findings
            .iter()
            .find(|f| f.id == "input/unresolved-reference" && f.message.starts_with("host"))
            .expect("host note");
        assert!(
            host.message
                .contains("`process.env.SMTP_HOST`, which is not in the paste"),
            "{}",
            host.message
        );
        // Line 1, where the variable is assigned.
        assert_eq!(host.span.as_ref().map(|s| s.line), Some(1));
    }

    #[test]
    fn transport_flags_mean_no_smtp() {
        let ids = |src: &str| super::super::linted(src).2;
        let smtp = "  host: 'smtp.postmarkapp.com',\n  port: 587,\n  auth: { user: 'abcd1234-aaaa-bbbb-cccc-1234567890ab', pass: 'abcd1234-aaaa-bbbb-cccc-1234567890ab' },\n";
        let with = |flag: &str| {
            format!("const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({{\n  {flag},\n{smtp}}});\n")
        };
        let r = crate::lint(&with("sendmail: true"), &crate::Options::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "input/smtp-not-enabled")
            .expect("sendmail");
        assert_eq!(f.severity, crate::report::Severity::Warning);
        assert!(f.fix.contains("remove `sendmail = true`"), "{}", f.fix);
        for flag in ["streamTransport: true", "jsonTransport: true"] {
            let r = crate::lint(&with(flag), &crate::Options::default());
            let f = r.findings.iter().find(|f| f.id == "input/smtp-not-enabled");
            assert_eq!(
                f.map(|f| f.severity),
                Some(crate::report::Severity::Error),
                "{flag}"
            );
        }
        assert!(ids(&with("SES: { ses, aws }"))
            .iter()
            .any(|i| i == "input/smtp-not-enabled"));
        // Off, or not written: SMTP.
        for flag in ["sendmail: false", "pool: true"] {
            let got = ids(&with(flag));
            assert!(
                !got.iter().any(|i| i == "input/smtp-not-enabled"),
                "{flag}: {got:?}"
            );
        }
        // SES alone is a mail setup (no SMTP setting), not an unrecognised paste.
        let got = ids("const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({\n  SES: { ses, aws },\n});\n");
        assert!(got.iter().any(|i| i == "input/smtp-not-enabled"), "{got:?}");
        assert!(!got.iter().any(|i| i == "input/unrecognized"), "{got:?}");
    }
    #[test]
    fn auth_object_named_by_a_variable_is_read() {
        // `const auth = { user, pass }` then `{ host, port, auth }` or
        // `auth: smtpAuth`: the object's keys, not a missing username.
        for text in [
            "const nodemailer = require('nodemailer');\nconst auth = {\n  user: process.env.SMTP_USER,\n  pass: process.env.SMTP_PASS,\n};\nconst t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  auth,\n});\n",
            "const nodemailer = require('nodemailer');\nconst smtpAuth = { user: 'abcd1234-aaaa-bbbb-cccc-1234567890ab', pass: 'abcd1234-aaaa-bbbb-cccc-1234567890ab' };\nconst t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  auth: smtpAuth,\n});\n",
        ] {
            let (client, _, ids) = super::super::linted(text);
            assert_eq!(client, "nodemailer");
            assert!(
                !ids.iter().any(|i| i.starts_with("auth/missing")),
                "{ids:?}"
            );
        }
        // An object that has no `user` still leaves it missing.
        let text = "const nodemailer = require('nodemailer');\nconst auth = { pass: 'abcd1234-aaaa-bbbb-cccc-1234567890ab' };\nconst t = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, auth });\n";
        let ids = super::super::linted(text).2;
        assert!(super::super::has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn a_service_object_is_the_configuration_not_the_web_server_beside_it() {
        // Ghost 0.x `config.js`: `server: { host, port }` is the HTTP
        // listener; the mail settings are `service` + `auth`.
        let text = "config = {\n  production: {\n    mail: {\n      transport: 'SMTP',\n      from: 'blog@acme.io',\n      options: {\n        service: 'Postmark',\n        auth: { user: 'tok-1234abcd', pass: 'tok-1234abcd' }\n      }\n    },\n    server: { host: '0.0.0.0', port: '2368' }\n  }\n};\n";
        let (client, s, ids) = super::super::linted(text);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert!(s["username"].is_string(), "{s:?}");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i == "input/multiple-configs"),
            "{ids:?}"
        );
    }

    #[test]
    fn ghost_mail_transport_other_than_smtp_ignores_the_options() {
        let json = "{\"mail\": {\"transport\": \"SMTP\", \"options\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587, \"auth\": {\"user\": \"tok-1234abcd\", \"pass\": \"tok-1234abcd\"}}}}";
        let (client, _, ids) = super::super::linted(json);
        assert_eq!(client, "nodemailer");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        let (_, _, ids) = super::super::linted(&json.replace("SMTP", "Direct"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        // Plain nodemailer options have no switch: SMTP.
        let (_, _, ids) = super::super::linted(&json.replace("\"transport\": \"SMTP\", ", ""));
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
    }

    #[test]
    fn process_env_values_from_the_pasted_env_are_strings() {
        // `SMTP_SECURE=false` in the .env is the string "false" in
        // `process.env`: truthy, so nodemailer starts TLS on the first byte.
        let text = "// .env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\n\n// mailer.js\nconst t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: process.env.SMTP_PORT,\n  secure: process.env.SMTP_SECURE,\n});\n";
        let (client, s, ids) = super::super::linted(text);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn secure_true_is_implicit_tls_whatever_port_the_environment_gives() {
        let text = "module.exports = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: +process.env.SMTP_PORT,\n  secure: true,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\n";
        let (client, s, _) = super::super::linted(text);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["security"], "implicit");
        // `secure: false` is STARTTLS when offered on any port: only an
        // unset `secure` turns into implicit TLS on 465.
        let (_, s, _) = super::super::linted(&text.replace("secure: true", "secure: false"));
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = super::super::linted(&text.replace("  secure: true,\n", ""));
        assert!(s["security"].is_null(), "{s:?}");
    }

    #[test]
    fn secure_written_as_port_is_465_follows_the_port() {
        let note = |ids: &[crate::report::Finding], key: &str| {
            ids.iter().any(|f| {
                f.id == "input/unresolved-reference" && f.message.starts_with(&format!("{key} is"))
            })
        };
        // The port is not in the paste: `secure` follows it, as unset does.
        for text in [
            "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: Number(process.env.SMTP_PORT) || 587,\n  secure: Number(process.env.SMTP_PORT) === 465,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\n",
            "const port = parseInt(process.env.SMTP_PORT, 10);\nconst t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port,\n  secure: port === 465,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\n",
        ] {
            let r = crate::lint(text, &crate::Options::default());
            assert_eq!(r.configs[0].client, "nodemailer");
            assert!(!note(&r.findings, "secure"), "{text}: {:?}", r.findings);
            assert!(note(&r.findings, "port"), "{text}");
        }
        // Defined in the paste: judged as the value.
        let text = "// .env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=465\n\n// mail.js\nconst t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: Number(process.env.SMTP_PORT) || 587,\n  secure: Number(process.env.SMTP_PORT) === 465,\n  auth: { user: 'abcd1234-aaaa-bbbb-cccc-1234567890ab', pass: 'abcd1234-aaaa-bbbb-cccc-1234567890ab' },\n});\n";
        let (_, s, ids) = super::super::linted(text);
        assert_eq!(
            (s["port"].as_u64(), s["security"].as_str()),
            (Some(465), Some("implicit"))
        );
        assert!(super::super::has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!super::super::has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = super::super::linted(&text.replace("SMTP_PORT=465", "SMTP_PORT=587"));
        assert_eq!(
            (s["port"].as_u64(), s["security"].as_str()),
            (Some(587), Some("starttls"))
        );
        assert!(
            !super::super::has(&ids, "input/unresolved-reference"),
            "{ids:?}"
        );
        // Another variable than the port: still a reference.
        let r = crate::lint(
            "const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  secure: Number(process.env.MAIL_PORT) === 465,\n});\n",
            &crate::Options::default(),
        );
        assert!(note(&r.findings, "secure"), "{:?}", r.findings);
    }

    #[test]
    fn secure_compared_to_a_pasted_string_and_empty_fallbacks() {
        let text = "// .env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_SECURE=true\n\n// mail.js\nconst t = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: 587,\n  secure: process.env.SMTP_SECURE === 'true',\n});\n";
        let (_, s, ids) = super::super::linted(text);
        assert_eq!(s["security"], "implicit");
        assert!(super::super::has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) =
            super::super::linted(&text.replace("SMTP_SECURE=true", "SMTP_SECURE=false"));
        assert_eq!(s["security"], "starttls");
        // `|| true` with an empty value: the fallback (an empty string is falsy).
        let text = text
            .replace("SMTP_SECURE=true", "SMTP_SECURE=")
            .replace("=== 'true'", "|| true");
        let (_, s, _) = super::super::linted(&text);
        assert_eq!(s["security"], "implicit");
        // `??` keeps the empty string (set, not nullish): falsy, so STARTTLS.
        let (_, s, _) = super::super::linted(&text.replace("|| true", "?? true"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn names_destructured_from_process_env_are_environment_reads() {
        let text = "# .env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=465\nSMTP_SECURE=false\n\n// config/mailer.js\nconst { SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE } = process.env\n\nmodule.exports = {\n  host: SMTP_HOST,\n  port: SMTP_PORT || 587,\n  secure: (SMTP_SECURE === 'true'),\n  auth: { user: SMTP_USER, pass: SMTP_PASS },\n};\n";
        let (client, s, ids) = super::super::linted(text);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        // `'false' === 'true'`: secure is off (as `secure: false` written).
        assert_eq!(s["security"], "starttls");
        assert!(super::super::has(&ids, "port/465-unsupported"), "{ids:?}");
        let notes = ids
            .iter()
            .filter(|i| *i == "input/unresolved-reference")
            .count();
        assert_eq!(notes, 2, "user and pass only: {ids:?}");
        // From another object: no environment read.
        let (_, s, _) = super::super::linted(&text.replace("} = process.env", "} = config"));
        assert!(s["host"].is_null(), "{s:?}");
    }

    /// A development branch's sendmail transport beside the SMTP one is
    /// that branch's choice, not a switch of the SMTP configuration.
    #[test]
    fn nestjs_mailer_module_options_are_nodemailer_options() {
        // `host` and `port` alone name no client; NestJS's module call does,
        // sync or through `forRootAsync`'s factory.
        let sync = "@Module({\n  imports: [\n    MailerModule.forRoot({\n      transport: { host: 'smtp.postmarkapp.com', port: 2525 },\n      defaults: { from: 'billing@acme-hardware.io' },\n    }),\n  ],\n})\nexport class AppModule {}\n";
        let asynchronous = sync
            .replace(
                "MailerModule.forRoot({\n",
                "MailerModule.forRootAsync({\n      useFactory: () => ({\n",
            )
            .replace("    }),\n  ],", "    }) }),\n  ],");
        for src in [sync, asynchronous.as_str()] {
            let (client, s, _) = super::super::linted(src);
            assert_eq!(client, "nodemailer", "{src}");
            assert_eq!(s["host"], "smtp.postmarkapp.com");
            assert_eq!(s["port"], 2525);
            assert_eq!(s["security"], "starttls");
            assert_eq!(s["from"], "billing@acme-hardware.io");
        }
        // Another module's `forRoot` with the same names is not the mailer's.
        let other = crate::lint(
            &sync.replace("MailerModule", "CacheModule"),
            &crate::Options::default(),
        );
        assert!(
            other.configs.iter().all(|c| c.client != "nodemailer"),
            "{:?}",
            other.configs.iter().map(|c| &c.client).collect::<Vec<_>>()
        );
    }

    #[test]
    fn payload_default_from_address_is_the_from_even_as_a_reference() {
        let src = "export const email = nodemailerAdapter({\n  defaultFromAddress: 'hello@lumenfield.studio',\n  defaultFromName: 'Site',\n  transportOptions: {\n    host: 'smtp.postmarkapp.com',\n    port: 587,\n    auth: { user: 'c8e2a4f6-9b1d-4e3a-b7c5-0d2f4a6e8b13', pass: 'c8e2a4f6-9b1d-4e3a-b7c5-0d2f4a6e8b13' },\n  },\n})\n";
        let (client, s, _) = super::super::linted(src);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["from"], "hello@lumenfield.studio");
        // Read from the environment: the sender is that reference, not missing.
        let (_, s, ids) = super::super::linted(&src.replace(
            "'hello@lumenfield.studio'",
            "process.env.PAYLOAD_EMAIL_ADDRESS",
        ));
        assert!(s["from"].is_null(), "{s}");
        assert!(!ids.iter().any(|i| i == "from/missing"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        // No nodemailer-only name in the options: the adapter's call says it.
        let bare = "export const email = nodemailerAdapter({\n  defaultFromAddress: 'hello@lumenfield.studio',\n  transportOptions: { host: 'mailpit', port: 1025 },\n})\n";
        let (client, s, _) = super::super::linted(bare);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["port"], 1025);
    }

    #[test]
    fn a_branch_choosing_sendmail_does_not_switch_the_smtp_transport_off() {
        let src = "async function getSendmail() {\n  if (isDev && !postmark) {\n    cached = nodemailer.createTransport({ sendmail: true });\n    return cached;\n  }\n  cached = nodemailer.createTransport({\n    host: 'smtp.postmarkapp.com',\n    port: 587,\n    auth: { user: postmark.apiToken, pass: postmark.apiToken },\n  });\n  return cached;\n}\n";
        let (client, s, ids) = super::super::linted(src);
        assert_eq!(client, "nodemailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        // Unconditional, the switch is the configuration's own.
        let (_, _, ids) = super::super::linted(&src.replace(
            "    host: 'smtp.postmarkapp.com',\n",
            "    host: 'smtp.postmarkapp.com',\n    sendmail: true,\n",
        ));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn an_address_object_in_from_is_the_from() {
        // NestJS `defaults: { from: { name, address } }`: the address is the
        // From, written or read from elsewhere, never a missing one.
        let src = "MailerModule.forRoot({\n  transport: { host: 'smtp.postmarkapp.com', port: 587 },\n  defaults: {\n    from: { name: 'Acme', address: 'hello@acme-widgets.io' },\n  },\n});\n";
        let (c, ids) = lint(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["from"], "hello@acme-widgets.io");
        assert!(!ids.iter().any(|i| i == "from/missing"), "{ids:?}");
        let (c, ids) = lint(&src.replace("'hello@acme-widgets.io'", "config.mail.from"));
        assert!(c[0]["from"].is_null(), "{c:?}");
        assert!(!ids.iter().any(|i| i == "from/missing"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
    }

    #[test]
    fn a_nestjs_transport_read_from_elsewhere_is_a_configuration() {
        let src = "@Module({\n  imports: [\n    MailerModule.forRootAsync({\n      useFactory: async (config: ConfigService) => ({\n        transport: config.get('MAIL_TRANSPORT'),\n        defaults: { from: config.get('MAIL_FROM') },\n      }),\n      inject: [ConfigService],\n    }),\n  ],\n})\nexport class MailModule {}\n";
        let (c, ids) = lint(src);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        for no in [
            "input/unrecognized",
            "host/missing",
            "auth/missing-password",
        ] {
            assert!(!ids.iter().any(|i| i == no), "{ids:?}");
        }
        // A URL written there is still read as the URL.
        let (c, _) = lint("MailerModule.forRoot({\n  transport: 'smtp://KEY:KEY@smtp.postmarkapp.com:587',\n  defaults: { from: 'hello@acme-widgets.io' },\n});\n");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0]["host"], "smtp.postmarkapp.com");
        assert_eq!(c[0]["port"], 587);
    }
}
