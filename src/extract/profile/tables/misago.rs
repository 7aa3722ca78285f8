//! Misago (forum) in misago_docker: the `MISAGO_EMAIL_*` variables of its
//! `misago.env` (written by the setup wizard's e-mail step), read by the
//! image's `misagodocker/settings.py` into Django's SMTP backend.
//!
//! Meaning (misago_docker `wizard/email.py`, `misago/misagodocker/settings.py`,
//! `misago/misagodocker/utils.py`):
//!
//! * `MISAGO_EMAIL_PROVIDER` picks the backend: `smtp` reads the settings
//!   below; `gmail` sends through `smtp.gmail.com:587` with
//!   `MISAGO_GMAIL_USER`/`MISAGO_GMAIL_PASSWORD`; `mailjet`, `sendinblue`
//!   (and the wizard's `mailgun`) are HTTP APIs; `console` or anything
//!   else (unset included) logs mails and sends none.
//! * With `smtp`, `MISAGO_EMAIL_HOST`, `MISAGO_EMAIL_PORT`,
//!   `MISAGO_EMAIL_USER`, `MISAGO_EMAIL_PASSWORD`, `MISAGO_EMAIL_USE_SSL`
//!   and `MISAGO_EMAIL_USE_TLS` are all required (`os.environ[...]`).
//! * Booleans are `strtobool`: `y`, `yes`, `true`, `1` (any case) are
//!   true, anything else false. The wizard writes `yes`/`no`.
//!   `USE_TLS` is Django's STARTTLS (required), `USE_SSL` TLS from the
//!   first byte; both on make Django refuse to send.
//! * `MISAGO_DEFAULT_FROM_EMAIL` is the From (`Name <address>` allowed;
//!   default empty, Django then uses `webmaster@localhost`).
//!
//! The `MISAGO_` names are Misago's own.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, weighs, words, Fix, Key, Marker, Profile, SetVal, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MISAGO_EMAIL_HOST", Host),
    k("MISAGO_EMAIL_PORT", Port),
    k("MISAGO_EMAIL_USER", Username),
    k("MISAGO_EMAIL_PASSWORD", Password),
    k("MISAGO_EMAIL_USE_TLS", StartTls),
    k("MISAGO_EMAIL_USE_SSL", ImplicitTls),
    k("MISAGO_DEFAULT_FROM_EMAIL", From),
    k("MISAGO_EMAIL_PROVIDER", Transport),
];

const MARKERS: &[Marker] = &[
    weighs(mark("MISAGO_EMAIL_PROVIDER"), 3),
    weighs(mark("MISAGO_EMAIL_HOST"), 3),
    weighs(mark("MISAGO_DEFAULT_FROM_EMAIL"), 3),
    mark("MISAGO_SECRET_KEY"),
];

const OTHER_KEYS: Words = words![
    "MISAGO_SECRET_KEY",
    "MISAGO_DEBUG",
    "MISAGO_LANGUAGE_CODE",
    "MISAGO_TIME_ZONE",
    "MISAGO_GMAIL_USER",
    "MISAGO_GMAIL_PASSWORD",
    "MISAGO_MAILJET_API_KEY_PUBLIC",
    "MISAGO_MAILJET_API_KEY_PRIVATE",
    "MISAGO_SENDINBLUE_API_KEY",
    "MISAGO_MAILGUN_API_KEY",
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MISAGO_EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MISAGO_EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "MISAGO_EMAIL_USE_TLS", SetVal::Word("yes")),
            set(ImplicitTls, "MISAGO_EMAIL_USE_SSL", SetVal::Word("no")),
        ],
        "MISAGO_EMAIL_PORT=587 with MISAGO_EMAIL_USE_TLS=yes and MISAGO_EMAIL_USE_SSL=no",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Misago's settings as they are (Django's SMTP backend verifies the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "MISAGO_EMAIL_USER and MISAGO_EMAIL_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current misago_docker image"),
    fix(
        W::Username,
        &[set(Username, "MISAGO_EMAIL_USER", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "MISAGO_EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(
        W::From,
        &[set(From, "MISAGO_DEFAULT_FROM_EMAIL", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Misago has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MISAGO: Profile = Profile {
    id: "misago-docker-env",
    name: "Misago (misago_docker) MISAGO_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/rafalp/misago_docker/blob/master/misago/misagodocker/settings.py https://github.com/rafalp/misago_docker/blob/master/wizard/email.py https://github.com/rafalp/misago_docker/blob/master/misago/misagodocker/utils.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MISAGO_EMAIL_"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Only(words!["y", "yes", "true", "1"]),
    tls: TlsModel {
        absent: "MISAGO_EMAIL_USE_TLS is not yes",
        ..TlsModel::SWITCHES_PLAIN
    },
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["console"],
        local: words![],
        missing: Some("Django's console backend (MISAGO_EMAIL_PROVIDER is not set), so no mail leaves"),
        off: None,
        name: "MISAGO_EMAIL_PROVIDER",
    }),
    fixes: FIXES,
    sender_hint: "MISAGO_DEFAULT_FROM_EMAIL",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "MISAGO_SECRET_KEY=Kq2Vw8Zr4Tn6Yb0Xm3Lp7Hs1Jd9Fc5Ga\nMISAGO_EMAIL_PROVIDER=smtp\nMISAGO_EMAIL_HOST=smtp.postmarkapp.com\nMISAGO_EMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMISAGO_EMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMISAGO_EMAIL_USE_SSL=no\nMISAGO_EMAIL_USE_TLS=yes\nMISAGO_EMAIL_PORT=587\nMISAGO_DEFAULT_FROM_EMAIL=Forum <hello@acme-widgets.io>\n";

    #[test]
    fn wizard_words_are_read() {
        clean_starttls(ENV, "misago-docker-env");
        let (_, s, ids) = first(&ENV.replace("USE_TLS=yes", "USE_TLS=no"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(
            &ENV.replace("USE_TLS=yes", "USE_TLS=no")
                .replace("USE_SSL=no", "USE_SSL=yes"),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `on` is not one of strtobool's words: off.
        let (_, s, _) = first(&ENV.replace("USE_TLS=yes", "USE_TLS=on"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_provider_switch() {
        let (_, _, ids) = first(&ENV.replace("MISAGO_EMAIL_PROVIDER=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("PROVIDER=smtp", "PROVIDER=console"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
