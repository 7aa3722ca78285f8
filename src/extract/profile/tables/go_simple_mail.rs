//! xhit/go-simple-mail (`github.com/xhit/go-simple-mail/v2`): `server :=
//! mail.NewSMTPClient()`, then `server.Host`, `server.Port`,
//! `server.Username`, `server.Password`, `server.Encryption =
//! mail.EncryptionSTARTTLS`, `server.TLSConfig`, `server.Connect()`; the
//! message's `email.SetFrom("Name <addr>")`.
//!
//! Meaning (`email.go` of v2: `NewSMTPClient`, `dial`, `smtpConnect`;
//! <https://pkg.go.dev/github.com/xhit/go-simple-mail/v2>):
//!
//! * `NewSMTPClient` sets `Encryption: EncryptionNone`: clear text, no
//!   STARTTLS even when the server offers it.
//! * `EncryptionSTARTTLS` (before v2.10 `EncryptionTLS`, still accepted)
//!   issues STARTTLS **only when the server offers it** (`if ok :=
//!   c.extension("STARTTLS")`), else goes on in clear text.
//! * `EncryptionSSLTLS` (before v2.10 `EncryptionSSL`) is TLS from the
//!   first byte (`tls.Dial`).
//! * There is no default port: an unset `Port` dials port 0.
//! * `Authentication` defaults to `AuthAuto`: it logs in with the username
//!   and password by what the server offers.
//! * `TLSConfig = &tls.Config{InsecureSkipVerify: true}` turns certificate
//!   checks off.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, words, Fix, Key, Marker, Profile, Sec, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("server.Host|SMTPServer.Host|Host", Host),
    k("server.Port|SMTPServer.Port|Port", Port),
    k("server.Username|SMTPServer.Username|Username", Username),
    k("server.Password|SMTPServer.Password|Password", Password),
    k("Encryption", Encryption),
    k("InsecureSkipVerify", SkipVerify),
    k("SetFrom(#0)", From),
];

const MARKERS: &[Marker] = &[
    mark("NewSMTPClient()"),
    mark_value("*", "xhit/go-simple-mail"),
    mark_value("*", "mail.EncryptionSTARTTLS"),
    mark_value("*", "mail.EncryptionSSLTLS"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("EncryptionNone", Sec::Plain),
        ("EncryptionSTARTTLS", Sec::Auto),
        ("EncryptionTLS", Sec::Auto),
        ("EncryptionSSLTLS", Sec::Implicit),
        ("EncryptionSSL", Sec::Implicit),
    ],
    default: Sec::Plain,
    absent: "no server.Encryption (NewSMTPClient's default is EncryptionNone)",
    ..TlsModel::SWITCHES_PLAIN
};

/// What the fixes say, in the library's own words.
const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "server.Port = {port}"),
    fix_text(
        W::StartTls,
        &[],
        "server.Encryption = mail.EncryptionSTARTTLS",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no InsecureSkipVerify in server.TLSConfig",
    ),
    fix_text(W::Host, &[], "server.Host = \"{host}\""),
];

pub static GO_SIMPLE_MAIL: Profile = Profile {
    id: "go-simple-mail",
    name: "Go xhit/go-simple-mail",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pkg.go.dev/github.com/xhit/go-simple-mail/v2 https://github.com/xhit/go-simple-mail/blob/master/email.go",
    syntaxes: syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    own_unknown: true,
    tls: TLS,
    constants: words![
        "EncryptionNone",
        "EncryptionSTARTTLS",
        "EncryptionTLS",
        "EncryptionSSLTLS",
        "EncryptionSSL"
    ],
    fixes: FIXES,
    sender_hint: "`email.SetFrom(\"Name <you@yourdomain.com>\")` on the message",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    fn client(lines: &str) -> String {
        format!("package main\n\nimport (\n\tmail \"github.com/xhit/go-simple-mail/v2\"\n)\n\nfunc main() {{\n\tserver := mail.NewSMTPClient()\n\tserver.Host = \"smtp.postmarkapp.com\"\n\tserver.Username = \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"\n\tserver.Password = \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\"\n{lines}\tsmtpClient, err := server.Connect()\n\temail := mail.NewMSG()\n\temail.SetFrom(\"Acme <hello@acme-widgets.io>\").AddTo(\"a@b.io\")\n\terr = email.Send(smtpClient)\n}}\n")
    }

    #[test]
    fn starttls_when_offered_on_587() {
        let (client, s, ids) = linted(&client(
            "\tserver.Port = 587\n\tserver.Encryption = mail.EncryptionSTARTTLS\n",
        ));
        assert_eq!(client, "go-simple-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn the_default_is_no_encryption() {
        let (_, s, ids) = linted(&client("\tserver.Port = 587\n"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn ssltls_and_verify() {
        let (_, s, ids) = linted(&client(
            "\tserver.Port = 587\n\tserver.Encryption = mail.EncryptionSSLTLS\n\tserver.TLSConfig = &tls.Config{InsecureSkipVerify: true}\n",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn gomail_is_not_go_simple_mail() {
        let (client, _, _) = linted(
            "d := gomail.NewDialer(\"smtp.postmarkapp.com\", 587, \"u\", \"p\")\nd.DialAndSend(m)\n",
        );
        assert_ne!(client, "go-simple-mail");
    }
}
