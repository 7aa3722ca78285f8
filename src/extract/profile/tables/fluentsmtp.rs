//! WordPress FluentSMTP: the credentials it reads from `wp-config.php`
//! (`define( 'FLUENTMAIL_SMTP_USERNAME', '…' );`).
//!
//! Meaning (FluentSMTP `app/Services/Mailer/Providers/Smtp/Handler.php`
//! and `ValidatorTrait.php`, `Postmark/Handler.php`; fluentsmtp.com docs
//! "Access Keys in Config File"):
//!
//! * Only a connection whose "Access Keys" are set to *wp-config* reads
//!   constants, and only the credentials: `FLUENTMAIL_SMTP_USERNAME` and
//!   `FLUENTMAIL_SMTP_PASSWORD` for the SMTP provider,
//!   `FLUENTMAIL_POSTMARK_API_KEY` (the Server API token) for the Postmark
//!   API provider. Host, port, encryption (`none`/`ssl`/`tls`), auto-TLS
//!   and the From stay in the plugin's saved connection settings, so a
//!   paste of these constants carries no host or TLS to check.
//! * `FLUENTMAIL_SIMULATE_EMAILS` (true) stops every email from leaving.

use crate::extract::profile::{
    fix_text, k, pairs, syn, words, Fix, Key, Pairs, Profile, Sec, TlsModel, Words, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("FLUENTMAIL_SMTP_USERNAME", Username),
    k("FLUENTMAIL_SMTP_PASSWORD", Password),
    k("FLUENTMAIL_POSTMARK_API_KEY", ServerToken),
];

const OTHER_KEYS: Words = words![
    "FLUENTMAIL_SIMULATE_EMAILS",
    "FLUENTMAIL_GMAIL_CLIENT_ID",
    "FLUENTMAIL_GMAIL_CLIENT_SECRET",
    "FLUENTMAIL_OUTLOOK_CLIENT_ID",
    "FLUENTMAIL_OUTLOOK_CLIENT_SECRET",
    "FLUENTMAIL_ENCRYPT_SALT",
    "FLUENTMAIL_ENCRYPT_KEY",
    "FLUENTMAIL_LOG_OFF",
];

/// Names other WordPress SMTP plugins use, which FluentSMTP does not read.
const LEFTOVERS: Pairs = pairs![
    ("FLUENTMAIL_SMTP_USER", "FLUENTMAIL_SMTP_USERNAME"),
    ("FLUENTMAIL_SMTP_PASS", "FLUENTMAIL_SMTP_PASSWORD"),
    ("FLUENTMAIL_POSTMARK_TOKEN", "FLUENTMAIL_POSTMARK_API_KEY"),
];

const WHERE: &str = "in FluentSMTP › Settings › the connection (host, port and encryption are not wp-config constants)";

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "port {port} and STARTTLS (TLS) for the connection in FluentSMTP › Settings",
    ),
    fix_text(
        W::Host,
        &[],
        "host {host} for the connection in FluentSMTP › Settings",
    ),
    fix_text(
        W::StartTls,
        &[],
        "Encryption: TLS for the connection in FluentSMTP › Settings",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "Use Auth: Yes for the connection in FluentSMTP › Settings",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(
        W::Username,
        &[],
        "define( 'FLUENTMAIL_SMTP_USERNAME', '{value}' );",
    ),
    fix_text(
        W::Password,
        &[],
        "define( 'FLUENTMAIL_SMTP_PASSWORD', '{value}' );",
    ),
    fix_text(
        W::From,
        &[],
        "From Email {value} for the connection in FluentSMTP › Settings",
    ),
    fix_text(
        W::Stream,
        &[],
        "Message Stream {value} for the Postmark connection in FluentSMTP › Settings",
    ),
];

pub static FLUENTSMTP: Profile = Profile {
    id: "fluentsmtp",
    name: "FluentSMTP (wp-config.php credentials)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://fluentsmtp.com/docs/ https://github.com/WPManageNinja/fluent-smtp/blob/master/app/Services/Mailer/Providers/Smtp/Handler.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    family: &["FLUENTMAIL_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    first_wins: true,
    // TLS is set in the plugin's saved settings, not here: unknown.
    tls: TlsModel {
        default: Sec::Ignored,
        ..TlsModel::OPPORTUNISTIC
    },
    fixes: FIXES,
    sender_hint: WHERE,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn credentials_alone_are_checked_without_a_host() {
        let (client, s, ids) = first(
            "define( 'FLUENTMAIL_SMTP_USERNAME', 'info@acme.io' );\ndefine( 'FLUENTMAIL_SMTP_PASSWORD', 'hunter2hunter2' );\n",
        );
        assert_eq!(client, "fluentsmtp");
        assert_eq!(s["host"], serde_json::Value::Null);
        // The host lives in the plugin's settings: not missing here.
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "auth/token-shape"), "{ids:?}");
    }

    #[test]
    fn a_server_token_for_both_passes() {
        let (_, _, ids) = first(
            "define( 'FLUENTMAIL_SMTP_USERNAME', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\ndefine( 'FLUENTMAIL_SMTP_PASSWORD', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\n",
        );
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }
}
