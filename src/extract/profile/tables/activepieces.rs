//! Activepieces: the `AP_SMTP_*` environment variables (its `.env`,
//! compose `environment:`, the Helm chart's `env`), the system-wide SMTP
//! server that a platform's own SMTP settings (made in the UI) replace.
//!
//! Meaning (Activepieces docs "Environment Variables" and "Setup SMTP"; the
//! code: `packages/server/api/src/app/ee/helper/email/email-sender/smtp-email-sender.ts`,
//! later `app/helper/email/email-sender/smtp-email-sender.ts`; the
//! variables are the `AppSystemProp` names with the `AP_` prefix):
//!
//! * Mail is sent only when `AP_SMTP_HOST`, `AP_SMTP_PORT`,
//!   `AP_SMTP_USERNAME` and `AP_SMTP_PASSWORD` are all set (recent releases
//!   also want both sender variables); otherwise each mail is dropped with
//!   "SMTP isn't configured". There is no default port.
//! * nodemailer with `secure: port === 465`: implicit TLS on 465, elsewhere
//!   STARTTLS whenever the server offers it. (Releases of 2024 compared the
//!   platform's port, `smtp?.port === 465`, so the environment's 465 got
//!   `secure: false`, a STARTTLS attempt on the implicit-TLS port.)
//! * It always logs in with the username and password.
//! * The From is `AP_SMTP_SENDER_NAME <AP_SMTP_SENDER_EMAIL>`.
//!
//! The `AP_SMTP_` names are Activepieces' own.

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Fix, Key, Pairs, Profile, SetVal, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("AP_SMTP_HOST", Host),
    k("AP_SMTP_PORT", Port),
    k("AP_SMTP_USERNAME", Username),
    k("AP_SMTP_PASSWORD", Password),
    k("AP_SMTP_SENDER_EMAIL", From),
];

const OTHER_KEYS: Words = words!["AP_SMTP_SENDER_NAME"];

const LEFTOVERS: Pairs = pairs![
    ("AP_SMTP_USER", "AP_SMTP_USERNAME"),
    ("AP_SMTP_PASS", "AP_SMTP_PASSWORD"),
    ("AP_SMTP_FROM", "AP_SMTP_SENDER_EMAIL"),
    ("AP_SMTP_FROM_EMAIL", "AP_SMTP_SENDER_EMAIL"),
    ("AP_SMTP_SENDER", "AP_SMTP_SENDER_EMAIL"),
    ("AP_SMTP_SECURE", "AP_SMTP_PORT"),
    ("AP_SMTP_USE_SSL", "AP_SMTP_PORT"),
    ("AP_SMTP_USE_TLS", "AP_SMTP_PORT"),
];

/// nodemailer's default with `secure: port === 465`.
const TLS: TlsModel = super::nodemailer::TLS;

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "AP_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "AP_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "AP_SMTP_PORT=587 (Activepieces then upgrades with STARTTLS)",
    ),
    super::smtp_env::CHAIN_FIX,
    fix_text(W::AuthOn, &[], "AP_SMTP_USERNAME and AP_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Activepieces image"),
    fix(
        W::Username,
        &[set(Username, "AP_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "AP_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "AP_SMTP_SENDER_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Activepieces has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ACTIVEPIECES: Profile = Profile {
    id: "activepieces",
    name: "Activepieces AP_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.activepieces.com/docs/install/configuration/environment-variables https://github.com/activepieces/activepieces/blob/main/packages/server/api/src/app/ee/helper/email/email-sender/smtp-email-sender.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["AP_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "AP_SMTP_SENDER_EMAIL (with AP_SMTP_SENDER_NAME)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "AP_FRONTEND_URL=https://flows.acme.io\nAP_SMTP_HOST=smtp.postmarkapp.com\nAP_SMTP_PORT=587\nAP_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAP_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAP_SMTP_SENDER_EMAIL=flows@acme.io\nAP_SMTP_SENDER_NAME=Acme Flows\n";

    #[test]
    fn starttls_when_offered_implicit_on_465() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "activepieces");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "flows@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("AP_SMTP_PORT=587", "AP_SMTP_PORT=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn no_default_port_and_unread_names() {
        let (_, s, ids) = first(
            &ENV.replace("AP_SMTP_PORT=587\n", "")
                .replace("AP_SMTP_SENDER_EMAIL", "AP_SMTP_FROM"),
        );
        assert!(s["port"].is_null(), "{s:?}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
