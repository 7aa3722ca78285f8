//! Windmill: its instance SMTP settings, written as the instance config's
//! `global_settings.smtp_settings` (the `sync-config` YAML, the Kubernetes
//! operator's resource, the settings' JSON) or, on older releases, as the
//! server's `SMTP_*` environment variables.
//!
//! Meaning (windmill.dev "Instance settings" and "Infrastructure as code";
//! the code: `backend/windmill-common/src/server.rs` `load_smtp_config`
//! (the settings, then the environment), `global_settings.rs` and
//! `instance_config.rs` for `SmtpSettings`, and the mail sender, which
//! builds `mail_send::SmtpClientBuilder`):
//!
//! * The settings are used when `smtp_host` is set there; otherwise the
//!   environment, when `SMTP_HOST` is set.
//! * `smtp_host`/`SMTP_HOST`, `smtp_port`/`SMTP_PORT` (587 when unset or
//!   not a number), `smtp_username`/`SMTP_USERNAME`,
//!   `smtp_password`/`SMTP_PASSWORD`, `smtp_from`/`SMTP_FROM` (From;
//!   `noreply@getwindmill.com` when unset).
//! * `smtp_tls_implicit`/`SMTP_TLS_IMPLICIT` is `implicit_tls(…)`: TLS from
//!   the first byte when true. The environment variables are read with
//!   Rust's `parse::<bool>()`: only `true` and `false`, anything else is
//!   unset.
//! * Otherwise `connect()` upgrades with STARTTLS and fails when the server
//!   does not offer it (mail-send's `MissingStartTls`), unless
//!   `smtp_disable_tls`/`SMTP_DISABLE_TLS` is true: then `connect_plain()`,
//!   no TLS at all, whatever `smtp_tls_implicit` says.
//! * The meaning of the switches is that of the sender Windmill ships in
//!   its Enterprise build (`email_ee.rs` is not public; the open-source
//!   build sends nothing): `implicit_tls(tls_implicit)`, `connect_plain()`
//!   for `disable_tls`, as its earlier open code and the settings' test
//!   endpoint (`TestSmtpRequestSmtp`: `tls_implicit`, `disable_tls`) show.
//! * It logs in when a username is set. `sync-config` and the operator
//!   read a password written as `{envRef: VAR}` or `{secretKeyRef: {name,
//!   key}}` from that variable or Secret when they apply the file.
//! * mail-send verifies the certificate; Windmill has no setting to turn
//!   that off.
//!
//! `SMTP_HOST`, `SMTP_PORT`… are every app's names: the environment form is
//! recognised by `SMTP_TLS_IMPLICIT` or Windmill's image beside them; the
//! settings form by its `smtp_settings` keys.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Both, Fix, Hooks, Key, Marker,
    Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_settings.smtp_host|SMTP_HOST", Host),
    k("smtp_settings.smtp_port|SMTP_PORT", Port),
    k("smtp_settings.smtp_username|SMTP_USERNAME", Username),
    k("smtp_settings.smtp_password|SMTP_PASSWORD", Password),
    k("smtp_settings.smtp_from|SMTP_FROM", From),
    k(
        "smtp_settings.smtp_tls_implicit|SMTP_TLS_IMPLICIT",
        ImplicitTls,
    ),
    k(
        "smtp_settings.smtp_disable_tls|SMTP_DISABLE_TLS",
        NoStartTls,
    ),
    // A secret the sync reads at apply time: an environment variable
    // (`envRef`) or a Kubernetes Secret's key (`secretKeyRef`).
    k(
        "smtp_settings.smtp_password.envRef|smtp_settings.smtp_password.secretKeyRef.name",
        CredentialsFile,
    ),
];

const MARKERS: &[Marker] = &[
    mark("SMTP_TLS_IMPLICIT"),
    mark("smtp_settings.smtp_host"),
    mark("smtp_settings.smtp_tls_implicit"),
    mark("smtp_settings.smtp_disable_tls"),
    mark_value("image", "windmill-labs/windmill"),
];

const OTHER_KEYS: Words = words!["DATABASE_URL", "BASE_URL", "MODE", "WORKER_GROUP"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM_EMAIL", "SMTP_FROM"),
    ("SMTP_SECURE", "SMTP_TLS_IMPLICIT"),
    ("SMTP_TLS", "SMTP_TLS_IMPLICIT"),
    ("SMTP_SSL", "SMTP_TLS_IMPLICIT"),
    ("smtp_user", "smtp_username"),
    ("smtp_tls", "smtp_tls_implicit"),
    ("smtp_ssl", "smtp_tls_implicit"),
];

/// `implicit_tls(…)`, then `connect()` (STARTTLS, required) or, with
/// `smtp_disable_tls`, `connect_plain()`.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::StartTls,
    implicit_ports: &[],
    default: Sec::StartTls,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "smtp_tls_implicit", SetVal::Bool(false)),
            set(NoStartTls, "smtp_disable_tls", SetVal::Bool(false)),
        ],
        "smtp_tls_implicit: false and smtp_disable_tls: false (STARTTLS) with smtp_port: 587 (SMTP_TLS_IMPLICIT=false in the environment)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "smtp_username and smtp_password"),
    fix_text(W::TlsModern, &[], "a current Windmill release"),
    fix_text(W::Username, &[], "smtp_username (SMTP_USERNAME) = {value}"),
    fix_text(W::Password, &[], "smtp_password (SMTP_PASSWORD) = {value}"),
    fix_text(W::From, &[], "smtp_from (SMTP_FROM) = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Windmill has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static WINDMILL: Profile = Profile {
    id: "windmill",
    name: "Windmill SMTP instance settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.windmill.dev/docs/advanced/instance_settings https://www.windmill.dev/docs/core_concepts/infrastructure_as_code https://github.com/windmill-labs/windmill/blob/main/backend/windmill-common/src/instance_config.rs https://docs.rs/mail-send/latest/mail_send/struct.SmtpClientBuilder.html",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_", ".smtp_settings."],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `parse::<bool>()` in the environment (only `true`), a JSON/YAML
    // boolean in the settings.
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "smtp_from in smtp_settings (SMTP_FROM in the environment)",
    hooks: Hooks {
        // `smtp_disable_tls` is `connect_plain()`, which no other switch undoes.
        tls: Some(crate::extract::profile::tls::off_switch_wins),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "global_settings:\n  base_url: \"https://windmill.acme.io\"\n  smtp_settings:\n    smtp_host: \"smtp.postmarkapp.com\"\n    smtp_port: 587\n    smtp_username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    smtp_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    smtp_from: \"windmill@acme.io\"\n    smtp_tls_implicit: false\n";

    #[test]
    fn settings_starttls_by_default() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "windmill");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "windmill@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YAML.replace("implicit: false", "implicit: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&format!("{YAML}    smtp_disable_tls: true\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `connect_plain()` whatever `smtp_tls_implicit` says.
        let both = format!("{YAML}    smtp_disable_tls: true\n")
            .replace("implicit: false", "implicit: true");
        let (_, s, _) = first(&both);
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn a_password_read_from_the_environment_or_a_secret() {
        let yaml = YAML.replace(
            "    smtp_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n",
            "    smtp_password:\n      envRef: \"SMTP_PASSWORD\"\n",
        );
        let (_, s, ids) = first(&yaml);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn the_environment_form() {
        let env = "SMTP_HOST=smtp.postmarkapp.com\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_PORT=587\nSMTP_TLS_IMPLICIT=true\nSMTP_FROM=windmill@acme.io\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "windmill");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `parse::<bool>()`: `yes` is no boolean, so false.
        let (_, s, _) = first(&env.replace("IMPLICIT=true", "IMPLICIT=yes"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn plain_smtp_names_alone_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_FROM=a@acme.io\n",
        );
        assert_ne!(client, "windmill");
    }
}
