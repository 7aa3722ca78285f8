//! Serilog.Sinks.Email configured from `appsettings.json`
//! (Serilog.Settings.Configuration): a `"WriteTo"` entry named `"Email"`
//! whose `"Args"` hold the sink's settings, flat (`"mailServer"`,
//! `"fromEmail"`, `"networkCredential"`…) or in a `"connectionInfo"` object
//! (`"MailServer"`, `"FromEmail"`, `"NetworkCredentials"`, `"Port"`,
//! `"EnableSsl"`, `"SecureSocketOptions"`).
//!
//! Meaning (serilog-sinks-email README and `EmailConnectionInfo`;
//! the MailKit transport, `MailKitEmailTransport`, which every .NET Core /
//! .NET 5+ application gets):
//!
//! * `MailServer` is a host only; `Port` defaults to 25.
//! * `EnableSsl: true` connects with `useSsl: true`, which MailKit takes as
//!   `SecureSocketOptions.SslOnConnect`: TLS from the first byte. Without it
//!   MailKit uses STARTTLS when the server offers it
//!   (`StartTlsWhenAvailable`). `SecureSocketOptions` (when set) decides
//!   instead: `None`, `Auto`, `SslOnConnect`, `StartTls` (required),
//!   `StartTlsWhenAvailable`.
//! * `NetworkCredentials` `UserName`/`Password` log in; `FromEmail` is the
//!   From.
//!
//! Version 3 and later read `"from"`, `"to"`, `"host"`, `"port"` and
//! `"connectionSecurity"` (a `SecureSocketOptions`, default `Auto`: STARTTLS
//! when offered) from the Args; their credentials cannot be written in JSON.
//!
//! Left out: the .NET Framework build of 2.x, which uses `System.Net.Mail`
//! (there `EnableSsl` is STARTTLS), and `Auto` on port 465 (MailKit then
//! starts TLS on connect).

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, Fix, Key, Marker, Profile, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("Args.mailServer|connectionInfo.MailServer|Args.host", Host),
    k("Args.port|connectionInfo.Port", Port),
    k("Args.enableSsl|connectionInfo.EnableSsl", ImplicitTls),
    k(
        "Args.secureSocketOptions|connectionInfo.SecureSocketOptions|Args.connectionSecurity",
        Encryption,
    ),
    k(
        "networkCredential.userName|NetworkCredentials.UserName|networkCredentials.userName",
        Username,
    ),
    k(
        "networkCredential.password|NetworkCredentials.Password|networkCredentials.password",
        Password,
    ),
    k("Args.fromEmail|connectionInfo.FromEmail|Args.from", From),
];

const MARKERS: &[Marker] = &[
    weighs(mark_value("WriteTo.*.Name", "Email"), 3),
    mark("Args.fromEmail|connectionInfo.FromEmail"),
    mark("Args.toEmail|connectionInfo.ToEmail"),
];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"Port\": {port}"),
    fix_text(W::Host, &[], "\"MailServer\": \"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "\"EnableSsl\": false with \"SecureSocketOptions\": \"StartTls\" (EnableSsl is TLS from the first byte under MailKit)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"NetworkCredentials\": { \"UserName\": …, \"Password\": … }",
    ),
    fix_text(W::Username, &[], "\"UserName\": \"{value}\""),
    fix_text(W::Password, &[], "\"Password\": \"{value}\""),
    fix_text(W::From, &[], "\"FromEmail\": \"{value}\""),
];

pub static SERILOG_EMAIL: Profile = Profile {
    id: "serilog-email",
    name: "Serilog.Sinks.Email (appsettings.json)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/serilog/serilog-sinks-email https://github.com/serilog/serilog-sinks-email/blob/v2.4.0/src/Serilog.Sinks.Email/Sinks/Email/MailKitEmailTransport.cs",
    syntaxes: syn::JSON | syn::YAML | syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    // MailKit's `SecureSocketOptions` words; `enableSsl` is TLS on connect.
    tls: super::mailkit::TLS,
    port: Some(25),
    implicit_port: Some(25),
    fixes: FIXES,
    sender_hint: "\"FromEmail\" in the Email sink's Args",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "2f8c4a6e-0b1d-4c3e-9a5f-7d9b1e3c5a70";

    fn json(args: &str) -> String {
        format!(
            "{{\n  \"Serilog\": {{\n    \"WriteTo\": [\n      {{\n        \"Name\": \"Email\",\n        \"Args\": {{\n          \"connectionInfo\": {{\n            \"FromEmail\": \"alerts@acme.io\",\n            \"ToEmail\": \"ops@acme.io\",\n            \"MailServer\": \"smtp.postmarkapp.com\",\n{args}            \"NetworkCredentials\": {{ \"UserName\": \"{TOKEN}\", \"Password\": \"{TOKEN}\" }}\n          }}\n        }}\n      }}\n    ]\n  }}\n}}\n"
        )
    }

    #[test]
    fn enable_ssl_is_tls_on_connect() {
        let (client, s, ids) = first(&json(
            "            \"Port\": 587,\n            \"EnableSsl\": true,\n",
        ));
        assert_eq!(client, "serilog-email");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&json(
            "            \"Port\": 587,\n            \"EnableSsl\": false,\n",
        ));
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }
}
