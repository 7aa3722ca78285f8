//! Kutt (URL shortener, v3+): the `MAIL_*` environment of its `.env` /
//! compose file, handed to nodemailer.
//!
//! Meaning (`.example.env` and the code: `server/env.js` for the names
//! and defaults, parsed by envalid; `server/mail/mail.js` for the
//! transport):
//!
//! * `MAIL_ENABLED` (default false, since v3.0 — "make sending emails
//!   optional") must be true, or no mail leaves (verification, password
//!   reset and email change are then turned off). Kutt 2 had no switch
//!   and always sent: a paste cannot tell the two apart, so only a written
//!   `MAIL_ENABLED=false` is reported, not a missing one.
//! * `MAIL_PORT` defaults to 587.
//! * `MAIL_SECURE` (default false) is nodemailer's `secure`, TLS from the
//!   first byte. It is always handed over, so port 465 with
//!   `MAIL_SECURE=false` does not start TLS by itself; otherwise nodemailer
//!   upgrades with STARTTLS when the server offers it. `.example.env`
//!   writes `MAIL_PORT=587` with `MAIL_SECURE=true`, which starts TLS on
//!   a STARTTLS port.
//! * It logs in only when `MAIL_USER` is non-empty.
//! * The From is `MAIL_FROM`, else `MAIL_USER` (with Postmark, a token:
//!   write `MAIL_FROM`).
//! * envalid booleans: `true`/`t`/`yes`/`on`/`1` and their opposites; any
//!   other value stops the start-up.
//!
//! `MAIL_HOST`/`MAIL_PORT` are Laravel's names too: Kutt's own are
//! `MAIL_SECURE`, `MAIL_ENABLED` and `MAIL_USER` beside its other settings
//! (`DEFAULT_DOMAIN`, `LINK_LENGTH`…) or its image.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Fix, Key, Marker, Pairs,
    Profile, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_HOST", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USER", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_FROM", From),
    k("MAIL_SECURE", ImplicitTls),
    k("MAIL_ENABLED", Enabled),
];

const MARKERS: &[Marker] = &[
    weighs(mark_value("image", "kutt/kutt"), 6),
    mark("LINK_LENGTH"),
    mark("LINK_CUSTOM_ALPHABET"),
    mark("DISALLOW_ANONYMOUS_LINKS"),
    mark("DISALLOW_REGISTRATION"),
    mark("CUSTOM_DOMAIN_USE_HTTPS"),
    mark("DEFAULT_DOMAIN"),
    mark("REPORT_EMAIL"),
];

const OTHER_KEYS: Words = words![
    "SITE_NAME",
    "DEFAULT_DOMAIN",
    "JWT_SECRET",
    "LINK_LENGTH",
    "LINK_CUSTOM_ALPHABET",
    "TRUST_PROXY",
    "DISALLOW_REGISTRATION",
    "DISALLOW_LOGIN_FORM",
    "DISALLOW_ANONYMOUS_LINKS",
    "CUSTOM_DOMAIN_USE_HTTPS",
    "ENABLE_RATE_LIMIT",
    "REPORT_EMAIL",
    "CONTACT_EMAIL",
    "SERVER_IP_ADDRESS",
    "SERVER_CNAME_ADDRESS",
];

const LEFTOVERS: Pairs = pairs![
    ("MAIL_USERNAME", "MAIL_USER"),
    ("MAIL_PASS", "MAIL_PASSWORD"),
    ("MAIL_FROM_ADDRESS", "MAIL_FROM"),
    ("MAIL_ENCRYPTION", "MAIL_SECURE"),
    ("MAIL_TLS", "MAIL_SECURE"),
    ("MAIL_SSL", "MAIL_SECURE"),
    ("MAIL_ENABLE", "MAIL_ENABLED"),
];

/// `secure: MAIL_SECURE`, always given: STARTTLS when offered otherwise.
const TLS: TlsModel = super::smtp_env::SECURE_ALWAYS_GIVEN;

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    // Not written is not reported: Kutt 2's `.env` has no switch and sends.
    missing: None,
    off: None,
    name: "MAIL_ENABLED",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "MAIL_SECURE", SetVal::Bool(false))],
        "MAIL_SECURE=false (STARTTLS when offered) with MAIL_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Kutt always verifies certificates: remove what turns verification off",
    ),
    fix_text(W::AuthOn, &[], "MAIL_USER and MAIL_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Kutt release"),
    fix_text(W::Username, &[], "MAIL_USER={value}"),
    fix_text(W::Password, &[], "MAIL_PASSWORD={value}"),
    fix(W::From, &[set(From, "MAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Kutt has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KUTT: Profile = Profile {
    id: "kutt",
    name: "Kutt MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/thedevs-network/kutt/blob/main/.example.env https://github.com/thedevs-network/kutt/blob/main/server/env.js https://github.com/thedevs-network/kutt/blob/main/server/mail/mail.js",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "MAIL_FROM (else MAIL_USER)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SITE_NAME=Kutt\nDEFAULT_DOMAIN=s.acme.io\nLINK_LENGTH=6\nMAIL_ENABLED=true\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_SECURE=false\nMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_FROM=Kutt <links@acme.io>\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn secure_is_implicit_tls_on_the_written_port() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "kutt");
        assert_eq!(s["from"], "links@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // `.example.env`'s MAIL_SECURE=true with port 587.
        let (_, s, ids) = first(&ENV.replace("SECURE=false", "SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn mail_is_off_when_switched_off() {
        let (_, _, ids) = first(&ENV.replace("ENABLED=true", "ENABLED=false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn laravel_mail_names_are_not_taken() {
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_ne!(client, "kutt");
    }
}
