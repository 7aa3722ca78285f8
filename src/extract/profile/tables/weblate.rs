//! Weblate's Docker image: the `WEBLATE_EMAIL_*` environment, which
//! `weblate/settings_docker.py` turns into Django's `EMAIL_*` settings
//! (Django's SMTP backend then sends; see [`super::django`]).
//!
//! Meaning (docs "Docker environment variables" → "Email server setup";
//! the code: `weblate/settings_docker.py`, `weblate/utils/environment.py`):
//!
//! * `WEBLATE_EMAIL_HOST` (default `localhost`), `WEBLATE_EMAIL_HOST_USER`
//!   (or `WEBLATE_EMAIL_USER`), `WEBLATE_EMAIL_HOST_PASSWORD` (or
//!   `WEBLATE_EMAIL_PASSWORD`), `WEBLATE_EMAIL_PORT`.
//! * Booleans (`get_env_bool`): only `true`, `yes`, `1` (any case) are
//!   true; anything else is false.
//! * TLS: when `WEBLATE_EMAIL_USE_TLS` or `WEBLATE_EMAIL_USE_SSL` is set,
//!   `EMAIL_USE_SSL` is the SSL one (default false) and `EMAIL_USE_TLS` the
//!   TLS one (default: not SSL). When neither is set, the port decides:
//!   25 or 587 → `EMAIL_USE_TLS` (Django's STARTTLS, required), 465 →
//!   `EMAIL_USE_SSL` (TLS from the first byte), any other port → clear
//!   text. Both true make Django raise `ValueError`.
//! * The default port is 25, 587 when `WEBLATE_EMAIL_USE_TLS` is set, 465
//!   when only `WEBLATE_EMAIL_USE_SSL` is set.
//! * Older images (before the port detection) defaulted `EMAIL_USE_TLS` to
//!   true and the port to 25 whatever was set; the current code is
//!   followed here.
//! * `WEBLATE_EMAIL_BACKEND` picks Django's backend (SMTP by default).
//! * The From is `WEBLATE_DEFAULT_FROM_EMAIL`; `WEBLATE_SERVER_EMAIL` is
//!   the sender of error mails to the admins.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("WEBLATE_EMAIL_HOST", Host),
    k("WEBLATE_EMAIL_PORT", Port),
    k("WEBLATE_EMAIL_HOST_USER|WEBLATE_EMAIL_USER", Username),
    k(
        "WEBLATE_EMAIL_HOST_PASSWORD|WEBLATE_EMAIL_PASSWORD",
        Password,
    ),
    k("WEBLATE_EMAIL_USE_TLS", StartTls),
    k("WEBLATE_EMAIL_USE_SSL", ImplicitTls),
    k("WEBLATE_DEFAULT_FROM_EMAIL", From),
    k("WEBLATE_EMAIL_BACKEND", Transport),
];

const MARKERS: &[Marker] = &[
    mark("WEBLATE_EMAIL_HOST"),
    mark("WEBLATE_EMAIL_HOST_USER"),
    mark("WEBLATE_EMAIL_HOST_PASSWORD"),
    mark("WEBLATE_EMAIL_USE_TLS"),
    mark("WEBLATE_EMAIL_USE_SSL"),
    mark("WEBLATE_DEFAULT_FROM_EMAIL"),
    mark_value("image", "weblate"),
];

const OTHER_KEYS: Words = words![
    "WEBLATE_SERVER_EMAIL",
    "WEBLATE_ADMIN_EMAIL",
    "WEBLATE_ADMIN_NAME",
    "WEBLATE_ADMIN_PASSWORD",
    "WEBLATE_SITE_DOMAIN",
    "WEBLATE_SITE_TITLE",
    "WEBLATE_DEBUG",
    "WEBLATE_LOGLEVEL",
    "WEBLATE_REGISTRATION_OPEN",
    "WEBLATE_ENABLE_HTTPS",
    "WEBLATE_TIME_ZONE",
    "WEBLATE_ALLOWED_HOSTS",
];

const LEFTOVERS: Pairs = pairs![
    ("WEBLATE_EMAIL_USERNAME", "WEBLATE_EMAIL_HOST_USER"),
    ("WEBLATE_EMAIL_PASS", "WEBLATE_EMAIL_HOST_PASSWORD"),
    ("WEBLATE_EMAIL_SERVER", "WEBLATE_EMAIL_HOST"),
    ("WEBLATE_EMAIL_USE_STARTTLS", "WEBLATE_EMAIL_USE_TLS"),
    ("WEBLATE_EMAIL_TLS", "WEBLATE_EMAIL_USE_TLS"),
    ("WEBLATE_EMAIL_SSL", "WEBLATE_EMAIL_USE_SSL"),
    ("WEBLATE_EMAIL_FROM", "WEBLATE_DEFAULT_FROM_EMAIL"),
    ("WEBLATE_FROM_EMAIL", "WEBLATE_DEFAULT_FROM_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "WEBLATE_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "WEBLATE_EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "WEBLATE_EMAIL_PORT=587 with WEBLATE_EMAIL_USE_TLS=true and WEBLATE_EMAIL_USE_SSL unset (or false)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Django's SMTP backend (WEBLATE_EMAIL_BACKEND unset), which verifies the certificate",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both WEBLATE_EMAIL_HOST_USER and WEBLATE_EMAIL_HOST_PASSWORD (Django logs in only when both are non-empty)",
    ),
    fix_text(W::TlsModern, &[], "a current Weblate image"),
    fix_text(W::Username, &[], "WEBLATE_EMAIL_HOST_USER={value}"),
    fix_text(W::Password, &[], "WEBLATE_EMAIL_HOST_PASSWORD={value}"),
    fix_text(W::From, &[], "WEBLATE_DEFAULT_FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Weblate has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `get_env_bool`: `true`, `yes`, `1`; `None` for a reference.
fn env_true(f: &Field) -> Option<bool> {
    let t = f.value.literal()?.trim().to_ascii_lowercase();
    Some(matches!(t.as_str(), "true" | "yes" | "1"))
}

fn port_of(cfg: &Config) -> Option<u16> {
    cfg.get(Port)?.value.literal()?.trim().parse().ok()
}

/// The default port: 587 with `WEBLATE_EMAIL_USE_TLS`, 465 with only
/// `WEBLATE_EMAIL_USE_SSL`, else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    if cfg.get(StartTls).is_some() {
        Some(587)
    } else if cfg.get(ImplicitTls).is_some() {
        Some(465)
    } else {
        Some(25)
    }
}

/// `settings_docker.py`'s TLS detection (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let ssl = cfg.get(ImplicitTls);
    let starttls = cfg.get(StartTls);
    if [ssl, starttls]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference())
    {
        return tls;
    }
    if ssl.is_some() || starttls.is_some() {
        let ssl_on = ssl.and_then(env_true).unwrap_or(false);
        let tls_on = match starttls {
            Some(f) => env_true(f).unwrap_or(false),
            None => !ssl_on,
        };
        let ev = |f: Option<&Field>, what: &str| match f {
            Some(f) => Evidence::of(f),
            None => Evidence::absent(what.to_string()),
        };
        match (ssl_on, tls_on) {
            (true, true) => {
                tls.implicit = Some(ev(ssl, ""));
                tls.starttls = Some(ev(starttls, ""));
                tls.conflicting = true;
            }
            (true, false) => {
                tls.choose(Security::Implicit, ev(ssl, ""));
            }
            (false, true) => {
                tls.choose(
                    Security::StartTls,
                    ev(
                        starttls,
                        "WEBLATE_EMAIL_USE_TLS not set: on when WEBLATE_EMAIL_USE_SSL is off",
                    ),
                );
            }
            (false, false) => {
                tls.choose(Security::None, ev(starttls.or(ssl), ""));
            }
        }
        return tls;
    }
    if cfg.get(Port).is_some_and(|f| f.value.is_reference()) {
        return tls;
    }
    match port_of(cfg).unwrap_or(25) {
        25 | 587 => {
            tls.choose(Security::StartTls, Evidence::absent(
                "WEBLATE_EMAIL_USE_TLS/USE_SSL not set: Weblate turns EMAIL_USE_TLS on for port 25 or 587",
            ));
        }
        465 => {
            tls.choose(Security::Implicit, Evidence::absent(
                "WEBLATE_EMAIL_USE_TLS/USE_SSL not set: Weblate turns EMAIL_USE_SSL on for port 465",
            ));
        }
        _ => {
            tls.choose(Security::None, Evidence::absent(
                "WEBLATE_EMAIL_USE_TLS/USE_SSL not set and the port is not 25, 587 or 465: no encryption",
            ));
        }
    }
    tls
}

pub static WEBLATE: Profile = Profile {
    id: "weblate-env",
    name: "Weblate Docker WEBLATE_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.weblate.org/en/latest/admin/install/docker.html#email-server-setup https://github.com/WeblateOrg/weblate/blob/main/weblate/settings_docker.py https://github.com/WeblateOrg/weblate/blob/main/weblate/utils/environment.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["WEBLATE_EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true", "yes", "1"]),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["backends.smtp."],
        no_mail: words!["console", "filebased", "locmem", "dummy"],
        local: words![],
        missing: None,
        off: None,
        name: "WEBLATE_EMAIL_BACKEND",
    }),
    fixes: FIXES,
    sender_hint: "WEBLATE_DEFAULT_FROM_EMAIL",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "WEBLATE_EMAIL_HOST=smtp.postmarkapp.com\nWEBLATE_EMAIL_PORT=587\nWEBLATE_EMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nWEBLATE_EMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nWEBLATE_DEFAULT_FROM_EMAIL=weblate@acme.io\n";

    #[test]
    fn port_decides_without_switches() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "weblate-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "weblate@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        let (_, s, ids) = first(&ENV.replace("=587", "=2525"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn switches_and_their_words() {
        let (_, s, _) =
            first(&format!("{ENV}WEBLATE_EMAIL_USE_SSL=true\n").replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        // Only true/yes/1: `on` is false, and USE_TLS then defaults to on.
        let (_, s, _) = first(&format!("{ENV}WEBLATE_EMAIL_USE_SSL=on\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ENV}WEBLATE_EMAIL_USE_TLS=false\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{ENV}WEBLATE_EMAIL_USE_TLS=1\nWEBLATE_EMAIL_USE_SSL=1\n"
        ));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn console_backend_sends_nothing() {
        let (_, _, ids) = first(&format!(
            "{ENV}WEBLATE_EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend\n"
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn plain_django_is_not_weblate() {
        let (client, _, _) = first(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=u\nEMAIL_USE_TLS=True\n",
        );
        assert_ne!(client, "weblate-env");
    }
}
