//! WordPress WP Mail SMTP constants in `wp-config.php`
//! (`define( 'WPMS_SMTP_HOST', '…' );`).
//!
//! Meaning (WP Mail SMTP `Options` and `Processor`): the constants count
//! only when `WPMS_ON` is the boolean `true`. They feed PHPMailer:
//! `WPMS_SSL` is `''` (none), `'ssl'` (implicit TLS) or `'tls'` (STARTTLS,
//! whatever the plugin's own comment says); with `''`, `WPMS_SMTP_AUTOTLS`
//! (default true) still upgrades with STARTTLS when offered.
//! `WPMS_SMTP_AUTH` defaults to true. A constant missing from the file is
//! read from the plugin's settings page, so there is no default port here.
//! `WPMS_MAILER` other than `'smtp'` (e.g. `'postmark'`, the API mailer with
//! `WPMS_POSTMARK_SERVER_API_TOKEN`) leaves the SMTP constants unused.
//! PHP constants cannot be redefined: the first `define` wins.

use crate::extract::{Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, KeyUse, Role, Security, Tls};

use super::code_util::{add_field, field_of};

pub struct WpMailSmtp;
pub static WP_MAIL_SMTP: WpMailSmtp = WpMailSmtp;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("WPMS_SMTP_HOST", Role::Host),
        ("WPMS_SMTP_PORT", Role::Port),
        ("WPMS_SMTP_USER", Role::Username),
        ("WPMS_SMTP_PASS", Role::Password),
        ("WPMS_SSL", Role::Encryption),
        ("WPMS_SMTP_AUTOTLS", Role::StartTls),
        ("WPMS_SMTP_AUTH", Role::Auth),
        ("WPMS_MAIL_FROM", Role::From),
        ("WPMS_POSTMARK_SERVER_API_TOKEN", Role::ServerToken),
        ("WPMS_POSTMARK_MESSAGE_STREAM", Role::Stream),
    ],
    case_sensitive: true,
};

/// Constants the plugin reads that carry nothing we check.
const OTHER_KEYS: [&str; 9] = [
    "WPMS_ON",
    "WPMS_MAILER",
    "WPMS_MAIL_FROM_NAME",
    "WPMS_MAIL_FROM_FORCE",
    "WPMS_MAIL_FROM_NAME_FORCE",
    "WPMS_SET_RETURN_PATH",
    "WPMS_DO_NOT_SEND",
    "WPMS_LICENSE_KEY",
    "WPMS_DEBUG_EVENTS_RETENTION_PERIOD",
];

/// Names from other WordPress SMTP recipes and older plugin versions.
const LEFTOVERS: &[(&str, &str)] = &[
    ("WPMS_SMTP_SSL", "WPMS_SSL"),
    ("WPMS_SMTP_SECURE", "WPMS_SSL"),
    ("WPMS_SMTP_ENCRYPTION", "WPMS_SSL"),
    ("WPMS_SMTP_PASSWORD", "WPMS_SMTP_PASS"),
    ("WPMS_SMTP_USERNAME", "WPMS_SMTP_USER"),
    ("WPMS_SMTP_FROM", "WPMS_MAIL_FROM"),
    ("WPMS_FROM", "WPMS_MAIL_FROM"),
    ("WPMS_POSTMARK_API_TOKEN", "WPMS_POSTMARK_SERVER_API_TOKEN"),
];

impl Dialect for WpMailSmtp {
    fn id(&self) -> &'static str {
        "wp-mail-smtp"
    }
    fn name(&self) -> &'static str {
        "WP Mail SMTP (wp-config.php)"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let defines = || {
            doc.code
                .iter()
                .filter(|a| a.container.as_deref() == Some("define"))
        };
        let hits = KEYS.hits(defines().map(|a| a.name.as_str()));
        if hits == 0 {
            return 0;
        }
        let on = defines().any(|a| a.name == "WPMS_ON");
        hits * 10 + if on { 100 } else { 0 }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let defines: Vec<_> = doc
            .code
            .iter()
            .filter(|a| a.container.as_deref() == Some("define") && a.name.starts_with("WPMS_"))
            .collect();
        let Some(first) = defines.first() else {
            return Vec::new();
        };
        // One set of constants per file: a second `define` of the same name
        // is ignored by PHP, it does not start another configuration.
        let mut cfg = Config::new(self, first.key_span.clone());
        for a in &defines {
            match KEYS.role(&a.name) {
                Some(role) => add_field(&mut cfg, field_of(a, role), true),
                None if OTHER_KEYS.contains(&a.name.as_str()) => {}
                None => cfg.unknown_keys.push(KeyUse {
                    key: a.name.clone(),
                    span: a.key_span.clone(),
                }),
            }
        }
        let first_def = |name: &str| defines.iter().find(|a| a.name == name);
        // `WPMS_ON` must be the boolean true (`'true'` the string is not).
        if let Some(on) = first_def("WPMS_ON") {
            let v = &on.value;
            let boolean_true = v.quote == crate::model::Quote::None && v.text == "true";
            if !(v.is_reference() || boolean_true) {
                cfg.active = false;
                cfg.label = Some(format!(
                    "ignored: WPMS_ON is {}, not the boolean true",
                    on.value.text
                ));
            }
        }
        if let Some(mailer) = first_def("WPMS_MAILER").and_then(|a| a.value.literal()) {
            if !mailer.eq_ignore_ascii_case("smtp") && cfg.label.is_none() {
                cfg.label = Some(format!(
                    "WPMS_MAILER is '{mailer}': the WPMS_SMTP_* constants are not used"
                ));
            }
        }
        vec![cfg]
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        None
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        // Without WPMS_SSL the plugin's settings page decides.
        let Some(ssl) = cfg.get(Role::Encryption) else {
            return tls;
        };
        if ssl.value.is_reference() {
            return tls;
        }
        match ssl.value.text.trim() {
            "ssl" => {
                tls.implicit = Some(Evidence::of(ssl));
                tls.mode = Some(Security::Implicit);
            }
            "tls" => {
                tls.starttls = Some(Evidence::of(ssl));
                tls.mode = Some(Security::StartTls);
            }
            _ => match cfg.get(Role::StartTls) {
                Some(f) if f.value.is_reference() => {}
                Some(f) if f.value.as_bool() == Some(false) => {
                    tls.disabled = Some(Evidence::of(f));
                    tls.mode = Some(Security::None);
                }
                // AutoTLS (default on): STARTTLS whenever offered.
                _ => tls.mode = Some(Security::StartTls),
            },
        }
        tls
    }
    fn write(&self, _cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => format!("define( 'WPMS_SMTP_PORT', {p} );"),
            Write::Host(h) => format!("define( 'WPMS_SMTP_HOST', '{h}' );"),
            Write::StartTls => "define( 'WPMS_SSL', 'tls' );".into(),
            Write::VerifyOn => {
                "remove the code that sets `SMTPOptions` / `verify_peer => false` (a `phpmailer_init` hook or plugin)".into()
            }
            Write::AuthOn => "define( 'WPMS_SMTP_AUTH', true );".into(),
            Write::TlsModern => "a PHP/OpenSSL build that supports TLS 1.2".into(),
            Write::Username(v) => format!("define( 'WPMS_SMTP_USER', '{v}' );"),
            Write::Password(v) => format!("define( 'WPMS_SMTP_PASS', '{v}' );"),
            Write::From(v) => format!("define( 'WPMS_MAIL_FROM', '{v}' );"),
            Write::Stream(v) => format!("define( 'WPMS_POSTMARK_MESSAGE_STREAM', '{v}' );"),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "WPMS_SMTP_PORT", p.to_string())],
            Write::Host(h) => vec![Setting::quoted(Role::Host, "WPMS_SMTP_HOST", *h)],
            Write::StartTls => vec![
                Setting::quoted(Role::Encryption, "WPMS_SSL", "tls"),
                Setting::bare(Role::StartTls, "WPMS_SMTP_AUTOTLS", "true").if_present(),
            ],
            Write::AuthOn => vec![Setting::bare(Role::Auth, "WPMS_SMTP_AUTH", "true")],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "`define( 'WPMS_MAIL_FROM', 'you@yourdomain.com' );` in wp-config.php (or WP Mail SMTP › Settings › From Email)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
    fn first_wins(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const BASE: &str = "define( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SMTP_AUTH', true );\ndefine( 'WPMS_SMTP_USER', 'abc' );\ndefine( 'WPMS_SMTP_PASS', 'abc' );\n";

    fn one(src: &str) -> Config {
        let c = extract(src).into_iter().next().expect("a config");
        assert_eq!(c.dialect.id(), "wp-mail-smtp");
        c
    }

    #[test]
    fn ssl_words() {
        let c = one(&format!("{BASE}define( 'WPMS_SSL', 'tls' );\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::StartTls));
        let c = one(&format!("{BASE}define( 'WPMS_SSL', 'ssl' );\n"));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::Implicit));
        let c = one(&format!(
            "{BASE}define( 'WPMS_SSL', '' );\ndefine( 'WPMS_SMTP_AUTOTLS', false );\n"
        ));
        assert_eq!(c.dialect.tls(&c).mode, Some(Security::None));
        assert!(c.active);
    }

    #[test]
    fn first_define_wins() {
        let c = one(&format!("{BASE}define( 'WPMS_SMTP_PORT', 465 );\n"));
        assert_eq!(c.port_number(), Some(587));
        assert_eq!(c.all(Role::Port).count(), 2);
    }

    #[test]
    fn wpms_on_string_is_ignored() {
        let c = one(&BASE.replace("'WPMS_ON', true", "'WPMS_ON', 'true'"));
        assert!(!c.active);
    }
}
