//! HumHub's mail settings from the environment: the fixed settings
//! (`HUMHUB_FIXED_SETTINGS__BASE__MAILER_*`, HumHub 1.16+), a mailer DSN
//! given as config (`HUMHUB_CONFIG__COMPONENTS__MAILER__TRANSPORT__DSN`),
//! and the `HUMHUB_MAILER_*` variables of the community Docker image
//! (mriedmann/humhub-docker), which writes them into the settings at start.
//!
//! Meaning (HumHub `protected/humhub/components/bootstrap/SettingsLoader`
//! and `MailingSettingsForm`, `helpers/EnvHelper.php` and its tests, the
//! migrations `m220606_205507_mailer_settings` and
//! `m250226_125226_rename_mailer_vars`; mriedmann/humhub-docker's README
//! and entrypoint):
//!
//! * HumHub sends with Yii's Symfony Mailer since 1.12. With transport type
//!   `smtp` it builds a transport from `hostname`, `port` (25 when unset),
//!   `username`, `password` and the scheme `smtps` when `useSmtps` is set
//!   (PHP's `empty()`: empty, `0` and a `false` the environment helper
//!   turned into a boolean are off), else `smtp`: Symfony's STARTTLS when
//!   the server offers it, and TLS from the first byte on port 465.
//! * Type `dsn` uses the `dsn` setting; `php` sends with PHP's `mail()`;
//!   `file` writes messages to files; `config` keeps the mailer component
//!   of the configuration (`HUMHUB_CONFIG__COMPONENTS__MAILER__…`).
//! * `systemEmailAddress` is the From.
//! * `encryption` has not been read since 1.12 (the migration turned `tls`
//!   and `ssl` into `useSmtps`); the Docker image still writes
//!   `HUMHUB_MAILER_ENCRYPTION` there, so on a current HumHub it changes
//!   nothing: the table reads it as ignored.
//! * Each `__` in a `HUMHUB_…` name starts a level: since 1.18 the setting
//!   is one word (`MAILER_HOSTNAME`, `mailerHostname`); the nested
//!   `MAILER__HOSTNAME` of 1.16–1.17 is read the same way here.
//!
//! Every name is HumHub's own (`HUMHUB_` prefix).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Read, Sec,
    Switch, TlsModel, Truth, UrlFlavor, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k(
        "HUMHUB_MAILER_HOSTNAME|HUMHUB_FIXED_SETTINGS__BASE__MAILER_HOSTNAME|HUMHUB_FIXED_SETTINGS__BASE__MAILER__HOSTNAME",
        Host,
    ),
    k(
        "HUMHUB_MAILER_PORT|HUMHUB_FIXED_SETTINGS__BASE__MAILER_PORT|HUMHUB_FIXED_SETTINGS__BASE__MAILER__PORT",
        Port,
    ),
    k(
        "HUMHUB_MAILER_USERNAME|HUMHUB_FIXED_SETTINGS__BASE__MAILER_USERNAME|HUMHUB_FIXED_SETTINGS__BASE__MAILER__USERNAME",
        Username,
    ),
    k(
        "HUMHUB_MAILER_PASSWORD|HUMHUB_FIXED_SETTINGS__BASE__MAILER_PASSWORD|HUMHUB_FIXED_SETTINGS__BASE__MAILER__PASSWORD",
        Password,
    ),
    k(
        "HUMHUB_MAILER_USE_SMTPS|HUMHUB_FIXED_SETTINGS__BASE__MAILER_USE_SMTPS|HUMHUB_FIXED_SETTINGS__BASE__MAILER__USE_SMTPS",
        ImplicitTls,
    ),
    k(
        "HUMHUB_MAILER_TRANSPORT_TYPE|HUMHUB_FIXED_SETTINGS__BASE__MAILER_TRANSPORT_TYPE|HUMHUB_FIXED_SETTINGS__BASE__MAILER__TRANSPORT_TYPE",
        Transport,
    ),
    k(
        "HUMHUB_MAILER_SYSTEM_EMAIL_ADDRESS|HUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_ADDRESS|HUMHUB_FIXED_SETTINGS__BASE__MAILER__SYSTEM_EMAIL_ADDRESS",
        From,
    ),
    kr(
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_DSN|HUMHUB_FIXED_SETTINGS__BASE__MAILER__DSN|HUMHUB_CONFIG__COMPONENTS__MAILER__TRANSPORT__DSN",
        Url,
        Read::Url(UrlFlavor::Symfony),
    ),
];

const MARKERS: &[Marker] = &[
    mark("HUMHUB_MAILER_*"),
    mark("HUMHUB_FIXED_SETTINGS__BASE__MAILER*"),
    mark("HUMHUB_CONFIG__COMPONENTS__MAILER__*"),
];

const LEFTOVERS: Pairs = pairs![
    ("HUMHUB_MAILER_HOST", "HUMHUB_MAILER_HOSTNAME"),
    ("HUMHUB_MAILER_USER", "HUMHUB_MAILER_USERNAME"),
    ("HUMHUB_MAILER_TRANSPORT", "HUMHUB_MAILER_TRANSPORT_TYPE"),
    (
        "HUMHUB_MAILER_ENCRYPTION",
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_USE_SMTPS (HumHub 1.12+ reads no encryption setting)"
    ),
];

/// Symfony Mailer: `smtps` from the first byte, `smtp` STARTTLS when
/// offered and implicit TLS on 465.
const TLS: TlsModel = TlsModel {
    words: &[("smtps", Sec::Implicit), ("smtp", Sec::Auto)],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Auto,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: crate::extract::profile::Both::Implicit,
    absent: "",
};

/// `useSmtps` off is the scheme `smtp`, which Symfony still turns into TLS
/// from the first byte on port 465: an explicit off does not undo that.
fn tls(cfg: &Config) -> Tls {
    let on_465 = cfg
        .get(Port)
        .filter(|f| f.value.literal().map(str::trim) == Some("465"));
    let smtps_off = cfg
        .get(ImplicitTls)
        .filter(|f| crate::extract::profile::tls::truth(cfg.dialect, f) == Some(false));
    match (on_465, smtps_off) {
        (Some(port), Some(_)) => Tls::chosen(Security::Implicit, Evidence::of(port)),
        _ => crate::extract::profile::tls::evaluate(cfg, cfg.dialect),
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "HUMHUB_FIXED_SETTINGS__BASE__MAILER_PORT={port}"),
    fix_text(W::Host, &[], "HUMHUB_FIXED_SETTINGS__BASE__MAILER_HOSTNAME={value}"),
    fix_text(
        W::StartTls,
        &[],
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_USE_SMTPS=0 with HUMHUB_FIXED_SETTINGS__BASE__MAILER_PORT=587 (STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_USERNAME and …_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "HUMHUB_FIXED_SETTINGS__BASE__MAILER_USERNAME={value}"),
    fix_text(W::Password, &[], "HUMHUB_FIXED_SETTINGS__BASE__MAILER_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_ADDRESS={value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "HumHub has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HUMHUB_ENV: Profile = Profile {
    id: "humhub-env",
    name: "HumHub HUMHUB_* mailer environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/humhub/humhub/blob/master/protected/humhub/helpers/EnvHelper.php https://github.com/humhub/humhub/blob/master/protected/humhub/modules/admin/models/forms/MailingSettingsForm.php https://github.com/humhub/humhub/blob/master/protected/humhub/migrations/m220606_205507_mailer_settings.php https://github.com/mriedmann/humhub-docker#readme https://symfony.com/doc/current/mailer.html#transport-setup",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["HUMHUB_MAILER_", "HUMHUB_FIXED_SETTINGS__BASE__MAILER"],
    other_keys: words![
        "HUMHUB_MAILER_SYSTEM_EMAIL_NAME",
        "HUMHUB_MAILER_SYSTEM_EMAIL_REPLY_TO",
        "HUMHUB_MAILER_ALLOW_SELF_SIGNED_CERTS",
        "HUMHUB_MAILER_ENCRYPTION",
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_NAME",
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_REPLY_TO",
        "HUMHUB_FIXED_SETTINGS__BASE__MAILER_ALLOW_SELF_SIGNED_CERTS",
    ],
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // PHP's `empty()` after EnvHelper's `true`/`false` words.
    truth: Truth::Except(words!["0", "false"]),
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp", "dsn", "config"],
        no_mail: words!["file"],
        local: words!["php"],
        missing: None,
        off: None,
        name: "HUMHUB_FIXED_SETTINGS__BASE__MAILER_TRANSPORT_TYPE",
    }),
    fixes: FIXES,
    sender_hint: "HUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_ADDRESS (Administration › Mailing › Server Settings)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const FIXED: &str = "HUMHUB_FIXED_SETTINGS__BASE__MAILER_TRANSPORT_TYPE=smtp\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_HOSTNAME=smtp.postmarkapp.com\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_PORT=587\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_USE_SMTPS=0\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_ADDRESS=hello@acme-widgets.io\n";

    #[test]
    fn fixed_settings_starttls() {
        clean_starttls(FIXED, "humhub-env");
    }

    #[test]
    fn use_smtps_is_implicit_tls() {
        let (_, s, ids) = first(&FIXED.replace("USE_SMTPS=0", "USE_SMTPS=1"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Symfony's smtp scheme is implicit TLS on 465.
        let (_, s, _) = first(&FIXED.replace("PORT=587", "PORT=465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn docker_image_names_and_php_transport() {
        let env = "HUMHUB_MAILER_SYSTEM_EMAIL_ADDRESS=hello@acme-widgets.io\nHUMHUB_MAILER_TRANSPORT_TYPE=smtp\nHUMHUB_MAILER_HOSTNAME=smtp.postmarkapp.com\nHUMHUB_MAILER_PORT=587\nHUMHUB_MAILER_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHUMHUB_MAILER_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nHUMHUB_MAILER_ENCRYPTION=tls\n";
        clean_starttls(env, "humhub-env");
        let (_, _, ids) = first(&env.replace("TYPE=smtp", "TYPE=php"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_dsn_with_the_system_address() {
        let env = "HUMHUB_CONFIG__COMPONENTS__MAILER__TRANSPORT__DSN=smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_TRANSPORT_TYPE=config\nHUMHUB_FIXED_SETTINGS__BASE__MAILER_SYSTEM_EMAIL_ADDRESS=hello@acme-widgets.io\n";
        clean_starttls(env, "humhub-env");
    }

    #[test]
    fn other_apps_mailer_names_are_not_taken() {
        let (client, _, _) = first(
            "MAILER_HOSTNAME=smtp.postmarkapp.com\nMAILER_PORT=587\nMAILER_USERNAME=u\nMAILER_PASSWORD=p\n",
        );
        assert_ne!(client, "humhub-env");
    }
}
