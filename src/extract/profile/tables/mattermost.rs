//! Mattermost: `EmailSettings` of `config.json`, and the same settings as
//! `MM_EMAILSETTINGS_*` environment variables (Mattermost maps
//! `MM_<SECTION>_<KEY>` in upper case onto `config.json`).
//!
//! Meaning (docs.mattermost.com "Environment configuration settings",
//! SMTP email server; `model/config.go` `EmailSettings.SetDefaults`;
//! `shared/mail/mail.go`):
//!
//! * `ConnectionSecurity`: `""` (the default) is no TLS at all; `TLS` is
//!   TLS from the first byte (`tls.DialWithDialer`); `STARTTLS` upgrades
//!   with STARTTLS, and the error of `StartTLS` is not checked, so without
//!   the extension the session goes on in clear. Mattermost compares the
//!   exact words `TLS` and `STARTTLS`.
//! * `SMTPServer` and `SMTPPort` are empty-or-missing → `localhost` and
//!   `10025` (`SetDefaults`), the port of Mattermost's own test server.
//! * `EnableSMTPAuth` (default false) says whether to log in at all;
//!   `SMTPUsername` / `SMTPPassword` are read only then.
//! * `SkipServerCertificateVerification: true` switches certificate checks
//!   off. `FeedbackEmail` is the From (`FeedbackName` its name).
//! * `SendEmailNotifications` is not the mail switch: account mails
//!   (verification, password reset) go whatever it says. The old `UseTLS`
//!   is not read any more.
//! * Environment booleans are read with Go's `strconv.ParseBool`.

use crate::extract::profile::{
    fix, fix_text, k, mark, pairs, set, syn, words, Fix, Key, Profile, Sec, SetVal, TlsModel,
    Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const JSON_KEYS: &[Key] = &[
    k("EmailSettings.SMTPServer", Host),
    k("EmailSettings.SMTPPort", Port),
    k("EmailSettings.SMTPUsername", Username),
    k("EmailSettings.SMTPPassword", Password),
    k("EmailSettings.FeedbackEmail", From),
    k("EmailSettings.ConnectionSecurity", Encryption),
    k("EmailSettings.EnableSMTPAuth", Auth),
    k(
        "EmailSettings.SkipServerCertificateVerification",
        SkipVerify,
    ),
];

const ENV_KEYS: &[Key] = &[
    k("MM_EMAILSETTINGS_SMTPSERVER", Host),
    k("MM_EMAILSETTINGS_SMTPPORT", Port),
    k("MM_EMAILSETTINGS_SMTPUSERNAME", Username),
    k("MM_EMAILSETTINGS_SMTPPASSWORD", Password),
    k("MM_EMAILSETTINGS_FEEDBACKEMAIL", From),
    k("MM_EMAILSETTINGS_CONNECTIONSECURITY", Encryption),
    k("MM_EMAILSETTINGS_ENABLESMTPAUTH", Auth),
    k(
        "MM_EMAILSETTINGS_SKIPSERVERCERTIFICATEVERIFICATION",
        SkipVerify,
    ),
];

/// `EmailSettings` keys that carry nothing we check.
const JSON_OTHER: Words = words![
    "EnableSignUpWithEmail",
    "EnableSignInWithEmail",
    "EnableSignInWithUsername",
    "SendEmailNotifications",
    "UseChannelInEmailNotifications",
    "RequireEmailVerification",
    "FeedbackName",
    "FeedbackOrganization",
    "ReplyToAddress",
    "SMTPServerTimeout",
    "EnableSMTPAuth",
    "SendPushNotifications",
    "PushNotificationServer",
    "PushNotificationContents",
    "PushNotificationBuffer",
    "EnableEmailBatching",
    "EmailBatchingBufferSize",
    "EmailBatchingInterval",
    "EnablePreviewModeBanner",
    "EmailNotificationContentsType",
    "LoginButtonColor",
    "LoginButtonBorderColor",
    "LoginButtonTextColor",
];

const ENV_OTHER: Words = words![
    "MM_EMAILSETTINGS_SENDEMAILNOTIFICATIONS",
    "MM_EMAILSETTINGS_REQUIREEMAILVERIFICATION",
    "MM_EMAILSETTINGS_FEEDBACKNAME",
    "MM_EMAILSETTINGS_FEEDBACKORGANIZATION",
    "MM_EMAILSETTINGS_REPLYTOADDRESS",
    "MM_EMAILSETTINGS_SMTPSERVERTIMEOUT",
    "MM_EMAILSETTINGS_ENABLESIGNUPWITHEMAIL",
    "MM_EMAILSETTINGS_SENDPUSHNOTIFICATIONS",
    "MM_EMAILSETTINGS_PUSHNOTIFICATIONSERVER",
    "MM_EMAILSETTINGS_ENABLEPREVIEWMODEBANNER",
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("TLS", Sec::Implicit),
        ("STARTTLS", Sec::StartTls),
        ("", Sec::Plain),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: crate::extract::profile::Both::Implicit,
    absent: "no ConnectionSecurity (Mattermost's default is none)",
};

const JSON_FIXES: &[Fix] = &[
    // SMTPPort is a string in config.json: a fix must keep the quotes.
    fix_text(W::Port, &[], "\"SMTPPort\": \"{port}\" in EmailSettings"),
    fix(W::Host, &[set(Host, "SMTPServer", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "ConnectionSecurity",
            SetVal::Word("STARTTLS"),
        )],
        "\"ConnectionSecurity\": \"STARTTLS\" in EmailSettings",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "\"SkipServerCertificateVerification\": false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"EnableSMTPAuth\": true with SMTPUsername and SMTPPassword",
    ),
    fix_text(W::TlsModern, &[], "a current Mattermost release"),
    fix_text(W::Username, &[], "\"SMTPUsername\": \"{value}\""),
    fix_text(W::Password, &[], "\"SMTPPassword\": \"{value}\""),
    fix_text(W::From, &[], "\"FeedbackEmail\": \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Mattermost has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "MM_EMAILSETTINGS_SMTPPORT", SetVal::Port)]),
    fix(
        W::Host,
        &[set(Host, "MM_EMAILSETTINGS_SMTPSERVER", SetVal::Given)],
    ),
    fix_text(
        W::StartTls,
        &[set(
            Encryption,
            "MM_EMAILSETTINGS_CONNECTIONSECURITY",
            SetVal::Word("STARTTLS"),
        )],
        "MM_EMAILSETTINGS_CONNECTIONSECURITY=STARTTLS",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "MM_EMAILSETTINGS_SKIPSERVERCERTIFICATEVERIFICATION=false",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "MM_EMAILSETTINGS_ENABLESMTPAUTH=true with MM_EMAILSETTINGS_SMTPUSERNAME and MM_EMAILSETTINGS_SMTPPASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current Mattermost release"),
    fix_text(W::Username, &[], "MM_EMAILSETTINGS_SMTPUSERNAME={value}"),
    fix_text(W::Password, &[], "MM_EMAILSETTINGS_SMTPPASSWORD={value}"),
    fix_text(W::From, &[], "MM_EMAILSETTINGS_FEEDBACKEMAIL={value}"),
    fix_text(
        W::Stream,
        &[],
        "Mattermost has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.mattermost.com/configure/environment-configuration-settings.html#smtp-email-server https://github.com/mattermost/mattermost/blob/master/server/public/shared/mail/mail.go";

pub static MATTERMOST_JSON: Profile = Profile {
    id: "mattermost",
    name: "Mattermost config.json EmailSettings",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::JSON | syn::YAML,
    keys: JSON_KEYS,
    markers: &[
        mark("EmailSettings.SMTPServer"),
        mark("EmailSettings.ConnectionSecurity"),
        mark("EmailSettings.FeedbackEmail"),
        mark("EmailSettings.EnableSMTPAuth"),
    ],
    needs_marker: true,
    other_keys: JSON_OTHER,
    leftovers: pairs![("UseTLS", "ConnectionSecurity")],
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    port: Some(10025),
    host: Some("localhost"),
    empty_host_default: true,
    auth_switch: Some("\"EnableSMTPAuth\": true"),
    fixes: JSON_FIXES,
    sender_hint: "\"FeedbackEmail\" in EmailSettings",
    ..BASE
};

pub static MATTERMOST_ENV: Profile = Profile {
    id: "mattermost-env",
    name: "Mattermost MM_EMAILSETTINGS_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["MM_EMAILSETTINGS_"],
    other_keys: ENV_OTHER,
    leftovers: pairs![(
        "MM_EMAILSETTINGS_USETLS",
        "MM_EMAILSETTINGS_CONNECTIONSECURITY",
    )],
    case_sensitive: true,
    truth: Truth::Go,
    tls: TLS,
    port: Some(10025),
    host: Some("localhost"),
    empty_host_default: true,
    auth_switch: Some("MM_EMAILSETTINGS_ENABLESMTPAUTH=true"),
    fixes: ENV_FIXES,
    sender_hint: "MM_EMAILSETTINGS_FEEDBACKEMAIL",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const JSON: &str = r#"{
  "EmailSettings": {
    "SendEmailNotifications": true,
    "FeedbackName": "Chat",
    "FeedbackEmail": "chat@acme.io",
    "EnableSMTPAuth": true,
    "SMTPUsername": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
    "SMTPPassword": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
    "SMTPServer": "smtp.postmarkapp.com",
    "SMTPPort": "587",
    "ConnectionSecurity": "STARTTLS"
  }
}"#;

    #[test]
    fn config_json_starttls() {
        let (client, s, ids) = first(JSON);
        assert_eq!(client, "mattermost");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "chat@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
    }

    /// Mattermost's `SetDefaults` puts `localhost` (port 10025) in place of
    /// an empty `SMTPServer`: with no login written (the preview image's
    /// config) that local server is meant, so no Postmark rule applies; with
    /// a token written, the empty host is a Postmark setup missing its host.
    #[test]
    fn an_empty_server_without_login_is_the_local_default() {
        let preview = JSON
            .replace("\"EnableSMTPAuth\": true", "\"EnableSMTPAuth\": false")
            .replace("5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "")
            .replace("smtp.postmarkapp.com", "")
            .replace("\"587\"", "\"\"")
            .replace("\"STARTTLS\"", "\"\"");
        let (_, _, ids) = first(&preview);
        assert!(ids.iter().any(|i| i == "host/other-provider"), "{ids:?}");
        for not in ["host/missing", "auth/disabled", "tls/disabled"] {
            assert!(!ids.iter().any(|i| i == not), "{not}: {ids:?}");
        }
        let with_token = JSON.replace("smtp.postmarkapp.com", "");
        let (_, _, ids) = first(&with_token);
        assert!(ids.iter().any(|i| i == "host/missing"), "{ids:?}");
    }

    #[test]
    fn empty_security_is_clear_text_and_tls_is_implicit() {
        let (_, s, ids) = first(&JSON.replace("\"STARTTLS\"", "\"\""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&JSON.replace("\"STARTTLS\"", "\"TLS\""));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn auth_off_and_env() {
        let (_, _, ids) =
            first(&JSON.replace("\"EnableSMTPAuth\": true", "\"EnableSMTPAuth\": false"));
        assert!(ids.iter().any(|i| i == "auth/disabled"), "{ids:?}");
        let (client, s, ids) = first(
            "MM_EMAILSETTINGS_SMTPSERVER=smtp.postmarkapp.com\nMM_EMAILSETTINGS_SMTPPORT=587\nMM_EMAILSETTINGS_CONNECTIONSECURITY=STARTTLS\nMM_EMAILSETTINGS_SMTPUSERNAME=u\nMM_EMAILSETTINGS_SMTPPASSWORD=u\n",
        );
        assert_eq!(client, "mattermost-env");
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }

    #[test]
    fn old_use_tls_is_not_read() {
        let (_, s, ids) = first(
            "MM_EMAILSETTINGS_SMTPSERVER=smtp.postmarkapp.com\nMM_EMAILSETTINGS_SMTPPORT=587\nMM_EMAILSETTINGS_USETLS=true\n",
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "input/unknown-key"), "{ids:?}");
    }
}
