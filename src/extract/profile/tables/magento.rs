//! Magento 2 / Adobe Commerce: its own SMTP transport (2.4.6+, config
//! paths `system/smtp/*`) and the Mageplaza SMTP module
//! (`smtp/configuration_option/*`), as written in `app/etc/env.php` or
//! `app/etc/config.php` (`'system' => ['default' => ['system' => ['smtp'
//! => [...]]]]`, also under `websites`/`stores` scopes) and as Magento's
//! environment overrides (`CONFIG__DEFAULT__SYSTEM__SMTP__HOST`, in
//! compose files, Kubernetes and `.env`).
//!
//! Magento's own transport (Stores → Configuration → Advanced → System →
//! Mail Sending Settings; `app/code/Magento/Email/Model/Transport.php`,
//! `Model/Config/Source/SmtpSslType.php`, `SmtpAuthType.php`,
//! `etc/config.xml`; added by magento/magento2 PR #32241 in 2.4.6):
//!
//! * `system/smtp/transport` is `smtp` or `sendmail`; anything but `smtp`
//!   (and no value, the default) sends with sendmail and ignores the SMTP
//!   settings. `system/smtp/disable = 1` sends no mail at all.
//! * `host` (default `localhost`), `port` (default 25), `username`,
//!   `password`.
//! * `auth` is `none`, `login` or `plain`. In 2.4.6–2.4.7 (Laminas Mail)
//!   the login is made only with `login`/`plain` (`connection_class`):
//!   `none` or no value connects without logging in.
//! * `ssl` is `none`, `ssl` or `tls`. 2.4.6–2.4.7 hand it to Laminas'
//!   `connection_config['ssl']`: `ssl` is TLS from the first byte, `tls`
//!   is STARTTLS (required), `none`/no value is clear text with no
//!   upgrade. This table reads that meaning. Version note: 2.4.8 moved to
//!   Symfony Mailer and passed `ssl === 'tls'` as `EsmtpTransport`'s
//!   third argument, which is *implicit* TLS, so `tls` on 587 failed with
//!   "wrong version number" (magento/magento2 issue #39947, fixed by
//!   commit 61170a4); `none`/`ssl` then fell back to Symfony's automatic
//!   STARTTLS, and a missing `auth` threw "Invalid authentication type".
//!   The fix sentences name 2.4.8's behaviour.
//! * The From is the store's e-mail identity: `trans_email/ident_general/
//!   email` (General Contact, default `owner@example.com`) for most mail,
//!   `ident_sales`, `ident_support`… per e-mail type.
//!
//! Mageplaza SMTP (`mageplaza/magento-2-smtp`: `Mail/Rse/Mail.php`,
//! `Helper/Data.php`, `etc/config.xml`, `Model/Config/Source/Protocol.php`
//! and `Authentication.php`; docs at mageplaza.com/kb/how-to-configure-
//! smtp-magento-2.html):
//!
//! * `smtp/general/enabled` (default 0) turns the module on; off, Magento's
//!   own transport sends.
//! * `smtp/configuration_option/host`, `port`, `username`, `password`
//!   (stored encrypted when saved from the admin).
//! * `authentication` (`login`, `plain`, `cram-md5`; empty: no login) is
//!   Laminas' `connection_class`: the username and password are sent only
//!   when it is set.
//! * `protocol` is Laminas' `ssl`: `ssl` implicit TLS, `tls` STARTTLS
//!   (required), empty (the "None" option) clear text.
//! * `return_path_email` sets the Return-Path; the From is Magento's
//!   identity as above.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Both, Fix, Key, Marker, Profile, Sec, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "system.smtp.transport|*__SYSTEM__SMTP__TRANSPORT",
        Transport,
    ),
    k("system.smtp.disable|*__SYSTEM__SMTP__DISABLE", Disabled),
    k("system.smtp.host|*__SYSTEM__SMTP__HOST", Host),
    k("system.smtp.port|*__SYSTEM__SMTP__PORT", Port),
    k("system.smtp.username|*__SYSTEM__SMTP__USERNAME", Username),
    k("system.smtp.password|*__SYSTEM__SMTP__PASSWORD", Password),
    k("system.smtp.auth|*__SYSTEM__SMTP__AUTH", Auth),
    k("system.smtp.ssl|*__SYSTEM__SMTP__SSL", Encryption),
    k(
        "trans_email.ident_general.email|*__TRANS_EMAIL__IDENT_GENERAL__EMAIL",
        From,
    ),
];

const MAGEPLAZA_KEYS: &[Key] = &[
    k("smtp.general.enabled|*__SMTP__GENERAL__ENABLED", Enabled),
    k(
        "smtp.configuration_option.host|*__SMTP__CONFIGURATION_OPTION__HOST",
        Host,
    ),
    k(
        "smtp.configuration_option.port|*__SMTP__CONFIGURATION_OPTION__PORT",
        Port,
    ),
    k(
        "smtp.configuration_option.username|*__SMTP__CONFIGURATION_OPTION__USERNAME",
        Username,
    ),
    k(
        "smtp.configuration_option.password|*__SMTP__CONFIGURATION_OPTION__PASSWORD",
        Password,
    ),
    k(
        "smtp.configuration_option.authentication|*__SMTP__CONFIGURATION_OPTION__AUTHENTICATION",
        Auth,
    ),
    k(
        "smtp.configuration_option.protocol|*__SMTP__CONFIGURATION_OPTION__PROTOCOL",
        Encryption,
    ),
    k(
        "trans_email.ident_general.email|*__TRANS_EMAIL__IDENT_GENERAL__EMAIL",
        From,
    ),
];

/// Laminas Mail's `ssl` option, as both read it in 2.4.6–2.4.7 (see the
/// module docs for 2.4.8).
pub(super) const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("none", Sec::Plain),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "system/smtp/ssl is not set (Magento then sends in clear text)",
};

const MAGEPLAZA_TLS: TlsModel = TlsModel {
    absent: "smtp/configuration_option/protocol is empty (Mageplaza SMTP then sends in clear text)",
    ..TLS
};

/// Both tables' sender: Magento's store identity.
const FROM_FIX: &str =
    "trans_email/ident_general/email = {value} (Stores → Configuration → General → Store Email Addresses)";

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "system/smtp/port = {port} (bin/magento config:set system/smtp/port {port})",
    ),
    fix_text(
        W::Host,
        &[],
        "system/smtp/host = {value} (bin/magento config:set system/smtp/host {value})",
    ),
    fix_text(
        W::StartTls,
        &[],
        "system/smtp/ssl = tls with system/smtp/port = 587 (Magento 2.4.8 before the fix for issue #39947 reads `tls` as TLS from the first byte: there, use ssl = none on 587, which upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Magento's transport always checks the certificate: remove the code that turns the check off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "system/smtp/auth = login (bin/magento config:set system/smtp/auth login)",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "system/smtp/username = {value}"),
    fix_text(W::Password, &[], "system/smtp/password = {value}"),
    fix_text(W::From, &[], FROM_FIX),
    fix_text(
        W::Stream,
        &[],
        "Magento has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MAGEPLAZA_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp/configuration_option/port = {port}"),
    fix_text(W::Host, &[], "smtp/configuration_option/host = {value}"),
    fix_text(
        W::StartTls,
        &[],
        "smtp/configuration_option/protocol = tls with smtp/configuration_option/port = 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Mageplaza SMTP checks the certificate: remove the code that turns the check off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp/configuration_option/authentication = login",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(
        W::Username,
        &[],
        "smtp/configuration_option/username = {value}",
    ),
    fix_text(
        W::Password,
        &[],
        "smtp/configuration_option/password = {value}",
    ),
    fix_text(W::From, &[], FROM_FIX),
    fix_text(
        W::Stream,
        &[],
        "Mageplaza SMTP has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MARKERS: &[Marker] = &[
    mark("system.smtp.transport|*__SYSTEM__SMTP__TRANSPORT"),
    mark("system.smtp.ssl|*__SYSTEM__SMTP__SSL"),
    mark("system.smtp.auth|*__SYSTEM__SMTP__AUTH"),
    mark("system.smtp.disable|*__SYSTEM__SMTP__DISABLE"),
    mark("*__SYSTEM__SMTP__HOST"),
    mark("*__SYSTEM__SMTP__PORT"),
    mark("trans_email.ident_general.email|*__TRANS_EMAIL__IDENT_GENERAL__EMAIL"),
];

const MAGEPLAZA_MARKERS: &[Marker] = &[
    mark("smtp.configuration_option.host|*__SMTP__CONFIGURATION_OPTION__HOST"),
    mark("smtp.configuration_option.protocol|*__SMTP__CONFIGURATION_OPTION__PROTOCOL"),
    mark("smtp.configuration_option.authentication|*__SMTP__CONFIGURATION_OPTION__AUTHENTICATION"),
    mark("smtp.configuration_option.port|*__SMTP__CONFIGURATION_OPTION__PORT"),
    mark("smtp.general.enabled|*__SMTP__GENERAL__ENABLED"),
];

const SENDER: &str = "trans_email/ident_general/email (Stores → Configuration → General → Store Email Addresses → General Contact; default owner@example.com)";

pub static MAGENTO: Profile = Profile {
    id: "magento",
    name: "Magento 2 system/smtp (env.php, config.php, CONFIG__ variables)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://experienceleague.adobe.com/en/docs/commerce-admin/config/advanced/system https://github.com/magento/magento2/blob/2.4-develop/app/code/Magento/Email/Model/Transport.php https://github.com/magento/magento2/pull/32241 https://github.com/magento/magento2/issues/39947",
    syntaxes: syn::PHP | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "set_return_path",
        "return_path_email",
        "SYSTEM__SMTP__SET_RETURN_PATH",
        "SYSTEM__SMTP__RETURN_PATH_EMAIL",
    ],
    leftovers: pairs![
        ("user", "username"),
        ("encryption", "ssl"),
        ("secure", "ssl"),
        ("tls", "ssl"),
        ("authentication", "auth"),
    ],
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: Some("sendmail (Magento's system/smtp/transport defaults to `sendmail`)"),
        off: None,
        name: "system/smtp/transport = smtp",
    }),
    auth_switch: Some("system/smtp/auth = login"),
    fixes: FIXES,
    sender_hint: SENDER,
    ..BASE
};

pub static MAGEPLAZA_SMTP: Profile = Profile {
    id: "magento-mageplaza-smtp",
    name: "Mageplaza SMTP for Magento 2 (smtp/configuration_option)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.mageplaza.com/kb/how-to-configure-smtp-magento-2.html https://github.com/mageplaza/magento-2-smtp/blob/master/Mail/Rse/Mail.php https://github.com/mageplaza/magento-2-smtp/blob/master/etc/config.xml",
    syntaxes: syn::PHP | syn::ENV_LIKE,
    keys: MAGEPLAZA_KEYS,
    markers: MAGEPLAZA_MARKERS,
    needs_marker: true,
    other_keys: words![
        "return_path_email",
        "log_email",
        "clean_email",
        "developer_mode",
        "test_email",
    ],
    leftovers: pairs![
        ("user", "username"),
        ("ssl", "protocol"),
        ("encryption", "protocol"),
        ("auth", "authentication"),
    ],
    tls: MAGEPLAZA_TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("Magento's own transport (smtp/general/enabled defaults to 0)"),
        off: Some("Magento's own transport"),
        name: "smtp/general/enabled = 1",
    }),
    auth_switch: Some("smtp/configuration_option/authentication = login"),
    fixes: MAGEPLAZA_FIXES,
    sender_hint: SENDER,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV_PHP: &str = "<?php\nreturn [\n    'system' => [\n        'default' => [\n            'system' => [\n                'smtp' => [\n                    'transport' => 'smtp',\n                    'host' => 'smtp.postmarkapp.com',\n                    'port' => '587',\n                    'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                    'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                    'auth' => 'login',\n                    'ssl' => 'tls'\n                ]\n            ],\n            'trans_email' => [\n                'ident_general' => ['email' => 'shop@acme.io']\n            ]\n        ]\n    ]\n];\n";

    #[test]
    fn env_php_native_smtp() {
        let (client, s, ids) = first(ENV_PHP);
        assert_eq!(client, "magento");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "shop@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_words() {
        let (_, s, ids) = first(&ENV_PHP.replace("'ssl' => 'tls'", "'ssl' => 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV_PHP.replace("'ssl' => 'tls'", "'ssl' => 'none'"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn transport_and_auth_switches() {
        let (_, _, ids) =
            first(&ENV_PHP.replace("'transport' => 'smtp'", "'transport' => 'sendmail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV_PHP.replace("'transport' => 'smtp',\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV_PHP.replace("'auth' => 'login'", "'auth' => 'none'"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV_PHP.replace("'auth' => 'login',\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn config_environment_variables() {
        let env = "CONFIG__DEFAULT__SYSTEM__SMTP__TRANSPORT=smtp\nCONFIG__DEFAULT__SYSTEM__SMTP__HOST=smtp.postmarkapp.com\nCONFIG__DEFAULT__SYSTEM__SMTP__PORT=2525\nCONFIG__DEFAULT__SYSTEM__SMTP__AUTH=login\nCONFIG__DEFAULT__SYSTEM__SMTP__SSL=tls\nCONFIG__DEFAULT__SYSTEM__SMTP__USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nCONFIG__DEFAULT__SYSTEM__SMTP__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "magento");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn config_set_commands() {
        let script = "#!/bin/sh\nbin/magento config:set web/secure/use_in_adminhtml 1\nbin/magento config:set system/smtp/transport smtp\nbin/magento config:set system/smtp/host smtp.postmarkapp.com\nbin/magento config:set system/smtp/port 587\nbin/magento config:set system/smtp/auth login\nbin/magento config:set system/smtp/ssl tls\nbin/magento config:set system/smtp/username 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nbin/magento config:set system/smtp/password 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nbin/magento config:set trans_email/ident_general/email shop@acme.io\nbin/magento cache:flush\n";
        let (client, s, ids) = first(script);
        assert_eq!(client, "magento");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "shop@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    const MAGEPLAZA: &str = "<?php\nreturn [\n    'system' => [\n        'default' => [\n            'smtp' => [\n                'general' => ['enabled' => '1'],\n                'configuration_option' => [\n                    'host' => 'smtp.postmarkapp.com',\n                    'port' => '587',\n                    'protocol' => 'tls',\n                    'authentication' => 'login',\n                    'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                    'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\n                ]\n            ]\n        ]\n    ]\n];\n";

    #[test]
    fn mageplaza_module() {
        let (client, s, ids) = first(MAGEPLAZA);
        assert_eq!(client, "magento-mageplaza-smtp");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, s, ids) = first(&MAGEPLAZA.replace("'protocol' => 'tls'", "'protocol' => ''"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&MAGEPLAZA.replace("'enabled' => '1'", "'enabled' => '0'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&MAGEPLAZA.replace("'general' => ['enabled' => '1'],\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
