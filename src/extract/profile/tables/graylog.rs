//! Graylog: the email transport settings of `server.conf` / `graylog.conf`
//! (`transport_email_*`), and the same settings as the Docker image's
//! environment variables (`GRAYLOG_TRANSPORT_EMAIL_*`, which Graylog maps
//! onto the configuration keys).
//!
//! Meaning (go2docs.graylog.org "server.conf", section Email; the code:
//! `EmailConfiguration.java` and the alert sender built on Apache Commons
//! Email):
//!
//! * `transport_email_enabled` (default false) is the mail switch.
//! * `transport_email_use_tls` (default true since Graylog 2.x; false in
//!   1.x) turns Commons Email's `setStartTLSEnabled` on: STARTTLS when the
//!   server offers it (it is not required). `transport_email_use_ssl`
//!   (default false; true in 1.x) is SMTPS, TLS from the first byte. Both
//!   true is refused at start-up ("Using SMTP with STARTTLS and SMTPS at
//!   the same time is not possible").
//! * `transport_email_port` defaults to 25.
//! * It logs in only with `transport_email_use_auth = true` (default false).
//! * Booleans are Java's `Boolean.valueOf`: only `true` (any case) is true.
//! * `transport_email_from_email` is the From (an email notification's own
//!   sender, set in the web interface, overrides it).

use crate::extract::profile::tls::evaluate;
use crate::extract::profile::Hooks;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Key, Profile, Sec, Switch, TlsModel, Truth, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Tls};

const KEYS: &[Key] = &[
    k("transport_email_hostname", Host),
    k("transport_email_port", Port),
    k("transport_email_use_tls", StartTls),
    k("transport_email_use_ssl", ImplicitTls),
    k("transport_email_use_auth", Auth),
    k("transport_email_auth_username", Username),
    k("transport_email_auth_password", Password),
    k("transport_email_from_email", From),
    k("transport_email_enabled", Enabled),
    k("GRAYLOG_TRANSPORT_EMAIL_HOSTNAME", Host),
    k("GRAYLOG_TRANSPORT_EMAIL_PORT", Port),
    k("GRAYLOG_TRANSPORT_EMAIL_USE_TLS", StartTls),
    k("GRAYLOG_TRANSPORT_EMAIL_USE_SSL", ImplicitTls),
    k("GRAYLOG_TRANSPORT_EMAIL_USE_AUTH", Auth),
    k("GRAYLOG_TRANSPORT_EMAIL_AUTH_USERNAME", Username),
    k("GRAYLOG_TRANSPORT_EMAIL_AUTH_PASSWORD", Password),
    k("GRAYLOG_TRANSPORT_EMAIL_FROM_EMAIL", From),
    k("GRAYLOG_TRANSPORT_EMAIL_ENABLED", Enabled),
];

const OTHER_KEYS: Words = words![
    "transport_email_subject_prefix",
    "transport_email_web_interface_url",
    "transport_email_socket_connection_timeout",
    "transport_email_socket_timeout",
    "GRAYLOG_TRANSPORT_EMAIL_SUBJECT_PREFIX",
    "GRAYLOG_TRANSPORT_EMAIL_WEB_INTERFACE_URL",
    "GRAYLOG_TRANSPORT_EMAIL_SOCKET_CONNECTION_TIMEOUT",
    "GRAYLOG_TRANSPORT_EMAIL_SOCKET_TIMEOUT",
];

const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Conflict,
    absent: "",
};

/// Both switches on is refused at start-up (the validator of
/// `EmailConfiguration`), although `use_tls` alone only asks for STARTTLS
/// when offered.
fn tls(cfg: &Config) -> Tls {
    let on = |r| {
        cfg.get(r)
            .filter(|f| !f.value.is_reference() && f.value.text.trim().eq_ignore_ascii_case("true"))
    };
    if let (Some(ssl), Some(starttls)) = (on(ImplicitTls), on(StartTls)) {
        return Tls {
            conflicting: true,
            implicit: Some(Evidence::of(ssl)),
            starttls: Some(Evidence::of(starttls)),
            ..Tls::default()
        };
    }
    evaluate(cfg, cfg.dialect)
}

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some("no mail at all (transport_email_enabled defaults to false)"),
    off: None,
    name: "transport_email_enabled",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "transport_email_port = {port}"),
    fix_text(W::Host, &[], "transport_email_hostname = {value}"),
    fix_text(
        W::StartTls,
        &[],
        "transport_email_use_tls = true and transport_email_use_ssl = false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "transport_email_use_auth = true with transport_email_auth_username and transport_email_auth_password",
    ),
    fix_text(W::TlsModern, &[], "a current Graylog release (Java's TLS 1.2+)"),
    fix_text(W::Username, &[], "transport_email_auth_username = {value}"),
    fix_text(W::Password, &[], "transport_email_auth_password = {value}"),
    fix_text(W::From, &[], "transport_email_from_email = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Graylog has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GRAYLOG: Profile = Profile {
    id: "graylog",
    name: "Graylog server.conf transport_email_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://go2docs.graylog.org/current/setting_up_graylog/server.conf.html https://github.com/Graylog2/graylog2-server/blob/HEAD/graylog2-server/src/main/java/org/graylog2/configuration/EmailConfiguration.java",
    syntaxes: syn::DATA,
    keys: KEYS,
    markers: &[
        mark("transport_email_hostname"),
        mark("transport_email_enabled"),
        mark("GRAYLOG_TRANSPORT_EMAIL_HOSTNAME"),
        mark("GRAYLOG_TRANSPORT_EMAIL_ENABLED"),
    ],
    needs_marker: true,
    family: &["transport_email_", "GRAYLOG_TRANSPORT_EMAIL_"],
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    auth_switch: Some("transport_email_use_auth = true"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "transport_email_from_email",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "transport_email_enabled = true\ntransport_email_hostname = smtp.postmarkapp.com\ntransport_email_port = 587\ntransport_email_use_auth = true\ntransport_email_auth_username = 3f0b8c6e-2d9a-4e71-a5c3-8b7e1d4f9a20\ntransport_email_auth_password = 3f0b8c6e-2d9a-4e71-a5c3-8b7e1d4f9a20\ntransport_email_from_email = graylog@acme-widgets.io\n";

    #[test]
    fn starttls_is_the_default() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "graylog");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "graylog@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_is_smtps_and_both_is_refused() {
        let (_, s, ids) = first(&format!(
            "{CONF}transport_email_use_tls = false\ntransport_email_use_ssl = true\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{CONF}transport_email_use_tls = true\ntransport_email_use_ssl = true\n"
        ));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn switches() {
        let (_, _, ids) = first(&CONF.replace("enabled = true", "enabled = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("use_auth = true", "use_auth = false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn docker_environment() {
        let (client, s, _) = first(
            "GRAYLOG_TRANSPORT_EMAIL_ENABLED=true\nGRAYLOG_TRANSPORT_EMAIL_HOSTNAME=smtp.postmarkapp.com\nGRAYLOG_TRANSPORT_EMAIL_PORT=2525\nGRAYLOG_TRANSPORT_EMAIL_USE_AUTH=true\nGRAYLOG_TRANSPORT_EMAIL_AUTH_USERNAME=3f0b8c6e-2d9a-4e71-a5c3-8b7e1d4f9a20\nGRAYLOG_TRANSPORT_EMAIL_AUTH_PASSWORD=3f0b8c6e-2d9a-4e71-a5c3-8b7e1d4f9a20\nGRAYLOG_TRANSPORT_EMAIL_FROM_EMAIL=graylog@acme-widgets.io\n",
        );
        assert_eq!(client, "graylog");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }
}
