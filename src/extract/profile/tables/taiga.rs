//! Taiga (taiga-docker): the `EMAIL_*` variables of the `.env` and of the
//! `taiga-back` service, which `settings/config.py` reads into Django's
//! SMTP backend (see [`super::django`]).
//!
//! Meaning (docs "Taiga 30 min setup → Configure email", taiga-docker
//! `.env` and `docker-compose.yml`; the code: taiga-back `docker/config.py`):
//!
//! * `EMAIL_BACKEND` defaults to Django's console backend: without it no
//!   mail leaves. The `.env` holds the short word (`console` or `smtp`)
//!   that the compose file turns into
//!   `django.core.mail.backends.${EMAIL_BACKEND}.EmailBackend`.
//! * Booleans are compared with the exact string `True`
//!   (`os.getenv('EMAIL_USE_TLS', 'False') == 'True'`): `true`, `1`,
//!   `yes` are all false. `EMAIL_USE_TLS` = STARTTLS, `EMAIL_USE_SSL` =
//!   TLS from the first byte; both off by default; both on make Django
//!   refuse to send.
//! * `EMAIL_PORT` defaults to 587, `EMAIL_HOST` to `localhost`,
//!   `EMAIL_HOST_USER`/`EMAIL_HOST_PASSWORD` to `user`/`password`.
//! * The From is `DEFAULT_FROM_EMAIL` in the service (default
//!   `system@taiga.io`), `EMAIL_DEFAULT_FROM` in the `.env`.

use super::django;
use super::healthchecks::django_switches;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, weighs, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Field, Role::*, Tls};

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("DEFAULT_FROM_EMAIL|EMAIL_DEFAULT_FROM", From),
    k("EMAIL_BACKEND", Transport),
];

/// Names only Taiga's deployment has. Its `EMAIL_*` names are Django's,
/// whose environment table has up to six markers among them: each name
/// of Taiga's own weighs six ([`weighs`]). `EMAIL_DEFAULT_FROM` is not
/// Taiga's alone (PostHog's Django settings read it too, beside
/// `EMAIL_ENABLED` and no `EMAIL_BACKEND`): with Taiga's short
/// `EMAIL_BACKEND` word it outweighs Django's four login and TLS names,
/// without it it does not.
const MARKERS: &[Marker] = &[
    weighs(mark("EMAIL_DEFAULT_FROM"), 3),
    weighs(mark("EMAIL_BACKEND"), 2),
    weighs(mark("TAIGA_SECRET_KEY"), 6),
    weighs(mark("TAIGA_SITES_DOMAIN"), 6),
    weighs(mark_value("image", "taiga-back"), 6),
    mark("TAIGA_SITES_SCHEME"),
    mark("TAIGA_DOMAIN"),
    mark("TAIGA_SCHEME"),
    mark("WEBSOCKETS_SCHEME"),
    mark("ENABLE_TELEMETRY"),
];

const OTHER_KEYS: Words = words![
    "TAIGA_SECRET_KEY",
    "TAIGA_SITES_DOMAIN",
    "TAIGA_SITES_SCHEME",
    "TAIGA_SUBPATH",
    "TAIGA_DOMAIN",
    "TAIGA_SCHEME",
    "WEBSOCKETS_SCHEME",
    "SUBPATH",
    "SECRET_KEY",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
    "RABBITMQ_USER",
    "RABBITMQ_PASS",
    "RABBITMQ_VHOST",
    "RABBITMQ_ERLANG_COOKIE",
    "ATTACHMENTS_MAX_AGE",
    "ENABLE_TELEMETRY",
    "PUBLIC_REGISTER_ENABLED",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_HOST_PASS", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_USERNAME", "EMAIL_HOST_USER"),
    ("EMAIL_SERVER", "EMAIL_HOST"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
    ("EMAIL_FROM", "EMAIL_DEFAULT_FROM"),
];

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_PORT=587 with EMAIL_USE_TLS=True and EMAIL_USE_SSL=False (exactly `True`: Taiga reads `true` as false)",
    ),
    fix_text(W::VerifyOn, &[], "Django's SMTP backend (EMAIL_BACKEND=smtp), which verifies the certificate"),
    fix_text(W::AuthOn, &[], "both EMAIL_HOST_USER and EMAIL_HOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Taiga image"),
    django::USERNAME_FIX,
    django::PASSWORD_FIX,
    fix_text(W::From, &[], "EMAIL_DEFAULT_FROM={value} (DEFAULT_FROM_EMAIL in the taiga-back service)"),
    fix_text(W::Stream, &[], "Taiga has no stream setting: use a Server whose default stream is `{value}`"),
];

/// `os.getenv(...) == 'True'`; `None` only for a reference.
fn exact_true(f: &Field) -> Option<bool> {
    Some(f.value.literal()?.trim() == "True")
}

fn tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        exact_true,
        false,
        "EMAIL_USE_TLS is not exactly True: Taiga sends in clear",
    )
}

pub static TAIGA: Profile = Profile {
    id: "taiga-env",
    name: "Taiga (taiga-docker) EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.taiga.io/setup-production.html#_configure_email https://github.com/taigaio/taiga-docker/blob/main/.env https://github.com/taigaio/taiga-back/blob/main/docker/config.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words![
        "False", "false", "FALSE", "true", "TRUE", "1", "0", "yes", "no", "on", "off"
    ]),
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS=True",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(587),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["console", "filebased", "locmem", "dummy"],
        local: words![],
        missing: Some("Django's console backend (mails are printed, none leaves)"),
        off: None,
        name: "EMAIL_BACKEND",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_DEFAULT_FROM in the .env (DEFAULT_FROM_EMAIL in the taiga-back service; default system@taiga.io)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "TAIGA_SCHEME=https\nTAIGA_DOMAIN=taiga.acme.io\nSECRET_KEY=\"x\"\nEMAIL_BACKEND=smtp\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_DEFAULT_FROM=taiga@acme.io\nEMAIL_USE_TLS=True\nEMAIL_USE_SSL=False\n";

    #[test]
    fn env_is_read() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "taiga-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "taiga@acme.io");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn posthogs_django_names_are_not_taiga() {
        // PostHog's `.env`: `EMAIL_DEFAULT_FROM` and `EMAIL_ENABLED`, no
        // `EMAIL_BACKEND`; its booleans are `str_to_bool` (`true` is true).
        let (client, s, ids) = first(
            "EMAIL_ENABLED=true\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=true\nEMAIL_USE_SSL=false\nEMAIL_DEFAULT_FROM=posthog@acme.io\n",
        );
        assert_ne!(client, "taiga-env");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        // Taiga's mail lines alone, with its short backend word.
        let mail = &ENV[ENV.find("EMAIL_BACKEND").expect("backend")..];
        assert_eq!(first(mail).0, "taiga-env");
        // PostHog's without TLS keys: Taiga is found by `EMAIL_DEFAULT_FROM`
        // alone, a name PostHog shares, next to PostHog's `EMAIL_ENABLED`
        // that Taiga does not read: not Taiga's (no switch missing).
        let (client, s, ids) = first(
            "EMAIL_ENABLED=true\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_DEFAULT_FROM=posthog@acme.io\n",
        );
        assert_ne!(client, "taiga-env");
        assert_eq!(s["from"], "posthog@acme.io");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn only_the_exact_word_true() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=true"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_console_backend_is_the_default() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_BACKEND=smtp", "EMAIL_BACKEND=console"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_BACKEND=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
