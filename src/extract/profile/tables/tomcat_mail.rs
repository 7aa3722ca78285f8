//! A JNDI mail session in Tomcat's `server.xml` / `context.xml`
//! (`<Resource type="javax.mail.Session" mail.smtp.host="…" …/>`), as
//! Jira, Confluence and other Java web apps on Tomcat set up their mail
//! server.
//!
//! Meaning (Tomcat JNDI Resources HOW-TO, "JavaMail Sessions";
//! `org.apache.naming.factory.MailSessionFactory`; Atlassian's "Configuring
//! an SMTP mail server to send notifications" for Jira's and Confluence's
//! `mail/…` JNDI resource):
//!
//! * every attribute but Tomcat's own (`name`, `auth`, `type`,
//!   `factory`, `description`) is handed to `Session.getInstance` as a
//!   JavaMail property, so `mail.smtp.host`, `mail.smtp.port`,
//!   `mail.smtp.auth`, `mail.smtp.starttls.enable`, `mail.smtp.ssl.enable`,
//!   `mail.transport.protocol`, `mail.smtp.from`… mean what they mean to
//!   JavaMail (see [`super::java_props`]: clear text unless STARTTLS or SSL
//!   is switched on, port 25, login only with `mail.smtp.auth="true"`);
//! * `password` is Tomcat's: with `mail.smtp.user` it makes the session's
//!   `Authenticator`;
//! * `type` is `javax.mail.Session` (or `jakarta.mail.Session` since
//!   Tomcat 10); another type is not a mail session.
//!
//! The attribute names hold dots (`mail.smtp.host` is one attribute), so
//! the `read` hook reads the session's attributes by name.

use super::java_props::{self, property_field, property_role};
use crate::extract::profile::{
    fields, fix_text, k, mark_value, syn, words, Fix, Hooks, Key, Marker, Profile, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::Role::*;

/// What recognises the session (the hook reads its attributes).
const KEYS: &[Key] = &[k("Resource.type", Transport)];

const MARKERS: &[Marker] = &[
    mark_value("Resource.type", "javax.mail.Session"),
    mark_value("Resource.type", "jakarta.mail.Session"),
];

const NO_TLS: TlsModel = TlsModel {
    absent: "no mail.smtp.starttls.enable=\"true\"",
    ..TlsModel::SWITCHES_PLAIN
};

/// At most this many sessions and attributes are read.
const MAX_SESSIONS: usize = 16;
const MAX_FIELDS: usize = 256;

/// Whether a `type` value names a mail session.
fn mail_session(text: &str) -> bool {
    let t = text.trim();
    t == "javax.mail.Session" || t == "jakarta.mail.Session"
}

/// One configuration per mail-session `<Resource>`: its attributes read
/// as JavaMail properties, `password` as the password.
fn read(doc: &Document) -> Vec<Config> {
    let p = &TOMCAT_MAIL;
    let last_key = |e: &crate::extract::read::Entry| {
        doc.path_rev(e)
            .next()
            .filter(|s| s.kind == SegKind::Key)
            .map(|s| s.text(doc.input))
    };
    // The scopes (elements) of the mail sessions, in entry order.
    let mut sessions: Vec<u32> = Vec::new();
    for e in doc.entries.iter().filter(|e| !e.commented()) {
        if sessions.len() < MAX_SESSIONS
            && last_key(e) == Some("type")
            && mail_session(doc.text_of(&e.value))
            && !sessions.contains(&e.scope)
        {
            sessions.push(e.scope);
        }
    }
    let mut configs: Vec<Config> = sessions.iter().map(|_| Config::new(p, 0..0)).collect();
    for e in doc.entries.iter().filter(|e| !e.commented()) {
        let Some(at) = sessions.iter().position(|s| *s == e.scope) else {
            continue;
        };
        let Some(name) = last_key(e) else { continue };
        let role = match name {
            "type" => Some(Transport),
            "password" => Some(Password),
            n => property_role(n),
        };
        let Some(role) = role else { continue };
        let cfg = &mut configs[at];
        if cfg.fields.len() >= MAX_FIELDS {
            continue;
        }
        let f = fields::field(doc, e, role, fields::value_of(doc, e, p));
        if let Some(f) = property_field(f) {
            let span = f.whole_span();
            cfg.span = if cfg.fields.is_empty() {
                span
            } else {
                cfg.span.start.min(span.start)..cfg.span.end.max(span.end)
            };
            cfg.fields.push(f);
        }
    }
    configs.retain(|c| c.get(Host).is_some() || c.get(Username).is_some());
    configs
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "mail.smtp.port=\"{port}\" on the <Resource>"),
    fix_text(W::Host, &[], "mail.smtp.host=\"{value}\" on the <Resource>"),
    fix_text(
        W::StartTls,
        &[],
        "mail.smtp.starttls.enable=\"true\" (and mail.smtp.starttls.required=\"true\") with mail.smtp.port=\"587\" on the <Resource>",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove mail.smtp.ssl.trust=\"*\" from the <Resource>",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "mail.smtp.auth=\"true\" with mail.smtp.user and password on the <Resource>",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "mail.smtp.ssl.protocols=\"TLSv1.2 TLSv1.3\" on the <Resource>",
    ),
    fix_text(W::Username, &[], "mail.smtp.user=\"{value}\" on the <Resource>"),
    fix_text(W::Password, &[], "password=\"{value}\" on the <Resource>"),
    fix_text(
        W::From,
        &[],
        "the application's From address (Jira/Confluence: the SMTP mail server's From address), and mail.smtp.from=\"{value}\" for the envelope",
    ),
    fix_text(
        W::Stream,
        &[],
        "a JavaMail session has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TOMCAT_MAIL: Profile = Profile {
    id: "tomcat-mail-session",
    name: "Tomcat JNDI mail session (<Resource type=\"javax.mail.Session\">)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://tomcat.apache.org/tomcat-10.1-doc/jndi-resources-howto.html#JavaMail_Sessions https://github.com/apache/tomcat/blob/main/java/org/apache/naming/factory/MailSessionFactory.java https://confluence.atlassian.com/adminjiraserver/configuring-an-smtp-mail-server-to-send-notifications-938847892.html",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["name", "auth", "factory", "description", "mail.debug"],
    tls: NO_TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["javax.mail.Session", "jakarta.mail.Session"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "type=\"javax.mail.Session\"",
    }),
    auth_switch: Some("mail.smtp.auth=\"true\""),
    fixes: FIXES,
    sender_hint: "the application's From address (Jira/Confluence: the mail server's From address); mail.smtp.from for the envelope",
    quotes_literal: false,
    hooks: Hooks {
        tls: Some(java_props::tls),
        default_port: Some(java_props::default_port),
        read: Some(read),
        ..Hooks::NONE
    },
    own_unknown: true,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Context>\n    <Resource name=\"mail/Session\" auth=\"Container\"\n              type=\"javax.mail.Session\"\n              mail.smtp.host=\"smtp.postmarkapp.com\"\n              mail.smtp.port=\"587\"\n              mail.smtp.auth=\"true\"\n              mail.smtp.user=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n              password=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n              mail.smtp.starttls.enable=\"true\"\n              mail.smtp.from=\"jira@acme.io\"/>\n</Context>\n";

    #[test]
    fn resource_attributes() {
        let (client, s, ids) = first(XML);
        assert_eq!(client, "tomcat-mail-session");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "jira@acme.io");
        assert_eq!(s["password_present"], true);
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn javamail_meaning() {
        let (_, s, ids) =
            first(&XML.replace("              mail.smtp.starttls.enable=\"true\"\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) =
            first(&XML.replace("mail.smtp.auth=\"true\"", "mail.smtp.auth=\"false\""));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        // One line, as many server.xml files write it.
        let one = XML.replace("\n              ", " ");
        let (client, s, _) = first(&one);
        assert_eq!(client, "tomcat-mail-session");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn another_resource_type_is_not_a_mail_session() {
        let ds = "<Context>\n  <Resource name=\"jdbc/db\" auth=\"Container\" type=\"javax.sql.DataSource\" url=\"jdbc:postgresql://db/app\" username=\"app\" password=\"secret\"/>\n</Context>\n";
        let r = crate::lint(ds, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "tomcat-mail-session"));
    }
}
