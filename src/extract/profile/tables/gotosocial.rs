//! GoToSocial: the `smtp-*` keys of `config.yaml` and the same settings
//! as `GTS_SMTP_*` environment variables, sent with Go's `net/smtp`
//! (see [`super::go_smtp`]).
//!
//! Meaning (docs "Configuration → SMTP", `example/config.yaml`; the code:
//! `internal/email/sender.go`, `internal/config/defaults.go`):
//!
//! * `smtp-host` (default empty) and `smtp-port` are joined as
//!   `host:port` for `smtp.SendMail`; with no host GoToSocial uses its
//!   no-op sender and sends nothing (mails are only logged). The default
//!   port is 0, so a host without a port cannot connect.
//! * TLS is `net/smtp`'s: STARTTLS when the server offers it, never TLS
//!   from the first byte (port 465 hangs); there is no TLS setting.
//! * It logs in (`smtp.PlainAuth`) only when both `smtp-username` and
//!   `smtp-password` are non-empty; PlainAuth refuses to send them over a
//!   connection that is not TLS (except to localhost).
//! * `smtp-from` is the From (default empty; older releases defaulted to
//!   `GoToSocial`).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp-host|GTS_SMTP_HOST", Host),
    k("smtp-port|GTS_SMTP_PORT", Port),
    k("smtp-username|GTS_SMTP_USERNAME", Username),
    k("smtp-password|GTS_SMTP_PASSWORD", Password),
    k("smtp-from|GTS_SMTP_FROM", From),
];

const MARKERS: &[Marker] = &[
    mark("GTS_SMTP_HOST"),
    mark("GTS_SMTP_FROM"),
    mark("GTS_SMTP_USERNAME"),
    mark("GTS_HOST"),
    mark("smtp-disclose-recipients"),
    mark("GTS_SMTP_DISCLOSE_RECIPIENTS"),
    mark("accounts-registration-open"),
    mark("letsencrypt-enabled"),
    mark("instance-expose-public-timeline"),
    mark_value("image", "gotosocial"),
];

const OTHER_KEYS: Words = words![
    "smtp-disclose-recipients",
    "GTS_SMTP_DISCLOSE_RECIPIENTS",
    "GTS_HOST",
    "GTS_DB_TYPE",
    "GTS_DB_ADDRESS",
    "GTS_LETSENCRYPT_ENABLED",
    "GTS_ACCOUNTS_REGISTRATION_OPEN",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp-user", "smtp-username"),
    ("smtp-pass", "smtp-password"),
    ("smtp-server", "smtp-host"),
    ("smtp-sender", "smtp-from"),
    ("GTS_SMTP_USER", "GTS_SMTP_USERNAME"),
    ("GTS_SMTP_PASS", "GTS_SMTP_PASSWORD"),
    ("GTS_SMTP_SERVER", "GTS_SMTP_HOST"),
    ("GTS_SMTP_SENDER", "GTS_SMTP_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp-port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp-host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "smtp-port: 587 (GoToSocial upgrades with STARTTLS when the server offers it; it cannot do TLS from the first byte)",
    ),
    fix_text(W::VerifyOn, &[], "a current GoToSocial release"),
    fix_text(
        W::AuthOn,
        &[],
        "both smtp-username and smtp-password (GoToSocial logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current GoToSocial release"),
    fix_text(W::Username, &[], "smtp-username: \"{value}\""),
    fix_text(W::Password, &[], "smtp-password: \"{value}\""),
    fix_text(W::From, &[], "smtp-from: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "GoToSocial has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// An empty `smtp-host` is the mail switch: GoToSocial then uses its
/// no-op sender and sends nothing.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn empty_host_is_off(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        let Some(h) = c.get(Host) else { continue };
        if h.value.literal().is_some_and(|t| t.trim().is_empty()) {
            let mut f = h.clone();
            f.role = Enabled;
            c.fields.push(f);
        }
    }
}

pub static GOTOSOCIAL: Profile = Profile {
    id: "gotosocial",
    name: "GoToSocial smtp-* (config.yaml / GTS_SMTP_*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.gotosocial.org/en/latest/configuration/smtp/ https://github.com/superseriousbusiness/gotosocial/blob/main/internal/email/sender.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp-", "GTS_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "",
        ..TlsModel::OPPORTUNISTIC
    },
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "smtp-host",
    }),
    fixes: FIXES,
    sender_hint: "smtp-from (GTS_SMTP_FROM)",
    hooks: Hooks {
        finish: Some(empty_host_is_off),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "host: \"social.acme.io\"\naccounts-registration-open: false\nsmtp-host: \"smtp.postmarkapp.com\"\nsmtp-port: 587\nsmtp-username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp-password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp-from: \"social@acme.io\"\n";

    #[test]
    fn config_yaml_is_read() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "gotosocial");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["from"], "social@acme.io");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn environment_is_read() {
        let env = "GTS_HOST=social.acme.io\nGTS_SMTP_HOST=smtp.postmarkapp.com\nGTS_SMTP_PORT=587\nGTS_SMTP_USERNAME=u\nGTS_SMTP_PASSWORD=u\nGTS_SMTP_FROM=social@acme.io\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "gotosocial");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn an_empty_host_switches_mail_off() {
        let (_, _, ids) =
            first(&YAML.replace("smtp-host: \"smtp.postmarkapp.com\"", "smtp-host: \"\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(YAML);
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        // Kubernetes secrets and other tools use the same kebab-case names.
        let (client, _, _) = first(
            "stringData:\n  smtp-host: \"smtp.gmail.com\"\n  smtp-port: \"587\"\n  smtp-from: \"alerts@acme.io\"\n  smtp-username: \"a@acme.io\"\n  smtp-password: \"p\"\n",
        );
        assert_ne!(client, "gotosocial");
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "gotosocial");
    }
}
