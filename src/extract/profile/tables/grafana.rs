//! Grafana: the `[smtp]` section of `grafana.ini` / `custom.ini`, and the
//! same settings as `GF_SMTP_*` environment variables (Grafana maps
//! `GF_<SECTION>_<KEY>` onto the ini file).
//!
//! Meaning (grafana.com "Configure Grafana", section `[smtp]`, and
//! `pkg/services/notifications/smtp.go`):
//!
//! * `host` is `host:port` by design (`smtp.example.com:587`): Grafana
//!   splits it with Go's `net.SplitHostPort`, so a host without a port
//!   fails; there is no separate port setting.
//! * The dialer is gomail's: port 465 means TLS from the first byte, any
//!   other port speaks plain SMTP upgraded by STARTTLS according to
//!   `startTLS_policy`: `OpportunisticStartTLS` (the default: when
//!   offered), `MandatoryStartTLS` (required), `NoStartTLS` (never).
//! * `skip_verify = true` switches certificate verification off.
//! * `enabled` (default `false`) is the mail switch: off, Grafana sends
//!   no mail at all.
//! * `from_address` is the From (default `admin@grafana.localhost`).

use crate::extract::profile::{
    at_top, fix_text, k, kr, mark, shared, syn, words, Fix, Key, Profile, Read, Sec, Switch,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

/// In `[smtp]`, or at the top of a paste of the section's lines without
/// its header (the marker then comes from a Grafana-only bare key).
const INI_KEYS: &[Key] = &[
    kr("smtp.host|host", Host, Read::HostPort),
    k("smtp.user|user", Username),
    k("smtp.password|password", Password),
    k("smtp.from_address|from_address", From),
    k("smtp.startTLS_policy|startTLS_policy", Encryption),
    k("smtp.skip_verify|skip_verify", SkipVerify),
    k("smtp.enabled|enabled", Enabled),
];

const ENV_KEYS: &[Key] = &[
    kr("GF_SMTP_HOST", Host, Read::HostPort),
    k("GF_SMTP_USER", Username),
    k("GF_SMTP_PASSWORD", Password),
    k("GF_SMTP_FROM_ADDRESS", From),
    k("GF_SMTP_STARTTLS_POLICY", Encryption),
    k("GF_SMTP_SKIP_VERIFY", SkipVerify),
    k("GF_SMTP_ENABLED", Enabled),
];

/// Keys of the section that carry nothing we check.
const INI_OTHER: Words = words![
    "cert_file",
    "key_file",
    "from_name",
    "ehlo_identity",
    "static_headers",
];
const ENV_OTHER: Words = words![
    "GF_SMTP_CERT_FILE",
    "GF_SMTP_KEY_FILE",
    "GF_SMTP_FROM_NAME",
    "GF_SMTP_EHLO_IDENTITY",
    "GF_SMTP_STATIC_HEADERS",
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("OpportunisticStartTLS", Sec::Auto),
        ("MandatoryStartTLS", Sec::StartTls),
        ("NoStartTLS", Sec::Plain),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};
use crate::extract::profile::Both;

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: None,
    off: None,
    name: "enabled in [smtp]",
};

const INI_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "host = smtp.postmarkapp.com:{port} in [smtp] (the port is part of host)",
    ),
    fix_text(W::Host, &[], "host = {value}:587 in [smtp]"),
    fix_text(W::StartTls, &[], "startTLS_policy = MandatoryStartTLS"),
    fix_text(W::VerifyOn, &[], "skip_verify = false"),
    fix_text(W::AuthOn, &[], "user and password in [smtp]"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Grafana release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "user = {value}"),
    fix_text(W::Password, &[], "password = {value}"),
    fix_text(W::From, &[], "from_address = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Grafana has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "GF_SMTP_HOST=smtp.postmarkapp.com:{port} (the port is part of the host)",
    ),
    fix_text(W::Host, &[], "GF_SMTP_HOST={value}:587"),
    fix_text(
        W::StartTls,
        &[],
        "GF_SMTP_STARTTLS_POLICY=MandatoryStartTLS",
    ),
    fix_text(W::VerifyOn, &[], "GF_SMTP_SKIP_VERIFY=false"),
    fix_text(W::AuthOn, &[], "GF_SMTP_USER and GF_SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Grafana release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "GF_SMTP_USER={value}"),
    fix_text(W::Password, &[], "GF_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "GF_SMTP_FROM_ADDRESS={value}"),
    fix_text(
        W::Stream,
        &[],
        "Grafana has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp https://github.com/grafana/grafana/blob/main/pkg/services/notifications/smtp.go";

pub static GRAFANA_INI: Profile = Profile {
    id: "grafana",
    name: "Grafana grafana.ini [smtp]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::INI,
    keys: INI_KEYS,
    // `[smtp] host` alone is any app's: the section's Grafana-only keys.
    markers: &[
        mark("smtp.from_address"),
        mark("smtp.startTLS_policy"),
        mark("smtp.skip_verify"),
        mark("smtp.ehlo_identity"),
        mark("smtp.from_name"),
        // Without the header: names no other INI client of ours writes,
        // at the top of the paste (under another section, `[mail]
        // from_address` is that app's).
        at_top(mark("from_address")),
        at_top(mark("startTLS_policy")),
        at_top(mark("ehlo_identity")),
    ],
    needs_marker: true,
    other_keys: INI_OTHER,
    tls: TLS,
    switch: Some(SWITCH),
    fixes: INI_FIXES,
    sender_hint: "from_address in [smtp] (default admin@grafana.localhost)",
    ..BASE
};

pub static GRAFANA_ENV: Profile = Profile {
    id: "grafana-env",
    name: "Grafana GF_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[],
    family: &["GF_SMTP_"],
    other_keys: ENV_OTHER,
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        name: "GF_SMTP_ENABLED",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "GF_SMTP_FROM_ADDRESS (default admin@grafana.localhost)",
    ..BASE
};

/// Helm chart values: Bitnami's Grafana chart (`smtp.host`, `smtp.user`,
/// `smtp.password`, `smtp.fromAddress`, `smtp.skipVerify`, `smtp.enabled`;
/// `smtp.existingSecret` names a Secret holding the user and the password,
/// under `smtp.existingSecretUserKey` / `smtp.existingSecretPasswordKey`)
/// hands them to the image as `GF_SMTP_*`; the grafana/helm-charts chart
/// writes its `grafana.ini:` block as the ini file, with `smtp.existingSecret`
/// (`smtp.userKey`, `smtp.passwordKey`) as `GF_SMTP_USER`/`GF_SMTP_PASSWORD`.
/// The meaning is Grafana's: `host` is `host:port`.
const CHART_KEYS: &[Key] = &[
    kr("smtp.host|grafana.ini.smtp.host", Host, Read::HostPort),
    k("smtp.user|grafana.ini.smtp.user", Username),
    k("smtp.password|grafana.ini.smtp.password", Password),
    k("smtp.fromAddress|grafana.ini.smtp.from_address", From),
    k("grafana.ini.smtp.startTLS_policy", Encryption),
    k("smtp.skipVerify|grafana.ini.smtp.skip_verify", SkipVerify),
    k("smtp.enabled|grafana.ini.smtp.enabled", Enabled),
    k("smtp.existingSecret", CredentialsFile),
];

pub static GRAFANA_CHART: Profile = Profile {
    id: "grafana-chart",
    name: "Grafana Helm chart values",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/charts/tree/main/bitnami/grafana#smtp-settings https://github.com/grafana/helm-charts/blob/main/charts/grafana/values.yaml https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp",
    syntaxes: syn::YAML,
    keys: CHART_KEYS,
    markers: &[
        mark("smtp.existingSecretUserKey"),
        mark("smtp.existingSecretPasswordKey"),
        mark("smtp.fromAddress"),
        mark("smtp.skipVerify"),
        // The usual Helm names for a Secret's keys (any chart's `smtp:`
        // block with `existingSecret`/`passwordKey`): they count only
        // beside the chart's own names.
        shared(mark("smtp.userKey")),
        shared(mark("smtp.passwordKey")),
        mark("grafana.ini.smtp.host"),
        mark("grafana.ini.smtp.from_address"),
    ],
    needs_marker: true,
    // grafana/helm-charts: `smtp.existingSecret` sits beside the
    // `grafana.ini:` block that holds the host.
    credentials_apart: true,
    // Both charts read the user and the password from `smtp.existingSecret`
    // when it is set (Bitnami's `smtp-secret.yaml` is made from
    // `smtp.user`/`smtp.password` only without it): the leftover defaults
    // (`user: user`, `password: password`) are not used.
    store_replaces: &[Username, Password],
    other_keys: words![
        "smtp.fromName",
        "smtp.existingSecretUserKey",
        "smtp.existingSecretPasswordKey",
        "smtp.userKey",
        "smtp.passwordKey",
        "grafana.ini.smtp.from_name",
        "grafana.ini.smtp.ehlo_identity",
    ],
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        name: "smtp.enabled",
        ..SWITCH
    }),
    fixes: INI_FIXES,
    sender_hint: "smtp.fromAddress (Bitnami) or grafana.ini: smtp: from_address (default admin@grafana.localhost)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn another_charts_secret_key_names_are_not_grafanas() {
        // Another chart's `smtp:` values with `existingSecret`/`passwordKey`
        // and a `port` (Grafana has none: its host holds the port).
        let values = "server:\n  publicUrl: https://cv.acme.io\nsmtp:\n  enabled: true\n  host: smtp.postmarkapp.com\n  port: 587\n  from: CV <cv@acme.io>\n  username: u\n  existingSecret: cv-smtp\n  passwordKey: password\n";
        let (client, s, ids) = first(values);
        assert_ne!(client, "grafana-chart");
        assert_eq!(s["port"], 587);
        assert!(!ids.iter().any(|i| i == "port/missing"), "{ids:?}");
    }

    #[test]
    fn chart_values_keep_the_port_in_the_host() {
        // Bitnami's chart: the user and password in the Secret.
        let (client, s, ids) = first(
            "smtp:\n  enabled: true\n  host: smtp.postmarkapp.com:587\n  fromAddress: grafana@acme.io\n  existingSecret: grafana-smtp\n  existingSecretUserKey: user\n  existingSecretPasswordKey: password\n",
        );
        assert_eq!(client, "grafana-chart");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        for id in ["host/has-port", "port/missing", "auth/missing-password"] {
            assert!(!ids.iter().any(|i| i == id), "{id}: {ids:?}");
        }
        assert!(
            ids.iter().any(|i| i == "auth/external-credentials"),
            "{ids:?}"
        );
        // grafana/helm-charts: the ini file as a `grafana.ini:` block.
        let (client, s, ids) = first(
            "grafana.ini:\n  smtp:\n    enabled: true\n    host: smtp.postmarkapp.com:465\n    from_address: grafana@acme.io\nsmtp:\n  existingSecret: grafana-smtp\n  userKey: user\n  passwordKey: password\n",
        );
        assert_eq!(client, "grafana-chart");
        assert_eq!(s["port"], 465);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        for id in [
            "host/has-port",
            "auth/missing-username",
            "auth/missing-password",
        ] {
            assert!(!ids.iter().any(|i| i == id), "{id}: {ids:?}");
        }
    }

    #[test]
    fn an_existing_secret_replaces_the_chart_default_login() {
        // Bitnami's values keep `user: user` / `password: password`; with
        // `smtp.existingSecret` set the chart reads both from the Secret.
        let values = "smtp:\n  enabled: true\n  user: user\n  password: password\n  host: smtp.postmarkapp.com:587\n  fromAddress: grafana@acme.io\n  existingSecret: grafana-smtp\n  existingSecretUserKey: user\n  existingSecretPasswordKey: password\n";
        let (client, s, ids) = first(values);
        assert_eq!(client, "grafana-chart");
        assert!(s["username"].is_null(), "{s:?}");
        for id in [
            "auth/placeholder",
            "auth/missing-username",
            "auth/missing-password",
        ] {
            assert!(!ids.iter().any(|i| i == id), "{id}: {ids:?}");
        }
        assert!(
            ids.iter().any(|i| i == "auth/external-credentials"),
            "{ids:?}"
        );
        // Without a Secret the chart makes one from the defaults.
        let (_, _, ids) =
            first(&values.replace("existingSecret: grafana-smtp", "existingSecret: \"\""));
        assert!(ids.iter().any(|i| i == "auth/placeholder"), "{ids:?}");
    }

    #[test]
    fn host_holds_the_port_by_design() {
        let (client, s, ids) = first(
            "[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587\nuser = u\npassword = p\nfrom_address = a@acme.io\n",
        );
        assert_eq!(client, "grafana");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_tls_and_no_starttls_is_clear_text() {
        let (_, s, ids) = first(
            "GF_SMTP_ENABLED=true\nGF_SMTP_HOST=smtp.postmarkapp.com:465\nGF_SMTP_USER=u\nGF_SMTP_PASSWORD=p\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(
            "[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587\nstartTLS_policy = NoStartTLS\n",
        );
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn disabled_sends_nothing() {
        let (_, _, ids) = first("GF_SMTP_ENABLED=false\nGF_SMTP_HOST=smtp.postmarkapp.com:587\n");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_section_without_its_header() {
        let (client, s, _) = first(
            "enabled = true\nhost = smtp.postmarkapp.com:587\nuser = u\npassword = p\nfrom_address = a@acme.io\nfrom_name = Grafana\n",
        );
        assert_eq!(client, "grafana");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        // Bare `host`/`user` with no Grafana-only key are not Grafana's.
        let (client, _, _) = first("host = smtp.postmarkapp.com:587\nuser = u\npassword = p\n");
        assert_ne!(client, "grafana");
    }

    #[test]
    fn a_bare_name_under_another_section_is_that_apps() {
        // Another app's `[mail]` section with a `from_address` of its own.
        let (client, _, ids) = first(
            "[app]\nname = Inventory\n\n[mail]\nhost = smtp.postmarkapp.com\nport = 587\nuser = u\npassword = p\nfrom_address = a@acme.io\nuse_tls = true\n",
        );
        assert_ne!(client, "grafana");
        assert!(
            !ids.iter()
                .any(|i| i == "port/missing" || i == "input/unknown-key"),
            "{ids:?}"
        );
    }
}
