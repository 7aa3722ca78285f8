//! Drupal: `settings.php` overrides of the SMTP Authentication Support
//! module's configuration (`$config['smtp.settings']['smtp_host'] = …;`,
//! Drupal 8 and later). The module sends with PHPMailer.
//!
//! Meaning (drupal.org/project/smtp, its `config/install/smtp.settings.yml`
//! and `SMTPMailSystem::mail()` / `SMTPConfigurationService`):
//!
//! * `smtp_on` turns the module's mail system on (off at install: Drupal's
//!   default mail system, PHP `mail()`, sends instead). A paste without it
//!   keeps whatever the site's stored configuration says.
//! * `smtp_host` and `smtp_hostbackup` are joined with `;` into PHPMailer's
//!   `Host` (the first one is tried first); `smtp_port` is `Port`
//!   (`'25'` at install).
//! * `smtp_protocol`: `ssl` → `SMTPSecure = 'ssl'` (TLS from the first
//!   byte), `tls` → `'tls'` (STARTTLS required), `standard` (the install
//!   value) → empty, where `smtp_autotls` (true at install) is PHPMailer's
//!   `SMTPAutoTLS`: STARTTLS when the server offers it; `smtp_autotls =
//!   FALSE` with `standard` is clear text.
//! * `smtp_username` and `smtp_password` log in only when both are
//!   non-empty (`SMTPAuth = TRUE` then).
//! * `smtp_from` is the From the module sets (the site mail otherwise).
//!
//! The reading of `SMTPSecure`/`SMTPAutoTLS` and of the host list is
//! PHPMailer's ([`super::phpmailer`]). Not read: Drupal 7's `$conf['smtp_*']`
//! (an older bundled mailer) and the Symfony Mailer module's
//! `$config['symfony_mailer.mailer_transport.*']`.

use crate::extract::profile::{
    fix_text, k, kr, mark, set_if, syn, words, Fix, Hooks, Key, Profile, Read, SetVal, Switch,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::phpmailer;

const KEYS: &[Key] = &[
    kr("smtp.settings.smtp_host", Host, Read::HostList),
    k("smtp.settings.smtp_port", Port),
    k("smtp.settings.smtp_protocol", Encryption),
    k("smtp.settings.smtp_autotls", StartTls),
    k("smtp.settings.smtp_username", Username),
    k("smtp.settings.smtp_password", Password),
    k("smtp.settings.smtp_from", From),
    k("smtp.settings.smtp_on", Enabled),
];

/// The module's other settings (also its exported `smtp.settings.yml`'s).
pub(super) const OTHER_KEYS: Words = words![
    "smtp_hostbackup",
    "smtp_timeout",
    "smtp_fromname",
    "smtp_client_hostname",
    "smtp_client_helo",
    "smtp_allowhtml",
    "smtp_test_address",
    "smtp_reroute_address",
    "smtp_debugging",
    "smtp_debug_level",
    "smtp_keepalive",
    "smtp_queue",
    "smtp_queue_fail",
    "prev_mail_system",
];

/// The module's fixes that read the same in every shape (settings.php,
/// the exported YAML).
pub(super) const VERIFY_ON_FIX: Fix = fix_text(
    W::VerifyOn,
    &[],
    "remove the code that turns PHPMailer's verify_peer off",
);
pub(super) const STREAM_FIX: Fix = fix_text(
    W::Stream,
    &[],
    "the SMTP module has no stream setting: use a Server whose default stream is `{value}`",
);

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "smtp_port", SetVal::Port)],
        "$config['smtp.settings']['smtp_port'] = '{port}';",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "smtp_host", SetVal::Given)],
        "$config['smtp.settings']['smtp_host'] = '{value}';",
    ),
    fix_text(
        W::StartTls,
        &[set_if(Encryption, "smtp_protocol", SetVal::Word("tls"))],
        "$config['smtp.settings']['smtp_protocol'] = 'tls'; (with port 587)",
    ),
    VERIFY_ON_FIX,
    fix_text(
        W::AuthOn,
        &[],
        "$config['smtp.settings']['smtp_username'] and ['smtp_password'] (both non-empty)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(
        W::Username,
        &[],
        "$config['smtp.settings']['smtp_username'] = '{value}';",
    ),
    fix_text(
        W::Password,
        &[],
        "$config['smtp.settings']['smtp_password'] = '{value}';",
    ),
    fix_text(
        W::From,
        &[],
        "$config['smtp.settings']['smtp_from'] = '{value}';",
    ),
    STREAM_FIX,
];

pub static DRUPAL_SMTP: Profile = Profile {
    id: "drupal-smtp",
    name: "Drupal SMTP module (settings.php $config['smtp.settings'])",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.drupal.org/project/smtp https://git.drupalcode.org/project/smtp/-/blob/8.x-1.x/config/install/smtp.settings.yml https://git.drupalcode.org/project/smtp/-/blob/8.x-1.x/src/Plugin/Mail/SMTPMailSystem.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[
        mark("smtp.settings.smtp_host"),
        mark("smtp.settings.smtp_on"),
        mark("smtp.settings.smtp_protocol"),
        mark("smtp.settings.smtp_username"),
    ],
    needs_marker: true,
    family: &["smtp_"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: Some("Drupal's default mail system (PHP mail())"),
        name: "$config['smtp.settings']['smtp_on']",
    }),
    fixes: FIXES,
    sender_hint: "$config['smtp.settings']['smtp_from'] (else the site email address)",
    constants: phpmailer::CONSTANTS,
    hooks: Hooks {
        tls: Some(phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const PHP: &str = "<?php\n$config['smtp.settings']['smtp_on'] = TRUE;\n$config['smtp.settings']['smtp_host'] = 'smtp.postmarkapp.com';\n$config['smtp.settings']['smtp_port'] = '587';\n$config['smtp.settings']['smtp_protocol'] = 'tls';\n$config['smtp.settings']['smtp_username'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['smtp.settings']['smtp_password'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['smtp.settings']['smtp_from'] = 'site@acme.io';\n";

    #[test]
    fn settings_overrides() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "drupal-smtp");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "site@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn protocol_words() {
        let (_, s, ids) = first(&PHP.replace("= 'tls'", "= 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // `standard`: PHPMailer's automatic STARTTLS, unless smtp_autotls is off.
        let (_, s, _) = first(&PHP.replace("= 'tls'", "= 'standard'"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!(
            "{}$config['smtp.settings']['smtp_autotls'] = FALSE;\n",
            PHP.replace("= 'tls'", "= 'standard'")
        ));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn module_off() {
        let (_, _, ids) = first(&PHP.replace("smtp_on'] = TRUE", "smtp_on'] = FALSE"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }
}
