//! Rust's lettre: `SmtpTransport` (and `AsyncSmtpTransport::<E>`) builders.
//!
//! Meaning (docs.rs lettre `SmtpTransport`, and the code:
//! `src/transport/smtp/transport.rs`, `connection_url.rs`, `client/tls.rs`):
//!
//! * `SmtpTransport::relay(host)` is TLS from the first byte
//!   (`Tls::Wrapper`) on port **465**; `starttls_relay(host)` is STARTTLS,
//!   required (`Tls::Required`), on port **587**; `builder_dangerous(host)`
//!   is no TLS at all (`Tls::None`) on port **25**. `.port(n)` changes only
//!   the port, `.tls(…)` only the TLS mode (`Tls::Wrapper`, `Tls::Required`,
//!   `Tls::Opportunistic` — STARTTLS when offered —, `Tls::None`).
//! * `.credentials(Credentials::new(user, password))` logs in.
//! * `SmtpTransport::from_url(url)`: `smtps://` is `Tls::Wrapper` on 465;
//!   `smtp://` alone is **no TLS on port 25**; `smtp://…?tls=required` is
//!   STARTTLS and `?tls=opportunistic` STARTTLS when offered, both on 587;
//!   another scheme or `tls` value is an error. The module docs' table gives
//!   587 for a bare `smtp://`, but the code uses `SMTP_PORT` (25): this
//!   table follows the code. User and password are percent-decoded.
//! * `TlsParameters::builder(…).dangerous_accept_invalid_certs(true)` turns
//!   certificate verification off.
//! * The From is the message's: `Message::builder().from("…".parse()?)`.

use crate::extract::profile::{
    fix_text, k, kr, mark, syn, words, Fix, Hooks, Key, Profile, Read, UrlFlavor, WriteKind as W,
    BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const RELAY: &str = "SmtpTransport.relay()|AsyncSmtpTransport.relay()";
const STARTTLS_RELAY: &str = "SmtpTransport.starttls_relay()|AsyncSmtpTransport.starttls_relay()";
const DANGEROUS: &str = "SmtpTransport.builder_dangerous()|AsyncSmtpTransport.builder_dangerous()";
const FROM_URL: &str = "SmtpTransport.from_url()|AsyncSmtpTransport.from_url()";

const KEYS: &[Key] = &[
    k(
        "SmtpTransport.relay(#0)|AsyncSmtpTransport.relay(#0)|SmtpTransport.starttls_relay(#0)|AsyncSmtpTransport.starttls_relay(#0)|SmtpTransport.builder_dangerous(#0)|AsyncSmtpTransport.builder_dangerous(#0)",
        Host,
    ),
    kr(RELAY, ImplicitTls, Read::Presence),
    kr(STARTTLS_RELAY, StartTls, Read::Presence),
    kr(DANGEROUS, NoStartTls, Read::Presence),
    kr(
        "SmtpTransport.from_url(#0)|AsyncSmtpTransport.from_url(#0)",
        Url,
        Read::Url(UrlFlavor::Nodemailer),
    ),
    k("port(#0)", Port),
    k("tls(#0)", Encryption),
    k("Credentials.new(#0)", Username),
    k("Credentials.new(#1)", Password),
    k("dangerous_accept_invalid_certs(#0)", SkipVerify),
    k("Message.builder().**.from(#0)", From),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], ".port({port}) on the SmtpTransport builder"),
    fix_text(
        W::Host,
        &[],
        "SmtpTransport::starttls_relay(\"{host}\")?",
    ),
    fix_text(
        W::StartTls,
        &[],
        "SmtpTransport::starttls_relay(\"smtp.postmarkapp.com\")? (STARTTLS on 587), or .tls(Tls::Required(…))",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no .dangerous_accept_invalid_certs(true) on the TlsParameters",
    ),
    fix_text(
        W::AuthOn,
        &[],
        ".credentials(Credentials::new(token.to_owned(), token.to_owned()))",
    ),
    fix_text(W::TlsModern, &[], "a current lettre with rustls or native-tls"),
    fix_text(W::Username, &[], "Credentials::new(\"{value}\".to_owned(), …)"),
    fix_text(W::Password, &[], "Credentials::new(…, \"{value}\".to_owned())"),
    fix_text(
        W::From,
        &[],
        "Message::builder().from(\"{value}\".parse()?)",
    ),
    fix_text(
        W::Stream,
        &[],
        "a `X-PM-Message-Stream: {value}` header on the Message",
    ),
];

pub static LETTRE: Profile = Profile {
    id: "lettre",
    name: "Rust lettre SmtpTransport",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.rs/lettre/latest/lettre/transport/smtp/struct.SmtpTransport.html https://github.com/lettre/lettre/blob/master/src/transport/smtp/connection_url.rs",
    syntaxes: syn::RUST,
    keys: KEYS,
    markers: &[mark(RELAY), mark(STARTTLS_RELAY), mark(DANGEROUS), mark(FROM_URL)],
    needs_marker: true,
    other_keys: words![
        "hello_name",
        "timeout",
        "authentication",
        "pool_config",
        "build",
    ],
    url_params: &[("tls", Some(Encryption))],
    credentials_apart: true,
    fixes: FIXES,
    sender_hint: "Message::builder().from(\"you@yourdomain.com\".parse()?)",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// What the builder does: an explicit `.tls(…)` or `?tls=` over the
/// constructor's or the scheme's mode.
pub(super) fn tls(cfg: &Config) -> Tls {
    let mut t = Tls::default();
    let mut set = |mode: Security, f: &crate::model::Field| {
        let e = Evidence::of(f);
        match mode {
            Security::Implicit => t.implicit = Some(e),
            Security::StartTls => t.starttls = Some(e),
            Security::None => t.disabled = Some(e),
        }
        t.mode = Some(mode);
    };
    if let Some(f) = cfg.all(Encryption).last() {
        let w = f.value.text.to_ascii_lowercase();
        let mode = if w.contains("wrapper") {
            Security::Implicit
        } else if w.contains("required") || w.contains("opportunistic") {
            Security::StartTls
        } else if w.contains("none") {
            Security::None
        } else {
            return t; // a variable: unknown here
        };
        set(mode, f);
    } else if let Some(f) = cfg.get(Scheme) {
        match f.value.text.to_ascii_lowercase().as_str() {
            "smtps" => set(Security::Implicit, f),
            "smtp" => set(Security::None, f),
            _ => {}
        }
    } else if let Some(f) = cfg.get(ImplicitTls) {
        set(Security::Implicit, f);
    } else if let Some(f) = cfg.get(StartTls) {
        set(Security::StartTls, f);
    } else if let Some(f) = cfg.get(NoStartTls) {
        set(Security::None, f);
    }
    t
}

/// The constructor's (or the scheme's) port.
pub(super) fn default_port(cfg: &Config) -> Option<u16> {
    if let Some(f) = cfg.get(Scheme) {
        return match f.value.text.to_ascii_lowercase().as_str() {
            "smtps" => Some(465),
            "smtp" if cfg.get(Encryption).is_some() => Some(587),
            "smtp" => Some(25),
            _ => None,
        };
    }
    if cfg.get(ImplicitTls).is_some() {
        Some(465)
    } else if cfg.get(StartTls).is_some() {
        Some(587)
    } else if cfg.get(NoStartTls).is_some() {
        Some(25)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const CREDS: &str = "let creds = Credentials::new(\"a1b2c3d4-0000-4000-8000-1234567890ab\".to_owned(), \"a1b2c3d4-0000-4000-8000-1234567890ab\".to_owned());\n";

    #[test]
    fn starttls_relay_is_starttls_on_587() {
        let (client, s, ids) = first(&format!(
            "use lettre::{{SmtpTransport, Transport}};\n{CREDS}let mailer = SmtpTransport::starttls_relay(\"smtp.postmarkapp.com\")\n    .unwrap()\n    .credentials(creds)\n    .build();\n"
        ));
        assert_eq!(client, "lettre");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "a1b2…90ab");
        // The default 587 is said as an info only.
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("tls/") || i == "port/465-unsupported"),
            "{ids:?}"
        );
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }

    #[test]
    fn relay_is_implicit_tls_on_465_even_with_port_587() {
        let (_, s, ids) = first(&format!(
            "{CREDS}let mailer = SmtpTransport::relay(\"smtp.postmarkapp.com\")?.credentials(creds).build();\n"
        ));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, _, ids) = first(&format!(
            "{CREDS}let mailer = SmtpTransport::relay(\"smtp.postmarkapp.com\")?.port(587).credentials(creds).build();\n"
        ));
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn dangerous_builder_and_bare_smtp_url_are_clear_text_on_25() {
        let (_, s, ids) = first(&format!(
            "{CREDS}let mailer = SmtpTransport::builder_dangerous(\"smtp.postmarkapp.com\").credentials(creds).build();\n"
        ));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(
            "let mailer = SmtpTransport::from_url(\"smtp://u:p@smtp.postmarkapp.com\")?.build();\n",
        );
        assert_eq!(s["security"], "none");
        let (_, s, ids) = first(
            "let mailer = SmtpTransport::from_url(\"smtp://u:p@smtp.postmarkapp.com:587?tls=required\")?.build();\n",
        );
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn explicit_tls_overrides_the_constructor() {
        let (_, s, _) = first(&format!(
            "{CREDS}let mailer = SmtpTransport::builder_dangerous(\"smtp.postmarkapp.com\")\n    .port(587)\n    .tls(Tls::Required(tls_parameters))\n    .credentials(creds)\n    .build();\n"
        ));
        assert_eq!(s["security"], "starttls");
    }
}
