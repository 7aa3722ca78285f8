//! Spring Boot `spring.mail.*` (`application.properties`,
//! `application.yml`, `SPRING_MAIL_*` environment variables), which
//! configures Spring's `JavaMailSenderImpl` on top of JavaMail.
//!
//! Meaning (Spring Boot `MailProperties`, "Sending Email" in the reference
//! docs, `JavaMailSenderImpl`):
//! * `spring.mail.host`, `port`, `username`, `password`, `protocol`
//!   (default `smtp`), `default-encoding`, `test-connection`, `jndi-name`,
//!   `ssl.enabled` (Boot 3.1+: implicit TLS) and `ssl.bundle`;
//! * `spring.mail.properties.*` are JavaMail session properties, so TLS
//!   reads as in plain JavaMail (`mail.smtp.starttls.enable`,
//!   `mail.smtp.ssl.enable`, protocol `smtps`); the docs write them
//!   `spring.mail.properties[mail.smtp.starttls.enable]=true` (YAML
//!   `"[mail.smtp.starttls.enable]": true`), and the dotted form binds too;
//! * Spring passes `host`, `port`, `username` and `password` to
//!   `Transport.connect(host, port, user, password)`, and JavaMail then
//!   authenticates whatever `mail.smtp.auth` says: no auth switch; the
//!   session's `mail.smtp.host`/`port`/`user` count only where the
//!   `spring.mail` one is not written;
//! * the port defaults to JavaMail's: 25, or 465 for protocol `smtps`;
//! * relaxed binding: `default-encoding`, `defaultEncoding` and
//!   `SPRING_MAIL_DEFAULTENCODING` are one key;
//! * multi-document files (`---` in YAML, `#---` or `!---` in properties)
//!   hold profiles (`spring.config.activate.on-profile`, legacy
//!   `spring.profiles`); a profile document overrides the plain ones,
//!   which merge top to bottom; `spring.profiles.active` names the
//!   profile in use (the first profile document counts otherwise).
//!
//! The key rows below recognise the client; the `read` hook reads the
//! keys by their full relaxed name, document by document (a profile
//! document need not repeat the host), within fixed bounds.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::java_props::{
    self, fit_span, is_known_property, is_property, property_field, property_role,
};
use crate::extract::profile::engine::MAX_CONFIGS;
use crate::extract::profile::{
    fields, fix, k, set, set_if, syn, words, Fix, Hooks, Key, Profile, SetVal, TlsModel, Words,
    Write, WriteKind as W, BASE,
};
use crate::extract::read::{lines_in, Document, Entry, ScopeKind, SegKind, ROOT};
use crate::extract::Config;
use crate::model::{Field, KeyUse, Role, Role::*, Syntax};

/// What recognises the client (the hook reads the keys themselves).
const KEYS: &[Key] = &[
    k("spring.mail.host|SPRING_MAIL_HOST", Host),
    k("spring.mail.port|SPRING_MAIL_PORT", Port),
    k("spring.mail.username|SPRING_MAIL_USERNAME", Username),
    k("spring.mail.password|SPRING_MAIL_PASSWORD", Password),
    k("spring.mail.protocol|SPRING_MAIL_PROTOCOL", Scheme),
    k(
        "spring.mail.ssl.enabled|SPRING_MAIL_SSL_ENABLED",
        ImplicitTls,
    ),
    k("spring.mail.properties.mail.smtp.starttls.enable", StartTls),
    k("spring.mail.properties.mail.smtp.ssl.enable", ImplicitTls),
];

/// `spring.mail.*` keys (relaxed form: lowercase, no dashes) and their roles.
const MAIL_KEYS: &[(&str, Option<Role>)] = &[
    ("host", Some(Host)),
    ("port", Some(Port)),
    ("username", Some(Username)),
    ("password", Some(Password)),
    ("protocol", Some(Scheme)),
    ("ssl.enabled", Some(ImplicitTls)),
    ("defaultencoding", None),
    ("testconnection", None),
    ("jndiname", None),
];

const OTHER_KEYS: Words = words![
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
    "spring.mail.properties.mail.smtp.auth",
    "spring.mail.properties.mail.smtp.starttls.enable",
    "spring.mail.properties.mail.smtp.starttls.required",
    "spring.mail.properties.mail.smtp.ssl.enable",
    "spring.mail.properties.mail.smtp.ssl.trust",
    "spring.mail.properties.mail.smtp.ssl.checkserveridentity",
    "spring.mail.properties.mail.smtp.ssl.protocols",
    "spring.mail.properties.mail.smtp.connectiontimeout",
    "spring.mail.properties.mail.smtp.timeout",
    "spring.mail.properties.mail.smtp.writetimeout",
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(Scheme, "protocol", SetVal::Word("smtp")),
            set_if(
                ImplicitTls,
                "properties.mail.smtp.ssl.enable",
                SetVal::Word("false"),
            ),
            set(
                StartTls,
                "properties.mail.smtp.starttls.enable",
                SetVal::Word("true"),
            ),
            set_if(ImplicitTls, "ssl.enabled", SetVal::Word("false")),
        ],
    ),
    fix(
        W::VerifyOn,
        &[
            set(SkipVerify, "properties.mail.smtp.ssl.trust", SetVal::Remove),
            set_if(
                VerifyPeer,
                "properties.mail.smtp.ssl.checkserveridentity",
                SetVal::Word("true"),
            ),
        ],
    ),
    // Spring always logs in with username/password: nothing to switch on.
    fix(W::AuthOn, &[]),
    fix(
        W::TlsModern,
        &[set_if(
            TlsVersion,
            "properties.mail.smtp.ssl.protocols",
            SetVal::Word("TLSv1.2 TLSv1.3"),
        )],
    ),
];

pub static SPRING_BOOT: Profile = Profile {
    id: "spring-boot",
    name: "Spring Boot spring.mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.spring.io/spring-boot/reference/io/email.html https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail",
    syntaxes: syn::PROPERTIES | syn::YAML | syn::ENV,
    keys: KEYS,
    other_keys: OTHER_KEYS,
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the From your code sets on each message (`SimpleMailMessage.setFrom`, `MimeMessageHelper.setFrom`): Spring Boot has no From property",
    hooks: Hooks {
        tls: Some(java_props::tls),
        default_port: Some(java_props::default_port),
        read: Some(read),
        write: Some(write),
        ..Hooks::NONE
    },
    own_unknown: true,
    ..BASE
};

/// At most this many documents are read (the rest of a huge paste is not).
const MAX_PARTS: usize = 256;
/// At most this many fields and unknown keys per document, and merged.
const MAX_FIELDS: usize = 32;
const MAX_UNKNOWN: usize = 16;
/// Longer key paths are not Spring's.
const MAX_SEGS: usize = 16;
const MAX_KEY: usize = 256;

/// The relaxed-binding form of a key: `spring.mail.default-encoding`,
/// `SPRING_MAIL_DEFAULTENCODING`, `spring.mail.properties[mail.smtp.auth]`
/// all become `spring.mail.defaultencoding`-style dotted lowercase.
fn relaxed(key: &str) -> String {
    let env_form = !key.contains('.') && key.contains('_');
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        let c = match c {
            '-' | ']' | '"' | '\'' => continue,
            '[' => '.',
            '_' if env_form => '.',
            c => c.to_ascii_lowercase(),
        };
        if !(c == '.' && (out.is_empty() || out.ends_with('.'))) {
            out.push(c);
        }
    }
    out
}

/// The entry's key as written (YAML parents joined with `.`) and its
/// relaxed form, when it is a Spring key from the top of its document,
/// under a container's `environment:` (compose), or a `SPRING_*`
/// environment variable.
fn spring_key(doc: &Document, e: &Entry) -> Option<(String, String)> {
    // On the stack: asked of every entry of the paste.
    let mut buf = [""; MAX_SEGS];
    let mut n = 0;
    for s in doc.path_rev(e) {
        if n == MAX_SEGS || s.kind != SegKind::Key {
            return None;
        }
        buf[n] = s.text(doc.input);
        n += 1;
    }
    let segs = &buf[..n];
    let starts = |s: &str, p: &str| {
        s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let last = *segs.first()?;
    if last.len() > 7 && starts(last, "spring_") && !last.contains('.') {
        return Some((last.to_string(), relaxed(last)));
    }
    // Outermost first: the key starts at the top, or right under a
    // container's `environment:` map or list (compose), where the name is
    // an environment variable Spring reads as written.
    let top = (0..n).rev().find(|&i| {
        starts(segs[i], "spring")
            && (i + 1 == n
                || segs[i + 1].eq_ignore_ascii_case("environment")
                || segs[i + 1].eq_ignore_ascii_case("env"))
    })?;
    let mut written = String::new();
    for s in segs[..=top].iter().rev() {
        if written.len() + s.len() > MAX_KEY {
            return None;
        }
        if !written.is_empty() {
            written.push('.');
        }
        written.push_str(s);
    }
    let r = relaxed(&written);
    r.starts_with("spring.").then_some((written, r))
}

/// Byte offsets of properties document separators (`#---`, `!---`).
fn separators(input: &str) -> Vec<usize> {
    lines_in(input, 0..input.len())
        .filter(|r| matches!(input[r.clone()].trim_end(), "#---" | "!---"))
        .map(|r| r.start)
        .collect()
}

/// The document an entry belongs to: its innermost region (a YAML `---`
/// document, a fence) and, in properties, the `#---` part.
fn document_of(doc: &Document, e: &Entry, seps: &mut Option<Vec<usize>>) -> (u32, usize) {
    let mut s = e.scope;
    let mut depth = 0;
    while s != ROOT && doc.scopes[s as usize].kind != ScopeKind::Region && depth < 64 {
        s = doc.scopes[s as usize].parent;
        depth += 1;
    }
    let part = if e.syntax == Syntax::Properties {
        seps.get_or_insert_with(|| separators(doc.input))
            .partition_point(|&p| p <= e.key.start as usize)
    } else {
        0
    };
    (s, part)
}

/// One document of a multi-document file.
#[derive(Default)]
struct Part {
    profile: Option<String>,
    /// (relaxed key after `spring.mail.`, field).
    fields: Vec<(String, Field)>,
    unknown: Vec<KeyUse>,
}

/// What one `spring.mail` key gives.
enum Meaning {
    Field(Field),
    Unknown,
    Known,
}

fn meaning(doc: &Document, e: &Entry, written: &str, rest: &str) -> Meaning {
    let build = |role: Role| {
        let value = fields::value_of(doc, e, &SPRING_BOOT);
        let mut f = fields::field(doc, e, role, value);
        f.key = written.to_string();
        f
    };
    if let Some(prop) = rest.strip_prefix("properties.") {
        return match property_role(prop) {
            // Spring always passes the credentials to `connect`: the
            // `mail.smtp.auth` switch changes nothing here.
            Some(Auth) => Meaning::Known,
            // A misspelt session property does nothing either.
            None if is_property(prop) && !is_known_property(prop) => Meaning::Unknown,
            None => Meaning::Known,
            Some(role) => property_field(build(role)).map_or(Meaning::Known, Meaning::Field),
        };
    }
    match MAIL_KEYS.iter().find(|(k, _)| *k == rest) {
        Some((_, Some(role))) => Meaning::Field(build(*role)),
        Some((_, None)) => Meaning::Known,
        None if rest.starts_with("ssl.") => Meaning::Known,
        None => Meaning::Unknown,
    }
}

/// Reads every document's `spring.mail` keys (one pass over the entries),
/// and `spring.profiles.active` where the paste sets it.
fn parts(doc: &Document) -> (Vec<Part>, Option<String>) {
    // Made at the first properties entry that needs them.
    let mut seps: Option<Vec<usize>> = None;
    let mut active: Option<String> = None;
    let mut parts: Vec<Part> = Vec::new();
    let mut index: HashMap<(u32, usize), usize> = HashMap::default();
    for e in doc.active() {
        if SPRING_BOOT.syntaxes & crate::extract::profile::engine::syntax_bit(e.syntax) == 0 {
            continue;
        }
        let Some((written, relaxed)) = spring_key(doc, e) else {
            continue;
        };
        if relaxed == "spring.profiles.active" {
            active = Some(doc.text_of(&e.value).to_string());
            continue;
        }
        let profile_key =
            relaxed == "spring.config.activate.onprofile" || relaxed == "spring.profiles";
        let rest = relaxed.strip_prefix("spring.mail.");
        if !profile_key && rest.is_none() {
            continue;
        }
        let id = document_of(doc, e, &mut seps);
        let pi = match index.get(&id) {
            Some(i) => *i,
            None if parts.len() < MAX_PARTS => {
                parts.push(Part::default());
                index.insert(id, parts.len() - 1);
                parts.len() - 1
            }
            None => continue,
        };
        let part = &mut parts[pi];
        let Some(rest) = rest else {
            part.profile = Some(doc.text_of(&e.value).trim().to_string());
            continue;
        };
        match meaning(doc, e, &written, rest) {
            Meaning::Field(f) if part.fields.len() < MAX_FIELDS => {
                part.fields.push((rest.to_string(), f))
            }
            Meaning::Unknown if part.unknown.len() < MAX_UNKNOWN => part.unknown.push(KeyUse {
                key: written,
                span: e.key_span(),
            }),
            _ => {}
        }
    }
    (parts, active)
}

/// The session's `mail.smtp.host`/`port`/`user`/`password` count only
/// where Spring's own key is not written (Spring passes its own to
/// `connect`).
fn drop_shadowed(fields: &mut Vec<(String, Field)>) {
    let own = |role: Role, fs: &[(String, Field)]| {
        fs.iter()
            .any(|(k, f)| f.role == role && !k.starts_with("properties."))
    };
    let shadowed: Vec<Role> = [Host, Port, Username, Password]
        .into_iter()
        .filter(|r| own(*r, fields))
        .collect();
    fields.retain(|(k, f)| !(k.starts_with("properties.") && shadowed.contains(&f.role)));
}

fn config(fields: Vec<(String, Field)>, unknown: Vec<KeyUse>, span: Range<usize>) -> Config {
    let mut fields = fields;
    java_props::settle_socket_factory_port(&mut fields, |(_, f)| f);
    drop_shadowed(&mut fields);
    let mut cfg = Config::new(&SPRING_BOOT, span);
    cfg.fields = fields.into_iter().map(|(_, f)| f).collect();
    cfg.unknown_keys = unknown;
    fit_span(&mut cfg);
    cfg
}

/// Plain documents merge, top to bottom; each profile document overrides
/// that merge.
fn read(doc: &Document) -> Vec<Config> {
    let mut configs = Vec::new();
    let (parts, active) = parts(doc);
    let mut base: Vec<(String, Field)> = Vec::new();
    let mut base_unknown: Vec<KeyUse> = Vec::new();
    for p in parts.iter().filter(|p| p.profile.is_none()) {
        let room = (2 * MAX_FIELDS).saturating_sub(base.len());
        base.extend(p.fields.iter().take(room).cloned());
        let room = (2 * MAX_UNKNOWN).saturating_sub(base_unknown.len());
        base_unknown.extend(p.unknown.iter().take(room).cloned());
    }
    let has_base = !base.is_empty();
    if has_base {
        let span = base[0].1.whole_span();
        configs.push(config(base.clone(), base_unknown, span));
    }
    for p in parts
        .iter()
        .filter(|p| p.profile.is_some() && !p.fields.is_empty())
    {
        if configs.len() >= MAX_CONFIGS {
            break;
        }
        // What the profile sets replaces the plain documents' value (an
        // override, not a duplicate).
        let mut fields: Vec<(String, Field)> = base
            .iter()
            .filter(|(bk, _)| !p.fields.iter().any(|(k, _)| k == bk))
            .cloned()
            .collect();
        fields.extend(p.fields.iter().cloned());
        let mut cfg = config(fields, p.unknown.clone(), p.fields[0].1.whole_span());
        cfg.label = p.profile.as_ref().map(|n| format!("profile {n}"));
        cfg.active = !has_base && configs.is_empty();
        configs.push(cfg);
    }
    if configs.len() > 1 && has_base {
        configs[0].label = Some("default (no profile)".into());
    }
    // `spring.profiles.active: prod` in the paste: that profile's
    // document is the one in use (the last one listed wins a conflict).
    if let Some(list) = active {
        let named = |c: &Config, n: &str| c.label.as_deref() == Some(&format!("profile {n}"));
        let chosen = list
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .filter_map(|n| configs.iter().position(|c| named(c, n)))
            .next_back();
        if let Some(i) = chosen {
            for (j, c) in configs.iter_mut().enumerate() {
                c.active = j == i;
            }
        }
    }
    configs
}

/// The change in Spring's terms: properties, or YAML nested under
/// `spring: mail:` when the keys were written nested.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let yaml = cfg.fields.iter().any(|f| f.key_span.len() != f.key.len());
    let set = |k: &str, v: &str| {
        if yaml {
            format!("{k}: {v} (nested under spring: mail: in application.yml)")
        } else {
            format!("spring.mail.{k}={v}")
        }
    };
    Some(match what {
        Write::Port(p) => set("port", &p.to_string()),
        Write::Host(h) => set("host", h),
        Write::StartTls if yaml => "properties.mail.smtp.starttls.enable: true under spring.mail (and remove ssl.enable / protocol: smtps)".into(),
        Write::StartTls => "spring.mail.port=587 and spring.mail.properties.mail.smtp.starttls.enable=true (remove mail.smtp.ssl.enable=true and spring.mail.protocol=smtps)".into(),
        Write::VerifyOn => "remove spring.mail.properties.mail.smtp.ssl.trust=*".into(),
        Write::AuthOn => set("username", "your token") + " and spring.mail.password",
        Write::TlsModern => "spring.mail.properties.mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3".into(),
        Write::Username(v) => set("username", v),
        Write::Password(v) => set("password", v),
        Write::From(v) => format!("message.setFrom(\"{v}\") in the code that sends (Spring Boot has no From property)"),
        Write::Stream(v) => format!("the header X-PM-Message-Stream: {v} on each message"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    #[test]
    fn multibyte_keys_never_panic() {
        assert!(extract("𑌪ꢀ=1\nspring.mail.host=h\n")
            .iter()
            .all(|c| c.dialect.id() == "spring-boot"));
        assert!(extract("spring:\n  mail:\n    hostꢀ: h\n    host: x\n").len() <= 1);
    }

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
    fn the_active_profile_named_in_the_paste_is_the_one_used() {
        let input = "spring:\n  profiles:\n    active: prod\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  mail:\n    host: localhost\n    port: 1025\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  mail:\n    host: smtp.postmarkapp.com\n    port: 587\n";
        let all = extract(input);
        let active: Vec<_> = all.iter().filter(|c| c.active).collect();
        assert_eq!(active.len(), 1);
        assert_eq!(active[0].literal(Host), Some("smtp.postmarkapp.com"));
        // Without it, the first profile document.
        let all = extract(&input.replace(
            "  profiles:\n    active: prod\n",
            "  application:\n    name: x\n",
        ));
        assert_eq!(
            all.iter().find(|c| c.active).and_then(|c| c.literal(Host)),
            Some("localhost")
        );
    }

    #[test]
    fn yaml_profiles() {
        let input = "spring:\n  mail:\n    host: smtp.postmarkapp.com\n    port: 587\n    username: u\n    password: u\n    properties:\n      mail.smtp.starttls.enable: true\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  mail:\n    port: 465\n    properties:\n      mail.smtp.ssl.enable: true\n";
        let all = extract(input);
        assert_eq!(all.len(), 2);
        let c = &all[0];
        assert_eq!(c.dialect.id(), "spring-boot");
        assert!(c.active);
        assert_eq!(c.dialect.tls(c).mode, Some(Security::StartTls));
        assert_eq!(all[1].label.as_deref(), Some("profile prod"));
        assert_eq!(all[1].port_number(), Some(465));
        // The profile inherits the host it does not repeat.
        assert_eq!(all[1].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(all[1].dialect.tls(&all[1]).mode, Some(Security::Implicit));
        assert_eq!(all[1].get(Port).unwrap().key, "spring.mail.port");
    }

    #[test]
    fn properties_with_placeholders() {
        let input = "spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=${MAIL_PORT:587}\nspring.mail.username=${POSTMARK_TOKEN}\nspring.mail.password=${POSTMARK_TOKEN}\nspring.mail.properties.mail.smtp.starttls.enable=true\n";
        let c = &extract(input)[0];
        assert!(c.get(Port).unwrap().value.is_reference());
        assert_eq!(c.dialect.id(), "spring-boot");
    }

    #[test]
    fn environment_variables_bind() {
        let input = "services:\n  app:\n    environment:\n      SPRING_MAIL_HOST: smtp.postmarkapp.com\n      SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE: \"true\"\n";
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "spring-boot");
        assert_eq!(c.dialect.tls(c).mode, Some(Security::StartTls));
    }

    /// Spring reads an environment variable named as the property
    /// (`spring.mail.host`) as that property: in a Dockerfile `ENV`, a
    /// `.env`, and a compose `environment:` list or map.
    #[test]
    fn dotted_environment_names_bind() {
        for input in [
            "FROM eclipse-temurin:17\nENV spring.mail.host=smtp.postmarkapp.com\nENV spring.mail.properties.mail.smtp.starttls.enable=true\n",
            "services:\n  app:\n    environment:\n      - spring.mail.host=smtp.postmarkapp.com\n      - spring.mail.properties.mail.smtp.starttls.enable=true\n",
            "services:\n  app:\n    environment:\n      spring.mail.host: smtp.postmarkapp.com\n      spring.mail.properties.mail.smtp.starttls.enable: \"true\"\n",
        ] {
            let all = extract(input);
            assert_eq!(all.len(), 1, "{input}");
            let c = &all[0];
            assert_eq!(c.dialect.id(), "spring-boot", "{input}");
            assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
            assert_eq!(c.dialect.tls(c).mode, Some(Security::StartTls), "{input}");
        }
        // A `spring` map deeper in another file is not Spring's.
        assert!(extract("app:\n  spring:\n    mail:\n      host: h\n")
            .iter()
            .all(|c| c.dialect.id() != "spring-boot"));
    }

    /// An SSL socket factory's port is the one JavaMail dials (it replaces
    /// `spring.mail.port`); without the factory class it is not read.
    #[test]
    fn the_socket_factory_port_is_dialled_with_a_factory() {
        let input = "ENV spring.mail.host=smtp.postmarkapp.com\nENV spring.mail.port=587\nENV spring.mail.properties.mail.smtp.socketFactory.port=465\nENV spring.mail.properties.mail.smtp.socketFactory.class=javax.net.ssl.SSLSocketFactory\n";
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "spring-boot");
        assert_eq!(c.port_number(), Some(465));
        assert_eq!(c.dialect.tls(c).mode, Some(Security::Implicit));
        let without = input.replace(
            "ENV spring.mail.properties.mail.smtp.socketFactory.class=javax.net.ssl.SSLSocketFactory\n",
            "",
        );
        let c = &extract(&without)[0];
        assert_eq!(c.port_number(), Some(587));
        let c = &extract(&without.replace("ENV spring.mail.port=587\n", ""))[0];
        assert_eq!(c.port_number(), None);
    }

    #[test]
    fn bracketed_properties_bind() {
        let input = "spring.mail.host=smtp.postmarkapp.com\nspring.mail.port=587\nspring.mail.properties[mail.smtp.starttls.enable]=true\n";
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "spring-boot");
        assert_eq!(c.dialect.tls(c).mode, Some(Security::StartTls));
        let yaml = "spring:\n  mail:\n    host: smtp.postmarkapp.com\n    properties:\n      \"[mail.smtp.ssl.enable]\": true\n";
        let c = &extract(yaml)[0];
        assert_eq!(c.dialect.tls(c).mode, Some(Security::Implicit));
    }

    #[test]
    fn properties_documents_and_unknown_keys() {
        let input = "spring.mail.host=smtp.postmarkapp.com\nspring.mail.hots=x\nspring.mail.properties.mail.smtp.timeout=1\n#---\nspring.config.activate.on-profile=dev\nspring.mail.port=1025\n";
        let all = extract(input);
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].label.as_deref(), Some("profile dev"));
        assert_eq!(all[1].port_number(), Some(1025));
        assert_eq!(all[0].unknown_keys.len(), 1);
        assert_eq!(all[0].unknown_keys[0].key, "spring.mail.hots");
        let input = "spring:\n  mail:\n    host: smtp.postmarkapp.com\n    properties:\n      mail.smtp.starttls.enabled: true\n";
        let keys: Vec<String> = extract(input)[0]
            .unknown_keys
            .iter()
            .map(|u| u.key.clone())
            .collect();
        assert_eq!(keys, ["spring.mail.properties.mail.smtp.starttls.enabled"]);
    }

    #[test]
    fn the_session_host_counts_only_without_springs_own() {
        let input = "spring.mail.host=smtp.postmarkapp.com\nspring.mail.properties.mail.smtp.host=other.example\n";
        let c = &extract(input)[0];
        assert_eq!(c.all(Host).count(), 1);
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
    }

    #[test]
    fn thousands_of_profile_documents_stay_bounded() {
        let mut input = String::from("spring:\n  mail:\n    host: smtp.postmarkapp.com\n");
        for i in 0..5000 {
            input.push_str(&format!(
                "---\nspring:\n  config.activate.on-profile: p{i}\n  mail:\n    port: {}\n",
                1000 + i
            ));
        }
        let all = extract(&input);
        assert_eq!(all.len(), MAX_CONFIGS);
        assert_eq!(all[1].literal(Host), Some("smtp.postmarkapp.com"));
    }
}
