//! Rallly (self-hosted): the `SMTP_*` environment of its `.env` /
//! `config.env` and compose file.
//!
//! Meaning (rallly.co self-hosting "Configuration", `apps/docs/self-hosting/configuration.mdx`;
//! the code: `apps/web/src/env.ts` for the schema,
//! `packages/emails/src/transport.ts` for the nodemailer transport,
//! `packages/emails/src/send.tsx` for the sender):
//!
//! * `EMAIL_PROVIDER` is `smtp` (the default) or `ses` (Amazon SES through
//!   the AWS SDK, no SMTP settings read).
//! * `SMTP_SECURE` is `secure: SMTP_SECURE === "true"`: TLS from the first
//!   byte when `true`; otherwise `secure: false` is always handed over, so
//!   even port 465 gets a plain connection (then STARTTLS when offered).
//!   `SMTP_PORT` unset is nodemailer's 587, or 465 with `SMTP_SECURE=true`.
//! * `SMTP_REJECT_UNAUTHORIZED=false` (v4.4+) turns certificate
//!   verification off; `SMTP_TLS_ENABLED` is deprecated and no longer read.
//! * It logs in when `SMTP_USER` or `SMTP_PWD` is set.
//! * The From is `NOREPLY_EMAIL`, else `SUPPORT_EMAIL` (required), named
//!   `NOREPLY_EMAIL_NAME` (default `Rallly`).
//!
//! The Helm chart (lukevella/rallly-selfhosted `charts/rallly/values.yaml`)
//! writes the same settings as `smtp.host`, `smtp.port` (default 587),
//! `smtp.secure`, `smtp.user`, `smtp.password`, `smtp.rejectUnauthorized`,
//! `noreplyEmail` and `supportEmail`, rendered into those variables.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, shared, syn, weighs, words, Fix, Hooks, Key, Profile,
    SetVal, Switch, TlsModel, Truth, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_PROVIDER", Transport),
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_USER", Username),
    k("SMTP_PWD", Password),
    k("SMTP_REJECT_UNAUTHORIZED", VerifyPeer),
    k("SUPPORT_EMAIL", From),
    k("NOREPLY_EMAIL", From),
];

/// `secure` is always written: only `SMTP_SECURE=true` is implicit TLS
/// (no port turns it on); STARTTLS when offered otherwise.
const TLS: TlsModel = TlsModel::OPPORTUNISTIC;

/// `NOREPLY_EMAIL || SUPPORT_EMAIL`: the support address is the From only
/// without a no-reply address.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let noreply = c
            .all(From)
            .any(|f| f.key == "NOREPLY_EMAIL" && !f.value.text.trim().is_empty());
        if noreply {
            c.fields
                .retain(|f| !(f.role == From && f.key == "SUPPORT_EMAIL"));
        }
    }
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false))],
    ),
    fix_text(W::VerifyOn, &[], "SMTP_REJECT_UNAUTHORIZED=true"),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PWD"),
    fix_text(W::TlsModern, &[], "a current Rallly release"),
    fix_text(W::Username, &[], "SMTP_USER={value}"),
    fix_text(W::Password, &[], "SMTP_PWD={value}"),
    fix_text(W::From, &[], "NOREPLY_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Rallly has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static RALLLY: Profile = Profile {
    id: "rallly",
    name: "Rallly SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://support.rallly.co/self-hosting/configuration https://github.com/lukevella/rallly/blob/main/packages/emails/src/transport.ts https://github.com/lukevella/rallly/blob/main/apps/web/src/env.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    // SMTP_HOST/SMTP_USER are anyone's: Rallly's own names beside them.
    markers: &[
        weighs(mark("SMTP_PWD"), 6),
        weighs(mark("NOREPLY_EMAIL_NAME"), 6),
        weighs(mark("SECRET_PASSWORD"), 3),
        weighs(mark("NOREPLY_EMAIL"), 3),
        // No longer read by Rallly, and Maybe Finance's name for its TLS
        // switch: it adds to Rallly's own names, recognises nothing alone.
        shared(weighs(mark("SMTP_TLS_ENABLED"), 2)),
    ],
    needs_marker: true,
    // `SMTP_TLS_ENABLED` is deprecated and unread: nothing to rename it to.
    other_keys: words![
        "NOREPLY_EMAIL_NAME",
        "SMTP_TLS_SERVERNAME",
        "SMTP_DEBUG",
        "SMTP_TLS_ENABLED"
    ],
    leftovers: pairs![
        ("SMTP_PASSWORD", "SMTP_PWD"),
        ("SMTP_PASS", "SMTP_PWD"),
        ("SMTP_USERNAME", "SMTP_USER"),
        ("SMTP_FROM", "NOREPLY_EMAIL"),
    ],
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_PROVIDER",
    }),
    fixes: FIXES,
    sender_hint: "NOREPLY_EMAIL (else SUPPORT_EMAIL)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

const HELM_KEYS: &[Key] = &[
    k("smtp.host", Host),
    k("smtp.port", Port),
    k("smtp.secure", ImplicitTls),
    k("smtp.user", Username),
    k("smtp.password", Password),
    k("smtp.rejectUnauthorized", VerifyPeer),
    k("supportEmail", From),
    k("noreplyEmail", From),
];

const HELM_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp.port: {port}"),
    fix_text(W::Host, &[], "smtp.host: {value}"),
    fix_text(W::StartTls, &[], "smtp.secure: false"),
    fix_text(W::VerifyOn, &[], "smtp.rejectUnauthorized: true"),
    fix_text(W::AuthOn, &[], "smtp.user and smtp.password"),
    fix_text(W::TlsModern, &[], "a current Rallly release"),
    fix_text(W::Username, &[], "smtp.user: {value}"),
    fix_text(W::Password, &[], "smtp.password: {value}"),
    fix_text(W::From, &[], "noreplyEmail: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Rallly has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The chart's `noreplyEmail || supportEmail`, as the environment's.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn helm_finish(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let noreply = c
            .all(From)
            .any(|f| f.key.ends_with("noreplyEmail") && !f.value.text.trim().is_empty());
        c.fields.retain(|f| {
            !(f.role == From
                && (f.value.text.trim().is_empty() || (noreply && f.key.ends_with("supportEmail"))))
        });
    }
}

pub static RALLLY_HELM: Profile = Profile {
    id: "rallly-helm",
    name: "Rallly Helm values smtp:",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/lukevella/rallly-selfhosted/blob/main/charts/rallly/values.yaml https://github.com/lukevella/rallly/blob/main/packages/emails/src/transport.ts",
    syntaxes: syn::YAML | syn::JSON,
    keys: HELM_KEYS,
    markers: &[
        mark("noreplyEmail"),
        mark("supportEmail"),
        mark("secretPassword"),
        mark("existingSecretKeys.smtpPassword"),
    ],
    needs_marker: true,
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    fixes: HELM_FIXES,
    sender_hint: "noreplyEmail (else supportEmail) in the chart's values",
    hooks: Hooks {
        finish: Some(helm_finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn smtp_tls_enabled_alone_is_not_rallly() {
        // Maybe Finance's SMTP block without its EMAIL_SENDER: its
        // SMTP_TLS_ENABLED is no sign of Rallly (which no longer reads it).
        let maybe = "SELF_HOSTED=true\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_TLS_ENABLED=false\n";
        let (client, s, ids) = first(maybe);
        assert_ne!(client, "rallly");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!has(&ids, "host/missing"), "{ids:?}");
        // Beside Rallly's own names it still counts.
        assert_eq!(first(&format!("{ENV}SMTP_TLS_ENABLED=true\n")).0, "rallly");
    }

    const ENV: &str = "SECRET_PASSWORD=0123456789abcdef0123456789abcdef\nSUPPORT_EMAIL=help@acme.io\nNOREPLY_EMAIL=noreply@acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PWD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn secure_is_the_only_implicit_switch() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "rallly");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // 465 without SMTP_SECURE=true: secure false is still handed over.
        let (_, s, _) = first(&ENV.replace("SMTP_PORT=587", "SMTP_PORT=465"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn support_email_is_the_fallback_sender() {
        let (_, s, _) = first(&ENV.replace("NOREPLY_EMAIL=noreply@acme.io\n", ""));
        assert_eq!(s["from"], "help@acme.io");
    }

    #[test]
    fn helm_values() {
        let (client, s, _) = first(
            "supportEmail: help@acme.io\nnoreplyEmail: \"\"\nsecretPassword: x\nsmtp:\n  host: smtp.postmarkapp.com\n  port: 587\n  secure: true\n  user: u\n  password: u\n  rejectUnauthorized: true\n",
        );
        assert_eq!(client, "rallly-helm");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "help@acme.io");
    }

    #[test]
    fn ses_provider_leaves_smtp_unread() {
        let (_, _, ids) = first(&format!("EMAIL_PROVIDER=ses\n{ENV}"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
