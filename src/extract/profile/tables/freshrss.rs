//! FreshRSS: the `mailer` and `smtp` settings of `data/config.php`
//! (`'mailer' => 'smtp', 'smtp' => array('host' => …, 'secure' => 'tls')`).
//! FreshRSS sends with PHPMailer.
//!
//! Meaning (`config.default.php` and `lib/Minz/Mailer.php`):
//!
//! * `mailer` is the mail switch, compared exactly with `smtp`; `mail`
//!   (the default) and anything else is PHP's `mail()`.
//! * The `smtp` entries map one to one onto PHPMailer's properties:
//!   `host` → `Host` (default `localhost`; `;`-separated hosts with
//!   optional `ssl://`/`tls://` prefix and `:port`), `port` → `Port`
//!   (default 25), `secure` → `SMTPSecure` (`''` default, `ssl`, `tls`:
//!   PHPMailer's reading, so `''` still starts TLS when the server offers
//!   STARTTLS), `auth` → `SMTPAuth` (default false: the username and
//!   password are not sent without it), `auth_type` → `AuthType`.
//! * `hostname` is PHPMailer's `Hostname` (the Message-ID / HELO domain),
//!   not the server.
//! * `from` is the From (default `root@localhost`).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::phpmailer;

const KEYS: &[Key] = &[
    kr("smtp.**.host", Host, Read::HostList),
    k("smtp.**.port", Port),
    k("smtp.**.username", Username),
    k("smtp.**.password", Password),
    k("smtp.**.secure", Encryption),
    k("smtp.**.auth", Auth),
    k("smtp.**.auth_type", AuthMethod),
    k("smtp.**.from", From),
    k("mailer", Transport),
];

/// `smtp.hostname` (PHPMailer's `Hostname`) and FreshRSS's own settings.
/// (`smtp.**.`: FreshRSS writes the file with `var_export`, `array (` on
/// the line after the key, which reads as a call segment.)
const MARKERS: &[Marker] = &[
    mark("smtp.**.hostname"),
    mark("smtp.**.auth_type"),
    mark("default_user"),
    mark("extensions_enabled"),
];

const OTHER_KEYS: Words = words!["hostname"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'port' => {port}, in 'smtp'"),
    fix_text(W::Host, &[], "'host' => '{value}', in 'smtp'"),
    fix_text(
        W::StartTls,
        &[],
        "'secure' => 'tls', with 'port' => 587 in 'smtp'",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'auth' => true, with 'username' and 'password' in 'smtp'",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'username' => '{value}',"),
    fix_text(W::Password, &[], "'password' => '{value}',"),
    fix_text(W::From, &[], "'from' => '{value}', in 'smtp'"),
    fix_text(
        W::Stream,
        &[],
        "FreshRSS has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FRESHRSS: Profile = Profile {
    id: "freshrss",
    name: "FreshRSS data/config.php smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/FreshRSS/FreshRSS/blob/edge/config.default.php https://github.com/FreshRSS/FreshRSS/blob/edge/lib/Minz/Mailer.php https://freshrss.github.io/FreshRSS/en/admins/05_Configuring_email_validation.html",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail"],
        missing: Some("PHP's mail() function ('mailer' defaults to 'mail')"),
        off: None,
        name: "'mailer'",
    }),
    auth_switch: Some("'auth' => true in 'smtp'"),
    fixes: FIXES,
    sender_hint: "'from' in the 'smtp' array of data/config.php (default root@localhost)",
    constants: phpmailer::CONSTANTS,
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\nreturn array (\n  'environment' => 'production',\n  'default_user' => 'admin',\n  'mailer' => 'smtp',\n  'smtp' => array (\n    'hostname' => 'rss.acme.io',\n    'host' => 'smtp.postmarkapp.com',\n    'auth' => true,\n    'auth_type' => '',\n    'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'secure' => 'tls',\n    'port' => 587,\n    'from' => 'rss@acme.io',\n  ),\n);\n";

    #[test]
    fn smtp_array_is_phpmailer() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "freshrss");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "rss@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // PHPMailer's automatic STARTTLS with an empty `secure`.
        let (_, s, _) = first(&CONF.replace("'tls'", "''"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn as_freshrss_writes_the_file() {
        let (client, s, ids) = first(
            &CONF
                .replace("'smtp' => array (", "'smtp' => \n  array (")
                .replace("'environment' => 'production',\n", "'environment' => 'production',\n  'db' => \n  array (\n    'host' => 'db',\n    'user' => 'rss',\n  ),\n"),
        );
        assert_eq!(client, "freshrss");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn mail_is_the_default_and_auth_is_a_switch() {
        let (_, _, ids) = first(&CONF.replace("'mailer' => 'smtp'", "'mailer' => 'mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("'auth' => true", "'auth' => false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }
}
