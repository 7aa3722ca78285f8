//! Documenso: the `NEXT_PRIVATE_SMTP_*` environment variables, handed to
//! nodemailer by `packages/email/mailer.ts`.
//!
//! Meaning (Documenso's `packages/email/mailer.ts` and its `.env.example`):
//!
//! * `NEXT_PRIVATE_SMTP_TRANSPORT` (default `smtp-auth`) picks the
//!   transport: `smtp-auth` and `smtp-api` are SMTP; `resend`,
//!   `mailchannels` and `ses` send through an API, without these settings.
//! * `NEXT_PRIVATE_SMTP_HOST`, `NEXT_PRIVATE_SMTP_PORT` (default 587).
//! * `NEXT_PRIVATE_SMTP_SECURE` is compared with the exact text `true`:
//!   nodemailer's `secure`, TLS from the first byte. Anything else is
//!   `secure: false`: STARTTLS when the server offers it, on every port.
//! * `NEXT_PRIVATE_SMTP_UNSAFE_IGNORE_TLS=true` is nodemailer's
//!   `ignoreTLS`: no STARTTLS, clear text.
//! * `smtp-auth` logs in only when `NEXT_PRIVATE_SMTP_USERNAME` is set
//!   (with `NEXT_PRIVATE_SMTP_PASSWORD`); `smtp-api` logs in as
//!   `NEXT_PRIVATE_SMTP_APIKEY_USER` (default `apikey`) with
//!   `NEXT_PRIVATE_SMTP_APIKEY`.
//! * `NEXT_PRIVATE_SMTP_SERVICE` names one of nodemailer's well-known
//!   services, whose host and port then replace the written ones.
//! * `NEXT_PRIVATE_SMTP_FROM_ADDRESS` is the From (with
//!   `NEXT_PRIVATE_SMTP_FROM_NAME`).

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("NEXT_PRIVATE_SMTP_HOST", Host),
    k("NEXT_PRIVATE_SMTP_PORT", Port),
    k("NEXT_PRIVATE_SMTP_USERNAME", Username),
    k("NEXT_PRIVATE_SMTP_PASSWORD", Password),
    k("NEXT_PRIVATE_SMTP_SECURE", ImplicitTls),
    k("NEXT_PRIVATE_SMTP_UNSAFE_IGNORE_TLS", NoStartTls),
    k("NEXT_PRIVATE_SMTP_FROM_ADDRESS", From),
    k("NEXT_PRIVATE_SMTP_TRANSPORT", Transport),
];

/// The `smtp-api` login (`APIKEY_USER`, default `apikey`, and `APIKEY`)
/// is not read as the login here: `.env` files list it, empty, next to
/// the `smtp-auth` one.
const OTHER_KEYS: Words = words![
    "NEXT_PRIVATE_SMTP_APIKEY_USER",
    "NEXT_PRIVATE_SMTP_APIKEY",
    "NEXT_PRIVATE_SMTP_FROM_NAME",
    "NEXT_PRIVATE_SMTP_SERVICE",
    "NEXT_PRIVATE_RESEND_API_KEY",
    "NEXT_PRIVATE_MAILCHANNELS_API_KEY",
    "NEXT_PRIVATE_MAILCHANNELS_ENDPOINT",
];

const LEFTOVERS: Pairs = pairs![
    ("NEXT_PRIVATE_SMTP_USER", "NEXT_PRIVATE_SMTP_USERNAME"),
    ("NEXT_PRIVATE_SMTP_PASS", "NEXT_PRIVATE_SMTP_PASSWORD"),
    ("NEXT_PRIVATE_SMTP_FROM", "NEXT_PRIVATE_SMTP_FROM_ADDRESS"),
    (
        "NEXT_PRIVATE_SMTP_IGNORE_TLS",
        "NEXT_PRIVATE_SMTP_UNSAFE_IGNORE_TLS"
    ),
];

/// `secure` is always given: STARTTLS when offered unless it is `true`.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "NEXT_PRIVATE_SMTP_PORT", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "NEXT_PRIVATE_SMTP_HOST", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "NEXT_PRIVATE_SMTP_SECURE", SetVal::Bool(false)),
            set(
                NoStartTls,
                "NEXT_PRIVATE_SMTP_UNSAFE_IGNORE_TLS",
                SetVal::Bool(false),
            ),
        ],
        "NEXT_PRIVATE_SMTP_SECURE=false (and NEXT_PRIVATE_SMTP_UNSAFE_IGNORE_TLS=false)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "NEXT_PRIVATE_SMTP_USERNAME and NEXT_PRIVATE_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Documenso release"),
    fix(
        W::Username,
        &[set(Username, "NEXT_PRIVATE_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "NEXT_PRIVATE_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(
        W::From,
        &[set(From, "NEXT_PRIVATE_SMTP_FROM_ADDRESS", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Documenso has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DOCUMENSO: Profile = Profile {
    id: "documenso-env",
    name: "Documenso NEXT_PRIVATE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.documenso.com/developers/self-hosting/how-to https://github.com/documenso/documenso/blob/main/packages/email/mailer.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["NEXT_PRIVATE_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `env('NEXT_PRIVATE_SMTP_SECURE') === 'true'`.
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words!["smtp-auth", "smtp-api"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "NEXT_PRIVATE_SMTP_TRANSPORT",
    }),
    fixes: FIXES,
    sender_hint: "NEXT_PRIVATE_SMTP_FROM_ADDRESS",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "NEXT_PRIVATE_SMTP_TRANSPORT=\"smtp-auth\"\nNEXT_PRIVATE_SMTP_HOST=\"smtp.postmarkapp.com\"\nNEXT_PRIVATE_SMTP_PORT=587\nNEXT_PRIVATE_SMTP_USERNAME=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nNEXT_PRIVATE_SMTP_PASSWORD=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nNEXT_PRIVATE_SMTP_FROM_NAME=\"Documenso\"\nNEXT_PRIVATE_SMTP_FROM_ADDRESS=\"sign@acme.io\"\n";

    #[test]
    fn starttls_when_offered_unless_secure() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "documenso-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "sign@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}NEXT_PRIVATE_SMTP_SECURE=\"true\"\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn api_transports_do_not_use_smtp() {
        let (_, _, ids) = first(&ENV.replace("\"smtp-auth\"", "\"resend\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("\"smtp-auth\"", "\"smtp-api\""));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
