//! A Rails app's ActionMailer settings from its environment, with no app
//! named: `SMTP_ADDRESS`, `SMTP_PORT`, `SMTP_USERNAME` / `SMTP_USER_NAME`,
//! `SMTP_PASSWORD`, `SMTP_AUTHENTICATION`, `SMTP_ENABLE_STARTTLS_AUTO`,
//! `SMTP_SSL` / `SMTP_TLS`, `SMTP_OPENSSL_VERIFY_MODE`, `SMTP_DOMAIN`: the
//! keys of ActionMailer's `smtp_settings` upper-cased, which many Rails
//! apps hand over one to one in `config/environments/production.rb`
//! (ciao, biteworthy, owenbendavies/cms, puzzlenode; Chatwoot and DocuSeal
//! do too, and have tables of their own, found by their own names).
//!
//! Meaning (ActionMailer::Base "Configuration options", the guide's
//! "Action Mailer Configuration", and the `mail` gem's `Mail::SMTP`, see
//! [`super::mail_gem`]):
//!
//! * `enable_starttls_auto` defaults to true: STARTTLS when the server
//!   offers it; only a false value sends in clear text.
//! * `ssl` / `tls` true: TLS from the first byte (SMTPS), which wins over
//!   STARTTLS in the gem before 2.9.
//! * `openssl_verify_mode: none` turns certificate checks off.
//! * `user_name` given: Net::SMTP logs in (`authentication` defaults to
//!   PLAIN). `domain` is the HELO name.
//!
//! What the app does with an unset port or host is its own code
//! (`ENV["SMTP_PORT"]` nil is Net::SMTP's 25, `ENV.fetch("SMTP_PORT",
//! 587)` is 587), so the table claims no default. How it casts the words
//! is its own too (Chatwoot's `ActiveModel::Type::Boolean`, Lobsters'
//! `== "true"`; ciao hands the raw string, where even `"false"` is true to
//! Ruby): the words are read as they are written (`false` off), which is
//! what each app's docs mean by them. No sender key is ActionMailer's: the
//! app's own (`SMTP_FROM`, `MAIL_FROM`, `MAILER_SENDER`) is taken as the
//! From. Chatwoot's table reads the same names and needs one of its own
//! names beside them (`MAILER_SENDER_EMAIL`, `FRONTEND_URL`…).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, shared, syn, words, Both, Fix, Key, Marker, Profile, Sec,
    SetVal, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_ADDRESS", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME|SMTP_USER_NAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("SMTP_ENABLE_STARTTLS_AUTO", StartTls),
    k("SMTP_SSL", ImplicitTls),
    k("SMTP_TLS", ImplicitTls),
];

/// `SMTP_ADDRESS` is ActionMailer's `address`: no other library's
/// environment names its host so. The option names beside it add to it.
const MARKERS: &[Marker] = &[
    mark("SMTP_ADDRESS"),
    shared(mark("SMTP_AUTHENTICATION")),
    shared(mark("SMTP_ENABLE_STARTTLS_AUTO")),
    shared(mark("SMTP_OPENSSL_VERIFY_MODE")),
];

/// ActionMailer's `domain` (the HELO name).
pub(super) const OTHER_KEYS: Words = words!["SMTP_DOMAIN"];

/// The mail gem's TLS switches as these names carry them: STARTTLS when
/// offered unless `SMTP_ENABLE_STARTTLS_AUTO` is false, SMTPS when
/// `SMTP_SSL`/`SMTP_TLS` is true (it wins over STARTTLS).
pub(super) const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

pub(super) const PORT_FIX: Fix = fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]);
pub(super) const HOST_FIX: Fix = fix(W::Host, &[set(Host, "SMTP_ADDRESS", SetVal::Given)]);
pub(super) const STARTTLS_FIX: Fix = fix_text(
    W::StartTls,
    &[
        set_if(ImplicitTls, "SMTP_SSL", SetVal::Remove),
        set_if(ImplicitTls, "SMTP_TLS", SetVal::Remove),
        set_if(StartTls, "SMTP_ENABLE_STARTTLS_AUTO", SetVal::Lit("true")),
    ],
    "SMTP_ENABLE_STARTTLS_AUTO=true and remove SMTP_SSL / SMTP_TLS",
);
pub(super) const VERIFY_FIX: Fix = fix_text(
    W::VerifyOn,
    &[set_if(
        VerifyMode,
        "SMTP_OPENSSL_VERIFY_MODE",
        SetVal::Word("peer"),
    )],
    "SMTP_OPENSSL_VERIFY_MODE=peer",
);
pub(super) const TLS_MODERN_FIX: Fix = fix_text(
    W::TlsModern,
    &[],
    "a Ruby/OpenSSL build that supports TLS 1.2",
);
pub(super) const PASSWORD_FIX: Fix = fix_text(W::Password, &[], "SMTP_PASSWORD={value}");

const FIXES: &[Fix] = &[
    PORT_FIX,
    HOST_FIX,
    STARTTLS_FIX,
    VERIFY_FIX,
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    TLS_MODERN_FIX,
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    PASSWORD_FIX,
];

pub static RAILS_ENV: Profile = Profile {
    id: "rails-env",
    name: "Rails ActionMailer settings from env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://api.rubyonrails.org/classes/ActionMailer/Base.html https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration https://github.com/mikel/mail/blob/master/lib/mail/network/delivery_methods/smtp.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    shared_names: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TLS,
    fixes: FIXES,
    sender_hint: "the app's own sender setting (ActionMailer's `default from:`)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_DOMAIN=acme.io\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_AUTHENTICATION=plain\nSMTP_ENABLE_STARTTLS_AUTO=true\n";

    #[test]
    fn an_unmarked_rails_env_is_actionmailers_not_chatwoots() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "rails-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // One name of Chatwoot's own beside them: Chatwoot.
        let (client, ..) = first(&format!("{ENV}MAILER_SENDER_EMAIL=Acme <hi@acme.io>\n"));
        assert_eq!(client, "chatwoot");
    }

    #[test]
    fn actionmailers_tls_switches() {
        // No switch: `enable_starttls_auto` defaults to true.
        let (_, s, _) = first(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER_NAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_eq!(s["security"], "starttls");
        assert!(!s["username"].is_null(), "SMTP_USER_NAME is the username");
        let (_, s, ids) = first(&format!("{ENV}SMTP_ENABLE_STARTTLS_AUTO=false\n"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}SMTP_SSL=true\n"));
        assert_eq!(s["security"], "implicit");
        let (_, _, ids) = first(&format!("{ENV}SMTP_OPENSSL_VERIFY_MODE=none\n"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn no_default_port_is_claimed() {
        let r = crate::lint(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n",
            &crate::Options::default(),
        );
        assert_eq!(r.configs[0].client, "rails-env");
        assert!(r.configs[0].settings.port.is_none());
        let f = r.findings.iter().find(|f| f.id == "port/missing").unwrap();
        assert!(!f.message.contains("587"), "{}", f.message);
    }

    #[test]
    fn the_apps_sender_key_is_its_from() {
        let (client, s, ids) = first(&format!("{ENV}MAIL_FROM=notifications@acme.io\n"));
        assert_eq!(client, "rails-env");
        assert_eq!(s["from"], "notifications@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn another_libraries_smtp_names_are_not_rails() {
        // nodemailer-style names without `SMTP_ADDRESS`: not this table.
        let (client, ..) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "rails-env");
    }
}
