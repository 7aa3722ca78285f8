//! Errbit: the `EMAIL_DELIVERY_METHOD` and `SMTP_*` environment variables
//! (`.env`, compose `environment:`, `docker run -e`, Heroku config) that
//! `config/load.rb` maps into `Errbit::Config` and
//! `config/initializers/action_mailer.rb` hands to ActionMailer's
//! `smtp_settings` (the Ruby `mail` gem underneath, see `mail_gem.rs`).
//!
//! Meaning (Errbit's `docs/configuration.md`, `config/load.rb`,
//! `app/lib/configurator.rb`, `config/initializers/action_mailer.rb`,
//! `Gemfile.lock`: mail 2.9):
//!
//! * `EMAIL_DELIVERY_METHOD` must be `smtp` (or `:smtp`; the value is
//!   turned into a symbol) for Errbit to set the SMTP settings at all;
//!   `sendmail` uses the sendmail binary. Unset (no default in
//!   `.env.default`) or anything else, Errbit leaves ActionMailer as it
//!   is and none of the `SMTP_*` variables is read.
//! * `SMTP_SERVER` and `SMTP_PORT` have no default (an unset port is the
//!   mail gem's 25).
//! * TLS: only `SMTP_ENABLE_STARTTLS_AUTO` (`enable_starttls_auto`):
//!   `true` or unset is STARTTLS when the server offers it (mail 2.9
//!   treats the unset `nil` as not provided and falls back to `:auto`);
//!   `false` sends in clear. Errbit passes no `ssl`/`tls` setting, so it
//!   never speaks TLS from the first byte: port 465 cannot work.
//! * Values are read as YAML by the configurator (`true`/`yes`/`on`,
//!   `false`/`no`/`off`); later releases cast booleans explicitly.
//! * `SMTP_OPENSSL_VERIFY_MODE` (`none`, `peer`…) sets
//!   `openssl_verify_mode`; `none` turns certificate checks off.
//! * `SMTP_USERNAME`/`SMTP_PASSWORD` (or Heroku's `SENDGRID_USERNAME`/
//!   `SENDGRID_PASSWORD`) with `SMTP_AUTHENTICATION` (`plain`, `login`,
//!   `cram_md5`); `SMTP_DOMAIN` is only the HELO name.
//! * `ERRBIT_EMAIL_FROM` is the From of every notification (default
//!   `errbit@example.com`).
//!
//! `SMTP_SERVER`, `SMTP_PORT`, `SMTP_USERNAME` and `EMAIL_DELIVERY_METHOD`
//! are other apps' names too (Mastodon, OpenProject's and Redmine's
//! images): the table needs one of Errbit's own `ERRBIT_*` settings or its
//! image beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, shared, syn, weighs, words, Both, Fix, Key,
    Marker, Pairs, Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME|SENDGRID_USERNAME", Username),
    k("SMTP_PASSWORD|SENDGRID_PASSWORD", Password),
    k("SMTP_AUTHENTICATION", AuthMethod),
    k("SMTP_ENABLE_STARTTLS_AUTO", StartTls),
    k("SMTP_OPENSSL_VERIFY_MODE", VerifyMode),
    k("EMAIL_DELIVERY_METHOD", Transport),
    k("ERRBIT_EMAIL_FROM", From),
];

/// Errbit's own names (an app that reports *to* Errbit says
/// `ERRBIT_HOST` or `ERRBIT_API_KEY`, so those are not markers).
const MARKERS: &[Marker] = &[
    weighs(mark("ERRBIT_EMAIL_FROM"), 3),
    weighs(mark("ERRBIT_EMAIL_AT_NOTICES"), 3),
    weighs(mark("ERRBIT_PER_APP_EMAIL_AT_NOTICES"), 3),
    mark("ERRBIT_CONFIRM_ERR_ACTIONS"),
    mark("ERRBIT_USER_HAS_USERNAME"),
    mark("ERRBIT_USE_GRAVATAR"),
    mark("ERRBIT_ENFORCE_SSL"),
    weighs(mark_value("image", "errbit/errbit"), 3),
    shared(mark("EMAIL_DELIVERY_METHOD")),
];

const OTHER_KEYS: Words = words![
    "SMTP_DOMAIN",
    "SENDGRID_DOMAIN",
    "SENDMAIL_LOCATION",
    "SENDMAIL_ARGUMENTS",
    "ERRBIT_HOST",
    "ERRBIT_PROTOCOL",
    "ERRBIT_PORT",
    "ERRBIT_EMAIL_AT_NOTICES",
    "ERRBIT_PER_APP_EMAIL_AT_NOTICES",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_ADDRESS", "SMTP_SERVER"),
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_USER_NAME", "SMTP_USERNAME"),
    ("SMTP_LOGIN", "SMTP_USERNAME"),
    (
        "SMTP_SSL",
        "SMTP_ENABLE_STARTTLS_AUTO (Errbit has no implicit TLS setting)"
    ),
    (
        "SMTP_TLS",
        "SMTP_ENABLE_STARTTLS_AUTO (Errbit has no implicit TLS setting)"
    ),
    ("SMTP_ENABLE_STARTTLS", "SMTP_ENABLE_STARTTLS_AUTO"),
    ("SMTP_FROM", "ERRBIT_EMAIL_FROM"),
    ("SMTP_FROM_ADDRESS", "ERRBIT_EMAIL_FROM"),
    ("EMAIL_FROM", "ERRBIT_EMAIL_FROM"),
];

/// `enable_starttls_auto`: on or unset, STARTTLS when offered; off, clear.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            StartTls,
            "SMTP_ENABLE_STARTTLS_AUTO",
            SetVal::Bool(true),
        )],
        "SMTP_ENABLE_STARTTLS_AUTO=true with SMTP_PORT=587 (Errbit has no implicit TLS)",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_OPENSSL_VERIFY_MODE=peer"),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP_USERNAME and SMTP_PASSWORD, with SMTP_AUTHENTICATION=plain",
    ),
    fix_text(W::TlsModern, &[], "a current Errbit image (Ruby's OpenSSL)"),
    fix(
        W::Username,
        &[set(Username, "SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "ERRBIT_EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Errbit has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ERRBIT: Profile = Profile {
    id: "errbit-env",
    name: "Errbit EMAIL_DELIVERY_METHOD / SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/errbit/errbit/blob/main/docs/configuration.md https://github.com/errbit/errbit/blob/main/config/load.rb https://github.com/errbit/errbit/blob/main/config/initializers/action_mailer.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp", ":smtp"],
        no_mail: words![],
        local: words!["sendmail", ":sendmail"],
        missing: Some("ActionMailer's own default (SMTP to localhost:25): Errbit reads the SMTP_* settings only with EMAIL_DELIVERY_METHOD=smtp"),
        off: None,
        name: "EMAIL_DELIVERY_METHOD",
    }),
    fixes: FIXES,
    sender_hint: "ERRBIT_EMAIL_FROM (default errbit@example.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "ERRBIT_HOST=errbit.acme-widgets.io\nERRBIT_EMAIL_FROM=hello@acme-widgets.io\nEMAIL_DELIVERY_METHOD=smtp\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_AUTHENTICATION=plain\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_ENABLE_STARTTLS_AUTO=true\n";

    #[test]
    fn starttls_auto_and_its_default() {
        clean_starttls(ENV, "errbit-env");
        // Unset: mail 2.9 falls back to STARTTLS when offered.
        clean_starttls(
            &ENV.replace("SMTP_ENABLE_STARTTLS_AUTO=true\n", ""),
            "errbit-env",
        );
        let (_, s, ids) = first(&ENV.replace("AUTO=true", "AUTO=false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn no_implicit_tls_setting() {
        // Errbit passes no `ssl`/`tls`: an SMTP_SSL is another app's name.
        let (client, s, ids) = first(&format!("{ENV}SMTP_SSL=true\n"));
        assert_eq!(client, "errbit-env");
        assert_ne!(s["security"], "implicit");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_delivery_method_switch() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_DELIVERY_METHOD=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=smtp\n", "=sendmail\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=smtp\n", "=:smtp\n"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_apps_smtp_names_are_not_errbit() {
        // Mastodon and an app that reports to Errbit (ERRBIT_HOST only).
        for text in [
            "LOCAL_DOMAIN=social.acme.io\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=u\nSMTP_PASSWORD=u\nSMTP_FROM_ADDRESS=notifications@acme.io\n",
            "ERRBIT_HOST=errbit.acme.io\nERRBIT_API_KEY=abc\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
            "EMAIL_DELIVERY_METHOD=smtp\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER_NAME=u\nSMTP_PASSWORD=u\n",
        ] {
            let (client, _, _) = first(text);
            assert_ne!(client, "errbit-env", "{text}");
        }
    }
}
