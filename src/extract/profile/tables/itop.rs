//! iTop (Combodo): the `email_transport*` settings of
//! `conf/production/config-itop.php` (`$MySettings = array(…)`).
//!
//! Meaning (`core/config.class.inc.php` for the names and defaults,
//! `sources/Core/Email/EmailLaminas.php` for iTop 3.x, which sends with
//! Laminas Mail; iTop 2.x's `core/email.class.inc.php` handed the same
//! three values to `Swift_SmtpTransport::newInstance($host, $port,
//! $encryption)`):
//!
//! * `email_transport` picks the sender, compared exactly: `SMTP` (and
//!   `SMTP_OAuth`, the same server with an OAuth 2.0 login) speaks SMTP;
//!   `PHPMail`, the default, hands mail to PHP's `mail()` (the server's
//!   sendmail); `Null` and `LogFile` send nothing.
//! * `email_transport_smtp.host` (default `localhost`) and `.port`
//!   (default 25).
//! * `email_transport_smtp.encryption` (default empty) is Laminas'
//!   `ssl` connection option, compared without case: `ssl` is TLS from the
//!   first byte, `tls` requires STARTTLS, empty or `none` is clear text
//!   (neither Laminas nor Swift Mailer 5 upgrades by itself); Laminas
//!   refuses any other word.
//! * `email_transport_smtp.username` / `.password`: iTop 3.x logs in
//!   (Laminas' `login` class) when the password is non-empty.
//! * `email_transport_smtp.verify_peer` (default true) becomes Laminas'
//!   `novalidatecert`; `.allow_self_signed` is read by iTop 2.x only.
//! * `email_default_sender_address` is the From of notifications that set
//!   none themselves (most of iTop's own mail sets it from here).
//!
//! The settings may also be edited in iTop's configuration editor, which
//! writes this same file.

use super::{laravel, magento};
use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, syn, words, Fix, Key, Profile, SetVal, Switch, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email_transport_smtp.host", Host),
    k("email_transport_smtp.port", Port),
    k("email_transport_smtp.encryption", Encryption),
    k("email_transport_smtp.username", Username),
    k("email_transport_smtp.password", Password),
    k("email_transport_smtp.verify_peer", VerifyPeer),
    k("email_transport_smtp.allow_self_signed", SkipVerify),
    k("email_default_sender_address", From),
    k("email_transport", Transport),
];

const MARKERS: &[crate::extract::profile::Marker] = &[
    mark("email_transport"),
    mark("email_transport_smtp.host"),
    mark("email_transport_smtp.encryption"),
    mark("email_transport_smtp.username"),
    mark("email_default_sender_address"),
];

/// iTop's other mail settings: nothing we check.
const OTHER_KEYS: Words = words![
    "email_asynchronous",
    "email_default_sender_label",
    "email_css",
    "email_validation_pattern",
    "email_transport_smtp.oauth.provider",
    "email_transport_smtp.oauth.client_id",
    "email_transport_smtp.oauth.client_secret",
    "email_transport_smtp.oauth.access_token",
    "email_transport_smtp.oauth.refresh_token",
    "async_task_retries",
];

/// Laminas' reading of its `ssl` option (see the module docs), as
/// Magento's: compared without case; empty (the default) and `none` are
/// clear text; any other word is refused (no mode to report).
const TLS: TlsModel = TlsModel {
    absent: "no 'email_transport_smtp.encryption' (iTop's default '' is clear text)",
    ..magento::TLS
};

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "email_transport_smtp.port", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set_if(Host, "email_transport_smtp.host", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "email_transport_smtp.encryption",
            SetVal::Word("tls"),
        )],
        "'email_transport_smtp.encryption' => 'tls', (with 'email_transport_smtp.port' => 587,)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "'email_transport_smtp.verify_peer' => true,",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'email_transport_smtp.username' and 'email_transport_smtp.password' (iTop logs in when the password is set)",
    ),
    laravel::TLS_MODERN_FIX,
    fix_text(
        W::Username,
        &[],
        "'email_transport_smtp.username' => '{value}',",
    ),
    fix_text(
        W::Password,
        &[],
        "'email_transport_smtp.password' => '{value}',",
    ),
    fix_text(
        W::From,
        &[],
        "'email_default_sender_address' => '{value}',",
    ),
    fix_text(
        W::Stream,
        &[],
        "iTop has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ITOP: Profile = Profile {
    id: "itop",
    name: "iTop config-itop.php (email_transport)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/Combodo/iTop/blob/develop/core/config.class.inc.php https://github.com/Combodo/iTop/blob/develop/sources/Core/Email/EmailLaminas.php https://www.itophub.io/wiki/page?id=latest:admin:itop_configuration_file",
    // The settings array's rows pasted alone (`'email_transport' => 'SMTP',`)
    // read as a Ruby hash's.
    syntaxes: syn::PHP | syn::RUBY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    switch: Some(Switch {
        smtp: words!["SMTP", "SMTP_OAuth"],
        no_mail: words!["Null", "LogFile"],
        local: words!["PHPMail"],
        missing: Some("PHP's mail() function (the server's sendmail)"),
        off: None,
        name: "'email_transport'",
    }),
    fixes: FIXES,
    sender_hint: "'email_default_sender_address'",
    tls: TLS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\n$MySettings = array(\n\t'db_host' => 'localhost',\n\t'db_name' => 'itop',\n\t'db_user' => 'itop',\n\t'email_asynchronous' => true,\n\t'email_default_sender_address' => 'itop@acme.io',\n\t'email_default_sender_label' => 'iTop',\n\t'email_transport' => 'SMTP',\n\t'email_transport_smtp.encryption' => 'tls',\n\t'email_transport_smtp.host' => 'smtp.postmarkapp.com',\n\t'email_transport_smtp.password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n\t'email_transport_smtp.port' => 587,\n\t'email_transport_smtp.username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n\t'timezone' => 'Europe/Paris',\n);\n";

    #[test]
    fn config_itop_php() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "itop");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "itop@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn encryption_words_are_laminas() {
        let (_, s, ids) = first(&CONF.replace("'tls'", "'SSL'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Empty or absent: clear text (no automatic STARTTLS).
        let (_, s, ids) = first(&CONF.replace("'tls'", "''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&CONF.replace("\t'email_transport_smtp.encryption' => 'tls',\n", ""));
        assert_eq!(s["security"], "none");
        // A word Laminas refuses: no mode.
        let (_, s, _) = first(&CONF.replace("'tls'", "'starttls'"));
        assert_eq!(s["security"], serde_json::Value::Null);
    }

    #[test]
    fn transport_switch() {
        let (_, _, ids) = first(&CONF.replace("'SMTP'", "'PHPMail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("\t'email_transport' => 'SMTP',\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn rows_pasted_alone() {
        let rows = "'email_transport' => 'SMTP',\n'email_transport_smtp.host' => 'smtp.postmarkapp.com',\n'email_transport_smtp.port' => 465,\n'email_transport_smtp.encryption' => 'ssl',\n";
        let (client, s, ids) = first(rows);
        assert_eq!(client, "itop");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn another_apps_settings_array_is_not_itop() {
        let (client, _, _) = first("<?php\n$config = array(\n\t'smtp_host' => 'smtp.postmarkapp.com',\n\t'smtp_port' => 587,\n\t'smtp_user' => 'u',\n);\n");
        assert_ne!(client, "itop");
    }
}
