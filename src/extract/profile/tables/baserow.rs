//! Baserow (self-hosted): the `EMAIL_SMTP*` environment variables, read by
//! Baserow's Django settings and handed to Django's SMTP backend.
//!
//! Meaning (baserow.io/docs "Configuring Baserow", section Email, and the
//! code, `backend/src/baserow/config/settings/base.py`):
//!
//! * `EMAIL_SMTP` is the mail switch, read with Python truthiness of the
//!   string: any non-empty value (`false` included) selects SMTP; unset
//!   or empty, mails go to Django's console backend (the logs) and none
//!   leaves.
//! * `EMAIL_SMTP_USE_TLS` (also the old misspelling `EMAIL_SMPT_USE_TLS`)
//!   and `EMAIL_SMTP_USE_SSL` are `bool(os.getenv(...))`: any non-empty
//!   value is true, `false` and `0` included. TLS is Django's STARTTLS
//!   (required), SSL is TLS from the first byte; both set stop Baserow at
//!   start-up (`ImproperlyConfigured`). Neither: clear text.
//! * `EMAIL_SMTP_HOST` defaults to `localhost`, `EMAIL_SMTP_PORT` to 25.
//! * `FROM_EMAIL` is the From (default `no-reply@localhost`).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs,
    Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_SMTP_HOST", Host),
    k("EMAIL_SMTP_PORT", Port),
    k("EMAIL_SMTP_USER", Username),
    k("EMAIL_SMTP_PASSWORD", Password),
    k("FROM_EMAIL", From),
    k("EMAIL_SMTP_USE_TLS|EMAIL_SMPT_USE_TLS", StartTls),
    k("EMAIL_SMTP_USE_SSL", ImplicitTls),
    k("EMAIL_SMTP", Enabled),
];

/// `EMAIL_SMTP_HOST`… are other programs' names too.
const MARKERS: &[Marker] = &[
    mark("EMAIL_SMTP"),
    mark("EMAIL_SMPT_USE_TLS"),
    mark("BASEROW_PUBLIC_URL"),
    mark("BASEROW_EMAIL_NOTIFICATIONS_ENABLED"),
    mark_value("image", "baserow"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_SMTP_SSL_CERTFILE_PATH",
    "EMAIL_SMTP_SSL_KEYFILE_PATH",
    "BASEROW_PUBLIC_URL",
    "BASEROW_EMAIL_NOTIFICATIONS_ENABLED",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_SMTP_USERNAME", "EMAIL_SMTP_USER"),
    ("EMAIL_SMTP_PASS", "EMAIL_SMTP_PASSWORD"),
    ("EMAIL_SMTP_FROM", "FROM_EMAIL"),
    ("EMAIL_FROM", "FROM_EMAIL"),
    ("EMAIL_SMTP_STARTTLS", "EMAIL_SMTP_USE_TLS"),
];

/// Django's two switches, neither on by default.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "neither EMAIL_SMTP_USE_TLS nor EMAIL_SMTP_USE_SSL is set",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "EMAIL_SMTP_USE_TLS", SetVal::Lit("true")),
            set(ImplicitTls, "EMAIL_SMTP_USE_SSL", SetVal::Remove),
        ],
        "EMAIL_SMTP_USE_TLS=true and no EMAIL_SMTP_USE_SSL line at all (Baserow reads any value, `false` too, as on)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "EMAIL_SMTP_USER and EMAIL_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Baserow release"),
    fix_text(W::Username, &[], "EMAIL_SMTP_USER={value}"),
    fix_text(W::Password, &[], "EMAIL_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Baserow has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static BASEROW: Profile = Profile {
    id: "baserow-env",
    name: "Baserow EMAIL_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://baserow.io/docs/installation/configuration https://github.com/baserow/baserow/blob/develop/backend/src/baserow/config/settings/base.py",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `bool(os.getenv(...))`: every non-empty string is true.
    truth: Truth::Except(words![]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("Django's console backend (EMAIL_SMTP is not set), so no mail leaves"),
        off: None,
        name: "EMAIL_SMTP",
    }),
    fixes: FIXES,
    sender_hint: "FROM_EMAIL (default no-reply@localhost)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "EMAIL_SMTP=true\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USE_TLS=true\nEMAIL_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nFROM_EMAIL=baserow@acme.io\n";

    #[test]
    fn tls_is_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "baserow-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "baserow@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn any_value_is_true() {
        // `EMAIL_SMTP_USE_SSL=false` is `bool("false")`: on, next to TLS.
        let (_, _, ids) = first(&format!("{ENV}EMAIL_SMTP_USE_SSL=false\n"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("USE_TLS=true", "USE_TLS=false"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("EMAIL_SMTP_USE_TLS=true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_mail_switch() {
        let (_, _, ids) = first(&ENV.replace(
            "EMAIL_SMTP=true\n",
            "BASEROW_PUBLIC_URL=https://db.acme.io\n",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_SMTP=true", "EMAIL_SMTP=false"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("EMAIL_SMTP=true", "EMAIL_SMTP="));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        let (client, _, _) = first(
            "EMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USERNAME=u\nEMAIL_SMTP_PASSWORD=u\nEMAIL_SMTP_USE_TLS=true\n",
        );
        assert_ne!(client, "baserow-env");
    }
}
