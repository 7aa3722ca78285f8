//! Ansible's `mail` module (`community.general.mail`, before collections
//! the bare `mail:` task): a playbook task that sends one message with
//! Python's `smtplib`.
//!
//! Meaning (the module's documentation and its code,
//! `plugins/modules/mail.py` in ansible-collections/community.general,
//! `argument_spec` and `main()`):
//!
//! * `host` (default `localhost`), `port` (default 25).
//! * `secure` (default `try`) chooses the connection:
//!   - `always`: `smtplib.SMTP_SSL`, TLS from the first byte; a TLS error
//!     fails the task.
//!   - `never`: `smtplib.SMTP`, clear text, no STARTTLS.
//!   - `try`: `SMTP_SSL` first; when that fails, `smtplib.SMTP` and
//!     STARTTLS if the server offers it, clear text if not. On a STARTTLS
//!     port such as 587 that is opportunistic STARTTLS.
//!   - `starttls`: the same `SMTP_SSL` attempt, then `smtplib.SMTP` and
//!     STARTTLS, which must be offered ("StartTLS is not offered on server"
//!     fails the task): required STARTTLS on a STARTTLS port.
//!
//!   Any other word fails the argument check (`choices`).
//! * `username` and `password` must come together (`required_together`);
//!   it logs in only when both are non-empty.
//! * `sender` (alias `from`, default `root`) is the From, `Name <addr>` or
//!   `addr (Name)` allowed; `ehlohost` is the EHLO name.
//! * No certificate setting: `SMTP_SSL` and `starttls()` get no SSL
//!   context, so the certificate is not verified.
//!
//! `host`, `port`, `username`, `password` are everyone's names, and
//! `mail:` is also Nette's config section: the table needs the task's own
//! names (`subject`/`msg`, which the module requires, `body`, `to`,
//! `ehlohost`, `subtype`, `attach`) under the `mail` key.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Marker, Profile, Sec, TlsModel, Words, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail.host", Host),
    k("mail.port", Port),
    k("mail.username", Username),
    k("mail.password", Password),
    k("mail.secure", Encryption),
    k("mail.sender|mail.from", From),
];

/// The task's own names: the module requires `subject` (alias `msg`);
/// Nette's `mail:` section and other apps' `mail:` blocks have none of
/// these.
const MARKERS: &[Marker] = &[
    mark("mail.subject"),
    mark("mail.msg"),
    mark("mail.body"),
    mark("mail.ehlohost"),
    mark("mail.subtype"),
    mark("mail.attach"),
    mark("mail.message_id_domain"),
];

const OTHER_KEYS: Words = words![
    "to",
    "recipients",
    "cc",
    "bcc",
    "subject",
    "msg",
    "body",
    "attach",
    "headers",
    "charset",
    "subtype",
    "timeout",
    "ehlohost",
    "message_id_domain",
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}"),
    fix_text(W::Host, &[], "host: {value}"),
    fix_text(W::StartTls, &[], "port: 587 with secure: starttls"),
    fix_text(
        W::VerifyOn,
        &[],
        "the mail module has no certificate setting: send through a relay that verifies it",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both username and password in the task (the module logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current community.general collection"),
    fix_text(W::Username, &[], "username: \"{value}\""),
    fix_text(
        W::Password,
        &[],
        "password: \"{value}\" (or a vaulted variable)",
    ),
    fix_text(W::From, &[], "from: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "headers: ['X-PM-Message-Stream={value}'] in the task",
    ),
];

pub static ANSIBLE_MAIL: Profile = Profile {
    id: "ansible-mail",
    name: "Ansible mail module (community.general.mail)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.ansible.com/ansible/latest/collections/community/general/mail_module.html https://github.com/ansible-collections/community.general/blob/main/plugins/modules/mail.py",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("always", Sec::Implicit),
            ("never", Sec::Plain),
            ("starttls", Sec::StartTls),
            ("try", Sec::Auto),
        ],
        ..TlsModel::OPPORTUNISTIC
    },
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    sender_hint: "from (or sender) in the mail task",
    fixes: FIXES,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TASK: &str = "- hosts: localhost\n  tasks:\n    - name: Report\n      community.general.mail:\n        host: smtp.postmarkapp.com\n        port: 587\n        secure: starttls\n        username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n        password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n        from: ops@acme-widgets.io\n        to: me@acme-widgets.io\n        subject: Ansible-report\n        body: done\n";

    #[test]
    fn a_task_is_read() {
        let (client, s, ids) = first(TASK);
        assert_eq!(client, "ansible-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        // The bare module name (before collections) is the same module.
        let (client, _, _) = first(&TASK.replace("community.general.mail:", "mail:"));
        assert_eq!(client, "ansible-mail");
    }

    #[test]
    fn secure_words() {
        // `try` (the default): STARTTLS when offered.
        let (_, s, _) = first(&TASK.replace("        secure: starttls\n", ""));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&TASK.replace("secure: starttls", "secure: always"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&TASK.replace("secure: starttls", "secure: never"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn no_port_dials_25() {
        let r = crate::lint(
            &TASK.replace("        port: 587\n", ""),
            &crate::Options::default(),
        );
        let missing = r
            .findings
            .iter()
            .find(|f| f.id == "port/missing")
            .expect("port/missing");
        assert!(missing.message.contains("port 25"), "{}", missing.message);
    }

    #[test]
    fn nette_config_is_not_taken() {
        // Nette's NEON `mail:` section has no subject/body.
        let neon = "mail:\n  smtp: true\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: u\n  secure: tls\n";
        assert_ne!(first(neon).0, "ansible-mail");
    }
}
