//! phpList 3: the SMTP settings of `config/config.php` (PHP constants and
//! globals), sent through phpList's PHPMailer subclass.
//!
//! Meaning (`public_html/lists/admin/class.phplistmailer.php`
//! `__construct`, `config/config.php` and `config_extended.php`; phpList
//! manual "Setting up your SMTP server"):
//!
//! * `PHPMAILERHOST` defined and non-empty selects SMTP (empty, it reads
//!   here as the mail switch, off) (PHPMailer's
//!   `Host`, so `host:port` and `;`-separated hosts work); otherwise Amazon
//!   SES (`USE_AMAZONSES`), a local spool, or PHP's `mail()`.
//! * `PHPMAILERPORT` (PHPMailer's default 25).
//! * `$phpmailer_smtpuser` and `$phpmailer_smtppassword`: a login only when
//!   both are non-empty.
//! * `PHPMAILER_SECURE`: `ssl` is TLS from the first byte, `tls` requires
//!   STARTTLS, `auto` (or not defined at all) keeps PHPMailer's automatic
//!   STARTTLS when the server offers it; defined but false (`false`, `''`,
//!   `0`) switches `SMTPAutoTLS` off: clear text (phpList bug #18115, for
//!   self-signed relays).
//! * `$phpmailer_smtpoptions` is handed to PHPMailer's `SMTPOptions`
//!   (`['ssl' => ['verify_peer' => false]]` turns certificate checks off).
//! * `define('TEST', 1)` sends nothing at all (the sample config's guard;
//!   read, not judged: the mail switch here is the host).
//! * The From of a campaign is set per message in the admin pages;
//!   `$message_envelope` is the bounce (envelope) address.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, shared, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Sec,
    Switch, TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("PHPMAILERHOST", Host, Read::HostList),
    k("PHPMAILERPORT", Port),
    k("$phpmailer_smtpuser", Username),
    k("$phpmailer_smtppassword", Password),
    k("PHPMAILER_SECURE", Encryption),
    k("$phpmailer_smtpoptions.ssl.verify_peer", VerifyPeer),
];

/// `PHPMAILER_SECURE` as `class.phplistmailer.php` hands it to PHPMailer.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("auto", Sec::Auto),
        ("false", Sec::Plain),
        ("0", Sec::Plain),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: crate::extract::profile::Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "define('PHPMAILERPORT', {port});"),
    fix_text(W::Host, &[], "define('PHPMAILERHOST', '{value}');"),
    fix_text(
        W::StartTls,
        &[],
        "define('PHPMAILER_SECURE', 'tls'); (with PHPMAILERPORT 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the verify_peer/verify_peer_name overrides from $phpmailer_smtpoptions",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$phpmailer_smtpuser and $phpmailer_smtppassword (phpList logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "$phpmailer_smtpuser = '{value}';"),
    fix_text(W::Password, &[], "$phpmailer_smtppassword = '{value}';"),
    fix_text(
        W::From,
        &[],
        "the campaign's From line (Send a campaign → Content), at a verified domain",
    ),
    fix_text(
        W::Stream,
        &[],
        "phpList has no stream setting: use a Server whose default stream is `{value}` (newsletters belong on a Broadcast stream)",
    ),
];

const MARKERS: &[Marker] = &[
    mark("PHPMAILERHOST"),
    mark("PHPMAILERPORT"),
    mark("$phpmailer_smtpuser"),
    mark("$phpmailer_smtppassword"),
    shared(mark("PHPMAILER_SECURE")),
    mark("$message_envelope"),
    mark("$bounce_mailbox_host"),
];

pub static PHPLIST: Profile = Profile {
    id: "phplist",
    name: "phpList 3 config.php",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.phplist.org/manual/books/phplist-manual/page/setting-up-your-smtp-server https://github.com/phpList/phplist3/blob/main/public_html/lists/admin/class.phplistmailer.php https://github.com/phpList/phplist3/blob/main/public_html/lists/config/config_extended.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["PHPMAILER"],
    other_keys: words![
        "PHPMAILER_SMTP_DEBUG",
        "PHPMAILERBLASTHOST",
        "PHPMAILERBLASTPORT",
        "PHPMAILERTESTHOST",
        "PHPMAILER_SMTP_KEEPALIVE",
        "USE_AMAZONSES",
        "TEST",
        "$message_envelope",
    ],
    leftovers: pairs![
        ("PHPMAILER_HOST", "PHPMAILERHOST"),
        ("PHPMAILER_PORT", "PHPMAILERPORT"),
        ("PHPMAILERSECURE", "PHPMAILER_SECURE"),
        ("$phpmailer_smtppass", "$phpmailer_smtppassword"),
        ("$phpmailer_user", "$phpmailer_smtpuser"),
        ("PHPMAILERAUTH", "$phpmailer_smtpuser and $phpmailer_smtppassword"),
    ],
    first_wins: true,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        off: Some("PHP's mail() function"),
        ..Switch::plain("a non-empty PHPMAILERHOST")
    }),
    fixes: FIXES,
    sender_hint: "the campaign's From line (set per message in phpList's admin pages)",
    hooks: Hooks {
        finish: Some(empty_host_is_mail),
        ..Hooks::NONE
    },
    ..BASE
};

/// An empty `PHPMAILERHOST` is phpList's switch to PHP's `mail()`: the
/// setting reads as the mail switch too, off.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn empty_host_is_mail(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let off = c
            .get(Host)
            .filter(|f| f.value.literal().is_some_and(|t| t.trim().is_empty()))
            .cloned();
        if let Some(mut f) = off {
            f.role = Enabled;
            c.fields.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n$database_host = 'localhost';\n$database_name = 'phplistdb';\n\ndefine('PHPMAILERHOST', 'smtp.postmarkapp.com');\ndefine('PHPMAILERPORT', 587);\ndefine('PHPMAILER_SECURE', 'tls');\n$phpmailer_smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$phpmailer_smtppassword = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n\ndefine('TEST', 0);\n";

    #[test]
    fn config_php() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "phplist");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn secure_words() {
        let (_, s, ids) =
            first(&PHP.replace("'PHPMAILER_SECURE', 'tls'", "'PHPMAILER_SECURE', 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // Defined false: SMTPAutoTLS off, clear text.
        let (_, s, ids) =
            first(&PHP.replace("'PHPMAILER_SECURE', 'tls'", "'PHPMAILER_SECURE', false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Not defined: PHPMailer's automatic STARTTLS.
        let (_, s, _) = first(&PHP.replace("define('PHPMAILER_SECURE', 'tls');\n", ""));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn empty_host_is_php_mail_and_login_needs_both() {
        let (_, _, ids) = first(&PHP.replace(
            "'PHPMAILERHOST', 'smtp.postmarkapp.com'",
            "'PHPMAILERHOST', ''",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(
            &PHP.replace(
                "$phpmailer_smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n",
                "",
            )
            .replace(
                "$phpmailer_smtppassword = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n",
                "",
            ),
        );
        assert!(has(&ids, "auth/missing-username"), "{ids:?}");
    }
}
