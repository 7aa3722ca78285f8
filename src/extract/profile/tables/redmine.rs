//! Redmine: `email_delivery:` in `config/configuration.yml` (formerly
//! `config/email.yml`), whose `smtp_settings:` become ActionMailer's, so
//! the `mail` gem decides what they mean (see [`super::mail_gem`]).
//!
//! Meaning (redmine.org wiki "EmailConfiguration",
//! `config/configuration.yml.example` and `lib/redmine/configuration.rb`):
//!
//! * The file has a `default:` section and one per Rails environment;
//!   Redmine merges the environment's section over `default:` key by key
//!   at the top level, so a `production: email_delivery:` replaces the
//!   default one whole. Without any `email_delivery` Redmine sends no mail
//!   (`perform_deliveries` stays off).
//! * `delivery_method`: `:smtp` or `:async_smtp` (settings then under
//!   `async_smtp_settings`) send through SMTP; `:sendmail` and
//!   `:async_sendmail` hand mail to the local sendmail.
//! * `smtp_settings`: `address` (default `localhost`), `port` (default
//!   25), `user_name`/`password` with `authentication` (`:login`,
//!   `:plain`, `:cram_md5`), `enable_starttls_auto`, `tls`/`ssl`,
//!   `openssl_verify_mode` — the mail gem's reading (STARTTLS when offered
//!   unless switched off; `tls`/`ssl` TLS from the first byte). YAML
//!   values are Ruby values: a quoted `"false"` is a true string.
//! * The From is not in the file: it is the "Emission email address" of
//!   Administration → Settings → Email notifications (`mail_from`).
//!
//! Files copied from `email.yml` with `delivery_method`/`smtp_settings`
//! directly under the environment are read the same way.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, set_near, syn, words, Fix, Hooks, Key, Pairs,
    Profile, SetVal, Switch, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::mail_gem;

/// The settings hash, under `email_delivery:` or an environment.
macro_rules! at {
    ($key:literal) => {
        concat!("smtp_settings.", $key, "|async_smtp_settings.", $key)
    };
}

const KEYS: &[Key] = &[
    k("delivery_method", Transport),
    k(at!("address"), Host),
    k(at!("port"), Port),
    k(at!("user_name"), Username),
    k(at!("password"), Password),
    k(at!("authentication"), AuthMethod),
    k(at!("enable_starttls_auto"), StartTls),
    k(at!("enable_starttls"), Encryption),
    k(at!("ssl"), ImplicitTls),
    k(at!("tls"), ImplicitTls),
    k(at!("openssl_verify_mode"), VerifyMode),
];

/// Settings ActionMailer passes on that carry nothing we check.
const OTHER_KEYS: Words = words![
    "domain",
    "ca_path",
    "ca_file",
    "open_timeout",
    "read_timeout",
    "return_response",
    "sendmail_settings",
];

/// Names from other tools that Mail::SMTP silently ignores.
const LEFTOVERS: Pairs = pairs![
    ("host", "address"),
    ("server", "address"),
    ("user", "user_name"),
    ("username", "user_name"),
    ("login", "user_name"),
    ("auth", "authentication"),
    ("starttls", "enable_starttls_auto"),
    ("enable_tls", "tls"),
    ("enable_ssl", "ssl"),
    ("secure", "tls"),
    ("verify_mode", "openssl_verify_mode"),
    (
        "from",
        "the Emission email address (Administration → Settings → Email notifications)",
    ),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "address", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_if(ImplicitTls, "ssl", SetVal::Lit("false")),
            set_if(ImplicitTls, "tls", SetVal::Lit("false")),
            set_near(
                StartTls,
                "enable_starttls_auto",
                SetVal::Lit("true"),
                ImplicitTls,
            ),
        ],
    ),
    fix(
        W::VerifyOn,
        &[set_if(
            VerifyMode,
            "openssl_verify_mode",
            SetVal::Word("peer"),
        )],
    ),
    fix_text(
        W::AuthOn,
        &[],
        "user_name, password and authentication: :login under smtp_settings:",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a Ruby/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "user_name: \"{value}\""),
    fix_text(W::Password, &[], "password: \"{value}\""),
    fix_text(
        W::From,
        &[],
        "Emission email address {value} (Administration → Settings → Email notifications)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Redmine has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `production:` replaces `default:`'s `email_delivery`: with both pasted,
/// the default one is not used, nor another environment's (Redmine runs in
/// production unless told otherwise).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn environments(doc: &Document, configs: &mut Vec<Config>) {
    let top = |c: &Config| {
        let mut segs: Vec<_> = doc.scope_path_rev(c.root).collect();
        segs.reverse();
        segs.first().map(|s| {
            doc.input
                .get(s.span.start as usize..s.span.end as usize)
                .unwrap_or("")
                .to_string()
        })
    };
    let tops: Vec<Option<String>> = configs.iter().map(top).collect();
    let production = tops.iter().any(|t| t.as_deref() == Some("production"));
    if !production {
        return;
    }
    for (c, t) in configs.iter_mut().zip(&tops) {
        if t.as_deref() != Some("production") {
            c.active = false;
        }
    }
}

pub static REDMINE: Profile = Profile {
    id: "redmine",
    name: "Redmine configuration.yml email_delivery",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.redmine.org/projects/redmine/wiki/EmailConfiguration https://github.com/redmine/redmine/blob/master/config/configuration.yml.example https://github.com/redmine/redmine/blob/master/lib/redmine/configuration.rb",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: &[
        mark("email_delivery.delivery_method"),
        mark("email_delivery.smtp_settings.address"),
        mark("email_delivery.async_smtp_settings.address"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["test", "file"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "delivery_method under email_delivery:",
    }),
    fixes: FIXES,
    sender_hint: "the Emission email address (Administration → Settings → Email notifications), not configuration.yml",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        finish: Some(environments),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const YML: &str = "production:\n  email_delivery:\n    delivery_method: :smtp\n    smtp_settings:\n      address: \"smtp.postmarkapp.com\"\n      port: 587\n      authentication: :plain\n      domain: \"acme.io\"\n      user_name: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      enable_starttls_auto: true\n";

    #[test]
    fn smtp_settings_read_as_the_mail_gem_does() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "redmine");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) =
            first(&YML.replace("enable_starttls_auto: true", "enable_starttls_auto: false"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        // A quoted "false" is a true string in Ruby: TLS from the first byte.
        let (_, s, _) = first(&YML.replace("enable_starttls_auto: true", "tls: \"false\""));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn sendmail_is_not_smtp() {
        let (_, _, ids) = first(&YML.replace(":smtp", ":sendmail"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&YML.replace(
            ":smtp\n    smtp_settings",
            ":async_smtp\n    async_smtp_settings",
        ));
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
    }

    #[test]
    fn production_replaces_default() {
        let src = format!(
            "default:\n  email_delivery:\n    delivery_method: :smtp\n    smtp_settings:\n      address: localhost\n      port: 1025\n{YML}"
        );
        let r = crate::lint(&src, &crate::Options::default());
        let used: Vec<_> = r.configs.iter().filter(|c| c.active).collect();
        assert_eq!(used.len(), 1, "{:?}", r.configs);
        assert_eq!(
            used[0].settings.host.as_deref(),
            Some("smtp.postmarkapp.com")
        );
    }

    #[test]
    fn a_gitlab_or_rails_paste_is_not_redmine() {
        let (client, _, _) = first(
            "config.action_mailer.smtp_settings = { address: 'smtp.postmarkapp.com', port: 587 }\n",
        );
        assert_eq!(client, "rails");
    }
}
