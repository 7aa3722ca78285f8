//! Leantime: the `LEAN_EMAIL_*` settings of `config/.env` (or the Docker
//! image's environment), and the same settings as properties of the legacy
//! `config/configuration.php` (`public $smtpHosts = '…';`). Leantime sends
//! with PHPMailer.
//!
//! Meaning (`config/sample.env`, `app/Core/Configuration/DefaultConfig.php`,
//! `Environment.php`, `app/Core/Mailer.php`):
//!
//! * `LEAN_EMAIL_USE_SMTP` (`$useSMTP`, default false, read with PHP's
//!   `FILTER_VALIDATE_BOOLEAN`) is the mail switch: off, PHP's `mail()`.
//! * `LEAN_EMAIL_SMTP_HOSTS` is PHPMailer's `Host`: `;`-separated hosts,
//!   each with an optional `ssl://`/`tls://` prefix and `:port`.
//! * `LEAN_EMAIL_SMTP_PORT` (default 587).
//! * `LEAN_EMAIL_SMTP_SECURE` is PHPMailer's `SMTPSecure`, compared
//!   case-sensitively: `ssl` = TLS from the first byte, `tls` = STARTTLS,
//!   required. The sample's "usually one of: TLS, SSL, STARTTLS" are not
//!   words PHPMailer knows: upper case (and `STARTTLS`) count as empty.
//! * Empty: `LEAN_EMAIL_SMTP_AUTO_TLS` (default true) is PHPMailer's
//!   `SMTPAutoTLS`: STARTTLS when the server offers it; false, clear text.
//! * `LEAN_EMAIL_SMTP_AUTH` (default true) is `SMTPAuth`: off, the
//!   username and password are not sent.
//! * `LEAN_EMAIL_SMTP_SSLNOVERIFY=true` turns certificate verification off.
//! * The From is `LEAN_EMAIL_RETURN` (`$email`; default `no-reply@` the
//!   request's host).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::phpmailer;

const ENV_KEYS: &[Key] = &[
    kr("LEAN_EMAIL_SMTP_HOSTS", Host, Read::HostList),
    k("LEAN_EMAIL_SMTP_PORT", Port),
    k("LEAN_EMAIL_SMTP_USERNAME", Username),
    k("LEAN_EMAIL_SMTP_PASSWORD", Password),
    k("LEAN_EMAIL_SMTP_SECURE", Encryption),
    k("LEAN_EMAIL_SMTP_AUTO_TLS", StartTls),
    k("LEAN_EMAIL_SMTP_AUTH", Auth),
    k("LEAN_EMAIL_SMTP_SSLNOVERIFY", SkipVerify),
    k("LEAN_EMAIL_USE_SMTP", Enabled),
    k("LEAN_EMAIL_RETURN", From),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "LEAN_EMAIL_SMTP_PORT={port}"),
    fix_text(W::Host, &[], "LEAN_EMAIL_SMTP_HOSTS={value}"),
    fix_text(
        W::StartTls,
        &[],
        "LEAN_EMAIL_SMTP_SECURE=tls (lower case) with LEAN_EMAIL_SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "LEAN_EMAIL_SMTP_SSLNOVERIFY=false"),
    fix_text(
        W::AuthOn,
        &[],
        "LEAN_EMAIL_SMTP_AUTH=true with LEAN_EMAIL_SMTP_USERNAME and LEAN_EMAIL_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Leantime release"),
    fix_text(W::Username, &[], "LEAN_EMAIL_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "LEAN_EMAIL_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "LEAN_EMAIL_RETURN={value}"),
    fix_text(
        W::Stream,
        &[],
        "Leantime has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const SWITCH: Switch = Switch {
    smtp: words![],
    no_mail: words![],
    local: words![],
    missing: Some("PHP's mail() function (LEAN_EMAIL_USE_SMTP defaults to false)"),
    off: Some("PHP's mail() function"),
    name: "LEAN_EMAIL_USE_SMTP",
};

pub static LEANTIME_ENV: Profile = Profile {
    id: "leantime-env",
    name: "Leantime LEAN_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/Leantime/leantime/blob/master/config/sample.env https://github.com/Leantime/leantime/blob/master/app/Core/Mailer.php https://github.com/Leantime/leantime/blob/master/app/Core/Configuration/DefaultConfig.php",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[
        mark("LEAN_EMAIL_SMTP_HOSTS"),
        mark("LEAN_EMAIL_USE_SMTP"),
        mark("LEAN_EMAIL_SMTP_SECURE"),
        mark("LEAN_EMAIL_RETURN"),
    ],
    needs_marker: true,
    family: &["LEAN_EMAIL_"],
    case_sensitive: true,
    port: Some(587),
    switch: Some(SWITCH),
    fixes: ENV_FIXES,
    sender_hint: "LEAN_EMAIL_RETURN (default no-reply@ your Leantime host)",
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

const PHP_KEYS: &[Key] = &[
    kr("$smtpHosts|smtpHosts", Host, Read::HostList),
    k("$smtpPort|smtpPort", Port),
    k("$smtpUsername|smtpUsername", Username),
    k("$smtpPassword|smtpPassword", Password),
    k("$smtpSecure|smtpSecure", Encryption),
    k("$smtpAutoTLS|smtpAutoTLS", StartTls),
    k("$smtpAuth|smtpAuth", Auth),
    k("$smtpSSLNoverify|smtpSSLNoverify", SkipVerify),
    k("$useSMTP|useSMTP", Enabled),
    k("$email|email", From),
];

const PHP_OTHER: Words = words!["$sitename", "$appUrl", "$language", "$defaultTimezone"];

const PHP_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "public $smtpPort = '{port}';"),
    fix_text(W::Host, &[], "public $smtpHosts = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "public $smtpSecure = 'tls'; (lower case) with public $smtpPort = '587';",
    ),
    fix_text(W::VerifyOn, &[], "public $smtpSSLNoverify = false;"),
    fix_text(
        W::AuthOn,
        &[],
        "public $smtpAuth = true; with $smtpUsername and $smtpPassword",
    ),
    fix_text(W::TlsModern, &[], "a current Leantime release"),
    fix_text(W::Username, &[], "public $smtpUsername = '{value}';"),
    fix_text(W::Password, &[], "public $smtpPassword = '{value}';"),
    fix_text(W::From, &[], "public $email = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Leantime has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LEANTIME_PHP: Profile = Profile {
    id: "leantime",
    name: "Leantime configuration.php",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/Leantime/leantime/blob/v2.4.8/config/configuration.sample.php https://github.com/Leantime/leantime/blob/master/app/Core/Mailer.php",
    syntaxes: syn::PHP,
    keys: PHP_KEYS,
    // `$smtpHosts` (plural) and `$useSMTP` are Leantime's own.
    markers: &[mark("$smtpHosts|smtpHosts"), mark("$useSMTP|useSMTP")],
    needs_marker: true,
    family: &["$smtp"],
    other_keys: PHP_OTHER,
    case_sensitive: true,
    port: Some(587),
    switch: Some(Switch {
        missing: Some("PHP's mail() function ($useSMTP defaults to false)"),
        name: "$useSMTP",
        ..SWITCH
    }),
    fixes: PHP_FIXES,
    sender_hint: "public $email in configuration.php (default no-reply@ your Leantime host)",
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "LEAN_APP_URL = 'https://pm.acme.io'\nLEAN_EMAIL_RETURN = 'pm@acme.io'\nLEAN_EMAIL_USE_SMTP = true\nLEAN_EMAIL_SMTP_HOSTS = 'smtp.postmarkapp.com'\nLEAN_EMAIL_SMTP_AUTH = true\nLEAN_EMAIL_SMTP_USERNAME = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nLEAN_EMAIL_SMTP_PASSWORD = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nLEAN_EMAIL_SMTP_AUTO_TLS = true\nLEAN_EMAIL_SMTP_SECURE = 'tls'\nLEAN_EMAIL_SMTP_SSLNOVERIFY = false\nLEAN_EMAIL_SMTP_PORT = '587'\n";

    #[test]
    fn env_reads_hosts_and_the_phpmailer_words() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "leantime-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pm@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("'tls'", "'ssl'").replace("'587'", "'465'"));
        assert_eq!(s["security"], "implicit");
        // PHPMailer compares case-sensitively: 'SSL' is no word to it.
        let (_, s, ids) = first(&ENV.replace("'tls'", "'SSL'").replace("'587'", "'465'"));
        assert_eq!(s["security"], "starttls");
        assert!(!ids.is_empty());
        // Neither word nor automatic STARTTLS: clear text.
        let (_, s, ids) = first(
            &ENV.replace("'tls'", "''")
                .replace("AUTO_TLS = true", "AUTO_TLS = false"),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_switch_auth_and_verification() {
        let (_, _, ids) = first(&ENV.replace("USE_SMTP = true", "USE_SMTP = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("LEAN_EMAIL_USE_SMTP = true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("SMTP_AUTH = true", "SMTP_AUTH = false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("SSLNOVERIFY = false", "SSLNOVERIFY = true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        // No port: Leantime's 587.
        let (_, s, _) = first(&ENV.replace("LEAN_EMAIL_SMTP_PORT = '587'\n", ""));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn legacy_configuration_php() {
        let php = "<?php\nnamespace leantime\\core;\nclass Config\n{\n    public $sitename = 'Leantime';\n    public $email = 'pm@acme.io';\n    public $useSMTP = true;\n    public $smtpHosts = 'smtp.postmarkapp.com';\n    public $smtpAuth = true;\n    public $smtpUsername = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    public $smtpPassword = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    public $smtpAutoTLS = true;\n    public $smtpSecure = 'tls';\n    public $smtpSSLNoverify = false;\n    public $smtpPort = '587';\n}\n";
        let (client, s, ids) = first(php);
        assert_eq!(client, "leantime");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pm@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, _, ids) = first(&php.replace("$useSMTP = true", "$useSMTP = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
