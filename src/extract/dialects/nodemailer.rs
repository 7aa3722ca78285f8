//! nodemailer: the options object of `nodemailer.createTransport({…})`, as
//! JavaScript/TypeScript or as JSON (Ghost's `config.production.json`
//! `"mail": { "transport": "SMTP", "options": {…} }`).
//!
//! Meaning (nodemailer's `smtp-connection`): `secure: true` starts TLS with
//! the first byte; otherwise the client upgrades with STARTTLS whenever the
//! server offers it, `requireTLS: true` makes that upgrade mandatory and
//! `ignoreTLS: true` never upgrades. The port defaults to 587, or 465 when
//! `secure` is true; with `secure` unset, port 465 turns implicit TLS on.
//! `service: 'Postmark'` fills in host and port from the well-known list
//! and wins over a written `host`/`port`. Keys are case-sensitive; `user`
//! and `pass` are read only inside `auth`, `rejectUnauthorized` and the TLS
//! versions only inside `tls`.

use crate::extract::group::{group, Item};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Role, Security, Tls};

use super::code_util::{add_field, config_at, derived, item_of, quoted_key};

pub struct Nodemailer {
    /// The configuration was written as JSON (fixes use JSON syntax).
    json: bool,
}
pub static NODEMAILER: Nodemailer = Nodemailer { json: false };
static NODEMAILER_JSON: Nodemailer = Nodemailer { json: true };

/// Transport options nodemailer reads (top level of the options object).
const TRANSPORT_KEYS: [&str; 30] = [
    "host",
    "port",
    "secure",
    "requireTLS",
    "ignoreTLS",
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
];

/// Keys of `auth`, `tls` and the message (defaults / `sendMail`), which the
/// client reads too.
const OTHER_KEYS: [&str; 26] = [
    "user",
    "pass",
    "type",
    "clientId",
    "clientSecret",
    "refreshToken",
    "accessToken",
    "expires",
    "rejectUnauthorized",
    "minVersion",
    "maxVersion",
    "ciphers",
    "servername",
    "from",
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
];

/// Options of other libraries (nodemailer 0.x, emailjs, Django-ish names)
/// that nodemailer ignores, with what it reads instead.
const LEFTOVERS: &[(&str, &str)] = &[
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

/// nodemailer's well-known services (lib/well-known/services.json) that
/// people point at: name/alias (normalised) → host, port, secure.
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

/// The preset for a `service` value, normalised as nodemailer does.
fn service(name: &str) -> Option<(&'static str, u16, bool)> {
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

/// Whether a path segment names a mail context (`createTransport`,
/// `transporter`, `mail`, `smtp`, `sendMail`, `emailConfig`…).
fn mailish(segment: &str) -> bool {
    let s = segment.to_ascii_lowercase();
    ["transport", "smtp", "mail", "sender"]
        .iter()
        .any(|w| s.contains(w))
}

/// The role of a key at a place in the options object.
fn role(name: &str, path: &[String]) -> Option<Role> {
    let parent = path.last().map(String::as_str).unwrap_or("");
    match (parent, name) {
        ("auth", "user") => Some(Role::Username),
        ("auth", "pass") => Some(Role::Password),
        ("auth", "type") => Some(Role::AuthMethod),
        // `minVersion: 'TLSv1'` only allows 1.0; these force it.
        ("tls", "rejectUnauthorized") => Some(Role::VerifyPeer),
        ("tls", "maxVersion" | "secureProtocol") => Some(Role::TlsVersion),
        ("headers", h) if h.eq_ignore_ascii_case("X-PM-Message-Stream") => Some(Role::Stream),
        ("auth" | "tls" | "headers", _) => None,
        (_, "host") => Some(Role::Host),
        (_, "port") => Some(Role::Port),
        (_, "secure") => Some(Role::ImplicitTls),
        (_, "requireTLS") => Some(Role::StartTls),
        // Read by `tls()` as "STARTTLS off" (there is no inverted role).
        (_, "ignoreTLS") => Some(Role::Encryption),
        (_, "from") => Some(Role::From),
        _ => None,
    }
}

/// Whether the document says nodemailer.
fn marker(doc: &Document) -> bool {
    doc.mentions("createTransport")
        || doc.mentions("nodemailer")
        || (doc.mentions("\"transport\"")
            && doc.mentions("\"options\"")
            && doc.mentions("\"mail\""))
}

impl Nodemailer {
    fn candidates<'d>(&self, doc: &'d Document) -> Vec<&'d crate::extract::code::Assign> {
        // Where some mail-named object holds a host or port, keep to those
        // objects: an Express `server: { port }` is not the transport.
        let in_mail = |a: &crate::extract::code::Assign| a.path.iter().any(|s| mailish(s));
        let scoped = doc
            .code
            .iter()
            .any(|a| in_mail(a) && matches!(role(&a.name, &a.path), Some(Role::Host | Role::Port)));
        doc.code
            .iter()
            .filter(|a| a.container.is_none() && !type_annotation(a))
            .filter(|a| !scoped || in_mail(a) || a.name == "from")
            .collect()
    }
}

/// `host: string;` in a TypeScript `interface`/`type` declares the option's
/// type; it sets nothing.
fn type_annotation(a: &crate::extract::code::Assign) -> bool {
    const TYPES: [&str; 10] = [
        "string",
        "number",
        "boolean",
        "any",
        "unknown",
        "undefined",
        "null",
        "never",
        "object",
        "bigint",
    ];
    a.value.reference.is_some()
        && a.value.text.split(['|', '&']).all(|t| {
            let t = t.trim().trim_end_matches("[]");
            TYPES.contains(&t)
        })
}

impl Dialect for Nodemailer {
    fn id(&self) -> &'static str {
        "nodemailer"
    }
    fn name(&self) -> &'static str {
        if self.json {
            "nodemailer (JSON options)"
        } else {
            "nodemailer"
        }
    }
    fn detect(&self, doc: &Document) -> u32 {
        let cands = self.candidates(doc);
        let mut seen: Vec<Role> = Vec::new();
        for a in &cands {
            if let Some(r) = role(&a.name, &a.path) {
                if !seen.contains(&r) {
                    seen.push(r);
                }
            }
        }
        let nested_auth = seen.contains(&Role::Username) || seen.contains(&Role::Password);
        let has_service = cands.iter().any(|a| a.name == "service");
        if marker(doc) && (!seen.is_empty() || has_service) {
            return 100 + 10 * seen.len() as u32;
        }
        // Without a marker, `auth: { user, pass }` beside `host` plus a
        // nodemailer-only key is still its shape.
        let own = cands
            .iter()
            .any(|a| matches!(a.name.as_str(), "secure" | "requireTLS" | "ignoreTLS"));
        // `smtp: { host, port, auth: { user, pass } }` handed to nodemailer
        // by a wrapper (nuxt-mail, Strapi's provider options) has no such key.
        let host_in_mail = cands.iter().any(|a| {
            role(&a.name, &a.path) == Some(Role::Host) && a.path.iter().any(|s| mailish(s))
        });
        if nested_auth && (own || host_in_mail) && seen.contains(&Role::Host) {
            10 * seen.len() as u32
        } else {
            0
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let cands = self.candidates(doc);
        // Unknown keys only from the options object itself (and its `auth`
        // / `tls`): a message's `attachments: [{ path }]` is not a typo.
        let transport_paths: Vec<&Vec<String>> = cands
            .iter()
            .filter(|a| {
                matches!(
                    role(&a.name, &a.path),
                    Some(Role::Host | Role::Port | Role::ImplicitTls | Role::StartTls)
                )
            })
            .map(|a| &a.path)
            .collect();
        let in_transport = |path: &[String]| {
            transport_paths.iter().any(|p| p.as_slice() == path)
                || matches!(path.split_last(), Some((last, parent))
                    if (last == "auth" || last == "tls")
                        && transport_paths.iter().any(|p| p.as_slice() == parent))
        };
        let items: Vec<Item> = cands
            .iter()
            .filter(|a| a.name != "service")
            .map(|a| {
                let mut it = item_of(a, role(&a.name, &a.path));
                let leftover = LEFTOVERS.iter().any(|(k, _)| *k == a.name);
                let known = TRANSPORT_KEYS.contains(&a.name.as_str())
                    || OTHER_KEYS.contains(&a.name.as_str());
                if (known && !leftover) || !in_transport(&a.path) {
                    it.unknown = None;
                }
                it
            })
            .collect();
        let mut configs = group(self, items);
        // `service` presets win over a written host/port: add them last.
        for a in cands.iter().filter(|a| a.name == "service") {
            if matches!(a.path.last().map(String::as_str), Some("auth")) {
                continue; // OAuth2 `auth.service`, not a preset
            }
            let Some((host, port, secure)) = a.value.literal().and_then(service) else {
                continue;
            };
            let Some(cfg) = config_at(&mut configs, a.key_span.start) else {
                continue;
            };
            let mut preset = |role: Role, text: &str| {
                let f = Field {
                    role,
                    key: a.key.clone(),
                    key_span: a.key_span.clone(),
                    value: derived(text, a.value.span.clone()),
                };
                add_field(cfg, f, true);
            };
            preset(Role::Host, host);
            preset(Role::Port, &port.to_string());
            if secure {
                preset(Role::ImplicitTls, "true");
            }
        }
        for cfg in &mut configs {
            if cfg
                .fields
                .first()
                .is_some_and(|f| quoted_key(doc.input, &f.key_span))
            {
                cfg.dialect = &NODEMAILER_JSON;
            }
        }
        configs
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        match cfg.get(Role::ImplicitTls) {
            Some(f) if f.value.is_reference() => None,
            Some(f) if f.value.as_bool() == Some(true) => Some(465),
            _ => Some(587),
        }
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let secure = cfg.get(Role::ImplicitTls);
        let unresolved = [Role::ImplicitTls, Role::StartTls, Role::Encryption]
            .iter()
            .any(|r| cfg.get(*r).is_some_and(|f| f.value.is_reference()))
            || cfg.get(Role::Port).is_some_and(|f| f.value.is_reference());
        if unresolved {
            return tls;
        }
        let is = |role: Role, want: bool| cfg.get(role).filter(|f| f.value.as_bool() == Some(want));
        let require = is(Role::StartTls, true);
        let implicit = match secure {
            Some(f) if f.value.as_bool() == Some(true) => {
                tls.implicit = Some(Evidence::of(f));
                true
            }
            // nodemailer turns `secure` on by itself for port 465.
            None => cfg.effective_port() == Some(465),
            _ => false,
        };
        if implicit {
            tls.mode = Some(Security::Implicit);
            return tls;
        }
        if let Some(f) = require {
            tls.starttls = Some(Evidence::of(f));
            tls.mode = Some(Security::StartTls);
        } else if let Some(f) = is(Role::Encryption, true) {
            tls.disabled = Some(Evidence::of(f));
            tls.mode = Some(Security::None);
        } else {
            // Opportunistic STARTTLS: used whenever the server offers it.
            tls.starttls = secure.map(Evidence::of);
            tls.mode = Some(Security::StartTls);
        }
        tls
    }
    fn write(&self, _cfg: &Config, what: &Write) -> String {
        let (q, k) = if self.json { ('"', "\"") } else { ('\'', "") };
        let key = |name: &str| format!("{k}{name}{k}");
        match what {
            Write::Port(p) => format!("{}: {p}", key("port")),
            Write::Host(h) => format!("{}: {q}{h}{q}", key("host")),
            Write::StartTls => format!("{}: false, {}: true", key("secure"), key("requireTLS")),
            Write::VerifyOn => format!(
                "{}: {{ {}: true }} (or remove `rejectUnauthorized: false`)",
                key("tls"),
                key("rejectUnauthorized")
            ),
            Write::AuthOn => format!(
                "{}: {{ {}: {q}<Server API token>{q}, {}: {q}<Server API token>{q} }}",
                key("auth"),
                key("user"),
                key("pass")
            ),
            Write::TlsModern => format!(
                "{}: {{ {}: {q}TLSv1.2{q} }} (and no `maxVersion` below it)",
                key("tls"),
                key("minVersion")
            ),
            Write::Username(v) => format!("{}: {{ {}: {q}{v}{q} }}", key("auth"), key("user")),
            Write::Password(v) => format!("{}: {{ {}: {q}{v}{q} }}", key("auth"), key("pass")),
            Write::From(v) => format!("{}: {q}{v}{q}", key("from")),
            Write::Stream(v) => format!(
                "{}: {{ {q}X-PM-Message-Stream{q}: {q}{v}{q} }}",
                key("headers")
            ),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        let _ = cfg;
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "port", p.to_string())],
            Write::Host(h) => vec![Setting::quoted(Role::Host, "host", *h)],
            Write::StartTls => vec![
                Setting::bare(Role::ImplicitTls, "secure", "false").if_present(),
                Setting::bare(Role::Encryption, "ignoreTLS", "false").if_present(),
                Setting::bare(Role::StartTls, "requireTLS", "true").near(Role::ImplicitTls),
            ],
            Write::VerifyOn => {
                vec![Setting::bare(Role::VerifyPeer, "rejectUnauthorized", "true").if_present()]
            }
            Write::TlsModern => vec![
                Setting::remove(Role::TlsVersion, "maxVersion"),
                Setting::remove(Role::TlsVersion, "secureProtocol"),
            ],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        if self.json {
            "`\"from\"` beside `\"options\"` in the mail section (Ghost: `mail.from`)"
        } else {
            "`from` in the message passed to `sendMail()`, or in the defaults (second argument) of `createTransport()`"
        }
    }
    fn known_keys(&self) -> Vec<&'static str> {
        let mut k: Vec<&'static str> = TRANSPORT_KEYS.to_vec();
        k.extend(OTHER_KEYS);
        k
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn typescript_interfaces_and_wrapped_options() {
        let src = "interface Opts { host: string; port: number; secure: boolean; auth?: { user: string; pass: string | undefined } }\nconst t = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, secure: false, auth: { user: u, pass: u } });\n";
        let cs = crate::extract::extract(src);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].literal(Role::Host), Some("smtp.postmarkapp.com"));
        // nuxt-mail hands `smtp` to nodemailer: no marker, no `secure`.
        let cs = crate::extract::extract("export default { mail: { smtp: { host: 'smtp.postmarkapp.com', port: 587, auth: { user: t, pass: t } } } }\n");
        assert_eq!(cs[0].dialect.id(), "nodemailer");
    }

    use super::*;
    use crate::extract::extract;

    fn one(src: &str) -> Config {
        let cfgs = extract(src);
        let c = cfgs.into_iter().find(|c| c.active).expect("a config");
        assert_eq!(c.dialect.id(), "nodemailer");
        c
    }

    #[test]
    fn create_transport_object() {
        let c = one("const t = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  secure: false,\n  requireTLS: true,\n  auth: { user: process.env.POSTMARK_TOKEN, pass: process.env.POSTMARK_TOKEN },\n});\n");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert!(c
            .get(Role::Username)
            .is_some_and(|f| f.value.is_reference()));
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::StartTls));
        assert!(tls.starttls.is_some());
    }

    #[test]
    fn secure_true_and_port_465_default() {
        let c = one("nodemailer.createTransport({ host: 'smtp.postmarkapp.com', secure: true, auth: { user: 'a', pass: 'a' } })");
        assert_eq!(c.effective_port(), Some(465));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one("nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 465, auth: { user: 'a', pass: 'a' } })");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one("nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 465, secure: false, auth: { user: 'a', pass: 'a' } })");
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
    }

    #[test]
    fn ignore_tls_disables() {
        let c = one("nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, ignoreTLS: true, auth: { user: 'a', pass: 'a' } })");
        let tls = c.dialect.tls(&c);
        assert_eq!(tls.mode, Some(Security::None));
        assert!(tls.disabled.is_some());
    }

    #[test]
    fn service_preset_wins() {
        let c = one("const transporter = nodemailer.createTransport({\n  service: 'Postmark',\n  auth: { user: 'x', pass: 'x' }\n});");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.effective_port(), Some(2525));
    }

    #[test]
    fn leftovers_are_unknown_keys() {
        let c = one("nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 587, secureConnection: false, user: 'a', auth: { user: 'a', pass: 'a' } })");
        let keys: Vec<&str> = c.unknown_keys.iter().map(|k| k.key.as_str()).collect();
        assert!(keys.contains(&"secureConnection"), "{keys:?}");
        assert!(keys.contains(&"user"), "{keys:?}");
        assert_eq!(c.all(Role::Username).count(), 1);
    }

    #[test]
    fn ghost_json() {
        let src = "{\n  \"mail\": {\n    \"transport\": \"SMTP\",\n    \"from\": \"'Acme' <support@acme-widgets.io>\",\n    \"options\": {\n      \"host\": \"smtp.postmarkapp.com\",\n      \"port\": 587,\n      \"secure\": false,\n      \"auth\": { \"user\": \"1f86c1d2-4b8a-4e53-9a6f-2d5c7e0b5948\", \"pass\": \"1f86c1d2-4b8a-4e53-9a6f-2d5c7e0b5948\" }\n    }\n  }\n}\n";
        let c = one(src);
        assert_eq!(c.dialect.name(), "nodemailer (JSON options)");
        assert!(c.literal(Role::From).is_some());
        assert_eq!(
            c.dialect.write(&c, &Write::StartTls),
            "\"secure\": false, \"requireTLS\": true"
        );
    }

    #[test]
    fn express_port_is_not_the_transport() {
        let src = "app.listen({ port: 3000 });\nconst transporter = nodemailer.createTransport({ host: 'smtp.postmarkapp.com', port: 2525, auth: { user: 'a', pass: 'a' } });";
        let cfgs = extract(src);
        assert_eq!(cfgs.len(), 1);
        assert_eq!(cfgs[0].port_number(), Some(2525));
    }
}
