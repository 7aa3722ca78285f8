//! Passbolt: the `EMAIL_TRANSPORT_DEFAULT_*` / `EMAIL_DEFAULT_*`
//! environment variables (the Docker image's usual way), and the same
//! settings in `config/passbolt.php` (`'EmailTransport' => ['default' =>
//! [...]]`, `'Email' => ['default' => ['from' => [addr => name]]]`).
//!
//! Meaning (Passbolt's `config/app.default.php` and `passbolt.default.php`
//! read the variables with CakePHP's `env()`; `config/bootstrap.php`
//! forces the transport class to SMTP; the client is CakePHP's
//! `Mailer/Transport/SmtpTransport.php` with its `Network/Socket.php`):
//!
//! * `tls` is STARTTLS, required: when it is true Cake sends `STARTTLS`
//!   after EHLO and fails when the server refuses; when it is false or
//!   unset the session stays in clear text (no opportunistic upgrade).
//!   The default is `null`: clear text.
//! * Cake tests `tls` with PHP truthiness and `env()` returns the text as
//!   written, so `EMAIL_TRANSPORT_DEFAULT_TLS=false` (or compose's bare
//!   `false`, which becomes the string `"false"`) is **true**: only an
//!   empty value or `0` switches STARTTLS off. Passbolt's docs say "true
//!   to enable"; the code gives this reading.
//! * TLS from the first byte is a host prefix: `ssl://smtp.example.com`
//!   (PHP streams; `tls://` means the same there). No port turns it on.
//! * Defaults: host `localhost`, port 25.
//! * It logs in only when a username or password is set.
//! * `EMAIL_DEFAULT_FROM` (default `you@localhost.test`) is the From; in
//!   `passbolt.php` it is the *key* of `'from' => ['addr' => 'Name']`.
//! * `EMAIL_DEFAULT_TRANSPORT=Debug` selects the debug transport: no mail
//!   leaves.
//! * SMTP settings saved in the administration UI (Passbolt 3.8+, stored
//!   in the database) replace all of these.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Both, Fix, Hooks, Key, Marker, Pairs,
    Profile, Read, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Field, Quote, Role::*, Value};

const ENV_KEYS: &[Key] = &[
    kr("EMAIL_TRANSPORT_DEFAULT_HOST", Host, Read::HostScheme),
    k("EMAIL_TRANSPORT_DEFAULT_PORT", Port),
    k("EMAIL_TRANSPORT_DEFAULT_USERNAME", Username),
    k("EMAIL_TRANSPORT_DEFAULT_PASSWORD", Password),
    k("EMAIL_TRANSPORT_DEFAULT_TLS", StartTls),
    k("EMAIL_DEFAULT_FROM", From),
    k("EMAIL_DEFAULT_TRANSPORT", Transport),
];

const PHP_KEYS: &[Key] = &[
    kr("EmailTransport.default.host", Host, Read::HostScheme),
    k("EmailTransport.default.port", Port),
    k("EmailTransport.default.username", Username),
    k("EmailTransport.default.password", Password),
    k("EmailTransport.default.tls", StartTls),
    k("Email.default.transport", Transport),
];

const PHP_MARKERS: &[Marker] = &[
    mark("EmailTransport.default.host"),
    mark("EmailTransport.default.tls"),
];

const ENV_OTHER: Words = words![
    "EMAIL_TRANSPORT_DEFAULT_TIMEOUT",
    "EMAIL_TRANSPORT_DEFAULT_CLIENT",
    "EMAIL_TRANSPORT_DEFAULT_URL",
    "EMAIL_TRANSPORT_DEFAULT_CLASS_NAME",
    "EMAIL_DEFAULT_FROM_NAME",
];
const PHP_OTHER: Words = words!["timeout", "client", "url", "className"];

const ENV_LEFTOVERS: Pairs = pairs![
    (
        "EMAIL_TRANSPORT_DEFAULT_USER",
        "EMAIL_TRANSPORT_DEFAULT_USERNAME"
    ),
    (
        "EMAIL_TRANSPORT_DEFAULT_PASS",
        "EMAIL_TRANSPORT_DEFAULT_PASSWORD"
    ),
    (
        "EMAIL_TRANSPORT_DEFAULT_SSL",
        "EMAIL_TRANSPORT_DEFAULT_HOST (ssl://…)"
    ),
    (
        "EMAIL_TRANSPORT_DEFAULT_STARTTLS",
        "EMAIL_TRANSPORT_DEFAULT_TLS"
    ),
    ("EMAIL_DEFAULT_FROM_ADDRESS", "EMAIL_DEFAULT_FROM"),
];

/// `tls` is required STARTTLS; `ssl://` on the host is implicit TLS.
pub(super) const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::Implicit),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "EMAIL_TRANSPORT_DEFAULT_TLS is not set (Passbolt's default: no TLS)",
};

const SWITCH: Switch = Switch {
    smtp: words!["default"],
    no_mail: words!["debug"],
    local: words![],
    missing: None,
    off: None,
    name: "EMAIL_DEFAULT_TRANSPORT",
};

const ENV_FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(Port, "EMAIL_TRANSPORT_DEFAULT_PORT", SetVal::Port)],
    ),
    fix(
        W::Host,
        &[set(Host, "EMAIL_TRANSPORT_DEFAULT_HOST", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[set(
            StartTls,
            "EMAIL_TRANSPORT_DEFAULT_TLS",
            SetVal::Bool(true),
        )],
        "EMAIL_TRANSPORT_DEFAULT_TLS=true (and no ssl:// before the host)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "EMAIL_TRANSPORT_DEFAULT_USERNAME and EMAIL_TRANSPORT_DEFAULT_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Passbolt image (PHP's OpenSSL)",
    ),
    fix_text(W::Username, &[], "EMAIL_TRANSPORT_DEFAULT_USERNAME={value}"),
    fix_text(W::Password, &[], "EMAIL_TRANSPORT_DEFAULT_PASSWORD={value}"),
    fix(W::From, &[set(From, "EMAIL_DEFAULT_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Passbolt has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const PHP_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'port' => {port} in EmailTransport.default"),
    fix_text(
        W::Host,
        &[],
        "'host' => '{value}' in EmailTransport.default",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'tls' => true in EmailTransport.default (and no ssl:// before the host)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "'username' and 'password' in EmailTransport.default",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Passbolt release (PHP's OpenSSL)",
    ),
    fix_text(W::Username, &[], "'username' => '{value}'"),
    fix_text(W::Password, &[], "'password' => '{value}'"),
    fix_text(
        W::From,
        &[],
        "'from' => ['{value}' => 'Passbolt'] in Email.default",
    ),
    fix_text(
        W::Stream,
        &[],
        "Passbolt has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `'from' => ['addr@x' => 'Name']`: the address is the key.
pub(super) fn from_key(doc: &Document, configs: &mut Vec<Config>) {
    let [cfg] = configs.as_mut_slice() else {
        return;
    };
    if cfg.get(From).is_some() {
        return;
    }
    let found = doc.active().find_map(|e| {
        let key = doc.key_of(e);
        if !key.contains('@') || !doc.path_string(e).contains("Email.default.from.") {
            return None;
        }
        let inner = key.trim_matches(['\'', '"']);
        let start = e.key_span().start + key.find(inner)?;
        Some(Field {
            role: From,
            key: "Email.default.from".to_string(),
            key_span: e.key_span(),
            value: Value::verbatim(doc.input, start..start + inner.len(), Quote::None),
            syntax: e.syntax,
        })
    });
    if let Some(from) = found {
        cfg.push(from);
    }
}

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://www.passbolt.com/docs/hosting/configure/environment-reference/ https://github.com/passbolt/passbolt_api/blob/master/config/app.default.php https://github.com/cakephp/cakephp/blob/5.x/src/Mailer/Transport/SmtpTransport.php";

pub static PASSBOLT_ENV: Profile = Profile {
    id: "passbolt-env",
    name: "Passbolt EMAIL_TRANSPORT_DEFAULT_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["EMAIL_TRANSPORT_DEFAULT_"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    case_sensitive: true,
    // PHP truthiness of the text `env()` returns.
    truth: Truth::Except(words!["0"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: ENV_FIXES,
    sender_hint: "EMAIL_DEFAULT_FROM (default you@localhost.test)",
    ..BASE
};

pub static PASSBOLT_PHP: Profile = Profile {
    id: "passbolt-php",
    name: "Passbolt passbolt.php EmailTransport",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::PHP,
    keys: PHP_KEYS,
    markers: PHP_MARKERS,
    needs_marker: true,
    other_keys: PHP_OTHER,
    tls: TlsModel {
        absent: "'tls' is not set in EmailTransport.default (Passbolt's default: no TLS)",
        ..TLS
    },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        name: "'transport' in Email.default",
        ..SWITCH
    }),
    fixes: PHP_FIXES,
    sender_hint: "'from' in Email.default (default you@localhost.test)",
    hooks: Hooks {
        finish: Some(from_key),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "EMAIL_DEFAULT_FROM_NAME=Passbolt\nEMAIL_DEFAULT_FROM=passbolt@acme.io\nEMAIL_TRANSPORT_DEFAULT_HOST=smtp.postmarkapp.com\nEMAIL_TRANSPORT_DEFAULT_PORT=587\nEMAIL_TRANSPORT_DEFAULT_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_TRANSPORT_DEFAULT_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_TRANSPORT_DEFAULT_TLS=true\n";

    #[test]
    fn tls_true_is_starttls_and_unset_is_clear_text() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "passbolt-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "passbolt@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("EMAIL_TRANSPORT_DEFAULT_TLS=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn php_truthiness_makes_false_true() {
        // `env()` hands Cake the text "false": a non-empty string.
        let (_, s, ids) = first(&ENV.replace("TLS=true", "TLS=false"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("TLS=true", "TLS=0"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn ssl_prefix_is_implicit_tls() {
        let (_, s, ids) = first(
            &ENV.replace("=smtp.postmarkapp.com", "=ssl://smtp.postmarkapp.com")
                .replace("TLS=true", "TLS="),
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn passbolt_php_with_the_from_as_a_key() {
        let (client, s, ids) = first(
            "<?php\nreturn [\n    'EmailTransport' => [\n        'default' => [\n            'host' => 'smtp.postmarkapp.com',\n            'port' => 587,\n            'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n            'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n            'tls' => true,\n        ],\n    ],\n    'Email' => [\n        'default' => [\n            'from' => ['passbolt@acme.io' => 'Passbolt'],\n        ],\n    ],\n];\n",
        );
        assert_eq!(client, "passbolt-php");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "passbolt@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn the_debug_transport_sends_nothing() {
        let (_, _, ids) = first(&format!("{ENV}EMAIL_DEFAULT_TRANSPORT=Debug\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
