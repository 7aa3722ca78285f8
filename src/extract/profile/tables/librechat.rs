//! LibreChat: the `EMAIL_*` variables of its `.env` (compose, Helm
//! `env:`), handed to nodemailer for verification and password-reset mail.
//!
//! Meaning (librechat.ai "Email setup", `.env.example`; the code:
//! `api/server/utils/sendEmail.js`, moved to `packages/api` in later
//! releases, and `checkEmailConfig` in `api/server/utils/emailHelpers`):
//!
//! * Mail is on when `EMAIL_SERVICE` or `EMAIL_HOST`, `EMAIL_USERNAME`,
//!   `EMAIL_PASSWORD` and `EMAIL_FROM` are all set. With `MAILGUN_API_KEY`
//!   and `MAILGUN_DOMAIN` set it sends through Mailgun's API instead, and
//!   the SMTP settings are not used.
//! * `EMAIL_SERVICE` (a nodemailer well-known service, `Postmark`,
//!   `gmail`…) wins over `EMAIL_HOST`/`EMAIL_PORT`: the preset's host, port
//!   and `secure` are used.
//! * `EMAIL_PORT` is `process.env.EMAIL_PORT ?? 25`: 25 when unset.
//! * `EMAIL_ENCRYPTION` is compared exactly: `secure: EMAIL_ENCRYPTION ===
//!   'tls'`, so `tls` is TLS from the first byte (what other apps call
//!   `ssl`), and `starttls` sets `requireTLS` (spelt `requireTls`, which
//!   nodemailer ignores, before the code moved to TypeScript: STARTTLS
//!   when offered there). Any other value (`ssl`, `none`, empty) passes
//!   `secure: false`: STARTTLS when the server offers it, also on port 465,
//!   where the client then waits for a greeting that never comes.
//! * `EMAIL_ALLOW_SELFSIGNED` (`isEnabled`: the word `true`, any case)
//!   turns certificate verification off; `EMAIL_ENCRYPTION_HOSTNAME` is
//!   the name the certificate is checked against.
//! * `EMAIL_FROM` is the From address (`EMAIL_FROM_NAME`, default
//!   `APP_TITLE`, its name).
//!
//! `EMAIL_HOST`, `EMAIL_PORT`, `EMAIL_USERNAME`, `EMAIL_FROM` are many
//! apps' names (Django's environment, netbox…), and `EMAIL_FROM_NAME` is
//! cal.com's too: the table needs a LibreChat name (`EMAIL_ENCRYPTION`
//! with `EMAIL_ALLOW_SELFSIGNED` or `EMAIL_ENCRYPTION_HOSTNAME`,
//! `EMAIL_SERVICE`, its other settings, its image) beside them.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, pairs, set, shared, syn, words, Fix, Hooks, Key,
    Marker, Pairs, Profile, Read, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_USERNAME", Username),
    k("EMAIL_PASSWORD", Password),
    k("EMAIL_FROM", From),
    k("EMAIL_ENCRYPTION", Encryption),
    k("EMAIL_ALLOW_SELFSIGNED", SkipVerify),
    kr("EMAIL_SERVICE", Host, Read::Preset),
    // With `MAILGUN_API_KEY` beside it: Mailgun's API instead of SMTP
    // (the `finish` hook drops it without the key).
    k("MAILGUN_DOMAIN", Transport),
];

const MARKERS: &[Marker] = &[
    mark("EMAIL_ALLOW_SELFSIGNED"),
    mark("EMAIL_ENCRYPTION_HOSTNAME"),
    mark("EMAIL_SERVICE"),
    mark("ALLOW_EMAIL_LOGIN"),
    mark("ALLOW_SOCIAL_LOGIN"),
    mark("CREDS_KEY"),
    mark("CREDS_IV"),
    mark("MEILI_MASTER_KEY"),
    mark("DOMAIN_CLIENT"),
    mark_value("image", "librechat"),
    shared(mark("EMAIL_ENCRYPTION")),
    shared(mark("EMAIL_FROM_NAME")),
];

const OTHER_KEYS: Words = words![
    "EMAIL_FROM_NAME",
    "EMAIL_ENCRYPTION_HOSTNAME",
    "MAILGUN_API_KEY",
    "MAILGUN_HOST",
    "APP_TITLE",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_USER", "EMAIL_USERNAME"),
    ("EMAIL_HOST_USER", "EMAIL_USERNAME"),
    ("EMAIL_PASS", "EMAIL_PASSWORD"),
    ("EMAIL_HOST_PASSWORD", "EMAIL_PASSWORD"),
    ("EMAIL_SECURE", "EMAIL_ENCRYPTION"),
    ("EMAIL_USE_TLS", "EMAIL_ENCRYPTION"),
    ("EMAIL_USE_SSL", "EMAIL_ENCRYPTION"),
    ("EMAIL_TLS", "EMAIL_ENCRYPTION"),
    ("EMAIL_FROM_ADDRESS", "EMAIL_FROM"),
    ("EMAIL_SERVER", "EMAIL_HOST"),
];

/// `secure: EMAIL_ENCRYPTION === 'tls'`, `requireTLS: … === 'starttls'`,
/// unless an `EMAIL_SERVICE` preset says `secure` (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    // A preset's `secure` (the `finish` hook's derived field) wins.
    if let Some(f) = cfg.get(ImplicitTls) {
        if f.value.text == "true" {
            tls.choose(Security::Implicit, Evidence::of(f));
            return tls;
        }
    }
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => {}
        Some(f) if f.value.text.trim() == "tls" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        Some(f) => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        None => {
            tls.choose(
                Security::StartTls,
                Evidence::absent("EMAIL_ENCRYPTION not set: STARTTLS when the server offers it"),
            );
        }
    }
    tls
}

/// `EMAIL_SERVICE` presets, and Mailgun's precedence: `sendEmail` uses
/// Mailgun's API when `MAILGUN_API_KEY` and `MAILGUN_DOMAIN` are both set,
/// so `MAILGUN_DOMAIN` selects another transport only beside a key.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn service(doc: &Document, configs: &mut Vec<Config>) {
    super::nodemailer::env_preset(doc, configs, "EMAIL_SERVICE");
    let keyed = doc.active().any(|e| {
        doc.key_of(e) == "MAILGUN_API_KEY"
            && (e.value.kind == crate::extract::read::ValKind::Reference
                || !doc.text_of(&e.value).trim().is_empty())
    });
    if !keyed {
        for c in configs.iter_mut() {
            c.fields.retain(|f| f.role != Transport);
        }
    }
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "EMAIL_ENCRYPTION",
            SetVal::Word("starttls"),
        )],
        "EMAIL_ENCRYPTION=starttls with EMAIL_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "EMAIL_ALLOW_SELFSIGNED=false"),
    fix_text(W::AuthOn, &[], "EMAIL_USERNAME and EMAIL_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current LibreChat release"),
    fix(
        W::Username,
        &[set(Username, "EMAIL_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "LibreChat has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LIBRECHAT: Profile = Profile {
    id: "librechat",
    name: "LibreChat EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.librechat.ai/docs/configuration/authentication/email https://github.com/danny-avila/LibreChat/blob/main/.env.example https://github.com/danny-avila/LibreChat/blob/main/api/server/utils/sendEmail.js",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "MAILGUN_API_KEY with MAILGUN_DOMAIN",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(service),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "EMAIL_SERVICE=\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_ENCRYPTION=starttls\nEMAIL_ENCRYPTION_HOSTNAME=\nEMAIL_ALLOW_SELFSIGNED=\nEMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_FROM_NAME=LibreChat\nEMAIL_FROM=chat@acme.io\n";

    #[test]
    fn starttls_and_the_from() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "librechat");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "chat@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_is_implicit_and_ssl_is_not() {
        let (_, s, ids) = first(&ENV.replace("=starttls", "=tls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `ssl` is not `tls`: secure stays false, STARTTLS on port 465.
        let (_, s, ids) = first(
            &ENV.replace("=starttls", "=ssl")
                .replace("EMAIL_PORT=587", "EMAIL_PORT=465"),
        );
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn default_port_and_self_signed() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_PORT=587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (_, _, ids) =
            first(&ENV.replace("EMAIL_ALLOW_SELFSIGNED=", "EMAIL_ALLOW_SELFSIGNED=TRUE"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) =
            first(&ENV.replace("EMAIL_ALLOW_SELFSIGNED=", "EMAIL_ALLOW_SELFSIGNED=1"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn a_service_preset_wins() {
        let (client, s, _) = first(
            &ENV.replace("EMAIL_SERVICE=", "EMAIL_SERVICE=Postmark")
                .replace("EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\n", ""),
        );
        assert_eq!(client, "librechat");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn a_django_env_is_not_taken() {
        let (client, _, _) = first(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=u\nEMAIL_USE_TLS=True\nDEFAULT_FROM_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "librechat");
    }

    #[test]
    fn mailgun_wins_with_its_key_and_domain() {
        let (_, _, ids) = first(&format!(
            "{ENV}MAILGUN_API_KEY=key-3f9a2c7e1b4d\nMAILGUN_DOMAIN=mg.acme.io\n"
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // The .env.example's empty Mailgun lines, or a domain without a key.
        for tail in [
            "MAILGUN_API_KEY=\nMAILGUN_DOMAIN=\n",
            "MAILGUN_DOMAIN=mg.acme.io\n",
        ] {
            let (_, _, ids) = first(&format!("{ENV}{tail}"));
            assert!(!has(&ids, "input/smtp-not-enabled"), "{tail}: {ids:?}");
        }
    }
}
