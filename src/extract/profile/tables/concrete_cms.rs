//! Concrete CMS (concrete5): the `mail` settings of the `concrete` config
//! group — `application/config/concrete.php`, the dashboard's
//! `application/config/generated_overrides/concrete.php` (written with
//! `var_export`), or `$config->set('concrete.mail', [...])` in code:
//! `'mail' => ['method' => 'smtp', 'methods' => ['smtp' => ['server',
//! 'port', 'username', 'password', 'encryption', 'messages_per_connection',
//! 'helo_domain']]]`, and the sender in `'email' => ['default' =>
//! ['address' => …, 'name' => …]]`.
//!
//! Meaning (documentation.concretecms.org "SMTP settings";
//! `concrete/config/concrete.php` for the defaults;
//! `concrete/src/Mail/Transport/Factory.php` for the transport):
//!
//! * `method` is the mail switch, compared exactly: `smtp` uses the SMTP
//!   settings, `PHP_MAIL` (the default) and anything else PHP's `mail()`
//!   through the local sendmail.
//! * It logs in only with a non-empty `username`.
//! * `encryption` is `''` (none), `SSL` or `TLS` in the dashboard. Its
//!   meaning changed with 9.5.0, which moved from laminas-mail to Symfony
//!   Mailer (concretecms PR #12769, issue #12888):
//!   - up to 9.4 the value is laminas-mail's `ssl` option, lower-cased:
//!     `tls` is STARTTLS (required), `ssl` TLS from the first byte, any
//!     other word refused; empty is clear text (laminas never upgrades by
//!     itself). No port: 25.
//!   - from 9.5.0 the value is handed to `EsmtpTransport` as its `$tls`
//!     boolean: any non-empty word (`TLS` too) is TLS from the first byte,
//!     so `TLS` with port 587 fails ("ssl://host:587"); empty upgrades with
//!     STARTTLS when offered. No port: 465 with a word, else 25.
//!
//!   `SSL` is implicit TLS in both; `TLS` is reported as implicit TLS on a
//!   STARTTLS port only as a warning naming 9.5.0 and later; empty is read
//!   the ≤ 9.4 way (clear text).

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Pairs, Profile, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("methods.**.smtp.**.server", Host),
    k("methods.**.smtp.**.port", Port),
    k("methods.**.smtp.**.username", Username),
    k("methods.**.smtp.**.password", Password),
    k("methods.**.smtp.**.encryption", Encryption),
    k("mail.**.method", Transport),
    k("email.**.default.**.address", From),
];

/// `methods.smtp.*` beside the Concrete-only names.
const MARKERS: &[Marker] = &[
    mark("methods.**.smtp.**.server"),
    mark("methods.**.smtp.**.messages_per_connection"),
    mark("methods.**.smtp.**.helo_domain"),
];

const OTHER_KEYS: Words = words![
    "messages_per_connection",
    "helo_domain",
    "parameters",
    "name"
];

const LEFTOVERS: Pairs = pairs![
    ("host", "server"),
    ("smtp_host", "server"),
    ("user", "username"),
    ("secure", "encryption"),
    ("ssl", "encryption"),
    ("tls", "encryption"),
];

const NOTE: &str = "Concrete CMS 9.5.0 and later (Symfony Mailer) start TLS on the first byte for any encryption word, TLS included; up to 9.4, TLS means STARTTLS";

/// The encryption word as Concrete reads it (see the module comment).
fn concrete_tls(cfg: &Config) -> Tls {
    let mut t = Tls::default();
    let field = cfg.get(Encryption);
    let word = match field {
        None => None,
        Some(f) => match f.value.literal() {
            Some(text) => Some(text.trim().to_ascii_lowercase()),
            // A reference: unknown.
            None => return t,
        },
    };
    match word.as_deref() {
        None | Some("") => {
            t.choose(
                Security::None,
                match field {
                    Some(f) => Evidence::of(f),
                    None => Evidence::absent("no 'encryption'"),
                },
            );
        }
        Some("ssl") => {
            t.mode = Some(Security::Implicit);
            t.implicit = field.map(Evidence::of);
        }
        Some("tls") => {
            if cfg.effective_port() == Some(465) {
                // 9.5+: implicit, as 465 wants; up to 9.4: STARTTLS on 465.
                t.mode = Some(Security::Implicit);
                return t;
            }
            t.mode = Some(Security::StartTls);
            t.starttls = field.map(Evidence::of);
            t.implicit = field.map(Evidence::of);
            t.version_note = Some(NOTE);
        }
        // laminas refuses the word; Symfony Mailer takes it as implicit TLS.
        Some(_) => {}
    }
    t
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "'port' => '{port}', in 'methods' => ['smtp' => …]"),
    fix_text(W::Host, &[], "'server' => '{value}', in 'methods' => ['smtp' => …]"),
    fix_text(
        W::StartTls,
        &[],
        "'encryption' => 'TLS' with 'port' => '587' (up to 9.4; from 9.5.0 leave 'encryption' empty: Concrete then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "certificate verification is not switched off by Concrete's settings"),
    fix_text(W::AuthOn, &[], "'username' and 'password' in 'methods' => ['smtp' => …]"),
    fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "'username' => '{value}', in 'methods' => ['smtp' => …]"),
    fix_text(W::Password, &[], "'password' => '{value}', in 'methods' => ['smtp' => …]"),
    fix_text(
        W::From,
        &[],
        "'email' => ['default' => ['address' => '{value}']] (Dashboard → System & Settings → Email → Email Addresses)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Concrete CMS has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CONCRETE_CMS: Profile = Profile {
    id: "concrete-cms",
    name: "Concrete CMS concrete.mail settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://documentation.concretecms.org/user-guide/editors-guide/dashboard/system-and-settings/email/smtp-method https://github.com/concretecms/concretecms/blob/develop/concrete/src/Mail/Transport/Factory.php https://github.com/concretecms/concretecms/blob/develop/concrete/config/concrete.php",
    syntaxes: syn::PHP | syn::DATA,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["PHP_MAIL"],
        missing: None,
        off: None,
        name: "'method' under 'mail'",
    }),
    fixes: FIXES,
    sender_hint: "'email' => ['default' => ['address' => …]] (concrete.email.default.address)",
    hooks: Hooks {
        tls: Some(concrete_tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "6b2e9f41-0c7a-4d3e-8f15-2a9c4e7b0d63";

    fn php(method: &str, enc: &str, port: &str) -> String {
        format!(
            "<?php\nreturn [\n    'email' => ['default' => ['address' => 'web@acme.io', 'name' => 'Acme']],\n    'mail' => [\n        'method' => '{method}',\n        'methods' => [\n            'smtp' => [\n                'server' => 'smtp.postmarkapp.com',\n                'port' => '{port}',\n                'username' => '{TOKEN}',\n                'password' => '{TOKEN}',\n                'encryption' => '{enc}',\n                'messages_per_connection' => null,\n                'helo_domain' => 'localhost',\n            ],\n        ],\n    ],\n];\n"
        )
    }

    #[test]
    fn tls_on_587_is_starttls_up_to_9_4() {
        let (client, s, ids) = first(&php("smtp", "TLS", "587"));
        assert_eq!(client, "concrete-cms");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "web@acme.io");
        // The 9.5+ reading is a warning naming the versions.
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssl_is_implicit_and_empty_is_clear_text() {
        let (_, s, ids) = first(&php("smtp", "SSL", "587"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&php("smtp", "", "587"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn php_mail_method_ignores_the_smtp_settings() {
        let (_, _, ids) = first(&php("PHP_MAIL", "TLS", "587"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn var_export_arrays_are_read() {
        let text = "<?php\n\nreturn array(\n    'mail' => array(\n        'method' => 'smtp',\n        'methods' => array(\n            'smtp' => array(\n                'server' => 'smtp.postmarkapp.com',\n                'port' => '2525',\n                'username' => 'u',\n                'password' => 'u',\n                'encryption' => 'TLS',\n                'messages_per_connection' => null\n            )\n        )\n    )\n);\n";
        let (client, s, _) = first(text);
        assert_eq!(client, "concrete-cms");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }
}
