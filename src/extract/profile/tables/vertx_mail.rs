//! Vert.x mail client (`io.vertx.ext.mail`): a `MailConfig` built with its
//! setters (`new MailConfig().setHostname(…).setPort(…)
//! .setStarttls(StartTLSOptions.REQUIRED).setSsl(true).setUsername(…)
//! .setPassword(…)`, Kotlin's `hostname = …` inside `apply { }`), or its
//! JSON form (`{"hostname": …, "port": …, "starttls": "REQUIRED", "ssl":
//! true, "login": …, "username": …, "password": …, "trustAll": …}`),
//! handed to `MailClient.create(vertx, config)`.
//!
//! Meaning (vert-x3/vertx-mail-client `MailConfig.java`,
//! `StartTLSOptions.java`, `SMTPStarter`; <https://vertx.io/docs/vertx-mail-client/java/>):
//!
//! * `hostname` defaults to `localhost`, `port` to **25** (also with
//!   `ssl`: no port is derived from it).
//! * `starttls`: `OPTIONAL` (the default) upgrades when the server offers
//!   STARTTLS, `REQUIRED` fails without it, `DISABLED` never upgrades.
//! * `ssl=true` is TLS from the first byte; `starttls` then changes
//!   nothing.
//! * `login`: `NONE` (the default) logs in when a username and password
//!   are set and the server offers AUTH; `REQUIRED` fails otherwise;
//!   `DISABLED` never logs in.
//! * `trustAll=true` turns certificate checks off.
//! * The From is the message's `MailMessage.setFrom("addr (Name)")`.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec,
    TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("setHostname(#0)|hostname", Host),
    k("setPort(#0)|port", Port),
    k("setUsername(#0)|username", Username),
    k("setPassword(#0)|password", Password),
    k("setStarttls(#0)|starttls", Encryption),
    k("setSsl(#0)|ssl", ImplicitTls),
    k("setTrustAll(#0)|trustAll", SkipVerify),
    k("setLogin(#0)|login", AuthMethod),
    k("setFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark("setHostname()"),
    mark("setStarttls()"),
    mark("MailClient.create()"),
    mark("MailClient.createShared()"),
    mark_value("*", "StartTLSOptions."),
    mark_value("starttls", "OPTIONAL"),
    mark_value("starttls", "REQUIRED"),
    mark_value("starttls", "DISABLED"),
];

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "config.setPort({port})"),
    fix_text(
        W::StartTls,
        &[],
        "config.setStarttls(StartTLSOptions.REQUIRED) (and no setSsl(true))",
    ),
    fix_text(W::VerifyOn, &[], "no setTrustAll(true)"),
    fix_text(W::Host, &[], "config.setHostname(\"{host}\")"),
];

pub static VERTX_MAIL: Profile = Profile {
    id: "vertx-mail",
    name: "Vert.x mail client (MailConfig)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://vertx.io/docs/vertx-mail-client/java/ https://github.com/vert-x3/vertx-mail-client/blob/master/src/main/java/io/vertx/ext/mail/MailConfig.java",
    syntaxes: syn::JAVA | syn::KOTLIN | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TlsModel {
        words: &[
            ("OPTIONAL", Sec::Auto),
            ("REQUIRED", Sec::StartTls),
            ("DISABLED", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(25),
    host: Some("localhost"),
    constants: words!["OPTIONAL", "REQUIRED", "DISABLED", "NONE", "XOAUTH2"],
    fixes: FIXES,
    sender_hint: "`message.setFrom(\"you@yourdomain.com (Name)\")` on the MailMessage",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// Vert.x writes the sender's name as a comment after the address
/// (`user@example.com (Example User)`, the form its docs use): the From
/// is the address before it.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        for f in cfg.fields.iter_mut().filter(|f| f.role == From) {
            let t = f.value.text.trim_end();
            let Some(open) = t.find(" (") else { continue };
            if !t.ends_with(')') || !t[..open].contains('@') || t[..open].contains(' ') {
                continue;
            }
            if f.value.verbatim {
                f.value.span.end = f.value.span.start + open;
            }
            f.value.text.truncate(open);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn config(setters: &str) -> String {
        format!("package com.acme;\n\nimport io.vertx.ext.mail.*;\n\npublic class Mail {{\n  void start(Vertx vertx) {{\n    MailConfig config = new MailConfig();\n    config.setHostname(\"smtp.postmarkapp.com\");\n    config.setUsername(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\");\n    config.setPassword(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\");\n{setters}    MailClient client = MailClient.create(vertx, config);\n    MailMessage message = new MailMessage();\n    message.setFrom(\"hello@acme-widgets.io\");\n  }}\n}}\n")
    }

    #[test]
    fn required_starttls_on_587() {
        let s = clean_starttls(
            &config(
                "    config.setPort(587);\n    config.setStarttls(StartTLSOptions.REQUIRED);\n",
            ),
            "vertx-mail",
        );
        assert_eq!(s["port"], 587);
        // The name as a comment after the address.
        let (_, s, ids) = linted(
            &config(
                "    config.setPort(587);\n    config.setStarttls(StartTLSOptions.REQUIRED);\n",
            )
            .replace(
                "\"hello@acme-widgets.io\"",
                "\"hello@acme-widgets.io (Acme Shop)\"",
            ),
        );
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn disabled_is_clear_text_and_ssl_is_implicit_on_25_by_default() {
        let (_, s, ids) = linted(&config(
            "    config.setPort(587);\n    config.setStarttls(StartTLSOptions.DISABLED);\n",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&config("    config.setSsl(true);\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn json_config() {
        let src = "{\n  \"hostname\": \"smtp.postmarkapp.com\",\n  \"port\": 587,\n  \"starttls\": \"REQUIRED\",\n  \"login\": \"REQUIRED\",\n  \"username\": \"u\",\n  \"password\": \"p\",\n  \"trustAll\": true\n}\n";
        let (client, s, ids) = linted(src);
        assert_eq!(client, "vertx-mail");
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn javamail_and_plain_json_are_not_vertx() {
        let (client, _, _) = linted(
            "Properties props = new Properties();\nprops.put(\"mail.smtp.host\", \"smtp.postmarkapp.com\");\nprops.put(\"mail.smtp.port\", \"587\");\nSession session = Session.getInstance(props);\n",
        );
        assert_ne!(client, "vertx-mail");
        let (client, _, _) = linted(
            "{\n  \"smtp\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587, \"username\": \"u\", \"password\": \"p\"}\n}\n",
        );
        assert_ne!(client, "vertx-mail");
    }
}
