//! Joomla: the mail settings of `configuration.php`, the `JConfig` class
//! that Global Configuration → Server → Mail writes
//! (`public $mailer = 'smtp'; public $smtphost = '…';`). Joomla sends
//! with PHPMailer (its `Mail` class extends it).
//!
//! Meaning (Joomla help "Global Configuration: Server", the installer's
//! `configuration.php-dist`, and the code: `MailerFactory::createMailer`
//! (4.4+; `Factory::createMailer` before) and `Mail::useSmtp` /
//! `Mail::Send` in `libraries/src/Mail/`):
//!
//! * `$mailonline` ("Send Mail", default on): off, `Mail::Send` sends
//!   nothing at all (`JLIB_MAIL_FUNCTION_OFFLINE`).
//! * `$mailer`: `smtp` sends through `$smtphost`; `sendmail` runs
//!   `$sendmail`; `mail` (the default, and any other word) is PHP's
//!   `mail()`. None of the SMTP settings are used unless it is `smtp`.
//! * `$smtphost` is PHPMailer's `Host` (default `localhost`): `;`-separated
//!   hosts, each with an optional `ssl://`/`tls://` prefix and `:port`.
//! * `$smtpport` is PHPMailer's `Port` (`useSmtp` defaults it to 25, as
//!   does the installer).
//! * `$smtpsecure`: the form offers `none`, `ssl`, `tls`. `useSmtp` passes
//!   only `ssl` (TLS from the first byte) and `tls` (STARTTLS required) to
//!   PHPMailer's `SMTPSecure`; `none` (or anything else) leaves it empty,
//!   so PHPMailer's `SMTPAutoTLS` still starts TLS when the server offers
//!   STARTTLS — `none` is not clear text with a server such as Postmark.
//!   (Joomla's help describes `none` as no encryption; the code decides.)
//!   When a send with automatic TLS fails, `Mail::Send` retries once with
//!   `SMTPAutoTLS` off, in clear text.
//! * `$smtpauth` is compared `== 0` (PHP loose comparison): `0`, `'0'`,
//!   `false` leave `SMTPAuth` off, so `$smtpuser` / `$smtppass` are not
//!   sent; anything else turns the login on.
//! * `$mailfrom` is the From (set only when it is a valid address);
//!   `$fromname` its display name.
//!
//! The reading of `SMTPSecure` and of the host list is PHPMailer's,
//! shared with [`super::phpmailer`]. Joomla 5's `smtpoauth2` mailer (the
//! host then comes from the OAuth provider settings) is not read.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, set_if, syn, words, Fix, Hooks, Key, Pairs, Profile, Read,
    SetVal, Switch, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::phpmailer;

const KEYS: &[Key] = &[
    k("$mailer", Transport),
    k("$mailonline", Enabled),
    kr("$smtphost", Host, Read::HostList),
    k("$smtpport", Port),
    k("$smtpsecure", Encryption),
    k("$smtpauth", Auth),
    k("$smtpuser", Username),
    k("$smtppass", Password),
    k("$mailfrom", From),
];

/// `JConfig` mail settings that carry nothing we check.
const OTHER_KEYS: Words = words![
    "$fromname",
    "$sendmail",
    "$replyto",
    "$replytoname",
    "$massmailoff",
    "$mailonline",
    "$mailer",
];

/// Names of other PHP mailers' settings that Joomla ignores.
const LEFTOVERS: Pairs = pairs![
    ("$smtpserver", "$smtphost"),
    ("$smtpusername", "$smtpuser"),
    ("$smtppassword", "$smtppass"),
    ("$smtpencryption", "$smtpsecure"),
    ("$smtpssl", "$smtpsecure"),
    ("$smtptls", "$smtpsecure"),
    ("$mail_from", "$mailfrom"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "$smtpport", SetVal::Port)],
        "public $smtpport = '{port}';",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "$smtphost", SetVal::Given)],
        "public $smtphost = '{value}';",
    ),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "$smtpsecure", SetVal::Word("tls"))],
        "public $smtpsecure = 'tls'; (with port 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code or plugin that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "public $smtpauth = true; with $smtpuser and $smtppass (SMTP Authentication: Yes)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "public $smtpuser = '{value}';"),
    fix_text(W::Password, &[], "public $smtppass = '{value}';"),
    fix_text(W::From, &[], "public $mailfrom = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Joomla has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static JOOMLA: Profile = Profile {
    id: "joomla",
    name: "Joomla configuration.php (JConfig)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://help.joomla.org/proxy?keyref=Help5.x:Site_Global_Configuration https://github.com/joomla/joomla-cms/blob/5.2-dev/libraries/src/Mail/MailerFactory.php https://github.com/joomla/joomla-cms/blob/5.2-dev/libraries/src/Mail/Mail.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    // `$smtphost`, `$smtpsecure`… as class properties are Joomla's
    // (`$mail->Host` is PHPMailer's, `$CFG->smtphosts` Moodle's).
    markers: &[
        mark("$smtphost"),
        mark("$smtpsecure"),
        mark("$smtpauth"),
        mark("$mailonline"),
        mark("$mailfrom"),
    ],
    needs_marker: true,
    family: &["$smtp", "$mail"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail"],
        missing: Some("PHP's mail() function (Joomla's default mailer)"),
        off: None,
        name: "$mailer",
    }),
    auth_switch: Some("public $smtpauth = true;"),
    fixes: FIXES,
    sender_hint: "public $mailfrom in configuration.php (Global Configuration → Server → From Email)",
    constants: phpmailer::CONSTANTS,
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CONF: &str = "<?php\nclass JConfig {\n\tpublic $offline = false;\n\tpublic $mailonline = true;\n\tpublic $mailer = 'smtp';\n\tpublic $mailfrom = 'site@acme.io';\n\tpublic $fromname = 'Acme';\n\tpublic $sendmail = '/usr/sbin/sendmail';\n\tpublic $smtpauth = true;\n\tpublic $smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n\tpublic $smtppass = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n\tpublic $smtphost = 'smtp.postmarkapp.com';\n\tpublic $smtpsecure = 'tls';\n\tpublic $smtpport = 587;\n}\n";

    #[test]
    fn jconfig_is_read() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "joomla");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "site@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtpsecure_words() {
        let (_, s, ids) = first(&CONF.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // `none` leaves PHPMailer's automatic STARTTLS on.
        let (_, s, _) = first(&CONF.replace("'tls'", "'none'"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn smtpauth_off_drops_the_login() {
        let (_, _, ids) = first(&CONF.replace("$smtpauth = true", "$smtpauth = '0'"));
        assert!(ids.iter().any(|i| i == "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn default_port_is_25() {
        let (_, _, ids) = first(&CONF.replace("\tpublic $smtpport = 587;\n", ""));
        assert!(
            ids.iter()
                .any(|i| i == "port/missing" || i == "port/25-blocked"),
            "{ids:?}"
        );
    }

    #[test]
    fn mail_and_mailonline_switches() {
        let (_, _, ids) = first(&CONF.replace("'smtp'", "'mail'"));
        assert!(ids.iter().any(|i| i.starts_with("input/")), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("$mailonline = true", "$mailonline = false"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn excerpt_without_php_tag() {
        let (client, s, _) = first(
            "\tpublic $mailer = 'smtp';\n\tpublic $smtpauth = '1';\n\tpublic $smtpuser = 'u';\n\tpublic $smtppass = 'p';\n\tpublic $smtphost = 'smtp.postmarkapp.com';\n\tpublic $smtpsecure = 'tls';\n\tpublic $smtpport = '587';\n",
        );
        assert_eq!(client, "joomla");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn phpmailer_and_moodle_are_not_joomla() {
        let (client, _, _) = first("<?php\n$mail->isSMTP();\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->SMTPSecure = 'tls';\n");
        assert_eq!(client, "phpmailer");
        let (client, _, _) = first(
            "<?php\n$CFG->smtphosts = 'smtp.postmarkapp.com:587';\n$CFG->smtpsecure = 'tls';\n",
        );
        assert_eq!(client, "moodle");
    }
}
