//! MantisBT: the `$g_*` mail settings of `config/config_inc.php`
//! (`$g_phpMailer_method = PHPMAILER_METHOD_SMTP; $g_smtp_host = '…';`).
//! MantisBT sends with PHPMailer.
//!
//! Meaning (`config_defaults_inc.php`, `core/constant_inc.php`,
//! `core/classes/EmailSenderPhpMailer.class.php`):
//!
//! * `$g_phpMailer_method` is the mail switch: `PHPMAILER_METHOD_MAIL`
//!   (0, the default: PHP's `mail()`), `PHPMAILER_METHOD_SENDMAIL` (1),
//!   `PHPMAILER_METHOD_SMTP` (2).
//! * `$g_enable_email_notification = OFF` sends no mail at all.
//! * `$g_smtp_host` is PHPMailer's `Host` (default `localhost`):
//!   `;`-separated hosts, each with an optional `ssl://`/`tls://` prefix and
//!   `:port`; `$g_smtp_port` (default 25) is the port of the others.
//! * `$g_smtp_connection_mode`: `tls` is STARTTLS, required; `ssl` is TLS
//!   from the first byte; empty (the default) turns PHPMailer's automatic
//!   STARTTLS off (`SMTPAutoTLS = false`): clear text, unlike PHPMailer's
//!   own default.
//! * It logs in when `$g_smtp_username` is not blank.
//! * `$g_from_email` is the From (default `noreply@example.com`).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Read,
    Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::phpmailer;

const KEYS: &[Key] = &[
    kr("$g_smtp_host", Host, Read::HostList),
    k("$g_smtp_port", Port),
    k("$g_smtp_username", Username),
    k("$g_smtp_password", Password),
    k("$g_smtp_connection_mode", Encryption),
    k("$g_phpMailer_method", Transport),
    k("$g_enable_email_notification", Enabled),
    k("$g_from_email", From),
];

const MARKERS: &[Marker] = &[
    mark("$g_smtp_host"),
    mark("$g_smtp_connection_mode"),
    mark("$g_phpMailer_method"),
    mark("$g_smtp_username"),
    mark("$g_enable_email_notification"),
];

const OTHER_KEYS: Words = words![
    "$g_from_name",
    "$g_return_path_email",
    "$g_webmaster_email",
    "$g_email_receive_own",
    "$g_email_send_using_cronjob",
    "$g_allow_signup",
    "$g_email_notifications_verbose",
];

const LEFTOVERS: Pairs = pairs![
    ("$g_smtp_user", "$g_smtp_username"),
    ("$g_smtp_pass", "$g_smtp_password"),
    ("$g_smtp_secure", "$g_smtp_connection_mode"),
    ("$g_smtp_encryption", "$g_smtp_connection_mode"),
    ("$g_smtp_server", "$g_smtp_host"),
    ("$g_phpmailer_method", "$g_phpMailer_method"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$g_smtp_port = {port};"),
    fix_text(W::Host, &[], "$g_smtp_host = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "$g_smtp_connection_mode = 'tls'; with $g_smtp_port = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$g_smtp_username and $g_smtp_password (MantisBT logs in when the username is set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "$g_smtp_username = '{value}';"),
    fix_text(W::Password, &[], "$g_smtp_password = '{value}';"),
    fix_text(W::From, &[], "$g_from_email = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "MantisBT has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MANTISBT: Profile = Profile {
    id: "mantisbt",
    name: "MantisBT config_inc.php $g_smtp_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://mantisbt.org/docs/master/en-US/Admin_Guide/html-desktop/#admin.config.email https://github.com/mantisbt/mantisbt/blob/master/config_defaults_inc.php https://github.com/mantisbt/mantisbt/blob/master/core/classes/EmailSenderPhpMailer.class.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["$g_smtp_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `ON`/`OFF` are MantisBT's constants (1 and 0).
    truth: Truth::Only(words!["ON", "1", "true"]),
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["PHPMAILER_METHOD_SMTP", "2"],
        no_mail: words![],
        local: words![
            "PHPMAILER_METHOD_MAIL",
            "PHPMAILER_METHOD_SENDMAIL",
            "0",
            "1"
        ],
        missing: Some("PHP's mail() function ($g_phpMailer_method defaults to PHPMAILER_METHOD_MAIL)"),
        off: None,
        name: "$g_phpMailer_method",
    }),
    fixes: FIXES,
    sender_hint: "$g_from_email in config_inc.php (default noreply@example.com)",
    constants: words![
        "PHPMAILER_METHOD_SMTP",
        "PHPMAILER_METHOD_MAIL",
        "PHPMAILER_METHOD_SENDMAIL",
        "ON",
        "OFF"
    ],
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// PHPMailer's reading, except that an empty connection mode turns its
/// automatic STARTTLS off.
fn tls(cfg: &Config) -> Tls {
    if cfg.get(Scheme).is_none() {
        let mode = cfg.get(Encryption);
        if mode.is_none_or(|f| !f.value.is_reference() && f.value.text.trim().is_empty()) {
            let ev = mode.map_or_else(
                || Evidence::absent("$g_smtp_connection_mode is not set (MantisBT's default '' turns STARTTLS off)"),
                Evidence::of,
            );
            return Tls::chosen(Security::None, ev);
        }
    }
    phpmailer::tls(cfg)
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\n$g_hostname = 'localhost';\n$g_phpMailer_method = PHPMAILER_METHOD_SMTP;\n$g_smtp_host = 'smtp.postmarkapp.com';\n$g_smtp_port = 587;\n$g_smtp_connection_mode = 'tls';\n$g_smtp_username = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$g_smtp_password = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$g_from_email = 'bugs@acme.io';\n";

    #[test]
    fn connection_mode_words() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "mantisbt");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "bugs@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Empty: PHPMailer's automatic STARTTLS is off.
        let (_, s, ids) = first(&CONF.replace("'tls'", "''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&CONF.replace("$g_smtp_connection_mode = 'tls';\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_method_and_the_notification_switch() {
        let (_, _, ids) = first(&CONF.replace("PHPMAILER_METHOD_SMTP", "PHPMAILER_METHOD_MAIL"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) =
            first(&CONF.replace("$g_phpMailer_method = PHPMAILER_METHOD_SMTP;\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("PHPMAILER_METHOD_SMTP", "2"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{CONF}$g_enable_email_notification = OFF;\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
