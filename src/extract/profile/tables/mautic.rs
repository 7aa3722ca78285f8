//! Mautic's mail settings in `app/config/local.php` (`$parameters`), or
//! set in the UI (Configuration > Email Settings), which writes the same
//! file.
//!
//! Meaning (docs.mautic.org "Email settings"; the source's
//! `app/bundles/EmailBundle/Config/config.php`, `app/config/config.php`,
//! `app/bundles/CoreBundle/Loader/ParameterLoader.php` and
//! `EnvVars/ConfigEnvVars.php`):
//!
//! * **Mautic 5** (Symfony Mailer): one `mailer_dsn`, read by Symfony's
//!   `Transport::fromDsn` (`smtp://user:pass@host:port`; see `url.rs` for
//!   its TLS meaning: `smtps://` or port 465 is implicit TLS, else STARTTLS
//!   when offered). Default `smtp://localhost:25`. Every parameter is also
//!   exported as `MAUTIC_<NAME>`, so `MAUTIC_MAILER_DSN` is the same value.
//!   API transports (`mautic+sendgrid+api://…`, `null://null`) are not SMTP.
//! * **Mautic 4 and earlier** (SwiftMailer): `mailer_transport` (`smtp`,
//!   `mail` for PHP `mail()`, `sendmail`, `gmail`, or an API service
//!   `mautic.transport.*`), `mailer_host`, `mailer_port` (default: 465 with
//!   `ssl`, else 25), `mailer_user`, `mailer_password`, `mailer_auth_mode`,
//!   `mailer_encryption`: `ssl` is TLS from the first byte, `tls` is
//!   STARTTLS, and null (the default) sends in clear text: SwiftMailer never
//!   upgrades on its own.
//! * `mailer_from_email` / `mailer_from_name` are the From in both.
//!
//! Both tables need one of Mautic's own parameters (`mailer_from_email`,
//! `mailer_spool_type`, `site_url`…), so a Symfony 2 `parameters.yml`
//! (`mailer_host`, `mailer_transport`) or a Symfony `mailer_dsn` alone is
//! not taken for Mautic.
//!
//! The mail switch matches its words inside the value (shared engine
//! rule), so `mail` (PHP `mail()`) cannot be listed as a local program
//! without also catching `gmail` and `mautic.transport.elasticemail`: it
//! is reported as another transport.

use super::url;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Fix, Key, Marker, Profile, Read, Sec,
    SetVal, Switch, TlsModel, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

/// Parameters only Mautic's `local.php` has.
const MARKERS: &[Marker] = &[
    mark("mailer_from_email"),
    mark("mailer_from_name"),
    mark("mailer_spool_type"),
    mark("mailer_api_key"),
    mark("mailer_amazon_region"),
    mark("mailer_messenger_type"),
    mark("site_url"),
];

const OTHER_KEYS: Words = words![
    // `null` is SwiftMailer's "pick a mechanism", not "no login": not
    // read as an authentication method.
    "mailer_auth_mode",
    "mailer_from_name",
    "mailer_reply_to_email",
    "mailer_return_path",
    "mailer_append_tracking_pixel",
    "mailer_convert_embed_images",
    "mailer_custom_headers",
    "mailer_spool_type",
    "mailer_spool_path",
    "mailer_spool_msg_limit",
    "mailer_spool_time_limit",
    "mailer_spool_recover_timeout",
    "mailer_spool_clear_timeout",
    "mailer_api_key",
    "mailer_amazon_region",
    "mailer_amazon_other_region",
    "mailer_is_owner",
    "mailer_messenger_type",
    "mailer_messenger_dsn",
    "mailer_memory_msg_limit",
];

const MAUTIC4_KEYS: &[Key] = &[
    k("mailer_host", Host),
    k("mailer_port", Port),
    k("mailer_user", Username),
    k("mailer_password", Password),
    k("mailer_encryption", Encryption),
    k("mailer_from_email", From),
    k("mailer_transport", Transport),
];

const MAUTIC4_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mailer_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mailer_host", SetVal::Given)]),
    fix(
        W::StartTls,
        &[set(Encryption, "mailer_encryption", SetVal::Word("tls"))],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the host (SwiftMailer verifies it)",
    ),
    fix_text(W::AuthOn, &[], "mailer_user and mailer_password"),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix(W::Username, &[set(Username, "mailer_user", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "mailer_password", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "mailer_from_email", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` in Custom Headers (mailer_custom_headers)",
    ),
];

pub static MAUTIC4: Profile = Profile {
    id: "mautic-local-php",
    name: "Mautic 4 local.php (SwiftMailer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.mautic.org/en/4.x/configuration/settings.html#email-settings https://github.com/mautic/mautic/blob/4.4/app/bundles/EmailBundle/Config/config.php https://github.com/mautic/mautic/blob/4.4/app/config/config.php",
    syntaxes: syn::PHP | syn::YAML | syn::JSON | syn::ENV,
    keys: MAUTIC4_KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["mailer_"],
    other_keys: OTHER_KEYS,
    leftovers: pairs![("mailer_username", "mailer_user"), ("mailer_pass", "mailer_password")],
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("ssl", Sec::Implicit),
            ("tls", Sec::StartTls),
            ("null", Sec::Plain),
            ("", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: crate::extract::profile::Both::Implicit,
        absent: "no mailer_encryption (SwiftMailer then never starts TLS)",
    },
    port: Some(25),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "mailer_transport",
    }),
    fixes: MAUTIC4_FIXES,
    sender_hint: "mailer_from_email (Configuration > Email Settings > \"E-mail address to send mail from\")",
    ..BASE
};

pub static MAUTIC5: Profile = Profile {
    id: "mautic-dsn",
    name: "Mautic 5 mailer_dsn (Symfony Mailer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.mautic.org/en/5.x/configuration/settings.html#email-settings https://github.com/mautic/mautic/blob/5.x/app/bundles/EmailBundle/Config/config.php",
    syntaxes: syn::PHP | syn::YAML | syn::JSON | syn::ENV,
    keys: &[
        kr(
            "mailer_dsn|MAUTIC_MAILER_DSN",
            Url,
            Read::Url(UrlFlavor::Symfony),
        ),
        k("mailer_from_email|MAUTIC_MAILER_FROM_EMAIL", From),
    ],
    markers: MARKERS,
    needs_marker: true,
    family: &["mailer_"],
    other_keys: OTHER_KEYS,
    leftovers: pairs![
        ("mailer_host", "mailer_dsn"),
        ("mailer_port", "mailer_dsn"),
        ("mailer_user", "mailer_dsn"),
        ("mailer_password", "mailer_dsn"),
        ("mailer_encryption", "mailer_dsn"),
        ("mailer_transport", "mailer_dsn"),
    ],
    case_sensitive: true,
    url_params: &[
        ("verify_peer", Some(VerifyPeer)),
        ("auto_tls", Some(StartTls)),
        ("local_domain", None),
    ],
    sender_hint: "mailer_from_email (Configuration > Email Settings)",
    switch: Some(url::SYMFONY_SWITCH),
    hooks: url::HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const M4: &str = "<?php\n$parameters = array(\n    'site_url' => 'https://mautic.acme.io',\n    'mailer_from_name' => 'Acme',\n    'mailer_from_email' => 'news@acme.io',\n    'mailer_transport' => 'smtp',\n    'mailer_host' => 'smtp.postmarkapp.com',\n    'mailer_port' => '587',\n    'mailer_user' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'mailer_password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'mailer_encryption' => 'tls',\n    'mailer_auth_mode' => 'plain',\n    'mailer_spool_type' => 'memory',\n);\n";

    #[test]
    fn mautic4_swiftmailer_words() {
        let (client, s, ids) = first(M4);
        assert_eq!(client, "mautic-local-php");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "news@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        // null encryption: SwiftMailer stays in clear text.
        let (_, s, ids) = first(&M4.replace("'tls'", "null"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&M4.replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn mautic4_transports() {
        let (_, _, ids) = first(&M4.replace("'smtp'", "'mautic.transport.elasticemail'"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&M4.replace("'smtp'", "'sendmail'"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn mautic5_dsn_is_read_by_symfony() {
        let m5 = "<?php\n$parameters = array(\n    'site_url' => 'https://mautic.acme.io',\n    'mailer_from_email' => 'news@acme.io',\n    'mailer_dsn' => 'smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587',\n);\n";
        let (client, s, ids) = first(m5);
        assert_eq!(client, "mautic-dsn");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "news@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, s, _) = first(&m5.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn symfony_keys_alone_are_not_mautic() {
        let (client, _, _) = first("MAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\n");
        assert_eq!(client, "symfony-dsn");
        let (client, _, _) = first(
            "parameters:\n    mailer_transport: smtp\n    mailer_host: smtp.postmarkapp.com\n    mailer_user: u\n    mailer_password: p\n",
        );
        assert_ne!(client, "mautic-local-php");
    }
}
