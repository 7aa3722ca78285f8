//! Keila (newsletter tool): its system mailer, set by the `MAILER_*`
//! environment variables of the Docker image (compose, Kubernetes, `.env`).
//!
//! Meaning (Keila's `config/runtime.exs`, "System Mailer"; the client is
//! `Swoosh.Adapters.SMTP` on gen_smtp; `CHANGELOG.md` for 0.16.0):
//!
//! * `MAILER_TYPE` defaults to `smtp`, the only type it reads.
//! * `MAILER_SMTP_HOST` (required) is the relay; `MAILER_SMTP_PORT`
//!   defaults to 587.
//! * `MAILER_ENABLE_SSL` true is TLS from the first byte (`ssl: true`);
//!   `MAILER_ENABLE_STARTTLS` true is `tls: :always`, STARTTLS required
//!   (since 0.12.8). Without either gen_smtp's default `tls:
//!   :if_available` applies: STARTTLS when the server offers it. Both
//!   switches are true only for `1`, `true` or `TRUE` (`in [1, "1",
//!   "true", "TRUE"]`); `yes` or `True` is false.
//! * `MAILER_SMTP_PASSWORD` is required and gen_smtp logs in with it and
//!   `MAILER_SMTP_USER`.
//! * The From is `MAILER_SMTP_FROM_EMAIL`. Since 0.16.0 it is required and
//!   `MAILER_SMTP_USER` defaults to it; before, `MAILER_SMTP_USER` was
//!   required and the From defaulted to the username (a Postmark token is
//!   then the From, which Postmark refuses).
//!
//! Its names `MAILER_SMTP_HOST`/`_USER`/`_PASSWORD` are also other apps':
//! the table needs one of Keila's own (`MAILER_ENABLE_SSL`,
//! `MAILER_ENABLE_STARTTLS`, `MAILER_SMTP_FROM_EMAIL`, the root account's
//! `KEILA_USER`/`KEILA_PASSWORD`, or the `pentacent/keila` image).

use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Key, Marker, Profile, Sec,
    SetVal, Switch, TlsModel, Truth, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("MAILER_SMTP_HOST", Host),
    k("MAILER_SMTP_PORT", Port),
    k("MAILER_SMTP_USER", Username),
    k("MAILER_SMTP_PASSWORD", Password),
    k("MAILER_SMTP_FROM_EMAIL", From),
    k("MAILER_ENABLE_SSL", ImplicitTls),
    k("MAILER_ENABLE_STARTTLS", StartTls),
    k("MAILER_TYPE", Transport),
];

const MARKERS: &[Marker] = &[
    mark("MAILER_ENABLE_SSL"),
    mark("MAILER_ENABLE_STARTTLS"),
    mark("MAILER_SMTP_FROM_EMAIL"),
    mark("KEILA_USER"),
    mark("KEILA_PASSWORD"),
    mark_value("image", "pentacent/keila"),
];

/// `MAILER_ENABLE_SSL` is implicit TLS, `MAILER_ENABLE_STARTTLS` required
/// STARTTLS; neither: STARTTLS when offered.
const TLS: TlsModel = TlsModel {
    starttls_off: Sec::Auto,
    ..TlsModel::OPPORTUNISTIC
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MAILER_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "MAILER_SMTP_HOST", SetVal::Given)]),
    // Off, Keila upgrades with STARTTLS whenever the server offers it.
    fix(
        W::StartTls,
        &[set(ImplicitTls, "MAILER_ENABLE_SSL", SetVal::Bool(false))],
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Keila checks certificates itself (tls_certificate_check): use the provider's host name",
    ),
    fix_text(W::AuthOn, &[], "MAILER_SMTP_USER and MAILER_SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Keila image (TLS 1.2+)"),
    fix_text(W::Username, &[], "MAILER_SMTP_USER={value}"),
    fix_text(W::Password, &[], "MAILER_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "MAILER_SMTP_FROM_EMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Keila's system mailer has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KEILA: Profile = Profile {
    id: "keila",
    name: "Keila MAILER_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.keila.io/docs/configuration https://github.com/pentacent/keila/blob/main/config/runtime.exs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["MAILER_SMTP_", "MAILER_ENABLE_"],
    leftovers: pairs![
        ("MAILER_SMTP_USERNAME", "MAILER_SMTP_USER"),
        ("MAILER_SMTP_PASS", "MAILER_SMTP_PASSWORD"),
        ("MAILER_SMTP_FROM", "MAILER_SMTP_FROM_EMAIL"),
        ("MAILER_SMTP_SSL", "MAILER_ENABLE_SSL"),
        ("MAILER_SMTP_STARTTLS", "MAILER_ENABLE_STARTTLS"),
        ("MAILER_ENABLE_TLS", "MAILER_ENABLE_STARTTLS"),
    ],
    case_sensitive: true,
    truth: Truth::Only(words!["1", "true"]),
    tls: TLS,
    port: Some(587),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "MAILER_TYPE",
    }),
    fixes: FIXES,
    sender_hint: "MAILER_SMTP_FROM_EMAIL (required since Keila 0.16; before, the From was MAILER_SMTP_USER)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  keila:\n    image: pentacent/keila:latest\n    environment:\n      SECRET_KEY_BASE: abc\n      MAILER_SMTP_HOST: smtp.postmarkapp.com\n      MAILER_SMTP_PORT: 587\n      MAILER_SMTP_USER: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      MAILER_SMTP_PASSWORD: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      MAILER_SMTP_FROM_EMAIL: news@acme.io\n";

    #[test]
    fn starttls_when_offered_by_default() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "keila");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["from"], "news@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_two_switches() {
        let (_, s, ids) = first(&format!("{COMPOSE}      MAILER_ENABLE_SSL: \"true\"\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&format!(
            "{COMPOSE}      MAILER_ENABLE_STARTTLS: \"TRUE\"\n"
        ));
        assert_eq!(s["security"], "starttls");
        // `yes` is not one of Keila's true words: still STARTTLS when offered.
        let (_, s, ids) = first(&format!("{COMPOSE}      MAILER_ENABLE_SSL: \"yes\"\n"));
        assert_ne!(s["security"], "implicit");
        assert!(!has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn env_file_and_other_apps_are_not_taken() {
        let env = "MAILER_SMTP_HOST=smtp.postmarkapp.com\nMAILER_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nMAILER_SMTP_FROM_EMAIL=news@acme.io\n";
        let (client, _, ids) = first(env);
        assert_eq!(client, "keila");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (client, _, _) = first(&env.replace("MAILER_SMTP_FROM_EMAIL", "MAILER_FROM"));
        assert_ne!(client, "keila");
    }
}
