//! Authelia's SMTP notifier: `notifier.smtp` in `configuration.yml`, or the
//! same settings as `AUTHELIA_NOTIFIER_SMTP_*` environment variables.
//!
//! Meaning (authelia.com "Notifications › SMTP" configuration reference):
//!
//! * `address` is a URL: `submission://host:587` (STARTTLS),
//!   `submissions://host:465` (TLS from the first byte), `smtp://host:25`
//!   (STARTTLS). Releases before 4.38 wrote `host` and `port` instead.
//! * `username` / `password`, `sender` (the From, `Name <addr>`).
//! * `disable_starttls: true` never upgrades the connection;
//!   `disable_require_tls: true` lets it continue in clear text;
//!   `tls.skip_verify: true` switches certificate checks off.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Key, Marker, Profile, Read, Sec, TlsModel, UrlFlavor,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr(
        "notifier.smtp.address|AUTHELIA_NOTIFIER_SMTP_ADDRESS",
        Url,
        Read::Url(UrlFlavor::Nodemailer),
    ),
    k("notifier.smtp.host|AUTHELIA_NOTIFIER_SMTP_HOST", Host),
    k("notifier.smtp.port|AUTHELIA_NOTIFIER_SMTP_PORT", Port),
    k(
        "notifier.smtp.username|AUTHELIA_NOTIFIER_SMTP_USERNAME",
        Username,
    ),
    k(
        "notifier.smtp.password|AUTHELIA_NOTIFIER_SMTP_PASSWORD",
        Password,
    ),
    k("notifier.smtp.sender|AUTHELIA_NOTIFIER_SMTP_SENDER", From),
    k(
        "notifier.smtp.disable_starttls|AUTHELIA_NOTIFIER_SMTP_DISABLE_STARTTLS",
        NoStartTls,
    ),
    k(
        "notifier.smtp.tls.skip_verify|AUTHELIA_NOTIFIER_SMTP_TLS_SKIP_VERIFY",
        SkipVerify,
    ),
];

const MARKERS: &[Marker] = &[
    mark("notifier.smtp.sender"),
    mark("notifier.smtp.address"),
    mark("notifier.smtp.username"),
    mark("notifier.smtp.host"),
    mark("AUTHELIA_NOTIFIER_SMTP_*"),
];

const OTHER_KEYS: Words = words![
    "identifier",
    "subject",
    "startup_check_address",
    "disable_html_emails",
    "disable_require_tls",
    "timeout",
    "server_name",
    "minimum_version",
    "maximum_version",
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "address: 'submission://smtp.postmarkapp.com:{port}' under notifier.smtp",
    ),
    fix_text(W::Host, &[], "address: 'submission://{value}:587'"),
    fix_text(
        W::StartTls,
        &[],
        "address: 'submission://smtp.postmarkapp.com:587' and no disable_starttls",
    ),
    fix_text(W::VerifyOn, &[], "tls.skip_verify: false"),
    fix_text(W::AuthOn, &[], "username and password under notifier.smtp"),
    fix_text(W::TlsModern, &[], "tls.minimum_version: TLS1.2"),
    fix_text(W::Username, &[], "username: '{value}'"),
    fix_text(W::Password, &[], "password: '{value}'"),
    fix_text(W::From, &[], "sender: '{value}'"),
    fix_text(
        W::Stream,
        &[],
        "Authelia has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static AUTHELIA: Profile = Profile {
    id: "authelia",
    name: "Authelia notifier.smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.authelia.com/configuration/notifications/smtp/",
    syntaxes: syn::YAML | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TlsModel {
        // The URL's scheme; `disable_starttls` is the NoStartTls switch.
        words: &[
            ("submissions", Sec::Implicit),
            ("smtps", Sec::Implicit),
            ("submission", Sec::StartTls),
            ("smtp", Sec::Auto),
            ("", Sec::Ignored),
        ],
        ..TlsModel::OPPORTUNISTIC
    },
    port: Some(25),
    fixes: FIXES,
    sender_hint: "sender under notifier.smtp",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn address_url_with_its_login_beside_it() {
        let (client, s, ids) = first(
            "notifier:\n  smtp:\n    address: 'submissions://smtp.postmarkapp.com:465'\n    username: 'u'\n    password: 'p'\n    sender: 'Auth <auth@acme.io>'\n",
        );
        assert_eq!(client, "authelia");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "auth@acme.io");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
    }

    #[test]
    fn submission_is_starttls() {
        let (_, s, ids) = first(
            "notifier:\n  smtp:\n    address: submission://smtp.postmarkapp.com:587\n    username: u\n    password: p\n    sender: auth@acme.io\n",
        );
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }
}
