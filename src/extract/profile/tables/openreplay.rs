//! OpenReplay: the `EMAIL_*` variables of its API services (chalice,
//! alerts: `api/env.default`, the docker-compose `docker-envs/*.env`, the
//! Helm chart's deployments).
//!
//! Meaning (OpenReplay `api/chalicelib/utils/smtp.py`, `SMTPClient`, and
//! `email_handler.py`; values read with python-decouple):
//!
//! * An empty `EMAIL_HOST` sends no mail; `EMAIL_PORT` is required.
//! * `EMAIL_USE_SSL` (decouple's bool: `true/yes/on/1`, `false/no/off/0`,
//!   any case) opens `smtplib.SMTP_SSL`, TLS from the first byte, and then
//!   `EMAIL_USE_TLS` is not read; otherwise `EMAIL_USE_TLS` true sends
//!   STARTTLS, false stays in clear.
//! * `EMAIL_SSL_KEY`/`EMAIL_SSL_CERT`: a client certificate for SMTP_SSL.
//! * It logs in only when both `EMAIL_USER` and `EMAIL_PASSWORD` are
//!   non-empty.
//! * `EMAIL_FROM` is the From header (`OpenReplay<do-not-reply@…>`).
//! * Django reads `EMAIL_HOST`… too, with `EMAIL_HOST_USER`: OpenReplay's
//!   own `EMAIL_SSL_KEY`/`EMAIL_SSL_CERT` tell them apart.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Both, Fix, Key, Marker, Profile, SetVal, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_USER", Username),
    k("EMAIL_PASSWORD", Password),
    k("EMAIL_USE_TLS", StartTls),
    k("EMAIL_USE_SSL", ImplicitTls),
    k("EMAIL_FROM", From),
];

const MARKERS: &[Marker] = &[mark("EMAIL_SSL_KEY"), mark("EMAIL_SSL_CERT")];

/// SMTP_SSL wins: with `EMAIL_USE_SSL` true `EMAIL_USE_TLS` is not read.
const TLS: TlsModel = TlsModel {
    both: Both::Implicit,
    absent: "no EMAIL_USE_TLS",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "EMAIL_USE_SSL", SetVal::Word("false")),
            set(StartTls, "EMAIL_USE_TLS", SetVal::Word("true")),
        ],
        "EMAIL_USE_SSL=false and EMAIL_USE_TLS=true",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "EMAIL_USER and EMAIL_PASSWORD (both)"),
    fix_text(W::TlsModern, &[], "a current OpenReplay release"),
    fix(W::Username, &[set(Username, "EMAIL_USER", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "OpenReplay has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OPENREPLAY_ENV: Profile = Profile {
    id: "openreplay-env",
    name: "OpenReplay EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.openreplay.com/en/configuration/configure-smtp/ https://github.com/openreplay/openreplay/blob/main/api/chalicelib/utils/smtp.py https://github.com/openreplay/openreplay/blob/main/api/env.default",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: words!["EMAIL_SSL_KEY", "EMAIL_SSL_CERT", "EMAIL_CHECK_TIMEOUT"],
    case_sensitive: true,
    tls: TLS,
    fixes: FIXES,
    sender_hint: "EMAIL_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_USE_TLS=true\nEMAIL_USE_SSL=false\nEMAIL_SSL_KEY=\nEMAIL_SSL_CERT=\nEMAIL_FROM=OpenReplay<hello@acme-widgets.io>\n";

    #[test]
    fn its_own_names_are_read_not_djangos() {
        clean_starttls(ENV, "openreplay-env");
    }

    #[test]
    fn use_ssl_wins_over_use_tls() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_SSL=false", "EMAIL_USE_SSL=True"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn use_tls_off_stays_in_clear() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_USE_TLS=true", "EMAIL_USE_TLS=false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}
