//! Vaultwarden (formerly bitwarden_rs): the `SMTP_*` environment variables
//! (`.env`, `docker-compose.yml`, `docker run -e`).
//!
//! Meaning (the wiki page "SMTP Configuration", `.env.template` and
//! `src/config.rs` / `src/mail.rs`, which hands the settings to lettre):
//!
//! * `SMTP_SECURITY`: `starttls` (the default) upgrades with STARTTLS and
//!   fails when the server does not offer it (lettre `Tls::Required`);
//!   `force_tls` is TLS from the first byte; `off` is clear text. Any
//!   other word stops Vaultwarden at start-up.
//! * The old `SMTP_SSL` / `SMTP_EXPLICIT_TLS` are read only when
//!   `SMTP_SECURITY` is not set (`smtp_convert_deprecated_ssl_options`):
//!   `SMTP_EXPLICIT_TLS=true` means `force_tls` (implicit TLS, despite its
//!   name), else `SMTP_SSL=false` means `off`, else `starttls`.
//! * `SMTP_PORT` defaults by the security: 465 for `force_tls`, 587 for
//!   `starttls`, 25 for `off`.
//! * Booleans are read by `get_env_bool`: `true`/`t`/`yes`/`y`/`1` and
//!   `false`/`f`/`no`/`n`/`0`.
//! * Mail is on when `SMTP_HOST` is set (and `_ENABLE_SMTP`, default
//!   true, is not false); `USE_SENDMAIL=true` sends through a local
//!   sendmail instead. `SMTP_FROM` is the From and must be set.
//! * `SMTP_ACCEPT_INVALID_CERTS` / `SMTP_ACCEPT_INVALID_HOSTNAMES` switch
//!   certificate checks off. Vaultwarden logs in only when
//!   `SMTP_USERNAME` is set.
//!
//! Not modelled: the admin page's `config.json` (same names in lower
//! case), which overrides the environment.

use crate::extract::profile::tls::truth;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, SetVal, Switch, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("SMTP_HOST", Host),
    k("SMTP_PORT", Port),
    k("SMTP_USERNAME", Username),
    k("SMTP_PASSWORD", Password),
    k("SMTP_FROM", From),
    k("SMTP_SECURITY", Encryption),
    k("SMTP_SSL", StartTls),
    k("SMTP_EXPLICIT_TLS", ImplicitTls),
    k("SMTP_ACCEPT_INVALID_CERTS", SkipVerify),
    k("SMTP_ACCEPT_INVALID_HOSTNAMES", SkipVerify),
    k("SMTP_AUTH_MECHANISM", AuthMethod),
    k("_ENABLE_SMTP", Enabled),
    k("USE_SENDMAIL", Transport),
];

/// Names only Vaultwarden writes next to its `SMTP_*` (the `SMTP_HOST`,
/// `SMTP_PORT`… names are everyone's).
const MARKERS: &[Marker] = &[
    mark("SMTP_SECURITY"),
    mark("SMTP_EXPLICIT_TLS"),
    mark("SMTP_ACCEPT_INVALID_CERTS"),
    mark("SMTP_ACCEPT_INVALID_HOSTNAMES"),
    mark("SMTP_AUTH_MECHANISM"),
    mark("SMTP_EMBED_IMAGES"),
    mark("ADMIN_TOKEN"),
    mark("SIGNUPS_ALLOWED"),
    mark("WEBSOCKET_ENABLED"),
    mark("INVITATIONS_ALLOWED"),
    mark("USE_SENDMAIL"),
    mark("_ENABLE_SMTP"),
    // A compose service running the image names the app even when only
    // the everyone's `SMTP_HOST`/`SMTP_PORT`… are set.
    mark_value("image", "vaultwarden/server"),
];

const OTHER_KEYS: Words = words![
    "SMTP_FROM_NAME",
    "SMTP_TIMEOUT",
    "SMTP_DEBUG",
    "SMTP_EMBED_IMAGES",
    "HELO_NAME",
    "SENDMAIL_COMMAND",
    "DOMAIN",
    "ADMIN_TOKEN",
    "SIGNUPS_ALLOWED",
    "WEBSOCKET_ENABLED",
    "INVITATIONS_ALLOWED",
];

const LEFTOVERS: Pairs = pairs![
    ("SMTP_USER", "SMTP_USERNAME"),
    ("SMTP_PASS", "SMTP_PASSWORD"),
    ("SMTP_TLS", "SMTP_SECURITY"),
    ("SMTP_STARTTLS", "SMTP_SECURITY"),
    ("SMTP_FROM_ADDRESS", "SMTP_FROM"),
    ("SMTP_SERVER", "SMTP_HOST"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "SMTP_SECURITY", SetVal::Word("starttls"))],
        "SMTP_SECURITY=starttls with SMTP_PORT=587 (and no SMTP_SSL / SMTP_EXPLICIT_TLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "SMTP_ACCEPT_INVALID_CERTS=false and SMTP_ACCEPT_INVALID_HOSTNAMES=false",
    ),
    fix_text(W::AuthOn, &[], "SMTP_USERNAME and SMTP_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current Vaultwarden release"),
    fix_text(W::Username, &[], "SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "SMTP_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "Vaultwarden has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// Vaultwarden's security word: `SMTP_SECURITY`, else the old switches.
/// `None` where a reference or an invalid word leaves it open.
fn security(cfg: &Config) -> Option<(Security, Evidence)> {
    if let Some(f) = cfg.get(Encryption) {
        let w = f.value.literal()?.trim().to_ascii_lowercase();
        let sec = match w.as_str() {
            "starttls" => Security::StartTls,
            "force_tls" => Security::Implicit,
            "off" => Security::None,
            _ => return None,
        };
        return Some((sec, Evidence::of(f)));
    }
    if let Some(f) = cfg.get(ImplicitTls) {
        if f.value.is_reference() {
            return None;
        }
        if truth(cfg.dialect, f) == Some(true) {
            return Some((Security::Implicit, Evidence::of(f)));
        }
    }
    if let Some(f) = cfg.get(StartTls) {
        if f.value.is_reference() {
            return None;
        }
        if truth(cfg.dialect, f) == Some(false) {
            return Some((Security::None, Evidence::of(f)));
        }
    }
    Some((
        Security::StartTls,
        Evidence::absent("no SMTP_SECURITY: Vaultwarden's default is starttls"),
    ))
}

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if let Some((sec, ev)) = security(cfg) {
        tls.mode = Some(sec);
        match sec {
            Security::Implicit => tls.implicit = Some(ev),
            Security::StartTls => tls.starttls = Some(ev),
            Security::None => tls.disabled = Some(ev),
        }
    }
    tls
}

/// 465 for `force_tls`, 587 for `starttls`, 25 for `off`.
fn default_port(cfg: &Config) -> Option<u16> {
    Some(match security(cfg)?.0 {
        Security::Implicit => 465,
        Security::StartTls => 587,
        Security::None => 25,
    })
}

pub static VAULTWARDEN: Profile = Profile {
    id: "vaultwarden-env",
    name: "Vaultwarden SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/dani-garcia/vaultwarden/wiki/SMTP-Configuration https://github.com/dani-garcia/vaultwarden/blob/main/.env.template https://github.com/dani-garcia/vaultwarden/blob/main/src/config.rs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SMTP_"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    switch: Some(Switch {
        smtp: words!["false", "no", "0", "f", "n"],
        no_mail: words![],
        local: words!["true", "yes", "1", "t", "y"],
        missing: None,
        off: None,
        name: "_ENABLE_SMTP / USE_SENDMAIL",
    }),
    fixes: FIXES,
    sender_hint: "SMTP_FROM (required by Vaultwarden)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn an_app_name_beside_another_apps_login_names_is_not_vaultwarden() {
        // ADMIN_TOKEN (no mail setting) beside SMTP_USER/SMTP_PASS, which
        // Vaultwarden does not read: another app's SMTP settings.
        let env = "ADMIN_TOKEN=x\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USER=u\nSMTP_PASS=u\nSMTP_FROM=a@acme.io\n";
        let (client, s, ids) = first(env);
        assert_ne!(client, "vaultwarden-env");
        assert!(!s["username"].is_null(), "{s:?}");
        assert!(
            !ids.iter().any(|i| i.starts_with("auth/missing")),
            "{ids:?}"
        );
        // One slip beside Vaultwarden's own SMTP_SECURITY: still Vaultwarden.
        let slip = ENV.replace("SMTP_USERNAME", "SMTP_USER");
        assert_eq!(first(&slip).0, "vaultwarden-env");
    }

    const ENV: &str = "ADMIN_TOKEN=abc\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_FROM=vault@acme.io\nSMTP_PORT=587\nSMTP_SECURITY=starttls\nSMTP_USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nSMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    #[test]
    fn security_words() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "vaultwarden-env");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=starttls", "=force_tls"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&ENV.replace("=starttls", "=off"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn legacy_explicit_tls_is_implicit_tls() {
        let legacy = ENV.replace(
            "SMTP_SECURITY=starttls",
            "SMTP_SSL=true\nSMTP_EXPLICIT_TLS=true",
        );
        let (_, s, ids) = first(&legacy);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("SMTP_SECURITY=starttls", "SMTP_SSL=false"));
        assert_eq!(s["security"], "none");
        // SMTP_SECURITY wins over the old switches.
        let (_, s, _) = first(&format!("{ENV}SMTP_EXPLICIT_TLS=true\n"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn default_port_follows_the_security() {
        let (_, _, ids) = first(
            &ENV.replace("SMTP_PORT=587\n", "")
                .replace("=starttls", "=force_tls"),
        );
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn sendmail_and_disabled() {
        let (_, _, ids) = first(&format!("{ENV}USE_SENDMAIL=true\n"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}_ENABLE_SMTP=false\n"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ENV}USE_SENDMAIL=false\n"));
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
    }

    #[test]
    fn the_compose_image_names_the_app() {
        let compose = "services:\n  vw:\n    image: vaultwarden/server:latest\n    environment:\n      - SMTP_HOST=smtp.postmarkapp.com\n      - SMTP_PORT=465\n      - SMTP_FROM=vault@acme.io\n";
        let (client, s, ids) = first(compose);
        assert_eq!(client, "vaultwarden-env");
        // No SMTP_SECURITY: starttls, so 465 is a mismatch.
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (client, _, _) = first(&compose.replace("vaultwarden/server", "ghost"));
        assert_ne!(client, "vaultwarden-env");
    }

    #[test]
    fn plain_smtp_names_are_not_taken() {
        let (client, _, _) = first(
            "SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_USERNAME=u\nSMTP_PASSWORD=u\nSMTP_FROM=a@acme.io\n",
        );
        assert_ne!(client, "vaultwarden-env");
        let (client, _, _) = first(
            "SMTP_ADDRESS=smtp.postmarkapp.com\nSMTP_PORT=587\nSMTP_AUTHENTICATION=plain\nSMTP_ENABLE_STARTTLS_AUTO=true\nMAILER_SENDER_EMAIL=a@acme.io\n",
        );
        assert_ne!(client, "vaultwarden-env");
    }
}
