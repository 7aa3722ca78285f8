//! MediaWiki: `$wgSMTP` in `LocalSettings.php` (`$wgSMTP = [ 'host' =>
//! …, 'port' => …, 'auth' => true, 'username' => …, 'password' => … ];`),
//! with `$wgPasswordSender` as the From and `$wgEnableEmail` as the switch.
//!
//! Meaning (mediawiki.org "Manual:$wgSMTP", "Manual:$wgPasswordSender",
//! "Manual:$wgEnableEmail", and the code: `UserMailer::send` hands the
//! array to PEAR `Mail::factory('smtp', $wgSMTP)`, i.e. PEAR `Mail_smtp`
//! over `Net_SMTP`):
//!
//! * `$wgSMTP = false` (the default) sends with PHP's `mail()`; an array
//!   sends through SMTP. `$wgEnableEmail = false` sends no mail at all.
//! * `host` (default `localhost`) may carry a PHP stream prefix:
//!   `ssl://` or `tls://` opens TLS from the first byte (PHP's stream
//!   wrappers; unlike PHPMailer, where `tls://` means STARTTLS).
//! * `port` defaults to 25.
//! * `auth`: `true` (or a mechanism name such as `'PLAIN'`/`'LOGIN'`) logs
//!   in with `username`/`password`; `false` (PEAR's default) does not.
//!   STARTTLS happens only inside `Net_SMTP::auth()`, when the server
//!   offers it and the host has no `ssl://` prefix: without `auth` the
//!   mail goes in clear text, with it STARTTLS is opportunistic.
//! * `IDHost` is the domain of Message-IDs, `localhost` the EHLO name;
//!   `socket_options` → `ssl` → `verify_peer => false` turns certificate
//!   checks off.
//! * `$wgPasswordSender` is the From of the mail the wiki sends (default
//!   `apache@` the server name); `$wgEmergencyContact` the admin address
//!   shown to users.
//!
//! The manual's examples write `ssl://smtp.gmail.com` with port 465 and
//! also `tls://` with 587; per PHP's stream wrappers the latter opens TLS
//! on the first byte, which fails on a STARTTLS port: the code decides.

use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, set_if, syn, tls::truth, words, Fix, Hooks, Key, Pairs, Profile,
    Read, SetVal, Switch, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("$wgSMTP.host", Host, Read::HostList),
    k("$wgSMTP.port", Port),
    k("$wgSMTP.auth", Auth),
    k("$wgSMTP.username", Username),
    k("$wgSMTP.password", Password),
    k(
        "$wgSMTP.socket_options.ssl.verify_peer|$wgSMTP.socket_options.ssl.verify_peer_name",
        VerifyPeer,
    ),
    k("$wgSMTP.socket_options.ssl.allow_self_signed", SkipVerify),
    k("$wgSMTP", Transport),
    k("$wgEnableEmail", Enabled),
    k("$wgPasswordSender", From),
];

/// `$wgSMTP` keys and mail globals that carry nothing we check.
const OTHER_KEYS: Words = words![
    "IDHost",
    "localhost",
    "timeout",
    "verp",
    "debug",
    "persist",
    "pipelining",
    "socket_options",
    "$wgEmergencyContact",
    "$wgEnableUserEmail",
    "$wgEnotifUserTalk",
    "$wgEnotifWatchlist",
    "$wgEmailAuthentication",
    "$wgPasswordSenderName",
    "$wgNoReplyAddress",
    "$wgUserEmailUseReplyTo",
];

/// Names of other mailers' settings that PEAR Mail ignores.
const LEFTOVERS: Pairs = pairs![
    ("user", "username"),
    ("pass", "password"),
    ("server", "host"),
    ("secure", "host with ssl:// (or auth => true for STARTTLS)"),
    ("ssl", "host with ssl://"),
    ("tls", "auth => true (STARTTLS comes with the login)"),
    ("starttls", "auth => true (STARTTLS comes with the login)"),
    (
        "encryption",
        "host with ssl:// (or auth => true for STARTTLS)",
    ),
];

/// PEAR reading (see the module docs): a stream prefix on the host is TLS
/// from the first byte; otherwise STARTTLS comes with the login only.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if let Some(s) = cfg.get(Scheme) {
        if s.value.is_reference() {
            return tls;
        }
        let w = s
            .value
            .text
            .trim()
            .trim_end_matches("://")
            .to_ascii_lowercase();
        if w == "ssl" || w == "tls" || w.starts_with("tlsv") || w.starts_with("sslv") {
            tls.choose(Security::Implicit, Evidence::of(s));
            return tls;
        }
    }
    match cfg.get(Auth) {
        Some(f) if f.value.is_reference() => tls,
        Some(f) if truth(cfg.dialect, f) == Some(true) => {
            tls.mode = Some(Security::StartTls);
            tls
        }
        Some(f) => {
            tls.choose(Security::None, Evidence::of(f));
            tls
        }
        None => {
            tls.choose(
                Security::None,
                Evidence::absent(
                    "no 'auth' => true in $wgSMTP: PEAR Mail starts TLS only when it logs in",
                ),
            );
            tls
        }
    }
}

/// An array written to `$wgSMTP` is what selects SMTP: it stands for the
/// switch (`$wgSMTP = false` is PHP's `mail()`).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn switched(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        if c.get(Transport).is_some() {
            continue;
        }
        let Some(any) = [Host, Port, Username, Password, Auth]
            .into_iter()
            .find_map(|r| c.get(r))
        else {
            continue;
        };
        let mut on = any.clone();
        on.role = Transport;
        on.value.text = "smtp".into();
        on.value.verbatim = false;
        c.push(on);
    }
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "port", SetVal::Port)],
        "'port' => {port}, in $wgSMTP",
    ),
    fix_text(
        W::Host,
        &[],
        "'host' => '{value}', in $wgSMTP (no ssl:// prefix on port 587)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "'host' => 'smtp.postmarkapp.com' (no ssl:// or tls:// prefix), 'port' => 587 and 'auth' => true in $wgSMTP: PEAR Mail then uses STARTTLS",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `'verify_peer' => false` from $wgSMTP['socket_options']",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "'auth' => true, with 'username' and 'password' in $wgSMTP",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "'username' => '{value}', in $wgSMTP"),
    fix_text(W::Password, &[], "'password' => '{value}', in $wgSMTP"),
    fix_text(W::From, &[], "$wgPasswordSender = '{value}';"),
    fix_text(
        W::Stream,
        &[],
        "MediaWiki has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static MEDIAWIKI: Profile = Profile {
    id: "mediawiki",
    name: "MediaWiki LocalSettings.php ($wgSMTP)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.mediawiki.org/wiki/Manual:$wgSMTP https://www.mediawiki.org/wiki/Manual:$wgPasswordSender https://github.com/wikimedia/mediawiki/blob/master/includes/mail/UserMailer.php https://github.com/pear/Net_SMTP/blob/master/Net/SMTP.php",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: &[
        mark("$wgSMTP.host"),
        mark("$wgSMTP.IDHost"),
        mark("$wgSMTP"),
        mark("$wgPasswordSender"),
        mark("$wgEnableEmail"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["false"],
        missing: Some("PHP's mail() function ($wgSMTP = false, the default)"),
        off: None,
        name: "$wgSMTP",
    }),
    auth_switch: Some("'auth' => true in $wgSMTP"),
    fixes: FIXES,
    sender_hint: "$wgPasswordSender in LocalSettings.php (default apache@ your server name)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(switched),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const LS: &str = "<?php\n$wgEnableEmail = true;\n$wgEmergencyContact = 'admin@acme.io';\n$wgPasswordSender = 'wiki@acme.io';\n$wgSMTP = [\n    'host' => 'smtp.postmarkapp.com',\n    'IDHost' => 'acme.io',\n    'port' => 587,\n    'auth' => true,\n    'username' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n    'password' => '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c',\n];\n";

    #[test]
    fn wgsmtp_with_auth_is_starttls() {
        let (client, s, ids) = first(LS);
        assert_eq!(client, "mediawiki");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "wiki@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn stream_prefixes_are_tls_from_the_first_byte() {
        let (_, s, ids) = first(&LS.replace("'smtp.postmark", "'ssl://smtp.postmark"));
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // PHP's tls:// wrapper is not STARTTLS.
        let (_, s, _) = first(&LS.replace("'smtp.postmark", "'tls://smtp.postmark"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn without_auth_there_is_no_tls_and_no_login() {
        let (_, s, ids) = first(&LS.replace("'auth' => true", "'auth' => false"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "auth/disabled"), "{ids:?}");
        let (_, s, ids) = first(&LS.replace("    'auth' => true,\n", ""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
        // A mechanism name is a login too.
        let (_, s, _) = first(&LS.replace("'auth' => true", "'auth' => 'PLAIN'"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn switches() {
        let (_, _, ids) = first(&LS.replace("$wgEnableEmail = true", "$wgEnableEmail = false"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        // `$wgSMTP = false` is PHP's mail(): nothing to check.
        let r = crate::lint(
            "<?php\n$wgEnableEmail = true;\n$wgPasswordSender = 'wiki@acme.io';\n$wgSMTP = false;\n",
            &crate::Options::default(),
        );
        assert!(r.findings.iter().any(|f| f.id.starts_with("input/")));
    }

    #[test]
    fn other_php_arrays_are_not_mediawiki() {
        let (client, _, _) = first("<?php\n$config = [\n  'host' => 'smtp.postmarkapp.com',\n  'port' => 587,\n  'auth' => true,\n];\n");
        assert_ne!(client, "mediawiki");
    }
}
