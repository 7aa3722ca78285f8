//! Invoice Ninja v5's `.env`: Laravel's `MAIL_*` keys, read by its own
//! `config/mail.php` and `config/services.php`.
//!
//! Meaning (invoiceninja.github.io "Env Variables" and `config/mail.php`,
//! `config/services.php` of the v5 source, Laravel 11):
//!
//! * `MAIL_MAILER` picks the mailer (default `smtp`); `postmark`, `ses`,
//!   `mailgun`, `brevo`, `gmail`, `office365` send through an API without
//!   the SMTP keys, `log`/`array` keep the mail, `sendmail` runs
//!   `MAIL_SENDMAIL_PATH`.
//! * `MAIL_HOST` (default `smtp.mailgun.org`), `MAIL_PORT` (default 587),
//!   `MAIL_USERNAME`, `MAIL_PASSWORD`, `MAIL_ENCRYPTION` (default `tls`):
//!   Laravel 11 over Symfony Mailer, so TLS is Laravel's reading (implicit
//!   on 465, else STARTTLS when offered; see `laravel.rs`).
//! * `MAIL_VERIFY_PEER` (default true): certificate verification.
//! * `MAIL_FROM_ADDRESS` / `MAIL_FROM_NAME`: the From.
//! * `POSTMARK_SECRET`: the Server API token of the `postmark` mailer
//!   (`services.postmark.token`). `POSTMARK_API_TOKEN` is the Invoice
//!   Ninja v4 name, still in v5's `.env.example` but read by nothing.
//!
//! Its `MAIL_*` names are Laravel's: the table is chosen only by keys of
//! Invoice Ninja's own `.env` (`POSTMARK_SECRET`, `NINJA_ENVIRONMENT`,
//! `PDF_GENERATOR`, `IN_USER_EMAIL`…), so a plain Laravel `.env` stays
//! `laravel-env`.

use super::laravel;
use crate::extract::profile::{
    k, mark, pairs, syn, words, Hooks, Key, Marker, Profile, Switch, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ENCRYPTION", Encryption),
    k("MAIL_SCHEME", Scheme),
    k("MAIL_FROM_ADDRESS", From),
    k("MAIL_VERIFY_PEER", VerifyPeer),
    k("POSTMARK_SECRET", ServerToken),
    k("POSTMARK_MESSAGE_STREAM_ID", Stream),
    k("MAIL_MAILER|MAIL_DRIVER", Transport),
];

/// Keys of Invoice Ninja's own `.env` (and its Docker image's env file).
const MARKERS: &[Marker] = &[
    mark("POSTMARK_SECRET"),
    mark("NINJA_ENVIRONMENT"),
    mark("PDF_GENERATOR"),
    mark("PHANTOMJS_PDF_GENERATION"),
    mark("PHANTOMJS_KEY"),
    mark("IN_USER_EMAIL"),
    mark("IN_PASSWORD"),
    mark("REACT_URL"),
    mark("MULTI_DB_ENABLED"),
];

pub static INVOICENINJA: Profile = Profile {
    id: "invoiceninja-env",
    name: "Invoice Ninja .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://invoiceninja.github.io/en/env-variables https://github.com/invoiceninja/invoiceninja/blob/v5-stable/config/mail.php https://github.com/invoiceninja/invoiceninja/blob/v5-stable/config/services.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_", "POSTMARK_"],
    other_keys: words![
        "MAIL_FROM_NAME",
        "MAIL_EHLO_DOMAIN",
        "MAIL_SENDMAIL_PATH",
        "MAIL_LOG_CHANNEL",
        "POSTMARK_OUTLOOK_SECRET",
        "POSTMARK_OUTLOOK_FROM_ADDRESS",
    ],
    leftovers: pairs![
        ("POSTMARK_API_TOKEN", "POSTMARK_SECRET"),
        ("POSTMARK_TOKEN", "POSTMARK_SECRET"),
    ],
    case_sensitive: true,
    port: Some(587),
    // config/mail.php reads `env('MAIL_PORT', …)` (read at 1355da7): an
    // empty `MAIL_PORT=` is `""`, not the default, as in Laravel's own.
    empty_port: Some(laravel::EMPTY_PORT),
    host: Some("smtp.mailgun.org"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "array"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "MAIL_MAILER",
    }),
    fixes: laravel::FIXES,
    sender_hint: "MAIL_FROM_ADDRESS in .env (Settings > Email Settings can set a per-company From)",
    hooks: Hooks {
        tls: Some(laravel::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "APP_URL=https://invoices.acme.io\nNINJA_ENVIRONMENT=selfhost\nPDF_GENERATOR=snappdf\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=billing@acme.io\nMAIL_FROM_NAME=\"Acme Billing\"\n";

    #[test]
    fn an_invoice_ninja_env_is_read_with_laravel_meaning() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "invoiceninja-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "billing@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // Laravel 11: 465 is implicit TLS whatever MAIL_ENCRYPTION says.
        let (_, s, ids) = first(&ENV.replace("MAIL_PORT=587", "MAIL_PORT=465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_v4_token_name_and_the_api_mailer() {
        let (_, _, ids) = first(&format!(
            "{ENV}POSTMARK_API_TOKEN=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n"
        ));
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (client, _, ids) = first(&ENV.replace("MAIL_MAILER=smtp", "MAIL_MAILER=log"));
        assert_eq!(client, "invoiceninja-env");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_plain_laravel_env_stays_laravel() {
        let (client, _, _) = first(
            "APP_NAME=Shop\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_eq!(client, "laravel-env");
    }
}
