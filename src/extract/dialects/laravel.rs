//! Laravel `.env` (`MAIL_*`), read through `config/mail.php`.
//!
//! Meaning (Laravel's MailManager): Laravel 9+ sends with Symfony Mailer,
//! which uses implicit TLS exactly when the port is 465 or `MAIL_SCHEME` is
//! `smtps`, and otherwise upgrades with STARTTLS whenever the server offers
//! it, so `MAIL_ENCRYPTION` only matters through the port. Laravel 8 and
//! earlier (SwiftMailer) read `MAIL_ENCRYPTION=ssl` as implicit TLS and
//! `tls` as STARTTLS. The stock config defaults the port to 587.

use crate::extract::{extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Role, Security, Tls};

use super::word_is;

pub struct Laravel;
pub static LARAVEL: Laravel = Laravel;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("MAIL_HOST", Role::Host),
        ("MAIL_PORT", Role::Port),
        ("MAIL_USERNAME", Role::Username),
        ("MAIL_PASSWORD", Role::Password),
        ("MAIL_ENCRYPTION", Role::Encryption),
        ("MAIL_SCHEME", Role::Scheme),
        ("MAIL_FROM_ADDRESS", Role::From),
        ("POSTMARK_MESSAGE_STREAM_ID", Role::Stream),
        ("POSTMARK_TOKEN", Role::ServerToken),
        ("POSTMARK_ACCOUNT_TOKEN", Role::AccountToken),
    ],
    case_sensitive: true,
};

/// Keys Laravel reads that carry no SMTP setting we check.
const OTHER_KEYS: [&str; 6] = [
    "MAIL_MAILER",
    "MAIL_DRIVER",
    "MAIL_FROM_NAME",
    "MAIL_EHLO_DOMAIN",
    "MAIL_URL",
    "MAIL_LOG_CHANNEL",
];

impl Dialect for Laravel {
    fn id(&self) -> &'static str {
        "laravel-env"
    }
    fn name(&self) -> &'static str {
        "Laravel .env"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let hits = KEYS.hits(doc.active_lines().map(|e| e.key.as_str()));
        let mailer = doc
            .active_lines()
            .any(|e| e.key == "MAIL_MAILER" || e.key == "MAIL_DRIVER");
        if hits == 0 {
            return 0;
        }
        hits * 10 + if mailer { 100 } else { 0 }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        extract_lines(
            self,
            doc,
            |e| e.key.starts_with("MAIL_") || e.key.starts_with("POSTMARK_"),
            |k, _| KEYS.role(k),
        )
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(587)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        if cfg
            .get(Role::Scheme)
            .is_some_and(|f| f.value.is_reference())
            || cfg.get(Role::Port).is_some_and(|f| f.value.is_reference())
        {
            return tls;
        }
        let port = cfg.effective_port();
        if word_is(cfg, Role::Scheme, &["smtps"]) {
            tls.implicit = cfg.get(Role::Scheme).map(Evidence::of);
            tls.mode = Some(Security::Implicit);
            return tls;
        }
        if port == Some(465) {
            tls.mode = Some(Security::Implicit);
            return tls;
        }
        tls.mode = Some(Security::StartTls);
        if word_is(cfg, Role::Encryption, &["ssl"]) {
            tls.implicit = cfg.get(Role::Encryption).map(Evidence::of);
            tls.version_note = Some(
                "Laravel 8 and earlier (SwiftMailer) start TLS on the first byte with `ssl`; Laravel 9 and later ignore it unless the port is 465",
            );
        } else if word_is(cfg, Role::Encryption, &["tls", "starttls"]) {
            tls.starttls = cfg.get(Role::Encryption).map(Evidence::of);
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => format!("MAIL_PORT={p}"),
            Write::Host(h) => format!("MAIL_HOST={h}"),
            Write::StartTls => {
                if cfg.get(Role::Scheme).is_some() {
                    "MAIL_SCHEME=smtp and MAIL_ENCRYPTION=tls".into()
                } else {
                    "MAIL_ENCRYPTION=tls".into()
                }
            }
            Write::VerifyOn => {
                "remove `verify_peer => false` from the smtp mailer in config/mail.php".into()
            }
            Write::AuthOn => "MAIL_USERNAME and MAIL_PASSWORD".into(),
            Write::TlsModern => "a PHP/OpenSSL build that supports TLS 1.2".into(),
            Write::Username(v) => format!("MAIL_USERNAME={v}"),
            Write::Password(v) => format!("MAIL_PASSWORD={v}"),
            Write::From(v) => format!("MAIL_FROM_ADDRESS={v}"),
            Write::Stream(v) => format!("POSTMARK_MESSAGE_STREAM_ID={v}"),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "MAIL_PORT", p.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "MAIL_HOST", *h)],
            Write::StartTls => {
                let mut s = vec![Setting::text(Role::Encryption, "MAIL_ENCRYPTION", "tls")];
                if cfg.get(Role::Scheme).is_some() {
                    s.insert(0, Setting::text(Role::Scheme, "MAIL_SCHEME", "smtp"));
                }
                s
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "MAIL_FROM_ADDRESS in .env (config/mail.php `from.address`)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
}
