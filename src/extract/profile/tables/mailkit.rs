//! MailKit (.NET, `MailKit.Net.Smtp.SmtpClient`): `client.Connect(host,
//! port, SecureSocketOptions.StartTls)` (or `ConnectAsync`, or the
//! `Connect(host, port, bool useSsl)` overload), `client.Authenticate(user,
//! pass)` (or a `NetworkCredential`), and the MimeKit message's
//! `message.From.Add(new MailboxAddress(name, address))`.
//!
//! Meaning (<https://mimekit.net/docs/html/T_MailKit_Security_SecureSocketOptions.htm>,
//! `MailKit/Security/SecureSocketOptions.cs`, `MailKit/MailService.cs` and
//! `SmtpClient.ComputeDefaultValues` in `MailKit/Net/Smtp/SmtpClient.cs`):
//!
//! * `SecureSocketOptions.None`: no TLS; `SslOnConnect`: TLS from the first
//!   byte; `StartTls`: STARTTLS required (fails when not offered);
//!   `StartTlsWhenAvailable`: STARTTLS when offered; `Auto` (the default
//!   when no option is passed): TLS from the first byte on port 465, else
//!   STARTTLS when offered.
//! * `Connect(host, port, useSsl)`: `true` is `SslOnConnect`, `false` is
//!   `StartTlsWhenAvailable`.
//! * Port 0 (or none) is 465 with `SslOnConnect`, else 25.
//! * It logs in only when `Authenticate` is called; the credentials are its
//!   arguments (or a `NetworkCredential`).
//! * `ServerCertificateValidationCallback = (s, c, h, e) => true` turns
//!   certificate checks off.

use crate::extract::profile::tls::{evaluate, word};
use crate::extract::profile::{
    k, mark, mark_value, syn, words, Hooks, Key, Marker, Profile, Sec, TlsModel, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::dotnet;

const KEYS: &[Key] = &[
    k("Connect(#0)|ConnectAsync(#0)", Host),
    k("Connect(#1)|ConnectAsync(#1)", Port),
    k("Connect(#2)|ConnectAsync(#2)", Encryption),
    k(
        "Authenticate(#0)|AuthenticateAsync(#0)|Authenticate(#0).NetworkCredential(#0)|AuthenticateAsync(#0).NetworkCredential(#0)",
        Username,
    ),
    k(
        "Authenticate(#1)|AuthenticateAsync(#1)|Authenticate(#0).NetworkCredential(#1)|AuthenticateAsync(#0).NetworkCredential(#1)",
        Password,
    ),
    k("ServerCertificateValidationCallback", SkipVerify),
    k(
        "From.Add(#0).MailboxAddress(#1)|From.Add(#0).MailboxAddress.Parse(#0)|From.Add(#0).InternetAddress.Parse(#0)",
        From,
    ),
];

const MARKERS: &[Marker] = &[
    mark("Connect()"),
    mark("ConnectAsync()"),
    mark_value("*", "SecureSocketOptions."),
    mark_value("*", "MailKit"),
];

/// `SecureSocketOptions.*` and the `useSsl` overload.
pub(super) const TLS: TlsModel = TlsModel {
    words: &[
        ("None", Sec::Plain),
        ("Auto", Sec::Auto),
        ("SslOnConnect", Sec::Implicit),
        ("StartTls", Sec::StartTls),
        ("StartTlsWhenAvailable", Sec::Auto),
        ("true", Sec::Implicit),
        ("false", Sec::Auto),
    ],
    ..TlsModel::OPPORTUNISTIC
};

pub static MAILKIT: Profile = Profile {
    id: "mailkit",
    name: "MailKit SmtpClient (.NET)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://mimekit.net/docs/html/T_MailKit_Security_SecureSocketOptions.htm https://github.com/jstedfast/MailKit/blob/master/MailKit/Net/Smtp/SmtpClient.cs",
    syntaxes: syn::CSHARP,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    constants: words![
        "None",
        "Auto",
        "SslOnConnect",
        "StartTls",
        "StartTlsWhenAvailable",
    ],
    sender_hint: "`message.From.Add(new MailboxAddress(\"Name\", \"you@yourdomain.com\"));`",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(finish),
        ..Hooks::NONE
    },
    ..BASE
};

/// `Auto` (or no option) on port 465 is TLS from the first byte.
pub(super) fn tls(cfg: &Config) -> Tls {
    let option = cfg.get(Encryption);
    let auto =
        option.is_none_or(|f| !f.value.is_reference() && f.value.text.trim().ends_with("Auto"));
    if auto && cfg.effective_port() == Some(465) {
        let implicit = match cfg.get(Port) {
            Some(f) => Evidence::of(f),
            None => Evidence::absent("port 465 with SecureSocketOptions.Auto"),
        };
        return Tls::chosen(Security::Implicit, implicit);
    }
    // A word we do not know (a variable): unknown rather than a guess.
    if option.is_some_and(|f| !f.value.is_reference() && word(cfg.dialect, &f.value.text).is_none())
    {
        return Tls::default();
    }
    evaluate(cfg, cfg.dialect)
}

/// `Authenticate(new NetworkCredential(u, p))` is read from the
/// credential's arguments; the callback counts only when it accepts every
/// certificate.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn finish(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        cfg.fields.retain_mut(|f| match f.role {
            Username => !f
                .value
                .reference
                .as_deref()
                .is_some_and(|r| r.contains("NetworkCredential(") || r.contains("Sasl")),
            SkipVerify => {
                let all = dotnet::accepts_all(&f.value);
                if all {
                    f.value = dotnet::derived("true", &f.value);
                }
                all
            }
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    fn src(connect: &str) -> String {
        format!("using MailKit.Net.Smtp;\nusing MailKit.Security;\nvar message = new MimeMessage();\nmessage.From.Add(new MailboxAddress(\"Acme\", \"hello@acme-widgets.io\"));\nusing var client = new SmtpClient();\n{connect}\nclient.Authenticate(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\");\nclient.Send(message);\n")
    }

    #[test]
    fn connect_with_options() {
        let (c, s, ids) = linted(&src(
            "client.Connect(\"smtp.postmarkapp.com\", 587, SecureSocketOptions.StartTls);",
        ));
        assert_eq!(c, "mailkit");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, _) = linted(&src(
            "client.Connect(\"smtp.postmarkapp.com\", 587, SecureSocketOptions.None);",
        ));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn auto_and_use_ssl() {
        for connect in [
            "client.Connect(\"smtp.postmarkapp.com\", 465);",
            "client.Connect(\"smtp.postmarkapp.com\", 465, SecureSocketOptions.Auto);",
            "client.Connect(\"smtp.postmarkapp.com\", 465, true);",
            "await client.ConnectAsync(\"smtp.postmarkapp.com\", 465, SecureSocketOptions.SslOnConnect);",
        ] {
            let (_, s, ids) = linted(&src(connect));
            assert_eq!(s["security"], "implicit", "{connect}");
            assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
        }
        let (_, s, _) = linted(&src(
            "client.Connect(\"smtp.postmarkapp.com\", 587, false);",
        ));
        assert_eq!(s["security"], "starttls");
        // StartTls on 465 is not turned into implicit TLS.
        let (_, s, _) = linted(&src(
            "client.Connect(\"smtp.postmarkapp.com\", 465, SecureSocketOptions.StartTls);",
        ));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn credential_object_and_callback() {
        let text = src("client.ServerCertificateValidationCallback = (s, c, h, e) => true;\nclient.Connect(\"smtp.postmarkapp.com\", 587, SecureSocketOptions.StartTls);")
            .replace(
                "client.Authenticate(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", ",
                "client.Authenticate(new NetworkCredential(\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", ",
            )
            .replace("\");\nclient.Send", "\"));\nclient.Send");
        let (_, s, ids) = linted(&text);
        assert_eq!(s["password_present"], true);
        assert!(
            s["username"]
                .as_str()
                .is_some_and(|u| u.starts_with("5b1f")),
            "{s}"
        );
        assert!(ids.iter().any(|i| i == "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn system_net_mail_stays_dotnet() {
        let (c, _, _) = linted("var client = new SmtpClient(\"smtp.postmarkapp.com\", 587);\nclient.EnableSsl = true;\n");
        assert_eq!(c, "dotnet");
    }
}
