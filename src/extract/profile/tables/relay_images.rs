//! Postfix relay containers configured by environment: `boky/postfix`
//! (also published as `ghcr.io/bokysan/postfix`) and docker-mailserver's
//! relay settings. Both write the variables into Postfix's `main.cf` and
//! `sasl_passwd`, so Postfix's meaning applies.
//!
//! Meaning:
//!
//! * boky/postfix (README "Relaying messages through another server"):
//!   `RELAYHOST` is Postfix's `relayhost`, `host:port` by design and usually
//!   bracketed (`[smtp.example.com]:587`); `RELAYHOST_USERNAME` /
//!   `RELAYHOST_PASSWORD` the SASL login; `RELAYHOST_TLS_LEVEL` is
//!   `smtp_tls_security_level` (`may`, the default: STARTTLS when offered;
//!   `encrypt`: required; `none`: never). `ALLOWED_SENDER_DOMAINS` is
//!   required by the image.
//! * docker-mailserver (docs "Relay Hosts", `scripts/helpers/relay.sh`):
//!   `DEFAULT_RELAY_HOST` (`[host]:port`) or `RELAY_HOST` with `RELAY_PORT`
//!   (default 25), `RELAY_USER` / `RELAY_PASSWORD`; outbound TLS is
//!   Postfix's `may` (STARTTLS when offered).
//!
//! * juanluisbaptiste/postfix (its `run.sh` and README): `SMTP_SERVER`
//!   becomes `relayhost = [SMTP_SERVER]:SMTP_PORT` (brackets: no MX lookup),
//!   `SMTP_PORT` defaults to 587, `SMTP_USERNAME` / `SMTP_PASSWORD` go into
//!   `sasl_passwd` with `smtp_sasl_auth_enable = yes`, and `smtp_use_tls =
//!   yes` makes TLS opportunistic STARTTLS; `SERVER_HOSTNAME` (required by
//!   the image) marks the paste, since `SMTP_SERVER` alone is common.
//!   `OVERWRITE_FROM` (`"Name" <a@b.c>`) rewrites the From of every
//!   relayed message, so it is the From.
//!
//! Postfix never starts TLS on the first byte unless `smtp_tls_wrappermode`
//! is set: port 465 fails without it. Of these images only boky/postfix
//! passes it on: any main.cf parameter is written as `POSTFIX_<name>`
//! (`POSTFIX_smtp_tls_wrappermode=yes`, `POSTFIX_smtp_tls_security_level`),
//! and its Helm chart's `config.postfix.<name>` values become those
//! variables (`config.general.<NAME>` the plain ones).

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, set, syn, words, Both, Fix, Key, Marker, Profile, Read, Sec,
    SetVal, TlsModel, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

/// Postfix's `smtp_tls_security_level` words, as these images and Mailu
/// pass them on: `may` (and `dane` for a relay without DNSSEC TLSA
/// records) upgrade with STARTTLS when offered; `encrypt`, `dane-only`,
/// `fingerprint`, `verify` and `secure` require it; `none` never upgrades.
pub(super) const POSTFIX_LEVELS: TlsModel = TlsModel {
    words: &[
        ("may", Sec::Auto),
        ("dane", Sec::Auto),
        ("encrypt", Sec::StartTls),
        ("dane-only", Sec::StartTls),
        ("fingerprint", Sec::StartTls),
        ("verify", Sec::StartTls),
        ("secure", Sec::StartTls),
        ("none", Sec::Plain),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::StartTls,
    absent: "",
};

const BOKY_KEYS: &[Key] = &[
    kr("RELAYHOST", Host, Read::HostPort),
    k("RELAYHOST_USERNAME", Username),
    k("RELAYHOST_PASSWORD", Password),
    k("RELAYHOST_TLS_LEVEL", Encryption),
    k("POSTFIX_smtp_tls_security_level", Encryption),
    k("POSTFIX_smtp_tls_wrappermode", ImplicitTls),
    k("postfix.smtp_tls_security_level", Encryption),
    k("postfix.smtp_tls_wrappermode", ImplicitTls),
];

const BOKY_MARKERS: &[Marker] = &[
    mark("RELAYHOST_USERNAME"),
    mark("RELAYHOST_PASSWORD"),
    mark("RELAYHOST_TLS_LEVEL"),
    mark("ALLOWED_SENDER_DOMAINS"),
    mark("POSTFIX_myhostname"),
];

const BOKY_OTHER: Words = words![
    "ALLOWED_SENDER_DOMAINS",
    "ALLOW_EMPTY_SENDER_DOMAINS",
    "MASQUERADED_DOMAINS",
    "MESSAGE_SIZE_LIMIT",
    "INBOUND_DEBUGGING",
    "RELAYHOST_PASSWORD_FILE",
    "XOAUTH2_CLIENT_ID",
    "XOAUTH2_SECRET",
];

const BOKY_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "RELAYHOST=[smtp.postmarkapp.com]:{port}"),
    fix_text(W::Host, &[], "RELAYHOST=[{value}]:587"),
    fix_text(W::StartTls, &[], "RELAYHOST_TLS_LEVEL=encrypt"),
    fix_text(W::VerifyOn, &[], "RELAYHOST_TLS_LEVEL=encrypt (or verify)"),
    fix_text(W::AuthOn, &[], "RELAYHOST_USERNAME and RELAYHOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current image"),
    fix_text(W::Username, &[], "RELAYHOST_USERNAME={value}"),
    fix_text(W::Password, &[], "RELAYHOST_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "a From address at one of ALLOWED_SENDER_DOMAINS: {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (the relay passes it on)",
    ),
];

pub static BOKY_POSTFIX: Profile = Profile {
    id: "boky-postfix",
    name: "boky/postfix relay image",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bokysan/docker-postfix#readme https://www.postfix.org/postconf.5.html#smtp_tls_security_level",
    syntaxes: syn::ENV_LIKE,
    keys: BOKY_KEYS,
    markers: BOKY_MARKERS,
    needs_marker: true,
    family: &["RELAYHOST_"],
    other_keys: BOKY_OTHER,
    case_sensitive: true,
    tls: POSTFIX_LEVELS,
    port: Some(25),
    fixes: BOKY_FIXES,
    sender_hint: "the From of the application that hands mail to the relay (its domain must be in ALLOWED_SENDER_DOMAINS)",
    ..BASE
};

const DMS_KEYS: &[Key] = &[
    kr("DEFAULT_RELAY_HOST", Host, Read::HostPort),
    k("RELAY_HOST", Host),
    k("RELAY_PORT", Port),
    k("RELAY_USER", Username),
    k("RELAY_PASSWORD", Password),
];

const DMS_MARKERS: &[Marker] = &[
    mark("DEFAULT_RELAY_HOST"),
    mark("RELAY_USER"),
    mark("ENABLE_SPAMASSASSIN"),
    mark("ENABLE_CLAMAV"),
    mark("ENABLE_FAIL2BAN"),
    mark("POSTMASTER_ADDRESS"),
    mark("PERMIT_DOCKER"),
    mark("SSL_TYPE"),
];

const DMS_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "RELAY_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "RELAY_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "smtp_tls_security_level = encrypt in docker-data/dms/config/postfix-main.cf",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtp_tls_security_level = verify in docker-data/dms/config/postfix-main.cf",
    ),
    fix_text(W::AuthOn, &[], "RELAY_USER and RELAY_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current image"),
    fix_text(W::Username, &[], "RELAY_USER={value}"),
    fix_text(W::Password, &[], "RELAY_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "a From address of a verified Postmark Domain: {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (the relay passes it on)",
    ),
];

pub static DOCKER_MAILSERVER: Profile = Profile {
    id: "docker-mailserver",
    name: "docker-mailserver relay host",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docker-mailserver.github.io/docker-mailserver/latest/config/advanced/mail-forwarding/relay-hosts/ https://github.com/docker-mailserver/docker-mailserver/blob/master/target/scripts/helpers/relay.sh",
    syntaxes: syn::ENV_LIKE,
    keys: DMS_KEYS,
    markers: DMS_MARKERS,
    needs_marker: true,
    family: &["RELAY_"],
    case_sensitive: true,
    tls: POSTFIX_LEVELS,
    port: Some(25),
    fixes: DMS_FIXES,
    sender_hint: "the From of the mail handed to docker-mailserver",
    ..BASE
};

const JLB_KEYS: &[Key] = &[
    k("SMTP_SERVER", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("OVERWRITE_FROM", From),
];

const JLB_MARKERS: &[Marker] = &[
    mark("SERVER_HOSTNAME"),
    mark("SMTP_NETWORKS"),
    mark("SMTP_HEADER_TAG"),
    mark("SMTP_USERNAME_FILE"),
    mark("SMTP_PASSWORD_FILE"),
    mark("ALWAYS_ADD_MISSING_HEADERS"),
    mark("OVERWRITE_FROM"),
];

const JLB_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_SERVER", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_PORT=587 (the image always uses STARTTLS when offered)",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "a From address of a verified Postmark Domain: {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "the header `X-PM-Message-Stream: {value}` on each message (the relay passes it on)",
    ),
];

pub static JUANLUISBAPTISTE_POSTFIX: Profile = Profile {
    id: "juanluisbaptiste-postfix",
    name: "juanluisbaptiste/postfix relay image",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/juanluisbaptiste/docker-postfix#readme https://github.com/juanluisbaptiste/docker-postfix/blob/master/run.sh",
    syntaxes: syn::ENV_LIKE,
    keys: JLB_KEYS,
    markers: JLB_MARKERS,
    needs_marker: true,
    family: &[],
    case_sensitive: true,
    tls: POSTFIX_LEVELS,
    port: Some(587),
    fixes: JLB_FIXES,
    sender_hint: "the From of the application that hands mail to the relay",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn boky_relayhost_is_host_and_port() {
        let (client, s, ids) = first(
            "RELAYHOST=[smtp.postmarkapp.com]:587\nRELAYHOST_USERNAME=u\nRELAYHOST_PASSWORD=u\nALLOWED_SENDER_DOMAINS=acme.io\n",
        );
        assert_eq!(client, "boky-postfix");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(
            !ids.iter()
                .any(|i| i == "host/has-port" || i == "tls/disabled"),
            "{ids:?}"
        );
    }

    /// boky/postfix's `POSTFIX_<param>` variables and its chart's
    /// `config.postfix` values are main.cf parameters: wrapper mode is
    /// implicit TLS (465 then works only with it), the security level STARTTLS.
    #[test]
    fn every_postfix_level_word_is_read() {
        let base = "RELAYHOST=[smtp.postmarkapp.com]:587\nRELAYHOST_USERNAME=u\nRELAYHOST_PASSWORD=u\nALLOWED_SENDER_DOMAINS=acme.io\n";
        for (level, security) in [
            ("dane", "starttls"),
            ("dane-only", "starttls"),
            ("fingerprint", "starttls"),
            ("may", "starttls"),
            ("none", "none"),
        ] {
            let (_, s, _) = first(&format!("{base}RELAYHOST_TLS_LEVEL={level}\n"));
            assert_eq!(s["security"], security, "{level}");
        }
    }

    #[test]
    fn boky_postfix_parameters_set_tls() {
        let base = "RELAYHOST=[smtp.postmarkapp.com]:465\nRELAYHOST_USERNAME=u\nRELAYHOST_PASSWORD=u\nALLOWED_SENDER_DOMAINS=acme.io\n";
        let (client, s, ids) = first(&format!("{base}POSTFIX_smtp_tls_wrappermode=yes\n"));
        assert_eq!(client, "boky-postfix");
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let chart = "config:\n  general:\n    RELAYHOST: \"[smtp.postmarkapp.com]:587\"\n    RELAYHOST_USERNAME: u\n    ALLOWED_SENDER_DOMAINS: acme.io\n  postfix:\n    smtp_tls_security_level: none\n";
        let (client, s, ids) = first(chart);
        assert_eq!(client, "boky-postfix");
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn docker_mailserver_relay_and_its_default_port() {
        let (client, s, ids) = first(
            "RELAY_HOST=smtp.postmarkapp.com\nRELAY_USER=u\nRELAY_PASSWORD=u\nSSL_TYPE=letsencrypt\n",
        );
        assert_eq!(client, "docker-mailserver");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        // No RELAY_PORT: the image's 25, which the port rule names.
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
        let (client, s, _) =
            first("DEFAULT_RELAY_HOST=[smtp.postmarkapp.com]:2525\nRELAY_USER=u\n");
        assert_eq!(client, "docker-mailserver");
        assert_eq!(s["port"], 2525);
    }

    #[test]
    fn juanluisbaptiste_defaults_to_587_with_starttls() {
        let (client, s, ids) = first(
            "docker run -d --name postfix -P \\\n  -e SMTP_SERVER=smtp.postmarkapp.com \\\n  -e SMTP_USERNAME=u \\\n  -e SMTP_PASSWORD=u \\\n  -e SERVER_HOSTNAME=helpdesk.acme.io \\\n  juanluisbaptiste/postfix\n",
        );
        assert_eq!(client, "juanluisbaptiste-postfix");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        let (_, f, _) = first("SMTP_SERVER=smtp.postmarkapp.com\nSERVER_HOSTNAME=mx.acme.io\nOVERWRITE_FROM=ops@acme.io\n");
        assert_eq!(f["from"], "ops@acme.io");
        assert_eq!(s["security"], "starttls");
        assert!(
            !ids.iter()
                .any(|i| i == "tls/disabled" || i == "port/25-blocked"),
            "{ids:?}"
        );
        // Port 465: the image has no implicit TLS, so Postmark's 465 rule.
        let (_, s, ids) = first(
            "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=465\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSERVER_HOSTNAME=mx.acme.io\n",
        );
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        assert_eq!(s["security"], "starttls");
        // Without the image's own variable, SMTP_SERVER is someone else's.
        let (client, _, _) = first(
            "SMTP_SERVER=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "juanluisbaptiste-postfix");
    }

    #[test]
    fn main_cf_stays_postfix() {
        let (client, _, _) = first(
            "relayhost = [smtp.postmarkapp.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_tls_security_level = encrypt\n",
        );
        assert_eq!(client, "postfix");
    }
}
