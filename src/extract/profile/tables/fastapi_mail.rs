//! FastAPI-Mail: `ConnectionConfig(MAIL_SERVER=…, …)` in code, or the same
//! names in the environment / a `.env` (it is a pydantic `BaseSettings`).
//!
//! Meaning (sabuhish.github.io/fastapi-mail "Getting started", and
//! `fastapi_mail/config.py`, `connection.py`, which hand the settings to
//! aiosmtplib):
//!
//! * `MAIL_STARTTLS`: plain connection upgraded by STARTTLS; `MAIL_SSL_TLS`:
//!   TLS from the first byte. Both are required fields (no default); both
//!   false is clear text, both true is refused by aiosmtplib ("start_tls and
//!   use_tls are not compatible"). Releases before 1.2 named them
//!   `MAIL_TLS` / `MAIL_SSL`.
//! * `USE_CREDENTIALS` (default true): whether to log in at all.
//! * `VALIDATE_CERTS` (default true): `False` switches certificate checks off.
//! * `MAIL_FROM` is the From; `SUPPRESS_SEND=1` sends nothing.
//!
//! Its `MAIL_SERVER`/`MAIL_PORT`/`MAIL_USERNAME` are Flask-Mail's names too:
//! the table is recognised by the keys only FastAPI-Mail writes.

use crate::extract::profile::{
    beside, fix, fix_text, k, mark, pairs, set, set_if, syn, words, Fix, Key, Marker, Pairs,
    Profile, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_SERVER", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USERNAME", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_FROM", From),
    k("MAIL_STARTTLS|MAIL_TLS", StartTls),
    k("MAIL_SSL_TLS|MAIL_SSL", ImplicitTls),
    k("USE_CREDENTIALS", Auth),
    k("VALIDATE_CERTS", VerifyPeer),
];

/// Keys only FastAPI-Mail writes.
const MARKERS: &[Marker] = &[
    mark("MAIL_STARTTLS"),
    mark("MAIL_SSL_TLS"),
    mark("USE_CREDENTIALS"),
    mark("VALIDATE_CERTS"),
    // Laravel's name too, and many apps': FastAPI-Mail's beside its
    // `MAIL_SERVER` (Laravel says `MAIL_HOST`).
    beside(mark("MAIL_FROM_NAME"), "MAIL_SERVER"),
    mark("ConnectionConfig()"),
];

const OTHER_KEYS: Words = words![
    "MAIL_FROM_NAME",
    "MAIL_DEBUG",
    "TEMPLATE_FOLDER",
    "SUPPRESS_SEND",
    "TIMEOUT",
    "LOCAL_HOSTNAME",
];

const LEFTOVERS: Pairs = pairs![
    ("MAIL_USE_TLS", "MAIL_STARTTLS"),
    ("MAIL_USE_SSL", "MAIL_SSL_TLS"),
    ("MAIL_HOST", "MAIL_SERVER"),
    ("MAIL_DEFAULT_SENDER", "MAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIL_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "MAIL_SSL_TLS", SetVal::Bool(false)),
            set(StartTls, "MAIL_STARTTLS", SetVal::Bool(true)),
        ],
        "MAIL_STARTTLS=True and MAIL_SSL_TLS=False",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(VerifyPeer, "VALIDATE_CERTS", SetVal::Bool(true))],
        "VALIDATE_CERTS=True",
    ),
    fix_text(
        W::AuthOn,
        &[set_if(Auth, "USE_CREDENTIALS", SetVal::Bool(true))],
        "USE_CREDENTIALS=True with MAIL_USERNAME and MAIL_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a Python built with an OpenSSL that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "MAIL_USERNAME='{value}'"),
    fix_text(W::Password, &[], "MAIL_PASSWORD='{value}'"),
    fix_text(W::From, &[], "MAIL_FROM='{value}'"),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (`MessageSchema(..., headers={'X-PM-Message-Stream': '{value}'})`)",
    ),
];

pub static FASTAPI_MAIL: Profile = Profile {
    id: "fastapi-mail",
    name: "FastAPI-Mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://sabuhish.github.io/fastapi-mail/getting-started/ https://github.com/sabuhish/fastapi-mail/blob/master/fastapi_mail/config.py",
    syntaxes: syn::PYTHON | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    tls: TlsModel {
        absent: "neither MAIL_STARTTLS nor MAIL_SSL_TLS is True",
        ..TlsModel::SWITCHES_PLAIN
    },
    fixes: FIXES,
    sender_hint: "MAIL_FROM in the ConnectionConfig",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn a_sender_name_beside_another_apps_host_is_not_fastapi_mails() {
        let (client, _, _) = first(
            "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USER=u\nMAIL_PASS=p\nMAIL_FROM_NAME=Acme\n",
        );
        assert_ne!(client, "fastapi-mail");
        let (client, _, _) = first(
            "MAIL_SERVER=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=p\nMAIL_FROM=app@acme.io\nMAIL_FROM_NAME=Acme\n",
        );
        assert_eq!(client, "fastapi-mail");
    }

    #[test]
    fn a_settings_object_is_read_through_its_class() {
        // `mail_settings.MAIL_PORT` where `mail_settings = MailSettings()`:
        // the class's fields are the values, one configuration.
        let src = "class MailSettings(BaseModel):\n    MAIL_USERNAME: str = \"1f86a2b4-0000-4000-8000-3c2d11115948\"\n    MAIL_PASSWORD: str = \"1f86a2b4-0000-4000-8000-3c2d11115948\"\n    MAIL_FROM: str = \"app@acme.io\"\n    MAIL_PORT: int = 465\n    MAIL_SERVER: str = \"smtp.postmarkapp.com\"\n    MAIL_SSL_TLS: bool = True\n\nmail_settings = MailSettings()\n\nconf = ConnectionConfig(\n    MAIL_USERNAME=mail_settings.MAIL_USERNAME,\n    MAIL_PASSWORD=mail_settings.MAIL_PASSWORD,\n    MAIL_FROM=mail_settings.MAIL_FROM,\n    MAIL_PORT=mail_settings.MAIL_PORT,\n    MAIL_SERVER=mail_settings.MAIL_SERVER,\n    MAIL_SSL_TLS=mail_settings.MAIL_SSL_TLS,\n)\n";
        let r = crate::lint(src, &crate::Options::default());
        assert_eq!(r.configs.len(), 1, "{:?}", r.configs);
        let (client, s, ids) = first(src);
        assert_eq!(client, "fastapi-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["from"], "app@acme.io");
        assert!(super::super::has(&ids, "port/465-unsupported"), "{ids:?}");
        assert!(
            !super::super::has(&ids, "input/duplicate-setting"),
            "{ids:?}"
        );
    }

    #[test]
    fn connection_config_is_fastapi_mail_not_flask() {
        let (client, s, ids) = first(
            "conf = ConnectionConfig(\n    MAIL_USERNAME=\"u\",\n    MAIL_PASSWORD=\"p\",\n    MAIL_FROM=\"app@acme.io\",\n    MAIL_PORT=587,\n    MAIL_SERVER=\"smtp.postmarkapp.com\",\n    MAIL_STARTTLS=True,\n    MAIL_SSL_TLS=False,\n)\n",
        );
        assert_eq!(client, "fastapi-mail");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "app@acme.io");
        assert!(!ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssl_tls_on_587_and_unverified_certificates() {
        let (_, s, ids) = first(
            "MAIL_SERVER=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_STARTTLS=False\nMAIL_SSL_TLS=True\nVALIDATE_CERTS=False\nMAIL_USERNAME=u\nMAIL_PASSWORD=p\n",
        );
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn a_flask_config_stays_flask() {
        let (client, _, _) = first(
            "app.config['MAIL_SERVER'] = 'smtp.postmarkapp.com'\napp.config['MAIL_PORT'] = 587\napp.config['MAIL_USE_TLS'] = True\n",
        );
        assert_eq!(client, "flask-mail");
    }
}
