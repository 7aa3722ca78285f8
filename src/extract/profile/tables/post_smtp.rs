//! WordPress Post SMTP (Postman): the constants it reads from
//! `wp-config.php`.
//!
//! Meaning (Post SMTP `Postman/PostmanOptions.php`: `getUsername`,
//! `getPassword`, `getPostmarkApiKey`, `getRunMode`):
//!
//! * `POST_SMTP_AUTH_USERNAME` and `POST_SMTP_AUTH_PASSWORD` replace the
//!   saved SMTP login; `POST_SMTP_API_KEY` replaces the API key of whichever
//!   API transport is selected (the Server API token for Postmark's).
//!   Host, port, security (`none`/`ssl`/`tls`) and the sender stay in the
//!   plugin's saved settings, so such a paste carries no host or TLS.
//! * `POST_SMTP_RUN_MODE` is the mail switch: `production` sends,
//!   `log_only` and `ignore` send nothing.
//! * The `POST_SMTP_FALLBACK_AUTH_*` pair is the login of the fallback
//!   server, used only when the main one fails.

use crate::extract::profile::{
    fix_text, k, pairs, syn, words, Fix, Key, Pairs, Profile, Sec, Switch, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("POST_SMTP_AUTH_USERNAME", Username),
    k("POST_SMTP_AUTH_PASSWORD", Password),
    k("POST_SMTP_API_KEY", ServerToken),
    k("POST_SMTP_RUN_MODE", Transport),
];

const OTHER_KEYS: Words = words![
    "POST_SMTP_FALLBACK_AUTH_USERNAME",
    "POST_SMTP_FALLBACK_AUTH_PASSWORD",
    "POST_SMTP_SECRET_KEY",
    "POST_SMTP_CORE_MAIL_LOG",
];

const LEFTOVERS: Pairs = pairs![
    ("POST_SMTP_USERNAME", "POST_SMTP_AUTH_USERNAME"),
    ("POST_SMTP_PASSWORD", "POST_SMTP_AUTH_PASSWORD"),
    ("POST_SMTP_AUTH_USER", "POST_SMTP_AUTH_USERNAME"),
    ("POST_SMTP_AUTH_PASS", "POST_SMTP_AUTH_PASSWORD"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "port {port} with Security: STARTTLS in Post SMTP › Settings › Account",
    ),
    fix_text(
        W::Host,
        &[],
        "Outgoing Mail Server {host} in Post SMTP › Settings › Account",
    ),
    fix_text(
        W::StartTls,
        &[],
        "Security: STARTTLS in Post SMTP › Settings › Account",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "Authentication: Login (or Plain) in Post SMTP › Settings › Account",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(
        W::Username,
        &[],
        "define( 'POST_SMTP_AUTH_USERNAME', '{value}' );",
    ),
    fix_text(
        W::Password,
        &[],
        "define( 'POST_SMTP_AUTH_PASSWORD', '{value}' );",
    ),
    fix_text(
        W::From,
        &[],
        "From Email {value} in Post SMTP › Settings › Message",
    ),
    fix_text(W::Stream, &[], "a Server whose default stream is `{value}`"),
];

pub static POST_SMTP: Profile = Profile {
    id: "post-smtp",
    name: "Post SMTP (wp-config.php constants)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/wpexpertsio/Post-SMTP/blob/master/Postman/PostmanOptions.php https://postmansmtp.com/docs/",
    syntaxes: syn::PHP,
    keys: KEYS,
    family: &["POST_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    first_wins: true,
    // TLS is set in the plugin's saved settings, not here: unknown.
    tls: TlsModel {
        default: Sec::Ignored,
        ..TlsModel::OPPORTUNISTIC
    },
    switch: Some(Switch {
        smtp: words!["production"],
        no_mail: words!["log_only", "ignore"],
        local: words![],
        missing: None,
        off: None,
        name: "POST_SMTP_RUN_MODE",
    }),
    fixes: FIXES,
    sender_hint: "From Email in Post SMTP › Settings › Message (not a wp-config constant)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn login_constants_are_read() {
        let (client, s, ids) = first(
            "define( 'POST_SMTP_AUTH_USERNAME', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\ndefine( 'POST_SMTP_AUTH_PASSWORD', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\n",
        );
        assert_eq!(client, "post-smtp");
        assert_eq!(s["username"], "a1b2…90ab");
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("auth/") || i == "host/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn log_only_sends_nothing() {
        let (_, _, ids) = first(
            "define( 'POST_SMTP_RUN_MODE', 'log_only' );\ndefine( 'POST_SMTP_AUTH_USERNAME', 'u' );\ndefine( 'POST_SMTP_AUTH_PASSWORD', 'p' );\n",
        );
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
