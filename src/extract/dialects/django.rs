//! Django's SMTP backend (`django.core.mail.backends.smtp.EmailBackend`):
//! `settings.py` (`django-settings`) and the same `EMAIL_*` names as
//! environment variables (`django-env`, read by django-environ or
//! `os.environ` in the settings).
//!
//! Meaning (Django docs, "Email" settings): `EMAIL_PORT` defaults to 25;
//! `EMAIL_USE_TLS = True` upgrades with STARTTLS, `EMAIL_USE_SSL = True`
//! starts TLS on the first byte (port 465), neither sends in clear, both
//! make the backend raise `ValueError` ("mutually exclusive"). It logs in
//! only when both `EMAIL_HOST_USER` and `EMAIL_HOST_PASSWORD` are non-empty.
//! The sender is `DEFAULT_FROM_EMAIL` (default `webmaster@localhost`);
//! `SERVER_EMAIL` is only for error mails to `ADMINS`. In Python any
//! non-empty string is true, so `EMAIL_USE_SSL = 'False'` turns SSL on.

use crate::extract::{extract_code, extract_lines, Dialect, Document, KeyTable, Write};
use crate::fix::Setting;
use crate::model::{parse_bool, Config, Role, Tls, Value};

use super::python::{is_python, py_truthy, switch_tls};

pub struct DjangoSettings;
pub static DJANGO_SETTINGS: DjangoSettings = DjangoSettings;

pub struct DjangoEnv;
pub static DJANGO_ENV: DjangoEnv = DjangoEnv;

const KEYS: KeyTable = KeyTable {
    keys: &[
        ("EMAIL_HOST", Role::Host),
        ("EMAIL_PORT", Role::Port),
        ("EMAIL_HOST_USER", Role::Username),
        ("EMAIL_HOST_PASSWORD", Role::Password),
        ("EMAIL_USE_TLS", Role::StartTls),
        ("EMAIL_USE_SSL", Role::ImplicitTls),
        ("DEFAULT_FROM_EMAIL", Role::From),
        // django-anymail's Postmark backend (HTTP API, but the token is the same).
        ("POSTMARK_SERVER_TOKEN", Role::ServerToken),
        ("POSTMARK_ACCOUNT_TOKEN", Role::AccountToken),
    ],
    case_sensitive: true,
};

/// Settings Django reads that carry nothing we check.
const OTHER_KEYS: [&str; 10] = [
    "EMAIL_BACKEND",
    "EMAIL_TIMEOUT",
    "EMAIL_SSL_CERTFILE",
    "EMAIL_SSL_KEYFILE",
    "EMAIL_SUBJECT_PREFIX",
    "EMAIL_USE_LOCALTIME",
    "EMAIL_FILE_PATH",
    "SERVER_EMAIL",
    // django-environ's URL form (read by the URL dialect when pasted alone).
    "EMAIL_URL",
    "EMAIL_CONFIG",
];

/// Names other libraries (or memory) use, which Django ignores.
const LEFTOVERS: &[(&str, &str)] = &[
    ("EMAIL_HOST_PASS", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_PASS", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_HOST_PASSWD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_USERNAME", "EMAIL_HOST_USER"),
    ("EMAIL_HOST_USERNAME", "EMAIL_HOST_USER"),
    ("EMAIL_SERVER", "EMAIL_HOST"),
    ("EMAIL_SMTP_HOST", "EMAIL_HOST"),
    ("EMAIL_HOSTNAME", "EMAIL_HOST"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
    ("EMAIL_STARTTLS", "EMAIL_USE_TLS"),
    ("EMAIL_TLS", "EMAIL_USE_TLS"),
    ("EMAIL_SSL", "EMAIL_USE_SSL"),
    ("EMAIL_FROM", "DEFAULT_FROM_EMAIL"),
    ("DEFAULT_FROM", "DEFAULT_FROM_EMAIL"),
    ("DEFAULT_EMAIL_FROM", "DEFAULT_FROM_EMAIL"),
    ("FROM_EMAIL", "DEFAULT_FROM_EMAIL"),
    // Flask-Mail names pasted into a Django project.
    ("MAIL_SERVER", "EMAIL_HOST"),
    ("MAIL_HOST", "EMAIL_HOST"),
    ("MAIL_PORT", "EMAIL_PORT"),
    ("MAIL_USERNAME", "EMAIL_HOST_USER"),
    ("MAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("MAIL_USE_TLS", "EMAIL_USE_TLS"),
    ("MAIL_USE_SSL", "EMAIL_USE_SSL"),
    ("MAIL_DEFAULT_SENDER", "DEFAULT_FROM_EMAIL"),
];

/// The keys this dialect looks at: Django's `EMAIL_*` family and the
/// leftovers above; a key it reads but does not check is left out so it is
/// not reported as unknown.
fn interesting(key: &str) -> bool {
    if OTHER_KEYS.contains(&key) {
        return false;
    }
    KEYS.role(key).is_some()
        || LEFTOVERS.iter().any(|(k, _)| *k == key)
        || (key.starts_with("EMAIL_") && key.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'))
}

/// Distinct Django keys (own or leftover) in the active lines.
fn hits(doc: &Document) -> u32 {
    KEYS.hits(doc.active_lines().map(|e| e.key.as_str()))
        .max(KEYS.hits(doc.code.iter().map(|a| a.name.as_str())))
}

/// Something only Django says: its own backend path or a key no other
/// client uses.
fn unmistakable(doc: &Document) -> bool {
    doc.mentions("django.core.mail")
        || [
            "EMAIL_HOST_USER",
            "EMAIL_HOST_PASSWORD",
            "DEFAULT_FROM_EMAIL",
            "EMAIL_USE_TLS",
            "EMAIL_USE_SSL",
        ]
        .iter()
        .any(|k| doc.input.contains(k))
}

fn score(doc: &Document) -> u32 {
    let n = hits(doc);
    if n == 0 {
        return 0;
    }
    n * 10 + if unmistakable(doc) { 100 } else { 0 }
}

fn write(cfg: &Config, what: &Write, python: bool) -> String {
    let set = |key: &str, value: &str, quote: bool| -> String {
        match (python, quote) {
            (true, true) => format!("{key} = '{value}'"),
            (true, false) => format!("{key} = {value}"),
            (false, _) => format!("{key}={value}"),
        }
    };
    let (yes, no) = if python {
        ("True", "False")
    } else {
        ("true", "false")
    };
    match what {
        Write::Port(p) => set("EMAIL_PORT", &p.to_string(), false),
        Write::Host(h) => set("EMAIL_HOST", h, true),
        Write::StartTls => format!(
            "{} and {}",
            set("EMAIL_USE_TLS", yes, false),
            set("EMAIL_USE_SSL", no, false)
        ),
        Write::VerifyOn => {
            "use Django's own SMTP backend (`EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'`), which verifies the certificate".into()
        }
        Write::AuthOn => format!(
            "both {} and {} (Django logs in only when both are non-empty)",
            cfg.get(Role::Username).map_or("EMAIL_HOST_USER", |f| f.key.as_str()),
            cfg.get(Role::Password).map_or("EMAIL_HOST_PASSWORD", |f| f.key.as_str()),
        ),
        Write::TlsModern => "a Python built with an OpenSSL that supports TLS 1.2".into(),
        Write::Username(v) => set("EMAIL_HOST_USER", v, true),
        Write::Password(v) => set("EMAIL_HOST_PASSWORD", v, true),
        Write::From(v) => set("DEFAULT_FROM_EMAIL", v, true),
        Write::Stream(v) => format!(
            "the header `X-PM-Message-Stream: {v}` on each message (`EmailMessage(headers={{'X-PM-Message-Stream': '{v}'}})`)"
        ),
    }
}

/// The settings behind a fix: Python literals in settings.py, words in
/// an environment file.
fn settings(what: &Write, python: bool) -> Vec<Setting> {
    let word = |role: Role, key: &'static str, v: &str| {
        if python {
            Setting::bare(role, key, v)
        } else {
            Setting::text(role, key, v)
        }
    };
    match what {
        Write::Port(p) => vec![word(Role::Port, "EMAIL_PORT", &p.to_string())],
        Write::Host(h) if python => vec![Setting::quoted(Role::Host, "EMAIL_HOST", *h)],
        Write::Host(h) => vec![Setting::text(Role::Host, "EMAIL_HOST", *h)],
        Write::StartTls => vec![
            word(Role::ImplicitTls, "EMAIL_USE_SSL", "False").if_present(),
            word(Role::StartTls, "EMAIL_USE_TLS", "True").near(Role::ImplicitTls),
        ],
        _ => Vec::new(),
    }
}

fn known_keys() -> Vec<&'static str> {
    KEYS.names_with(&OTHER_KEYS)
}

const FROM_HINT: &str =
    "DEFAULT_FROM_EMAIL in settings.py (Django falls back to webmaster@localhost)";
const NO_TLS: &str = "no EMAIL_USE_TLS = True";

impl Dialect for DjangoSettings {
    fn id(&self) -> &'static str {
        "django-settings"
    }
    fn name(&self) -> &'static str {
        "Django settings.py"
    }
    fn detect(&self, doc: &Document) -> u32 {
        if is_python(doc) {
            score(doc)
        } else {
            0
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        extract_code(self, doc, |a| interesting(&a.name), |k, _| KEYS.role(k))
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    /// Django: `EMAIL_HOST` defaults to 'localhost'.
    fn default_host(&self, _cfg: &Config) -> Option<&'static str> {
        Some("localhost")
    }
    fn tls(&self, cfg: &Config) -> Tls {
        switch_tls(cfg, py_truthy, NO_TLS)
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        write(cfg, what, true)
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        settings(what, true)
    }
    fn sender_hint(&self) -> &'static str {
        FROM_HINT
    }
    fn known_keys(&self) -> Vec<&'static str> {
        known_keys()
    }
    fn leftover_keys(&self) -> &'static [(&'static str, &'static str)] {
        LEFTOVERS
    }
}

/// django-environ's `env.bool` (and `strtobool`-style readers) accept the
/// usual words; anything else is false.
fn env_bool(value: &Value) -> Option<bool> {
    let text = value.literal()?;
    Some(parse_bool(text).unwrap_or(false) || text.trim().eq_ignore_ascii_case("ok"))
}

impl Dialect for DjangoEnv {
    fn id(&self) -> &'static str {
        "django-env"
    }
    fn name(&self) -> &'static str {
        "Django EMAIL_* environment"
    }
    fn detect(&self, doc: &Document) -> u32 {
        // Plain `EMAIL_HOST`/`EMAIL_PORT` variables are used by many
        // non-Django apps: only Django's own names make it Django.
        if is_python(doc) || !unmistakable(doc) {
            0
        } else {
            score(doc)
        }
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        extract_lines(self, doc, |e| interesting(&e.key), |k, _| KEYS.role(k))
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        Some(25)
    }
    fn tls(&self, cfg: &Config) -> Tls {
        switch_tls(cfg, env_bool, "no EMAIL_USE_TLS=true")
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        write(cfg, what, false)
    }
    fn settings_for(&self, _cfg: &Config, what: &Write) -> Vec<Setting> {
        settings(what, false)
    }
    fn sender_hint(&self) -> &'static str {
        "DEFAULT_FROM_EMAIL (Django falls back to webmaster@localhost)"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        known_keys()
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
    fn settings_py_reads_switches_and_references() {
        let cfg = first(
            "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_HOST_USER = os.environ.get('POSTMARK_TOKEN')\nEMAIL_USE_TLS = True\n",
        );
        assert_eq!(cfg.dialect.id(), "django-settings");
        assert_eq!(cfg.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert!(cfg
            .get(Role::Username)
            .is_some_and(|f| f.value.is_reference()));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        assert!(cfg.unknown_keys.is_empty());
    }

    #[test]
    fn both_switches_conflict_and_strings_are_truthy() {
        let cfg = first(
            "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_USE_TLS = True\nEMAIL_USE_SSL = 'False'\n",
        );
        let tls = cfg.dialect.tls(&cfg);
        assert!(tls.conflicting);
        assert_eq!(tls.mode, None);
    }

    #[test]
    fn no_switch_is_clear_text_and_leftovers_are_unknown() {
        let cfg = first(
            "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_PASS = 'x'\nEMAIL_PORT = 2525\n",
        );
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::None));
        assert_eq!(cfg.unknown_keys.len(), 1);
        assert_eq!(cfg.unknown_keys[0].key, "EMAIL_HOST_PASS");
        assert!(cfg
            .dialect
            .leftover_keys()
            .contains(&("EMAIL_HOST_PASS", "EMAIL_HOST_PASSWORD")));
    }

    #[test]
    fn env_file() {
        let cfg = first("EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USE_TLS=on\n");
        assert_eq!(cfg.dialect.id(), "django-env");
        assert_eq!(cfg.effective_port(), Some(587));
        assert_eq!(cfg.dialect.tls(&cfg).mode, Some(Security::StartTls));
        assert_eq!(
            cfg.dialect.write(&cfg, &Write::StartTls),
            "EMAIL_USE_TLS=true and EMAIL_USE_SSL=false"
        );
    }
}
