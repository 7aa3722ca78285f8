//! DefectDojo: `DD_EMAIL_URL`, one URL in its environment (the compose
//! `environment:`/`.env`, `docker/environments/*.env`, Kubernetes env),
//! read by django-environ.
//!
//! Meaning (docs "Running in production" / the on-prem Kubernetes table;
//! the code: `dojo/settings/settings.dist.py`, `EMAIL_CONFIG =
//! env.email_url("DD_EMAIL_URL", default="smtp://user@:password@localhost:25")`
//! and `vars().update(EMAIL_CONFIG)`): django-environ reads the URL, so
//! the schemes mean what they mean there (see `url.rs`):
//!
//! * `smtp://` is Django's SMTP backend with neither TLS switch: clear
//!   text; `smtp+tls://` (and `smtps://`) sets `EMAIL_USE_TLS`, STARTTLS;
//!   `smtp+ssl://` sets `EMAIL_USE_SSL`, TLS from the first byte; the
//!   query may set `EMAIL_USE_TLS`/`EMAIL_USE_SSL` too.
//! * No port in the URL: Django's default, 25 (465 with `smtp+ssl`).
//! * `consolemail://` (the docs' testing value) and the other
//!   non-SMTP schemes send nothing.
//! * A user or password holding `@` or `:` must be percent-encoded.
//! * The From is not in the URL: it is the `email_from` system setting
//!   (Configuration → System Settings, kept in the database; before 2.5
//!   `mail_notifications_from`). Query words such as `?from=` are ignored.

use super::url::{ENVIRON_PARAMS, ENVIRON_PARAM_KEYS, HOOKS};
use crate::extract::profile::{kr, mark, syn, weighs, Profile, Read, UrlFlavor, BASE};
use crate::model::Role::*;

pub static DEFECTDOJO: Profile = Profile {
    id: "defectdojo-env",
    name: "DefectDojo DD_EMAIL_URL (django-environ URL)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/DefectDojo/django-DefectDojo/blob/master/dojo/settings/settings.dist.py https://documentation.defectdojo.com/get_started/pro/onprem/installing_on_kubernetes/ https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        kr("DD_EMAIL_URL", Url, Read::Url(UrlFlavor::DjangoEnviron)),
    ],
    markers: &[weighs(mark("DD_EMAIL_URL"), 3)],
    needs_marker: true,
    url_params: ENVIRON_PARAMS,
    other_keys: ENVIRON_PARAM_KEYS,
    sender_hint: "the `email_from` system setting (DefectDojo: Configuration → System Settings; the URL carries no sender)",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "6f1d3b5a-8c2e-4a7f-9b0d-3e5c7a9f1b2d";

    fn env(url: &str) -> String {
        format!("DD_SECRET_KEY=hhZCp2D28zanaNEDyBbROMtWzsYxiqab\nDD_ALLOWED_HOSTS=dojo.acme.io\nDD_EMAIL_URL={url}\n")
    }

    #[test]
    fn django_environ_schemes() {
        let (client, s, ids) = first(&env(&format!(
            "smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(client, "defectdojo-env");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // `smtp://` is Django with neither switch: no STARTTLS.
        let (_, s, ids) = first(&env(&format!(
            "smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&env(&format!(
            "smtp+ssl://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn console_mail_is_no_smtp_configuration() {
        let r = crate::lint(&env("consolemail://"), &crate::Options::default());
        assert!(
            r.configs
                .iter()
                .all(|c| c.client != "defectdojo-env" || c.settings.host.is_none()),
            "{:?}",
            r.configs
        );
        assert!(
            !r.findings.iter().any(|f| f.id.starts_with("tls/")),
            "{:?}",
            r.findings
        );
    }
}
