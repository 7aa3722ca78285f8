//! AWX / Ansible Tower (Ansible Automation Platform controller): an email
//! notification template's `notification_configuration`, as the
//! `awx.awx.notification_template` module takes it, as the API's JSON
//! holds it, or as the older `tower_notification` module's options.
//!
//! Meaning (AWX `awx/main/notifications/email_backend.py`
//! `CustomEmailBackend`, a subclass of Django's
//! `django.core.mail.backends.smtp.EmailBackend` built with the
//! configuration's keys; the `awx.awx.notification_template` module docs):
//!
//! * `host`, `port`, `username`, `password`, `sender` (the From),
//!   `recipients`, `timeout` (default 30).
//! * `use_tls` is Django's `use_tls`: STARTTLS, required (smtplib's
//!   `starttls()` fails when the server does not offer it). `use_ssl` is
//!   Django's `use_ssl`: TLS from the first byte. Both true is Django's
//!   `ValueError` ("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive").
//!   Neither: clear text.
//! * It logs in when both `username` and `password` are set.
//! * Django takes `port or settings.EMAIL_PORT` (25) when none is given.
//!
//! `host`, `port`, `sender` are every app's names: the table needs AWX's
//! own shape (`notification_type: email` beside the configuration, or its
//! `recipients`). An IRC template's configuration (`server`, `port`,
//! `password`, `use_ssl`) is no mail configuration and is dropped.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, set_if, syn, words, Fix, Hooks, Key, Marker, Profile,
    SetVal, TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "notification_configuration.host|*tower_notification.host",
        Host,
    ),
    k(
        "notification_configuration.port|*tower_notification.port",
        Port,
    ),
    k(
        "notification_configuration.username|*tower_notification.username",
        Username,
    ),
    k(
        "notification_configuration.password|*tower_notification.password",
        Password,
    ),
    k(
        "notification_configuration.sender|*tower_notification.sender",
        From,
    ),
    k(
        "notification_configuration.use_tls|*tower_notification.use_tls",
        StartTls,
    ),
    k(
        "notification_configuration.use_ssl|*tower_notification.use_ssl",
        ImplicitTls,
    ),
];

const MARKERS: &[Marker] = &[
    // IRC templates have `use_ssl`, `port` and `password` too: only the
    // email type's words.
    mark_value("notification_type", "email"),
    mark("notification_configuration.recipients"),
    mark("*tower_notification.recipients"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "use_tls", SetVal::Bool(true)),
            set_if(ImplicitTls, "use_ssl", SetVal::Bool(false)),
        ],
        "use_tls: true and use_ssl: false with port: 587 in notification_configuration",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (AWX has no setting for it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username and password in notification_configuration",
    ),
    fix_text(W::TlsModern, &[], "a current AWX release"),
    fix_text(
        W::Username,
        &[],
        "username: \"{value}\" in notification_configuration",
    ),
    fix_text(
        W::Password,
        &[],
        "password: \"{value}\" in notification_configuration",
    ),
    fix_text(
        W::From,
        &[],
        "sender: \"{value}\" in notification_configuration",
    ),
    fix_text(
        W::Stream,
        &[],
        "AWX has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// An IRC template's configuration (`server`, `port`, `password`,
/// `use_ssl`) beside an email one matches some of the same keys: a
/// configuration with no host, sender or username is not an email one.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn email_only(_doc: &Document, configs: &mut Vec<Config>) {
    configs.retain(|c| c.get(Host).is_some() || c.get(From).is_some() || c.get(Username).is_some());
}

pub static AWX: Profile = Profile {
    id: "awx",
    name: "AWX / Ansible Tower email notification template",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/ansible/awx/blob/devel/awx/main/notifications/email_backend.py https://docs.ansible.com/ansible/latest/collections/awx/awx/notification_template_module.html https://docs.djangoproject.com/en/stable/topics/email/#smtp-backend",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: words!["recipients", "timeout"],
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "sender in the notification template's notification_configuration",
    hooks: Hooks {
        finish: Some(email_only),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const TASK: &str = "- name: Add an email notification\n  awx.awx.notification_template:\n    name: ops-mail\n    organization: Default\n    notification_type: email\n    notification_configuration:\n      host: smtp.postmarkapp.com\n      port: 587\n      username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      sender: hello@acme-widgets.io\n      recipients:\n        - ops@acme-widgets.io\n      use_tls: true\n      use_ssl: false\n      timeout: 30\n    state: present\n";

    #[test]
    fn module_task_with_starttls() {
        clean_starttls(TASK, "awx");
    }

    #[test]
    fn use_ssl_is_implicit_and_neither_is_clear() {
        let ssl = TASK
            .replace("use_tls: true", "use_tls: false")
            .replace("use_ssl: false", "use_ssl: true");
        let (_, s, ids) = first(&ssl);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&TASK.replace("use_tls: true", "use_tls: false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&TASK.replace("use_ssl: false", "use_ssl: true"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn api_json() {
        let json = r#"{"name": "ops-mail", "organization": 1, "notification_type": "email",
 "notification_configuration": {"host": "smtp.postmarkapp.com", "port": 587,
  "username": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
  "use_tls": true, "use_ssl": false, "sender": "hello@acme-widgets.io", "recipients": ["ops@acme-widgets.io"]}}"#;
        clean_starttls(json, "awx");
    }

    #[test]
    fn other_notification_types_and_plain_names_are_not_taken() {
        let slack = "notification_type: slack\nnotification_configuration:\n  token: abc\n  channels: ['#ops']\n";
        let r = crate::lint(slack, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "awx"));
        let (client, _, _) =
            first("host: smtp.postmarkapp.com\nport: 587\nsender: a@acme.io\nuse_tls: true\n");
        assert_ne!(client, "awx");
    }
}
