//! KoboToolbox (KPI): Django's `EMAIL_*` names in the environment files
//! kobo-install writes (`kobo-env/envfiles/smtp.txt`, beside `django.txt`),
//! read by KPI's settings with its own, non-Django meaning.
//!
//! Meaning (kobotoolbox/kpi `kobo/settings/base.py`, "Email configuration";
//! kobotoolbox/kobo-install `templates/kobo-env/envfiles/smtp.txt.tpl` and
//! `helpers/config.py`):
//!
//! * `EMAIL_BACKEND` defaults to Django's **file** backend
//!   (`django.core.mail.backends.filebased.EmailBackend`): without it mail
//!   is written to files under `EMAIL_FILE_PATH` and none leaves. The
//!   kobo-install template writes the SMTP backend.
//! * `EMAIL_HOST`, `EMAIL_PORT`, `EMAIL_HOST_USER`, `EMAIL_HOST_PASSWORD`
//!   are copied when set (Django's defaults `localhost` and 25 otherwise).
//! * **`EMAIL_USE_TLS` is handed to Django as the raw string** when it is
//!   non-empty (`EMAIL_USE_TLS = os.environ.get('EMAIL_USE_TLS')`), and
//!   Django tests it for truth: `False`, `0`, `no` are non-empty strings,
//!   so any written value switches STARTTLS on (required); only an empty
//!   or absent one leaves it off (clear text). kobo-install writes
//!   `EMAIL_USE_TLS=False` when its "Use TLS?" question is answered no,
//!   which still means STARTTLS.
//! * `EMAIL_USE_SSL` is not read: KPI has no implicit-TLS setting.
//! * `DEFAULT_FROM_EMAIL` is the From (and `SERVER_EMAIL`); kobo-install
//!   also uses it as the support address.
//!
//! The smtp file alone holds only Django's names, so it is read as
//! Django's: KPI's reading applies where KoboToolbox's own names are in the
//! paste (`KOBOFORM_URL`, `KOBOCAT_URL`, `ENKETO_URL`, `KPI_PREFIX`,
//! `KOBO_SUPPORT_EMAIL`…).

use super::django;
use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, weighs, words, Fix, Key, Marker, Profile, Switch, TlsModel,
    Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_HOST_USER", Username),
    k("EMAIL_HOST_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_BACKEND", Transport),
    k("DEFAULT_FROM_EMAIL", From),
];

/// KoboToolbox's own names (kobo-install's `django.txt`, `domains.txt`),
/// weighed to outweigh Django's names, all of which the file also has.
const MARKERS: &[Marker] = &[
    weighs(mark("KOBOFORM_URL"), 6),
    weighs(mark("KOBOFORM_INTERNAL_URL"), 6),
    weighs(mark("KOBOCAT_URL"), 6),
    weighs(mark("KOBOCAT_INTERNAL_URL"), 6),
    weighs(mark("ENKETO_URL"), 6),
    weighs(mark("ENKETO_INTERNAL_URL"), 6),
    weighs(mark("KPI_PREFIX"), 6),
    weighs(mark("KOBO_SUPPORT_EMAIL"), 6),
    weighs(mark("KOBO_SUPERUSER_USERNAME"), 6),
    weighs(mark("KPI_BROKER_URL"), 6),
];

/// Any non-empty value is on (a Python string's truth).
const TRUTH: Truth = Truth::Except(words![]);

const TLS: TlsModel = TlsModel {
    absent: "no EMAIL_USE_TLS (KPI leaves Django's default: clear text)",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    django::PORT_FIX,
    django::HOST_FIX,
    fix_text(
        W::StartTls,
        &[],
        "EMAIL_USE_TLS=True (any non-empty value turns STARTTLS on in KPI) and port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a trusted certificate chain on the SMTP server",
    ),
    django::AUTH_ON_FIX,
    fix_text(
        W::TlsModern,
        &[],
        "a current KoboToolbox release (Python's ssl with TLS 1.2+)",
    ),
    django::USERNAME_FIX,
    django::PASSWORD_FIX,
    django::FROM_FIX,
    fix_text(
        W::Stream,
        &[],
        "KoboToolbox has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KOBOTOOLBOX: Profile = Profile {
    id: "kobotoolbox-env",
    name: "KoboToolbox kobo-env (KPI)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/kobotoolbox/kpi/blob/main/kobo/settings/base.py https://github.com/kobotoolbox/kobo-install/blob/main/templates/kobo-env/envfiles/smtp.txt.tpl",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: words!["EMAIL_FILE_PATH", "EMAIL_SUBJECT_PREFIX", "EMAIL_TIMEOUT"],
    leftovers: pairs![
        ("EMAIL_USE_SSL", "EMAIL_USE_TLS (KPI has no implicit-TLS setting)"),
        ("EMAIL_USER", "EMAIL_HOST_USER"),
        ("EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD"),
        ("EMAIL_FROM", "DEFAULT_FROM_EMAIL"),
    ],
    case_sensitive: true,
    truth: TRUTH,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        missing: Some(
            "the file backend (EMAIL_BACKEND defaults to django.core.mail.backends.filebased.EmailBackend): mail is written to files and none leaves",
        ),
        ..django::SWITCH
    }),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL in kobo-env/envfiles/smtp.txt",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "KOBOFORM_URL=https://kf.acme.io\nKOBOCAT_URL=https://kc.acme.io\nENKETO_URL=https://ee.acme.io\n\nEMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=True\nDEFAULT_FROM_EMAIL=surveys@acme.io\n";

    #[test]
    fn kpi_reads_the_smtp_file() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "kobotoolbox-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "surveys@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    /// The raw string `False` is true to Django: STARTTLS stays on.
    #[test]
    fn use_tls_false_is_still_starttls() {
        let (client, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=False"));
        assert_eq!(client, "kobotoolbox-env");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        // Empty or absent: clear text.
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS="));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // The same file without KoboToolbox's names is Django's own reading.
        let django = ENV
            .replace("KOBOFORM_URL=https://kf.acme.io\nKOBOCAT_URL=https://kc.acme.io\nENKETO_URL=https://ee.acme.io\n", "")
            .replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=False");
        let (client, s, _) = first(&django);
        assert_ne!(client, "kobotoolbox-env");
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn no_backend_is_the_file_backend_and_ssl_is_not_read() {
        let (_, _, ids) = first(&ENV.replace(
            "EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend\n",
            "",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}EMAIL_USE_SSL=True\n"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }
}
