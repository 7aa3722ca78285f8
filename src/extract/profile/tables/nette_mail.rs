//! Nette Mail (`nette/mail`): the framework's NEON config section
//! `mail: { smtp: true, host: …, port: …, username: …, password: …,
//! encryption: ssl|tls }` (`secure:` before 4.0, still read), and the
//! mailer built in code, `new SmtpMailer(host: …, username: …, password:
//! …, port: …, encryption: …)` (4.x, named or by position) or `new
//! SmtpMailer(['host' => …, 'secure' => …])` (3.x).
//!
//! Meaning (nette/mail `src/Bridges/MailDI/MailExtension.php`,
//! `src/Mail/SmtpMailer.php`; <https://doc.nette.org/en/mail>):
//!
//! * Without `smtp: true` the extension registers `SendmailMailer`: PHP's
//!   `mail()`, and the SMTP settings are not used.
//! * `encryption` (or the deprecated `secure`): `ssl` is TLS from the first
//!   byte (`ssl://`), `tls` sends STARTTLS after EHLO and fails when it is
//!   refused (required); absent: clear text.
//! * The port defaults to 465 with `ssl`, 587 with `tls` (4.2, 2026; 25
//!   before, and the readme still says "25 or 465 for ssl"), else 25. Without `host` the extension takes PHP's `SMTP` and
//!   `smtp_port` ini settings.
//! * It logs in when the username is not empty.
//! * The From is the message's `$mail->setFrom('addr', 'Name')`.

use super::kit::{synthetic, At};
use crate::extract::profile::{
    at_top, fix_text, k, mark, mark_value, syn, words, Fix, Hooks, Key, Marker, Profile, Sec,
    Switch, TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "mail.host|SmtpMailer(host)|SmtpMailer(#0)|SmtpMailer(#0).host",
        Host,
    ),
    k(
        "mail.port|SmtpMailer(port)|SmtpMailer(#3)|SmtpMailer(#0).port",
        Port,
    ),
    k(
        "mail.username|SmtpMailer(username)|SmtpMailer(#1)|SmtpMailer(#0).username",
        Username,
    ),
    k(
        "mail.password|SmtpMailer(password)|SmtpMailer(#2)|SmtpMailer(#0).password",
        Password,
    ),
    k(
        "mail.encryption|mail.secure|SmtpMailer(encryption)|SmtpMailer(#4)|SmtpMailer(#0).secure",
        Encryption,
    ),
    k("mail.smtp", Transport),
    k("setFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark_value("mail.smtp", "true"),
    mark_value("mail.smtp", "false"),
    // The NEON config's top-level `mail:` section; an Ansible task's
    // `mail:` (community.general.mail) takes `secure:` too, deeper in a
    // playbook (plugins/modules/mail.py of ansible-collections/community.general).
    at_top(mark("mail.secure")),
    mark("SmtpMailer()"),
];

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}"),
    fix_text(W::StartTls, &[], "encryption: tls"),
    fix_text(W::Host, &[], "host: {host}"),
];

pub static NETTE_MAIL: Profile = Profile {
    id: "nette-mail",
    name: "Nette Mail (mail: smtp / SmtpMailer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://doc.nette.org/en/mail https://github.com/nette/mail/blob/master/src/Mail/SmtpMailer.php",
    syntaxes: syn::YAML | syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TlsModel {
        words: &[
            ("ssl", Sec::Implicit),
            ("tls", Sec::StartTls),
            ("EncryptionSSL", Sec::Implicit),
            ("EncryptionTLS", Sec::StartTls),
        ],
        absent: "no encryption: tls (or ssl)",
        ..TlsModel::SWITCHES_PLAIN
    },
    switch: Some(Switch {
        smtp: words!["true"],
        no_mail: words![],
        local: words!["false"],
        missing: Some("PHP's mail() (Nette's SendmailMailer), as `smtp: true` is not set"),
        off: None,
        name: "mail: smtp",
    }),
    constants: words!["EncryptionSSL", "EncryptionTLS"],
    fixes: FIXES,
    sender_hint: "$mail->setFrom('you@yourdomain.com', 'Name') on the message",
    hooks: Hooks {
        default_port: Some(default_port),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `smtp: true` is the NEON section's switch: a `SmtpMailer` made in code
/// is SMTP itself.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        if cfg.get(Transport).is_some() {
            continue;
        }
        let code = cfg
            .fields
            .iter()
            .find(|f| f.syntax != crate::model::Syntax::Yaml)
            .cloned();
        if let Some(near) = code {
            let f = synthetic(Transport, "new SmtpMailer(…)", "true", &near, At::KeyStart);
            cfg.push(f);
        }
    }
}

/// 465 with `ssl`, 587 with `tls`, else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => None,
        Some(f) => match crate::extract::profile::tls::word(cfg.dialect, &f.value.text) {
            Some(Sec::Implicit) => Some(465),
            Some(Sec::StartTls) => Some(587),
            _ => Some(25),
        },
        None => Some(25),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const NEON: &str = "mail:\n\tsmtp: true\n\thost: smtp.postmarkapp.com\n\tport: 587\n\tusername: 5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\n\tpassword: 5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\n\tencryption: tls\n";

    #[test]
    fn neon_with_tls_is_starttls() {
        let (client, s, ids) = linted(NEON);
        assert_eq!(client, "nette-mail");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&NEON.replace("\tencryption: tls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&NEON.replace("encryption: tls", "secure: ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    /// An Ansible playbook's `mail:` task (community.general.mail) takes
    /// `secure:` too, deeper than a NEON config's top-level section: not
    /// Nette's (no false `input/smtp-not-enabled`).
    #[test]
    fn an_ansible_mail_task_is_not_nette() {
        let task = "- name: Sending an e-mail using StartTLS to the remote machine\n  community.general.mail:\n    host: smtp.postmarkapp.com\n    port: 587\n    to: John Smith <john.smith@example.com>\n    subject: Ansible-report\n    secure: starttls\n";
        for src in [
            task.to_string(),
            task.replace("community.general.mail", "mail"),
        ] {
            let (client, _, ids) = linted(&src);
            assert_ne!(client, "nette-mail", "{src}");
            assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        }
        // The NEON section with `secure:` alone still is.
        let (client, _, _) = linted("mail:\n\thost: smtp.postmarkapp.com\n\tsecure: ssl\n");
        assert_eq!(client, "nette-mail");
    }

    #[test]
    fn without_smtp_true_it_is_php_mail() {
        let (_, _, ids) = linted(&NEON.replace("smtp: true", "smtp: false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn smtp_mailer_named_arguments() {
        let src = "<?php\n$mailer = new Nette\\Mail\\SmtpMailer(\n\thost: 'smtp.postmarkapp.com',\n\tusername: 'u',\n\tpassword: 'p',\n\tencryption: 'ssl',\n);\n";
        let (client, s, ids) = linted(src);
        assert_eq!(client, "nette-mail");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
