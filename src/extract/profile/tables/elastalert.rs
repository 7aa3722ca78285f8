//! ElastAlert 2 (and Yelp's ElastAlert before it): the email alerter's
//! options, in a rule file or in the global `config.yaml` (which every
//! rule inherits).
//!
//! Meaning (elastalert2.readthedocs.io "Alerts → Email" and "Configuration";
//! the code: `elastalert/alerters/email.py`, `EmailAlerter`, which sends with
//! Python's `smtplib`):
//!
//! * `smtp_host` (default `localhost`), `smtp_port` (none written: smtplib's
//!   default, 25, or 465 with `smtp_ssl`).
//! * `smtp_ssl` true: `SMTP_SSL`, TLS from the first byte. Otherwise
//!   `SMTP`, then `starttls()` only when the server offers STARTTLS
//!   (`has_extn('STARTTLS')`): upgraded when offered, clear text when not.
//!   The value is the YAML value taken by Python's truthiness.
//! * There is no username or password option: `smtp_auth_file` names a YAML
//!   file with `user` and `password`, and ElastAlert logs in exactly when
//!   the option is set. A pasted auth file's `user`/`password` are read as
//!   the login.
//! * `from_addr` is the From (default the word `ElastAlert`, no address);
//!   `email_reply_to` the Reply-To; `smtp_cert_file`/`smtp_key_file` a
//!   client certificate.
//! * `smtp_host`, `smtp_port` are many apps' names: the table needs
//!   ElastAlert's own names beside them (`smtp_auth_file`, `from_addr`,
//!   the rule's `alert`/`email`, `es_host`, `rules_folder`…).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, shared, syn, words, Fix, Key, Marker,
    Pairs, Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_host", Host),
    k("smtp_port", Port),
    k("smtp_ssl", ImplicitTls),
    k("smtp_auth_file", CredentialsFile),
    k("from_addr", From),
    // The auth file itself (`user:`/`password:`), when pasted beside.
    k("user", Username),
    k("password", Password),
];

const MARKERS: &[Marker] = &[
    mark("smtp_auth_file"),
    mark("email_reply_to"),
    mark("notify_email"),
    mark("rules_folder"),
    mark("writeback_index"),
    mark("alert_text_type"),
    mark("alert_subject_args"),
    mark("es_host"),
    shared(mark("from_addr")),
    shared(mark_value("alert", "email")),
    shared(mark_value("alert.*", "email")),
];

const OTHER_KEYS: Words = words![
    "email",
    "email_reply_to",
    "email_format",
    "email_from_field",
    "email_add_domain",
    "email_image_keys",
    "email_image_values",
    "assets_dir",
    "cc",
    "bcc",
    "smtp_cert_file",
    "smtp_key_file",
    "notify_email",
    "notify_alert",
    "notify_all_errors",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_user", "smtp_auth_file"),
    ("smtp_username", "smtp_auth_file"),
    ("smtp_password", "smtp_auth_file"),
    ("smtp_tls", "smtp_ssl"),
    ("smtp_starttls", "smtp_ssl"),
    ("smtp_from", "from_addr"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(ImplicitTls, "smtp_ssl", SetVal::Bool(false))],
        "smtp_ssl: false with smtp_port: 587 (ElastAlert then upgrades with STARTTLS, which Postmark offers)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "ElastAlert's SMTP options as they are (it has no option that checks the certificate: smtplib's default context does not)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_auth_file: a YAML file with `user:` and `password:` (ElastAlert logs in only with it)",
    ),
    fix_text(W::TlsModern, &[], "a current Python/OpenSSL (TLS 1.2+)"),
    fix_text(W::Username, &[], "user: {value} in the smtp_auth_file"),
    fix_text(W::Password, &[], "password: {value} in the smtp_auth_file"),
    fix(W::From, &[set(From, "from_addr", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "ElastAlert has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ELASTALERT: Profile = Profile {
    id: "elastalert",
    name: "ElastAlert 2 email alerter (rule / config.yaml)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://elastalert2.readthedocs.io/en/latest/alerts.html#email https://github.com/jertel/elastalert2/blob/master/elastalert/alerters/email.py https://github.com/Yelp/elastalert/blob/master/docs/source/ruletypes.rst",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Python,
    tls: TlsModel::OPPORTUNISTIC,
    port: Some(25),
    implicit_port: Some(465),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "from_addr",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const RULE: &str = "name: Too many errors\ntype: frequency\nindex: logstash-*\nnum_events: 5\ntimeframe:\n  minutes: 5\nfilter:\n- term:\n    level: error\nalert:\n- email\nemail:\n- ops@acme-widgets.io\nsmtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_auth_file: /opt/elastalert/smtp_auth.yaml\nfrom_addr: alerts@acme-widgets.io\n";

    #[test]
    fn rule_with_auth_file() {
        let (client, s, ids) = first(RULE);
        assert_eq!(client, "elastalert");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "alerts@acme-widgets.io");
        // No smtp_ssl: STARTTLS when the server offers it.
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn smtp_ssl_is_tls_from_the_first_byte() {
        let (_, s, ids) = first(&RULE.replace("smtp_port: 587", "smtp_port: 465\nsmtp_ssl: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // Without a port, smtplib's SMTP_SSL dials 465: no port finding.
        let (_, s, ids) = first(&RULE.replace("smtp_port: 587", "smtp_ssl: True"));
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn pasted_auth_file_is_the_login() {
        let paste = format!(
            "{RULE}\n# smtp_auth.yaml\nuser: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\npassword: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n"
        );
        let (_, s, _) = first(&paste);
        assert_eq!(s["username"], "5c3e…5b6c");
    }

    #[test]
    fn other_apps_smtp_host_is_not_claimed() {
        // CodeIgniter-style names in YAML, no ElastAlert option beside them.
        let yaml = "smtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_user: u\nsmtp_pass: p\n";
        let (client, _, _) = first(yaml);
        assert_ne!(client, "elastalert");
    }
}
