//! diaspora*: the `[configuration.mail]` / `[configuration.mail.smtp]`
//! tables of `config/diaspora.toml` (and the same tree under
//! `configuration: mail:` in the deprecated `diaspora.yml`).
//!
//! Meaning (diaspora's `config/diaspora.toml.example`,
//! `config/defaults.yml` and `config/initializers/mailer_config.rb`, which
//! builds ActionMailer's `smtp_settings`; the `mail` gem for what they do,
//! see `mail_gem.rs`):
//!
//! * `mail.enable` (default `false`) is the mail switch: off, ActionMailer
//!   delivers nothing (`perform_deliveries`).
//! * `mail.method` is `smtp` (the default) or `sendmail`; any other word
//!   and mail does not work.
//! * `smtp.host` (default `localhost`), `smtp.port` (default 587).
//! * `smtp.starttls_auto` (default true) is `enable_starttls_auto`:
//!   STARTTLS when the server offers it; `false` is clear text. With
//!   `authentication = "none"` the initializer sets `enable_starttls_auto:
//!   false` and no login: clear text whatever `starttls_auto` says.
//!   Nothing maps to the gem's `ssl`/`tls`: diaspora* cannot speak TLS
//!   from the first byte, so port 465 waits for a greeting.
//! * `smtp.username` / `smtp.password` with `authentication` (`plain`,
//!   `login`, `cram_md5`, default `plain`).
//! * `smtp.openssl_verify_mode = "none"` turns certificate checks off.
//! * `mail.sender_address` is the From (default `no-reply@example.org`).
//!
//! Not reported: `enable` missing next to `method = "smtp"` (the shared
//! rule reads a written transport before the missing switch).

use crate::extract::profile::{
    fix_text, k, mark, syn, tls as tls_eval, words, Both, Fix, Hooks, Key, Marker, Profile, Sec,
    Switch, TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("mail.smtp.host", Host),
    k("mail.smtp.port", Port),
    k("mail.smtp.username", Username),
    k("mail.smtp.password", Password),
    k("mail.smtp.starttls_auto", StartTls),
    k("mail.smtp.authentication", AuthMethod),
    k("mail.smtp.openssl_verify_mode", VerifyMode),
    k("mail.sender_address", From),
    k("mail.method", Transport),
    k("mail.enable", Enabled),
];

/// `mail.smtp.host` could be another app's: diaspora*'s own names.
const MARKERS: &[Marker] = &[
    mark("mail.sender_address"),
    mark("mail.smtp.starttls_auto"),
    mark("mail.sendmail.exim_fix"),
    mark("configuration.mail.smtp.host"),
    mark("configuration.mail.enable"),
];

const OTHER_KEYS: Words = words!["domain", "location", "exim_fix", "message_bus_api_key"];

const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Auto,
    both: Both::Implicit,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = {port} in [configuration.mail.smtp]"),
    fix_text(
        W::Host,
        &[],
        "host = \"{value}\" in [configuration.mail.smtp]",
    ),
    fix_text(
        W::StartTls,
        &[],
        "starttls_auto = true and authentication = \"plain\" in [configuration.mail.smtp]",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "openssl_verify_mode = \"peer\" in [configuration.mail.smtp]",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "authentication = \"plain\" with username and password in [configuration.mail.smtp]",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current diaspora* release (Ruby's OpenSSL)",
    ),
    fix_text(W::Username, &[], "username = \"{value}\""),
    fix_text(W::Password, &[], "password = \"{value}\""),
    fix_text(
        W::From,
        &[],
        "sender_address = \"{value}\" in [configuration.mail]",
    ),
    fix_text(
        W::Stream,
        &[],
        "diaspora* has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// `authentication = "none"` also forces `enable_starttls_auto: false`.
fn tls(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(AuthMethod) {
        let none = f
            .value
            .literal()
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == "none");
        if none {
            return Tls::chosen(Security::None, Evidence::of(f));
        }
    }
    tls_eval::evaluate(cfg, &DIASPORA)
}

pub static DIASPORA: Profile = Profile {
    id: "diaspora",
    name: "diaspora* diaspora.toml [configuration.mail]",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/diaspora/diaspora/blob/develop/config/diaspora.toml.example https://github.com/diaspora/diaspora/blob/develop/config/initializers/mailer_config.rb",
    syntaxes: syn::TOML | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(587),
    host: Some("localhost"),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: Some("no mail at all (enable in [configuration.mail] defaults to false)"),
        off: None,
        name: "enable in [configuration.mail]",
    }),
    fixes: FIXES,
    sender_hint: "sender_address in [configuration.mail] (default no-reply@example.org)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOML: &str = "[configuration.mail]\nenable = true\nsender_address = \"pod@acme.io\"\nmethod = \"smtp\"\n\n[configuration.mail.smtp]\nhost = \"smtp.postmarkapp.com\"\nport = 587\nauthentication = \"plain\"\nusername = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\npassword = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nstarttls_auto = true\n";

    #[test]
    fn starttls_when_offered() {
        let (client, s, ids) = first(TOML);
        assert_eq!(client, "diaspora");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "pod@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn authentication_none_and_starttls_off_are_clear_text() {
        let (_, s, ids) = first(&TOML.replace("\"plain\"", "\"none\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&TOML.replace("starttls_auto = true", "starttls_auto = false"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn mail_is_off_unless_enabled() {
        let (_, _, ids) = first(
            &TOML
                .replace("enable = true\n", "")
                .replace("method = \"smtp\"\n", ""),
        );
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&TOML.replace("enable = true", "enable = false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
