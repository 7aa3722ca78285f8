//! BookStack's `.env`: Laravel's mail keys under BookStack's own names and
//! TLS meaning.
//!
//! Meaning (bookstackapp.com "Email & Webhooks", `.env.example.complete`
//! and `app/Config/mail.php`; since v23.06.1 on Symfony Mailer):
//!
//! * `MAIL_DRIVER` (not Laravel's `MAIL_MAILER`, which BookStack does not
//!   read) picks the mailer: `smtp` (default), `sendmail`, `log`, `array`.
//! * `MAIL_HOST` (default `smtp.mailgun.org`), `MAIL_PORT` (default 587),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`.
//! * `MAIL_ENCRYPTION`: `tls` or `ssl` make TLS required (STARTTLS, or TLS
//!   from the first byte on 465); `null` (the default) still upgrades with
//!   STARTTLS when the server offers it. Port 465 means implicit TLS.
//!   Before v23.06.1, `ssl` forced implicit TLS on any port.
//! * `MAIL_VERIFY_SSL=false` turns certificate verification off.
//! * `MAIL_FROM` / `MAIL_FROM_NAME` are the From (default
//!   `bookstack@example.com`); `MAIL_FROM_ADDRESS` is not read.
//!
//! Recognised only with BookStack's own keys (`MAIL_FROM` next to
//! `MAIL_DRIVER`, `MAIL_VERIFY_SSL`…), so a plain Laravel `.env` stays
//! `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Profile, Sec, SetVal,
    Switch, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_FROM", From),
    k("MAIL_VERIFY_SSL", VerifyPeer),
    k("MAIL_DRIVER", Transport),
];

const MARKERS: &[Marker] = &[
    mark("MAIL_FROM"),
    mark("MAIL_VERIFY_SSL"),
    mark("STORAGE_TYPE"),
    mark("APP_THEME"),
    mark("ALLOWED_IFRAME_SOURCES"),
];

const FIXES: &[Fix] = &[
    laravel::PORT_FIX,
    laravel::HOST_FIX,
    laravel::STARTTLS_FIX,
    fix_text(
        W::VerifyOn,
        &[set(VerifyPeer, "MAIL_VERIFY_SSL", SetVal::Bool(true))],
        "MAIL_VERIFY_SSL=true",
    ),
    laravel::AUTH_ON_FIX,
    laravel::TLS_MODERN_FIX,
    laravel::USERNAME_FIX,
    laravel::PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "BookStack has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static BOOKSTACK: Profile = Profile {
    id: "bookstack-env",
    name: "BookStack .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.bookstackapp.com/docs/admin/email-webhooks/#email-configuration https://github.com/BookStackApp/BookStack/blob/development/app/Config/mail.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: words![
        "MAIL_FROM_NAME",
        "MAIL_EHLO_DOMAIN",
        "MAIL_SENDMAIL_COMMAND",
        "MAIL_LOG_CHANNEL",
    ],
    leftovers: pairs![
        ("MAIL_FROM_ADDRESS", "MAIL_FROM"),
        ("MAIL_MAILER", "MAIL_DRIVER"),
        ("MAIL_VERIFY_PEER", "MAIL_VERIFY_SSL"),
    ],
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("tls", Sec::StartTls),
            ("ssl", Sec::StartTls),
            ("null", Sec::Auto),
            ("", Sec::Auto),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Auto,
        implicit_ports: &[465],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(587),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 0633085): an
    // empty `MAIL_PORT=` is `""`, not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("smtp.mailgun.org"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "array"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "MAIL_DRIVER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM in .env (default bookstack@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "APP_URL=https://docs.acme.io\nMAIL_DRIVER=smtp\nMAIL_FROM=docs@acme.io\nMAIL_FROM_NAME=BookStack\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\n";

    #[test]
    fn a_bookstack_env_is_bookstack() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "bookstack-env");
        assert_eq!(s["from"], "docs@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn ssl_is_required_tls_not_implicit_and_465_is_implicit() {
        let (_, s, ids) = first(&ENV.replace("MAIL_ENCRYPTION=tls", "MAIL_ENCRYPTION=ssl"));
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("MAIL_PORT=587", "MAIL_PORT=465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn verify_ssl_and_laravel_names() {
        let (_, _, ids) = first(&format!("{ENV}MAIL_VERIFY_SSL=false\n"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        let (client, _, ids) = first(&format!("{ENV}MAIL_FROM_ADDRESS=docs@acme.io\n"));
        assert_eq!(client, "bookstack-env");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp", "MAIL_DRIVER=log"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
