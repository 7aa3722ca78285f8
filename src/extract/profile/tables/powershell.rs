//! PowerShell's `Send-MailMessage` (Microsoft.PowerShell.Utility):
//! `Send-MailMessage -From … -To … -SmtpServer smtp.x -Port 587 -UseSsl
//! -Credential $cred`, one command line (read by the shell reader's mail
//! tool commands, see `read/argv.rs`).
//!
//! Meaning (<https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage>):
//! the cmdlet sends through .NET's `System.Net.Mail.SmtpClient`, so its
//! TLS is that client's ([`super::dotnet`]): `-UseSsl` is STARTTLS, there
//! is no implicit TLS (on 465 it waits for a greeting that never comes),
//! and without `-UseSsl` the session, credentials included, stays in clear
//! text. `-Port` defaults to 25; `-SmtpServer` defaults to the
//! `$PSEmailServer` preference variable. It logs in with `-Credential` (a
//! PSCredential, usually a variable built with `New-Object PSCredential(…)`
//! or `Get-Credential`: a reference here). The parameter names are
//! case-insensitive.

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Hooks, Key, Marker, Profile, TlsModel, Truth,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("Send-MailMessage().SmtpServer|PSEmailServer", Host),
    k("Send-MailMessage().Port", Port),
    k("Send-MailMessage().UseSsl", StartTls),
    k("Send-MailMessage().Credential", Username),
    k("Send-MailMessage().From", From),
];

const MARKERS: &[Marker] = &[mark("Send-MailMessage().*")];

const TLS: TlsModel = TlsModel {
    absent: "no -UseSsl (Send-MailMessage then sends in clear text)",
    ..super::dotnet::NO_TLS
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "-Port {port}"),
    fix_text(W::StartTls, &[], "-UseSsl"),
    fix_text(W::Host, &[], "-SmtpServer {host}"),
    fix_text(W::From, &[], "-From {value}"),
    fix_text(
        W::Password,
        &[],
        "-Credential (New-Object PSCredential(token, (ConvertTo-SecureString token -AsPlainText -Force)))",
    ),
];

pub static POWERSHELL_SEND_MAILMESSAGE: Profile = Profile {
    id: "powershell-send-mailmessage",
    name: "PowerShell Send-MailMessage",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.enablessl",
    syntaxes: syn::WORDS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: false,
    // `-UseSsl` holds its own name (`-UseSsl:$false` is no switch word).
    truth: Truth::Except(words![]),
    tls: TLS,
    port: Some(25),
    fixes: FIXES,
    other_keys: words![
        "To",
        "Cc",
        "Bcc",
        "Subject",
        "Body",
        "BodyAsHtml",
        "Attachments",
        "Encoding",
        "Priority",
        "DeliveryNotificationOption",
        "ReplyTo"
    ],
    sender_hint: "-From you@yourdomain.com on the Send-MailMessage line",
    // The credential is a PSCredential variable, built on a line of its own.
    credentials_apart: true,
    hooks: Hooks {
        finish: Some(credential_holds_both),
        ..Hooks::NONE
    },
    ..BASE
};

/// `-Credential $cred` hands over the user name and the password at once:
/// the one reference stands for both (neither is missing; neither is
/// judged as text).
fn credential_holds_both(_: &Document, configs: &mut Vec<Config>) {
    for cfg in configs {
        if cfg.get(Password).is_some() {
            continue;
        }
        if let Some(user) = cfg.get(Username).cloned() {
            cfg.fields.push(crate::model::Field {
                role: Password,
                ..user
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const CRED: &str = "$cred = New-Object System.Management.Automation.PSCredential (\"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\", (ConvertTo-SecureString \"5b1f0c7e-93a2-4d6b-8e41-2f7c9a0d3e58\" -AsPlainText -Force))\n";

    #[test]
    fn use_ssl_is_starttls() {
        let src = format!("{CRED}Send-MailMessage -From \"hello@acme-widgets.io\" -To \"a@b.io\" -Subject \"Test\" -Body \"hi\" -SmtpServer \"smtp.postmarkapp.com\" -Port 587 -UseSsl -Credential $cred\n");
        let (client, s, ids) = linted(&src);
        assert_eq!(client, "powershell-send-mailmessage");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "hello@acme-widgets.io");
        // The credential variable stands for both; its value is not followed.
        assert_eq!(s["password_present"], true);
        assert_eq!(ids, ["input/unresolved-reference"]);
    }

    #[test]
    fn use_ssl_on_465_is_starttls_there_and_no_ssl_is_clear_text() {
        let src = format!("{CRED}Send-MailMessage -From \"hello@acme-widgets.io\" -To \"a@b.io\" -SmtpServer smtp.postmarkapp.com -Port 465 -UseSsl -Credential $cred\n");
        let (_, s, ids) = linted(&src);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.is_empty(), "{ids:?}");
        let (_, s, ids) = linted(&src.replace(" -UseSsl", "").replace("465", "587"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}
