//! Lychee's `.env` and the `lycheeorg/lychee` Docker image's environment:
//! Laravel's mail keys, read through Lychee's own `config/mail.php`.
//!
//! Meaning (Lychee's `config/mail.php` and `.env.example`, stored at commit
//! b8e4d1e; the Docker image's `docker-compose.yml` and `inject.sh` in
//! LycheeOrg/Lychee-Docker at 1009d96):
//!
//! * The mailer is `env('MAIL_DRIVER', 'smtp')`: Lychee never read
//!   Laravel's newer `MAIL_MAILER`, which does nothing here. `smtp` uses
//!   the keys below; `sendmail` a local program; `log`, `array` send
//!   nothing; `mailgun`, `postmark`, `ses` their APIs.
//! * Since v4.6.2 (October 2022, Laravel 9; Laravel 12 now) Lychee sends
//!   with Symfony Mailer **although the switch is still `MAIL_DRIVER`**:
//!   implicit TLS exactly on port 465, else STARTTLS whenever the server
//!   offers it (`MAIL_ENCRYPTION`, default `tls`, matters only through the
//!   port). Before, on Laravel 8 (SwiftMailer), `ssl` was implicit TLS on
//!   any port. So `MAIL_DRIVER` says nothing of the version: `ssl` off 465
//!   is a version question (`laravel::tls_driver_any_version`).
//! * `MAIL_HOST` has **no default** (null: nothing to dial), `MAIL_PORT`
//!   defaults to 587; `MAIL_USERNAME`, `MAIL_PASSWORD`; no `scheme` and no
//!   `url` in the config, so `MAIL_SCHEME`/`MAIL_URL` are not read.
//! * `MAIL_FROM_ADDRESS` is the From, with no default.
//! * The Docker image copies `MAIL_*` variables into the `.env`
//!   (`inject.sh`), and reads the password from the file named by
//!   `MAIL_PASSWORD_FILE` when `MAIL_PASSWORD` is empty.
//!
//! Recognised by Lychee's own keys (`LEGACY_V4_REDIRECT`,
//! `DB_OLD_LYCHEE_PREFIX`, `DB_LOG_SQL`, `DB_LIST_FOREIGN_KEYS`,
//! `SECURITY_HEADER_HSTS_ENABLE`…), so a plain Laravel `.env` stays
//! `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal,
    Switch, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_PASSWORD_FILE", CredentialsFile),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_FROM_ADDRESS", From),
    k("MAIL_DRIVER", Transport),
];

/// Lychee's own names (none of them mail's): they only say whose `.env`
/// it is.
const MARKERS: &[Marker] = &[
    mark("LEGACY_V4_REDIRECT"),
    mark("DB_OLD_LYCHEE_PREFIX"),
    mark("DB_LOG_SQL"),
    mark("DB_LOG_SQL_EXPLAIN"),
    mark("DB_LIST_FOREIGN_KEYS"),
    mark("REQUIRE_CONTENT_TYPE_ENABLED"),
    mark("SECURITY_HEADER_HSTS_ENABLE"),
    mark("SECURITY_HEADER_SCRIPT_SRC_ALLOW"),
    mark("SKIP_PERMISSIONS_CHECKS"),
    mark("LYCHEE_UPLOADS"),
];

const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_FIX,
    super::smtp_env::CHAIN_FIX,
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Lychee has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

fn tls(cfg: &Config) -> Tls {
    laravel::tls_driver_any_version(
        cfg,
        "Lychee before v4.6.2 (Laravel 8, SwiftMailer) starts TLS on the first byte with `ssl`; v4.6.2 and later (Symfony Mailer, even with MAIL_DRIVER) ignore it unless the port is 465",
    )
}

pub static LYCHEE: Profile = Profile {
    id: "lychee-env",
    name: "Lychee .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/LycheeOrg/Lychee/blob/master/config/mail.php https://github.com/LycheeOrg/Lychee/blob/master/.env.example https://github.com/LycheeOrg/Lychee-Docker/blob/master/docker-compose.yml",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words!["MAIL_FROM_NAME", "MAIL_EHLO_DOMAIN", "MAIL_SENDMAIL_PATH", "MAIL_LOG_CHANNEL"],
    leftovers: pairs![
        ("MAIL_MAILER", "MAIL_DRIVER"),
        ("MAIL_SCHEME", "MAIL_ENCRYPTION"),
        ("MAIL_URL", "MAIL_HOST"),
    ],
    case_sensitive: true,
    port: Some(587),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 06dce62): an
    // empty `MAIL_PORT=` is `""`, not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    // Laravel 9+ has no `mail` transport.
    switch: Some(Switch {
        local: words!["sendmail"],
        ..laravel::DRIVER_SWITCH
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDRESS in .env (no default)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "LEGACY_V4_REDIRECT=false\nDB_LOG_SQL=false\n\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\nMAIL_FROM_NAME=Lychee\nMAIL_FROM_ADDRESS=photos@acme.io\n";

    #[test]
    fn lychees_env_is_read_as_lychees() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "lychee-env");
        assert_eq!(s["from"], "photos@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    /// Lychee reads MAIL_DRIVER only, on Laravel 9+ too.
    #[test]
    fn mail_mailer_is_not_read_and_ssl_is_a_version_question() {
        let (client, _, ids) = first(&ENV.replace("MAIL_DRIVER=", "MAIL_MAILER="));
        assert_eq!(client, "lychee-env");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=ssl"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn no_host_default() {
        let (_, s, ids) = first(&ENV.replace("MAIL_HOST=smtp.postmarkapp.com\n", ""));
        assert!(s["host"].is_null(), "{s}");
        assert!(has(&ids, "host/missing"), "{ids:?}");
    }
}
