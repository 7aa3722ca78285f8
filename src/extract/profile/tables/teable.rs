//! Teable: the `BACKEND_MAIL_*` environment of its container (the docker
//! `.env` and compose file, the Helm chart's config map and secret),
//! handed to nodemailer through `@nestjs-modules/mailer`.
//!
//! Meaning (docs: "Deploy" → "Enable mail service"; the code:
//! `apps/nestjs-backend/src/configs/mail.config.ts` for how each variable
//! is read and its default):
//!
//! * `BACKEND_MAIL_HOST` (default `smtp.teable.ai`, Teable's own relay),
//!   `BACKEND_MAIL_PORT` (`parseInt`, default 465).
//! * `BACKEND_MAIL_SECURE`: `Object.is(BACKEND_MAIL_SECURE ?? 'true',
//!   'true')` — unset, `secure: true` (TLS from the first byte, with the
//!   default port 465); set, only the exact `true` is; `false`, `TRUE`, `1`
//!   or an empty value are `secure: false`, STARTTLS when the server offers
//!   it.
//! * `BACKEND_MAIL_AUTH_USER` / `BACKEND_MAIL_AUTH_PASS` are the login.
//! * `BACKEND_MAIL_SENDER` is the From address (default
//!   `noreply.teable.ai`, which is not an address),
//!   `BACKEND_MAIL_SENDER_NAME` its display name (default `Teable`).
//!
//! Newer releases also keep mail settings edited in the admin panel in the
//! database; those are out of reach of a paste. There is no mail switch and
//! no certificate setting (nodemailer verifies).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("BACKEND_MAIL_HOST", Host),
    k("BACKEND_MAIL_PORT", Port),
    k("BACKEND_MAIL_AUTH_USER", Username),
    k("BACKEND_MAIL_AUTH_PASS", Password),
    k("BACKEND_MAIL_SENDER", From),
    k("BACKEND_MAIL_SECURE", ImplicitTls),
];

const MARKERS: &[Marker] = &[
    mark("BACKEND_MAIL_HOST"),
    mark("BACKEND_MAIL_AUTH_USER"),
    mark("BACKEND_MAIL_SENDER"),
    mark("BACKEND_MAIL_SENDER_NAME"),
    mark_value("image", "ghcr.io/teableio/teable"),
];

const LEFTOVERS: Pairs = pairs![
    ("BACKEND_MAIL_USER", "BACKEND_MAIL_AUTH_USER"),
    ("BACKEND_MAIL_PASS", "BACKEND_MAIL_AUTH_PASS"),
    ("BACKEND_MAIL_PASSWORD", "BACKEND_MAIL_AUTH_PASS"),
    ("BACKEND_MAIL_FROM", "BACKEND_MAIL_SENDER"),
];

/// `Object.is(BACKEND_MAIL_SECURE ?? 'true', 'true')`: an empty value is
/// kept by `??` and is not `'true'`.
fn tls(cfg: &Config) -> Tls {
    super::smtp_env::secure_unless_said(
        cfg,
        false,
        "BACKEND_MAIL_SECURE is not set (Teable's default: true, TLS from the first byte)",
    )
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "BACKEND_MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "BACKEND_MAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "BACKEND_MAIL_SECURE", SetVal::Bool(false))],
        "BACKEND_MAIL_SECURE=false (Teable's default is true: TLS from the first byte)",
    ),
    super::smtp_env::CHAIN_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "BACKEND_MAIL_AUTH_USER and BACKEND_MAIL_AUTH_PASS",
    ),
    fix_text(W::TlsModern, &[], "a current Teable release"),
    fix(
        W::Username,
        &[set(Username, "BACKEND_MAIL_AUTH_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "BACKEND_MAIL_AUTH_PASS", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "BACKEND_MAIL_SENDER", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Teable has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TEABLE: Profile = Profile {
    id: "teable-env",
    name: "Teable BACKEND_MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://help.teable.io/en/deploy/env https://github.com/teableio/teable/blob/develop/apps/nestjs-backend/src/configs/mail.config.ts https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["BACKEND_MAIL_"],
    other_keys: words!["BACKEND_MAIL_SENDER_NAME"],
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Exactly(words!["true"]),
    port: Some(465),
    implicit_port: Some(465),
    host: Some("smtp.teable.ai"),
    fixes: FIXES,
    sender_hint: "BACKEND_MAIL_SENDER",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "PUBLIC_ORIGIN=https://tables.acme-widgets.io\nBACKEND_MAIL_HOST=smtp.postmarkapp.com\nBACKEND_MAIL_PORT=587\nBACKEND_MAIL_SECURE=false\nBACKEND_MAIL_SENDER=hello@acme-widgets.io\nBACKEND_MAIL_SENDER_NAME=Teable\nBACKEND_MAIL_AUTH_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nBACKEND_MAIL_AUTH_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn secure_false_is_starttls() {
        clean_starttls(ENV, "teable-env");
    }

    #[test]
    fn secure_unset_is_implicit_and_only_true_is_true() {
        let (_, s, ids) = first(&ENV.replace("BACKEND_MAIL_SECURE=false\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("SECURE=false", "SECURE=TRUE"));
        assert_eq!(s["security"], "starttls");
        // `??` keeps an empty value, which is not 'true'.
        let (_, s, _) = first(&ENV.replace("SECURE=false", "SECURE="));
        assert_eq!(s["security"], "starttls");
        // No port and no switch: 465 with TLS from the first byte.
        let bare = ENV
            .replace("BACKEND_MAIL_PORT=587\n", "")
            .replace("BACKEND_MAIL_SECURE=false\n", "");
        let (_, _, ids) = first(&bare);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn flowise_and_karakeep_names_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=u\nSMTP_FROM=a@acme.io\n",
        );
        assert_ne!(client, "teable-env");
    }
}
