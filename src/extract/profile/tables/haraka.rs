//! Haraka's relay plugins: `config/smtp_forward.ini` (`queue/smtp_forward`)
//! and `config/smtp_proxy.ini` (`queue/smtp_proxy`), which hand each
//! message to another SMTP server.
//!
//! Meaning (Haraka `docs/plugins/queue/smtp_forward.md` and
//! `smtp_proxy.md`; `plugins/queue/smtp_forward.js`, which loads the file
//! with `booleans: ['-main.enable_tls', …]`; `smtp_client.js`; haraka-config's
//! INI booleans):
//!
//! * `host` (default `localhost`) and `port` (default 25) at the top of
//!   the file; a `[domain]` section is a more specific route with the
//!   same keys.
//! * `enable_tls` (default false): STARTTLS when the server offers it.
//!   The plugins do not speak TLS from the first byte ("This plugin does
//!   not work with SMTP over TLS"); without `enable_tls` the session stays
//!   in clear. haraka-config reads `true`, `yes`, `ok`, `enabled`, `on`
//!   and `1` (any case) as true, anything else as false.
//! * It logs in only when `auth_type` is `plain` or `login`, with
//!   `auth_user` and `auth_pass`.
//! * There is no From: Haraka relays each message with the envelope and
//!   From of the client that submitted it.
//!
//! `host` and `port` are every INI file's names: the table needs Haraka's
//! own keys (`auth_user`, `auth_pass`, `enable_tls` with `auth_type`, the
//! pool settings).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Marker, Pairs, Profile, Sec, SetVal,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("host", Host),
    k("port", Port),
    k("enable_tls", StartTls),
    k("auth_type", Auth),
    k("auth_user", Username),
    k("auth_pass", Password),
];

const MARKERS: &[Marker] = &[
    mark("auth_user"),
    mark("auth_pass"),
    mark("enable_outbound"),
    mark("one_message_per_rcpt"),
    mark("domain_selector"),
    mark("forwarding_host_pool"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![
    "timeout",
    "connect_timeout",
    "max_connections",
    "enable_outbound",
    "one_message_per_rcpt",
    "domain_selector",
    "check_sender",
    "check_recipient",
    "queue",
];

const LEFTOVERS: Pairs = pairs![
    ("user", "auth_user"),
    ("username", "auth_user"),
    ("password", "auth_pass"),
    ("pass", "auth_pass"),
    ("tls", "enable_tls"),
    ("secure", "enable_tls"),
    ("ssl", "enable_tls"),
];

/// STARTTLS when offered with `enable_tls`, clear text without.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::StartTls,
    absent: "no enable_tls",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "enable_tls", SetVal::Lit("true"))],
        "enable_tls=true with port=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (see the tls plugin's [outbound] settings)",
    ),
    fix_text(
        W::AuthOn,
        &[set(Auth, "auth_type", SetVal::Word("plain"))],
        "auth_type=plain with auth_user and auth_pass",
    ),
    fix_text(W::TlsModern, &[], "a current Node.js and Haraka release"),
    fix_text(W::Username, &[], "auth_user={value}"),
    fix_text(W::Password, &[], "auth_pass={value}"),
    fix_text(
        W::From,
        &[],
        "{value} as the From in the application that submits mail to Haraka",
    ),
    fix_text(
        W::Stream,
        &[],
        "an `X-PM-Message-Stream` header added by the submitting application, or a Server whose default stream is `{value}`",
    ),
];

pub static HARAKA: Profile = Profile {
    id: "haraka",
    name: "Haraka smtp_forward.ini / smtp_proxy.ini",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/haraka/Haraka/blob/master/docs/plugins/queue/smtp_forward.md https://github.com/haraka/Haraka/blob/master/docs/plugins/queue/smtp_proxy.md https://github.com/haraka/Haraka/blob/master/plugins/queue/smtp_forward.js https://github.com/haraka/haraka-config#readme",
    // A file with no section reads as `key=value` lines too.
    syntaxes: syn::INI | syn::ENV,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    truth: Truth::Only(words!["true", "yes", "ok", "enabled", "on", "1"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    auth_switch: Some("auth_type=plain"),
    fixes: FIXES,
    sender_hint: "the From of each message, set by the application that submits it to Haraka",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "; host to connect to\nhost=smtp.postmarkapp.com\nport=587\nenable_tls=true\nauth_type=plain\nauth_user=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nauth_pass=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn forward_with_starttls() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "haraka");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().all(|i| i == "from/missing"), "{ids:?}");
    }

    #[test]
    fn without_enable_tls_the_session_is_clear() {
        let (_, s, ids) = first(&INI.replace("enable_tls=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // haraka-config's words: `0` and `no` are false.
        let (_, s, _) = first(&INI.replace("enable_tls=true", "enable_tls=0"));
        assert_eq!(s["security"], "none");
        let (_, s, _) = first(&INI.replace("enable_tls=true", "enable_tls=yes"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_auth_type_sends_no_login() {
        let (_, _, ids) = first(&INI.replace("auth_type=plain\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn a_plain_host_port_file_is_not_taken() {
        let (client, _, _) = first("host=smtp.postmarkapp.com\nport=587\nuser=u\npassword=p\n");
        assert_ne!(client, "haraka");
    }
}
