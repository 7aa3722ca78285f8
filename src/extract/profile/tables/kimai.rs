//! Kimai 2: `MAILER_URL` and `MAILER_FROM` in `.env` / `.env.local`, or
//! in the Docker image's environment.
//!
//! Meaning (kimai.org "Emails", Kimai's `.env.dist`,
//! `config/packages/framework.yaml` and `config/services.yaml`):
//!
//! * `MAILER_URL` is Symfony Mailer's DSN (`framework.mailer.dsn:
//!   '%env(MAILER_URL)%'`), despite the SwiftMailer-era name: `smtps://`
//!   or port 465 is TLS from the first byte, `smtp://` upgrades with
//!   STARTTLS when offered, and `smtp://` without a port dials 465 with TLS
//!   for any host but localhost (see `url.rs`). SwiftMailer's query words
//!   (`?encryption=tls&auth_mode=login&username=…`) are not read.
//! * The default `null://null` sends nothing.
//! * `MAILER_FROM` is the From (`kimai@example.com` in `.env.dist`).
//!
//! `MAILER_URL` is an old Symfony name other apps still read with
//! SwiftMailer's meaning, so the table needs a Kimai name next to it.

use super::url;
use crate::extract::profile::{
    k, kr, mark, mark_value, syn, words, Key, Marker, Profile, Read, UrlFlavor, Words, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("MAILER_URL", Url, Read::Url(UrlFlavor::Symfony)),
    k("MAILER_FROM", From),
];

/// Names and values only Kimai's environment has.
const MARKERS: &[Marker] = &[
    mark("ADMINMAIL"),
    mark("ADMINPASS"),
    mark_value("MAILER_FROM", "kimai"),
    mark_value("*", "kimai/kimai"),
    mark_value("DATABASE_URL", "kimai"),
];

const OTHER_KEYS: Words = words!["ADMINMAIL", "ADMINPASS", "DEFAULT_URI", "TRUSTED_HOSTS"];

pub static KIMAI: Profile = Profile {
    id: "kimai-env",
    name: "Kimai MAILER_URL (.env / environment)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.kimai.org/documentation/emails.html https://github.com/kimai/kimai/blob/main/.env.dist https://github.com/kimai/kimai/blob/main/config/packages/framework.yaml",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    url_params: &[
        ("verify_peer", Some(VerifyPeer)),
        ("auto_tls", Some(StartTls)),
        ("local_domain", None),
    ],
    leftovers: crate::extract::profile::pairs![
        ("encryption", "scheme"),
        ("auth_mode", "scheme"),
        ("username", "user"),
    ],
    sender_hint: "MAILER_FROM (kimai@example.com in .env.dist)",
    switch: Some(url::SYMFONY_SWITCH),
    hooks: url::HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn mailer_url_is_a_symfony_dsn() {
        let (client, s, ids) = first(
            "MAILER_FROM=kimai@acme.io\nMAILER_URL=smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\n",
        );
        assert_eq!(client, "kimai-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "kimai@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // No port: Symfony dials 465 with TLS.
        let (_, s, ids) =
            first("MAILER_FROM=kimai@acme.io\nMAILER_URL=smtp://u:u@smtp.postmarkapp.com\n");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn swiftmailer_query_words_are_not_read() {
        let (client, _, ids) = first(
            "ADMINMAIL=admin@acme.io\nMAILER_URL=smtp://smtp.postmarkapp.com:587?encryption=tls&auth_mode=login&username=u&password=u\nMAILER_FROM=kimai@acme.io\n",
        );
        assert_eq!(client, "kimai-env");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn a_mailer_url_alone_is_not_kimai() {
        let (client, _, _) = first("MAILER_URL=smtp://u:u@smtp.postmarkapp.com:587\n");
        assert_ne!(client, "kimai-env");
    }
}
