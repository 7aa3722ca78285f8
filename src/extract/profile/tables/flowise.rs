//! Flowise: the `SMTP_*` environment of its server (`packages/server/.env`,
//! the docker `.env`, compose `environment:`), handed to nodemailer for
//! workspace invitations, password resets and e-mail verification.
//!
//! Meaning (`packages/server/.env.example`, "AUTH PARAMETERS" block, for the
//! names; `packages/server/src/enterprise/utils/sendEmail.ts` for how each
//! is read — one transporter made at start-up):
//!
//! * `SMTP_HOST`, `SMTP_PORT` (`parseInt`; unset, nodemailer's own default:
//!   465 with `secure`, 587 without).
//! * `SMTP_SECURE`: unset, `secure: true` — TLS from the first byte, the
//!   opposite of nodemailer's default; set, it is compared exactly with
//!   `'true'` (`=== 'true'`), so `false`, `TRUE` or `1` all mean
//!   `secure: false`, which upgrades with STARTTLS when the server offers
//!   it. The `.env.example` shows port 465 with `SMTP_SECURE=true`.
//! * `ALLOW_UNAUTHORIZED_CERTS`: any non-empty value — `false` included —
//!   passes `tls: { rejectUnauthorized: false }` (the code tests the
//!   variable's presence, not its word); only leaving it out or empty keeps
//!   certificate verification on.
//! * `SMTP_USER` / `SMTP_PASSWORD` are always handed over as `auth`.
//! * `SENDER_EMAIL` is the From; unset, Flowise sends as
//!   `"FlowiseAI Team" <team@mail.flowiseai.com>`, a domain no Postmark
//!   account has verified.
//!
//! There is no mail switch: the transporter is made whatever is set.
//!
//! `SMTP_HOST`, `SMTP_USER`, `SMTP_PASSWORD`, `SMTP_SECURE` and
//! `SENDER_EMAIL` are many apps' names (Karakeep, Formbricks, n8n's
//! templates…): the table needs a Flowise name beside them (its `FLOWISE_*`
//! and `JWT_*_TOKEN_*` settings, the invite-template and token-expiry
//! settings, its image).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USER", Username),
    k("SMTP_PASSWORD", Password),
    k("SENDER_EMAIL", From),
    k("SMTP_SECURE", ImplicitTls),
    k("ALLOW_UNAUTHORIZED_CERTS", SkipVerify),
];

const MARKERS: &[Marker] = &[
    mark("FLOWISE_USERNAME"),
    mark("FLOWISE_PASSWORD"),
    mark("FLOWISE_SECRETKEY_OVERWRITE"),
    mark("FLOWISE_FILE_SIZE_LIMIT"),
    mark("FLOWISE_EE_LICENSE_KEY"),
    mark("DISABLE_FLOWISE_TELEMETRY"),
    mark("JWT_AUTH_TOKEN_SECRET"),
    mark("JWT_REFRESH_TOKEN_SECRET"),
    mark("JWT_REFRESH_TOKEN_EXPIRY_IN_MINUTES"),
    mark("WORKSPACE_INVITE_TEMPLATE_PATH"),
    mark("INVITE_TOKEN_EXPIRY_IN_HOURS"),
    mark("PASSWORD_RESET_TOKEN_EXPIRY_IN_MINS"),
    mark_value("image", "flowiseai/flowise"),
];

const OTHER_KEYS: Words = words![
    "APP_URL",
    "JWT_AUTH_TOKEN_SECRET",
    "JWT_REFRESH_TOKEN_SECRET",
    "JWT_ISSUER",
    "JWT_AUDIENCE",
    "JWT_TOKEN_EXPIRY_IN_MINUTES",
    "JWT_REFRESH_TOKEN_EXPIRY_IN_MINUTES",
    "WORKSPACE_INVITE_TEMPLATE_PATH",
    "INVITE_TOKEN_EXPIRY_IN_HOURS",
    "PASSWORD_RESET_TOKEN_EXPIRY_IN_MINS",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USERNAME", "SMTP_USER"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_FROM", "SENDER_EMAIL"),
    ("SMTP_TLS", "SMTP_SECURE"),
    ("SMTP_SSL", "SMTP_SECURE"),
];

/// `secure: SMTP_SECURE ? SMTP_SECURE === 'true' : true` (see the module
/// docs): unset or empty is TLS from the first byte; set, only the exact
/// `true` is.
fn tls(cfg: &Config) -> Tls {
    super::smtp_env::secure_unless_said(
        cfg,
        true,
        "SMTP_SECURE is not set (Flowise's default: secure: true, TLS from the first byte)",
    )
}

/// nodemailer's port when `SMTP_PORT` is unset: 465 with `secure`, 587
/// without.
fn default_port(cfg: &Config) -> Option<u16> {
    super::smtp_env::nodemailer_port(&tls(cfg))
}

const FIXES: &[Fix] = &[
    super::smtp_env::PORT_FIX,
    super::smtp_env::HOST_FIX,
    fix_text(
        W::StartTls,
        &[set(ImplicitTls, "SMTP_SECURE", SetVal::Bool(false))],
        "SMTP_SECURE=false (Flowise's default is true: TLS from the first byte)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove ALLOW_UNAUTHORIZED_CERTS (any value, `false` too, turns verification off)",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USER and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Flowise release"),
    fix(W::Username, &[set(Username, "SMTP_USER", SetVal::Given)]),
    super::smtp_env::PASSWORD_FIX,
    fix(W::From, &[set(From, "SENDER_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Flowise has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static FLOWISE: Profile = Profile {
    id: "flowise-env",
    name: "Flowise SMTP_* / SENDER_EMAIL environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/FlowiseAI/Flowise/blob/main/packages/server/.env.example https://github.com/FlowiseAI/Flowise/blob/main/packages/server/src/enterprise/utils/sendEmail.ts https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    // `ALLOW_UNAUTHORIZED_CERTS` is tested for presence: any non-empty
    // value is true. (`SMTP_SECURE` is read by the TLS hook.)
    truth: Truth::Except(words![]),
    port: Some(465),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "SENDER_EMAIL",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "JWT_AUTH_TOKEN_SECRET='Qm9vc3RlZFNlY3JldEtleUZvckp3dEF1dGgxMjM0'\nAPP_URL=https://flows.acme-widgets.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_SECURE=false\nSENDER_EMAIL=hello@acme-widgets.io\n";

    #[test]
    fn secure_false_is_starttls() {
        let s = clean_starttls(ENV, "flowise-env");
        assert_eq!(s["port"], 587);
    }

    #[test]
    fn secure_unset_is_implicit_and_only_true_is_true() {
        let (_, s, ids) = first(&ENV.replace("SMTP_SECURE=false\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=true"));
        assert_eq!(s["security"], "implicit");
        // `=== 'true'`: any other word is secure: false.
        let (_, s, _) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE=TRUE"));
        assert_eq!(s["security"], "starttls");
        // An empty value fails the presence test: secure: true.
        let (_, s, _) = first(&ENV.replace("SMTP_SECURE=false", "SMTP_SECURE="));
        assert_eq!(s["security"], "implicit");
        // No port and no SMTP_SECURE: nodemailer's 465 with secure, 587
        // without.
        let no_port = ENV.replace("SMTP_PORT=587\n", "");
        let (_, _, ids) = first(&no_port.replace("SMTP_SECURE=false\n", ""));
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&no_port);
        assert_eq!(ids, ["port/missing"]);
    }

    #[test]
    fn any_allow_unauthorized_value_turns_verification_off() {
        for v in ["true", "false"] {
            let (_, _, ids) = first(&format!("{ENV}ALLOW_UNAUTHORIZED_CERTS={v}\n"));
            assert!(has(&ids, "tls/verify-disabled"), "{v}: {ids:?}");
        }
        let (_, _, ids) = first(&format!("{ENV}ALLOW_UNAUTHORIZED_CERTS=\n"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn compose_with_the_image() {
        let (client, s, _) = first(
            "services:\n  flowise:\n    image: flowiseai/flowise:3.0.4\n    environment:\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=587\n      - SMTP_USER=u\n      - SMTP_PASSWORD=u\n      - SMTP_SECURE=false\n      - SENDER_EMAIL=hello@acme-widgets.io\n",
        );
        assert_eq!(client, "flowise-env");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn another_apps_smtp_names_are_not_taken() {
        // Karakeep: SMTP_HOST … SMTP_FROM beside NEXTAUTH_*, no Flowise name.
        let (client, _, _) = first(
            "NEXTAUTH_URL=https://bookmarks.acme.io\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_SECURE=false\nSMTP_USER=u\nSMTP_PASSWORD=u\nSMTP_FROM=a@acme.io\n",
        );
        assert_ne!(client, "flowise-env");
        // A bare SENDER_EMAIL beside SMTP_* names either.
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASSWORD=u\nSENDER_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "flowise-env");
    }
}
