//! Consul Democracy's mail settings: the `smtp_settings:` hash of each
//! environment in `config/secrets.yml` (`mailer_delivery_method: "smtp"`
//! beside it), handed whole to ActionMailer.
//!
//! Meaning (consuldemocracy/consuldemocracy `config/secrets.yml.example`,
//! `config/environments/production.rb`: `delivery_method =
//! Rails.application.secrets.mailer_delivery_method || :smtp` and
//! `smtp_settings = Rails.application.secrets.smtp_settings`):
//!
//! * The keys are ActionMailer's, as strings or as Ruby symbols (`:address:`,
//!   the docs' and the installer's spelling; Rails symbolizes them either way) (`address`, `port`, `domain`,
//!   `user_name`, `password`, `authentication`, `enable_starttls_auto`,
//!   `ssl`/`tls`, `openssl_verify_mode`), read by the mail gem (see
//!   [`super::mail_gem`]): STARTTLS when offered unless
//!   `enable_starttls_auto: false`; a quoted `"false"` is a true string.
//! * No `port`: Net::SMTP's 25 (the example writes `port: 25`); no
//!   `address`: `localhost`.
//! * `mailer_delivery_method` picks the delivery method (`smtp` when
//!   unset); the sender is the app's own setting (Settings › "Mailer from
//!   address" in the admin panel), not in this file.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, shared, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::mail_gem;
use super::rails::{HOST_FIX, LEFTOVERS, OTHER_KEYS, PORT_FIX, VERIFY_FIX};

const KEYS: &[Key] = &[
    k("smtp_settings.address|smtp_settings.:address", Host),
    k("smtp_settings.port|smtp_settings.:port", Port),
    k("smtp_settings.user_name|smtp_settings.:user_name", Username),
    k("smtp_settings.password|smtp_settings.:password", Password),
    k(
        "smtp_settings.authentication|smtp_settings.:authentication",
        AuthMethod,
    ),
    k(
        "smtp_settings.enable_starttls_auto|smtp_settings.:enable_starttls_auto",
        StartTls,
    ),
    k(
        "smtp_settings.enable_starttls|smtp_settings.:enable_starttls",
        Encryption,
    ),
    k("smtp_settings.ssl|smtp_settings.:ssl", ImplicitTls),
    k("smtp_settings.tls|smtp_settings.:tls", ImplicitTls),
    k(
        "smtp_settings.openssl_verify_mode|smtp_settings.:openssl_verify_mode",
        VerifyMode,
    ),
    k("mailer_delivery_method", Transport),
];

/// Consul's own secrets (`mailer_delivery_method`, `server_name`, the
/// census and managers API names) beside an ActionMailer hash.
const MARKERS: &[Marker] = &[
    mark("mailer_delivery_method"),
    mark("server_name|managers_url|managers_application_key|census_api_end_point|rollbar_server_token"),
    shared(mark("smtp_settings.address|smtp_settings.:address")),
    shared(mark(
        "smtp_settings.enable_starttls_auto|smtp_settings.:enable_starttls_auto",
    )),
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp", ":smtp"],
    no_mail: words![
        "test",
        ":test",
        "file",
        ":file",
        "letter_opener",
        ":letter_opener",
        "letter_opener_web",
        ":letter_opener_web"
    ],
    local: words!["sendmail", ":sendmail"],
    missing: None,
    off: None,
    name: "mailer_delivery_method",
};

const FIXES: &[Fix] = &[
    PORT_FIX,
    HOST_FIX,
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "ssl", SetVal::Lit("false")),
            set_if(ImplicitTls, "tls", SetVal::Lit("false")),
            set(StartTls, "enable_starttls_auto", SetVal::Lit("true")),
        ],
    ),
    VERIFY_FIX,
    fix_text(W::AuthOn, &[], "smtp_settings: user_name and password"),
    fix_text(W::Username, &[], "user_name: \"{value}\""),
    fix_text(W::Password, &[], "password: \"{value}\""),
];

pub static CONSUL: Profile = Profile {
    id: "consul-democracy",
    name: "Consul Democracy (config/secrets.yml smtp_settings)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/consuldemocracy/consuldemocracy/blob/master/config/secrets.yml.example https://docs.consuldemocracy.org/",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "the admin panel's \"Mailer from address\" setting (not in secrets.yml)",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "production:\n  secret_key_base: \"\"\n  server_name: \"decide.acme-widgets.io\"\n  mailer_delivery_method: \"smtp\"\n  smtp_settings:\n    address: \"smtp.postmarkapp.com\"\n    port: 587\n    domain: \"acme-widgets.io\"\n    user_name: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    authentication: \"plain\"\n    enable_starttls_auto: true\n  force_ssl: true\n";

    #[test]
    fn secrets_smtp_settings_are_actionmailers() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "consul-democracy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_gems_reading_of_the_switches() {
        let (_, s, ids) = first(&YML.replace("auto: true", "auto: false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // A quoted "false" is a Ruby string: true.
        let (_, s, _) = first(&YML.replace("auto: true", "auto: \"false\""));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&YML.replace("enable_starttls_auto: true", "ssl: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn symbol_keys_as_the_docs_write_them() {
        let (client, s, ids) = first(
            "production:\n  server_name: \"decide.acme-widgets.io\"\n  mailer_delivery_method: :smtp\n  smtp_settings:\n    :address: \"smtp.postmarkapp.com\"\n    :port: 587\n    :domain: \"acme-widgets.io\"\n    :user_name: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    :password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    :authentication: \"plain\"\n    :enable_starttls_auto: false\n",
        );
        assert_eq!(client, "consul-democracy");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn sendmail_sends_no_smtp() {
        let (_, _, ids) = first(&YML.replace("method: \"smtp\"", "method: \"sendmail\""));
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i.starts_with("input/")),
            "the switch is reported: {ids:?}"
        );
    }
}
