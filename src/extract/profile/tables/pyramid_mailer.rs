//! pyramid_mailer (Pyramid's mail package): the `mail.*` settings of a
//! Pyramid `.ini` file (`[app:main]`), read by `Mailer.from_settings`.
//!
//! Meaning (Pylons/pyramid_mailer `pyramid_mailer/mailer.py` and its
//! docs `docs/index.rst`; repoze.sendmail `mailer.py` `SMTPMailer`):
//!
//! * `mail.host` (default `localhost`), `mail.port` (default 25).
//! * `mail.tls` (`asbool`, default false): STARTTLS, required (repoze's
//!   `force_tls`); off is `no_tls`: the session stays in clear even when
//!   the server offers STARTTLS.
//! * `mail.ssl` (`asbool`, default false): `smtplib.SMTP_SSL`, TLS from
//!   the first byte. With `mail.tls` too it asks for STARTTLS inside TLS,
//!   which no server offers: the send fails.
//! * `mail.username` / `mail.password`: it logs in when either is set.
//! * `mail.default_sender` is the From of messages that set none.
//! * `mail.queue_path`, `mail.sendmail_app` are other ways to send
//!   (a maildir queue, the local sendmail) chosen per call in code.
//!
//! `mail.host` and `mail.port` are every framework's names (Play, Grails
//! under a prefix): the table needs pyramid_mailer's own (`mail.tls` with
//! `mail.ssl`, `mail.default_sender`, `mail.queue_path`,
//! `pyramid.includes = pyramid_mailer`).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, set, syn, words, Fix, Key, Marker, Profile, SetVal,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail.host", Host),
    k("mail.port", Port),
    k("mail.username", Username),
    k("mail.password", Password),
    k("mail.tls", StartTls),
    k("mail.ssl", ImplicitTls),
    k("mail.default_sender", From),
];

const MARKERS: &[Marker] = &[
    mark("mail.default_sender"),
    mark("mail.queue_path"),
    mark("mail.sendmail_app"),
    mark_value("pyramid.includes", "pyramid_mailer"),
    mark_value("includes", "pyramid_mailer"),
    // Websauna and Kinto's emailer send through pyramid_mailer.
    mark("websauna.mailer"),
    mark_value("kinto.includes", "kinto_emailer"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![
    "mail.queue_path",
    "mail.debug",
    "mail.keyfile",
    "mail.certfile",
    "mail.sendmail_app",
    "mail.sendmail_template",
    "mail.debug_mailer",
    "mail.debug_include_bcc",
    "mail.top_level_directory",
    // Websauna's display name for mail.default_sender.
    "mail.default_sender_name",
    "websauna.mailer",
];

/// `mail.tls` is required STARTTLS, `mail.ssl` TLS from the first byte;
/// neither: clear text (repoze's `no_tls`); both fail.
const TLS: TlsModel = TlsModel {
    absent: "neither mail.tls nor mail.ssl is set (pyramid_mailer then never starts TLS)",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mail.port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mail.host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "mail.tls", SetVal::Lit("true")),
            set(ImplicitTls, "mail.ssl", SetVal::Lit("false")),
        ],
        "mail.tls = true with mail.port = 587 (and no mail.ssl)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Python's default certificate checks (pyramid_mailer has no option to turn them off)",
    ),
    fix_text(W::AuthOn, &[], "mail.username and mail.password"),
    fix_text(W::TlsModern, &[], "a current Python (ssl with TLS 1.2)"),
    fix(W::Username, &[set(Username, "mail.username", SetVal::Given)]),
    fix(W::Password, &[set(Password, "mail.password", SetVal::Given)]),
    fix(W::From, &[set(From, "mail.default_sender", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "an `X-PM-Message-Stream` header in Message(extra_headers=…), or a Server whose default stream is `{value}`",
    ),
];

pub static PYRAMID_MAILER: Profile = Profile {
    id: "pyramid-mailer",
    name: "pyramid_mailer mail.* settings (.ini)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/Pylons/pyramid_mailer/blob/master/docs/index.rst https://github.com/Pylons/pyramid_mailer/blob/master/pyramid_mailer/mailer.py https://github.com/repoze/repoze.sendmail/blob/master/repoze/sendmail/mailer.py",
    // `[app:main]` files are often sniffed as Java properties (`:`).
    syntaxes: syn::INI | syn::PROPERTIES | syn::ENV | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: OTHER_KEYS,
    // Pyramid's `asbool`.
    truth: Truth::Only(words!["true", "yes", "on", "y", "t", "1"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "mail.default_sender (or the sender of each Message)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const INI: &str = "[app:main]\nuse = egg:acme_widgets\npyramid.includes =\n    pyramid_tm\n    pyramid_mailer\n\nmail.host = smtp.postmarkapp.com\nmail.port = 587\nmail.username = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nmail.password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nmail.tls = true\nmail.default_sender = hello@acme-widgets.io\n";

    #[test]
    fn ini_with_tls() {
        let s = clean_starttls(INI, "pyramid-mailer");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn tls_switches() {
        // No mail.tls: repoze's no_tls, clear text.
        let (_, s, ids) = first(&INI.replace("mail.tls = true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&INI.replace("mail.tls = true", "mail.tls = false"));
        assert_eq!(s["security"], "none");
        let (_, s, ids) = first(&INI.replace("mail.tls = true", "mail.ssl = true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // asbool: `yes` and `1` are true.
        let (_, s, _) = first(&INI.replace("mail.tls = true", "mail.tls = yes"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn plain_mail_host_is_not_taken() {
        let ini = "[app:main]\nmail.host = smtp.postmarkapp.com\nmail.port = 587\nmail.username = u\nmail.password = p\n";
        let r = crate::lint(ini, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "pyramid-mailer"));
    }
}
