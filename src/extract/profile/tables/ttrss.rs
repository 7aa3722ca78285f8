//! Tiny Tiny RSS: the `mailer_smtp` plugin's `TTRSS_SMTP_*` settings, given
//! as environment variables (`.env`, compose) or as `putenv('NAME=value')`
//! lines in `config.php`. Without the plugin tt-rss sends with PHP's
//! `mail()`.
//!
//! Meaning (the plugin's `init.php` and README,
//! gitlab.tt-rss.org/tt-rss/plugins/ttrss-mailer-smtp; the settings in
//! tt-rss's `classes/Config.php`):
//!
//! * `TTRSS_SMTP_SERVER` is `hostname:port` by design ("Send outgoing mail
//!   via this server (hostname:port)"): the plugin splits it at the first
//!   `:`; a missing or zero port is 25. Empty, the plugin does nothing.
//! * `TTRSS_SMTP_SECURE` is PHPMailer's `SMTPSecure`: `tls` is STARTTLS
//!   (PHPMailer fails when it is not offered), `ssl` TLS from the first
//!   byte. Empty (the default), the plugin sets **`SMTPAutoTLS = false`**:
//!   no TLS at all, unlike plain PHPMailer.
//! * `TTRSS_SMTP_LOGIN` switches authentication on (`SMTPAuth`) when not
//!   empty; `TTRSS_SMTP_PASSWORD` goes with it.
//! * `TTRSS_SMTP_SKIP_CERT_CHECKS=true` turns certificate checks off.
//! * `TTRSS_SMTP_FROM_ADDRESS` is the From (tt-rss's default
//!   `noreply@localhost`), `TTRSS_SMTP_FROM_NAME` its display name.
//!
//! Left out: whether `mailer_smtp` is listed in `TTRSS_PLUGINS` (a
//! plugin that is not loaded leaves mail to `mail()`).

use crate::extract::profile::{
    fix, fix_text, k, kr, pairs, set, syn, words, Fix, Key, Pairs, Profile, Read, SetVal, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("TTRSS_SMTP_SERVER", Host, Read::HostPort),
    k("TTRSS_SMTP_LOGIN", Username),
    k("TTRSS_SMTP_PASSWORD", Password),
    k("TTRSS_SMTP_SECURE", Encryption),
    k("TTRSS_SMTP_SKIP_CERT_CHECKS", SkipVerify),
    k("TTRSS_SMTP_FROM_ADDRESS", From),
];

const OTHER_KEYS: Words = words![
    "TTRSS_SMTP_FROM_NAME",
    "TTRSS_SMTP_CA_FILE",
    "TTRSS_DIGEST_SUBJECT",
    "TTRSS_PLUGINS",
];

const LEFTOVERS: Pairs = pairs![
    ("TTRSS_SMTP_HOST", "TTRSS_SMTP_SERVER"),
    ("TTRSS_SMTP_PORT", "TTRSS_SMTP_SERVER"),
    ("TTRSS_SMTP_USER", "TTRSS_SMTP_LOGIN"),
    ("TTRSS_SMTP_USERNAME", "TTRSS_SMTP_LOGIN"),
    ("TTRSS_SMTP_PASS", "TTRSS_SMTP_PASSWORD"),
    ("TTRSS_SMTP_FROM", "TTRSS_SMTP_FROM_ADDRESS"),
    ("TTRSS_SMTP_TLS", "TTRSS_SMTP_SECURE"),
    ("TTRSS_SMTP_ENCRYPTION", "TTRSS_SMTP_SECURE"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "TTRSS_SMTP_SERVER=smtp.postmarkapp.com:{port} (the port is part of the server)",
    ),
    fix_text(W::Host, &[], "TTRSS_SMTP_SERVER={value}:587"),
    fix(
        W::StartTls,
        &[set(Encryption, "TTRSS_SMTP_SECURE", SetVal::Word("tls"))],
    ),
    fix(
        W::VerifyOn,
        &[set(
            SkipVerify,
            "TTRSS_SMTP_SKIP_CERT_CHECKS",
            SetVal::Lit("false"),
        )],
    ),
    fix_text(
        W::AuthOn,
        &[],
        "TTRSS_SMTP_LOGIN and TTRSS_SMTP_PASSWORD (the plugin logs in only when the login is set)",
    ),
    fix_text(W::TlsModern, &[], "a current tt-rss and PHP/OpenSSL"),
    fix_text(W::Username, &[], "TTRSS_SMTP_LOGIN={value}"),
    fix_text(W::Password, &[], "TTRSS_SMTP_PASSWORD={value}"),
    fix(
        W::From,
        &[set(From, "TTRSS_SMTP_FROM_ADDRESS", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "tt-rss has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TTRSS: Profile = Profile {
    id: "ttrss",
    name: "Tiny Tiny RSS mailer_smtp TTRSS_SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://gitlab.tt-rss.org/tt-rss/plugins/ttrss-mailer-smtp https://tt-rss.org/wiki/GlobalConfig",
    syntaxes: syn::ENV_LIKE | syn::PHP,
    keys: KEYS,
    family: &["TTRSS_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "TTRSS_SMTP_SECURE is empty, and the mailer_smtp plugin then switches PHPMailer's automatic STARTTLS off",
        ..super::appwrite::NO_AUTO_TLS
    },
    port: Some(25),
    fixes: FIXES,
    sender_hint: "TTRSS_SMTP_FROM_ADDRESS (default noreply@localhost)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "TTRSS_PLUGINS=auth_internal,mailer_smtp\nTTRSS_SMTP_SERVER=smtp.postmarkapp.com:587\nTTRSS_SMTP_LOGIN=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nTTRSS_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nTTRSS_SMTP_SECURE=tls\nTTRSS_SMTP_FROM_ADDRESS=rss@acme.io\n";

    #[test]
    fn server_is_host_and_port() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "ttrss");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "rss@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // No port: the plugin dials 25.
        let (_, s, ids) = first(&ENV.replace(":587", ""));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(s["port"].is_null());
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
    }

    #[test]
    fn empty_secure_is_clear_text_and_ssl_is_implicit() {
        let (_, s, ids) = first(&ENV.replace("SECURE=tls", "SECURE="));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SECURE=tls", "SECURE=ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn putenv_lines_of_config_php() {
        let php = "<?php\n\tputenv('TTRSS_SMTP_SERVER=smtp.postmarkapp.com:2525');\n\tputenv('TTRSS_SMTP_LOGIN=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c');\n\tputenv('TTRSS_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c');\n\tputenv('TTRSS_SMTP_SECURE=tls');\n";
        let (client, s, ids) = first(php);
        assert_eq!(client, "ttrss");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
    }
}
