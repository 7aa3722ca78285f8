//! Traccar's mail settings: `<entry key='mail.smtp.host'>…</entry>` in
//! `conf/traccar.xml` (a Java XML properties file), or the same keys as
//! environment variables (`MAIL_SMTP_HOST`…) when
//! `CONFIG_USE_ENVIRONMENT_VARIABLES=true`.
//!
//! Meaning (traccar.org "Configuration File" and "Notifications"; the code:
//! `org.traccar.config.Keys`, `org.traccar.mail.SmtpMailManager`,
//! `org.traccar.config.Config`):
//!
//! * Traccar copies only its own keys into the JavaMail session:
//!   `mail.smtp.host`, `mail.smtp.port` (default 25),
//!   `mail.transport.protocol` (default `smtp`), `mail.smtp.starttls.enable`,
//!   `mail.smtp.starttls.required`, `mail.smtp.ssl.enable`,
//!   `mail.smtp.ssl.trust`, `mail.smtp.ssl.protocols`, `mail.smtp.username`,
//!   `mail.smtp.password`, `mail.smtp.from`, `mail.smtp.fromName`. The TLS
//!   reading is then JavaMail's (see [`super::java_props`]): without
//!   `starttls.enable`/`starttls.required` or `ssl.enable` the session
//!   stays in clear text; `ssl.trust=*` trusts every certificate.
//! * `mail.smtp.username` / `mail.smtp.password` (not JavaMail's
//!   `mail.smtp.user`) go to `Transport.connect(host, user, password)`, so
//!   written credentials mean a login; `mail.smtp.auth` is not one of the
//!   copied keys and changes nothing.
//! * Without `mail.smtp.host` Traccar sends no mail ("No SMTP configuration
//!   found"); `mail.smtp.from` is the From address.
//! * The environment name of a key is the key with `.` → `_`, an `_`
//!   before each capital, upper-cased (`MAIL_SMTP_FROM_NAME`); a non-empty
//!   variable wins over the file.

use crate::extract::profile::{
    fix_text, k, mark, shared, syn, words, Fix, Key, Marker, Profile, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::java_props;

const KEYS: &[Key] = &[
    k("mail.smtp.host|MAIL_SMTP_HOST", Host),
    k("mail.smtp.port|MAIL_SMTP_PORT", Port),
    k("mail.smtp.username|MAIL_SMTP_USERNAME", Username),
    k("mail.smtp.password|MAIL_SMTP_PASSWORD", Password),
    k("mail.smtp.from|MAIL_SMTP_FROM", From),
    k(
        "mail.smtp.starttls.enable|MAIL_SMTP_STARTTLS_ENABLE",
        StartTls,
    ),
    k(
        "mail.smtp.starttls.required|MAIL_SMTP_STARTTLS_REQUIRED",
        StartTls,
    ),
    k("mail.smtp.ssl.enable|MAIL_SMTP_SSL_ENABLE", ImplicitTls),
    k("mail.smtp.ssl.trust|MAIL_SMTP_SSL_TRUST", SkipVerify),
    k(
        "mail.smtp.ssl.protocols|MAIL_SMTP_SSL_PROTOCOLS",
        TlsVersion,
    ),
    k("mail.transport.protocol|MAIL_TRANSPORT_PROTOCOL", Scheme),
];

/// `mail.smtp.username` is Traccar's name (JavaMail's is `mail.smtp.user`);
/// the other names are Traccar's own configuration keys, and the host key
/// counts beside them. In the environment `MAIL_SMTP_USERNAME` is other
/// apps' name too (Kanboard's): there Traccar's switch,
/// `CONFIG_USE_ENVIRONMENT_VARIABLES`, says it is Traccar.
const MARKERS: &[Marker] = &[
    mark("mail.smtp.username|mail.smtp.fromName"),
    shared(mark("MAIL_SMTP_USERNAME|MAIL_SMTP_FROM_NAME")),
    mark("config.default|database.driver|database.url|web.port"),
    mark("CONFIG_USE_ENVIRONMENT_VARIABLES|config.useEnvironmentVariables"),
    shared(mark("mail.smtp.host|MAIL_SMTP_HOST")),
];

/// Traccar's other mail keys (read, but nothing we check).
const OTHER_KEYS: Words = words![
    "mail.smtp.fromName",
    "mail.smtp.timeout",
    "mail.smtp.systemOnly",
    "mail.smtp.ignoreUserConfig",
    "mail.smtp.auth",
    "mail.debug",
    "MAIL_SMTP_FROM_NAME",
    "MAIL_SMTP_TIMEOUT",
    "MAIL_SMTP_SYSTEM_ONLY",
    "MAIL_SMTP_IGNORE_USER_CONFIG",
    "MAIL_SMTP_AUTH",
    "MAIL_DEBUG",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "<entry key='mail.smtp.port'>{port}</entry>"),
    fix_text(W::Host, &[], "<entry key='mail.smtp.host'>{value}</entry>"),
    fix_text(
        W::StartTls,
        &[],
        "<entry key='mail.smtp.starttls.enable'>true</entry> (and no mail.smtp.ssl.enable)",
    ),
    fix_text(W::VerifyOn, &[], "no mail.smtp.ssl.trust entry of `*`"),
    fix_text(
        W::AuthOn,
        &[],
        "mail.smtp.username and mail.smtp.password entries",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "<entry key='mail.smtp.ssl.protocols'>TLSv1.2 TLSv1.3</entry>",
    ),
    fix_text(
        W::Username,
        &[],
        "<entry key='mail.smtp.username'>{value}</entry>",
    ),
    fix_text(
        W::Password,
        &[],
        "<entry key='mail.smtp.password'>{value}</entry>",
    ),
    fix_text(W::From, &[], "<entry key='mail.smtp.from'>{value}</entry>"),
];

pub static TRACCAR: Profile = Profile {
    id: "traccar",
    name: "Traccar (traccar.xml mail.smtp.*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.traccar.org/configuration-file/ https://github.com/traccar/traccar/blob/master/src/main/java/org/traccar/mail/SmtpMailManager.java",
    syntaxes: syn::XML | syn::ENV | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "<entry key='mail.smtp.from'> (MAIL_SMTP_FROM)",
    hooks: java_props::HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const XML: &str = "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n<properties>\n    <entry key='database.driver'>org.h2.Driver</entry>\n    <entry key='mail.smtp.host'>smtp.postmarkapp.com</entry>\n    <entry key='mail.smtp.port'>587</entry>\n    <entry key='mail.smtp.starttls.enable'>true</entry>\n    <entry key='mail.smtp.from'>hello@acme-widgets.io</entry>\n    <entry key='mail.smtp.auth'>true</entry>\n    <entry key='mail.smtp.username'>5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</entry>\n    <entry key='mail.smtp.password'>5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</entry>\n</properties>\n";

    #[test]
    fn xml_entries_are_traccars_javamail_session() {
        let s = clean_starttls(XML, "traccar");
        assert_eq!(s["port"], 587);
        assert_eq!(s["username"], "5c3e…5b6c");
    }

    #[test]
    fn tls_is_javamails_reading() {
        let (_, s, ids) = first(&XML.replace(
            "    <entry key='mail.smtp.starttls.enable'>true</entry>\n",
            "",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&XML.replace(
            "mail.smtp.starttls.enable'>true",
            "mail.smtp.ssl.enable'>true",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&XML.replace(
            "<entry key='mail.smtp.auth'>true</entry>",
            "<entry key='mail.smtp.ssl.trust'>*</entry>",
        ));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn no_port_is_25_and_environment_names_read_too() {
        let r = crate::lint(
            &XML.replace("    <entry key='mail.smtp.port'>587</entry>\n", ""),
            &crate::Options::default(),
        );
        let f = r.findings.iter().find(|f| f.id == "port/missing").unwrap();
        assert!(f.message.contains("25"), "{}", f.message);
        let (client, s, _) = first(
            "CONFIG_USE_ENVIRONMENT_VARIABLES=true\nMAIL_SMTP_HOST=smtp.postmarkapp.com\nMAIL_SMTP_PORT=587\nMAIL_SMTP_STARTTLS_ENABLE=true\nMAIL_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_SMTP_FROM=hello@acme-widgets.io\n",
        );
        assert_eq!(client, "traccar");
        assert_eq!(s["security"], "starttls");
        // The same names without Traccar's switch: not Traccar.
        let (client, ..) = first(
            "MAIL_SMTP_HOST=smtp.postmarkapp.com\nMAIL_SMTP_PORT=587\nMAIL_SMTP_USERNAME=u\nMAIL_SMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "traccar");
    }
}
