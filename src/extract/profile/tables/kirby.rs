//! Kirby CMS: the `email.transport` option of `site/config/config.php`
//! (`'email' => ['transport' => ['type' => 'smtp', …]]`). Kirby sends with
//! PHPMailer.
//!
//! Meaning (getkirby.com docs "Options → email", "Emails";
//! `src/Email/PHPMailer.php`):
//!
//! * `type`: `mail` (the default, PHP's `mail()`) or `smtp`.
//! * `host`, `port` (without one PHPMailer's 25, except with
//!   `security => true`).
//! * `security` is PHPMailer's `SMTPSecure` and defaults to `'ssl'`: with
//!   no `security` Kirby speaks TLS from the first byte, on any port.
//!   `'ssl'`/`'tls'` are PHPMailer's words (case-sensitive); `true` picks
//!   by the port: none or 587 → `tls` on 587, 465 → `ssl`, any other port
//!   is an error; `false` leaves PHPMailer's automatic STARTTLS.
//! * `auth` defaults to false: without `'auth' => true` the username and
//!   password are not sent.
//! * The From is given per email (`from`), usually in an email preset
//!   (`email.presets.<name>.from`).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Profile, Read, Switch, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::phpmailer;

const KEYS: &[Key] = &[
    kr("email.transport.host", Host, Read::HostList),
    k("email.transport.port", Port),
    k("email.transport.username", Username),
    k("email.transport.password", Password),
    k("email.transport.security", Encryption),
    k("email.transport.auth", Auth),
    k("email.transport.type", Transport),
    k("email.presets.*.from", From),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "'port' => {port}, in 'email' => ['transport' => […]]",
    ),
    fix_text(
        W::Host,
        &[],
        "'host' => '{value}', in 'email' => ['transport' => […]]",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'security' => 'tls', with 'port' => 587, (Kirby's default 'security' is 'ssl')",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the code that turns certificate verification off",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'auth' => true, with 'username' and 'password' (Kirby's 'auth' defaults to false)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'username' => '{value}',"),
    fix_text(W::Password, &[], "'password' => '{value}',"),
    fix_text(
        W::From,
        &[],
        "'from' => '{value}' in your email preset ('email' => ['presets' => [… => ['from' => …]]])",
    ),
    fix_text(
        W::Stream,
        &[],
        "Kirby has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KIRBY: Profile = Profile {
    id: "kirby",
    name: "Kirby email.transport",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://getkirby.com/docs/reference/system/options/email https://getkirby.com/docs/guide/emails https://github.com/getkirby/kirby/blob/main/src/Email/PHPMailer.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[
        mark("email.transport.type"),
        mark("email.transport.security"),
        mark("email.transport.host"),
    ],
    needs_marker: true,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["mail"],
        missing: Some("PHP's mail() function (Kirby's transport 'type' defaults to 'mail')"),
        off: None,
        name: "'type' in email.transport",
    }),
    auth_switch: Some("'auth' => true"),
    fixes: FIXES,
    sender_hint: "'from' of your email preset (email.presets) or of the $kirby->email() call",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// `security => true` with no port sends on 587; otherwise PHPMailer's 25.
fn default_port(cfg: &Config) -> Option<u16> {
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => None,
        Some(f) if f.value.text.trim() == "true" => Some(587),
        _ => Some(25),
    }
}

/// Kirby's `security`: absent is `'ssl'`; `true` picks by the port;
/// `false` leaves PHPMailer's automatic STARTTLS; words as PHPMailer.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Encryption) else {
        tls.choose(Security::Implicit, Evidence::absent(
            "no 'security' in email.transport: Kirby's default is 'ssl', TLS from the first byte",
        ));
        return tls;
    };
    if f.value.is_reference() {
        return tls;
    }
    match f.value.text.trim() {
        "true" => match cfg.effective_port() {
            None | Some(587) => {
                tls.choose(Security::StartTls, Evidence::of(f));
            }
            Some(465) => {
                tls.choose(Security::Implicit, Evidence::of(f));
            }
            // Kirby throws: it cannot tell the protocol from the port.
            Some(_) => {}
        },
        "false" => tls.mode = Some(Security::StartTls),
        _ => return phpmailer::tls(cfg),
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\n\nreturn [\n  'debug' => false,\n  'email' => [\n    'transport' => [\n      'type' => 'smtp',\n      'host' => 'smtp.postmarkapp.com',\n      'port' => 587,\n      'security' => true,\n      'auth' => true,\n      'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n      'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    ],\n    'presets' => [\n      'contact' => [\n        'from' => 'web@acme.io',\n      ],\n    ],\n  ],\n];\n";

    #[test]
    fn security_true_picks_by_port_and_absent_is_ssl() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "kirby");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "web@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = first(&CONF.replace("587", "465"));
        assert_eq!(s["security"], "implicit");
        // No `security`: Kirby's 'ssl', TLS from the first byte on 587.
        let (_, s, ids) = first(&CONF.replace("      'security' => true,\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&CONF.replace("=> true,\n      'auth'", "=> 'tls',\n      'auth'"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn auth_defaults_to_off_and_type_to_mail() {
        let (_, _, ids) = first(&CONF.replace("      'auth' => true,\n", ""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, _, ids) = first(&CONF.replace("'type' => 'smtp'", "'type' => 'mail'"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn other_php_arrays_are_not_kirby() {
        let (client, _, _) = first("<?php\nreturn [\n  'mail' => [\n    'host' => 'smtp.postmarkapp.com',\n    'port' => 587,\n    'security' => 'tls',\n  ],\n];\n");
        assert_ne!(client, "kirby");
    }
}
