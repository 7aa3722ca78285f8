//! Funkwhale's mail settings: `EMAIL_CONFIG`, one URL in its `.env`
//! (`/srv/funkwhale/config/.env`, the Docker `env.prod.sample`), and
//! `DEFAULT_FROM_EMAIL`. The same file shape is used by the apps forked
//! from Funkwhale's template (reel2bits and others).
//!
//! Meaning (docs.funkwhale.audio "Configuration reference → EMAIL_CONFIG";
//! the code: `api/config/settings/common.py`, `EMAIL_CONFIG =
//! env.email_url("EMAIL_CONFIG", default="consolemail://")` and
//! `vars().update(EMAIL_CONFIG)`): django-environ reads the URL, so the
//! schemes mean what they mean there (see `url.rs`):
//!
//! * `smtp://` is Django's SMTP backend with neither TLS switch: clear
//!   text; `smtp+tls://` (and `smtps://`) sets `EMAIL_USE_TLS`, STARTTLS;
//!   `smtp+ssl://` sets `EMAIL_USE_SSL`, TLS from the first byte.
//! * No port in the URL: Django's default, 25.
//! * `consolemail://`, `dummymail://`, `filemail://` and `memorymail://`
//!   send nothing (the default is the console).
//! * A user or password holding `@` or `:` must be percent-encoded (the
//!   docs' own note).
//! * `DEFAULT_FROM_EMAIL` is the From (default `Funkwhale
//!   <noreply@FUNKWHALE_HOSTNAME>`).

use super::url::{ENVIRON_PARAMS, ENVIRON_PARAM_KEYS, HOOKS};
use crate::extract::profile::{
    k, kr, mark, mark_value, syn, weighs, Profile, Read, UrlFlavor, BASE,
};
use crate::model::Role::*;

pub static FUNKWHALE: Profile = Profile {
    id: "funkwhale",
    name: "Funkwhale EMAIL_CONFIG (django-environ URL)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.funkwhale.audio/administrator/configuration/env-file.html https://github.com/funkwhale/funkwhale/blob/develop/api/config/settings/common.py https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url",
    syntaxes: syn::ENV_LIKE,
    keys: &[
        kr("EMAIL_CONFIG", Url, Read::Url(UrlFlavor::DjangoEnviron)),
        k("DEFAULT_FROM_EMAIL", From),
    ],
    markers: &[
        weighs(mark_value("EMAIL_CONFIG", "smtp"), 2),
        mark("FUNKWHALE_HOSTNAME"),
    ],
    needs_marker: true,
    url_params: ENVIRON_PARAMS,
    other_keys: ENVIRON_PARAM_KEYS,
    sender_hint: "DEFAULT_FROM_EMAIL in Funkwhale's .env",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "6f1d3b5a-8c2e-4a7f-9b0d-3e5c7a9f1b2d";

    fn env(url: &str) -> String {
        format!("FUNKWHALE_HOSTNAME=music.quillhaven.org\nEMAIL_CONFIG={url}\nDEFAULT_FROM_EMAIL=noreply@quillhaven.org\n")
    }

    #[test]
    fn smtp_tls_is_starttls_and_smtp_is_clear_text() {
        let (client, s, ids) = first(&env(&format!(
            "smtp+tls://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587"
        )));
        assert_eq!(client, "funkwhale");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@quillhaven.org");
        assert!(ids.is_empty(), "{ids:?}");
        // django-environ's `smtp://` is Django with neither switch: no STARTTLS.
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
}
