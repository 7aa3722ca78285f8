//! Twenty CRM (twentyhq/twenty): the `EMAIL_*` environment variables of
//! its server and worker, handed to nodemailer.
//!
//! Meaning (twenty.com "Setup" docs, email section; the code:
//! `packages/twenty-server/src/engine/core-modules/email/email-driver.factory.ts`
//! and the defaults in `twenty-config/config-variables.ts`):
//!
//! * `EMAIL_DRIVER` is the mail switch: `logger` (the default) only writes
//!   each mail to the log; `smtp` sends (upper-cased since 0.5x: `SMTP`,
//!   `LOGGER`; read case-insensitively). Without it, no mail leaves.
//! * `EMAIL_SMTP_HOST`, `EMAIL_SMTP_PORT` (default 587), `EMAIL_SMTP_USER`,
//!   `EMAIL_SMTP_PASSWORD`: nodemailer gets `{ host, port }`, and `auth`
//!   only when user and password are both set.
//! * There is no TLS switch but `EMAIL_SMTP_NO_TLS` (default false): true
//!   sets `secure: false, ignoreTLS: true` (clear text). Otherwise
//!   nodemailer's defaults hold: STARTTLS when offered, TLS from the first
//!   byte on port 465.
//! * `EMAIL_FROM_ADDRESS` (default `noreply@yourdomain.com`) is the From,
//!   `EMAIL_FROM_NAME` its name; `EMAIL_SYSTEM_ADDRESS` receives system mail.
//! * The names `EMAIL_SMTP_HOST`… are Baserow's too: recognised only next
//!   to a Twenty-only name.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Marker, Pairs, Profile, SetVal,
    Switch, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::nodemailer;

const KEYS: &[Key] = &[
    k("EMAIL_SMTP_HOST", Host),
    k("EMAIL_SMTP_PORT", Port),
    k("EMAIL_SMTP_USER", Username),
    k("EMAIL_SMTP_PASSWORD", Password),
    k("EMAIL_FROM_ADDRESS", From),
    k("EMAIL_SMTP_NO_TLS", NoStartTls),
    k("EMAIL_DRIVER", Transport),
];

const MARKERS: &[Marker] = &[
    mark("EMAIL_SMTP_NO_TLS"),
    mark("EMAIL_SYSTEM_ADDRESS"),
    mark("EMAIL_FROM_ADDRESS"),
    mark("EMAIL_DRIVER"),
];

const OTHER_KEYS: Words = words!["EMAIL_FROM_NAME", "EMAIL_SYSTEM_ADDRESS"];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_SMTP_SECURE", "EMAIL_SMTP_PORT (465 or not)"),
    ("EMAIL_SMTP_USE_TLS", "EMAIL_SMTP_NO_TLS=false"),
    ("EMAIL_SMTP_USERNAME", "EMAIL_SMTP_USER"),
    ("EMAIL_SMTP_PASS", "EMAIL_SMTP_PASSWORD"),
    ("EMAIL_FROM", "EMAIL_FROM_ADDRESS"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(NoStartTls, "EMAIL_SMTP_NO_TLS", SetVal::Word("false")),
            set(Port, "EMAIL_SMTP_PORT", SetVal::Lit("587")),
        ],
        "EMAIL_SMTP_NO_TLS=false and EMAIL_SMTP_PORT=587 (Twenty has no other TLS setting: TLS from the first byte only on 465)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "both EMAIL_SMTP_USER and EMAIL_SMTP_PASSWORD (Twenty logs in only with both)",
    ),
    fix_text(W::TlsModern, &[], "a current Twenty release"),
    fix_text(W::Username, &[], "EMAIL_SMTP_USER={value}"),
    fix_text(W::Password, &[], "EMAIL_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "EMAIL_FROM_ADDRESS={value}"),
    fix_text(
        W::Stream,
        &[],
        "Twenty has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TWENTY: Profile = Profile {
    id: "twenty-env",
    name: "Twenty EMAIL_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://twenty.com/developers/section/self-hosting/setup https://github.com/twentyhq/twenty/blob/main/packages/twenty-server/src/engine/core-modules/email/email-driver.factory.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: nodemailer::TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["logger"],
        local: words![],
        missing: Some("its default logger driver (each mail is only written to the log)"),
        off: None,
        name: "EMAIL_DRIVER",
    }),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM_ADDRESS (default noreply@yourdomain.com)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "EMAIL_DRIVER=smtp\nEMAIL_FROM_ADDRESS=crm@acme.io\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn smtp_driver_starttls_by_default_and_465_implicit() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "twenty-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "crm@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn no_tls_is_clear_text() {
        let (_, s, ids) = first(&format!("{ENV}EMAIL_SMTP_NO_TLS=true\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn without_the_smtp_driver_mail_is_only_logged() {
        let (_, _, ids) = first(&ENV.replace("EMAIL_DRIVER=smtp\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=smtp\n", "=LOGGER\n"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("=smtp\n", "=SMTP\n"));
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn baserow_names_alone_are_not_twenty() {
        let (client, _, _) = first(
            "EMAIL_SMTP=true\nEMAIL_SMTP_HOST=smtp.postmarkapp.com\nEMAIL_SMTP_PORT=587\nEMAIL_SMTP_USE_TLS=true\n",
        );
        assert_ne!(client, "twenty-env");
    }
}
