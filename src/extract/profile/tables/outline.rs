//! Outline (the wiki): its `SMTP_*` environment variables, handed to
//! nodemailer.
//!
//! Meaning (docs.getoutline.com "SMTP" hosting doc, `.env.sample`, and the
//! code: `server/env.ts` parses the variables, `server/emails/mailer.tsx`
//! builds nodemailer's options):
//!
//! * `SMTP_HOST`, `SMTP_PORT`, `SMTP_USERNAME`, `SMTP_PASSWORD`;
//!   `SMTP_FROM_EMAIL` is the From (`SMTP_REPLY_EMAIL` the Reply-To).
//!   Outline logs in only when `SMTP_USERNAME` is set.
//! * `SMTP_SECURE` is nodemailer's `secure` and **defaults to true** (the
//!   code reads `SMTP_SECURE ?? "true"`; before that change the default
//!   was true in production): unset, Outline starts TLS on the first byte
//!   whatever the port, so `SMTP_PORT=587` alone fails the handshake.
//!   `false`: STARTTLS when the server offers it.
//! * Booleans are parsed with `JSON.parse`: `true`/`1` are true,
//!   `false`/`0` false; an empty value (`SMTP_SECURE=`) is false (the
//!   default applies only when the variable is absent); other words stop
//!   Outline at start-up.
//! * `SMTP_DISABLE_STARTTLS=true` is nodemailer's `ignoreTLS`: no STARTTLS.
//! * No `SMTP_PORT`: nodemailer's default, 465 with `secure`, else 587.
//! * `SMTP_SERVICE` (a nodemailer well-known service such as `Postmark`)
//!   replaces host, port and `secure` with the preset's; it cannot be
//!   combined with `SMTP_HOST`.
//! * Mail is sent only when `SMTP_HOST` or `SMTP_SERVICE` is set.
//!
//! Not modelled: with `SMTP_SECURE=false` Outline also passes
//! `tls: { rejectUnauthorized: false }`, so the STARTTLS certificate is not
//! verified; no setting changes that, so it is left out of the findings.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, set_if, syn, words, Both, Fix, Hooks, Key, Marker,
    Pairs, Profile, Read, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM_EMAIL", From),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_DISABLE_STARTTLS", NoStartTls),
    kr("SMTP_SERVICE", Host, Read::Preset),
];

/// Keys only Outline writes, and other keys of an Outline `.env`.
/// `SMTP_FROM_EMAIL` is Outline's From but not a marker: many other apps'
/// `.env` files use the same name (beside `SMTP_HOST`…), and taking them
/// for Outline would judge them by Outline's default of TLS from the first
/// byte.
const MARKERS: &[Marker] = &[
    mark("SMTP_REPLY_EMAIL"),
    mark("SMTP_TLS_CIPHERS"),
    mark("SMTP_DISABLE_STARTTLS"),
    mark("UTILS_SECRET"),
    mark("COLLABORATION_URL"),
    mark("FILE_STORAGE_UPLOAD_MAX_SIZE"),
    mark("FILE_STORAGE_LOCAL_ROOT_DIR"),
];

const OTHER_KEYS: Words = words![
    "SMTP_REPLY_EMAIL",
    "SMTP_TLS_CIPHERS",
    "SMTP_NAME",
    "SMTP_SERVICE",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "SMTP_FROM_EMAIL"),
    ("SMTP_FROM_ADDRESS", "SMTP_FROM_EMAIL"),
    ("SMTP_SSL", "SMTP_SECURE"),
    ("SMTP_TLS", "SMTP_SECURE"),
    ("SMTP_STARTTLS", "SMTP_DISABLE_STARTTLS"),
    ("SMTP_IGNORE_TLS", "SMTP_DISABLE_STARTTLS"),
    ("SMTP_REPLY_TO_EMAIL", "SMTP_REPLY_EMAIL"),
    ("SMTP_SERVER", "SMTP_HOST"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false)),
            set_if(NoStartTls, "SMTP_DISABLE_STARTTLS", SetVal::Bool(false)),
        ],
        "SMTP_SECURE=false (Outline then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Outline release"),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Outline has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// nodemailer's default port for the `secure` Outline passes (true unless
/// `SMTP_SECURE` says otherwise).
fn default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(ImplicitTls) {
        None => Some(465),
        Some(f) => {
            crate::extract::profile::tls::truth(cfg.dialect, f)
                .map(|secure| if secure { 465 } else { 587 })
        }
    }
}

#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn service(doc: &Document, configs: &mut Vec<Config>) {
    super::nodemailer::env_preset(doc, configs, "SMTP_SERVICE");
}

pub static OUTLINE: Profile = Profile {
    id: "outline",
    name: "Outline SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.getoutline.com/s/hosting/doc/smtp-cqCJyZGMIB https://github.com/outline/outline/blob/main/server/env.ts https://github.com/outline/outline/blob/main/server/emails/mailer.tsx",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "1"]),
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Auto,
        implicit_ports: &[],
        default: Sec::Implicit,
        both: Both::Implicit,
        absent: "SMTP_SECURE is not set, and Outline's default is true",
    },
    port: Some(587),
    fixes: FIXES,
    sender_hint: "SMTP_FROM_EMAIL",
    hooks: Hooks {
        default_port: Some(default_port),
        finish: Some(service),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "URL=https://wiki.acme.io\nUTILS_SECRET=3f1e\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM_EMAIL=wiki@acme.io\n";

    #[test]
    fn secure_defaults_to_true_so_587_alone_fails() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "outline");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn secure_false_is_starttls_and_empty_is_false() {
        for v in ["false", "", "0"] {
            let (_, s, ids) = first(&format!("{ENV}SMTP_SECURE={v}\n"));
            assert_eq!(s["security"], "starttls", "{v}");
            assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{v} {ids:?}");
        }
        let (_, s, _) = first(&format!(
            "{ENV}SMTP_SECURE=false\nSMTP_DISABLE_STARTTLS=true\n"
        ));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_postmark_service_preset_is_starttls_on_2525() {
        let (client, s, ids) = first(
            "UTILS_SECRET=3f1e\nSMTP_SERVICE=Postmark\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM_EMAIL=wiki@acme.io\n",
        );
        assert_eq!(client, "outline");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    /// Many apps' `.env` files name their From `SMTP_FROM_EMAIL` too: with
    /// no key only Outline has, the paste is not Outline's, and Outline's
    /// default of TLS from the first byte is not applied to port 587.
    #[test]
    fn the_from_name_alone_is_not_outline() {
        let (client, _, ids) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM_EMAIL=app@acme.io\n",
        );
        assert_ne!(client, "outline");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn no_port_with_default_secure_dials_465() {
        let (_, _, ids) = first(&ENV.replace("SMTP_PORT=587\n", ""));
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_laravel_or_plain_smtp_env_is_not_outline() {
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\n",
        );
        assert_ne!(client, "outline");
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "outline");
    }

    /// `SMTP_FROM_EMAIL` beside a sender name Outline does not read
    /// (`SMTP_FROM_NAME`): another app's settings, not Outline's (whose
    /// default implicit TLS would be a wrong finding on 587).
    #[test]
    fn a_sender_name_outline_does_not_read_is_another_app() {
        let (client, _, ids) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_FROM_NAME=\"Acme Security\"\nSMTP_FROM_EMAIL=security@acme.io\n",
        );
        assert_ne!(client, "outline");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // With Outline's own names it stays Outline.
        let (client, _, _) = first(&format!("{ENV}SMTP_FROM_NAME=Wiki\n"));
        assert_eq!(client, "outline");
    }
}
