//! Laminas Mail (formerly Zend Framework 2/3's `Zend\Mail`): `new
//! SmtpOptions(['host' => …, 'port' => …, 'connection_class' => 'login',
//! 'connection_config' => ['username' => …, 'password' => …, 'ssl' =>
//! 'tls']])` handed to `Laminas\Mail\Transport\Smtp`, the same array under
//! a module config's `'mail' => ['transport' => ['type' => 'smtp',
//! 'options' => […]]]`, or the options' setters (`setHost`, `setPort`,
//! `setConnectionClass`, `setConnectionConfig`).
//!
//! Meaning (laminas-mail `src/Transport/SmtpOptions.php`,
//! `src/Transport/Smtp.php` `connect()`, `src/Protocol/Smtp.php`
//! `__construct()`/`helo()`; <https://docs.laminas.dev/laminas-mail/transport/smtp-options/>):
//!
//! * `host` defaults to `127.0.0.1`, `port` to **25**: the transport always
//!   hands the options' port to the connection, so `'ssl' => 'ssl'`
//!   without a port still dials 25 (the protocol's own 465 default is
//!   never reached through the transport).
//! * `connection_config['ssl']`: `'tls'` sends STARTTLS after EHLO and
//!   fails when the server refuses it (required); `'ssl'` is TLS from the
//!   first byte; absent: clear text. Other values throw.
//! * `connection_class` picks the authentication: `'smtp'` (**the
//!   default**) does not log in at all, whatever username and password are
//!   given; `'plain'`, `'login'`, `'crammd5'` (and `'xoauth2'` in recent
//!   releases) log in with `connection_config`'s username and password.
//! * The module config's `'type'`: `'smtp'` sends over SMTP; `'sendmail'`
//!   uses PHP's mail(); `'file'` and `'in-memory'` send nothing.
//! * The From is the message's `$message->setFrom('addr', 'Name')`.

use super::kit::{synthetic, At};
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Role::*};

const KEYS: &[Key] = &[
    k(
        "SmtpOptions(#0).host|transport.options.host|setHost(#0)",
        Host,
    ),
    k(
        "SmtpOptions(#0).port|transport.options.port|setPort(#0)",
        Port,
    ),
    k(
        "connection_config.username|setConnectionConfig(#0).username",
        Username,
    ),
    k(
        "connection_config.password|setConnectionConfig(#0).password",
        Password,
    ),
    k(
        "connection_config.ssl|setConnectionConfig(#0).ssl",
        Encryption,
    ),
    k("connection_class|setConnectionClass(#0)", AuthMethod),
    k("transport.type", Transport),
    k("setFrom(#0)|addFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark("SmtpOptions()"),
    mark("connection_class"),
    mark("connection_config.username"),
    mark("connection_config.ssl"),
    mark("setConnectionConfig()"),
    mark("setConnectionClass()"),
];

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'port' => {port}"),
    fix_text(W::StartTls, &[], "'ssl' => 'tls' in connection_config"),
    fix_text(
        W::AuthOn,
        &[],
        "'connection_class' => 'login' (with connection_config's username and password)",
    ),
    fix_text(W::Host, &[], "'host' => '{host}'"),
];

pub static LAMINAS_MAIL: Profile = Profile {
    id: "laminas-mail",
    name: "Laminas / Zend Mail (SmtpOptions)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.laminas.dev/laminas-mail/transport/smtp-options/ https://github.com/laminas/laminas-mail/blob/2.26.x/src/Protocol/Smtp.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    own_unknown: true,
    tls: TlsModel {
        words: &[("tls", Sec::StartTls), ("ssl", Sec::Implicit)],
        absent: "no 'ssl' => 'tls' in connection_config",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("127.0.0.1"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["file", "in-memory", "inmemory"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "'type'",
    }),
    auth_switch: Some("'connection_class' => 'login'"),
    fixes: FIXES,
    sender_hint: "$message->setFrom('you@yourdomain.com', 'Name')",
    hooks: Hooks {
        finish: Some(finish),
        explain: Some(explain),
        ..Hooks::NONE
    },
    ..BASE
};

/// The connection class as the switch it is: `'smtp'` logs in with
/// nothing, the others with the connection config's credentials.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(class) = cfg.get(AuthMethod).filter(|f| !f.value.is_reference()) else {
            continue;
        };
        let on = !class.value.text.trim().eq_ignore_ascii_case("smtp");
        let f = synthetic(
            Auth,
            "connection_class",
            if on { "true" } else { "false" },
            class,
            At::ValueEnd,
        );
        cfg.push(f);
    }
}

/// `'connection_class' => 'smtp'`, said as written.
fn explain(_cfg: &Config, f: &Field) -> Option<String> {
    (f.role == Auth && f.key == "connection_class").then(|| {
        "`'connection_class' => 'smtp'` is Laminas Mail's class that never logs in".to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted};

    fn options(class: &str, ssl: &str) -> String {
        format!("<?php\nuse Laminas\\Mail\\Transport\\Smtp as SmtpTransport;\nuse Laminas\\Mail\\Transport\\SmtpOptions;\n\n$transport = new SmtpTransport();\n$options = new SmtpOptions([\n    'name' => 'acme-widgets.io',\n    'host' => 'smtp.postmarkapp.com',\n    'port' => 587,\n{class}    'connection_config' => [\n        'username' => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58',\n        'password' => '5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58',\n{ssl}    ],\n]);\n$transport->setOptions($options);\n$message->setFrom('hello@acme-widgets.io', 'Acme');\n")
    }

    #[test]
    fn login_with_tls_is_clean() {
        clean_starttls(
            &options(
                "    'connection_class' => 'login',\n",
                "        'ssl' => 'tls',\n",
            ),
            "laminas-mail",
        );
    }

    #[test]
    fn the_default_class_never_logs_in() {
        let (_, _, ids) = linted(&options("", "        'ssl' => 'tls',\n"));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, _, ids) = linted(&options(
            "    'connection_class' => 'smtp',\n",
            "        'ssl' => 'tls',\n",
        ));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
    }

    #[test]
    fn no_ssl_is_clear_text_and_ssl_is_implicit() {
        let (_, s, ids) = linted(&options("    'connection_class' => 'plain',\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = linted(&options(
            "    'connection_class' => 'plain',\n",
            "        'ssl' => 'ssl',\n",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn module_config_and_its_transport_type() {
        let src = "<?php\nreturn [\n    'mail' => [\n        'transport' => [\n            'type' => 'file',\n            'options' => [\n                'host' => 'smtp.postmarkapp.com',\n                'connection_class' => 'login',\n                'connection_config' => ['username' => 'u', 'password' => 'p', 'ssl' => 'tls'],\n            ],\n        ],\n    ],\n];\n";
        let (client, _, ids) = linted(src);
        assert_eq!(client, "laminas-mail");
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
