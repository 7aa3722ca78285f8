//! wneessen/go-mail (`github.com/wneessen/go-mail`): `c, err :=
//! mail.NewClient(host, mail.WithPort(587), mail.WithSMTPAuth(
//! mail.SMTPAuthPlain), mail.WithUsername(u), mail.WithPassword(p),
//! mail.WithTLSPolicy(mail.TLSMandatory))`, or the same through the
//! client's setters (`c.SetTLSPolicy(…)`, `c.SetSSL(true)`…).
//!
//! Meaning (<https://pkg.go.dev/github.com/wneessen/go-mail>,
//! <https://go-mail.dev>, `client.go` v0.8):
//!
//! * The port defaults to 25 (`DefaultPort`). `WithTLSPortPolicy(policy)`
//!   also moves a port still at 25 to 587 (TLSMandatory, TLSOpportunistic;
//!   NoTLS keeps 25); `WithSSLPort(fallback)` turns SSL on and moves a port
//!   still at 25 to 465. `WithPort` sets it outright.
//! * The TLS policy defaults to `TLSMandatory`: STARTTLS is required, and
//!   sending fails when the server does not offer it. `TLSOpportunistic`
//!   upgrades when offered; `NoTLS` never does.
//! * `WithSSL()` / `SetSSL(true)` is TLS from the first byte; it does not
//!   change the port (so `WithSSL()` alone dials 25 with TLS) and the TLS
//!   policy is then not used.
//! * It logs in only when an auth type is set (`WithSMTPAuth(…)`,
//!   `SetSMTPAuth`, `WithSMTPAuthCustom`): the default `SMTPAuthNoAuth`
//!   ignores `WithUsername`/`WithPassword`.
//! * `WithTLSConfig(&tls.Config{InsecureSkipVerify: true})` turns
//!   certificate checks off.
//! * The From is the message's `m.From("…")` (or `FromFormat(name, addr)`).

use crate::extract::profile::tls::word;
use crate::extract::profile::{
    k, kr, mark, mark_value, syn, words, Hooks, Key, Marker, Profile, Read, Sec, TlsModel, BASE,
};
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail.NewClient(#0)", Host),
    k("WithPort(#0)|SetPort(#0)", Port),
    k("WithUsername(#0)|SetUsername(#0)", Username),
    k("WithPassword(#0)|SetPassword(#0)", Password),
    k(
        "WithTLSPolicy(#0)|WithTLSPortPolicy(#0)|SetTLSPolicy(#0)|SetTLSPortPolicy(#0)",
        Encryption,
    ),
    kr("WithSSL()|WithSSLPort()", ImplicitTls, Read::Presence),
    k("SetSSL(#0)|SetSSLPort(#0)", ImplicitTls),
    k("WithSMTPAuth(#0)|SetSMTPAuth(#0)", Auth),
    kr(
        "WithSMTPAuthCustom()|SetSMTPAuthCustom()",
        Auth,
        Read::Presence,
    ),
    k("InsecureSkipVerify", SkipVerify),
    k("From(#0)|FromFormat(#1)", From),
];

const MARKERS: &[Marker] = &[
    mark("mail.NewClient()"),
    mark("WithSMTPAuth()"),
    mark("WithTLSPolicy()"),
    mark("WithTLSPortPolicy()"),
    mark_value("*", "wneessen/go-mail"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("TLSMandatory", Sec::StartTls),
        ("TLSOpportunistic", Sec::Auto),
        ("NoTLS", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::StartTls,
    both: crate::extract::profile::Both::Implicit,
    absent: "",
};

pub static GO_MAIL: Profile = Profile {
    id: "go-mail",
    name: "Go wneessen/go-mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pkg.go.dev/github.com/wneessen/go-mail https://go-mail.dev",
    syntaxes: syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    auth_switch: Some("mail.WithSMTPAuth(mail.SMTPAuthPlain)"),
    constants: words![
        "TLSMandatory",
        "TLSOpportunistic",
        "NoTLS",
        "SMTPAuthPlain",
        "SMTPAuthLogin",
        "SMTPAuthCramMD5",
        "SMTPAuthXOAUTH2",
        "SMTPAuthDigestMD5",
        "SMTPAuthAutoDiscover",
        "SMTPAuthOpportunistic",
        "SMTPAuthPlainNoEnc",
        "SMTPAuthLoginNoEnc",
        "SMTPAuthSCRAMSHA1",
        "SMTPAuthSCRAMSHA256",
        "SMTPAuthNoAuth",
    ],
    sender_hint: "`m.From(\"you@yourdomain.com\")` on the message",
    hooks: Hooks {
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// 465 after `WithSSLPort`, 587 after `WithTLSPortPolicy` (not `NoTLS`),
/// else 25.
fn default_port(cfg: &Config) -> Option<u16> {
    if cfg.all(ImplicitTls).any(|f| f.key.contains("SSLPort")) {
        return Some(465);
    }
    let port_policy = cfg
        .all(Encryption)
        .filter(|f| f.key.contains("TLSPortPolicy"))
        .last();
    match port_policy {
        Some(f) if word(cfg.dialect, &f.value.text) != Some(Sec::Plain) => Some(587),
        _ => Some(25),
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    fn client(opts: &str) -> String {
        format!("m := mail.NewMsg()\nm.From(\"hello@acme-widgets.io\")\nc, err := mail.NewClient(\"smtp.postmarkapp.com\", {opts})\nerr = c.DialAndSend(m)\n")
    }

    const AUTH: &str = "mail.WithSMTPAuth(mail.SMTPAuthPlain), mail.WithUsername(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"), mail.WithPassword(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\")";

    #[test]
    fn explicit_port_and_default_mandatory_starttls() {
        let (c, s, ids) = linted(&client(&format!("mail.WithPort(587), {AUTH}")));
        assert_eq!(c, "go-mail");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    fn default_port(opts: &str) -> Option<u16> {
        let c = crate::extract::extract(&client(opts));
        let c = c.first().expect("a configuration");
        assert_eq!(c.dialect.id(), "go-mail");
        c.dialect.default_port(c)
    }

    #[test]
    fn ports_follow_the_port_policies() {
        assert_eq!(default_port(AUTH), Some(25));
        let p = default_port(&format!(
            "mail.WithTLSPortPolicy(mail.TLSMandatory), {AUTH}"
        ));
        assert_eq!(p, Some(587));
        let p = default_port(&format!("mail.WithTLSPortPolicy(mail.NoTLS), {AUTH}"));
        assert_eq!(p, Some(25));
        assert_eq!(
            default_port(&format!("mail.WithSSLPort(false), {AUTH}")),
            Some(465)
        );
        let (_, s, ids) = linted(&client(&format!("mail.WithSSLPort(false), {AUTH}")));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        // `WithSSL()` keeps port 25: TLS from the first byte on 25.
        assert_eq!(default_port(&format!("mail.WithSSL(), {AUTH}")), Some(25));
    }

    #[test]
    fn no_tls_and_no_auth_type() {
        let (_, s, _) = linted(&client(&format!(
            "mail.WithPort(587), mail.WithTLSPolicy(mail.NoTLS), {AUTH}"
        )));
        assert_eq!(s["security"], "none");
        let (_, _, ids) = linted(&client(
            "mail.WithPort(587), mail.WithUsername(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"), mail.WithPassword(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\")",
        ));
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }
}
