//! Castopod's Docker image: the `CP_EMAIL_*` environment variables that
//! its start-up script turns into CodeIgniter 4 `.env` lines
//! (`email.protocol="smtp"`, `email.SMTPHost`…). A hand-written `.env`
//! (`email.SMTPHost = …`) is CodeIgniter's own reading (`codeigniter.rs`).
//!
//! Meaning (docs "Docker" / "Email configuration"; the code:
//! `docker/production/s6-rc.d/bootstrap/prepare-environment.sh` (earlier
//! images: `docker/production/common/prepare_environment.sh`),
//! `app/Config/Email.php`, CodeIgniter's `system/Email/Email.php`):
//!
//! * `CP_EMAIL_SMTP_HOST` is the switch: set, the script writes
//!   `email.protocol="smtp"` and the SMTP lines; unset, no mail settings
//!   are written and Castopod keeps PHP's `mail()` (the config's default).
//! * With the host set, `CP_EMAIL_SMTP_USERNAME`, `CP_EMAIL_SMTP_PASSWORD`
//!   and `CP_EMAIL_FROM` are required (the script stops without them).
//! * `CP_EMAIL_SMTP_PORT` (default 25, `$SMTPPort` in Castopod's
//!   `app/Config/Email.php`).
//! * `CP_EMAIL_SMTP_CRYPTO` must be `ssl` or `tls` (anything else stops
//!   the script); unset, the config's `tls`. CodeIgniter: `tls` sends
//!   STARTTLS and fails when the server refuses (required), `ssl` is TLS
//!   from the first byte. On port 465 CodeIgniter 4 opens TLS by itself
//!   and a `tls` STARTTLS inside it then fails.
//! * `CP_EMAIL_FROM` is the From.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Both, Fix, Key, Marker,
    Pairs, Profile, Sec, SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("CP_EMAIL_SMTP_HOST", Host),
    k("CP_EMAIL_SMTP_PORT", Port),
    k("CP_EMAIL_SMTP_USERNAME", Username),
    k("CP_EMAIL_SMTP_PASSWORD", Password),
    k("CP_EMAIL_SMTP_CRYPTO", Encryption),
    k("CP_EMAIL_FROM", From),
];

/// The `CP_` names are Castopod's own.
const MARKERS: &[Marker] = &[
    weighs(mark("CP_EMAIL_SMTP_HOST"), 3),
    weighs(mark("CP_EMAIL_FROM"), 3),
    mark("CP_BASEURL"),
    mark("CP_ANALYTICS_SALT"),
    weighs(mark_value("image", "castopod/"), 3),
];

const OTHER_KEYS: Words = words![
    "CP_BASEURL",
    "CP_MEDIA_BASEURL",
    "CP_ADMIN_GATEWAY",
    "CP_AUTH_GATEWAY",
    "CP_ANALYTICS_SALT",
    "CP_DISABLE_HTTPS",
    "CP_ENABLE_2FA",
];

const LEFTOVERS: Pairs = pairs![
    ("CP_EMAIL_SMTP_USER", "CP_EMAIL_SMTP_USERNAME"),
    ("CP_EMAIL_SMTP_PASS", "CP_EMAIL_SMTP_PASSWORD"),
    ("CP_EMAIL_SMTP_FROM", "CP_EMAIL_FROM"),
    ("CP_EMAIL_SMTP_ENCRYPTION", "CP_EMAIL_SMTP_CRYPTO"),
    ("CP_EMAIL_SMTP_SECURE", "CP_EMAIL_SMTP_CRYPTO"),
];

/// CodeIgniter 4's `SMTPCrypto` words; unset, Castopod's config says `tls`.
const TLS: TlsModel = TlsModel {
    words: &[("tls", Sec::StartTls), ("ssl", Sec::Implicit)],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[465],
    default: Sec::StartTls,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "CP_EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "CP_EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "CP_EMAIL_SMTP_CRYPTO", SetVal::Word("tls"))],
        "CP_EMAIL_SMTP_CRYPTO=tls with CP_EMAIL_SMTP_PORT=587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Castopod's settings as they are (PHP verifies the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "CP_EMAIL_SMTP_USERNAME and CP_EMAIL_SMTP_PASSWORD (both required with CP_EMAIL_SMTP_HOST)",
    ),
    fix_text(W::TlsModern, &[], "a current Castopod image"),
    fix(
        W::Username,
        &[set(Username, "CP_EMAIL_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "CP_EMAIL_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "CP_EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Castopod has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CASTOPOD: Profile = Profile {
    id: "castopod-env",
    name: "Castopod Docker CP_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.castopod.org/main/en/getting-started/docker/ https://code.castopod.org/adaures/castopod/-/blob/develop/docker/production/s6-rc.d/bootstrap/prepare-environment.sh https://code.castopod.org/adaures/castopod/-/blob/develop/app/Config/Email.php https://codeigniter.com/user_guide/libraries/email.html",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["CP_EMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Usual,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "CP_EMAIL_SMTP_HOST",
    }),
    fixes: FIXES,
    sender_hint: "CP_EMAIL_FROM (required with CP_EMAIL_SMTP_HOST)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "services:\n  castopod:\n    image: castopod/castopod:latest\n    environment:\n      CP_BASEURL: \"https://podcast.acme-widgets.io\"\n      CP_ANALYTICS_SALT: \"q3W9e8R7t6Y5u4I3o2P1a0S9d8F7g6H5\"\n      CP_EMAIL_SMTP_HOST: smtp.postmarkapp.com\n      CP_EMAIL_SMTP_PORT: 587\n      CP_EMAIL_SMTP_USERNAME: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      CP_EMAIL_SMTP_PASSWORD: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      CP_EMAIL_FROM: hello@acme-widgets.io\n      CP_EMAIL_SMTP_CRYPTO: tls\n";

    #[test]
    fn crypto_words_and_default() {
        clean_starttls(ENV, "castopod-env");
        // Unset: Castopod's config says `tls`.
        clean_starttls(
            &ENV.replace("      CP_EMAIL_SMTP_CRYPTO: tls\n", ""),
            "castopod-env",
        );
        let (_, s, ids) = first(&ENV.replace("CRYPTO: tls", "CRYPTO: ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit() {
        let (_, s, _) = first(&ENV.replace("PORT: 587", "PORT: 465"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn no_port_is_the_default_25() {
        let (_, s, ids) = first(&ENV.replace("      CP_EMAIL_SMTP_PORT: 587\n", ""));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let f = crate::lint(
            &ENV.replace("      CP_EMAIL_SMTP_PORT: 587\n", ""),
            &crate::Options::default(),
        );
        let missing = f
            .findings
            .iter()
            .find(|f| f.id == "port/missing")
            .expect("port/missing");
        assert!(missing.message.contains("25"), "{}", missing.message);
    }
}
