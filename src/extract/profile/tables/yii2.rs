//! Yii 2: the `mailer` application component of `config/web.php`,
//! `common/config/main-local.php` and friends, with either mailer
//! extension.
//!
//! Meaning (Yii 2 guide "Mailing"; `yiisoft/yii2-swiftmailer`
//! `Mailer::createTransport`; `yiisoft/yii2-symfonymailer`
//! `src/Mailer.php` `createTransport`; `yii\mail\BaseMailer`):
//!
//! * `useFileTransport` (`BaseMailer`, default `false`): `true` saves each
//!   message as a file under `@runtime/mail` and sends nothing; the app
//!   templates ship with it `true`. A true flag is this table's
//!   "no mail" switch; `false` or absent, the transport is used.
//! * yii2-swiftmailer: `transport => ['class' => 'Swift_SmtpTransport',
//!   'host', 'port', 'username', 'password', 'encryption']`, Swift
//!   Mailer's own properties. Swift's defaults are host `localhost`, port
//!   25, no encryption. `encryption => 'ssl'` is TLS from the first byte;
//!   `'tls'` is STARTTLS, required (Swift's `EsmtpTransport` sends
//!   STARTTLS only with `tls` and fails when the server does not offer
//!   it); without it the session stays in clear (Swift 5/6 has no
//!   opportunistic STARTTLS). `streamOptions.ssl.verify_peer => false`
//!   turns certificate checks off.
//! * yii2-symfonymailer: `transport => ['dsn' => 'smtp://…']` (read as a
//!   Symfony `MAILER_DSN`), or, when there is no `dsn`, `scheme` and
//!   `host` (both required by `createTransport`) with `username`,
//!   `password`, `port`, `options` made into a Symfony `Dsn`: scheme
//!   `smtps` is TLS from the first byte, `smtp` is Symfony's automatic
//!   mode (STARTTLS when offered). A `dsn` wins over `scheme`/`host`.
//!   Symfony also turns implicit TLS on for `smtp` on port 465; this table
//!   reads `smtp` as STARTTLS-when-offered on every port (Swift, read by
//!   the same rows, does not do that), a limit of one shared TLS model.
//! * The From: `messageConfig => ['from' => 'a@b']` or `['from' =>
//!   ['a@b' => 'Name']]` (Yii's address-as-key form, read by [`finish`]).
//!
//! The `transport.*` names are every PHP mailer's: the table needs a Yii
//! marker (`useFileTransport`, `messageConfig`, the extension classes).

use crate::extract::profile::fields;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, set, set_if, syn, words, Both, Fix, Hooks, Key, Marker,
    Profile, Read, Sec, SetVal, Switch, TlsModel, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, Seg, SegKind};
use crate::extract::Config;
use crate::model::{Quote, Role::*, Value};

const KEYS: &[Key] = &[
    kr("transport.dsn", Url, Read::Url(UrlFlavor::Symfony)),
    k("transport.host", Host),
    k("transport.port", Port),
    k("transport.username", Username),
    k("transport.password", Password),
    k("transport.encryption", Encryption),
    k("transport.scheme", Scheme),
    k(
        "transport.streamOptions.ssl.verify_peer|transport.streamOptions.ssl.verify_peer_name",
        VerifyPeer,
    ),
    k("useFileTransport", Transport),
    k("messageConfig.from", From),
];

const MARKERS: &[Marker] = &[
    mark("useFileTransport"),
    mark("messageConfig.**"),
    mark_value("mailer.class", "swiftmailer"),
    mark_value("mailer.class", "symfonymailer"),
    mark_value("transport.class", "Swift_SmtpTransport"),
    mark("enableSwiftMailerLogging"),
];

const OTHER: Words = words![
    "class",
    "viewPath",
    "htmlLayout",
    "textLayout",
    "fileTransportPath",
    "enableSwiftMailerLogging",
    "messageConfig",
    "charset",
    "streamOptions",
    "options",
    "timeout",
    "transportFactory",
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "encryption", SetVal::Word("tls"))],
        "'encryption' => 'tls' with 'port' => 587 (Swift Mailer), or 'scheme' => 'smtp' (Symfony Mailer)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` from the transport's 'streamOptions'",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'username' and 'password' in the mailer's 'transport'",
    ),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "'username' => '{value}'"),
    fix_text(W::Password, &[], "'password' => '{value}'"),
    fix_text(W::From, &[], "'messageConfig' => ['from' => '{value}']"),
    fix_text(
        W::Stream,
        &[],
        "an `X-PM-Message-Stream` header in 'messageConfig', or a Server whose default stream is `{value}`",
    ),
];

pub static YII2: Profile = Profile {
    id: "yii2",
    name: "Yii 2 mailer component",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.yiiframework.com/doc/guide/2.0/en/tutorial-mailing https://github.com/yiisoft/yii2-symfonymailer/blob/master/src/Mailer.php https://github.com/yiisoft/yii2-swiftmailer/blob/master/src/Mailer.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("ssl", Sec::Implicit),
            ("tls", Sec::StartTls),
            ("smtps", Sec::Implicit),
            ("smtp", Sec::Auto),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Implicit,
        absent: "no 'encryption'",
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words!["useFileTransport"],
        local: words![],
        missing: None,
        off: None,
        name: "useFileTransport",
    }),
    fixes: FIXES,
    sender_hint: "'messageConfig' => ['from' => …] in the mailer component (or ->setFrom() on each message)",
    hooks: Hooks {
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// Yii's `'from' => ['a@b' => 'Name']`: the address is the array's key.
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    address_key_from(doc, configs, |from, mc| {
        from.text(doc.input) == "from" && mc.text(doc.input) == "messageConfig"
    });
}

/// A From written as the key of an address-to-name array (`['a@b' =>
/// 'Name']`) under the two segments that `under` accepts (the nearer
/// first): the first such key is the From of every configuration that has
/// none. One pass over the entries.
pub(super) fn address_key_from(
    doc: &Document,
    configs: &mut [Config],
    under: impl Fn(&Seg, &Seg) -> bool,
) {
    if configs.iter().all(|c| c.get(From).is_some()) {
        return;
    }
    for e in doc.active() {
        let mut rev = doc.path_rev(e);
        let (Some(addr), Some(near), Some(far)) = (rev.next(), rev.next(), rev.next()) else {
            continue;
        };
        if addr.kind != SegKind::Key || !addr.text(doc.input).contains('@') || !under(near, far) {
            continue;
        }
        let span = addr.span.start as usize..addr.span.end as usize;
        let value = Value::verbatim(doc.input, span, Quote::Single);
        let field = fields::field(doc, e, From, value);
        for c in configs.iter_mut().filter(|c| c.get(From).is_none()) {
            c.fields.push(field.clone());
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const SWIFT: &str = "<?php\nreturn [\n    'components' => [\n        'mailer' => [\n            'class' => 'yii\\swiftmailer\\Mailer',\n            'useFileTransport' => false,\n            'transport' => [\n                'class' => 'Swift_SmtpTransport',\n                'host' => 'smtp.postmarkapp.com',\n                'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n                'port' => '587',\n                'encryption' => 'tls',\n            ],\n            'messageConfig' => [\n                'from' => ['app@acme.io' => 'Acme'],\n            ],\n        ],\n    ],\n];\n";

    #[test]
    fn swift_words_and_address_key_from() {
        let (client, s, ids) = first(SWIFT);
        assert_eq!(client, "yii2");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "app@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&SWIFT.replace("'587'", "'465'").replace("'tls'", "'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        // No encryption: Swift stays in clear.
        let (_, s, _) = first(&SWIFT.replace("                'encryption' => 'tls',\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn use_file_transport_sends_nothing() {
        let (_, _, ids) =
            first(&SWIFT.replace("'useFileTransport' => false", "'useFileTransport' => true"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn symfony_scheme_and_dsn() {
        let sym = "<?php\nreturn [\n    'components' => [\n        'mailer' => [\n            'class' => \\yii\\symfonymailer\\Mailer::class,\n            'useFileTransport' => false,\n            'transport' => [\n                'scheme' => 'smtps',\n                'host' => 'smtp.postmarkapp.com',\n                'username' => 'u',\n                'password' => 'u',\n                'port' => 587,\n            ],\n        ],\n    ],\n];\n";
        let (client, s, _) = first(sym);
        assert_eq!(client, "yii2");
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(&sym.replace("'smtps'", "'smtp'"));
        assert_eq!(s["security"], "starttls");
        let dsn = "<?php\nreturn [\n    'class' => \\yii\\symfonymailer\\Mailer::class,\n    'useFileTransport' => false,\n    'transport' => [\n        'dsn' => 'smtp://u:p@smtp.postmarkapp.com:2525',\n    ],\n];\n";
        let (client, s, _) = first(dsn);
        assert_eq!(client, "yii2");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn a_laravel_mail_config_is_not_yii() {
        let (client, _, _) = first("<?php\nreturn [\n    'default' => env('MAIL_MAILER', 'smtp'),\n    'mailers' => [\n        'smtp' => [\n            'transport' => 'smtp',\n            'host' => 'smtp.postmarkapp.com',\n            'port' => 587,\n            'encryption' => 'tls',\n        ],\n    ],\n];\n");
        assert_ne!(client, "yii2");
    }
}
