//! Python Red Mail (`redmail`): `email = EmailSender(host=…, port=…,
//! username=…, password=…, cls_smtp=smtplib.SMTP_SSL, use_starttls=…)`
//! (or the same positionally), the sender as `email.sender = …` or
//! `email.send(sender=…)`.
//!
//! Meaning (Miksus/red-mail `redmail/email/sender.py`, `EmailSender.__init__`
//! and `get_server`; <https://red-mail.readthedocs.io/en/stable/tutorials/config.html>):
//!
//! * `host` and `port` are required arguments: there is no default.
//! * `get_server` connects with `cls_smtp(host, port)` (`smtplib.SMTP` by
//!   default; `smtplib.SMTP_SSL` is TLS from the first byte), then calls
//!   `starttls()` when `use_starttls` is true, **the default**: STARTTLS is
//!   required (smtplib raises when the server does not offer it).
//! * `cls_smtp=smtplib.SMTP_SSL` without `use_starttls=False` asks for
//!   STARTTLS inside the TLS session, which a server on 465 does not offer:
//!   the send fails.
//! * It logs in when a username or a password is given.
//! * The From is `sender` (on `send(…)` or the instance), else the
//!   username.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Tls};

const KEYS: &[Key] = &[
    k("EmailSender(#0)|EmailSender(host)", Host),
    k("EmailSender(#1)|EmailSender(port)", Port),
    k(
        "EmailSender(#2)|EmailSender(username)|EmailSender(user_name)",
        Username,
    ),
    k("EmailSender(#3)|EmailSender(password)", Password),
    k("EmailSender(#4)|EmailSender(cls_smtp)", Encryption),
    k(
        "EmailSender(#5)|EmailSender(use_starttls)|use_starttls",
        StartTls,
    ),
    k("send(sender)|sender", From),
];

const MARKERS: &[Marker] = &[mark("EmailSender()")];

const TLS: TlsModel = TlsModel {
    words: &[("SMTP_SSL", Sec::Implicit), ("SMTP", Sec::Ignored)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::StartTls,
    both: Both::Conflict,
    absent: "",
};

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port={port} in EmailSender(…)"),
    fix_text(
        W::StartTls,
        &[],
        "use_starttls=True with the default cls_smtp=smtplib.SMTP in EmailSender(…)",
    ),
    fix_text(W::Host, &[], "host=\"{host}\" in EmailSender(…)"),
];

pub static REDMAIL: Profile = Profile {
    id: "redmail",
    name: "Python Red Mail (EmailSender)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://red-mail.readthedocs.io/en/stable/tutorials/config.html https://github.com/Miksus/red-mail/blob/master/redmail/email/sender.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TLS,
    constants: words!["SMTP_SSL", "SMTP"],
    fixes: FIXES,
    sender_hint: "sender=\"you@yourdomain.com\" in email.send(…) (or email.sender = …)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `cls_smtp=smtplib.SMTP_SSL` with STARTTLS left at its default (on):
/// STARTTLS inside the TLS session.
fn tls(cfg: &Config) -> Tls {
    use crate::extract::profile::tls::{evaluate, word};
    let ssl = cfg.get(Encryption).filter(|f| {
        !f.value.is_reference() && word(&REDMAIL, &f.value.text) == Some(Sec::Implicit)
    });
    match (ssl, cfg.get(StartTls)) {
        (Some(f), None) => Tls {
            conflicting: true,
            implicit: Some(Evidence::of(f)),
            starttls: Some(Evidence::absent(
                "use_starttls is not given, and Red Mail's default is True",
            )),
            ..Tls::default()
        },
        _ => evaluate(cfg, &REDMAIL),
    }
}

/// Without a sender the From is the username (an address, or a value
/// read from elsewhere).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &crate::extract::read::Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        if cfg.get(From).is_none() {
            if let Some(user) = cfg
                .get(Username)
                .filter(|f| f.value.is_reference() || f.value.text.contains('@'))
            {
                let from = crate::model::Field {
                    role: From,
                    ..user.clone()
                };
                cfg.push(from);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn sender(args: &str) -> String {
        format!("from redmail import EmailSender\nimport smtplib\n\nemail = EmailSender(host=\"smtp.postmarkapp.com\", username=\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", password=\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"{args})\nemail.send(subject=\"Hi\", sender=\"hello@acme-widgets.io\", receivers=[\"a@b.io\"], text=\"hi\")\n")
    }

    #[test]
    fn starttls_by_default() {
        clean_starttls(&sender(", port=587"), "redmail");
        let (_, s, ids) = linted(&sender(", port=587, use_starttls=False"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn smtp_ssl_needs_starttls_off() {
        let (_, _, ids) = linted(&sender(", port=465, cls_smtp=smtplib.SMTP_SSL"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
        let (_, s, ids) = linted(&sender(
            ", port=465, cls_smtp=smtplib.SMTP_SSL, use_starttls=False",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "tls/conflicting"), "{ids:?}");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn positional_and_username_as_sender() {
        let src = "from redmail import EmailSender\nemail = EmailSender(\"smtp.postmarkapp.com\", 2525, \"me@acme-widgets.io\", \"pw\")\n";
        let (_, s, _) = linted(src);
        assert_eq!(s["port"], 2525);
        assert_eq!(s["from"], "me@acme-widgets.io");
    }
}
