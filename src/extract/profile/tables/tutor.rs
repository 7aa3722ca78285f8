//! Open edX deployed with Tutor: the `SMTP_*` settings of Tutor's
//! `config.yml`, rendered into the LMS/CMS Django settings (`EMAIL_HOST`
//! …; Django's SMTP backend sends, see [`super::django`]).
//!
//! Meaning (Tutor docs "Configuration → SMTP"; the code:
//! `tutor/templates/config/defaults.yml`,
//! `tutor/templates/apps/openedx/settings/partials/common_all.py`,
//! `tutor/templates/apps/openedx/config/lms.env.yml`):
//!
//! * `SMTP_HOST` defaults to `smtp`, Tutor's own relay container (an
//!   exim relay that delivers straight to the recipients' servers), on
//!   `SMTP_PORT` 8025. To send through a provider, set its host and port
//!   (and usually `RUN_SMTP: false` to drop the relay container).
//! * `SMTP_USE_TLS` = Django's `EMAIL_USE_TLS` (STARTTLS), `SMTP_USE_SSL`
//!   = `EMAIL_USE_SSL` (TLS from the first byte); both `false` by
//!   default; both on make Django refuse to send. They are YAML booleans
//!   rendered as Python `True`/`False`.
//! * `SMTP_USERNAME`/`SMTP_PASSWORD` (default empty): Django logs in only
//!   when both are set.
//! * The From of platform mail is `CONTACT_EMAIL` (`DEFAULT_FROM_EMAIL`
//!   is rendered from it; default `contact@<LMS_HOST>`).
//! * A native (non-Tutor) `lms.yml` uses Django's own names
//!   (`EMAIL_HOST`…), read by the Django table.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Key, Marker, Pairs, Profile,
    SetVal, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_USE_TLS", StartTls),
    k("SMTP_USE_SSL", ImplicitTls),
    k("CONTACT_EMAIL", From),
];

/// Names of Tutor's `config.yml` (`SMTP_HOST`… are everyone's).
const MARKERS: &[Marker] = &[
    mark("LMS_HOST"),
    mark_value("LMS_HOST", ""),
    mark("CMS_HOST"),
    mark_value("CMS_HOST", ""),
    mark("RUN_SMTP"),
    mark_value("RUN_SMTP", ""),
    mark("OPENEDX_SECRET_KEY"),
    mark("PLATFORM_NAME"),
    mark("RUN_LMS"),
    mark("DOCKER_IMAGE_OPENEDX"),
];

const OTHER_KEYS: Words = words![
    "RUN_SMTP",
    "LMS_HOST",
    "CMS_HOST",
    "PLATFORM_NAME",
    "ENABLE_HTTPS",
    "OPENEDX_SECRET_KEY",
    "DOCKER_IMAGE_SMTP",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_SERVER", "SMTP_HOST"),
    ("SMTP_TLS", "SMTP_USE_TLS"),
    ("SMTP_SSL", "SMTP_USE_SSL"),
    ("SMTP_STARTTLS", "SMTP_USE_TLS"),
    ("SMTP_FROM", "CONTACT_EMAIL"),
    ("DEFAULT_FROM_EMAIL", "CONTACT_EMAIL"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_PORT: 587 with SMTP_USE_TLS: true and SMTP_USE_SSL: false (then `tutor config save`)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Django's SMTP backend as Tutor sets it up, which verifies the certificate",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "both SMTP_USERNAME and SMTP_PASSWORD (Django logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Tutor release"),
    fix(
        W::Username,
        &[set(Username, "SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "CONTACT_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Open edX has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TUTOR: Profile = Profile {
    id: "tutor-config",
    name: "Open edX Tutor config.yml SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.tutor.edly.io/configuration.html#smtp https://github.com/overhangio/tutor/blob/release/tutor/templates/config/defaults.yml https://github.com/overhangio/tutor/blob/release/tutor/templates/apps/openedx/settings/partials/common_all.py",
    syntaxes: syn::YAML | syn::ENV,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        absent: "no SMTP_USE_TLS: true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(8025),
    host: Some("smtp"),
    fixes: FIXES,
    sender_hint: "CONTACT_EMAIL in Tutor's config.yml (default contact@<LMS_HOST>)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YAML: &str = "CMS_HOST: studio.learn.acme.io\nCONTACT_EMAIL: learn@acme.io\nLMS_HOST: learn.acme.io\nPLATFORM_NAME: Acme Academy\nRUN_SMTP: false\nSMTP_HOST: smtp.postmarkapp.com\nSMTP_PORT: 587\nSMTP_USERNAME: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_USE_TLS: true\n";

    #[test]
    fn config_yml_is_read() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "tutor-config");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "learn@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn switches_are_djangos() {
        let (_, s, ids) = first(&YAML.replace("SMTP_USE_TLS: true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{YAML}SMTP_USE_SSL: true\n"));
        assert!(has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn plain_smtp_env_is_not_tutor() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "tutor-config");
    }
}
