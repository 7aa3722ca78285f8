//! Rust's mail-send (Stalwart Labs): the `SmtpClientBuilder`.
//!
//! Meaning (docs.rs mail-send, and the code: `src/smtp/builder.rs`
//! `SmtpClientBuilder::new`, `implicit_tls`, `connect`, `connect_plain`;
//! `src/lib.rs` `Credentials`):
//!
//! * `SmtpClientBuilder::new(host, port)`: both are required (no default
//!   port).
//! * `tls_implicit` starts `true`: `.connect()` is TLS from the first byte
//!   unless `.implicit_tls(false)`, which reads the greeting, sends EHLO and
//!   requires STARTTLS (`Error::MissingStartTls` when it is not offered).
//!   `.connect_plain()` never starts TLS.
//! * `.allow_invalid_certs()` turns certificate verification off.
//! * `.credentials((user, secret))`, `Credentials::new(user, secret)` or
//!   `Credentials::Plain { username, secret }` log in (AUTH PLAIN/LOGIN
//!   as the server offers).
//! * The From is the message's: mail-builder's
//!   `MessageBuilder::new().from("addr")` or `.from(("Name", "addr"))`.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, Fix, Hooks, Key, Profile, Read, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("SmtpClientBuilder.new(#0)", Host),
    k("SmtpClientBuilder.new(#1)", Port),
    k("implicit_tls(#0)", ImplicitTls),
    kr("connect_plain()", NoStartTls, Read::Presence),
    kr("allow_invalid_certs()", SkipVerify, Read::Presence),
    k(
        "credentials(#0).#0|Credentials.new(#0)|Credentials.Plain.username",
        Username,
    ),
    k(
        "credentials(#0).#1|Credentials.new(#1)|Credentials.Plain.secret",
        Password,
    ),
    k(
        "MessageBuilder.new().**.from(#0)|MessageBuilder.new().**.from(#0).#1",
        From,
    ),
];

/// TLS from the first byte unless `.implicit_tls(false)` (then STARTTLS,
/// required) or `.connect_plain()` (clear text).
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    if let Some(f) = cfg.get(NoStartTls) {
        tls.choose(Security::None, Evidence::of(f));
        return tls;
    }
    match cfg.get(ImplicitTls) {
        Some(f) if f.value.is_reference() => {}
        Some(f) => match f.value.text.trim() {
            "true" => tls.choose(Security::Implicit, Evidence::of(f)),
            "false" => tls.choose(Security::StartTls, Evidence::of(f)),
            _ => {}
        },
        None => tls.choose(
            Security::Implicit,
            Evidence::absent("no .implicit_tls(false): mail-send starts TLS on the first byte"),
        ),
    }
    tls
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SmtpClientBuilder::new(\"smtp.postmarkapp.com\", {port})"),
    fix_text(W::Host, &[], "SmtpClientBuilder::new(\"{host}\", 587)"),
    fix_text(
        W::StartTls,
        &[],
        "SmtpClientBuilder::new(\"smtp.postmarkapp.com\", 587).implicit_tls(false) and .connect() (not .connect_plain())",
    ),
    fix_text(W::VerifyOn, &[], "no .allow_invalid_certs() on the builder"),
    fix_text(
        W::AuthOn,
        &[],
        ".credentials((token.as_str(), token.as_str())) on the builder",
    ),
    fix_text(W::TlsModern, &[], "a current mail-send (rustls, TLS 1.2+)"),
    fix_text(W::Username, &[], ".credentials((\"{value}\", …))"),
    fix_text(W::Password, &[], ".credentials((…, \"{value}\"))"),
    fix_text(W::From, &[], "MessageBuilder::new().from(\"{value}\")"),
    fix_text(
        W::Stream,
        &[],
        ".header(\"X-PM-Message-Stream\", HeaderType::Text(\"{value}\".into())) on the MessageBuilder",
    ),
];

pub static MAIL_SEND: Profile = Profile {
    id: "mail-send",
    name: "Rust mail-send SmtpClientBuilder",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.rs/mail-send/latest/mail_send/ https://github.com/stalwartlabs/mail-send/blob/main/src/smtp/builder.rs",
    syntaxes: syn::RUST,
    keys: KEYS,
    markers: &[mark("SmtpClientBuilder.new()")],
    needs_marker: true,
    case_sensitive: true,
    fixes: FIXES,
    sender_hint: "MessageBuilder::new().from(\"address\")",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const CODE: &str = "let message = MessageBuilder::new()\n    .from((\"Ops\", \"hello@acme-widgets.io\"))\n    .to(\"jane@acme-widgets.io\")\n    .subject(\"Hi!\");\nSmtpClientBuilder::new(\"smtp.postmarkapp.com\", 587)\n    .implicit_tls(false)\n    .credentials((\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\", \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"))\n    .connect()\n    .await?\n    .send(message)\n    .await?;\n";

    #[test]
    fn the_builder_is_read() {
        let s = clean_starttls(CODE, "mail-send");
        assert_eq!(s["port"], 587);
        assert_eq!(s["username"], "5c3e…5b6c");
        assert_eq!(s["password_present"], true);
    }

    #[test]
    fn tls_is_implicit_unless_switched_off() {
        // The builder starts with tls_implicit = true.
        let (_, s, ids) = first(&CODE.replace("    .implicit_tls(false)\n", ""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&CODE.replace("implicit_tls(false)", "implicit_tls(true)"));
        assert_eq!(s["security"], "implicit");
        let (_, s, ids) = first(&CODE.replace(".connect()", ".connect_plain()"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn lettre_is_not_mail_send() {
        let (client, _, _) = first(
            "let mailer = SmtpTransport::starttls_relay(\"smtp.postmarkapp.com\")?\n    .credentials(Credentials::new(\"u\".to_owned(), \"p\".to_owned()))\n    .build();\n",
        );
        assert_eq!(client, "lettre");
    }
}
