//! Apache Log4j's SMTP appender: Log4j 2's `<SMTP>` element (`log4j2.xml`,
//! or `appender.NAME.type = SMTP` in `log4j2.properties`, the same names
//! in JSON/YAML) and Log4j 1's `org.apache.log4j.net.SMTPAppender` in
//! `log4j.properties` (`log4j.appender.NAME.SMTPHost=…`) or `log4j.xml`
//! (`<param name="SMTPHost" value="…"/>`), which reads the same settings
//! under the same names (case aside).
//!
//! Meaning (Log4j 2 manual "Appenders → SMTP",
//! <https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender>;
//! the code: `org.apache.logging.log4j.core.net.SmtpManager`, which builds
//! a JavaMail session; Log4j 1.2 `SMTPAppender.createSession`):
//!
//! * `smtpHost` is a host only; `smtpPort` is handed to JavaMail only when
//!   set, so the default is JavaMail's: 25 for `smtp`, 465 for `smtps`.
//! * `smtpProtocol` is `smtp` (the default: clear text; the appender never
//!   asks for STARTTLS) or `smtps` (TLS from the first byte, with the
//!   `<Ssl>` element's trust settings). There is no STARTTLS setting.
//! * It logs in (`mail.<protocol>.auth=true`) when both `smtpUsername`
//!   and `smtpPassword` are set.
//! * `from` is the sender.
//!
//! Values are often `${env:VAR}` / `${sys:…}` lookups: references.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Both, Fix, Key, Marker, Profile, Sec,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("smtpPort", Port),
    k("smtpProtocol", Encryption),
    k("smtpUsername", Username),
    k("smtpPassword", Password),
    k("from", From),
];

const MARKERS: &[Marker] = &[
    // `<SMTP smtpHost=…>` in log4j2.xml.
    // (Its attribute names alone are Helm charts' too: Bitnami's
    // `smtpHost`/`smtpPassword`/`smtpProtocol` values.)
    weighs(mark("SMTP.smtpHost"), 2),
    mark("SMTP.smtpProtocol"),
    // `appender.mail.type = SMTP` (log4j2.properties).
    weighs(mark_value("appender.*.type", "SMTP"), 2),
    // `log4j.appender.mail=org.apache.log4j.net.SMTPAppender` (Log4j 1).
    weighs(
        mark_value("log4j.appender.*", "org.apache.log4j.net.SMTPAppender"),
        3,
    ),
    mark("log4j.appender.*.SMTPHost"),
    // `<appender class="org.apache.log4j.net.SMTPAppender">` with
    // `<param name="SMTPHost" value="…"/>` (Log4j 1 XML).
    weighs(mark_value("class", "org.apache.log4j.net.SMTPAppender"), 3),
];

const OTHER_KEYS: Words = words![
    "name",
    "type",
    "to",
    "cc",
    "bcc",
    "replyTo",
    "subject",
    "bufferSize",
    "smtpDebug",
    "layout",
    "filter",
    "ignoreExceptions",
    "BufferSize",
    "EvaluatorClass",
    "LocationInfo",
    "Threshold",
];

/// `smtps` is implicit TLS; `smtp` (and no protocol) clear text.
const TLS: TlsModel = TlsModel {
    words: &[("smtps", Sec::Implicit), ("smtp", Sec::Plain)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no smtpProtocol (the appender then sends in clear text; it has no STARTTLS setting)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpPort=\"{port}\""),
    fix_text(W::Host, &[], "smtpHost=\"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "the SMTP appender cannot use STARTTLS: remove smtpProtocol=\"smtps\" and send from a client that upgrades with STARTTLS, or use a local relay",
    ),
    fix_text(W::AuthOn, &[], "smtpUsername and smtpPassword"),
    fix_text(W::Username, &[], "smtpUsername=\"{value}\""),
    fix_text(W::Password, &[], "smtpPassword=\"{value}\""),
    fix_text(W::From, &[], "from=\"{value}\""),
];

pub static LOG4J_SMTP: Profile = Profile {
    id: "log4j-smtp",
    name: "Log4j SMTP appender",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender https://github.com/apache/logging-log4j2/blob/2.x/log4j-core/src/main/java/org/apache/logging/log4j/core/net/SmtpManager.java https://logging.apache.org/log4j/1.x/apidocs/org/apache/log4j/net/SMTPAppender.html",
    // A `.properties` file without blanks around `=` reads as `KEY=value` lines.
    syntaxes: syn::XML | syn::PROPERTIES | syn::ENV | syn::JSON | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "from in the SMTP appender",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "7d2a9c41-3e8b-4f06-b5d1-2c9e8a4f6b13";

    fn xml(attrs: &str) -> String {
        format!(
            "<Configuration>\n  <Appenders>\n    <SMTP name=\"Mail\" subject=\"Error\" to=\"ops@acme.io\" from=\"alerts@acme.io\"\n          smtpHost=\"smtp.postmarkapp.com\" {attrs}\n          smtpUsername=\"{TOKEN}\" smtpPassword=\"{TOKEN}\" bufferSize=\"50\"/>\n  </Appenders>\n</Configuration>\n"
        )
    }

    #[test]
    fn smtps_is_implicit_and_smtp_is_clear_text() {
        let (client, s, ids) = first(&xml("smtpPort=\"465\" smtpProtocol=\"smtps\""));
        assert_eq!(client, "log4j-smtp");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&xml("smtpPort=\"587\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn log4j1_xml_params() {
        let xml = format!("<appender name=\"mail\" class=\"org.apache.log4j.net.SMTPAppender\">\n  <param name=\"SMTPHost\" value=\"smtp.postmarkapp.com\" />\n  <param name=\"SMTPPort\" value=\"587\" />\n  <param name=\"SMTPUsername\" value=\"{TOKEN}\" />\n  <param name=\"SMTPPassword\" value=\"{TOKEN}\" />\n  <param name=\"From\" value=\"alerts@acme.io\" />\n</appender>\n");
        let (client, s, ids) = first(&xml);
        assert_eq!(client, "log4j-smtp");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn log4j1_properties() {
        let text = format!("log4j.rootLogger=ERROR, mail\nlog4j.appender.mail=org.apache.log4j.net.SMTPAppender\nlog4j.appender.mail.SMTPHost=smtp.postmarkapp.com\nlog4j.appender.mail.SMTPPort=2525\nlog4j.appender.mail.SMTPUsername={TOKEN}\nlog4j.appender.mail.SMTPPassword={TOKEN}\nlog4j.appender.mail.From=alerts@acme.io\nlog4j.appender.mail.To=ops@acme.io\n");
        let (client, s, _) = first(&text);
        assert_eq!(client, "log4j-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["from"], "alerts@acme.io");
        assert_eq!(s["security"], "none");
    }
}
