//! Harbor 1.x: the `email_*` settings of `harbor.cfg` (the installer's
//! initial properties, used for password-reset mail), and the same
//! settings as the configuration API's JSON (`email_host`, `email_port`…).
//!
//! Meaning (`make/harbor.cfg` of v1.2–v1.7; the client:
//! `src/common/utils/email/mail.go`, `newClient()`, on Go's `net/smtp`):
//!
//! * `email_server` (API: `email_host`) and `email_server_port`
//!   (`email_port`, 25 in the sample) are dialled as written.
//! * `email_ssl = true` is TLS from the first byte (`tls.Dial`); otherwise
//!   Harbor sends STARTTLS whenever the server offers it and carries on in
//!   clear text when it does not (`client.Extension("STARTTLS")`), where
//!   Go's `PlainAuth` then refuses to send the password to anything but
//!   localhost.
//! * `email_insecure = true` (v1.3+) skips certificate verification.
//! * It logs in with PLAIN (`email_identity`, usually empty, is the
//!   authorisation identity) when the server offers AUTH.
//! * `email_from` is the From, `Name <address>` in the sample.
//! * Harbor 1.8 moved to `harbor.yml`, which has no e-mail settings: they
//!   are set in the UI (Configuration → Email) or the API from then on, and
//!   Harbor 2 dropped e-mail altogether.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Key, Marker, Profile, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email_server|email_host", Host),
    k("email_server_port|email_port", Port),
    k("email_username", Username),
    k("email_password", Password),
    k("email_from", From),
    k("email_ssl", ImplicitTls),
    k("email_insecure", SkipVerify),
];

/// `email_server`/`email_username` are any app's: Harbor's own names.
const MARKERS: &[Marker] = &[
    mark("email_identity"),
    mark("email_insecure"),
    mark("email_server_port"),
    mark("harbor_admin_password"),
    mark("ui_url_protocol"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "email_server_port = {port}"),
    fix_text(W::Host, &[], "email_server = {value}"),
    fix_text(
        W::StartTls,
        &[],
        "email_ssl = false (Harbor then upgrades with STARTTLS)",
    ),
    fix_text(W::VerifyOn, &[], "email_insecure = false"),
    fix_text(W::AuthOn, &[], "email_username and email_password"),
    fix_text(
        W::TlsModern,
        &[],
        "a current Harbor release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "email_username = {value}"),
    fix_text(W::Password, &[], "email_password = {value}"),
    fix_text(W::From, &[], "email_from = {value}"),
    fix_text(
        W::Stream,
        &[],
        "Harbor has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HARBOR: Profile = Profile {
    id: "harbor",
    name: "Harbor 1.x email settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/goharbor/harbor/blob/v1.7.0/make/harbor.cfg https://github.com/goharbor/harbor/blob/v1.7.0/src/common/utils/email/mail.go",
    syntaxes: syn::DATA | syn::PROSE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    // harbor.cfg and the API write these names in lower case; upper-case
    // `EMAIL_SERVER_PORT` is NextAuth's (Cal.com, Linkwarden…), not Harbor's.
    case_sensitive: true,
    other_keys: words!["email_identity"],
    leftovers: pairs![
        ("email_user", "email_username"),
        ("email_tls", "email_ssl (TLS from the first byte) or nothing (STARTTLS when offered)"),
    ],
    truth: Truth::Go,
    // `email_ssl` or STARTTLS when offered.
    tls: TlsModel::OPPORTUNISTIC,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "email_from",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "hostname = reg.acme.io\nui_url_protocol = https\n#Email account settings for sending out password resetting emails.\nemail_identity = \n\nemail_server = smtp.postmarkapp.com\nemail_server_port = 587\nemail_username = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail_password = 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail_from = admin <harbor@acme.io>\nemail_ssl = false\nemail_insecure = false\n";

    #[test]
    fn nextauths_upper_case_names_are_not_harbors() {
        // Cal.com / NextAuth's EMAIL_SERVER_* environment, its URL built
        // from the parts: not harbor.cfg's lower-case `email_server_port`.
        let env = "EMAIL_SERVER_USER=u\nEMAIL_SERVER_PASSWORD=p\nEMAIL_SERVER_HOST=smtp.postmarkapp.com\nEMAIL_SERVER_PORT=587\nEMAIL_SERVER=smtp://${EMAIL_SERVER_USER}:${EMAIL_SERVER_PASSWORD}@${EMAIL_SERVER_HOST}:${EMAIL_SERVER_PORT}\nEMAIL_FROM=a@acme.io\n";
        let (client, _, ids) = first(env);
        assert_ne!(client, "harbor");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
    }

    #[test]
    fn starttls_when_offered() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "harbor");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "harbor@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_is_tls_from_the_first_byte_and_insecure_skips_checks() {
        let (_, s, ids) = first(&CFG.replace("email_ssl = false", "email_ssl = true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&CFG.replace("email_insecure = false", "email_insecure = true"));
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn other_email_server_keys_are_not_taken() {
        let (client, _, _) = first(
            "email_server = smtp.postmarkapp.com\nemail_port = 587\nemail_username = u\nemail_password = p\n",
        );
        assert_ne!(client, "harbor");
    }
}
