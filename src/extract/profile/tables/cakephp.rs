//! CakePHP: the `EmailTransport` entries of `config/app.php`,
//! `config/app_local.php` or `config/email.php` (CakePHP 3–5: `'EmailTransport'
//! => ['default' => ['className' => 'Smtp', 'host' => …]]`), and CakePHP
//! 2's `app/Config/email.php` (`class EmailConfig { public $smtp =
//! array('transport' => 'Smtp', 'host' => …); }`).
//!
//! Meaning (CakePHP book "Mailer" → "Configuring Transports", the app
//! skeleton's `config/app.php`, and `src/Mailer/Transport/SmtpTransport.php`
//! with `src/Network/Socket.php`; CakePHP 2: `CakeEmail` and
//! `SmtpTransport.php`):
//!
//! * `className` (CakePHP 2: `transport`) chooses the transport: `Smtp` /
//!   `SmtpTransport::class`; `Mail` / `MailTransport::class` is PHP's
//!   `mail()` (the skeleton's `app.php` default, which `app_local.php`
//!   keeps unless it names another class); `Debug` sends nothing. Each
//!   transport is its own configuration; `Email.<profile>.transport` names
//!   the one a profile uses.
//! * `tls` is STARTTLS, required, tested with PHP truthiness; false, null
//!   or unset is clear text (no opportunistic upgrade).
//! * `ssl://host` (or `tls://host`: the same in PHP streams) is TLS from
//!   the first byte. No port turns TLS on by itself. `tls` with `ssl://`
//!   sends STARTTLS inside TLS and fails.
//! * Defaults: host `localhost`, port 25, timeout 30.
//! * `context` → `ssl` → `verify_peer => false` switches certificate
//!   verification off (it is the stream context).
//! * The From is `Email.<profile>.from`: an address, or `['addr' =>
//!   'Name']` (the address is the key).
//!
//! The reading of `tls` and of `ssl://` is the one Passbolt (built on
//! CakePHP) uses; see [`super::passbolt`]. A transport that names no
//! `className` is read by the Passbolt table (its file looks the same, and
//! Passbolt forces SMTP); here a missing `className` is not judged, since
//! `app.php` may set it.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Read,
    Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, ValKind, ROOT};
use crate::extract::Config;
use crate::model::Role::*;

use super::passbolt;

const KEYS: &[Key] = &[
    kr(
        "EmailTransport.*.host|EmailConfig.*.host",
        Host,
        Read::HostScheme,
    ),
    k("EmailTransport.*.port|EmailConfig.*.port", Port),
    k("EmailTransport.*.username|EmailConfig.*.username", Username),
    k("EmailTransport.*.password|EmailConfig.*.password", Password),
    k("EmailTransport.*.tls|EmailConfig.*.tls", StartTls),
    k(
        "EmailTransport.*.className|EmailConfig.*.transport",
        Transport,
    ),
    k(
        "EmailTransport.*.context.ssl.verify_peer|EmailTransport.*.context.ssl.verify_peer_name|EmailConfig.*.context.ssl.verify_peer",
        VerifyPeer,
    ),
    k("Email.*.from|EmailConfig.*.from", From),
];

/// `className` under `EmailTransport` (or `transport` under CakePHP 2's
/// `EmailConfig`) is CakePHP's. Passbolt's files name no class: with the
/// host and `tls` markers the two tables share, a transport that names
/// its class scores above the Passbolt table, one that does not below it.
const MARKERS: &[Marker] = &[
    mark("EmailTransport.*.className"),
    mark("EmailTransport.*.host"),
    mark("EmailTransport.*.tls"),
    mark("EmailConfig.*.transport"),
    mark("EmailTransport.*.context"),
    mark("EmailConfig.*.host"),
];

const OTHER_KEYS: Words = words![
    "timeout",
    "client",
    "url",
    "log",
    "charset",
    "headerCharset",
    "context",
    "keepAlive",
    "ssl",
];

const LEFTOVERS: Pairs = pairs![
    ("user", "username"),
    ("pass", "password"),
    ("secure", "tls (or ssl:// before the host)"),
    ("encryption", "tls (or ssl:// before the host)"),
    ("starttls", "tls"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'port' => {port} in the transport"),
    fix_text(W::Host, &[], "'host' => '{value}' in the transport"),
    fix_text(
        W::StartTls,
        &[],
        "'tls' => true in the transport, with 'port' => 587 and no ssl:// before the host",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove 'verify_peer' => false and 'verify_peer_name' => false from the transport's 'context'",
    ),
    fix_text(W::AuthOn, &[], "'username' and 'password' in the transport"),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'username' => '{value}'"),
    fix_text(W::Password, &[], "'password' => '{value}'"),
    fix_text(W::From, &[], "'from' => '{value}' in the Email profile"),
    fix_text(
        W::Stream,
        &[],
        "CakePHP has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CAKEPHP: Profile = Profile {
    id: "cakephp",
    name: "CakePHP EmailTransport (app.php / app_local.php / email.php)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://book.cakephp.org/5/en/core-libraries/email.html#configuring-transports https://github.com/cakephp/app/blob/5.x/config/app.php https://github.com/cakephp/cakephp/blob/5.x/src/Mailer/Transport/SmtpTransport.php https://book.cakephp.org/2/en/core-utility-libraries/email.html",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "'tls' is not set in the transport (CakePHP's default: no TLS)",
        ..passbolt::TLS
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp", "smtptransport"],
        no_mail: words!["debug", "debugtransport"],
        local: words!["mail", "mailtransport"],
        missing: None,
        off: None,
        name: "className",
    }),
    // `className => SmtpTransport::class` names the class: a word here.
    constants: words![
        "SmtpTransport::class",
        "MailTransport::class",
        "DebugTransport::class",
        "\\Cake\\Mailer\\Transport\\SmtpTransport::class",
        "\\Cake\\Mailer\\Transport\\MailTransport::class",
        "Cake\\Mailer\\Transport\\SmtpTransport::class",
    ],
    fixes: FIXES,
    sender_hint: "'from' in Email.default (config/app.php or app_local.php)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// The From as the key of `'from' => ['addr' => 'Name']` (Passbolt's
/// reading), then: a transport keeps only its own `className` (the engine
/// hands the classes of host-less sibling transports, `'default' =>
/// ['className' => 'Mail']`, to the one with a host); each transport is
/// labelled by its name, and when `Email.default.transport` names one of
/// them, that one is the one used.
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    passbolt::from_key(doc, configs);
    for c in configs.iter_mut() {
        let Some(scope) = doc.scopes.get(c.root as usize).filter(|_| c.root != ROOT) else {
            continue;
        };
        let own = scope.span.start as usize..scope.span.end as usize;
        c.fields
            .retain(|f| f.role != Transport || own.contains(&f.key_span.start));
    }
    if configs.len() < 2 {
        return;
    }
    let seg = |s: Option<&crate::extract::read::Seg>| s.map(|s| s.text(doc.input));
    let chosen = doc
        .active()
        .find(|e| {
            let mut p = doc.path_rev(e);
            e.value.kind == ValKind::Literal
                && seg(p.next()) == Some("transport")
                && seg(p.next()) == Some("default")
                && seg(p.next()) == Some("Email")
        })
        .map(|e| doc.text_of(&e.value).trim());
    for c in configs.iter_mut() {
        let name = seg(doc.scope_path_rev(c.root).next()).map(|n| n.trim_matches(['\'', '"']));
        c.label = name.map(str::to_string);
    }
    let Some(chosen) = chosen else {
        return;
    };
    if configs.iter().any(|c| c.label.as_deref() == Some(chosen)) {
        for c in configs.iter_mut() {
            c.active = c.label.as_deref() == Some(chosen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const APP: &str = "<?php\nuse Cake\\Mailer\\Transport\\SmtpTransport;\n\nreturn [\n    'EmailTransport' => [\n        'default' => [\n            'className' => SmtpTransport::class,\n            'host' => 'smtp.postmarkapp.com',\n            'port' => 587,\n            'timeout' => 30,\n            'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n            'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n            'client' => null,\n            'tls' => true,\n        ],\n    ],\n    'Email' => [\n        'default' => [\n            'transport' => 'default',\n            'from' => ['app@acme.io' => 'Acme'],\n        ],\n    ],\n];\n";

    #[test]
    fn a_port_in_the_host_breaks_the_connection() {
        // Cake\Network\Socket::connect() appends `:port` to the host:
        // `smtp.postmarkapp.com:587:587` does not connect.
        let text = APP.replace("'smtp.postmarkapp.com'", "'smtp.postmarkapp.com:587'");
        let (client, s, ids) = first(&text);
        assert_eq!(client, "cakephp");
        assert!(has(&ids, "host/has-port"), "{s:?} {ids:?}");
        // `ssl://` stays TLS from the first byte.
        let text = APP
            .replace("'smtp.postmarkapp.com'", "'ssl://smtp.postmarkapp.com'")
            .replace("'port' => 587", "'port' => 465")
            .replace("'tls' => true", "'tls' => false");
        let (_, s, ids) = first(&text);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
    }

    #[test]
    fn smtp_transport_with_tls() {
        let (client, s, ids) = first(APP);
        assert_eq!(client, "cakephp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "app@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&APP.replace("'tls' => true", "'tls' => false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(
            &APP.replace("'tls' => true", "'tls' => null")
                .replace("'smtp.postmark", "'ssl://smtp.postmark"),
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn mail_and_debug_classes_do_not_use_smtp() {
        let (_, _, ids) = first(&APP.replace("SmtpTransport::class", "'Mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&APP.replace("SmtpTransport::class", "'Debug'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&APP.replace("SmtpTransport::class", "'Smtp'"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn verify_peer_in_the_context() {
        let (_, _, ids) = first(&APP.replace(
            "'client' => null,",
            "'context' => ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]],",
        ));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_default_profile_names_the_transport_used() {
        let two = APP.replace(
            "    'EmailTransport' => [\n",
            "    'EmailTransport' => [\n        'local' => [\n            'className' => 'Mail',\n            'host' => 'localhost',\n        ],\n",
        );
        let r = crate::lint(&two, &crate::Options::default());
        let used: Vec<_> = r.configs.iter().filter(|c| c.active).collect();
        assert_eq!(used.len(), 1);
        assert_eq!(used[0].label.as_deref(), Some("default"));
        let r = crate::lint(
            &two.replace("'transport' => 'default'", "'transport' => 'local'"),
            &crate::Options::default(),
        );
        let used: Vec<_> = r.configs.iter().filter(|c| c.active).collect();
        assert_eq!(used[0].label.as_deref(), Some("local"));
    }

    #[test]
    fn a_hostless_sibling_transport_keeps_its_class() {
        let (_, s, ids) = first(&APP.replace(
            "        ],\n    ],\n    'Email'",
            "        ],\n        'mail' => [\n            'className' => 'Mail',\n        ],\n    ],\n    'Email'",
        ));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn passbolt_files_without_a_class_stay_passbolt() {
        let (client, _, _) =
            first(&APP.replace("            'className' => SmtpTransport::class,\n", ""));
        assert_eq!(client, "passbolt-php");
    }

    #[test]
    fn cakephp2_email_config() {
        let (client, s, _) = first(
            "<?php\nclass EmailConfig {\n\tpublic $default = array(\n\t\t'transport' => 'Mail',\n\t\t'from' => 'you@localhost',\n\t);\n\tpublic $smtp = array(\n\t\t'transport' => 'Smtp',\n\t\t'from' => 'site@acme.io',\n\t\t'host' => 'smtp.postmarkapp.com',\n\t\t'port' => 587,\n\t\t'timeout' => 30,\n\t\t'username' => 'u',\n\t\t'password' => 'u',\n\t\t'tls' => true,\n\t);\n}\n",
        );
        assert_eq!(client, "cakephp");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "site@acme.io");
    }
}
