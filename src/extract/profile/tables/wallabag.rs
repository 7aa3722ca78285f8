//! wallabag (2.6 and later): `mailer_dsn` and `from_email` in
//! `app/config/parameters.yml`, and the Docker image's
//! `SYMFONY__ENV__MAILER_DSN` / `SYMFONY__ENV__FROM_EMAIL`, which its
//! entrypoint writes into that file.
//!
//! Meaning (wallabag's `doc/content/admin/mailer.md`, `upgrade/_index.md`
//! and `app/AppKernel.php`; the image's `parameters.template.yml`):
//!
//! * `mailer_dsn` is handed to Symfony Mailer (`env(MAILER_DSN)`), so it
//!   reads as Symfony's DSN (see `url.rs`: `smtps://` or port 465 is TLS
//!   from the first byte, `smtp://` upgrades with STARTTLS when offered,
//!   and `smtp://` without a port dials 465 with TLS for any host but
//!   localhost). The image's default is `smtp://127.0.0.1`.
//! * wallabag 2.6 dropped the SwiftMailer parameters `mailer_transport`,
//!   `mailer_host`, `mailer_port`, `mailer_user`, `mailer_password`,
//!   `mailer_encryption`, `mailer_auth_mode` (and the image the matching
//!   `SYMFONY__ENV__MAILER_*`): written now, they do nothing, and mail
//!   goes to the DSN's default instead.
//! * `from_email` is the From (`no-reply@wallabag.org` in the image);
//!   `twofactor_sender` is the From of two-factor codes only.
//! * Outside Docker the same values come from the `.env` file's
//!   `MAILER_DSN` and `WALLABAG_FROM_EMAIL` (a `MAILER_DSN` without any
//!   `WALLABAG_*` name is left to the Symfony DSN table).

use super::url;
use crate::extract::profile::{
    k, kr, mark, pairs, syn, words, Key, Marker, Pairs, Profile, Read, UrlFlavor, Words, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "SYMFONY__ENV__MAILER_DSN|parameters.mailer_dsn|MAILER_DSN",
        Url,
        Read::Url(UrlFlavor::Symfony),
    ),
    k(
        "SYMFONY__ENV__FROM_EMAIL|parameters.from_email|WALLABAG_FROM_EMAIL",
        From,
    ),
];

/// Names only wallabag's parameters (or its image) have.
const MARKERS: &[Marker] = &[
    mark("SYMFONY__ENV__MAILER_DSN"),
    mark("SYMFONY__ENV__FROM_EMAIL"),
    mark("SYMFONY__ENV__DOMAIN_NAME"),
    mark("SYMFONY__ENV__TWOFACTOR_SENDER"),
    mark("SYMFONY__ENV__MAILER_HOST"),
    mark("WALLABAG_FROM_EMAIL"),
    mark("WALLABAG_TWOFACTOR_SENDER"),
    mark("WALLABAG_BASE_URL"),
    mark("parameters.from_email"),
    mark("parameters.twofactor_sender"),
    mark("parameters.fosuser_registration"),
];

const OTHER_KEYS: Words = words![
    "WALLABAG_TWOFACTOR_SENDER",
    "WALLABAG_BASE_URL",
    "SYMFONY__ENV__TWOFACTOR_SENDER",
    "SYMFONY__ENV__DOMAIN_NAME",
    "twofactor_sender",
    "domain_name",
];

/// The SwiftMailer parameters wallabag 2.6 no longer reads.
const LEFTOVERS: Pairs = pairs![
    ("SYMFONY__ENV__MAILER_HOST", "SYMFONY__ENV__MAILER_DSN"),
    ("SYMFONY__ENV__MAILER_PORT", "SYMFONY__ENV__MAILER_DSN"),
    ("SYMFONY__ENV__MAILER_USER", "SYMFONY__ENV__MAILER_DSN"),
    ("SYMFONY__ENV__MAILER_PASSWORD", "SYMFONY__ENV__MAILER_DSN"),
    ("SYMFONY__ENV__MAILER_TRANSPORT", "SYMFONY__ENV__MAILER_DSN"),
    (
        "SYMFONY__ENV__MAILER_ENCRYPTION",
        "SYMFONY__ENV__MAILER_DSN"
    ),
    ("SYMFONY__ENV__MAILER_AUTH_MODE", "SYMFONY__ENV__MAILER_DSN"),
    ("mailer_host", "mailer_dsn"),
    ("mailer_port", "mailer_dsn"),
    ("mailer_user", "mailer_dsn"),
    ("mailer_password", "mailer_dsn"),
    ("mailer_transport", "mailer_dsn"),
    ("mailer_encryption", "mailer_dsn"),
    ("mailer_auth_mode", "mailer_dsn"),
];

pub static WALLABAG: Profile = Profile {
    id: "wallabag",
    name: "wallabag mailer_dsn (parameters.yml / SYMFONY__ENV__*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://doc.wallabag.org/admin/mailer/ https://github.com/wallabag/docker/blob/master/root/etc/wallabag/parameters.template.yml https://symfony.com/doc/current/mailer.html#using-built-in-transports",
    syntaxes: syn::ENV_LIKE | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SYMFONY__ENV__MAILER_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    url_params: &[
        ("verify_peer", Some(VerifyPeer)),
        ("auto_tls", Some(StartTls)),
        ("local_domain", None),
    ],
    sender_hint: "from_email in parameters.yml (SYMFONY__ENV__FROM_EMAIL; default no-reply@wallabag.org)",
    switch: Some(url::SYMFONY_SWITCH),
    hooks: url::HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    #[test]
    fn the_image_dsn_reads_as_symfony() {
        let (client, s, ids) = first(
            "SYMFONY__ENV__DOMAIN_NAME=https://wallabag.acme.io\nSYMFONY__ENV__MAILER_DSN=smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\nSYMFONY__ENV__FROM_EMAIL=wallabag@acme.io\n",
        );
        assert_eq!(client, "wallabag");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "wallabag@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // Symfony: no port and a remote host is 465 with TLS.
        let (_, s, ids) = first(
            "SYMFONY__ENV__MAILER_DSN=smtp://u:u@smtp.postmarkapp.com\nSYMFONY__ENV__FROM_EMAIL=wallabag@acme.io\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn swiftmailer_names_are_reported() {
        let (client, _, ids) = first(
            "SYMFONY__ENV__MAILER_DSN=smtp://u:u@smtp.postmarkapp.com:587\nSYMFONY__ENV__MAILER_HOST=smtp.postmarkapp.com\nSYMFONY__ENV__FROM_EMAIL=wallabag@acme.io\n",
        );
        assert_eq!(client, "wallabag");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn the_dotenv_of_current_releases() {
        let (client, s, _) = first(
            "WALLABAG_BASE_URL=https://wallabag.acme.io\nMAILER_DSN=smtp://u:u@smtp.postmarkapp.com:587\nWALLABAG_FROM_EMAIL=wallabag@acme.io\n",
        );
        assert_eq!(client, "wallabag");
        assert_eq!(s["from"], "wallabag@acme.io");
        // Without a wallabag name it stays Symfony's.
        let (client, _, _) = first("MAILER_DSN=smtp://u:u@smtp.postmarkapp.com:587\n");
        assert_ne!(client, "wallabag");
    }

    #[test]
    fn parameters_yml() {
        let (client, s, _) = first(
            "parameters:\n    domain_name: https://wallabag.acme.io\n    mailer_dsn: smtps://u:u@smtp.postmarkapp.com:465\n    from_email: wallabag@acme.io\n    twofactor_sender: no-reply@acme.io\n",
        );
        assert_eq!(client, "wallabag");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "wallabag@acme.io");
    }
}
