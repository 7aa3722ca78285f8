//! logback's `SMTPAppender` (`ch.qos.logback.classic.net.SMTPAppender`) in
//! `logback.xml` / `logback-spring.xml`: an `<appender class="…SMTPAppender">`
//! whose settings are child elements (`<smtpHost>`, `<smtpPort>`, …).
//!
//! Meaning (logback manual "Appenders → SMTPAppender",
//! <https://logback.qos.ch/manual/appenders.html#SMTPAppender>; the code:
//! `SMTPAppenderBase.buildSessionFromProperties`, which builds a JavaMail
//! session):
//!
//! * `smtpHost` is a host only (JavaMail's `mail.smtp.host`); `smtpPort`
//!   defaults to 25 and is always handed to JavaMail, also with `SSL`.
//! * `STARTTLS` (default false) sets `mail.smtp.starttls.enable`; `SSL`
//!   (default false) sets `mail.smtp.ssl.enable`, TLS from the first byte.
//!   Both true is refused ("Both SSL and StartTLS cannot be enabled
//!   simultaneously") and neither is set. Neither: the session stays in
//!   clear text.
//! * It logs in (`mail.smtp.auth=true`) exactly when `username` is
//!   non-empty, with `password`.
//! * `from` is the sender (default: the local address JavaMail makes up).
//!
//! Values are often `${VAR}` substitutions (logback properties, or
//! `<springProperty>` in `logback-spring.xml`): references.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Key, Marker, Profile, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("smtpPort", Port),
    k("STARTTLS", StartTls),
    k("SSL", ImplicitTls),
    k("username", Username),
    k("password", Password),
    k("from", From),
];

/// The appender's class names it; its buffer and evaluator settings are
/// logback's own.
const MARKERS: &[Marker] = &[
    weighs(
        mark_value("class", "ch.qos.logback.classic.net.SMTPAppender"),
        4,
    ),
    weighs(
        mark_value("class", "ch.qos.logback.access.net.SMTPAppender"),
        4,
    ),
    mark("cyclicBufferTracker.class"),
    mark("asynchronousSending"),
    mark("sessionViaJNDI"),
];

const OTHER_KEYS: Words = words![
    "name",
    "class",
    "to",
    "subject",
    "layout",
    "evaluator",
    "cyclicBufferTracker",
    "asynchronousSending",
    "includeCallerData",
    "charsetEncoding",
    "localhost",
    "sessionViaJNDI",
    "jndiLocation",
    "discriminator",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "<smtpPort>{port}</smtpPort>"),
    fix_text(W::Host, &[], "<smtpHost>{value}</smtpHost>"),
    fix_text(
        W::StartTls,
        &[],
        "<STARTTLS>true</STARTTLS> (and no <SSL>true</SSL>)",
    ),
    fix_text(W::AuthOn, &[], "<username> and <password> in the appender"),
    fix_text(W::Username, &[], "<username>{value}</username>"),
    fix_text(W::Password, &[], "<password>{value}</password>"),
    fix_text(W::From, &[], "<from>{value}</from>"),
];

pub static LOGBACK: Profile = Profile {
    id: "logback-smtp",
    name: "logback SMTPAppender",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://logback.qos.ch/manual/appenders.html#SMTPAppender https://github.com/qos-ch/logback/blob/master/logback-core/src/main/java/ch/qos/logback/core/net/SMTPAppenderBase.java",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    implicit_port: Some(25),
    fixes: FIXES,
    sender_hint: "<from> in the SMTPAppender",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "0c6e2b8a-4f1d-4e7b-9a3c-5d8f1e2a7b40";

    fn appender(body: &str) -> String {
        format!(
            "<configuration>\n  <appender name=\"EMAIL\" class=\"ch.qos.logback.classic.net.SMTPAppender\">\n{body}    <to>ops@acme.io</to>\n    <from>alerts@acme.io</from>\n    <subject>%logger{{20}} - %m</subject>\n  </appender>\n</configuration>\n"
        )
    }

    #[test]
    fn starttls_and_ssl_switches() {
        let body = format!("    <smtpHost>smtp.postmarkapp.com</smtpHost>\n    <smtpPort>587</smtpPort>\n    <STARTTLS>true</STARTTLS>\n    <username>{TOKEN}</username>\n    <password>{TOKEN}</password>\n");
        let (client, s, ids) = first(&appender(&body));
        assert_eq!(client, "logback-smtp");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // `SSL` is TLS from the first byte.
        let ssl = body.replace("<STARTTLS>true</STARTTLS>", "<SSL>true</SSL>");
        let (_, s, ids) = first(&appender(&ssl));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Neither: clear text.
        let plain = body.replace("    <STARTTLS>true</STARTTLS>\n", "");
        let (_, s, ids) = first(&appender(&plain));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn port_defaults_to_25() {
        let body = format!("    <smtpHost>smtp.postmarkapp.com</smtpHost>\n    <STARTTLS>true</STARTTLS>\n    <username>{TOKEN}</username>\n    <password>{TOKEN}</password>\n");
        let (_, s, ids) = first(&appender(&body));
        assert!(s["port"].is_null(), "{s}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }
}
