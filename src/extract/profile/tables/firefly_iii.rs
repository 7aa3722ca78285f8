//! Firefly III's `.env` (and Docker environment): Laravel's mail keys with
//! Firefly III's own defaults and sender key.
//!
//! Meaning (docs.firefly-iii.org "Notifications: email", `.env.example`
//! and `config/mail.php` of the source, Laravel 11+ over Symfony Mailer):
//!
//! * `MAIL_MAILER` picks the mailer and **defaults to `log`** (an empty
//!   value too): without it Firefly III writes mail to its log and sends
//!   none. `smtp` uses the keys below; `mailgun`, `mandrill`, `postmark`,
//!   `ses`, `mailersend` send through an API; `sendmail` runs
//!   `MAIL_SENDMAIL_COMMAND`; `log`, `null`, `array` send nothing.
//!   `MAIL_DRIVER` (Laravel 6 and Firefly III 5) is no longer read.
//! * `MAIL_HOST` (default `smtp.mailtrap.io`), `MAIL_PORT` (default 2525),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`, `MAIL_ENCRYPTION` (default `tls`),
//!   `MAIL_SCHEME`: TLS is Laravel's reading (implicit on 465 or with
//!   `MAIL_SCHEME=smtps`, else STARTTLS when offered; see `laravel.rs`).
//! * `MAIL_VERIFY_PEER` (default true), `MAIL_VERIFY_PEER_NAME`,
//!   `MAIL_ALLOW_SELF_SIGNED`: certificate checks.
//! * `MAIL_FROM` is the From (default `changeme@example.com`); Laravel's
//!   `MAIL_FROM_ADDRESS` is not read.
//! * Any variable may instead be read from a file named by `<NAME>_FILE`
//!   (Docker secrets): `MAIL_PASSWORD_FILE` holds the password elsewhere.
//!
//! Recognised only with keys of Firefly III's own `.env` (`SITE_OWNER`,
//! `STATIC_CRON_TOKEN`, `MAIL_FROM` beside `MAIL_MAILER`…), so a plain
//! Laravel `.env` stays `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_PASSWORD_FILE", CredentialsFile),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_SCHEME", Scheme),
    k("MAIL_FROM", From),
    k("MAIL_VERIFY_PEER", VerifyPeer),
    k("MAIL_MAILER", Transport),
];

/// Keys of Firefly III's own `.env`.
const MARKERS: &[Marker] = &[
    mark("MAIL_FROM"),
    mark("SITE_OWNER"),
    mark("STATIC_CRON_TOKEN"),
    mark("SEND_ERROR_MESSAGE"),
    mark("SEND_REGISTRATION_MAIL"),
    mark("MAIL_VERIFY_PEER_NAME"),
    mark("MAIL_ALLOW_SELF_SIGNED"),
    mark("MAP_DEFAULT_LAT"),
    mark("AUTHENTICATION_GUARD"),
];

const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_SCHEME_FIX,
    fix_text(
        W::VerifyOn,
        &[set_if(VerifyPeer, "MAIL_VERIFY_PEER", SetVal::Bool(true))],
        "MAIL_VERIFY_PEER=true and MAIL_ALLOW_SELF_SIGNED=false",
    ),
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Firefly III has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FIREFLY_III: Profile = Profile {
    id: "firefly-iii-env",
    name: "Firefly III .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.firefly-iii.org/how-to/firefly-iii/advanced/notifications/#email https://github.com/firefly-iii/firefly-iii/blob/main/.env.example https://github.com/firefly-iii/firefly-iii/blob/main/config/mail.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words![
        "MAIL_FROM_NAME",
        "MAIL_EHLO_DOMAIN",
        "MAIL_URL",
        "MAIL_SENDMAIL_COMMAND",
        "MAIL_VERIFY_PEER_NAME",
        "MAIL_ALLOW_SELF_SIGNED",
        "MAIL_LOG_CHANNEL",
        "MAIL_HOST_FILE",
        "MAIL_PORT_FILE",
        "MAIL_USERNAME_FILE",
        "MAIL_FROM_FILE",
        "MAIL_MAILER_FILE",
        "MAIL_ENCRYPTION_FILE",
    ],
    leftovers: pairs![
        ("MAIL_FROM_ADDRESS", "MAIL_FROM"),
        ("MAIL_DRIVER", "MAIL_MAILER"),
    ],
    case_sensitive: true,
    port: Some(2525),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 013e16e, 587
    // then, and in the current main, 2525): an empty `MAIL_PORT=` is `""`,
    // not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("smtp.mailtrap.io"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "null", "array"],
        local: words!["sendmail"],
        missing: Some("the `log` mailer (Firefly III's default MAIL_MAILER), so no mail leaves"),
        off: None,
        name: "MAIL_MAILER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM in .env (default changeme@example.com)",
    hooks: Hooks {
        tls: Some(laravel::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "SITE_OWNER=me@acme.io\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_FROM=firefly@acme.io\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\n";

    #[test]
    fn a_firefly_env_is_firefly_with_its_sender_key() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "firefly-iii-env");
        assert_eq!(s["from"], "firefly@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // The mail lines alone: MAIL_FROM next to MAIL_MAILER is Firefly III.
        let (client, _, _) = first(&ENV.replace("SITE_OWNER=me@acme.io\n", ""));
        assert_eq!(client, "firefly-iii-env");
    }

    #[test]
    fn the_mailer_defaults_to_log() {
        let (_, _, ids) = first(&ENV.replace("MAIL_MAILER=smtp\n", ""));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_MAILER=smtp", "MAIL_MAILER=log"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn laravel_names_firefly_does_not_read() {
        // A whole Firefly III .env has many of its own keys.
        let env = format!(
            "STATIC_CRON_TOKEN=0c9e4f1a7b3d5e2f8a6c4b1d9e7f3a5c\nSEND_ERROR_MESSAGE=true\n{ENV}"
        )
        .replace("MAIL_FROM=", "MAIL_FROM_ADDRESS=");
        let (client, _, ids) = first(&env);
        assert_eq!(client, "firefly-iii-env");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}MAIL_VERIFY_PEER=false\n"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    /// `MAIL_FROM` is a name any app may use: beside `MAIL_USER`, a login
    /// Firefly III reads as `MAIL_USERNAME` (not written), the paste is
    /// another app's (Ghostberry's installer takes `MAIL_HOST`,
    /// `MAIL_USER`, `MAIL_PASSWORD`, `MAIL_FROM`), not Firefly III with
    /// its mailer left at `log`.
    #[test]
    fn mail_from_beside_another_apps_login_name_is_not_firefly() {
        let line = "curl -fsSL https://x.io/install.sh | sudo MAIL_HOST=smtp.postmarkapp.com MAIL_USER=tok MAIL_FROM=ops@acme.io bash\n";
        let (client, _, ids) = first(line);
        assert_ne!(client, "firefly-iii-env");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
        // Firefly III's own keys beside it keep it Firefly III's.
        let (client, _, _) = first(&format!("SITE_OWNER=me@acme.io\n{line}"));
        assert_eq!(client, "firefly-iii-env");
    }
}
