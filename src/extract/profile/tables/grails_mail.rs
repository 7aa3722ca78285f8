//! The Grails mail plugin (`grails.mail.*`), also how Rundeck sends mail
//! (`rundeck-config.properties`): `grails.mail.host`, `port`, `username`,
//! `password`, `default.from`, `disabled`, and JavaMail session
//! properties under `grails.mail.props` (`grails.mail.props.mail.smtp.
//! starttls.enable=true`). Read in `.properties`, `application.yml` and
//! the `grails.mail.props` keys of either, and Groovy's `Config.groovy`/
//! `application.groovy` blocks (`grails { mail { host = "…" props =
//! ["mail.smtp.auth": "true"] } }`, read by the HCL reader).
//!
//! Meaning (the plugin's docs, "2 Configuration", grails.github.io/grails-mail;
//! Rundeck's "Email settings" page; the code: `MailGrailsPlugin` hands
//! `host`, `port`, `username`, `password` and `props` to Spring's
//! `JavaMailSenderImpl`):
//!
//! * The TLS mode is JavaMail's (see [`super::java_props`]): without
//!   `mail.smtp.starttls.enable` or `mail.smtp.ssl.enable` (or an SSL
//!   socket factory) the session stays in clear; the port defaults to 25.
//! * Without `grails.mail.host` the plugin takes the `SMTP_HOST`
//!   environment variable, else `localhost` ("an unsecured mail server
//!   configured on port 25").
//! * `grails.mail.disabled = true` sends nothing.
//! * `grails.mail.default.from` is the From when a message sets none.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Profile, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::java_props;

const KEYS: &[Key] = &[
    k("grails.mail.host", Host),
    k("grails.mail.port", Port),
    k("grails.mail.username", Username),
    k("grails.mail.password", Password),
    k("grails.mail.default.from", From),
    k("grails.mail.disabled", Transport),
    k("grails.mail.props.mail.smtp.auth", Auth),
    k("grails.mail.props.mail.smtp.starttls.enable", StartTls),
    k("grails.mail.props.mail.smtp.starttls.required", StartTls),
    k("grails.mail.props.mail.smtp.ssl.enable", ImplicitTls),
    k(
        "grails.mail.props.mail.smtp.socketFactory.class",
        ImplicitTls,
    ),
    k("grails.mail.props.mail.smtp.ssl.trust", SkipVerify),
    k("grails.mail.props.mail.transport.protocol", Scheme),
];

const OTHER_KEYS: Words = words![
    "grails.mail.default.to",
    "grails.mail.jndiName",
    "grails.mail.overrideAddress",
    "grails.mail.poolSize",
    "grails.mail.props.mail.smtp.socketFactory.port",
    "grails.mail.props.mail.smtp.socketFactory.fallback",
    "grails.mail.props.mail.smtp.connectiontimeout",
    "grails.mail.props.mail.smtp.timeout",
    "grails.mail.props.mail.debug",
];

const SWITCH: Switch = Switch {
    smtp: words!["false"],
    no_mail: words!["true"],
    local: words![],
    missing: None,
    off: None,
    name: "grails.mail.disabled",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "grails.mail.port={port}"),
    fix_text(W::Host, &[], "grails.mail.host={value}"),
    fix_text(
        W::StartTls,
        &[],
        "grails.mail.props.mail.smtp.starttls.enable=true (and no mail.smtp.ssl.enable or SSL socket factory)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no grails.mail.props.mail.smtp.ssl.trust=*",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "grails.mail.username and grails.mail.password",
    ),
    fix_text(W::TlsModern, &[], "a current JVM (TLS 1.2+)"),
    fix_text(W::Username, &[], "grails.mail.username={value}"),
    fix_text(W::Password, &[], "grails.mail.password={value}"),
    fix_text(W::From, &[], "grails.mail.default.from={value}"),
    fix_text(
        W::Stream,
        &[],
        "the plugin has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GRAILS_MAIL: Profile = Profile {
    id: "grails-mail",
    name: "Grails mail plugin / Rundeck grails.mail.*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://grails.github.io/grails-mail/guide/2.%20Configuration.html https://docs.rundeck.com/docs/administration/configuration/email-settings.html",
    // HCL: the HCL reader reads Groovy's `grails { mail { … } }` blocks.
    syntaxes: syn::PROPERTIES | syn::YAML | syn::ENV | syn::HCL,
    keys: KEYS,
    markers: &[mark("grails.mail.*")],
    needs_marker: true,
    family: &["grails.mail."],
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "grails.mail.default.from (or the `from` of each sendMail)",
    hooks: java_props::HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PROPS: &str = "grails.mail.host=smtp.postmarkapp.com\ngrails.mail.port=587\ngrails.mail.username=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\ngrails.mail.password=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\ngrails.mail.props.mail.smtp.starttls.enable=true\ngrails.mail.props.mail.smtp.auth=true\ngrails.mail.default.from=rundeck@acme-widgets.io\n";

    #[test]
    fn javamail_properties_decide_tls() {
        let (client, s, ids) = first(PROPS);
        assert_eq!(client, "grails-mail");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "rundeck@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) =
            first(&PROPS.replace("grails.mail.props.mail.smtp.starttls.enable=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&PROPS.replace(
            "starttls.enable=true",
            "socketFactory.class=javax.net.ssl.SSLSocketFactory",
        ));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn groovy_blocks_and_map_literals() {
        let (client, s, ids) = first(
            "grails {\n    mail {\n        host = \"smtp.postmarkapp.com\"\n        port = 465\n        username = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        password = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        props = [\"mail.smtp.auth\":\"true\",\n                 \"mail.smtp.socketFactory.port\":\"465\",\n                 \"mail.smtp.socketFactory.class\":\"javax.net.ssl.SSLSocketFactory\",\n                 \"mail.smtp.socketFactory.fallback\":\"false\"]\n    }\n}\ngrails.mail.default.from = \"server@acme-widgets.io\"\n",
        );
        assert_eq!(client, "grails-mail");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "server@acme-widgets.io");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn yaml_and_disabled() {
        let (client, s, _) = first(
            "grails:\n    mail:\n        host: \"smtp.postmarkapp.com\"\n        port: 587\n        username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        props:\n            mail.smtp.auth: \"true\"\n            mail.smtp.starttls.enable: \"true\"\n",
        );
        assert_eq!(client, "grails-mail");
        assert_eq!(s["security"], "starttls");
        let (_, _, ids) = first(&format!("{PROPS}grails.mail.disabled=true\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
