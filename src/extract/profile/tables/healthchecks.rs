//! Healthchecks (self-hosted): the `EMAIL_*` environment variables that
//! `hc/settings.py` reads into Django's SMTP backend (see
//! [`super::django`]), in the Docker `.env` or a compose file.
//!
//! Meaning (docs "Server configuration", `docker/.env.example`; the code:
//! `hc/settings.py`, `envbool`/`envint`/`envsecret`):
//!
//! * The names are Django's, the defaults are not: `EMAIL_PORT` defaults
//!   to 587 and `EMAIL_USE_TLS` to `True` (STARTTLS), `EMAIL_USE_SSL` to
//!   `False` (TLS from the first byte when `True`); both `True` make
//!   Django refuse to send (`ValueError`).
//! * Booleans (`envbool`): exactly `True` or `False`; an empty value is
//!   false (so `EMAIL_USE_TLS=` sends in clear); any other word (`true`,
//!   `1`, `yes`) stops Healthchecks at startup (`ImproperlyConfigured`):
//!   its TLS meaning is then left unknown here.
//! * With `EMAIL_HOST` unset or empty Healthchecks sends no email at all
//!   (docs: "will not be able to send any email"; since 2026 the SMTP
//!   mailer is only built when it is set).
//! * `EMAIL_HOST_PASSWORD_FILE` (a path) takes precedence over
//!   `EMAIL_HOST_PASSWORD`.
//! * The From is `DEFAULT_FROM_EMAIL` (default `healthchecks@example.org`).
//!   `EMAIL_USE_VERIFICATION` is not about TLS: it asks users to verify a
//!   new email integration.

use super::django;
use super::gotosocial::empty_host_is_off;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, weighs, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

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

/// Names only Healthchecks reads. Its `EMAIL_*` names are Django's, whose
/// environment table has up to five markers among them: each name of
/// Healthchecks' own weighs five ([`weighs`]), so one of
/// them outweighs those; a plain Django paste has none.
const MARKERS: &[Marker] = &[
    weighs(mark("EMAIL_USE_VERIFICATION"), 5),
    weighs(mark("PING_EMAIL_DOMAIN"), 5),
    weighs(mark("EMAIL_MAIL_FROM_TMPL"), 5),
    weighs(mark("EMAIL_HOST_PASSWORD_FILE"), 5),
    weighs(mark_value("image", "healthchecks"), 5),
    mark("SITE_ROOT"),
    mark("SITE_NAME"),
    mark("REGISTRATION_OPEN"),
    mark("SMTPD_PORT"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_USE_VERIFICATION",
    "EMAIL_MAIL_FROM_TMPL",
    "PING_EMAIL_DOMAIN",
    "SUPPORT_EMAIL",
    "SITE_ROOT",
    "SITE_NAME",
    "SITE_LOGO_URL",
    "REGISTRATION_OPEN",
    "SMTPD_PORT",
    "ADMINS",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
];

/// Names people write for Django's `EMAIL_*` settings in an app's
/// environment (Tandoor's too).
pub(super) const LEFTOVERS: Pairs = pairs![
    ("EMAIL_HOST_PASS", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
    ("EMAIL_USER", "EMAIL_HOST_USER"),
    ("EMAIL_USERNAME", "EMAIL_HOST_USER"),
    ("EMAIL_SERVER", "EMAIL_HOST"),
    ("EMAIL_USE_STARTTLS", "EMAIL_USE_TLS"),
    ("EMAIL_FROM", "DEFAULT_FROM_EMAIL"),
    ("FROM_EMAIL", "DEFAULT_FROM_EMAIL"),
];

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_PORT=587 with EMAIL_USE_TLS=True and EMAIL_USE_SSL=False (exactly `True`/`False`: Healthchecks refuses other words)",
    ),
    fix_text(W::VerifyOn, &[], "Healthchecks' SMTP settings as they are (Django's SMTP backend verifies the certificate)"),
    django::AUTH_ON_FIX,
    fix_text(W::TlsModern, &[], "a current Healthchecks image"),
    django::USERNAME_FIX,
    django::PASSWORD_FIX,
    django::FROM_FIX,
    fix_text(W::Stream, &[], "Healthchecks has no stream setting: use a Server whose default stream is `{value}`"),
];

/// `envbool`: `True` → on, `False` or empty → off; `None` for a reference
/// or a word Healthchecks refuses.
fn envbool(f: &Field) -> Option<bool> {
    match f.value.literal()?.trim() {
        "True" => Some(true),
        "False" | "" => Some(false),
        _ => None,
    }
}

/// `EMAIL_USE_TLS` defaults to `True`, `EMAIL_USE_SSL` to `False`.
fn tls(cfg: &Config) -> Tls {
    django_switches(
        cfg,
        envbool,
        true,
        "EMAIL_USE_TLS not set: Healthchecks defaults it to True (STARTTLS)",
    )
}

/// Django's two switches as an app reads them from its environment:
/// `parse` is the app's boolean (`None`: a reference, or a word the app
/// refuses: the meaning is then unknown), `tls_default` what a missing
/// `EMAIL_USE_TLS` means (`EMAIL_USE_SSL` defaults to off). Shared by the
/// apps that read Django's names with their own booleans and defaults.
pub(super) fn django_switches(
    cfg: &Config,
    parse: fn(&Field) -> Option<bool>,
    tls_default: bool,
    default_note: &str,
) -> Tls {
    let mut out = Tls::default();
    let ssl = cfg.get(ImplicitTls);
    let starttls = cfg.get(StartTls);
    let ssl_on = match ssl {
        Some(f) => match parse(f) {
            Some(b) => b,
            None => return out,
        },
        None => false,
    };
    let tls_on = match starttls {
        Some(f) => match parse(f) {
            Some(b) => b,
            None => return out,
        },
        None => tls_default,
    };
    let ev = |f: Option<&Field>, what: &str| match f {
        Some(f) => Evidence::of(f),
        None => Evidence::absent(what.to_string()),
    };
    match (ssl_on, tls_on) {
        (true, true) => {
            out.implicit = Some(ev(ssl, ""));
            out.starttls = Some(ev(starttls, default_note));
            out.conflicting = true;
        }
        (true, false) => {
            out.choose(Security::Implicit, ev(ssl, ""));
        }
        (false, true) => {
            out.choose(Security::StartTls, ev(starttls, default_note));
        }
        (false, false) => {
            out.choose(Security::None, ev(starttls.or(ssl), default_note));
        }
    }
    out
}

pub static HEALTHCHECKS: Profile = Profile {
    id: "healthchecks-env",
    name: "Healthchecks EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://healthchecks.io/docs/self_hosted_configuration/#EMAIL_HOST https://github.com/healthchecks/healthchecks/blob/master/hc/settings.py https://github.com/healthchecks/healthchecks/blob/master/docker/.env.example",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["True"]),
    tls: TlsModel {
        absent: "EMAIL_USE_TLS=False",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(587),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL_HOST",
    }),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL (Healthchecks falls back to healthchecks@example.org)",
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

    const ENV: &str = "DEFAULT_FROM_EMAIL=checks@acme.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_PORT=587\nEMAIL_USE_TLS=True\nEMAIL_USE_VERIFICATION=True\n";

    #[test]
    fn env_is_read_with_its_defaults() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "healthchecks-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "checks@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // Neither the port nor TLS written: 587 with STARTTLS.
        let (_, s, ids) = first(
            &ENV.replace("EMAIL_PORT=587\n", "")
                .replace("EMAIL_USE_TLS=True\n", ""),
        );
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        assert!(!has(&ids, "port/25-blocked"), "{ids:?}");
    }

    #[test]
    fn only_true_and_false() {
        // An empty value is False: clear text.
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS="));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `true` stops Healthchecks at startup: the meaning is not guessed.
        let (_, s, _) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=true"));
        assert!(s["security"].is_null(), "{s}");
        let (_, s, ids) = first(&format!("{ENV}EMAIL_USE_SSL=True\n"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?} {s}");
        let (_, s, _) = first(
            &format!("{ENV}EMAIL_USE_SSL=True\n")
                .replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=False"),
        );
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn empty_host_sends_nothing() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_HOST=smtp.postmarkapp.com", "EMAIL_HOST="));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn plain_django_env_is_not_healthchecks() {
        let (client, _, _) = first(
            "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=u\nEMAIL_HOST_PASSWORD=u\nEMAIL_USE_TLS=True\nDEFAULT_FROM_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "healthchecks-env");
    }
}
