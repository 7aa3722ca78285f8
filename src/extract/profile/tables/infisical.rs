//! Infisical (self-hosted): the `SMTP_*` variables of its `.env` /
//! compose / Helm `env`, handed to nodemailer.
//!
//! Meaning (Infisical docs "Email" under self-hosting configuration; the
//! code: `backend/src/lib/config/env.ts`, whose `envSchema` gives the
//! defaults and whose `formatSmtpConfig` builds nodemailer's options):
//!
//! * `SMTP_PORT` defaults to 587.
//! * `secure` is `SMTP_PORT === 465`: implicit TLS exactly on 465, and on
//!   no other port whatever is written.
//! * `SMTP_REQUIRE_TLS` (default `true`) is nodemailer's `requireTLS`:
//!   STARTTLS or no session; `false` leaves nodemailer's default, STARTTLS
//!   when the server offers it. `SMTP_IGNORE_TLS=true` (default `false`)
//!   is `ignoreTLS`: never STARTTLS, which wins over `requireTLS`.
//! * `SMTP_TLS_REJECT_UNAUTHORIZED=false` (default `true`) turns
//!   certificate verification off (`tls.rejectUnauthorized`).
//! * Booleans are `val === "true"`: only the exact word is true.
//! * It logs in when both `SMTP_USERNAME` and `SMTP_PASSWORD` are set.
//! * The From is `"SMTP_FROM_NAME" <SMTP_FROM_ADDRESS>` (name default
//!   `Infisical`).
//!
//! Version note: releases of 2023–2024 had `SMTP_SECURE` (`secure:
//! SMTP_SECURE`, no `requireTLS`); later ones dropped it for the port test
//! above. It is read here as those releases read it, so `SMTP_SECURE=true`
//! on 587 is the implicit TLS it was for them (current releases ignore it).
//!
//! `SMTP_HOST`, `SMTP_PORT` and `SMTP_FROM_ADDRESS` are other apps' names
//! too (Mastodon writes the last, Planka `SMTP_TLS_REJECT_UNAUTHORIZED`):
//! the table needs a name of Infisical's own beside them.

use crate::extract::profile::{
    beside, fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Both, Fix, Key,
    Marker, Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM_ADDRESS", From),
    k("SMTP_REQUIRE_TLS", StartTls),
    k("SMTP_IGNORE_TLS", NoStartTls),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_TLS_REJECT_UNAUTHORIZED", VerifyPeer),
];

const MARKERS: &[Marker] = &[
    // nodemailer's `requireTLS` as many of its apps name it in their
    // environment (with `SMTP_HOST`, `SMTP_SECURE`, `SMTP_USER`): Infisical's
    // only beside its sender's name.
    beside(mark("SMTP_REQUIRE_TLS"), "SMTP_FROM_ADDRESS"),
    mark("SMTP_CUSTOM_CA_CERT"),
    weighs(mark_value("image", "infisical/infisical"), 6),
    // The `.env.example`'s own names around the SMTP block.
    weighs(mark("CLIENT_ID_HEROKU"), 6),
    weighs(mark("CLIENT_ID_VERCEL"), 6),
    weighs(mark("CLIENT_ID_GITHUB_LOGIN"), 6),
];

const OTHER_KEYS: Words = words!["SMTP_FROM_NAME", "SMTP_CUSTOM_CA_CERT"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "SMTP_FROM_ADDRESS"),
    ("SMTP_FROM_EMAIL", "SMTP_FROM_ADDRESS"),
    ("SMTP_STARTTLS", "SMTP_REQUIRE_TLS"),
    ("SMTP_TLS", "SMTP_REQUIRE_TLS"),
];

/// Required STARTTLS by default (`requireTLS` defaults to true); implicit
/// exactly on 465 (`secure: port === 465`).
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[465],
    default: Sec::StartTls,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    super::smtp_env::HOST_FIX,
    fix_text(
        W::StartTls,
        &[
            set(NoStartTls, "SMTP_IGNORE_TLS", SetVal::Bool(false)),
            set(ImplicitTls, "SMTP_SECURE", SetVal::Remove),
        ],
        "SMTP_PORT=587 with SMTP_IGNORE_TLS=false (Infisical then requires STARTTLS)",
    ),
    fix(
        W::VerifyOn,
        &[set(
            VerifyPeer,
            "SMTP_TLS_REJECT_UNAUTHORIZED",
            SetVal::Bool(true),
        )],
    ),
    fix_text(W::AuthOn, &[], "both SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Infisical image"),
    super::smtp_env::USERNAME_FIX,
    super::smtp_env::PASSWORD_FIX,
    fix(W::From, &[set(From, "SMTP_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Infisical has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static INFISICAL: Profile = Profile {
    id: "infisical",
    name: "Infisical SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://infisical.com/docs/self-hosting/configuration/envars#email-service https://github.com/Infisical/infisical/blob/main/backend/src/lib/config/env.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "SMTP_FROM_ADDRESS (with SMTP_FROM_NAME)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn nodemailers_require_tls_alone_is_another_apps() {
        // A nodemailer app's `.env` (SMTP_USER/SMTP_PASS, no
        // SMTP_FROM_ADDRESS): not Infisical's, whose names would leave the
        // login missing.
        let (client, s, ids) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\nSMTP_REQUIRE_TLS=true\nSMTP_USER=u\nSMTP_PASS=p\n",
        );
        assert_ne!(client, "infisical");
        assert!(!s["username"].is_null(), "{s}");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        // Beside Infisical's sender name it is Infisical's.
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_REQUIRE_TLS=true\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_FROM_ADDRESS=vault@acme.io\n",
        );
        assert_eq!(client, "infisical");
    }

    const ENV: &str = "SITE_URL=https://vault.acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_FROM_ADDRESS=vault@acme.io\nSMTP_FROM_NAME=Infisical\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_REQUIRE_TLS=true\n";

    #[test]
    fn required_starttls_by_default_and_implicit_on_465() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "infisical");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "vault@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_PORT=587", "SMTP_PORT=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn ignore_tls_is_clear_text_and_verification_can_be_off() {
        let (_, s, ids) = first(&format!("{ENV}SMTP_IGNORE_TLS=true\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}SMTP_TLS_REJECT_UNAUTHORIZED=false\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        // `val === "true"`: `True` is false.
        let (_, s, _) = first(&format!("{ENV}SMTP_IGNORE_TLS=1\n"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn smtp_lines_alone_or_mastodons_are_not_infisical() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_FROM_ADDRESS=a@acme.io\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "infisical");
        let (client, _, _) = first(
            "LOCAL_DOMAIN=social.acme.io\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=u\nSMTP_PASSWORD=p\nSMTP_FROM_ADDRESS=a@acme.io\n",
        );
        assert_ne!(client, "infisical");
    }
}
