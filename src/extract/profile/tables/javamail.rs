//! Plain JavaMail / Jakarta Mail (`javamail`): `mail.smtp.*` session
//! properties, in a `.properties` file or in Java/Kotlin code
//! (`props.put("mail.smtp.host", "…")`, `props.setProperty(…)`,
//! `props["mail.smtp.host"] = …`), the `Session` made from them and the
//! `Transport` that sends.
//!
//! Meaning (JavaMail `SMTPTransport`, the com.sun.mail.smtp package docs;
//! Jakarta Mail 2 is JavaMail 1.6 moved from `javax.mail` to
//! `jakarta.mail`, same properties): see [`super::java_props`] for the
//! properties; further:
//! * it authenticates only when `mail.smtp.auth=true`, or when the code
//!   passes a user and a password to `Transport.connect` /
//!   `Transport.send`; an `Authenticator` alone is never asked otherwise;
//! * `transport.connect(host, port, user, password)`,
//!   `connect(host, user, password)` and `Transport.send(msg, user,
//!   password)` pass what they are given;
//! * `new PasswordAuthentication(user, password)` in an `Authenticator` is
//!   what the session logs in with (constants assigned a literal in the
//!   same paste are read through);
//! * `message.setFrom(new InternetAddress("…"))` is the From header;
//! * Spring's `JavaMailSenderImpl` (`setHost`, `setPort`, `setUsername`,
//!   `setPassword`, `setProtocol`, then `setJavaMailProperties(props)`)
//!   passes host, port, username and password to `Transport.connect`, so a
//!   password set means a login (Spring `JavaMailSenderImpl.connectTransport`).
//!
//! A property counts only as one whole key (`mail.smtp.host=…`, the first
//! argument of `put`), never inside another path (`spring.mail.properties.
//! mail.smtp.host` is Spring Boot's, a YAML `mail: host:` section is an
//! application's own). The key rows below recognise the client; the
//! `read` hook reads the properties wherever the code sets them (another
//! method, another class), into one configuration, within fixed bounds.

use rustc_hash::FxHashMap as HashMap;

use super::java_props::{
    self, derived, fit_span, is_known_property, is_property, property_field, property_role,
    whole_key,
};
use crate::extract::profile::{
    fields, fix, k, mark, mark_value, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, TlsModel, Words, Write, WriteKind as W, BASE,
};
use crate::extract::read::{Document, Entry, SegKind, ValKind};
use crate::extract::Config;
use crate::model::{Field, KeyUse, Role, Role::*, Value};

/// What recognises the client (the hook reads the properties themselves).
const KEYS: &[Key] = &[
    k("mail.smtp.host|mail.smtps.host", Host),
    k("mail.smtp.port|mail.smtps.port", Port),
    k("mail.smtp.user|mail.smtps.user", Username),
    k("mail.smtp.auth|mail.smtps.auth", Auth),
    k("mail.smtp.from|mail.smtps.from", From),
    k(
        "mail.smtp.starttls.enable|mail.smtps.starttls.enable",
        StartTls,
    ),
    k("mail.smtp.ssl.enable|mail.smtps.ssl.enable", ImplicitTls),
    k("mail.transport.protocol", Scheme),
    // Spring's `JavaMailSenderImpl` set up by its setters alone: the
    // `read` hook takes them only when that class is named in the paste.
    k("setHost(#0)", Host),
    k("setPort(#0)", Port),
];

/// The session and transport classes, by call or by qualified name
/// (`javax.mail` before Jakarta Mail 2, `jakarta.mail` since).
const MARKERS: &[Marker] = &[
    mark("Session.getInstance()|Session.getDefaultInstance()"),
    mark("PasswordAuthentication()"),
    mark("getTransport()"),
    mark("JavaMailSenderImpl()"),
    mark_value("*", "javax.mail."),
    mark_value("*", "jakarta.mail."),
];

/// The property names, whole, for `input/unknown-key` suggestions.
const OTHER_KEYS: Words = words![
    "mail.smtp.host",
    "mail.smtp.port",
    "mail.smtp.user",
    "mail.smtp.password",
    "mail.smtp.auth",
    "mail.smtp.from",
    "mail.smtp.starttls.enable",
    "mail.smtp.starttls.required",
    "mail.smtp.ssl.enable",
    "mail.smtp.ssl.trust",
    "mail.smtp.ssl.checkserveridentity",
    "mail.smtp.ssl.protocols",
    "mail.smtp.connectiontimeout",
    "mail.smtp.timeout",
    "mail.smtp.writetimeout",
    "mail.host",
    "mail.user",
    "mail.from",
    "mail.transport.protocol",
    "mail.debug",
];

const NO_TLS: TlsModel = TlsModel {
    absent: "no mail.smtp.starttls.enable=true",
    ..TlsModel::SWITCHES_PLAIN
};

/// Properties are strings: quoted in code, plain in `.properties`.
const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Given)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(Scheme, "protocol", SetVal::Word("smtp")),
            set_if(ImplicitTls, "ssl.enable", SetVal::Word("false")),
            set(StartTls, "starttls.enable", SetVal::Word("true")),
        ],
    ),
    fix(
        W::VerifyOn,
        &[
            set(SkipVerify, "ssl.trust", SetVal::Remove),
            set_if(VerifyPeer, "ssl.checkserveridentity", SetVal::Word("true")),
        ],
    ),
    fix(W::AuthOn, &[set(Auth, "auth", SetVal::Word("true"))]),
    fix(
        W::TlsModern,
        &[set_if(
            TlsVersion,
            "ssl.protocols",
            SetVal::Word("TLSv1.2 TLSv1.3"),
        )],
    ),
];

pub static JAVAMAIL: Profile = Profile {
    id: "javamail",
    name: "JavaMail properties",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary",
    syntaxes: syn::PROPERTIES | syn::JAVA | syn::KOTLIN,
    keys: KEYS,
    markers: MARKERS,
    other_keys: OTHER_KEYS,
    tls: NO_TLS,
    port: Some(25),
    auth_switch: Some("mail.smtp.auth=true"),
    fixes: FIXES,
    sender_hint: "the message's From header (`message.setFrom(…)`) and `mail.smtp.from` for the envelope",
    quotes_literal: true,
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

/// At most this many fields, ignored keys and calls are read.
const MAX_FIELDS: usize = 256;
const MAX_UNKNOWN: usize = 64;
const MAX_CALLS: usize = 256;

/// The calls whose arguments carry settings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CallKind {
    Connect,
    Send,
    Credentials,
    SetFrom,
    /// `new InternetAddress("…")` directly inside `setFrom(…)`.
    FromAddress,
    /// Spring's `JavaMailSenderImpl` setters (`setHost`, `setPort`,
    /// `setUsername`, `setPassword`, `setProtocol`): it hands them to
    /// `Transport.connect(host, port, username, password)`.
    Setter(Role),
}

struct Call {
    kind: CallKind,
    /// The call's name segment, for the field key span.
    name: std::ops::Range<usize>,
    /// (argument position, entry).
    args: Vec<(u16, u32)>,
}

/// The call scope an argument entry belongs to, and what the call is.
fn call_of(doc: &Document, e: &Entry) -> Option<(CallKind, std::ops::Range<usize>)> {
    let own = doc.own_segs(doc.scopes[e.scope as usize].segs);
    let seg = own.last().filter(|s| s.kind == SegKind::Call)?;
    let kind = match seg.text(doc.input) {
        "connect" => CallKind::Connect,
        "send" => CallKind::Send,
        "PasswordAuthentication" => CallKind::Credentials,
        "setFrom" => CallKind::SetFrom,
        "setHost" => CallKind::Setter(Host),
        "setPort" => CallKind::Setter(Port),
        "setUsername" => CallKind::Setter(Username),
        "setPassword" => CallKind::Setter(Password),
        "setProtocol" => CallKind::Setter(Scheme),
        "InternetAddress" => {
            let parent = doc.scopes[e.scope as usize].parent;
            let up = doc.own_segs(doc.scopes[parent as usize].segs).last()?;
            (up.kind == SegKind::Call && up.text(doc.input) == "setFrom")
                .then_some(CallKind::FromAddress)?
        }
        _ => return None,
    };
    Some((kind, seg.span.start as usize..seg.span.end as usize))
}

/// The `JavaMailSenderImpl` property a Kotlin assignment sets (`host`
/// for `setHost`, …).
fn sender_property(name: &str) -> Option<Role> {
    Some(match name {
        "host" => Host,
        "port" => Port,
        "username" => Username,
        "password" => Password,
        "protocol" => Scheme,
        _ => return None,
    })
}

/// Reads the properties and the calls (one pass over the entries).
fn read(doc: &Document) -> Vec<Config> {
    let mut configs = Vec::new();
    let p = &JAVAMAIL;
    let mut cfg = Config::new(p, 0..0);
    let mut found = false;
    // Literals assigned to a plain name, for `PasswordAuthentication(TOKEN, TOKEN)`.
    // (usize values: the page then carries one map type less, msmtp's.)
    let mut calls: Vec<Call> = Vec::new();
    let mut call_at: HashMap<u32, usize> = HashMap::default();
    // The last call scope found to be none of `call_of`'s (`put(…)`: its
    // second argument is not looked up again).
    let mut not_a_call: Option<u32> = None;
    // Spring's sender is named: its Kotlin properties are read (one look).
    let sender_impl = doc.input.contains("JavaMailSenderImpl");
    let read = |e: &Entry| {
        !e.commented()
            && p.syntaxes & crate::extract::profile::engine::syntax_bit(e.syntax) != 0
            && e.value.kind != ValKind::Presence
    };
    for (ei, e) in doc.entries.iter().enumerate() {
        if !read(e) {
            continue;
        }
        let last = doc.path_rev(e).next();
        if let Some(s) = last.filter(|s| matches!(s.kind, SegKind::Arg(_))) {
            let SegKind::Arg(n) = s.kind else { continue };
            let known = if call_at.is_empty() {
                None
            } else {
                call_at.get(&e.scope)
            };
            if let Some(ci) = known {
                calls[*ci].args.push((n, ei as u32));
            } else if calls.len() < MAX_CALLS && not_a_call != Some(e.scope) {
                match call_of(doc, e) {
                    Some((kind, name)) => {
                        call_at.insert(e.scope, calls.len());
                        calls.push(Call {
                            kind,
                            name,
                            args: vec![(n, ei as u32)],
                        });
                    }
                    None => not_a_call = Some(e.scope),
                }
            }
            continue;
        }
        // Kotlin's property syntax for the `JavaMailSenderImpl` setters
        // (`mailSender.host = …`, `JavaMailSenderImpl().apply { port = 587 }`).
        if sender_impl && e.syntax.is_code() {
            let role = last
                .filter(|s| s.kind == SegKind::Key)
                .and_then(|s| sender_property(s.text(doc.input)));
            if let Some(role) = role {
                if cfg.fields.len() < MAX_FIELDS {
                    let f = fields::field(doc, e, role, fields::value_of(doc, e, p));
                    cfg.fields.push(f);
                }
                found = true;
                continue;
            }
        }
        let name = whole_key(doc, e);
        // The role first: a property with one (most of a paste's) needs no
        // second look at its name.
        let role = property_role(name);
        if role.is_none() && !is_property(name) {
            continue;
        }
        // `mail.smtp.host=…` and `put("mail.smtp.host", …)` only: the
        // key as written is the property itself.
        if e.syntax == crate::model::Syntax::Properties && doc.key_of(e).trim() != name {
            continue;
        }
        found = true;
        match role {
            Some(role) if cfg.fields.len() < MAX_FIELDS => {
                let mut f = fields::field(doc, e, role, fields::value_of(doc, e, p));
                f.key = name.to_string();
                if let Some(f) = property_field(f) {
                    cfg.fields.push(f);
                }
            }
            None if !is_known_property(name) && cfg.unknown_keys.len() < MAX_UNKNOWN => {
                cfg.unknown_keys.push(KeyUse {
                    key: name.to_string(),
                    span: e.key_span(),
                })
            }
            _ => {}
        }
    }
    // Spring's `JavaMailSenderImpl` configured by its setters alone
    // (`setHost("…")`, `setPort(465)`, no `mail.smtp.*` property): those
    // setters are its settings (and `setHost` on anything else is not).
    found |= sender_impl && calls.iter().any(|c| matches!(c.kind, CallKind::Setter(_)));
    if !found {
        return configs;
    }
    // Literals assigned to a plain name, for `PasswordAuthentication(TOKEN,
    // TOKEN)`: the last one in the paste, as the constants' one pass read
    // them; only when a call passes values on (most pastes have none).
    // (usize values: the page then carries one map type less, msmtp's.)
    let mut constants: HashMap<&str, usize> = HashMap::default();
    if calls.iter().any(|c| {
        matches!(
            c.kind,
            CallKind::Credentials | CallKind::FromAddress | CallKind::Setter(_)
        )
    }) {
        for (ei, e) in doc.entries.iter().enumerate() {
            if read(e) && e.syntax.is_code() && e.value.kind == ValKind::Literal {
                let last = doc.path_rev(e).next();
                if let Some(s) = last.filter(|s| s.kind == SegKind::Key) {
                    constants.insert(s.text(doc.input), ei);
                }
            }
        }
    }
    let resolve = |ei: u32| -> Value {
        let e = &doc.entries[ei as usize];
        let v = fields::value_of(doc, e, p);
        let plain_name = v
            .reference
            .as_deref()
            .filter(|r| r.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_'));
        match plain_name.and_then(|n| constants.get(n)) {
            Some(&ci) => fields::value_of(doc, &doc.entries[ci], p),
            None => v,
        }
    };
    for call in &calls {
        if cfg.fields.len() >= MAX_FIELDS {
            break;
        }
        read_call(doc, call, &resolve, &mut cfg);
    }
    java_props::settle_socket_factory_port(&mut cfg.fields, |f| f);
    crate::sort::by_key(&mut cfg.fields, |f| f.key_span.start);
    if let Some(first) = cfg.fields.first() {
        cfg.span = first.whole_span();
    }
    fit_span(&mut cfg);
    if !cfg.fields.is_empty() {
        configs.push(cfg);
    }
    configs
}

/// The settings one call passes (see the module docs).
fn read_call(doc: &Document, call: &Call, resolve: &dyn Fn(u32) -> Value, cfg: &mut Config) {
    let arg = |n: u16| call.args.iter().find(|(i, _)| *i == n).map(|(_, e)| *e);
    let count = call.args.iter().map(|(i, _)| *i + 1).max().unwrap_or(0);
    let key = match call.kind {
        CallKind::Connect => "connect(…)",
        CallKind::Send => "send(…)",
        CallKind::Credentials => "PasswordAuthentication(…)",
        CallKind::SetFrom | CallKind::FromAddress => "setFrom(…)",
        CallKind::Setter(Host) => "setHost(…)",
        CallKind::Setter(Port) => "setPort(…)",
        CallKind::Setter(Username) => "setUsername(…)",
        CallKind::Setter(Password) => "setPassword(…)",
        CallKind::Setter(_) => "setProtocol(…)",
    };
    let mut push = |role: Role, value: Value| {
        cfg.fields.push(Field {
            role,
            key: key.to_string(),
            key_span: call.name.clone(),
            value,
            syntax: doc.entries[call.args[0].1 as usize].syntax,
        })
    };
    let plain = |n: u16| arg(n).map(|e| fields::value_of(doc, &doc.entries[e as usize], &JAVAMAIL));
    let roles: &[(u16, Role)] = match (call.kind, count) {
        (CallKind::Connect, 4) => &[(0, Host), (1, Port), (2, Username), (3, Password)],
        (CallKind::Connect, 3) => &[(0, Host), (1, Username), (2, Password)],
        (CallKind::Send, 3) => &[(1, Username), (2, Password)],
        (CallKind::Credentials, 2) => {
            for (n, role) in [(0, Username), (1, Password)] {
                if let Some(e) = arg(n) {
                    push(role, resolve(e));
                }
            }
            return;
        }
        (CallKind::FromAddress, _) => {
            if let Some(e) = arg(0) {
                push(From, resolve(e));
            }
            return;
        }
        (CallKind::Setter(role), 1) => {
            if let Some(e) = arg(0) {
                push(role, resolve(e));
            }
            // A password set is passed to `connect`, which then logs in.
            if role != Password {
                return;
            }
            &[]
        }
        (CallKind::SetFrom, _) => {
            if let Some(v) = plain(0).filter(|v| !v.is_reference()) {
                push(From, v);
            }
            return;
        }
        _ => return,
    };
    for &(n, role) in roles {
        if let Some(v) = plain(n) {
            push(role, v);
        }
    }
    // Credentials passed to the call are always used.
    let written = Value {
        text: String::new(),
        span: call.name.clone(),
        quote: crate::model::Quote::None,
        verbatim: false,
        reference: None,
    };
    push(Auth, derived("true", &written));
}

fn write(cfg: &Config, what: &Write) -> Option<String> {
    Some(match what {
        Write::Port(p) => format!("mail.smtp.port={p}"),
        Write::Host(h) => format!("mail.smtp.host={h}"),
        Write::StartTls => "mail.smtp.starttls.enable=true (and remove mail.smtp.ssl.enable=true; mail.transport.protocol=smtp)".into(),
        // Each switch that is written, so that the fix puts all back.
        Write::VerifyOn => match (cfg.get(SkipVerify), cfg.get(VerifyPeer)) {
            (Some(_), Some(_)) => "remove mail.smtp.ssl.trust=* (or list smtp.postmarkapp.com only) and mail.smtp.ssl.checkserveridentity=false".into(),
            (None, Some(_)) => "remove mail.smtp.ssl.checkserveridentity=false".into(),
            _ => "remove mail.smtp.ssl.trust=* (or list smtp.postmarkapp.com only)".into(),
        },
        Write::AuthOn => "mail.smtp.auth=true".into(),
        Write::TlsModern => "mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3".into(),
        Write::Username(v) => format!("mail.smtp.user={v} (and the same in your Authenticator)"),
        Write::Password(v) => format!("the password your Authenticator returns: {v}"),
        Write::From(v) => format!("mail.smtp.from={v} (and the message's From header)"),
        Write::Stream(v) => format!("message.setHeader(\"X-PM-Message-Stream\", \"{v}\")"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Security;

    #[test]
    fn spring_java_mail_sender_impl_setters() {
        let input = "JavaMailSenderImpl sender = new JavaMailSenderImpl();\nsender.setHost(\"smtp.postmarkapp.com\");\nsender.setPort(465);\nsender.setUsername(TOKEN);\nsender.setPassword(TOKEN);\nProperties props = new Properties();\nprops.put(\"mail.smtp.starttls.enable\", \"true\");\nsender.setJavaMailProperties(props);\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1);
        let c = &cfgs[0];
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.literal(Port), Some("465"));
        assert!(c.get(Password).is_some() && c.get(Username).is_some());
        // The password passed to `connect` makes it log in.
        assert_eq!(c.literal(Auth), Some("true"));
    }

    /// A `JavaMailSenderImpl` bean set up by its setters alone (no
    /// `mail.smtp.*` property) is still read; `setHost` on another class
    /// is not a mail setting.
    #[test]
    fn sender_impl_setters_alone() {
        let input = "@Bean\npublic JavaMailSenderImpl mailSender() {\n    JavaMailSenderImpl sender = new JavaMailSenderImpl();\n    sender.setHost(\"smtp.postmarkapp.com\");\n    sender.setPort(2525);\n    return sender;\n}\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1);
        assert_eq!(cfgs[0].literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfgs[0].literal(Port), Some("2525"));
        let (_, s, ids) = crate::extract::profile::tables::linted(input);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let other =
            "DataSource ds = new DataSource();\nds.setHost(\"db.acme.io\");\nds.setPort(5432);\n";
        assert!(extract(other).iter().all(|c| c.dialect.id != "javamail"));
    }

    #[test]
    fn an_ssl_socket_factory_is_implicit_tls() {
        let input = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.auth=true\nmail.smtp.socketFactory.class=javax.net.ssl.SSLSocketFactory\n";
        let (_, s, ids) = crate::extract::profile::tables::linted(input);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let plain = input.replace("javax.net.ssl.SSLSocketFactory", "com.acme.PlainFactory");
        let (_, s, _) = crate::extract::profile::tables::linted(&plain);
        assert_ne!(s["security"], "implicit");
    }

    #[test]
    fn properties_file() {
        let input = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.auth=true\nmail.smtp.starttls.enable=true\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1);
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "javamail");
        assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
        assert_eq!(java_props::tls(c).mode, Some(Security::StartTls));
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
        assert_eq!(java_props::tls(c).mode, Some(Security::None));
        assert_eq!(c.literal(Username), Some("user-token"));
        assert_eq!(c.get(Auth).map(|f| f.value.text.as_str()), Some("true"));
    }

    #[test]
    fn trust_all_and_smtps() {
        let input = "mail.transport.protocol=smtps\nmail.smtp.host=smtp.postmarkapp.com\nmail.smtp.ssl.trust=*\nmail.smtp.ssl.protocols=TLSv1\n";
        let cfgs = extract(input);
        let c = &cfgs[0];
        assert_eq!(java_props::default_port(c), Some(465));
        assert_eq!(java_props::tls(c).mode, Some(Security::Implicit));
        assert_eq!(c.get(SkipVerify).unwrap().value.as_bool(), Some(true));
        assert_eq!(c.literal(TlsVersion), Some("TLSv1"));
        let input = "mail.smtp.host=h\nmail.smtp.ssl.protocols=TLSv1.2 TLSv1.3\n";
        assert!(extract(input)[0].get(TlsVersion).is_some());
    }

    #[test]
    fn kotlin_jakarta_and_properties_set_in_another_method() {
        let input = r#"import jakarta.mail.Session
class Mailer {
    fun props(): Properties {
        val props = Properties()
        props["mail.smtp.host"] = "smtp.postmarkapp.com"
        return props
    }
    fun tls(props: Properties) {
        props["mail.smtp.starttls.enable"] = "true"
        props.setProperty("mail.smtp.port", "587")
    }
    fun session() = jakarta.mail.Session.getInstance(props())
}
"#;
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "javamail");
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(java_props::tls(c).mode, Some(Security::StartTls));
    }

    #[test]
    fn kotlin_sender_properties_are_its_setters() {
        // `apply { host = … }` and `mailSender.host = …`: Kotlin's property
        // syntax for `setHost(…)`; the properties then decide TLS.
        let apply = r#"@Bean
fun mailSender(): JavaMailSender = JavaMailSenderImpl().apply {
    host = "smtp.postmarkapp.com"
    port = 587
    username = token
    password = token
    javaMailProperties["mail.smtp.auth"] = "true"
    javaMailProperties["mail.smtp.starttls.enable"] = "true"
}
"#;
        let dotted = r#"@Bean
fun javaMailSender(): JavaMailSender {
    val mailSender = JavaMailSenderImpl()
    mailSender.host = "smtp.postmarkapp.com"
    mailSender.port = 587
    mailSender.username = System.getenv("POSTMARK_TOKEN")
    mailSender.password = System.getenv("POSTMARK_TOKEN")
    val props = mailSender.javaMailProperties
    props["mail.smtp.auth"] = "true"
    props["mail.smtp.starttls.enable"] = "true"
    return mailSender
}
"#;
        for input in [apply, dotted] {
            let c = &extract(input)[0];
            assert_eq!(c.dialect.id(), "javamail", "{input}");
            assert_eq!(c.literal(Host), Some("smtp.postmarkapp.com"));
            assert_eq!(c.port_number(), Some(587));
            assert!(c.get(Password).is_some());
            assert_eq!(java_props::tls(c).mode, Some(Security::StartTls));
        }
    }

    #[test]
    fn properties_inside_other_paths_are_not_javamail() {
        let input = "mail:\n  smtp:\n    host: smtp.postmarkapp.com\n    port: 587\n";
        assert!(extract(input).iter().all(|c| c.dialect.id() != "javamail"));
        let input = "app.mail.smtp.host=smtp.postmarkapp.com\napp.mail.smtp.port=587\n";
        assert!(extract(input).iter().all(|c| c.dialect.id() != "javamail"));
    }

    #[test]
    fn unknown_properties_are_reported() {
        let input = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.starttls.enabled=true\nmail.smtp.timeout=5000\n";
        let c = &extract(input)[0];
        let keys: Vec<&str> = c.unknown_keys.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["mail.smtp.starttls.enabled"]);
    }
}
