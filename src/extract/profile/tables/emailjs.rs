//! emailjs (github.com/eleith/emailjs): `new SMTPClient({ user, password,
//! host, port, ssl, tls })` (v3 and later), or the older
//! `email.server.connect({ … })`, then `client.send({ from, to, … })`.
//!
//! Meaning (the README's options of `SMTPClient`, and
//! `smtp/connection.ts`):
//!
//! * `ssl: true` (or an object of TLS options) is TLS from the first byte;
//!   `tls: true` (or an object) sends STARTTLS after EHLO. With neither the
//!   session stays in clear: emailjs never upgrades on its own.
//! * The port defaults to 465 with `ssl`, else 587 with `tls`, else 25.
//! * It logs in when `user` and `password` are given.
//! * The sender is the message's `from` (`client.send({ from: … })`,
//!   `new Message({ from: … })`).

use crate::extract::profile::{
    k, mark, syn, tls::truth, Both, Hooks, Key, Marker, Profile, TlsModel, Truth, BASE,
};
use crate::extract::Config;
use crate::model::Role::{self, *};

const KEYS: &[Key] = &[
    k("SMTPClient(#0).host|server.connect(#0).host", Host),
    k("SMTPClient(#0).port|server.connect(#0).port", Port),
    k("SMTPClient(#0).user|server.connect(#0).user", Username),
    k(
        "SMTPClient(#0).password|server.connect(#0).password",
        Password,
    ),
    k("SMTPClient(#0).ssl|server.connect(#0).ssl", ImplicitTls),
    k("SMTPClient(#0).tls|server.connect(#0).tls", StartTls),
    k(
        "SMTPClient(#0).authentication|server.connect(#0).authentication",
        AuthMethod,
    ),
    k(
        "send(#0).from|sendAsync(#0).from|Message(#0).from|message.create(#0).from",
        From,
    ),
];

const MARKERS: &[Marker] = &[mark("SMTPClient()"), mark("server.connect()")];

/// 465 with `ssl`, else 587 with `tls`, else 25 (`SMTPConnection`).
fn default_port(cfg: &Config) -> Option<u16> {
    let on = |role: Role| {
        cfg.get(role)
            .is_some_and(|f| truth(cfg.dialect, f) == Some(true))
    };
    Some(if on(ImplicitTls) {
        465
    } else if on(StartTls) {
        587
    } else {
        25
    })
}

pub static EMAILJS: Profile = Profile {
    id: "emailjs",
    name: "emailjs (SMTPClient)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/eleith/emailjs#new-smtpclientoptions https://github.com/eleith/emailjs/blob/main/smtp/connection.ts",
    syntaxes: syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: TlsModel {
        both: Both::Implicit,
        absent: "neither `ssl` nor `tls`",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    sender_hint: "`from: 'you@yourdomain.com'` in client.send({ … })",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const SRC: &str = "import { SMTPClient } from 'emailjs';\n\nconst client = new SMTPClient({\n\tuser: process.env.POSTMARK_TOKEN,\n\tpassword: process.env.POSTMARK_TOKEN,\n\thost: 'smtp.postmarkapp.com',\n\ttls: true,\n});\n\nawait client.sendAsync({\n\ttext: 'hi',\n\tfrom: 'hello@acme-widgets.io',\n\tto: 'x@acme-widgets.io',\n\tsubject: 'hi',\n});\n";

    #[test]
    fn tls_is_starttls_on_587() {
        let (client, s, ids) = linted(SRC);
        assert_eq!(client, "emailjs");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        // Not written: the default is reported, not shown as written.
        assert!(s["port"].is_null());
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssl_is_implicit_on_465_and_neither_is_clear_text() {
        let (_, s, ids) = linted(&SRC.replace("tls: true", "ssl: true"));
        assert_eq!(s["security"], "implicit");
        // The default port with `ssl` is 465, which Postmark does not serve.
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = linted(&SRC.replace("\ttls: true,\n", "\tport: 2525,\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_old_server_connect() {
        let (client, s, _) = linted("const emailjs = require('emailjs');\n\nmodule.exports = emailjs.server.connect({\n\tuser: process.env.SMTP_USER,\n\tpassword: process.env.SMTP_PASSWORD,\n\thost: 'smtp.postmarkapp.com',\n\tport: 465,\n\tssl: true\n});\n");
        assert_eq!(client, "emailjs");
        assert_eq!(s["security"], "implicit");
    }
}
