//! Nextcloud: the `mail_*` system settings of `config/config.php` (also
//! as `occ config:list system` JSON), and the Docker image's environment
//! (`SMTP_HOST`, `MAIL_FROM_ADDRESS`…), which its `smtp.config.php` turns
//! into the same settings.
//!
//! Meaning (Nextcloud admin manual "Email" and `config.sample.php`,
//! `lib/private/Mail/Mailer.php`; Symfony Mailer's `EsmtpTransport` since
//! Nextcloud 26):
//!
//! * `mail_smtpmode`: `smtp` (the default in current releases) sends
//!   through `mail_smtphost`; `sendmail` and `qmail` hand mail to a local
//!   program; `php` (PHP `mail()`, removed in newer releases) too.
//! * `mail_smtphost` (default `127.0.0.1`), `mail_smtpport` (default 25).
//! * `mail_smtpsecure`: `ssl` = TLS from the first byte; `tls` or empty =
//!   Symfony's automatic mode: STARTTLS when the server offers it, and TLS
//!   from the first byte on port 465.
//! * `mail_smtpauth` (default false) is the login switch: without it
//!   `mail_smtpname` / `mail_smtppassword` are not used.
//! * `mail_smtpstreamoptions` → `ssl` → `verify_peer => false` (or
//!   `verify_peer_name`): certificate verification off. The rows allow
//!   any segments between the names: config.php as Nextcloud writes it
//!   (`var_export`, `array (` on its own line) reads with call segments
//!   there.
//! * The From is `mail_from_address@mail_domain` (default
//!   `nextcloud-noreply@` the instance's host): with both halves written,
//!   [`compose_from`] joins them into the From (shown on
//!   `mail_from_address`); with one missing, no From is read.
//!
//! Docker image environment (`nextcloud/docker` README, "Auto
//! configuration via environment variables"): `SMTP_HOST`, `SMTP_SECURE`
//! (`ssl`, `tls` or empty, as `mail_smtpsecure`), `SMTP_PORT` (default
//! 465 when `SMTP_SECURE` is set, else 25), `SMTP_NAME`, `SMTP_PASSWORD`
//! (login when both are set), `SMTP_AUTHTYPE` (default `LOGIN`),
//! `MAIL_FROM_ADDRESS`, `MAIL_DOMAIN`. The image applies them only when
//! `SMTP_HOST`, `MAIL_FROM_ADDRESS` and `MAIL_DOMAIN` are all set (not
//! checked here). `SMTP_HOST` and friends are every app's names: the
//! table needs one of its own keys as a marker.

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix, fix_text, k, mark, set, set_if, syn, words, Both, Fix, Hooks, Key, Profile, Sec, SetVal,
    Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, ValKind};
use crate::extract::Config;
use crate::model::{Field, Role::*};

const WORDS: &[(&str, Sec)] = &[
    ("ssl", Sec::Implicit),
    ("tls", Sec::Auto),
    ("", Sec::Ignored),
];

const TLS: TlsModel = TlsModel {
    words: WORDS,
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const CONF_KEYS: &[Key] = &[
    k("mail_smtphost", Host),
    k("mail_smtpport", Port),
    k("mail_smtpname", Username),
    k("mail_smtppassword", Password),
    k("mail_smtpsecure", Encryption),
    k("mail_smtpauth", Auth),
    k("mail_smtpauthtype", AuthMethod),
    k("mail_smtpmode", Transport),
    k(
        "mail_smtpstreamoptions.**.ssl.**.verify_peer|mail_smtpstreamoptions.**.ssl.**.verify_peer_name",
        VerifyPeer,
    ),
];

const CONF_OTHER: Words = words![
    "mail_from_address",
    "mail_domain",
    "mail_sendmailmode",
    "mail_smtptimeout",
    "mail_smtpdebug",
    "mail_template_class",
    "mail_send_plaintext_only",
    "mail_smtpstreamoptions",
];

const CONF_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mail_smtpport", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mail_smtphost", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "mail_smtpsecure", SetVal::Word("tls"))],
        "'mail_smtpsecure' => 'tls' (or empty) with port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` and `'verify_peer_name' => false` from 'mail_smtpstreamoptions'",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'mail_smtpauth' => true with 'mail_smtpname' and 'mail_smtppassword'",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'mail_smtpname' => '{value}'"),
    fix_text(W::Password, &[], "'mail_smtppassword' => '{value}'"),
    fix_text(
        W::From,
        &[],
        "'mail_from_address' and 'mail_domain' so that together they make {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Nextcloud has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NEXTCLOUD: Profile = Profile {
    id: "nextcloud",
    name: "Nextcloud config.php mail_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/email_configuration.html https://github.com/nextcloud/server/blob/master/lib/private/Mail/Mailer.php",
    syntaxes: syn::PHP | syn::JSON,
    keys: CONF_KEYS,
    // The `mail_smtp*` names are Nextcloud's (and ownCloud's, which reads them alike).
    markers: &[
        mark("mail_smtphost"),
        mark("mail_smtpmode"),
        mark("mail_smtpsecure"),
        mark("mail_smtpname"),
        mark("mail_domain"),
    ],
    needs_marker: true,
    family: &["mail_"],
    other_keys: CONF_OTHER,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    host: Some("127.0.0.1"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail", "qmail", "php"],
        missing: None,
        off: None,
        name: "mail_smtpmode",
    }),
    auth_switch: Some("'mail_smtpauth' => true"),
    fixes: CONF_FIXES,
    sender_hint: "'mail_from_address' (the part before @) and 'mail_domain' (after @) in config.php",
    hooks: Hooks {
        finish: Some(conf_from),
        ..Hooks::NONE
    },
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_NAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SECURE", Encryption),
    k("SMTP_AUTHTYPE", AuthMethod),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "SMTP_SECURE", SetVal::Word("tls"))],
        "SMTP_SECURE=tls with SMTP_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` and `'verify_peer_name' => false` from 'mail_smtpstreamoptions' in config.php",
    ),
    fix_text(W::AuthOn, &[], "SMTP_NAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Nextcloud image"),
    fix_text(W::Username, &[], "SMTP_NAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "MAIL_FROM_ADDRESS and MAIL_DOMAIN so that together they make {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Nextcloud has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NEXTCLOUD_ENV: Profile = Profile {
    id: "nextcloud-env",
    name: "Nextcloud Docker image environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/nextcloud/docker#auto-configuration-via-environment-variables https://github.com/nextcloud/docker/blob/master/.config/smtp.config.php",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    // SMTP_HOST, SMTP_PORT, SMTP_PASSWORD and SMTP_SECURE are every app's:
    // the image's own names.
    markers: &[
        mark("SMTP_NAME"),
        mark("SMTP_AUTHTYPE"),
        mark("MAIL_DOMAIN"),
        mark("SMTP_PASSWORD_FILE"),
        mark("NEXTCLOUD_ADMIN_USER"),
        mark("NEXTCLOUD_TRUSTED_DOMAINS"),
    ],
    needs_marker: true,
    other_keys: words!["MAIL_FROM_ADDRESS", "MAIL_DOMAIN", "SMTP_PASSWORD_FILE"],
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: ENV_FIXES,
    sender_hint: "MAIL_FROM_ADDRESS (the part before @) and MAIL_DOMAIN (after @)",
    hooks: Hooks {
        default_port: Some(env_default_port),
        finish: Some(env_from),
        ..Hooks::NONE
    },
    ..BASE
};

/// The image's `SMTP_PORT` default: 465 whenever `SMTP_SECURE` is set at
/// all (`tls` included), else 25.
fn env_default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => None,
        Some(f) if !f.value.text.trim().is_empty() => Some(465),
        _ => Some(25),
    }
}

// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn conf_from(doc: &Document, configs: &mut Vec<Config>) {
    compose_from(doc, configs, &NEXTCLOUD, "mail_from_address", "mail_domain");
}

// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn env_from(doc: &Document, configs: &mut Vec<Config>) {
    compose_from(
        doc,
        configs,
        &NEXTCLOUD_ENV,
        "MAIL_FROM_ADDRESS",
        "MAIL_DOMAIN",
    );
}

/// Nextcloud sends from `<local>@<domain>`: when both halves are written
/// as literals (the last of each, one pass over the entries), the
/// configurations without a From take the joined address, on the
/// local part's key and span (not verbatim: the text is composed).
pub(super) fn compose_from(
    doc: &Document,
    configs: &mut [Config],
    p: &'static Profile,
    local_key: &str,
    domain_key: &str,
) {
    if configs.iter().all(|c| c.get(From).is_some()) {
        return;
    }
    let (mut local, mut domain) = (None, None);
    for e in doc.active() {
        let Some(last) = doc.path_rev(e).next() else {
            continue;
        };
        let key = last.text(doc.input);
        if key == local_key {
            local = Some(e);
        } else if key == domain_key {
            domain = Some(e);
        }
    }
    let (Some(l), Some(d)) = (local, domain) else {
        return;
    };
    if l.value.kind != ValKind::Literal || d.value.kind != ValKind::Literal {
        return;
    }
    let mut value = fields::value_of(doc, l, p);
    let dom = fields::value_of(doc, d, p);
    if value.is_reference() || dom.is_reference() {
        return;
    }
    value.text = format!("{}@{}", value.text.trim(), dom.text.trim());
    value.verbatim = false;
    let field: Field = fields::field(doc, l, From, value);
    for c in configs.iter_mut().filter(|c| c.get(From).is_none()) {
        c.fields.push(field.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;
    use crate::{lint, Options};

    const PHP: &str = "<?php\n$CONFIG = array (\n  'mail_smtpmode' => 'smtp',\n  'mail_from_address' => 'cloud',\n  'mail_domain' => 'acme.io',\n  'mail_smtphost' => 'smtp.postmarkapp.com',\n  'mail_smtpname' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n  'mail_smtppassword' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n";

    #[test]
    fn config_php_words_and_ports() {
        let (client, s, ids) = first(&format!(
            "{PHP}  'mail_smtpauth' => true,\n  'mail_smtpport' => '587',\n  'mail_smtpsecure' => 'tls',\n);\n"
        ));
        assert_eq!(client, "nextcloud");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, s, _) = first(&format!(
            "{PHP}  'mail_smtpauth' => true,\n  'mail_smtpport' => '465',\n  'mail_smtpsecure' => '',\n);\n"
        ));
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&format!(
            "{PHP}  'mail_smtpauth' => true,\n  'mail_smtpport' => '587',\n  'mail_smtpsecure' => 'ssl',\n);\n"
        ));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn credentials_need_the_auth_switch_and_verify_peer_is_read() {
        let (_, _, ids) = first(&format!("{PHP}  'mail_smtpport' => '587',\n);\n"));
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{PHP}  'mail_smtpauth' => 1,\n  'mail_smtpport' => '587',\n  'mail_smtpstreamoptions' => array (\n    'ssl' => array (\n      'verify_peer' => false,\n    ),\n  ),\n);\n"
        ));
        assert!(!ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        // As Nextcloud writes config.php itself (var_export: `=>` then
        // `array (` on the next line).
        let (_, _, ids) = first(&format!(
            "{PHP}  'mail_smtpauth' => 1,\n  'mail_smtpport' => '587',\n  'mail_smtpstreamoptions' =>\n  array (\n    'ssl' =>\n    array (\n      'allow_self_signed' => true,\n      'verify_peer' => false,\n    ),\n  ),\n);\n"
        ));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_from_is_local_part_at_domain() {
        let r = lint(
            &format!("{PHP}  'mail_smtpauth' => true,\n  'mail_smtpport' => '587',\n);\n"),
            &Options::default(),
        );
        let s = serde_json::to_value(&r.configs[0].settings).unwrap();
        assert_eq!(s["from"], "cloud@acme.io");
        assert!(!r.findings.iter().any(|f| f.id == "from/missing"));
        // One half alone: no From.
        let r = lint(
            &format!("{PHP}  'mail_smtpauth' => true,\n);\n")
                .replace("  'mail_domain' => 'acme.io',\n", ""),
            &Options::default(),
        );
        let s = serde_json::to_value(&r.configs[0].settings).unwrap();
        assert!(s["from"].is_null(), "{s}");
    }

    #[test]
    fn sendmail_mode_does_not_use_smtp() {
        let (_, _, ids) = first(&PHP.replace("'smtp',", "'sendmail',"));
        assert!(ids.iter().any(|i| i.starts_with("input/")), "{ids:?}");
    }

    #[test]
    fn docker_env_defaults_to_465_when_secure_is_set() {
        let env = "NEXTCLOUD_TRUSTED_DOMAINS=cloud.acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_SECURE=tls\nSMTP_NAME=u\nSMTP_PASSWORD=u\nMAIL_FROM_ADDRESS=cloud\nMAIL_DOMAIN=acme.io\n";
        let (client, s, ids) = first(env);
        assert_eq!(client, "nextcloud-env");
        assert_eq!(s["security"], "implicit");
        assert!(
            ids.iter()
                .any(|i| i == "port/missing" || i == "port/465-unsupported"),
            "{ids:?}"
        );
        let (_, s, _) = first(&format!("{env}SMTP_PORT=587\n"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn generic_smtp_keys_alone_are_not_nextcloud() {
        let r = lint(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=tls\n",
            &Options::default(),
        );
        assert!(r.configs.iter().all(|c| c.client != "nextcloud-env"));
    }
}
