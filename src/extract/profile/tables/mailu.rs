//! Mailu: the outbound relay of its Postfix container, set in `mailu.env`
//! (or the compose/Kubernetes environment): `RELAYHOST`, `RELAYUSER`,
//! `RELAYPASSWORD`, `OUTBOUND_TLS_LEVEL`.
//!
//! Meaning (mailu.io "Configuration reference", mail settings; the code:
//! `core/postfix/conf/main.cf` and `core/postfix/conf/sasl_passwd`, the
//! Jinja templates the container renders from the environment, and
//! `core/postfix/start.py`):
//!
//! * `RELAYHOST` is Postfix's `relayhost`, `[host]:port` (brackets: no MX
//!   lookup); without a port Postfix dials 25.
//! * With `RELAYUSER` set, `smtp_sasl_auth_enable = yes` and
//!   `sasl_passwd` holds `RELAYHOST RELAYUSER:RELAYPASSWORD`; without it
//!   Postfix does not log in.
//! * `OUTBOUND_TLS_LEVEL` is `smtp_tls_security_level`, default `dane`
//!   (older releases: `may`): both upgrade with STARTTLS when the relay
//!   offers it (a relay without DNSSEC TLSA records gets `may` under
//!   `dane`); `encrypt`, `dane-only`, `fingerprint`, `verify` and `secure`
//!   require it; `none` never upgrades. Postfix never starts TLS on the
//!   first byte here (no `smtp_tls_wrappermode`), so port 465 fails.
//! * `smtp_sasl_security_options = noanonymous, noplaintext`: without TLS
//!   Postfix refuses the PLAIN and LOGIN mechanisms.
//! * The From is each sender's own address (Mailu relays its users' mail).
//!
//! `RELAYHOST` is also boky/postfix's name (with `RELAYHOST_USERNAME`):
//! the table needs a Mailu name beside it (`RELAYUSER`, `RELAYPASSWORD`,
//! `OUTBOUND_TLS_LEVEL`, `TLS_FLAVOR`, Mailu's image).

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, pairs, syn, words, Fix, Key, Marker, Pairs, Profile, Read,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    kr("RELAYHOST", Host, Read::HostPort),
    k("RELAYUSER", Username),
    k("RELAYPASSWORD", Password),
    k("OUTBOUND_TLS_LEVEL", Encryption),
];

const MARKERS: &[Marker] = &[
    mark("RELAYUSER"),
    mark("RELAYPASSWORD"),
    mark("OUTBOUND_TLS_LEVEL"),
    mark("DEFER_ON_TLS_ERROR"),
    mark("TLS_FLAVOR"),
    mark_value("image", "mailu/"),
];

const OTHER_KEYS: Words = words![
    "RELAYNETS",
    "DEFER_ON_TLS_ERROR",
    "DOMAIN",
    "HOSTNAMES",
    "POSTMASTER",
    "TLS_FLAVOR",
    "SUBNET",
    "MESSAGE_SIZE_LIMIT",
    "RECIPIENT_DELIMITER",
];

const LEFTOVERS: Pairs = pairs![
    ("RELAYHOST_USERNAME", "RELAYUSER"),
    ("RELAYHOST_PASSWORD", "RELAYPASSWORD"),
    ("RELAY_USER", "RELAYUSER"),
    ("RELAY_PASSWORD", "RELAYPASSWORD"),
    ("RELAYPASS", "RELAYPASSWORD"),
    ("RELAY_HOST", "RELAYHOST"),
    ("RELAYHOST_TLS_LEVEL", "OUTBOUND_TLS_LEVEL"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "RELAYHOST=[smtp.postmarkapp.com]:{port}"),
    fix_text(W::Host, &[], "RELAYHOST=[{value}]:587"),
    fix_text(W::StartTls, &[], "OUTBOUND_TLS_LEVEL=encrypt"),
    fix_text(W::VerifyOn, &[], "OUTBOUND_TLS_LEVEL=secure"),
    fix_text(W::AuthOn, &[], "RELAYUSER and RELAYPASSWORD"),
    fix_text(W::TlsModern, &[], "a current Mailu release"),
    fix_text(W::Username, &[], "RELAYUSER={value}"),
    fix_text(W::Password, &[], "RELAYPASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "a mailbox or alias address at a Mailu domain verified in Postmark: {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (Postfix passes it on)",
    ),
];

pub static MAILU: Profile = Profile {
    id: "mailu",
    name: "Mailu relay (RELAYHOST / RELAYUSER)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://mailu.io/master/configuration.html#mail-settings https://github.com/Mailu/Mailu/blob/master/core/postfix/conf/main.cf https://github.com/Mailu/Mailu/blob/master/core/postfix/conf/sasl_passwd https://www.postfix.org/postconf.5.html#smtp_tls_security_level",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["RELAY"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // Postfix's levels; Mailu's default `dane` reads as `may` here.
    tls: super::relay_images::POSTFIX_LEVELS,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "the address of each Mailu mailbox that sends (Mailu relays its users' mail)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "DOMAIN=acme.io\nHOSTNAMES=mail.acme.io\nTLS_FLAVOR=letsencrypt\nRELAYNETS=\nRELAYHOST=[smtp.postmarkapp.com]:587\nRELAYUSER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nRELAYPASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn bracketed_relayhost_with_starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "mailu");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn tls_levels_and_port_465() {
        let (_, s, ids) = first(&format!("{ENV}OUTBOUND_TLS_LEVEL=none\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}OUTBOUND_TLS_LEVEL=encrypt\n"));
        assert_eq!(s["security"], "starttls");
        // Postfix speaks plain SMTP first on 465 too.
        let (_, s, ids) =
            first(&format!("{ENV}OUTBOUND_TLS_LEVEL=encrypt\n").replace(":587", ":465"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/starttls-on-implicit-port"), "{ids:?}");
    }

    #[test]
    fn without_a_port_postfix_dials_25() {
        let (_, s, ids) = first(&ENV.replace("]:587", "]"));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(
            has(&ids, "port/missing") || has(&ids, "port/25-blocked"),
            "{ids:?}"
        );
    }

    #[test]
    fn a_boky_relay_stays_boky() {
        let (client, _, _) = first(
            "RELAYHOST=[smtp.postmarkapp.com]:587\nRELAYHOST_USERNAME=u\nRELAYHOST_PASSWORD=u\nALLOWED_SENDER_DOMAINS=acme.io\n",
        );
        assert_eq!(client, "boky-postfix");
    }
}
