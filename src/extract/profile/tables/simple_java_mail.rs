//! Simple Java Mail (`org.simplejavamail`, bbottema/simple-java-mail):
//! `MailerBuilder.withSMTPServer(host, port, user, password)
//! .withTransportStrategy(TransportStrategy.SMTP_TLS).buildMailer()` (or
//! `withSMTPServerHost/Port/Username/Password(…)` one at a time), the
//! pre-5.0 constructors `new Mailer(host, port, user, password, strategy)`
//! and `new Mailer(new ServerConfig(host, port, user, password), strategy)`,
//! and its properties (`simplejavamail.properties`, or Spring's
//! `application.properties`/`.yml` with the Spring module):
//! `simplejavamail.smtp.host/port/username/password`,
//! `simplejavamail.transportstrategy`, `simplejavamail.defaults.from.address`.
//!
//! Meaning (`TransportStrategy.java` of simple-java-mail 5–8,
//! `modules/core-module/src/main/java/org/simplejavamail/api/mailer/config/`,
//! and <https://www.simplejavamail.org/configuration.html>):
//!
//! * `SMTP` (the default strategy): clear text with an opportunistic
//!   STARTTLS upgrade (`mail.smtp.starttls.enable=true`,
//!   `starttls.required=false`); default port 25.
//! * `SMTP_TLS`: STARTTLS required (`starttls.required=true`), strict
//!   certificate checks; default port 587. `SMTP_OAUTH2` is the same with
//!   XOAUTH2; default port 587.
//! * `SMTPS`: TLS from the first byte (`smtps` protocol); default port 465.
//! * Before 5.0 (2018) the names were `SMTP_PLAIN` (clear text, no
//!   STARTTLS at all, the default), `SMTP_SSL` (TLS from the first byte)
//!   and `SMTP_TLS`, which only set `starttls.enable` (STARTTLS when
//!   offered). This table reads `SMTP_TLS` with its meaning since 5.0
//!   (required); `SMTP_PLAIN` and `SMTP_SSL` only exist in the old
//!   versions and are read with theirs.
//! * The port, when none is given, is the strategy's default (above).
//! * `trustingAllHosts(true)` / `simplejavamail.defaults.trustallhosts=true`
//!   turns certificate checks off.
//! * The From is the email's `EmailBuilder….from([name,] address)`
//!   (`email.setFromAddress(name, address)` before 5.0) or
//!   `simplejavamail.defaults.from.address`.
//! * `simplejavamail.transport.mode.logging.only=true` /
//!   `withTransportModeLoggingOnly(true)`: emails are logged, none is sent.
//! * `simplejavamail.opportunistic.tls=false` (or
//!   `TransportStrategy.SMTP.setOpportunisticTLS(false)`) turns the `SMTP`
//!   strategy's upgrade off: clear text. The other strategies ignore it.

use crate::extract::profile::tls::word;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k(
        "withSMTPServer(#0)|withSMTPServerHost(#0)|Mailer(#0)|ServerConfig(#0)|simplejavamail.smtp.host",
        Host,
    ),
    k(
        "withSMTPServer(#1)|withSMTPServerPort(#0)|Mailer(#1)|ServerConfig(#1)|simplejavamail.smtp.port",
        Port,
    ),
    k(
        "withSMTPServer(#2)|withSMTPServerUsername(#0)|Mailer(#2)|ServerConfig(#2)|simplejavamail.smtp.username",
        Username,
    ),
    k(
        "withSMTPServer(#3)|withSMTPServerPassword(#0)|Mailer(#3)|ServerConfig(#3)|simplejavamail.smtp.password",
        Password,
    ),
    k(
        "withTransportStrategy(#0)|Mailer(#4)|simplejavamail.transportstrategy",
        Encryption,
    ),
    k(
        "setOpportunisticTLS(#0)|simplejavamail.opportunistic.tls",
        StartTls,
    ),
    k(
        "trustingAllHosts(#0)|simplejavamail.defaults.trustallhosts",
        SkipVerify,
    ),
    // Logging only: the mailer logs each email and sends nothing.
    k(
        "withTransportModeLoggingOnly(#0)|simplejavamail.transport.mode.logging.only",
        Disabled,
    ),
    k(
        "from(#0)|from(#1)|setFromAddress(#1)|simplejavamail.defaults.from.address",
        From,
    ),
];

const MARKERS: &[Marker] = &[
    mark("withSMTPServer()"),
    mark("withSMTPServerHost()"),
    mark("withTransportStrategy()"),
    mark("simplejavamail.smtp.host"),
    mark("simplejavamail.transportstrategy"),
    // A strategy constant, in any call (`new Mailer(…, TransportStrategy.SMTP_TLS)`).
    mark_value("*", "TransportStrategy.SMTP"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("SMTP", Sec::Auto),
        ("SMTP_TLS", Sec::StartTls),
        ("SMTP_OAUTH2", Sec::StartTls),
        ("SMTPS", Sec::Implicit),
        ("SMTP_SSL", Sec::Implicit),
        ("SMTP_PLAIN", Sec::Plain),
    ],
    default: Sec::Auto,
    ..TlsModel::OPPORTUNISTIC
};

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port {port} (simplejavamail.smtp.port={port}, or the port argument of withSMTPServer(…))"),
    fix_text(W::StartTls, &[], "the SMTP_TLS transport strategy (simplejavamail.transportstrategy=SMTP_TLS, or .withTransportStrategy(TransportStrategy.SMTP_TLS))"),
    fix_text(W::VerifyOn, &[], "no trustingAllHosts(true) (and simplejavamail.defaults.trustallhosts=false)"),
    fix_text(W::Host, &[], "the SMTP host {host} (simplejavamail.smtp.host, or the first argument of withSMTPServer(…))"),
];

pub static SIMPLE_JAVA_MAIL: Profile = Profile {
    id: "simple-java-mail",
    name: "Simple Java Mail (MailerBuilder)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.simplejavamail.org/configuration.html https://github.com/bbottema/simple-java-mail/blob/master/modules/core-module/src/main/java/org/simplejavamail/api/mailer/config/TransportStrategy.java",
    syntaxes: syn::JAVA | syn::KOTLIN | syn::PROPERTIES | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TLS,
    switch: Some(Switch::plain("simplejavamail.transport.mode.logging.only")),
    constants: words!["SMTP", "SMTP_TLS", "SMTP_OAUTH2", "SMTPS", "SMTP_SSL", "SMTP_PLAIN"],
    fixes: FIXES,
    sender_hint: "`EmailBuilder.startingBlank().from(\"you@yourdomain.com\")` on the email, or `simplejavamail.defaults.from.address`",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// The opportunistic-TLS switch is the `SMTP` strategy's only: off, that
/// strategy sends in clear text; the others do not read it.
fn tls(cfg: &Config) -> Tls {
    use crate::extract::profile::tls::{evaluate, truth};
    let strategy = cfg.get(Encryption);
    let smtp = match strategy {
        None => true,
        Some(f) if f.value.is_reference() => false,
        Some(f) => word(cfg.dialect, &f.value.text) == Some(Sec::Auto),
    };
    let off = cfg
        .get(StartTls)
        .filter(|f| !f.value.is_reference() && truth(cfg.dialect, f) == Some(false));
    if let (true, Some(f)) = (smtp, off) {
        return Tls::chosen(Security::None, Evidence::of(f));
    }
    let mut without = cfg.clone();
    without.fields.retain(|f| f.role != StartTls);
    evaluate(&without, &SIMPLE_JAVA_MAIL)
}

/// The strategy's default port: 465 for SMTPS (`SMTP_SSL`), 587 for
/// `SMTP_TLS` and `SMTP_OAUTH2`, else 25; unknown for a strategy from
/// elsewhere.
fn default_port(cfg: &Config) -> Option<u16> {
    let Some(f) = cfg.get(Encryption) else {
        return Some(25);
    };
    match word(cfg.dialect, &f.value.text)? {
        Sec::Implicit => Some(465),
        Sec::StartTls => Some(587),
        _ => Some(25),
    }
}

/// The old `new Mailer(new ServerConfig(host, port, user, pass),
/// strategy)`: its first argument is the server, not a host, and its
/// second the strategy, not a port. `from(name, address)` names the
/// sender in its first argument: of two From arguments of one call, the
/// second is the address. (A call's arguments carry the call's name as
/// their key, and share its span.)
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    let server_config = configs
        .iter()
        .any(|c| c.fields.iter().any(|f| f.key == "ServerConfig"));
    for cfg in configs.iter_mut() {
        if server_config {
            cfg.fields
                .retain(|f| f.key != "Mailer" || !matches!(f.role, Host | Username | Password));
            for f in cfg.fields.iter_mut() {
                if f.role == Port && f.key == "Mailer" {
                    f.role = Encryption;
                }
            }
        }
        let mut i = 0;
        while i + 1 < cfg.fields.len() {
            let (a, b) = (&cfg.fields[i], &cfg.fields[i + 1]);
            if a.role == From && b.role == From && a.key_span == b.key_span {
                cfg.fields.remove(i);
            } else {
                i += 1;
            }
        }
    }
    // The block the server object's own value made, now empty.
    if configs.len() > 1 {
        configs.retain(|c| !c.fields.is_empty());
        if let [only] = &mut configs[..] {
            only.label = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    const HEAD: &str = "package com.acme;\n\nimport org.simplejavamail.api.mailer.Mailer;\nimport org.simplejavamail.api.mailer.config.TransportStrategy;\nimport org.simplejavamail.mailer.MailerBuilder;\n\npublic class Mail {\n";

    fn builder(chain: &str) -> String {
        format!("{HEAD}    Mailer mailer = MailerBuilder\n        .withSMTPServer(\"smtp.postmarkapp.com\", {chain}\n        .buildMailer();\n    Email email = EmailBuilder.startingBlank().from(\"Acme\", \"hello@acme-widgets.io\").to(\"a@b.io\").buildEmail();\n}}\n")
    }

    const CREDS: &str =
        "\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\")";

    #[test]
    fn smtp_tls_is_required_starttls_and_the_from_is_the_address() {
        let s = clean_starttls(
            &builder(&format!(
                "587, {CREDS}\n        .withTransportStrategy(TransportStrategy.SMTP_TLS)"
            )),
            "simple-java-mail",
        );
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn smtps_defaults_to_465_and_smtp_to_25() {
        let (_, s, ids) = linted(&builder(
            &format!("null, {CREDS}\n        .withTransportStrategy(TransportStrategy.SMTPS)")
                .replace(
                    "\"smtp.postmarkapp.com\", null, ",
                    "\"smtp.postmarkapp.com\", ",
                )
                .replace(
                    ".withSMTPServer(\"smtp.postmarkapp.com\", \"5b",
                    ".withSMTPServerHost(\"smtp.postmarkapp.com\").withSMTPServerUsername(\"5b",
                ),
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No strategy: SMTP, STARTTLS when offered, on port 25.
        let src = format!("{HEAD}    Mailer m = MailerBuilder.withSMTPServerHost(\"smtp.postmarkapp.com\").withSMTPServerUsername(\"u\").withSMTPServerPassword(\"p\").buildMailer();\n}}\n");
        let (_, s, ids) = linted(&src);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn old_constructors_and_trust_all_hosts() {
        let src = format!("{HEAD}    Mailer m = new Mailer(new ServerConfig(\"smtp.postmarkapp.com\", 587, \"u\", \"p\"), TransportStrategy.SMTP_SSL);\n}}\n");
        let (client, s, _) = linted(&src);
        assert_eq!(client, "simple-java-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "implicit");
        let src = format!("{HEAD}    Mailer m = new Mailer(\"smtp.postmarkapp.com\", 25, \"u\", \"p\", TransportStrategy.SMTP_PLAIN);\n}}\n");
        let (_, s, ids) = linted(&src);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, _, ids) = linted(&builder(&format!(
            "587, {CREDS}\n        .withTransportStrategy(TransportStrategy.SMTP_TLS)\n        .trustingAllHosts(true)"
        )));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn properties_file() {
        let props = "simplejavamail.transportstrategy=SMTPS\nsimplejavamail.smtp.host=smtp.postmarkapp.com\nsimplejavamail.smtp.port=587\nsimplejavamail.smtp.username=u\nsimplejavamail.smtp.password=p\nsimplejavamail.defaults.from.address=hello@acme-widgets.io\n";
        let (client, s, ids) = linted(props);
        assert_eq!(client, "simple-java-mail");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn opportunistic_tls_off_is_clear_text_for_smtp_only() {
        let props = "simplejavamail.smtp.host=smtp.postmarkapp.com\nsimplejavamail.smtp.port=587\nsimplejavamail.smtp.username=u\nsimplejavamail.smtp.password=p\nsimplejavamail.opportunistic.tls=false\n";
        let (_, s, ids) = linted(props);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = linted(&format!(
            "simplejavamail.transportstrategy=SMTP_TLS\n{props}"
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn logging_only_sends_nothing() {
        let props = "simplejavamail.transportstrategy=SMTP_TLS\nsimplejavamail.smtp.host=smtp.postmarkapp.com\nsimplejavamail.smtp.port=587\nsimplejavamail.transport.mode.logging.only=true\n";
        let (_, _, ids) = linted(props);
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = linted(&props.replace("only=true", "only=false"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn plain_javamail_is_not_simple_java_mail() {
        let (client, _, _) = linted(
            "Properties props = new Properties();\nprops.put(\"mail.smtp.host\", \"smtp.postmarkapp.com\");\nprops.put(\"mail.smtp.port\", \"587\");\nSession session = Session.getInstance(props);\n",
        );
        assert_ne!(client, "simple-java-mail");
    }
}
