//! Docmost: `MAIL_DRIVER` and the `SMTP_*` variables of its `.env`,
//! handed to nodemailer.
//!
//! Meaning (Docmost's `apps/server/src/integrations/environment/
//! environment.service.ts` and `integrations/mail/providers/
//! mail.provider.ts`):
//!
//! * `MAIL_DRIVER` (lower-cased; default `log`: mail is only logged, none
//!   leaves) picks the driver: `smtp` uses the settings below; `postmark`
//!   sends through Postmark's API with `POSTMARK_TOKEN`.
//! * `SMTP_HOST`, `SMTP_PORT` (unset: nodemailer's 587, or 465 with
//!   `SMTP_SECURE`).
//! * `SMTP_SECURE` and `SMTP_IGNORETLS` are lower-cased and compared with
//!   `true`: `secure` is TLS from the first byte, otherwise STARTTLS when
//!   the server offers it; `ignoreTLS` never upgrades.
//! * It logs in only when both `SMTP_USERNAME` and `SMTP_PASSWORD` are set.
//! * `MAIL_FROM_ADDRESS` is the From (`MAIL_FROM_NAME`, default Docmost).
//!
//! `MAIL_DRIVER` and `MAIL_FROM_ADDRESS` are Laravel's names too: the table
//! needs a Docmost name (`SMTP_IGNORETLS`, `DRAWIO_URL`…) beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_IGNORETLS", NoStartTls),
    k("MAIL_FROM_ADDRESS", From),
    k("MAIL_DRIVER", Transport),
    k("POSTMARK_TOKEN", ServerToken),
];

const MARKERS: &[Marker] = &[
    mark("SMTP_IGNORETLS"),
    mark("DRAWIO_URL"),
    mark("JWT_TOKEN_EXPIRES_IN"),
    mark("FILE_UPLOAD_SIZE_LIMIT"),
];

const OTHER_KEYS: Words = words!["MAIL_FROM_NAME"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_IGNORE_TLS", "SMTP_IGNORETLS"),
    ("MAIL_HOST", "SMTP_HOST"),
    ("MAIL_PORT", "SMTP_PORT"),
    ("MAIL_USERNAME", "SMTP_USERNAME"),
    ("MAIL_PASSWORD", "SMTP_PASSWORD"),
    ("MAIL_ENCRYPTION", "SMTP_SECURE"),
];

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
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false)),
            set(NoStartTls, "SMTP_IGNORETLS", SetVal::Bool(false)),
        ],
        "SMTP_SECURE=false and SMTP_IGNORETLS=false",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD (both)"),
    fix_text(W::TlsModern, &[], "a current Docmost release"),
    fix(
        W::Username,
        &[set(Username, "SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "MAIL_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Docmost has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DOCMOST: Profile = Profile {
    id: "docmost-env",
    name: "Docmost MAIL_DRIVER / SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docmost.com/docs/self-hosting/environment-variables https://github.com/docmost/docmost/blob/main/apps/server/src/integrations/environment/environment.service.ts https://github.com/docmost/docmost/blob/main/apps/server/src/integrations/mail/providers/mail.provider.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log"],
        local: words![],
        missing: Some("the `log` driver (Docmost's default MAIL_DRIVER), so no mail leaves"),
        off: None,
        name: "MAIL_DRIVER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDRESS",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APP_URL=https://docs.acme.io\nDRAWIO_URL=https://embed.diagrams.net\nMAIL_DRIVER=smtp\nMAIL_FROM_ADDRESS=docs@acme.io\nMAIL_FROM_NAME=Docmost\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_SECURE=false\nSMTP_IGNORETLS=false\n";

    #[test]
    fn smtp_driver_with_starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "docmost-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "docs@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=TRUE"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_driver_defaults_to_log() {
        let (_, _, ids) = first(&ENV.replace("MAIL_DRIVER=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn a_laravel_env_stays_laravel() {
        let (client, _, _) = first(
            "MAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_eq!(client, "laravel-env");
    }
}
