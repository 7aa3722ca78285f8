//! Semaphore UI (Ansible/Terraform runner): email alerts, set in
//! `config.json` (`email_host`…) or as `SEMAPHORE_EMAIL_*` variables
//! (`util/config.go` maps each field to both names).
//!
//! Meaning (`util/config.go`, `util/mailer/mailer.go`, `services/tasks/alert.go`
//! and the configuration docs):
//!
//! * `email_secure` / `SEMAPHORE_EMAIL_SECURE` is **not** TLS from the
//!   first byte, as `*_SECURE` is in nodemailer apps. Releases up to 2.10
//!   send with Go's `smtp.SendMail` and PLAIN login when it is true
//!   (STARTTLS when the server offers it) and with neither STARTTLS nor a
//!   login when it is false; the docs of later releases call it "Enable
//!   StartTLS". Unset, it is false: clear text.
//! * `email_tls` / `SEMAPHORE_EMAIL_TLS` (later releases): an SSL/TLS
//!   connection, TLS from the first byte; `email_tls_min_version` its floor.
//! * `email_port` has no default (the setup wizard offers 25);
//!   `email_sender` is the From.
//! * `email_alert` / `SEMAPHORE_EMAIL_ALERT` switches alerts on: false, no
//!   mail leaves (`alert.go` returns first). Unset is false too, but an
//!   excerpt of the mail lines often leaves it out: only an explicit false
//!   is reported.
//! * Booleans are Go's `strconv.ParseBool` (`true`, `1`…).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, shared, syn, words, Both, Fix, Key, Marker, Profile, Sec, SetVal,
    Switch, TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SEMAPHORE_EMAIL_HOST|email_host", Host),
    k("SEMAPHORE_EMAIL_PORT|email_port", Port),
    k("SEMAPHORE_EMAIL_USERNAME|email_username", Username),
    k("SEMAPHORE_EMAIL_PASSWORD|email_password", Password),
    k("SEMAPHORE_EMAIL_SENDER|email_sender", From),
    k("SEMAPHORE_EMAIL_SECURE|email_secure", StartTls),
    k("SEMAPHORE_EMAIL_TLS|email_tls", ImplicitTls),
    k(
        "SEMAPHORE_EMAIL_TLS_MIN_VERSION|email_tls_min_version",
        TlsVersion,
    ),
    k("SEMAPHORE_EMAIL_ALERT|email_alert", Enabled),
];

/// `email_host`, `email_port` are any app's names; these are Semaphore's.
const MARKERS: &[Marker] = &[
    mark(
        "SEMAPHORE_EMAIL_HOST|SEMAPHORE_EMAIL_SENDER|SEMAPHORE_EMAIL_SECURE|SEMAPHORE_EMAIL_ALERT",
    ),
    // `email_secure` is any app's switch (TLS from the first byte in
    // nodemailer apps): it counts only beside Semaphore's own names.
    shared(mark("email_secure")),
    mark("email_alert"),
];

/// STARTTLS with `email_secure`, TLS from the first byte with `email_tls`,
/// clear text with neither.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "email_secure (SEMAPHORE_EMAIL_SECURE) is not set",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SEMAPHORE_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SEMAPHORE_EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "SEMAPHORE_EMAIL_SECURE", SetVal::Bool(true)),
            set(ImplicitTls, "SEMAPHORE_EMAIL_TLS", SetVal::Bool(false)),
        ],
        "SEMAPHORE_EMAIL_SECURE=true and SEMAPHORE_EMAIL_TLS=false (email_secure: true, email_tls: false)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "SEMAPHORE_EMAIL_USERNAME and SEMAPHORE_EMAIL_PASSWORD with SEMAPHORE_EMAIL_SECURE=true",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "SEMAPHORE_EMAIL_TLS_MIN_VERSION=1.2",
    ),
    fix(
        W::Username,
        &[set(Username, "SEMAPHORE_EMAIL_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SEMAPHORE_EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "SEMAPHORE_EMAIL_SENDER", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Semaphore has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SEMAPHORE: Profile = Profile {
    id: "semaphore",
    name: "Semaphore UI email alerts",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.semaphoreui.com/administration-guide/configuration/ https://github.com/semaphoreui/semaphore/blob/develop/util/config.go https://github.com/semaphoreui/semaphore/blob/develop/util/mailer/mailer.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SEMAPHORE_EMAIL_", "email_"],
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "SEMAPHORE_EMAIL_ALERT (email_alert)",
    }),
    fixes: FIXES,
    sender_hint: "SEMAPHORE_EMAIL_SENDER (email_sender)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    #[test]
    fn another_apps_email_secure_is_not_semaphores() {
        // A YAML config with `email_secure` (nodemailer's `secure`): not
        // Semaphore's STARTTLS switch, whose false would be clear text.
        let yaml = "email_host: smtp.postmarkapp.com\nemail_port: 587\nemail_username: u\nemail_password: u\nemail_sender: a@acme.io\nemail_secure: false\n";
        let (client, _, ids) = linted(yaml);
        assert_ne!(client, "semaphore");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        // With Semaphore's `email_alert`: Semaphore.
        assert_eq!(linted(&format!("email_alert: true\n{yaml}")).0, "semaphore");
    }

    const ENV: &str = "SEMAPHORE_EMAIL_ALERT=true\nSEMAPHORE_EMAIL_SENDER=ops@acme.io\nSEMAPHORE_EMAIL_HOST=smtp.postmarkapp.com\nSEMAPHORE_EMAIL_PORT=587\nSEMAPHORE_EMAIL_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSEMAPHORE_EMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSEMAPHORE_EMAIL_SECURE=true\n";

    #[test]
    fn secure_is_starttls_not_tls_from_the_first_byte() {
        let (client, s, ids) = linted(ENV);
        assert_eq!(client, "semaphore");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // Without it: clear text.
        let (_, s, ids) = linted(&ENV.replace("SEMAPHORE_EMAIL_SECURE=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `email_tls`: TLS from the first byte, wrong on 587.
        let (_, _, ids) = linted(&format!("{ENV}SEMAPHORE_EMAIL_TLS=true\n"));
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn config_json_and_the_alert_switch() {
        let json = "{\n  \"email_alert\": false,\n  \"email_sender\": \"ops@acme.io\",\n  \"email_host\": \"smtp.postmarkapp.com\",\n  \"email_port\": \"587\",\n  \"email_secure\": true\n}\n";
        let (client, s, ids) = linted(json);
        assert_eq!(client, "semaphore");
        assert_eq!(s["port"], 587);
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_apps_email_keys_are_not_semaphore() {
        let (client, _, _) =
            linted("EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\n");
        assert_ne!(client, "semaphore");
    }
}
