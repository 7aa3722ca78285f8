//! NocoDB: the `NC_SMTP_*` environment variables, which configure and
//! switch on its SMTP plugin (nodemailer) at start-up.
//!
//! Meaning (NocoDB's environment-variable docs;
//! `packages/nocodb/src/helpers/NcPluginMgrv2.ts` `initPluginsFromEnv` and
//! `packages/nocodb/src/plugins/smtp/SMTP.ts`):
//!
//! * The plugin is set from the environment only when `NC_SMTP_FROM`,
//!   `NC_SMTP_HOST` and `NC_SMTP_PORT` are all set; otherwise the SMTP
//!   settings saved in the UI (or none: invitations then only show a link)
//!   are used. There is no default port.
//! * `NC_SMTP_SECURE` is compared with the exact text `true`: then
//!   nodemailer's `secure` (TLS from the first byte); anything else is
//!   `secure: false`, STARTTLS when the server offers it, on every port
//!   (465 included: `secure` is always given, so nodemailer does not infer
//!   it from the port).
//! * `NC_SMTP_IGNORE_TLS=true` is nodemailer's `ignoreTLS`: no STARTTLS,
//!   clear text.
//! * `NC_SMTP_REJECT_UNAUTHORIZED` is compared with `true` and handed to
//!   `tls.rejectUnauthorized`: `false` turns certificate checks off. Note
//!   that unset also gives `false` (certificates are not checked unless it
//!   is `true`); only a written value is reported here.
//! * `NC_SMTP_USERNAME` / `NC_SMTP_PASSWORD` are the login;
//!   `NC_SMTP_FROM` is the From (required).

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("NC_SMTP_HOST", Host),
    k("NC_SMTP_PORT", Port),
    k("NC_SMTP_USERNAME", Username),
    k("NC_SMTP_PASSWORD", Password),
    k("NC_SMTP_FROM", From),
    k("NC_SMTP_SECURE", ImplicitTls),
    k("NC_SMTP_IGNORE_TLS", NoStartTls),
    k("NC_SMTP_REJECT_UNAUTHORIZED", VerifyPeer),
];

const OTHER_KEYS: Words = words!["NC_SMTP_FROM_DOMAIN"];

const LEFTOVERS: Pairs = pairs![
    ("NC_SMTP_USER", "NC_SMTP_USERNAME"),
    ("NC_SMTP_PASS", "NC_SMTP_PASSWORD"),
    ("NC_SMTP_SSL", "NC_SMTP_SECURE"),
    ("NC_SMTP_TLS", "NC_SMTP_SECURE"),
];

/// `secure` always given: true is TLS from the first byte, false STARTTLS
/// when offered, whatever the port.
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
    fix(W::Port, &[set(Port, "NC_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "NC_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "NC_SMTP_SECURE", SetVal::Bool(false)),
            set(NoStartTls, "NC_SMTP_IGNORE_TLS", SetVal::Bool(false)),
        ],
        "NC_SMTP_SECURE=false and NC_SMTP_IGNORE_TLS=false",
    ),
    fix_text(W::VerifyOn, &[], "NC_SMTP_REJECT_UNAUTHORIZED=true"),
    fix_text(W::AuthOn, &[], "NC_SMTP_USERNAME and NC_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current NocoDB release"),
    fix(
        W::Username,
        &[set(Username, "NC_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "NC_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "NC_SMTP_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "NocoDB has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NOCODB: Profile = Profile {
    id: "nocodb-env",
    name: "NocoDB NC_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://nocodb.com/docs/self-hosting/environment-variables https://github.com/nocodb/nocodb/blob/develop/packages/nocodb/src/helpers/NcPluginMgrv2.ts https://github.com/nocodb/nocodb/blob/develop/packages/nocodb/src/plugins/smtp/SMTP.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["NC_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `process.env.NC_SMTP_SECURE === 'true'`.
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    fixes: FIXES,
    sender_hint: "NC_SMTP_FROM (required to switch the plugin on)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "NC_SMTP_FROM=nocodb@acme.io\nNC_SMTP_HOST=smtp.postmarkapp.com\nNC_SMTP_PORT=587\nNC_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nNC_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nNC_SMTP_SECURE=false\nNC_SMTP_IGNORE_TLS=false\n";

    #[test]
    fn secure_false_is_starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "nocodb-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "nocodb@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn secure_true_and_ignore_tls() {
        let (_, s, ids) = first(&ENV.replace("SECURE=false", "SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("IGNORE_TLS=false", "IGNORE_TLS=true"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Only the text `true` is on: `1` is secure: false.
        let (_, s, _) = first(&ENV.replace("SECURE=false", "SECURE=1"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn reject_unauthorized_false_is_reported() {
        let (_, _, ids) = first(&format!("{ENV}NC_SMTP_REJECT_UNAUTHORIZED=false\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}
