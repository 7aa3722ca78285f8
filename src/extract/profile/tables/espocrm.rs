//! EspoCRM: the system SMTP settings of `data/config.php` (and
//! `data/config-internal.php`, where newer versions keep the password),
//! as the admin UI (Administration → Outbound Emails) writes them.
//!
//! Meaning (`application/Espo/Resources/defaults/config.php`,
//! `Core/Mail/Account/SystemSettingsAccount.php` and `Core/Mail/Sender.php`
//! up to 9.0, docs "Outbound emails"):
//!
//! * `smtpServer` (installed as `NULL`): without it EspoCRM has no system
//!   SMTP account and sends nothing ("No system SMTP settings").
//! * `smtpPort` (installed as 587; EspoCRM refuses to send without one).
//! * `smtpSecurity` goes lower-cased to Laminas Mail's `ssl` option:
//!   `SSL` = TLS from the first byte, `TLS` (the installed default) =
//!   STARTTLS, required (Laminas fails when the server does not offer
//!   it), empty = clear text (Laminas never starts TLS by itself, on port
//!   465 neither).
//! * `smtpAuth` (installed as true): with it `smtpUsername` /
//!   `smtpPassword` log in (`smtpAuthMechanism`, default `login`); off,
//!   they are not sent.
//! * The From is `outboundEmailFromAddress` (with `outboundEmailFromName`).
//!
//! Since 9.1 (April 2025) these config keys no longer drive sending: the
//! 9.1 upgrade (`Upgrades/Migrations/V9_1/AfterUpgrade.php`) moves them
//! into a Group Email Account (SMTP tab) whose address is
//! `outboundEmailFromAddress`, sets `smtpServer` to null, and the system
//! sender is that account (Symfony Mailer: `SSL` → `smtps://`, `TLS` →
//! STARTTLS when offered, port 465 TLS from the first byte). A
//! `data/config.php` with `smtpServer` set is therefore an installation
//! before 9.1 (or about to be upgraded, which carries the same values
//! over): the table reads it the way those versions send.
//!
//! The official Docker image's `ESPOCRM_CONFIG_SMTP_SERVER`… environment
//! sets the same keys; it has no table: generic inference reads its
//! `SMTP_SERVER`/`SMTP_SECURITY` words alike, and with the current (9.1+)
//! images those keys no longer send anything.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Profile, Sec, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const WORDS: &[(&str, Sec)] = &[
    ("ssl", Sec::Implicit),
    ("tls", Sec::StartTls),
    ("", Sec::Plain),
    ("null", Sec::Plain),
];

const TLS: TlsModel = TlsModel {
    words: WORDS,
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    // The installed default is `TLS`.
    default: Sec::StartTls,
    both: crate::extract::profile::Both::Implicit,
    absent: "",
};

const CONF_KEYS: &[Key] = &[
    k("smtpServer", Host),
    k("smtpPort", Port),
    k("smtpUsername", Username),
    k("smtpPassword", Password),
    k("smtpSecurity", Encryption),
    k("smtpAuth", Auth),
    k("smtpAuthMechanism", AuthMethod),
    k("outboundEmailFromAddress", From),
];

const CONF_OTHER: Words = words![
    "outboundEmailFromName",
    "outboundEmailIsShared",
    "outboundEmailBccAddress",
    "smtpLocalHostName",
    "massEmailMaxPerHourCount",
    "massEmailMaxPerBatchCount",
    "massEmailVerp",
    "massEmailDisableMandatoryOptOutLink",
    "massEmailOpenTracking",
];

const CONF_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'smtpPort' => {port},"),
    fix_text(W::Host, &[], "'smtpServer' => '{value}',"),
    fix_text(
        W::StartTls,
        &[],
        "'smtpSecurity' => 'TLS', with 'smtpPort' => 587, (Administration → Outbound Emails → Security: TLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'smtpAuth' => true, with 'smtpUsername' and 'smtpPassword'",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'smtpUsername' => '{value}',"),
    fix_text(W::Password, &[], "'smtpPassword' => '{value}',"),
    fix_text(W::From, &[], "'outboundEmailFromAddress' => '{value}',"),
    fix_text(
        W::Stream,
        &[],
        "EspoCRM has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ESPOCRM: Profile = Profile {
    id: "espocrm",
    name: "EspoCRM data/config.php smtp*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.espocrm.com/administration/emails/#outbound-emails https://github.com/espocrm/espocrm/blob/9.0.8/application/Espo/Core/Mail/Sender.php https://github.com/espocrm/espocrm/blob/master/application/Espo/Resources/defaults/config.php https://github.com/espocrm/espocrm/blob/master/application/Espo/Core/Upgrades/Migrations/V9_1/AfterUpgrade.php",
    syntaxes: syn::PHP | syn::JSON,
    keys: CONF_KEYS,
    // `smtpServer` and `smtpSecurity` are shared with a few other apps;
    // `outboundEmail*` are EspoCRM's own.
    markers: &[
        mark("outboundEmailFromAddress"),
        mark("outboundEmailIsShared"),
        mark("outboundEmailFromName"),
        mark("smtpAuthMechanism"),
    ],
    needs_marker: true,
    family: &["smtp", "outboundEmail"],
    other_keys: CONF_OTHER,
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    fixes: CONF_FIXES,
    sender_hint: "'outboundEmailFromAddress' in data/config.php (Administration → Outbound Emails)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\nreturn [\n  'useCache' => true,\n  'outboundEmailIsShared' => true,\n  'outboundEmailFromName' => 'ACME CRM',\n  'outboundEmailFromAddress' => 'crm@acme.io',\n  'smtpServer' => 'smtp.postmarkapp.com',\n  'smtpPort' => 587,\n  'smtpAuth' => true,\n  'smtpSecurity' => 'TLS',\n  'smtpUsername' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n  'smtpPassword' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n  'language' => 'en_US',\n];\n";

    #[test]
    fn security_words_and_port_465() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "espocrm");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "crm@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("'TLS'", "'SSL'").replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported") || has(&ids, "tls/implicit-tls"));
        // Empty: clear text (automatic STARTTLS off)…
        let (_, s, ids) = first(&CONF.replace("'TLS'", "''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Laminas never turns TLS on by itself: `TLS` on 465 is STARTTLS there.
        let (_, s, ids) = first(&CONF.replace("587", "465"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn auth_off_is_reported() {
        let (_, _, ids) = first(&CONF.replace("'smtpAuth' => true", "'smtpAuth' => false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn other_smtp_server_arrays_are_not_espocrm() {
        let (client, _, _) = first("<?php\nreturn [\n  'smtpServer' => 'smtp.postmarkapp.com',\n  'smtpPort' => 587,\n  'smtpUser' => 'u',\n];\n");
        assert_ne!(client, "espocrm");
    }
}
