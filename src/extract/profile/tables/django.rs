//! Django's SMTP backend (`django.core.mail.backends.smtp.EmailBackend`):
//! `settings.py` (`django-settings`) and the same `EMAIL_*` names as
//! environment variables (`django-env`, read by django-environ or
//! `os.environ` in the settings).
//!
//! Meaning (Django docs, "Email" settings): `EMAIL_PORT` defaults to 25 and
//! `EMAIL_HOST` to `localhost`; `EMAIL_USE_TLS = True` upgrades with
//! STARTTLS, `EMAIL_USE_SSL = True` starts TLS on the first byte (port 465),
//! neither sends in clear, both make the backend raise `ValueError`
//! ("mutually exclusive"). It logs in only when both `EMAIL_HOST_USER` and
//! `EMAIL_HOST_PASSWORD` are non-empty. The sender is `DEFAULT_FROM_EMAIL`
//! (default `webmaster@localhost`); `SERVER_EMAIL` is only for error mails
//! to `ADMINS`. In Python any non-empty string is true, so
//! `EMAIL_USE_SSL = 'False'` turns SSL on. `EMAIL_BACKEND` picks the
//! backend: the console, file, locmem and dummy backends send nothing.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, set_near, syn, weighs, words, Fix,
    Hooks, Key, Marker, Pairs, Profile, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::{Document, SegKind};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_BACKEND", Transport),
    k("DEFAULT_FROM_EMAIL", From),
    // django-anymail's Postmark backend (HTTP API, but the token is the same).
    k("POSTMARK_SERVER_TOKEN", ServerToken),
    k("POSTMARK_ACCOUNT_TOKEN", AccountToken),
];

/// The SMTP backend's settings (the rows before the From), for apps that
/// read them under Django's names but build the sender themselves
/// (BookWyrm).
pub(super) const SMTP_KEYS: &[Key] = KEYS.split_at(7).0;

/// Keys only Django writes (plain `EMAIL_HOST`/`EMAIL_PORT` are everyone's).
const MARKERS: &[Marker] = &[
    mark("EMAIL_HOST_USER"),
    mark("EMAIL_HOST_PASSWORD"),
    mark("DEFAULT_FROM_EMAIL"),
    mark("EMAIL_USE_TLS"),
    mark("EMAIL_USE_SSL"),
    // Weighs as much as Taiga's `EMAIL_BACKEND` name (Taiga writes the
    // short word `smtp`, Django the dotted path).
    weighs(mark_value("EMAIL_BACKEND", "django.core.mail"), 3),
];

const OTHER_KEYS: Words = words![
    "EMAIL_TIMEOUT",
    "EMAIL_SSL_CERTFILE",
    "EMAIL_SSL_KEYFILE",
    "EMAIL_SUBJECT_PREFIX",
    "EMAIL_USE_LOCALTIME",
    "EMAIL_FILE_PATH",
    "SERVER_EMAIL",
    // django-environ's URL form (read by the URL table).
    "EMAIL_URL",
    "EMAIL_CONFIG",
];

const LEFTOVERS: Pairs = pairs![
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

pub(super) const SWITCH: Switch = Switch {
    smtp: words!["backends.smtp."],
    no_mail: words!["console", "filebased", "locmem", "dummy"],
    local: words![],
    missing: None,
    off: None,
    name: "EMAIL_BACKEND",
};

/// Fix rows written with Django's `EMAIL_*` names, shared by the apps that
/// read them (Healthchecks, Tandoor, Taiga, Zulip).
pub(super) const PORT_FIX: Fix = fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]);
pub(super) const HOST_FIX: Fix = fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]);
pub(super) const AUTH_ON_FIX: Fix = fix_text(
    W::AuthOn,
    &[],
    "both EMAIL_HOST_USER and EMAIL_HOST_PASSWORD (Django logs in only when both are non-empty)",
);
pub(super) const USERNAME_FIX: Fix = fix(
    W::Username,
    &[set(Username, "EMAIL_HOST_USER", SetVal::Given)],
);
pub(super) const PASSWORD_FIX: Fix = fix(
    W::Password,
    &[set(Password, "EMAIL_HOST_PASSWORD", SetVal::Given)],
);
pub(super) const FROM_FIX: Fix = fix(W::From, &[set(From, "DEFAULT_FROM_EMAIL", SetVal::Given)]);

const FIXES: &[Fix] = &[
    PORT_FIX,
    HOST_FIX,
    fix(
        W::StartTls,
        &[
            set_near(StartTls, "EMAIL_USE_TLS", SetVal::Bool(true), ImplicitTls),
            set_if(ImplicitTls, "EMAIL_USE_SSL", SetVal::Bool(false)),
        ],
    ),
    fix_text(W::VerifyOn, &[], "use Django's own SMTP backend (`EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'`), which verifies the certificate"),
    AUTH_ON_FIX,
    fix_text(W::TlsModern, &[], "a Python built with an OpenSSL that supports TLS 1.2"),
    USERNAME_FIX,
    PASSWORD_FIX,
    FROM_FIX,
    fix_text(W::Stream, &[], "the header `X-PM-Message-Stream: {value}` on each message (`EmailMessage(headers={'X-PM-Message-Stream': '{value}'})`)"),
];

const DJANGO: Profile = Profile {
    id: "django-settings",
    name: "Django settings.py",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.djangoproject.com/en/5.1/ref/settings/#email-host https://docs.djangoproject.com/en/5.1/topics/email/#smtp-backend",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    // `DEFAULT_FROM`: the sender's name misspelled (`DEFAULT_FROM_MAIL`, a
    // common slip in settings.py) is read by nothing.
    family: &["EMAIL_", "DEFAULT_FROM"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel { absent: "no EMAIL_USE_TLS = True", ..TlsModel::SWITCHES_PLAIN },
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL in settings.py (Django falls back to webmaster@localhost)",
    hooks: Hooks {
        finish: Some(drop_env_schemes),
        ..Hooks::NONE
    },
    ..BASE
};

/// django-environ's scheme, `env = environ.Env(EMAIL_PORT=(int, 587))`:
/// each keyword names a variable with its cast and default for a later
/// `env('EMAIL_PORT')`, and sets no Django setting (django-environ docs,
/// "Env(**scheme)"). Its keywords are dropped; the settings are the
/// assignments (`EMAIL_PORT = env('EMAIL_PORT')`).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn drop_env_schemes(doc: &Document, configs: &mut Vec<Config>) {
    // The key starts of the scheme's keywords, in one pass.
    let mut scheme: Vec<usize> = doc
        .entries
        .iter()
        .filter_map(|e| {
            let mut path = doc.path_rev(e);
            let key = path.next()?;
            let call = path.next()?;
            (key.kind == SegKind::Key
                && call.kind == SegKind::Call
                && call.text(doc.input).rsplit('.').next() == Some("Env"))
            .then_some(key.span.start as usize)
        })
        .collect();
    if scheme.is_empty() {
        return;
    }
    crate::sort::values(&mut scheme);
    for c in configs.iter_mut() {
        c.fields
            .retain(|f| scheme.binary_search(&f.key_span.start).is_err());
    }
    configs.retain(|c| !c.fields.is_empty());
}

pub static DJANGO_ENV: Profile = Profile {
    id: "django-env",
    name: "Django EMAIL_* environment",
    syntaxes: syn::DATA,
    needs_marker: true,
    shared_names: true,
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS=true",
        ..TlsModel::SWITCHES_PLAIN
    },
    host: None,
    sender_hint: "DEFAULT_FROM_EMAIL (Django falls back to webmaster@localhost)",
    ..DJANGO
};

pub static DJANGO_SETTINGS: Profile = DJANGO;

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    #[test]
    fn an_environment_url_with_a_default_is_a_reference() {
        // django-environ's `env.email_url("EMAIL_URL", default=…)` reads
        // EMAIL_URL and falls back to the default only without it, as
        // `${EMAIL_URL:-…}` does: the default's stand-ins are not judged.
        for text in [
            "EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"\nEMAIL_CONFIG = env.email_url(\"EMAIL_URL\", default=\"smtp://user:password@localhost:25\")\nvars().update(EMAIL_CONFIG)\n",
            "import environ\n\nenv = environ.Env()\nvars().update(env.email_url(\"EMAIL_URL\", default=\"smtp://user:password@localhost:25\"))\n",
            "import dj_email_url\nEMAIL = dj_email_url.config(default=\"smtp://user:password@localhost:25\")\n",
        ] {
            let (client, s, ids) = linted(text);
            // (dj-email-url without its marker is read as an SMTP URL.)
            assert!(client == "django-environ" || text.contains("dj_email_url"), "{client}: {text}");
            assert!(s["host"].is_null(), "{s:?}");
            assert!(s["port"].is_null(), "{s:?}");
            assert!(!has(&ids, "auth/placeholder"), "{ids:?}");
            assert!(!has(&ids, "host/other-provider"), "{ids:?}");
            assert!(has(&ids, "input/unresolved-reference"), "{ids:?}");
        }
        // With the `.env` line it reads in the paste: one configuration,
        // the line's URL.
        let text = "EMAIL_URL=smtp+tls://a1b2c3d4-0000-4000-8000-1234567890ab:a1b2c3d4-0000-4000-8000-1234567890ab@smtp.postmarkapp.com:587\n\n# settings.py\nimport environ\nenv = environ.Env()\nEMAIL_CONFIG = env.email_url(\"EMAIL_URL\", default=\"smtp://user:password@localhost:25\")\nvars().update(EMAIL_CONFIG)\n";
        let r = crate::lint(text, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        assert_eq!(r.configs[0].settings.port, Some(587));
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(!ids.contains(&"input/unresolved-reference"), "{ids:?}");
        assert!(!ids.contains(&"input/multiple-configs"), "{ids:?}");
        // The URL as the variable's value is read.
        let (_, s, ids) = linted("EMAIL_URL=smtp://user:password@localhost:25\n");
        assert_eq!(s["host"], "localhost");
        assert!(has(&ids, "auth/placeholder"), "{ids:?}");
    }

    #[test]
    fn an_environ_scheme_is_no_setting() {
        let text = "import environ\nenv = environ.Env(\n    DEBUG=(bool, False),\n    EMAIL_PORT=(int, 2525),\n)\nEMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nEMAIL_HOST_PASSWORD = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nEMAIL_USE_TLS = True\n";
        let (client, s, ids) = linted(text);
        assert_eq!(client, "django-settings");
        // No EMAIL_PORT setting (Django's default applies), not 2525.
        assert!(s["port"].is_null(), "{ids:?}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert!(!has(&ids, "input/unresolved-reference"), "{ids:?}");
        // With the setting read from it: no second EMAIL_PORT.
        let (_, _, ids) = linted(&format!("{text}EMAIL_PORT = env('EMAIL_PORT')\n"));
        assert!(!has(&ids, "input/duplicate-setting"), "{ids:?}");
    }

    #[test]
    fn an_apps_own_sender_key_beside_django_names_is_its_from() {
        // GrowthBook's `.env`: Django's names for the server, `EMAIL_FROM`
        // for the sender (packages/back-end/src/services/email.ts).
        let text = "EMAIL_ENABLED=true\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_HOST_PASSWORD=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_FROM=growthbook@acme.io\n";
        let (_, s, ids) = linted(text);
        assert_eq!(s["from"], "growthbook@acme.io");
        // nodemailer with `secure: port === 465`: STARTTLS when offered.
        assert_ne!(s["security"], "none");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // In settings.py the name is still a Django mistake.
        let text = "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nEMAIL_HOST_PASSWORD = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nEMAIL_FROM = 'growthbook@acme.io'\n";
        let ids = linted(text).2;
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn a_django_env_with_its_login_names_and_a_sender_key_is_django() {
        // A Django project's `.env`: the login under Django's names and
        // `EMAIL_FROM` for its settings.py to read, nothing else of the
        // family. GrowthBook's (above) adds `EMAIL_ENABLED`.
        let text = "DEBUG=False\nSECRET_KEY=8f2a9c1e7b3d\nEMAIL_HOST_USER=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_HOST_PASSWORD=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_FROM=noreply@example.com\n";
        let (client, s, ids) = linted(text);
        assert_eq!(client, "django-env");
        assert_eq!(s["from"], "noreply@example.com");
        assert!(has(&ids, "from/placeholder"), "{ids:?}");
        let growthbook = "EMAIL_ENABLED=true\nEMAIL_HOST_USER=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_HOST_PASSWORD=abcd1234-aaaa-bbbb-cccc-1234567890ab\nEMAIL_FROM=growthbook@acme.io\n";
        assert_ne!(linted(growthbook).0, "django-env");
    }

    #[test]
    fn a_misspelled_default_from_email_is_an_unknown_key() {
        // `DEFAULT_FROM_MAIL`: Django reads only `DEFAULT_FROM_EMAIL`.
        let text = "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nEMAIL_HOST_PASSWORD = 'abcd1234-aaaa-bbbb-cccc-1234567890ab'\nDEFAULT_FROM_MAIL = 'Acme <noreply@acme.io>'\n";
        let (client, _, ids) = linted(text);
        assert_eq!(client, "django-settings");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
