//! Automatisch: the `SMTP_*` and `FROM_EMAIL` variables of its backend
//! `.env` / container environment, handed to nodemailer.
//!
//! Meaning (Automatisch docs "Configuration" → environment variables, and
//! `packages/backend/src/config/app.js` with
//! `packages/backend/src/helpers/mailer.ee.js`):
//!
//! * `SMTP_HOST`; `SMTP_PORT` is `parseInt(SMTP_PORT || '587')`: 587 when
//!   unset, also with `SMTP_SECURE` on (nodemailer never picks 465 itself,
//!   the port is always passed).
//! * `SMTP_SECURE === 'true'` — exactly `true`: `TRUE` or `1` are false —
//!   is nodemailer's `secure`, TLS from the first byte; otherwise STARTTLS
//!   when the server offers it.
//! * `SMTP_USER`/`SMTP_PASSWORD` are always passed as `auth`.
//! * `FROM_EMAIL` is the From of every mail it sends.
//! * Markers: `WEBHOOK_SECRET_KEY`, `SERVE_WEB_APP_SEPARATELY` and
//!   `ENABLE_BULLMQ_DASHBOARD` are Automatisch's own names (its
//!   `.env-example`); `SMTP_HOST`… alone are every app's.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Key, Marker, Profile, SetVal, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SECURE", ImplicitTls),
    k("FROM_EMAIL", From),
];

const MARKERS: &[Marker] = &[
    mark("WEBHOOK_SECRET_KEY"),
    mark("SERVE_WEB_APP_SEPARATELY"),
    mark("ENABLE_BULLMQ_DASHBOARD"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_SECURE", SetVal::Word("false"))],
        "SMTP_SECURE=false",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Automatisch release"),
    fix(W::Username, &[set(Username, "SMTP_USER", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Automatisch has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static AUTOMATISCH_ENV: Profile = Profile {
    id: "automatisch-env",
    name: "Automatisch SMTP_* / FROM_EMAIL environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://automatisch.io/docs/advanced/configuration https://github.com/automatisch/automatisch/blob/main/packages/backend/src/config/app.js https://github.com/automatisch/automatisch/blob/main/packages/backend/src/helpers/mailer.ee.js",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: words![],
    case_sensitive: true,
    truth: Truth::Exactly(words!["true"]),
    port: Some(587),
    fixes: FIXES,
    sender_hint: "FROM_EMAIL",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "WEBHOOK_SECRET_KEY=sample-webhook-key\nAPP_SECRET_KEY=sample-app-secret-key\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nFROM_EMAIL=hello@acme-widgets.io\n";

    #[test]
    fn secure_false_upgrades() {
        clean_starttls(ENV, "automatisch-env");
    }

    #[test]
    fn only_lower_case_true_is_secure() {
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=TRUE"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_port_defaults_to_587() {
        let r = crate::lint(
            &ENV.replace("SMTP_PORT=587\n", ""),
            &crate::Options::default(),
        );
        let missing = r.findings.iter().find(|f| f.id == "port/missing");
        assert!(
            missing.is_some_and(|f| f.message.contains("587")),
            "{:?}",
            r.findings
        );
    }
}
