//! PostHog (self-hosted): its `EMAIL_*` environment (the hobby
//! `docker-compose`, a `.env`, a Kubernetes `env:` list) and the `email:`
//! block of its former Helm chart (`PostHog/charts-clickhouse`).
//!
//! Meaning (PostHog docs "Configuring email"; the code:
//! `posthog/settings/dynamic_settings.py` gives each instance setting its
//! environment default, `posthog/email.py` opens Django's SMTP
//! `EmailBackend` with them and `is_email_available()` decides whether
//! mail is sent at all; `posthog/utils.py` has `str_to_bool`):
//!
//! * The names are Django's, the reading is PostHog's own: the variables
//!   are the defaults of instance settings, which an admin can overwrite
//!   in Instance settings (the database then wins).
//! * Mail is sent only when `EMAIL_ENABLED` (default `true`) is on and
//!   `EMAIL_HOST` (default empty: there is no `localhost` fallback) is set.
//! * `EMAIL_PORT` defaults to 25 (also when written empty).
//! * `EMAIL_USE_TLS` (STARTTLS, required) and `EMAIL_USE_SSL` (implicit
//!   TLS) default to false: with neither Django sends in clear, with both
//!   its backend raises `ValueError`.
//! * The booleans are `str_to_bool`: `y`, `yes`, `t`, `true`, `on`, `1` (any
//!   case) are true, anything else false.
//! * It logs in when `EMAIL_HOST_USER` and `EMAIL_HOST_PASSWORD` are both
//!   non-empty (Django).
//! * The From is `EMAIL_DEFAULT_FROM`, else Django's `DEFAULT_FROM_EMAIL`,
//!   else `root@localhost`.
//! * The Helm chart (`templates/_email.tpl`) turns `email.host`, `port`,
//!   `user`, `password` (or `existingSecret`), `use_tls`, `use_ssl` and
//!   `from_email` into those variables; its `values.yaml` has
//!   `use_tls: true`, so a values file that leaves it out still asks for
//!   STARTTLS.
//!
//! `EMAIL_DEFAULT_FROM` outweighs Django's four login and TLS names
//! ([`weighs`]). Taiga writes it too, always with its `EMAIL_BACKEND`
//! word, which PostHog's environment does not have: Taiga's table then
//! reads one key more and keeps the paste. `EMAIL_ENABLED` is no marker:
//! GrowthBook writes it beside Django's names too (with `EMAIL_FROM`, for
//! nodemailer).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, set_if, set_near, shared, syn, weighs, words, Fix, Key,
    Marker, Pairs, Profile, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const ENV_KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_DEFAULT_FROM|DEFAULT_FROM_EMAIL", From),
    k("EMAIL_ENABLED", Enabled),
];

const HELM_KEYS: &[Key] = &[
    k("email.host", Host),
    k("email.port", Port),
    k("email.user", Username),
    k("email.password", Password),
    k("email.use_tls", StartTls),
    k("email.use_ssl", ImplicitTls),
    k("email.from_email", From),
    k("email.existingSecret", CredentialsFile),
];

const ENV_MARKERS: &[Marker] = &[
    weighs(mark("EMAIL_DEFAULT_FROM"), 5),
    // The hobby deployment's own services.
    weighs(mark("CLICKHOUSE_HOST"), 3),
];

/// `email.host` and `email.port` are any chart's: the chart's own names.
/// `from_email` is the chart's own name; `email.use_tls`/`email.use_ssl`
/// are Django's names as any app's YAML writes them (a Go service's
/// `email: {host, username, from, use_ssl, use_tls}`): they add to the
/// chart's score beside its own name and recognise nothing alone.
const HELM_MARKERS: &[Marker] = &[
    mark("email.from_email"),
    shared(mark("email.use_tls")),
    shared(mark("email.use_ssl")),
];

const ENV_OTHER: Words = words!["EMAIL_REPLY_TO", "EMAIL_TIMEOUT", "SITE_URL"];
const HELM_OTHER: Words = words!["existingSecretKey"];

const ENV_LEFTOVERS: Pairs = pairs![
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_FROM", "EMAIL_DEFAULT_FROM"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
];

const HELM_LEFTOVERS: Pairs = pairs![
    ("username", "user"),
    ("from", "from_email"),
    ("tls", "use_tls"),
    ("ssl", "use_ssl"),
];

const TRUTH: Truth = Truth::Only(words!["y", "yes", "t", "true", "on", "1"]);

const STREAM_FIX: Fix = fix_text(
    W::Stream,
    &[],
    "PostHog has no stream setting: use a Server whose default stream is `{value}`",
);
const VERIFY_FIX: Fix = fix_text(
    W::VerifyOn,
    &[],
    "PostHog's Django backend verifies certificates: remove whatever turned the check off",
);
const MODERN_FIX: Fix = fix_text(W::TlsModern, &[], "a current PostHog image");

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_near(StartTls, "EMAIL_USE_TLS", SetVal::Bool(true), ImplicitTls),
            set_if(ImplicitTls, "EMAIL_USE_SSL", SetVal::Bool(false)),
        ],
        "EMAIL_USE_TLS=true and EMAIL_USE_SSL=false",
    ),
    VERIFY_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "both EMAIL_HOST_USER and EMAIL_HOST_PASSWORD",
    ),
    MODERN_FIX,
    fix(
        W::Username,
        &[set(Username, "EMAIL_HOST_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "EMAIL_HOST_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_DEFAULT_FROM", SetVal::Given)]),
    STREAM_FIX,
];

const HELM_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under email:"),
    fix_text(W::Host, &[], "host: {value} under email:"),
    fix_text(
        W::StartTls,
        &[],
        "use_tls: true and use_ssl: false under email:",
    ),
    VERIFY_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "user and password (or existingSecret) under email:",
    ),
    MODERN_FIX,
    fix_text(W::Username, &[], "user: {value} under email:"),
    fix_text(W::Password, &[], "password: {value} under email:"),
    fix_text(W::From, &[], "from_email: {value} under email:"),
    STREAM_FIX,
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://posthog.com/docs/self-host/configure/email https://github.com/PostHog/posthog/blob/master/posthog/settings/dynamic_settings.py https://github.com/PostHog/posthog/blob/master/posthog/email.py https://github.com/PostHog/charts-clickhouse/blob/main/charts/posthog/templates/_email.tpl";

pub static POSTHOG_ENV: Profile = Profile {
    id: "posthog-env",
    name: "PostHog EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    truth: TRUTH,
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS=true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_ENABLED",
    }),
    fixes: ENV_FIXES,
    shared_names: true,
    sender_hint: "EMAIL_DEFAULT_FROM (PostHog falls back to root@localhost)",
    ..BASE
};

pub static POSTHOG_HELM: Profile = Profile {
    id: "posthog-helm",
    name: "PostHog Helm chart email:",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON,
    keys: HELM_KEYS,
    markers: HELM_MARKERS,
    needs_marker: true,
    other_keys: HELM_OTHER,
    leftovers: HELM_LEFTOVERS,
    // Helm quotes each value into the variable, which `str_to_bool` reads.
    truth: TRUTH,
    // The chart's values.yaml has `use_tls: true`.
    tls: TlsModel::SWITCHES_STARTTLS,
    port: Some(25),
    credentials_apart: true,
    store_replaces: &[Password],
    fixes: HELM_FIXES,
    sender_hint: "from_email under email: (PostHog falls back to root@localhost)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn another_apps_email_block_with_djangos_switch_names_is_not_the_chart() {
        // A Go service's settings.yaml: `email:` with `user`, `use_ssl` and
        // `use_tls`, no `from_email`: not PostHog's chart values.
        let go = "system:\n  port: 8080\nemail:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n  from: a@acme.io\n  use_ssl: false\n  use_tls: true\n";
        let (client, s, ids) = first(go);
        assert_ne!(client, "posthog-helm");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // The chart's own `from_email` beside them: the chart.
        let chart = go
            .replace("  from: ", "  from_email: ")
            .replace("username", "user");
        assert_eq!(first(&chart).0, "posthog-helm");
    }

    const ENV: &str = "SITE_URL=https://posthog.acme.io\nEMAIL_ENABLED=true\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=true\nEMAIL_USE_SSL=false\nEMAIL_DEFAULT_FROM=posthog@acme.io\n";

    #[test]
    fn environment_is_django_with_posthogs_switch() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "posthog-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "posthog@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_ENABLED=true", "EMAIL_ENABLED=false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // str_to_bool: `on` is true, `enabled` is not.
        let (_, s, _) = first(&ENV.replace("EMAIL_USE_TLS=true", "EMAIL_USE_TLS=on"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=true", "EMAIL_USE_TLS=enabled"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn both_switches_conflict_and_ssl_is_implicit() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_USE_SSL=false", "EMAIL_USE_SSL=true"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
        let (_, s, ids) = first(
            &ENV.replace("EMAIL_USE_TLS=true", "EMAIL_USE_TLS=false")
                .replace("EMAIL_USE_SSL=false", "EMAIL_USE_SSL=true"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn taigas_and_djangos_environments_stay_theirs() {
        let taiga = "EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=p\nEMAIL_DEFAULT_FROM=taiga@acme.io\nEMAIL_USE_TLS=True\nEMAIL_USE_SSL=False\nTAIGA_SECRET_KEY=x\n";
        assert_eq!(first(taiga).0, "taiga-env");
        let django = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=p\nEMAIL_USE_TLS=True\nDEFAULT_FROM_EMAIL=a@acme.io\n";
        assert_eq!(first(django).0, "django-env");
    }

    #[test]
    fn helm_values_default_to_starttls() {
        let (client, s, ids) = first(
            "email:\n  host: smtp.postmarkapp.com\n  port: 587\n  user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  from_email: posthog@acme.io\n",
        );
        assert_eq!(client, "posthog-helm");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }
}
