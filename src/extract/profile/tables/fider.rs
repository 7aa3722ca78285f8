//! Fider: the `EMAIL_*` environment variables (read with `envdecode` into
//! `app/pkg/env/env.go`), sent by its own `net/smtp` client in
//! `app/services/email/smtp/smtp.go`.
//!
//! Meaning (Fider's `app/pkg/env/env.go` and
//! `app/services/email/smtp/smtp.go`):
//!
//! * `EMAIL` picks the sender: `smtp`, `mailgun` or `awsses`; unset, it is
//!   `mailgun` when `EMAIL_MAILGUN_API` is set, `awsses` when
//!   `EMAIL_AWSSES_ACCESS_KEY_ID` is, else `smtp`.
//! * `EMAIL_SMTP_HOST` and `EMAIL_SMTP_PORT` are both required (no default
//!   port); they are joined as `host:port`.
//! * `EMAIL_SMTP_ENABLE_IMPLICIT_TLS` (default false) dials with
//!   `tls.Dial`: TLS from the first byte; STARTTLS is then skipped.
//!   Otherwise `EMAIL_SMTP_ENABLE_STARTTLS` (default **true**) upgrades
//!   with STARTTLS when the server offers it; `false` stays in clear text.
//! * Booleans are Go's `strconv.ParseBool` (`true`, `1`, `t`…).
//! * It logs in when a username or a password is set.
//! * `EMAIL_NOREPLY` is the From (required).

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec,
    SetVal, Switch, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("EMAIL_SMTP_HOST", Host),
    k("EMAIL_SMTP_PORT", Port),
    k("EMAIL_SMTP_USERNAME", Username),
    k("EMAIL_SMTP_PASSWORD", Password),
    k("EMAIL_SMTP_ENABLE_STARTTLS", StartTls),
    k("EMAIL_SMTP_ENABLE_IMPLICIT_TLS", ImplicitTls),
    k("EMAIL_NOREPLY", From),
    k("EMAIL", Transport),
];

/// `EMAIL_SMTP_HOST` is other apps' name too (Mobilizon…): Fider's own.
const MARKERS: &[Marker] = &[
    mark("EMAIL_NOREPLY"),
    mark("EMAIL_SMTP_ENABLE_STARTTLS"),
    mark("EMAIL_SMTP_ENABLE_IMPLICIT_TLS"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_MAILGUN_API",
    "EMAIL_MAILGUN_DOMAIN",
    "EMAIL_MAILGUN_REGION",
    "EMAIL_AWSSES_REGION",
    "EMAIL_AWSSES_ACCESS_KEY_ID",
    "EMAIL_AWSSES_SECRET_ACCESS_KEY",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_SMTP_USER", "EMAIL_SMTP_USERNAME"),
    ("EMAIL_SMTP_PASS", "EMAIL_SMTP_PASSWORD"),
    ("EMAIL_SMTP_SECURE", "EMAIL_SMTP_ENABLE_IMPLICIT_TLS"),
    ("EMAIL_SMTP_ENABLE_TLS", "EMAIL_SMTP_ENABLE_IMPLICIT_TLS"),
];

/// STARTTLS when offered by default; implicit TLS wins when both are on.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(
                ImplicitTls,
                "EMAIL_SMTP_ENABLE_IMPLICIT_TLS",
                SetVal::Bool(false),
            ),
            set(StartTls, "EMAIL_SMTP_ENABLE_STARTTLS", SetVal::Bool(true)),
        ],
        "EMAIL_SMTP_ENABLE_IMPLICIT_TLS=false and EMAIL_SMTP_ENABLE_STARTTLS=true",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "EMAIL_SMTP_USERNAME and EMAIL_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Fider release (Go's TLS 1.2+)"),
    fix(
        W::Username,
        &[set(Username, "EMAIL_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "EMAIL_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_NOREPLY", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Fider has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FIDER: Profile = Profile {
    id: "fider-env",
    name: "Fider EMAIL_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.fider.io/hosting-instance https://github.com/getfider/fider/blob/main/app/pkg/env/env.go https://github.com/getfider/fider/blob/main/app/services/email/smtp/smtp.go",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "EMAIL",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_NOREPLY (required by Fider)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "EMAIL_NOREPLY=feedback@acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_ENABLE_STARTTLS=true\n";

    #[test]
    fn starttls_when_offered_and_implicit_wins() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "fider-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "feedback@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}EMAIL_SMTP_ENABLE_IMPLICIT_TLS=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(!has(&ids, "tls/conflicting"), "{ids:?}");
    }

    #[test]
    fn starttls_off_is_clear_text() {
        let (_, s, ids) = first(&ENV.replace("STARTTLS=true", "STARTTLS=false"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}
