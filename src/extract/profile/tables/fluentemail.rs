//! FluentEmail (.NET, lukencode/FluentEmail): the SMTP sender
//! (`services.AddFluentEmail(from).AddSmtpSender(host, port)` or
//! `.AddSmtpSender(host, port, user, pass)`, package FluentEmail.Smtp) and
//! the MailKit sender (`.AddMailKitSender(new SmtpClientOptions { Server,
//! Port, User, Password, UseSsl, RequiresAuthentication, SocketOptions })`,
//! package FluentEmail.MailKit).
//!
//! Meaning (the README and `src/Senders/FluentEmail.Smtp/
//! FluentEmailSmtpBuilderExtensions.cs`, `src/Senders/FluentEmail.MailKit/
//! SmtpClientOptions.cs` and `MailKitSender.cs`):
//!
//! * `AddSmtpSender(host, port)` builds `new SmtpClient(host, port)`
//!   (System.Net.Mail) with nothing else: `EnableSsl` false, so the session
//!   and any login stay in clear, and no credentials. `AddSmtpSender(host,
//!   port, username, password)` sets `EnableSsl = true` (STARTTLS; System.Net
//!   .Mail never does TLS from the first byte) and the credentials. An
//!   `AddSmtpSender(new SmtpClient(…) { … })` is System.Net.Mail's own
//!   reading (the `dotnet` table).
//! * `SmtpClientOptions`: `Port` defaults to 25, `UseSsl` to false,
//!   `RequiresAuthentication` to false: `User`/`Password` are used only
//!   when it is true. Without `SocketOptions` the sender calls MailKit's
//!   `Connect(server, port, UseSsl)`: `true` is TLS from the first byte,
//!   `false` STARTTLS when offered (on any port). `SocketOptions` replaces
//!   `UseSsl` and means what it means in MailKit (see [`super::mailkit`]).
//! * `UsePickupDirectory = true` writes each mail as a file into
//!   `MailPickupDirectory` and sends nothing.
//! * The default sender is `AddFluentEmail(defaultFromEmail, name)`.

use crate::extract::profile::tls::evaluate;
use crate::extract::profile::{
    k, mark, mark_value, syn, words, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

use super::mailkit;

const SMTP_KEYS: &[Key] = &[
    k("AddSmtpSender(#0)", Host),
    k("AddSmtpSender(#1)", Port),
    k("AddSmtpSender(#2)", Username),
    k("AddSmtpSender(#3)", Password),
    k("AddFluentEmail(#0)", From),
];

const SMTP_MARKERS: &[Marker] = &[mark("AddSmtpSender()")];

pub static FLUENTEMAIL: Profile = Profile {
    id: "fluentemail",
    name: "FluentEmail SMTP sender (AddSmtpSender)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/lukencode/FluentEmail#configure-fluentemail-in-aspnet-core https://github.com/lukencode/FluentEmail/blob/master/src/Senders/FluentEmail.Smtp/FluentEmailSmtpBuilderExtensions.cs",
    syntaxes: syn::CSHARP,
    keys: SMTP_KEYS,
    markers: SMTP_MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TlsModel::SWITCHES_PLAIN,
    sender_hint: "the first argument of `AddFluentEmail(\"you@yourdomain.com\")` (or `.SetFrom(…)` on each email)",
    hooks: Hooks {
        tls: Some(smtp_tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// The four-argument overload turns `EnableSsl` on; the two-argument one
/// leaves it off.
fn smtp_tls(cfg: &Config) -> Tls {
    if let Some(user) = cfg.get(Username) {
        return Tls::chosen(Security::StartTls, Evidence::of(user));
    }
    Tls {
        disabled: Some(Evidence::absent(
            "AddSmtpSender(host, port) without username and password (its SmtpClient has EnableSsl = false)",
        )),
        mode: Some(Security::None),
        ..Tls::default()
    }
}

const MAILKIT_KEYS: &[Key] = &[
    k("Server", Host),
    k("Port", Port),
    k("User", Username),
    k("Password", Password),
    k("UseSsl", ImplicitTls),
    k("SocketOptions", Encryption),
    k("RequiresAuthentication", Auth),
    // `UsePickupDirectory = true` writes the mail to a folder instead.
    k("UsePickupDirectory", Transport),
    k("AddFluentEmail(#0)", From),
];

const PICKUP: Switch = Switch {
    smtp: words!["false"],
    no_mail: words!["true"],
    local: words![],
    missing: None,
    off: None,
    name: "UsePickupDirectory",
};

const MAILKIT_MARKERS: &[Marker] = &[
    mark("AddMailKitSender()"),
    mark("MailKitSender()"),
    mark_value("*", "new SmtpClientOptions"),
];

pub static FLUENTEMAIL_MAILKIT: Profile = Profile {
    id: "fluentemail-mailkit",
    name: "FluentEmail MailKit sender (SmtpClientOptions)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/lukencode/FluentEmail/blob/master/src/Senders/FluentEmail.MailKit/SmtpClientOptions.cs https://github.com/lukencode/FluentEmail/blob/master/src/Senders/FluentEmail.MailKit/MailKitSender.cs",
    syntaxes: syn::CSHARP,
    keys: MAILKIT_KEYS,
    markers: MAILKIT_MARKERS,
    needs_marker: true,
    case_sensitive: true,
    tls: TlsModel {
        default: Sec::Auto,
        ..mailkit::TLS
    },
    port: Some(25),
    auth_switch: Some("RequiresAuthentication = true"),
    switch: Some(PICKUP),
    constants: words![
        "None",
        "Auto",
        "SslOnConnect",
        "StartTls",
        "StartTlsWhenAvailable",
    ],
    sender_hint: "the first argument of `AddFluentEmail(\"you@yourdomain.com\")` (or `.SetFrom(…)` on each email)",
    hooks: Hooks {
        tls: Some(mailkit_tls),
        ..Hooks::NONE
    },
    ..BASE
};

/// `SocketOptions` replaces `UseSsl`; without it, `UseSsl` picks TLS from
/// the first byte or STARTTLS when offered.
fn mailkit_tls(cfg: &Config) -> Tls {
    if cfg.get(Encryption).is_some() {
        let mut only = cfg.clone();
        only.fields.retain(|f| f.role != ImplicitTls);
        return mailkit::tls(&only);
    }
    evaluate(cfg, cfg.dialect)
}

#[cfg(test)]
mod tests {
    use super::super::linted;

    const TOKEN: &str = "5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58";

    #[test]
    fn smtp_sender_overloads() {
        let (c, s, ids) = linted(&format!("var builder = WebApplication.CreateBuilder(args);\nbuilder.Services\n    .AddFluentEmail(\"hello@acme-widgets.io\")\n    .AddSmtpSender(\"smtp.postmarkapp.com\", 587, \"{TOKEN}\", \"{TOKEN}\");\n"));
        assert_eq!(c, "fluentemail");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = linted("services.AddFluentEmail(\"hello@acme-widgets.io\").AddSmtpSender(\"smtp.postmarkapp.com\", 587);\n");
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    fn options(body: &str) -> String {
        format!("services.AddFluentEmail(\"hello@acme-widgets.io\").AddMailKitSender(new SmtpClientOptions\n{{\n    Server = \"smtp.postmarkapp.com\",\n    User = \"{TOKEN}\",\n    Password = \"{TOKEN}\",\n{body}\n}});\n")
    }

    #[test]
    fn mailkit_options() {
        let (c, s, ids) = linted(&options(
            "    Port = 587,\n    RequiresAuthentication = true",
        ));
        assert_eq!(c, "fluentemail-mailkit");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        // Without RequiresAuthentication the credentials are not used.
        let (_, _, ids) = linted(&options("    Port = 587"));
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
        // UseSsl on 587: TLS from the first byte.
        let (_, s, _) = linted(&options(
            "    Port = 587,\n    UseSsl = true,\n    RequiresAuthentication = true",
        ));
        assert_eq!(s["security"], "implicit");
        // SocketOptions wins over UseSsl.
        let (_, s, _) = linted(&options("    Port = 587,\n    UseSsl = true,\n    RequiresAuthentication = true,\n    SocketOptions = SecureSocketOptions.StartTls"));
        assert_eq!(s["security"], "starttls");
        let (_, _, ids) = linted(&options("    Port = 587,\n    UsePickupDirectory = true"));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
        // No port: 25.
        let (_, _, ids) = linted(&options("    RequiresAuthentication = true"));
        assert!(ids.iter().any(|i| i == "port/missing"), "{ids:?}");
    }
}
