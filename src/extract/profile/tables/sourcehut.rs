//! SourceHut (sr.ht): the `[mail]` section of the shared `config.ini`
//! every sr.ht service reads (`smtp-host`, `smtp-port`, `smtp-encryption`,
//! `smtp-auth`, `smtp-user`, `smtp-password`, `smtp-from`), also written
//! through the NixOS module's `services.sourcehut.settings.mail`.
//!
//! Meaning (the `config.example.ini` of the sr.ht services, "Outgoing SMTP
//! settings"; `core.sr.ht` `srht/email.py` `start_smtp`):
//!
//! * `smtp-encryption`: `starttls` (the documented default) upgrades with
//!   STARTTLS and requires it; `tls` is TLS from the first byte
//!   (`smtplib.SMTP_SSL`); `insecure` stays in clear text. The words are
//!   compared exactly (lower case).
//! * `smtp-auth`: `plain` (the default) logs in with `smtp-user` and
//!   `smtp-password`; `none` does not log in.
//! * No `smtp-port`: smtplib's own, 25 (465 with `tls`).
//! * `smtp-from` is the From (else `smtp-user`). Without `smtp-host` no
//!   mail is sent (the message is printed).
//! * Releases before `smtp-encryption` existed called `starttls()` only
//!   when a user and password were set, and never used implicit TLS.

use crate::extract::profile::{
    fix_text, k, mark, pairs, shared, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail.smtp-host", Host),
    k("mail.smtp-port", Port),
    k("mail.smtp-user", Username),
    k("mail.smtp-password", Password),
    k("mail.smtp-encryption", Encryption),
    k("mail.smtp-auth", AuthMethod),
    k("mail.smtp-from", From),
];

/// The `[mail]` section's sr.ht-only names (`smtp-host` with a hyphen is
/// rare elsewhere, but `[mail] smtp-host` alone is not proof).
const MARKERS: &[Marker] = &[
    mark("mail.pgp-privkey"),
    mark("mail.pgp-pubkey"),
    mark("mail.pgp-key-id"),
    mark("mail.error-from"),
    mark("mail.smtp-encryption"),
    mark("mail.smtp-auth"),
    shared(mark("mail.smtp-host")),
    shared(mark("mail.error-to")),
];

const OTHER_KEYS: Words = words![
    "error-to",
    "error-from",
    "pgp-privkey",
    "pgp-pubkey",
    "pgp-key-id",
    "use_unixfrom",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp-server", "smtp-host"),
    ("smtp-username", "smtp-user"),
    ("smtp-pass", "smtp-password"),
    ("smtp-tls", "smtp-encryption"),
    ("smtp-ssl", "smtp-encryption"),
    ("smtp-security", "smtp-encryption"),
];

/// `smtp-encryption`'s words; absent is the documented `starttls`.
const TLS: TlsModel = TlsModel {
    words: &[
        ("starttls", Sec::StartTls),
        ("tls", Sec::Implicit),
        ("insecure", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::StartTls,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp-port={port} under [mail]"),
    fix_text(W::Host, &[], "smtp-host={value} under [mail]"),
    fix_text(
        W::StartTls,
        &[],
        "smtp-encryption=starttls with smtp-port=587 under [mail]",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "sr.ht verifies certificates; nothing to switch on",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp-auth=plain with smtp-user and smtp-password under [mail]",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a Python/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "smtp-user={value} under [mail]"),
    fix_text(W::Password, &[], "smtp-password={value} under [mail]"),
    fix_text(W::From, &[], "smtp-from={value} under [mail]"),
    fix_text(
        W::Stream,
        &[],
        "sr.ht has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SOURCEHUT: Profile = Profile {
    id: "sourcehut",
    name: "SourceHut config.ini [mail]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://man.sr.ht/configuration.md https://git.sr.ht/~sircmpwn/meta.sr.ht/tree/master/item/config.example.ini https://git.sr.ht/~sircmpwn/core.sr.ht/tree/master/item/srht/email.py",
    syntaxes: syn::INI | syn::CONF | syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "smtp-from under [mail] (else smtp-user)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "[sr.ht]\nsite-name=sourcehut\n\n[mail]\nsmtp-host=smtp.postmarkapp.com\nsmtp-port=587\nsmtp-from=git@acme.io\nsmtp-encryption=starttls\nsmtp-auth=plain\nsmtp-user=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp-password=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nerror-to=\nerror-from=\npgp-privkey=/etc/sr.ht/email.priv\n";

    #[test]
    fn starttls_is_required_starttls() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "sourcehut");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "git@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn tls_word_is_implicit_and_insecure_is_clear_text() {
        let (_, s, ids) = first(&INI.replace("encryption=starttls", "encryption=tls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&INI.replace("encryption=starttls", "encryption=insecure"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Absent: the documented default, starttls.
        let (_, s, _) = first(&INI.replace("smtp-encryption=starttls\n", ""));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn auth_none_does_not_log_in() {
        let (_, _, ids) = first(&INI.replace("smtp-auth=plain", "smtp-auth=none"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn a_bare_mail_section_is_not_sourcehut() {
        let (client, _, _) = first(
            "[mail]\nsmtp-host=smtp.postmarkapp.com\nsmtp-port=587\nsmtp-user=u\nsmtp-password=p\n",
        );
        assert_ne!(client, "sourcehut");
    }
}
