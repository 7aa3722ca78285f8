//! LibreNMS: the `email_*` settings of its `config.php`
//! (`$config['email_smtp_host'] = …;`) or of its YAML config
//! (`config.d/*.yaml` in the Docker image), which it hands to PHPMailer.
//!
//! Meaning (LibreNMS docs "Alerting: Transports → Mail" and
//! `misc/config_definitions.json` for the defaults; the code:
//! `LibreNMS\Util\Mail::send`, which sets PHPMailer from them):
//!
//! * `email_backend`: `mail` (the default: PHP's `mail()`, none of the
//!   SMTP settings used), `sendmail`, or `smtp` (`$mail->isSMTP()`).
//! * `email_smtp_host` (default `localhost`), `email_smtp_port` (default
//!   25), `email_smtp_username`, `email_smtp_password`, `email_from`.
//! * `email_smtp_auth` is PHPMailer's `SMTPAuth`, **false by default**:
//!   without it the username and password are not sent.
//! * `email_smtp_secure` is `SMTPSecure` (`tls` STARTTLS, `ssl` TLS from
//!   the first byte, empty by default); `email_auto_tls` is `SMTPAutoTLS`
//!   (true by default): with no `email_smtp_secure`, STARTTLS when the
//!   server offers it.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("email_smtp_host", Host),
    k("email_smtp_port", Port),
    k("email_smtp_username", Username),
    k("email_smtp_password", Password),
    k("email_smtp_secure", Encryption),
    k("email_auto_tls", StartTls),
    k("email_smtp_auth", Auth),
    k("email_from", From),
    k("email_backend", Transport),
];

const MARKERS: &[Marker] = &[
    mark("email_backend"),
    mark("email_smtp_auth"),
    mark("email_smtp_secure"),
    mark("email_auto_tls"),
    mark("email_smtp_timeout"),
    mark("email_sendmail_path"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$config['email_smtp_port'] = {port};"),
    fix_text(W::Host, &[], "$config['email_smtp_host'] = '{value}';"),
    fix_text(W::StartTls, &[], "$config['email_smtp_secure'] = 'tls';"),
    fix_text(
        W::VerifyOn,
        &[],
        "LibreNMS has no certificate switch here: PHPMailer checks certificates by default",
    ),
    fix_text(W::AuthOn, &[], "$config['email_smtp_auth'] = true;"),
    fix_text(W::TlsModern, &[], "a current PHP and OpenSSL (TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "$config['email_smtp_username'] = '{value}';",
    ),
    fix_text(
        W::Password,
        &[],
        "$config['email_smtp_password'] = '{value}';",
    ),
    fix_text(W::From, &[], "$config['email_from'] = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "LibreNMS has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LIBRENMS: Profile = Profile {
    id: "librenms",
    name: "LibreNMS email settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.librenms.org/Alerting/Transports/#mail https://github.com/librenms/librenms/blob/master/LibreNMS/Util/Mail.php",
    syntaxes: syn::PHP | syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words![
        "email_smtp_timeout",
        "email_sendmail_path",
        "email_user",
        "email_html",
        "email_attach_graphs",
        "alert.default_mail",
        "alert.default_only",
    ],
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail", "sendmail"],
        missing: Some("PHP's mail() (LibreNMS's default email_backend is `mail`)"),
        off: None,
        name: "email_backend",
    }),
    auth_switch: Some("$config['email_smtp_auth'] = true;"),
    fixes: FIXES,
    sender_hint: "$config['email_from'] (else LibreNMS sends as `\"LibreNMS\" <librenms@hostname>`)",
    hooks: Hooks {
        tls: Some(super::phpmailer::tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PHP: &str = "<?php\n$config['email_backend'] = 'smtp';\n$config['email_from'] = 'librenms@acme.io';\n$config['email_smtp_host'] = 'smtp.postmarkapp.com';\n$config['email_smtp_port'] = 587;\n$config['email_smtp_timeout'] = 10;\n$config['email_smtp_secure'] = 'tls';\n$config['email_smtp_auth'] = true;\n$config['email_smtp_username'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['email_smtp_password'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n";

    #[test]
    fn smtp_with_starttls_and_a_login() {
        let (client, s, ids) = first(PHP);
        assert_eq!(client, "librenms");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "librenms@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_auth_switch_and_the_backend() {
        let (_, _, ids) = first(&PHP.replace("$config['email_smtp_auth'] = true;\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, _, ids) = first(&PHP.replace("'smtp';", "'mail';"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, s, ids) = first(&PHP.replace("'tls';", "'ssl';"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn the_yaml_config() {
        let yaml = "email_backend: smtp\nemail_smtp_host: smtp.postmarkapp.com\nemail_smtp_port: 2525\nemail_smtp_auth: true\nemail_smtp_username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail_smtp_password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nemail_from: librenms@acme.io\n";
        let (client, s, _) = first(yaml);
        assert_eq!(client, "librenms");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }
}
