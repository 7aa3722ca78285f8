//! LLDAP: the `[smtp_options]` table of `lldap_config.toml` (also a NixOS
//! `services.lldap.settings.smtp_options` set), and the same settings as
//! `LLDAP_SMTP_OPTIONS__*` environment variables.
//!
//! Meaning (`lldap_config.docker_template.toml`; the code:
//! `server/src/configuration.rs` `MailOptions` for the defaults,
//! `server/src/cli.rs` for the environment names and `SmtpEncryption`,
//! `server/src/mail.rs` for the client, lettre's `AsyncSmtpTransport`):
//!
//! * Mail is only sent for password resets, and only with
//!   `enable_password_reset = true` (default false).
//! * `server` defaults to `localhost`, `port` to 587.
//! * `smtp_encryption`: `TLS` — the default — is lettre's `relay()`, TLS
//!   from the first byte; `STARTTLS` is `starttls_relay()`, STARTTLS
//!   required; `NONE` is `builder_dangerous()`, clear text. So the
//!   defaults (587 with `TLS`) start TLS on the first byte of a STARTTLS
//!   port: leaving `smtp_encryption` out on 587 fails. The file takes the
//!   upper-case words; the environment ignores case.
//! * `tls_required` (before v0.5) is no longer read.
//! * It logs in only when `user` is non-empty.
//! * `from` is the sender (`Name <address>`), `reply_to` optional.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    k("smtp_options.server", Host),
    k("smtp_options.port", Port),
    k("smtp_options.user", Username),
    k("smtp_options.password", Password),
    k("smtp_options.from", From),
    k("smtp_options.smtp_encryption", Encryption),
    k("smtp_options.enable_password_reset", Enabled),
];

const ENV_KEYS: &[Key] = &[
    k("LLDAP_SMTP_OPTIONS__SERVER", Host),
    k("LLDAP_SMTP_OPTIONS__PORT", Port),
    k("LLDAP_SMTP_OPTIONS__USER", Username),
    k("LLDAP_SMTP_OPTIONS__PASSWORD", Password),
    k("LLDAP_SMTP_OPTIONS__FROM", From),
    k("LLDAP_SMTP_OPTIONS__SMTP_ENCRYPTION", Encryption),
    k("LLDAP_SMTP_OPTIONS__ENABLE_PASSWORD_RESET", Enabled),
];

const FILE_MARKERS: &[Marker] = &[
    mark("smtp_options.server"),
    mark("smtp_options.smtp_encryption"),
    mark("smtp_options.enable_password_reset"),
    mark("smtp_options.reply_to"),
    mark("smtp_options.tls_required"),
];

const FILE_OTHER: Words = words!["reply_to"];
const ENV_OTHER: Words = words!["LLDAP_SMTP_OPTIONS__REPLY_TO", "LLDAP_SMTP_OPTIONS__TO"];

const FILE_LEFTOVERS: Pairs = pairs![
    ("tls_required", "smtp_encryption"),
    ("encryption", "smtp_encryption"),
    ("tls", "smtp_encryption"),
    ("host", "server"),
    ("username", "user"),
    ("enabled", "enable_password_reset"),
];

const ENV_LEFTOVERS: Pairs = pairs![
    (
        "LLDAP_SMTP_OPTIONS__TLS_REQUIRED",
        "LLDAP_SMTP_OPTIONS__SMTP_ENCRYPTION"
    ),
    (
        "LLDAP_SMTP_OPTIONS__ENCRYPTION",
        "LLDAP_SMTP_OPTIONS__SMTP_ENCRYPTION"
    ),
    ("LLDAP_SMTP_OPTIONS__HOST", "LLDAP_SMTP_OPTIONS__SERVER"),
    ("LLDAP_SMTP_OPTIONS__USERNAME", "LLDAP_SMTP_OPTIONS__USER"),
    (
        "LLDAP_SMTP_OPTIONS__ENABLED",
        "LLDAP_SMTP_OPTIONS__ENABLE_PASSWORD_RESET"
    ),
];

/// `TLS` (implicit) unless told otherwise.
const TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::Implicit),
        ("starttls", Sec::StartTls),
        ("none", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Implicit,
    both: Both::Implicit,
    absent: "smtp_encryption is not set, and LLDAP's default is TLS",
};

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some(
        "no mail at all: LLDAP sends mail only for password resets, with enable_password_reset = true (default false)",
    ),
    off: None,
    name: "enable_password_reset in [smtp_options]",
};

const FILE_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = {port} in [smtp_options]"),
    fix_text(W::Host, &[], "server = \"{value}\" in [smtp_options]"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_encryption = \"STARTTLS\" in [smtp_options]",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "LLDAP always verifies certificates: remove what turns verification off",
    ),
    fix_text(W::AuthOn, &[], "user and password in [smtp_options]"),
    fix_text(
        W::TlsModern,
        &[],
        "a current LLDAP release (rustls, TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "user = \"{value}\" in [smtp_options]"),
    fix_text(W::Password, &[], "password = \"{value}\" in [smtp_options]"),
    fix_text(W::From, &[], "from = \"{value}\" in [smtp_options]"),
    fix_text(
        W::Stream,
        &[],
        "LLDAP has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "LLDAP_SMTP_OPTIONS__PORT", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "LLDAP_SMTP_OPTIONS__SERVER", SetVal::Given)],
    ),
    fix(
        W::StartTls,
        &[set(
            Encryption,
            "LLDAP_SMTP_OPTIONS__SMTP_ENCRYPTION",
            SetVal::Word("STARTTLS"),
        )],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "LLDAP always verifies certificates: remove what turns verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "LLDAP_SMTP_OPTIONS__USER and LLDAP_SMTP_OPTIONS__PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current LLDAP release (rustls, TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "LLDAP_SMTP_OPTIONS__USER={value}"),
    fix_text(W::Password, &[], "LLDAP_SMTP_OPTIONS__PASSWORD={value}"),
    fix_text(W::From, &[], "LLDAP_SMTP_OPTIONS__FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "LLDAP has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://github.com/lldap/lldap/blob/main/lldap_config.docker_template.toml https://github.com/lldap/lldap/blob/main/server/src/mail.rs https://github.com/lldap/lldap/blob/main/server/src/configuration.rs https://github.com/lldap/lldap/blob/main/server/src/cli.rs";

pub static LLDAP: Profile = Profile {
    id: "lldap",
    name: "LLDAP [smtp_options]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::TOML | syn::INI | syn::NIX | syn::YAML | syn::JSON,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: FILE_OTHER,
    leftovers: FILE_LEFTOVERS,
    tls: TLS,
    port: Some(587),
    host: Some("localhost"),
    default_host_used: true,
    switch: Some(SWITCH),
    fixes: FILE_FIXES,
    sender_hint: "from in [smtp_options] (`Name <address>`)",
    ..BASE
};

pub static LLDAP_ENV: Profile = Profile {
    id: "lldap-env",
    name: "LLDAP LLDAP_SMTP_OPTIONS__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["LLDAP_SMTP_OPTIONS__"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    host: Some("localhost"),
    default_host_used: true,
    switch: Some(Switch {
        name: "LLDAP_SMTP_OPTIONS__ENABLE_PASSWORD_RESET",
        missing: Some(
            "no mail at all: LLDAP sends mail only for password resets, with LLDAP_SMTP_OPTIONS__ENABLE_PASSWORD_RESET=true (default false)",
        ),
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "LLDAP_SMTP_OPTIONS__FROM (`Name <address>`)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOML: &str = "[smtp_options]\nenable_password_reset=true\nserver=\"smtp.postmarkapp.com\"\nport=587\nsmtp_encryption = \"STARTTLS\"\nuser=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\npassword=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nfrom=\"LLDAP <ldap@acme.io>\"\n";

    #[test]
    fn starttls_word_and_the_implicit_default() {
        let (client, s, ids) = first(TOML);
        assert_eq!(client, "lldap");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ldap@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // No smtp_encryption: `TLS`, implicit, on 587.
        let (_, s, ids) = first(&TOML.replace("smtp_encryption = \"STARTTLS\"\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&TOML.replace("\"STARTTLS\"", "\"NONE\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn password_reset_must_be_enabled() {
        let (_, _, ids) = first(&TOML.replace("enable_password_reset=true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn environment() {
        let (client, s, ids) = first(
            "LLDAP_SMTP_OPTIONS__ENABLE_PASSWORD_RESET=true\nLLDAP_SMTP_OPTIONS__SERVER=smtp.postmarkapp.com\nLLDAP_SMTP_OPTIONS__PORT=587\nLLDAP_SMTP_OPTIONS__SMTP_ENCRYPTION=starttls\nLLDAP_SMTP_OPTIONS__USER=u\nLLDAP_SMTP_OPTIONS__PASSWORD=u\nLLDAP_SMTP_OPTIONS__FROM=ldap@acme.io\n",
        );
        assert_eq!(client, "lldap-env");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
