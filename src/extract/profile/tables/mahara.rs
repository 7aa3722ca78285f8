//! Mahara: the outgoing mail settings as `config.php` forces them
//! (`$cfg->smtphosts = 'smtp.example.com';`), and the official Docker
//! setup's `MAHARA_SMTP_*` environment that `htdocs/config-environment.php`
//! copies into the same settings. Mahara sends with PHPMailer 6.
//!
//! Meaning (`email_user()` in `htdocs/lib/user.php`, the settings'
//! documentation in `htdocs/lib/config-defaults.php`, both at Mahara
//! 23.10; `htdocs/config-environment.php` and `docker/.env-dist`):
//!
//! * `smtphosts` is PHPMailer's `Host`: one or more servers separated by
//!   `;`, each `host` or `host:port`. Empty (the default) sends with PHP's
//!   `mail()`, `qmail` with qmail: no SMTP setting is used then.
//! * `smtpport` is the port when it is numeric, else 25. With `smtpsecure`
//!   set and no `smtpport`, `ssl` dials 465 and `tls` 587.
//! * `smtpuser` switches the login on (with `smtppass`). `smtpsecure` is
//!   handed to PHPMailer's `SMTPSecure` **only when `smtpuser` is set**:
//!   `ssl` is TLS from the first byte, `tls` requires STARTTLS, empty (the
//!   default) leaves PHPMailer's automatic STARTTLS when the server offers
//!   it. Without a user, `smtpsecure` is ignored.
//! * `smtpverifypeer` (default true) and `smtpallowselfsigned` (default
//!   false) become PHPMailer's `SMTPOptions['ssl']`.
//! * `noreplyaddress` is the From of the mail Mahara sends itself (default
//!   `noreply@` the site's host); mail on a user's behalf is From the user.
//! * `sendemail = false` stops all mail (not read here).
//!
//! The environment sets `smtphosts`, `smtpport`, `smtpuser`, `smtppass`,
//! `smtpverifypeer` and `smtpallowselfsigned` from `MAHARA_SMTP_HOSTS`,
//! `MAHARA_SMTP_PORT`, `MAHARA_SMTP_USER`, `MAHARA_SMTP_PASS`,
//! `MAHARA_SMTP_VERIFY_PEER` and `MAHARA_SMTP_ALLOW_SELF_SIGNED`; it has no
//! variable for `smtpsecure` or `noreplyaddress` (those stay in the admin
//! page's "Email settings", kept in the database, or `config.php`).

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Pairs, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::{moodle, phpmailer};

const KEYS: &[Key] = &[
    kr("$cfg.smtphosts", Host, Read::HostList),
    k("$cfg.smtpport", Port),
    k("$cfg.smtpsecure", Encryption),
    k("$cfg.smtpuser", Username),
    k("$cfg.smtppass", Password),
    k("$cfg.smtpverifypeer", VerifyPeer),
    k("$cfg.smtpallowselfsigned", SkipVerify),
    k("$cfg.noreplyaddress", From),
];

/// `$cfg` mail settings that carry nothing we check.
const OTHER_KEYS: Words = words![
    "sendemail",
    "sendallemailto",
    "emaillog",
    "bounces_handle",
    "bounces_min",
    "bounces_ratio",
    "bounceprefix",
    "bouncedomain",
];

const LEFTOVERS: Pairs = pairs![
    ("smtphost", "smtphosts"),
    ("smtpserver", "smtphosts"),
    ("smtpusername", "smtpuser"),
    ("smtppassword", "smtppass"),
    ("smtpssl", "smtpsecure"),
    ("smtptls", "smtpsecure"),
    ("smtpencryption", "smtpsecure"),
    ("noreplyemail", "noreplyaddress"),
];

/// A non-empty `smtphosts` selects SMTP (Moodle's rule, the same code's
/// descendant); `smtpsecure` counts only with a login.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    moodle::switched(doc, configs);
    for c in configs.iter_mut() {
        if !has_login(c) {
            c.fields.retain(|f| f.role != Encryption);
        }
    }
}

/// `if (get_config('smtpuser'))`: a non-empty user (an unresolved one may
/// be set).
fn has_login(c: &Config) -> bool {
    c.get(Username).is_some_and(|u| {
        u.value.is_reference() || u.value.literal().is_some_and(|t| !t.trim().is_empty())
    })
}

/// Port 25 unless `smtpsecure` (kept only with a login) names 465 or 587.
fn default_port(c: &Config) -> Option<u16> {
    match c.get(Encryption).and_then(|f| f.value.literal()) {
        Some("ssl") => Some(465),
        Some("tls") => Some(587),
        _ => Some(25),
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$cfg->smtpport = {port};"),
    fix_text(W::Host, &[], "$cfg->smtphosts = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "$cfg->smtpsecure = 'tls'; (with $cfg->smtpport = 587; Mahara uses smtpsecure only when smtpuser is set)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "$cfg->smtpverifypeer = true; and $cfg->smtpallowselfsigned = false;",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$cfg->smtpuser and $cfg->smtppass (Mahara logs in when smtpuser is set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "$cfg->smtpuser = '{value}';"),
    fix_text(W::Password, &[], "$cfg->smtppass = '{value}';"),
    fix_text(W::From, &[], "$cfg->noreplyaddress = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Mahara has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// Both forms' reading of the selection: a host is SMTP.
const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words![],
    local: words!["qmail"],
    missing: Some("PHP's mail() function (the server's sendmail)"),
    off: None,
    name: "$cfg->smtphosts",
};

pub static MAHARA: Profile = Profile {
    id: "mahara",
    name: "Mahara config.php ($cfg->smtphosts)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/MaharaProject/mahara/blob/main/htdocs/lib/config-defaults.php https://github.com/MaharaProject/mahara/blob/main/htdocs/lib/user.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[
        mark("$cfg.smtphosts"),
        mark("$cfg.smtpsecure"),
        mark("$cfg.smtpuser"),
        mark("$cfg.noreplyaddress"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "$cfg->noreplyaddress (default noreply@ your Mahara's host)",
    constants: phpmailer::CONSTANTS,
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    kr("MAHARA_SMTP_HOSTS", Host, Read::HostList),
    k("MAHARA_SMTP_PORT", Port),
    k("MAHARA_SMTP_USER", Username),
    k("MAHARA_SMTP_PASS", Password),
    k("MAHARA_SMTP_VERIFY_PEER", VerifyPeer),
    k("MAHARA_SMTP_ALLOW_SELF_SIGNED", SkipVerify),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "MAHARA_SMTP_PORT={port}"),
    fix_text(W::Host, &[], "MAHARA_SMTP_HOSTS={value}"),
    fix_text(
        W::StartTls,
        &[],
        "MAHARA_SMTP_PORT=587 (PHPMailer starts TLS when the server offers it; $cfg->smtpsecure = 'tls'; in config.php requires it)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "MAHARA_SMTP_VERIFY_PEER=true and MAHARA_SMTP_ALLOW_SELF_SIGNED=false",
    ),
    fix_text(W::AuthOn, &[], "MAHARA_SMTP_USER and MAHARA_SMTP_PASS"),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "MAHARA_SMTP_USER={value}"),
    fix_text(W::Password, &[], "MAHARA_SMTP_PASS={value}"),
    fix_text(
        W::From,
        &[],
        "$cfg->noreplyaddress = '{value}'; in config.php (or the admin page's System mail address; there is no variable for it)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Mahara has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MAHARA_ENV: Profile = Profile {
    id: "mahara-env",
    name: "Mahara Docker MAHARA_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/MaharaProject/mahara/blob/main/htdocs/config-environment.php https://github.com/MaharaProject/mahara/blob/main/docker/.env-dist https://github.com/MaharaProject/mahara/blob/main/htdocs/lib/user.php",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[
        mark("MAHARA_SMTP_HOSTS"),
        mark("MAHARA_SMTP_USER"),
        mark("MAHARA_SMTP_PASS"),
        mark("MAHARA_SMTP_PORT"),
    ],
    needs_marker: true,
    family: &["MAHARA_SMTP_"],
    port: Some(25),
    switch: Some(Switch {
        name: "MAHARA_SMTP_HOSTS",
        ..SWITCH
    }),
    fixes: ENV_FIXES,
    sender_hint: "$cfg->noreplyaddress in config.php (no variable sets it)",
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        finish: Some(moodle::switched),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "<?php\n$cfg = new stdClass();\n$cfg->dbtype = 'postgres';\n$cfg->wwwroot = 'https://folio.acme.io/';\n$cfg->smtphosts = 'smtp.postmarkapp.com';\n$cfg->smtpport = 587;\n$cfg->smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$cfg->smtppass = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$cfg->smtpsecure = 'tls';\n$cfg->noreplyaddress = 'folio@acme.io';\n";

    #[test]
    fn config_php() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "mahara");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "folio@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtpsecure_words_and_default_ports() {
        let (_, s, ids) = first(&CFG.replace("'tls'", "'ssl'").replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // No port: `tls` dials 587 (only a note), `ssl` 465.
        let no_port = CFG.replace("$cfg->smtpport = 587;\n", "");
        let (_, _, ids) = first(&no_port);
        assert_eq!(ids, ["port/missing"]);
        let (_, _, ids) = first(&no_port.replace("'tls'", "'ssl'"));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // Neither: 25.
        let r = crate::lint(&no_port.replace("'tls'", "''"), &crate::Options::default());
        let missing = r.findings.iter().find(|f| f.id == "port/missing");
        assert!(format!("{missing:?}").contains("port 25"), "{missing:?}");
        // Empty: PHPMailer's automatic STARTTLS.
        let (_, s, _) = first(&CFG.replace("'tls'", "''"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn smtpsecure_needs_a_login() {
        let anon = CFG.replace("'tls'", "'ssl'").replace(
            "$cfg->smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n",
            "",
        );
        let (_, s, ids) = first(&anon);
        // `ssl` is not handed to PHPMailer without smtpuser.
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn empty_hosts_is_php_mail() {
        let (_, _, ids) = first(&CFG.replace("'smtp.postmarkapp.com'", "''"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn moodle_is_not_mahara() {
        let moodle = CFG
            .replace("$cfg", "$CFG")
            .replace("$CFG->smtpport = 587;\n", "")
            .replace("'smtp.postmarkapp.com'", "'smtp.postmarkapp.com:587'");
        let (client, _, _) = first(&moodle);
        assert_eq!(client, "moodle");
    }

    #[test]
    fn docker_environment() {
        let env = "MAHARA_DB_TYPE=postgres\nMAHARA_SMTP_HOSTS=smtp.postmarkapp.com\nMAHARA_SMTP_PORT=587\nMAHARA_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAHARA_SMTP_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "mahara-env");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "from/missing"), "{ids:?}");
        let (_, _, ids) = first(&env.replace("MAHARA_SMTP_PORT=587", "MAHARA_SMTP_PORT=465"));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }
}
