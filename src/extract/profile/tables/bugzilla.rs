//! Bugzilla: the mail parameters of `data/params.json` (Bugzilla 5.0 and
//! later; the same names appear in the Administration → Parameters →
//! Email page).
//!
//! Meaning (Bugzilla documentation "Parameters" → Email; the code:
//! `Bugzilla/Config/MTA.pm` for the parameters and defaults,
//! `Bugzilla/Mailer.pm`, which hands them to Email::Sender's SMTP
//! transport; 4.x used Email::Send the same way):
//!
//! * `mail_delivery_method` defaults to `Sendmail` (the local program):
//!   only `SMTP` uses the server below; `Test` writes `data/mailer.testfile`
//!   and `None` sends nothing.
//! * `smtpserver` is `host[:port]` (default `localhost`): Mailer.pm splits
//!   it at the colon. Without a port Email::Sender uses 25, or 465 with
//!   SSL.
//! * `smtp_ssl` (default off) is Email::Sender's `ssl`: TLS from the first
//!   byte. Off, the session stays in clear text: Bugzilla has no STARTTLS
//!   switch (only a hand-written `starttls` would make Email::Sender
//!   upgrade). Perl truth: `0` and empty are off, anything else on.
//! * `smtp_username` / `smtp_password` are the SASL login (none when
//!   empty).
//! * `mailfrom` is the From (default `bugzilla-daemon`): without an `@`
//!   Mailer.pm appends the host of `urlbase` (`m|//([^:/]+)|`), which the
//!   table does too when the paste has `urlbase` ([`mailfrom_host`]).
//!
//! `smtpserver`, `mailfrom` and `mail_delivery_method` are Bugzilla's
//! names; the table needs one of them.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Both, Fix, Hooks, Key, Pairs, Profile, Read, Sec,
    Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, ValKind};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("smtpserver", Host, Read::HostPort),
    k("smtp_username", Username),
    k("smtp_password", Password),
    k("smtp_ssl", ImplicitTls),
    k("mailfrom", From),
    k("mail_delivery_method", Transport),
];

const OTHER_KEYS: Words = words![
    "smtp_debug",
    "sendmailnow",
    "use_mailer_queue",
    "urlbase",
    "sslbase",
    "maintainer",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_server", "smtpserver"),
    ("smtp_host", "smtpserver"),
    ("smtp_port", "smtpserver"),
    ("smtp_user", "smtp_username"),
    ("mail_from", "mailfrom"),
    ("smtp_tls", "smtp_ssl"),
    ("smtp_starttls", "smtp_ssl"),
];

/// `ssl` on is implicit TLS; off is clear text (no STARTTLS of its own).
const TLS: TlsModel = TlsModel {
    words: &[("starttls", Sec::StartTls)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no smtp_ssl (Bugzilla has no STARTTLS)",
};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "\"smtpserver\" : \"<host>:{port}\" (the port is part of smtpserver)",
    ),
    fix_text(W::Host, &[], "\"smtpserver\" : \"{value}:587\""),
    fix_text(
        W::StartTls,
        &[],
        "Bugzilla's SMTP mailer cannot upgrade with STARTTLS: keep \"mail_delivery_method\" : \"Sendmail\" and let the local MTA relay to the server with STARTTLS",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain for Perl's IO::Socket::SSL",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"smtp_username\" and \"smtp_password\" in data/params.json",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current IO::Socket::SSL / OpenSSL (TLS 1.2)",
    ),
    fix_text(W::Username, &[], "\"smtp_username\" : \"{value}\""),
    fix_text(W::Password, &[], "\"smtp_password\" : \"{value}\""),
    fix_text(W::From, &[], "\"mailfrom\" : \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Bugzilla has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static BUGZILLA: Profile = Profile {
    id: "bugzilla",
    name: "Bugzilla data/params.json",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://bugzilla.readthedocs.io/en/latest/administering/parameters.html#email https://github.com/bugzilla/bugzilla/blob/5.2/Bugzilla/Mailer.pm https://github.com/bugzilla/bugzilla/blob/5.2/Bugzilla/Config/MTA.pm",
    syntaxes: syn::JSON,
    keys: KEYS,
    markers: &[
        mark("smtpserver"),
        mark("mailfrom"),
        mark("mail_delivery_method"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["0"]),
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["SMTP"],
        no_mail: words!["Test", "None"],
        local: words!["Sendmail", "Qmail"],
        missing: Some("the local Sendmail program (mail_delivery_method defaults to Sendmail)"),
        off: None,
        name: "mail_delivery_method",
    }),
    fixes: FIXES,
    sender_hint: "\"mailfrom\" in data/params.json (default bugzilla-daemon@ the urlbase host)",
    hooks: Hooks {
        finish: Some(mailfrom_host),
        ..Hooks::NONE
    },
    ..BASE
};

/// Mailer.pm: `$from .= "\@$hostname" if $from !~ /@/`, the host taken
/// from `urlbase`. Applied when the paste has a literal `urlbase`.
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn mailfrom_host(doc: &Document, configs: &mut Vec<Config>) {
    let Some(host) = urlbase_host(doc) else {
        return;
    };
    for f in configs
        .iter_mut()
        .flat_map(|c| c.fields.iter_mut())
        .filter(|f| f.role == From && f.value.reference.is_none())
    {
        let local = f.value.text.trim();
        if !local.is_empty() && !local.contains('@') {
            f.value.text = format!("{local}@{host}");
            f.value.verbatim = false;
        }
    }
}

/// The host of the last literal `urlbase` (`https://bugs.acme.io/` →
/// `bugs.acme.io`): what follows `//` up to a `:` or `/`.
fn urlbase_host(doc: &Document) -> Option<String> {
    let entry = doc
        .active()
        .filter(|e| {
            e.value.kind == ValKind::Literal
                && doc
                    .path_rev(e)
                    .next()
                    .is_some_and(|k| k.text(doc.input) == "urlbase")
        })
        .last()?;
    let (_, rest) = doc.text_of(&entry.value).split_once("//")?;
    let host = rest.split([':', '/']).next()?.trim();
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const JSON: &str = "{\n   \"mail_delivery_method\" : \"SMTP\",\n   \"mailfrom\" : \"bugzilla-daemon@acme.io\",\n   \"smtp_password\" : \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n   \"smtp_ssl\" : \"0\",\n   \"smtp_username\" : \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n   \"smtpserver\" : \"smtp.postmarkapp.com:587\",\n   \"urlbase\" : \"https://bugs.acme.io/\"\n}\n";

    #[test]
    fn the_port_is_in_smtpserver_and_there_is_no_starttls() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "bugzilla");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        let (_, s, ids) = first(
            &JSON
                .replace("\"smtp_ssl\" : \"0\"", "\"smtp_ssl\" : \"1\"")
                .replace(":587", ""),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_mailfrom_without_at_gets_the_urlbase_host() {
        let (_, s, _) = first(&JSON.replace("bugzilla-daemon@acme.io", "bugzilla-daemon"));
        assert_eq!(s["from"], "bugzilla-daemon@bugs.acme.io");
        let (_, s, _) = first(
            &JSON
                .replace("bugzilla-daemon@acme.io", "bugzilla-daemon")
                .replace(
                    "   \"urlbase\" : \"https://bugs.acme.io/\"\n",
                    "   \"x\" : \"y\"\n",
                ),
        );
        assert_eq!(s["from"], "bugzilla-daemon");
    }

    #[test]
    fn sendmail_is_the_default_method() {
        let (_, _, ids) = first(&JSON.replace("   \"mail_delivery_method\" : \"SMTP\",\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&JSON.replace("\"SMTP\"", "\"Test\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
