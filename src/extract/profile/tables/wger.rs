//! wger Workout Manager: the `ENABLE_EMAIL` switch and Django's `EMAIL_*`
//! names in its environment (`config/prod.env` of wger-project/docker,
//! compose `environment:`), which `settings/main.py` reads with
//! django-environ into Django's SMTP backend (see [`super::django`]).
//!
//! Meaning (wger's `settings/main.py`, wger-project/docker `config/prod.env`,
//! django-environ's `Env.bool`):
//!
//! * `ENABLE_EMAIL` (default `False`) is the switch: only when it is true
//!   does wger set the SMTP backend and read the `EMAIL_*` variables;
//!   otherwise mails go to the console backend and none leaves.
//! * With the switch on, `EMAIL_HOST`, `EMAIL_PORT` (`env.int`),
//!   `EMAIL_HOST_USER` and `EMAIL_HOST_PASSWORD` are required (wger stops
//!   at start-up without them).
//! * `EMAIL_USE_TLS` defaults to `True` (STARTTLS, required),
//!   `EMAIL_USE_SSL` to `False` (TLS from the first byte when on); both on
//!   make Django refuse to send.
//! * Booleans are django-environ's: an integer is true unless 0; else
//!   `true`, `on`, `ok`, `y`, `yes` (any case) are true and every other
//!   word false.
//! * `FROM_EMAIL` is the From (`DEFAULT_FROM_EMAIL`, default `wger Workout
//!   Manager <wger@example.com>`); wger ignores a `DEFAULT_FROM_EMAIL`
//!   variable.
//!
//! The `EMAIL_*` names are Django's and `FROM_EMAIL` is Label Studio's and
//! Baserow's too: the table needs one of wger's own settings beside them.

use super::django;
use super::healthchecks::django_switches;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Fix, Hooks, Key, Marker,
    Pairs, Profile, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
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
    k("FROM_EMAIL", From),
    k("ENABLE_EMAIL", Enabled),
];

/// Names only wger's environment has. Django's environment table has up
/// to five markers among the `EMAIL_*` names: each of wger's own weighs
/// five.
const MARKERS: &[Marker] = &[
    weighs(mark("WGER_INSTANCE"), 5),
    weighs(mark("WGER_USE_GUNICORN"), 5),
    weighs(mark("WGER_PORT"), 5),
    weighs(mark("SYNC_EXERCISES_CELERY"), 5),
    weighs(mark("SYNC_EXERCISE_IMAGES_CELERY"), 5),
    weighs(mark("SYNC_INGREDIENTS_CELERY"), 5),
    weighs(mark("DOWNLOAD_INGREDIENTS_FROM"), 5),
    weighs(mark("EXERCISE_CACHE_TTL"), 5),
    weighs(mark("MIN_ACCOUNT_AGE_TO_TRUST"), 5),
    weighs(mark_value("image", "wger/server"), 5),
    mark("ALLOW_GUEST_USERS"),
    mark("ALLOW_UPLOAD_VIDEOS"),
    mark("ENABLE_EMAIL"),
];

const OTHER_KEYS: Words = words![
    "WGER_INSTANCE",
    "WGER_USE_GUNICORN",
    "WGER_PORT",
    "SITE_URL",
    "SECRET_KEY",
    "ALLOW_REGISTRATION",
    "ALLOW_GUEST_USERS",
    "DJANGO_DEBUG",
    "DJANGO_ADMINS",
    "TIME_ZONE",
    "TZ",
];

const LEFTOVERS: Pairs = pairs![
    ("DEFAULT_FROM_EMAIL", "FROM_EMAIL"),
    ("EMAIL_FROM", "FROM_EMAIL"),
    ("EMAIL_HOST_PASS", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_USERNAME", "EMAIL_HOST_USER"),
    ("EMAIL_SERVER", "EMAIL_HOST"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
];

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "EMAIL_USE_TLS", SetVal::Bool(true)),
            set(ImplicitTls, "EMAIL_USE_SSL", SetVal::Bool(false)),
        ],
        "EMAIL_PORT=587 with EMAIL_USE_TLS=True and EMAIL_USE_SSL=False",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "wger's SMTP settings as they are (Django's SMTP backend verifies the certificate)",
    ),
    django::AUTH_ON_FIX,
    fix_text(W::TlsModern, &[], "a current wger image"),
    django::USERNAME_FIX,
    django::PASSWORD_FIX,
    fix(W::From, &[set(From, "FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "wger has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// django-environ's `Env.bool`: an integer is true unless 0, else one of
/// its true words (any case); every other word is false. `None` for a
/// reference.
pub(super) fn environ_bool(f: &Field) -> Option<bool> {
    let t = f.value.literal()?.trim();
    if let Ok(n) = t.parse::<i64>() {
        return Some(n != 0);
    }
    let t = t.to_ascii_lowercase();
    Some(matches!(t.as_str(), "true" | "on" | "ok" | "y" | "yes"))
}

fn tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        environ_bool,
        true,
        "EMAIL_USE_TLS not set: wger defaults it to True (STARTTLS)",
    )
}

pub static WGER: Profile = Profile {
    id: "wger-env",
    name: "wger ENABLE_EMAIL / EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/wger-project/wger/blob/master/settings/main.py https://github.com/wger-project/docker/blob/master/config/prod.env https://django-environ.readthedocs.io/en/latest/types.html",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // django-environ's true words (an integer other than 1 is true too:
    // rare enough in a switch to leave to this list).
    truth: Truth::Only(words!["true", "on", "ok", "y", "yes", "1"]),
    tls: TlsModel {
        absent: "",
        ..TlsModel::SWITCHES_STARTTLS
    },
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("Django's console backend (ENABLE_EMAIL is not set), so no mail leaves"),
        off: None,
        name: "ENABLE_EMAIL",
    }),
    fixes: FIXES,
    sender_hint: "FROM_EMAIL (default wger Workout Manager <wger@example.com>)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "WGER_INSTANCE=https://wger.de\nALLOW_GUEST_USERS=True\nENABLE_EMAIL=True\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=True\nEMAIL_USE_SSL=False\nFROM_EMAIL=wger <hello@acme-widgets.io>\n";

    #[test]
    fn env_is_read_with_its_defaults() {
        clean_starttls(ENV, "wger-env");
        // EMAIL_USE_TLS defaults to True.
        clean_starttls(&ENV.replace("EMAIL_USE_TLS=True\n", ""), "wger-env");
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=off"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(
            &ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=0")
                .replace("EMAIL_USE_SSL=False", "EMAIL_USE_SSL=yes"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_USE_SSL=False", "EMAIL_USE_SSL=1"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn enable_email_is_the_switch() {
        let (_, _, ids) = first(&ENV.replace("ENABLE_EMAIL=True\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("ENABLE_EMAIL=True", "ENABLE_EMAIL=False"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn default_from_email_is_flagged() {
        // wger reads FROM_EMAIL into DEFAULT_FROM_EMAIL: a variable named
        // DEFAULT_FROM_EMAIL is not read (the report still shows it as the
        // likely sender).
        let (_, _, ids) = first(&ENV.replace(
            "FROM_EMAIL=wger <hello@acme-widgets.io>",
            "DEFAULT_FROM_EMAIL=hello@acme-widgets.io",
        ));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn plain_django_env_is_not_wger() {
        let (client, _, _) = first(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=u\nEMAIL_USE_TLS=True\nFROM_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "wger-env");
    }
}
