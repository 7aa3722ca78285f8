//! Lemmy: the `email: { … }` block of `lemmy.hjson`.
//!
//! Meaning (join-lemmy.org "Configuration" / `config/defaults.hjson`, and
//! the code: `send_email` in `crates/utils/src/email.rs`, later
//! `crates/email`, which builds a lettre transport):
//!
//! * `smtp_server` is `host:port` by design; the part after `:` is the
//!   port and is required (`email_smtp_server_needs_a_port`): there is no
//!   default port.
//! * `tls_type` is compared exactly: `starttls` → lettre
//!   `starttls_relay` (STARTTLS required), `tls` → `relay` (TLS from the
//!   first byte); `none` — the default — and any other word →
//!   `builder_dangerous`, clear text with no STARTTLS at all.
//!   Versions before the async mailer (0.18) applied the port only in the
//!   `none` case (`starttls_relay`/`relay` then dialled 587/465); the
//!   current code applies it to all three, and that is what is read here.
//! * `smtp_login` and `smtp_password` are used only together
//!   (`LEMMY_SMTP_PASSWORD` in the environment replaces the password).
//! * `smtp_from_address` is the From (`Name <addr>` allowed).
//! * NixOS `services.lemmy.settings.email` holds the same keys, the
//!   password in `services.lemmy.smtpPasswordFile`.
//! * Without an `email` block Lemmy sends no mail at all.
//!
//! Lemmy 1.0 (`main`, `config/defaults.hjson`) replaces `smtp_server`,
//! `smtp_login`, `smtp_password` and `tls_type` with one
//! `connection: "smtps://user:pass@host:port"`, handed to lettre's
//! `AsyncSmtpTransport::from_url`: read as lettre reads it
//! ([`super::lettre`]: `smtps://` TLS from the first byte on 465, bare
//! `smtp://` clear text on 25, `?tls=required` STARTTLS on 587).

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, Fix, Hooks, Key, Profile, Read, UrlFlavor, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("email.smtp_server", Host, Read::HostPort),
    k("email.smtp_login", Username),
    k("email.smtp_password", Password),
    k("email.smtp_from_address", From),
    k("email.tls_type", Encryption),
    kr("email.connection", Url, Read::Url(UrlFlavor::Nodemailer)),
    // NixOS: the password comes from a file (LEMMY_SMTP_PASSWORD).
    k("services.lemmy.smtpPasswordFile", Password),
];

/// The 1.0 connection URL's port is lettre's; `smtp_server` has none
/// by default.
fn default_port(cfg: &Config) -> Option<u16> {
    cfg.get(Scheme)
        .and_then(|_| super::lettre::default_port(cfg))
}

/// Lemmy's reading: exact words, anything else is clear text.
fn tls(cfg: &Config) -> Tls {
    if cfg.get(Scheme).is_some() {
        return super::lettre::tls(cfg);
    }
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Encryption) else {
        tls.choose(
            Security::None,
            Evidence::absent("no tls_type: Lemmy's default is \"none\" (clear text)"),
        );
        return tls;
    };
    if f.value.is_reference() {
        return tls;
    }
    match f.value.text.trim() {
        "starttls" => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        "tls" => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        _ => {
            tls.choose(Security::None, Evidence::of(f));
        }
    }
    tls
}

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp_server: \"smtp.postmarkapp.com:{port}\" in the email block (the port is part of smtp_server)",
    ),
    fix_text(W::Host, &[], "smtp_server: \"{value}:587\" in the email block"),
    fix_text(
        W::StartTls,
        &[],
        "tls_type: \"starttls\" (lowercase) with smtp_server on port 587",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "Lemmy always verifies certificates with tls/starttls: use a server with a valid certificate",
    ),
    fix_text(W::AuthOn, &[], "smtp_login and smtp_password in the email block"),
    fix_text(W::TlsModern, &[], "a current Lemmy release (rustls, TLS 1.2+)"),
    fix_text(W::Username, &[], "smtp_login: \"{value}\""),
    fix_text(W::Password, &[], "smtp_password: \"{value}\""),
    fix_text(W::From, &[], "smtp_from_address: \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Lemmy has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static LEMMY: Profile = Profile {
    id: "lemmy",
    name: "Lemmy lemmy.hjson email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://join-lemmy.org/docs/administration/configuration.html https://github.com/LemmyNet/lemmy/blob/main/config/defaults.hjson https://github.com/LemmyNet/lemmy/blob/main/crates/utils/src/email.rs",
    // lemmy.hjson reads as JSON; NixOS writes the same keys under
    // `services.lemmy.settings`.
    syntaxes: syn::JSON | syn::YAML | syn::NIX,
    keys: KEYS,
    markers: &[
        mark("email.smtp_server"),
        mark("email.tls_type"),
        mark("email.smtp_from_address"),
        mark("email.smtp_login"),
        mark("email.connection"),
    ],
    url_params: &[("tls", Some(Encryption))],
    needs_marker: true,
    case_sensitive: true,
    fixes: FIXES,
    sender_hint: "smtp_from_address in the email block of lemmy.hjson",
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

    const HJSON: &str = "{\n  hostname: \"lemmy.acme.io\"\n  email: {\n    smtp_server: \"smtp.postmarkapp.com:587\"\n    smtp_login: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    smtp_password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    smtp_from_address: \"noreply@acme.io\"\n    tls_type: \"starttls\"\n  }\n}\n";

    #[test]
    fn smtp_server_is_host_port() {
        let (client, s, ids) = first(HJSON);
        assert_eq!(client, "lemmy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_type_words() {
        let (_, s, ids) = first(&HJSON.replace("\"starttls\"", "\"tls\""));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&HJSON.replace("\"starttls\"", "\"none\""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        // Compared exactly: `STARTTLS` falls to the clear-text builder.
        let (_, s, _) = first(&HJSON.replace("\"starttls\"", "\"STARTTLS\""));
        assert_eq!(s["security"], "none");
        // No tls_type: the default "none".
        let (_, s, _) = first(&HJSON.replace("    tls_type: \"starttls\"\n", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn no_port_in_smtp_server() {
        let (_, _, ids) = first(&HJSON.replace(":587", ""));
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
    }

    #[test]
    fn lemmy_1_connection_url_is_lettres() {
        let conf = "{\n  email: {\n    connection: \"smtp://u:p@smtp.postmarkapp.com:587?tls=required\"\n    smtp_from_address: \"noreply@acme.io\"\n  }\n}\n";
        let (client, s, _) = first(conf);
        assert_eq!(client, "lemmy");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(
            &conf
                .replace("smtp://", "smtps://")
                .replace(":587?tls=required", ""),
        );
        assert_eq!(s["security"], "implicit");
        assert!(
            ids.iter()
                .any(|i| i == "port/465-unsupported" || i == "port/missing"),
            "{ids:?}"
        );
        let (_, s, _) = first(&conf.replace("?tls=required", ""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn other_json_email_blocks_are_not_lemmy() {
        let (client, _, _) =
            first("{\"email\": {\"host\": \"smtp.postmarkapp.com\", \"port\": 587}}\n");
        assert_ne!(client, "lemmy");
    }
}
