//! Flask-Mail (and Flask-Mailman, which kept its names): `MAIL_*` keys in
//! the Flask config (`app.config['MAIL_SERVER'] = …`, `app.config.update(…)`,
//! a config class) or in the environment.
//!
//! Meaning (Flask-Mail docs, "Configuring Flask-Mail"): `MAIL_SERVER`
//! defaults to `localhost`, `MAIL_PORT` to 25, `MAIL_USE_TLS` (STARTTLS)
//! and `MAIL_USE_SSL` (implicit TLS, `SMTP_SSL`) to `False`: with neither
//! the mail goes out in clear. With both, Flask-Mail opens `SMTP_SSL` and
//! then calls `starttls()`, which fails (Flask-Mailman raises `ValueError`
//! like Django). It logs in when `MAIL_USERNAME` and `MAIL_PASSWORD` are
//! set. `MAIL_DEFAULT_SENDER` may be an address or a `(name, address)` tuple.
//!
//! Laravel also writes `MAIL_*`, but in a `.env` with `MAIL_MAILER`,
//! `MAIL_HOST` and `MAIL_ENCRYPTION`; `MAIL_SERVER`, `MAIL_USE_TLS`,
//! `MAIL_USE_SSL` and `MAIL_DEFAULT_SENDER` are Flask's alone.

use crate::extract::{extract_code, extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{parse_bool, Config, Role, Tls, Value};

use super::index_key::widen;
use super::python::{is_python, py_truthy, sender_of, switch_tls};

pub struct FlaskMail;
pub static FLASK_MAIL: FlaskMail = FlaskMail;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("MAIL_SERVER", Role::Host),
        ("MAIL_PORT", Role::Port),
        ("MAIL_USERNAME", Role::Username),
        ("MAIL_PASSWORD", Role::Password),
        ("MAIL_USE_TLS", Role::StartTls),
        ("MAIL_USE_SSL", Role::ImplicitTls),
        ("MAIL_DEFAULT_SENDER", Role::From),
        ("POSTMARK_SERVER_TOKEN", Role::ServerToken),
        ("POSTMARK_ACCOUNT_TOKEN", Role::AccountToken),
    ],
    case_sensitive: true,
};

/// Keys Flask-Mail / Flask-Mailman read that carry nothing we check.
const OTHER_KEYS: [&str; 11] = [
    "MAIL_DEBUG",
    "MAIL_MAX_EMAILS",
    "MAIL_SUPPRESS_SEND",
    "MAIL_ASCII_ATTACHMENTS",
    "MAIL_TIMEOUT",
    "MAIL_SSL_KEYFILE",
    "MAIL_SSL_CERTFILE",
    "MAIL_USE_LOCALTIME",
    "MAIL_BACKEND",
    "MAIL_FILE_PATH",
    "MAIL_DEFAULT_CHARSET",
];

/// Names from other libraries (Laravel, Django, memory) that Flask-Mail ignores.
const LEFTOVERS: &[(&str, &str)] = &[
    ("MAIL_HOST", "MAIL_SERVER"),
    ("MAIL_SMTP_SERVER", "MAIL_SERVER"),
    ("MAIL_USER", "MAIL_USERNAME"),
    ("MAIL_PASS", "MAIL_PASSWORD"),
    ("MAIL_PASSWD", "MAIL_PASSWORD"),
    ("MAIL_USE_STARTTLS", "MAIL_USE_TLS"),
    ("MAIL_STARTTLS", "MAIL_USE_TLS"),
    ("MAIL_TLS", "MAIL_USE_TLS"),
    ("MAIL_SSL", "MAIL_USE_SSL"),
    ("MAIL_ENCRYPTION", "MAIL_USE_TLS"),
    ("MAIL_FROM", "MAIL_DEFAULT_SENDER"),
    ("MAIL_FROM_ADDRESS", "MAIL_DEFAULT_SENDER"),
    ("MAIL_SENDER", "MAIL_DEFAULT_SENDER"),
    ("MAIL_DEFAULT_FROM", "MAIL_DEFAULT_SENDER"),
    ("EMAIL_HOST", "MAIL_SERVER"),
    ("EMAIL_PORT", "MAIL_PORT"),
    ("EMAIL_HOST_USER", "MAIL_USERNAME"),
    ("EMAIL_HOST_PASSWORD", "MAIL_PASSWORD"),
    ("EMAIL_USE_TLS", "MAIL_USE_TLS"),
    ("EMAIL_USE_SSL", "MAIL_USE_SSL"),
    ("DEFAULT_FROM_EMAIL", "MAIL_DEFAULT_SENDER"),
];

fn interesting(key: &str) -> bool {
    if OTHER_KEYS.contains(&key) {
        return false;
    }
    KEYS.role(key).is_some()
        || LEFTOVERS.iter().any(|(k, _)| *k == key)
        || (key.starts_with("MAIL_") && key.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'))
}

/// Keys only Flask-Mail uses, or Flask itself.
fn unmistakable(doc: &Document) -> bool {
    let flask_key = |k: &str| {
        matches!(
            k,
            "MAIL_SERVER" | "MAIL_USE_TLS" | "MAIL_USE_SSL" | "MAIL_DEFAULT_SENDER"
        )
    };
    doc.mentions("flask_mail")
        || doc.mentions("flask_mailman")
        || doc.active_lines().any(|e| flask_key(&e.key))
        || doc.code.iter().any(|a| flask_key(&a.name))
}

/// How a switch reads: Python truthiness in code, the usual words in `.env`.
fn truthy(value: &Value) -> Option<bool> {
    if value.quote == crate::model::Quote::None && parse_bool(&value.text).is_some() {
        // `true`/`false` from the environment (`from_prefixed_env` parses JSON).
        return value.literal().and_then(parse_bool);
    }
    py_truthy(value)
}

impl Dialect for FlaskMail {
    fn id(&self) -> &'static str {
        "flask-mail"
    }
    fn name(&self) -> &'static str {
        "Flask-Mail"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let n = KEYS
            .hits(doc.active_lines().map(|e| e.key.as_str()))
            .max(KEYS.hits(doc.code.iter().map(|a| a.name.as_str())));
        if n == 0 || !unmistakable(doc) {
            return 0;
        }
        n * 10 + 100
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let mut configs = if is_python(doc) {
            extract_code(self, doc, |a| interesting(&a.name), |k, _| KEYS.role(k))
        } else {
            extract_lines(self, doc, |e| interesting(&e.key), |k, _| KEYS.role(k))
        };
        for cfg in &mut configs {
            for f in cfg.fields.iter_mut() {
                if f.role == Role::From {
                    f.value = sender_of(doc, &f.value);
                }
                // Underline `app.config['MAIL_PORT']`, keep the name short.
                if let Some((span, _)) = widen(doc, &f.key_span) {
                    f.key_span = span;
                }
            }
        }
        configs
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        switch_tls(cfg, truthy, "no MAIL_USE_TLS = True")
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        match what {
            Write::Port(p) => format!("MAIL_PORT = {p}"),
            Write::Host(h) => format!("MAIL_SERVER = '{h}'"),
            Write::StartTls => "MAIL_USE_TLS = True and MAIL_USE_SSL = False".into(),
            Write::VerifyOn => "remove the code that turns certificate checks off".into(),
            Write::AuthOn => format!(
                "both {} and {}",
                cfg.get(Role::Username).map_or("MAIL_USERNAME", |f| f.key.as_str()),
                cfg.get(Role::Password).map_or("MAIL_PASSWORD", |f| f.key.as_str()),
            ),
            Write::TlsModern => "a Python built with an OpenSSL that supports TLS 1.2".into(),
            Write::Username(v) => format!("MAIL_USERNAME = '{v}'"),
            Write::Password(v) => format!("MAIL_PASSWORD = '{v}'"),
            Write::From(v) => format!("MAIL_DEFAULT_SENDER = '{v}'"),
            Write::Stream(v) => format!(
                "the header `X-PM-Message-Stream: {v}` on each message (`Message(..., extra_headers={{'X-PM-Message-Stream': '{v}'}})`)"
            ),
        }
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        match what {
            Write::Port(p) => vec![Setting::bare(Role::Port, "MAIL_PORT", p.to_string())],
            Write::Host(h) => vec![Setting::quoted(Role::Host, "MAIL_SERVER", *h)],
            Write::StartTls => vec![
                Setting::bare(Role::ImplicitTls, "MAIL_USE_SSL", "False").if_present(),
                Setting::bare(Role::StartTls, "MAIL_USE_TLS", "True").near(Role::ImplicitTls),
            ],
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "MAIL_DEFAULT_SENDER in the Flask config (or `sender=` on each Message)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        KEYS.names_with(&OTHER_KEYS)
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Security;

    fn first(input: &str) -> Config {
        crate::extract::extract(input)
            .into_iter()
            .find(|c| c.active)
            .expect("a config")
    }

    #[test]
    fn app_config_index_form() {
        let cfg = first("app.config['MAIL_SERVER'] = 'smtp.postmarkapp.com'\napp.config['MAIL_PORT'] = 587\napp.config['MAIL_USE_TLS'] = True\napp.config['MAIL_DEFAULT_SENDER'] = ('Acme', 'hello@acme.io')\nmail = Mail(app)\n");
        assert_eq!(cfg.dialect.id(), "flask-mail");
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(cfg.literal(Role::From), Some("hello@acme.io"));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
    }

    #[test]
    fn update_call_and_leftovers() {
        let cfg = first("app.config.update(\n    MAIL_SERVER='smtp.postmarkapp.com',\n    MAIL_PORT=465,\n    MAIL_USE_SSL=True,\n    MAIL_USER=os.environ['POSTMARK_TOKEN'],\n)\n");
        assert_eq!(cfg.port_number(), Some(465));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::Implicit));
        assert_eq!(cfg.unknown_keys[0].key, "MAIL_USER");
    }

    #[test]
    fn laravel_env_is_not_flask() {
        let cfg = first("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\n");
        assert_eq!(cfg.dialect.id(), "laravel-env");
    }
}
