//! Plain JavaMail / Jakarta Mail (`javamail`): `mail.smtp.*` session
//! properties, in a `.properties` file or in Java code
//! (`props.put("mail.smtp.host", "…")`).
//!
//! Meaning (JavaMail `SMTPTransport`, com.sun.mail.smtp package docs):
//! * it authenticates only when `mail.smtp.auth=true`, or when the code
//!   passes a user and a password to `Transport.connect` / `Transport.send`;
//!   an `Authenticator` alone is never asked otherwise;
//! * it sends in clear unless `mail.smtp.starttls.enable=true` (or
//!   `starttls.required=true`), and starts TLS on the first byte with
//!   `mail.smtp.ssl.enable=true` or the `smtps` protocol;
//! * the port defaults to 25 (465 for the `smtps` protocol), whatever
//!   `ssl.enable` says;
//! * `mail.smtp.ssl.trust=*` trusts every certificate.

use crate::extract::code::{calls, Tok};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, KeyUse, Role, Security, Tls, Value};

use super::kit::{decoded, fit_span};

pub struct JavaMail;
pub static JAVAMAIL: JavaMail = JavaMail;

/// JavaMail session properties (after `mail.smtp.`) and their roles.
const SMTP_KEYS: [(&str, Role); 12] = [
    ("host", Role::Host),
    ("port", Role::Port),
    ("user", Role::Username),
    // Not read by JavaMail itself, but the usual name applications give
    // the password they hand to their `Authenticator`.
    ("password", Role::Password),
    ("auth", Role::Auth),
    ("from", Role::From),
    ("starttls.enable", Role::StartTls),
    ("starttls.required", Role::StartTls),
    ("ssl.enable", Role::ImplicitTls),
    ("ssl.trust", Role::SkipVerify),
    ("ssl.checkserveridentity", Role::VerifyPeer),
    ("ssl.protocols", Role::TlsVersion),
];

/// Other `mail.smtp.*` properties JavaMail reads (for `input/unknown-key`).
const OTHER_SMTP_KEYS: [&str; 16] = [
    "connectiontimeout",
    "timeout",
    "writetimeout",
    "localhost",
    "localaddress",
    "ehlo",
    "auth.mechanisms",
    "auth.login.disable",
    "auth.plain.disable",
    "sasl.enable",
    "ssl.ciphersuites",
    "ssl.socketfactory.class",
    "socketfactory.port",
    "quitwait",
    "reportsuccess",
    "sendpartial",
];

/// The role of a JavaMail property (`mail.smtp.host`, `mail.smtps.port`,
/// `mail.transport.protocol`…), matched case-insensitively. `None` for
/// keys that are not JavaMail's or that carry nothing we check.
pub fn property_role(key: &str) -> Option<Role> {
    let k = key.to_ascii_lowercase();
    match k.as_str() {
        "mail.host" => return Some(Role::Host),
        "mail.user" => return Some(Role::Username),
        "mail.from" => return Some(Role::From),
        "mail.transport.protocol" => return Some(Role::Scheme),
        _ => {}
    }
    let rest = k
        .strip_prefix("mail.smtp.")
        .or_else(|| k.strip_prefix("mail.smtps."))?;
    SMTP_KEYS.iter().find(|(n, _)| *n == rest).map(|(_, r)| *r)
}

/// Whether a key is a JavaMail property at all.
pub fn is_property(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.starts_with("mail.smtp.") || k.starts_with("mail.smtps.") || k == "mail.transport.protocol"
}

/// Builds the field for a JavaMail property, decoding what needs it:
/// `ssl.trust=*` (trust all → verification off).
pub fn property_field(
    role: Role,
    key: &str,
    key_span: std::ops::Range<usize>,
    value: &crate::model::Value,
) -> Option<Field> {
    let mut f = Field {
        role,
        key: key.to_string(),
        key_span: key_span.clone(),
        value: value.clone(),
    };
    // `ssl.trust` lists trusted hosts; only `*` turns checks off.
    if role == Role::SkipVerify {
        if value.is_reference() || value.text.trim() != "*" {
            return None;
        }
        f = decoded(Role::SkipVerify, key, key_span, "true", value.span.clone());
    }
    Some(f)
}

/// JavaMail's reading of its TLS properties (shared with Spring Boot).
pub fn java_tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let unresolved = [Role::StartTls, Role::ImplicitTls, Role::Scheme]
        .iter()
        .any(|r| cfg.all(*r).any(|f| f.value.is_reference()));
    if unresolved {
        return tls;
    }
    let smtps = cfg
        .get(Role::Scheme)
        .filter(|f| f.value.text.trim().eq_ignore_ascii_case("smtps"));
    let ssl = cfg
        .get(Role::ImplicitTls)
        .filter(|f| f.value.as_bool() == Some(true));
    // `starttls.enable` and `starttls.required` are separate properties:
    // either one switched on makes JavaMail issue STARTTLS.
    let starttls = ["starttls.enable", "starttls.required"]
        .iter()
        .filter_map(|suffix| {
            cfg.all(Role::StartTls)
                .filter(|f| f.key.to_ascii_lowercase().ends_with(suffix))
                .last()
        })
        .find(|f| f.value.as_bool() == Some(true));
    if let Some(f) = smtps.or(ssl) {
        // On an SSL socket JavaMail skips STARTTLS: no conflict.
        tls.implicit = Some(Evidence::of(f));
        tls.mode = Some(Security::Implicit);
    } else if let Some(f) = starttls {
        tls.starttls = Some(Evidence::of(f));
        tls.mode = Some(Security::StartTls);
    } else {
        tls.mode = Some(Security::None);
        tls.disabled = cfg
            .all(Role::StartTls)
            .filter(|f| f.value.as_bool() == Some(false))
            .last()
            .map(Evidence::of)
            .or_else(|| Some(Evidence::absent("no mail.smtp.starttls.enable=true")));
    }
    tls
}

/// JavaMail's default port: 465 for the `smtps` protocol, else 25.
pub fn java_default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(Role::Scheme) {
        Some(f) if f.value.is_reference() => None,
        Some(f) if f.value.text.trim().eq_ignore_ascii_case("smtps") => Some(465),
        _ => Some(25),
    }
}

/// Known JavaMail property names, for `input/unknown-key` suggestions.
pub fn java_known_keys() -> Vec<&'static str> {
    let mut k = vec![
        "mail.host",
        "mail.user",
        "mail.from",
        "mail.transport.protocol",
    ];
    k.extend(SMTP_KEYS.iter().map(|(n, _)| *n));
    k.extend(OTHER_SMTP_KEYS);
    k
}

impl JavaMail {
    /// `transport.connect(host, port, user, password)`,
    /// `transport.connect(host, user, password)` and
    /// `Transport.send(message, user, password)` pass credentials that
    /// JavaMail then always uses.
    fn connect_calls(doc: &Document, cfg: &mut Config) {
        for call in calls(doc.input, &doc.tokens, &["connect", "send"]) {
            let args = &call.args;
            let key = format!("{}(…)", call.name);
            let (host, port, user, pass) = match (call.name.ends_with("connect"), args.len()) {
                (true, 4) => (Some(&args[0]), Some(&args[1]), &args[2], &args[3]),
                (true, 3) => (Some(&args[0]), None, &args[1], &args[2]),
                (false, 3) => (None, None, &args[1], &args[2]),
                _ => continue,
            };
            let mut push = |role: Role, v: &crate::model::Value| {
                cfg.push(Field {
                    role,
                    key: key.clone(),
                    key_span: call.name_span.clone(),
                    value: v.clone(),
                })
            };
            if let Some(h) = host {
                push(Role::Host, h);
            }
            if let Some(p) = port {
                push(Role::Port, p);
            }
            push(Role::Username, user);
            push(Role::Password, pass);
            cfg.push(decoded(
                Role::Auth,
                &key,
                call.name_span.clone(),
                "true",
                call.span.clone(),
            ));
        }
    }
}

/// The string literal last assigned to `name` in the code
/// (`private static final String TOKEN = "…";`).
fn constant(doc: &Document, name: &str) -> Option<Value> {
    doc.tokens
        .windows(3)
        .rev()
        .find_map(|w| match (&w[0].tok, &w[1].tok, &w[2].tok) {
            (Tok::Word(n), Tok::Punct("="), Tok::Str(v)) if n == name && v.reference.is_none() => {
                Some(v.clone())
            }
            _ => None,
        })
}

impl JavaMail {
    /// `new PasswordAuthentication(user, password)` in an `Authenticator`,
    /// with arguments that are literals or constants assigned a literal in
    /// the same paste; and `message.setFrom(…)`.
    fn authenticator_and_from(doc: &Document, cfg: &mut Config) {
        let resolve = |v: &Value| -> Value {
            match &v.reference {
                Some(name) if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                    constant(doc, name).unwrap_or_else(|| v.clone())
                }
                _ => v.clone(),
            }
        };
        for call in calls(doc.input, &doc.tokens, &["PasswordAuthentication"]) {
            if let [user, pass] = call.args.as_slice() {
                for (role, v) in [(Role::Username, user), (Role::Password, pass)] {
                    cfg.push(Field {
                        role,
                        key: "PasswordAuthentication(…)".into(),
                        key_span: call.name_span.clone(),
                        value: resolve(v),
                    });
                }
            }
        }
        let addresses = calls(doc.input, &doc.tokens, &["InternetAddress"]);
        for call in calls(doc.input, &doc.tokens, &["setFrom"]) {
            let inner = addresses
                .iter()
                .find(|a| a.span.start > call.span.start && a.span.end <= call.span.end)
                .and_then(|a| a.args.first());
            let Some(v) = inner.or(call.args.first()) else {
                continue;
            };
            if v.reference.is_none() || inner.is_some() {
                cfg.push(Field {
                    role: Role::From,
                    key: "setFrom(…)".into(),
                    key_span: call.name_span.clone(),
                    value: resolve(v),
                });
            }
        }
    }
}

impl Dialect for JavaMail {
    fn id(&self) -> &'static str {
        "javamail"
    }
    fn name(&self) -> &'static str {
        "JavaMail properties"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let mut seen: Vec<String> = Vec::new();
        let keys = doc
            .active_lines()
            .filter(|e| e.path.is_empty())
            .map(|e| e.key.as_str())
            .chain(
                doc.code
                    .iter()
                    .filter(|a| a.container.is_some())
                    .map(|a| a.key.as_str()),
            );
        for k in keys {
            if property_role(k).is_some() && !seen.iter().any(|s| s.eq_ignore_ascii_case(k)) {
                seen.push(k.to_string());
            }
        }
        if seen.is_empty() {
            return 0;
        }
        100 + 10 * seen.len() as u32
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let mut cfg = Config::new(self, 0..0);
        let mut found = false;
        // `.properties` lines (top level only: nested YAML is Spring's).
        for e in doc.active_lines().filter(|e| e.path.is_empty()) {
            if !is_property(&e.key) {
                continue;
            }
            found = true;
            match property_role(&e.key) {
                Some(role) => {
                    if let Some(f) = property_field(role, &e.key, e.key_span.clone(), &e.value) {
                        cfg.push(f);
                    }
                }
                None => cfg.unknown_keys.push(KeyUse {
                    key: e.key.clone(),
                    span: e.key_span.clone(),
                }),
            }
        }
        // Java code: `props.put("mail.smtp.host", …)` / `setProperty`.
        for a in doc.code.iter().filter(|a| a.container.is_some()) {
            if !is_property(&a.key) {
                continue;
            }
            found = true;
            match property_role(&a.key) {
                Some(role) => {
                    if let Some(f) = property_field(role, &a.key, a.key_span.clone(), &a.value) {
                        cfg.push(f);
                    }
                }
                None => cfg.unknown_keys.push(KeyUse {
                    key: a.key.clone(),
                    span: a.key_span.clone(),
                }),
            }
        }
        if !found {
            return Vec::new();
        }
        Self::connect_calls(doc, &mut cfg);
        Self::authenticator_and_from(doc, &mut cfg);
        cfg.fields.sort_by_key(|f| f.key_span.start);
        if let Some(first) = cfg.fields.first() {
            cfg.span = first.whole_span();
        }
        fit_span(&mut cfg);
        vec![cfg]
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        java_default_port(cfg)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        java_tls(cfg)
    }
    fn write(&self, _cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => format!("mail.smtp.port={p}"),
            Write::Host(h) => format!("mail.smtp.host={h}"),
            Write::StartTls => {
                "mail.smtp.starttls.enable=true (and remove mail.smtp.ssl.enable=true; mail.transport.protocol=smtp)".into()
            }
            Write::VerifyOn => "remove mail.smtp.ssl.trust=* (or list smtp.postmarkapp.com only)".into(),
            Write::AuthOn => "mail.smtp.auth=true".into(),
            Write::TlsModern => "mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3".into(),
            Write::Username(v) => format!("mail.smtp.user={v} (and the same in your Authenticator)"),
            Write::Password(v) => format!("the password your Authenticator returns: {v}"),
            Write::From(v) => format!("mail.smtp.from={v} (and the message's From header)"),
            Write::Stream(v) => format!("message.setHeader(\"X-PM-Message-Stream\", \"{v}\")"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        java_settings(what, "")
    }
    fn sender_hint(&self) -> &'static str {
        "the message's From header (`message.setFrom(…)`) and `mail.smtp.from` for the envelope"
    }
    fn auth_switch(&self) -> Option<&'static str> {
        Some("mail.smtp.auth=true")
    }
    fn known_keys(&self) -> Vec<&'static str> {
        java_known_keys()
    }
}

/// The JavaMail properties that express `what`, with `prefix` before
/// the `mail.smtp.` suffixes when written through Spring Boot.
pub fn java_settings(what: &Write, prefix: &'static str) -> Vec<Setting> {
    let key = |k: &'static str| -> &'static str {
        match (prefix, k) {
            ("", k) => k,
            (_, "starttls.enable") => "properties.mail.smtp.starttls.enable",
            (_, "ssl.enable") => "properties.mail.smtp.ssl.enable",
            (_, "ssl.trust") => "properties.mail.smtp.ssl.trust",
            (_, "ssl.checkserveridentity") => "properties.mail.smtp.ssl.checkserveridentity",
            (_, "ssl.protocols") => "properties.mail.smtp.ssl.protocols",
            (_, "auth") => "properties.mail.smtp.auth",
            (_, other) => other,
        }
    };
    match what {
        Write::Port(p) => vec![Setting::text(Role::Port, "port", p.to_string())],
        Write::Host(h) => vec![Setting::text(Role::Host, "host", *h)],
        Write::StartTls => vec![
            Setting::text(Role::Scheme, "protocol", "smtp").if_present(),
            Setting::text(Role::ImplicitTls, key("ssl.enable"), "false").if_present(),
            Setting::text(Role::StartTls, key("starttls.enable"), "true"),
        ],
        Write::VerifyOn => vec![
            Setting::remove(Role::SkipVerify, key("ssl.trust")),
            Setting::text(Role::VerifyPeer, key("ssl.checkserveridentity"), "true").if_present(),
        ],
        Write::AuthOn => vec![Setting::text(Role::Auth, key("auth"), "true")],
        Write::TlsModern => {
            vec![
                Setting::text(Role::TlsVersion, key("ssl.protocols"), "TLSv1.2 TLSv1.3")
                    .if_present(),
            ]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn properties_file() {
        let input = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.auth=true\nmail.smtp.starttls.enable=true\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1);
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "javamail");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(java_tls(c).mode, Some(Security::StartTls));
    }

    #[test]
    fn java_code_without_starttls_sends_in_clear() {
        let input = r#"Properties props = new Properties();
props.put("mail.smtp.host", "smtp.postmarkapp.com");
props.put("mail.smtp.port", "2525");
Session session = Session.getInstance(props);
Transport transport = session.getTransport("smtp");
transport.connect("smtp.postmarkapp.com", "user-token", "pass-token");
"#;
        let cfgs = extract(input);
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "javamail");
        assert_eq!(c.port_number(), Some(2525));
        assert_eq!(java_tls(c).mode, Some(Security::None));
        assert_eq!(c.literal(Role::Username), Some("user-token"));
        assert_eq!(
            c.get(Role::Auth).map(|f| f.value.text.as_str()),
            Some("true")
        );
    }

    #[test]
    fn trust_all_and_smtps() {
        let input = "mail.transport.protocol=smtps\nmail.smtp.host=smtp.postmarkapp.com\nmail.smtp.ssl.trust=*\nmail.smtp.ssl.protocols=TLSv1\n";
        let cfgs = extract(input);
        let c = &cfgs[0];
        assert_eq!(java_default_port(c), Some(465));
        assert_eq!(java_tls(c).mode, Some(Security::Implicit));
        assert_eq!(c.get(Role::SkipVerify).unwrap().value.as_bool(), Some(true));
        assert_eq!(c.literal(Role::TlsVersion), Some("TLSv1"));
        let input = "mail.smtp.host=h\nmail.smtp.ssl.protocols=TLSv1.2 TLSv1.3\n";
        assert!(extract(input)[0].get(Role::TlsVersion).is_some());
    }
}
