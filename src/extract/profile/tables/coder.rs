//! Coder (coder/coder): e-mail notifications, `CODER_EMAIL_*` environment
//! variables (compose, the Helm chart's `coder.env` list) or the `email:`
//! section of its server YAML config. The deprecated
//! `CODER_NOTIFICATIONS_EMAIL_*` names (v2.13–2.14) are read the same way.
//!
//! Meaning (coder.com/docs "Notifications" and `server` CLI reference; the
//! code: `codersdk/deployment.go` for the names, and
//! `coderd/notifications/dispatch/smtp.go`, emersion/go-smtp):
//!
//! * `CODER_EMAIL_SMARTHOST` is `host:port`, both required.
//! * TLS from the first byte when the port is 465 or
//!   `CODER_EMAIL_FORCE_TLS=true`. Otherwise a plain connection, upgraded
//!   with STARTTLS only when `CODER_EMAIL_TLS_STARTTLS=true`, and then
//!   required (`NewClientStartTLS` fails without it). With neither, the
//!   session — login included — stays in clear.
//! * `CODER_EMAIL_TLS_SKIPVERIFY=true` turns certificate verification off.
//! * It logs in (PLAIN, else LOGIN) when the server offers AUTH and
//!   `CODER_EMAIL_AUTH_USERNAME` is set; the password may come from
//!   `CODER_EMAIL_AUTH_PASSWORD_FILE`.
//! * `CODER_EMAIL_FROM` is the From (required).

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Both, Fix, Key, Profile, Read, Sec, SetVal,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "CODER_EMAIL_SMARTHOST|CODER_NOTIFICATIONS_EMAIL_SMARTHOST|email.smarthost",
        Host,
        Read::HostPort,
    ),
    k(
        "CODER_EMAIL_FROM|CODER_NOTIFICATIONS_EMAIL_FROM|email.from",
        From,
    ),
    k(
        "CODER_EMAIL_FORCE_TLS|CODER_NOTIFICATIONS_EMAIL_FORCE_TLS|email.forceTLS",
        ImplicitTls,
    ),
    k(
        "CODER_EMAIL_TLS_STARTTLS|CODER_NOTIFICATIONS_EMAIL_TLS_STARTTLS|email.emailTLS.startTLS",
        StartTls,
    ),
    k(
        "CODER_EMAIL_TLS_SKIPVERIFY|CODER_NOTIFICATIONS_EMAIL_TLS_SKIPVERIFY|email.emailTLS.insecureSkipVerify",
        SkipVerify,
    ),
    k(
        "CODER_EMAIL_AUTH_USERNAME|CODER_NOTIFICATIONS_EMAIL_AUTH_USERNAME|email.emailAuth.username",
        Username,
    ),
    k(
        "CODER_EMAIL_AUTH_PASSWORD|CODER_NOTIFICATIONS_EMAIL_AUTH_PASSWORD|email.emailAuth.password",
        Password,
    ),
    k(
        "CODER_EMAIL_AUTH_PASSWORD_FILE|CODER_NOTIFICATIONS_EMAIL_AUTH_PASSWORD_FILE|email.emailAuth.passwordFile",
        CredentialsFile,
    ),
];

/// Implicit on 465 or forced; STARTTLS only when switched on (required);
/// clear text otherwise.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no CODER_EMAIL_TLS_STARTTLS=true (Coder does not upgrade by itself)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "CODER_EMAIL_SMARTHOST=<host>:{port}"),
    fix_text(W::Host, &[], "CODER_EMAIL_SMARTHOST={value}:587"),
    fix(
        W::StartTls,
        &[set(
            StartTls,
            "CODER_EMAIL_TLS_STARTTLS",
            SetVal::Bool(true),
        )],
    ),
    fix_text(W::VerifyOn, &[], "CODER_EMAIL_TLS_SKIPVERIFY=false"),
    fix_text(
        W::AuthOn,
        &[],
        "CODER_EMAIL_AUTH_USERNAME and CODER_EMAIL_AUTH_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Coder release (Go's TLS 1.2+)"),
    fix_text(W::Username, &[], "CODER_EMAIL_AUTH_USERNAME={value}"),
    fix_text(W::Password, &[], "CODER_EMAIL_AUTH_PASSWORD={value}"),
    fix_text(W::From, &[], "CODER_EMAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Coder has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CODER: Profile = Profile {
    id: "coder",
    name: "Coder CODER_EMAIL_* notifications",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://coder.com/docs/admin/monitoring/notifications#smtp-email https://github.com/coder/coder/blob/main/coderd/notifications/dispatch/smtp.go https://github.com/coder/coder/blob/main/codersdk/deployment.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: &[
        mark("CODER_EMAIL_SMARTHOST"),
        mark("CODER_NOTIFICATIONS_EMAIL_SMARTHOST"),
        mark("CODER_EMAIL_FROM"),
        mark("CODER_NOTIFICATIONS_EMAIL_FROM"),
        mark("email.smarthost"),
    ],
    needs_marker: true,
    family: &["CODER_EMAIL_", "CODER_NOTIFICATIONS_EMAIL_"],
    other_keys: words![
        "CODER_EMAIL_HELLO",
        "CODER_EMAIL_AUTH_IDENTITY",
        "CODER_EMAIL_TLS_SERVERNAME",
        "CODER_EMAIL_TLS_CACERTFILE",
        "CODER_EMAIL_TLS_CERTFILE",
        "CODER_EMAIL_TLS_CERTKEYFILE",
        "CODER_NOTIFICATIONS_EMAIL_HELLO"
    ],
    leftovers: pairs![
        ("CODER_EMAIL_HOST", "CODER_EMAIL_SMARTHOST"),
        ("CODER_EMAIL_PORT", "CODER_EMAIL_SMARTHOST"),
        ("CODER_EMAIL_TLS_SKIP_VERIFY", "CODER_EMAIL_TLS_SKIPVERIFY"),
        ("CODER_EMAIL_STARTTLS", "CODER_EMAIL_TLS_STARTTLS"),
        ("CODER_EMAIL_USERNAME", "CODER_EMAIL_AUTH_USERNAME"),
        ("CODER_EMAIL_PASSWORD", "CODER_EMAIL_AUTH_PASSWORD"),
    ],
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    fixes: FIXES,
    sender_hint: "CODER_EMAIL_FROM (required)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "CODER_EMAIL_SMARTHOST=smtp.postmarkapp.com:587\nCODER_EMAIL_FROM=coder@acme.io\nCODER_EMAIL_AUTH_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nCODER_EMAIL_AUTH_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn clear_text_unless_starttls_is_switched_on() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "coder");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}CODER_EMAIL_TLS_STARTTLS=true\n"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn port_465_or_force_tls_is_implicit() {
        let (_, s, ids) = first(&ENV.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}CODER_EMAIL_FORCE_TLS=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn deprecated_names() {
        let (client, s, _) = first(
            "CODER_NOTIFICATIONS_EMAIL_SMARTHOST=smtp.postmarkapp.com:587\nCODER_NOTIFICATIONS_EMAIL_FROM=coder@acme.io\nCODER_NOTIFICATIONS_EMAIL_TLS_STARTTLS=true\n",
        );
        assert_eq!(client, "coder");
        assert_eq!(s["security"], "starttls");
    }
}
