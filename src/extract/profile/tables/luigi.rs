//! Luigi (Spotify's pipeline scheduler): the error e-mails' settings in
//! `luigi.cfg` (configparser INI; `luigi.toml` has the same sections),
//! `[email]` and `[smtp]`, and the older `[core]` names they replaced.
//!
//! Meaning (`luigi/notifications.py`: the `email` and `smtp` config
//! classes and `send_email_smtp`; the configuration docs,
//! <https://luigi.readthedocs.io/en/stable/configuration.html#email>):
//!
//! * `[email] method` (older `[email] type`) picks the sender: `smtp` (the
//!   default), `sendgrid`, `ses`, `sns`.
//! * `[smtp] host` (default `localhost`), `port` (default 0: `smtplib`'s
//!   own, 25, or 465 with `ssl`).
//! * `ssl = True`: `smtplib.SMTP_SSL`, TLS from the first byte. Otherwise
//!   `smtplib.SMTP`, then STARTTLS when the server offers it unless
//!   `no_tls = True` (clear text).
//! * It logs in only when `username` and `password` are both set.
//! * `[email] sender` is the From (default `luigi-client@` the host name);
//!   `receiver` the address errors go to.
//! * Before 2.x the same settings were `[core]` keys: `smtp_host`,
//!   `smtp_port`, `smtp_login`, `smtp_password`, `smtp_ssl`,
//!   `smtp_without_tls`, `email-sender`, `error-email`; Luigi still reads
//!   them (`config_path`).
//!
//! `[smtp] host`/`port`/`username` are many INI files' names: the table
//! needs Luigi's own (`[email] receiver`/`method`/`force_send`, `[smtp]
//! no_tls`, the `[core]` names).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Marker, Profile, Switch, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp.host|core.smtp_host", Host),
    k("smtp.port|core.smtp_port", Port),
    k("smtp.username|core.smtp_login", Username),
    k("smtp.password|core.smtp_password", Password),
    k("smtp.ssl|core.smtp_ssl", ImplicitTls),
    k("smtp.no_tls|core.smtp_without_tls", NoStartTls),
    k("email.sender|core.email-sender", From),
    k("email.method|email.type", Transport),
];

const MARKERS: &[Marker] = &[
    mark("email.receiver"),
    mark("email.method"),
    mark("email.force_send"),
    mark("email.traceback_max_length"),
    mark("smtp.no_tls"),
    mark("core.smtp_host"),
    mark("core.smtp_login"),
    mark("core.smtp_without_tls"),
    mark("core.error-email"),
    mark("core.email-sender"),
    mark("core.default-scheduler-host"),
];

const OTHER_KEYS: Words = words![
    "receiver",
    "force_send",
    "format",
    "prefix",
    "traceback_max_length",
    "local_hostname",
    "timeout",
    "smtp_local_hostname",
    "smtp_timeout",
    "error-email",
    "email-prefix",
    "email-type",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = {port} in [smtp]"),
    fix_text(W::Host, &[], "host = {value} in [smtp]"),
    fix_text(
        W::StartTls,
        &[],
        "port = 587 in [smtp], without ssl = True or no_tls = True (Luigi then uses STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Luigi has no certificate setting: Python's smtplib does not verify it here",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both username and password in [smtp] (Luigi logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Python and Luigi"),
    fix_text(W::Username, &[], "username = {value} in [smtp]"),
    fix_text(W::Password, &[], "password = {value} in [smtp]"),
    fix_text(W::From, &[], "sender = {value} in [email]"),
    fix_text(
        W::Stream,
        &[],
        "Luigi has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LUIGI: Profile = Profile {
    id: "luigi",
    name: "Luigi luigi.cfg [smtp] / [email]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://luigi.readthedocs.io/en/stable/configuration.html#email https://github.com/spotify/luigi/blob/master/luigi/notifications.py",
    syntaxes: syn::INI | syn::TOML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TlsModel::OPPORTUNISTIC,
    port: Some(25),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "[email] method",
    }),
    sender_hint: "sender in [email]",
    fixes: FIXES,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "[core]\ndefault-scheduler-host = luigid\n\n[email]\nreceiver = data-alerts@acme-widgets.io\nsender = luigi@acme-widgets.io\nmethod = smtp\n\n[smtp]\nhost = smtp.postmarkapp.com\nport = 587\nusername = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\npassword = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn the_sections_are_read() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "luigi");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "luigi@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_and_no_tls() {
        // `ssl = True` is SMTP_SSL whatever the port.
        let (_, s, ids) = first(&CFG.replace("port = 587\n", "port = 587\nssl = True\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&CFG.replace("port = 587\n", "port = 587\nno_tls = True\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Another sender: the SMTP settings are not used.
        let (_, _, ids) = first(&CFG.replace("method = smtp", "method = ses"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_old_core_names() {
        let (client, s, _) = first("[core]\nerror-email = ops@acme-widgets.io\nemail-sender = luigi@acme-widgets.io\nsmtp_host = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_login = u\nsmtp_password = u\nsmtp_ssl = True\n");
        assert_eq!(client, "luigi");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "luigi@acme-widgets.io");
    }

    #[test]
    fn another_smtp_section_is_not_luigis() {
        let (client, _, _) = first(
            "[smtp]\nhost = smtp.postmarkapp.com\nport = 587\nusername = u\npassword = u\nssl = True\n",
        );
        assert_ne!(client, "luigi");
    }
}
