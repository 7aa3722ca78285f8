//! StackStorm's `email` pack: the `smtp_accounts` of
//! `/opt/stackstorm/configs/email.yaml`, read by its `email.send_email`
//! action.
//!
//! Meaning (StackStorm-Exchange/stackstorm-email `config.schema.yaml`,
//! `actions/send_email.py` and `README.md`; StackStorm's
//! `st2common/util/config_loader.py` `_assign_default_values`):
//!
//! * Each item of `smtp_accounts` is one account, chosen by its `name`
//!   (the action's `account` parameter): `server`, `port`, `username`,
//!   `password`, `secure`, `smtp_auth`.
//! * The action opens Python's `smtplib.SMTP(server, int(port))`: always
//!   clear text first, never TLS from the first byte. Then, when
//!   `secure` is `True` (the default), `starttls()`, which fails when the
//!   server does not offer STARTTLS. The test is `is True`: only a YAML
//!   boolean counts (PyYAML's `true`/`yes`/`on` in any case); anything
//!   else, `false` included, leaves the session in clear.
//! * `port` defaults to 465 in the schema, and StackStorm fills a schema's
//!   defaults into the config's array items: an account without a port
//!   speaks plain SMTP to 465, which never answers that way.
//! * `smtp_auth` (default `True`, the same `is True` test) logs in with
//!   `username` and `password`; `false` sends without logging in.
//! * The From is no setting of the config: it is the action's `email_from`
//!   parameter on every run.
//! * A value written `{{ st2kv.system.… }}` is read from StackStorm's
//!   datastore when the config is loaded.
//!
//! `server`, `username`, `port` are every list's names: the table needs the
//! pack's own words (`smtp_accounts` items with `smtp_auth`, or the pack's
//! other settings beside them).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Key, Marker, Profile, Sec, SetVal, TlsModel,
    Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_accounts.*.server", Host),
    k("smtp_accounts.*.port", Port),
    k("smtp_accounts.*.username", Username),
    k("smtp_accounts.*.password", Password),
    k("smtp_accounts.*.secure", StartTls),
    k("smtp_accounts.*.smtp_auth", Auth),
];

const MARKERS: &[Marker] = &[
    mark("smtp_accounts.*.smtp_auth"),
    mark("imap_accounts.*.download_attachments"),
    mark("attachment_datastore_ttl"),
    mark("sensor_smtp_listen_port"),
    mark("max_attachment_size"),
];

/// `smtplib.SMTP`, then `starttls()` when `secure` is `True`.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::StartTls,
    both: crate::extract::profile::Both::StartTls,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "server", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "secure", SetVal::Bool(true))],
        "secure: true (a YAML boolean) with port: 587 in the account",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (the pack has no setting for it)",
    ),
    fix_text(
        W::AuthOn,
        &[set(Auth, "smtp_auth", SetVal::Bool(true))],
        "smtp_auth: true with username and password in the account",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a Python/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "username: \"{value}\" in the account"),
    fix_text(W::Password, &[], "password: \"{value}\" in the account"),
    fix_text(
        W::From,
        &[],
        "email_from={value} when you run email.send_email (the config has no From)",
    ),
    fix_text(
        W::Stream,
        &[],
        "the pack has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static STACKSTORM_EMAIL: Profile = Profile {
    id: "stackstorm-email",
    name: "StackStorm email pack",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/StackStorm-Exchange/stackstorm-email/blob/master/README.md https://github.com/StackStorm-Exchange/stackstorm-email/blob/master/config.schema.yaml https://github.com/StackStorm-Exchange/stackstorm-email/blob/master/actions/send_email.py https://github.com/StackStorm/st2/blob/master/st2common/st2common/util/config_loader.py",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: words!["name", "imap_accounts", "email_polling_interval"],
    // `is True`: a YAML boolean (PyYAML 1.1 words), nothing else.
    truth: Truth::Only(words!["true", "yes", "on"]),
    tls: TLS,
    port: Some(465),
    fixes: FIXES,
    sender_hint: "the email_from parameter of each email.send_email run",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "---\nsmtp_accounts:\n  - name: ops\n    server: \"smtp.postmarkapp.com\"\n    port: 587\n    username: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    secure: true\n    smtp_auth: true\nmax_attachment_size: 1024\n";

    #[test]
    fn an_account_with_starttls() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "stackstorm-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        // The From is the action's parameter: only the info that it is not here.
        assert!(ids.iter().all(|i| i == "from/missing"), "{ids:?}");
    }

    #[test]
    fn secure_is_starttls_by_default_and_only_a_boolean_counts() {
        let (_, s, _) = first(&YAML.replace("    secure: true\n", ""));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&YAML.replace("secure: true", "secure: false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `1 is True` is false in Python.
        let (_, s, _) = first(&YAML.replace("secure: true", "secure: 1"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn no_port_is_the_schema_465_in_clear() {
        let (_, s, ids) = first(&YAML.replace("    port: 587\n", ""));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i.starts_with("port/")), "{ids:?}");
        let (_, _, ids) = first(&YAML.replace("port: 587", "port: 465"));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn smtp_auth_false_sends_no_login() {
        let (_, _, ids) = first(&YAML.replace("smtp_auth: true", "smtp_auth: false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn other_account_lists_are_not_taken() {
        let (client, _, _) = first(
            "msmtp_accounts:\n  - account: postmark\n    host: smtp.postmarkapp.com\n    port: 587\n    user: u\n    password: p\n",
        );
        assert_ne!(client, "stackstorm-email");
        let (client, _, _) = first(
            "smtp_accounts:\n  - server: smtp.postmarkapp.com\n    port: 587\n    username: u\n    password: p\n",
        );
        assert_ne!(client, "stackstorm-email");
    }
}
