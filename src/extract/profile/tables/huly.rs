//! Huly: the environment of its `mail` service (`hardcoreeng/mail`, the
//! compose file's `mail:` container or its Kubernetes Deployment), which
//! hands the SMTP settings to nodemailer.
//!
//! Meaning (huly-selfhost `README.md` "Mail Service"; the code:
//! hcengineering/platform `services/mail/pod-mail/src/config.ts` and
//! `transport.ts`):
//!
//! * SMTP is used when `SMTP_HOST` is set (with `SES_ACCESS_KEY` also set
//!   the service refuses to start; with neither it sends through nothing).
//!   `SMTP_HOST` and `SMTP_PORT` are both required: there is no default
//!   port.
//! * `SMTP_TLS_MODE` (case ignored, default `upgrade`): `secure` passes
//!   `secure: true` (TLS from the first byte); `upgrade` passes `secure:
//!   false` (STARTTLS when the server offers it, on 465 too); `ignore`
//!   passes `ignoreTLS: true` (never upgrades). Any other word stops the
//!   service. Releases before `SMTP_TLS_MODE` passed no `secure`, so
//!   nodemailer made port 465 implicit by itself.
//! * It logs in when `SMTP_USERNAME` and `SMTP_PASSWORD` are both set.
//! * `SMTP_ALLOW_SELF_SIGNED=true` (case ignored) turns certificate
//!   verification off.
//! * `SOURCE` is the From address.
//!
//! `SMTP_HOST`, `SMTP_PORT`… are every app's names: the table needs Huly's
//! image, its `SMTP_TLS_MODE` words or its other variables beside them.

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, shared, syn, words, Both, Fix, Key, Marker,
    Pairs, Profile, Sec, SetVal, TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_TLS_MODE", Encryption),
    k("SMTP_ALLOW_SELF_SIGNED", SkipVerify),
    k("SOURCE", From),
];

const MARKERS: &[Marker] = &[
    mark_value("image", "hardcoreeng/mail"),
    mark_value("SMTP_TLS_MODE", "upgrade"),
    mark_value("SMTP_TLS_MODE", "ignore"),
    mark("SMTP_ALLOW_SELF_SIGNED"),
    mark("SMTP_DEBUG_LOG"),
    shared(mark("SOURCE")),
    shared(mark("SES_ACCESS_KEY")),
];

const OTHER_KEYS: Words = words![
    "PORT",
    "SMTP_DEBUG_LOG",
    "DEFAULT_PROTOCOL",
    "SES_ACCESS_KEY",
    "SES_SECRET_KEY",
    "SES_REGION",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "SOURCE"),
    ("SMTP_SECURE", "SMTP_TLS_MODE"),
    ("SMTP_TLS", "SMTP_TLS_MODE"),
    ("SMTP_SSL", "SMTP_TLS_MODE"),
];

/// `secure: mode === 'secure'` and `ignoreTLS: mode === 'ignore'`, always
/// handed over.
const TLS: TlsModel = TlsModel {
    words: &[
        ("secure", Sec::Implicit),
        ("upgrade", Sec::Auto),
        ("ignore", Sec::Plain),
        ("", Sec::Ignored),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    super::smtp_env::HOST_FIX,
    fix_text(
        W::StartTls,
        &[set(Encryption, "SMTP_TLS_MODE", SetVal::Word("upgrade"))],
        "SMTP_TLS_MODE=upgrade with SMTP_PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP_ALLOW_SELF_SIGNED=false"),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD (both)"),
    fix_text(W::TlsModern, &[], "a current Huly release"),
    super::smtp_env::USERNAME_FIX,
    super::smtp_env::PASSWORD_FIX,
    fix(W::From, &[set(From, "SOURCE", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Huly has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static HULY: Profile = Profile {
    id: "huly",
    name: "Huly mail service environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/hcengineering/huly-selfhost#mail-service https://github.com/hcengineering/platform/blob/develop/services/mail/pod-mail/src/config.ts https://github.com/hcengineering/platform/blob/develop/services/mail/pod-mail/src/transport.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `SMTP_ALLOW_SELF_SIGNED?.toLowerCase() === 'true'`.
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    fixes: FIXES,
    sender_hint: "SOURCE (the mail service's From address)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  mail:\n    image: hardcoreeng/mail:v0.6.500\n    container_name: mail\n    environment:\n      - PORT=8097\n      - SOURCE=huly@acme.io\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn upgrade_by_default_and_source_is_the_from() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "huly");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "huly@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_modes() {
        let (_, s, ids) = first(&format!("{COMPOSE}      - SMTP_TLS_MODE=secure\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&format!("{COMPOSE}      - SMTP_TLS_MODE=Ignore\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `upgrade` passes `secure: false`: STARTTLS on 465 too.
        let (_, s, ids) = first(
            &format!("{COMPOSE}      - SMTP_TLS_MODE=upgrade\n").replace("PORT=587", "PORT=465"),
        );
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn self_signed_and_no_default_port() {
        let (_, _, ids) = first(&format!("{COMPOSE}      - SMTP_ALLOW_SELF_SIGNED=TRUE\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&COMPOSE.replace("      - SMTP_PORT=587\n", ""));
        assert!(has(&ids, "port/missing"), "{ids:?}");
    }

    #[test]
    fn plain_smtp_names_alone_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSOURCE=a@acme.io\n",
        );
        assert_ne!(client, "huly");
    }
}
