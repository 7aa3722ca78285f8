//! JavaMail / Jakarta Mail session properties, shared by the JavaMail table
//! and Spring Boot (whose `spring.mail.properties.*` are the same
//! properties).
//!
//! Meaning (JavaMail `SMTPTransport`, the `com.sun.mail.smtp` /
//! `org.eclipse.angus.mail.smtp` package docs; Jakarta Mail 2 is JavaMail
//! 1.6 renamed, with the same property names):
//! * `mail.smtp.starttls.enable=true` makes it issue STARTTLS when the
//!   server offers it, `mail.smtp.starttls.required=true` too (and fails
//!   when it is not offered); without either the session stays in clear;
//! * `mail.smtp.ssl.enable=true` or the `smtps` protocol
//!   (`mail.transport.protocol`) starts TLS on the first byte; on an SSL
//!   socket STARTTLS is never issued (no conflict); so does an SSL socket
//!   factory (`mail.smtp.socketFactory.class=javax.net.ssl.SSLSocketFactory`,
//!   the pre-1.4 way; `socketFactory.port` then names the port dialled);
//! * the port defaults to 25, 465 for the `smtps` protocol, whatever
//!   `ssl.enable` says;
//! * `mail.smtp.ssl.trust` lists trusted hosts; only `*` trusts every
//!   certificate; `mail.smtp.ssl.checkserveridentity` checks the name;
//!   `mail.smtp.ssl.protocols` lists the TLS versions allowed;
//! * `mail.smtp.user` is the default user name; `mail.smtp.password` is not
//!   read by JavaMail but is the usual name applications give the password
//!   they hand to their `Authenticator`;
//! * `mail.smtp.from` is the envelope sender.
//!
//! Property names are case-sensitive in `java.util.Properties`; we match
//! them case-insensitively, as the old reader did, since a wrong case is
//! rare and reading it costs nothing.

use crate::extract::profile::Hooks;
use crate::extract::read::{Document, Entry};
use crate::extract::Config;
use crate::model::{Evidence, Field, Quote, Role, Security, Tls, Value};

/// JavaMail session properties (after `mail.smtp.` or `mail.smtps.`) and
/// their roles.
const SMTP_KEYS: &[(&str, Role)] = &[
    ("host", Role::Host),
    ("port", Role::Port),
    ("user", Role::Username),
    ("password", Role::Password),
    ("auth", Role::Auth),
    ("from", Role::From),
    ("starttls.enable", Role::StartTls),
    ("starttls.required", Role::StartTls),
    ("ssl.enable", Role::ImplicitTls),
    ("socketfactory.class", Role::ImplicitTls),
    ("socketfactory.port", Role::Port),
    ("ssl.trust", Role::SkipVerify),
    ("ssl.checkserveridentity", Role::VerifyPeer),
    ("ssl.protocols", Role::TlsVersion),
];

/// Other `mail.smtp.*` properties JavaMail reads (not reported as unknown).
pub const OTHER_SMTP_KEYS: &[&str] = &[
    "connectiontimeout",
    "timeout",
    "writetimeout",
    "localhost",
    "localaddress",
    "localport",
    "ehlo",
    "auth.mechanisms",
    "auth.login.disable",
    "auth.plain.disable",
    "auth.digest-md5.disable",
    "auth.ntlm.disable",
    "auth.xoauth2.disable",
    "sasl.enable",
    "sasl.mechanisms",
    "ssl.ciphersuites",
    "ssl.socketfactory",
    "ssl.socketfactory.class",
    "ssl.socketfactory.port",
    "socketfactory",
    "socketfactory.class",
    "socketfactory.fallback",
    "socketfactory.port",
    "quitwait",
    "quitonsessionreject",
    "reportsuccess",
    "sendpartial",
    "allow8bitmime",
    "dsn.notify",
    "dsn.ret",
    "submitter",
    "mailextension",
    "noop.strict",
    "userset",
    "proxy.host",
    "proxy.port",
    "socks.host",
    "socks.port",
];

/// The role of a JavaMail property (`mail.smtp.host`, `mail.smtps.port`,
/// `mail.transport.protocol`…), ASCII case-insensitively; `None` for
/// properties that carry nothing we check.
pub fn property_role(key: &str) -> Option<Role> {
    // Compared without case, in place (no lowercase copy per key: this
    // runs on every entry of a Java paste).
    const PLAIN: [(&str, Role); 4] = [
        ("mail.host", Role::Host),
        ("mail.user", Role::Username),
        ("mail.from", Role::From),
        ("mail.transport.protocol", Role::Scheme),
    ];
    // As most code writes it, `mail.smtp.` and a lowercase name: compared
    // exactly first (no PLAIN name starts so, and the names are distinct
    // lowercase words, so an exact hit is the case-blind answer too).
    if let Some(rest) = key.strip_prefix("mail.smtp.") {
        if let Some((_, r)) = SMTP_KEYS.iter().find(|(n, _)| rest == *n) {
            return Some(*r);
        }
    }
    if let Some((_, r)) = PLAIN.iter().find(|(n, _)| key.eq_ignore_ascii_case(n)) {
        return Some(*r);
    }
    let rest =
        strip_prefix_ci(key, "mail.smtp.").or_else(|| strip_prefix_ci(key, "mail.smtps."))?;
    SMTP_KEYS
        .iter()
        .find(|(n, _)| rest.eq_ignore_ascii_case(n))
        .map(|(_, r)| *r)
}

/// `key` after `prefix` (ASCII, compared without case).
fn strip_prefix_ci<'k>(key: &'k str, prefix: &str) -> Option<&'k str> {
    let head = key.as_bytes().get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix.as_bytes()) {
        key.get(prefix.len()..)
    } else {
        None
    }
}

/// Whether a key is a JavaMail property at all (for unknown-key reports).
pub fn is_property(key: &str) -> bool {
    let k = key.as_bytes();
    let starts = |p: &str| k.len() > p.len() && k[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    starts("mail.smtp.")
        || starts("mail.smtps.")
        || key.eq_ignore_ascii_case("mail.transport.protocol")
        || property_role(key).is_some()
}

/// Whether a `mail.smtp.*` property is one JavaMail reads.
pub fn is_known_property(key: &str) -> bool {
    if property_role(key).is_some() {
        return true;
    }
    let k = key.to_ascii_lowercase();
    k.strip_prefix("mail.smtp.")
        .or_else(|| k.strip_prefix("mail.smtps."))
        .is_some_and(|rest| OTHER_SMTP_KEYS.contains(&rest))
}

/// A value the client derives from what is written: `text` is what it
/// uses, the span what the user wrote.
pub fn derived(text: &str, written: &Value) -> Value {
    Value {
        text: text.to_string(),
        span: written.span.clone(),
        quote: Quote::None,
        verbatim: false,
        reference: None,
    }
}

/// The field of a property, as JavaMail reads it: `ssl.trust` counts only
/// as `*` (every certificate trusted: verification off).
pub fn property_field(mut f: Field) -> Option<Field> {
    // `socketFactory.class=javax.net.ssl.SSLSocketFactory` (old JavaMail
    // recipes): every socket is an SSL one, TLS from the first byte.
    if f.role == Role::ImplicitTls && ends_with_ci(&f.key, "socketfactory.class") {
        let ssl = f.value.text.trim().ends_with("SSLSocketFactory");
        if f.value.is_reference() || !ssl {
            return None;
        }
        f.value = derived("true", &f.value);
    }
    if f.role == Role::SkipVerify {
        if f.value.is_reference() || f.value.text.trim() != "*" {
            return None;
        }
        f.value = derived("true", &f.value);
    }
    Some(f)
}

/// JavaMail dials `socketFactory.port` when a socket factory class is set
/// (`SocketFetcher`: it replaces the port given to `connect`, Spring's
/// `spring.mail.port` and `mail.smtp.port` included); without a factory
/// it is not read. Keeps the one port JavaMail dials among `items`.
pub fn settle_socket_factory_port<T>(items: &mut Vec<T>, field: impl Fn(&T) -> &Field) {
    let sf_port = |f: &Field| f.role == Role::Port && ends_with_ci(&f.key, "socketfactory.port");
    if !items.iter().any(|t| sf_port(field(t))) {
        return;
    }
    let factory = items.iter().any(|t| {
        let f = field(t);
        f.role == Role::ImplicitTls && ends_with_ci(&f.key, "socketfactory.class")
    });
    items.retain(|t| {
        let f = field(t);
        f.role != Role::Port || sf_port(f) == factory
    });
}

/// The `finish` hook of the tables whose keys are JavaMail properties
/// (Grails' `grails.mail.props.*`, Traccar's entries): JavaMail reads an SSL
/// socket factory as TLS from the first byte and a trust list only as `*`
/// ([`property_field`]), and dials `socketFactory.port` only beside a
/// factory ([`settle_socket_factory_port`]).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let fields = std::mem::take(&mut cfg.fields);
        cfg.fields = fields.into_iter().filter_map(property_field).collect();
        settle_socket_factory_port(&mut cfg.fields, |f| f);
    }
}

/// The hooks of those tables: JavaMail's TLS reading and default port, and
/// [`finish`].
pub const HOOKS: Hooks = Hooks {
    tls: Some(tls),
    default_port: Some(default_port),
    finish: Some(finish),
    ..Hooks::NONE
};

/// JavaMail's reading of its TLS properties (see the module docs).
pub fn tls(cfg: &Config) -> Tls {
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
                .filter(|f| ends_with_ci(&f.key, suffix))
                .last()
        })
        .find(|f| f.value.as_bool() == Some(true));
    if let Some(f) = smtps.or(ssl) {
        tls.choose(Security::Implicit, Evidence::of(f));
    } else if let Some(f) = starttls {
        tls.choose(Security::StartTls, Evidence::of(f));
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

/// `…starttls.enable`, `…STARTTLS_ENABLE` (Spring's environment form).
fn ends_with_ci(key: &str, suffix: &str) -> bool {
    let (k, s) = (
        key.trim_end_matches(['"', '\'', ']']).as_bytes(),
        suffix.as_bytes(),
    );
    let norm = |c: u8| {
        if c == b'_' {
            b'.'
        } else {
            c.to_ascii_lowercase()
        }
    };
    k.len() >= s.len()
        && k[k.len() - s.len()..]
            .iter()
            .zip(s)
            .all(|(a, b)| norm(*a) == norm(*b))
}

/// JavaMail's default port: 465 for the `smtps` protocol, else 25.
pub fn default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(Role::Scheme) {
        Some(f) if f.value.is_reference() => None,
        Some(f) if f.value.text.trim().eq_ignore_ascii_case("smtps") => Some(465),
        _ => Some(25),
    }
}

/// The key an entry is written under, whole: `mail.smtp.host` for
/// `mail.smtp.host=…`, `props.put("mail.smtp.host", …)` and Kotlin's
/// `props["mail.smtp.host"] = …`.
pub fn whole_key<'d>(doc: &'d Document, e: &Entry) -> &'d str {
    let key = crate::extract::read::strings::trim_str(doc.key_of(e));
    match key.ends_with(']').then(|| key.find('[')).flatten() {
        Some(i) => key[i + 1..key.len() - 1].trim().trim_matches(['"', '\'']),
        None => key,
    }
}

/// Fields spanning the configuration.
pub fn fit_span(cfg: &mut Config) {
    let start = cfg.fields.iter().map(|f| f.whole_span().start).min();
    let end = cfg.fields.iter().map(|f| f.whole_span().end).max();
    if let (Some(s), Some(e)) = (start, end) {
        cfg.span = s.min(cfg.span.start)..e.max(cfg.span.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `property_role`'s exact first compare gives the case-blind answer
    /// only while the names are lowercase and distinct.
    #[test]
    fn smtp_key_names_are_lowercase_and_distinct() {
        for (i, (n, _)) in SMTP_KEYS.iter().enumerate() {
            assert_eq!(*n, n.to_ascii_lowercase());
            assert!(SMTP_KEYS[..i]
                .iter()
                .all(|(m, _)| !m.eq_ignore_ascii_case(n)));
        }
        assert!(property_role("mail.smtp.HOST") == Some(Role::Host));
    }

    #[test]
    fn property_roles() {
        assert_eq!(property_role("mail.smtp.host"), Some(Role::Host));
        assert_eq!(property_role("mail.smtps.port"), Some(Role::Port));
        assert_eq!(
            property_role("MAIL.SMTP.STARTTLS.ENABLE"),
            Some(Role::StartTls)
        );
        assert_eq!(property_role("mail.transport.protocol"), Some(Role::Scheme));
        assert_eq!(property_role("mail.smtp.timeout"), None);
        assert!(is_known_property("mail.smtp.timeout"));
        assert!(!is_known_property("mail.smtp.hots"));
        assert!(is_property("mail.smtp.hots"));
        assert!(!is_property("mail.smtp."));
    }
}
