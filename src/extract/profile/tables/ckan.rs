//! CKAN: the `smtp.*` options of `ckan.ini` and the `CKAN_SMTP_*`
//! environment variables that override them (the Docker images'
//! `.env`), sent with Python's `smtplib`.
//!
//! Meaning (docs "Configuration options → Email settings"; the code:
//! `ckan/lib/mailer.py`, `ckan/config/environment.py` `CONFIG_FROM_ENV_VARS`):
//!
//! * `smtp.server` is handed whole to `smtplib.SMTP(server)`, which reads
//!   `host:port` (port 25 without one): `host:port` by design. With no
//!   server (empty) CKAN sends no email at all.
//! * `smtp.starttls` (boolean, default off): STARTTLS, required (CKAN
//!   raises "SMTP server does not support STARTTLS" when it is not
//!   offered); off means clear text. There is no setting for TLS from the
//!   first byte: port 465 waits for a greeting that never comes.
//! * Booleans are CKAN's `asbool`: `true`/`yes`/`on`/`y`/`t`/`1` (any
//!   case) are true, `false`/`no`/`off`/`n`/`f`/`0` false.
//! * It logs in when `smtp.user` is set (`smtp.password` must be too).
//! * `smtp.mail_from` is the envelope sender and the From address.
//! * `CKAN_SMTP_SERVER`, `CKAN_SMTP_STARTTLS`, `CKAN_SMTP_USER`,
//!   `CKAN_SMTP_PASSWORD`, `CKAN_SMTP_MAIL_FROM` override the file.

use super::gotosocial::empty_host_is_off;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, Read, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("smtp.server|CKAN_SMTP_SERVER", Host, Read::HostPort),
    k("smtp.user|CKAN_SMTP_USER", Username),
    k("smtp.password|CKAN_SMTP_PASSWORD", Password),
    k("smtp.starttls|CKAN_SMTP_STARTTLS", StartTls),
    k("smtp.mail_from|CKAN_SMTP_MAIL_FROM", From),
];

const MARKERS: &[Marker] = &[
    mark("smtp.mail_from"),
    mark("smtp.starttls"),
    mark("smtp.reply_to"),
    mark("CKAN_SMTP_SERVER"),
    mark("CKAN_SMTP_MAIL_FROM"),
    mark("CKAN_SMTP_STARTTLS"),
    mark("ckan.site_url"),
    mark("CKAN_SITE_URL"),
    mark_value("use", "egg:ckan"),
    mark_value("image", "ckan"),
];

const OTHER_KEYS: Words = words![
    "smtp.reply_to",
    "smtp.test_server",
    "email_to",
    "error_email_from",
    "CKAN_SMTP_REPLY_TO",
    "CKAN_SITE_URL",
    "CKAN_SITE_ID",
    "CKAN_SQLALCHEMY_URL",
    "CKAN_SOLR_URL",
    "CKAN_REDIS_URL",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp.host", "smtp.server"),
    ("smtp.port", "smtp.server"),
    ("smtp.username", "smtp.user"),
    ("smtp.pass", "smtp.password"),
    ("smtp.tls", "smtp.starttls"),
    ("smtp.ssl", "smtp.starttls"),
    ("smtp.use_tls", "smtp.starttls"),
    ("smtp.from", "smtp.mail_from"),
    ("CKAN_SMTP_HOST", "CKAN_SMTP_SERVER"),
    ("CKAN_SMTP_PORT", "CKAN_SMTP_SERVER"),
    ("CKAN_SMTP_USERNAME", "CKAN_SMTP_USER"),
    ("CKAN_SMTP_TLS", "CKAN_SMTP_STARTTLS"),
    ("CKAN_SMTP_FROM", "CKAN_SMTP_MAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp.server = <host>:{port}"),
    fix(W::Host, &[set(Host, "smtp.server", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "smtp.server = <host>:587 with smtp.starttls = true (CKAN has no TLS from the first byte)",
    ),
    fix_text(W::VerifyOn, &[], "a current CKAN release"),
    fix_text(
        W::AuthOn,
        &[],
        "smtp.user and smtp.password (CKAN logs in when smtp.user is set)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a Python built with an OpenSSL that supports TLS 1.2",
    ),
    fix(W::Username, &[set(Username, "smtp.user", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "smtp.password", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "smtp.mail_from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "CKAN has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CKAN: Profile = Profile {
    id: "ckan",
    name: "CKAN ckan.ini smtp.* / CKAN_SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.ckan.org/en/latest/maintaining/configuration.html#email-settings https://github.com/ckan/ckan/blob/master/ckan/lib/mailer.py https://github.com/ckan/ckan/blob/master/ckan/config/environment.py",
    syntaxes: syn::INI | syn::PROPERTIES | syn::CONF | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp.", "CKAN_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    truth: Truth::Only(words!["true", "yes", "on", "y", "t", "1"]),
    tls: TlsModel {
        absent: "no smtp.starttls = true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "smtp.server",
    }),
    fixes: FIXES,
    sender_hint: "smtp.mail_from in ckan.ini (CKAN_SMTP_MAIL_FROM)",
    hooks: Hooks {
        finish: Some(empty_host_is_off),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "[app:main]\nuse = egg:ckan\nckan.site_url = https://data.acme.io\n\n## Email settings\nsmtp.server = smtp.postmarkapp.com:587\nsmtp.starttls = True\nsmtp.user = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp.password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp.mail_from = data@acme.io\n";

    #[test]
    fn server_is_host_port_by_design() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "ckan");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "data@acme.io");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn no_starttls_is_clear_text_and_no_port_is_25() {
        let (_, s, ids) = first(&INI.replace("smtp.starttls = True\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&INI.replace(":587", ""));
        assert_eq!(s["port"], serde_json::Value::Null);
        let (_, _, ids) = first(&INI.replace(":587", ":465"));
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn environment_is_read() {
        let env = "CKAN_SITE_URL=https://data.acme.io\nCKAN_SMTP_SERVER=smtp.postmarkapp.com:587\nCKAN_SMTP_STARTTLS=True\nCKAN_SMTP_USER=u\nCKAN_SMTP_PASSWORD=u\nCKAN_SMTP_MAIL_FROM=data@acme.io\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "ckan");
        assert_eq!(s["port"], 587);
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        let (_, _, ids) = first(&env.replace("smtp.postmarkapp.com:587", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
