//! Plausible Analytics Community Edition: its `SMTP_*` and `MAILER_*`
//! environment variables (`plausible-conf.env`, compose `environment:`).
//!
//! Meaning (community-edition wiki "Configuration", section Email, and
//! `config/runtime.exs`):
//!
//! * `MAILER_ADAPTER` is the mail switch. Since CE v2.1 its default is
//!   `Bamboo.Mua`; before, `Bamboo.SMTPAdapter`. Both speak SMTP;
//!   `Bamboo.PostmarkAdapter`, `Bamboo.MailgunAdapter`,
//!   `Bamboo.MandrillAdapter`, `Bamboo.SendGridAdapter` send through the
//!   provider's HTTP API (the SMTP settings are then ignored);
//!   `Bamboo.LocalAdapter` / `Bamboo.TestAdapter` keep the mail.
//! * `SMTP_HOST_ADDR` is the relay, `SMTP_HOST_PORT` its port (Mua: default
//!   587; SMTPAdapter: default 25), `SMTP_USER_NAME` / `SMTP_USER_PWD` the
//!   login (Mua refuses to start with only one of them).
//! * `SMTP_HOST_SSL_ENABLED=true`: TLS from the first byte. With Mua, unset
//!   on port 465 is implicit TLS too; `false` (or unset on another port)
//!   speaks plain SMTP and upgrades with STARTTLS when the server offers it
//!   (SMTPAdapter: `tls: :if_available`). The SMTPAdapter did not turn TLS
//!   on by itself on 465: only Mua's reading is modelled here.
//! * Booleans (`get_bool_from_path_or_env`): `1`/`t`/`true`/`y`/`yes`/`on`
//!   and `0`/`f`/`false`/`n`/`no`/`off`, any case; another word stops
//!   Plausible at start-up.
//! * Without `SMTP_HOST_ADDR`, Mua delivers straight to the recipients' MX
//!   hosts (no relay at all).
//! * `MAILER_EMAIL` is the From (default `plausible@<BASE_URL host>`,
//!   before v2.1 `hello@plausible.local`); `MAILER_NAME` its display name.
//!
//! * NixOS (`services.plausible.mail.*`, nixpkgs
//!   `nixos/modules/services/web-apps/plausible.nix`) writes those variables
//!   itself: `mail.smtp.hostAddr` (default `localhost`), `hostPort`
//!   (default 25), `user`, `passwordFile` (read at start from a file),
//!   `enableSSL` (default false, and always passed, so port 465 without it
//!   stays plain TCP), `mail.email` (default `hello@plausible.local`).
//!
//! Where the docs and code disagree on the default adapter (older wiki
//! pages say `Bamboo.SMTPAdapter`), the code of the current release is
//! followed; a written `MAILER_ADAPTER=Bamboo.SMTPAdapter` gives port 25.

use crate::extract::profile::{
    beside, fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Hooks, Key, Marker, Pairs,
    Profile, Sec, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST_ADDR", Host),
    k("SMTP_HOST_PORT", Port),
    k("SMTP_USER_NAME", Username),
    k("SMTP_USER_PWD", Password),
    k("SMTP_HOST_SSL_ENABLED", ImplicitTls),
    k("MAILER_EMAIL", From),
    k("MAILER_ADAPTER", Transport),
];

/// Plausible's own names (no other app spells its SMTP settings so).
const MARKERS: &[Marker] = &[
    mark("SMTP_HOST_ADDR"),
    mark("SMTP_HOST_PORT"),
    // ActionMailer's `user_name` as Rails apps name it too (Huginn's,
    // beside `SMTP_SERVER`): Plausible's beside its other names.
    beside(
        mark("SMTP_USER_NAME"),
        "SMTP_HOST_ADDR|SMTP_HOST_PORT|SMTP_USER_PWD|SMTP_HOST_SSL_ENABLED",
    ),
    mark("SMTP_USER_PWD"),
    mark("SMTP_HOST_SSL_ENABLED"),
    mark("MAILER_ADAPTER"),
    mark("SMTP_MX_LOOKUPS_ENABLED"),
];

const OTHER_KEYS: Words = words![
    "MAILER_NAME",
    "SMTP_RETRIES",
    "SMTP_MX_LOOKUPS_ENABLED",
    "SMTP_MIDDLEBOX_COMP_MODE",
    "POSTMARK_API_KEY",
    "MAILGUN_API_KEY",
    "MAILGUN_DOMAIN",
    "MAILGUN_BASE_URI",
    "MANDRILL_API_KEY",
    "SENDGRID_API_KEY",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_HOST_ADDR"),
    ("SMTP_PORT", "SMTP_HOST_PORT"),
    ("SMTP_USER", "SMTP_USER_NAME"),
    ("SMTP_USERNAME", "SMTP_USER_NAME"),
    ("SMTP_PASSWORD", "SMTP_USER_PWD"),
    ("SMTP_USER_PASSWORD", "SMTP_USER_PWD"),
    ("SMTP_SSL_ENABLED", "SMTP_HOST_SSL_ENABLED"),
    ("SMTP_HOST_TLS_ENABLED", "SMTP_HOST_SSL_ENABLED"),
    ("MAILER_FROM", "MAILER_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_HOST_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST_ADDR", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            ImplicitTls,
            "SMTP_HOST_SSL_ENABLED",
            SetVal::Bool(false),
        )],
        "SMTP_HOST_SSL_ENABLED=false (Plausible then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "SMTP_USER_NAME and SMTP_USER_PWD"),
    fix_text(W::TlsModern, &[], "a current Plausible CE release"),
    fix_text(W::Username, &[], "SMTP_USER_NAME={value}"),
    fix_text(W::Password, &[], "SMTP_USER_PWD={value}"),
    fix_text(W::From, &[], "MAILER_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Plausible has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// Mua's default 587 (with or without TLS from the first byte), the older
/// SMTPAdapter's 25 when it is chosen.
fn default_port(cfg: &Config) -> Option<u16> {
    let smtp_adapter = cfg
        .literal(Transport)
        .is_some_and(|t| t.to_ascii_lowercase().contains("smtpadapter"));
    if smtp_adapter {
        return Some(25);
    }
    // Mua keeps 587 even with `SMTP_HOST_SSL_ENABLED=true`.
    Some(587)
}

pub static PLAUSIBLE: Profile = Profile {
    id: "plausible",
    name: "Plausible CE SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/plausible/community-edition/wiki/configuration#email https://github.com/plausible/analytics/blob/master/config/runtime.exs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_", "MAILER_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::Auto,
        starttls_off: Sec::Auto,
        implicit_ports: &[465],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(587),
    switch: Some(Switch {
        smtp: words!["bamboo.mua", "bamboo.smtpadapter"],
        no_mail: words!["localadapter", "testadapter"],
        local: words![],
        missing: None,
        off: None,
        name: "MAILER_ADAPTER",
    }),
    fixes: FIXES,
    sender_hint: "MAILER_EMAIL (default plausible@<your BASE_URL host>)",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

const NIX_KEYS: &[Key] = &[
    k("plausible.mail.smtp.hostAddr", Host),
    k("plausible.mail.smtp.hostPort", Port),
    k("plausible.mail.smtp.user", Username),
    k("plausible.mail.smtp.passwordFile", CredentialsFile),
    k("plausible.mail.smtp.enableSSL", ImplicitTls),
    k("plausible.mail.email", From),
];

const NIX_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "services.plausible.mail.smtp.hostPort = {port};",
    ),
    fix_text(
        W::Host,
        &[],
        "services.plausible.mail.smtp.hostAddr = \"{value}\";",
    ),
    fix_text(
        W::StartTls,
        &[],
        "services.plausible.mail.smtp.enableSSL = false; (Plausible then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "services.plausible.mail.smtp.user and passwordFile",
    ),
    fix_text(W::TlsModern, &[], "a current nixpkgs Plausible package"),
    fix_text(
        W::Username,
        &[],
        "services.plausible.mail.smtp.user = \"{value}\";",
    ),
    fix_text(
        W::Password,
        &[],
        "the Server API token in the file services.plausible.mail.smtp.passwordFile points to",
    ),
    fix_text(W::From, &[], "services.plausible.mail.email = \"{value}\";"),
    fix_text(
        W::Stream,
        &[],
        "Plausible has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PLAUSIBLE_NIX: Profile = Profile {
    id: "plausible-nix",
    name: "Plausible NixOS services.plausible.mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/services/web-apps/plausible.nix https://github.com/plausible/community-edition/wiki/configuration#email",
    syntaxes: syn::NIX | syn::JSON,
    keys: NIX_KEYS,
    markers: &[
        mark("plausible.mail.smtp.hostAddr"),
        mark("plausible.mail.smtp.hostPort"),
        mark("plausible.mail.smtp.enableSSL"),
        mark("plausible.mail.email"),
    ],
    needs_marker: true,
    other_keys: words!["retries"],
    case_sensitive: true,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::Auto,
        starttls_off: Sec::Auto,
        implicit_ports: &[],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: NIX_FIXES,
    sender_hint: "services.plausible.mail.email (default hello@plausible.local)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn actionmailers_user_name_beside_another_host_name_is_not_plausibles() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER_NAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "plausible");
        let (client, _, _) = first(ENV);
        assert_eq!(client, "plausible");
    }

    const ENV: &str = "BASE_URL=https://stats.acme.io\nMAILER_EMAIL=stats@acme.io\nSMTP_HOST_ADDR=smtp.postmarkapp.com\nSMTP_HOST_PORT=587\nSMTP_USER_NAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_USER_PWD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn nixos_mail_options_are_read_with_the_module_defaults() {
        let nix = "{ config, ... }:\n{\n  services.plausible = {\n    enable = true;\n    mail.email = \"stats@acme.io\";\n    mail.smtp = {\n      hostAddr = \"smtp.postmarkapp.com\";\n      hostPort = 465;\n      user = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n      passwordFile = \"/run/secrets/plausible-smtp\";\n    };\n  };\n}\n";
        let (client, s, ids) = first(nix);
        assert_eq!(client, "plausible-nix");
        assert_eq!(s["from"], "stats@acme.io");
        // enableSSL defaults to false and is always passed: 465 stays plain TCP.
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i == "auth/external-credentials"),
            "{ids:?}"
        );
        let (_, s, _) = first(&nix.replace(
            "hostPort = 465;",
            "hostPort = 587;\n      enableSSL = true;",
        ));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn plain_587_is_starttls_and_clean() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "plausible");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "stats@acme.io");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn ssl_enabled_or_465_is_implicit_tls() {
        let (_, s, ids) = first(&format!("{ENV}SMTP_HOST_SSL_ENABLED=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&format!(
            "{}SMTP_HOST_SSL_ENABLED=false\n",
            ENV.replace("587", "465")
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn ssl_without_a_port_dials_587_with_tls() {
        let (_, _, ids) = first(&format!(
            "{}SMTP_HOST_SSL_ENABLED=true\n",
            ENV.replace("SMTP_HOST_PORT=587\n", "")
        ));
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn an_api_or_local_adapter_ignores_the_smtp_settings() {
        let (_, _, ids) = first(&format!("{ENV}MAILER_ADAPTER=Bamboo.PostmarkAdapter\n"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}MAILER_ADAPTER=Bamboo.Mua\n"));
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
    }

    #[test]
    fn no_port_is_587_with_mua_and_25_with_the_smtp_adapter() {
        let env = ENV.replace("SMTP_HOST_PORT=587\n", "");
        let (_, _, ids) = first(&env);
        assert!(!ids.iter().any(|i| i == "port/25-blocked"), "{ids:?}");
        let (_, _, ids) = first(&format!("{env}MAILER_ADAPTER=Bamboo.SMTPAdapter\n"));
        assert!(
            ids.iter()
                .any(|i| i == "port/missing" || i == "port/25-blocked"),
            "{ids:?}"
        );
    }
}
