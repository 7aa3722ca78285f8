//! AFFiNE (self-hosted server): the `MAILER_*` environment of its
//! `.env` / compose file.
//!
//! Meaning (docs.affine.pro self-host "Configure email"; the code:
//! `packages/backend/server/src/core/mail/config.ts` for the names and
//! defaults, `packages/backend/server/src/core/mail/sender.ts` for the
//! client, nodemailer's `createTransport`):
//!
//! * No mail leaves while `MAILER_HOST` is empty ("Mailer SMTP transport
//!   is not configured").
//! * `MAILER_PORT` defaults to 465. AFFiNE passes no `secure`, so
//!   nodemailer reads the port: TLS from the first byte on 465, STARTTLS
//!   when the server offers it on any other port. There is no TLS switch.
//! * `MAILER_IGNORE_TLS=true` is NOT nodemailer's `ignoreTLS`: AFFiNE
//!   turns it into `tls.rejectUnauthorized: false`, i.e. certificate
//!   verification off ("Enable it for self-signed certificates").
//! * `MAILER_USER` / `MAILER_PASSWORD` are always handed over as `auth`.
//! * `MAILER_SENDER` is the From (default
//!   `AFFiNE Self Hosted <noreply@example.com>`, a placeholder address);
//!   `MAILER_SERVERNAME` the name given in EHLO.
//!
//! `MAILER_HOST`/`MAILER_USER` are common names (Joplin, NestJS mailer
//! apps): AFFiNE is recognised by `MAILER_SERVERNAME`, its default sender
//! or its `AFFINE_*` variables beside them.

use super::nodemailer::TLS;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, weighs, words, Fix, Key, Profile, SetVal,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAILER_HOST", Host),
    k("MAILER_PORT", Port),
    k("MAILER_USER", Username),
    k("MAILER_PASSWORD", Password),
    k("MAILER_SENDER", From),
    k("MAILER_IGNORE_TLS", SkipVerify),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAILER_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAILER_HOST", SetVal::Given)]),
    // The TLS follows the port: nothing else to write.
    fix(W::StartTls, &[set(Port, "MAILER_PORT", SetVal::Lit("587"))]),
    fix_text(W::VerifyOn, &[], "MAILER_IGNORE_TLS=false"),
    fix_text(W::AuthOn, &[], "MAILER_USER and MAILER_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current AFFiNE release"),
    fix_text(W::Username, &[], "MAILER_USER={value}"),
    fix_text(W::Password, &[], "MAILER_PASSWORD={value}"),
    fix_text(W::From, &[], "MAILER_SENDER=\"AFFiNE <{value}>\""),
    fix_text(
        W::Stream,
        &[],
        "AFFiNE has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static AFFINE: Profile = Profile {
    id: "affine",
    name: "AFFiNE MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.affine.pro/self-host-affine/administer/configure-email https://github.com/toeverything/AFFiNE/blob/canary/packages/backend/server/src/core/mail/config.ts https://github.com/toeverything/AFFiNE/blob/canary/packages/backend/server/src/core/mail/sender.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    // Joplin's table reads MAILER_HOST/MAILER_PORT too (with its own
    // markers): one of AFFiNE's outweighs those.
    markers: &[
        weighs(mark("MAILER_SERVERNAME"), 6),
        weighs(mark_value("MAILER_SENDER", "AFFiNE"), 6),
        weighs(mark("AFFINE_SERVER_EXTERNAL_URL"), 6),
        weighs(mark("AFFINE_SERVER_HOST"), 6),
        weighs(mark("AFFINE_SERVER_HTTPS"), 6),
        weighs(mark("AFFINE_REVISION"), 6),
        weighs(mark("AFFINE_INDEXER_ENABLED"), 6),
    ],
    needs_marker: true,
    family: &["MAILER_"],
    other_keys: words!["MAILER_SERVERNAME"],
    leftovers: pairs![
        ("MAILER_SECURE", "MAILER_PORT"),
        ("MAILER_USERNAME", "MAILER_USER"),
        ("MAILER_PASS", "MAILER_PASSWORD"),
        ("MAILER_FROM", "MAILER_SENDER"),
    ],
    case_sensitive: true,
    tls: TLS,
    port: Some(465),
    fixes: FIXES,
    sender_hint: "MAILER_SENDER (default AFFiNE Self Hosted <noreply@example.com>)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "AFFINE_REVISION=stable\nMAILER_HOST=smtp.postmarkapp.com\nMAILER_PORT=587\nMAILER_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_SENDER=AFFiNE <notes@acme.io>\n";

    #[test]
    fn tls_follows_the_port_and_465_is_the_default() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "affine");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "notes@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("MAILER_PORT=587\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn ignore_tls_turns_verification_off() {
        let (_, s, ids) = first(&format!("{ENV}MAILER_IGNORE_TLS=true\n"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn plain_mailer_names_are_not_affine() {
        let (client, _, _) = first(
            "MAILER_HOST=smtp.postmarkapp.com\nMAILER_PORT=587\nMAILER_USER=u\nMAILER_PASSWORD=p\n",
        );
        assert_ne!(client, "affine");
    }
}
