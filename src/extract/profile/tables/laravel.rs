//! Laravel `.env` (`MAIL_*`), read through `config/mail.php`.
//!
//! Meaning (Laravel's MailManager): Laravel 9+ sends with Symfony Mailer,
//! which uses implicit TLS exactly when the port is 465 or `MAIL_SCHEME` is
//! `smtps`, and otherwise upgrades with STARTTLS whenever the server offers
//! it, so `MAIL_ENCRYPTION` only matters through the port. Laravel 8 and
//! earlier (SwiftMailer) read `MAIL_ENCRYPTION=ssl` as implicit TLS and
//! `tls` as STARTTLS. The stock config defaults the port to 587.
//! `MAIL_MAILER` (Laravel 7+; `MAIL_DRIVER` before) picks the transport:
//! only `smtp` uses these settings.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, set, set_if, syn, words, Fix, Profile, Read, SetVal, Switch,
    UrlFlavor, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

/// The rows every app on Laravel's `MAIL_*` keys writes the same way
/// (BookStack, Firefly III, Pixelfed, Snipe-IT build their tables from
/// them): one place for Laravel's key names.
pub(super) const PORT_FIX: Fix = fix(W::Port, &[set(Port, "MAIL_PORT", SetVal::Port)]);
pub(super) const HOST_FIX: Fix = fix(W::Host, &[set(Host, "MAIL_HOST", SetVal::Given)]);
/// STARTTLS where the app has no `MAIL_SCHEME` (SwiftMailer-era keys).
pub(super) const STARTTLS_FIX: Fix = fix(
    W::StartTls,
    &[set(Encryption, "MAIL_ENCRYPTION", SetVal::Word("tls"))],
);
/// STARTTLS on Laravel 11+ keys: `MAIL_SCHEME` is written only where present.
pub(super) const STARTTLS_SCHEME_FIX: Fix = fix(
    W::StartTls,
    &[
        set_if(Scheme, "MAIL_SCHEME", SetVal::Word("smtp")),
        set(Encryption, "MAIL_ENCRYPTION", SetVal::Word("tls")),
    ],
);
pub(super) const AUTH_ON_FIX: Fix = fix_text(W::AuthOn, &[], "MAIL_USERNAME and MAIL_PASSWORD");
pub(super) const TLS_MODERN_FIX: Fix = fix_text(
    W::TlsModern,
    &[],
    "a PHP/OpenSSL build that supports TLS 1.2",
);
pub(super) const USERNAME_FIX: Fix = fix(
    W::Username,
    &[set(Username, "MAIL_USERNAME", SetVal::Given)],
);
pub(super) const PASSWORD_FIX: Fix = fix(
    W::Password,
    &[set(Password, "MAIL_PASSWORD", SetVal::Given)],
);

/// What an empty `MAIL_PORT=` does in every app whose `config/mail.php`
/// reads `'port' => env('MAIL_PORT', <default>)`: `Env::get` maps
/// phpdotenv's value through `Option::fromValue`, where an empty string is
/// a value, so the default applies only to a missing line.
/// `MailManager::createSmtpTransport` hands `""` to Symfony's `Dsn`
/// (`?int $port`: a TypeError under `strict_types`); Laravel 8 and earlier
/// hand it to `Swift_SmtpTransport`, which casts it to 0.
pub(super) const EMPTY_PORT: &str = "Laravel's env() returns an empty string for a line without a value (the default in config/mail.php applies only when the line is missing), so the default port does not apply: Laravel 9+ stops with a TypeError when it builds the SMTP transport (Symfony's Dsn takes an integer port) and Laravel 8 and earlier (Swift Mailer) dial port 0, so no mail is sent";

/// The switch of apps whose `config/mail.php` reads `MAIL_DRIVER`
/// (Laravel 6's name) on any Laravel: `smtp`; `log` and `array` send
/// nothing; `sendmail` and Laravel ≤ 6's `mail` (PHP `mail()`) are local.
pub(super) const DRIVER_SWITCH: Switch = Switch {
    smtp: words!["smtp"],
    no_mail: words!["log", "array"],
    local: words!["sendmail", "mail"],
    missing: None,
    off: None,
    name: "MAIL_DRIVER",
};

/// How a change is written in a Laravel `.env` (also read by the apps
/// built on Laravel whose key names are the same).
pub(super) const FIXES: &[Fix] = &[
    PORT_FIX,
    HOST_FIX,
    STARTTLS_SCHEME_FIX,
    fix_text(
        W::VerifyOn,
        &[],
        "remove `verify_peer => false` from the smtp mailer in config/mail.php",
    ),
    AUTH_ON_FIX,
    TLS_MODERN_FIX,
    USERNAME_FIX,
    PASSWORD_FIX,
    fix(W::From, &[set(From, "MAIL_FROM_ADDRESS", SetVal::Given)]),
    fix(
        W::Stream,
        &[set(Stream, "POSTMARK_MESSAGE_STREAM_ID", SetVal::Given)],
    ),
];

pub static LARAVEL: Profile = Profile {
    id: "laravel-env",
    name: "Laravel .env",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://laravel.com/docs/11.x/mail#configuration https://github.com/laravel/laravel/blob/11.x/config/mail.php",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        k("MAIL_HOST", Host),
        k("MAIL_PORT", Port),
        k("MAIL_USERNAME", Username),
        k("MAIL_PASSWORD", Password),
        k("MAIL_ENCRYPTION", Encryption),
        k("MAIL_SCHEME", Scheme),
        k("MAIL_FROM_ADDRESS", From),
        k("POSTMARK_MESSAGE_STREAM_ID", Stream),
        k("POSTMARK_TOKEN", ServerToken),
        k("POSTMARK_ACCOUNT_TOKEN", AccountToken),
        k("MAIL_MAILER|MAIL_DRIVER", Transport),
        // Laravel 9+: `'url' => env('MAIL_URL')` in the smtp mailer; its
        // parts (ConfigurationUrlParser) override MAIL_HOST and the rest,
        // and Symfony Mailer reads the scheme.
        kr("MAIL_URL", Url, Read::Url(UrlFlavor::Symfony)),
    ],
    markers: &[mark("MAIL_MAILER"), mark("MAIL_DRIVER")],
    family: &["MAIL_", "POSTMARK_"],
    other_keys: words!["MAIL_FROM_NAME", "MAIL_EHLO_DOMAIN", "MAIL_LOG_CHANNEL", "MAIL_TIMEOUT", "MAIL_LOCAL_DOMAIN"],
    case_sensitive: true,
    port: Some(587),
    empty_port: Some(EMPTY_PORT),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["log", "array"],
        local: words!["sendmail"],
        missing: None,
    off: None,
        name: "MAIL_MAILER",
    }),
    fixes: FIXES,
    sender_hint: "MAIL_FROM_ADDRESS in .env (config/mail.php `from.address`)",
    hooks: crate::extract::profile::Hooks { tls: Some(tls), ..crate::extract::profile::Hooks::NONE },
    ..BASE
};

fn word_is(cfg: &Config, role: crate::model::Role, words: &[&str]) -> bool {
    cfg.literal(role)
        .is_some_and(|v| words.iter().any(|w| v.trim().eq_ignore_ascii_case(w)))
}

/// Whether the `.env` was written for Laravel 6 or earlier: its switch is
/// `MAIL_DRIVER` (Laravel 7 renamed it `MAIL_MAILER`) and nothing of
/// Laravel 9+ (`MAIL_SCHEME`, `MAIL_URL`) is there. Those versions send
/// with SwiftMailer, which reads `MAIL_ENCRYPTION=ssl` as implicit TLS.
fn swiftmailer_env(cfg: &Config) -> bool {
    cfg.get(Transport).is_some_and(|f| f.key == "MAIL_DRIVER")
        && cfg.get(Scheme).is_none()
        && cfg.get(Url).is_none()
}

/// Whether a reference is Laravel's `env('X')` with no default: null
/// unless the environment sets it. Laravel 11's `config/mail.php` reads
/// `'scheme' => env('MAIL_SCHEME')` and its `.env.example` has
/// `MAIL_SCHEME=null`; a null scheme leaves the choice to the port
/// (`MailManager::createSmtpTransport`, then Symfony's `EsmtpTransport`:
/// implicit TLS on 465, else STARTTLS when offered), which a scheme of
/// `smtp` gives too: only an `smtps` the paste does not show would differ.
fn unset_env(reference: &str) -> bool {
    reference
        .strip_prefix("env(")
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|arg| !arg.contains(','))
}

/// Laravel's reading, by version (see the module docs).
pub(super) fn tls(cfg: &Config) -> Tls {
    tls_by(cfg, swiftmailer_env(cfg), LARAVEL_SSL_NOTE)
}

const LARAVEL_SSL_NOTE: &str = "Laravel 8 and earlier (SwiftMailer) start TLS on the first byte with `ssl`; Laravel 9 and later ignore it unless the port is 465";

/// Laravel's reading for an app whose `config/mail.php` still reads
/// `MAIL_DRIVER` on Laravel 9 and later (Pterodactyl, Lychee): the
/// switch's name says nothing of the version, so `ssl` off port 465 is
/// the version's question, told by `note`.
pub(super) fn tls_driver_any_version(cfg: &Config, note: &'static str) -> Tls {
    tls_by(cfg, false, note)
}

/// `swift`: the paste is known to be read by SwiftMailer (Laravel 8 or
/// earlier), where `ssl` is implicit TLS on any port.
fn tls_by(cfg: &Config, swift: bool, note: &'static str) -> Tls {
    let mut tls = Tls::default();
    if cfg
        .get(Scheme)
        .is_some_and(|f| f.value.reference.as_deref().is_some_and(|r| !unset_env(r)))
        || cfg.get(Port).is_some_and(|f| f.value.is_reference())
    {
        return tls;
    }
    let port = cfg.effective_port();
    if word_is(cfg, Scheme, &["smtps"]) {
        tls.implicit = cfg.get(Scheme).map(Evidence::of);
        tls.mode = Some(Security::Implicit);
        return tls;
    }
    if port == Some(465) {
        tls.mode = Some(Security::Implicit);
        return tls;
    }
    // SwiftMailer never upgrades by itself: `setEncryption()` turns
    // STARTTLS on only for `tls` ("null for plain SMTP (no encryption)",
    // Swift_SmtpTransport; `doHeloCommand` sends STARTTLS only then), and
    // an empty or `null` MAIL_ENCRYPTION reaches it as such (Laravel's
    // `env()` reads `null` and `(null)` as null, an empty value as ``),
    // not as the config's `tls` default.
    if swift && word_is(cfg, Encryption, &["", "null", "(null)"]) {
        if let Some(f) = cfg.get(Encryption) {
            tls.choose(Security::None, Evidence::of(f));
            return tls;
        }
    }
    tls.mode = Some(Security::StartTls);
    if word_is(cfg, Encryption, &["ssl"]) && swift {
        tls.implicit = cfg.get(Encryption).map(Evidence::of);
        tls.mode = Some(Security::Implicit);
    } else if word_is(cfg, Encryption, &["ssl"]) {
        tls.implicit = cfg.get(Encryption).map(Evidence::of);
        tls.version_note = Some(note);
    } else if word_is(cfg, Encryption, &["tls", "starttls"]) {
        tls.starttls = cfg.get(Encryption).map(Evidence::of);
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const TOKEN: &str = "5d0c2b9e-7a41-4f3e-8c6d-1b9a0e3f7c25";

    #[test]
    fn mail_driver_means_swiftmailer_and_ssl_is_implicit() {
        let env = format!("MAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=2525\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\nMAIL_ENCRYPTION=ssl\n");
        let (_, s, ids) = linted(&env);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // MAIL_MAILER (Laravel 7+): the version decides, STARTTLS on 9+.
        let (_, s, ids) = linted(&env.replace("MAIL_DRIVER", "MAIL_MAILER"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn swiftmailer_sends_in_clear_when_encryption_is_null_or_empty() {
        let env = |enc: &str| {
            format!("MAIL_DRIVER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\nMAIL_ENCRYPTION={enc}\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n")
        };
        for enc in ["null", "", "(null)"] {
            let (_, s, ids) = linted(&env(enc));
            assert_eq!(s["security"], "none", "{enc:?}");
            assert!(ids.iter().any(|i| i == "tls/disabled"), "{enc:?} {ids:?}");
        }
        // `tls`, or no MAIL_ENCRYPTION at all (config/mail.php's `tls`
        // default): STARTTLS.
        let (_, s, ids) = linted(&env("tls"));
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = linted(&env("null").replace("MAIL_ENCRYPTION=null\n", ""));
        assert_eq!(s["security"], "starttls");
        // MAIL_MAILER is read as Laravel 9+ (Symfony Mailer), which upgrades
        // when offered. Laravel 7 and 8 write the same key and still send
        // with Swift Mailer (clear text with a null MAIL_ENCRYPTION): the
        // key alone does not tell them apart.
        let (_, s, ids) = linted(&env("null").replace("MAIL_DRIVER", "MAIL_MAILER"));
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn an_unset_scheme_leaves_the_choice_to_the_port() {
        let file = |port: &str| {
            format!("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT={port}\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\n\n<?php\nreturn [\n    'default' => env('MAIL_MAILER', 'smtp'),\n    'mailers' => [\n        'smtp' => [\n            'transport' => 'smtp',\n            'scheme' => env('MAIL_SCHEME'),\n            'host' => env('MAIL_HOST', '127.0.0.1'),\n            'port' => env('MAIL_PORT', 2525),\n            'username' => env('MAIL_USERNAME'),\n            'password' => env('MAIL_PASSWORD'),\n        ],\n    ],\n];\n")
        };
        let (_, s, _) = linted(&file("587"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = linted(&file("465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        // A default the paste cannot see past stays unknown.
        let (_, s, _) =
            linted(&file("587").replace("env('MAIL_SCHEME')", "env('MAIL_SCHEME', 'smtps')"));
        assert!(s["security"].is_null(), "{s}");
    }

    /// Laravel has no mail switch: without `MAIL_MAILER`, a `MAIL_ENABLED`
    /// beside a login named `MAIL_USER` is another app's (Kutt's, whose
    /// mail is off until it is true), read by its words.
    #[test]
    fn a_mail_switch_laravel_does_not_read_is_another_apps() {
        let kutt = format!("MAIL_ENABLED=false\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USER={TOKEN}\nMAIL_PASSWORD={TOKEN}\n");
        let (c, _, ids) = linted(&kutt);
        assert_ne!(c, "laravel-env");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "auth/missing-username"), "{ids:?}");
        // A key that only starts with the switch's words is no switch.
        let (c, _, _) = linted(&kutt.replace("MAIL_ENABLED=", "MAIL_ENABLED_FEATURES="));
        assert_eq!(c, "laravel-env");
        // Laravel's own names beside it, or its MAIL_MAILER, keep it Laravel's.
        let (c, _, _) = linted(&kutt.replace("MAIL_USER=", "MAIL_USERNAME="));
        assert_eq!(c, "laravel-env");
        let (c, _, _) = linted(&format!("MAIL_MAILER=smtp\n{kutt}"));
        assert_eq!(c, "laravel-env");
    }

    #[test]
    fn an_empty_port_is_an_empty_string_not_the_default() {
        // `MAIL_PORT=`: env() returns "", so config/mail.php's 587 does not apply.
        let r = crate::lint(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=\nMAIL_ENCRYPTION=tls\n",
            &crate::Options::default(),
        );
        let f = r
            .findings
            .iter()
            .find(|f| f.id == "port/missing")
            .expect("port/missing");
        assert!(f.message.contains("empty string"), "{}", f.message);
        assert!(!f.message.contains("uses port 587"), "{}", f.message);
        assert!(f.fix.contains("MAIL_PORT=587"), "{}", f.fix);
        // A missing line is the default: no such finding.
        let r = crate::lint(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_ENCRYPTION=tls\n",
            &crate::Options::default(),
        );
        assert!(r
            .findings
            .iter()
            .all(|f| !f.message.contains("empty string")));
    }

    /// The apps whose `config/mail.php` reads `env('MAIL_PORT', <default>)`
    /// (each table cites it) read an empty `MAIL_PORT=` as Laravel does,
    /// whatever their default port.
    #[test]
    fn apps_on_laravels_env_read_an_empty_port_as_laravel_does() {
        let mail = format!("MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\nMAIL_ENCRYPTION=tls\n");
        for (client, head) in [
            ("invoiceninja-env", "NINJA_ENVIRONMENT=selfhost\nPDF_GENERATOR=snappdf\nMAIL_MAILER=smtp\nMAIL_FROM_ADDRESS=billing@acme.io\n"),
            ("firefly-iii-env", "SITE_OWNER=me@acme.io\nMAIL_MAILER=smtp\nMAIL_FROM=firefly@acme.io\n"),
            ("bookstack-env", "APP_URL=https://docs.acme.io\nMAIL_DRIVER=smtp\nMAIL_FROM=docs@acme.io\n"),
            ("pixelfed-env", "APP_DOMAIN=pixel.acme.io\nACTIVITY_PUB=true\nMAIL_DRIVER=smtp\nMAIL_FROM_ADDRESS=pixelfed@acme.io\n"),
            ("snipe-it-env", "MAIL_DRIVER=smtp\nMAIL_FROM_ADDR=assets@acme.io\nMAIL_REPLYTO_ADDR=it@acme.io\n"),
            ("pterodactyl-env", "APP_THEME=pterodactyl\nHASHIDS_SALT=Qm3kT8vW2xYz\nHASHIDS_LENGTH=8\nMAIL_DRIVER=smtp\nMAIL_FROM=panel@acme.io\n"),
            ("lychee-env", "LEGACY_V4_REDIRECT=false\nDB_LOG_SQL=false\nMAIL_DRIVER=smtp\nMAIL_FROM_ADDRESS=photos@acme.io\n"),
        ] {
            let paste = format!("{head}{mail}");
            let r = crate::lint(&paste, &crate::Options::default());
            assert_eq!(r.configs[0].client, client, "{paste}");
            let f = r
                .findings
                .iter()
                .find(|f| f.id == "port/missing")
                .unwrap_or_else(|| panic!("{client}: no port/missing"));
            assert!(f.message.contains("empty string"), "{client}: {}", f.message);
            assert!(f.fix.contains("MAIL_PORT=587"), "{client}: {}", f.fix);
            // Without the line, the app's default applies: not this finding.
            let r = crate::lint(&paste.replace("MAIL_PORT=\n", ""), &crate::Options::default());
            assert!(
                r.findings.iter().all(|f| !f.message.contains("empty string")),
                "{client}"
            );
        }
    }

    #[test]
    fn mail_url_is_laravels_own() {
        let (c, s, ids) = linted(&format!(
            "MAIL_MAILER=smtp\nMAIL_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:465\nMAIL_FROM_ADDRESS=hello@acme.io\n"
        ));
        assert_eq!(c, "laravel-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_postmark_api_driver_with_its_token_is_read_and_misses_no_smtp() {
        let (c, _, ids) = linted(&format!(
            "MAIL_MAILER=postmark\nPOSTMARK_TOKEN={TOKEN}\nMAIL_FROM_ADDRESS=\"hello@example.com\"\n"
        ));
        assert_eq!(c, "laravel-env");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "from/placeholder"), "{ids:?}");
        for no in [
            "host/missing",
            "port/missing",
            "auth/missing-username",
            "auth/missing-password",
        ] {
            assert!(!ids.iter().any(|i| i == no), "{ids:?}");
        }
        // The token alone, with no mailer named, is no mail setup.
        let r = crate::lint(
            &format!("POSTMARK_TOKEN={TOKEN}\n"),
            &crate::Options::default(),
        );
        assert!(r.configs.is_empty(), "{:?}", r.configs);
    }
}
