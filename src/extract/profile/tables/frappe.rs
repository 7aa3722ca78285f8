//! Frappe / ERPNext: the outgoing mail server of a site's
//! `sites/<site>/site_config.json` (or `common_site_config.json`), which
//! Frappe uses as the default outgoing Email Account when none is set up
//! in the desk.
//!
//! Meaning (Frappe docs "Site config" and "Email Account"; the code:
//! `frappe/email/smtp.py` `SMTPServer`, and the site-config account of
//! `frappe/email/doctype/email_account/email_account.py`):
//!
//! * `mail_server`, `mail_port`, `mail_login`, `mail_password`;
//!   `auto_email_id` is the From (Frappe's default
//!   `notifications@example.com` when missing).
//! * `use_ssl` (truthy by `cint`): `smtplib.SMTP_SSL`, TLS from the first
//!   byte. `use_tls`: `starttls()` after EHLO, required (smtplib raises
//!   when the server does not offer it). Neither: clear text. Both: an SSL
//!   session that then asks for STARTTLS, which fails.
//! * The port: `mail_port`, else 465 with `use_ssl`, else 587 with
//!   `use_tls`, else 0, which smtplib turns into 25.
//! * It logs in only when a password is given (`login` defaults to "").

use crate::extract::profile::tls;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail_server", Host),
    k("mail_port", Port),
    k("mail_login", Username),
    k("mail_password", Password),
    k("use_ssl", ImplicitTls),
    k("use_tls", StartTls),
    k("auto_email_id", From),
];

const MARKERS: &[Marker] = &[
    mark("mail_login"),
    mark("auto_email_id"),
    mark("always_use_account_email_id_as_sender"),
    mark("always_use_account_name_as_sender_name"),
];

const TLS: TlsModel = TlsModel {
    both: Both::Conflict,
    absent: "no use_tls (Frappe's default is no encryption)",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"mail_port\": {port} in site_config.json"),
    fix_text(W::Host, &[], "\"mail_server\": \"{value}\" in site_config.json"),
    fix_text(
        W::StartTls,
        &[],
        "\"use_tls\": 1 (and no use_ssl) in site_config.json",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Frappe has no certificate setting: Python's default context checks nothing for SMTP; use an Email Account",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"mail_login\" and \"mail_password\" in site_config.json",
    ),
    fix_text(W::TlsModern, &[], "a current Python (TLS 1.2+)"),
    fix_text(W::Username, &[], "\"mail_login\": \"{value}\" in site_config.json"),
    fix_text(W::Password, &[], "\"mail_password\": \"{value}\" in site_config.json"),
    fix_text(W::From, &[], "\"auto_email_id\": \"{value}\" in site_config.json"),
    fix_text(
        W::Stream,
        &[],
        "Frappe has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FRAPPE: Profile = Profile {
    id: "frappe",
    name: "Frappe / ERPNext site_config.json",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://frappeframework.com/docs/user/en/basics/site_and_site_config https://github.com/frappe/frappe/blob/develop/frappe/email/smtp.py",
    syntaxes: syn::JSON | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "db_name",
        "db_password",
        "db_type",
        "db_host",
        "db_port",
        "db_user",
        "admin_password",
        "root_login",
        "root_password",
        "install_apps",
        "throttle_user_limit",
        "allow_tests",
        "email_sender_name",
        "disable_standard_email_footer",
        "redis_cache",
        "redis_queue",
        "redis_socketio",
        "encryption_key",
        "host_name",
        "developer_mode",
        "maintenance_mode",
        "mute_emails",
    ],
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "\"auto_email_id\" in site_config.json (default notifications@example.com)",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// 465 with `use_ssl`, 587 with `use_tls`, else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    if tls::implicit_switched_on(cfg) {
        return Some(465);
    }
    let starttls = cfg
        .get(StartTls)
        .and_then(|f| f.value.as_bool())
        .unwrap_or(false);
    Some(if starttls { 587 } else { 25 })
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const SITE: &str = "{\n \"db_name\": \"_1bd3e0294da19198\",\n \"db_password\": \"aBcDeFgHiJkLmNoP\",\n \"mail_server\": \"smtp.postmarkapp.com\",\n \"mail_port\": 587,\n \"use_tls\": 1,\n \"mail_login\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n \"mail_password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n \"auto_email_id\": \"erp@acme.io\"\n}\n";

    #[test]
    fn starttls_with_use_tls() {
        let (client, s, ids) = first(SITE);
        assert_eq!(client, "frappe");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "erp@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_default_port_follows_the_switches() {
        let ssl = SITE
            .replace("\"use_tls\": 1", "\"use_ssl\": 1")
            .replace(" \"mail_port\": 587,\n", "");
        let (_, s, ids) = first(&ssl);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let plain = SITE.replace(" \"use_tls\": 1,\n", "");
        let (_, s, ids) = first(&plain);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let both = SITE.replace("\"use_tls\": 1", "\"use_tls\": 1, \"use_ssl\": 1");
        let (_, _, ids) = first(&both);
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn an_odoo_mail_server_record_is_not_frappe() {
        let (client, _, _) =
            first("{\"mail_server\": \"smtp.postmarkapp.com\", \"smtp_port\": 587}");
        assert_ne!(client, "frappe");
    }
}
