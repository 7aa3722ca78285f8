//! Matomo: the `[mail]` section of `config/config.ini.php` (defaults in
//! `config/global.ini.php`), sent through PHPMailer.
//!
//! Meaning (matomo.org FAQ "How do I configure Matomo to send emails via
//! SMTP?" (faq_31), `config/global.ini.php` and `core/Mail/Transport.php`
//! `initSmtpTransport`):
//!
//! * `transport = smtp` with a non-empty `host` uses SMTP; an empty
//!   `transport` (the default) or host sends with PHP's `mail()`, and the
//!   rest of the section is ignored.
//! * `port`: when empty PHPMailer's default, 25, whatever the encryption.
//!   The comment in `global.ini.php` says 465 is the default for `ssl`, but
//!   `Transport.php` sets the port only when one is written: we follow the
//!   code.
//! * `encryption` becomes PHPMailer's `SMTPSecure`, compared exactly:
//!   `ssl` is TLS from the first byte, `tls` requires STARTTLS; `none`
//!   (any case) switches `SMTPAutoTLS` off: clear text. Empty (the default)
//!   or any other word leaves PHPMailer's automatic STARTTLS when the
//!   server offers it.
//! * `type` is the login switch: when set (`LOGIN`, `PLAIN`, `CRAM-MD5`)
//!   Matomo turns `SMTPAuth` on; empty, `username` and `password` are never
//!   sent.
//! * `ssl_verify_peer = 0` / `ssl_verify_peer_name = 0` turn certificate
//!   checks off (default 1).
//! * The From is `noreply_email_address` in `[General]` (default
//!   `noreply@{DOMAIN}`).
//!
//! INI values are PHP's `parse_ini_file`: `key = ; comment` is empty.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Pairs, Profile, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("mail.transport", Transport),
    k("mail.host", Host),
    k("mail.port", Port),
    k("mail.type", Auth),
    k("mail.username", Username),
    k("mail.password", Password),
    k("mail.encryption", Encryption),
    k("mail.ssl_verify_peer|mail.ssl_verify_peer_name", VerifyPeer),
    k("General.noreply_email_address", From),
];

const OTHER_KEYS: Words = words!["defaultHostnameIfEmpty", "ssl_disallow_self_signed"];

const LEFTOVERS: Pairs = pairs![
    ("user", "username"),
    ("auth", "type"),
    ("smtp_auth", "type"),
    ("security", "encryption"),
    ("secure", "encryption"),
    ("ssl", "encryption"),
    ("from", "noreply_email_address in [General]"),
];

/// PHPMailer's `SMTPSecure` as Matomo sets it (see the module docs).
fn tls_of(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Encryption) else {
        tls.mode = Some(Security::StartTls);
        return tls;
    };
    let Some(word) = f.value.literal().map(str::trim) else {
        return tls;
    };
    match word {
        "ssl" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        "tls" => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        w if w.eq_ignore_ascii_case("none") => {
            tls.choose(Security::None, Evidence::of(f));
        }
        // Empty or another word: PHPMailer's automatic STARTTLS.
        _ => tls.mode = Some(Security::StartTls),
    }
    tls
}

/// An empty `transport` or `host` sends with `mail()`: the switch counts
/// as not written (so `input/smtp-not-enabled` names it).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn switched(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        c.fields.retain(|f| {
            !(f.role == Transport && f.value.literal().is_some_and(|t| t.trim().is_empty()))
        });
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = {port} in [mail]"),
    fix_text(W::Host, &[], "host = \"{value}\" in [mail]"),
    fix_text(
        W::StartTls,
        &[],
        "encryption = \"tls\" in [mail] (with port = 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "ssl_verify_peer = 1 and ssl_verify_peer_name = 1 in [mail]",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "type = \"LOGIN\" in [mail] with username and password",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "username = \"{value}\" in [mail]"),
    fix_text(W::Password, &[], "password = \"{value}\" in [mail]"),
    fix_text(
        W::From,
        &[],
        "noreply_email_address = \"{value}\" in [General]",
    ),
    fix_text(
        W::Stream,
        &[],
        "Matomo has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MATOMO: Profile = Profile {
    id: "matomo",
    name: "Matomo config.ini.php [mail]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://matomo.org/faq/on-premise/faq_31/ https://github.com/matomo-org/matomo/blob/5.x-dev/core/Mail/Transport.php https://github.com/matomo-org/matomo/blob/5.x-dev/config/global.ini.php",
    // config.ini.php with quoted values reads as TOML too.
    syntaxes: syn::INI | syn::TOML,
    keys: KEYS,
    // `[mail] host` is any app's: the section's Matomo words.
    // `[mail] transport = "smtp"` is written by other apps too (Rust and
    // Python frameworks' TOML): not a marker by itself.
    markers: &[
        mark("mail.defaultHostnameIfEmpty"),
        mark("mail.encryption"),
        mark("mail.type"),
        mark("mail.ssl_verify_peer"),
        mark("General.noreply_email_address"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail"],
        missing: Some("PHP's mail() function"),
        off: None,
        name: "transport = \"smtp\" in [mail]",
    }),
    auth_switch: Some("type = \"LOGIN\" in [mail]"),
    fixes: FIXES,
    sender_hint: "noreply_email_address in [General] (default noreply@{DOMAIN})",
    hooks: Hooks {
        tls: Some(tls_of),
        finish: Some(switched),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const INI: &str = "[General]\nnoreply_email_address = \"analytics@acme.io\"\n\n[mail]\ntransport = \"smtp\"\nport = 587\nhost = \"smtp.postmarkapp.com\"\ntype = \"LOGIN\"\nusername = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\npassword = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nencryption = \"tls\"\n";

    #[test]
    fn smtp_section() {
        let (client, s, ids) = first(INI);
        assert_eq!(client, "matomo");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "analytics@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn encryption_words() {
        let (_, s, ids) = first(&INI.replace("\"tls\"", "\"ssl\""));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&INI.replace("\"tls\"", "none"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        // Empty: PHPMailer's automatic STARTTLS.
        let (_, s, _) = first(&INI.replace("\"tls\"", "; none"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn no_type_sends_no_login_and_no_port_is_25() {
        let (_, s, ids) = first(
            &INI.replace("type = \"LOGIN\"\n", "")
                .replace("port = 587\n", ""),
        );
        assert_eq!(s["port"], serde_json::Value::Null);
        // PHPMailer's 25, named by the port rule.
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn empty_transport_is_php_mail() {
        let (_, _, ids) = first(&INI.replace("\"smtp\"", "; smtp or empty"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
