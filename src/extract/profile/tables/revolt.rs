//! Revolt (Stoat): the `[api.smtp]` table of `Revolt.toml` (and
//! `Revolt.overrides.toml`), handed to Authifier, which builds a lettre
//! transport.
//!
//! Meaning (revoltchat/self-hosted README and `Revolt.toml`; the code:
//! backend `crates/core/config/src/lib.rs` `ApiSmtp` and
//! `crates/core/database/src/drivers/mod.rs`, Authifier
//! `crates/authifier/src/config/email_verification.rs`
//! `SMTPSettings::create_transport`):
//!
//! * Email verification is on when `host` is non-empty; the default
//!   `host = ""` turns it off.
//! * `use_starttls = true` is lettre's `starttls_relay` (STARTTLS
//!   required, default port 587); otherwise `relay` (TLS from the first
//!   byte, default port 465). `port` replaces the default.
//! * `use_tls = false` then sets `Tls::None`: no TLS at all, whatever
//!   `use_starttls` says.
//! * It always logs in with `username` and `password`; `from_address` is
//!   the From (`reply_to` defaults to support@revolt.chat).
//! * lettre verifies the certificate; there is no setting to turn that off.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal, Truth,
    Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("api.smtp.host", Host),
    k("api.smtp.port", Port),
    k("api.smtp.username", Username),
    k("api.smtp.password", Password),
    k("api.smtp.from_address", From),
    k("api.smtp.use_tls", ImplicitTls),
    k("api.smtp.use_starttls", StartTls),
];

const MARKERS: &[Marker] = &[
    mark("api.smtp.from_address"),
    mark("api.smtp.use_starttls"),
    mark("api.smtp.use_tls"),
    mark("api.smtp.reply_to"),
];

const OTHER_KEYS: Words = words!["reply_to"];

/// Read as a TOML boolean (`Option<bool>`).
fn on(cfg: &Config, f: Option<&Field>) -> Option<bool> {
    f.and_then(|f| crate::extract::profile::tls::truth(cfg.dialect, f))
}

/// `create_transport`: `starttls_relay` or `relay`, then `Tls::None` for
/// `use_tls = false`.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let use_tls = cfg.get(ImplicitTls);
    let starttls = cfg.get(StartTls);
    if [use_tls, starttls]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference())
    {
        return tls;
    }
    if on(cfg, use_tls) == Some(false) {
        tls.mode = Some(Security::None);
        tls.disabled = use_tls.map(Evidence::of);
    } else if on(cfg, starttls) == Some(true) {
        tls.mode = Some(Security::StartTls);
        tls.starttls = starttls.map(Evidence::of);
    } else {
        tls.choose(
            Security::Implicit,
            starttls.map_or_else(
                || {
                    Evidence::absent(
                        "use_starttls not set: lettre's relay(), TLS from the first byte",
                    )
                },
                Evidence::of,
            ),
        );
    }
    tls
}

/// lettre's defaults: 587 for `starttls_relay`, 465 for `relay`.
fn default_port(cfg: &Config) -> Option<u16> {
    match on(cfg, cfg.get(StartTls)) {
        Some(true) => Some(587),
        _ => Some(465),
    }
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(StartTls, "use_starttls", SetVal::Bool(true)),
            set(ImplicitTls, "use_tls", SetVal::Bool(true)),
        ],
        "use_starttls = true (and use_tls not false) with port = 587 in [api.smtp]",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "username and password in [api.smtp]"),
    fix_text(W::TlsModern, &[], "a current Revolt release"),
    fix(W::Username, &[set(Username, "username", SetVal::Given)]),
    fix(W::Password, &[set(Password, "password", SetVal::Given)]),
    fix(W::From, &[set(From, "from_address", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Revolt has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static REVOLT: Profile = Profile {
    id: "revolt",
    name: "Revolt.toml [api.smtp]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/revoltchat/self-hosted#readme https://github.com/revoltchat/backend/blob/main/crates/core/config/Revolt.toml https://github.com/authifier/authifier/blob/master/crates/authifier/src/config/email_verification.rs",
    syntaxes: syn::TOML | syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    fixes: FIXES,
    sender_hint: "from_address in [api.smtp]",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOML: &str = "[api.smtp]\nhost = \"smtp.postmarkapp.com\"\nusername = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\npassword = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nfrom_address = \"revolt@acme.io\"\nport = 587\nuse_starttls = true\n";

    #[test]
    fn starttls_relay() {
        let (client, s, ids) = first(TOML);
        assert_eq!(client, "revolt");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "revolt@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn relay_is_implicit_unless_tls_is_off() {
        let (_, s, ids) = first(&TOML.replace("use_starttls = true\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&format!("{TOML}use_tls = false\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn default_port_follows_the_relay() {
        let (_, _, ids) = first(&TOML.replace("port = 587\n", ""));
        assert!(!has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&TOML.replace("port = 587\nuse_starttls = true\n", ""));
        assert!(
            has(&ids, "port/465-unsupported") || has(&ids, "port/missing"),
            "{ids:?}"
        );
    }

    #[test]
    fn another_apps_api_smtp_table_is_not_taken() {
        // LINE's abc-user-feedback config.toml: `sender`, `tls`.
        let (client, _, _) = first(
            "[api]\nport = 4000\n[api.smtp]\nhost = \"smtp.postmarkapp.com\"\nport = 587\nsender = \"a@acme.io\"\nusername = \"u\"\npassword = \"u\"\ntls = false\n",
        );
        assert_ne!(client, "revolt");
    }
}
