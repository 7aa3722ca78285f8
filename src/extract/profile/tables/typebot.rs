//! Typebot: the `SMTP_*` environment variables of its builder and viewer
//! images (`.env`, compose `environment:`, the Helm chart's `env`), with
//! the sender in `NEXT_PUBLIC_SMTP_FROM`.
//!
//! Meaning (Typebot docs "Configuration" → Email (Auth, notifications);
//! the code: `packages/env/env.ts` validates the variables; the sign-in
//! mails go through Auth.js's Nodemailer provider in
//! `apps/builder/src/features/auth/…/providers.ts` (earlier releases:
//! `packages/emails/src/sendEmail.ts`), the Send email block's default
//! transport is `apps/viewer/…/sendEmail/constants.ts`; all hand them to
//! nodemailer):
//!
//! * `SMTP_PORT` defaults to 25 (`z.coerce.number().default(25)`).
//! * `SMTP_SECURE` (default `false`) is nodemailer's `secure`: TLS from the
//!   first byte; without it nodemailer upgrades with STARTTLS when offered,
//!   and turns implicit TLS on by itself on 465. (The sign-in mails of
//!   releases with `sendEmail.ts` did not pass `secure`: 465 was still
//!   implicit, other ports STARTTLS.)
//! * `SMTP_IGNORE_TLS=true` is nodemailer's `ignoreTLS` in the releases
//!   that read it: never STARTTLS, clear text.
//! * The booleans are `z.enum(['true', 'false'])`: only the exact word
//!   `true` is true, `false` false, and any other value (`True`, `1`)
//!   fails validation at start-up (read here as the word, case ignored).
//! * `SMTP_USERNAME` / `SMTP_PASSWORD` log in when either is set.
//!   `SMTP_AUTH_DISABLED=true` is not about the SMTP login: it turns the
//!   email sign-in (magic link) provider off.
//! * `NEXT_PUBLIC_SMTP_FROM` is the From, written `'Name' <address>` or
//!   `"Name" <address>` in the docs; the Send email block cuts the address
//!   out of the `<…>`. Without it the email sign-in provider is off.
//!
//! `SMTP_HOST` and friends are every app's names: the table needs one of
//! Typebot's own (`NEXT_PUBLIC_SMTP_FROM`, `NEXT_PUBLIC_VIEWER_URL`,
//! `SMTP_AUTH_DISABLED`) beside them.

use crate::extract::profile::{
    fix_text, k, mark, pairs, set, syn, weighs, words, Fix, Key, Marker, Pairs, Profile, SetVal,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_SECURE", ImplicitTls),
    k("SMTP_IGNORE_TLS", NoStartTls),
    k("NEXT_PUBLIC_SMTP_FROM", From),
];

const MARKERS: &[Marker] = &[
    weighs(mark("NEXT_PUBLIC_SMTP_FROM"), 6),
    weighs(mark("NEXT_PUBLIC_VIEWER_URL"), 6),
    mark("SMTP_AUTH_DISABLED"),
];

const OTHER_KEYS: Words = words!["SMTP_AUTH_DISABLED"];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "NEXT_PUBLIC_SMTP_FROM"),
    ("SMTP_FROM_EMAIL", "NEXT_PUBLIC_SMTP_FROM"),
    ("SMTP_TLS", "SMTP_SECURE"),
    ("SMTP_SSL", "SMTP_SECURE"),
];

/// nodemailer's reading: `secure` or, on 465, implicit TLS by itself;
/// else STARTTLS when offered.
const TLS: TlsModel = super::nodemailer::TLS;

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    super::smtp_env::HOST_FIX,
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false)),
            set(NoStartTls, "SMTP_IGNORE_TLS", SetVal::Bool(false)),
        ],
        "SMTP_SECURE=false and SMTP_IGNORE_TLS=false (nodemailer then upgrades with STARTTLS)",
    ),
    super::smtp_env::CHAIN_FIX,
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Typebot release"),
    super::smtp_env::USERNAME_FIX,
    super::smtp_env::PASSWORD_FIX,
    // The whole value in one pair of quotes: the docs' `'Typebot
    // Notifications' <notifications@…>` written bare after `=` is read
    // whole by Node's dotenv, but Compose's `env_file` (compose-go's
    // dotenv parser) ends the value at the closing quote and refuses the
    // rest ("unexpected character \"<\" in variable name").
    fix_text(
        W::From,
        &[],
        "NEXT_PUBLIC_SMTP_FROM=\"Your name <{value}>\"",
    ),
    fix_text(
        W::Stream,
        &[],
        "Typebot has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static TYPEBOT: Profile = Profile {
    id: "typebot",
    name: "Typebot SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.typebot.io/self-hosting/configuration#email-auth-notifications https://github.com/baptisteArno/typebot.io/blob/main/packages/env/env.ts https://github.com/baptisteArno/typebot.io/blob/main/packages/emails/src/sendEmail.ts",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "NEXT_PUBLIC_SMTP_FROM (\"Name\" <address>)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "NEXTAUTH_URL=https://typebot.acme.io\nNEXT_PUBLIC_VIEWER_URL=https://bot.acme.io\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nNEXT_PUBLIC_SMTP_FROM=\"Typebot Notifications <notifications@acme.io>\"\n";

    #[test]
    fn starttls_when_offered_unless_secure() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "typebot");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "notifications@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&format!("{ENV}SMTP_SECURE=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&format!("{ENV}SMTP_SECURE=false\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ENV}SMTP_IGNORE_TLS=true\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn port_465_is_implicit_tls_without_secure() {
        let (_, s, ids) = first(&ENV.replace("SMTP_PORT=587", "SMTP_PORT=465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn the_documented_from_is_read_and_a_from_fix_quotes_the_whole_value() {
        // The configuration page's shape, written bare after `=`.
        let env = ENV.replace(
            "\"Typebot Notifications <notifications@acme.io>\"",
            "'Typebot Notifications' <notifications@example.com>",
        );
        let (_, s, ids) = first(&env);
        assert_eq!(s["from"], "notifications@example.com");
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
        let report = crate::lint(&env, &crate::Options::default());
        let fix = &report
            .findings
            .iter()
            .find(|f| f.id == "from/placeholder")
            .expect("from/placeholder")
            .fix;
        assert!(fix.contains("NEXT_PUBLIC_SMTP_FROM=\"Your name <"), "{fix}");
    }

    #[test]
    fn plain_smtp_names_are_not_typebot() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=p\nSMTP_SECURE=false\n",
        );
        assert_ne!(client, "typebot");
    }
}
