//! Chamilo LMS 1.x: `app/config/mail.conf.php` (from
//! `mail.conf.dist.php`; `main/inc/conf/mail.conf.php` in 1.9),
//! `$platform_email['SMTP_HOST'] = '…';`, handed to PHPMailer.
//!
//! Meaning (`app/config/mail.conf.dist.php`; `main/inc/lib/api.lib.php`
//! `api_mail_html`, 1.11.x; Chamilo 2's migration
//! `Version20230913162700` that turns this file into `MAILER_DSN`):
//!
//! * `SMTP_MAILER` is PHPMailer's `Mailer`: `mail` (the dist file's
//!   value: PHP's `mail()`), `sendmail`, or `smtp`.
//! * `SMTP_HOST` (dist `localhost`), `SMTP_PORT` (dist 25).
//! * `SMTP_AUTH` (0/1) turns PHPMailer's `SMTPAuth` on with `SMTP_USER` /
//!   `SMTP_PASS`; off, no login is made.
//! * `SMTP_SECURE` (`ssl` TLS from the first byte, `tls` STARTTLS
//!   required) is applied only when `SMTP_AUTH` is on (the dist file says
//!   so); otherwise, or when empty, PHPMailer's automatic STARTTLS when the
//!   server offers it.
//! * `SMTPOptions` (`['ssl' => ['verify_peer' => false, …]]`) is handed to
//!   PHPMailer: certificate checks off.
//! * `SMTP_FROM_EMAIL` is the From of platform mail (the dist file falls
//!   back to the administrator's address).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Switch,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("$platform_email.SMTP_MAILER", Transport),
    kr("$platform_email.SMTP_HOST", Host, Read::HostList),
    k("$platform_email.SMTP_PORT", Port),
    k("$platform_email.SMTP_AUTH", Auth),
    k("$platform_email.SMTP_USER", Username),
    k("$platform_email.SMTP_PASS", Password),
    k("$platform_email.SMTP_SECURE", Encryption),
    k("$platform_email.SMTPOptions.ssl.verify_peer", VerifyPeer),
    k("$platform_email.SMTP_FROM_EMAIL", From),
];

/// PHP truthiness of `SMTP_AUTH` (`1`, `true`, `'1'`; `0`, `false`, `''`).
fn auth_on(cfg: &Config) -> bool {
    cfg.literal(Auth).is_some_and(|t| {
        let t = t.trim().trim_matches(['\'', '"']);
        !(t.is_empty()
            || t == "0"
            || t.eq_ignore_ascii_case("false")
            || t.eq_ignore_ascii_case("null"))
    })
}

/// `SMTP_SECURE` counts only with `SMTP_AUTH` on; PHPMailer's automatic
/// STARTTLS otherwise.
fn tls_of(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let secure = cfg.get(Encryption).filter(|_| auth_on(cfg));
    if secure.is_some_and(|f| f.value.is_reference()) {
        return tls;
    }
    match secure.map(|f| (f, f.value.text.trim())) {
        Some((f, "ssl")) => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        Some((f, "tls")) => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        // PHPMailer's SMTPAutoTLS: STARTTLS when the server offers it.
        _ => tls.mode = Some(Security::StartTls),
    }
    tls
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$platform_email['SMTP_PORT'] = {port};"),
    fix_text(W::Host, &[], "$platform_email['SMTP_HOST'] = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "$platform_email['SMTP_SECURE'] = 'tls'; with $platform_email['SMTP_AUTH'] = 1; and SMTP_PORT 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the verify_peer/verify_peer_name overrides from $platform_email['SMTPOptions']",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$platform_email['SMTP_AUTH'] = 1; with SMTP_USER and SMTP_PASS",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "$platform_email['SMTP_USER'] = '{value}';"),
    fix_text(W::Password, &[], "$platform_email['SMTP_PASS'] = '{value}';"),
    fix_text(W::From, &[], "$platform_email['SMTP_FROM_EMAIL'] = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Chamilo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MARKERS: &[Marker] = &[
    mark("$platform_email.SMTP_MAILER"),
    mark("$platform_email.SMTP_HOST"),
    mark("$platform_email.SMTP_AUTH"),
    mark("$platform_email.SMTP_SECURE"),
    mark("$platform_email.SMTP_UNIQUE_SENDER"),
];

pub static CHAMILO: Profile = Profile {
    id: "chamilo",
    name: "Chamilo mail.conf.php ($platform_email)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/chamilo/chamilo-lms/blob/1.11.x/app/config/mail.conf.dist.php https://github.com/chamilo/chamilo-lms/blob/1.11.x/main/inc/lib/api.lib.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: words![
        "SMTP_FROM_NAME",
        "SMTP_CHARSET",
        "SMTP_UNIQUE_SENDER",
        "SMTP_UNIQUE_REPLY_TO",
        "SMTP_DEBUG",
        "DKIM",
        "DKIM_SELECTOR",
        "DKIM_DOMAIN",
        "DKIM_PRIVATE_KEY_STRING",
        "DKIM_PRIVATE_KEY",
        "DKIM_PASSPHRASE",
        "EXCLUDE_JSON",
        "SMTPOptions",
    ],
    leftovers: pairs![
        ("SMTP_USERNAME", "SMTP_USER"),
        ("SMTP_PASSWORD", "SMTP_PASS"),
        ("SMTP_ENCRYPTION", "SMTP_SECURE"),
        ("SMTP_SSL", "SMTP_SECURE"),
        ("SMTP_FROM", "SMTP_FROM_EMAIL"),
    ],
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail", "qmail"],
        missing: Some("PHP's mail() (PHPMailer's default Mailer)"),
        off: None,
        name: "$platform_email['SMTP_MAILER'] = 'smtp'",
    }),
    auth_switch: Some("$platform_email['SMTP_AUTH'] = 1"),
    fixes: FIXES,
    sender_hint: "$platform_email['SMTP_FROM_EMAIL'] (mail.conf.php; the dist file falls back to the administrator's address)",
    hooks: Hooks {
        tls: Some(tls_of),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n$platform_email['SMTP_FROM_EMAIL'] = 'campus@acme.io';\n$platform_email['SMTP_FROM_NAME'] = 'Campus';\n$platform_email['SMTP_HOST'] = 'smtp.postmarkapp.com';\n$platform_email['SMTP_PORT'] = 587;\n$platform_email['SMTP_MAILER'] = 'smtp';\n$platform_email['SMTP_AUTH'] = 1;\n$platform_email['SMTP_USER'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$platform_email['SMTP_PASS'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$platform_email['SMTP_CHARSET'] = 'UTF-8';\n$platform_email['SMTP_SECURE'] = 'tls';\n";

    #[test]
    fn mail_conf() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "chamilo");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "campus@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn secure_counts_only_with_auth() {
        let (_, s, ids) = first(&PHP.replace("['SMTP_SECURE'] = 'tls'", "['SMTP_SECURE'] = 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // SMTP_AUTH 0: no login, and `ssl` is not applied (PHPMailer's
        // automatic STARTTLS instead).
        let no_auth = PHP
            .replace("['SMTP_SECURE'] = 'tls'", "['SMTP_SECURE'] = 'ssl'")
            .replace("['SMTP_AUTH'] = 1", "['SMTP_AUTH'] = 0");
        let (_, s, ids) = first(&no_auth);
        assert_eq!(s["security"], "starttls");
        assert!(
            has(&ids, "auth/disabled") || has(&ids, "auth/not-configured"),
            "{ids:?}"
        );
    }

    #[test]
    fn the_mailer_switch() {
        let (_, _, ids) =
            first(&PHP.replace("['SMTP_MAILER'] = 'smtp'", "['SMTP_MAILER'] = 'mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
