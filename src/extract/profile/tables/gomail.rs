//! Gomail (`gopkg.in/gomail.v2`, github.com/go-gomail/gomail) and its
//! maintained fork go-mail/mail (`gopkg.in/mail.v2`): `d :=
//! gomail.NewDialer(host, port, user, pass)` (or the deprecated
//! `NewPlainDialer`, or a `gomail.Dialer{Host: …, Port: …}` literal), then
//! `d.DialAndSend(m)`.
//!
//! Meaning (<https://pkg.go.dev/gopkg.in/gomail.v2#NewDialer>,
//! <https://pkg.go.dev/gopkg.in/mail.v2#Dialer>, and `smtp.go` of both):
//!
//! * `NewDialer` sets `SSL: port == 465`: TLS from the first byte on 465,
//!   whatever else is written; `d.SSL = true/false` set afterwards wins.
//! * Without SSL the dialer connects in clear and upgrades with STARTTLS
//!   when the server offers it. go-mail/mail adds `d.StartTLSPolicy`:
//!   `OpportunisticStartTLS` (the default, same as gomail),
//!   `MandatoryStartTLS` (fail without STARTTLS), `NoStartTLS` (never).
//! * There is no default port: the port is a required argument (a literal
//!   without `Port` dials port 0).
//! * It logs in only when `Username` is not empty and the server offers
//!   AUTH (CRAM-MD5, else LOGIN when PLAIN is not offered, else PLAIN).
//! * `d.TLSConfig = &tls.Config{InsecureSkipVerify: true}` turns
//!   certificate checks off.
//! * The From is the message's `m.SetHeader("From", …)` /
//!   `m.SetAddressHeader("From", addr, name)`.

use crate::extract::profile::{
    k, mark, mark_value, syn, words, Key, Marker, Profile, Sec, TlsModel, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "NewDialer(#0)|NewPlainDialer(#0)|Dialer.Host|d.Host|dialer.Host",
        Host,
    ),
    k(
        "NewDialer(#1)|NewPlainDialer(#1)|Dialer.Port|d.Port|dialer.Port",
        Port,
    ),
    k(
        "NewDialer(#2)|NewPlainDialer(#2)|Dialer.Username|d.Username|dialer.Username",
        Username,
    ),
    k(
        "NewDialer(#3)|NewPlainDialer(#3)|Dialer.Password|d.Password|dialer.Password",
        Password,
    ),
    k("SSL", ImplicitTls),
    k("StartTLSPolicy", Encryption),
    k("InsecureSkipVerify", SkipVerify),
    // `m.SetHeader("From", …)` is read as `m.From`.
    k("m.From|msg.From|message.From|SetAddressHeader.From", From),
];

const MARKERS: &[Marker] = &[
    mark("NewDialer()"),
    mark("NewPlainDialer()"),
    mark_value("*", "gomail.Dialer{"),
    mark_value("*", "mail.Dialer{"),
    mark("StartTLSPolicy"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("OpportunisticStartTLS", Sec::Auto),
        ("MandatoryStartTLS", Sec::StartTls),
        ("NoStartTLS", Sec::Plain),
    ],
    implicit_ports: &[465],
    ..TlsModel::OPPORTUNISTIC
};

pub static GOMAIL: Profile = Profile {
    id: "gomail",
    name: "Go gomail / go-mail/mail (NewDialer)",
    #[cfg(not(target_arch = "wasm32"))]
    docs:
        "https://pkg.go.dev/gopkg.in/gomail.v2#NewDialer https://pkg.go.dev/gopkg.in/mail.v2#Dialer",
    syntaxes: syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    constants: words!["OpportunisticStartTLS", "MandatoryStartTLS", "NoStartTLS"],
    sender_hint: "`m.SetHeader(\"From\", \"you@yourdomain.com\")` on the message",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted;

    const SRC: &str = "m := gomail.NewMessage()\nm.SetHeader(\"From\", \"hello@acme-widgets.io\")\nd := gomail.NewDialer(\"smtp.postmarkapp.com\", 587, \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\")\nif err := d.DialAndSend(m); err != nil {\n\tpanic(err)\n}\n";

    #[test]
    fn dialer_reads_and_starttls_when_offered() {
        let (client, s, ids) = linted(SRC);
        assert_eq!(client, "gomail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn port_465_is_ssl_unless_switched_off() {
        let src = SRC.replace("587", "465");
        let (_, s, ids) = linted(&src);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        let (_, s, _) = linted(&src.replace("if err", "d.SSL = false\nif err"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn starttls_policy_and_verify() {
        let (_, s, ids) = linted(&SRC.replace(
            "if err",
            "d.StartTLSPolicy = mail.NoStartTLS\nd.TLSConfig = &tls.Config{InsecureSkipVerify: true}\nif err",
        ));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn net_smtp_is_not_gomail() {
        let (client, _, _) = linted(
            "err := smtp.SendMail(\"smtp.postmarkapp.com:587\", auth, \"a@b.io\", to, msg)\n",
        );
        assert_ne!(client, "gomail");
    }
}
