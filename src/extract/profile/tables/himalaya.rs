//! himalaya (terminal mail client): the sending side of `config.toml`,
//! one `[accounts.NAME]` table per account.
//!
//! Meaning (the sample configuration `config.sample.toml` in
//! pimalaya/himalaya, and the code that reads it: pimalaya/core
//! `email/src/smtp/config.rs` `SmtpConfig`, `SmtpEncryptionKind`):
//!
//! * 1.x: `message.send.backend.type = "smtp"` picks SMTP (`"sendmail"`
//!   hands the message to a program); `…host`, `…port` (no default: both
//!   are required), `…login` is the username, `…auth.raw` the password,
//!   `…auth.cmd` / `…auth.command` (or `…auth.keyring`, and for OAuth 2.0
//!   `…auth.access-token.cmd`) a command or keyring entry that gives it.
//! * `…encryption` (early 1.0 betas) or `…encryption.type` is `"tls"`
//!   (alias `"ssl"`: TLS from the first byte), `"start-tls"` (STARTTLS)
//!   or `"none"`; a boolean is read as `true` → TLS, `false` → none
//!   (`From<bool>`). Without it the encryption is `Tls`, the default
//!   variant: TLS from the first byte.
//! * 0.x: `sender = "smtp"` with `smtp-host`, `smtp-port`, `smtp-login`,
//!   `smtp-passwd-cmd` (later `smtp-passwd.cmd` / `.raw`), and the
//!   switches `smtp-starttls` (STARTTLS when true), `smtp-ssl` (default
//!   true: TLS from the first byte; false and no STARTTLS: clear text),
//!   `smtp-insecure` (skips the certificate check).
//! * 2.x (the current sample): `smtp.server` is a bare `host[:port]`,
//!   read as `smtps://` (TLS from the first byte, 465), or a URL whose
//!   `smtp://` is clear text upgraded by `smtp.starttls = true`;
//!   `smtp.sasl.plain.username` / `.password.raw` / `.password.command`
//!   (also under `sasl.login`). The sample's URL forms are read too:
//!   `smtps://host[:port]` is TLS from the first byte (465 without a
//!   port), `smtp://host[:port]` clear text, upgraded only with
//!   `smtp.starttls = true` (no default port is claimed for it).
//! * `email` in the account is the From (and the envelope sender).
//!
//! `email`, `host`, `port`, `login` are everyone's words: the table needs
//! himalaya's own (`message.send.backend.*`, `smtp-passwd-cmd`,
//! `smtp.sasl.*`, `display-name`, `backend.auth.*`).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Marker, Profile, Read, Switch, Words,
    WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    // 1.x
    k("message.send.backend.type", Transport),
    k("message.send.backend.host", Host),
    k("message.send.backend.port", Port),
    k("message.send.backend.encryption", Encryption),
    k("message.send.backend.encryption.type", Encryption),
    k("message.send.backend.login", Username),
    k("message.send.backend.auth.raw", Password),
    k("message.send.backend.auth.cmd", CredentialsFile),
    k("message.send.backend.auth.command", CredentialsFile),
    k("message.send.backend.auth.keyring", CredentialsFile),
    k(
        "message.send.backend.auth.access-token.cmd",
        CredentialsFile,
    ),
    k(
        "message.send.backend.auth.access-token.command",
        CredentialsFile,
    ),
    // 0.x
    k("sender", Transport),
    k("smtp-host", Host),
    k("smtp-port", Port),
    k("smtp-login", Username),
    k("smtp-passwd", Password),
    k("smtp-passwd.raw", Password),
    k("smtp-passwd-cmd", CredentialsFile),
    k("smtp-passwd.cmd", CredentialsFile),
    k("smtp-starttls", StartTls),
    k("smtp-ssl", ImplicitTls),
    k("smtp-insecure", SkipVerify),
    // 2.x
    kr("smtp.server", Host, Read::HostPortOrUrl),
    k("smtp.starttls", StartTls),
    k("smtp.sasl.*.username", Username),
    k("smtp.sasl.*.password.raw", Password),
    k("smtp.sasl.*.password.command", CredentialsFile),
    k("email", From),
];

const MARKERS: &[Marker] = &[
    mark("message.send.backend.type"),
    mark("message.send.backend.host"),
    mark("message.send.backend.login"),
    mark("smtp-passwd-cmd"),
    mark("smtp-passwd.cmd"),
    mark("smtp-starttls"),
    mark("imap-passwd-cmd"),
    mark("smtp.sasl.*.username"),
    mark("imap.sasl.*.username"),
    mark("display-name"),
];

const OTHER_KEYS: Words = words![
    "default",
    "display-name",
    "signature",
    "signature-delim",
    "downloads-dir",
    "backend",
    "backend.type",
    "backend.host",
    "backend.port",
    "backend.login",
    "backend.encryption",
    "message.send.save-copy",
    "message.send.backend.auth.type",
    "smtp-auth",
    "imap-host",
    "imap-port",
    "imap-login",
    "imap-auth",
    "imap-passwd-cmd",
    "imap-passwd.cmd",
    "imap-ssl",
    "imap-starttls",
    "imap-insecure",
    "name",
    "sendmail-cmd",
    "notify-cmd",
    "message.send.backend.auth.method",
    "imap.server",
    "smtp.alpn",
    "smtp.tls.provider",
    "smtp.tls.cert",
];

/// `true`/`false` as TOML and Nix write them (`None`: anything else, such
/// as a reference).
pub(super) fn on(f: &Field) -> Option<bool> {
    match f.value.text.trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// The encryption word of 1.x (`SmtpEncryptionKind`, kebab-case).
fn word(f: &Field) -> Option<Security> {
    match f.value.text.trim().to_ascii_lowercase().as_str() {
        "tls" | "ssl" | "true" => Some(Security::Implicit),
        "start-tls" => Some(Security::StartTls),
        "none" | "false" => Some(Security::None),
        _ => None,
    }
}

fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let (starttls, ssl) = (cfg.get(StartTls), cfg.get(ImplicitTls));
    if [cfg.get(Encryption), starttls, ssl]
        .iter()
        .flatten()
        .any(|f| f.value.is_reference())
    {
        return tls;
    }
    // 2.x's `smtp.server` written as a URL: its scheme decides.
    if let Some(scheme) = cfg.get(Scheme) {
        match scheme.value.text.trim().to_ascii_lowercase().as_str() {
            "smtps" => tls.choose(Security::Implicit, Evidence::of(scheme)),
            "smtp" => match starttls.filter(|s| on(s) == Some(true)) {
                Some(s) => tls.choose(Security::StartTls, Evidence::of(s)),
                None => tls.choose(Security::None, Evidence::of(scheme)),
            },
            _ => {}
        }
        return tls;
    }
    if let Some(f) = cfg.get(Encryption) {
        if let Some(s) = word(f) {
            tls.choose(s, Evidence::of(f));
        }
        return tls;
    }
    match (starttls.filter(|s| on(s) == Some(true)), ssl) {
        (Some(s), _) => tls.choose(Security::StartTls, Evidence::of(s)),
        (None, Some(s)) if on(s) == Some(false) => tls.choose(Security::None, Evidence::of(s)),
        (None, Some(s)) => tls.choose(Security::Implicit, Evidence::of(s)),
        (None, None) => tls.choose(
            Security::Implicit,
            Evidence::absent(
                "no encryption setting: himalaya's default is TLS from the first byte",
            ),
        ),
    }
    tls
}

/// 2.x: a bare `smtp.server` dials 465 (`smtps://`), as does an
/// `smtps://` URL without a port; 1.x and 0.x require the port.
fn default_port(cfg: &Config) -> Option<u16> {
    if let Some(scheme) = cfg.get(Scheme) {
        return scheme
            .value
            .text
            .trim()
            .eq_ignore_ascii_case("smtps")
            .then_some(465);
    }
    cfg.get(Host)
        .filter(|f| f.key.ends_with("server"))
        .map(|_| 465)
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "message.send.backend.port = {port}"),
    fix_text(W::Host, &[], "message.send.backend.host = \"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "message.send.backend.port = 587 with message.send.backend.encryption.type = \"start-tls\"",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove smtp-insecure (himalaya then checks the certificate)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "message.send.backend.login and message.send.backend.auth.cmd (or .auth.raw)",
    ),
    fix_text(W::TlsModern, &[], "a current himalaya (rustls, TLS 1.2+)"),
    fix_text(W::Username, &[], "message.send.backend.login = \"{value}\""),
    fix_text(
        W::Password,
        &[],
        "message.send.backend.auth.cmd = a command that prints {value} (e.g. \"pass show postmark\")",
    ),
    fix_text(W::From, &[], "email = \"{value}\" in the account"),
    fix_text(
        W::Stream,
        &[],
        "himalaya has no header setting for it: use a Server whose default stream is `{value}`",
    ),
];

pub static HIMALAYA: Profile = Profile {
    id: "himalaya",
    name: "himalaya config.toml (message.send.backend / smtp-*)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/pimalaya/himalaya/blob/master/config.sample.toml https://github.com/pimalaya/core/blob/master/email/src/smtp/config.rs",
    // Home Manager writes the same keys in Nix
    // (`accounts.email.accounts.<name>.himalaya.settings`,
    // `programs.himalaya.settings`), which it turns into this TOML.
    syntaxes: syn::TOML | syn::NIX,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["none"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "message.send.backend.type",
    }),
    fixes: FIXES,
    sender_hint: "email = \"address\" in the [accounts.NAME] table",
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

    const V1: &str = "[accounts.work]\ndefault = true\nemail = \"ops@acme-widgets.io\"\ndisplay-name = \"Ops\"\nbackend.type = \"imap\"\nbackend.host = \"imap.acme-widgets.io\"\nbackend.port = 993\nbackend.login = \"ops@acme-widgets.io\"\nbackend.auth.type = \"password\"\nbackend.auth.cmd = \"pass show imap\"\nmessage.send.backend.type = \"smtp\"\nmessage.send.backend.host = \"smtp.postmarkapp.com\"\nmessage.send.backend.port = 587\nmessage.send.backend.encryption.type = \"start-tls\"\nmessage.send.backend.login = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nmessage.send.backend.auth.type = \"password\"\nmessage.send.backend.auth.cmd = \"pass show postmark\"\n";

    #[test]
    fn the_v1_account_is_read() {
        let (client, s, ids) = first(V1);
        assert_eq!(client, "himalaya");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "5c3e…5b6c");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(!has(&ids, "host/invalid"), "{ids:?}");
    }

    #[test]
    fn encryption_words() {
        let (_, s, ids) = first(&V1.replace("\"start-tls\"", "\"tls\""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&V1.replace("\"start-tls\"", "\"none\""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // The early 1.0 spelling, without `.type`.
        let (_, s, _) = first(&V1.replace("encryption.type", "encryption"));
        assert_eq!(s["security"], "starttls");
        // No encryption: the default is TLS from the first byte, which
        // port 587 does not speak.
        let (_, s, _) =
            first(&V1.replace("message.send.backend.encryption.type = \"start-tls\"\n", ""));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn v2_server_urls_are_read_with_himalayas_meaning() {
        let conf = "[accounts.work]\ndefault = true\nemail = \"ops@acme-widgets.io\"\nsmtp.server = \"smtp://smtp.postmarkapp.com:587\"\nsmtp.starttls = true\nsmtp.sasl.plain.username = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp.sasl.plain.password.command = \"pass show postmark\"\n";
        let (client, s, ids) = first(conf);
        assert_eq!(client, "himalaya");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "host/has-scheme"), "{ids:?}");
        assert!(!has(&ids, "port/465-unsupported"), "{ids:?}");
        // `smtp://` without `smtp.starttls`: clear text.
        let (_, s, ids) = first(&conf.replace("smtp.starttls = true\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // `smtps://` without a port: TLS from the first byte on 465.
        let (_, s, ids) = first(
            &conf
                .replace(
                    "smtp://smtp.postmarkapp.com:587",
                    "smtps://smtp.postmarkapp.com",
                )
                .replace("smtp.starttls = true\n", ""),
        );
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // The bare form stays `smtps://` by default.
        let (_, s, _) = first(
            &conf
                .replace("smtp://smtp.postmarkapp.com:587", "smtp.postmarkapp.com")
                .replace("smtp.starttls = true\n", ""),
        );
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn home_managers_nix_settings_are_read() {
        // `smtp-host` and the other dashed names are Nix attribute names.
        let nix = "{ config, pkgs, ... }:\n{\n  accounts.email.accounts.work.himalaya.settings = {\n    email = \"ops@acme-widgets.io\";\n    sender = \"smtp\";\n    smtp-host = \"smtp.postmarkapp.com\";\n    \"smtp-port\" = 587;\n    smtp-starttls = true;\n    smtp-login = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n    smtp-passwd-cmd = \"pass show postmark\";\n  };\n}\n";
        let (client, s, ids) = first(nix);
        assert_eq!(client, "himalaya");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "ops@acme-widgets.io");
        assert!(!has(&ids, "from/invalid"), "{ids:?}");
    }

    #[test]
    fn the_v0_keys_are_read() {
        let conf = "[work]\ndefault = true\nemail = \"ops@acme-widgets.io\"\nsender = \"smtp\"\nsmtp-host = \"smtp.postmarkapp.com\"\nsmtp-port = 587\nsmtp-starttls = true\nsmtp-login = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp-passwd-cmd = \"pass show postmark\"\n";
        let (client, s, ids) = first(conf);
        assert_eq!(client, "himalaya");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        let (_, s, _) = first(&conf.replace("smtp-starttls = true", "smtp-ssl = false"));
        assert_eq!(s["security"], "none");
        let (_, s, _) = first(&conf.replace("smtp-starttls = true\n", ""));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn the_v2_server_is_read() {
        let conf = "[accounts.work]\ndefault = true\nemail = \"ops@acme-widgets.io\"\nsmtp.server = \"smtp.postmarkapp.com:465\"\nsmtp.sasl.plain.username = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\nsmtp.sasl.plain.password.command = \"pass show postmark\"\n";
        let (client, s, ids) = first(conf);
        assert_eq!(client, "himalaya");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 465);
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn a_toml_with_email_and_host_is_not_himalaya() {
        let (client, _, _) = first(
            "[mail]\nemail = \"ops@acme-widgets.io\"\nhost = \"smtp.postmarkapp.com\"\nport = 587\n",
        );
        assert_ne!(client, "himalaya");
    }
}
