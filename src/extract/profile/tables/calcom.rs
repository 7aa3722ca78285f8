//! Cal.com (self-hosted): the `EMAIL_SERVER_*` / `EMAIL_FROM` environment
//! variables of its `.env`, handed to nodemailer.
//!
//! Meaning (the `.env.example` "E-MAIL SETTINGS" section and the code,
//! `packages/lib/serverConfig.ts` `detectTransport()`):
//!
//! * There is no TLS setting: the transport gets `secure: port === 465`
//!   and nodemailer's defaults, so port 465 is TLS from the first byte and
//!   any other port STARTTLS when the server offers it.
//! * `EMAIL_SERVER_PORT` is `parseInt`ed; unset, it is `NaN`, and
//!   nodemailer then dials 587.
//! * Order of transports: `RESEND_API_KEY` (Resend's SMTP, whatever the
//!   rest says), then `EMAIL_SERVER` (a nodemailer SMTP URL), then
//!   `EMAIL_SERVER_HOST`; with none of them Cal.com hands mail to
//!   `/usr/sbin/sendmail`. `RESEND_API_KEY` is not modelled.
//! * It logs in only when both `EMAIL_SERVER_USER` and
//!   `EMAIL_SERVER_PASSWORD` are set.
//! * `EMAIL_FROM` is the From (`EMAIL_FROM_NAME` its display name).
//! * Certificates are not checked when Cal.com runs in development
//!   (`rejectUnauthorized: !isENVDev`); not modelled.
//!
//! The same names appear in NextAuth's e-mail provider examples; they are
//! recognised here only next to a Cal.com name.

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, syn, words, Fix, Key, Marker, Pairs, Profile, Read,
    SetVal, UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

use super::nodemailer;

const KEYS: &[Key] = &[
    k("EMAIL_SERVER_HOST", Host),
    k("EMAIL_SERVER_PORT", Port),
    k("EMAIL_SERVER_USER", Username),
    k("EMAIL_SERVER_PASSWORD", Password),
    k("EMAIL_FROM", From),
    kr("EMAIL_SERVER", Url, Read::Url(UrlFlavor::Nodemailer)),
];

/// Names only Cal.com writes (the `EMAIL_SERVER_*` names are NextAuth's
/// examples' too).
const MARKERS: &[Marker] = &[
    mark("CALENDSO_ENCRYPTION_KEY"),
    mark("CALCOM_LICENSE_KEY"),
    mark("NEXT_PUBLIC_LICENSE_CONSENT"),
    mark("CALCOM_TELEMETRY_DISABLED"),
    mark("NEXT_PUBLIC_WEBAPP_URL"),
    mark("EMAIL_FROM_NAME"),
];

const OTHER_KEYS: Words = words![
    "EMAIL_FROM_NAME",
    "RESEND_API_KEY",
    "SENDGRID_API_KEY",
    "SENDGRID_EMAIL",
    "SEND_FEEDBACK_EMAIL",
];

const LEFTOVERS: Pairs = pairs![
    ("EMAIL_SERVER_SECURE", "EMAIL_SERVER_PORT (465 or not)"),
    ("EMAIL_SERVER_USERNAME", "EMAIL_SERVER_USER"),
    ("EMAIL_SERVER_PASS", "EMAIL_SERVER_PASSWORD"),
    ("EMAIL_SERVER_FROM", "EMAIL_FROM"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_SERVER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_SERVER_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Port, "EMAIL_SERVER_PORT", SetVal::Lit("587"))],
        "EMAIL_SERVER_PORT=587 (Cal.com has no TLS setting: it uses TLS from the first byte only on 465)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "NODE_ENV=production (Cal.com skips certificate checks in development)",
    ),
    fix_text(W::AuthOn, &[], "EMAIL_SERVER_USER and EMAIL_SERVER_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Cal.com release"),
    fix_text(W::Username, &[], "EMAIL_SERVER_USER={value}"),
    fix_text(W::Password, &[], "EMAIL_SERVER_PASSWORD={value}"),
    fix_text(W::From, &[], "EMAIL_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Cal.com has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CALCOM: Profile = Profile {
    id: "calcom-env",
    name: "Cal.com EMAIL_SERVER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/calcom/cal.com/blob/main/.env.example https://github.com/calcom/cal.com/blob/main/packages/lib/serverConfig.ts https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EMAIL_SERVER_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: nodemailer::TLS,
    port: Some(587),
    fixes: FIXES,
    sender_hint: "EMAIL_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "NEXT_PUBLIC_WEBAPP_URL='https://cal.acme.io'\nCALENDSO_ENCRYPTION_KEY=0f3a9c2b7e\nEMAIL_FROM='notifications@acme.io'\nEMAIL_SERVER_HOST='smtp.postmarkapp.com'\nEMAIL_SERVER_PORT=587\nEMAIL_SERVER_USER='5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\nEMAIL_SERVER_PASSWORD='5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c'\n";

    #[test]
    fn the_port_decides_the_tls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "calcom-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "notifications@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn no_port_is_587() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_SERVER_PORT=587\n", ""));
        assert!(s["port"].is_null(), "{s}");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn a_secure_switch_is_not_read() {
        let (_, s, ids) = first(&format!("{ENV}EMAIL_SERVER_SECURE=true\n"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn other_pastes_are_not_taken() {
        // NextAuth's example names alone are not Cal.com's.
        let (client, _, _) = first(
            "EMAIL_SERVER_HOST=smtp.postmarkapp.com\nEMAIL_SERVER_PORT=587\nEMAIL_SERVER_USER=u\nEMAIL_SERVER_PASSWORD=u\nEMAIL_FROM=a@acme.io\n",
        );
        assert_ne!(client, "calcom-env");
        let (client, _, _) = first(
            "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=u\nMAIL_PASSWORD=u\nMAIL_ENCRYPTION=tls\n",
        );
        assert_ne!(client, "calcom-env");
    }
}
