//! Mastodon's Helm chart (`mastodon/chart`): the `mastodon.smtp:` block of
//! its `values.yaml`, which `templates/configmap-env.yaml` and
//! `templates/secret-smtp.yaml` hand to Mastodon as its `SMTP_*`
//! environment, one value per variable:
//!
//! * `server` → `SMTP_SERVER`, `port` → `SMTP_PORT`, `login` / `password`
//!   → `SMTP_LOGIN` / `SMTP_PASSWORD` (a Secret the chart makes, unless
//!   `existingSecret` names one made elsewhere), `from_address` →
//!   `SMTP_FROM_ADDRESS`, `auth_method`, `openssl_verify_mode`,
//!   `enable_starttls`, `enable_starttls_auto`, `tls`, `delivery_method` →
//!   the `SMTP_*` of the same name.
//!
//! So the meaning is Mastodon's own (see the `mastodon` table):
//! `enable_starttls: auto|always|never`, `tls: true` is implicit TLS, no
//! port is the mail gem's 25. A key left empty is not passed on (the
//! template's `with`), as if unset.

use super::mastodon;
use crate::extract::profile::{
    fix_text, k, mark, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mastodon.smtp.server", Host),
    k("mastodon.smtp.port", Port),
    k("mastodon.smtp.login", Username),
    k("mastodon.smtp.password", Password),
    k("mastodon.smtp.existingSecret", CredentialsFile),
    k("mastodon.smtp.from_address", From),
    k("mastodon.smtp.auth_method", AuthMethod),
    k("mastodon.smtp.openssl_verify_mode", VerifyMode),
    k("mastodon.smtp.enable_starttls", Encryption),
    k("mastodon.smtp.enable_starttls_auto", StartTls),
    k("mastodon.smtp.tls", ImplicitTls),
    k("mastodon.smtp.delivery_method", Transport),
];

/// The chart's own block: `smtp:` under `mastodon:`, next to its
/// `local_domain`.
const MARKERS: &[Marker] = &[
    mark("mastodon.smtp.server"),
    mark("mastodon.smtp.login"),
    mark("mastodon.smtp.from_address"),
    mark("mastodon.smtp.enable_starttls"),
    mark("mastodon.local_domain"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "port", SetVal::Port)],
        "port: {port} under mastodon.smtp:",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "server", SetVal::Given)],
        "server: {value} under mastodon.smtp:",
    ),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "tls", SetVal::Bool(false)),
            set_if(Encryption, "enable_starttls", SetVal::Word("auto")),
        ],
        "enable_starttls: auto and tls: false under mastodon.smtp: (with port: 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(
            VerifyMode,
            "openssl_verify_mode",
            SetVal::Word("peer"),
        )],
        "openssl_verify_mode: peer under mastodon.smtp:",
    ),
    fix_text(W::AuthOn, &[], "auth_method: plain under mastodon.smtp:"),
    fix_text(
        W::TlsModern,
        &[],
        "a Mastodon image whose Ruby/OpenSSL supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "login: {value} under mastodon.smtp:"),
    fix_text(W::Password, &[], "password: {value} under mastodon.smtp:"),
    fix_text(W::From, &[], "from_address: {value} under mastodon.smtp:"),
    fix_text(W::Stream, &[], mastodon::NO_STREAM),
];

pub static MASTODON_CHART: Profile = Profile {
    id: "mastodon-chart",
    name: "Mastodon Helm chart values",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/mastodon/chart/blob/main/values.yaml https://github.com/mastodon/chart/blob/main/templates/configmap-env.yaml https://docs.joinmastodon.org/admin/config/#email",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["domain", "ca_file", "reply_to", "return_path"],
    case_sensitive: true,
    port: Some(25),
    // `SMTP_LOGIN`/`SMTP_PASSWORD` come from the Secret `existingSecret`
    // names; the chart makes its own from `login`/`password` only without it.
    store_replaces: &[Username, Password],
    switch: Some(mastodon::switch("mastodon.smtp.delivery_method")),
    fixes: FIXES,
    sender_hint: "from_address under mastodon.smtp: in values.yaml (without it Mastodon sends from notifications@localhost)",
    hooks: Hooks {
        tls: Some(mastodon::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const VALUES: &str = "mastodon:\n  local_domain: social.acme.io\n  smtp:\n    auth_method: plain\n    ca_file: /etc/ssl/certs/ca-certificates.crt\n    delivery_method: smtp\n    domain:\n    enable_starttls: 'auto'\n    from_address: notifications@acme.io\n    openssl_verify_mode: peer\n    port: 587\n    reply_to:\n    server: smtp.postmarkapp.com\n    tls: false\n    login: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    existingSecret:\n  web:\n    port: 3000\npostgresql:\n  auth:\n    username: mastodon\n    password: abc\n";

    #[test]
    fn the_charts_smtp_block_is_mastodons_environment() {
        let (client, s, ids) = first(VALUES);
        assert_eq!(client, "mastodon-chart");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "notifications@acme.io");
        assert!(s["password_present"].as_bool().unwrap_or(false));
        assert!(
            !ids.iter().any(|i| i.starts_with("tls/")
                || i.starts_with("auth/")
                || *i == "input/unknown-key"
                || *i == "input/multiple-configs"),
            "{ids:?}"
        );
    }

    #[test]
    fn tls_true_is_implicit_and_an_existing_secret_holds_the_login() {
        let v = VALUES
            .replace("tls: false", "tls: true")
            .replace("    login: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n", "")
            .replace("existingSecret:", "existingSecret: mastodon-smtp");
        let (_, s, ids) = first(&v);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
    }
}
