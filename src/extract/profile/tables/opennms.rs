//! OpenNMS (Horizon / Meridian): `etc/javamail-configuration.properties`,
//! the `org.opennms.core.utils.*` properties read by `JavaMailer` for
//! notifications (`javaEmail` commands) and reports.
//!
//! Meaning (OpenNMS `opennms-javamail-api` `JavaMailer.configureProperties`
//! and `sendMessage`; the shipped `etc/javamail-configuration.properties`;
//! the wiki's "Notification enhancement" page for `useJMTA`):
//!
//! * `useJMTA` is **true by default**: the built-in Java MTA looks up each
//!   recipient's MX and delivers there itself; `mailHost`, the port and the
//!   login are ignored. Only `useJMTA=false` sends through `mailHost`.
//! * `mailHost` (default `127.0.0.1`), `smtpport` (default 25).
//! * `transport` (default `smtp`) is the JavaMail transport: `smtps` is
//!   TLS from the first byte; with `smtp`, `starttls.enable=true` (default
//!   false) becomes `mail.smtp.starttls.enable` and JavaMail upgrades when
//!   the server offers STARTTLS; without it the session stays in clear.
//! * `smtpssl.enable=true` only sets `mail.smtps.*` properties (the SSL
//!   socket factory): it does nothing for the `smtp` transport.
//! * `authenticate` (default false) decides whether `Transport.connect` is
//!   given `authenticateUser` / `authenticatePassword` (defaults `opennms`
//!   / `opennms`); otherwise no login.
//! * `fromAddress` (default `root@[127.0.0.1]`) is the From.
//! * Booleans are Java's `Boolean.valueOf`: only `true` (any case) is true.
//!   Quotes are part of a properties value (`authenticateUser="me"` logs in
//!   as `"me"`, quotes included).
//!
//! Raw `mail.smtp.*` properties in the same file override what these set;
//! they are not read here (plain JavaMail's table reads them alone).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal,
    Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const P: &str = "org.opennms.core.utils.";

const KEYS: &[Key] = &[
    k("org.opennms.core.utils.mailHost", Host),
    k("org.opennms.core.utils.smtpport", Port),
    k("org.opennms.core.utils.authenticateUser", Username),
    k("org.opennms.core.utils.authenticatePassword", Password),
    k("org.opennms.core.utils.authenticate", Auth),
    k("org.opennms.core.utils.fromAddress", From),
    k("org.opennms.core.utils.transport", Scheme),
    k("org.opennms.core.utils.starttls.enable", StartTls),
    k("org.opennms.core.utils.smtpssl.enable", ImplicitTls),
    k("org.opennms.core.utils.useJMTA", Disabled),
];

const MARKERS: &[Marker] = &[mark("org.opennms.core.utils.**")];

const OTHER_KEYS: Words = words![
    "org.opennms.core.utils.mailer",
    "org.opennms.core.utils.debug",
    "org.opennms.core.utils.quitwait",
    "org.opennms.core.utils.messageContentType",
    "org.opennms.core.utils.charset",
    "org.opennms.core.utils.encoding",
];

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "org.opennms.core.utils.smtpport", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "org.opennms.core.utils.mailHost", SetVal::Given)],
    ),
    fix(
        W::StartTls,
        &[
            set(
                StartTls,
                "org.opennms.core.utils.starttls.enable",
                SetVal::Bool(true),
            ),
            set_if(
                Scheme,
                "org.opennms.core.utils.transport",
                SetVal::Word("smtp"),
            ),
            set(Port, "org.opennms.core.utils.smtpport", SetVal::Lit("587")),
        ],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "JavaMail's default certificate checks (no mail.smtp.ssl.trust = *)",
    ),
    fix(
        W::AuthOn,
        &[set(
            Auth,
            "org.opennms.core.utils.authenticate",
            SetVal::Bool(true),
        )],
    ),
    fix_text(W::TlsModern, &[], "a current OpenNMS on Java 17 or later"),
    fix(
        W::Username,
        &[set(
            Username,
            "org.opennms.core.utils.authenticateUser",
            SetVal::Given,
        )],
    ),
    fix(
        W::Password,
        &[set(
            Password,
            "org.opennms.core.utils.authenticatePassword",
            SetVal::Given,
        )],
    ),
    fix(
        W::From,
        &[set(
            From,
            "org.opennms.core.utils.fromAddress",
            SetVal::Given,
        )],
    ),
    fix_text(
        W::Stream,
        &[],
        "OpenNMS has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OPENNMS: Profile = Profile {
    id: "opennms",
    name: "OpenNMS javamail-configuration.properties",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/OpenNMS/opennms/blob/develop/opennms-javamail/opennms-javamail-api/src/main/java/org/opennms/javamail/JavaMailer.java https://github.com/OpenNMS/opennms/blob/develop/opennms-base-assembly/src/main/filtered/etc/javamail-configuration.properties http://www.opennms.org/wiki/Notification_enhancement",
    syntaxes: syn::PROPERTIES,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["org.opennms.core.utils."],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    quotes_literal: true,
    truth: Truth::Only(words!["true"]),
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("its built-in Java MTA (useJMTA is true by default), which delivers straight to each recipient's mail server"),
        off: Some("its built-in Java MTA, delivering straight to each recipient's mail server"),
        name: "org.opennms.core.utils.useJMTA=false",
    }),
    auth_switch: Some("org.opennms.core.utils.authenticate=true"),
    fixes: FIXES,
    sender_hint: "org.opennms.core.utils.fromAddress",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// `JavaMailer`'s reading (see the module docs): the `smtps` transport is
/// implicit TLS; with `smtp`, only `starttls.enable=true` starts TLS.
fn tls(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(Scheme) {
        if f.value.is_reference() {
            return Tls::default();
        }
        if f.value.text.trim().eq_ignore_ascii_case("smtps") {
            return Tls::chosen(Security::Implicit, Evidence::of(f));
        }
    }
    match cfg.get(StartTls) {
        Some(f) if f.value.is_reference() => Tls::default(),
        Some(f) if crate::extract::profile::tls::truth(cfg.dialect, f) == Some(true) => {
            Tls::chosen(Security::StartTls, Evidence::of(f))
        }
        Some(f) => Tls::chosen(Security::None, Evidence::of(f)),
        None => Tls::chosen(
            Security::None,
            Evidence::absent(format!(
                "no {P}starttls.enable=true (the smtp transport then never starts TLS)"
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PROPS: &str = "org.opennms.core.utils.fromAddress=noc@acme-widgets.io\norg.opennms.core.utils.mailHost=smtp.postmarkapp.com\norg.opennms.core.utils.transport=smtp\norg.opennms.core.utils.smtpport=587\norg.opennms.core.utils.useJMTA=false\norg.opennms.core.utils.authenticate=true\norg.opennms.core.utils.authenticateUser=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\norg.opennms.core.utils.authenticatePassword=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\norg.opennms.core.utils.starttls.enable=true\n";

    #[test]
    fn smart_host_with_starttls() {
        let (client, s, ids) = first(PROPS);
        assert_eq!(client, "opennms");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noc@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn transport_and_starttls_words() {
        let smtps = PROPS
            .replace("transport=smtp", "transport=smtps")
            .replace("smtpport=587", "smtpport=465");
        let (_, s, ids) = first(&smtps);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // smtpssl.enable does nothing for the smtp transport.
        let ssl_flag = PROPS.replace(
            "starttls.enable=true",
            "starttls.enable=false\norg.opennms.core.utils.smtpssl.enable=true",
        );
        let (_, s, ids) = first(&ssl_flag);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Only `true` is true (Java's Boolean.valueOf).
        let (_, s, _) = first(&PROPS.replace("starttls.enable=true", "starttls.enable=yes"));
        assert_eq!(s["security"], "none");
        let (_, s, _) = first(&PROPS.replace("org.opennms.core.utils.starttls.enable=true\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn jmta_ignores_the_mail_host() {
        let (_, _, ids) = first(&PROPS.replace("useJMTA=false", "useJMTA=true"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // Not written: JMTA is the default.
        let (_, _, ids) = first(&PROPS.replace("org.opennms.core.utils.useJMTA=false\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn no_login_unless_authenticate() {
        let (_, _, ids) = first(&PROPS.replace("authenticate=true", "authenticate=false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        let (_, _, ids) = first(&PROPS.replace("org.opennms.core.utils.authenticate=true\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn plain_javamail_properties_are_not_opennms() {
        let plain = "mail.smtp.host=smtp.postmarkapp.com\nmail.smtp.port=587\nmail.smtp.auth=true\nmail.smtp.starttls.enable=true\n";
        let (client, _, _) = first(plain);
        assert_ne!(client, "opennms");
    }
}
