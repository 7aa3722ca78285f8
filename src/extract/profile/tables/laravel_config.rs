//! Laravel's `config/mail.php`: Laravel 7+ (the `smtp` entry of the
//! `mailers` array, also pasted alone as `'smtp' => [...]`, the `default`
//! mailer and the global `from` address) and Laravel 6 and earlier (flat:
//! `driver`, `host`, `port`… at the top, next to `sendmail`).
//!
//! Meaning (laravel.com/docs/11.x/mail#configuration, the stock
//! `config/mail.php` and `Illuminate\Mail\MailManager::createSmtpTransport`):
//! the same as the `.env` keys it reads (see `laravel.rs`): Laravel 9+
//! (Symfony Mailer) uses implicit TLS exactly when the port is 465 or the
//! `scheme` is `smtps`, and otherwise upgrades with STARTTLS when offered;
//! Laravel 8 and earlier read `encryption => 'ssl'` as implicit TLS.
//! `verify_peer => false` switches certificate checks off (Laravel 10+);
//! before, SwiftMailer's stream options did (`'stream' => ['ssl' =>
//! ['verify_peer' => false]]`, handed to `setStreamOptions` by Laravel 5–8's
//! `TransportManager`/`MailManager::createSmtpTransport`).
//! `default` names the mailer in use: only `smtp` reads these settings.
//!
//! Most values are `env('MAIL_HOST', 'default')`: the `.env` value when
//! it is set, else the default. Without the `.env` in the paste, such a
//! value is an unresolved reference (never judged by its default, which
//! the `.env` usually overrides); with it, it resolves to the `.env` line.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Profile, Switch, WriteKind as W, BASE,
};
use crate::extract::read::{Document, ROOT};
use crate::extract::Config;
use crate::model::{Field, Role::*};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "'port' => env('MAIL_PORT', {port}) in the smtp mailer (and MAIL_PORT={port} in .env)",
    ),
    fix_text(
        W::Host,
        &[],
        "'host' => env('MAIL_HOST', '{value}') in the smtp mailer (and MAIL_HOST={value} in .env)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'scheme' => 'smtp' (Laravel 11+) or 'encryption' => 'tls' in the smtp mailer, with port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` from the smtp mailer",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'username' => env('MAIL_USERNAME') and 'password' => env('MAIL_PASSWORD') in the smtp mailer",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "MAIL_USERNAME={value} in .env"),
    fix_text(W::Password, &[], "MAIL_PASSWORD={value} in .env"),
    fix_text(
        W::From,
        &[],
        "'from' => ['address' => env('MAIL_FROM_ADDRESS', '{value}')]",
    ),
    fix_text(
        W::Stream,
        &[],
        "'message_stream_id' => '{value}' in the postmark mailer (the SMTP mailer has no stream setting: use a Server whose default stream is `{value}`)",
    ),
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["log", "array"],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "'default' in config/mail.php (MAIL_MAILER)",
};

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://laravel.com/docs/11.x/mail#configuration https://github.com/laravel/laravel/blob/11.x/config/mail.php https://github.com/laravel/laravel/blob/6.x/config/mail.php";

pub static LARAVEL_CONFIG: Profile = Profile {
    id: "laravel-config",
    name: "Laravel config/mail.php",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    // A lone `'smtp' => [...]` entry has no `<?php` or `$`: `=>` with
    // quoted keys reads as a Ruby hash too.
    syntaxes: syn::PHP | syn::RUBY,
    // Every mailer whose `transport` is `smtp` reads these (stock files
    // name one `smtp`; apps add more, `'mailgun_smtp' => [...]`).
    keys: &[
        k("smtp.host|mailers.*.host", Host),
        k("smtp.port|mailers.*.port", Port),
        k("smtp.encryption|mailers.*.encryption", Encryption),
        k("smtp.scheme|mailers.*.scheme", Scheme),
        k("smtp.username|mailers.*.username", Username),
        k("smtp.password|mailers.*.password", Password),
        k("smtp.verify_peer|mailers.*.verify_peer", VerifyPeer),
        k(
            "smtp.stream.ssl.verify_peer|mailers.*.stream.ssl.verify_peer",
            VerifyPeer,
        ),
        k("from.address", From),
        k("default", Transport),
    ],
    // `'transport' => 'smtp'` is Laravel's own (other PHP arrays name a
    // `smtp.host` too).
    markers: &[mark("smtp.transport")],
    needs_marker: true,
    other_keys: words![
        "smtp.transport",
        "smtp.timeout",
        "smtp.local_domain",
        "smtp.url",
        "smtp.auth_mode",
        "smtp.stream.ssl.verify_peer_name",
        "smtp.stream.ssl.allow_self_signed",
        "from.name",
    ],
    port: Some(587),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "'from' => ['address' => …] in config/mail.php (MAIL_FROM_ADDRESS in .env)",
    hooks: Hooks {
        tls: Some(super::laravel::tls),
        finish: Some(mailers),
        ..Hooks::NONE
    },
    ..BASE
};

/// Several SMTP mailers in `mailers`: each is labelled by its name, each
/// gets the file's `from` and `default` (written once, outside them), and
/// the one `default` names is the one used: a literal name, else the
/// stock `smtp` (`env('MAIL_MAILER', 'smtp')` is unknown here, and the
/// `.env` usually keeps it). A name of an SMTP mailer is the SMTP switch
/// on: the switch's own word list knows only `smtp`.
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn mailers(doc: &Document, configs: &mut Vec<Config>) {
    if configs.len() < 2 {
        return;
    }
    let seg = |s: Option<&crate::extract::read::Seg>| s.map(|s| s.text(doc.input));
    let mut names = Vec::with_capacity(configs.len());
    for c in configs.iter() {
        let mut path = doc.scope_path_rev(c.root);
        let name = seg(path.next()).map(|n| n.trim_matches(['\'', '"']));
        if c.root == ROOT
            || seg(path.next()).map(|m| m.trim_matches(['\'', '"'])) != Some("mailers")
        {
            return;
        }
        names.push(name.unwrap_or("").to_string());
    }
    // The fields written outside every mailer (`from`, `default`).
    let inside = |c: &Config, f: &Field| {
        doc.scopes.get(c.root as usize).is_some_and(|s| {
            (s.span.start as usize..s.span.end as usize).contains(&f.key_span.start)
        })
    };
    let shared: Vec<Field> = configs
        .iter()
        .flat_map(|c| {
            c.fields
                .iter()
                .filter(|f| !inside(c, f))
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect();
    let chosen = shared
        .iter()
        .find(|f| f.role == Transport)
        .and_then(|f| f.value.literal())
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| "smtp".to_string());
    let found = names.contains(&chosen);
    for (c, name) in configs.iter_mut().zip(names) {
        for f in &shared {
            if !c.fields.iter().any(|g| g.role == f.role) {
                c.fields.push(f.clone());
            }
        }
        if found {
            c.active = name == chosen;
            c.fields.retain(|f| f.role != Transport);
        }
        c.label = Some(name);
    }
}

/// Laravel 6 and earlier: the settings at the top of the array.
pub static LARAVEL_CONFIG_FLAT: Profile = Profile {
    keys: &[
        k("host", Host),
        k("port", Port),
        k("encryption", Encryption),
        k("username", Username),
        k("password", Password),
        k("stream.ssl.verify_peer", VerifyPeer),
        k("from.address", From),
        k("driver", Transport),
    ],
    // `driver` and `sendmail` at the top are the old file's own.
    markers: &[mark("driver"), mark("sendmail"), mark("pretend")],
    other_keys: words![
        "sendmail",
        "pretend",
        "from.name",
        "markdown.theme",
        "markdown.paths",
        "stream.ssl.verify_peer_name",
        "stream.ssl.allow_self_signed",
    ],
    switch: Some(Switch {
        name: "'driver' in config/mail.php (MAIL_DRIVER)",
        ..SWITCH
    }),
    ..LARAVEL_CONFIG
};

#[cfg(test)]
mod tests {
    use super::super::linted;

    const STOCK: &str = "<?php\n\nreturn [\n    'default' => env('MAIL_MAILER', 'smtp'),\n    'mailers' => [\n        'smtp' => [\n            'transport' => 'smtp',\n            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),\n            'port' => env('MAIL_PORT', 587),\n            'encryption' => env('MAIL_ENCRYPTION', 'tls'),\n            'username' => env('MAIL_USERNAME'),\n            'password' => env('MAIL_PASSWORD'),\n            'timeout' => null,\n        ],\n        'ses' => ['transport' => 'ses'],\n    ],\n    'from' => [\n        'address' => env('MAIL_FROM_ADDRESS', 'hello@example.com'),\n        'name' => env('MAIL_FROM_NAME', 'Example'),\n    ],\n];\n";

    #[test]
    fn the_stock_file_is_laravel_and_its_env_defaults_are_not_judged() {
        let (client, s, ids) = linted(STOCK);
        assert_eq!(client, "laravel-config");
        assert_eq!(s["username"], "env('MAIL_USERNAME')");
        assert!(!ids.iter().any(|i| i == "host/other-provider"), "{ids:?}");
    }

    #[test]
    fn the_mailer_default_names_is_the_one_used() {
        let two = STOCK.replace(
            "        'ses' => ['transport' => 'ses'],",
            "        'ses' => ['transport' => 'ses'],\n        'postmark_smtp' => [\n            'transport' => 'smtp',\n            'host' => 'smtp.postmarkapp.com',\n            'port' => 2525,\n            'username' => env('POSTMARK_TOKEN'),\n            'password' => env('POSTMARK_TOKEN'),\n        ],",
        );
        let r = crate::lint(&two, &crate::Options::default());
        let used: Vec<(Option<&str>, bool)> = r
            .configs
            .iter()
            .map(|c| (c.label.as_deref(), c.active))
            .collect();
        // `env('MAIL_MAILER', 'smtp')`: the stock `smtp` mailer.
        assert_eq!(used, [(Some("smtp"), true), (Some("postmark_smtp"), false)]);
        let chosen = two.replace("env('MAIL_MAILER', 'smtp')", "'postmark_smtp'");
        let r = crate::lint(&chosen, &crate::Options::default());
        let used: Vec<bool> = r.configs.iter().map(|c| c.active).collect();
        assert_eq!(used, [false, true]);
        let active = r.configs.iter().find(|c| c.active).expect("active");
        assert_eq!(active.settings.port, Some(2525));
        assert!(
            !r.findings.iter().any(|f| f.id == "input/smtp-not-enabled"),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn literal_values_are_judged_with_laravels_meaning() {
        let text = STOCK
            .replace(
                "env('MAIL_HOST', 'smtp.mailgun.org')",
                "'smtp.postmarkapp.com'",
            )
            .replace("env('MAIL_PORT', 587)", "465")
            .replace(
                "'timeout' => null,",
                "'timeout' => null,\n            'verify_peer' => false,",
            );
        let (client, s, ids) = linted(&text);
        assert_eq!(client, "laravel-config");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_laravel_6_flat_file_and_a_lone_smtp_entry_are_read() {
        let flat = "<?php\nreturn [\n    'driver' => env('MAIL_DRIVER', 'smtp'),\n    'host' => 'smtp.postmarkapp.com',\n    'port' => 465,\n    'from' => ['address' => 'hello@acme.io', 'name' => 'Acme'],\n    'encryption' => 'ssl',\n    'username' => env('MAIL_USERNAME'),\n    'password' => env('MAIL_PASSWORD'),\n    'sendmail' => '/usr/sbin/sendmail -bs',\n];\n";
        let (client, s, ids) = linted(flat);
        assert_eq!(client, "laravel-config");
        assert_eq!(s["port"], 465);
        assert_eq!(s["from"], "hello@acme.io");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let lone = "'smtp' => [\n    'transport' => 'smtp',\n    'host' => 'smtp.postmarkapp.com',\n    'port' => 587,\n    'encryption' => 'tls',\n],\n";
        let (client, s, _) = linted(lone);
        assert_eq!(client, "laravel-config");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn swiftmailer_stream_options_switch_verification_off() {
        let flat = "<?php\nreturn [\n    'driver' => env('MAIL_DRIVER', 'smtp'),\n    'host' => env('MAIL_HOST', 'smtp.mailtrap.io'),\n    'port' => env('MAIL_PORT', 2525),\n    'sendmail' => '/usr/sbin/sendmail -bs',\n    'stream' => [\n        'ssl' => [\n            'allow_self_signed' => true,\n            'verify_peer' => false,\n            'verify_peer_name' => false,\n        ],\n    ],\n];\n";
        let (client, _, ids) = linted(flat);
        assert_eq!(client, "laravel-config");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        let on = flat.replace("'verify_peer' => false", "'verify_peer' => true");
        let (_, _, ids) = linted(&on);
        assert!(!ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        let v7 = STOCK.replace(
            "'timeout' => null,",
            "'timeout' => null,\n            'stream' => ['ssl' => ['verify_peer' => false]],",
        );
        let (_, _, ids) = linted(&v7);
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn the_env_pasted_with_it_gives_the_values() {
        let text = format!(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_USERNAME=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\nMAIL_PASSWORD=1f86a2b4-55c1-4a0e-9d1b-3c2d11115948\n\n// config/mail.php\n{STOCK}"
        );
        let (client, s, ids) = linted(&text);
        assert_eq!(client, "laravel-config");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "host/other-provider"), "{ids:?}");
    }

    #[test]
    fn a_log_default_mailer_sends_nothing() {
        let text = STOCK
            .replace("env('MAIL_MAILER', 'smtp')", "'log'")
            .replace(
                "env('MAIL_HOST', 'smtp.mailgun.org')",
                "'smtp.postmarkapp.com'",
            );
        let (_, _, ids) = linted(&text);
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
