//! PHP's own `mail()`: the `[mail function]` section of `php.ini`.
//!
//! Meaning (PHP manual "Mail → Runtime Configuration",
//! <https://www.php.net/manual/en/mail.configuration.php>):
//!
//! * `SMTP` (default `localhost`) and `smtp_port` (default 25) are used on
//!   Windows only: `mail()` then speaks SMTP itself, in clear text and
//!   without logging in (the Windows implementation has neither STARTTLS
//!   nor AUTH), so a provider that requires a login refuses it.
//! * `sendmail_from` is the From (Windows); `sendmail_path` (Unix; default
//!   `sendmail -t -i`) hands every message to that program instead, and
//!   `SMTP`/`smtp_port` are not read at all. Pointing it at a relay that
//!   logs in (`/usr/bin/msmtp -t`, with its own configuration file) is how
//!   PHP's `mail()` reaches a provider such as Postmark.

use crate::extract::profile::{
    fix_text, k, mark, syn, weighs, words, Fix, Key, Marker, Profile, Sec, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP", Host),
    k("smtp_port", Port),
    k("sendmail_from", From),
    k("sendmail_path", Transport),
];

/// The section names it (Trac's `[notification]` has a `sendmail_path`
/// too); `mail.*` are PHP's own directives.
const MARKERS: &[Marker] = &[
    weighs(mark("mail function.SMTP"), 2),
    weighs(mark("mail function.smtp_port"), 2),
    mark("mail function.sendmail_from"),
    mark("mail function.sendmail_path"),
    mark("mail.add_x_header"),
    mark("mail.log"),
];

/// No TLS at all.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Plain,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::Implicit,
    absent: "PHP's mail() speaks plain SMTP: it has no STARTTLS",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port = {port}"),
    fix_text(W::Host, &[], "SMTP = {value}"),
    fix_text(
        W::StartTls,
        &[],
        "sendmail_path = \"/usr/bin/msmtp -t\" with msmtp set up for Postmark (tls on, port 587), or a mail library that speaks STARTTLS: PHP's mail() cannot",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "sendmail_path = \"/usr/bin/msmtp -t\" with msmtp logging in to Postmark, or a mail library with SMTP login: PHP's mail() cannot log in",
    ),
    fix_text(
        W::Username,
        &[],
        "the login in the relay sendmail_path points to (msmtp's `user {value}`): PHP's mail() has no username setting",
    ),
    fix_text(
        W::Password,
        &[],
        "the login in the relay sendmail_path points to (msmtp's `password {value}`): PHP's mail() has no password setting",
    ),
    fix_text(W::From, &[], "sendmail_from = {value}"),
];

pub static PHP_INI: Profile = Profile {
    id: "php-ini-mail",
    name: "php.ini [mail function] (PHP mail())",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.php.net/manual/en/mail.configuration.php https://www.php.net/manual/en/function.mail.php",
    // (A quoted value makes a short section read as TOML.)
    syntaxes: syn::INI | syn::TOML | syn::CONF | syn::ENV,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["mail.add_x_header", "mail.log", "mail.force_extra_parameters", "mail.mixed_lf_and_crlf"],
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words!["/", "sendmail", "msmtp", "ssmtp"],
        missing: None,
        off: None,
        name: "sendmail_path",
    }),
    fixes: FIXES,
    sender_hint: "sendmail_from in php.ini (or the From header mail() is given)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn windows_mail_speaks_plain_smtp_without_login() {
        let (client, s, ids) = first(
            "[mail function]\n; For Win32 only.\nSMTP = smtp.postmarkapp.com\nsmtp_port = 587\nsendmail_from = alerts@acme.io\n",
        );
        assert_eq!(client, "php-ini-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
    }

    #[test]
    fn sendmail_path_hands_mail_to_a_program() {
        let (client, _, ids) = first(
            "[mail function]\nSMTP = localhost\nsmtp_port = 25\nsendmail_path = \"/usr/bin/msmtp -t\"\n",
        );
        assert_eq!(client, "php-ini-mail");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
