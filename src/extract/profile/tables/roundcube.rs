//! Roundcube: the SMTP settings of `config/config.inc.php`
//! (`$config['smtp_host'] = 'tls://smtp.example.com:587';`), and the
//! names before 1.6 (`smtp_server` with `smtp_port`; `$rcmail_config`).
//!
//! Meaning (`config/defaults.inc.php`, `program/lib/Roundcube/rcube_smtp.php`
//! `connect()`, `rcube_utils::parse_host_uri()`, `rcube_config.php`'s
//! legacy names):
//!
//! * `smtp_host` is `[ssl://|tls://]host[:port]` by design (default
//!   `localhost:587`): `ssl://` is TLS from the first byte, `tls://` is
//!   STARTTLS, required (the connection fails when it fails). Without a
//!   prefix Roundcube never starts TLS: Net_SMTP's `auth()` is called with
//!   its STARTTLS switch off.
//! * The port is the one after the host; without one, 465 for `ssl://` and
//!   587 otherwise.
//! * `smtp_server` (before 1.6) is read as `smtp_host` when that is not
//!   set; its `smtp_port` (default 25 then) is what Roundcube 1.5 and older
//!   used; 1.6 ignores it (the port comes from the host).
//! * `smtp_user` `%u` and `smtp_pass` `%p` (the defaults) are each user's
//!   own login and password; empty values switch the login off. The login
//!   is sent only when both are non-empty.
//! * `smtp_conn_options` → `ssl` → `verify_peer => false` switches
//!   certificate verification off.
//! * Roundcube has no From setting: each user's identity is the From.
//! * A `smtp_host` array (one SMTP server per IMAP host) is not read.

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, pairs, syn, tls, words, Both, Fix, Hooks, Key, Marker,
    Pairs, Profile, Read, Sec, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("smtp_host|smtp_server", Host, Read::HostList),
    k("smtp_port", Port),
    k("smtp_user", Username),
    k("smtp_pass", Password),
    k("smtp_auth_type", AuthMethod),
    k(
        "smtp_conn_options.**.verify_peer|smtp_conn_options.**.verify_peer_name",
        VerifyPeer,
    ),
];

/// `smtp_host` and `smtp_user` are other PHP apps' names too (CodeIgniter
/// 3): Roundcube's own settings, and its `%u`/`%p` placeholders.
const MARKERS: &[Marker] = &[
    mark("smtp_server"),
    mark("imap_host"),
    mark("default_host"),
    mark("smtp_auth_type"),
    mark("smtp_helo_host"),
    mark("smtp_conn_options"),
    mark("des_key"),
    mark("db_dsnw"),
    mark_value("smtp_user", "%u"),
    mark_value("smtp_pass", "%p"),
];

const OTHER_KEYS: Words = words![
    "smtp_log",
    "smtp_debug",
    "smtp_timeout",
    "smtp_helo_host",
    "smtp_auth_cid",
    "smtp_auth_pw",
    "smtp_xclient_login",
    "smtp_xclient_addr",
    "smtp_conn_options",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_password", "smtp_pass"),
    ("smtp_username", "smtp_user"),
    (
        "smtp_crypto",
        "smtp_host (tls:// or ssl:// before the host)"
    ),
    (
        "smtp_secure",
        "smtp_host (tls:// or ssl:// before the host)"
    ),
    ("smtp_ssl", "smtp_host (ssl:// before the host)"),
    ("smtp_tls", "smtp_host (tls:// before the host)"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "$config['smtp_host'] = 'tls://host:{port}'; (the port after the host)",
    ),
    fix_text(W::Host, &[], "$config['smtp_host'] = 'tls://{value}:587';"),
    fix_text(
        W::StartTls,
        &[],
        "$config['smtp_host'] = 'tls://…:587'; (tls:// before the host for STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove 'verify_peer' => false and 'verify_peer_name' => false from $config['smtp_conn_options']",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$config['smtp_user'] and $config['smtp_pass'] (both non-empty)",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a PHP/OpenSSL build that supports TLS 1.2",
    ),
    fix_text(W::Username, &[], "$config['smtp_user'] = '{value}';"),
    fix_text(W::Password, &[], "$config['smtp_pass'] = '{value}';"),
    fix_text(
        W::From,
        &[],
        "each user's identity address {value} (Settings → Identities)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Roundcube has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ROUNDCUBE: Profile = Profile {
    id: "roundcube",
    name: "Roundcube config.inc.php smtp_host",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/roundcube/roundcubemail/blob/master/config/defaults.inc.php https://github.com/roundcube/roundcubemail/blob/master/program/lib/Roundcube/rcube_smtp.php https://github.com/roundcube/roundcubemail/wiki/Configuration",
    syntaxes: syn::PHP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["smtp_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[("ssl", Sec::Implicit), ("tls", Sec::StartTls)],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Implicit,
        absent: "smtp_host has no tls:// (or ssl://) before the host (Roundcube then never starts TLS)",
    },
    port: Some(587),
    implicit_port: Some(465),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "each user's identity (Settings → Identities): Roundcube has no From setting",
    hooks: Hooks {
        tls: Some(prefix_of_a_template),
        finish: Some(own_login),
        ..Hooks::NONE
    },
    ..BASE
};

/// A host filled in by a template (`tls://{{SMTP_SRV}}`) stays a
/// reference, but its prefix is written: it still says the TLS.
fn prefix_of_a_template(cfg: &Config) -> Tls {
    if cfg.get(Scheme).is_none() {
        if let Some(h) = cfg.get(Host).filter(|h| h.value.is_reference()) {
            let t = h.value.text.trim_start();
            let (mode, implicit) = if t.starts_with("tls://") {
                (Security::StartTls, false)
            } else if t.starts_with("ssl://") {
                (Security::Implicit, true)
            } else {
                return tls::evaluate(cfg, cfg.dialect);
            };
            let ev = Some(Evidence::of(h));
            return Tls {
                mode: Some(mode),
                implicit: if implicit { ev.clone() } else { None },
                starttls: if implicit { None } else { ev },
                ..Tls::default()
            };
        }
    }
    tls::evaluate(cfg, cfg.dialect)
}

/// `%u` / `%p` are each user's own login and password, not a value in
/// the paste: read them as references (never judged as a token).
// The hook's type is `&mut Vec<Config>`.
#[allow(clippy::ptr_arg)]
fn own_login(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        for f in c.fields.iter_mut() {
            let placeholder = match f.role {
                Username => f.value.text.contains("%u"),
                Password => f.value.text.trim() == "%p",
                _ => false,
            };
            if placeholder && f.value.reference.is_none() {
                f.value.reference = Some(format!(
                    "{} (each user's own Roundcube login)",
                    f.value.text.trim()
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONF: &str = "<?php\n$config = [];\n$config['db_dsnw'] = 'mysql://roundcube:x@localhost/roundcubemail';\n$config['imap_host'] = 'ssl://imap.acme.io:993';\n$config['smtp_host'] = 'tls://smtp.postmarkapp.com:587';\n$config['smtp_user'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['smtp_pass'] = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n";

    #[test]
    fn the_host_prefix_says_the_tls() {
        let (client, s, ids) = first(CONF);
        assert_eq!(client, "roundcube");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "host/has-port"), "{ids:?}");
        assert!(!has(&ids, "host/has-scheme"), "{ids:?}");
        // No prefix: clear text.
        let (_, s, ids) = first(&CONF.replace("'tls://smtp", "'smtp"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // ssl:// without a port: 465.
        let (_, s, ids) = first(&CONF.replace(
            "'tls://smtp.postmarkapp.com:587'",
            "'ssl://smtp.postmarkapp.com'",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn legacy_smtp_server_and_port() {
        let (client, s, _) = first(
            "<?php\n$rcmail_config['default_host'] = 'ssl://imap.acme.io';\n$rcmail_config['smtp_server'] = 'tls://smtp.postmarkapp.com';\n$rcmail_config['smtp_port'] = 587;\n$rcmail_config['smtp_user'] = 'u';\n$rcmail_config['smtp_pass'] = 'u';\n",
        );
        assert_eq!(client, "roundcube");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn the_users_own_login_is_not_a_token() {
        let (_, s, ids) = first(
            &CONF
                .replace(
                    "'5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n$config['smtp_pass']",
                    "'%u';\n$config['smtp_pass']",
                )
                .replace("= '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n", "= '%p';\n"),
        );
        assert!(!has(&ids, "auth/token-shape"), "{ids:?}");
        assert!(has(&ids, "input/unresolved-reference"), "{ids:?} {s}");
    }

    #[test]
    fn a_templated_host_keeps_its_prefix() {
        let (_, s, ids) =
            first(&CONF.replace("'tls://smtp.postmarkapp.com:587'", "'tls://{{SMTP_SRV}}'"));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn codeigniter3_stays_codeigniter3() {
        let (client, _, _) = first(
            "<?php\n$config['protocol'] = 'smtp';\n$config['smtp_host'] = 'smtp.postmarkapp.com';\n$config['smtp_port'] = '587';\n$config['smtp_user'] = 'u';\n$config['smtp_pass'] = 'u';\n$config['mailtype'] = 'html';\n",
        );
        assert_eq!(client, "codeigniter3");
    }
}
