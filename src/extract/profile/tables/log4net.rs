//! Apache log4net's `SmtpAppender` (`log4net.Appender.SmtpAppender`) in
//! `log4net.config` / `web.config` / `app.config`: an `<appender
//! type="log4net.Appender.SmtpAppender">` whose settings are child
//! elements written `<smtpHost value="…" />`.
//!
//! Meaning (log4net SDK reference `SmtpAppender`,
//! <https://logging.apache.org/log4net/release/sdk/html/T_log4net_Appender_SmtpAppender.htm>;
//! the code: `SmtpAppender.SendEmail`, which drives .NET's
//! `System.Net.Mail.SmtpClient`):
//!
//! * `smtpHost` is a host only; `port` defaults to 25.
//! * `EnableSsl` (default false) is `SmtpClient.EnableSsl`: STARTTLS,
//!   required (SmtpClient fails when the server does not offer it). .NET's
//!   SmtpClient cannot do TLS from the first byte, so there is no implicit
//!   TLS setting: on port 465 it waits for a greeting that never comes.
//! * `authentication` is `None` (the default: no login at all, whatever
//!   `username`/`password` say), `Basic` (log in with `username` and
//!   `password`) or `Ntlm` (the process's Windows credentials).
//! * `from` is the sender.

use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Key, Marker, Profile, TlsModel, Truth,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpHost", Host),
    k("port", Port),
    k("EnableSsl", StartTls),
    k("authentication", Auth),
    k("username", Username),
    k("password", Password),
    k("from", From),
];

const MARKERS: &[Marker] = &[
    weighs(mark_value("type", "log4net.Appender.SmtpAppender"), 4),
    mark("smtpHost.value"),
    mark("authentication.value"),
];

const OTHER_KEYS: Words = words![
    "name",
    "type",
    "to.value",
    "cc.value",
    "bcc.value",
    "subject.value",
    "bufferSize.value",
    "lossy.value",
    "evaluator.type",
    "evaluator.threshold.value",
    "layout.type",
    "layout.conversionPattern.value",
    "priority.value",
    "replyTo.value",
    "subjectEncoding.value",
    "bodyEncoding.value",
];

/// `authentication`: only `Basic` logs in with the username and password.
const TRUE_WORDS: Words = words!["true", "basic"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "<port value=\"{port}\" />"),
    fix_text(W::Host, &[], "<smtpHost value=\"{value}\" />"),
    fix_text(
        W::StartTls,
        &[],
        "<EnableSsl value=\"true\" /> with <port value=\"587\" /> (STARTTLS)",
    ),
    fix_text(W::AuthOn, &[], "<authentication value=\"Basic\" />"),
    fix_text(W::Username, &[], "<username value=\"{value}\" />"),
    fix_text(W::Password, &[], "<password value=\"{value}\" />"),
    fix_text(W::From, &[], "<from value=\"{value}\" />"),
];

pub static LOG4NET_SMTP: Profile = Profile {
    id: "log4net-smtp",
    name: "log4net SmtpAppender",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://logging.apache.org/log4net/release/sdk/html/T_log4net_Appender_SmtpAppender.htm https://github.com/apache/logging-log4net/blob/master/src/log4net/Appender/SmtpAppender.cs https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.enablessl",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    truth: Truth::Only(TRUE_WORDS),
    tls: TlsModel::SWITCHES_PLAIN,
    port: Some(25),
    auth_switch: Some("<authentication value=\"Basic\" />"),
    fixes: FIXES,
    sender_hint: "<from value=\"…\" /> in the SmtpAppender",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const TOKEN: &str = "3b8e1f2c-9a4d-4c7e-8f21-6d0b5a9c3e74";

    fn appender(extra: &str) -> String {
        format!(
            "<log4net>\n  <appender name=\"SmtpAppender\" type=\"log4net.Appender.SmtpAppender\">\n    <to value=\"ops@acme.io\" />\n    <from value=\"alerts@acme.io\" />\n    <subject value=\"Error\" />\n    <smtpHost value=\"smtp.postmarkapp.com\" />\n    <port value=\"587\" />\n{extra}    <username value=\"{TOKEN}\" />\n    <password value=\"{TOKEN}\" />\n    <bufferSize value=\"512\" />\n  </appender>\n</log4net>\n"
        )
    }

    #[test]
    fn enable_ssl_is_starttls_and_basic_logs_in() {
        let text =
            appender("    <EnableSsl value=\"true\" />\n    <authentication value=\"Basic\" />\n");
        let (client, s, ids) = first(&text);
        assert_eq!(client, "log4net-smtp");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "alerts@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn no_authentication_means_no_login() {
        let (_, s, ids) = first(&appender("    <EnableSsl value=\"true\" />\n"));
        assert_eq!(s["security"], "starttls");
        assert!(has(&ids, "auth/not-configured"), "{ids:?}");
        let (_, s, ids) = first(&appender(""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }
}
