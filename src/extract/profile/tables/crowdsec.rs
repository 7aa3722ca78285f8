//! CrowdSec's email notification plugin: `notifications/email.yaml`
//! (`/etc/crowdsec/notifications/email.yaml`), one YAML document per
//! notification (`type: email`).
//!
//! Meaning (docs.crowdsec.net "Notification plugins: Email", the sample
//! `cmd/notification-email/email.yaml`, and the code:
//! `cmd/notification-email/main.go`, which hands the settings to
//! xhit/go-simple-mail v2):
//!
//! * Defaults (set before the YAML is read, so an empty `smtp_port:` keeps
//!   them): `smtp_port` 25, `encryption_type` `ssltls`, `auth_type`
//!   `login`, `sender_email` `crowdsec@crowdsec.local`, `helo_host`
//!   `localhost`.
//! * `encryption_type`: `ssltls` is TLS from the first byte, `starttls`
//!   STARTTLS, `none` clear text. The words are looked up as written: an
//!   unknown word is go-simple-mail's zero value, `EncryptionNone`.
//!   Since the default is `ssltls`, a file that writes no
//!   `encryption_type` and port 587 starts TLS on a STARTTLS port.
//! * `auth_type`: `login` (default), `plain`, `crammd5`, `none`.
//! * `smtp_host` is required ("SMTP host is not set"), as is at least one
//!   of `receiver_emails`.
//! * `sender_email` is the From, with `sender_name` as its display name.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_host", Host),
    k("smtp_port", Port),
    k("smtp_username", Username),
    k("smtp_password", Password),
    k("sender_email", From),
    k("encryption_type", Encryption),
    k("auth_type", AuthMethod),
];

/// `smtp_host` alone is anyone's: the plugin's own names.
const MARKERS: &[Marker] = &[
    mark("encryption_type"),
    mark("sender_email"),
    mark("receiver_emails"),
    mark("email_subject"),
    mark("helo_host"),
    mark_value("type", "email"),
];

const OTHER_KEYS: Words = words![
    "type",
    "name",
    "log_level",
    "format",
    "timeout",
    "group_wait",
    "group_threshold",
    "max_retry",
    "sender_name",
    "receiver_emails",
    "email_subject",
    "helo_host",
    "connect_timeout",
    "send_timeout",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_user", "smtp_username"),
    ("smtp_encryption", "encryption_type"),
    ("encryption", "encryption_type"),
    ("smtp_auth_type", "auth_type"),
    ("from", "sender_email"),
    ("smtp_from", "sender_email"),
];

/// `ssltls` (default), `starttls`, `none`.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssltls", Sec::Implicit),
        ("starttls", Sec::StartTls),
        ("none", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Implicit,
    both: Both::Implicit,
    absent:
        "encryption_type is not set, and the plugin's default is ssltls (TLS from the first byte)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port: {port}"),
    fix_text(W::Host, &[], "smtp_host: {value}"),
    fix_text(W::StartTls, &[], "encryption_type: starttls"),
    fix_text(
        W::VerifyOn,
        &[],
        "the email plugin always verifies certificates: remove what turns verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_username and smtp_password, with auth_type: login or plain",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current CrowdSec release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtp_username: {value}"),
    fix_text(W::Password, &[], "smtp_password: {value}"),
    fix_text(W::From, &[], "sender_email: {value}"),
    fix_text(
        W::Stream,
        &[],
        "The email plugin has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CROWDSEC_EMAIL: Profile = Profile {
    id: "crowdsec-email",
    name: "CrowdSec notifications/email.yaml",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.crowdsec.net/docs/local_api/notification_plugins/email https://github.com/crowdsecurity/crowdsec/blob/master/cmd/notification-email/main.go https://github.com/crowdsecurity/crowdsec/blob/master/cmd/notification-email/email.yaml",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "sender_email (default crowdsec@crowdsec.local)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "type: email\nname: email_default\nlog_level: info\nformat: |\n  <html><body>{{range .}}{{.MachineID}}{{end}}</body></html>\nsmtp_host: smtp.postmarkapp.com\nsmtp_username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_port: 587\nauth_type: login\nsender_name: \"CrowdSec\"\nsender_email: crowdsec@acme.io\nemail_subject: \"CrowdSec Notification\"\nreceiver_emails:\n - admin@acme.io\nencryption_type: starttls\n";

    #[test]
    fn the_three_words() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "crowdsec-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "crowdsec@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("type: starttls", "type: ssltls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&YML.replace("type: starttls", "type: none"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn ssltls_is_the_default() {
        let (_, s, ids) = first(&YML.replace("encryption_type: starttls\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn other_smtp_host_files_are_not_taken() {
        let (client, _, _) = first(
            "smtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_username: u\nsmtp_password: p\n",
        );
        assert_ne!(client, "crowdsec-email");
    }
}
