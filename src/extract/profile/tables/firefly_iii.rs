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
//!   `MAIL_ALLOW_SELF_SIGNED`: certificate checks, read since 6.2.11
//!   (c483e07, "Fix #9398"). From 5.7.7 (6c945bf, "Fix #5996") to 6.2.10
//!   `config/mail.php` had `'verify_peer' => null !== env('MAIL_ENCRYPTION')`
//!   instead (Laravel 9–11, whose `MailManager` hands the mailer's config
//!   to Symfony's `EsmtpTransportFactory` as DSN options): with
//!   `MAIL_ENCRYPTION` unset, `null` or `(null)` (Laravel's `env()` reads
//!   both words as null; an empty value is `""`, not null) STARTTLS still
//!   runs (`envNonEmpty('MAIL_ENCRYPTION', 'tls')`) but certificates are not
//!   checked — and every `.env.example` of those versions has
//!   `MAIL_ENCRYPTION=null`. A paste does not say its version: without
//!   `MAIL_VERIFY_PEER` or `MAIL_SCHEME` (keys of 6.2.11's template), that
//!   is reported as a warning naming the versions, whose fix
//!   (`MAIL_ENCRYPTION=tls`) verifies in every version.
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
use crate::extract::Config;
use crate::model::Role::*;
use crate::model::{Evidence, Tls, UnverifiedIn};

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

/// Laravel's reading, and the certificate checks 5.7.7 to 6.2.10 turn
/// off with `MAIL_ENCRYPTION` unset or null (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let mut tls = laravel::tls(cfg);
    let current = cfg.get(VerifyPeer).is_some() || cfg.get(Scheme).is_some();
    let why = match cfg.get(Encryption) {
        _ if current => None,
        None => Some(Evidence::absent("MAIL_ENCRYPTION left unset")),
        Some(f) if f.value.is_reference() => None,
        Some(f) => ["null", "(null)"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(f.value.text.trim()))
            .then(|| Evidence::of(f)),
    };
    tls.unverified_in = why.map(|why| UnverifiedIn {
        why,
        versions: "Firefly III 5.7.7 to 6.2.10 (their config/mail.php verifies only when MAIL_ENCRYPTION is set)",
        fix: "MAIL_ENCRYPTION=tls",
    });
    tls
}

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
        tls: Some(tls),
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

    /// 5.7.7 to 6.2.10 check certificates only with `MAIL_ENCRYPTION` set
    /// (module docs): `null` or unset is a warning naming those versions,
    /// unless the paste is 6.2.11's template or later.
    #[test]
    fn null_encryption_turns_checks_off_in_the_versions_that_read_it() {
        let count = |env: &str| {
            let (_, s, ids) = first(env);
            assert_eq!(s["security"], "starttls", "{env}");
            ids.iter().filter(|i| *i == "tls/verify-disabled").count()
        };
        assert_eq!(count(ENV), 0);
        for v in ["null", "(null)", "NULL", "\"null\""] {
            let env = ENV.replace("MAIL_ENCRYPTION=tls", &format!("MAIL_ENCRYPTION={v}"));
            assert_eq!(count(&env), 1, "{v}");
        }
        assert_eq!(count(&ENV.replace("MAIL_ENCRYPTION=tls\n", "")), 1);
        // Laravel's `env()` keeps an empty value as `""`: not null.
        assert_eq!(
            count(&ENV.replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=")),
            0
        );
        // 6.2.11's keys: the version reads MAIL_VERIFY_PEER instead.
        let null = ENV.replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=null");
        assert_eq!(count(&format!("{null}MAIL_VERIFY_PEER=true\n")), 0);
        assert_eq!(count(&format!("{null}MAIL_SCHEME=null\n")), 0);
        // Both: the written switch is the one reported.
        assert_eq!(count(&format!("{null}MAIL_VERIFY_PEER=false\n")), 1);
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
