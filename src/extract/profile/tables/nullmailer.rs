//! nullmailer (`/etc/nullmailer/remotes`): one relay a line, a host, a
//! protocol and its options (read by `read::remotes`):
//! `smtp.postmarkapp.com smtp --port=587 --starttls --user=TOKEN --pass=TOKEN`.
//!
//! Meaning (nullmailer-send(8) "remotes" and "PROTOCOL OPTIONS",
//! <https://github.com/bruceg/nullmailer/blob/master/doc/nullmailer-send.8>;
//! the SMTP module `protocols/smtp.cc`):
//!
//! * the remotes are tried in order, each for the messages the ones
//!   before it could not send: the first line is the relay in use;
//! * the protocol defaults to `smtp` (`qmqp` is another protocol, which
//!   Postmark does not speak: read as the mail switch); the port defaults
//!   to 25, or 465 with `tls`;
//! * `tls` (alias `ssl`) starts TLS on the first byte; `starttls` sends
//!   STARTTLS and fails when the server does not offer it; with neither
//!   the session stays in clear (`tls` wins when both are given);
//! * it logs in when `user` is given (`pass` the password), choosing the
//!   method itself unless `auth-login` forces LOGIN;
//! * `insecure` accepts a certificate that fails verification;
//! * there is no From here: messages keep their own From header, and the
//!   `allmailfrom` file (when present) sets every envelope sender.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Role::*, Value};

const KEYS: &[Key] = &[
    k("smtp(#0)|qmqp(#0)", Host),
    k("port", Port),
    k("user", Username),
    k("pass", Password),
    k("starttls", StartTls),
    k("tls|ssl", ImplicitTls),
    k("insecure", SkipVerify),
    k("auth-login", AuthMethod),
];

/// The option words only nullmailer writes after a host and `smtp` (the
/// reader's syntax is nullmailer's alone; these make it sure).
const MARKERS: &[Marker] = &[
    mark("smtp(#0)"),
    mark("qmqp(#0)"),
    mark("starttls"),
    mark("auth-login"),
    mark("x509cafile"),
    mark("insecure"),
];

const OTHER_KEYS: Words = words![
    "source",
    "x509certfile",
    "x509keyfile",
    "x509cafile",
    "x509crlfile",
    "x509fmtder",
];

/// `starttls` required, `tls` implicit, neither: clear text.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no `--starttls` or `--tls` option (nullmailer then sends in clear)",
};

/// The remote's protocol (the host's key: the call it is the first
/// argument of) as the mail switch: `qmqp` is not SMTP.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(host) = cfg.get(Host).cloned() else {
            continue;
        };
        if host.key == "qmqp" {
            cfg.push(Field {
                role: Transport,
                value: Value {
                    text: host.key.clone(),
                    span: host.key_span.clone(),
                    verbatim: true,
                    reference: None,
                    ..host.value.clone()
                },
                ..host
            });
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "`--port={port}` on the remote's line"),
    fix_text(
        W::Host,
        &[],
        "`{host}` as the first word of the remote's line",
    ),
    fix_text(
        W::StartTls,
        &[],
        "`--starttls` (and no `--tls`/`--ssl`) on the remote's line",
    ),
    fix_text(W::VerifyOn, &[], "remove `--insecure` from the remote's line"),
    fix_text(
        W::AuthOn,
        &[],
        "`--user=TOKEN --pass=TOKEN` on the remote's line",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current nullmailer built with a current GnuTLS",
    ),
    fix_text(W::Username, &[], "`--user={value}` on the remote's line"),
    fix_text(W::Password, &[], "`--pass={value}` on the remote's line"),
    fix_text(
        W::From,
        &[],
        "a From: {value} header in the message (or {value} in /etc/nullmailer/allmailfrom)",
    ),
    fix_text(
        W::Stream,
        &[],
        "a header `X-PM-Message-Stream: {value}` in the message (nullmailer sends headers as given)",
    ),
];

pub static NULLMAILER: Profile = Profile {
    id: "nullmailer",
    name: "nullmailer (remotes)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bruceg/nullmailer/blob/master/doc/nullmailer-send.8",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "the protocol word",
    }),
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    fixes: FIXES,
    sender_hint: "the From header of the message (nullmailer's allmailfrom file, when present, sets every envelope sender)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const REMOTES: &str = "# /etc/nullmailer/remotes\nsmtp.postmarkapp.com smtp --port=587 --starttls --user=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948 --pass=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n";

    #[test]
    fn starttls_on_587() {
        let (client, s, ids) = linted(REMOTES);
        assert_eq!(client, "nullmailer");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "1f86…5948");
        assert!(ids.iter().all(|i| i == "from/missing"), "{ids:?}");
    }

    #[test]
    fn tls_is_implicit_and_nothing_is_clear_text() {
        let (_, s, ids) = linted(&REMOTES.replace("--starttls", "--ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = linted(&REMOTES.replace(" --starttls", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn qmqp_is_another_protocol() {
        let (_, _, ids) = linted("relay.example.net qmqp --port=628\n");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = linted(REMOTES);
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn insecure_skips_verification_and_no_user_no_login() {
        let (_, _, ids) = linted(&REMOTES.replace("--starttls", "--starttls --insecure"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = linted("smtp.postmarkapp.com smtp --port=2525 --starttls\n");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
    }
}
