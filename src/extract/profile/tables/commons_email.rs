//! Apache Commons Email (`org.apache.commons.mail`): an `Email` (`new
//! SimpleEmail()`, `HtmlEmail`, `MultiPartEmail`, `ImageHtmlEmail`)
//! configured by setters, then `email.send()`: `setHostName(host)`,
//! `setSmtpPort(587)`, `setSslSmtpPort("465")`, `setSSLOnConnect(true)`,
//! `setStartTLSEnabled(true)`, `setStartTLSRequired(true)`,
//! `setAuthenticator(new DefaultAuthenticator(user, password))` or
//! `setAuthentication(user, password)`, `setFrom(address[, name])`.
//!
//! Meaning (`Email.java`, `getMailSession()`, of commons-email 1.3–1.6 and
//! commons-email2; <https://commons.apache.org/proper/commons-email/userguide.html>):
//!
//! * It builds a JavaMail session: `mail.smtp.host` from the host name,
//!   `mail.smtp.port` from `smtpPort` (default `"25"`).
//! * `setSSLOnConnect(true)` (`setSSL(true)` before 1.3) is TLS from the
//!   first byte, and then the port is **`sslSmtpPort`** (default `"465"`),
//!   not `smtpPort`: `setSSLOnConnect(true)` with `setSmtpPort(587)` still
//!   dials 465.
//! * `setStartTLSEnabled(true)` (`setTLS(true)` before 1.3) sets
//!   `mail.smtp.starttls.enable`, `setStartTLSRequired(true)`
//!   `mail.smtp.starttls.required`: either one makes JavaMail issue
//!   STARTTLS (required fails when the server does not offer it). Neither:
//!   clear text.
//! * An authenticator (`setAuthenticator`, `setAuthentication`) sets
//!   `mail.smtp.auth=true`: it logs in with it.
//! * There is no default host: without `setHostName` (or a session) `send()`
//!   throws "Cannot find valid hostname for mail session".
//! * The From is `setFrom(address)` / `setFrom(address, name)`.
//! * Not read: `setSSLCheckServerIdentity` (off by default: the server's
//!   name is not checked against its certificate unless switched on).

use super::kit::{synthetic, At};
use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, Both, Fix, Hooks, Key, Marker, Profile, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("setHostName(#0)|email.hostName", Host),
    k("setSmtpPort(#0)|email.smtpPort", Port),
    k("setSslSmtpPort(#0)|email.sslSmtpPort", Port),
    k(
        "DefaultAuthenticator(#0)|setAuthentication(#0)",
        Username,
    ),
    k(
        "DefaultAuthenticator(#1)|setAuthentication(#1)",
        Password,
    ),
    k(
        "setSSLOnConnect(#0)|setSSL(#0)|isSSLOnConnect",
        ImplicitTls,
    ),
    k(
        "setStartTLSEnabled(#0)|setStartTLSRequired(#0)|setTLS(#0)|isStartTLSEnabled|isStartTLSRequired",
        StartTls,
    ),
    k("setFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark("setHostName()"),
    mark("setSmtpPort()"),
    mark("setSslSmtpPort()"),
    mark("setSSLOnConnect()"),
    mark("setStartTLSEnabled()"),
    mark("DefaultAuthenticator()"),
    mark_value("*", "new SimpleEmail("),
    mark_value("*", "new HtmlEmail("),
    mark_value("*", "new MultiPartEmail("),
    mark_value("*", "new ImageHtmlEmail("),
];

const TLS: TlsModel = TlsModel {
    both: Both::Implicit,
    absent: "no setStartTLSEnabled(true) or setSSLOnConnect(true)",
    ..TlsModel::SWITCHES_PLAIN
};

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "email.setSmtpPort({port})"),
    fix_text(W::StartTls, &[], "email.setStartTLSEnabled(true) and email.setStartTLSRequired(true), without setSSLOnConnect(true)"),
    fix_text(W::AuthOn, &[], "email.setAuthenticator(new DefaultAuthenticator(user, password))"),
    fix_text(W::Host, &[], "email.setHostName(\"{host}\")"),
];

pub static COMMONS_EMAIL: Profile = Profile {
    id: "commons-email",
    name: "Apache Commons Email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://commons.apache.org/proper/commons-email/userguide.html https://github.com/apache/commons-email/blob/master/commons-email2-jakarta/src/main/java/org/apache/commons/mail2/jakarta/Email.java",
    syntaxes: syn::JAVA | syn::KOTLIN,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "`email.setFrom(\"you@yourdomain.com\")`",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// Whether a setter's field is the SSL port's (`setSslSmtpPort`).
fn ssl_port(f: &Field) -> bool {
    f.key.ends_with("sslSmtpPort") || f.key.ends_with("SslSmtpPort")
}

/// The last value of one switch (by its setter) that is true.
fn switched_on<'c>(cfg: &'c Config, role: Role, setters: &[&str]) -> Option<&'c Field> {
    setters
        .iter()
        .filter_map(|s| cfg.all(role).filter(|f| f.key.ends_with(s)).last())
        .find(|f| f.value.as_bool() == Some(true))
}

/// Each setter is its own switch: `setStartTLSEnabled(true)` then
/// `setStartTLSRequired(false)` still issues STARTTLS.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if [StartTls, ImplicitTls]
        .iter()
        .any(|r| cfg.all(*r).any(|f| f.value.is_reference()))
    {
        return tls;
    }
    let ssl = cfg
        .get(ImplicitTls)
        .filter(|f| f.value.as_bool() == Some(true));
    let starttls = switched_on(
        cfg,
        StartTls,
        &["StartTLSEnabled", "StartTLSRequired", "setTLS"],
    );
    if let Some(f) = ssl {
        tls.choose(Security::Implicit, Evidence::of(f));
    } else if let Some(f) = starttls {
        tls.choose(Security::StartTls, Evidence::of(f));
    } else {
        tls.mode = Some(Security::None);
        tls.disabled = cfg
            .all(StartTls)
            .filter(|f| f.value.as_bool() == Some(false))
            .last()
            .map(Evidence::of)
            .or_else(|| Some(Evidence::absent(TLS.absent)));
    }
    tls
}

/// The port the session gets: `sslSmtpPort` with SSL on connect (the
/// `smtpPort` is then not used; without `setSslSmtpPort` it is `"465"`,
/// said at the switch), `smtpPort` otherwise (the SSL port is then not
/// used). With SSL switched on by a reference, both stay.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let ssl = match cfg.get(ImplicitTls) {
            Some(f) if f.value.is_reference() => continue,
            Some(f) if f.value.as_bool() == Some(true) => Some(f.clone()),
            _ => None,
        };
        cfg.ignore_fields(|f| f.role != Port || ssl_port(f) == ssl.is_some());
        if let Some(on) = ssl.filter(|_| cfg.get(Port).is_none()) {
            let f = synthetic(
                Port,
                "sslSmtpPort (default, used with SSL on connect)",
                "465",
                &on,
                At::KeyStart,
            );
            cfg.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn email(setters: &str) -> String {
        format!("package com.acme;\n\nimport org.apache.commons.mail.*;\n\npublic class Mail {{\n    void send() throws EmailException {{\n        Email email = new SimpleEmail();\n        email.setHostName(\"smtp.postmarkapp.com\");\n{setters}        email.setAuthenticator(new DefaultAuthenticator(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"));\n        email.setFrom(\"hello@acme-widgets.io\", \"Acme\");\n        email.addTo(\"a@b.io\");\n        email.send();\n    }}\n}}\n")
    }

    #[test]
    fn starttls_enabled_on_587() {
        let s = clean_starttls(
            &email("        email.setSmtpPort(587);\n        email.setStartTLSEnabled(true);\n"),
            "commons-email",
        );
        assert_eq!(s["port"], 587);
        // Required off after enabled on: still STARTTLS.
        let (_, s, _) = linted(&email(
            "        email.setSmtpPort(587);\n        email.setStartTLSEnabled(true);\n        email.setStartTLSRequired(false);\n",
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_switch_is_clear_text() {
        let (_, s, ids) = linted(&email("        email.setSmtpPort(587);\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssl_on_connect_dials_the_ssl_port_not_the_smtp_port() {
        let (_, s, ids) = linted(&email(
            "        email.setSmtpPort(587);\n        email.setSSLOnConnect(true);\n",
        ));
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["port"], 465);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "port/missing"), "{ids:?}");
        let (_, s, _) = linted(&email(
            "        email.setSslSmtpPort(\"587\");\n        email.setSSLOnConnect(true);\n",
        ));
        assert_eq!(s["port"], 587);
        // Without SSL the SSL port is not used: 25.
        let (_, _, ids) = linted(&email(
            "        email.setSslSmtpPort(\"465\");\n        email.setStartTLSEnabled(true);\n",
        ));
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn javamail_properties_are_not_commons_email() {
        let (client, _, _) = linted(
            "Properties props = new Properties();\nprops.put(\"mail.smtp.host\", \"smtp.postmarkapp.com\");\nprops.put(\"mail.smtp.port\", \"587\");\nSession session = Session.getInstance(props);\n",
        );
        assert_ne!(client, "commons-email");
    }
}
