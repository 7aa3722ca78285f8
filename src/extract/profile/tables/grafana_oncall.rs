//! Grafana OnCall (open source): the engine's `EMAIL_*` environment, and
//! the Helm chart's `oncall.smtp` values that become that environment.
//!
//! Meaning (grafana.com "Grafana OnCall open source guide → Email Setup";
//! the code: `engine/settings/base.py`, `engine/common/utils.py`
//! `getenv_boolean`, `engine/apps/email/tasks.py`, which hands the values
//! to Django's SMTP backend with `get_connection(…)`; the chart:
//! `helm/oncall/templates/_env.tpl` `snippet.oncall.smtp.env`):
//!
//! * `EMAIL_HOST` (no default: without it OnCall logs an error and sends
//!   nothing), `EMAIL_PORT` (default 587), `EMAIL_HOST_USER`,
//!   `EMAIL_HOST_PASSWORD` (Django logs in when the user is non-empty).
//! * `EMAIL_USE_TLS` (default `True`: STARTTLS, required),
//!   `EMAIL_USE_SSL` (default `False`: TLS from the first byte when true);
//!   both true make Django refuse to send. `getenv_boolean` is true only
//!   for `true` or `1` (any case); any other value is false.
//! * The From is `EMAIL_FROM_ADDRESS`, else `EMAIL_HOST_USER` (the docs:
//!   "If not specified, EMAIL_HOST_USER will be used").
//!   `FEATURE_EMAIL_INTEGRATION_ENABLED` (default true) turns the email
//!   notification step on. The admin UI's "live settings" can override
//!   these values from the database: out of scope here.
//! * The chart (`oncall.smtp.enabled`, default true) writes `host`, `port`
//!   (default 587), `username`, `password` (through a Secret), `fromEmail`,
//!   `tls` and `ssl` as those variables: `tls | default true`, and Helm's
//!   `default` replaces a boolean `false` too, so `tls: false` still turns
//!   STARTTLS on (only the string `"False"` turns it off); `ssl` and `tls`
//!   both true fail the template.

use super::healthchecks::django_switches;
use super::phorge::login_is_sender;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, shared, syn, weighs, words, Fix, Hooks, Key, Marker,
    Profile, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Field, Quote, Role::*, Tls};

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_FROM_ADDRESS", From),
    k("FEATURE_EMAIL_INTEGRATION_ENABLED", Enabled),
];

/// Names only OnCall reads weigh five: its `EMAIL_*` names are Django's,
/// whose environment table has up to five markers among them.
/// `EMAIL_FROM_ADDRESS` is written by many apps: it adds to a paste that
/// has one of OnCall's own.
const MARKERS: &[Marker] = &[
    weighs(mark("FEATURE_EMAIL_INTEGRATION_ENABLED"), 5),
    weighs(mark("EMAIL_NOTIFICATIONS_LIMIT"), 5),
    weighs(mark_value("image", "grafana/oncall"), 5),
    weighs(mark("GRAFANA_API_URL"), 5),
    mark("BROKER_TYPE"),
    shared(weighs(mark("EMAIL_FROM_ADDRESS"), 5)),
];

const OTHER_KEYS: Words = words![
    "EMAIL_FROM_DOMAIN",
    "EMAIL_NOTIFICATIONS_LIMIT",
    "DATABASE_TYPE",
    "BROKER_TYPE",
    "BASE_URL",
    "SECRET_KEY",
    "GRAFANA_API_URL",
    "REDIS_URI",
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_PORT=587 with EMAIL_USE_TLS=True and EMAIL_USE_SSL=False",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "OnCall's settings as they are (Django's SMTP backend verifies the certificate)",
    ),
    fix_text(W::AuthOn, &[], "EMAIL_HOST_USER and EMAIL_HOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Grafana OnCall image"),
    fix(
        W::Username,
        &[set(Username, "EMAIL_HOST_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "EMAIL_HOST_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_FROM_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Grafana OnCall has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `getenv_boolean`: `true` or `1`, any case.
fn env_bool(f: &Field) -> Option<bool> {
    let v = f.value.literal()?;
    Some(matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "true" | "1"
    ))
}

fn env_tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        env_bool,
        true,
        "EMAIL_USE_TLS not set: OnCall defaults it to True (STARTTLS)",
    )
}

pub static GRAFANA_ONCALL_ENV: Profile = Profile {
    id: "grafana-oncall-env",
    name: "Grafana OnCall EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://grafana.com/docs/oncall/latest/set-up/open-source/#email-setup https://github.com/grafana/oncall/blob/dev/engine/settings/base.py https://github.com/grafana/oncall/blob/dev/engine/apps/email/tasks.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "EMAIL_USE_TLS=False",
        ..TlsModel::SWITCHES_STARTTLS
    },
    port: Some(587),
    switch: Some(Switch::plain("FEATURE_EMAIL_INTEGRATION_ENABLED")),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM_ADDRESS (OnCall falls back to EMAIL_HOST_USER)",
    shared_names: true,
    hooks: Hooks {
        tls: Some(env_tls),
        finish: Some(login_is_sender),
        ..Hooks::NONE
    },
    ..BASE
};

const HELM_KEYS: &[Key] = &[
    k("oncall.smtp.host", Host),
    k("oncall.smtp.port", Port),
    k("oncall.smtp.username", Username),
    k("oncall.smtp.password", Password),
    k("oncall.smtp.tls", StartTls),
    k("oncall.smtp.ssl", ImplicitTls),
    k("oncall.smtp.fromEmail", From),
    k("oncall.smtp.enabled", Enabled),
];

const HELM_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "oncall.smtp: port: 587, tls: \"True\", ssl: \"False\"",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "OnCall's settings as they are (Django's SMTP backend verifies the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "oncall.smtp.username and oncall.smtp.password",
    ),
    fix_text(W::TlsModern, &[], "a current Grafana OnCall chart"),
    fix_text(W::Username, &[], "oncall.smtp.username: {value}"),
    fix_text(W::Password, &[], "oncall.smtp.password: {value}"),
    fix_text(W::From, &[], "oncall.smtp.fromEmail: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Grafana OnCall has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The chart's reading: `… | toString | title`, then OnCall's
/// `getenv_boolean`; a YAML `false` or null under `tls` is replaced by
/// `default true` (see the module docs).
fn helm_bool(f: &Field) -> Option<bool> {
    let v = f.value.literal()?.trim().to_ascii_lowercase();
    let unset = matches!(v.as_str(), "false" | "" | "~" | "null");
    if f.role == StartTls && f.value.quote == Quote::None && unset {
        return Some(true);
    }
    Some(matches!(v.as_str(), "true" | "1"))
}

fn helm_tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        helm_bool,
        true,
        "oncall.smtp.tls not set: the chart writes EMAIL_USE_TLS=True (STARTTLS)",
    )
}

pub static GRAFANA_ONCALL_HELM: Profile = Profile {
    id: "grafana-oncall-helm",
    name: "Grafana OnCall Helm values oncall.smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/grafana/oncall/blob/dev/helm/oncall/values.yaml https://github.com/grafana/oncall/blob/dev/helm/oncall/templates/_env.tpl https://grafana.com/docs/oncall/latest/set-up/open-source/#email-setup",
    syntaxes: syn::YAML,
    keys: HELM_KEYS,
    markers: &[
        mark("oncall.smtp.fromEmail"),
        mark("oncall.smtp.host"),
        mark("oncall.smtp.ssl"),
    ],
    needs_marker: true,
    other_keys: words!["oncall.smtp.limitEmail"],
    case_sensitive: true,
    tls: TlsModel {
        absent: "tls: \"False\"",
        ..TlsModel::SWITCHES_STARTTLS
    },
    port: Some(587),
    switch: Some(Switch::plain("oncall.smtp.enabled")),
    fixes: HELM_FIXES,
    sender_hint: "oncall.smtp.fromEmail (OnCall falls back to the username)",
    hooks: Hooks {
        tls: Some(helm_tls),
        finish: Some(login_is_sender),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "BASE_URL=https://oncall.acme-widgets.io\nGRAFANA_API_URL=http://grafana:3000\nFEATURE_EMAIL_INTEGRATION_ENABLED=True\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=True\nEMAIL_FROM_ADDRESS=oncall@acme-widgets.io\n";

    #[test]
    fn engine_environment() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "grafana-oncall-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "oncall@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        // STARTTLS by default; `yes` is not true for getenv_boolean.
        let (_, s, _) = first(&ENV.replace("EMAIL_USE_TLS=True\n", ""));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=yes"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_login_is_the_from_without_an_address() {
        // The token is the From: not an address.
        let (_, _, ids) = first(&ENV.replace("EMAIL_FROM_ADDRESS=oncall@acme-widgets.io\n", ""));
        assert!(has(&ids, "from/invalid"), "{ids:?}");
        assert!(!has(&ids, "from/missing"), "{ids:?}");
    }

    #[test]
    fn a_django_env_is_not_oncall() {
        let env = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USE_TLS=True\nEMAIL_FROM_ADDRESS=app@acme-widgets.io\n";
        let (client, _, _) = first(env);
        assert_ne!(client, "grafana-oncall-env");
    }

    const VALUES: &str = "oncall:\n  smtp:\n    enabled: true\n    host: smtp.postmarkapp.com\n    port: 587\n    username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    fromEmail: oncall@acme-widgets.io\n";

    #[test]
    fn helm_values() {
        let (client, s, ids) = first(VALUES);
        assert_eq!(client, "grafana-oncall-helm");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        // `default true` replaces a boolean false: still STARTTLS.
        let (_, s, _) = first(&format!("{VALUES}    tls: false\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first(&format!("{VALUES}    tls: \"False\"\n"));
        assert_eq!(s["security"], "none");
        let (_, s, _) =
            first(&format!("{VALUES}    tls: \"False\"\n    ssl: true\n").replace("587", "465"));
        assert_eq!(s["security"], "implicit");
    }
}
