//! Moodle: the outgoing mail settings as `config.php` forces them
//! (`$CFG->smtphosts = 'smtp.example.com:587';`), the same names as the
//! admin page "Outgoing mail configuration"; Moodle sends with PHPMailer.
//!
//! Meaning (docs.moodle.org "Mail configuration", the admin settings in
//! `admin/settings/server.php`, `get_mailer()` in `lib/moodlelib.php` and
//! `lib/phpmailer/moodle_phpmailer.php`):
//!
//! * `smtphosts` is PHPMailer's `Host`: one or more servers separated by
//!   `;`, each `host` or `host:port` (port 25 when none is given); the
//!   first one is tried first. Empty (the default) sends with PHP's
//!   `mail()` and `qmail` with qmail: none of the SMTP settings are used.
//! * `smtpsecure` is PHPMailer's `SMTPSecure`, compared exactly: `ssl` is
//!   TLS from the first byte, `tls` requires STARTTLS, empty (the default)
//!   leaves PHPMailer's automatic STARTTLS when the server offers it.
//! * `smtpuser` switches the login on (`SMTPAuth` when it is non-empty),
//!   with `smtppass`; `smtpauthtype` is the mechanism (`LOGIN` by default,
//!   `PLAIN`, `CRAM-MD5`, `NTLM`, `XOAUTH2`).
//! * `noreplyaddress` is the From of every mail Moodle sends on a user's
//!   behalf (default `noreply@` the site's host); `emailonlyfromnoreplyaddress`
//!   makes it the From of all mail.
//!
//! PHP constants and the PHPMailer reading are shared with
//! [`super::phpmailer`].

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Pairs, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::phpmailer;

const KEYS: &[Key] = &[
    kr("$CFG.smtphosts", Host, Read::HostList),
    k("$CFG.smtpsecure", Encryption),
    k("$CFG.smtpuser", Username),
    k("$CFG.smtppass", Password),
    k("$CFG.smtpauthtype", AuthMethod),
    k("$CFG.noreplyaddress", From),
];

/// `$CFG` mail settings that carry nothing we check.
const OTHER_KEYS: Words = words![
    "smtpmaxbulk",
    "smtpoauthservice",
    "noemailever",
    "emailonlyfromnoreplyaddress",
    "allowedemaildomains",
    "divertallemailsto",
    "divertallemailsexcept",
    "debugsmtp",
    "mailnewline",
    "sitemailcharset",
    "allowusermailcharset",
    "emailheaders",
    "supportemail",
];

const LEFTOVERS: Pairs = pairs![
    ("smtphost", "smtphosts"),
    ("smtpserver", "smtphosts"),
    ("smtpport", "smtphosts (host:port)"),
    ("smtpusername", "smtpuser"),
    ("smtppassword", "smtppass"),
    ("smtpssl", "smtpsecure"),
    ("smtptls", "smtpsecure"),
    ("smtpencryption", "smtpsecure"),
    ("smtpauth", "smtpuser"),
    ("noreplyemail", "noreplyaddress"),
];

/// A non-empty `smtphosts` is what selects SMTP: it stands for the switch,
/// so that a paste without one gets `input/smtp-not-enabled`. An
/// unresolved `smtphosts` stands for the port as well.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn switched(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let Some(host) = c.get(Host) else { continue };
        if host.value.literal().is_some_and(|t| t.trim().is_empty()) {
            continue;
        }
        // A reference (`getenv('SMTP_HOST') . ':587'`) may carry the
        // port too: the port is as unknown as the host.
        let port = (host.value.is_reference() && c.get(Port).is_none()).then(|| {
            let mut p = host.clone();
            p.role = Port;
            p
        });
        let mut on = host.clone();
        on.role = Transport;
        on.value.text = if host.value.literal() == Some("qmail") {
            "qmail".into()
        } else {
            "smtp".into()
        };
        c.push(on);
        if let Some(p) = port {
            c.push(p);
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "$CFG->smtphosts = 'smtp.postmarkapp.com:{port}'; (the port is part of smtphosts)",
    ),
    fix_text(W::Host, &[], "$CFG->smtphosts = '{value}:587';"),
    fix_text(
        W::StartTls,
        &[],
        "$CFG->smtpsecure = 'tls'; (with port 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns verify_peer off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$CFG->smtpuser and $CFG->smtppass (Moodle logs in when smtpuser is set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "$CFG->smtpuser = '{value}';"),
    fix_text(W::Password, &[], "$CFG->smtppass = '{value}';"),
    fix_text(W::From, &[], "$CFG->noreplyaddress = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "Moodle has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MOODLE: Profile = Profile {
    id: "moodle",
    name: "Moodle config.php ($CFG->smtphosts)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.moodle.org/en/Mail_configuration https://github.com/moodle/moodle/blob/main/lib/moodlelib.php https://github.com/moodle/moodle/blob/main/admin/settings/server.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[
        mark("$CFG.smtphosts"),
        mark("$CFG.smtpsecure"),
        mark("$CFG.smtpuser"),
        mark("$CFG.noreplyaddress"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["qmail"],
        missing: Some("PHP's mail() function (the server's sendmail)"),
        off: None,
        name: "$CFG->smtphosts",
    }),
    fixes: FIXES,
    sender_hint: "$CFG->noreplyaddress (default noreply@ your Moodle's host)",
    constants: phpmailer::CONSTANTS,
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        finish: Some(switched),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CFG: &str = "<?php\n$CFG->wwwroot = 'https://lms.acme.io';\n$CFG->smtphosts = 'smtp.postmarkapp.com:587';\n$CFG->smtpsecure = 'tls';\n$CFG->smtpauthtype = 'LOGIN';\n$CFG->smtpuser = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$CFG->smtppass = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$CFG->noreplyaddress = 'lms@acme.io';\n$CFG->smtpmaxbulk = 1;\n";

    #[test]
    fn smtphosts_holds_the_port() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "moodle");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "lms@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn smtpsecure_words_are_phpmailers() {
        let (_, s, ids) = first(&CFG.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // Empty: PHPMailer's automatic STARTTLS.
        let (_, s, _) = first(&CFG.replace("'tls'", "''"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_port_is_25_and_empty_hosts_is_php_mail() {
        let (_, _, ids) = first(&CFG.replace(":587", ""));
        assert!(
            ids.iter()
                .any(|i| i == "port/missing" || i == "port/25-blocked"),
            "{ids:?}"
        );
        let (_, _, ids) = first(&CFG.replace("smtp.postmarkapp.com:587", ""));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_cfg_settings_are_not_moodle_mail() {
        let (client, _, _) = first("<?php\n$CFG->dbhost = 'localhost';\n$mail->Host = 'smtp.postmarkapp.com';\n$mail->isSMTP();\n");
        assert_eq!(client, "phpmailer");
    }
}
