//! Postfix configured through an Ansible role's variables (role defaults,
//! `group_vars`/`host_vars`, a play's `vars:`): the role's templates write
//! them into `main.cf` and `sasl_passwd`, so Postfix's meaning applies
//! (see [`super::postfix`]) through each role's names.
//!
//! The roles read (their README, `defaults/main.yml` and templates):
//! * Oefenweb/ansible-postfix (`templates/etc/postfix/main.cf.j2`,
//!   `sasl_passwd.j2`): `postfix_relayhost` is a host the template writes
//!   as `relayhost = [host]:postfix_relayhost_port` (port default 587;
//!   no brackets with `postfix_relayhost_mxlookup`);
//!   `postfix_sasl_auth_enable` (default true) with `postfix_sasl_user` /
//!   `postfix_sasl_password` fills `sasl_passwd`; `postfix_relaytls: true`
//!   writes `smtp_use_tls = yes` and `smtp_tls_security_level = encrypt`,
//!   and without it the template writes no client TLS at all (Postfix then
//!   sends in clear);
//! * Stouts.postfix and repleo.postfix (`templates/main.cf.j2`): the
//!   variable is the parameter with a `postfix_` prefix, written as is
//!   (`postfix_relayhost: "[smtp.gmail.com]:587"`,
//!   `postfix_smtp_sasl_auth_enable`, `postfix_smtp_sasl_user` /
//!   `postfix_smtp_sasl_password`, `postfix_smtp_use_tls` → `smtp_use_tls
//!   = yes` and `smtp_tls_security_level = encrypt`);
//! * CESNET/ansible-role-postfix (`tasks/postfix.yml`): `postfix_relayhost`
//!   and `postfix_smtp_tls_security_level` are written as is,
//!   `postfix_smtp_username` / `postfix_smtp_password` fill `sasl_passwd`.
//!
//! Both Oefenweb and Stouts turn SASL on by default, so a login without
//! the switch is used; `false` turns it off.
//!
//! So a `postfix_<parameter>` variable means what postconf(5) says of
//! `<parameter>`, and the login is one of the roles' user and password
//! names, or a `sasl_passwd` line in a `postfix_sasl_password_maps` list.
//! Where no TLS variable is written, the role's template decides (Oefenweb
//! sends in clear, others differ): the security is unknown, not guessed.

use crate::extract::profile::{
    k, kr, mark, syn, words, Hooks, Key, Marker, Profile, Read, Write, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Role, Role::*};

use super::postfix;

const USER: &str = "postfix_sasl_user|postfix_relay_sasl_user|postfix_sasl_username|postfix_smtp_sasl_user|postfix_smtp_sasl_username|postfix_relayhost_user|postfix_relayhost_username|postfix_relay_user|postfix_relay_username|postfix_smtp_username|postfix_smtp_user";
const PASSWORD: &str = "postfix_sasl_password|postfix_relay_sasl_password|postfix_sasl_pass|postfix_sasl_passwd|postfix_smtp_sasl_password|postfix_smtp_sasl_pass|postfix_relayhost_password|postfix_relayhost_pass|postfix_relay_password|postfix_relay_pass|postfix_smtp_password|postfix_smtp_pass";

const KEYS: &[Key] = &[
    kr("postfix_relayhost|postfix_relay_host", Host, Read::HostPort),
    k("postfix_relayhost_port|postfix_relay_port", Port),
    k(USER, Username),
    k(PASSWORD, Password),
    kr("postfix_sasl_password_maps.*", Username, Read::SaslLine),
    k(
        "postfix_sasl_auth_enable|postfix_sasl_auth_enabled|postfix_smtp_sasl_auth_enable",
        Auth,
    ),
    k(
        "postfix_smtp_tls_security_level|postfix_tls_security_level",
        Encryption,
    ),
    k(
        "postfix_relaytls|postfix_smtp_use_tls|postfix_smtp_enforce_tls",
        StartTls,
    ),
    k("postfix_smtp_tls_wrappermode", ImplicitTls),
    k(
        "postfix_smtp_tls_protocols|postfix_smtp_tls_mandatory_protocols",
        TlsVersion,
    ),
];

/// The relay host alone is every role's; a login, a TLS or a port
/// variable beside it makes the paste a relay configuration.
const MARKERS: &[Marker] = &[
    mark("postfix_relayhost_port"),
    mark("postfix_relaytls"),
    mark("postfix_sasl_auth_enable|postfix_sasl_auth_enabled|postfix_smtp_sasl_auth_enable"),
    mark(USER),
    mark(PASSWORD),
    mark("postfix_sasl_password_maps"),
    mark("postfix_smtp_tls_security_level|postfix_smtp_use_tls|postfix_smtp_tls_wrappermode"),
];

pub static POSTFIX_ANSIBLE: Profile = Profile {
    id: "postfix-ansible",
    name: "Postfix through an Ansible role's variables (Oefenweb, Stouts, CESNET…)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/Oefenweb/ansible-postfix https://github.com/Stouts/Stouts.postfix https://github.com/CESNET/ansible-role-postfix https://www.postfix.org/postconf.5.html",
    syntaxes: syn::YAML | syn::JSON | syn::INI,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["postfix_smtp_", "postfix_sasl_", "postfix_relay"],
    other_keys: words![
        "postfix_relayhost_mxlookup",
        "postfix_sasl_security_options",
        "postfix_smtp_sasl_security_options",
        "postfix_sasl_tls_security_options",
        "postfix_sasl_mechanism_filter",
        "postfix_smtp_tls_cafile",
        "postfix_smtp_tls_CAfile",
        "postfix_smtp_tls_CApath",
        "postfix_smtp_tls_cert_file",
        "postfix_smtp_tls_key_file",
        "postfix_smtpd_use_tls",
        "postfix_smtpd_tls_security_level",
    ],
    case_sensitive: false,
    // A bare host is Oefenweb's form, which appends `postfix_relayhost_port`
    // (default 587). (A pass-through role's `[host]` without a port would
    // dial Postfix's 25: written by few, and not told apart here.)
    port: Some(587),
    // The roles turn SASL on by default (Oefenweb's `postfix_sasl_auth_enable:
    // true`, Stouts' `postfix_smtp_sasl_auth_enable: yes`): no switch to miss.
    auth_switch: None,
    fixes: postfix::WRITTEN_BY_HOOK,
    sender_hint: "the From header written by the program that hands mail to Postfix (the role relays it as is unless its sender_canonical_maps / generic variables rewrite it)",
    hooks: Hooks {
        tls: Some(postfix::tls_written_or_unknown),
        finish: Some(finish),
        write: Some(write),
        ..Hooks::NONE
    },
    ..BASE
};

fn finish(doc: &Document, configs: &mut Vec<Config>) {
    postfix::finish(doc, configs, &POSTFIX_ANSIBLE);
}

/// The key written for `role`, or the role's usual name.
fn key_of<'a>(cfg: &'a Config, role: Role, usual: &'a str) -> &'a str {
    cfg.get(role).map_or(usual, |f| f.key.as_str())
}

fn write(cfg: &Config, what: &Write) -> Option<String> {
    let host_key = key_of(cfg, Host, "postfix_relayhost");
    let host = cfg.literal(Host).unwrap_or("smtp.postmarkapp.com");
    let port = cfg.port_number().unwrap_or(587);
    // The port is part of the relayhost as written (`[host]:587`), or its
    // own variable (Oefenweb's, which also takes the bare host).
    let port_in_host = cfg.get(Port).is_some_and(|p| p.key == host_key);
    let port_key = key_of(cfg, Port, "postfix_relayhost_port");
    let relay = |h: &str, p: u16| {
        if port_in_host {
            format!("{host_key}: \"[{h}]:{p}\"")
        } else {
            format!("{host_key}: {h} and {port_key}: {p}")
        }
    };
    // A login read from a `postfix_sasl_password_maps` item is written there.
    let login = |role: Role, usual: &'static str, v: &str| {
        let key = key_of(cfg, role, usual);
        match (key.ends_with("_maps"), role) {
            (true, Username) => format!("the item `{host} {v}:<password>` in {key}"),
            (true, _) => format!("the item `{host} <username>:{v}` in {key}"),
            (false, _) => format!("{key}: \"{v}\""),
        }
    };
    Some(match what {
        Write::Port(p) if !port_in_host => format!("{port_key}: {p}"),
        Write::Port(p) => relay(host, *p),
        Write::Host(h) => relay(h, port),
        Write::StartTls => match (cfg.get(Encryption), cfg.get(StartTls)) {
            (Some(e), _) => format!("{}: encrypt (and no smtp_tls_wrappermode)", e.key),
            (None, Some(s)) => format!("{}: true (the role then writes smtp_tls_security_level = encrypt)", s.key),
            (None, None) => "the role's TLS variable: postfix_relaytls: true (Oefenweb), postfix_smtp_use_tls: true (Stouts) or postfix_smtp_tls_security_level: encrypt".into(),
        },
        Write::VerifyOn => "postfix_smtp_tls_security_level: secure (where the role passes it on)".into(),
        Write::AuthOn => format!("{}: true", key_of(cfg, Auth, "postfix_sasl_auth_enable")),
        Write::TlsModern => "postfix_smtp_tls_mandatory_protocols: \">=TLSv1.2\" (where the role passes it on)".into(),
        Write::Username(v) => login(Username, "postfix_sasl_user", v),
        Write::Password(v) => login(Password, "postfix_sasl_password", v),
        Write::From(v) => format!("From: {v} in the program that hands mail to Postfix (or the role's sender_canonical_maps)"),
        Write::Stream(v) => format!("a header `X-PM-Message-Stream: {v}` added by the program that sends"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const TOKEN: &str = "3f9c2a1e-77aa-4b1c-9d2e-5a6b7c8d9e0f";

    #[test]
    fn pass_through_role_with_level() {
        let v = format!("postfix_relayhost: \"[smtp.postmarkapp.com]:587\"\npostfix_sasl_user: \"{TOKEN}\"\npostfix_sasl_password: \"{TOKEN}\"\npostfix_smtp_tls_security_level: encrypt\n");
        let (client, s, ids) = linted(&v);
        assert_eq!(client, "postfix-ansible");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "3f9c…9e0f");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
        // The roles log in by default.
        assert!(!ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
        let off = format!("{v}postfix_sasl_auth_enable: false\n");
        let (_, _, ids) = linted(&off);
        assert!(ids.iter().any(|i| i == "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn oefenweb_relaytls_and_port_variable() {
        let v = format!("postfix_relayhost: smtp.postmarkapp.com\npostfix_relayhost_port: 2525\npostfix_relaytls: true\npostfix_sasl_user: {TOKEN}\npostfix_sasl_password: {TOKEN}\n");
        let (client, s, _) = linted(&v);
        assert_eq!(client, "postfix-ansible");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        let off = v.replace("postfix_relaytls: true", "postfix_relaytls: false");
        let (_, s, ids) = linted(&off);
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let r = crate::lint(&off, &crate::Options::default());
        let fix = r
            .findings
            .iter()
            .find(|f| f.id == "tls/disabled")
            .map(|f| f.fix.clone());
        assert!(fix.is_some_and(|f| f.contains("postfix_relaytls: true")));
    }

    #[test]
    fn no_tls_variable_is_unknown_and_bare_host_is_587() {
        let v = format!("postfix_relayhost: smtp.postmarkapp.com\npostfix_sasl_user: {TOKEN}\npostfix_sasl_password: {TOKEN}\n");
        let (client, s, ids) = linted(&v);
        assert_eq!(client, "postfix-ansible");
        assert_eq!(s["security"], serde_json::Value::Null);
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let c = crate::extract::extract(&v);
        assert_eq!(c[0].effective_port(), Some(587));
    }

    #[test]
    fn wrappermode_is_implicit() {
        let v = format!("postfix_relayhost: \"[smtp.postmarkapp.com]:587\"\npostfix_smtp_sasl_auth_enable: yes\npostfix_smtp_sasl_user: {TOKEN}\npostfix_smtp_sasl_password: {TOKEN}\npostfix_smtp_tls_wrappermode: yes\npostfix_smtp_tls_security_level: encrypt\n");
        let (_, s, ids) = linted(&v);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn does_not_claim_other_pastes() {
        // A relay image's environment, and a relayhost variable alone.
        let (client, _, _) = linted("POSTFIX_RELAYHOST=[smtp.postmarkapp.com]:587\nPOSTFIX_SMTP_TLS_SECURITY_LEVEL=encrypt\n");
        assert_ne!(client, "postfix-ansible");
        let (client, _, _) =
            linted("relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\n");
        assert_eq!(client, "postfix");
    }
}
