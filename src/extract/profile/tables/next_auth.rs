//! Auth.js / NextAuth.js email sign-in: the `Nodemailer` provider
//! (`next-auth/providers/nodemailer`, Auth.js v5) and the older `Email`
//! provider (`next-auth/providers/email`), often imported as
//! `EmailProvider`: `EmailProvider({ server, from })`.
//!
//! Meaning (authjs.dev "Nodemailer" provider page, next-auth v4 "Email"
//! provider docs; `packages/core/src/providers/nodemailer.ts`, whose
//! `sendVerificationRequest` calls `createTransport(provider.server)`):
//!
//! * `server` is handed to nodemailer's `createTransport` as it is: a
//!   connection URL (`smtp://user:pass@host:587`, usually
//!   `process.env.EMAIL_SERVER`) or nodemailer's options object
//!   (`{ host, port, auth: { user, pass } }`), so nodemailer's meaning
//!   applies (see `nodemailer.rs`): `secure: true` is TLS from the first
//!   byte, STARTTLS when offered otherwise, port 587, 465 turning TLS on.
//! * `from` is the sender of the sign-in mails.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, weighs, Fix, Key, Marker, Profile, Read, Truth, UrlFlavor,
    WriteKind as W, BASE,
};
use crate::extract::profile::{Hooks, Tls};
use crate::extract::Config;
use crate::model::Role::*;

/// The provider's call, by its usual names.
macro_rules! provider {
    ($tail:literal) => {
        concat!(
            "EmailProvider(#0).",
            $tail,
            "|Nodemailer(#0).",
            $tail,
            "|NodemailerProvider(#0).",
            $tail
        )
    };
}

const KEYS: &[Key] = &[
    kr(provider!("server"), Url, Read::Url(UrlFlavor::Nodemailer)),
    k(provider!("server.host"), Host),
    k(provider!("server.port"), Port),
    k(provider!("server.secure"), ImplicitTls),
    k(provider!("server.requireTLS"), StartTls),
    k(provider!("server.ignoreTLS"), NoStartTls),
    k(provider!("server.auth.user"), Username),
    k(provider!("server.auth.pass"), Password),
    k(provider!("server.tls.rejectUnauthorized"), VerifyPeer),
    k(provider!("from"), From),
];

/// The provider's call is its own: it outweighs nodemailer's option
/// names (`auth.pass`) inside `server`.
const MARKERS: &[Marker] = &[
    weighs(mark("EmailProvider()"), 5),
    weighs(mark("Nodemailer()"), 5),
    weighs(mark("NodemailerProvider()"), 5),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "server: { …, port: {port} } in the email provider",
    ),
    fix_text(
        W::Host,
        &[],
        "server: { host: '{value}', … } in the email provider",
    ),
    fix_text(
        W::StartTls,
        &[],
        "server: { …, secure: false, requireTLS: true } (STARTTLS on port 587 or 2525)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "server: { …, auth: { user: '<Server API token>', pass: '<Server API token>' } }",
    ),
    fix_text(W::Username, &[], "server: { …, auth: { user: '{value}' } }"),
    fix_text(W::Password, &[], "server: { …, auth: { pass: '{value}' } }"),
    fix_text(W::From, &[], "from: '{value}' in the email provider"),
    fix_text(
        W::VerifyOn,
        &[],
        "remove `rejectUnauthorized: false` from server.tls",
    ),
];

pub static NEXT_AUTH: Profile = Profile {
    id: "next-auth",
    name: "Auth.js / NextAuth email provider (nodemailer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://authjs.dev/getting-started/authentication/email https://next-auth.js.org/providers/email https://nodemailer.com/smtp/",
    syntaxes: syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: super::nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "`from` in the email provider's options",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// nodemailer's reading of the options; a `server` URL read elsewhere
/// (`process.env.EMAIL_SERVER`) says nothing of the TLS mode, a URL the
/// paste gives (written there, or its `.env` line) says it as nodemailer
/// reads a URL (`smtp://` STARTTLS when offered, `smtps://` implicit TLS).
fn tls(cfg: &Config) -> Tls {
    let Some(url) = cfg.get(Url) else {
        return crate::extract::profile::tls::evaluate(cfg, &NEXT_AUTH);
    };
    if url.value.is_reference() {
        return Tls::default();
    }
    super::url::tls(cfg)
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn the_server_from_the_environment_is_a_url_read_elsewhere() {
        let (client, s, ids) = first(
            "import EmailProvider from 'next-auth/providers/email';\nproviders: [\n  EmailProvider({\n    server: process.env.EMAIL_SERVER,\n    from: process.env.EMAIL_FROM,\n  }),\n]\n",
        );
        assert_eq!(client, "next-auth");
        assert!(s["host"].is_null(), "{s:?}");
        assert!(s["security"].is_null(), "{s:?}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("auth/missing") || i == "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn a_server_url_in_the_paste_gives_the_tls_mode() {
        let t = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
        for (url, want) in [
            (
                format!("smtp://{t}:{t}@smtp.postmarkapp.com:587"),
                "starttls",
            ),
            (
                format!("smtps://{t}:{t}@smtp.postmarkapp.com:465"),
                "implicit",
            ),
        ] {
            let written = format!(
                "EmailProvider({{\n  server: \"{url}\",\n  from: \"noreply@acme.io\",\n}}),\n"
            );
            let from_env = format!("EmailProvider({{\n  server: process.env.EMAIL_SERVER,\n  from: process.env.EMAIL_FROM,\n}}),\n\n// .env\nEMAIL_SERVER={url}\nEMAIL_FROM=noreply@acme.io\n");
            for src in [written, from_env] {
                let (client, s, _) = first(&src);
                assert_eq!(client, "next-auth", "{src}");
                assert_eq!(s["security"], want, "{src}");
            }
        }
    }

    #[test]
    fn the_server_options_are_nodemailers() {
        let (client, s, ids) = first(
            "Nodemailer({\n  server: {\n    host: 'smtp.postmarkapp.com',\n    port: 465,\n    auth: { user: 'u', pass: 'u' },\n  },\n  from: 'login@acme.io',\n}),\n",
        );
        assert_eq!(client, "next-auth");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "login@acme.io");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }
}
