//! Vikunja: the `mailer:` section of `config.yml` (also TOML/JSON, or a
//! NixOS `services.vikunja.settings.mailer` set), and the same settings as
//! `VIKUNJA_MAILER_*` environment variables (viper: prefix `VIKUNJA`, the
//! nesting dot becomes `_`, so `mailer.fromemail` is
//! `VIKUNJA_MAILER_FROMEMAIL`; `VIKUNJA_MAILER_FROM_EMAIL` is another,
//! unread key).
//!
//! Meaning (vikunja.io "Config options", `config.yml.sample`, and the code:
//! `pkg/config/config.go` for the defaults, `pkg/mail/mail.go` for the
//! client, which is wneessen/go-mail v0.8):
//!
//! * `mailer.enabled` defaults to `false`: unless it is switched on the
//!   mail daemon never starts and no mail leaves.
//! * `host` is a host only; `port` defaults to 587.
//! * `forcessl` (default false) is implicit TLS: Vikunja hands go-mail
//!   `WithSSLPort(true)`, so the session starts TLS on the first byte on
//!   the written port (go-mail only moves a port still at 25 to 465).
//!   Without it the TLS policy is `TLSOpportunistic`: STARTTLS when the
//!   server offers it, clear text otherwise. The sample's comment says
//!   "By default, Vikunja will try to connect with starttls": the code
//!   shows it is opportunistic, not required.
//! * `skiptlsverify: true` turns certificate verification off.
//! * It logs in only when both `username` and `password` are non-empty
//!   (with `authtype`, default `plain`; `login`, `cram-md5`).
//! * Booleans go through viper's `GetBool` (Go's `strconv.ParseBool` for
//!   strings: `true`/`1`/`t`; `yes` is false).
//! * Any key can be read from a file instead: `password.file` /
//!   `VIKUNJA_MAILER_PASSWORD_FILE` (`readConfigValuesFromFiles`).
//! * `fromemail` is the From (default `mail@vikunja`, an address no
//!   provider can verify).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    k("mailer.host", Host),
    k("mailer.port", Port),
    k("mailer.username", Username),
    k("mailer.password", Password),
    k("mailer.fromemail", From),
    k("mailer.forcessl", ImplicitTls),
    k("mailer.skiptlsverify", SkipVerify),
    k("mailer.authtype", AuthMethod),
    k("mailer.enabled", Enabled),
    // `<key>.file`: the value is read from that file at start-up.
    k("mailer.password.file", CredentialsFile),
];

const ENV_KEYS: &[Key] = &[
    k("VIKUNJA_MAILER_HOST", Host),
    k("VIKUNJA_MAILER_PORT", Port),
    k("VIKUNJA_MAILER_USERNAME", Username),
    k("VIKUNJA_MAILER_PASSWORD", Password),
    k("VIKUNJA_MAILER_FROMEMAIL", From),
    k("VIKUNJA_MAILER_FORCESSL", ImplicitTls),
    k("VIKUNJA_MAILER_SKIPTLSVERIFY", SkipVerify),
    k("VIKUNJA_MAILER_AUTHTYPE", AuthMethod),
    k("VIKUNJA_MAILER_ENABLED", Enabled),
    k("VIKUNJA_MAILER_PASSWORD_FILE", CredentialsFile),
];

/// `mailer.host` alone is any app's: the section's Vikunja-only keys.
const FILE_MARKERS: &[Marker] = &[
    mark("mailer.fromemail"),
    mark("mailer.forcessl"),
    mark("mailer.skiptlsverify"),
    mark("mailer.queuelength"),
    mark("mailer.queuetimeout"),
];

const FILE_OTHER: Words = words!["queuelength", "queuetimeout"];
const ENV_OTHER: Words = words!["VIKUNJA_MAILER_QUEUELENGTH", "VIKUNJA_MAILER_QUEUETIMEOUT"];

const FILE_LEFTOVERS: Pairs = pairs![
    ("enable", "enabled"),
    ("from", "fromemail"),
    ("user", "username"),
];

const ENV_LEFTOVERS: Pairs = pairs![
    ("VIKUNJA_MAILER_FROM_EMAIL", "VIKUNJA_MAILER_FROMEMAIL"),
    ("VIKUNJA_MAILER_FROM", "VIKUNJA_MAILER_FROMEMAIL"),
    (
        "VIKUNJA_MAILER_SKIP_TLS_VERIFY",
        "VIKUNJA_MAILER_SKIPTLSVERIFY"
    ),
    ("VIKUNJA_MAILER_FORCE_SSL", "VIKUNJA_MAILER_FORCESSL"),
    ("VIKUNJA_MAILER_AUTH_TYPE", "VIKUNJA_MAILER_AUTHTYPE"),
    ("VIKUNJA_MAILER_USER", "VIKUNJA_MAILER_USERNAME"),
    ("VIKUNJA_MAILER_ENABLE", "VIKUNJA_MAILER_ENABLED"),
];

/// `forcessl` or STARTTLS when offered; nothing says "required".
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some("no mailer at all (mailer.enabled defaults to false), so no mail leaves"),
    off: None,
    name: "enabled under mailer:",
};

const FILE_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under mailer:"),
    fix_text(W::Host, &[], "host: {value} under mailer:"),
    fix_text(
        W::StartTls,
        &[],
        "forcessl: false under mailer: (Vikunja then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "skiptlsverify: false under mailer:"),
    fix_text(W::AuthOn, &[], "username and password under mailer:"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Vikunja release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} under mailer:"),
    fix_text(W::Password, &[], "password: {value} under mailer:"),
    fix_text(W::From, &[], "fromemail: {value} under mailer:"),
    fix_text(
        W::Stream,
        &[],
        "Vikunja has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "VIKUNJA_MAILER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "VIKUNJA_MAILER_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            ImplicitTls,
            "VIKUNJA_MAILER_FORCESSL",
            SetVal::Bool(false),
        )],
        "VIKUNJA_MAILER_FORCESSL=false (Vikunja then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "VIKUNJA_MAILER_SKIPTLSVERIFY=false"),
    fix_text(
        W::AuthOn,
        &[],
        "VIKUNJA_MAILER_USERNAME and VIKUNJA_MAILER_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Vikunja release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "VIKUNJA_MAILER_USERNAME={value}"),
    fix_text(W::Password, &[], "VIKUNJA_MAILER_PASSWORD={value}"),
    fix_text(W::From, &[], "VIKUNJA_MAILER_FROMEMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Vikunja has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://vikunja.io/docs/config-options/#mailer https://github.com/go-vikunja/vikunja/blob/main/pkg/mail/mail.go https://github.com/go-vikunja/vikunja/blob/main/pkg/config/config.go";

pub static VIKUNJA: Profile = Profile {
    id: "vikunja",
    name: "Vikunja config.yml mailer:",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::TOML | syn::JSON | syn::NIX,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: FILE_OTHER,
    leftovers: FILE_LEFTOVERS,
    truth: Truth::Go,
    tls: TLS,
    port: Some(587),
    switch: Some(SWITCH),
    fixes: FILE_FIXES,
    sender_hint: "fromemail under mailer: (default mail@vikunja)",
    ..BASE
};

pub static VIKUNJA_ENV: Profile = Profile {
    id: "vikunja-env",
    name: "Vikunja VIKUNJA_MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["VIKUNJA_MAILER_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        missing: Some(
            "no mailer at all (VIKUNJA_MAILER_ENABLED defaults to false), so no mail leaves",
        ),
        name: "VIKUNJA_MAILER_ENABLED",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "VIKUNJA_MAILER_FROMEMAIL (default mail@vikunja)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "mailer:\n  enabled: true\n  host: smtp.postmarkapp.com\n  port: 587\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  fromemail: todo@acme.io\n  forcessl: false\n";

    #[test]
    fn opportunistic_starttls_by_default() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "vikunja");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "todo@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn forcessl_is_implicit_tls_on_the_written_port() {
        let (_, s, ids) = first(&YML.replace("forcessl: false", "forcessl: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(
            "VIKUNJA_MAILER_ENABLED=true\nVIKUNJA_MAILER_HOST=smtp.postmarkapp.com\nVIKUNJA_MAILER_PORT=465\nVIKUNJA_MAILER_FORCESSL=true\nVIKUNJA_MAILER_USERNAME=u\nVIKUNJA_MAILER_PASSWORD=u\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_mailer_is_off_unless_enabled() {
        let (_, _, ids) = first(&YML.replace("  enabled: true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (client, _, ids) = first(
            "VIKUNJA_MAILER_ENABLED=false\nVIKUNJA_MAILER_HOST=smtp.postmarkapp.com\nVIKUNJA_MAILER_PORT=587\n",
        );
        assert_eq!(client, "vikunja-env");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // Go's ParseBool: `yes` is not true.
        let (_, _, ids) = first(&YML.replace("enabled: true", "enabled: \"yes\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn unwritten_port_and_unread_names_are_reported() {
        let (client, s, ids) = first(
            "VIKUNJA_MAILER_ENABLED=true\nVIKUNJA_MAILER_HOST=smtp.postmarkapp.com\nVIKUNJA_MAILER_USERNAME=u\nVIKUNJA_MAILER_PASSWORD=u\nVIKUNJA_MAILER_FROM_EMAIL=a@acme.io\n",
        );
        assert_eq!(client, "vikunja-env");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn other_mailer_sections_are_not_taken() {
        let (client, _, _) = first(
            "mailer:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n",
        );
        assert_ne!(client, "vikunja");
    }
}
