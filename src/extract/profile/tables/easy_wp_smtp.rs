//! WordPress Easy WP SMTP (2.x) constants in `wp-config.php`
//! (`define( 'EASY_WP_SMTP_SMTP_HOST', '…' );`).
//!
//! Meaning (Easy WP SMTP's `src/Options.php`: `is_const_enabled`,
//! `get_const_value`, `is_const_defined`, `postprocess_key_defaults`).
//! Easy WP SMTP 2 runs WP Mail SMTP's code with its own prefix, so it reads
//! its constants the way [`super::wp_mail_smtp`] does:
//!
//! * The constants count only when `EASY_WP_SMTP_ON === true` (the boolean;
//!   the string `'true'` is not); otherwise the settings saved on the
//!   plugin's page are used.
//! * `EASY_WP_SMTP_SSL` is `''` (none), `'ssl'` (implicit TLS) or `'tls'`
//!   (STARTTLS); with none, `EASY_WP_SMTP_SMTP_AUTOTLS` upgrades with
//!   STARTTLS when offered. `EASY_WP_SMTP_SMTP_AUTH`, `_USER`, `_PASS`,
//!   `_HOST`, `_PORT`; `EASY_WP_SMTP_MAIL_FROM` is the From.
//! * `EASY_WP_SMTP_MAILER` other than `'smtp'` (`'postmark'`: the API
//!   mailer with `EASY_WP_SMTP_POSTMARK_SERVER_API_TOKEN`) leaves the SMTP
//!   constants unused; the plugin's default mailer is PHP `mail()`.
//! * `EASY_WP_SMTP_DO_NOT_SEND` stops all mail.
//! * A constant missing from the file is read from the settings page: no
//!   default port here. The first `define` of a name wins (PHP).

use super::wp_mail_smtp;
use crate::extract::profile::{
    fix_text, k, mark, pairs, set, set_if, syn, words, Hooks, Key, Pairs, Profile, SetVal, Switch,
    Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EASY_WP_SMTP_SMTP_HOST", Host),
    k("EASY_WP_SMTP_SMTP_PORT", Port),
    k("EASY_WP_SMTP_SMTP_USER", Username),
    k("EASY_WP_SMTP_SMTP_PASS", Password),
    k("EASY_WP_SMTP_SSL", Encryption),
    k("EASY_WP_SMTP_SMTP_AUTOTLS", StartTls),
    k("EASY_WP_SMTP_SMTP_AUTH", Auth),
    k("EASY_WP_SMTP_MAIL_FROM", From),
    k("EASY_WP_SMTP_POSTMARK_SERVER_API_TOKEN", ServerToken),
    k("EASY_WP_SMTP_POSTMARK_MESSAGE_STREAM", Stream),
    k("EASY_WP_SMTP_ON", Enabled),
];

const OTHER_KEYS: Words = words![
    "EASY_WP_SMTP_MAILER",
    "EASY_WP_SMTP_MAIL_FROM_NAME",
    "EASY_WP_SMTP_MAIL_FROM_FORCE",
    "EASY_WP_SMTP_MAIL_FROM_NAME_FORCE",
    "EASY_WP_SMTP_SET_RETURN_PATH",
    "EASY_WP_SMTP_DO_NOT_SEND",
    "EASY_WP_SMTP_LICENSE_KEY",
    "EASY_WP_SMTP_DEBUG_EVENTS_RETENTION_PERIOD",
];

/// Names of WP Mail SMTP and of guesses, which Easy WP SMTP does not read.
const LEFTOVERS: Pairs = pairs![
    ("EASY_WP_SMTP_HOST", "EASY_WP_SMTP_SMTP_HOST"),
    ("EASY_WP_SMTP_PORT", "EASY_WP_SMTP_SMTP_PORT"),
    ("EASY_WP_SMTP_USER", "EASY_WP_SMTP_SMTP_USER"),
    ("EASY_WP_SMTP_PASS", "EASY_WP_SMTP_SMTP_PASS"),
    ("EASY_WP_SMTP_SMTP_SSL", "EASY_WP_SMTP_SSL"),
    ("EASY_WP_SMTP_SMTP_PASSWORD", "EASY_WP_SMTP_SMTP_PASS"),
    ("EASY_WP_SMTP_SMTP_USERNAME", "EASY_WP_SMTP_SMTP_USER"),
];

const SETTINGS_PAGE: &str = "the settings saved on its settings page (Easy WP SMTP › Settings)";

pub static EASY_WP_SMTP: Profile = Profile {
    id: "easy-wp-smtp",
    name: "Easy WP SMTP (wp-config.php)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://easywpsmtp.com/docs/ https://wordpress.org/plugins/easy-wp-smtp/",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[mark("EASY_WP_SMTP_ON")],
    family: &["EASY_WP_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some(SETTINGS_PAGE),
        off: Some(SETTINGS_PAGE),
        name: "EASY_WP_SMTP_ON",
    }),
    fixes: &[
        fix_text(
            W::Port,
            &[set(Port, "EASY_WP_SMTP_SMTP_PORT", SetVal::Port)],
            "define( 'EASY_WP_SMTP_SMTP_PORT', {port} );",
        ),
        fix_text(
            W::Host,
            &[set(Host, "EASY_WP_SMTP_SMTP_HOST", SetVal::Given)],
            "define( 'EASY_WP_SMTP_SMTP_HOST', '{host}' );",
        ),
        fix_text(
            W::StartTls,
            &[
                set(Encryption, "EASY_WP_SMTP_SSL", SetVal::Word("tls")),
                set_if(StartTls, "EASY_WP_SMTP_SMTP_AUTOTLS", SetVal::Lit("true")),
            ],
            "define( 'EASY_WP_SMTP_SSL', 'tls' );",
        ),
        fix_text(
            W::VerifyOn,
            &[],
            "turn off “Allow insecure SSL certificates” in Easy WP SMTP › Settings › Misc",
        ),
        fix_text(
            W::AuthOn,
            &[set(Auth, "EASY_WP_SMTP_SMTP_AUTH", SetVal::Lit("true"))],
            "define( 'EASY_WP_SMTP_SMTP_AUTH', true );",
        ),
        fix_text(W::TlsModern, &[], "a PHP/OpenSSL build that supports TLS 1.2"),
        fix_text(W::Username, &[], "define( 'EASY_WP_SMTP_SMTP_USER', '{value}' );"),
        fix_text(W::Password, &[], "define( 'EASY_WP_SMTP_SMTP_PASS', '{value}' );"),
        fix_text(W::From, &[], "define( 'EASY_WP_SMTP_MAIL_FROM', '{value}' );"),
        fix_text(
            W::Stream,
            &[],
            "define( 'EASY_WP_SMTP_POSTMARK_MESSAGE_STREAM', '{value}' );",
        ),
    ],
    sender_hint: "`define( 'EASY_WP_SMTP_MAIL_FROM', 'you@yourdomain.com' );` in wp-config.php (or Easy WP SMTP › Settings › From Email)",
    first_wins: true,
    hooks: Hooks {
        tls: Some(wp_mail_smtp::tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(doc: &Document, configs: &mut Vec<Config>) {
    wp_mail_smtp::finish_with(doc, configs, "EASY_WP_SMTP_");
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const BASE: &str = "define( 'EASY_WP_SMTP_ON', true );\ndefine( 'EASY_WP_SMTP_MAILER', 'smtp' );\ndefine( 'EASY_WP_SMTP_SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'EASY_WP_SMTP_SMTP_AUTH', true );\ndefine( 'EASY_WP_SMTP_SMTP_USER', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\ndefine( 'EASY_WP_SMTP_SMTP_PASS', 'a1b2c3d4-0000-4000-8000-1234567890ab' );\n";

    #[test]
    fn ssl_words_and_autotls() {
        let (client, s, ids) = first(&format!(
            "{BASE}define( 'EASY_WP_SMTP_SMTP_PORT', 587 );\ndefine( 'EASY_WP_SMTP_SSL', 'tls' );\n"
        ));
        assert_eq!(client, "easy-wp-smtp");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&format!(
            "{BASE}define( 'EASY_WP_SMTP_SMTP_PORT', 465 );\ndefine( 'EASY_WP_SMTP_SSL', 'ssl' );\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = first(&format!(
            "{BASE}define( 'EASY_WP_SMTP_SMTP_PORT', 587 );\ndefine( 'EASY_WP_SMTP_SSL', '' );\ndefine( 'EASY_WP_SMTP_SMTP_AUTOTLS', false );\n"
        ));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn string_on_leaves_the_constants_unused() {
        let (_, _, ids) =
            first(&BASE.replace("'EASY_WP_SMTP_ON', true", "'EASY_WP_SMTP_ON', 'true'"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn wp_mail_smtp_constants_are_not_easy_wp_smtp() {
        let (client, _, _) = first(
            "define( 'WPMS_ON', true );\ndefine( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' );\ndefine( 'WPMS_SMTP_PORT', 587 );\n",
        );
        assert_eq!(client, "wp-mail-smtp");
    }
}
