//! Home Assistant: the SMTP notify platform in `configuration.yaml`
//! (`notify: - platform: smtp`), sent with Python's `smtplib`.
//!
//! Meaning (docs "SMTP" integration; the code:
//! `homeassistant/components/smtp/notify.py`, `const.py`):
//!
//! * `server` (default `localhost`), `port` (default 587). Leaving
//!   `server` out is a documented setup: the notifier relays through a
//!   mail server on the same machine (a local target, not a missing host).
//! * `encryption`: `starttls` (the default: STARTTLS, required — smtplib
//!   raises when the server does not offer it), `tls` (`SMTP_SSL`: TLS
//!   from the first byte, port 465), `none` (clear text). Any other word
//!   fails the configuration check.
//! * `verify_ssl` (default `true`): `false` skips certificate checks.
//! * It logs in only when both `username` and `password` are set.
//! * `sender` is the From (required); `sender_name` its display name.
//! * `!secret name` values come from `secrets.yaml` (not in the paste).
//! * Before `encryption` (2017) a `starttls: true` switch existed; it is
//!   ignored now (STARTTLS is the default anyway).
//! * Since 2025 the integration is set up in the UI and YAML entries are
//!   imported; the YAML keys keep their meaning.

use crate::extract::profile::{
    fix_text, k, mark_value, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, Sec, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("server", Host),
    k("port", Port),
    k("username", Username),
    k("password", Password),
    k("encryption", Encryption),
    k("verify_ssl", VerifyPeer),
    k("sender", From),
];

/// Only an SMTP notifier: its keys are everyone's names.
const MARKERS: &[Marker] = &[mark_value("platform", "smtp")];

const OTHER_KEYS: Words = words![
    "platform",
    "name",
    "timeout",
    "recipient",
    "sender_name",
    "debug",
];

const LEFTOVERS: Pairs = pairs![
    ("host", "server"),
    ("smtp_server", "server"),
    ("user", "username"),
    ("from", "sender"),
    ("starttls", "encryption"),
    ("tls", "encryption"),
    ("ssl", "encryption"),
    ("security", "encryption"),
    ("verify_tls", "verify_ssl"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port}"),
    fix_text(W::Host, &[], "server: {value}"),
    fix_text(W::StartTls, &[], "port: 587 with encryption: starttls"),
    fix_text(
        W::VerifyOn,
        &[],
        "verify_ssl: true (or remove it: true is the default)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both username and password (Home Assistant logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Home Assistant release"),
    fix_text(W::Username, &[], "username: \"{value}\""),
    fix_text(
        W::Password,
        &[],
        "password: \"{value}\" (or !secret smtp_password)",
    ),
    fix_text(W::From, &[], "sender: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Home Assistant has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HOME_ASSISTANT: Profile = Profile {
    id: "home-assistant-smtp",
    name: "Home Assistant notify platform smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.home-assistant.io/integrations/smtp/ https://github.com/home-assistant/core/blob/dev/homeassistant/components/smtp/notify.py",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("starttls", Sec::StartTls),
            ("tls", Sec::Implicit),
            ("none", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::StartTls,
        both: crate::extract::profile::Both::Implicit,
        absent: "",
    },
    port: Some(587),
    host: Some("localhost"),
    // `server` is optional (docs: "default: localhost"): a notifier
    // without it relays through the machine's own mail server.
    default_host_used: true,
    sender_hint: "sender under the smtp notifier",
    fixes: FIXES,
    ..BASE
};

#[cfg(test)]
mod tests {

    #[test]
    fn no_server_relays_through_localhost() {
        // Docs: `server` is optional, default `localhost`.
        let src = "notify:\n  - name: mail\n    platform: smtp\n    sender: home@acme.io\n    recipient: me@acme.io\n";
        let (client, _, ids) = super::super::linted(src);
        assert_eq!(client, "home-assistant-smtp");
        for no in [
            "input/unrecognized",
            "host/missing",
            "auth/missing-username",
            "auth/missing-password",
        ] {
            assert!(!ids.iter().any(|i| i == no), "{no}: {ids:?}");
        }
        // A local target: Postmark's port rules do not apply; the report says where it goes.
        let r = crate::lint(
            &src.replace("    sender:", "    port: 25\n    sender:"),
            &crate::Options::default(),
        );
        assert!(
            !r.findings
                .iter()
                .any(|f| f.id == "port/25-blocked" || f.id == "host/missing"),
            "{:?}",
            r.findings
        );
        let local = r
            .findings
            .iter()
            .find(|f| f.id == "host/other-provider")
            .expect("local");
        assert!(
            local.message.contains("`localhost`") && !local.message.contains("catcher"),
            "{}",
            local.message
        );
    }
    use super::super::{has, linted as first};

    const YAML: &str = "notify:\n  - name: \"mail\"\n    platform: smtp\n    server: \"smtp.postmarkapp.com\"\n    port: 587\n    timeout: 15\n    sender: \"home@acme.io\"\n    encryption: starttls\n    username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    recipient:\n      - \"me@acme.io\"\n    sender_name: \"My Home Assistant\"\n";

    #[test]
    fn notifier_is_read() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "home-assistant-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "home@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn encryption_words() {
        // The default is STARTTLS.
        let (_, s, _) = first(&YAML.replace("    encryption: starttls\n", ""));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&YAML.replace("encryption: starttls", "encryption: tls"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&YAML.replace("encryption: starttls", "encryption: none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{YAML}    verify_ssl: false\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn other_yaml_is_not_taken() {
        let (client, _, _) = first(
            "mail:\n  server: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: u\n",
        );
        assert_ne!(client, "home-assistant-smtp");
    }
}
