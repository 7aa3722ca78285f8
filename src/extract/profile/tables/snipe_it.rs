//! Snipe-IT's `.env` (and Docker environment): Laravel's mail keys, read
//! through Snipe-IT's own legacy-shaped `config/mail.php`.
//!
//! Meaning (Snipe-IT's `.env.example` and `config/mail.php`, stored at
//! commit 6ff1b95; Laravel's MailManager, which still reads a config
//! written in the old `driver` shape):
//!
//! * `MAIL_DRIVER` picks the transport and defaults to `smtp`; Laravel's
//!   newer `MAIL_MAILER` is not in Snipe-IT's config and does nothing.
//! * `MAIL_HOST` (default `smtp.mailgun.org`), `MAIL_PORT` (default 587),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`, `MAIL_ENCRYPTION` (default `tls`):
//!   TLS is Laravel's reading by version (see `laravel.rs`: on Laravel 9
//!   and later implicit TLS exactly on port 465, else STARTTLS when
//!   offered; `ssl` meant implicit TLS on Laravel 8 and earlier). Its
//!   switch is `MAIL_DRIVER` in both, so that name tells nothing of the
//!   version (`laravel::tls_driver_any_version`).
//! * `MAIL_FROM_ADDR` is the From (and `MAIL_REPLYTO_ADDR` the Reply-To);
//!   Laravel's `MAIL_FROM_ADDRESS` is not read.
//! * The Docker image's `docker/docker.env` fills these from
//!   `MAIL_PORT_587_TCP_ADDR`, `MAIL_PORT_587_TCP_PORT`, `MAIL_ENV_USERNAME`,
//!   `MAIL_ENV_PASSWORD`, `MAIL_ENV_ENCRYPTION` and `MAIL_ENV_FROM_ADDR`
//!   (its comment's `tcp` "for unencrypted" is no TLS word: on Laravel 9+
//!   the session still upgrades with STARTTLS when offered).
//!
//! Recognised by Snipe-IT's own names (`MAIL_FROM_ADDR`,
//! `MAIL_REPLYTO_ADDR`, `MAIL_AUTO_EMBED_METHOD`…), so a plain Laravel
//! `.env` stays `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal,
    Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

/// The image's `docker/docker.env` fills the `.env` names from the
/// container's `MAIL_PORT_587_TCP_*` / `MAIL_ENV_*` variables.
const KEYS: &[Key] = &[
    k("MAIL_HOST|MAIL_PORT_587_TCP_ADDR", Host),
    k("MAIL_PORT|MAIL_PORT_587_TCP_PORT", Port),
    k("MAIL_USERNAME|MAIL_ENV_USERNAME", Username),
    k("MAIL_PASSWORD|MAIL_ENV_PASSWORD", Password),
    k("MAIL_ENCRYPTION|MAIL_ENV_ENCRYPTION", Encryption),
    k("MAIL_FROM_ADDR|MAIL_ENV_FROM_ADDR", From),
    k("MAIL_DRIVER", Transport),
];

/// Keys only Snipe-IT's `.env` has.
const MARKERS: &[Marker] = &[
    mark("MAIL_FROM_ADDR"),
    mark("MAIL_ENV_FROM_ADDR"),
    mark("MAIL_PORT_587_TCP_ADDR"),
    mark("MAIL_REPLYTO_ADDR"),
    mark("MAIL_AUTO_EMBED_METHOD"),
    mark("MAIL_BACKUP_NOTIFICATION_DRIVER"),
    mark("MAIL_BACKUP_NOTIFICATION_ADDRESS"),
];

/// Laravel's rows, with Snipe-IT's From key.
const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_FIX,
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM_ADDR", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Snipe-IT has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `MAIL_DRIVER` here says nothing of the Laravel version (see the module
/// docs): `ssl` off port 465 is the version's question, and an empty or
/// `null` MAIL_ENCRYPTION is Symfony Mailer's STARTTLS-when-offered, not
/// SwiftMailer's clear text.
fn tls(cfg: &crate::extract::Config) -> crate::model::Tls {
    laravel::tls_driver_any_version(
        cfg,
        "Snipe-IT 6 (Laravel 8, SwiftMailer) starts TLS on the first byte with `ssl`; Snipe-IT 7 (Laravel 10, Symfony Mailer, even with MAIL_DRIVER) ignores it unless the port is 465",
    )
}

pub static SNIPE_IT: Profile = Profile {
    id: "snipe-it-env",
    name: "Snipe-IT .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://snipe-it.readme.io/docs/configuration#outgoing-mail-settings https://github.com/snipe/snipe-it/blob/master/.env.example https://github.com/snipe/snipe-it/blob/master/config/mail.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words![
        "MAIL_FROM_NAME",
        "MAIL_ENV_FROM_NAME",
        "MAIL_REPLYTO_ADDR",
        "MAIL_REPLYTO_NAME",
        "MAIL_AUTO_EMBED_METHOD",
        "MAIL_BACKUP_NOTIFICATION_DRIVER",
        "MAIL_BACKUP_NOTIFICATION_ADDRESS",
    ],
    leftovers: pairs![
        ("MAIL_FROM_ADDRESS", "MAIL_FROM_ADDR"),
        ("MAIL_MAILER", "MAIL_DRIVER"),
        ("MAIL_REPLY_TO_ADDRESS", "MAIL_REPLYTO_ADDR"),
    ],
    case_sensitive: true,
    port: Some(587),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 01eaf48): an
    // empty `MAIL_PORT=` is `""`, not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("smtp.mailgun.org"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "array"],
        local: words!["sendmail", "mail"],
        missing: None,
        off: None,
        name: "MAIL_DRIVER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDR in .env",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "MAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDR=assets@acme.io\nMAIL_FROM_NAME='Snipe-IT'\nMAIL_REPLYTO_ADDR=it@acme.io\n";

    #[test]
    fn snipe_its_own_from_key() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "snipe-it-env");
        assert_eq!(s["from"], "assets@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn laravel_names_it_does_not_read() {
        let (client, _, ids) = first(&ENV.replace("MAIL_DRIVER=", "MAIL_MAILER="));
        assert_eq!(client, "snipe-it-env");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // Port 465 is implicit TLS (Laravel 9+).
        let (_, s, _) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn the_docker_image_names() {
        let (client, s, _) = first(
            "MAIL_DRIVER=smtp\nMAIL_PORT_587_TCP_ADDR=smtp.postmarkapp.com\nMAIL_PORT_587_TCP_PORT=587\nMAIL_ENV_FROM_ADDR=assets@acme.io\nMAIL_ENV_ENCRYPTION=tls\nMAIL_ENV_USERNAME=u\nMAIL_ENV_PASSWORD=u\n",
        );
        assert_eq!(client, "snipe-it-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "assets@acme.io");
    }

    #[test]
    fn a_laravel_env_stays_laravel() {
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_eq!(client, "laravel-env");
    }
}
