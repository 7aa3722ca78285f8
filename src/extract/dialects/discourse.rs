//! Discourse: the `env:` block of `containers/app.yml`
//! (`DISCOURSE_SMTP_*`), the same variables in any env file, or
//! `config/discourse.conf` (`smtp_address = …`).
//!
//! Meaning (`GlobalSetting.smtp_settings`, `discourse_defaults.conf`):
//! port 25 when unset (`discourse-setup` writes 587); STARTTLS when offered
//! unless `DISCOURSE_SMTP_ENABLE_START_TLS` is `false` (then plain text);
//! `DISCOURSE_SMTP_FORCE_TLS=true` is implicit TLS and turns STARTTLS off;
//! `DISCOURSE_SMTP_OPENSSL_VERIFY_MODE=none` skips certificate checks.
//! Without an address Discourse falls back to sendmail. The From address
//! is the `notification_email` site setting (`DISCOURSE_NOTIFICATION_EMAIL`).

use super::kit::fit_span;
use crate::extract::lines::line_ranges;
use crate::extract::{extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Quote, Role, Security, Tls, Value};

pub struct Discourse;
pub static DISCOURSE: Discourse = Discourse;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("SMTP_ADDRESS", Role::Host),
        ("SMTP_PORT", Role::Port),
        ("SMTP_USER_NAME", Role::Username),
        ("SMTP_PASSWORD", Role::Password),
        ("SMTP_ENABLE_START_TLS", Role::StartTls),
        ("SMTP_FORCE_TLS", Role::ImplicitTls),
        ("SMTP_OPENSSL_VERIFY_MODE", Role::VerifyMode),
        ("SMTP_AUTHENTICATION", Role::AuthMethod),
        ("NOTIFICATION_EMAIL", Role::From),
    ],
    case_sensitive: false,
};

const OTHER_KEYS: [&str; 4] = [
    "DISCOURSE_SMTP_DOMAIN",
    "DISCOURSE_SMTP_OPEN_TIMEOUT",
    "DISCOURSE_SMTP_READ_TIMEOUT",
    "DISCOURSE_HOSTNAME",
];

/// `DISCOURSE_SMTP_PORT` → `SMTP_PORT`; `smtp_port` (discourse.conf) too.
fn base(key: &str) -> &str {
    key.strip_prefix("DISCOURSE_").unwrap_or(key)
}

/// Whether the text is a `discourse.conf` (lowercase keys).
fn is_conf(doc: &Document) -> bool {
    doc.active_lines()
        .any(|e| e.key == "smtp_enable_start_tls" || e.key == "smtp_force_tls")
}

fn env_prefixed(cfg: &Config) -> bool {
    cfg.fields
        .first()
        .is_none_or(|f| f.key.starts_with("DISCOURSE_"))
}

/// The address of an active `SiteSetting.notification_email='…'` line.
fn site_setting_sender(input: &str) -> Option<Field> {
    const KEY: &str = "SiteSetting.notification_email";
    for line in line_ranges(input) {
        let text = &input[line.clone()];
        if text.trim_start().starts_with('#') {
            continue;
        }
        let Some(at) = text.find(KEY) else {
            continue;
        };
        let rest = text[at + KEY.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
            continue;
        };
        let body = &rest[1..];
        let Some(len) = body.find(quote) else {
            continue;
        };
        let start = line.start + (text.len() - body.len());
        let key_start = line.start + at;
        let value = Value::verbatim(input, start..start + len, Quote::Single);
        return Some(Field {
            role: Role::From,
            key: KEY.to_string(),
            key_span: key_start..key_start + KEY.len(),
            value,
        });
    }
    None
}

impl Dialect for Discourse {
    fn id(&self) -> &'static str {
        "discourse-env"
    }
    fn name(&self) -> &'static str {
        "Discourse app.yml / env"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let prefixed: Vec<&str> = doc
            .active_lines()
            .filter(|e| e.key.starts_with("DISCOURSE_SMTP_"))
            .map(|e| base(&e.key))
            .collect();
        if !prefixed.is_empty() {
            return 100 + 10 * KEYS.hits(prefixed.into_iter());
        }
        if is_conf(doc) {
            return 100 + 10 * KEYS.hits(doc.active_lines().map(|e| e.key.as_str()));
        }
        0
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let conf = is_conf(doc);
        let mut configs = extract_lines(
            self,
            doc,
            |e| {
                e.key.starts_with("DISCOURSE_SMTP_")
                    || e.key == "DISCOURSE_NOTIFICATION_EMAIL"
                    || (conf && e.key.starts_with("smtp_"))
            },
            |k, _| {
                if k.starts_with("DISCOURSE_") {
                    KEYS.role(base(k))
                } else {
                    KEYS.role(k).filter(|_| k.starts_with("smtp_"))
                }
            },
        );
        // The stock app.yml sets the sender in its `run:` section:
        // `- exec: rails r "SiteSetting.notification_email='x@y'"`.
        if let (Some(from), [cfg]) = (site_setting_sender(doc.input), configs.as_mut_slice()) {
            if cfg.get(Role::From).is_none() {
                cfg.push(from);
                fit_span(cfg);
            }
        }
        configs
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let (start, force) = (cfg.get(Role::StartTls), cfg.get(Role::ImplicitTls));
        if start.is_some_and(|f| f.value.is_reference())
            || force.is_some_and(|f| f.value.is_reference())
        {
            return tls;
        }
        // Discourse coerces exactly `true` / `false`.
        let is = |f: Option<&crate::model::Field>, w: &str| {
            f.is_some_and(|f| f.value.text.trim().eq_ignore_ascii_case(w))
        };
        if is(force, "true") {
            tls.implicit = force.map(Evidence::of);
            tls.mode = Some(Security::Implicit);
        } else if is(start, "false") {
            tls.disabled = start.map(Evidence::of);
            tls.mode = Some(Security::None);
        } else {
            tls.starttls = start.filter(|_| is(start, "true")).map(Evidence::of);
            tls.mode = Some(Security::StartTls);
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let (p, sep) = if env_prefixed(cfg) {
            ("DISCOURSE_SMTP_", ": ")
        } else {
            ("smtp_", " = ")
        };
        let key = |k: &str| {
            if env_prefixed(cfg) {
                format!("{p}{}", k.to_ascii_uppercase())
            } else {
                format!("{p}{k}")
            }
        };
        match what {
            Write::Port(n) => format!("{}{sep}{n}", key("port")),
            Write::Host(h) => format!("{}{sep}{h}", key("address")),
            Write::StartTls => format!(
                "{}{sep}true and {}{sep}false",
                key("enable_start_tls"),
                key("force_tls")
            ),
            Write::VerifyOn => format!("{}{sep}peer", key("openssl_verify_mode")),
            Write::AuthOn => format!("{} and {}", key("user_name"), key("password")),
            Write::TlsModern => {
                "a Discourse image with a current OpenSSL (./launcher rebuild app)".into()
            }
            Write::Username(v) => format!("{}{sep}{v}", key("user_name")),
            Write::Password(v) => format!("{}{sep}{v}", key("password")),
            Write::From(v) => format!("DISCOURSE_NOTIFICATION_EMAIL{sep}{v}"),
            Write::Stream(v) => format!(
                "Discourse sets no stream header: use a Server whose default stream is `{v}`"
            ),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        // `DISCOURSE_SMTP_*` or `smtp_*`: changed where written, never added
        // (Discourse's defaults already mean STARTTLS).
        match what {
            Write::Port(n) => vec![Setting::text(Role::Port, "", n.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "", *h)],
            Write::StartTls => vec![
                Setting::text(Role::ImplicitTls, "", "false").if_present(),
                Setting::text(Role::StartTls, "", "true").if_present(),
            ],
            Write::VerifyOn => vec![Setting::text(Role::VerifyMode, "", "peer").if_present()],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "DISCOURSE_NOTIFICATION_EMAIL in the env: section of containers/app.yml (the `notification_email` site setting)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        let mut k: Vec<&'static str> = vec![
            "DISCOURSE_SMTP_ADDRESS",
            "DISCOURSE_SMTP_PORT",
            "DISCOURSE_SMTP_USER_NAME",
            "DISCOURSE_SMTP_PASSWORD",
            "DISCOURSE_SMTP_ENABLE_START_TLS",
            "DISCOURSE_SMTP_FORCE_TLS",
            "DISCOURSE_SMTP_OPENSSL_VERIFY_MODE",
            "DISCOURSE_SMTP_AUTHENTICATION",
            "DISCOURSE_NOTIFICATION_EMAIL",
        ];
        k.extend(OTHER_KEYS);
        k
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("DISCOURSE_SMTP_USERNAME", "DISCOURSE_SMTP_USER_NAME"),
            ("DISCOURSE_SMTP_USER", "DISCOURSE_SMTP_USER_NAME"),
            ("DISCOURSE_SMTP_HOST", "DISCOURSE_SMTP_ADDRESS"),
            (
                "DISCOURSE_SMTP_ENABLE_STARTTLS",
                "DISCOURSE_SMTP_ENABLE_START_TLS",
            ),
            ("DISCOURSE_SMTP_TLS", "DISCOURSE_SMTP_FORCE_TLS"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const APP_YML: &str = "env:\n  LANG: en_US.UTF-8\n  DISCOURSE_HOSTNAME: forum.example.org\n  DISCOURSE_SMTP_ADDRESS: smtp.postmarkapp.com\n  DISCOURSE_SMTP_PORT: 587\n  DISCOURSE_SMTP_USER_NAME: 8d1f2c3b-4a5e-4f60-9b7a-0c1d2e3f4a5b\n  DISCOURSE_SMTP_PASSWORD: \"8d1f2c3b-4a5e-4f60-9b7a-0c1d2e3f4a5b\"\n  DISCOURSE_NOTIFICATION_EMAIL: noreply@forum.example.org\n";

    #[test]
    fn app_yml() {
        let c = extract(APP_YML);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].dialect.id(), "discourse-env");
        assert_eq!(c[0].literal(Role::From), Some("noreply@forum.example.org"));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::StartTls));
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(2525)),
            "DISCOURSE_SMTP_PORT: 2525"
        );
    }

    #[test]
    fn force_tls_and_no_start_tls() {
        let c = extract(&format!("{APP_YML}  DISCOURSE_SMTP_FORCE_TLS: true\n"));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::Implicit));
        let c = extract(&format!(
            "{APP_YML}  DISCOURSE_SMTP_ENABLE_START_TLS: false\n"
        ));
        assert_eq!(c[0].dialect.tls(&c[0]).mode, Some(Security::None));
    }

    #[test]
    fn discourse_conf() {
        let c = extract(
            "smtp_address = smtp.postmarkapp.com\nsmtp_port = 465\nsmtp_enable_start_tls = true\n",
        );
        assert_eq!(c[0].dialect.id(), "discourse-env");
        assert_eq!(
            c[0].dialect.write(&c[0], &Write::Port(587)),
            "smtp_port = 587"
        );
    }

    #[test]
    fn sender_from_the_run_section() {
        let yml = "env:\n  DISCOURSE_SMTP_ADDRESS: smtp.postmarkapp.com\n  DISCOURSE_SMTP_PORT: 587\n\nrun:\n  ## - exec: rails r \"SiteSetting.notification_email='info@unconfigured.discourse.org'\"\n  - exec: rails r \"SiteSetting.notification_email='forum@acme.dev'\"\n";
        let c = crate::extract::extract(yml);
        assert_eq!(c.len(), 1, "{c:?}");
        let from = c[0].get(Role::From).expect("from");
        assert_eq!(from.value.text, "forum@acme.dev");
        assert_eq!(&yml[from.value.span.clone()], "forum@acme.dev");
    }
}
