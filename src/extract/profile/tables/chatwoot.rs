//! Chatwoot's `.env`: `SMTP_*` and `MAILER_SENDER_EMAIL`, read by
//! `config/initializers/mailer.rb` into ActionMailer's `smtp_settings`
//! (the mail gem over Net::SMTP).
//!
//! Meaning (Chatwoot's "Environment variables" docs, section on email, and
//! `config/initializers/mailer.rb`):
//!
//! * `SMTP_ADDRESS` is the host (default `localhost`), `SMTP_PORT` the
//!   port (default 587). Delivery is always `:smtp` in production.
//! * `SMTP_ENABLE_STARTTLS_AUTO` (default true): STARTTLS when the server
//!   offers it; false keeps the session in clear text.
//! * `SMTP_SSL` / `SMTP_TLS`, when set: implicit TLS (the mail gem's
//!   `ssl`/`tls`, which win over STARTTLS).
//! * Every switch is cast by `ActiveModel::Type::Boolean`: only `0`, `f`,
//!   `F`, `false`, `FALSE`, `off`, `OFF` are false; an empty value is
//!   nil (off); any other word, `no` included, is true.
//! * `SMTP_OPENSSL_VERIFY_MODE=none`: certificate verification off.
//! * `SMTP_AUTHENTICATION` (`plain`, `login`, `cram_md5`): how to log in;
//!   unset, Net::SMTP logs in with PLAIN when a username is given.
//! * `MAILER_SENDER_EMAIL` is the From (`Name <addr>` allowed; default
//!   `Chatwoot <accounts@chatwoot.com>`); `SMTP_DOMAIN` is the HELO name.
//!
//! `SMTP_PORT`, `SMTP_PASSWORD`, `SMTP_ENABLE_STARTTLS_AUTO` and
//! `SMTP_OPENSSL_VERIFY_MODE` are Mastodon's names too: the table needs a
//! marker, and the keys only Chatwoot writes (`MAILER_SENDER_EMAIL`,
//! `FRONTEND_URL`…) make it win over Mastodon on a Chatwoot `.env`. The
//! `SMTP_*` names alone are any Rails app's ActionMailer settings
//! ([`super::rails_env`]): without a name of Chatwoot's own beside them
//! they are not read with Chatwoot's defaults and sender.

use crate::extract::profile::{
    fix_text, k, mark, pairs, shared, syn, words, Fix, Key, Marker, Pairs, Profile, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::rails_env;

const KEYS: &[Key] = &[
    k("SMTP_ADDRESS", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("MAILER_SENDER_EMAIL", From),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("SMTP_ENABLE_STARTTLS_AUTO", StartTls),
    k("SMTP_SSL", ImplicitTls),
    k("SMTP_TLS", ImplicitTls),
];

/// Keys only Chatwoot writes (other keys of its `.env`), and its SMTP names,
/// which every Rails app that hands its environment to ActionMailer writes.
const MARKERS: &[Marker] = &[
    // ActionMailer's option names, which other Rails apps write too (read
    // without an app's name by `rails_env`).
    shared(mark("SMTP_ADDRESS")),
    shared(mark("SMTP_AUTHENTICATION")),
    shared(mark("SMTP_ENABLE_STARTTLS_AUTO")),
    shared(mark("SMTP_OPENSSL_VERIFY_MODE")),
    mark("MAILER_SENDER_EMAIL"),
    mark("MAILER_INBOUND_EMAIL_DOMAIN"),
    mark("RAILS_INBOUND_EMAIL_SERVICE"),
    // Any web app's name for its public URL (a FastAPI or Node app's `.env`
    // beside `SMTP_SERVER`): it counts only beside Chatwoot's own names.
    shared(mark("FRONTEND_URL")),
    mark("ENABLE_ACCOUNT_SIGNUP"),
    mark("INSTALLATION_NAME"),
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_ADDRESS"),
    ("SMTP_SERVER", "SMTP_ADDRESS"),
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_LOGIN", "SMTP_USERNAME"),
    ("SMTP_FROM", "MAILER_SENDER_EMAIL"),
    ("SMTP_FROM_ADDRESS", "MAILER_SENDER_EMAIL"),
    ("SMTP_AUTH_METHOD", "SMTP_AUTHENTICATION"),
    ("SMTP_ENABLE_STARTTLS", "SMTP_ENABLE_STARTTLS_AUTO"),
    ("SMTP_STARTTLS", "SMTP_ENABLE_STARTTLS_AUTO"),
];

const FIXES: &[Fix] = &[
    rails_env::PORT_FIX,
    rails_env::HOST_FIX,
    rails_env::STARTTLS_FIX,
    rails_env::VERIFY_FIX,
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    rails_env::TLS_MODERN_FIX,
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    rails_env::PASSWORD_FIX,
    fix_text(W::From, &[], "MAILER_SENDER_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Chatwoot has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CHATWOOT: Profile = Profile {
    id: "chatwoot",
    name: "Chatwoot .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.chatwoot.com/docs/self-hosted/configuration/environment-variables#configure-emails https://github.com/chatwoot/chatwoot/blob/develop/config/initializers/mailer.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    shared_names: true,
    family: &["SMTP_"],
    other_keys: rails_env::OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["0", "f", "F", "false", "FALSE", "off", "OFF"]),
    tls: rails_env::TLS,
    port: Some(587),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "MAILER_SENDER_EMAIL (default Chatwoot <accounts@chatwoot.com>)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;
    use crate::{lint, Options};

    #[test]
    fn frontend_url_alone_is_not_chatwoot() {
        // A web app's `.env`: FRONTEND_URL beside SMTP_SERVER, which Chatwoot
        // does not read (no host/missing for its default localhost).
        let env = "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nEMAIL_SENDER_NAME=App\nFRONTEND_URL=http://localhost:3000\n";
        let (client, s, ids) = first(env);
        assert_ne!(client, "chatwoot");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
    }

    const ENV: &str = "FRONTEND_URL=https://chat.acme.io\nMAILER_SENDER_EMAIL=Acme Support <support@acme.io>\nSMTP_DOMAIN=acme.io\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_AUTHENTICATION=plain\nSMTP_ENABLE_STARTTLS_AUTO=true\nSMTP_OPENSSL_VERIFY_MODE=peer\n";

    #[test]
    fn a_chatwoot_env_is_chatwoot_not_mastodon() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "chatwoot");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // The SMTP lines alone, with the switch Mastodon also reads: any
        // Rails app's ActionMailer names, not Chatwoot's (no default port
        // or sender of Chatwoot's is claimed for them).
        let (client, s, _) = first(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_PASSWORD=p\nSMTP_ENABLE_STARTTLS_AUTO=true\n",
        );
        assert_eq!(client, "rails-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn another_rails_apps_sender_key_is_its_from() {
        // Docuseal's and Chaskiq's `.env`: the Rails `SMTP_*` names and
        // their own `SMTP_FROM`, which the report takes as the From.
        let (_, s, ids) = first(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_AUTHENTICATION=plain\nSMTP_FROM=docuseal@acme.io\n",
        );
        assert_eq!(s["from"], "docuseal@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn a_mastodon_env_stays_mastodon() {
        let (client, _, _) = first(
            "LOCAL_DOMAIN=social.example.org\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=u\nSMTP_PASSWORD=p\nSMTP_AUTH_METHOD=plain\nSMTP_OPENSSL_VERIFY_MODE=none\nSMTP_ENABLE_STARTTLS_AUTO=true\nSMTP_FROM_ADDRESS=notifications@example.org\n",
        );
        assert_eq!(client, "mastodon-env");
    }

    #[test]
    fn rails_casts_switches() {
        // `no` is true for ActiveModel: STARTTLS stays on.
        let (_, s, _) = first(&format!("{ENV}SMTP_ENABLE_STARTTLS_AUTO=no\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ENV}SMTP_ENABLE_STARTTLS_AUTO=false\n"));
        assert_eq!(s["security"], "none");
        assert!(!ids.is_empty());
        let (_, s, _) = first(&format!("{ENV}SMTP_SSL=true\n"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&format!("{ENV}SMTP_TLS=false\n"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn defaults_and_verify_mode() {
        let (_, s, ids) = first(
            "MAILER_SENDER_EMAIL=a@acme.io\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_OPENSSL_VERIFY_MODE=none\n",
        );
        // No port written: the table's default (587) is reported as such.
        assert!(s["port"].is_null());
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        let r = lint(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nMAILER_SENDER_EMAIL=a@acme.io\n",
            &Options::default(),
        );
        let f = r.findings.iter().find(|f| f.id == "port/missing").unwrap();
        assert!(f.message.contains("587"), "{}", f.message);
    }
}
