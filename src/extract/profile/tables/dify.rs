//! Dify: `MAIL_TYPE` and the `SMTP_*` variables of its API and worker
//! containers (the docker `.env`, compose `environment:`, Kubernetes env),
//! handed to Python's `smtplib`.
//!
//! Meaning (docs.dify.ai "Environment Variables", mail section; the code:
//! `api/configs/feature/__init__.py` `MailConfig` for the names and
//! defaults, `api/extensions/ext_mail.py` for the switch, `api/libs/smtp.py`
//! `SMTPClient.send` for the connection):
//!
//! * `MAIL_TYPE` picks the mail client (`match mail_type`): `smtp` uses the
//!   settings below; `resend` and `sendgrid` send through those HTTP APIs.
//!   Unset, the API sets up no mail client and logs `MAIL_TYPE is not
//!   set`; Dify's docker compose fills in `${MAIL_TYPE:-resend}`.
//! * `SMTP_SERVER`, `SMTP_PORT` (default 465 in `MailConfig` and in the
//!   compose file). Both are required with `MAIL_TYPE=smtp`.
//! * TLS is two switches (pydantic booleans: `true`/`false`, `1`/`0`,
//!   `yes`/`no`, `on`/`off`):
//!   - `SMTP_USE_TLS=false` (the API's default): `smtplib.SMTP`, no TLS at
//!     all (no STARTTLS either). With `SMTP_OPPORTUNISTIC_TLS=true` beside
//!     it the API refuses to start ("SMTP_OPPORTUNISTIC_TLS is not
//!     supported without enabling SMTP_USE_TLS"); read here as no TLS.
//!   - `SMTP_USE_TLS=true` alone: `smtplib.SMTP_SSL`, TLS from the first
//!     byte, whatever the port.
//!   - `SMTP_USE_TLS=true` with `SMTP_OPPORTUNISTIC_TLS=true`:
//!     `smtplib.SMTP`, then `starttls()`, which raises when the server does
//!     not offer STARTTLS (despite its name the upgrade is required).
//! * The compose file fills in `SMTP_USE_TLS=true` and
//!   `SMTP_OPPORTUNISTIC_TLS=false` when they are unset; the table reads an
//!   unset `SMTP_USE_TLS` as the API's `false`.
//! * Version note: `SMTP_OPPORTUNISTIC_TLS` came with PR #4794 (merged
//!   2024-05-30, Dify 0.6.10). Before it `SMTP_USE_TLS=true` meant
//!   `starttls()` on a plain connection, so `SMTP_USE_TLS=true` without
//!   the second switch is implicit TLS on current releases and STARTTLS on
//!   0.6.9 and earlier (the finding says so).
//! * It logs in only when `SMTP_USERNAME` and `SMTP_PASSWORD` are both
//!   non-blank.
//! * `MAIL_DEFAULT_SEND_FROM` is the From (`Name <address>` allowed); it
//!   has no default, and a mail without a From raises.
//! * `smtplib` is handed no SSL context, so the certificate is not
//!   verified; there is no setting for it.
//!
//! The community Helm chart (BorisPolonsky/dify-helm, `charts/dify/
//! values.yaml`, rendered by `templates/config.tpl` and `credentials.tpl`)
//! writes the same settings under `api.mail`: `type`, `defaultSender`,
//! `smtp.server`, `smtp.port` (465), `smtp.username`, `smtp.password`,
//! `smtp.tls.enabled` (`SMTP_USE_TLS`, true) and `smtp.tls.optimistic`
//! (`SMTP_OPPORTUNISTIC_TLS`, false): [`DIFY_HELM`], read the same way,
//! with the chart's defaults where a switch is not written (values files
//! are merged over the chart's own). Charts before Dify 0.6.11 (dify-helm
//! commit cc71bb7) had `smtp.useTLS` instead, which later charts ignore.
//!
//! `SMTP_SERVER`, `SMTP_PORT`, `SMTP_USERNAME` are many apps' names, and
//! `SMTP_OPPORTUNISTIC_TLS` is also LINE's abc-user-feedback's (with
//! `SMTP_HOST`): the table needs a Dify name (`MAIL_DEFAULT_SEND_FROM`,
//! `SMTP_LOCAL_HOSTNAME`, the API's other settings, its image) beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, shared, syn, words, Fix, Hooks, Key, Marker,
    Pairs, Profile, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("MAIL_DEFAULT_SEND_FROM", From),
    k("SMTP_USE_TLS", ImplicitTls),
    k("SMTP_OPPORTUNISTIC_TLS", StartTls),
    k("MAIL_TYPE", Transport),
];

const MARKERS: &[Marker] = &[
    mark("MAIL_DEFAULT_SEND_FROM"),
    mark("SMTP_LOCAL_HOSTNAME"),
    mark("CODE_EXECUTION_API_KEY"),
    mark("CODE_EXECUTION_ENDPOINT"),
    mark("CONSOLE_API_URL"),
    mark("CONSOLE_WEB_URL"),
    mark("SERVICE_API_URL"),
    mark("PLUGIN_DAEMON_KEY"),
    mark("MAIL_TEMPLATING_MODE"),
    mark_value("image", "langgenius/dify-api"),
    shared(mark("SMTP_OPPORTUNISTIC_TLS")),
    shared(mark("MAIL_TYPE")),
];

const OTHER_KEYS: Words = words![
    "SMTP_LOCAL_HOSTNAME",
    "RESEND_API_KEY",
    "RESEND_API_URL",
    "SENDGRID_API_KEY",
    "MAIL_TEMPLATING_MODE",
    "MAIL_TEMPLATING_TIMEOUT",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_HOST", "SMTP_SERVER"),
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "MAIL_DEFAULT_SEND_FROM"),
    ("MAIL_FROM", "MAIL_DEFAULT_SEND_FROM"),
    ("MAIL_DEFAULT_FROM", "MAIL_DEFAULT_SEND_FROM"),
    ("SMTP_USE_SSL", "SMTP_USE_TLS"),
    ("SMTP_TLS", "SMTP_USE_TLS"),
    ("SMTP_STARTTLS", "SMTP_OPPORTUNISTIC_TLS"),
    ("SMTP_USE_STARTTLS", "SMTP_OPPORTUNISTIC_TLS"),
];

/// Where the two switches are not written: what `SMTP_USE_TLS` then is,
/// how to say so, and which versions read `SMTP_USE_TLS=true` alone
/// differently.
struct Defaults {
    use_tls: bool,
    use_tls_absent: &'static str,
    note: &'static str,
}

const ENV_DEFAULTS: Defaults = Defaults {
    use_tls: false,
    use_tls_absent: "SMTP_USE_TLS is not set (Dify's default: false, no TLS)",
    note: "Dify 0.6.10 and later (SMTP_OPPORTUNISTIC_TLS unset or false) start TLS on the first byte; 0.6.9 and earlier upgrade with STARTTLS",
};

/// `SMTPClient.send`: `use_tls` and `opportunistic_tls` (see the module
/// docs).
fn tls(cfg: &Config) -> Tls {
    read_switches(cfg, &ENV_DEFAULTS)
}

fn read_switches(cfg: &Config, d: &Defaults) -> Tls {
    let p = cfg.dialect;
    let mut tls = Tls::default();
    let use_tls = cfg.get(ImplicitTls);
    let opportunistic = cfg.get(StartTls);
    let truth = |f: Option<&Field>, default: bool| {
        f.map_or(Some(default), |f| crate::extract::profile::tls::truth(p, f))
    };
    let (Some(on), Some(starttls)) = (truth(use_tls, d.use_tls), truth(opportunistic, false))
    else {
        return tls;
    };
    let evidence =
        |f: Option<&Field>| f.map_or_else(|| Evidence::absent(d.use_tls_absent), Evidence::of);
    if on && starttls {
        tls.mode = Some(Security::StartTls);
        tls.starttls = opportunistic.map(Evidence::of);
    } else if on {
        tls.choose(Security::Implicit, evidence(use_tls));
        if opportunistic.is_none() {
            tls.version_note = Some(d.note);
        }
    } else {
        tls.choose(Security::None, evidence(use_tls));
    }
    tls
}

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "SMTP_USE_TLS", SetVal::Bool(true)),
            set(StartTls, "SMTP_OPPORTUNISTIC_TLS", SetVal::Bool(true)),
        ],
        "SMTP_USE_TLS=true and SMTP_OPPORTUNISTIC_TLS=true (STARTTLS) with SMTP_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Dify has no certificate setting (smtplib is given no SSL context)",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD (both)"),
    fix_text(W::TlsModern, &[], "a current Dify release"),
    super::smtp_env::USERNAME_FIX,
    super::smtp_env::PASSWORD_FIX,
    fix(
        W::From,
        &[set(From, "MAIL_DEFAULT_SEND_FROM", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Dify has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static DIFY: Profile = Profile {
    id: "dify",
    name: "Dify MAIL_TYPE / SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.dify.ai/getting-started/install-self-hosted/environments https://github.com/langgenius/dify/blob/main/api/configs/feature/__init__.py https://github.com/langgenius/dify/blob/main/api/extensions/ext_mail.py https://github.com/langgenius/dify/blob/main/api/libs/smtp.py https://github.com/langgenius/dify/pull/4794",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: Some("no mail client (the API's default; Dify's docker compose picks `resend`)"),
        off: None,
        name: "MAIL_TYPE",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_DEFAULT_SEND_FROM",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

const HELM_KEYS: &[Key] = &[
    k("mail.smtp.server", Host),
    k("mail.smtp.port", Port),
    k("mail.smtp.username", Username),
    k("mail.smtp.password", Password),
    k("mail.defaultSender", From),
    k("mail.smtp.tls.enabled", ImplicitTls),
    k("mail.smtp.tls.optimistic", StartTls),
    k("mail.type", Transport),
];

/// `tls.optimistic` and `defaultSender` are the chart's own names.
const HELM_MARKERS: &[Marker] = &[mark("mail.smtp.tls.optimistic"), mark("mail.defaultSender")];

const HELM_OTHER_KEYS: Words = words!["apiKey", "apiUrl"];

/// Charts before Dify 0.6.11 had `smtp.useTLS` (STARTTLS then); later
/// charts no longer render it.
const HELM_LEFTOVERS: Pairs = pairs![("useTLS", "tls.enabled and tls.optimistic")];

const HELM_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "server", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "enabled", SetVal::Bool(true)),
            set(StartTls, "optimistic", SetVal::Bool(true)),
        ],
        "api.mail.smtp.tls.enabled: true and api.mail.smtp.tls.optimistic: true (STARTTLS) with api.mail.smtp.port: 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Dify has no certificate setting (smtplib is given no SSL context)",
    ),
    fix_text(W::AuthOn, &[], "api.mail.smtp.username and api.mail.smtp.password (both)"),
    fix_text(W::TlsModern, &[], "a current Dify release"),
    fix(W::Username, &[set(Username, "username", SetVal::Given)]),
    fix(W::Password, &[set(Password, "password", SetVal::Given)]),
    fix(W::From, &[set(From, "defaultSender", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Dify has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The chart's defaults: `tls.enabled: true`, `tls.optimistic: false`.
const HELM_DEFAULTS: Defaults = Defaults {
    use_tls: true,
    use_tls_absent: "api.mail.smtp.tls.enabled is not set (the chart's default: true)",
    note: "charts for Dify 0.6.11 and later render tls.enabled (default true) and tls.optimistic (default false) as TLS from the first byte; earlier charts rendered smtp.useTLS, which those Dify versions read as STARTTLS",
};

fn helm_tls(cfg: &Config) -> Tls {
    read_switches(cfg, &HELM_DEFAULTS)
}

/// The community Helm chart's `api.mail` values (see the module docs).
pub static DIFY_HELM: Profile = Profile {
    id: "dify-helm",
    name: "Dify Helm chart api.mail values",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/BorisPolonsky/dify-helm/blob/master/charts/dify/values.yaml https://github.com/BorisPolonsky/dify-helm/blob/master/charts/dify/templates/config.tpl https://github.com/langgenius/dify/blob/main/api/libs/smtp.py",
    syntaxes: syn::YAML | syn::JSON,
    keys: HELM_KEYS,
    markers: HELM_MARKERS,
    needs_marker: true,
    other_keys: HELM_OTHER_KEYS,
    leftovers: HELM_LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: Some("Resend's API (the chart's default `api.mail.type`)"),
        off: None,
        name: "api.mail.type",
    }),
    fixes: HELM_FIXES,
    sender_hint: "api.mail.defaultSender",
    hooks: Hooks {
        tls: Some(helm_tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "CONSOLE_API_URL=https://dify.acme.io\nMAIL_TYPE=smtp\nMAIL_DEFAULT_SEND_FROM=Dify <dify@acme.io>\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_USE_TLS=true\nSMTP_OPPORTUNISTIC_TLS=true\n";

    #[test]
    fn both_switches_are_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "dify");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "dify@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn use_tls_alone_is_implicit_and_off_is_clear_text() {
        let alone = ENV.replace(
            "SMTP_OPPORTUNISTIC_TLS=true",
            "SMTP_OPPORTUNISTIC_TLS=false",
        );
        let (_, s, ids) = first(&alone);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_USE_TLS=true", "SMTP_USE_TLS=false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Unset, SMTP_USE_TLS is false: no TLS.
        let (_, s, ids) =
            first(&ENV.replace("SMTP_USE_TLS=true\nSMTP_OPPORTUNISTIC_TLS=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn without_the_second_switch_the_version_decides() {
        let r = crate::lint(
            &ENV.replace("SMTP_OPPORTUNISTIC_TLS=true\n", ""),
            &crate::Options::default(),
        );
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "tls/implicit-tls")
            .expect("tls/implicit-tls");
        assert_eq!(f.severity, crate::report::Severity::Warning);
        assert!(f.message.contains("0.6.9"), "{}", f.message);
    }

    #[test]
    fn the_mail_type_switch() {
        let (_, _, ids) = first(&ENV.replace("MAIL_TYPE=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("MAIL_TYPE=smtp", "MAIL_TYPE=resend"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn compose_with_the_image() {
        let (client, s, _) = first(
            "services:\n  api:\n    image: langgenius/dify-api:1.4.0\n    environment:\n      MAIL_TYPE: smtp\n      SMTP_SERVER: smtp.postmarkapp.com\n      SMTP_PORT: 465\n      SMTP_USERNAME: u\n      SMTP_PASSWORD: u\n      SMTP_USE_TLS: 'true'\n",
        );
        assert_eq!(client, "dify");
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn another_apps_opportunistic_switch_is_not_taken() {
        // LINE's abc-user-feedback: SMTP_HOST, SMTP_TLS, SMTP_SENDER.
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_SENDER=a@acme.io\nSMTP_TLS=false\nSMTP_OPPORTUNISTIC_TLS=true\n",
        );
        assert_ne!(client, "dify");
    }

    #[test]
    fn the_helm_charts_values() {
        let values = "api:\n  mail:\n    defaultSender: \"Dify <dify@acme.io>\"\n    type: \"smtp\"\n    resend:\n      apiKey: \"xxxx\"\n    smtp:\n      server: \"smtp.postmarkapp.com\"\n      port: 587\n      username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      tls:\n        enabled: true\n        optimistic: true\n";
        let (client, s, ids) = first(values);
        assert_eq!(client, "dify-helm");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "dify@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&values.replace("optimistic: true", "optimistic: false"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&values.replace("type: \"smtp\"", "type: \"resend\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // An older chart's `useTLS`: ignored, the chart's defaults apply
        // (tls.enabled true, tls.optimistic false).
        let old = values.replace(
            "      tls:\n        enabled: true\n        optimistic: true\n",
            "      useTLS: true\n",
        );
        let (client, s, ids) = first(&old);
        assert_eq!(client, "dify-helm");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
