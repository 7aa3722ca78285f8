//! Postiz: `EMAIL_PROVIDER=nodemailer` and the `EMAIL_*` variables of its
//! container (the docker compose `environment:`, `.env`), handed to
//! nodemailer.
//!
//! Meaning (docs: "Email notifications" under configuration; the code:
//! `libraries/nestjs-libraries/src/services/email.service.ts` for the
//! provider switch and the sender, `libraries/nestjs-libraries/src/emails/
//! node.mailer.provider.ts` for the transport):
//!
//! * `EMAIL_PROVIDER` picks the provider, compared exactly: `nodemailer`
//!   uses the settings below, `resend` sends through Resend's API; unset or
//!   any other word is the empty provider, and no mail leaves.
//! * `EMAIL_HOST`, `EMAIL_PORT` (`+EMAIL_PORT`: unset it is `NaN`, and
//!   nodemailer dials 587, or 465 with `secure`).
//! * `EMAIL_SECURE === 'true'`: only the exact `true` is TLS from the first
//!   byte; anything else, or nothing, passes `secure: false`, which
//!   upgrades with STARTTLS when the server offers it.
//! * `EMAIL_USER` / `EMAIL_PASS` are always handed over as `auth`.
//! * The From is `EMAIL_FROM_NAME <EMAIL_FROM_ADDRESS>`; when either is
//!   missing `sendEmail` returns without sending.
//!
//! `EMAIL_HOST`, `EMAIL_USER`, `EMAIL_PASS` and `EMAIL_FROM_ADDRESS` are
//! many apps' names (Langfuse has `EMAIL_FROM_ADDRESS` too): the table needs
//! one of Postiz's own settings beside them (its backend and upload URLs,
//! its image).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_USER", Username),
    k("EMAIL_PASS", Password),
    k("EMAIL_FROM_ADDRESS", From),
    k("EMAIL_SECURE", ImplicitTls),
    k("EMAIL_PROVIDER", Transport),
];

const MARKERS: &[Marker] = &[
    mark("BACKEND_INTERNAL_URL"),
    mark("NEXT_PUBLIC_BACKEND_URL"),
    mark("NEXT_PUBLIC_UPLOAD_DIRECTORY"),
    mark_value("image", "gitroomhq/postiz-app"),
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_PASSWORD", "EMAIL_PASS"),
    ("EMAIL_USERNAME", "EMAIL_USER"),
    ("EMAIL_FROM", "EMAIL_FROM_ADDRESS"),
    ("EMAIL_TLS", "EMAIL_SECURE"),
    ("EMAIL_SSL", "EMAIL_SECURE"),
];

/// `secure: EMAIL_SECURE === 'true'`.
fn tls(cfg: &Config) -> Tls {
    super::smtp_env::secure_when(
        cfg,
        "true",
        "EMAIL_SECURE is not set: secure: false, STARTTLS when the server offers it",
    )
}

fn default_port(cfg: &Config) -> Option<u16> {
    super::smtp_env::nodemailer_port(&tls(cfg))
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "EMAIL_SECURE", SetVal::Bool(false))],
        "EMAIL_SECURE=false (STARTTLS when offered)",
    ),
    super::smtp_env::CHAIN_FIX,
    fix_text(W::AuthOn, &[], "EMAIL_USER and EMAIL_PASS"),
    fix_text(W::TlsModern, &[], "a current Postiz release"),
    fix(W::Username, &[set(Username, "EMAIL_USER", SetVal::Given)]),
    fix(W::Password, &[set(Password, "EMAIL_PASS", SetVal::Given)]),
    fix(W::From, &[set(From, "EMAIL_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Postiz has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static POSTIZ: Profile = Profile {
    id: "postiz-env",
    name: "Postiz EMAIL_PROVIDER / EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.postiz.com/configuration/email https://github.com/gitroomhq/postiz-app/blob/main/libraries/nestjs-libraries/src/services/email.service.ts https://github.com/gitroomhq/postiz-app/blob/main/libraries/nestjs-libraries/src/emails/node.mailer.provider.ts https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: words!["EMAIL_FROM_NAME", "RESEND_API_KEY"],
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Exactly(words!["true"]),
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["nodemailer"],
        no_mail: words![],
        local: words![],
        missing: Some("its empty provider (EMAIL_PROVIDER unset), so no mail leaves"),
        off: None,
        name: "EMAIL_PROVIDER",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM_ADDRESS (with EMAIL_FROM_NAME: without both Postiz sends nothing)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "MAIN_URL=https://social.acme-widgets.io\nBACKEND_INTERNAL_URL=http://localhost:3000\nEMAIL_PROVIDER=nodemailer\nEMAIL_FROM_NAME=Postiz\nEMAIL_FROM_ADDRESS=hello@acme-widgets.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_SECURE=false\nEMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn nodemailer_provider_starttls() {
        clean_starttls(ENV, "postiz-env");
    }

    #[test]
    fn only_the_exact_true_is_implicit() {
        let (_, s, ids) = first(&ENV.replace("SECURE=false", "SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("SECURE=false", "SECURE=True"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&ENV.replace("EMAIL_SECURE=false\n", ""));
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_provider_switch() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_PROVIDER=nodemailer\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=nodemailer", "=resend"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn langfuses_sender_name_alone_is_not_postiz() {
        let (client, _, _) = first(
            "SMTP_CONNECTION_URL=smtp://u:p@smtp.postmarkapp.com:587\nEMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_ne!(client, "postiz-env");
    }
}
