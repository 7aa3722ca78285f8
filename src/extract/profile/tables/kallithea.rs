//! Kallithea and RhodeCode: the email settings of the `.ini` file
//! (`kallithea.ini`, `rhodecode.ini`, in `[DEFAULT]`).
//!
//! Meaning (Kallithea's docs/usage/email.rst and RhodeCode's
//! docs/install/setup-email.rst; the code: Kallithea's
//! `kallithea/lib/celerylib/tasks.py` `send_email` and
//! `kallithea/lib/rcmail/smtp_mailer.py` `SmtpMailer`, which RhodeCode's
//! `rhodecode/lib/rcmail/smtp_mailer.py` shares; Python's `smtplib`):
//!
//! * Without `smtp_server` no mail is sent (it is logged).
//!   `smtp_port` empty: smtplib's default, 25, or 465 with `smtp_use_ssl`.
//! * `smtp_use_ssl = true`: `smtplib.SMTP_SSL`, TLS from the first byte.
//!   `smtp_use_tls = true`: `starttls()` after connecting, required
//!   (smtplib raises when the server does not offer it). Neither: clear
//!   text. Both: STARTTLS inside TLS, which servers refuse. `str2bool`
//!   reads `true`, `yes`, `on`, `y`, `t`, `1` as true.
//! * It logs in when both `smtp_username` and `smtp_password` are set;
//!   `smtp_auth` forces the AUTH methods offered (`LOGIN PLAIN CRAM-MD5`).
//! * `app_email_from` is the envelope sender and From (`Name <address>`
//!   allowed; default the word `Kallithea`); `error_email_from` and
//!   `email_to` are for error reports.
//! * `smtp_server` and `smtp_port` are other apps' names too (Odoo's):
//!   the table needs `app_email_from`, `smtp_use_ssl` or the app's egg
//!   beside them (`smtp_use_tls` is also a name people give Airflow's
//!   `smtp_starttls`).

use super::gotosocial::empty_host_is_off;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_near, shared, syn, words, Fix, Hooks, Key,
    Marker, Pairs, Profile, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_server", Host),
    k("smtp_port", Port),
    k("smtp_username", Username),
    k("smtp_password", Password),
    k("smtp_use_ssl", ImplicitTls),
    k("smtp_use_tls", StartTls),
    k("smtp_auth", AuthMethod),
    k("app_email_from", From),
];

const MARKERS: &[Marker] = &[
    mark("app_email_from"),
    mark("smtp_use_ssl"),
    mark_value("use", "egg:kallithea"),
    mark_value("use", "egg:rhodecode"),
    shared(mark("error_email_from")),
    shared(mark("email_prefix")),
    shared(mark("email_to")),
    shared(mark("smtp_use_tls")),
];

const OTHER_KEYS: Words = words![
    "email_to",
    "error_email_from",
    "email_prefix",
    "error_message",
    "debug",
    "pdebug",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_host", "smtp_server"),
    ("smtp_user", "smtp_username"),
    ("smtp_pass", "smtp_password"),
    ("smtp_ssl", "smtp_use_ssl"),
    ("smtp_tls", "smtp_use_tls"),
    ("smtp_starttls", "smtp_use_tls"),
    ("email_from", "app_email_from"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_server", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_near(StartTls, "smtp_use_tls", SetVal::Word("true"), Port),
            set_near(ImplicitTls, "smtp_use_ssl", SetVal::Word("false"), Port),
        ],
        "smtp_use_tls = true and smtp_use_ssl = false with smtp_port = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "the settings as they are (smtplib's starttls() does not check the certificate; there is no option for it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_username and smtp_password (both are needed to log in)",
    ),
    fix_text(W::TlsModern, &[], "a current Python/OpenSSL (TLS 1.2+)"),
    fix(W::Username, &[set(Username, "smtp_username", SetVal::Given)]),
    fix(W::Password, &[set(Password, "smtp_password", SetVal::Given)]),
    fix(W::From, &[set(From, "app_email_from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Kallithea has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KALLITHEA: Profile = Profile {
    id: "kallithea",
    name: "Kallithea / RhodeCode .ini email settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://kallithea.readthedocs.io/en/latest/usage/email.html https://docs.rhodecode.com/RhodeCode-Enterprise/install/setup-email.html https://kallithea-scm.org/repos/kallithea/files/tip/kallithea/lib/rcmail/smtp_mailer.py",
    syntaxes: syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    truth: Truth::Only(words!["true", "yes", "on", "y", "t", "1"]),
    tls: TlsModel {
        absent: "no smtp_use_tls = true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    implicit_port: Some(465),
    // An empty `smtp_server` sends nothing (the mail is only logged).
    switch: Some(Switch::plain("smtp_server")),
    fixes: FIXES,
    sender_hint: "app_email_from",
    hooks: Hooks {
        finish: Some(empty_host_is_off),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const INI: &str = "[DEFAULT]\nemail_to = admin@acme-widgets.io\nerror_email_from = kallithea-noreply@acme-widgets.io\napp_email_from = Kallithea <kallithea-noreply@acme-widgets.io>\nsmtp_server = smtp.postmarkapp.com\nsmtp_username = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_port = 587\nsmtp_use_tls = true\n\n[app:main]\nuse = egg:kallithea\n";

    #[test]
    fn ini_with_starttls() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "kallithea");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn switches_and_default_ports() {
        let (_, s, ids) = first(&INI.replace("smtp_use_tls = true", "smtp_use_tls = false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let ssl = INI
            .replace("smtp_port = 587\n", "smtp_port =\n")
            .replace("smtp_use_tls = true", "smtp_use_ssl = yes");
        let (_, s, _) = first(&ssl);
        assert_eq!(s["security"], "implicit");
        let (_, _, ids) = first(
            &format!("{INI}smtp_use_ssl = true\n").replace("[app:main]\nuse = egg:kallithea\n", ""),
        );
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn an_empty_server_sends_nothing() {
        let (_, _, ids) =
            first(&INI.replace("smtp_server = smtp.postmarkapp.com", "smtp_server ="));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        assert!(!has(&ids, "host/missing"), "{ids:?}");
    }

    #[test]
    fn odoo_conf_is_not_kallithea() {
        let conf = "[options]\nsmtp_server = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_ssl = False\nsmtp_user = u\nsmtp_password = p\nemail_from = odoo@acme-widgets.io\n";
        let (client, _, _) = first(conf);
        assert_ne!(client, "kallithea");
    }
}
