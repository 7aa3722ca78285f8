//! Penpot (self-hosted): the `PENPOT_SMTP_*` environment variables of the
//! backend (`docker-compose.yaml`, `config.env`), handed to JavaMail.
//!
//! Meaning (help.penpot.app "Configuration", section Email (SMTP), and the
//! code: `backend/src/app/email.clj`, `backend/src/app/config.clj`):
//!
//! * `PENPOT_SMTP_SSL=true` opens the `smtps` transport: TLS from the first
//!   byte. `PENPOT_SMTP_TLS=true` sets `mail.smtp.starttls.enable` and
//!   `mail.smtp.starttls.required`: STARTTLS, required. With both, the
//!   `smtps` transport wins (it does not read the `mail.smtp.*` STARTTLS
//!   properties). With neither, JavaMail sends in clear.
//! * Neither switch nor the port has a default in Penpot's config, so
//!   JavaMail's apply: port 25 (465 for `smtps`), no STARTTLS.
//! * It logs in when `PENPOT_SMTP_USERNAME` is set.
//! * `PENPOT_SMTP_DEFAULT_FROM` is the From (default
//!   `Penpot <no-reply@example.com>`).
//! * Mail is sent only with the `enable-smtp` flag in `PENPOT_FLAGS`
//!   (otherwise, with `enable-log-emails`, it is only logged); the flag
//!   list is not modelled. Releases before the flags read
//!   `PENPOT_SMTP_ENABLED` instead, and older docs name the login
//!   `PENPOT_SMTP_USER`; current releases read `PENPOT_SMTP_USERNAME` only.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("PENPOT_SMTP_HOST", Host),
    k("PENPOT_SMTP_PORT", Port),
    k("PENPOT_SMTP_USERNAME", Username),
    k("PENPOT_SMTP_PASSWORD", Password),
    k("PENPOT_SMTP_DEFAULT_FROM", From),
    k("PENPOT_SMTP_TLS", StartTls),
    k("PENPOT_SMTP_SSL", ImplicitTls),
];

const OTHER_KEYS: Words = words![
    "PENPOT_SMTP_DEFAULT_REPLY_TO",
    "PENPOT_SMTP_ENABLED",
    "PENPOT_FLAGS",
    "PENPOT_PUBLIC_URI",
];

const LEFTOVERS: Pairs = pairs![
    ("PENPOT_SMTP_USER", "PENPOT_SMTP_USERNAME"),
    ("PENPOT_SMTP_FROM", "PENPOT_SMTP_DEFAULT_FROM"),
    ("PENPOT_SMTP_STARTTLS", "PENPOT_SMTP_TLS"),
    ("PENPOT_SMTP_SECURE", "PENPOT_SMTP_SSL"),
];

/// Two switches, neither on by default (JavaMail); `smtps` wins.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "neither PENPOT_SMTP_TLS nor PENPOT_SMTP_SSL is set",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "PENPOT_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "PENPOT_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "PENPOT_SMTP_TLS", SetVal::Bool(true)),
            set(ImplicitTls, "PENPOT_SMTP_SSL", SetVal::Bool(false)),
        ],
        "PENPOT_SMTP_TLS=true and PENPOT_SMTP_SSL=false",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "PENPOT_SMTP_USERNAME and PENPOT_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Penpot release"),
    fix_text(W::Username, &[], "PENPOT_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "PENPOT_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "PENPOT_SMTP_DEFAULT_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Penpot has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PENPOT: Profile = Profile {
    id: "penpot-env",
    name: "Penpot PENPOT_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://help.penpot.app/technical-guide/configuration/#email-(smtp) https://github.com/penpot/penpot/blob/develop/backend/src/app/email.clj",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["PENPOT_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "PENPOT_SMTP_DEFAULT_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "PENPOT_SMTP_DEFAULT_FROM=design@acme.io\nPENPOT_SMTP_HOST=smtp.postmarkapp.com\nPENPOT_SMTP_PORT=587\nPENPOT_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPENPOT_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPENPOT_SMTP_TLS=true\nPENPOT_SMTP_SSL=false\n";

    #[test]
    fn tls_is_starttls_and_ssl_is_implicit() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "penpot-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "design@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SSL=false", "SSL=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn neither_switch_is_clear_text_on_25() {
        let (_, s, ids) = first(
            &ENV.replace("PENPOT_SMTP_TLS=true\n", "")
                .replace("PENPOT_SMTP_SSL=false\n", "")
                .replace("PENPOT_SMTP_PORT=587\n", ""),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn misspelt_switches_are_reported() {
        let (_, s, ids) = first(&ENV.replace("PENPOT_SMTP_TLS=", "PENPOT_SMTP_STARTTLS="));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
