//! TYPO3: `$GLOBALS['TYPO3_CONF_VARS']['MAIL']` in `config/system/
//! settings.php` / `additional.php` (before v12 `LocalConfiguration.php` /
//! `AdditionalConfiguration.php`), as nested arrays or assignments.
//!
//! Meaning (TYPO3 core API reference "MAIL settings" and "Mail API";
//! `typo3/sysext/core/Classes/Mail/TransportFactory.php`, TYPO3 10+ on
//! Symfony Mailer):
//!
//! * `transport`: `smtp` uses the settings below; `sendmail` (the default
//!   in `DefaultConfiguration.php`) and the old `mail` hand mail to a local
//!   program; `mbox` writes to a file and `null` drops it (no mail
//!   leaves); `dsn` sends through `dsn`, a Symfony `MAILER_DSN`.
//! * `transport_smtp_server` is `host:port` by design: split at `:`,
//!   port 25 when none is written.
//! * `transport_smtp_encrypt` is read with PHP's `(bool)` (code; the old
//!   Mail API page still lists `ssl`/`tls` words from the Swift Mailer
//!   days): any truthy value (`true`, `1`, `'ssl'`, and also `'tls'`)
//!   makes Symfony's `EsmtpTransport` speak TLS from the first byte;
//!   false, `''` or `'0'` leaves Symfony's automatic mode (STARTTLS when
//!   offered, TLS from the first byte on port 465).
//! * `transport_smtp_username` / `transport_smtp_password`: a login when
//!   non-empty.
//! * The From is `defaultMailFromAddress`.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Both, Fix, Key, Marker, Profile, Read, Sec, Switch,
    TlsModel, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("MAIL.transport_smtp_server", Host, Read::HostPort),
    k("MAIL.transport_smtp_encrypt", Encryption),
    k("MAIL.transport_smtp_username", Username),
    k("MAIL.transport_smtp_password", Password),
    k("MAIL.transport", Transport),
    kr("MAIL.dsn", Url, Read::Url(UrlFlavor::Symfony)),
    k("MAIL.defaultMailFromAddress", From),
];

const MARKERS: &[Marker] = &[
    mark("transport_smtp_server"),
    mark("transport_smtp_encrypt"),
    mark("transport_smtp_username"),
    mark("transport_sendmail_command"),
    mark("defaultMailFromAddress"),
];

const OTHER: Words = words![
    "defaultMailFromName",
    "defaultMailReplyToAddress",
    "defaultMailReplyToName",
    "transport_sendmail_command",
    "transport_mbox_file",
    "transport_spool_type",
    "transport_spool_filepath",
    "transport_smtp_restart_threshold",
    "transport_smtp_restart_threshold_sleep",
    "transport_smtp_ping_threshold",
    "transport_smtp_stream_options",
    "format",
    "layoutRootPaths",
    "partialRootPaths",
    "templateRootPaths",
    "validators",
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "'transport_smtp_server' => 'smtp.postmarkapp.com:{port}'",
    ),
    fix_text(W::Host, &[], "'transport_smtp_server' => '{value}:587'"),
    fix_text(
        W::StartTls,
        &[],
        "'transport_smtp_encrypt' => false with port 587 in 'transport_smtp_server' (Symfony then uses STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `verify_peer` false from 'transport_smtp_stream_options'",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'transport_smtp_username' and 'transport_smtp_password'",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "'transport_smtp_username' => '{value}'"),
    fix_text(W::Password, &[], "'transport_smtp_password' => '{value}'"),
    fix_text(W::From, &[], "'defaultMailFromAddress' => '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "TYPO3 has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TYPO3: Profile = Profile {
    id: "typo3",
    name: "TYPO3 TYPO3_CONF_VARS MAIL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.typo3.org/m/typo3/reference-coreapi/main/en-us/Configuration/Typo3ConfVars/MAIL.html https://github.com/TYPO3/typo3/blob/main/typo3/sysext/core/Classes/Mail/TransportFactory.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["transport_"],
    other_keys: OTHER,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("", Sec::Ignored),
            ("0", Sec::Ignored),
            ("false", Sec::Ignored),
            ("true", Sec::Implicit),
            ("1", Sec::Implicit),
            ("ssl", Sec::Implicit),
            ("tls", Sec::Implicit),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[465],
        default: Sec::Auto,
        both: Both::Implicit,
        absent: "",
    },
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp", "dsn"],
        no_mail: words!["mbox", "null", "NullTransport"],
        local: words!["sendmail", "mail"],
        missing: Some("sendmail (TYPO3's default transport)"),
        off: None,
        name: "transport",
    }),
    fixes: FIXES,
    sender_hint: "'defaultMailFromAddress' in $GLOBALS['TYPO3_CONF_VARS']['MAIL']",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ARR: &str = "<?php\nreturn [\n    'MAIL' => [\n        'transport' => 'smtp',\n        'transport_smtp_server' => 'smtp.postmarkapp.com:587',\n        'transport_smtp_encrypt' => false,\n        'transport_smtp_username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n        'transport_smtp_password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n        'defaultMailFromAddress' => 'web@acme.io',\n    ],\n];\n";

    #[test]
    fn host_port_and_encrypt_bool() {
        let (client, s, ids) = first(ARR);
        assert_eq!(client, "typo3");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "web@acme.io");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
        // `(bool)'tls'` is true: TLS from the first byte, on 587 too.
        let (_, s, _) = first(&ARR.replace("=> false", "=> 'tls'"));
        assert_eq!(s["security"], "implicit");
        // No port: TYPO3 dials 25.
        let (_, _, ids) = first(&ARR.replace(":587", ""));
        assert!(
            ids.iter()
                .any(|i| i == "port/25-blocked" || i == "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn assignments_and_sendmail() {
        let (client, s, _) = first("<?php\n$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';\n$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = 'smtp.postmarkapp.com:465';\n$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_encrypt'] = true;\n");
        assert_eq!(client, "typo3");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        let (_, _, ids) = first(&ARR.replace("=> 'smtp'", "=> 'sendmail'"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
