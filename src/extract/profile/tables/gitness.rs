//! Gitness / Harness Open Source: the `GITNESS_SMTP_*` environment
//! variables (`.env`, `docker run -e`, compose).
//!
//! Meaning (harness/harness `types/config.go`, `Config.SMTP` with its
//! `envconfig` names, and `app/services/notification/mailer/mail.go`,
//! `NewMailClient`):
//!
//! * `GITNESS_SMTP_HOST`, `GITNESS_SMTP_PORT` (no default: envconfig's
//!   zero, so port 0 is dialled), `GITNESS_SMTP_USERNAME`,
//!   `GITNESS_SMTP_PASSWORD`, `GITNESS_SMTP_FROM_MAIL` (the From header).
//! * They go to go-mail/mail's `gomail.NewDialer(host, port, user, pass)`:
//!   `SSL` is `port == 465` — TLS from the first byte on 465, otherwise a
//!   clear connection upgraded with STARTTLS when the server offers it
//!   (`OpportunisticStartTLS`); there is no TLS setting of its own.
//! * `GITNESS_SMTP_INSECURE` (envconfig's bool, `strconv.ParseBool`) sets
//!   `tls.Config{InsecureSkipVerify}`: true turns certificate checks off.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Key, Marker, Profile, SetVal, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("GITNESS_SMTP_HOST", Host),
    k("GITNESS_SMTP_PORT", Port),
    k("GITNESS_SMTP_USERNAME", Username),
    k("GITNESS_SMTP_PASSWORD", Password),
    k("GITNESS_SMTP_FROM_MAIL", From),
    k("GITNESS_SMTP_INSECURE", SkipVerify),
];

const MARKERS: &[Marker] = &[
    mark("GITNESS_SMTP_HOST"),
    mark("GITNESS_SMTP_FROM_MAIL"),
    mark("GITNESS_SMTP_INSECURE"),
];

/// gomail's `NewDialer`: implicit TLS on 465, STARTTLS when offered
/// elsewhere.
const TLS: TlsModel = TlsModel {
    implicit_ports: &[465],
    ..TlsModel::OPPORTUNISTIC
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "GITNESS_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "GITNESS_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[],
        "GITNESS_SMTP_PORT=587 (any port but 465 upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[set(
            SkipVerify,
            "GITNESS_SMTP_INSECURE",
            SetVal::Bool(false),
        )],
        "GITNESS_SMTP_INSECURE=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "GITNESS_SMTP_USERNAME and GITNESS_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Gitness / Harness release"),
    fix(
        W::Username,
        &[set(Username, "GITNESS_SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "GITNESS_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(
        W::From,
        &[set(From, "GITNESS_SMTP_FROM_MAIL", SetVal::Given)],
    ),
    fix_text(
        W::Stream,
        &[],
        "Gitness has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static GITNESS_ENV: Profile = Profile {
    id: "gitness-env",
    name: "Gitness / Harness Open Source GITNESS_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/harness/harness/blob/main/types/config.go https://github.com/harness/harness/blob/main/app/services/notification/mailer/mail.go https://pkg.go.dev/gopkg.in/mail.v2#NewDialer",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["GITNESS_SMTP_"],
    case_sensitive: true,
    truth: Truth::Usual,
    tls: TLS,
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "GITNESS_SMTP_FROM_MAIL",
    other_keys: words![],
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "GITNESS_URL_BASE=https://git.acme-widgets.io\nGITNESS_SMTP_HOST=smtp.postmarkapp.com\nGITNESS_SMTP_PORT=587\nGITNESS_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGITNESS_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGITNESS_SMTP_FROM_MAIL=hello@acme-widgets.io\nGITNESS_SMTP_INSECURE=false\n";

    #[test]
    fn any_port_but_465_upgrades() {
        clean_starttls(ENV, "gitness-env");
        let (_, s, ids) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn insecure_skips_certificate_checks() {
        let (_, _, ids) = first(&ENV.replace("INSECURE=false", "INSECURE=true"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }
}
