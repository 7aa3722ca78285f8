//! ntfy: the outgoing-mail settings of `server.yml` (`smtp-sender-addr`,
//! `smtp-sender-user`, `smtp-sender-pass`, `smtp-sender-from`; the
//! underscore spellings are aliases) and the same as `NTFY_SMTP_SENDER_*`
//! environment variables.
//!
//! Meaning (docs.ntfy.sh "Configuration", section E-mail notifications;
//! `cmd/serve.go` for the names and `server/smtp_sender.go` for the
//! client, Go's `net/smtp`):
//!
//! * `smtp-sender-addr` is `host:port` by design (`smtp.ses.example:587`):
//!   it is dialled as written and split with `net.SplitHostPort`, so a
//!   host without a port fails at every send. There is no port setting,
//!   no default port and no TLS setting.
//! * `smtp.SendMail` connects in clear and upgrades with STARTTLS when the
//!   server offers it; it never starts TLS on the first byte, so port 465
//!   waits for a greeting that never comes. Its `PlainAuth` refuses to
//!   send the credentials without TLS (except to localhost).
//! * It logs in only when `smtp-sender-user` is set.
//! * Setting `smtp-sender-addr` is what turns mail on; ntfy refuses to
//!   start unless `smtp-sender-from` (the From) and `base-url` are set too.
//! * The `smtp-server-*` keys are ntfy's own incoming SMTP server, not
//!   the sender.

use crate::extract::profile::{
    fix, fix_text, k, kr, pairs, set, syn, words, Fix, Key, Pairs, Profile, Read, SetVal, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    kr("smtp-sender-addr|smtp_sender_addr", Host, Read::HostPort),
    k("smtp-sender-user|smtp_sender_user", Username),
    k("smtp-sender-pass|smtp_sender_pass", Password),
    k("smtp-sender-from|smtp_sender_from", From),
];

const ENV_KEYS: &[Key] = &[
    kr("NTFY_SMTP_SENDER_ADDR", Host, Read::HostPort),
    k("NTFY_SMTP_SENDER_USER", Username),
    k("NTFY_SMTP_SENDER_PASS", Password),
    k("NTFY_SMTP_SENDER_FROM", From),
];

const FILE_OTHER: Words = words![
    "smtp-server-listen",
    "smtp-server-domain",
    "smtp-server-addr-prefix",
    "base-url",
];
const ENV_OTHER: Words = words![
    "NTFY_SMTP_SERVER_LISTEN",
    "NTFY_SMTP_SERVER_DOMAIN",
    "NTFY_SMTP_SERVER_ADDR_PREFIX",
    "NTFY_BASE_URL",
];

const FILE_LEFTOVERS: Pairs = pairs![
    ("smtp-sender-host", "smtp-sender-addr"),
    ("smtp-sender-port", "smtp-sender-addr"),
    ("smtp-sender-password", "smtp-sender-pass"),
    ("smtp-sender-username", "smtp-sender-user"),
];
const ENV_LEFTOVERS: Pairs = pairs![
    ("NTFY_SMTP_SENDER_HOST", "NTFY_SMTP_SENDER_ADDR"),
    ("NTFY_SMTP_SENDER_PORT", "NTFY_SMTP_SENDER_ADDR"),
    ("NTFY_SMTP_SENDER_PASSWORD", "NTFY_SMTP_SENDER_PASS"),
    ("NTFY_SMTP_SENDER_USERNAME", "NTFY_SMTP_SENDER_USER"),
];

/// `net/smtp`: STARTTLS when offered, never TLS from the first byte.
const TLS: TlsModel = TlsModel::OPPORTUNISTIC;

const FILE_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp-sender-addr: \"smtp.postmarkapp.com:{port}\" (the port is part of the address)",
    ),
    fix_text(W::Host, &[], "smtp-sender-addr: \"{value}:587\""),
    fix_text(
        W::StartTls,
        &[],
        "smtp-sender-addr on port 587 (ntfy upgrades with STARTTLS there; it cannot speak TLS from the first byte)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "smtp-sender-user and smtp-sender-pass"),
    fix_text(W::TlsModern, &[], "a current ntfy release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "smtp-sender-user: \"{value}\""),
    fix_text(W::Password, &[], "smtp-sender-pass: \"{value}\""),
    fix_text(W::From, &[], "smtp-sender-from: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "ntfy has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "NTFY_SMTP_SENDER_ADDR=smtp.postmarkapp.com:{port} (the port is part of the address)",
    ),
    fix_text(W::Host, &[], "NTFY_SMTP_SENDER_ADDR={value}:587"),
    fix_text(
        W::StartTls,
        &[],
        "NTFY_SMTP_SENDER_ADDR on port 587 (ntfy upgrades with STARTTLS there; it cannot speak TLS from the first byte)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "NTFY_SMTP_SENDER_USER and NTFY_SMTP_SENDER_PASS",
    ),
    fix_text(W::TlsModern, &[], "a current ntfy release (Go's TLS 1.2+)"),
    fix(
        W::Username,
        &[set(Username, "NTFY_SMTP_SENDER_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "NTFY_SMTP_SENDER_PASS", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "NTFY_SMTP_SENDER_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "ntfy has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.ntfy.sh/config/#e-mail-notifications https://github.com/binwiederhier/ntfy/blob/main/cmd/serve.go https://github.com/binwiederhier/ntfy/blob/main/server/smtp_sender.go";

pub static NTFY: Profile = Profile {
    id: "ntfy",
    name: "ntfy server.yml smtp-sender-*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON | syn::TOML | syn::NIX,
    keys: FILE_KEYS,
    family: &["smtp-sender-"],
    other_keys: FILE_OTHER,
    leftovers: FILE_LEFTOVERS,
    tls: TLS,
    fixes: FILE_FIXES,
    sender_hint: "smtp-sender-from (required by ntfy)",
    ..BASE
};

pub static NTFY_ENV: Profile = Profile {
    id: "ntfy-env",
    name: "ntfy NTFY_SMTP_SENDER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["NTFY_SMTP_SENDER_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    fixes: ENV_FIXES,
    sender_hint: "NTFY_SMTP_SENDER_FROM (required by ntfy)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn the_address_holds_the_port() {
        let (client, s, ids) = first(
            "base-url: \"https://ntfy.acme.io\"\nsmtp-sender-addr: \"smtp.postmarkapp.com:587\"\nsmtp-sender-user: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp-sender-pass: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp-sender-from: \"ntfy@acme.io\"\n",
        );
        assert_eq!(client, "ntfy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "ntfy@acme.io");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn port_465_cannot_work() {
        let (client, s, ids) = first(
            "NTFY_BASE_URL=https://ntfy.acme.io\nNTFY_SMTP_SENDER_ADDR=smtp.postmarkapp.com:465\nNTFY_SMTP_SENDER_USER=u\nNTFY_SMTP_SENDER_PASS=u\nNTFY_SMTP_SENDER_FROM=ntfy@acme.io\n",
        );
        assert_eq!(client, "ntfy-env");
        assert_eq!(s["port"], 465);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn other_names_are_reported() {
        let (_, _, ids) = first(
            "NTFY_SMTP_SENDER_ADDR=smtp.postmarkapp.com:587\nNTFY_SMTP_SENDER_USER=u\nNTFY_SMTP_SENDER_PASSWORD=u\n",
        );
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
