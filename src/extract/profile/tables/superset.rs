//! Apache Superset: the `SMTP_*` settings of `superset_config.py` (a Python
//! module that overrides `superset/config.py`), used for alerts, reports
//! and email notifications.
//!
//! Meaning (superset.apache.org "Alerts and Reports", `superset/config.py`
//! and `send_mime_email` in `superset/utils/core.py`):
//!
//! * `SMTP_SSL` (default `False`) opens `smtplib.SMTP_SSL`: TLS from the
//!   first byte. `SMTP_STARTTLS` (default **`True`**) then calls
//!   `starttls()`, which fails when the server does not offer it (required
//!   STARTTLS); both on fails on an SMTPS session.
//! * `SMTP_SSL_SERVER_AUTH`: true builds `ssl.create_default_context()`
//!   (certificates verified); false passes no context, and smtplib then
//!   verifies nothing. Its default was `False` until Superset 6.0, which
//!   made it `True`: an unset value means verification only on 6.0+.
//! * Defaults: `SMTP_HOST = "localhost"`, `SMTP_PORT = 25`, `SMTP_USER`/
//!   `SMTP_PASSWORD = "superset"` (login happens only when both are
//!   non-empty), `SMTP_MAIL_FROM = "superset@superset.com"` (the From).
//! * Values are Python: `SMTP_STARTTLS = "False"` is a non-empty string,
//!   so true.
//!
//! `SMTP_HOST`, `SMTP_PORT`… alone are any Python program's names: the
//! table needs one of Superset's own settings beside them.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_STARTTLS", StartTls),
    k("SMTP_SSL", ImplicitTls),
    k("SMTP_SSL_SERVER_AUTH", VerifyPeer),
    k("SMTP_MAIL_FROM", From),
];

const MARKERS: &[Marker] = &[
    mark("SMTP_MAIL_FROM"),
    mark("SMTP_SSL_SERVER_AUTH"),
    mark("EMAIL_REPORTS_SUBJECT_PREFIX"),
    mark("EMAIL_NOTIFICATIONS"),
    mark("ALERT_REPORTS_NOTIFICATION_DRY_RUN"),
    mark("WEBDRIVER_BASEURL"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_NOTIFICATIONS",
    "EMAIL_REPORTS_SUBJECT_PREFIX",
    "EMAIL_REPORTS_CTA",
    "ENABLE_SCHEDULED_EMAIL_REPORTS",
    "ALERT_REPORTS_NOTIFICATION_DRY_RUN",
    "EMAIL_HEADER_MUTATOR",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USE_TLS", "SMTP_STARTTLS"),
    ("SMTP_TLS", "SMTP_STARTTLS"),
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_FROM", "SMTP_MAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP_PORT = {port}"),
    fix_text(W::Host, &[], "SMTP_HOST = \"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_STARTTLS = True and SMTP_SSL = False",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_SSL_SERVER_AUTH = True"),
    fix_text(
        W::AuthOn,
        &[],
        "SMTP_USER and SMTP_PASSWORD (both non-empty)",
    ),
    fix_text(W::TlsModern, &[], "a current Superset and Python release"),
    fix_text(W::Username, &[], "SMTP_USER = \"{value}\""),
    fix_text(W::Password, &[], "SMTP_PASSWORD = \"{value}\""),
    fix_text(W::From, &[], "SMTP_MAIL_FROM = \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Superset has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static SUPERSET: Profile = Profile {
    id: "superset",
    name: "Superset superset_config.py SMTP_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://superset.apache.org/docs/configuration/alerts-reports https://github.com/apache/superset/blob/master/superset/config.py https://github.com/apache/superset/blob/master/superset/utils/core.py",
    syntaxes: syn::PYTHON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel::SWITCHES_STARTTLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "SMTP_MAIL_FROM in superset_config.py (default superset@superset.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn starttls_by_default_and_python_truthiness() {
        let (client, s, ids) = first(
            "SMTP_HOST = \"smtp.postmarkapp.com\"\nSMTP_PORT = 587\nSMTP_USER = \"u\"\nSMTP_PASSWORD = \"u\"\nSMTP_MAIL_FROM = \"a@acme.io\"\n",
        );
        assert_eq!(client, "superset");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // A quoted "False" is a non-empty string: STARTTLS stays on.
        let (_, s, _) = first(
            "SMTP_HOST = \"smtp.postmarkapp.com\"\nSMTP_PORT = 587\nSMTP_STARTTLS = \"False\"\nSMTP_MAIL_FROM = \"a@acme.io\"\n",
        );
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first(
            "SMTP_HOST = \"smtp.postmarkapp.com\"\nSMTP_PORT = 587\nSMTP_STARTTLS = False\nSMTP_MAIL_FROM = \"a@acme.io\"\n",
        );
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn ssl_is_implicit() {
        let (_, s, ids) = first(
            "SMTP_HOST = \"smtp.postmarkapp.com\"\nSMTP_PORT = 465\nSMTP_STARTTLS = False\nSMTP_SSL = True\nSMTP_MAIL_FROM = \"a@acme.io\"\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn plain_python_smtp_names_are_not_superset() {
        let (client, _, _) = first(
            "import smtplib\nSMTP_HOST = \"smtp.postmarkapp.com\"\nSMTP_PORT = 587\nserver = smtplib.SMTP(SMTP_HOST, SMTP_PORT)\n",
        );
        assert_ne!(client, "superset");
    }
}
