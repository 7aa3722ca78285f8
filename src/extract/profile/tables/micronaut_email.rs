//! Micronaut Email with its JavaMail sender: `javamail.properties.*`,
//! `javamail.authentication.*` and `micronaut.email.from.*` in
//! `application.yml` / `application.properties` (or the environment).
//!
//! Meaning (micronaut-projects/micronaut-email: the JavaMail module's
//! `JavaMailConfigurationProperties` (prefix `javamail`, its `properties`
//! map handed to `Session.getInstance`), `JavaMailAuthenticationConfiguration`
//! (`javamail.authentication.username` / `.password`, an `Authenticator`
//! when both are set), and `micronaut.email.from.email` / `.name`, the
//! default From; the guide's and micronaut-starter's examples):
//!
//! * `javamail.properties.mail.smtp.host`, `.port` (default 25, 465 with
//!   `mail.transport.protocol=smtps`), `.auth`, `.starttls.enable` /
//!   `.starttls.required` (STARTTLS), `.ssl.enable` (TLS from the first
//!   byte) are JavaMail's own properties, read as JavaMail reads them:
//!   without a STARTTLS switch the session stays in clear.
//! * The login is `javamail.authentication.*`, not `mail.smtp.user`.
//! * `micronaut.email.from.email` is the From of every message that sets
//!   none.
//!
//! The `javamail.` prefix and `micronaut.email.` are Micronaut's own.

use super::java_props;
use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, SetVal,
    TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "javamail.properties.mail.smtp.host|javamail.properties.mail.smtps.host|javamail.properties.mail.host",
        Host,
    ),
    k(
        "javamail.properties.mail.smtp.port|javamail.properties.mail.smtps.port",
        Port,
    ),
    k(
        "javamail.properties.mail.smtp.auth|javamail.properties.mail.smtps.auth",
        Auth,
    ),
    k(
        "javamail.properties.mail.smtp.starttls.enable|javamail.properties.mail.smtp.starttls.required",
        StartTls,
    ),
    k(
        "javamail.properties.mail.smtp.ssl.enable|javamail.properties.mail.smtps.ssl.enable",
        ImplicitTls,
    ),
    k("javamail.properties.mail.transport.protocol", Scheme),
    k("javamail.properties.mail.smtp.ssl.trust", SkipVerify),
    k("javamail.authentication.username", Username),
    k("javamail.authentication.password", Password),
    k("micronaut.email.from.email", From),
];

const MARKERS: &[Marker] = &[
    mark("javamail.authentication.username"),
    mark("javamail.authentication.password"),
    mark("micronaut.email.from.email"),
    mark("javamail.properties.mail.smtp.host"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![
    "micronaut.email.from.name",
    "micronaut.email.enabled",
    "javamail.enabled",
    "javamail.properties.mail.smtp.connectiontimeout",
    "javamail.properties.mail.smtp.timeout",
    "javamail.properties.mail.smtp.writetimeout",
    "javamail.properties.mail.debug",
];

/// JavaMail: `ssl.enable` or the `smtps` protocol is TLS from the first
/// byte (it wins over STARTTLS), `starttls.enable` / `.required` STARTTLS,
/// neither clear text. (`java_props::tls` reads the same switches by their
/// whole key, which a nested YAML map does not write.)
const TLS: TlsModel = TlsModel {
    words: &[("smtps", Sec::Implicit), ("smtp", Sec::Ignored)],
    both: Both::Implicit,
    absent: "no javamail.properties.mail.smtp.starttls.enable: true",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Given)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "starttls.enable", SetVal::Word("true"))],
        "javamail.properties.mail.smtp.starttls.enable: true with mail.smtp.port: 587 (and no mail.smtp.ssl.enable)",
    ),
    fix_text(
        W::VerifyOn,
        &[set(SkipVerify, "ssl.trust", SetVal::Remove)],
        "remove javamail.properties.mail.smtp.ssl.trust",
    ),
    fix(W::AuthOn, &[set(Auth, "auth", SetVal::Word("true"))]),
    fix_text(
        W::TlsModern,
        &[],
        "javamail.properties.mail.smtp.ssl.protocols: TLSv1.2 TLSv1.3",
    ),
    fix_text(W::Username, &[], "javamail.authentication.username: {value}"),
    fix_text(W::Password, &[], "javamail.authentication.password: {value}"),
    fix_text(W::From, &[], "micronaut.email.from.email: {value}"),
    fix_text(
        W::Stream,
        &[],
        "an `X-PM-Message-Stream` header on the Email (customize it with a MessageComposer), or a Server whose default stream is `{value}`",
    ),
];

pub static MICRONAUT_EMAIL: Profile = Profile {
    id: "micronaut-email",
    name: "Micronaut Email (javamail.*, micronaut.email.*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://micronaut-projects.github.io/micronaut-email/latest/guide/#javamail https://github.com/micronaut-projects/micronaut-email https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html",
    syntaxes: syn::YAML | syn::PROPERTIES | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(25),
    auth_switch: Some("javamail.properties.mail.smtp.auth: true"),
    fixes: FIXES,
    sender_hint: "micronaut.email.from.email",
    // `javamail.authentication` sits beside `javamail.properties`, not
    // under the map that holds the host.
    credentials_apart: true,
    hooks: Hooks {
        default_port: Some(java_props::default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const YML: &str = "micronaut:\n  application:\n    name: acme\n  email:\n    from:\n      email: hello@acme-widgets.io\n      name: Acme\njavamail:\n  authentication:\n    username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  properties:\n    mail:\n      smtp:\n        host: smtp.postmarkapp.com\n        port: 587\n        auth: true\n        starttls:\n          enable: true\n";

    #[test]
    fn application_yml_with_starttls() {
        clean_starttls(YML, "micronaut-email");
    }

    #[test]
    fn javamail_switches() {
        let (_, s, ids) = first(&YML.replace("        starttls:\n          enable: true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&YML.replace(
            "starttls:\n          enable: true",
            "ssl:\n          enable: true",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn properties_form() {
        let props = "micronaut.email.from.email=hello@acme-widgets.io\njavamail.authentication.username=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\njavamail.authentication.password=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\njavamail.properties.mail.smtp.host=smtp.postmarkapp.com\njavamail.properties.mail.smtp.port=587\njavamail.properties.mail.smtp.auth=true\njavamail.properties.mail.smtp.starttls.enable=true\n";
        clean_starttls(props, "micronaut-email");
    }

    #[test]
    fn plain_javamail_properties_are_not_taken() {
        let props = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.auth=true\nmail.smtp.starttls.enable=true\n";
        let r = crate::lint(props, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "micronaut-email"));
    }
}
