//! Prometheus Alertmanager: the `global:` SMTP settings of
//! `alertmanager.yml`.
//!
//! Meaning (prometheus.io "Alertmanager configuration", `<global>` and
//! `<email_config>`, and `notify/email/email.go`):
//!
//! * `smtp_smarthost` is `host:port` by design (`smtp.example.org:587`):
//!   there is no separate port setting.
//! * Port 465 is dialled with TLS from the first byte (`tls.Dial`); any
//!   other port speaks plain SMTP.
//! * `smtp_require_tls` (default **true**): STARTTLS is required, and the
//!   send fails when the server does not offer it; false: no STARTTLS at
//!   all (clear text). On 465 the default `true` still asks for STARTTLS
//!   after the TLS handshake and fails (issues #980, #4507): 465 needs
//!   `smtp_require_tls: false`.
//! * `smtp_auth_username` / `smtp_auth_password` (and `smtp_auth_identity`
//!   for PLAIN): Alertmanager logs in only when a username is set.
//! * `smtp_tls_config.insecure_skip_verify: true` switches certificate
//!   verification off. `smtp_from` is the From.
//!
//! Not modelled: receivers' `email_configs` (`smarthost`, `from`,
//! `auth_username`, `require_tls`…) override the global settings and
//! inherit the ones they leave out; only the global block is read here.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Both, Fix, Key, Profile, Read, Sec, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("global.smtp_smarthost", Host, Read::HostPort),
    k("global.smtp_from", From),
    k("global.smtp_auth_username", Username),
    k("global.smtp_auth_password", Password),
    k("global.smtp_require_tls", StartTls),
    k("global.smtp_tls_config.insecure_skip_verify", SkipVerify),
];

const OTHER_KEYS: Words = words![
    "smtp_hello",
    "smtp_auth_identity",
    "smtp_auth_secret",
    "smtp_auth_password_file",
    "smtp_tls_config",
    "resolve_timeout",
    "http_config",
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp_smarthost: smtp.postmarkapp.com:{port} under global: (the port is part of the smarthost)",
    ),
    fix_text(W::Host, &[], "smtp_smarthost: {value}:587 under global:"),
    fix_text(W::StartTls, &[], "smtp_require_tls: true (the default)"),
    fix_text(
        W::VerifyOn,
        &[],
        "insecure_skip_verify: false in smtp_tls_config",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_auth_username and smtp_auth_password under global:",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Alertmanager release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtp_auth_username: {value}"),
    fix_text(W::Password, &[], "smtp_auth_password: {value}"),
    fix_text(W::From, &[], "smtp_from: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Alertmanager has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ALERTMANAGER: Profile = Profile {
    id: "alertmanager",
    name: "Prometheus Alertmanager global SMTP",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://prometheus.io/docs/alerting/latest/configuration/#email_config https://github.com/prometheus/alertmanager/blob/main/notify/email/email.go",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    // The `smtp_*` names under `global:` are Alertmanager's own.
    markers: &[
        mark("global.smtp_smarthost"),
        mark("global.smtp_require_tls"),
        mark("global.smtp_auth_username"),
        mark("global.smtp_hello"),
    ],
    needs_marker: true,
    family: &["smtp_"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[465],
        default: Sec::StartTls,
        both: Both::Implicit,
        absent: "",
    },
    fixes: FIXES,
    sender_hint: "smtp_from under global: (or from: in the receiver's email_configs)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const GLOBAL: &str = "global:\n  resolve_timeout: 5m\n  smtp_smarthost: 'smtp.postmarkapp.com:587'\n  smtp_from: 'alerts@acme.io'\n  smtp_auth_username: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\n  smtp_auth_password: '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\n";

    #[test]
    fn smarthost_holds_the_port_and_starttls_is_required_by_default() {
        let (client, s, ids) = first(&format!(
            "{GLOBAL}route:\n  receiver: ops\nreceivers:\n  - name: ops\n    email_configs:\n      - to: ops@acme.io\n"
        ));
        assert_eq!(client, "alertmanager");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn require_tls_false_is_clear_text_and_465_is_implicit() {
        let (_, s, _) = first(&format!("{GLOBAL}  smtp_require_tls: false\n"));
        assert_eq!(s["security"], "none");
        let (_, s, ids) = first(&GLOBAL.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn skip_verify_is_read() {
        let (_, _, ids) = first(&format!(
            "{GLOBAL}  smtp_tls_config:\n    insecure_skip_verify: true\n"
        ));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }
}
