//! Zulip: `/etc/zulip/settings.py` with the password in
//! `/etc/zulip/zulip-secrets.conf` (`zulip-settings`), and the Docker
//! image's `SETTING_*` / `SECRETS_*` environment (`zulip-docker`). Zulip
//! sends with Django's SMTP backend (see [`super::django`]).
//!
//! Meaning (docs "Outgoing email", `zproject/prod_settings_template.py`;
//! the code: `zproject/default_settings.py`, `zproject/computed_settings.py`,
//! docker-zulip `entrypoint.sh`):
//!
//! * `EMAIL_HOST` defaults to `None`; with no host (None or empty) Zulip
//!   picks Django's dummy backend and sends nothing (`WARN_NO_EMAIL`).
//!   `EMAIL_BACKEND` set by the admin wins.
//! * `EMAIL_PORT` and `EMAIL_USE_TLS`/`EMAIL_USE_SSL` keep Django's
//!   defaults (25, no TLS); the template suggests `EMAIL_USE_TLS = True`
//!   with `EMAIL_PORT = 587`.
//! * The password is never read from `settings.py`: `computed_settings.py`
//!   sets `EMAIL_HOST_PASSWORD = get_secret("email_password")`, the
//!   `email_password` line of `zulip-secrets.conf` (`[secrets]`). An
//!   `EMAIL_HOST_PASSWORD` in `settings.py` is overwritten.
//! * The sender: `NOREPLY_EMAIL_ADDRESS` (default `noreply@EXTERNAL_HOST`;
//!   with `ADD_TOKENS_TO_NOREPLY_ADDRESS` on, confirmation mails go from
//!   `noreply-{token}@…`) and `ZULIP_ADMINISTRATOR` for many automated
//!   mails. `DEFAULT_FROM_EMAIL` is set from `ZULIP_ADMINISTRATOR` by
//!   `computed_settings.py` ("not used in the Zulip codebase"): one written
//!   in `settings.py` is overwritten.
//! * Docker: each `SETTING_X` becomes `X = …` in `settings.py`. A value
//!   `true`/`false`/`none` (any case) becomes `True`/`False`/`None`, digits
//!   an integer, anything else a quoted string, so `SETTING_EMAIL_USE_TLS:
//!   "yes"` is the string `'yes'`, true in Python, and `"0"` is `0`, false.
//!   An empty value is skipped (the default stays: an empty
//!   `SETTING_EMAIL_HOST` leaves Zulip without mail). `SECRETS_x` (and,
//!   since 11.x, the Compose secret `zulip__x`, e.g. from the environment
//!   variable `ZULIP__EMAIL_PASSWORD`) sets `x` in `zulip-secrets.conf`:
//!   `SECRETS_email_password` is the password.

use super::django;
use super::kit::{password_elsewhere, synthetic, At, Source};
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, set_near, syn, weighs, words, Fix,
    Hooks, Key, Marker, Pairs, Profile, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W,
    BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("email_password", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("NOREPLY_EMAIL_ADDRESS", From),
    k("EMAIL_BACKEND", Transport),
];

/// Names only Zulip's `settings.py` and `zulip-secrets.conf` have. Each
/// counts twice (a plain row and an any-value row): its `settings.py`
/// shares Django's markers (`EMAIL_HOST_USER`, `EMAIL_USE_TLS`), and one
/// Zulip name must outweigh two of those; a plain Django paste has none.
const MARKERS: &[Marker] = &[
    mark("ZULIP_ADMINISTRATOR"),
    mark_value("ZULIP_ADMINISTRATOR", ""),
    mark("NOREPLY_EMAIL_ADDRESS"),
    mark_value("NOREPLY_EMAIL_ADDRESS", ""),
    mark("ADD_TOKENS_TO_NOREPLY_ADDRESS"),
    mark_value("ADD_TOKENS_TO_NOREPLY_ADDRESS", ""),
    mark("TOKENIZED_NOREPLY_EMAIL_ADDRESS"),
    mark("EXTERNAL_HOST"),
    mark_value("EXTERNAL_HOST", ""),
    // The secrets file's password line, a name any Python mailer script
    // could write (`email_password` beside `email_username`, `email_from`):
    // one marker of weight two, a login name, so the engine reads the
    // paste as another app's when it writes more `email_*` keys that
    // Zulip does not read.
    weighs(mark("email_password"), 2),
    mark("rabbitmq_password"),
    mark("avatar_salt"),
];

const OTHER_KEYS: Words = words![
    "ZULIP_ADMINISTRATOR",
    "EXTERNAL_HOST",
    "ALLOWED_HOSTS",
    "FAKE_EMAIL_DOMAIN",
    "ADD_TOKENS_TO_NOREPLY_ADDRESS",
    "TOKENIZED_NOREPLY_EMAIL_ADDRESS",
    "PHYSICAL_ADDRESS",
    "EMAIL_TIMEOUT",
    "EMAIL_GATEWAY_PATTERN",
    "EMAIL_GATEWAY_LOGIN",
    "EMAIL_GATEWAY_IMAP_SERVER",
    "EMAIL_GATEWAY_IMAP_PORT",
    "EMAIL_GATEWAY_IMAP_FOLDER",
    "SEND_LOGIN_EMAILS",
    "SEND_DIGEST_EMAILS",
    "SEND_MISSED_MESSAGE_EMAILS_AS_USER",
    "WELCOME_EMAIL_SENDER",
    "email_gateway_password",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_HOST_PASSWORD", "email_password"),
    ("EMAIL_PASSWORD", "email_password"),
    ("DEFAULT_FROM_EMAIL", "NOREPLY_EMAIL_ADDRESS"),
    ("SERVER_EMAIL", "NOREPLY_EMAIL_ADDRESS"),
    ("EMAIL_HOST_PORT", "EMAIL_PORT"),
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
];

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix(
        W::StartTls,
        &[
            set_near(StartTls, "EMAIL_USE_TLS", SetVal::Bool(true), ImplicitTls),
            set_if(ImplicitTls, "EMAIL_USE_SSL", SetVal::Bool(false)),
        ],
    ),
    fix_text(W::VerifyOn, &[], "Django's SMTP backend (leave EMAIL_BACKEND unset), which verifies the certificate"),
    fix_text(W::AuthOn, &[], "EMAIL_HOST_USER in settings.py and `email_password` in /etc/zulip/zulip-secrets.conf (Django logs in only when both are non-empty)"),
    fix_text(W::TlsModern, &[], "a current Zulip release"),
    django::USERNAME_FIX,
    fix_text(W::Password, &[], "`email_password = {value}` in /etc/zulip/zulip-secrets.conf"),
    fix(W::From, &[set(From, "NOREPLY_EMAIL_ADDRESS", SetVal::Given)]),
    fix_text(W::Stream, &[], "Zulip has no stream setting: use a Server whose default stream is `{value}`"),
];

const SWITCH: Switch = Switch {
    smtp: words!["backends.smtp."],
    no_mail: words!["console", "filebased", "locmem", "dummy", "EmailLogBackEnd"],
    local: words![],
    missing: None,
    off: None,
    name: "EMAIL_HOST / EMAIL_BACKEND",
};

/// An empty (or `None`) `EMAIL_HOST` is the mail switch: Zulip then uses
/// Django's dummy backend. Unless the admin set `EMAIL_BACKEND`.
fn empty_host_is_off(c: &mut Config) {
    if c.get(Transport).is_some() {
        return;
    }
    let Some(h) = c.get(Host) else { return };
    let off = h
        .value
        .literal()
        .is_some_and(|t| matches!(t.trim(), "" | "None"));
    if off {
        let mut f = h.clone();
        f.role = Enabled;
        c.fields.push(f);
    }
}

/// `settings.py`: the password lives in `zulip-secrets.conf`; without it
/// in the paste, the credential checks cannot run (not "missing").
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish_settings(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        empty_host_is_off(c);
        password_elsewhere(
            c,
            "email_password (zulip-secrets.conf)",
            Source::Store("/etc/zulip/zulip-secrets.conf"),
            At::KeyStart,
        );
    }
}

/// The password given as a Compose secret (`secrets: zulip__email_password:`
/// at the top of the file, or the service's `secrets: - zulip__email_password`)
/// is outside the service's environment: it is the credentials' source,
/// not a missing password.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish_docker(doc: &Document, configs: &mut Vec<Config>) {
    const SECRET: &str = "zulip__email_password";
    let mut secret: Option<std::ops::Range<usize>> = None;
    if configs
        .iter()
        .any(|c| c.get(Password).is_none() && c.get(CredentialsFile).is_none())
    {
        for e in doc.entries.iter().filter(|e| !e.commented()) {
            let named = doc
                .path_rev(e)
                .take(2)
                .any(|seg| seg.text(doc.input) == SECRET);
            if named || doc.text_of(&e.value).trim() == SECRET {
                secret = Some(e.key_span());
                break;
            }
        }
    }
    for c in configs.iter_mut() {
        empty_host_is_off(c);
        if c.get(Password).is_some() || c.get(CredentialsFile).is_some() {
            continue;
        }
        let (Some(at), Some(user)) = (secret.clone(), c.get(Username)) else {
            continue;
        };
        let mut f = synthetic(
            CredentialsFile,
            "secrets: zulip__email_password",
            "the zulip__email_password Compose secret",
            user,
            At::KeyStart,
        );
        f.key_span = at.clone();
        f.value.span = at;
        c.fields.push(f);
    }
}

pub static ZULIP_SETTINGS: Profile = Profile {
    id: "zulip-settings",
    name: "Zulip /etc/zulip/settings.py + zulip-secrets.conf",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://zulip.readthedocs.io/en/latest/production/email.html https://github.com/zulip/zulip/blob/main/zproject/prod_settings_template.py https://github.com/zulip/zulip/blob/main/zproject/computed_settings.py",
    syntaxes: syn::PYTHON | syn::INI | syn::CONF | syn::ENV,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_", "email_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS = True",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "NOREPLY_EMAIL_ADDRESS in /etc/zulip/settings.py (default noreply@EXTERNAL_HOST, with a token); ZULIP_ADMINISTRATOR sends the other automated mails",
    hooks: Hooks {
        finish: Some(finish_settings),
        ..Hooks::NONE
    },
    ..BASE
};

const DOCKER_KEYS: &[Key] = &[
    k("SETTING_EMAIL_HOST", Host),
    k("SETTING_EMAIL_PORT", Port),
    k("SETTING_EMAIL_HOST_USER", Username),
    k("SECRETS_email_password|ZULIP__EMAIL_PASSWORD", Password),
    k(
        "zulip__email_password.environment|zulip__email_password.file",
        CredentialsFile,
    ),
    k("SETTING_EMAIL_USE_TLS", StartTls),
    k("SETTING_EMAIL_USE_SSL", ImplicitTls),
    k("SETTING_NOREPLY_EMAIL_ADDRESS", From),
    k("SETTING_EMAIL_BACKEND", Transport),
];

const DOCKER_MARKERS: &[Marker] = &[
    mark("SETTING_EMAIL_HOST"),
    mark("SETTING_EMAIL_HOST_USER"),
    mark("SETTING_EXTERNAL_HOST"),
    mark("SETTING_ZULIP_ADMINISTRATOR"),
    mark("SECRETS_email_password"),
    mark("ZULIP__EMAIL_PASSWORD"),
    mark_value("image", "zulip"),
];

const DOCKER_OTHER_KEYS: Words = words![
    "SETTING_EXTERNAL_HOST",
    "SETTING_ZULIP_ADMINISTRATOR",
    "SETTING_ADD_TOKENS_TO_NOREPLY_ADDRESS",
    "SETTING_TOKENIZED_NOREPLY_EMAIL_ADDRESS",
    "SETTING_EMAIL_TIMEOUT",
    "SETTING_EMAIL_GATEWAY_PATTERN",
    "SETTING_SEND_LOGIN_EMAILS",
    "SETTING_MEMCACHED_LOCATION",
    "SETTING_RABBITMQ_HOST",
    "SETTING_REDIS_HOST",
    "SETTING_REMOTE_POSTGRES_HOST",
    "SETTING_PUSH_NOTIFICATION_BOUNCER_URL",
    "SECRETS_secret_key",
    "SECRETS_postgres_password",
    "SECRETS_rabbitmq_password",
    "SECRETS_memcached_password",
    "SECRETS_redis_password",
    "ZULIP_AUTH_BACKENDS",
];

const DOCKER_LEFTOVERS: Pairs = pairs![
    ("SETTING_EMAIL_HOST_PASSWORD", "SECRETS_email_password"),
    ("SETTING_EMAIL_PASSWORD", "SECRETS_email_password"),
    ("SECRETS_EMAIL_PASSWORD", "SECRETS_email_password"),
    ("SECRETS_email_host_password", "SECRETS_email_password"),
    ("SETTING_EMAIL_HOST_PORT", "SETTING_EMAIL_PORT"),
    ("SETTING_EMAIL_USER", "SETTING_EMAIL_HOST_USER"),
    (
        "SETTING_DEFAULT_FROM_EMAIL",
        "SETTING_NOREPLY_EMAIL_ADDRESS"
    ),
    ("SETTING_EMAIL_FROM", "SETTING_NOREPLY_EMAIL_ADDRESS"),
    ("SETTING_FROM_EMAIL", "SETTING_NOREPLY_EMAIL_ADDRESS"),
    ("SETTING_SERVER_EMAIL", "SETTING_NOREPLY_EMAIL_ADDRESS"),
    ("EMAIL_HOST", "SETTING_EMAIL_HOST"),
    ("EMAIL_HOST_USER", "SETTING_EMAIL_HOST_USER"),
    ("EMAIL_PORT", "SETTING_EMAIL_PORT"),
    ("EMAIL_USE_TLS", "SETTING_EMAIL_USE_TLS"),
    ("NOREPLY_EMAIL_ADDRESS", "SETTING_NOREPLY_EMAIL_ADDRESS"),
];

const DOCKER_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SETTING_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SETTING_EMAIL_HOST", SetVal::Given)]),
    fix(
        W::StartTls,
        &[
            set_near(
                StartTls,
                "SETTING_EMAIL_USE_TLS",
                SetVal::Word("True"),
                ImplicitTls,
            ),
            set_if(ImplicitTls, "SETTING_EMAIL_USE_SSL", SetVal::Word("False")),
        ],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Django's SMTP backend (leave SETTING_EMAIL_BACKEND unset), which verifies the certificate",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both SETTING_EMAIL_HOST_USER and SECRETS_email_password (or the zulip__email_password secret)",
    ),
    fix_text(W::TlsModern, &[], "a current Zulip image"),
    fix(
        W::Username,
        &[set(Username, "SETTING_EMAIL_HOST_USER", SetVal::Given)],
    ),
    fix_text(
        W::Password,
        &[],
        "SECRETS_email_password: \"{value}\" (or the zulip__email_password Compose secret)",
    ),
    fix(
        W::From,
        &[set(From, "SETTING_NOREPLY_EMAIL_ADDRESS", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Zulip has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ZULIP_DOCKER: Profile = Profile {
    id: "zulip-docker",
    name: "Zulip Docker SETTING_EMAIL_* / SECRETS_email_password",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://zulip.readthedocs.io/projects/docker/en/latest/how-to/compose-settings.html https://github.com/zulip/docker-zulip/blob/main/entrypoint.sh https://zulip.readthedocs.io/en/latest/production/email.html",
    syntaxes: syn::ENV_LIKE,
    keys: DOCKER_KEYS,
    markers: DOCKER_MARKERS,
    needs_marker: true,
    family: &["SETTING_EMAIL_", "SECRETS_email"],
    other_keys: DOCKER_OTHER_KEYS,
    leftovers: DOCKER_LEFTOVERS,
    case_sensitive: true,
    // `true`/`false`/`none` become Python booleans, digits integers, any
    // other word a non-empty (true) string.
    truth: Truth::Except(words![
        "false", "False", "FALSE", "none", "None", "NONE", "0"
    ]),
    tls: TlsModel {
        absent: "no SETTING_EMAIL_USE_TLS: \"True\"",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    switch: Some(Switch {
        name: "SETTING_EMAIL_HOST / SETTING_EMAIL_BACKEND",
        ..SWITCH
    }),
    fixes: DOCKER_FIXES,
    sender_hint: "SETTING_NOREPLY_EMAIL_ADDRESS (default noreply@SETTING_EXTERNAL_HOST, with a token); SETTING_ZULIP_ADMINISTRATOR sends the other automated mails",
    hooks: Hooks {
        finish: Some(finish_docker),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const SETTINGS: &str = "ZULIP_ADMINISTRATOR = 'admin@acme.io'\nEXTERNAL_HOST = 'chat.acme.io'\n\nEMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_HOST_USER = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nEMAIL_USE_TLS = True\nEMAIL_PORT = 587\nNOREPLY_EMAIL_ADDRESS = 'noreply@acme.io'\n";

    const DOCKER: &str = "services:\n  zulip:\n    image: \"zulip/docker-zulip:9.4-0\"\n    environment:\n      SECRETS_email_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      SETTING_EXTERNAL_HOST: \"chat.acme.io\"\n      SETTING_ZULIP_ADMINISTRATOR: \"admin@acme.io\"\n      SETTING_EMAIL_HOST: \"smtp.postmarkapp.com\"\n      SETTING_EMAIL_HOST_USER: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      SETTING_EMAIL_PORT: \"587\"\n      SETTING_EMAIL_USE_SSL: \"False\"\n      SETTING_EMAIL_USE_TLS: \"True\"\n      SETTING_NOREPLY_EMAIL_ADDRESS: \"noreply@acme.io\"\n";

    #[test]
    fn settings_py_password_is_in_the_secrets_file() {
        let (client, s, ids) = first(SETTINGS);
        assert_eq!(client, "zulip-settings");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        // With the secrets line pasted below, it is the password.
        let (_, s, ids) = first(&format!(
            "{SETTINGS}\n# /etc/zulip/zulip-secrets.conf\n[secrets]\nemail_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n"
        ));
        assert_eq!(s["password_present"], true, "{ids:?}");
        assert!(!has(&ids, "auth/external-credentials"), "{ids:?}");
    }

    #[test]
    fn settings_py_keeps_djangos_defaults_and_ignores_its_password() {
        let (_, s, ids) = first(
            &SETTINGS
                .replace("EMAIL_USE_TLS = True\n", "")
                .replace("EMAIL_PORT = 587\n", "EMAIL_HOST_PASSWORD = 'x'\n"),
        );
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(
            has(&ids, "port/25-blocked") || has(&ids, "port/missing"),
            "{ids:?}"
        );
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn no_host_means_no_mail() {
        let (_, _, ids) = first(&SETTINGS.replace("'smtp.postmarkapp.com'", "None"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(SETTINGS);
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn docker_environment_is_read() {
        let (client, s, ids) = first(DOCKER);
        assert_eq!(client, "zulip-docker");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["password_present"], true);
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // The stock compose file leaves the host empty: no mail at all.
        let (_, _, ids) = first(&DOCKER.replace("\"smtp.postmarkapp.com\"", "\"\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn docker_compose_secret_is_the_password_source() {
        let compose = DOCKER
            .replace(
                "      SECRETS_email_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n",
                "",
            )
            .replace(
                "    environment:\n",
                "    secrets:\n      - zulip__email_password\n    environment:\n",
            )
            + "secrets:\n  zulip__email_password:\n    environment: \"ZULIP__EMAIL_PASSWORD\"\n";
        let (client, _, ids) = first(&compose);
        assert_eq!(client, "zulip-docker");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        // Without the secret the password is missing.
        let (_, _, ids) = first(&DOCKER.replace(
            "      SECRETS_email_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n",
            "",
        ));
        assert!(has(&ids, "auth/missing-password"), "{ids:?}");
    }

    #[test]
    fn docker_words_are_python_values() {
        // `"yes"` stays the string 'yes': true in Python.
        let (_, s, _) = first(&DOCKER.replace(
            "SETTING_EMAIL_USE_SSL: \"False\"",
            "SETTING_EMAIL_USE_SSL: \"no\"",
        ));
        assert_ne!(s["security"], "starttls");
        let (_, s, ids) = first(&DOCKER.replace(
            "SETTING_EMAIL_USE_TLS: \"True\"",
            "SETTING_EMAIL_USE_TLS: \"false\"",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn a_mailer_scripts_lowercase_email_password_is_not_zulip() {
        // A Python script's settings module (zabbix-email-extra): its
        // `email_password` sits among other `email_*` names Zulip never reads.
        let script = "email_from = 'zabbix@acme.io'\nemail_username = 'zabbix@acme.io'\nemail_password = 'hunter2hunter2'\nemail_smtp = 'smtp.postmarkapp.com'\n";
        let (client, _, _) = first(script);
        assert_ne!(client, "zulip-settings");
        // The secrets file pasted alone, headerless, or under settings.py.
        let (client, _, _) = first("email_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nrabbitmq_password = 0a1b2c3d4e5f\n");
        assert_eq!(client, "zulip-settings");
        let (client, s, _) = first(&format!(
            "{}\nemail_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
            SETTINGS
                .replace(
                    "ZULIP_ADMINISTRATOR = 'admin@acme.io'\nEXTERNAL_HOST = 'chat.acme.io'\n",
                    ""
                )
                .replace("NOREPLY_EMAIL_ADDRESS = 'noreply@acme.io'\n", "")
        ));
        assert_eq!(client, "zulip-settings");
        assert_eq!(s["password_present"], true);
    }

    #[test]
    fn plain_django_is_not_zulip() {
        let (client, _, _) = first(
            "EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_HOST_USER = 'u'\nEMAIL_HOST_PASSWORD = 'u'\nEMAIL_USE_TLS = True\nDEFAULT_FROM_EMAIL = 'a@acme.io'\n",
        );
        assert_eq!(client, "django-settings");
    }
}
