//! Odoo: the server options of `odoo.conf` (`[options]` `smtp_server`,
//! `smtp_port`, `smtp_ssl`, `smtp_user`, `smtp_password`, `email_from`),
//! and outgoing mail server records (`ir.mail_server`: `smtp_host`,
//! `smtp_port`, `smtp_encryption`…) written in XML data files.
//!
//! Meaning (odoo.com documentation "Command-line interface: odoo-bin",
//! section Emails, and "Connect an external SMTP server"; `odoo/tools/config.py`
//! and `odoo/addons/base/models/ir_mail_server.py` `connect()`):
//!
//! * Without a mail server record Odoo uses the options: `smtp_server`
//!   (default `localhost`), `smtp_port` (default 25), `smtp_user` and
//!   `smtp_password` (a login only when a user is set).
//! * `smtp_ssl` does **not** mean SMTPS: "smtp_ssl => STARTTLS as of v7"
//!   (`connect()`): true requires STARTTLS, and without it the session stays
//!   in clear — Odoo never upgrades by itself.
//! * Values of `odoo.conf` go through `config.py`: `True`/`true` and
//!   `False`/`false` are booleans; Odoo 18 also skips `None` and empty
//!   values (the default applies), while older releases keep any other
//!   word as a string, which Python reads as true. `smtp_user = False`
//!   (what `--save` writes) means no user.
//! * `email_from` is the From of mail without one (Odoo 15+; before, the
//!   catch-all address); `from_filter` restricts which senders use the
//!   server.
//! * A record's `smtp_encryption`: `none` (the default) clear text,
//!   `starttls` STARTTLS required, `ssl` TLS from the first byte
//!   (`SMTP_SSL`). `smtp_port` defaults to 25; `active` false disables
//!   the record. `smtp_authentication` `certificate` logs in with a client
//!   certificate instead of the user and password.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Both, Fix, Hooks, Key, Pairs,
    Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const CONF_KEYS: &[Key] = &[
    k("options.smtp_server", Host),
    k("options.smtp_port", Port),
    k("options.smtp_user", Username),
    k("options.smtp_password", Password),
    k("options.smtp_ssl", StartTls),
    k("options.email_from", From),
];

/// `[options]` keys that carry nothing we check (mail and the usual
/// neighbours of the SMTP lines).
const CONF_OTHER: Words = words![
    "from_filter",
    "smtp_ssl_certificate_filename",
    "smtp_ssl_private_key_filename",
    "addons_path",
    "admin_passwd",
    "data_dir",
    "db_host",
    "db_port",
    "db_user",
    "db_password",
    "db_name",
    "db_filter",
    "dbfilter",
    "db_maxconn",
    "db_sslmode",
    "db_template",
    "http_port",
    "http_interface",
    "http_enable",
    "gevent_port",
    "longpolling_port",
    "list_db",
    "log_level",
    "logfile",
    "log_handler",
    "proxy_mode",
    "workers",
    "max_cron_threads",
    "limit_memory_hard",
    "limit_memory_soft",
    "limit_request",
    "limit_time_cpu",
    "limit_time_real",
    "limit_time_real_cron",
    "without_demo",
    "server_wide_modules",
    "csv_internal_sep",
    "unaccent",
];

const CONF_LEFTOVERS: Pairs = pairs![
    ("smtp_host", "smtp_server"),
    ("smtp_username", "smtp_user"),
    ("smtp_pass", "smtp_password"),
    ("smtp_tls", "smtp_ssl"),
    ("smtp_starttls", "smtp_ssl"),
    ("smtp_encryption", "smtp_ssl"),
    ("smtp_from", "email_from"),
    ("mail_from", "email_from"),
];

/// `smtp_ssl` is STARTTLS; without it, clear text.
const CONF_TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::StartTls,
    absent: "no smtp_ssl = True",
};

const CONF_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_server", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(StartTls, "smtp_ssl", SetVal::Word("True"))],
        "smtp_ssl = True in [options] (STARTTLS, with smtp_port = 587)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "smtp_user and smtp_password in [options]"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Odoo release (Python 3's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtp_user = {value}"),
    fix_text(W::Password, &[], "smtp_password = {value}"),
    fix_text(W::From, &[], "email_from = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Odoo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `smtp_user = False` (or `None`): the option is not set.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn unset_words(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        c.fields.retain(|f| {
            !(matches!(f.role, Username | Password | From | Host)
                && f.value
                    .literal()
                    .is_some_and(|t| matches!(t.trim(), "False" | "false" | "None")))
        });
    }
}

pub static ODOO_CONF: Profile = Profile {
    id: "odoo",
    name: "Odoo odoo.conf [options]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.odoo.com/documentation/17.0/developer/reference/cli.html#emails https://github.com/odoo/odoo/blob/17.0/odoo/addons/base/models/ir_mail_server.py https://github.com/odoo/odoo/blob/17.0/odoo/tools/config.py",
    syntaxes: syn::INI | syn::CONF,
    keys: CONF_KEYS,
    markers: &[
        mark("options.smtp_server"),
        mark("options.smtp_ssl"),
        mark("options.email_from"),
    ],
    needs_marker: true,
    family: &["smtp_"],
    other_keys: CONF_OTHER,
    leftovers: CONF_LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["False", "false"]),
    // configparser keeps quotes as part of the value.
    quotes_literal: true,
    tls: CONF_TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: CONF_FIXES,
    sender_hint: "email_from in [options] of odoo.conf (or the mail server's from_filter and the catch-all domain)",
    hooks: Hooks {
        finish: Some(unset_words),
        ..Hooks::NONE
    },
    ..BASE
};

const SERVER_KEYS: &[Key] = &[
    k("smtp_host", Host),
    k("smtp_port", Port),
    k("smtp_user", Username),
    k("smtp_pass", Password),
    k("smtp_encryption", Encryption),
    k("active", Enabled),
];

const SERVER_OTHER: Words = words![
    "name",
    "sequence",
    "from_filter",
    "smtp_authentication",
    "smtp_debug",
    "smtp_ssl_certificate",
    "smtp_ssl_private_key",
    "model",
    "id",
];

const SERVER_LEFTOVERS: Pairs = pairs![
    ("smtp_server", "smtp_host"),
    ("smtp_password", "smtp_pass"),
    ("smtp_ssl", "smtp_encryption"),
    ("smtp_tls", "smtp_encryption"),
];

const SERVER_TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("starttls", Sec::StartTls),
        ("none", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no smtp_encryption (none by default)",
};

const SERVER_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port {port} on the mail server"),
    fix_text(W::Host, &[], "smtp_host {value} on the mail server"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_encryption starttls (\"TLS (STARTTLS)\") with smtp_port 587",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_authentication login with smtp_user and smtp_pass",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Odoo release (Python 3's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "smtp_user {value}"),
    fix_text(W::Password, &[], "smtp_pass {value}"),
    fix_text(
        W::From,
        &[],
        "{value} as the sender (from_filter on the server, email_from in odoo.conf)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Odoo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ODOO_MAIL_SERVER: Profile = Profile {
    id: "odoo-mail-server",
    name: "Odoo outgoing mail server (ir.mail_server)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.odoo.com/documentation/17.0/applications/general/email_communication/email_servers.html https://github.com/odoo/odoo/blob/17.0/odoo/addons/base/models/ir_mail_server.py",
    // XML data files (`<record model="ir.mail_server">`); CSV data files
    // and Python `create({…})` calls are not read here.
    syntaxes: syn::XML,
    keys: SERVER_KEYS,
    // `<record model="ir.mail_server">`, or Odoo's encryption field name.
    markers: &[
        mark_value("record.model", "ir.mail_server"),
        mark("record.smtp_encryption"),
    ],
    needs_marker: true,
    other_keys: SERVER_OTHER,
    leftovers: SERVER_LEFTOVERS,
    case_sensitive: true,
    // `eval="False"`: Python literals.
    truth: Truth::Python,
    tls: SERVER_TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "active on the mail server",
    }),
    fixes: SERVER_FIXES,
    sender_hint: "the sender Odoo uses (email_from in odoo.conf, the server's from_filter, or the catch-all domain)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CONF: &str = "[options]\naddons_path = /mnt/extra-addons\nadmin_passwd = admin\ndb_host = db\nemail_from = erp@acme.io\nsmtp_server = smtp.postmarkapp.com\nsmtp_port = 587\nsmtp_ssl = True\nsmtp_user = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nproxy_mode = True\n";

    #[test]
    fn smtp_ssl_means_starttls() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "odoo");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "erp@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&CONF.replace("smtp_ssl = True", "smtp_ssl = False"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        // SMTPS on 465 is not what smtp_ssl does: STARTTLS on a TLS port.
        let (_, s, ids) = first(&CONF.replace("587", "465"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn saved_defaults_are_unset_not_values() {
        let (_, s, ids) = first("[options]\nadmin_passwd = admin\nemail_from = False\nsmtp_password = False\nsmtp_port = 25\nsmtp_server = localhost\nsmtp_ssl = False\nsmtp_user = False\nlist_db = None\n");
        assert_eq!(s["username"], serde_json::Value::Null);
        assert_eq!(s["from"], serde_json::Value::Null);
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }

    #[test]
    fn other_xml_with_smtp_names_is_not_odoo() {
        let (client, _, _) = first("<config><smtp_host>smtp.postmarkapp.com</smtp_host><smtp_port>587</smtp_port><smtp_user>u</smtp_user><smtp_pass>u</smtp_pass></config>");
        assert_ne!(client, "odoo-mail-server");
    }

    #[test]
    fn mail_server_records() {
        let xml = "<odoo><data noupdate=\"1\"><record id=\"pm\" model=\"ir.mail_server\"><field name=\"name\">Postmark</field><field name=\"smtp_host\">smtp.postmarkapp.com</field><field name=\"smtp_port\" eval=\"587\"/><field name=\"smtp_encryption\">starttls</field><field name=\"smtp_user\">5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</field><field name=\"smtp_pass\">5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c</field></record></data></odoo>";
        let (client, s, ids) = first(xml);
        assert_eq!(client, "odoo-mail-server");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, _) = first(&xml.replace(">starttls<", ">ssl<"));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&xml.replace("<field name=\"smtp_encryption\">starttls</field>", ""));
        assert_eq!(s["security"], "none");
    }
}
