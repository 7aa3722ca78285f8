//! Pterodactyl Panel's `.env` (written by `php artisan p:environment:mail`)
//! and the Docker image's environment: Laravel's mail keys, read through
//! Pterodactyl's own `config/mail.php`.
//!
//! Meaning (pterodactyl.io "Getting Started: Environment Configuration",
//! the panel's `config/mail.php`, `.env.example`,
//! `docker-compose.example.yml` and
//! `app/Console/Commands/Environment/EmailSettingsCommand.php`, stored at
//! commit 706db62; `v1.10.4` for the older shape):
//!
//! * The mailer is `env('MAIL_MAILER', env('MAIL_DRIVER', 'smtp'))`; the
//!   `p:environment:mail` prompts still write `MAIL_DRIVER`, and the
//!   Docker example does too. `smtp` uses the keys below; `sendmail` (and
//!   `mail` before 1.11) a local program; `log`, `array` send nothing;
//!   `mailgun`, `mandrill`, `postmark` (the API drivers) none of them.
//! * Since 1.11 (October 2022, Laravel 9; Laravel 11 now) the panel sends
//!   with Symfony Mailer, **although the switch is still `MAIL_DRIVER`**:
//!   implicit TLS exactly on port 465, else STARTTLS whenever the server
//!   offers it (`MAIL_ENCRYPTION`, default `tls`, matters only through the
//!   port). 1.10 and earlier (Laravel 8, SwiftMailer) read `ssl` as
//!   implicit TLS on any port and `tls` as STARTTLS. So unlike a plain
//!   Laravel `.env`, `MAIL_DRIVER` tells nothing of the version here: an
//!   `ssl` off port 465 is a version question (`laravel::tls_driver_any_version`).
//! * `MAIL_HOST` (default `127.0.0.1`; `smtp.mailgun.org` before 1.11),
//!   `MAIL_PORT` (default 2525; 587 before 1.11), `MAIL_USERNAME`,
//!   `MAIL_PASSWORD`. Its config has no `scheme` and no `url`: Laravel's
//!   `MAIL_SCHEME` and `MAIL_URL` are not read.
//! * The From is `env('MAIL_FROM_ADDRESS', env('MAIL_FROM', …))` since 1.11
//!   (`MAIL_FROM` only, up to 1.10, and in the Docker example); the
//!   prompts wrote `MAIL_FROM` until 1.11.2 (#4648).
//! * The prompts' "Postmark" choice writes SMTP: `smtp.postmarkapp.com`,
//!   587, the Server API token as both username and password.
//!
//! Recognised by the panel's own keys (`HASHIDS_SALT`, `HASHIDS_LENGTH`,
//! `APP_SERVICE_AUTHOR`, `APP_ENVIRONMENT_ONLY`, `APP_THEME=pterodactyl`,
//! `PTERODACTYL_*`), so a plain Laravel `.env` stays `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Switch,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_FROM_ADDRESS|MAIL_FROM", From),
    k("MAIL_MAILER|MAIL_DRIVER", Transport),
];

/// The panel's own names (none of them mail's): they only say whose
/// `.env` it is.
const MARKERS: &[Marker] = &[
    mark("HASHIDS_SALT"),
    mark("HASHIDS_LENGTH"),
    mark("APP_SERVICE_AUTHOR"),
    mark("APP_ENVIRONMENT_ONLY"),
    mark_value("APP_THEME", "pterodactyl"),
    mark("PTERODACTYL_TELEMETRY_ENABLED"),
    mark("PTERODACTYL_CLIENT_ALLOCATIONS_ENABLED"),
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
    fix_text(
        W::From,
        &[],
        "MAIL_FROM_ADDRESS={value} (MAIL_FROM on Pterodactyl 1.10 and earlier; `php artisan p:environment:mail` asks for it)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Pterodactyl has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

fn tls(cfg: &Config) -> Tls {
    laravel::tls_driver_any_version(
        cfg,
        "Pterodactyl 1.10 and earlier (Laravel 8, SwiftMailer) start TLS on the first byte with `ssl`; 1.11 and later (Symfony Mailer, even with MAIL_DRIVER) ignore it unless the port is 465",
    )
}

pub static PTERODACTYL: Profile = Profile {
    id: "pterodactyl-env",
    name: "Pterodactyl Panel .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pterodactyl.io/panel/1.0/getting_started.html#environment-configuration https://github.com/pterodactyl/panel/blob/1.0-develop/config/mail.php https://github.com/pterodactyl/panel/blob/1.0-develop/app/Console/Commands/Environment/EmailSettingsCommand.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words!["MAIL_FROM_NAME", "MAIL_EHLO_DOMAIN", "MAIL_SENDMAIL_PATH", "MAIL_LOG_CHANNEL"],
    leftovers: pairs![
        ("MAIL_SCHEME", "MAIL_ENCRYPTION"),
        ("MAIL_URL", "MAIL_HOST"),
    ],
    case_sensitive: true,
    port: Some(2525),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 008cccb, 587
    // then; 2525 since 1.11): an empty `MAIL_PORT=` is `""`, not the
    // default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("127.0.0.1"),
    switch: Some(Switch {
        name: "MAIL_DRIVER (MAIL_MAILER)",
        ..laravel::DRIVER_SWITCH
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDRESS in .env (MAIL_FROM on 1.10 and earlier)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APP_ENV=production\nAPP_THEME=pterodactyl\nHASHIDS_SALT=Qm3kT8vW2xYz\nHASHIDS_LENGTH=8\n\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\nMAIL_FROM=panel@acme.io\nMAIL_FROM_NAME=\"Pterodactyl Panel\"\n";

    #[test]
    fn the_prompts_env_with_mail_from() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "pterodactyl-env");
        assert_eq!(s["from"], "panel@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // 1.11+: MAIL_FROM_ADDRESS is read first.
        let (_, s, _) = first(&ENV.replace("MAIL_FROM=", "MAIL_FROM_ADDRESS="));
        assert_eq!(s["from"], "panel@acme.io");
    }

    /// MAIL_DRIVER does not mean SwiftMailer here: `ssl` on 587 is a
    /// version question, not implicit TLS for sure; 465 is implicit.
    #[test]
    fn ssl_off_465_depends_on_the_version() {
        let (_, s, ids) = first(&ENV.replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=ssl"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // The same block without the panel's keys is Laravel's, where
        // MAIL_DRIVER means SwiftMailer and `ssl` is implicit.
        let plain = ENV.replace("HASHIDS_SALT=Qm3kT8vW2xYz\nHASHIDS_LENGTH=8\n", "");
        let (client, s, _) = first(
            &plain
                .replace("APP_THEME=pterodactyl\n", "")
                .replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=ssl")
                .replace("MAIL_FROM=", "MAIL_FROM_ADDRESS="),
        );
        assert_eq!(client, "laravel-env");
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn the_log_driver_sends_nothing_and_scheme_is_not_read() {
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}MAIL_SCHEME=smtps\n"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_docker_example_environment() {
        let (client, s, _) = first(
            "services:\n  panel:\n    image: ghcr.io/pterodactyl/panel:latest\n    environment:\n      APP_SERVICE_AUTHOR: \"noreply@acme.io\"\n      MAIL_FROM: \"noreply@acme.io\"\n      MAIL_DRIVER: \"smtp\"\n      MAIL_HOST: \"smtp.postmarkapp.com\"\n      MAIL_PORT: \"2525\"\n      MAIL_USERNAME: \"u\"\n      MAIL_PASSWORD: \"u\"\n      MAIL_ENCRYPTION: \"tls\"\n      APP_ENVIRONMENT_ONLY: \"false\"\n",
        );
        assert_eq!(client, "pterodactyl-env");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["from"], "noreply@acme.io");
    }
}
