//! Trac: the `[notification]` section of `trac.ini`, read by its
//! `SmtpEmailSender`.
//!
//! Meaning (TracNotification and TracIni `[notification]` in the Trac
//! guide; `trac/notification/mail.py`):
//!
//! * `smtp_server` (default `localhost`), `smtp_port` (default 25): Trac
//!   connects with Python's `smtplib.SMTP`, never SMTPS; the guide warns
//!   that port 465 "may deadlock your ticket submission".
//! * `use_tls` (default disabled): when true Trac says EHLO and requires
//!   STARTTLS ("TLS enabled but server does not support TLS" otherwise);
//!   when false or absent it sends in clear text.
//! * `smtp_user` switches the login on; `smtp_password` goes with it.
//! * `smtp_from` is the sender (default `trac@localhost`), `smtp_replyto`
//!   the Reply-To, `smtp_always_cc`/`smtp_always_bcc` recipients.
//! * `smtp_enabled` switches notification mail on (default disabled);
//!   `email_sender = SendmailEmailSender` hands mail to a local sendmail.
//!   Trac reads booleans with `as_bool`: `yes`, `true`, `enabled`, `on`,
//!   `aye`, `1` are true.
//!
//! Left out: that an absent `smtp_enabled` means disabled (only an
//! explicit `smtp_enabled = false` is reported).

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, Switch, TlsModel,
    Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("notification.smtp_server", Host),
    k("notification.smtp_port", Port),
    k("notification.smtp_user", Username),
    k("notification.smtp_password", Password),
    k("notification.use_tls", StartTls),
    k("notification.smtp_from", From),
    k("notification.smtp_enabled", Enabled),
    k("notification.email_sender", Transport),
];

const MARKERS: &[Marker] = &[
    mark("notification.smtp_enabled"),
    mark("notification.smtp_replyto"),
    mark("notification.smtp_always_cc"),
    mark("notification.smtp_always_bcc"),
    mark("notification.smtp_default_domain"),
    mark("notification.smtp_subject_prefix"),
    mark("notification.email_sender"),
    mark("notification.always_notify_owner"),
];

const OTHER_KEYS: Words = words![
    "notification.smtp_replyto",
    "notification.smtp_always_cc",
    "notification.smtp_always_bcc",
    "notification.smtp_default_domain",
    "notification.smtp_from_name",
    "notification.smtp_from_author",
    "notification.smtp_subject_prefix",
    "notification.mime_encoding",
    "notification.sendmail_path",
    "notification.use_public_cc",
    "notification.use_short_addr",
];

const LEFTOVERS: Pairs = pairs![
    ("notification.smtp_host", "smtp_server"),
    ("notification.smtp_username", "smtp_user"),
    ("notification.smtp_pass", "smtp_password"),
    ("notification.smtp_use_tls", "use_tls"),
    ("notification.smtp_tls", "use_tls"),
    ("notification.use_ssl", "use_tls"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port = {port} in [notification]"),
    fix_text(W::Host, &[], "smtp_server = {value} in [notification]"),
    fix_text(W::StartTls, &[], "use_tls = true in [notification]"),
    fix_text(
        W::VerifyOn,
        &[],
        "a certificate chain the host trusts (Trac checks it with Python's defaults)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_user and smtp_password in [notification]",
    ),
    fix_text(W::TlsModern, &[], "a current Trac and Python release"),
    fix_text(W::Username, &[], "smtp_user = {value} in [notification]"),
    fix_text(
        W::Password,
        &[],
        "smtp_password = {value} in [notification]",
    ),
    fix_text(W::From, &[], "smtp_from = {value} in [notification]"),
    fix_text(
        W::Stream,
        &[],
        "Trac has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TRAC: Profile = Profile {
    id: "trac",
    name: "Trac trac.ini [notification]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://trac.edgewall.org/wiki/TracNotification https://trac.edgewall.org/wiki/TracIni#notification-section https://github.com/edgewall/trac/blob/trunk/trac/notification/mail.py",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    truth: Truth::Only(words!["yes", "true", "enabled", "on", "aye", "1"]),
    tls: TlsModel {
        absent: "use_tls is not set (Trac then sends in clear text)",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["SmtpEmailSender"],
        no_mail: words![],
        local: words!["SendmailEmailSender"],
        missing: None,
        off: None,
        name: "smtp_enabled / email_sender in [notification]",
    }),
    fixes: FIXES,
    sender_hint: "smtp_from in [notification] (default trac@localhost)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "[notification]\nsmtp_enabled = true\nuse_tls = true\nsmtp_server = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_user = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_from = trac@acme.io\nsmtp_replyto = trac@acme.io\n";

    #[test]
    fn use_tls_is_starttls() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "trac");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "trac@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn without_use_tls_trac_sends_in_clear() {
        let (_, s, ids) = first(&INI.replace("use_tls = true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // STARTTLS on the SMTPS port.
        let (_, _, ids) = first(&INI.replace("587", "465"));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn switched_off_or_sendmail() {
        let (_, _, ids) = first(&INI.replace("smtp_enabled = true", "smtp_enabled = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&INI.replace(
            "smtp_enabled = true",
            "smtp_enabled = true\nemail_sender = SendmailEmailSender",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
