//! SigNoz: its own mail (invitations, password resets: the `emailing`
//! section of its configuration, or the `SIGNOZ_EMAILING_*` environment)
//! and the alert mails of its embedded Alertmanager (the
//! `SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__*` environment).
//!
//! Meaning of `emailing` (signoz.io "SMTP email invitations", the code:
//! `conf/example.yaml`, `pkg/emailing/config.go`,
//! `pkg/emailing/smtpemailing/provider.go`, `pkg/smtp/client/smtp.go`):
//!
//! * `emailing.enabled` (default false) turns it on.
//! * `smtp.address` is `host:port` by design (default `localhost:25`;
//!   `net.SplitHostPort`, so a port is required).
//! * `smtp.tls.enabled` or port 465 dials TLS from the first byte
//!   (`c.tls.Enabled || c.port == "465"`); otherwise STARTTLS when the
//!   server offers it, plain text when it does not ("SmartTLS").
//!   `smtp.tls.insecure_skip_verify` turns certificate verification off.
//! * It logs in when `smtp.auth.username` is set and the server offers
//!   AUTH (PLAIN with `identity`, LOGIN, or CRAM-MD5 with `secret`).
//! * `smtp.from` is the From.
//! * The environment names are the configuration's path in capitals with
//!   `_` between the parts and `__` for an `_` inside one
//!   (`SIGNOZ_EMAILING_SMTP_TLS_INSECURE__SKIP__VERIFY`); the Helm chart's
//!   `signoz.env` writes them in lower case.
//!
//! Meaning of the Alertmanager's global SMTP settings
//! (`pkg/alertmanager/alertmanagernotify/email/email.go`, upstream
//! Alertmanager's notifier with SigNoz's changes): `smarthost` is
//! `host:port`; port 465 is TLS from the first byte; otherwise
//! `require_tls` (default true) requires STARTTLS, and false sends in
//! clear. Unlike upstream, SigNoz asks for no STARTTLS after the TLS
//! handshake on 465. `tls_config.insecure_skip_verify` turns verification
//! off. The same settings written as YAML (`alertmanager.signoz.global.
//! smtp_smarthost`…) are read by the Alertmanager table.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Read, Sec, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr(
        "SIGNOZ_EMAILING_SMTP_ADDRESS|emailing.smtp.address",
        Host,
        Read::HostPort,
    ),
    k("SIGNOZ_EMAILING_SMTP_FROM|emailing.smtp.from", From),
    k(
        "SIGNOZ_EMAILING_SMTP_AUTH_USERNAME|emailing.smtp.auth.username",
        Username,
    ),
    k(
        "SIGNOZ_EMAILING_SMTP_AUTH_PASSWORD|emailing.smtp.auth.password",
        Password,
    ),
    k(
        "SIGNOZ_EMAILING_SMTP_TLS_ENABLED|emailing.smtp.tls.enabled",
        ImplicitTls,
    ),
    k(
        "SIGNOZ_EMAILING_SMTP_TLS_INSECURE__SKIP__VERIFY|emailing.smtp.tls.insecure_skip_verify",
        SkipVerify,
    ),
    k("SIGNOZ_EMAILING_ENABLED|emailing.enabled", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("SIGNOZ_EMAILING_SMTP_ADDRESS"),
    mark("SIGNOZ_EMAILING_ENABLED"),
    mark("SIGNOZ_EMAILING_SMTP_FROM"),
    mark("SIGNOZ_EMAILING_SMTP_AUTH_USERNAME"),
    mark("emailing.smtp.address"),
    mark("emailing.smtp.tls.insecure_skip_verify"),
];

const OTHER_KEYS: Words = words![
    "SIGNOZ_EMAILING_SMTP_HELLO",
    "SIGNOZ_EMAILING_SMTP_AUTH_IDENTITY",
    "SIGNOZ_EMAILING_SMTP_AUTH_SECRET",
    "SIGNOZ_EMAILING_SMTP_TLS_CA__FILE__PATH",
    "SIGNOZ_EMAILING_SMTP_TLS_CERT__FILE__PATH",
    "SIGNOZ_EMAILING_SMTP_TLS_KEY__FILE__PATH",
    "SIGNOZ_EMAILING_TEMPLATES_DIRECTORY",
    "hello",
    "identity",
    "secret",
    "ca_file_path",
    "cert_file_path",
    "key_file_path",
    "headers",
];

/// `tls.Dial` when `tls.enabled` or port 465, else STARTTLS when offered.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if cfg.get(Host).is_some_and(|f| f.value.is_reference()) {
        return tls;
    }
    let on = cfg
        .get(ImplicitTls)
        .map(|f| (f, crate::extract::profile::tls::truth(cfg.dialect, f)));
    if let Some((_, None)) = on {
        return tls;
    }
    match on {
        Some((f, Some(true))) => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        _ if cfg.effective_port() == Some(465) => tls.mode = Some(Security::Implicit),
        _ => tls.mode = Some(Security::StartTls),
    }
    tls
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "SIGNOZ_EMAILING_SMTP_ADDRESS=smtp.postmarkapp.com:{port} (emailing.smtp.address)",
    ),
    fix_text(
        W::Host,
        &[],
        "SIGNOZ_EMAILING_SMTP_ADDRESS={value}:587 (emailing.smtp.address)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "SIGNOZ_EMAILING_SMTP_TLS_ENABLED=false with port 587 in SIGNOZ_EMAILING_SMTP_ADDRESS (STARTTLS when offered)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "SIGNOZ_EMAILING_SMTP_TLS_INSECURE__SKIP__VERIFY=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SIGNOZ_EMAILING_SMTP_AUTH_USERNAME and SIGNOZ_EMAILING_SMTP_AUTH_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current SigNoz release"),
    fix_text(W::Username, &[], "SIGNOZ_EMAILING_SMTP_AUTH_USERNAME={value}"),
    fix_text(W::Password, &[], "SIGNOZ_EMAILING_SMTP_AUTH_PASSWORD={value}"),
    fix_text(W::From, &[], "SIGNOZ_EMAILING_SMTP_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "SigNoz has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// SigNoz's own mail (`emailing`).
pub static SIGNOZ: Profile = Profile {
    id: "signoz",
    name: "SigNoz emailing (SIGNOZ_EMAILING_*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://signoz.io/docs/manage/administrator-guide/configuration/smtp-email-invitations/ https://github.com/SigNoz/signoz/blob/main/conf/example.yaml https://github.com/SigNoz/signoz/blob/main/pkg/smtp/client/smtp.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SIGNOZ_EMAILING_"],
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    truth: Truth::Go,
    tls: TlsModel::OPPORTUNISTIC,
    host: Some("localhost"),
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("no mail (emailing is off unless SIGNOZ_EMAILING_ENABLED is true)"),
        off: None,
        name: "SIGNOZ_EMAILING_ENABLED",
    }),
    fixes: FIXES,
    sender_hint: "SIGNOZ_EMAILING_SMTP_FROM (emailing.smtp.from)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

const AM_KEYS: &[Key] = &[
    kr(
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__SMARTHOST",
        Host,
        Read::HostPort,
    ),
    k("SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__FROM", From),
    k(
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__USERNAME",
        Username,
    ),
    k(
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__PASSWORD",
        Password,
    ),
    k(
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__REQUIRE__TLS",
        StartTls,
    ),
    k(
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__TLS__CONFIG_INSECURE__SKIP__VERIFY",
        SkipVerify,
    ),
];

const AM_MARKERS: &[Marker] = &[
    mark("SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__SMARTHOST"),
    mark("SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__FROM"),
    mark("SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__USERNAME"),
];

const AM_OTHER_KEYS: Words = words![
    "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__HELLO",
    "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__IDENTITY",
    "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__SECRET",
    "SIGNOZ_ALERTMANAGER_SIGNOZ_EXTERNAL__URL",
];

const AM_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__SMARTHOST=smtp.postmarkapp.com:{port}",
    ),
    fix_text(
        W::Host,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__SMARTHOST={value}:587",
    ),
    fix_text(
        W::StartTls,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__REQUIRE__TLS=true with port 587 in the smarthost",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__TLS__CONFIG_INSECURE__SKIP__VERIFY=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__USERNAME and SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current SigNoz release"),
    fix_text(
        W::Username,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__USERNAME={value}",
    ),
    fix_text(
        W::Password,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__PASSWORD={value}",
    ),
    fix_text(
        W::From,
        &[],
        "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__FROM={value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "SigNoz has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The embedded Alertmanager's global SMTP settings, as environment.
pub static SIGNOZ_ALERTMANAGER: Profile = Profile {
    id: "signoz-alertmanager",
    name: "SigNoz Alertmanager global SMTP (SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://signoz.io/docs/alerts-management/notification-channel/email/ https://github.com/SigNoz/signoz/blob/main/pkg/alertmanager/alertmanagernotify/email/email.go",
    syntaxes: syn::ENV_LIKE,
    keys: AM_KEYS,
    markers: AM_MARKERS,
    needs_marker: true,
    family: &["SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__"],
    other_keys: AM_OTHER_KEYS,
    case_sensitive: false,
    truth: Truth::Go,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[465],
        default: Sec::StartTls,
        both: Both::Implicit,
        absent: "",
    },
    fixes: AM_FIXES,
    sender_hint: "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SIGNOZ_EMAILING_ENABLED=true\nSIGNOZ_EMAILING_SMTP_ADDRESS=smtp.postmarkapp.com:587\nSIGNOZ_EMAILING_SMTP_FROM=signoz@acme.io\nSIGNOZ_EMAILING_SMTP_AUTH_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSIGNOZ_EMAILING_SMTP_AUTH_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn emailing_address_holds_the_port() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "signoz");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_enabled_or_port_465_is_implicit() {
        let (_, s, ids) = first(&format!("{ENV}SIGNOZ_EMAILING_SMTP_TLS_ENABLED=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // 465 is TLS from the first byte even with tls.enabled false.
        let (_, s, ids) = first(
            &format!("{ENV}SIGNOZ_EMAILING_SMTP_TLS_ENABLED=false\n").replace(":587", ":465"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn emailing_is_off_by_default() {
        let (_, _, ids) = first(&ENV.replace("SIGNOZ_EMAILING_ENABLED=true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("ENABLED=true", "ENABLED=false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_charts_lower_case_env_and_the_yaml() {
        let (client, s, _) = first(
            "signoz:\n  env:\n    signoz_emailing_enabled: true\n    signoz_emailing_smtp_address: smtp.postmarkapp.com:587\n    signoz_emailing_smtp_from: signoz@acme.io\n    signoz_emailing_smtp_auth_username: u\n    signoz_emailing_smtp_auth_password: u\n",
        );
        assert_eq!(client, "signoz");
        assert_eq!(s["port"], 587);
        let (client, s, _) = first(
            "emailing:\n  enabled: true\n  smtp:\n    address: smtp.postmarkapp.com:2525\n    from: signoz@acme.io\n    auth:\n      username: u\n      password: u\n    tls:\n      enabled: false\n      insecure_skip_verify: false\n",
        );
        assert_eq!(client, "signoz");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn the_alertmanager_environment() {
        let env = "SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__SMARTHOST=smtp.postmarkapp.com:587\nSIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__FROM=alerts@acme.io\nSIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__AUTH__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "signoz-alertmanager");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&format!(
            "{env}SIGNOZ_ALERTMANAGER_SIGNOZ_GLOBAL_SMTP__REQUIRE__TLS=false\n"
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}
