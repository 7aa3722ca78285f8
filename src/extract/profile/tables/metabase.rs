//! Metabase: the `MB_EMAIL_*` environment variables (the same settings as
//! Admin > Settings > Email; an environment variable wins over the admin
//! form), sent through the Clojure library postal (JavaMail).
//!
//! Meaning (metabase.com/docs/latest/configuring-metabase/environment-variables
//! and …/email, `src/metabase/channel/email.clj` `add-ssl-settings`, postal's
//! `postal/support.clj`):
//!
//! * `MB_EMAIL_SMTP_SECURITY` is `none` (the default), `ssl`, `tls` or
//!   `starttls`. `ssl` is TLS from the first byte (postal's `smtps`);
//!   **`tls` is not implicit TLS**: Metabase hands postal `:tls true`, which
//!   sets `mail.smtp.starttls.enable`, so JavaMail upgrades with STARTTLS
//!   when the server offers it and stays in clear otherwise; `starttls` also
//!   sets `mail.smtp.starttls.required`, so STARTTLS is mandatory. Any other
//!   value adds nothing (clear text).
//! * `MB_EMAIL_SMTP_PORT` has no Metabase default; postal then uses 25, or
//!   465 with `ssl`.
//! * Email counts as configured when `MB_EMAIL_SMTP_HOST` is set;
//!   `MB_EMAIL_FROM_ADDRESS` is the From (default
//!   `notifications@metabase.com`).

use crate::extract::profile::{
    fix, fix_text, k, pairs, set, syn, words, Both, Fix, Key, Pairs, Profile, Sec, SetVal,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MB_EMAIL_SMTP_HOST", Host),
    k("MB_EMAIL_SMTP_PORT", Port),
    k("MB_EMAIL_SMTP_SECURITY", Encryption),
    k("MB_EMAIL_SMTP_USERNAME", Username),
    k("MB_EMAIL_SMTP_PASSWORD", Password),
    k("MB_EMAIL_FROM_ADDRESS", From),
];

const OTHER_KEYS: Words = words![
    "MB_EMAIL_FROM_NAME",
    "MB_EMAIL_REPLY_TO",
    "MB_EMAIL_MAX_RECIPIENTS_PER_SECOND",
];

const LEFTOVERS: Pairs = pairs![
    ("MB_EMAIL_SMTP_USER", "MB_EMAIL_SMTP_USERNAME"),
    ("MB_EMAIL_SMTP_PASS", "MB_EMAIL_SMTP_PASSWORD"),
    ("MB_EMAIL_SMTP_SECURE", "MB_EMAIL_SMTP_SECURITY"),
    ("MB_EMAIL_SMTP_TLS", "MB_EMAIL_SMTP_SECURITY"),
    ("MB_EMAIL_FROM", "MB_EMAIL_FROM_ADDRESS"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MB_EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MB_EMAIL_SMTP_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[set(
            Encryption,
            "MB_EMAIL_SMTP_SECURITY",
            SetVal::Word("starttls"),
        )],
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "MB_EMAIL_SMTP_USERNAME and MB_EMAIL_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Metabase release (Java 11+)"),
    fix_text(W::Username, &[], "MB_EMAIL_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "MB_EMAIL_SMTP_PASSWORD={value}"),
    fix(
        W::From,
        &[set(From, "MB_EMAIL_FROM_ADDRESS", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Metabase has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static METABASE: Profile = Profile {
    id: "metabase-env",
    name: "Metabase MB_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.metabase.com/docs/latest/configuring-metabase/environment-variables https://www.metabase.com/docs/latest/configuring-metabase/email https://github.com/metabase/metabase/blob/master/src/metabase/channel/email.clj https://github.com/drewr/postal/blob/master/src/postal/support.clj",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    family: &["MB_EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("none", Sec::Plain),
            ("ssl", Sec::Implicit),
            ("tls", Sec::Auto),
            ("starttls", Sec::StartTls),
            ("", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Implicit,
        absent: "MB_EMAIL_SMTP_SECURITY is not set, and Metabase's default is none",
    },
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "MB_EMAIL_FROM_ADDRESS (default notifications@metabase.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn tls_is_starttls_when_offered_not_implicit() {
        let (client, s, ids) = first(
            "MB_EMAIL_SMTP_HOST=smtp.postmarkapp.com\nMB_EMAIL_SMTP_PORT=587\nMB_EMAIL_SMTP_SECURITY=tls\nMB_EMAIL_SMTP_USERNAME=u\nMB_EMAIL_SMTP_PASSWORD=u\nMB_EMAIL_FROM_ADDRESS=a@acme.io\n",
        );
        assert_eq!(client, "metabase-env");
        // When offered (the report names both STARTTLS modes `starttls`).
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(
            "MB_EMAIL_SMTP_HOST=smtp.postmarkapp.com\nMB_EMAIL_SMTP_PORT=587\nMB_EMAIL_SMTP_SECURITY=starttls\n",
        );
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn ssl_is_implicit_and_the_default_is_clear_text() {
        let (_, s, ids) = first(
            "MB_EMAIL_SMTP_HOST=smtp.postmarkapp.com\nMB_EMAIL_SMTP_PORT=465\nMB_EMAIL_SMTP_SECURITY=ssl\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(
            "MB_EMAIL_SMTP_HOST=smtp.postmarkapp.com\nMB_EMAIL_SMTP_PORT=587\nMB_EMAIL_SMTP_USERNAME=u\nMB_EMAIL_SMTP_PASSWORD=u\n",
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }
}
