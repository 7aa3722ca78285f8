//! PLANKA: the `SMTP_*` environment variables of its container (compose,
//! `.env`, Kubernetes), handed to nodemailer.
//!
//! Meaning (docs.planka.cloud "Environment variables", `server/.env.sample`,
//! and the code: `server/config/custom.js` for how each variable is read,
//! `server/api/helpers/utils/make-smtp-transporter.js` for the transport):
//!
//! * The variables are used when `SMTP_HOST` is set; without it PLANKA
//!   uses the SMTP settings saved in its admin UI, if any.
//! * `SMTP_PORT` defaults to 587.
//! * `SMTP_SECURE` is compared with `'true'` (`=== 'true'`): only `true`
//!   sets nodemailer's `secure` (TLS from the first byte). Any other value,
//!   or none, passes `secure: false` explicitly, so nodemailer upgrades with
//!   STARTTLS when the server offers it, and does not start TLS by itself
//!   on port 465.
//! * `SMTP_TLS_REJECT_UNAUTHORIZED=false` turns certificate verification
//!   off (`!== 'false'`: any other value keeps it on).
//! * It logs in only when `SMTP_USER` is non-empty (`auth: smtpUser && …`).
//! * `SMTP_FROM` is the From (`"Name" <address>`); there is no default.
//! * `SMTP_NAME` is the name said in EHLO.
//! * `SMTP_PASSWORD__FILE` names a file holding the password (`start.sh`'s
//!   `load_secret`; double underscore).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM", From),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_TLS_REJECT_UNAUTHORIZED", VerifyPeer),
    k("SMTP_PASSWORD__FILE", CredentialsFile),
];

/// `SMTP_HOST`, `SMTP_SECURE`… are every nodemailer app's names.
const MARKERS: &[Marker] = &[
    mark("SMTP_PASSWORD__FILE"),
    mark("DEFAULT_ADMIN_EMAIL"),
    mark("DEFAULT_ADMIN_USERNAME"),
    mark("DEFAULT_ADMIN_PASSWORD"),
    mark("KNEX_REJECT_UNAUTHORIZED_SSL_CERTIFICATE"),
    mark_value("image", "plankanban/planka"),
    mark_value("image", "meltyshev/planka"),
];

const OTHER_KEYS: Words = words![
    "SMTP_NAME",
    "BASE_URL",
    "DATABASE_URL",
    "SECRET_KEY",
    "TRUST_PROXY",
    "DEFAULT_ADMIN_EMAIL",
    "DEFAULT_ADMIN_USERNAME",
    "DEFAULT_ADMIN_PASSWORD",
    "DEFAULT_ADMIN_NAME",
    "OUTGOING_PROXY",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_PASSWORD_FILE", "SMTP_PASSWORD__FILE"),
    ("SMTP_TLS", "SMTP_SECURE"),
    ("SMTP_SSL", "SMTP_SECURE"),
    ("SMTP_FROM_EMAIL", "SMTP_FROM"),
    ("SMTP_REJECT_UNAUTHORIZED", "SMTP_TLS_REJECT_UNAUTHORIZED"),
];

/// `secure: SMTP_SECURE === 'true'`, always given: STARTTLS when offered
/// otherwise, whatever the port.
const TLS: TlsModel = super::smtp_env::SECURE_ALWAYS_GIVEN;

/// `secure: SMTP_SECURE === 'true'`: only the exact word is TLS from the
/// first byte (the table's truth is `!== 'false'`, for the verification
/// switch).
fn tls(cfg: &Config) -> Tls {
    super::smtp_env::secure_when(
        cfg,
        "true",
        "SMTP_SECURE not set: STARTTLS when the server offers it",
    )
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false))],
        "SMTP_SECURE=false (STARTTLS when offered) with SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_TLS_REJECT_UNAUTHORIZED=true"),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current PLANKA release"),
    fix_text(W::Username, &[], "SMTP_USER={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "PLANKA has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PLANKA: Profile = Profile {
    id: "planka",
    name: "PLANKA SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.planka.cloud/docs/configuration/environment-variables https://github.com/plankanban/planka/blob/master/server/config/custom.js https://github.com/plankanban/planka/blob/master/server/api/helpers/utils/make-smtp-transporter.js",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `SMTP_TLS_REJECT_UNAUTHORIZED !== 'false'`; `SMTP_SECURE` is read
    // by the `tls` hook.
    truth: Truth::Except(words!["false"]),
    tls: TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "SMTP_FROM (\"Name\" <address>)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "BASE_URL=https://planka.acme.io\nDEFAULT_ADMIN_EMAIL=admin@acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_NAME=planka.acme.io\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM=\"Planka\" <planka@acme.io>\n";

    #[test]
    fn starttls_when_offered_unless_secure_is_true() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "planka");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "planka@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}SMTP_SECURE=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Only `true` is secure (the table's truth is `!== 'false'`).
        let (_, s, ids) = first(&format!("{ENV}SMTP_SECURE=1\n"));
        assert_ne!(s["security"], "implicit");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn default_port_and_verification() {
        let (_, s, ids) = first(&ENV.replace("SMTP_PORT=587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}SMTP_TLS_REJECT_UNAUTHORIZED=false\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}SMTP_TLS_REJECT_UNAUTHORIZED=true\n"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
        // `'0' !== 'false'`: PLANKA keeps verification on.
        let (_, _, ids) = first(&format!("{ENV}SMTP_TLS_REJECT_UNAUTHORIZED=0\n"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn compose_with_the_image() {
        let (client, _, _) = first(
            "services:\n  planka:\n    image: ghcr.io/plankanban/planka:2.0.0\n    environment:\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_USER=u\n      - SMTP_PASSWORD=u\n      - SMTP_FROM=planka@acme.io\n",
        );
        assert_eq!(client, "planka");
    }

    #[test]
    fn plain_smtp_names_alone_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=p\nSMTP_SECURE=false\nSMTP_FROM=a@acme.io\n",
        );
        assert_ne!(client, "planka");
    }
}
