//! AppFlowy Cloud's own mailer: the `APPFLOWY_MAILER_SMTP_*` environment of
//! its `deploy.env` / `.env` (workspace invitations, notifications). The
//! same file's `GOTRUE_SMTP_*` rows configure its GoTrue (sign-up and
//! magic-link mail) and are read by the `supabase-gotrue-env` table.
//!
//! Meaning (`src/config/config.rs` and `services/appflowy-worker/src/config.rs`
//! for the names and defaults, `libs/mailer/src/sender.rs` for the sending,
//! with lettre's `AsyncSmtpTransport::builder_dangerous`):
//!
//! * `APPFLOWY_MAILER_SMTP_HOST` (default `smtp.gmail.com`) and `_PORT`
//!   (default 465).
//! * `APPFLOWY_MAILER_SMTP_TLS_KIND` (default `wrapper`), compared exactly:
//!   `wrapper` is TLS from the first byte, `required` requires STARTTLS,
//!   `opportunistic` is STARTTLS when the server offers it, `none` is clear
//!   text; any other word stops the server at start-up ("Invalid TLS
//!   kind"). The deploy.env's note "smtps (TLS) is always required" is the
//!   default's, not a rule.
//! * `APPFLOWY_MAILER_SMTP_USERNAME` / `_PASSWORD` are always handed to
//!   lettre as the login (defaults `sender@example.com` / `password`).
//! * `APPFLOWY_MAILER_SMTP_EMAIL` is the From (default `sender@example.com`).

use crate::extract::profile::{
    fix_text, k, mark, syn, Both, Fix, Key, Marker, Profile, Sec, TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("APPFLOWY_MAILER_SMTP_HOST", Host),
    k("APPFLOWY_MAILER_SMTP_PORT", Port),
    k("APPFLOWY_MAILER_SMTP_USERNAME", Username),
    k("APPFLOWY_MAILER_SMTP_PASSWORD", Password),
    k("APPFLOWY_MAILER_SMTP_EMAIL", From),
    k("APPFLOWY_MAILER_SMTP_TLS_KIND", Encryption),
];

const MARKERS: &[Marker] = &[
    mark("APPFLOWY_MAILER_SMTP_HOST"),
    mark("APPFLOWY_MAILER_SMTP_USERNAME"),
    mark("APPFLOWY_MAILER_SMTP_EMAIL"),
    mark("APPFLOWY_MAILER_SMTP_TLS_KIND"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "APPFLOWY_MAILER_SMTP_PORT={port}"),
    fix_text(W::Host, &[], "APPFLOWY_MAILER_SMTP_HOST={value}"),
    fix_text(
        W::StartTls,
        &[],
        "APPFLOWY_MAILER_SMTP_TLS_KIND=required with APPFLOWY_MAILER_SMTP_PORT=587 (the default `wrapper` is TLS from the first byte)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "AppFlowy Cloud always checks certificates",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "APPFLOWY_MAILER_SMTP_USERNAME and APPFLOWY_MAILER_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current AppFlowy Cloud release"),
    fix_text(W::Username, &[], "APPFLOWY_MAILER_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "APPFLOWY_MAILER_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "APPFLOWY_MAILER_SMTP_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "AppFlowy Cloud has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static APPFLOWY_MAILER: Profile = Profile {
    id: "appflowy-mailer-env",
    name: "AppFlowy Cloud APPFLOWY_MAILER_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/AppFlowy-IO/AppFlowy-Cloud/blob/main/deploy.env https://github.com/AppFlowy-IO/AppFlowy-Cloud/blob/main/src/config/config.rs https://github.com/AppFlowy-IO/AppFlowy-Cloud/blob/main/libs/mailer/src/sender.rs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["APPFLOWY_MAILER_SMTP_"],
    case_sensitive: true,
    tls_words_exact: true,
    tls: TlsModel {
        words: &[
            ("wrapper", Sec::Implicit),
            ("required", Sec::StartTls),
            ("opportunistic", Sec::Auto),
            ("none", Sec::Plain),
        ],
        starttls_on: Sec::StartTls,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Implicit,
        both: Both::Implicit,
        absent: "no APPFLOWY_MAILER_SMTP_TLS_KIND (its default `wrapper` is TLS from the first byte)",
    },
    port: Some(465),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "APPFLOWY_MAILER_SMTP_EMAIL",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "APPFLOWY_MAILER_SMTP_HOST=smtp.postmarkapp.com\nAPPFLOWY_MAILER_SMTP_PORT=587\nAPPFLOWY_MAILER_SMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAPPFLOWY_MAILER_SMTP_EMAIL=notes@acme.io\nAPPFLOWY_MAILER_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nAPPFLOWY_MAILER_SMTP_TLS_KIND=required\n";

    #[test]
    fn tls_kind_required_is_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "appflowy-mailer-env");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "notes@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_kind_words_and_default() {
        let (_, s, _) = first(&ENV.replace("=required", "=opportunistic"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&ENV.replace("=required", "=none"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No TLS kind: `wrapper`, TLS from the first byte, on 587 too.
        let (_, s, ids) = first(&ENV.replace("APPFLOWY_MAILER_SMTP_TLS_KIND=required\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn tls_kinds_compare_exactly() {
        // AppFlowy matches the exact word: `Required` is no kind (the
        // server stops with "Invalid TLS kind"), so it is not STARTTLS.
        let (_, s, _) = first(&ENV.replace("=required", "=Required"));
        assert!(s["security"].is_null(), "{s}");
        // Tables without the flag still read any case (Django's `TLS`…).
        let (_, s, _) =
            first("SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_ENCRYPTION=STARTTLS\n");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn gotrue_rows_beside_are_gotrues() {
        let env = format!("GOTRUE_SMTP_HOST=smtp.postmarkapp.com\nGOTRUE_SMTP_PORT=587\nGOTRUE_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGOTRUE_SMTP_PASS=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nGOTRUE_SMTP_ADMIN_EMAIL=notes@acme.io\n\n{ENV}");
        let r = crate::lint(&env, &crate::Options::default());
        let clients: Vec<&str> = r.configs.iter().map(|c| c.client.as_str()).collect();
        assert!(clients.contains(&"appflowy-mailer-env"), "{clients:?}");
        assert!(clients.contains(&"supabase-gotrue-env"), "{clients:?}");
    }
}
