//! Python aiosmtplib: `await aiosmtplib.send(message, hostname=…,
//! port=…, username=…, password=…, use_tls=…, start_tls=…)`, or a client
//! `smtp = aiosmtplib.SMTP(hostname=…, port=…, …)` (the same keywords, also
//! on `smtp.connect(…)`), `await smtp.login(user, password)`.
//!
//! Meaning (cole/aiosmtplib `src/aiosmtplib/smtp.py`, `SMTP.__init__`,
//! `_get_default_port`, `_validate_config`, and `docs/encryption.rst`):
//!
//! * The arguments are keyword-only; `hostname` defaults to `localhost`.
//! * `use_tls=True`: TLS from the first byte (default port 465).
//! * `start_tls` (since 2.0, 2022): `None` (the default) upgrades with
//!   STARTTLS when the server offers it; `True` upgrades whether or not
//!   offered (it fails without the extension, default port 587); `False`
//!   never does. Before 2.0 the default was `False`: clear text unless
//!   asked. This table follows 2.0 and later.
//! * `use_tls` and `start_tls` both true: `ValueError` ("The start_tls and
//!   use_tls options are not compatible").
//! * The port defaults to 465 with `use_tls`, 587 with `start_tls=True`,
//!   else 25.
//! * It logs in when given `username` and `password` (or `login(…)`).
//! * `validate_certs=False` turns certificate checks off.
//! * The From is the message's `message["From"]` (or `sender=`, the
//!   envelope).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, Both, Fix, Hooks, Key, Marker, Profile, Read, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

/// A keyword of `send`, `SMTP` and `connect`.
macro_rules! kw {
    ($name:literal) => {
        concat!(
            "aiosmtplib.send(",
            $name,
            ")|aiosmtplib.SMTP(",
            $name,
            ")|send(",
            $name,
            ")|SMTP(",
            $name,
            ")|connect(",
            $name,
            ")"
        )
    };
}

const KEYS: &[Key] = &[
    k(kw!("hostname"), Host),
    k(kw!("port"), Port),
    k(concat!(kw!("username"), "|login(#0)"), Username),
    k(concat!(kw!("password"), "|login(#1)"), Password),
    k(kw!("use_tls"), ImplicitTls),
    k(kw!("start_tls"), StartTls),
    kr("starttls()", StartTls, Read::Presence),
    k(kw!("validate_certs"), VerifyPeer),
    k("send(sender)|message.From|msg.From", From),
];

const MARKERS: &[Marker] = &[
    mark("aiosmtplib.send()"),
    mark("aiosmtplib.SMTP()"),
    // `from aiosmtplib import SMTP, send`: the keywords only aiosmtplib has.
    mark("SMTP(hostname)"),
    mark("send(hostname)"),
];

const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Conflict,
    absent: "",
};

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port={port}"),
    fix_text(W::StartTls, &[], "start_tls=True (and no use_tls=True)"),
    fix_text(W::VerifyOn, &[], "validate_certs=True (the default)"),
    fix_text(W::Host, &[], "hostname=\"{host}\""),
];

pub static AIOSMTPLIB: Profile = Profile {
    id: "aiosmtplib",
    name: "Python aiosmtplib",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://aiosmtplib.readthedocs.io/en/latest/encryption.html https://github.com/cole/aiosmtplib/blob/main/src/aiosmtplib/smtp.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TLS,
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "message[\"From\"] on the EmailMessage (or sender= of aiosmtplib.send)",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// 465 with `use_tls`, 587 with `start_tls=True`, else 25; unknown when
/// either is a reference.
fn default_port(cfg: &Config) -> Option<u16> {
    use crate::extract::profile::tls::truth;
    let on = |role| match cfg.get(role) {
        Some(f) if f.value.is_reference() => None,
        Some(f) => Some(truth(&AIOSMTPLIB, f) == Some(true)),
        None => Some(false),
    };
    match (on(ImplicitTls)?, on(StartTls)?) {
        (true, _) => Some(465),
        (false, true) => Some(587),
        (false, false) => Some(25),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn send(args: &str) -> String {
        format!("import aiosmtplib\nfrom email.message import EmailMessage\n\nmessage = EmailMessage()\nmessage[\"From\"] = \"hello@acme-widgets.io\"\nmessage[\"To\"] = \"a@b.io\"\n\nasync def main():\n    await aiosmtplib.send(message, hostname=\"smtp.postmarkapp.com\", username=\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", password=\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"{args})\n")
    }

    #[test]
    fn start_tls_true_is_starttls_on_587() {
        clean_starttls(&send(", port=587, start_tls=True"), "aiosmtplib");
    }

    #[test]
    fn defaults_are_opportunistic_on_25() {
        let (_, s, ids) = linted(&send(""));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn use_tls_and_conflicts() {
        let (_, s, ids) = linted(&send(", port=587, use_tls=True"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = linted(&send(", port=465, use_tls=True, start_tls=True"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
        let (_, s, ids) = linted(&send(", port=587, start_tls=False, validate_certs=False"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn client_object_and_login() {
        let src = "from aiosmtplib import SMTP\n\nasync def go(msg):\n    smtp = SMTP(hostname=\"smtp.postmarkapp.com\", port=465, use_tls=True)\n    await smtp.connect()\n    await smtp.login(\"u\", \"p\")\n    await smtp.send_message(msg)\n";
        let (client, s, ids) = linted(src);
        assert_eq!(client, "aiosmtplib");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn smtplib_is_not_aiosmtplib() {
        let (client, _, _) = linted(
            "import smtplib\ns = smtplib.SMTP(\"smtp.postmarkapp.com\", 587)\ns.starttls()\n",
        );
        assert_ne!(client, "aiosmtplib");
    }
}
