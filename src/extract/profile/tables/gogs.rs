//! Gogs: the `[email]` section of `custom/conf/app.ini` (Gogs 0.12 and
//! later; the section was `[mailer]` before, which current releases
//! reject with "section [mailer] is invalid, use [email] instead" and
//! ignore. A `[mailer]` paste is read by the Gitea table, whose old `HOST`
//! means the same `host:port`).
//!
//! Meaning (Gogs' `conf/app.ini`, `internal/conf/static.go`,
//! `internal/conf/conf.go`, and the sender `internal/email/message.go`,
//! which uses wneessen/go-mail):
//!
//! * `ENABLED` (default `false`) is the mail switch: off, no mail leaves.
//! * `HOST` is `host:port` by design (`smtp.mailgun.org:587`): Gogs splits
//!   it with Go's `net.SplitHostPort`, so a host without a port fails at
//!   every send; there is no separate port setting and no TLS setting.
//! * The port decides TLS: 465 is TLS from the first byte (go-mail's
//!   `WithSSL()`); any other port upgrades with STARTTLS when the server
//!   offers it and goes on in clear text when it does not
//!   (`TLSOpportunistic`). The sample's "If the server supports STARTTLS
//!   it will always be used" says the same.
//! * `SKIP_VERIFY = true` switches certificate verification off.
//! * It logs in (auth mechanism auto-discovered) only when `USER` is set,
//!   with `PASSWORD` (Gitea's is `PASSWD`).
//! * `FROM` is the From (`"Name" <addr>` allowed); empty, it is `USER`.
//! * Booleans are go-ini's (`true`/`yes`/`on`/`1`…).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Read, Sec,
    Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("email.HOST", Host, Read::HostPort),
    k("email.USER", Username),
    k("email.PASSWORD", Password),
    k("email.FROM", From),
    k("email.SKIP_VERIFY", SkipVerify),
    k("email.ENABLED", Enabled),
];

/// `[email] HOST`/`USER` could be any app's: the section's Gogs-only keys.
const MARKERS: &[Marker] = &[
    mark("email.HOST"),
    mark("email.SUBJECT_PREFIX"),
    mark("email.USE_PLAIN_TEXT"),
    mark("email.ADD_PLAIN_TEXT_ALT"),
    mark("email.HELO_HOSTNAME"),
    mark("email.USE_CERTIFICATE"),
];

const OTHER_KEYS: Words = words![
    "SUBJECT_PREFIX",
    "HELO_HOSTNAME",
    "USE_CERTIFICATE",
    "CERT_FILE",
    "KEY_FILE",
    "USE_PLAIN_TEXT",
    "ADD_PLAIN_TEXT_ALT",
];

/// Gitea's (and old Gogs') names, which `[email]` does not read.
const LEFTOVERS: Pairs = pairs![
    ("PASSWD", "PASSWORD"),
    ("SMTP_ADDR", "HOST"),
    ("SMTP_PORT", "HOST"),
];

/// 465 is TLS from the first byte, anything else STARTTLS when offered.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "HOST = smtp.postmarkapp.com:{port} in [email] (the port is part of HOST)",
    ),
    fix_text(W::Host, &[], "HOST = {value}:587 in [email]"),
    fix_text(
        W::StartTls,
        &[],
        "HOST = smtp.postmarkapp.com:587 in [email] (Gogs upgrades with STARTTLS on any port but 465)",
    ),
    fix_text(W::VerifyOn, &[], "SKIP_VERIFY = false in [email]"),
    fix_text(W::AuthOn, &[], "USER and PASSWORD in [email]"),
    fix_text(W::TlsModern, &[], "a current Gogs release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "USER = {value}"),
    fix_text(W::Password, &[], "PASSWORD = {value}"),
    fix_text(W::From, &[], "FROM = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Gogs has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GOGS: Profile = Profile {
    id: "gogs",
    name: "Gogs app.ini [email]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/gogs/gogs/blob/main/conf/app.ini https://github.com/gogs/gogs/blob/main/internal/email/message.go https://github.com/gogs/gogs/blob/main/internal/conf/static.go",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("no mail at all (ENABLED in [email] defaults to false)"),
        off: None,
        name: "ENABLED in [email]",
    }),
    fixes: FIXES,
    sender_hint: "FROM in [email] (default: USER)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "[email]\nENABLED = true\nHOST = smtp.postmarkapp.com:587\nFROM = \"Gogs\" <git@acme.io>\nUSER = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nPASSWORD = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nUSE_PLAIN_TEXT = false\n";

    #[test]
    fn host_holds_the_port_and_starttls_is_opportunistic() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "gogs");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "git@acme.io");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_tls() {
        let (_, s, ids) = first(&INI.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn off_unless_enabled_and_gitea_names_are_reported() {
        let (_, _, ids) = first(&INI.replace("ENABLED = true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (client, _, ids) = first(&INI.replace("PASSWORD =", "PASSWD ="));
        assert_eq!(client, "gogs");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn gitea_mailer_sections_stay_gitea() {
        let (client, _, _) = first(
            "[mailer]\nENABLED = true\nSMTP_ADDR = smtp.postmarkapp.com\nSMTP_PORT = 587\nUSER = u\nPASSWD = p\n",
        );
        assert_ne!(client, "gogs");
    }
}
