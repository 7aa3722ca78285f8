//! Watchtower (containrrr/watchtower and its maintained fork
//! nicholas-fedor/watchtower): e-mail notifications, written two ways.
//!
//! **The legacy `email` notifier**: `WATCHTOWER_NOTIFICATIONS=email` and the
//! `WATCHTOWER_NOTIFICATION_EMAIL_*` variables (or the matching
//! `--notification-email-*` flags). Meaning (containrrr.dev/watchtower
//! "Notifications"; the code: `internal/flags/flags.go` for the names and
//! defaults, `pkg/notifications/notifier.go` `AppendLegacyUrls`, and
//! `pkg/notifications/email.go` `GetURL`, which turns them into a Shoutrrr
//! `smtp://` URL since v1.1):
//!
//! * Nothing is sent by e-mail unless `WATCHTOWER_NOTIFICATIONS` names
//!   `email` (a list: `email slack`, `email,slack`); `shoutrrr` or `slack`
//!   alone leave these variables unread.
//! * `…_EMAIL_SERVER` is a host only; `…_EMAIL_SERVER_PORT` defaults to 25.
//! * TLS: Shoutrrr's `encryption=Auto` (TLS from the first byte exactly on
//!   port 465) and STARTTLS whenever the server offers it on any other port
//!   (`UseStartTLS`; no "required" switch: without the offer Shoutrrr logs a
//!   warning and goes on in clear).
//! * `…_EMAIL_SERVER_TLS_SKIP_VERIFY=true` does NOT skip certificate
//!   verification, whatever its name and the docs say: `GetURL` turns it
//!   into `UseStartTLS: false` and `encryption=None`, so the session stays
//!   in clear on every port (465 too). Go's `net/smtp` `PlainAuth` then
//!   refuses to send the credentials to a host other than localhost.
//! * It logs in (PLAIN) when `…_EMAIL_SERVER_USER` is non-empty.
//! * The From is `…_EMAIL_FROM` (no default; the display name is
//!   "Watchtower"). `…_EMAIL_TO` must be set too.
//! * `…_EMAIL_SERVER_PASSWORD` may name a file whose content is the
//!   password (`getSecretFromFile`).
//!
//! **A Shoutrrr URL**: `WATCHTOWER_NOTIFICATION_URL=smtp://user:pass@host:port/?from=…&to=…`
//! (`--notification-url`), read whatever `WATCHTOWER_NOTIFICATIONS` says.
//! Shoutrrr's SMTP service (containrrr.dev/shoutrrr "Email"; the code:
//! `pkg/services/smtp/smtp_config.go`, `smtp_encmethod.go`, `smtp.go`;
//! `pkg/services/email/smtp/` in the fork) reads it (see `url.rs`,
//! `shoutrrr_tls`):
//!
//! * `smtp` is the only scheme; the port defaults to 25.
//! * `encryption=` `None` | `ExplicitTLS` | `ImplicitTLS` | `Auto`
//!   (default `Auto`: implicit TLS exactly on port 465). `ExplicitTLS` and
//!   `None` only mean "not implicit": STARTTLS is its own switch,
//!   `usestarttls=` (alias `starttls=`, default `Yes`), used when the
//!   server offers it. Booleans are `true/1/yes/y` and `false/0/no/n`, case
//!   ignored; another word, or an unknown query key, makes Shoutrrr refuse
//!   the URL.
//! * `fromaddress=` (alias `from=`) is the From and is required;
//!   `toaddresses=`/`to=`, `fromname`, `subject`/`title`, `auth`
//!   (`None`, `Plain`, `CRAMMD5`, `OAuth2`; default PLAIN when a user is
//!   given), `usehtml`, `clienthost`. The fork (v0.9+) adds
//!   `requirestarttls`, `skiptlsverify` and `timeout`.

use super::url::HOOKS as URL_HOOKS;
use crate::extract::profile::write::text;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, tls, words, Fix, Hooks, Key, Profile, Read,
    SetVal, Switch, TlsModel, Truth, UrlFlavor, WriteKind as W, BASE,
};
use crate::extract::{Config, Write};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("WATCHTOWER_NOTIFICATIONS", Transport),
    k("WATCHTOWER_NOTIFICATION_EMAIL_SERVER", Host),
    k("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT", Port),
    k("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER", Username),
    k("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PASSWORD", Password),
    k("WATCHTOWER_NOTIFICATION_EMAIL_FROM", From),
    // Not a verification switch: it turns TLS off (see above).
    k(
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY",
        NoStartTls,
    ),
];

const OTHER: crate::extract::profile::Words = words![
    "WATCHTOWER_NOTIFICATION_EMAIL_TO",
    "WATCHTOWER_NOTIFICATION_EMAIL_DELAY",
    "WATCHTOWER_NOTIFICATION_EMAIL_SUBJECTTAG",
];

const LEFTOVERS: crate::extract::profile::Pairs = pairs![
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_PORT",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT"
    ),
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_USER",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER"
    ),
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_PASSWORD",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PASSWORD"
    ),
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USERNAME",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER"
    ),
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_HOST",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER"
    ),
    (
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_HOST",
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER"
    ),
];

/// Shoutrrr `encryption=Auto` (implicit exactly on 465) with STARTTLS when
/// offered: nodemailer's reading.
const TLS: TlsModel = super::nodemailer::TLS;

const SWITCH: Switch = Switch {
    smtp: words!["email"],
    no_mail: words![],
    local: words![],
    missing: Some(
        "no e-mail notifications: Watchtower reads the WATCHTOWER_NOTIFICATION_EMAIL_* variables only when WATCHTOWER_NOTIFICATIONS names `email`",
    ),
    off: None,
    name: "WATCHTOWER_NOTIFICATIONS",
};

/// For clients whose TLS follows the port (implicit exactly on 465,
/// STARTTLS elsewhere: Watchtower's legacy notifier, Gatus): the change to
/// STARTTLS is the change of port, one sentence with the port fix rather
/// than the same line twice; unless a switch that turns TLS off is on
/// (Watchtower's TLS_SKIP_VERIFY), where the table's own sentence says to
/// drop it.
pub(super) fn starttls_is_port(cfg: &Config, what: &Write) -> Option<String> {
    let off = cfg
        .get(NoStartTls)
        .is_some_and(|f| tls::truth(cfg.dialect, f) == Some(true));
    (matches!(what, Write::StartTls) && !off).then(|| text(cfg, cfg.dialect, &Write::Port(587)))
}

const FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set(
            Port,
            "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT",
            SetVal::Port,
        )],
    ),
    fix(
        W::Host,
        &[set(
            Host,
            "WATCHTOWER_NOTIFICATION_EMAIL_SERVER",
            SetVal::Given,
        )],
    ),
    fix_text(
        W::StartTls,
        &[],
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=587 without WATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY (Watchtower then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove WATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER and WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PASSWORD",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Watchtower release (Go negotiates TLS 1.2+)",
    ),
    fix_text(
        W::Username,
        &[],
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER={value}",
    ),
    fix_text(
        W::Password,
        &[],
        "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PASSWORD={value}",
    ),
    fix_text(W::From, &[], "WATCHTOWER_NOTIFICATION_EMAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Watchtower has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://containrrr.dev/watchtower/notifications/ https://github.com/containrrr/watchtower/blob/main/pkg/notifications/email.go https://github.com/containrrr/watchtower/blob/main/internal/flags/flags.go https://containrrr.dev/shoutrrr/v0.8/services/smtp/ https://github.com/containrrr/shoutrrr/blob/main/pkg/services/smtp/smtp.go";

pub static WATCHTOWER: Profile = Profile {
    id: "watchtower",
    name: "Watchtower WATCHTOWER_NOTIFICATION_EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: &[
        mark("WATCHTOWER_NOTIFICATION_EMAIL_SERVER"),
        mark("WATCHTOWER_NOTIFICATION_EMAIL_FROM"),
        mark("WATCHTOWER_NOTIFICATION_EMAIL_TO"),
    ],
    needs_marker: true,
    family: &["WATCHTOWER_NOTIFICATION_EMAIL_"],
    other_keys: OTHER,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    port: Some(25),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "WATCHTOWER_NOTIFICATION_EMAIL_FROM (no default)",
    hooks: Hooks {
        // `TLS_SKIP_VERIFY=true` also sets `encryption=None`: clear text on
        // 465 as well, where the table's port rule would say implicit TLS.
        tls: Some(tls::off_switch_wins),
        write: Some(starttls_is_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// Shoutrrr's query keys (case ignored), original and fork.
const URL_PARAMS: &[(&str, Option<crate::model::Role>)] = &[
    ("fromaddress", Some(From)),
    ("from", Some(From)),
    ("encryption", Some(Encryption)),
    ("usestarttls", Some(StartTls)),
    ("starttls", Some(StartTls)),
    ("auth", Some(AuthMethod)),
    ("skiptlsverify", Some(SkipVerify)),
    ("toaddresses", None),
    ("to", None),
    ("fromname", None),
    ("subject", None),
    ("title", None),
    ("usehtml", None),
    ("clienthost", None),
    ("requirestarttls", None),
    ("timeout", None),
];

pub static WATCHTOWER_URL: Profile = Profile {
    id: "watchtower-url",
    name: "Watchtower WATCHTOWER_NOTIFICATION_URL (Shoutrrr smtp://)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ANY,
    keys: &[
        kr(
            "WATCHTOWER_NOTIFICATION_URL",
            Url,
            Read::Url(UrlFlavor::Nodemailer),
        ),
        k("X-PM-Message-Stream", Stream),
    ],
    markers: &[mark("WATCHTOWER_NOTIFICATION_URL")],
    needs_marker: true,
    case_sensitive: true,
    // Shoutrrr's `format.ParseBool`.
    truth: Truth::Only(words!["true", "1", "yes", "y"]),
    url_params: URL_PARAMS,
    leftovers: pairs![
        ("secure", "encryption"),
        ("tls", "usestarttls"),
        ("ssl", "encryption"),
        ("requiretls", "requirestarttls"),
        ("fromaddresses", "fromaddress"),
        ("sender", "fromaddress"),
        ("toaddress", "toaddresses"),
    ],
    sender_hint: "`fromaddress=` (or `from=`) in the URL's query: Shoutrrr requires it",
    hooks: URL_HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c";

    fn env(extra: &str) -> String {
        format!(
            "WATCHTOWER_NOTIFICATIONS=email\nWATCHTOWER_NOTIFICATION_EMAIL_FROM=watchtower@acme.io\nWATCHTOWER_NOTIFICATION_EMAIL_TO=ops@acme.io\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER=smtp.postmarkapp.com\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER_USER={TOKEN}\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER_PASSWORD={TOKEN}\n{extra}"
        )
    }

    #[test]
    fn legacy_email_reads_starttls_when_offered_and_port_25_by_default() {
        let (client, s, ids) = first(&env("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=587\n"));
        assert_eq!(client, "watchtower");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "watchtower@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&env(""));
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(
            has(&ids, "port/25-blocked") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn port_465_is_implicit_tls() {
        let (_, s, ids) = first(&env("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=465\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn skip_verify_turns_tls_off_even_on_465() {
        let (_, s, ids) = first(&env(
            "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=587\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY=true\n",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&env(
            "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=465\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY=true\n",
        ));
        assert_eq!(s["security"], "none");
        // `false` leaves Shoutrrr's defaults.
        let (_, s, _) = first(&env(
            "WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=587\nWATCHTOWER_NOTIFICATION_EMAIL_SERVER_TLS_SKIP_VERIFY=false\n",
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn email_must_be_a_notification_type() {
        let text = env("WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT=587\n");
        let (_, _, ids) =
            first(&text.replace("NOTIFICATIONS=email", "NOTIFICATIONS=\"slack email\""));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&text.replace("WATCHTOWER_NOTIFICATIONS=email\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&text.replace("NOTIFICATIONS=email", "NOTIFICATIONS=shoutrrr"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    fn url(tail: &str) -> String {
        format!("WATCHTOWER_NOTIFICATIONS=shoutrrr\nWATCHTOWER_NOTIFICATION_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com{tail}\n")
    }

    #[test]
    fn shoutrrr_url_defaults() {
        let (client, s, ids) = first(&url(":587/?from=watchtower@acme.io&to=ops@acme.io"));
        assert_eq!(client, "watchtower-url");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "watchtower@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // No port: Shoutrrr's 25, not nodemailer's 587.
        let (_, s, ids) = first(&url(
            "/?fromaddress=watchtower@acme.io&toaddresses=ops@acme.io",
        ));
        assert_eq!(s["security"], "starttls");
        assert!(
            has(&ids, "port/25-blocked") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn shoutrrr_encryption_words() {
        // Auto: implicit exactly on 465.
        let (_, s, ids) = first(&url(":465/?from=w@acme.io&to=o@acme.io"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // ImplicitTLS on 587: TLS from the first byte on a STARTTLS port.
        let (_, s, ids) = first(&url(
            ":587/?from=w@acme.io&to=o@acme.io&encryption=ImplicitTLS",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // ExplicitTLS and None only mean "not implicit": STARTTLS stays on.
        let (_, s, _) = first(&url(":587/?from=w@acme.io&to=o@acme.io&encryption=None"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&url(
            ":587/?from=w@acme.io&to=o@acme.io&encryption=ExplicitTLS&usestarttls=No",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&url(":587/?from=w@acme.io&to=o@acme.io&starttls=n"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn other_urls_stay_nodemailer() {
        let (client, _, _) = first(&format!(
            "SMTP_URL=smtp://{TOKEN}:{TOKEN}@smtp.postmarkapp.com:587\n"
        ));
        assert_ne!(client, "watchtower-url");
    }
}
