//! SFTPGo: the `smtp` section of its configuration file (`sftpgo.json`,
//! or the same keys in YAML/TOML) and the `SFTPGO_SMTP__*` environment
//! variables that override it.
//!
//! Meaning (SFTPGo docs "Configuration file" → `smtp`, and
//! `internal/smtp/smtp.go`, `Config` and `getMailClientOptions`, which
//! hands the settings to wneessen/go-mail):
//!
//! * `host` (empty: no mail is sent at all), `port` (the shipped
//!   `sftpgo.json` has 587; the Go zero value when the key is left out).
//! * `encryption` is a number: `0` (default) is go-mail's `NoTLS` — the
//!   session stays in clear even where the server offers STARTTLS; `1` is
//!   `WithSSL()`, TLS from the first byte; `2` is `TLSMandatory`, STARTTLS
//!   required. Anything else stops SFTPGo at start-up ("invalid
//!   encryption").
//! * `user` / `password`: it logs in when either is set; `auth_type`
//!   0 PLAIN (default), 1 LOGIN, 2 CRAM-MD5, 3 XOAUTH2 (`oauth2.*`).
//! * `from` is the From (`SFTPGo <sftpgo@example.com>` allowed); without
//!   it SFTPGo falls back to the username.
//! * `domain` is the HELO name; `templates_path`, `debug`.
//! * Environment: `SFTPGO_SMTP__HOST`, `SFTPGO_SMTP__PORT`,
//!   `SFTPGO_SMTP__FROM`, `SFTPGO_SMTP__USER`, `SFTPGO_SMTP__PASSWORD`,
//!   `SFTPGO_SMTP__AUTH_TYPE`, `SFTPGO_SMTP__ENCRYPTION` (viper's `__`
//!   nesting, SFTPGo docs "Environment variables").

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Both, Fix, Key, Marker, Profile, Sec, SetVal,
    TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    k("smtp.host", Host),
    k("smtp.port", Port),
    k("smtp.from", From),
    k("smtp.user", Username),
    k("smtp.password", Password),
    k("smtp.encryption", Encryption),
];

const ENV_KEYS: &[Key] = &[
    k("SFTPGO_SMTP__HOST", Host),
    k("SFTPGO_SMTP__PORT", Port),
    k("SFTPGO_SMTP__FROM", From),
    k("SFTPGO_SMTP__USER", Username),
    k("SFTPGO_SMTP__PASSWORD", Password),
    k("SFTPGO_SMTP__ENCRYPTION", Encryption),
];

/// `smtp.host` and `smtp.port` are every app's names: only SFTPGo's own
/// beside them make a file SFTPGo's.
const FILE_MARKERS: &[Marker] = &[
    mark("smtp.templates_path"),
    mark("smtp.auth_type"),
    mark("smtp.oauth2.refresh_token"),
];

const ENV_MARKERS: &[Marker] = &[
    mark("SFTPGO_SMTP__HOST"),
    mark("SFTPGO_SMTP__ENCRYPTION"),
    mark("SFTPGO_SMTP__AUTH_TYPE"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("0", Sec::Plain),
        ("1", Sec::Implicit),
        ("2", Sec::StartTls),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no encryption (SFTPGo's default 0 sends in clear)",
};

const FILE_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "encryption", SetVal::Lit("2"))],
        "\"encryption\": 2 (STARTTLS) in the smtp section",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "\"user\" and \"password\" in the smtp section",
    ),
    fix_text(W::TlsModern, &[], "a current SFTPGo release"),
    fix(W::Username, &[set(Username, "user", SetVal::Given)]),
    fix(W::Password, &[set(Password, "password", SetVal::Given)]),
    fix(W::From, &[set(From, "from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "SFTPGo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SFTPGO_SMTP__PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SFTPGO_SMTP__HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "SFTPGO_SMTP__ENCRYPTION", SetVal::Lit("2"))],
        "SFTPGO_SMTP__ENCRYPTION=2 (STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "SFTPGO_SMTP__USER and SFTPGO_SMTP__PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current SFTPGo release"),
    fix(
        W::Username,
        &[set(Username, "SFTPGO_SMTP__USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SFTPGO_SMTP__PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "SFTPGO_SMTP__FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "SFTPGo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SFTPGO: Profile = Profile {
    id: "sftpgo",
    name: "SFTPGo configuration file smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.sftpgo.com/latest/config-file/ https://github.com/drakkan/sftpgo/blob/main/internal/smtp/smtp.go https://github.com/drakkan/sftpgo/blob/main/sftpgo.json",
    syntaxes: syn::JSON | syn::YAML | syn::TOML,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: words!["auth_type", "domain", "templates_path", "debug", "oauth2"],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    fixes: FILE_FIXES,
    sender_hint: "\"from\" in the smtp section",
    ..BASE
};

pub static SFTPGO_ENV: Profile = Profile {
    id: "sftpgo-env",
    name: "SFTPGo SFTPGO_SMTP__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.sftpgo.com/latest/env-vars/ https://github.com/drakkan/sftpgo/blob/main/internal/smtp/smtp.go",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["SFTPGO_SMTP__"],
    other_keys: words![
        "SFTPGO_SMTP__AUTH_TYPE",
        "SFTPGO_SMTP__DOMAIN",
        "SFTPGO_SMTP__TEMPLATES_PATH",
        "SFTPGO_SMTP__DEBUG"
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    fixes: ENV_FIXES,
    sender_hint: "SFTPGO_SMTP__FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const JSON: &str = "{\n  \"common\": { \"idle_timeout\": 15 },\n  \"smtp\": {\n    \"host\": \"smtp.postmarkapp.com\",\n    \"port\": 587,\n    \"from\": \"SFTPGo <hello@acme-widgets.io>\",\n    \"user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"auth_type\": 0,\n    \"encryption\": 2,\n    \"domain\": \"\",\n    \"templates_path\": \"templates\"\n  }\n}\n";

    const ENV: &str = "SFTPGO_SMTP__HOST=smtp.postmarkapp.com\nSFTPGO_SMTP__PORT=587\nSFTPGO_SMTP__FROM=hello@acme-widgets.io\nSFTPGO_SMTP__USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSFTPGO_SMTP__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSFTPGO_SMTP__AUTH_TYPE=1\nSFTPGO_SMTP__ENCRYPTION=2\n";

    #[test]
    fn encryption_two_is_starttls() {
        clean_starttls(JSON, "sftpgo");
        clean_starttls(ENV, "sftpgo-env");
    }

    #[test]
    fn encryption_one_is_implicit_tls() {
        let (_, s, ids) = first(&JSON.replace("\"encryption\": 2", "\"encryption\": 1"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("ENCRYPTION=2", "ENCRYPTION=1"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn encryption_zero_or_left_out_sends_in_clear() {
        let (_, s, ids) = first(&JSON.replace("\"encryption\": 2", "\"encryption\": 0"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (c, s, ids) = first(&ENV.replace("SFTPGO_SMTP__ENCRYPTION=2\n", ""));
        assert_eq!(c, "sftpgo-env");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn another_apps_smtp_section_is_not_sftpgo() {
        let (c, _, _) = first("{\"smtp\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587, \"user\": \"u\", \"password\": \"u\"}}\n");
        assert_ne!(c, "sftpgo");
    }
}
