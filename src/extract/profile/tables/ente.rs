//! Ente's server, museum: the `smtp:` block of `museum.yaml` (or
//! `credentials.yaml`), and the same keys as environment variables
//! (`ENTE_SMTP_HOST`…: viper with the `ENTE` prefix, `.` and `-` as `_`).
//!
//! Meaning (help.ente.io "Self-hosting → Configuring SMTP"; the code:
//! `server/pkg/utils/email/email.go` of ente-io/ente, `sendViaSMTP` and
//! `sendMailWithEncryption`):
//!
//! * Mail goes through SMTP only when `smtp.host` is set; otherwise museum
//!   uses its hosted mail API (or skips the mail).
//! * `host` and `port` are joined as `host:port`: there is **no default
//!   port** (an empty port fails to dial).
//! * `encryption: tls` or `ssl` (any case) dials TLS from the first byte;
//!   any other value (`starttls`, empty) uses Go's `smtp.SendMail`, which
//!   upgrades with STARTTLS when the server offers it.
//! * It logs in (PLAIN) only when both `username` and `password` are set.
//! * `email` replaces the From address, `sender-name` its display name.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Both, Fix, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp.host", Host),
    k("smtp.port", Port),
    k("smtp.username", Username),
    k("smtp.password", Password),
    k("smtp.email", From),
    k("smtp.encryption", Encryption),
];

/// museum's own names beside the `smtp:` block.
const MARKERS: &[Marker] = &[
    mark("smtp.sender-name"),
    mark("transmail.key"),
    mark("s3.are_local_buckets"),
    mark("key.hash"),
    mark("apps.public-albums"),
    mark("internal.silent"),
];

const ENV_KEYS: &[Key] = &[
    k("ENTE_SMTP_HOST", Host),
    k("ENTE_SMTP_PORT", Port),
    k("ENTE_SMTP_USERNAME", Username),
    k("ENTE_SMTP_PASSWORD", Password),
    k("ENTE_SMTP_EMAIL", From),
    k("ENTE_SMTP_ENCRYPTION", Encryption),
];

const ENV_MARKERS: &[Marker] = &[
    mark("ENTE_SMTP_HOST"),
    mark("ENTE_SMTP_EMAIL"),
    mark("ENTE_SMTP_ENCRYPTION"),
    mark("ENTE_SMTP_SENDER_NAME"),
];

/// `tls`/`ssl` dial TLS; anything else is `smtp.SendMail` (STARTTLS when
/// offered).
const TLS: TlsModel = TlsModel {
    words: &[
        ("tls", Sec::Implicit),
        ("ssl", Sec::Implicit),
        ("", Sec::Auto),
        ("starttls", Sec::Auto),
        ("none", Sec::Auto),
    ],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under smtp:"),
    fix_text(W::Host, &[], "host: {value} under smtp:"),
    fix_text(
        W::StartTls,
        &[],
        "port: 587 and no `encryption: tls` under smtp: (museum then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "museum always verifies the certificate"),
    fix_text(
        W::AuthOn,
        &[],
        "username and password under smtp: (both, or museum does not log in)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Ente server release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} under smtp:"),
    fix_text(W::Password, &[], "password: {value} under smtp:"),
    fix_text(W::From, &[], "email: {value} under smtp:"),
    fix_text(
        W::Stream,
        &[],
        "museum has no header setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "ENTE_SMTP_PORT={port}"),
    fix_text(W::Host, &[], "ENTE_SMTP_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "ENTE_SMTP_PORT=587 and no ENTE_SMTP_ENCRYPTION=tls",
    ),
    fix_text(W::VerifyOn, &[], "museum always verifies the certificate"),
    fix_text(
        W::AuthOn,
        &[],
        "ENTE_SMTP_USERNAME and ENTE_SMTP_PASSWORD (both)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Ente server release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "ENTE_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "ENTE_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "ENTE_SMTP_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "museum has no header setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ENTE: Profile = Profile {
    id: "ente",
    name: "Ente museum.yaml smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://help.ente.io/self-hosting/guides/configuring-smtp https://github.com/ente-io/ente/blob/main/server/pkg/utils/email/email.go",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["sender-name"],
    leftovers: pairs![
        ("user", "username"),
        ("from", "email"),
        ("server", "host"),
        ("tls", "encryption"),
        ("ssl", "encryption"),
    ],
    tls: TLS,
    fixes: FIXES,
    sender_hint: "email: under smtp: (else museum's built-in sender address)",
    ..BASE
};

pub static ENTE_ENV: Profile = Profile {
    id: "ente-env",
    name: "Ente museum ENTE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://help.ente.io/self-hosting/guides/configuring-smtp https://github.com/ente-io/ente/blob/main/server/pkg/utils/email/email.go",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["ENTE_SMTP_"],
    other_keys: words!["ENTE_SMTP_SENDER_NAME"],
    tls: TLS,
    fixes: ENV_FIXES,
    sender_hint: "ENTE_SMTP_EMAIL (else museum's built-in sender address)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "key:\n  hash: 2c1b0f3e\nsmtp:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  email: photos@acme.io\n  sender-name: Ente\n";

    #[test]
    fn museum_yaml_tls_means_implicit() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "ente");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "photos@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&format!("{YML}  encryption: tls\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `starttls` is no word of museum's: SendMail, STARTTLS when offered.
        let (_, s, _) = first(&format!("{YML}  encryption: starttls\n"));
        assert_eq!(s["security"], "starttls");
        let (_, _, ids) = first(&YML.replace("  port: 587\n", ""));
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn environment_variables() {
        let env = "ENTE_SMTP_HOST=smtp.postmarkapp.com\nENTE_SMTP_PORT=587\nENTE_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nENTE_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nENTE_SMTP_EMAIL=photos@acme.io\nENTE_SMTP_ENCRYPTION=ssl\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "ente-env");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn a_plain_smtp_block_is_not_ente() {
        let (client, _, _) = first(
            "smtp:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n",
        );
        assert_ne!(client, "ente");
    }
}
