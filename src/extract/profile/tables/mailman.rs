//! GNU Mailman 3: the `[mta]` section of `mailman.cfg` (lazr.config, `key:
//! value`; `mailman-extra.cfg` in the docker-mailman images), and the
//! environment of the docker-mailman containers (`maxking/mailman-core`,
//! `maxking/mailman-web`).
//!
//! Core (`src/mailman/config/schema.cfg` `[mta]`, `src/mailman/mta/
//! connection.py`; docs.mailman3.org "Mailman configuration" → mta):
//!
//! * `smtp_host` (default `localhost`), `smtp_port` (default 25).
//! * `smtp_user` / `smtp_pass`: Mailman logs in only when both are given.
//! * `smtp_secure_mode` (any case; anything else is a configuration
//!   error): `smtp` (the default) is clear text, with no STARTTLS even when
//!   the server offers it (`smtplib.SMTP` without `starttls()`); `smtps`
//!   is TLS from the first byte (`SMTP_SSL`); `starttls` sends STARTTLS
//!   right after connecting and fails if the server refuses it. The mode
//!   was added in Mailman 3.3; before it, only clear text.
//! * `smtp_verify_cert` / `smtp_verify_hostname` (`yes`/`no`, default
//!   yes) check the server's certificate; ignored in `smtp` mode.
//! * The From of list mail is the list's own address (posting, `-owner`,
//!   `-bounces`), set per list; `[mailman] site_owner` receives what no
//!   list owner can take.
//!
//! docker-mailman (`core/docker-entrypoint.sh`, `web/mailman-web/
//! settings.py`, the images' READMEs): the core container writes the
//! `[mta]` section from `SMTP_HOST` (default: the container's gateway),
//! `SMTP_PORT` (25), `SMTP_HOST_USER`, `SMTP_HOST_PASSWORD`,
//! `SMTP_SECURE_MODE` (`smtp`), `SMTP_VERIFY_HOSTNAME`, `SMTP_VERIFY_CERT`
//! (`true`). The web container (Postorius, HyperKitty; Django) reads
//! `SMTP_HOST`, `SMTP_PORT`, `SMTP_HOST_USER`, `SMTP_HOST_PASSWORD` and
//! `SMTP_USE_TLS` / `SMTP_USE_SSL` into Django's `EMAIL_*` (STARTTLS /
//! implicit TLS, both off by default) and sends as
//! `postorius@$SERVE_FROM_DOMAIN`. The images' `settings.py` hands the
//! raw environment string to Django, so any non-empty value, `False`
//! included, turns TLS on there (Python truthiness); this table reads the
//! words as written (see the report's open meanings).

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Both, Fix, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const CFG_KEYS: &[Key] = &[
    k("mta.smtp_host", Host),
    k("mta.smtp_port", Port),
    k("mta.smtp_user", Username),
    k("mta.smtp_pass", Password),
    k("mta.smtp_secure_mode", Encryption),
    k("mta.smtp_verify_cert", VerifyPeer),
];

const ENV_KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_HOST_USER", Username),
    k("SMTP_HOST_PASSWORD", Password),
    k("SMTP_SECURE_MODE", Encryption),
    k("SMTP_USE_TLS", StartTls),
    k("SMTP_USE_SSL", ImplicitTls),
    k("SMTP_VERIFY_CERT", VerifyPeer),
];

/// `smtp_secure_mode` (connection.py's `SecureMode`), and the web
/// container's two Django switches.
const TLS: TlsModel = TlsModel {
    words: &[
        ("smtp", Sec::Plain),
        ("smtps", Sec::Implicit),
        ("starttls", Sec::StartTls),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Conflict,
    absent: "smtp_secure_mode is not set (its default, `smtp`, is clear text)",
};

const ENV_TLS: TlsModel = TlsModel {
    absent: "SMTP_SECURE_MODE is not set (its default, `smtp`, is clear text)",
    ..TLS
};

const CFG_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp_port: {port} in [mta]"),
    fix_text(W::Host, &[], "smtp_host: {value} in [mta]"),
    fix_text(
        W::StartTls,
        &[],
        "smtp_secure_mode: starttls in [mta] (with smtp_port: 587; Mailman 3.3 or later)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "smtp_verify_cert: yes and smtp_verify_hostname: yes in [mta]",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp_user and smtp_pass in [mta] (Mailman logs in only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a Python/OpenSSL build that supports TLS 1.2"),
    fix_text(W::Username, &[], "smtp_user: {value} in [mta]"),
    fix_text(W::Password, &[], "smtp_pass: {value} in [mta]"),
    fix_text(
        W::From,
        &[],
        "Mailman sends as each list's own addresses: verify the lists' domain in Postmark",
    ),
    fix_text(
        W::Stream,
        &[],
        "Mailman has no stream setting: use a Server whose default stream is `{value}` (list mail belongs on a Broadcast stream)",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP_PORT={port}"),
    fix_text(W::Host, &[], "SMTP_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "SMTP_SECURE_MODE=starttls for mailman-core and SMTP_USE_TLS=True for mailman-web, with SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_VERIFY_CERT=true and SMTP_VERIFY_HOSTNAME=true"),
    fix_text(W::AuthOn, &[], "SMTP_HOST_USER and SMTP_HOST_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current mailman-core / mailman-web image"),
    fix_text(W::Username, &[], "SMTP_HOST_USER={value}"),
    fix_text(W::Password, &[], "SMTP_HOST_PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "SERVE_FROM_DOMAIN (mailman-web sends as postorius@ that domain; lists send as their own addresses)",
    ),
    fix_text(
        W::Stream,
        &[],
        "Mailman has no stream setting: use a Server whose default stream is `{value}` (list mail belongs on a Broadcast stream)",
    ),
];

const CFG_MARKERS: &[Marker] = &[
    mark("mta.smtp_secure_mode"),
    mark("mta.lmtp_host"),
    mark("mta.lmtp_port"),
    mark("mta.incoming"),
    mark("mta.outgoing"),
    mark("mta.smtp_verify_cert"),
    mark("mta.smtp_verify_hostname"),
    mark("mailman.site_owner"),
];

const ENV_MARKERS: &[Marker] = &[
    mark("HYPERKITTY_API_KEY"),
    mark("HYPERKITTY_URL"),
    mark("MAILMAN_REST_USER"),
    mark("MAILMAN_REST_PASSWORD"),
    mark("MAILMAN_REST_URL"),
    mark("MAILMAN_HOSTNAME"),
    mark("MM_HOSTNAME"),
];

const SENDER: &str = "each list's own addresses (Mailman sends list mail as the list; the lists' domain must be verified in Postmark)";

pub static MAILMAN_CFG: Profile = Profile {
    id: "mailman",
    name: "GNU Mailman 3 mailman.cfg [mta]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/config/docs/config.html https://gitlab.com/mailman/mailman/-/blob/master/src/mailman/config/schema.cfg https://gitlab.com/mailman/mailman/-/blob/master/src/mailman/mta/connection.py",
    syntaxes: syn::INI | syn::CONF,
    keys: CFG_KEYS,
    markers: CFG_MARKERS,
    needs_marker: true,
    family: &[".mta."],
    other_keys: words![
        "incoming",
        "outgoing",
        "lmtp_host",
        "lmtp_port",
        "configuration",
        "smtp_verify_hostname",
        "max_recipients",
        "max_sessions_per_connection",
        "max_delivery_threads",
        "delivery_retry_period",
        "max_autoresponses_per_day",
        "remove_dkim_headers",
        "verp_delimiter",
        "verp_format",
        "verp_regexp",
        "verp_personalized_deliveries",
        "verp_delivery_interval",
        "verp_probes",
        "verp_probe_format",
        "verp_probe_regexp",
        "verp_confirmations",
        "verp_confirm_format",
        "verp_confirm_regexp",
    ],
    leftovers: pairs![
        ("smtp_password", "smtp_pass"),
        ("smtp_username", "smtp_user"),
        ("smtp_secure", "smtp_secure_mode"),
        ("smtp_tls", "smtp_secure_mode"),
        ("smtp_ssl", "smtp_secure_mode"),
        ("smarthost_host", "smtp_host"),
        ("smarthost_port", "smtp_port"),
    ],
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: CFG_FIXES,
    sender_hint: SENDER,
    ..BASE
};

pub static MAILMAN_DOCKER: Profile = Profile {
    id: "mailman-docker",
    name: "docker-mailman (mailman-core / mailman-web) environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/maxking/docker-mailman/blob/main/core/docker-entrypoint.sh https://github.com/maxking/docker-mailman/blob/main/web/mailman-web/settings.py https://github.com/maxking/docker-mailman/blob/main/web/README.md",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    other_keys: words![
        "SMTP_VERIFY_HOSTNAME",
        "MTA",
        "SERVE_FROM_DOMAIN",
        "DATABASE_URL",
        "DATABASE_TYPE",
        "DATABASE_CLASS",
    ],
    leftovers: pairs![
        ("SMTP_USER", "SMTP_HOST_USER"),
        ("SMTP_USERNAME", "SMTP_HOST_USER"),
        ("SMTP_PASSWORD", "SMTP_HOST_PASSWORD"),
        ("SMTP_PASS", "SMTP_HOST_PASSWORD"),
    ],
    tls: ENV_TLS,
    port: Some(25),
    fixes: ENV_FIXES,
    sender_hint: SENDER,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CFG: &str = "[mailman]\nsite_owner: lists@acme.io\n\n[mta]\nincoming: mailman.mta.postfix.LMTP\noutgoing: mailman.mta.deliver.deliver\nlmtp_host: 127.0.0.1\nlmtp_port: 8024\nsmtp_host: smtp.postmarkapp.com\nsmtp_port: 587\nsmtp_user: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_pass: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nsmtp_secure_mode: starttls\nconfiguration: python:mailman.config.postfix\n";

    #[test]
    fn mta_section() {
        let (client, s, ids) = first(CFG);
        assert_eq!(client, "mailman");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn secure_modes() {
        let (_, s, ids) = first(&CFG.replace("secure_mode: starttls", "secure_mode: smtps"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `smtp`, and no mode at all: clear text, no STARTTLS.
        let (_, s, ids) = first(&CFG.replace("secure_mode: starttls", "secure_mode: SMTP"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&CFG.replace("smtp_secure_mode: starttls\n", ""));
        assert_eq!(s["security"], "none");
    }

    const COMPOSE: &str = "services:\n  mailman-core:\n    image: maxking/mailman-core:0.5\n    environment:\n    - DATABASE_URL=postgresql://mailman:x@database/mailmandb\n    - HYPERKITTY_API_KEY=3c1f0a7b2d4e9a8c\n    - SMTP_HOST=smtp.postmarkapp.com\n    - SMTP_PORT=587\n    - SMTP_HOST_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    - SMTP_HOST_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    - SMTP_SECURE_MODE=starttls\n";

    #[test]
    fn docker_environment() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "mailman-docker");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&COMPOSE.replace("    - SMTP_SECURE_MODE=starttls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn plain_smtp_env_is_not_mailman() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\n",
        );
        assert_ne!(client, "mailman-docker");
    }
}
