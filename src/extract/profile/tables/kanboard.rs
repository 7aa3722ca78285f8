//! Kanboard: the `MAIL_*` constants of `config.php`
//! (`define('MAIL_SMTP_HOSTNAME', '…')`), and the same names as
//! environment variables (the Docker image: `app/constants.php` defines
//! each constant from `getenv()` when `config.php` did not).
//!
//! Meaning (Kanboard's `config.default.php`, `app/constants.php`,
//! `app/Core/Mail/Transport/Smtp.php`, `app/Helper/MailHelper.php`, and
//! the bundled SwiftMailer 5 `Swift/Transport/EsmtpTransport.php`):
//!
//! * `MAIL_TRANSPORT` is the mail switch: `mail` (the default: PHP's
//!   `mail()`), `sendmail`, or `smtp`. With `MAIL_CONFIGURATION` true (the
//!   default) a transport chosen on the settings page wins over it.
//! * `MAIL_SMTP_ENCRYPTION` (lower-cased by Swift): `tls` is STARTTLS,
//!   required; `ssl` is TLS from the first byte; `null` (the default) is
//!   clear text: Swift 5 never upgrades by itself. Any other word becomes
//!   the stream's transport (`starttls://host`) and the connection fails.
//! * `MAIL_SMTP_PORT` defaults to 25; no port follows the encryption.
//! * Swift logs in when `MAIL_SMTP_USERNAME` is set.
//! * `HTTP_VERIFY_SSL_CERTIFICATE = false` also switches certificate
//!   verification off for SMTP.
//! * `MAIL_FROM` is the From (`replace-me@kanboard.local` in the sample,
//!   `notifications@kanboard.local` when unset).
//! * PHP constants: the first `define()` wins (`config.php` is read before
//!   the defaults).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_SMTP_HOSTNAME", Host),
    k("MAIL_SMTP_PORT", Port),
    k("MAIL_SMTP_USERNAME", Username),
    k("MAIL_SMTP_PASSWORD", Password),
    k("MAIL_SMTP_ENCRYPTION", Encryption),
    k("MAIL_FROM", From),
    k("MAIL_TRANSPORT", Transport),
    k("HTTP_VERIFY_SSL_CERTIFICATE", VerifyPeer),
];

/// `MAIL_SMTP_PORT`/`MAIL_FROM` alone are other apps' too.
const MARKERS: &[Marker] = &[
    mark("MAIL_SMTP_HOSTNAME"),
    mark("MAIL_SMTP_ENCRYPTION"),
    mark("MAIL_SMTP_HELO_NAME"),
    mark("MAIL_SENDMAIL_COMMAND"),
    mark("MAIL_CONFIGURATION"),
];

const OTHER_KEYS: Words = words![
    "MAIL_SMTP_HELO_NAME",
    "MAIL_SENDMAIL_COMMAND",
    "MAIL_CONFIGURATION",
    "MAIL_BCC",
];

const LEFTOVERS: Pairs = pairs![
    ("MAIL_SMTP_HOST", "MAIL_SMTP_HOSTNAME"),
    ("MAIL_SMTP_USER", "MAIL_SMTP_USERNAME"),
    ("MAIL_SMTP_SECURE", "MAIL_SMTP_ENCRYPTION"),
    ("MAIL_FROM_ADDRESS", "MAIL_FROM"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::StartTls),
        ("ssl", Sec::Implicit),
        ("null", Sec::Plain),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "MAIL_SMTP_ENCRYPTION is not set (Kanboard's default: no encryption)",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIL_SMTP_HOSTNAME", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "MAIL_SMTP_ENCRYPTION", SetVal::Word("tls"))],
        "MAIL_SMTP_ENCRYPTION = 'tls'",
    ),
    fix_text(W::VerifyOn, &[], "HTTP_VERIFY_SSL_CERTIFICATE = true"),
    fix_text(W::AuthOn, &[], "MAIL_SMTP_USERNAME and MAIL_SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Kanboard release (PHP's OpenSSL)",
    ),
    fix(
        W::Username,
        &[set(Username, "MAIL_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "MAIL_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "MAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Kanboard has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KANBOARD: Profile = Profile {
    id: "kanboard",
    name: "Kanboard MAIL_* (config.php / environment)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.kanboard.org/v1/admin/email/ https://github.com/kanboard/kanboard/blob/main/config.default.php https://github.com/kanboard/kanboard/blob/main/app/Core/Mail/Transport/Smtp.php",
    syntaxes: syn::PHP | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail"],
        missing: Some(
            "PHP's mail() function (MAIL_TRANSPORT defaults to `mail`), unless the settings page chooses SMTP",
        ),
        off: None,
        name: "MAIL_TRANSPORT",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM (default notifications@kanboard.local)",
    first_wins: true,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\ndefine('MAIL_FROM', 'kanboard@acme.io');\ndefine('MAIL_TRANSPORT', 'smtp');\ndefine('MAIL_SMTP_HOSTNAME', 'smtp.postmarkapp.com');\ndefine('MAIL_SMTP_PORT', 587);\ndefine('MAIL_SMTP_USERNAME', '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c');\ndefine('MAIL_SMTP_PASSWORD', '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c');\ndefine('MAIL_SMTP_HELO_NAME', null);\ndefine('MAIL_SMTP_ENCRYPTION', 'tls');\n";

    #[test]
    fn tls_is_starttls_and_null_is_clear_text() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "kanboard");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "kanboard@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("'tls'", "null"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn mail_is_the_default_transport() {
        let (_, _, ids) = first(&PHP.replace("define('MAIL_TRANSPORT', 'smtp');\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&PHP.replace("'smtp');", "'mail');"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn docker_environment() {
        let (client, s, _) = first(
            "MAIL_TRANSPORT=smtp\nMAIL_SMTP_HOSTNAME=smtp.postmarkapp.com\nMAIL_SMTP_PORT=587\nMAIL_SMTP_USERNAME=u\nMAIL_SMTP_PASSWORD=u\nMAIL_SMTP_ENCRYPTION=tls\nMAIL_FROM=kanboard@acme.io\n",
        );
        assert_eq!(client, "kanboard");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn laravel_env_stays_laravel() {
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_ne!(client, "kanboard");
    }
}
