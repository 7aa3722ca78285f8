//! Lightdash: the `EMAIL_SMTP_*` environment variables (`.env`, Docker
//! Compose, the Helm chart's `configMap:`/`secrets:`), handed to
//! nodemailer.
//!
//! Meaning (docs.lightdash.com "Environment variables: SMTP", and the
//! code: `packages/backend/src/config/parseConfig.ts` for the reading,
//! `packages/backend/src/clients/EmailClient/EmailClient.ts` for the
//! transport):
//!
//! * SMTP is set up only when `EMAIL_SMTP_HOST` is non-empty; without it
//!   Lightdash sends no mail at all.
//! * `EMAIL_SMTP_PORT` defaults to 587.
//! * **`EMAIL_SMTP_SECURE` is not implicit TLS**: the transport gets
//!   `secure: port === 465` (implicit TLS exactly on 465, whatever the
//!   switch) and `requireTLS: EMAIL_SMTP_SECURE`. The switch is read as
//!   `!== 'false'`, so it defaults to on: STARTTLS required; `false` only
//!   leaves STARTTLS opportunistic (nodemailer still upgrades when the
//!   server offers it). Any other text (`False`, `0`, `no`) is on.
//! * `EMAIL_SMTP_ALLOW_INVALID_CERT` (`=== 'true'`, default false) hands
//!   nodemailer `tls.rejectUnauthorized: false`.
//! * `EMAIL_SMTP_USE_AUTH` (`!== 'false'`, default on, in newer releases):
//!   off, no `auth` is handed over. With it on, `EMAIL_SMTP_USER` and
//!   `EMAIL_SMTP_PASSWORD` log in, or `EMAIL_SMTP_ACCESS_TOKEN` (OAuth2,
//!   it replaces the password).
//! * `EMAIL_SMTP_SENDER_EMAIL` is the From (default empty: the docs mark
//!   it required), `EMAIL_SMTP_SENDER_NAME` its name (default Lightdash).
//!
//! One truth reading serves the three switches: `false` (exact case) is
//! off and anything else on, which is `EMAIL_SMTP_SECURE`'s and
//! `EMAIL_SMTP_USE_AUTH`'s; for `EMAIL_SMTP_ALLOW_INVALID_CERT`, where
//! only `true` is on, a value such as `1` or `yes` would be read as on
//! although Lightdash reads it as off.
//!
//! `EMAIL_SMTP_HOST`, `_PORT`, `_USER`, `_PASSWORD`, `_SECURE` are also
//! Directus's and Baserow's names: Lightdash is recognised by its own
//! (`EMAIL_SMTP_SENDER_EMAIL`, `EMAIL_SMTP_ALLOW_INVALID_CERT`,
//! `EMAIL_SMTP_USE_AUTH`, `LIGHTDASH_SECRET`…).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Profile, Sec, SetVal,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_SMTP_HOST", Host),
    k("EMAIL_SMTP_PORT", Port),
    k("EMAIL_SMTP_USER", Username),
    k("EMAIL_SMTP_PASSWORD", Password),
    k("EMAIL_SMTP_SECURE", StartTls),
    k("EMAIL_SMTP_ALLOW_INVALID_CERT", SkipVerify),
    k("EMAIL_SMTP_USE_AUTH", Auth),
    k("EMAIL_SMTP_SENDER_EMAIL", From),
];

/// Names only Lightdash writes (`EMAIL_SMTP_HOST` and its neighbours are
/// Directus's and Baserow's too).
const MARKERS: &[Marker] = &[
    mark("EMAIL_SMTP_SENDER_EMAIL"),
    mark("EMAIL_SMTP_ALLOW_INVALID_CERT"),
    mark("EMAIL_SMTP_USE_AUTH"),
    mark("EMAIL_SMTP_ACCESS_TOKEN"),
    mark("EMAIL_SMTP_IMAGE_INLINE_CID"),
    mark("LIGHTDASH_SECRET"),
    mark("LIGHTDASH_QUERY_MAX_LIMIT"),
];

/// Implicit TLS exactly on 465; elsewhere STARTTLS, required unless
/// `EMAIL_SMTP_SECURE=false` (then when offered).
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
    fix(W::Port, &[set(Port, "EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "a port other than 465 (Lightdash uses implicit TLS exactly on 465, STARTTLS elsewhere) and EMAIL_SMTP_SECURE=true",
    ),
    fix_text(W::VerifyOn, &[], "EMAIL_SMTP_ALLOW_INVALID_CERT=false"),
    fix_text(
        W::AuthOn,
        &[],
        "EMAIL_SMTP_USE_AUTH=true with EMAIL_SMTP_USER and EMAIL_SMTP_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Lightdash image (Node.js with TLS 1.2+)",
    ),
    fix(W::Username, &[set(Username, "EMAIL_SMTP_USER", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "EMAIL_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_SMTP_SENDER_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Lightdash has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LIGHTDASH: Profile = Profile {
    id: "lightdash-env",
    name: "Lightdash EMAIL_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.lightdash.com/self-host/customize-deployment/environment-variables#smtp https://github.com/lightdash/lightdash/blob/main/packages/backend/src/config/parseConfig.ts https://github.com/lightdash/lightdash/blob/main/packages/backend/src/clients/EmailClient/EmailClient.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_SMTP_"],
    other_keys: words![
        "EMAIL_SMTP_SENDER_NAME",
        "EMAIL_SMTP_ACCESS_TOKEN",
        "EMAIL_SMTP_IMAGE_INLINE_CID"
    ],
    leftovers: pairs![
        ("EMAIL_SMTP_USERNAME", "EMAIL_SMTP_USER"),
        ("EMAIL_SMTP_PASS", "EMAIL_SMTP_PASSWORD"),
        ("EMAIL_SMTP_FROM", "EMAIL_SMTP_SENDER_EMAIL"),
        ("EMAIL_SMTP_SENDER", "EMAIL_SMTP_SENDER_EMAIL"),
        ("EMAIL_SMTP_SSL", "EMAIL_SMTP_SECURE"),
        ("EMAIL_SMTP_TLS", "EMAIL_SMTP_SECURE"),
    ],
    case_sensitive: true,
    truth: Truth::Except(words!["false"]),
    tls: TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "EMAIL_SMTP_SENDER_EMAIL (required: no default)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SITE_URL=https://bi.acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_SECURE=true\nEMAIL_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_ALLOW_INVALID_CERT=false\nEMAIL_SMTP_SENDER_NAME=Lightdash\nEMAIL_SMTP_SENDER_EMAIL=bi@acme.io\n";

    /// EMAIL_SMTP_SECURE=true on 587 is required STARTTLS, not implicit TLS.
    #[test]
    fn secure_means_required_starttls_off_465() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "lightdash-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "bi@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // false: STARTTLS when offered, still no clear-text finding.
        let (_, s, ids) = first(&ENV.replace("SECURE=true", "SECURE=false"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_whatever_the_switch() {
        let (_, s, ids) = first(
            &ENV.replace("=587", "=465")
                .replace("SECURE=true", "SECURE=false"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn invalid_certs_and_no_auth() {
        let (_, _, ids) = first(&ENV.replace("INVALID_CERT=false", "INVALID_CERT=true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}EMAIL_SMTP_USE_AUTH=false\n"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    /// Directus writes EMAIL_SMTP_HOST/_SECURE too, with EMAIL_FROM.
    #[test]
    fn directus_names_alone_are_not_lightdash() {
        let (client, _, _) = first(
            "EMAIL_TRANSPORT=smtp\nEMAIL_FROM=a@acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USER=u\nEMAIL_SMTP_PASSWORD=p\nEMAIL_SMTP_SECURE=false\n",
        );
        assert_ne!(client, "lightdash-env");
    }
}
