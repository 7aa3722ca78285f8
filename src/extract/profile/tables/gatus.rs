//! Gatus (TwiN/gatus): the `alerting.email` provider of its `config.yaml`
//! (also under `config:` in its Helm chart's values). Gatus has no
//! environment variables of its own for it; `${VAR}` in the YAML is
//! replaced from the environment.
//!
//! Meaning (README "Configuring Email alerts"; the code:
//! `alerting/provider/email/email.go`, which hands the settings to
//! go-gomail/gomail v2):
//!
//! * `host`, `port`, `from` and `to` are required: there is no default
//!   port (0 fails validation: "port must be between 1 and 65535").
//! * With a `password`, the dialer is `gomail.NewDialer(host, port, …)`,
//!   which turns implicit TLS on exactly when the port is 465; on any other
//!   port it upgrades with STARTTLS when the server offers it and stays in
//!   clear otherwise. There is no TLS switch.
//! * Without a `password` it does not log in, and the dialer is built by
//!   hand (`&gomail.Dialer{…}`, SSL false): no implicit TLS even on 465.
//! * `username` defaults to `from`: with a password and no username,
//!   Gatus logs in with the From address.
//! * `client.insecure: true` turns certificate verification off.
//! * `overrides[]` (per endpoint group) may replace any of these for that
//!   group; the top-level settings are the default.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, tls, words, Fix, Hooks, Key, Marker, Profile, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("alerting.email.host", Host),
    k("alerting.email.port", Port),
    k("alerting.email.username", Username),
    k("alerting.email.password", Password),
    k("alerting.email.from", From),
    k("alerting.email.client.insecure", SkipVerify),
];

const MARKERS: &[Marker] = &[
    mark("alerting.email.host"),
    mark("alerting.email.from"),
    mark("alerting.email.to"),
    mark("alerting.email.client.insecure"),
    mark("alerting.email.default-alert"),
    mark("alerting.email.overrides"),
];

/// gomail's `NewDialer` reads as nodemailer does: implicit TLS on 465,
/// else STARTTLS when offered.
const TLS: TlsModel = super::nodemailer::TLS;

/// Without a password the dialer is built by hand: never implicit TLS.
fn gatus_tls(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    let password = cfg
        .get(Password)
        .is_some_and(|f| f.value.is_reference() || !f.value.text.trim().is_empty());
    if !password {
        return Tls {
            mode: Some(Security::StartTls),
            ..Tls::default()
        };
    }
    tls::evaluate(cfg, p)
}

/// `username` falls back to `from` when a password is given (Gatus; oCIS's
/// "compatibility fallback"): the From is the login then.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn sender_as_login(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        if c.get(Username).is_some() || c.get(Password).is_none() {
            continue;
        }
        if let Some(from) = c.get(From).cloned() {
            c.fields.push(crate::model::Field {
                role: Username,
                ..from
            });
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} under alerting.email:"),
    fix_text(W::Host, &[], "host: {value} under alerting.email:"),
    // Not used: the TLS follows the port (`starttls_is_port`).
    fix_text(W::StartTls, &[], "port: 587 under alerting.email:"),
    fix_text(
        W::VerifyOn,
        &[],
        "client: insecure: false under alerting.email:",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username and password under alerting.email:",
    ),
    fix_text(W::TlsModern, &[], "a current Gatus release (Go's TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "username: {value} under alerting.email: (without it Gatus logs in with `from`)",
    ),
    fix_text(W::Password, &[], "password: {value} under alerting.email:"),
    fix_text(W::From, &[], "from: {value} under alerting.email:"),
    fix_text(
        W::Stream,
        &[],
        "Gatus has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GATUS: Profile = Profile {
    id: "gatus",
    name: "Gatus alerting.email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/TwiN/gatus#configuring-email-alerts https://github.com/TwiN/gatus/blob/master/alerting/provider/email/email.go",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["to", "default-alert", "overrides", "client"],
    leftovers: pairs![
        ("user", "username"),
        ("smtp-host", "host"),
        ("server", "host"),
        ("sender", "from"),
        ("tls", "port"),
        ("starttls", "port"),
        ("insecure", "client.insecure"),
    ],
    tls: TLS,
    fixes: FIXES,
    sender_hint: "from under alerting.email: (required)",
    hooks: Hooks {
        tls: Some(gatus_tls),
        finish: Some(sender_as_login),
        write: Some(super::watchtower::starttls_is_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "alerting:\n  email:\n    from: \"status@acme.io\"\n    username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    host: \"smtp.postmarkapp.com\"\n    port: 587\n    to: \"ops@acme.io\"\n    client:\n      insecure: false\n";

    #[test]
    fn starttls_when_offered_and_465_implicit() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "gatus");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "status@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("port: 587", "port: 465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&YML.replace("insecure: false", "insecure: true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn from_is_the_login_without_username() {
        let (_, s, ids) = first(&YML.replace(
            "    username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n",
            "",
        ));
        // Shown redacted, as any username.
        assert_eq!(s["username"], "st…io");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        assert!(has(&ids, "auth/username-password-differ"), "{ids:?}");
    }

    #[test]
    fn no_port_is_reported() {
        let (_, s, ids) = first(&YML.replace("    port: 587\n", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn other_alerting_sections_are_not_gatus() {
        let (client, _, _) = first(
            "email:\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: p\n",
        );
        assert_ne!(client, "gatus");
    }
}
