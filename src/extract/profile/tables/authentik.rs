//! authentik: the global email settings, as `AUTHENTIK_EMAIL__*`
//! environment variables (`.env` of the Docker Compose install) or as the
//! `authentik.email` block of the Helm chart's values.
//!
//! Meaning (docs.goauthentik.io "Docker Compose installation", email
//! section; `authentik/lib/default.yml`; `authentik/root/settings.py`,
//! which hands the values to Django's SMTP `EmailBackend`; the chart's
//! `values.yaml`):
//!
//! * `USE_TLS` is Django's `EMAIL_USE_TLS`: STARTTLS, required;
//!   `USE_SSL` is `EMAIL_USE_SSL`: TLS from the first byte. Both on:
//!   Django refuses to send ("mutually exclusive"). Neither: clear text.
//! * Booleans go through `CONFIG.get_bool`: only the word `true` (any
//!   case) is true.
//! * Defaults (`default.yml`): host `localhost`, port 25, no TLS, From
//!   `authentik@localhost`. The Helm chart's defaults differ: port 587,
//!   still with `use_tls: false`, so a chart install that only sets the
//!   host speaks clear text on 587.
//! * A username makes Django log in; empty means no login.
//! * `FROM` is the From (`Name <addr>` allowed).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Profile, SetVal, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const ENV_KEYS: &[Key] = &[
    k("AUTHENTIK_EMAIL__HOST", Host),
    k("AUTHENTIK_EMAIL__PORT", Port),
    k("AUTHENTIK_EMAIL__USERNAME", Username),
    k("AUTHENTIK_EMAIL__PASSWORD", Password),
    k("AUTHENTIK_EMAIL__FROM", From),
    k("AUTHENTIK_EMAIL__USE_TLS", StartTls),
    k("AUTHENTIK_EMAIL__USE_SSL", ImplicitTls),
];

const HELM_KEYS: &[Key] = &[
    k("authentik.email.host", Host),
    k("authentik.email.port", Port),
    k("authentik.email.username", Username),
    k("authentik.email.password", Password),
    k("authentik.email.from", From),
    k("authentik.email.use_tls", StartTls),
    k("authentik.email.use_ssl", ImplicitTls),
];

const TLS: TlsModel = TlsModel {
    absent: "neither USE_TLS nor USE_SSL is true (authentik's default is no TLS)",
    ..TlsModel::SWITCHES_PLAIN
};

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "AUTHENTIK_EMAIL__PORT", SetVal::Port)]),
    fix(
        W::Host,
        &[set(Host, "AUTHENTIK_EMAIL__HOST", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "AUTHENTIK_EMAIL__USE_TLS", SetVal::Bool(true)),
            set(ImplicitTls, "AUTHENTIK_EMAIL__USE_SSL", SetVal::Bool(false)),
        ],
        "AUTHENTIK_EMAIL__USE_TLS=true and AUTHENTIK_EMAIL__USE_SSL=false",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "AUTHENTIK_EMAIL__USERNAME and AUTHENTIK_EMAIL__PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current authentik release"),
    fix_text(W::Username, &[], "AUTHENTIK_EMAIL__USERNAME={value}"),
    fix_text(W::Password, &[], "AUTHENTIK_EMAIL__PASSWORD={value}"),
    fix_text(W::From, &[], "AUTHENTIK_EMAIL__FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "authentik has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const HELM_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under authentik.email"),
    fix_text(W::Host, &[], "host: {value} under authentik.email"),
    fix_text(
        W::StartTls,
        &[],
        "use_tls: true and use_ssl: false under authentik.email",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "username and password under authentik.email",
    ),
    fix_text(W::TlsModern, &[], "a current authentik release"),
    fix_text(W::Username, &[], "username: {value}"),
    fix_text(W::Password, &[], "password: {value}"),
    fix_text(W::From, &[], "from: {value}"),
    fix_text(
        W::Stream,
        &[],
        "authentik has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.goauthentik.io/docs/install-config/install/docker-compose#email-configuration-optional-but-recommended https://github.com/goauthentik/authentik/blob/main/authentik/lib/default.yml https://github.com/goauthentik/helm/blob/main/charts/authentik/values.yaml";

pub static AUTHENTIK_ENV: Profile = Profile {
    id: "authentik-env",
    name: "authentik AUTHENTIK_EMAIL__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["AUTHENTIK_EMAIL__"],
    other_keys: words!["AUTHENTIK_EMAIL__TIMEOUT", "AUTHENTIK_EMAIL__TEMPLATE_DIR"],
    leftovers: pairs![
        ("AUTHENTIK_EMAIL__USER", "AUTHENTIK_EMAIL__USERNAME"),
        ("AUTHENTIK_EMAIL__USE_STARTTLS", "AUTHENTIK_EMAIL__USE_TLS"),
        ("AUTHENTIK_EMAIL__SENDER", "AUTHENTIK_EMAIL__FROM"),
    ],
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: ENV_FIXES,
    sender_hint: "AUTHENTIK_EMAIL__FROM (default authentik@localhost)",
    ..BASE
};

pub static AUTHENTIK_HELM: Profile = Profile {
    id: "authentik-helm",
    name: "authentik Helm values authentik.email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML,
    keys: HELM_KEYS,
    markers: &[
        mark("authentik.email.host"),
        mark("authentik.email.use_tls"),
        mark("authentik.email.use_ssl"),
        mark("authentik.secret_key"),
    ],
    needs_marker: true,
    other_keys: words!["timeout", "template_dir"],
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TlsModel {
        absent: "use_tls and use_ssl are false in the chart's defaults",
        ..TLS
    },
    // The chart's default, not authentik's.
    port: Some(587),
    fixes: HELM_FIXES,
    sender_hint: "from under authentik.email",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "AUTHENTIK_EMAIL__HOST=smtp.postmarkapp.com\nAUTHENTIK_EMAIL__PORT=587\nAUTHENTIK_EMAIL__USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAUTHENTIK_EMAIL__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAUTHENTIK_EMAIL__USE_TLS=true\nAUTHENTIK_EMAIL__USE_SSL=false\nAUTHENTIK_EMAIL__FROM=auth@acme.io\n";

    #[test]
    fn env_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "authentik-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn env_switches() {
        let (_, s, ids) = first(&ENV.replace("USE_TLS=true", "USE_TLS=false"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("USE_SSL=false", "USE_SSL=true"));
        assert!(ids.iter().any(|i| i == "tls/conflicting"), "{ids:?}");
        // Only the word `true` is true.
        let (_, s, _) = first(&ENV.replace("USE_TLS=true", "USE_TLS=1"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn helm_values_default_to_587_in_clear() {
        let (client, s, ids) = first(
            "authentik:\n  secret_key: \"x\"\n  email:\n    host: smtp.postmarkapp.com\n    username: u\n    password: u\n    from: auth@acme.io\n",
        );
        assert_eq!(client, "authentik-helm");
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "port/25-blocked"), "{ids:?}");
    }
}
