//! Observium: the `$config['email'][…]` settings of its `config.php`,
//! handed to PEAR Mail's `smtp` backend (Net_SMTP).
//!
//! Meaning (Observium CE `includes/defaults.inc.php`,
//! `includes/alerting/email.inc.php`, `includes/config-variables.inc.php`,
//! and the bundled `libs/pear/Mail/Mail/smtp.php` / `libs/pear/Net/SMTP.php`):
//!
//! * `backend`: `mail` (the default: PHP's `mail()`, none of the SMTP
//!   settings used), `sendmail`, `smtp`, or `mx`/`smtpmx` (direct to the
//!   recipient's MX). `enable` (default TRUE) turns email off altogether.
//! * `smtp_host` (default `localhost`), `smtp_port` (default 25).
//! * `smtp_secure` (default NULL; the web UI offers none, `tls`, `ssl`):
//!   only `=== 'ssl'` is read, and turns the host into `ssl://host`, TLS
//!   from the first byte (port 25 is then swapped for 465). `tls` is not
//!   read at all.
//! * `smtp_auth` (default FALSE) is PEAR Mail's `auth`: only then does it
//!   log in, and Net_SMTP's `auth()` first sends STARTTLS when the server
//!   offers it. Without it the session stays in clear (no `starttls`
//!   option is passed).
//! * `smtp_username`, `smtp_password`; `from` is the From (default
//!   `Observium <observium@hostname>`).
//! * LibreNMS's flat `$config['email_smtp_host']` names are its own table
//!   (`librenms`).

use crate::extract::profile::{
    fix_text, k, mark, syn, tls, words, Fix, Hooks, Key, Marker, Profile, Switch, WriteKind as W,
    BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("email.backend", Transport),
    k("email.enable", Enabled),
    k("email.from", From),
    k("email.smtp_host", Host),
    k("email.smtp_port", Port),
    k("email.smtp_secure", Encryption),
    k("email.smtp_auth", Auth),
    k("email.smtp_username", Username),
    k("email.smtp_password", Password),
];

/// `$config['email']['smtp_host']` is any PHP app's: Observium's own
/// alerter names beside it.
const MARKERS: &[Marker] = &[
    mark("email.default_only"),
    mark("email.default_syscontact"),
    mark("email.graphs"),
    mark("email.smtp_timeout"),
    mark("email.sendmail_path"),
];

/// Only `ssl` dials TLS; otherwise STARTTLS happens inside the login, so
/// only with `smtp_auth` on.
fn observium_tls(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    if let Some(f) = cfg.get(Encryption) {
        if f.value.is_reference() {
            return Tls::default();
        }
        if f.value.text == "ssl" {
            return Tls::chosen(Security::Implicit, Evidence::of(f));
        }
    }
    match cfg.get(Auth) {
        Some(f) if f.value.is_reference() => Tls::default(),
        Some(f) if tls::truth(p, f) == Some(true) => {
            Tls::chosen(Security::StartTls, Evidence::of(f))
        }
        _ => Tls::chosen(
            Security::None,
            Evidence::absent(
                "smtp_auth off (Observium's default FALSE): PEAR Mail sends STARTTLS only while logging in",
            ),
        ),
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$config['email']['smtp_port'] = {port};"),
    fix_text(W::Host, &[], "$config['email']['smtp_host'] = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "$config['email']['smtp_secure'] = NULL; with $config['email']['smtp_auth'] = TRUE; (STARTTLS comes with the login)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (PHP's OpenSSL defaults)",
    ),
    fix_text(W::AuthOn, &[], "$config['email']['smtp_auth'] = TRUE;"),
    fix_text(W::TlsModern, &[], "a current PHP and OpenSSL (TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "$config['email']['smtp_username'] = '{value}';",
    ),
    fix_text(
        W::Password,
        &[],
        "$config['email']['smtp_password'] = '{value}';",
    ),
    fix_text(W::From, &[], "$config['email']['from'] = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Observium has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OBSERVIUM: Profile = Profile {
    id: "observium",
    name: "Observium config.php $config['email']",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.observium.org/alerting_transports/#email https://github.com/DanielleHuisman/observium-community-edition/blob/main/includes/alerting/email.inc.php https://github.com/DanielleHuisman/observium-community-edition/blob/main/includes/defaults.inc.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "default",
        "default_only",
        "default_syscontact",
        "graphs",
        "sendmail_path",
        "smtp_timeout"
    ],
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail"],
        missing: Some("PHP's mail() (Observium's default email backend is `mail`)"),
        off: None,
        name: "$config['email']['backend']",
    }),
    auth_switch: Some("$config['email']['smtp_auth'] = TRUE;"),
    fixes: FIXES,
    sender_hint: "$config['email']['from'] (else Observium sends as `Observium <observium@hostname>`)",
    hooks: Hooks {
        tls: Some(observium_tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n$config['email']['default_only'] = FALSE;\n$config['email']['graphs'] = TRUE;\n$config['email']['from'] = 'Observium <hello@acme-widgets.io>';\n$config['email']['backend'] = 'smtp';\n$config['email']['smtp_host'] = 'smtp.postmarkapp.com';\n$config['email']['smtp_port'] = 587;\n$config['email']['smtp_timeout'] = 10;\n$config['email']['smtp_secure'] = 'tls';\n$config['email']['smtp_auth'] = TRUE;\n$config['email']['smtp_username'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['email']['smtp_password'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n";

    #[test]
    fn starttls_comes_with_the_login() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "observium");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("['smtp_auth'] = TRUE", "['smtp_auth'] = FALSE"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn only_ssl_dials_tls() {
        let (_, s, ids) = first(&PHP.replace("'tls';", "'ssl';"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_backend_defaults_to_php_mail() {
        let (_, _, ids) = first(&PHP.replace("$config['email']['backend'] = 'smtp';\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
