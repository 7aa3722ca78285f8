//! listmonk: its SMTP servers, a list of objects under `smtp` — the
//! settings JSON (`GET/PUT /api/settings`, the `settings` table's `smtp`
//! row), and `[smtp.<name>]` blocks of `config.toml` in releases before
//! v0.7, where they lived in the file.
//!
//! Meaning (listmonk.app/docs "Configuration" and "Messengers",
//! `internal/messenger/email/email.go`, `cmd/init.go`
//! `initSMTPMessengers`, and its pool `knadh/smtppool` `pool.go`):
//!
//! * Each server is used only with `enabled: true` (`ko.Slices("smtp")`,
//!   `item.Bool("enabled")`): a disabled one sends nothing.
//! * `host` and `port` are separate; there is no default port (the pool
//!   dials `host:port` as written).
//! * `tls_type` is compared case-sensitively in `email.go`: `TLS` is TLS
//!   from the first byte, `STARTTLS` requires STARTTLS (the pool fails when
//!   the server does not offer it), `none` is clear text. Any other value
//!   (an empty or missing one, `tls`, `starttls`) leaves the pool at
//!   `SSLNone`: clear text as well. Releases before v2.1 had a boolean
//!   `tls_enabled` (`true`: STARTTLS; the v2.1 migration turned it into
//!   `STARTTLS`/`none`).
//! * A server is used only with `enabled: true`; without the key it is
//!   off as well, but since pastes of one server often leave it out, only
//!   an explicit `false` is reported.
//! * `tls_skip_verify: true` turns certificate verification off.
//! * `auth_protocol`: `plain`, `login`, `cram`; `none` or empty logs in
//!   not at all (the username and password are then unused).
//! * The From is the application's `app.from_email`
//!   (`"listmonk <noreply@listmonk.yoursite.com>"` by default), or the
//!   campaign's own.
//!
//! `LISTMONK_*` environment variables map onto `config.toml` keys only
//! (`LISTMONK_db__host`); the SMTP list lives in the database settings,
//! loaded after them, so no environment variable sets it.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, tls, words, Both, Fix, Hooks, Key, Pairs, Profile,
    Sec, SetVal, Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("smtp.*.host", Host),
    k("smtp.*.port", Port),
    k("smtp.*.username", Username),
    k("smtp.*.password", Password),
    k("smtp.*.auth_protocol", AuthMethod),
    k("smtp.*.tls_type", Encryption),
    k("smtp.*.tls_enabled", StartTls),
    k("smtp.*.tls_skip_verify", SkipVerify),
    k("smtp.*.enabled", Enabled),
    k("app.from_email", From),
];

/// Server keys listmonk reads that carry nothing we check.
const OTHER_KEYS: Words = words![
    "name",
    "hello_hostname",
    "max_conns",
    "idle_timeout",
    "wait_timeout",
    "max_msg_retries",
    "msg_retry_delay",
    "email_headers",
    "email_format",
    "from_addresses",
    "uuid",
];

const LEFTOVERS: Pairs = pairs![
    ("user", "username"),
    ("server", "host"),
    ("tls", "tls_type"),
    ("ssl", "tls_type"),
    ("security", "tls_type"),
    ("encryption", "tls_type"),
    ("auth", "auth_protocol"),
    ("skip_verify", "tls_skip_verify"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("TLS", Sec::Implicit),
        ("STARTTLS", Sec::StartTls),
        ("none", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no tls_type",
};

/// `tls_type` compared as `email.go` does: case-sensitively, every other
/// value being clear text.
fn tls_of(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(Role::Encryption) {
        if let Some(text) = f.value.literal() {
            if !matches!(text, "TLS" | "STARTTLS" | "none") {
                return Tls::chosen(Security::None, Evidence::of(f));
            }
        }
    }
    tls::evaluate(cfg, cfg.dialect)
}

/// A server with `enabled: false` is skipped: the report uses an enabled
/// one. (A missing `enabled` is off too in the code, but pastes of one
/// server often leave it out, so only an explicit `false` counts.)
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn switched_off(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        if c.get(Enabled)
            .is_some_and(|f| tls::truth(c.dialect, f) == Some(false))
        {
            c.active = false;
        }
    }
}

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "tls_type", SetVal::Word("STARTTLS"))],
        "\"tls_type\": \"STARTTLS\" (exactly so, in capitals) with port 587",
    ),
    fix_text(W::VerifyOn, &[], "\"tls_skip_verify\": false"),
    fix_text(
        W::AuthOn,
        &[],
        "\"auth_protocol\": \"plain\" (or \"login\") with username and password",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current listmonk release (Go's TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "\"username\": \"{value}\""),
    fix_text(W::Password, &[], "\"password\": \"{value}\""),
    fix_text(
        W::From,
        &[],
        "\"app.from_email\": \"{value}\" (Settings → General)",
    ),
    fix_text(
        W::Stream,
        &[],
        "email_headers X-PM-Message-Stream: {value} on the SMTP server",
    ),
];

pub static LISTMONK: Profile = Profile {
    id: "listmonk",
    name: "listmonk SMTP settings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://listmonk.app/docs/configuration/ https://github.com/knadh/listmonk/blob/master/internal/messenger/email/email.go https://github.com/knadh/smtppool/blob/master/pool.go",
    syntaxes: syn::JSON | syn::TOML | syn::YAML,
    keys: KEYS,
    markers: &[
        mark("smtp.*.tls_type"),
        mark("smtp.*.auth_protocol"),
        mark("smtp.*.hello_hostname"),
        mark("smtp.*.max_msg_retries"),
        mark("smtp.*.tls_skip_verify"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "enabled of the SMTP server",
    }),
    fixes: FIXES,
    sender_hint: "app.from_email (Settings → General → Default 'from' email)",
    hooks: Hooks {
        tls: Some(tls_of),
        finish: Some(switched_off),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const JSON: &str = r#"{"app.from_email": "listmonk <news@acme.io>",
 "smtp": [{"enabled": true, "host": "smtp.postmarkapp.com", "port": 587, "auth_protocol": "plain", "username": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "hello_hostname": "", "max_conns": 10, "tls_type": "STARTTLS", "tls_skip_verify": false}]}"#;

    #[test]
    fn settings_json() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "listmonk");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "news@acme.io");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn tls_type_words_are_case_sensitive() {
        let (_, s, ids) = first(&JSON.replace("\"STARTTLS\"", "\"TLS\""));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // `starttls` in lower case is not a word of listmonk's: clear text.
        let (_, s, ids) = first(&JSON.replace("\"STARTTLS\"", "\"starttls\""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&JSON.replace("\"tls_type\": \"STARTTLS\", ", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn old_toml_blocks_and_the_enabled_switch() {
        let toml = "[smtp]\n  [smtp.my0]\n    enabled = false\n    host = \"smtp.postmarkapp.com\"\n    port = 587\n    auth_protocol = \"login\"\n    username = \"u\"\n    password = \"p\"\n    max_msg_retries = 2\n    tls_enabled = true\n    tls_skip_verify = true\n";
        let (client, s, ids) = first(toml);
        assert_eq!(client, "listmonk");
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&toml.replace("enabled = false", "enabled = true"));
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
        assert!(
            !ids.iter().any(|i| i == "input/smtp-not-enabled"),
            "{ids:?}"
        );
    }

    #[test]
    fn auth_none_is_no_login() {
        let (_, _, ids) = first(&JSON.replace("\"plain\"", "\"none\""));
        assert!(ids.iter().any(|i| i == "auth/disabled"), "{ids:?}");
    }
}
