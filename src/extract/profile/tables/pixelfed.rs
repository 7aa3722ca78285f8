//! Pixelfed's `.env` (and `.env.docker`): Laravel's mail keys, read
//! through Pixelfed's own `config/mail.php`.
//!
//! Meaning (Pixelfed's `config/mail.php`, commit 1d618a9; Laravel 11 over
//! Symfony Mailer, see `laravel.rs` for the TLS reading):
//!
//! * The mailer is `env('MAIL_DRIVER', 'smtp')`: Laravel's newer
//!   `MAIL_MAILER` is not read, so `MAIL_MAILER=log` still sends through
//!   SMTP, and `MAIL_DRIVER=log` is what keeps mail in the log.
//! * `MAIL_HOST` (default `127.0.0.1`), `MAIL_PORT` (default **2525**),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`, `MAIL_ENCRYPTION` (default `tls`),
//!   `MAIL_URL`: implicit TLS exactly on port 465 (or an `smtps://` URL),
//!   STARTTLS when offered otherwise. Its switch is still `MAIL_DRIVER`,
//!   so unlike a plain Laravel `.env` that name tells nothing of the
//!   version (`laravel::tls_driver_any_version`).
//! * `MAIL_SMTP_VERIFY_PEER=false` turns certificate checks off.
//! * `MAIL_FROM_ADDRESS` is the From (default `hello@example.com`).
//!
//! Recognised by Pixelfed's own names (`MAIL_SMTP_VERIFY_PEER`,
//! `ACTIVITY_PUB`, `APP_DOMAIN`…), so a plain Laravel `.env` stays
//! `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Profile, Read,
    SetVal, Switch, UrlFlavor, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_FROM_ADDRESS", From),
    k("MAIL_DRIVER", Transport),
    k("MAIL_SMTP_VERIFY_PEER", VerifyPeer),
    kr("MAIL_URL", Url, Read::Url(UrlFlavor::Symfony)),
    k("POSTMARK_MESSAGE_STREAM_ID", Stream),
];

/// Keys only Pixelfed's `.env` has.
const MARKERS: &[Marker] = &[
    mark("MAIL_SMTP_VERIFY_PEER"),
    mark("ACTIVITY_PUB"),
    mark("APP_DOMAIN"),
    mark("ADMIN_DOMAIN"),
    mark("PF_ENABLE_CLOUD"),
    mark("INSTANCE_DESCRIPTION"),
    mark("OPEN_REGISTRATION"),
];

const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_FIX,
    fix_text(W::VerifyOn, &[], "MAIL_SMTP_VERIFY_PEER=true"),
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM_ADDRESS", SetVal::Given)]),
    fix(
        W::Stream,
        &[set(Stream, "POSTMARK_MESSAGE_STREAM_ID", SetVal::Given)],
    ),
];

/// `MAIL_DRIVER` here says nothing of the Laravel version (see the module
/// docs): `ssl` off port 465 is the version's question, and an empty or
/// `null` MAIL_ENCRYPTION is Symfony Mailer's STARTTLS-when-offered, not
/// SwiftMailer's clear text.
fn tls(cfg: &crate::extract::Config) -> crate::model::Tls {
    laravel::tls_driver_any_version(
        cfg,
        "Pixelfed on Laravel 8 and earlier (SwiftMailer) starts TLS on the first byte with `ssl`; on Laravel 9 and later (Symfony Mailer, even with MAIL_DRIVER) `ssl` is ignored unless the port is 465",
    )
}

pub static PIXELFED: Profile = Profile {
    id: "pixelfed-env",
    name: "Pixelfed .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.pixelfed.org/running-pixelfed/installation.html#email-variables https://github.com/pixelfed/pixelfed/blob/dev/config/mail.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words![
        "MAIL_FROM_NAME",
        "MAIL_EHLO_DOMAIN",
        "MAIL_SENDMAIL_PATH",
        "MAIL_LOG_CHANNEL",
    ],
    leftovers: pairs![("MAIL_MAILER", "MAIL_DRIVER")],
    case_sensitive: true,
    port: Some(2525),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 1d618a9): an
    // empty `MAIL_PORT=` is `""`, not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("127.0.0.1"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "array"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "MAIL_DRIVER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDRESS in .env (default hello@example.com)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APP_DOMAIN=\"pixel.acme.io\"\nACTIVITY_PUB=true\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=\"pixelfed@acme.io\"\nMAIL_FROM_NAME=\"Pixelfed\"\n";

    #[test]
    fn pixelfed_reads_mail_driver() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "pixelfed-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pixelfed@acme.io");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // MAIL_MAILER is not read: `log` there changes nothing.
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_MAILER=log"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_port_defaults_to_2525() {
        let (_, _, ids) = first(&ENV.replace("MAIL_PORT=587\n", ""));
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(!has(&ids, "port/25-blocked"), "{ids:?}");
    }
}
