//! ownCloud Server 10 (the `owncloud/server` Docker image, its Helm
//! chart's `env`): the `OWNCLOUD_MAIL_*` variables, which the image's
//! `config.php` overlay copies into the `mail_*` system settings when they
//! are non-empty. (`config/config.php` itself is read by the Nextcloud
//! table: the names are the same.)
//!
//! Meaning (ownCloud admin manual "Email configuration" and the
//! `config.sample.php` parameters; the code: `owncloud-docker/base`
//! `overlay/etc/templates/config.php` for the variables,
//! `owncloud/core` `lib/private/Mail/Mailer.php` for the mailer):
//!
//! * `mail_smtpmode` defaults to `php`: without
//!   `OWNCLOUD_MAIL_SMTP_MODE=smtp` ownCloud hands mail to PHP `mail()`
//!   (the local sendmail), and none of the SMTP settings is used.
//!   `sendmail` and `qmail` are local programs too.
//! * `OWNCLOUD_MAIL_SMTP_HOST` (default `127.0.0.1`),
//!   `OWNCLOUD_MAIL_SMTP_PORT` (default 25).
//! * It logs in only with `OWNCLOUD_MAIL_SMTP_AUTH=true` (compared with the
//!   exact word `true`): otherwise `OWNCLOUD_MAIL_SMTP_NAME` and
//!   `OWNCLOUD_MAIL_SMTP_PASSWORD` are not used.
//! * `OWNCLOUD_MAIL_SMTP_SECURE` is SwiftMailer's encryption: `ssl` = TLS
//!   from the first byte, `tls` = STARTTLS (required); empty (or any other
//!   word, `none` included) = no TLS: SwiftMailer does not upgrade by
//!   itself.
//! * The From is `OWNCLOUD_MAIL_FROM_ADDRESS@OWNCLOUD_MAIL_DOMAIN` (default
//!   `owncloud@` the instance's host).
//!
//! The `OWNCLOUD_MAIL_` names are ownCloud's own.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Hooks, Key, Pairs, Profile, Sec, SetVal,
    Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("OWNCLOUD_MAIL_SMTP_HOST", Host),
    k("OWNCLOUD_MAIL_SMTP_PORT", Port),
    k("OWNCLOUD_MAIL_SMTP_NAME", Username),
    k("OWNCLOUD_MAIL_SMTP_PASSWORD", Password),
    k("OWNCLOUD_MAIL_SMTP_SECURE", Encryption),
    k("OWNCLOUD_MAIL_SMTP_AUTH", Auth),
    k("OWNCLOUD_MAIL_SMTP_AUTH_TYPE", AuthMethod),
    k("OWNCLOUD_MAIL_SMTP_MODE", Transport),
];

const OTHER_KEYS: Words = words![
    "OWNCLOUD_MAIL_FROM_ADDRESS",
    "OWNCLOUD_MAIL_DOMAIN",
    "OWNCLOUD_MAIL_SMTP_TIMEOUT",
    "OWNCLOUD_MAIL_SMTP_DEBUG",
];

const LEFTOVERS: Pairs = pairs![
    ("OWNCLOUD_MAIL_SMTP_USER", "OWNCLOUD_MAIL_SMTP_NAME"),
    ("OWNCLOUD_MAIL_SMTP_USERNAME", "OWNCLOUD_MAIL_SMTP_NAME"),
    (
        "OWNCLOUD_MAIL_SMTP_AUTHTYPE",
        "OWNCLOUD_MAIL_SMTP_AUTH_TYPE"
    ),
    ("OWNCLOUD_MAIL_SMTP_SECURITY", "OWNCLOUD_MAIL_SMTP_SECURE"),
    ("OWNCLOUD_MAIL_FROM", "OWNCLOUD_MAIL_FROM_ADDRESS"),
];

/// SwiftMailer's `setEncryption`: only the two words turn TLS on.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("none", Sec::Plain),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no OWNCLOUD_MAIL_SMTP_SECURE=tls",
};

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "OWNCLOUD_MAIL_SMTP_PORT", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "OWNCLOUD_MAIL_SMTP_HOST", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "OWNCLOUD_MAIL_SMTP_SECURE",
            SetVal::Word("tls"),
        )],
        "OWNCLOUD_MAIL_SMTP_SECURE=tls with OWNCLOUD_MAIL_SMTP_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` from 'mail_smtpstreamoptions' in config.php",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "OWNCLOUD_MAIL_SMTP_AUTH=true with OWNCLOUD_MAIL_SMTP_NAME and OWNCLOUD_MAIL_SMTP_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current ownCloud image (PHP with TLS 1.2)",
    ),
    fix(
        W::Username,
        &[set(Username, "OWNCLOUD_MAIL_SMTP_NAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "OWNCLOUD_MAIL_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix_text(
        W::From,
        &[],
        "OWNCLOUD_MAIL_FROM_ADDRESS and OWNCLOUD_MAIL_DOMAIN so that together they make {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "ownCloud has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OWNCLOUD_ENV: Profile = Profile {
    id: "owncloud-env",
    name: "ownCloud Server image OWNCLOUD_MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://doc.owncloud.com/server/next/admin_manual/configuration/server/email_configuration.html https://github.com/owncloud-docker/base/blob/master/v20.04/overlay/etc/templates/config.php https://github.com/owncloud/core/blob/master/lib/private/Mail/Mailer.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["OWNCLOUD_MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    host: Some("127.0.0.1"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail", "qmail", "php"],
        missing: Some("PHP mail(), the local sendmail (ownCloud's mail_smtpmode defaults to php)"),
        off: None,
        name: "OWNCLOUD_MAIL_SMTP_MODE",
    }),
    auth_switch: Some("OWNCLOUD_MAIL_SMTP_AUTH=true"),
    fixes: FIXES,
    sender_hint: "OWNCLOUD_MAIL_FROM_ADDRESS (the part before @) and OWNCLOUD_MAIL_DOMAIN (after @)",
    hooks: Hooks {
        finish: Some(env_from),
        ..Hooks::NONE
    },
    ..BASE
};

// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn env_from(doc: &Document, configs: &mut Vec<Config>) {
    super::nextcloud::compose_from(
        doc,
        configs,
        &OWNCLOUD_ENV,
        "OWNCLOUD_MAIL_FROM_ADDRESS",
        "OWNCLOUD_MAIL_DOMAIN",
    );
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "OWNCLOUD_DOMAIN=cloud.acme.io\nOWNCLOUD_MAIL_SMTP_MODE=smtp\nOWNCLOUD_MAIL_SMTP_HOST=smtp.postmarkapp.com\nOWNCLOUD_MAIL_SMTP_PORT=587\nOWNCLOUD_MAIL_SMTP_SECURE=tls\nOWNCLOUD_MAIL_SMTP_AUTH=true\nOWNCLOUD_MAIL_SMTP_NAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nOWNCLOUD_MAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nOWNCLOUD_MAIL_FROM_ADDRESS=cloud\nOWNCLOUD_MAIL_DOMAIN=acme.io\n";

    #[test]
    fn tls_is_starttls_and_the_from_is_composed() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "owncloud-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "cloud@acme.io");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SECURE=tls", "SECURE=none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn mode_defaults_to_php_and_auth_needs_its_switch() {
        let (_, _, ids) = first(&ENV.replace("OWNCLOUD_MAIL_SMTP_MODE=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("OWNCLOUD_MAIL_SMTP_AUTH=true\n", ""));
        assert!(ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }
}
