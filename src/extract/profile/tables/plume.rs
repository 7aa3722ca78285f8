//! Plume (federated blogging): the `MAIL_*` variables of its `.env`
//! (`.env.sample`) or container environment, read by
//! `plume-models/src/config.rs` and handed to lettre 0.9 by `src/mail.rs`.
//!
//! Meaning (Plume's `.env.sample`, docs "Configuration"; the code:
//! `get_mail_config` in `plume-models/src/config.rs`, `SmtpNewWithAddr`
//! in `plume-models/src/lib.rs`, `mailer::init` and `build_mail` in
//! `src/mail.rs`):
//!
//! * Mail is set up only when `MAIL_SERVER`, `MAIL_USER` and
//!   `MAIL_PASSWORD` are all set; otherwise Plume has no mailer.
//! * The connection is always `ClientSecurity::Wrapper`: TLS from the
//!   first byte, whatever the port. There is no STARTTLS and no setting to
//!   choose: a server that only offers STARTTLS (Postmark on 587/2525/25)
//!   cannot work with Plume.
//! * `MAIL_PORT` defaults to 465 (lettre's `SUBMISSIONS_PORT`); besides a
//!   number it takes the words `smtp` (25), `submissions` (465) and
//!   `submission` (587) — the words are not read here.
//! * It always logs in, with AUTH PLAIN.
//! * `MAIL_ADDRESS` is the From; without it Plume sends from
//!   `MAIL_USER@MAIL_SERVER`. `MAIL_HELO_NAME` (default `localhost`) is
//!   only the HELO name.
//!
//! `MAIL_SERVER`, `MAIL_PORT` and `MAIL_PASSWORD` are Flask-Mail's names
//! too: the table needs one of Plume's own settings beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Both, Fix, Key, Marker,
    Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAIL_SERVER", Host),
    k("MAIL_PORT", Port),
    k("MAIL_USER", Username),
    k("MAIL_PASSWORD", Password),
    k("MAIL_ADDRESS", From),
];

/// Names only Plume's environment has.
const MARKERS: &[Marker] = &[
    weighs(mark("MAIL_HELO_NAME"), 3),
    weighs(mark("ROCKET_SECRET_KEY"), 3),
    weighs(mark("MEDIA_UPLOAD_DIRECTORY"), 3),
    weighs(mark("SEARCH_INDEX"), 2),
    weighs(mark_value("image", "plumeorg/plume"), 3),
    mark("ROCKET_ADDRESS"),
    mark("ROCKET_PORT"),
];

const OTHER_KEYS: Words = words![
    "MAIL_HELO_NAME",
    "BASE_URL",
    "DATABASE_URL",
    "MIGRATION_DIRECTORY",
    "ROCKET_SECRET_KEY",
    "ROCKET_ADDRESS",
    "ROCKET_PORT",
    "MEDIA_UPLOAD_DIRECTORY",
    "SEARCH_INDEX",
    "USE_HTTPS",
];

const LEFTOVERS: Pairs = pairs![
    ("MAIL_USERNAME", "MAIL_USER"),
    ("MAIL_HOST", "MAIL_SERVER"),
    ("MAIL_FROM", "MAIL_ADDRESS"),
    (
        "MAIL_USE_TLS",
        "nothing (Plume always uses TLS from the first byte)"
    ),
    (
        "MAIL_USE_SSL",
        "nothing (Plume always uses TLS from the first byte)"
    ),
];

/// No TLS setting: lettre's `Wrapper` on every connection.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Implicit,
    starttls_off: Sec::Implicit,
    implicit_ports: &[],
    default: Sec::Implicit,
    both: Both::Implicit,
    absent: "Plume always connects with TLS from the first byte (lettre ClientSecurity::Wrapper); it has no STARTTLS setting",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAIL_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "no setting in Plume: it always speaks TLS from the first byte, so it needs a server that accepts SMTPS (port 465) or a local relay that does",
    ),
    fix_text(W::VerifyOn, &[], "Plume's settings as they are (the certificate is always verified)"),
    fix_text(W::AuthOn, &[], "MAIL_USER and MAIL_PASSWORD (both; Plume has no mailer without them)"),
    fix_text(W::TlsModern, &[], "a current Plume release"),
    fix(W::Username, &[set(Username, "MAIL_USER", SetVal::Given)]),
    fix(W::Password, &[set(Password, "MAIL_PASSWORD", SetVal::Given)]),
    fix(W::From, &[set(From, "MAIL_ADDRESS", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Plume has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PLUME: Profile = Profile {
    id: "plume-env",
    name: "Plume MAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.joinplu.me/environment/ https://github.com/Plume-org/Plume/blob/main/.env.sample https://github.com/Plume-org/Plume/blob/main/plume-models/src/config.rs https://github.com/Plume-org/Plume/blob/main/src/mail.rs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    tls: TLS,
    port: Some(465),
    fixes: FIXES,
    sender_hint: "MAIL_ADDRESS (without it Plume sends from MAIL_USER@MAIL_SERVER)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "BASE_URL=blog.acme-widgets.io\nROCKET_SECRET_KEY=Yc9qL0dKx2eVh3Tn7Bw4Zp6Rs8Ua1Mj5Gf0Ei2Dk4Hl=\nMAIL_SERVER=smtp.postmarkapp.com\nMAIL_ADDRESS=hello@acme-widgets.io\nMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAIL_HELO_NAME=blog.acme-widgets.io\n";

    #[test]
    fn always_implicit_tls_on_465() {
        // No port: lettre's 465, which Postmark does not offer.
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "plume-env");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // Port 587 changes nothing: still TLS from the first byte.
        let (_, s, ids) = first(&format!("{ENV}MAIL_PORT=587\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn flask_mail_env_is_not_plume() {
        let (client, _, _) = first(
            "MAIL_SERVER=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USE_TLS=True\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_DEFAULT_SENDER=a@acme.io\n",
        );
        assert_ne!(client, "plume-env");
    }
}
