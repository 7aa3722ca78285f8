//! Spring Boot `spring.mail.*` (`application.properties`, `application.yml`,
//! `SPRING_MAIL_*` environment variables), which configures Spring's
//! `JavaMailSenderImpl` on top of JavaMail.
//!
//! Meaning (Spring Boot `MailProperties`, `JavaMailSenderImpl`):
//! * `spring.mail.properties.*` are JavaMail session properties, so TLS
//!   reads as in plain JavaMail (`mail.smtp.starttls.enable`,
//!   `mail.smtp.ssl.enable`, protocol `smtps`); `spring.mail.ssl.enabled`
//!   (Boot 3.1+) turns implicit TLS on;
//! * Spring passes `spring.mail.username`/`password` to
//!   `Transport.connect`, and JavaMail then authenticates whatever
//!   `mail.smtp.auth` says: no auth switch;
//! * the port defaults to JavaMail's: 25, or 465 for protocol `smtps`;
//! * relaxed binding: `default-encoding`, `defaultEncoding` and
//!   `SPRING_MAIL_DEFAULTENCODING` are one key;
//! * multi-document files (`---` in YAML, `#---` in properties) hold
//!   profiles (`spring.config.activate.on-profile`, legacy
//!   `spring.profiles`); a profile document overrides the plain ones.

use std::ops::Range;

use crate::extract::lines::line_ranges;
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Field, KeyUse, Role, Tls};

use super::javamail::{
    java_default_port, java_known_keys, java_settings, java_tls, property_field, property_role,
};
use super::kit::fit_span;

pub struct SpringBoot;
pub static SPRING_BOOT: SpringBoot = SpringBoot;

/// `spring.mail.*` keys (relaxed form: lowercase, no dashes).
const KEYS: [(&str, Option<Role>); 9] = [
    ("host", Some(Role::Host)),
    ("port", Some(Role::Port)),
    ("username", Some(Role::Username)),
    ("password", Some(Role::Password)),
    ("protocol", Some(Role::Scheme)),
    ("ssl.enabled", Some(Role::ImplicitTls)),
    ("defaultencoding", None),
    ("testconnection", None),
    ("jndiname", None),
];

/// The relaxed-binding form of a key: `spring.mail.default-encoding`,
/// `SPRING_MAIL_DEFAULTENCODING`, `spring.mail.properties[mail.smtp.auth]`
/// all become `spring.mail.defaultencoding`-style dotted lowercase.
fn relaxed(key: &str) -> String {
    let env_form = !key.contains('.') && key.contains('_');
    key.chars()
        .filter_map(|c| match c {
            '-' | ']' | '"' | '\'' => None,
            '[' => Some('.'),
            '_' if env_form => Some('.'),
            c => Some(c.to_ascii_lowercase()),
        })
        .collect::<String>()
        .replace("..", ".")
}

/// The full dotted key of a line entry (YAML parents joined).
fn full_key(path: &[String], key: &str) -> String {
    let mut parts: Vec<&str> = path.iter().map(String::as_str).collect();
    parts.push(key);
    parts.join(".")
}

/// Byte offsets of document separators (`---`, `#---`, `!---`).
fn separators(input: &str) -> Vec<usize> {
    line_ranges(input)
        .filter(|r| {
            let l = input[r.clone()].trim_end();
            l == "---" || l == "#---" || l == "!---" || l.starts_with("--- ")
        })
        .map(|r| r.start)
        .collect()
}

/// What one `spring.mail` key means here.
enum Meaning {
    Field(Field),
    Unknown(KeyUse),
    Known,
}

fn meaning(key: &str, key_span: Range<usize>, value: &crate::model::Value) -> Meaning {
    let relaxed = relaxed(key);
    let Some(rest) = relaxed.strip_prefix("spring.mail.") else {
        return Meaning::Known;
    };
    if let Some(prop) = rest.strip_prefix("properties.") {
        return match property_role(prop) {
            // Spring always passes the credentials to `connect`: the
            // `mail.smtp.auth` switch changes nothing here.
            Some(Role::Auth) => Meaning::Known,
            Some(role) => match property_field(role, key, key_span, value) {
                Some(f) => Meaning::Field(f),
                None => Meaning::Known,
            },
            None => Meaning::Known,
        };
    }
    match KEYS.iter().find(|(k, _)| *k == rest) {
        Some((_, Some(role))) => Meaning::Field(Field {
            role: *role,
            key: key.to_string(),
            key_span,
            value: value.clone(),
        }),
        Some((_, None)) => Meaning::Known,
        None if rest.starts_with("ssl.") => Meaning::Known,
        None => Meaning::Unknown(KeyUse {
            key: key.to_string(),
            span: key_span,
        }),
    }
}

/// One document of a multi-document file.
#[derive(Default)]
struct Part {
    profile: Option<String>,
    fields: Vec<Field>,
    unknown: Vec<KeyUse>,
}

impl SpringBoot {
    fn parts(doc: &Document) -> Vec<Part> {
        let seps = separators(doc.input);
        let mut parts: Vec<Part> = (0..=seps.len()).map(|_| Part::default()).collect();
        for e in doc.active_lines() {
            let key = full_key(&e.path, &e.key);
            let relaxed = relaxed(&key);
            let i = seps.iter().filter(|&&s| s <= e.key_span.start).count();
            let part = &mut parts[i];
            if relaxed == "spring.config.activate.onprofile" || relaxed == "spring.profiles" {
                part.profile = Some(e.value.text.trim().to_string());
                continue;
            }
            if !relaxed.starts_with("spring.mail.") {
                continue;
            }
            match meaning(&key, e.key_span.clone(), &e.value) {
                Meaning::Field(f) => part.fields.push(f),
                Meaning::Unknown(u) => part.unknown.push(u),
                Meaning::Known => {}
            }
        }
        parts
    }
}

impl Dialect for SpringBoot {
    fn id(&self) -> &'static str {
        "spring-boot"
    }
    fn name(&self) -> &'static str {
        "Spring Boot spring.mail"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let n = doc
            .active_lines()
            .filter(|e| relaxed(&full_key(&e.path, &e.key)).starts_with("spring.mail."))
            .count() as u32;
        if n == 0 {
            return 0;
        }
        100 + 10 * n.min(20)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let parts = Self::parts(doc);
        // Plain documents merge, top to bottom; each profile document
        // overrides that merge.
        let mut base = Config::new(self, 0..0);
        for p in parts.iter().filter(|p| p.profile.is_none()) {
            base.fields.extend(p.fields.iter().cloned());
            base.unknown_keys.extend(p.unknown.iter().cloned());
        }
        let mut out = Vec::new();
        let has_base = !base.fields.is_empty();
        if has_base {
            base.span = base.fields[0].whole_span();
            fit_span(&mut base);
            out.push(base.clone());
        }
        for p in parts
            .iter()
            .filter(|p| p.profile.is_some() && !p.fields.is_empty())
        {
            let mut cfg = Config::new(self, p.fields[0].whole_span());
            // What the profile sets replaces the plain documents' value
            // (an override, not a duplicate).
            cfg.fields = base
                .fields
                .iter()
                .filter(|b| !p.fields.iter().any(|f| relaxed(&f.key) == relaxed(&b.key)))
                .cloned()
                .collect();
            cfg.fields.extend(p.fields.iter().cloned());
            cfg.unknown_keys = p.unknown.clone();
            fit_span(&mut cfg);
            cfg.label = p.profile.as_ref().map(|n| format!("profile {n}"));
            cfg.active = !has_base && out.is_empty();
            out.push(cfg);
        }
        if out.len() > 1 && has_base {
            out[0].label = Some("default (no profile)".into());
        }
        out
    }
    fn default_port(&self, cfg: &Config) -> Option<u16> {
        java_default_port(cfg)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        java_tls(cfg)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        // YAML when the keys were written nested.
        let yaml = cfg.fields.iter().any(|f| f.key_span.len() != f.key.len());
        let set = |k: &str, v: &str| {
            if yaml {
                format!("{k}: {v} (nested under spring: mail: in application.yml)")
            } else {
                format!("spring.mail.{k}={v}")
            }
        };
        match what {
            Write::Port(p) => set("port", &p.to_string()),
            Write::Host(h) => set("host", h),
            Write::StartTls => {
                if yaml {
                    "properties.mail.smtp.starttls.enable: true under spring.mail (and remove ssl.enable / protocol: smtps)".into()
                } else {
                    "spring.mail.port=587 and spring.mail.properties.mail.smtp.starttls.enable=true (remove mail.smtp.ssl.enable=true and spring.mail.protocol=smtps)".into()
                }
            }
            Write::VerifyOn => "remove spring.mail.properties.mail.smtp.ssl.trust=*".into(),
            Write::AuthOn => set("username", "…").replace("…", "your token") + " and spring.mail.password",
            Write::TlsModern => "spring.mail.properties.mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3".into(),
            Write::Username(v) => set("username", v),
            Write::Password(v) => set("password", v),
            Write::From(v) => format!("message.setFrom(\"{v}\") in the code that sends (Spring Boot has no From property)"),
            Write::Stream(v) => format!("the header X-PM-Message-Stream: {v} on each message"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "port", p.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "host", *h)],
            Write::StartTls => {
                let mut s = java_settings(what, "properties.mail.smtp.");
                s.push(Setting::text(Role::ImplicitTls, "ssl.enabled", "false").if_present());
                s
            }
            // Spring always authenticates with username/password.
            Write::AuthOn => Vec::new(),
            _ => java_settings(what, "properties.mail.smtp."),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the From your code sets on each message (`SimpleMailMessage.setFrom`, `MimeMessageHelper.setFrom`): Spring Boot has no From property"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        let mut k = vec![
            "spring.mail.host",
            "spring.mail.port",
            "spring.mail.username",
            "spring.mail.password",
            "spring.mail.protocol",
            "spring.mail.default-encoding",
            "spring.mail.test-connection",
            "spring.mail.jndi-name",
            "spring.mail.ssl.enabled",
            "spring.mail.ssl.bundle",
        ];
        k.extend(java_known_keys());
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    #[test]
    fn relaxed_keys() {
        assert_eq!(relaxed("SPRING_MAIL_HOST"), "spring.mail.host");
        assert_eq!(
            relaxed("spring.mail.default-encoding"),
            "spring.mail.defaultencoding"
        );
        assert_eq!(
            relaxed("spring.mail.properties[mail.smtp.auth]"),
            "spring.mail.properties.mail.smtp.auth"
        );
        assert_eq!(
            relaxed("spring.mail.properties.[mail.smtp.auth]"),
            "spring.mail.properties.mail.smtp.auth"
        );
    }

    #[test]
    fn yaml_profiles() {
        let input = "spring:\n  mail:\n    host: smtp.postmarkapp.com\n    port: 587\n    username: u\n    password: u\n    properties:\n      mail.smtp.starttls.enable: true\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  mail:\n    port: 465\n    properties:\n      mail.smtp.ssl.enable: true\n";
        let cfgs = extract(input);
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "spring-boot");
        assert!(c.active);
        assert_eq!(java_tls(c).mode, Some(Security::StartTls));
        let all = SPRING_BOOT.extract(&Document::new(input));
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].label.as_deref(), Some("profile prod"));
        assert_eq!(all[1].port_number(), Some(465));
        assert_eq!(java_tls(&all[1]).mode, Some(Security::Implicit));
    }

    #[test]
    fn properties_with_placeholders() {
        let input = "spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=${MAIL_PORT:587}\nspring.mail.username=${POSTMARK_TOKEN}\nspring.mail.password=${POSTMARK_TOKEN}\nspring.mail.properties.mail.smtp.starttls.enable=true\n";
        let c = &extract(input)[0];
        assert!(c.get(Role::Port).unwrap().value.is_reference());
        assert_eq!(c.dialect.id(), "spring-boot");
    }
}
