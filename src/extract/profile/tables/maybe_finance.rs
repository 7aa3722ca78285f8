//! Maybe Finance and its fork Sure (we-promise/sure): the `SMTP_*` /
//! `EMAIL_SENDER` environment of the self-hosted Rails app (`.env`,
//! compose), read by `config/environments/production.rb` into
//! ActionMailer's SMTP settings (the mail gem 2.8 over Net::SMTP).
//!
//! Meaning (`.env.example` and the code: `config/environments/production.rb`,
//! `app/mailers/application_mailer.rb`; the same in both projects):
//!
//! * `SMTP_ADDRESS`, `SMTP_PORT`, `SMTP_USERNAME`, `SMTP_PASSWORD` are
//!   handed over as written. An unset `SMTP_PORT` is `port: nil`, which
//!   Net::SMTP dials as 25.
//! * `SMTP_TLS_ENABLED` is compared with `"true"` (`== "true"`): only then
//!   is the mail gem's `tls` on, TLS from the first byte (`.env.example`
//!   pairs it with port 465). Otherwise `tls: false` leaves the mail gem's
//!   default `enable_starttls_auto`: STARTTLS when the server offers it.
//! * `EMAIL_SENDER` is the From (`ENV.fetch("EMAIL_SENDER",
//!   "sender@maybe.local")`, named "Maybe Finance").
//!
//! Rallly's `.env` once had an `SMTP_TLS_ENABLED` too; Maybe's own names
//! beside it are `EMAIL_SENDER`, `SYNTH_API_KEY` and the image.

use crate::extract::profile::{
    beside, fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Fix, Key, Marker,
    Pairs, Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_ADDRESS", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_TLS_ENABLED", ImplicitTls),
    k("EMAIL_SENDER", From),
];

const MARKERS: &[Marker] = &[
    weighs(mark("EMAIL_SENDER"), 4),
    weighs(mark("SYNTH_API_KEY"), 3),
    // Rallly writes `SMTP_TLS_ENABLED` too, beside `SMTP_HOST`; beside
    // `SMTP_ADDRESS` (the name Maybe hands to ActionMailer's `address`) it
    // is Maybe's `.env` without its `EMAIL_SENDER`, which Chatwoot's
    // `SMTP_ADDRESS` marker took.
    beside(weighs(mark("SMTP_TLS_ENABLED"), 2), "SMTP_ADDRESS"),
    weighs(mark_value("image", "maybe-finance/maybe"), 6),
    weighs(mark_value("image", "we-promise/sure"), 6),
];

const OTHER_KEYS: Words = words![
    "SELF_HOSTED",
    "SECRET_KEY_BASE",
    "SYNTH_API_KEY",
    "APP_DOMAIN",
    "RAILS_FORCE_SSL",
    "RAILS_ASSUME_SSL",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_ADDRESS"),
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_SSL", "SMTP_TLS_ENABLED"),
    ("SMTP_TLS", "SMTP_TLS_ENABLED"),
    ("SMTP_ENABLE_STARTTLS_AUTO", "SMTP_TLS_ENABLED"),
    ("SMTP_FROM", "EMAIL_SENDER"),
    ("EMAIL_FROM", "EMAIL_SENDER"),
];

/// `tls: SMTP_TLS_ENABLED == "true"`, else the mail gem's STARTTLS when
/// offered.
const TLS: TlsModel = super::smtp_env::SECURE_ALWAYS_GIVEN;

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_ADDRESS", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_TLS_ENABLED", SetVal::Bool(false))],
        "SMTP_TLS_ENABLED=false (STARTTLS when offered) with SMTP_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain for Ruby's OpenSSL",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current release (Ruby/OpenSSL with TLS 1.2)",
    ),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix(W::From, &[set(From, "EMAIL_SENDER", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Maybe has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MAYBE_FINANCE: Profile = Profile {
    id: "maybe-finance",
    name: "Maybe Finance / Sure SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/maybe-finance/maybe/blob/main/.env.example https://github.com/maybe-finance/maybe/blob/main/config/environments/production.rb https://github.com/we-promise/sure/blob/main/config/environments/production.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    shared_names: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "EMAIL_SENDER (default sender@maybe.local)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "SELF_HOSTED=true\nSECRET_KEY_BASE=abc\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_TLS_ENABLED=false\nEMAIL_SENDER=finance@acme.io\n";

    #[test]
    fn tls_enabled_is_implicit_tls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "maybe-finance");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["from"], "finance@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("TLS_ENABLED=false", "TLS_ENABLED=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_example_env_is_not_rallly() {
        // `.env.example`'s shape: Rallly's markers include SMTP_TLS_ENABLED.
        let (client, s, ids) = first(
            "SELF_HOSTED=true\nSYNTH_API_KEY=\nSMTP_ADDRESS=\nSMTP_PORT=465\nSMTP_USERNAME=\nSMTP_PASSWORD=\nSMTP_TLS_ENABLED=true\nEMAIL_SENDER=\n",
        );
        assert_eq!(client, "maybe-finance");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "host/missing"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_smtp_block_without_its_sender_is_maybes() {
        // The `.env`'s SMTP block as pasted, without `EMAIL_SENDER` below
        // it: `SMTP_TLS_ENABLED` beside `SMTP_ADDRESS` (Chatwoot's
        // `SMTP_ADDRESS` took it before).
        let block = "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_TLS_ENABLED=false\n";
        let (client, s, ids) = first(block);
        assert_eq!(client, "maybe-finance");
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "from/missing"), "{ids:?}");
        // Beside another app's `SMTP_HOST` (Rallly's) it is not Maybe's.
        let (client, _, _) = first(&block.replace("SMTP_ADDRESS", "SMTP_HOST"));
        assert_ne!(client, "maybe-finance");
    }

    #[test]
    fn no_port_is_25() {
        let (_, s, ids) = first(&ENV.replace("SMTP_PORT=587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }
}
