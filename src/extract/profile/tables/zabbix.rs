//! Zabbix email media types: a `media_types:` entry of a Zabbix export
//! (YAML, XML or JSON: `smtp_server`, `smtp_port`, `smtp_email`,
//! `smtp_security`, `smtp_authentication`…), the same object given to the
//! API's `mediatype.create` (numeric values, `passwd`), and the Ansible
//! module `community.zabbix.zabbix_mediatype` (`smtp_server_port`,
//! `smtp_security: STARTTLS`, `smtp_authentication: true`).
//!
//! Meaning (Zabbix manual "Media types → E-mail", "Configuration export:
//! media types", API "Media type object"; the Ansible module's docs):
//!
//! * `smtp_port` defaults to 25.
//! * `smtp_security`: `NONE` (default, API 0) sends in clear, `STARTTLS`
//!   (API 1) requires STARTTLS, `SSL_OR_TLS` (API 2; Ansible `SSL/TLS`)
//!   is implicit TLS. An export leaves a default value out, so a media
//!   type without `smtp_security` sends in clear.
//! * It logs in only with `smtp_authentication: PASSWORD` (the export's
//!   word, Zabbix's `CXmlConstantName::SMTP_AUTHENTICATION_PASSWORD`; API 1; Ansible
//!   `true`), default `NONE`: `username` and `password` (API `passwd`) are
//!   otherwise not used.
//! * `smtp_email` is the From; `smtp_helo` the HELO name.
//! * The Ansible module fills what its task leaves out: `smtp_server`
//!   defaults to `localhost`, `smtp_server_port` to 25, `smtp_helo` to
//!   `localhost` (module docs and `argument_spec`). An export or API
//!   object has no default server. The module's form shows in its own
//!   names: `smtp_server_port`, `smtp_authentication` as a boolean,
//!   `smtp_security` as `None`/`SSL/TLS`.
//! * `smtp_verify_peer` / `smtp_verify_host` (default `NO`, API 0): the
//!   certificate is checked only when they are on. An unwritten default
//!   is no setting that turns checks off, so no finding is made of it.

use crate::extract::profile::{
    fix_text, k, mark, shared, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, TlsModel,
    Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_server", Host),
    k("smtp_port|smtp_server_port", Port),
    k("smtp_email", From),
    k("smtp_security", Encryption),
    k("smtp_authentication", Auth),
    k("smtp_verify_peer", VerifyPeer),
    k("username", Username),
    k("password|passwd", Password),
];

const MARKERS: &[Marker] = &[
    mark("smtp_helo"),
    // Any app's sender name (a `notifications:` block's `smtp_email`):
    // it counts only beside Zabbix's own names.
    shared(mark("smtp_email")),
    mark("smtp_authentication"),
    mark("smtp_verify_peer"),
    mark("zabbix_export"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("NONE", Sec::Plain),
        ("0", Sec::Plain),
        ("STARTTLS", Sec::StartTls),
        ("1", Sec::StartTls),
        ("SSL_OR_TLS", Sec::Implicit),
        ("SSL/TLS", Sec::Implicit),
        ("2", Sec::Implicit),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no smtp_security (Zabbix's default NONE sends in clear)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port: '{port}' in the media type"),
    fix_text(W::Host, &[], "smtp_server: {value} in the media type"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_security: STARTTLS in the media type (Connection security: STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtp_verify_peer: 'YES' in the media type",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_authentication: PASSWORD in the media type (Authentication: Username and password)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Zabbix release (libcurl with TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} in the media type"),
    fix_text(W::Password, &[], "password: {value} in the media type"),
    fix_text(W::From, &[], "smtp_email: {value} in the media type"),
    fix_text(
        W::Stream,
        &[],
        "Zabbix has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ZABBIX: Profile = Profile {
    id: "zabbix",
    name: "Zabbix email media type",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.zabbix.com/documentation/current/en/manual/config/notifications/media/email https://www.zabbix.com/documentation/current/en/manual/api/reference/mediatype/object https://docs.ansible.com/ansible/latest/collections/community/zabbix/zabbix_mediatype_module.html",
    syntaxes: syn::YAML | syn::JSON | syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: words!["smtp_helo", "smtp_verify_host", "content_type", "message_format"],
    truth: Truth::Only(words!["PASSWORD", "YES", "true", "1"]),
    tls: TLS,
    port: Some(25),
    auth_switch: Some("smtp_authentication: PASSWORD"),
    fixes: FIXES,
    sender_hint: "smtp_email in the media type",
    hooks: Hooks {
        default_host: Some(default_host),
        ..Hooks::NONE
    },
    ..BASE
};

/// `localhost` for the Ansible module's task, known by the names and
/// words only the module takes; none for an export or API object.
fn default_host(cfg: &Config) -> Option<&'static str> {
    fn word(f: &crate::model::Field) -> &str {
        f.value.literal().unwrap_or("").trim()
    }
    let ansible = cfg.fields.iter().any(|f| match f.role {
        Port => f.key.eq_ignore_ascii_case("smtp_server_port"),
        Auth => matches!(
            word(f).to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no"
        ),
        Encryption => matches!(word(f), "None" | "SSL/TLS"),
        _ => false,
    });
    ansible.then_some("localhost")
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn another_apps_smtp_email_is_not_zabbix() {
        // An app's `notifications:` block with `smtp_email` as its sender:
        // not a Zabbix media type (no auth/not-configured for it).
        let yaml = "notifications:\n  smtp_email: app@acme.io\n  smtp_server: smtp.postmarkapp.com\n  smtp_port: 587\n  username: u\n  password: u\n  smtp_security: starttls\n";
        let (client, _, ids) = first(yaml);
        assert_ne!(client, "zabbix");
        assert!(!has(&ids, "auth/not-configured"), "{ids:?}");
        // Beside Zabbix's own `smtp_helo`: Zabbix.
        assert_eq!(
            first(&yaml.replace("  smtp_port", "  smtp_helo: acme.io\n  smtp_port")).0,
            "zabbix"
        );
    }

    const EXPORT: &str = "zabbix_export:\n  version: '6.0'\n  media_types:\n    - name: Postmark\n      type: EMAIL\n      smtp_server: smtp.postmarkapp.com\n      smtp_port: '587'\n      smtp_helo: acme.io\n      smtp_email: zabbix@acme.io\n      smtp_security: STARTTLS\n      smtp_authentication: PASSWORD\n      username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn an_export_with_starttls_and_login() {
        let (client, s, ids) = first(EXPORT);
        assert_eq!(client, "zabbix");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "zabbix@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    /// An export leaves defaults out: no `smtp_security` is NONE, no
    /// `smtp_authentication` is no login.
    #[test]
    fn defaults_send_in_clear_without_login() {
        let (_, s, ids) = first(
            &EXPORT
                .replace("      smtp_security: STARTTLS\n", "")
                .replace("      smtp_authentication: PASSWORD\n", ""),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, s, ids) = first(&EXPORT.replace("STARTTLS", "SSL_OR_TLS"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_api_object_with_numbers() {
        let (client, s, ids) = first(
            "{\"jsonrpc\": \"2.0\", \"method\": \"mediatype.create\", \"params\": {\"type\": 0, \"name\": \"Postmark\", \"smtp_server\": \"smtp.postmarkapp.com\", \"smtp_port\": 587, \"smtp_helo\": \"acme.io\", \"smtp_email\": \"zabbix@acme.io\", \"smtp_security\": 1, \"smtp_authentication\": 1, \"username\": \"u\", \"passwd\": \"u\"}}",
        );
        assert_eq!(client, "zabbix");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "auth/not-configured"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    /// The Ansible module's task without `smtp_server` dials the module's
    /// default, `localhost`; an export without it has no default.
    #[test]
    fn the_ansible_module_defaults_the_server_to_localhost() {
        let task = "- name: Postmark media type\n  community.zabbix.zabbix_mediatype:\n    name: Postmark\n    type: email\n    smtp_server_port: 587\n    smtp_email: zabbix@acme.io\n    smtp_security: STARTTLS\n    smtp_authentication: true\n    username: u\n    password: u\n";
        let all = crate::extract::extract(task);
        let cfg = &all[0];
        assert_eq!(cfg.dialect.id(), "zabbix");
        assert_eq!(cfg.dialect.default_host(cfg), Some("localhost"));
        let (_, _, ids) = first(task);
        assert!(has(&ids, "host/missing"), "{ids:?}");
        let export = EXPORT.replace("      smtp_server: smtp.postmarkapp.com\n", "");
        let all = crate::extract::extract(&export);
        assert_eq!(all[0].dialect.default_host(&all[0]), None);
    }
}
