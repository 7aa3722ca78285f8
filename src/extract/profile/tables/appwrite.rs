//! Appwrite (self-hosted): the `_APP_SMTP_*` environment variables of its
//! `.env` / compose file, handed to PHPMailer.
//!
//! Meaning (appwrite.io/docs/advanced/self-hosting/configuration/environment-variables
//! section SMTP, and the `smtp` registry entry in `app/init/registers.php`
//! (formerly `app/init.php`)):
//!
//! * `$mail->SMTPSecure = _APP_SMTP_SECURE` (default empty) and
//!   **`$mail->SMTPAutoTLS = false`**: `ssl` is TLS from the first byte,
//!   `tls` is STARTTLS (PHPMailer fails when the server does not offer it),
//!   and empty means no TLS at all — unlike plain PHPMailer, Appwrite never
//!   upgrades on its own. PHPMailer compares the word exactly (lower case).
//! * `_APP_SMTP_PORT` defaults to 25; `_APP_SMTP_HOST` to `smtp` in the
//!   registry, while Appwrite treats an empty host as "SMTP disabled" (no
//!   mail is sent) — the docs' default `.env` leaves it empty.
//! * Credentials are sent only when both `_APP_SMTP_USERNAME` and
//!   `_APP_SMTP_PASSWORD` are non-empty.
//! * `_APP_SYSTEM_EMAIL_ADDRESS` is the From (default `team@appwrite.io`),
//!   `_APP_SYSTEM_EMAIL_NAME` its display name.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("_APP_SMTP_HOST", Host),
    k("_APP_SMTP_PORT", Port),
    k("_APP_SMTP_SECURE", Encryption),
    k("_APP_SMTP_USERNAME", Username),
    k("_APP_SMTP_PASSWORD", Password),
    k("_APP_SYSTEM_EMAIL_ADDRESS", From),
];

const OTHER_KEYS: Words = words![
    "_APP_SYSTEM_EMAIL_NAME",
    "_APP_SYSTEM_RESPONSE_FORMAT",
    "_APP_SYSTEM_SECURITY_EMAIL_ADDRESS",
];

const LEFTOVERS: Pairs = pairs![
    ("_APP_SMTP_USER", "_APP_SMTP_USERNAME"),
    ("_APP_SMTP_PASS", "_APP_SMTP_PASSWORD"),
    ("_APP_SMTP_FROM", "_APP_SYSTEM_EMAIL_ADDRESS"),
    ("_APP_SMTP_TLS", "_APP_SMTP_SECURE"),
    ("_APP_SMTP_ENCRYPTION", "_APP_SMTP_SECURE"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "_APP_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "_APP_SMTP_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[set(Encryption, "_APP_SMTP_SECURE", SetVal::Word("tls"))],
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "both _APP_SMTP_USERNAME and _APP_SMTP_PASSWORD (Appwrite authenticates only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Appwrite release"),
    fix_text(W::Username, &[], "_APP_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "_APP_SMTP_PASSWORD={value}"),
    fix(W::From, &[set(From, "_APP_SYSTEM_EMAIL_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Appwrite has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// PHPMailer's `SMTPSecure` word with `SMTPAutoTLS = false`: `ssl` is TLS
/// from the first byte, `tls` STARTTLS, empty no TLS at all (also the
/// Tiny Tiny RSS mailer_smtp plugin's reading).
pub(super) const NO_AUTO_TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "_APP_SMTP_SECURE is empty, and Appwrite switches PHPMailer's automatic STARTTLS off",
};

pub static APPWRITE: Profile = Profile {
    id: "appwrite-env",
    name: "Appwrite _APP_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://appwrite.io/docs/advanced/self-hosting/configuration/environment-variables#smtp https://github.com/appwrite/appwrite/blob/main/app/init/registers.php",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["_APP_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: NO_AUTO_TLS,
    port: Some(25),
    host: Some("smtp"),
    fixes: FIXES,
    sender_hint: "_APP_SYSTEM_EMAIL_ADDRESS (default team@appwrite.io)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn tls_is_starttls_and_ssl_is_implicit() {
        let (client, s, ids) = first(
            "_APP_SMTP_HOST=smtp.postmarkapp.com\n_APP_SMTP_PORT=587\n_APP_SMTP_SECURE=tls\n_APP_SMTP_USERNAME=u\n_APP_SMTP_PASSWORD=u\n_APP_SYSTEM_EMAIL_ADDRESS=a@acme.io\n",
        );
        assert_eq!(client, "appwrite-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "a@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(
            "_APP_SMTP_HOST=smtp.postmarkapp.com\n_APP_SMTP_PORT=465\n_APP_SMTP_SECURE=ssl\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn empty_secure_is_clear_text_because_auto_tls_is_off() {
        let (_, s, ids) = first(
            "_APP_SMTP_HOST=smtp.postmarkapp.com\n_APP_SMTP_PORT=587\n_APP_SMTP_SECURE=\n_APP_SMTP_USERNAME=u\n_APP_SMTP_PASSWORD=u\n",
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }
}
