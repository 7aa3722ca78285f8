//! NLog's Mail target (`<target xsi:type="Mail" …>` in `NLog.config`, or
//! `"type": "Mail"` under `"NLog": { "targets": … }` in appsettings.json):
//! the settings are the target's attributes. Two packages ship a target
//! of that name, with the same attributes and one difference in meaning:
//! NLog's own (`System.Net.Mail.SmtpClient`) and NLog.MailKit (MailKit).
//!
//! Meaning (NLog wiki "Mail target",
//! <https://github.com/NLog/NLog/wiki/Mail-target>; the code: NLog's
//! `MailTarget.ConfigureMailClient`, NLog.MailKit's
//! `MailTarget.SendMailMessage`):
//!
//! * `smtpServer` is a host only; `smtpPort` defaults to 25.
//! * `smtpAuthentication` is `None` (the default: no login, whatever
//!   `smtpUserName`/`smtpPassword` say), `Basic` (log in with them),
//!   `Ntlm` or (MailKit) `OAuth2`.
//! * `enableSsl` (default false): in NLog's own target it is
//!   `SmtpClient.EnableSsl`, STARTTLS required (no implicit TLS is
//!   possible). In NLog.MailKit it is TLS from the first byte
//!   (`SecureSocketOptions.SslOnConnect`); without it MailKit uses
//!   `secureSocketOption` (default `StartTlsWhenAvailable`: STARTTLS when
//!   offered; `StartTls` requires it, `SslOnConnect` is implicit, `None`
//!   clear text). `skipCertificateValidation` turns verification off.
//!   The NLog.MailKit table needs its own evidence: the `NLog.MailKit`
//!   assembly, or an attribute only it has.
//! * `from` is the sender.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, shared, syn, weighs, words, Fix, Key, Marker, Profile, TlsModel,
    Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpServer", Host),
    k("smtpPort", Port),
    k("enableSsl", StartTls),
    k("smtpAuthentication", Auth),
    k("smtpUserName", Username),
    k("smtpPassword", Password),
    k("from", From),
];

const MAILKIT_KEYS: &[Key] = &[
    k("smtpServer", Host),
    k("smtpPort", Port),
    k("enableSsl", ImplicitTls),
    k("secureSocketOption", Encryption),
    k("skipCertificateValidation", SkipVerify),
    k("smtpAuthentication", Auth),
    k("smtpUserName", Username),
    k("smtpPassword", Password),
    k("from", From),
];

/// The target's type names it; its attribute names alone are other
/// apps' too (`smtpServer` in Helm values).
const MARKERS: &[Marker] = &[
    weighs(mark_value("xsi:type", "Mail"), 2),
    mark_value("NLog.targets.*.type", "Mail"),
    shared(mark("smtpServer")),
    shared(mark("smtpAuthentication")),
    shared(mark("smtpUserName")),
];

const MAILKIT_MARKERS: &[Marker] = &[
    weighs(mark_value("assembly", "NLog.MailKit"), 4),
    weighs(mark("secureSocketOption"), 4),
    weighs(mark("skipCertificateValidation"), 4),
    // NLog's own names count once NLog.MailKit is shown.
    shared(mark_value("xsi:type", "Mail")),
    shared(mark_value("NLog.targets.*.type", "Mail")),
    shared(mark("smtpServer")),
    shared(mark("smtpAuthentication")),
    shared(mark("smtpUserName")),
];

const OTHER_KEYS: Words = words![
    "name",
    "xsi:type",
    "type",
    "to",
    "cc",
    "bcc",
    "subject",
    "body",
    "html",
    "layout",
    "addNewLines",
    "encoding",
    "header",
    "footer",
    "priority",
    "timeout",
    "deliveryMethod",
    "pickupDirectoryLocation",
    "useSystemNetMailSettings",
    "replaceNewlineWithBrTagInHtml",
    "replyTo",
    "requireTLS",
];

/// `smtpAuthentication`: only `Basic` logs in with the user name and password.
const TRUE_WORDS: Words = words!["true", "basic"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpPort=\"{port}\""),
    fix_text(W::Host, &[], "smtpServer=\"{value}\""),
    fix_text(W::StartTls, &[], "enableSsl=\"true\" with smtpPort=\"587\""),
    fix_text(W::AuthOn, &[], "smtpAuthentication=\"Basic\""),
    fix_text(W::Username, &[], "smtpUserName=\"{value}\""),
    fix_text(W::Password, &[], "smtpPassword=\"{value}\""),
    fix_text(W::From, &[], "from=\"{value}\""),
];

const MAILKIT_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtpPort=\"{port}\""),
    fix_text(W::Host, &[], "smtpServer=\"{value}\""),
    fix_text(
        W::StartTls,
        &[],
        "secureSocketOption=\"StartTls\" and no enableSsl=\"true\" (NLog.MailKit's enableSsl is TLS from the first byte)",
    ),
    fix_text(W::VerifyOn, &[], "skipCertificateValidation=\"false\""),
    fix_text(W::AuthOn, &[], "smtpAuthentication=\"Basic\""),
    fix_text(W::Username, &[], "smtpUserName=\"{value}\""),
    fix_text(W::Password, &[], "smtpPassword=\"{value}\""),
    fix_text(W::From, &[], "from=\"{value}\""),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://github.com/NLog/NLog/wiki/Mail-target https://github.com/NLog/NLog/blob/dev/src/NLog/Targets/MailTarget.cs https://github.com/NLog/NLog.MailKit/blob/master/src/NLog.MailKit/MailTarget.cs";

pub static NLOG_MAILKIT: Profile = Profile {
    id: "nlog-mailkit",
    name: "NLog.MailKit Mail target",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::XML | syn::JSON,
    keys: MAILKIT_KEYS,
    markers: MAILKIT_MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    truth: Truth::Only(TRUE_WORDS),
    // MailKit's `SecureSocketOptions` words; `enableSsl` is TLS on connect.
    tls: super::mailkit::TLS,
    port: Some(25),
    implicit_port: Some(25),
    auth_switch: Some("smtpAuthentication=\"Basic\""),
    fixes: MAILKIT_FIXES,
    sender_hint: "from=\"…\" on the Mail target",
    ..BASE
};

pub static NLOG: Profile = Profile {
    id: "nlog-mail",
    name: "NLog Mail target",
    keys: KEYS,
    markers: MARKERS,
    tls: TlsModel::SWITCHES_PLAIN,
    implicit_port: None,
    fixes: FIXES,
    ..NLOG_MAILKIT
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "5e9c2a7b-1d4f-4b8e-a3c6-9f0e2d7b4a15";

    fn nlog(ext: &str, attrs: &str) -> String {
        format!(
            "<nlog xmlns=\"http://www.nlog-project.org/schemas/NLog.xsd\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n{ext}  <targets>\n    <target xsi:type=\"Mail\" name=\"mail\" smtpServer=\"smtp.postmarkapp.com\" smtpPort=\"587\" {attrs}\n            smtpUserName=\"{TOKEN}\" smtpPassword=\"{TOKEN}\"\n            from=\"alerts@acme.io\" to=\"ops@acme.io\" subject=\"Error\" />\n  </targets>\n</nlog>\n"
        )
    }

    #[test]
    fn nlogs_own_target_enable_ssl_is_starttls() {
        let (client, s, ids) = first(&nlog("", "enableSsl=\"true\" smtpAuthentication=\"Basic\""));
        assert_eq!(client, "nlog-mail");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
        // No smtpAuthentication: no login.
        let (_, _, ids) = first(&nlog("", "enableSsl=\"true\""));
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn mailkit_enable_ssl_is_implicit() {
        let ext = "  <extensions>\n    <add assembly=\"NLog.MailKit\"/>\n  </extensions>\n";
        let (client, s, ids) = first(&nlog(
            ext,
            "enableSsl=\"true\" smtpAuthentication=\"Basic\"",
        ));
        assert_eq!(client, "nlog-mailkit");
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (client, s, ids) = first(&nlog(
            "",
            "secureSocketOption=\"StartTls\" smtpAuthentication=\"Basic\"",
        ));
        assert_eq!(client, "nlog-mailkit");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }
}
