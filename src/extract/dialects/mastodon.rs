//! Mastodon `.env.production` (`SMTP_*`, and `BULK_SMTP_*` for bulk mail
//! since 4.4), read through `config/email.yml` / `production.rb`:
//!
//! * `SMTP_ENABLE_STARTTLS`: `always` = STARTTLS required, `never` = no
//!   STARTTLS (plain text), `auto` (or unset, with
//!   `SMTP_ENABLE_STARTTLS_AUTO` not `false`) = STARTTLS when offered.
//! * `SMTP_TLS=true` / `SMTP_SSL=true` (exactly `true`): implicit TLS.
//! * `SMTP_AUTH_METHOD=none`: no authentication (default `plain`).
//! * `SMTP_OPENSSL_VERIFY_MODE=none`: certificate verification off.
//! * No `SMTP_PORT`: the mail gem's 25. `SMTP_FROM_ADDRESS` defaults to
//!   `notifications@localhost`.

use crate::extract::{extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Role, Security, Tls};

pub struct Mastodon;
pub static MASTODON: Mastodon = Mastodon;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("SMTP_SERVER", Role::Host),
        ("SMTP_PORT", Role::Port),
        ("SMTP_LOGIN", Role::Username),
        ("SMTP_PASSWORD", Role::Password),
        ("SMTP_FROM_ADDRESS", Role::From),
        ("SMTP_AUTH_METHOD", Role::AuthMethod),
        ("SMTP_OPENSSL_VERIFY_MODE", Role::VerifyMode),
        ("SMTP_ENABLE_STARTTLS", Role::Encryption),
        ("SMTP_ENABLE_STARTTLS_AUTO", Role::StartTls),
        ("SMTP_TLS", Role::ImplicitTls),
        ("SMTP_SSL", Role::ImplicitTls),
    ],
    case_sensitive: true,
};

/// Keys Mastodon reads that carry nothing we check.
const OTHER_KEYS: [&str; 6] = [
    "SMTP_DOMAIN",
    "SMTP_CA_FILE",
    "SMTP_DELIVERY_METHOD",
    "SMTP_REPLY_TO",
    "SMTP_RETURN_PATH",
    "SMTP_BULK_MAIL_ENABLED",
];

/// SMTP keys only Mastodon uses (`SMTP_SERVER`, `SMTP_PORT` and
/// `SMTP_PASSWORD` are everyone's).
const OWN: [&str; 7] = [
    "SMTP_LOGIN",
    "SMTP_FROM_ADDRESS",
    "SMTP_AUTH_METHOD",
    "SMTP_OPENSSL_VERIFY_MODE",
    "SMTP_ENABLE_STARTTLS",
    "SMTP_ENABLE_STARTTLS_AUTO",
    "SMTP_DELIVERY_METHOD",
];

/// Other keys of a Mastodon `.env.production`.
const MARKERS: [&str; 6] = [
    "LOCAL_DOMAIN",
    "OTP_SECRET",
    "VAPID_PRIVATE_KEY",
    "STREAMING_API_BASE_URL",
    "ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY",
    "SINGLE_USER_MODE",
];

/// The key without the bulk-mail prefix.
fn base(key: &str) -> &str {
    key.strip_prefix("BULK_").unwrap_or(key)
}

fn is_bulk(cfg: &Config) -> bool {
    cfg.fields
        .first()
        .is_some_and(|f| f.key.starts_with("BULK_"))
}

impl Dialect for Mastodon {
    fn id(&self) -> &'static str {
        "mastodon-env"
    }
    fn name(&self) -> &'static str {
        "Mastodon .env.production"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let keys = || doc.active_lines().map(|e| base(&e.key));
        let hits = KEYS.hits(keys());
        let own = keys().filter(|k| OWN.contains(k)).count();
        let marker = doc
            .active_lines()
            .any(|e| MARKERS.contains(&e.key.as_str()));
        if hits == 0 || (own == 0 && !marker) {
            return 0;
        }
        let login = keys().any(|k| k == "SMTP_LOGIN") && keys().any(|k| k == "SMTP_SERVER");
        hits * 10 + if marker || login { 100 } else { 0 }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        // Main and bulk settings are two configurations, both in use.
        let mut out = extract_lines(
            self,
            doc,
            |e| e.key.starts_with("SMTP_"),
            |k, _| KEYS.role(k),
        );
        let mut bulk = extract_lines(
            self,
            doc,
            |e| e.key.starts_with("BULK_SMTP_"),
            |k, _| KEYS.role(base(k)),
        );
        for c in &mut bulk {
            c.label = Some(match c.label.take() {
                Some(l) => format!("bulk mail, {l}"),
                None => "bulk mail".into(),
            });
        }
        if !bulk.is_empty() {
            for c in &mut out {
                c.label.get_or_insert_with(|| "transactional mail".into());
            }
        }
        out.append(&mut bulk);
        out
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let literal = |role: Role| cfg.get(role).filter(|f| !f.value.is_reference());
        if [Role::Encryption, Role::StartTls, Role::ImplicitTls]
            .iter()
            .any(|r| cfg.all(*r).any(|f| f.value.is_reference()))
        {
            return tls;
        }
        // Only the exact word `true` turns SMTP_TLS / SMTP_SSL on.
        let implicit = cfg
            .all(Role::ImplicitTls)
            .filter(|f| f.value.text.trim() == "true")
            .last()
            .map(Evidence::of);
        let mode = literal(Role::Encryption).map(|f| (f, f.value.text.trim().to_ascii_lowercase()));
        let (starttls, disabled) = match &mode {
            Some((f, m)) if m == "always" || m == "auto" => (Some(Evidence::of(f)), None),
            Some((f, m)) if m == "never" => (None, Some(Evidence::of(f))),
            _ => match literal(Role::StartTls) {
                Some(f) if f.value.text.trim() == "false" => (None, Some(Evidence::of(f))),
                Some(f) => (Some(Evidence::of(f)), None),
                None => (None, None),
            },
        };
        let explicit_starttls = matches!(&mode, Some((_, m)) if m == "always");
        tls.conflicting = implicit.is_some() && explicit_starttls;
        tls.mode = if tls.conflicting {
            None
        } else if implicit.is_some() {
            Some(Security::Implicit)
        } else if disabled.is_some() {
            Some(Security::None)
        } else {
            // STARTTLS when offered is the default.
            Some(Security::StartTls)
        };
        tls.implicit = implicit;
        tls.starttls = starttls;
        tls.disabled = disabled;
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let p = if is_bulk(cfg) { "BULK_" } else { "" };
        match what {
            Write::Port(n) => format!("{p}SMTP_PORT={n}"),
            Write::Host(h) => format!("{p}SMTP_SERVER={h}"),
            Write::StartTls => {
                format!("{p}SMTP_ENABLE_STARTTLS=auto and remove {p}SMTP_TLS / {p}SMTP_SSL")
            }
            Write::VerifyOn => format!("{p}SMTP_OPENSSL_VERIFY_MODE=peer"),
            Write::AuthOn => format!("{p}SMTP_AUTH_METHOD=plain"),
            Write::TlsModern => "a Ruby/OpenSSL build that supports TLS 1.2".into(),
            Write::Username(v) => format!("{p}SMTP_LOGIN={v}"),
            Write::Password(v) => format!("{p}SMTP_PASSWORD={v}"),
            Write::From(v) => format!("{p}SMTP_FROM_ADDRESS={v}"),
            Write::Stream(v) => format!(
                "Mastodon has no stream setting: use a Server whose default stream is `{v}`"
            ),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        // `BULK_*` keys: changed where written, never added.
        let k = |key: &'static str| if is_bulk(cfg) { "" } else { key };
        match what {
            Write::Port(n) => vec![Setting::text(Role::Port, k("SMTP_PORT"), n.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, k("SMTP_SERVER"), *h)],
            Write::StartTls => vec![
                Setting::text(Role::ImplicitTls, k("SMTP_TLS"), "false").if_present(),
                Setting::text(Role::ImplicitTls, k("SMTP_SSL"), "false").if_present(),
                Setting::text(Role::Encryption, k("SMTP_ENABLE_STARTTLS"), "auto").if_present(),
                Setting::text(Role::StartTls, k("SMTP_ENABLE_STARTTLS_AUTO"), "true").if_present(),
            ],
            Write::VerifyOn => {
                vec![
                    Setting::text(Role::VerifyMode, k("SMTP_OPENSSL_VERIFY_MODE"), "peer")
                        .if_present(),
                ]
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "SMTP_FROM_ADDRESS in .env.production (without it Mastodon sends from notifications@localhost)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("SMTP_USER", "SMTP_LOGIN"),
            ("SMTP_USERNAME", "SMTP_LOGIN"),
            ("SMTP_HOST", "SMTP_SERVER"),
            ("SMTP_ADDRESS", "SMTP_SERVER"),
            ("SMTP_FROM", "SMTP_FROM_ADDRESS"),
            ("SMTP_STARTTLS", "SMTP_ENABLE_STARTTLS"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const ENV: &str = "LOCAL_DOMAIN=social.example.org\nSMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_LOGIN=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_FROM_ADDRESS='Mastodon <notifications@social.example.org>'\n";

    fn tls_of(extra: &str) -> Tls {
        let c = extract(&format!("{ENV}{extra}"));
        assert_eq!(c[0].dialect.id(), "mastodon-env");
        c[0].dialect.tls(&c[0])
    }

    #[test]
    fn reads_the_settings() {
        let c = extract(ENV);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].literal(Role::Username).map(str::len), Some(36));
        assert_eq!(tls_of("").mode, Some(Security::StartTls));
    }

    #[test]
    fn starttls_words() {
        assert_eq!(
            tls_of("SMTP_ENABLE_STARTTLS=never\n").mode,
            Some(Security::None)
        );
        assert_eq!(
            tls_of("SMTP_ENABLE_STARTTLS_AUTO=false\n").mode,
            Some(Security::None)
        );
        assert_eq!(tls_of("SMTP_TLS=true\n").mode, Some(Security::Implicit));
        assert_eq!(tls_of("SMTP_SSL=TRUE\n").mode, Some(Security::StartTls));
        assert!(tls_of("SMTP_SSL=true\nSMTP_ENABLE_STARTTLS=always\n").conflicting);
    }

    #[test]
    fn bulk_is_a_second_config() {
        let c = extract(&format!(
            "{ENV}BULK_SMTP_SERVER=smtp-broadcasts.postmarkapp.com\nBULK_SMTP_PORT=2525\n"
        ));
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.active));
        assert_eq!(c[1].label.as_deref(), Some("bulk mail"));
        assert_eq!(
            c[1].dialect.write(&c[1], &Write::Port(587)),
            "BULK_SMTP_PORT=587"
        );
    }

    #[test]
    fn generic_smtp_keys_alone_are_not_mastodon() {
        let doc = Document::new("SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\n");
        assert_eq!(MASTODON.detect(&doc), 0);
    }
}
