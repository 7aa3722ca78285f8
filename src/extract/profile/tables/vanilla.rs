//! Vanilla Forums: `conf/config.php`, `$Configuration['Garden']['Email'][…]`
//! (the Dashboard's "Outgoing Email" page writes the same keys).
//!
//! Meaning (vanilla/vanilla `library/core/class.email.php`: `Send()` in
//! 2.x, `configureSMTP()` in current releases; the Dashboard's email
//! settings (`SettingsController::email()` and its view, which offers the
//! SMTP Security choices):
//!
//! * `UseSmtp` is the switch: true hands mail to PHPMailer's SMTP; false
//!   or absent (the default) uses PHP's `mail()`.
//! * `SmtpHost` is PHPMailer's `Host`; a `host:port` there is split at the
//!   colon and the port taken from it. `SmtpPort` defaults to **25**.
//! * `SmtpSecurity` is PHPMailer's `SMTPSecure`: the Dashboard offers
//!   `''` (None), `ssl` (TLS from the first byte) and `tls` (STARTTLS,
//!   required). With `''` the bundled PHPMailer (5.2.10 and later, 6.x
//!   in current releases) still upgrades with STARTTLS when the server
//!   offers it (`SMTPAutoTLS`, on by default).
//! * A non-empty `SmtpUser` turns `SMTPAuth` on, with `SmtpPassword`.
//! * `SupportAddress` is the From (`SupportName` its display name).
//!
//! The key paths (`Garden.Email.Smtp*`) are Vanilla's own.

use super::laravel;
use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Sec, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("Garden.Email.SmtpHost", Host, Read::HostPort),
    k("Garden.Email.SmtpPort", Port),
    k("Garden.Email.SmtpSecurity", Encryption),
    k("Garden.Email.SmtpUser", Username),
    k("Garden.Email.SmtpPassword", Password),
    k("Garden.Email.SupportAddress", From),
    k("Garden.Email.UseSmtp", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("Garden.Email.SmtpHost"),
    mark("Garden.Email.UseSmtp"),
    mark("Garden.Email.SmtpSecurity"),
    mark("Garden.Email.SupportAddress"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![
    "Garden.Email.SupportName",
    "Garden.Email.MimeType",
    "Garden.Email.Format",
    "Garden.Email.Disabled",
    "Garden.Email.OmitToName",
    "Garden.Email.Image",
    "Garden.Email.Styles",
];

/// PHPMailer's `SMTPSecure` with `SMTPAutoTLS` on.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("", Sec::Auto),
    ],
    ..TlsModel::OPPORTUNISTIC
};

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "$Configuration['Garden']['Email']['SmtpPort'] = '{port}';",
    ),
    fix_text(
        W::Host,
        &[],
        "$Configuration['Garden']['Email']['SmtpHost'] = '{value}';",
    ),
    fix_text(
        W::StartTls,
        &[],
        "$Configuration['Garden']['Email']['SmtpSecurity'] = 'tls'; with SmtpPort '587' (SMTP Security: TLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "PHP's default certificate checks (Vanilla has no option to turn them off)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$Configuration['Garden']['Email']['SmtpUser'] and ['SmtpPassword']",
    ),
    laravel::TLS_MODERN_FIX,
    fix_text(
        W::Username,
        &[],
        "$Configuration['Garden']['Email']['SmtpUser'] = '{value}';",
    ),
    fix_text(
        W::Password,
        &[],
        "$Configuration['Garden']['Email']['SmtpPassword'] = '{value}';",
    ),
    fix_text(
        W::From,
        &[],
        "$Configuration['Garden']['Email']['SupportAddress'] = '{value}';",
    ),
    fix_text(
        W::Stream,
        &[],
        "Vanilla has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static VANILLA: Profile = Profile {
    id: "vanilla",
    name: "Vanilla Forums conf/config.php (Garden.Email)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/vanilla/vanilla/blob/master/library/core/class.email.php https://github.com/vanilla/vanilla/blob/master/applications/dashboard/controllers/class.settingscontroller.php https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: Some("PHP's mail() (Garden.Email.UseSmtp is not set)"),
        off: Some("PHP's mail()"),
        name: "$Configuration['Garden']['Email']['UseSmtp']",
    }),
    fixes: FIXES,
    sender_hint: "$Configuration['Garden']['Email']['SupportAddress'] (Dashboard › Outgoing Email)",
    hooks: Hooks {
        finish: Some(host_port_wins),
        ..Hooks::NONE
    },
    ..BASE
};

/// A `host:port` in `SmtpHost` replaces `SmtpPort` (`explode(':', …)`
/// after the port was read).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn host_port_wins(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        let Some(host_key) = cfg.get(Host).map(|f| f.key.clone()) else {
            continue;
        };
        if cfg
            .fields
            .iter()
            .any(|f| f.role == Port && f.key == host_key)
        {
            cfg.fields.retain(|f| f.role != Port || f.key == host_key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const PHP: &str = "<?php if (!defined('APPLICATION')) exit();\n$Configuration['Garden']['Email']['SupportName'] = 'Acme Widgets';\n$Configuration['Garden']['Email']['SupportAddress'] = 'hello@acme-widgets.io';\n$Configuration['Garden']['Email']['UseSmtp'] = '1';\n$Configuration['Garden']['Email']['SmtpHost'] = 'smtp.postmarkapp.com';\n$Configuration['Garden']['Email']['SmtpUser'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$Configuration['Garden']['Email']['SmtpPassword'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$Configuration['Garden']['Email']['SmtpPort'] = '587';\n$Configuration['Garden']['Email']['SmtpSecurity'] = 'tls';\n";

    #[test]
    fn config_php_with_tls() {
        let s = clean_starttls(PHP, "vanilla");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn security_words() {
        let (_, s, ids) = first(&PHP.replace("= 'tls'", "= 'ssl'"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // None: PHPMailer still upgrades when offered.
        let (_, s, _) = first(&PHP.replace("= 'tls'", "= ''"));
        assert_eq!(s["security"], "starttls");
        // host:port in SmtpHost wins over SmtpPort.
        let (_, s, _) =
            first(&PHP.replace("'smtp.postmarkapp.com'", "'smtp.postmarkapp.com:2525'"));
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn use_smtp_is_the_switch() {
        let (_, _, ids) = first(&PHP.replace("['UseSmtp'] = '1'", "['UseSmtp'] = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_php_configs_are_not_taken() {
        let php = "<?php\n$config['smtp_host'] = 'smtp.postmarkapp.com';\n$config['smtp_port'] = 587;\n$config['smtp_user'] = 'u';\n";
        let r = crate::lint(php, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "vanilla"));
    }
}
