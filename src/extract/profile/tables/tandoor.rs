//! Tandoor Recipes: the `EMAIL_*` environment variables (`.env`, compose,
//! Kubernetes ConfigMap) that `recipes/settings.py` reads into Django's
//! SMTP backend (see [`super::django`]).
//!
//! Meaning (docs "Configuration → Email", the code: `recipes/settings.py`,
//! `boot.sh`):
//!
//! * The names and defaults are Django's: `EMAIL_PORT` 25, `EMAIL_USE_TLS`
//!   and `EMAIL_USE_SSL` off (STARTTLS / TLS from the first byte when on;
//!   both on make Django refuse to send).
//! * Booleans are integers (`extract_bool`: `bool(int(value))`): `1` is
//!   on, `0` off, any other integer on; `true`/`True`/`yes` make Tandoor
//!   fail at startup (`ValueError`): their TLS meaning is left unknown here.
//! * Email "automatically activates if host is set": with `EMAIL_HOST`
//!   empty (its default) Tandoor sends nothing.
//! * `EMAIL_HOST_PASSWORD_FILE` (a path; `boot.sh` reads it into
//!   `EMAIL_HOST_PASSWORD`).
//! * The From is `DEFAULT_FROM_EMAIL` (default `webmaster@localhost`).
//! * `EMAIL_PORT` is `int()`-ed too: an empty `EMAIL_PORT=` stops Tandoor
//!   (reported here as no port).

use super::django;
use super::gotosocial::empty_host_is_off;
use super::healthchecks::django_switches;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Hooks, Key, Marker, Profile, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Field, Role::*, Tls};

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_HOST_PASSWORD_FILE", CredentialsFile),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("DEFAULT_FROM_EMAIL", From),
];

/// Names only Tandoor reads. Its `EMAIL_*` names are Django's, whose
/// environment table has up to five markers among them: each name of
/// Tandoor's own weighs five ([`weighs`]), so one outweighs
/// those; a plain Django paste has none.
const MARKERS: &[Marker] = &[
    weighs(mark("ACCOUNT_EMAIL_SUBJECT_PREFIX"), 5),
    weighs(mark_value("image", "vabene1111/recipes"), 5),
    weighs(mark("TANDOOR_PORT"), 5),
    weighs(mark("GUNICORN_MEDIA"), 5),
    mark("ENABLE_SIGNUP"),
    mark("ENABLE_PDF_EXPORT"),
    mark("SOCIAL_PROVIDERS"),
];

const OTHER_KEYS: Words = words![
    "ACCOUNT_EMAIL_SUBJECT_PREFIX",
    "TANDOOR_PORT",
    "GUNICORN_MEDIA",
    "ENABLE_SIGNUP",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DB_ENGINE",
    "POSTGRES_HOST",
    "POSTGRES_DB",
    "POSTGRES_PORT",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
    "TZ",
];

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_PORT=587 with EMAIL_USE_TLS=1 and EMAIL_USE_SSL=0 (Tandoor reads these as integers: `true` stops it)",
    ),
    fix_text(W::VerifyOn, &[], "Tandoor's SMTP settings as they are (Django's SMTP backend verifies the certificate)"),
    django::AUTH_ON_FIX,
    fix_text(W::TlsModern, &[], "a current Tandoor image"),
    django::USERNAME_FIX,
    django::PASSWORD_FIX,
    django::FROM_FIX,
    fix_text(W::Stream, &[], "Tandoor has no stream setting: use a Server whose default stream is `{value}`"),
];

/// `bool(int(value))`; `None` for a reference or a value `int()` refuses.
fn int_bool(f: &Field) -> Option<bool> {
    let t = f.value.literal()?.trim();
    t.parse::<i64>().ok().map(|n| n != 0)
}

fn tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        int_bool,
        false,
        "EMAIL_USE_TLS not set: Tandoor defaults it to 0 (no encryption)",
    )
}

pub static TANDOOR: Profile = Profile {
    id: "tandoor-env",
    name: "Tandoor Recipes EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.tandoor.dev/system/configuration/#email https://github.com/TandoorRecipes/recipes/blob/develop/recipes/settings.py https://github.com/TandoorRecipes/recipes/blob/develop/boot.sh",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: super::healthchecks::LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["0", "00", "-0", "+0"]),
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS=1",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_HOST",
    }),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL (Tandoor falls back to webmaster@localhost)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(empty_host_is_off),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "ALLOWED_HOSTS=recipes.acme.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=1\nEMAIL_USE_SSL=0\nDEFAULT_FROM_EMAIL=recipes@acme.io\nACCOUNT_EMAIL_SUBJECT_PREFIX=[Recipes]\n";

    #[test]
    fn env_is_read() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "tandoor-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "recipes@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn booleans_are_integers() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=1", "EMAIL_USE_TLS=0"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `True` is not an integer: Tandoor stops, the meaning is not guessed.
        let (_, s, _) = first(&ENV.replace("EMAIL_USE_TLS=1", "EMAIL_USE_TLS=True"));
        assert!(s["security"].is_null(), "{s}");
        // Nothing written: Django's default, clear text on port 25.
        let (_, s, _) = first(
            &ENV.replace("EMAIL_USE_TLS=1\n", "")
                .replace("EMAIL_USE_SSL=0\n", "")
                .replace("EMAIL_PORT=587\n", ""),
        );
        assert_eq!(s["security"], "none");
        assert_eq!(s["port"], serde_json::Value::Null);
    }

    #[test]
    fn empty_host_sends_nothing() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_HOST=smtp.postmarkapp.com", "EMAIL_HOST="));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn plain_django_env_is_not_tandoor() {
        let (client, _, _) = first(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=u\nEMAIL_USE_TLS=1\nDEFAULT_FROM_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "tandoor-env");
    }
}
