//! OpenObserve: the `ZO_SMTP_*` environment (its container, compose, the
//! Helm chart's `config:` map or `extraEnv`), read by `src/config` and
//! handed to lettre for alert and report mail.
//!
//! Meaning (docs: "Environment variables", SMTP section; the code:
//! `src/config/src/config.rs`, struct `Smtp` for the names and defaults and
//! `SMTP_CLIENT` for the connection):
//!
//! * `ZO_SMTP_ENABLED` (default false): without it no SMTP client is made
//!   and no mail leaves.
//! * `ZO_SMTP_HOST` (default `localhost`), `ZO_SMTP_PORT` (default 25).
//! * `ZO_SMTP_ENCRYPTION` (default empty), compared exactly (lower case):
//!   `starttls` requires STARTTLS (`Tls::Required`), `ssltls` is TLS from
//!   the first byte (`Tls::Wrapper`). Empty or `auto` takes the port's
//!   convention: 465 `ssltls`, 587 and 2587 `starttls`, any other port no
//!   TLS at all. An explicit word that contradicts the port (`ssltls` on
//!   587/2587, `starttls` on 465) is logged and replaced by the port's
//!   convention. Any other word (`none`, `tls`, `STARTTLS`) is no TLS.
//!   Releases before the port convention was added read an empty value as
//!   no TLS on every port; both read 2525 without a word as clear text.
//! * It logs in only when `ZO_SMTP_USER_NAME` and `ZO_SMTP_PASSWORD` are
//!   both non-empty.
//! * `ZO_SMTP_FROM_EMAIL` is the From (no default);
//!   `ZO_SMTP_REPLY_TO` the Reply-To.
//! * Certificates are always verified (`TlsParameters::new`).
//!
//! The separate report server (`openobserve/o2_report_server`,
//! `src/config.rs`) reads the same names without `ZO_SMTP_ENABLED` (it
//! always sends) and with the older reading (only the exact `starttls` and
//! `ssltls` start TLS, whatever the port). Its pastes carry no name of their
//! own that the main server lacks, so they are read as the main server's:
//! without `ZO_SMTP_ENABLED` the report says mail is off, which is wrong
//! for that server alone.
//!
//! Every name starts with `ZO_SMTP_`, OpenObserve's own prefix: any of them
//! recognises the table.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Hooks, Key, Marker, Profile, SetVal, Switch,
    Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("ZO_SMTP_HOST", Host),
    k("ZO_SMTP_PORT", Port),
    k("ZO_SMTP_USER_NAME", Username),
    k("ZO_SMTP_PASSWORD", Password),
    k("ZO_SMTP_FROM_EMAIL", From),
    k("ZO_SMTP_ENCRYPTION", Encryption),
    k("ZO_SMTP_ENABLED", Enabled),
];

const MARKERS: &[Marker] = &[
    mark("ZO_SMTP_HOST"),
    mark("ZO_SMTP_USER_NAME"),
    mark("ZO_SMTP_FROM_EMAIL"),
    mark("ZO_SMTP_ENCRYPTION"),
    mark("ZO_SMTP_ENABLED"),
];

/// What the port's convention picks (`SMTP_CLIENT`'s `port_derived`).
fn port_convention(port: u16) -> Security {
    match port {
        465 => Security::Implicit,
        587 | 2587 => Security::StartTls,
        _ => Security::None,
    }
}

/// `ZO_SMTP_ENCRYPTION` against the port (see the module docs).
fn tls(cfg: &Config) -> Tls {
    let word = cfg.get(Encryption);
    if word.is_some_and(|f| f.value.is_reference()) {
        return Tls::default();
    }
    let Some(port) = cfg.effective_port() else {
        return Tls::default();
    };
    let by_port = |why: Evidence| Tls::chosen(port_convention(port), why);
    let port_why = || match cfg.get(Port) {
        Some(p) => Evidence::of(p),
        None => Evidence::absent("ZO_SMTP_PORT is not set (OpenObserve's default: 25)"),
    };
    let text = word.map_or("", |f: &Field| f.value.text.trim());
    match (text, port) {
        ("" | "auto", _) => {
            let mut tls = by_port(word.map_or_else(port_why, Evidence::of));
            if tls.mode == Some(Security::None) && word.is_none() {
                tls.disabled = Some(Evidence::absent(
                    "ZO_SMTP_ENCRYPTION is not set (OpenObserve then uses no TLS on ports other than 465, 587 and 2587)",
                ));
            }
            tls
        }
        ("ssltls", 587 | 2587) | ("starttls", 465) => by_port(port_why()),
        ("ssltls", _) => Tls::chosen(
            Security::Implicit,
            word.map(Evidence::of).unwrap_or_else(port_why),
        ),
        ("starttls", _) => Tls::chosen(
            Security::StartTls,
            word.map(Evidence::of).unwrap_or_else(port_why),
        ),
        _ => Tls::chosen(
            Security::None,
            word.map(Evidence::of).unwrap_or_else(port_why),
        ),
    }
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "ZO_SMTP_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "ZO_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "ZO_SMTP_ENCRYPTION",
            SetVal::Word("starttls"),
        )],
        "ZO_SMTP_ENCRYPTION=starttls",
    ),
    fix_text(W::VerifyOn, &[], "OpenObserve always checks certificates"),
    fix_text(
        W::AuthOn,
        &[],
        "ZO_SMTP_USER_NAME and ZO_SMTP_PASSWORD (both)",
    ),
    fix_text(W::TlsModern, &[], "a current OpenObserve release"),
    fix(
        W::Username,
        &[set(Username, "ZO_SMTP_USER_NAME", SetVal::Given)],
    ),
    fix(
        W::Password,
        &[set(Password, "ZO_SMTP_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "ZO_SMTP_FROM_EMAIL", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "OpenObserve has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OPENOBSERVE: Profile = Profile {
    id: "openobserve-env",
    name: "OpenObserve ZO_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://openobserve.ai/docs/environment-variables/#smtp https://github.com/openobserve/openobserve/blob/main/src/config/src/config.rs https://github.com/openobserve/o2_report_server/blob/main/src/config.rs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["ZO_SMTP_"],
    other_keys: words!["ZO_SMTP_REPLY_TO"],
    case_sensitive: true,
    truth: Truth::Usual,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(Switch {
        missing: Some("no SMTP client at all (ZO_SMTP_ENABLED defaults to false), so no mail leaves"),
        ..Switch::plain("ZO_SMTP_ENABLED")
    }),
    fixes: FIXES,
    sender_hint: "ZO_SMTP_FROM_EMAIL",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "ZO_SMTP_ENABLED=true\nZO_SMTP_HOST=smtp.postmarkapp.com\nZO_SMTP_PORT=587\nZO_SMTP_USER_NAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nZO_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nZO_SMTP_FROM_EMAIL=hello@acme-widgets.io\nZO_SMTP_ENCRYPTION=starttls\n";

    #[test]
    fn starttls_on_587() {
        clean_starttls(ENV, "openobserve-env");
    }

    #[test]
    fn the_port_convention() {
        // No word: 587 is STARTTLS, 2525 is clear text, 465 is TLS from the
        // first byte.
        let none = ENV.replace("ZO_SMTP_ENCRYPTION=starttls\n", "");
        let (_, s, _) = first(&none);
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&none.replace("=587", "=2525"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&none.replace("=587", "=465"));
        assert_eq!(s["security"], "implicit");
        // `ssltls` on 587 falls back to the port's STARTTLS.
        let (_, s, _) = first(&ENV.replace("=starttls", "=ssltls"));
        assert_eq!(s["security"], "starttls");
        // `starttls` on 2525 is required STARTTLS; `ssltls` there is implicit.
        let (_, s, _) = first(&ENV.replace("=587", "=2525"));
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first(&ENV.replace("=587", "=2525").replace("=starttls", "=ssltls"));
        assert_eq!(s["security"], "implicit");
        // Words are compared exactly: `STARTTLS` is no TLS.
        let (_, s, _) = first(&ENV.replace("=starttls", "=STARTTLS"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn the_enabled_switch() {
        let (_, _, ids) = first(&ENV.replace("ZO_SMTP_ENABLED=true\n", ""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("ZO_SMTP_ENABLED=true", "ZO_SMTP_ENABLED=false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn helm_config_map() {
        let values = "config:\n  ZO_SMTP_ENABLED: \"true\"\n  ZO_SMTP_HOST: \"smtp.postmarkapp.com\"\n  ZO_SMTP_PORT: \"587\"\n  ZO_SMTP_USER_NAME: \"u\"\n  ZO_SMTP_PASSWORD: \"u\"\n  ZO_SMTP_FROM_EMAIL: \"hello@acme-widgets.io\"\n  ZO_SMTP_ENCRYPTION: \"starttls\"\n";
        let (client, s, _) = first(values);
        assert_eq!(client, "openobserve-env");
        assert_eq!(s["security"], "starttls");
    }
}
