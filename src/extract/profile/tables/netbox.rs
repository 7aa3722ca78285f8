//! NetBox: the `EMAIL = {…}` dict of `configuration.py`, and the
//! netbox-docker image's `EMAIL_*` environment (its `configuration.py`
//! builds the same dict from them).
//!
//! Meaning (NetBox docs "Configuration → Miscellaneous → EMAIL", and
//! `netbox/netbox/settings.py`, which copies the dict into Django's
//! settings; Django's SMTP backend then sends):
//!
//! * `SERVER` → `EMAIL_HOST` (no default: without it Django has no host),
//!   `PORT` → `EMAIL_PORT` (default 25).
//! * `USE_SSL` → `EMAIL_USE_SSL`: TLS from the first byte; `USE_TLS` →
//!   `EMAIL_USE_TLS`: STARTTLS, required. Both default to `False` (clear
//!   text); both `True` make Django refuse (`ValueError`).
//! * `USERNAME`/`PASSWORD` → `EMAIL_HOST_USER`/`EMAIL_HOST_PASSWORD`:
//!   Django logs in when the username is non-empty.
//! * `FROM_EMAIL` → `SERVER_EMAIL`, the From of the mail NetBox sends
//!   (Django's `DEFAULT_FROM_EMAIL` is left at its default).
//! * `SSL_CERTFILE`/`SSL_KEYFILE` are a client certificate; `TIMEOUT`.
//!
//! netbox-docker (`configuration/configuration.py`): `EMAIL_SERVER`
//! (default `localhost`), `EMAIL_PORT` (25), `EMAIL_USERNAME`,
//! `EMAIL_PASSWORD`, `EMAIL_USE_SSL`/`EMAIL_USE_TLS` (true only when the
//! text is `true`, any case: `value.lower() == 'true'`), `EMAIL_FROM`,
//! `EMAIL_TIMEOUT`, `EMAIL_SSL_CERTFILE`, `EMAIL_SSL_KEYFILE`.

use crate::extract::profile::{
    beside, fix_text, k, mark, pairs, set_if, shared, syn, words, Fix, Key, Profile, SetVal,
    TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL.SERVER", Host),
    k("EMAIL.PORT", Port),
    k("EMAIL.USERNAME", Username),
    k("EMAIL.PASSWORD", Password),
    k("EMAIL.USE_SSL", ImplicitTls),
    k("EMAIL.USE_TLS", StartTls),
    k("EMAIL.FROM_EMAIL", From),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "PORT", SetVal::Port)],
        "'PORT': {port}, in EMAIL",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "SERVER", SetVal::Given)],
        "'SERVER': '{value}', in EMAIL",
    ),
    fix_text(
        W::StartTls,
        &[
            set_if(StartTls, "USE_TLS", SetVal::Bool(true)),
            set_if(ImplicitTls, "USE_SSL", SetVal::Bool(false)),
        ],
        "'USE_TLS': True and 'USE_SSL': False in EMAIL (with 'PORT': 587)",
    ),
    fix_text(W::VerifyOn, &[], "a server certificate Python trusts"),
    fix_text(W::AuthOn, &[], "'USERNAME' and 'PASSWORD' in EMAIL"),
    fix_text(W::TlsModern, &[], "a current Python/OpenSSL (TLS 1.2+)"),
    fix_text(W::Username, &[], "'USERNAME': '{value}', in EMAIL"),
    fix_text(W::Password, &[], "'PASSWORD': '{value}', in EMAIL"),
    fix_text(W::From, &[], "'FROM_EMAIL': '{value}', in EMAIL"),
    fix_text(
        W::Stream,
        &[],
        "NetBox has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NETBOX: Profile = Profile {
    id: "netbox",
    name: "NetBox configuration.py EMAIL",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://netboxlabs.com/docs/netbox/en/stable/configuration/miscellaneous/#email https://github.com/netbox-community/netbox/blob/main/netbox/netbox/settings.py",
    // A dict literal of strings and numbers only, with `#` comments,
    // can sniff as JavaScript: its paths read the same there.
    syntaxes: syn::PYTHON | syn::JS,
    keys: KEYS,
    markers: &[
        mark("EMAIL.SERVER"),
        mark("EMAIL.FROM_EMAIL"),
        mark("EMAIL.USE_SSL"),
    ],
    needs_marker: true,
    other_keys: words!["TIMEOUT", "SSL_CERTFILE", "SSL_KEYFILE"],
    leftovers: pairs![
        ("HOST", "SERVER"),
        ("USER", "USERNAME"),
        ("FROM", "FROM_EMAIL"),
        ("DEFAULT_FROM_EMAIL", "FROM_EMAIL"),
    ],
    case_sensitive: true,
    tls: TlsModel {
        absent: "no 'USE_TLS': True in EMAIL",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    fixes: FIXES,
    sender_hint: "'FROM_EMAIL' in the EMAIL dict of configuration.py",
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    k("EMAIL_SERVER", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_USERNAME", Username),
    k("EMAIL_PASSWORD", Password),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_FROM", From),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "EMAIL_PORT", SetVal::Port)],
        "EMAIL_PORT={port}",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "EMAIL_SERVER", SetVal::Given)],
        "EMAIL_SERVER={value}",
    ),
    fix_text(
        W::StartTls,
        &[
            set_if(StartTls, "EMAIL_USE_TLS", SetVal::Word("true")),
            set_if(ImplicitTls, "EMAIL_USE_SSL", SetVal::Word("false")),
        ],
        "EMAIL_USE_TLS=true and EMAIL_USE_SSL=false (with EMAIL_PORT=587)",
    ),
    fix_text(W::VerifyOn, &[], "a server certificate Python trusts"),
    fix_text(W::AuthOn, &[], "EMAIL_USERNAME and EMAIL_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current netbox-docker image"),
    fix_text(W::Username, &[], "EMAIL_USERNAME={value}"),
    fix_text(W::Password, &[], "EMAIL_PASSWORD={value}"),
    fix_text(W::From, &[], "EMAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "NetBox has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static NETBOX_ENV: Profile = Profile {
    id: "netbox-env",
    name: "netbox-docker EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/netbox-community/netbox-docker/blob/release/configuration/configuration.py https://github.com/netbox-community/netbox-docker/blob/release/env/netbox.env",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    // EMAIL_USE_TLS/EMAIL_PORT are Django's names too; EMAIL_SERVER,
    // EMAIL_USERNAME and EMAIL_FROM are the image's, but many apps write
    // the last two (a `.env` of EMAIL_USERNAME/EMAIL_FROM beside HOST/PORT,
    // which this table does not read): they add to the score of a paste
    // with a name of the image's own (its host's EMAIL_SERVER at least).
    // EMAIL_SERVER is Linkwarden's (NextAuth's) SMTP URL too, beside
    // EMAIL_FROM only: the image's own env file always has EMAIL_PORT.
    markers: &[
        beside(
            mark("EMAIL_SERVER"),
            "EMAIL_PORT|EMAIL_USERNAME|EMAIL_PASSWORD|EMAIL_USE_TLS|EMAIL_USE_SSL|SKIP_SUPERUSER|SUPERUSER_API_TOKEN|HOUSEKEEPING_INTERVAL",
        ),
        shared(mark("EMAIL_USERNAME")),
        shared(mark("EMAIL_FROM")),
        mark("SUPERUSER_API_TOKEN"),
        mark("SKIP_SUPERUSER"),
        mark("HOUSEKEEPING_INTERVAL"),
    ],
    needs_marker: true,
    other_keys: words!["EMAIL_TIMEOUT", "EMAIL_SSL_CERTFILE", "EMAIL_SSL_KEYFILE"],
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TlsModel {
        absent: "no EMAIL_USE_TLS=true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    host: Some("localhost"),
    fixes: ENV_FIXES,
    sender_hint: "EMAIL_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const PY: &str = "ALLOWED_HOSTS = ['netbox.acme.io']\nEMAIL = {\n    'SERVER': 'smtp.postmarkapp.com',\n    'PORT': 587,\n    'USERNAME': '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'PASSWORD': '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'USE_SSL': False,\n    'USE_TLS': True,\n    'TIMEOUT': 10,  # seconds\n    'FROM_EMAIL': 'netbox@acme.io',\n}\n";

    #[test]
    fn email_dict() {
        let (client, s, ids) = first(PY);
        assert_eq!(client, "netbox");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "netbox@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn dict_without_booleans() {
        let (client, s, _) = first("# Email settings\nEMAIL = {\n    'SERVER': 'smtp.postmarkapp.com',\n    'PORT': 587,\n    'USERNAME': 'u',\n    'PASSWORD': 'u',\n    'TIMEOUT': 10,  # seconds\n    'FROM_EMAIL': 'netbox@acme.io',\n}\n");
        assert_eq!(client, "netbox");
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn switches() {
        let (_, s, ids) = first(&PY.replace("'USE_TLS': True", "'USE_TLS': False"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(
            &PY.replace("'USE_TLS': True", "'USE_TLS': False")
                .replace("'USE_SSL': False", "'USE_SSL': True"),
        );
        assert_eq!(s["security"], "implicit");
        let (_, _, ids) = first(&PY.replace("'USE_SSL': False", "'USE_SSL': True"));
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn docker_env() {
        let env = "SKIP_SUPERUSER=true\nEMAIL_SERVER=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=u\nEMAIL_USE_SSL=false\nEMAIL_USE_TLS=True\nEMAIL_FROM=netbox@acme.io\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "netbox-env");
        assert_eq!(s["security"], "starttls");
        // Only `true` (any case) is true.
        let (_, s, _) = first(&env.replace("EMAIL_USE_TLS=True", "EMAIL_USE_TLS=yes"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn email_names_other_apps_write_are_not_netbox_alone() {
        // A `.env` with the image's EMAIL_USERNAME/EMAIL_FROM but none of
        // its own names: not netbox-env (which reads no HOST/PORT, so the
        // host and port were lost).
        let (client, s, _) = first("HOST=smtp.postmarkapp.com\nPORT=587\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=u\nEMAIL_FROM=app@acme.io\n");
        assert_ne!(client, "netbox-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        let (client, _, _) = first("HOUSEKEEPING_INTERVAL=86400\nEMAIL_SERVER=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USERNAME=u\nEMAIL_PASSWORD=u\n");
        assert_eq!(client, "netbox-env");
    }

    #[test]
    fn linkwardens_email_server_is_not_netbox() {
        // Linkwarden's `.env.sample` (linkwarden/linkwarden): NextAuth's
        // EMAIL_SERVER URL and EMAIL_FROM, both empty, and no other name of
        // the image's: not netbox-docker (which reported host/missing and
        // tls/disabled for it).
        let sample = "NEXTAUTH_SECRET=\nNEXTAUTH_URL=http://localhost:3000/api/v1/auth\nNEXT_PUBLIC_EMAIL_PROVIDER=\nEMAIL_FROM=\nEMAIL_SERVER=\n";
        let (client, _, _) = first(sample);
        assert_ne!(client, "netbox-env");
        let (client, s, _) = first(&sample.replace(
            "EMAIL_SERVER=\n",
            "EMAIL_SERVER=smtp://u:p@smtp.postmarkapp.com:587\n",
        ));
        assert_ne!(client, "netbox-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    #[test]
    fn django_settings_are_not_netbox() {
        let (client, _, _) = first("EMAIL_HOST = 'smtp.postmarkapp.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'u'\n");
        assert!(client.starts_with("django"), "{client}");
        let (client, _, _) = first("EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USE_TLS=true\nEMAIL_HOST_USER=u\n");
        assert!(client.starts_with("django"), "{client}");
    }
}
