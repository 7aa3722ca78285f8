//! ToolJet (self-hosted low-code platform): its outgoing mail from the
//! server's `.env` / environment (`DEFAULT_FROM_EMAIL`, `SMTP_DOMAIN`,
//! `SMTP_PORT`, `SMTP_USERNAME`, `SMTP_PASSWORD`).
//!
//! Meaning (docs.tooljet.com "Environment variables" and "Setting Up
//! Outgoing Emails (SMTP)"; the code: `server/src/app.module.ts` before
//! v3, `server/src/modules/email/util.service.ts` since, both handing the
//! values to nodemailer's `createTransport`):
//!
//! * `SMTP_DOMAIN` is the SMTP server's host name — not a HELO domain as
//!   in the Rails apps that also write `SMTP_DOMAIN` (next to their own
//!   `SMTP_ADDRESS`/`SMTP_HOST`).
//! * `SMTP_PORT` defaults to 587 (`+process.env.SMTP_PORT || 587`).
//! * No TLS setting is read: `secure: port == 465`, so 465 is implicit TLS
//!   and any other port upgrades with STARTTLS when the server offers it
//!   (nodemailer's default). `SMTP_SSL`, which the docs' sample writes, is
//!   not passed to the transport.
//! * It logs in with `SMTP_USERNAME` / `SMTP_PASSWORD`.
//! * The From is `DEFAULT_FROM_EMAIL` (default `hello@tooljet.io`,
//!   ToolJet's own address).
//! * `SMTP_DISABLED` (newer docs) and the settings page's switch decide
//!   whether mail is sent at all; an inverted switch has no role here, so
//!   it is read as a known key that carries nothing we check.
//!
//! `DEFAULT_FROM_EMAIL` is also Django's name: recognised by it alone, the
//! table gives way when the paste writes an `SMTP_*` key ToolJet does not
//! read (another app's `SMTP_HOST`).

use super::nodemailer::TLS;
use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Key, Marker, Profile, SetVal, WriteKind as W,
    BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_DOMAIN", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("DEFAULT_FROM_EMAIL", From),
];

const MARKERS: &[Marker] = &[
    mark("DEFAULT_FROM_EMAIL"),
    mark("SMTP_DISABLED"),
    mark("TOOLJET_HOST"),
    mark("LOCKBOX_MASTER_KEY"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_DOMAIN", SetVal::Given)]),
    // The TLS follows the port.
    fix(W::StartTls, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix_text(
        W::VerifyOn,
        &[],
        "ToolJet always verifies certificates: remove what turns verification off",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(
        W::TlsModern,
        &[],
        "a current ToolJet release (Node's TLS 1.2+)",
    ),
    fix(
        W::Username,
        &[set(Username, "SMTP_USERNAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "DEFAULT_FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "ToolJet has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TOOLJET: Profile = Profile {
    id: "tooljet",
    name: "ToolJet SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.tooljet.com/docs/setup/env-vars https://github.com/ToolJet/ToolJet/blob/develop/server/src/modules/email/util.service.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: words!["SMTP_SSL", "SMTP_DISABLED"],
    case_sensitive: true,
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "DEFAULT_FROM_EMAIL (default hello@tooljet.io, ToolJet's own address)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "DEFAULT_FROM_EMAIL=apps@acme.io\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_DOMAIN=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SSL=false\nSMTP_DISABLED=false\n";

    /// `SMTP_DISABLED` is a name many apps write: found by it alone, beside
    /// `SMTP_HOST`/`SMTP_USER` that ToolJet does not read, the paste is
    /// another app's, whose inverted switch generic inference reads.
    #[test]
    fn smtp_disabled_beside_other_names_is_another_app() {
        let other = "SMTP_DISABLED=true\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, _, ids) = first(other);
        assert_ne!(client, "tooljet");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        let (client, _, _) = first(ENV);
        assert_eq!(client, "tooljet");
    }

    #[test]
    fn smtp_domain_is_the_host_and_tls_follows_the_port() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "tooljet");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "apps@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("SMTP_PORT=587", "SMTP_PORT=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_old_sample_without_ssl_or_disabled() {
        let (client, s, _) = first(
            "# EMAIL CONFIGURATION\nDEFAULT_FROM_EMAIL=apps@acme.io\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_DOMAIN=smtp.postmarkapp.com\nSMTP_PORT=\n",
        );
        assert_eq!(client, "tooljet");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }

    /// A Rails app's `SMTP_DOMAIN` is its HELO name, beside its own host key.
    #[test]
    fn another_apps_smtp_domain_is_not_the_host() {
        let (client, s, _) = first(
            "DEFAULT_FROM_EMAIL=apps@acme.io\nSMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_DOMAIN=acme.io\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\n",
        );
        assert_ne!(client, "tooljet");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
    }
}
