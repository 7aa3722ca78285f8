//! Loomio's mail settings, from its environment (loomio-deploy's `.env`,
//! made from `env_template`): `SMTP_SERVER`, `SMTP_PORT`, `SMTP_AUTH`,
//! `SMTP_USERNAME`, `SMTP_PASSWORD`, `SMTP_DOMAIN`, `SMTP_USE_SSL`,
//! `SMTP_SSL_VERIFY_MODE`, `NOTIFICATIONS_EMAIL_ADDRESS`.
//!
//! Meaning (Loomio's `config/application.rb`, which hands them to
//! ActionMailer's `smtp_settings` and then `.compact`s the hash; the
//! `env_template` of loomio/loomio-deploy):
//!
//! * Without `SMTP_SERVER` the delivery method is `:test`: no mail leaves.
//! * `SMTP_USE_SSL` is handed over as the string it is (`ssl:
//!   ENV['SMTP_USE_SSL']`, later `.present?`): any value, `0` and `false`
//!   included, turns on TLS from the first byte (SMTPS). The template says
//!   so: "to disable SSL, comment out line (rather than changing to 0)".
//! * No `enable_starttls_auto` is passed: the mail gem's default, STARTTLS
//!   when the server offers it (see [`super::mail_gem`]).
//! * `openssl_verify_mode` is `ENV.fetch('SMTP_SSL_VERIFY_MODE', 'none')`:
//!   certificates are NOT checked unless `SMTP_SSL_VERIFY_MODE=peer`.
//! * No `SMTP_PORT`: the key is dropped and Net::SMTP dials 25.
//! * `SMTP_AUTH` is ActionMailer's `authentication`; a user name given
//!   means a login. `SMTP_DOMAIN` is the HELO name.
//! * The sender of notifications is `NOTIFICATIONS_EMAIL_ADDRESS` when set
//!   (the template: "Uncomment to set a custom notifications email
//!   address").

use crate::extract::profile::tls::evaluate;
use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, shared, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Tls, UnverifiedIn};

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_AUTH", AuthMethod),
    k("SMTP_USE_SSL", ImplicitTls),
    k("SMTP_SSL_VERIFY_MODE", VerifyMode),
    k("NOTIFICATIONS_EMAIL_ADDRESS", From),
];

/// The deployment's own names (loomio-deploy's `REPLY_HOSTNAME`,
/// `RAILS_INBOUND_EMAIL_PASSWORD`, `LOOMIO_CONTAINER_IMAGE`, and the
/// sender key) say it is Loomio; `SMTP_SERVER`, `SMTP_USE_SSL` and
/// `SMTP_SSL_VERIFY_MODE` are other apps' names too and only add to them.
const MARKERS: &[Marker] = &[
    mark("NOTIFICATIONS_EMAIL_ADDRESS"),
    mark("REPLY_HOSTNAME|RAILS_INBOUND_EMAIL_PASSWORD|LOOMIO_CONTAINER_IMAGE"),
    shared(mark("SMTP_USE_SSL")),
    shared(mark("SMTP_SSL_VERIFY_MODE")),
    shared(mark("CANONICAL_HOST")),
    shared(mark("SMTP_SERVER")),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(ImplicitTls, "SMTP_USE_SSL", SetVal::Remove)],
        "no SMTP_USE_SSL line (comment it out: any value, 0 included, means SSL)",
    ),
    fix_text(
        W::VerifyOn,
        &[set(
            VerifyMode,
            "SMTP_SSL_VERIFY_MODE",
            SetVal::Word("peer"),
        )],
        "SMTP_SSL_VERIFY_MODE=peer",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "NOTIFICATIONS_EMAIL_ADDRESS={value}"),
];

/// The gem's reading, and Loomio's `'none'` default for the verify mode.
fn tls(cfg: &Config) -> Tls {
    let mut tls = evaluate(cfg, &LOOMIO);
    if cfg.get(VerifyMode).is_none() {
        tls.unverified_in = Some(UnverifiedIn {
            why: Evidence::absent("no SMTP_SSL_VERIFY_MODE (Loomio's default is `none`)"),
            versions: "Loomio (config/application.rb: ENV.fetch('SMTP_SSL_VERIFY_MODE', 'none'))",
            fix: "SMTP_SSL_VERIFY_MODE=peer",
        });
    }
    tls
}

pub static LOOMIO: Profile = Profile {
    id: "loomio",
    name: "Loomio (SMTP_SERVER… environment)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/loomio/loomio-deploy/blob/master/env_template https://github.com/loomio/loomio/blob/master/config/application.rb",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["SMTP_DOMAIN"],
    case_sensitive: true,
    // `SMTP_USE_SSL`: any value but an empty one is true.
    truth: Truth::Except(words![]),
    // SMTPS when `SMTP_USE_SSL` holds anything; else the mail gem's
    // STARTTLS when offered: the Rails environment names' model.
    tls: super::rails_env::TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "NOTIFICATIONS_EMAIL_ADDRESS",
    shared_names: true,
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "CANONICAL_HOST=loomio.acme-widgets.io\nREPLY_HOSTNAME=loomio.acme-widgets.io\nSMTP_AUTH=plain\nSMTP_DOMAIN=loomio.acme-widgets.io\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_SSL_VERIFY_MODE=peer\nNOTIFICATIONS_EMAIL_ADDRESS=hello@acme-widgets.io\nRAILS_INBOUND_EMAIL_PASSWORD=Xk29fLq0Pz7vWm3nRt8y\n";

    #[test]
    fn loomios_names_and_the_gems_starttls() {
        let s = super::super::clean_starttls(ENV, "loomio");
        assert_eq!(s["port"], 587);
        assert_eq!(s["username"], "5c3e…5b6c");
    }

    #[test]
    fn any_use_ssl_value_is_smtps() {
        for v in ["1", "0", "false"] {
            let (_, s, ids) = first(&format!("{ENV}SMTP_USE_SSL={v}\n"));
            assert_eq!(s["security"], "implicit", "{v}");
            assert!(has(&ids, "tls/implicit-tls"), "{v}: {ids:?}");
        }
    }

    #[test]
    fn verification_is_off_unless_the_mode_is_written() {
        let (_, _, ids) = first(&ENV.replace("SMTP_SSL_VERIFY_MODE=peer\n", ""));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=peer", "=none"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn smtp_server_and_use_ssl_alone_are_not_loomio() {
        let (client, ..) = first(
            "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_USE_SSL=false\n",
        );
        assert_ne!(client, "loomio");
    }

    #[test]
    fn the_inbound_password_is_not_the_smtp_password() {
        let (client, s, _) =
            first(&ENV.replace("SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n", ""));
        assert_eq!(client, "loomio");
        assert_eq!(s["password_present"], false);
    }
}
