//! OTRS / Znuny / OTOBO: the `SendmailModule` settings of
//! `Kernel/Config.pm` (`$Self->{'SendmailModule::Host'} = '…';`, Perl;
//! the same lines in `Kernel/Config/Files/ZZZAuto.pm` when saved from the
//! SysConfig UI).
//!
//! Meaning (Znuny's `Kernel/System/Email/SMTP.pm`, `SMTPS.pm`,
//! `SMTPTLS.pm`, `Sendmail.pm`, `DoNotSendEmail.pm`; the admin manual's
//! "Core::Email" SysConfig group):
//!
//! * `SendmailModule` picks the backend: `Kernel::System::Email::Sendmail`
//!   (the default: the local sendmail binary, the SMTP settings unused),
//!   `…::SMTP` (Net::SMTP in clear text, no STARTTLS, port 25),
//!   `…::SMTPS` (TLS from the first byte, port 465), `…::SMTPTLS`
//!   (STARTTLS right after the greeting, port 587; OTRS 6 and Znuny 6.x
//!   send it without checking the server's certificate), or
//!   `…::DoNotSendEmail` / `…::Test` (no mail leaves) and `…::MSGraph`
//!   (Microsoft Graph API, Znuny 7).
//! * `SendmailModule::Host` (required: the SMTP backends die without it),
//!   `SendmailModule::Port` (empty: the backend's port above).
//! * `SendmailModule::AuthUser` / `SendmailModule::AuthPassword`: a login
//!   only when both are set (`SendmailModule::AuthenticationType`
//!   `password`, the default; `oauth2_token` uses a token instead).
//! * The From of notifications is `NotificationSenderEmail` (default
//!   `otrs@<FQDN>`); ticket mail goes out from each queue's system address.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, Switch, WriteKind as W,
    BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k("SendmailModule", Transport),
    k("SendmailModule::Host", Host),
    k("SendmailModule::Port", Port),
    k("SendmailModule::AuthUser", Username),
    k("SendmailModule::AuthPassword", Password),
    k("NotificationSenderEmail", From),
];

/// The backend's class name, by its last part (`SMTPTLS` of
/// `Kernel::System::Email::SMTPTLS`).
fn backend(cfg: &Config) -> Option<&str> {
    let text = cfg.literal(Transport)?.trim();
    Some(text.rsplit("::").next().unwrap_or(text))
}

/// TLS is the backend's: SMTPS implicit, SMTPTLS STARTTLS, SMTP clear.
fn tls_of(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let Some(f) = cfg.get(Transport) else {
        return tls;
    };
    match backend(cfg) {
        Some("SMTPS") => {
            tls.choose(Security::Implicit, Evidence::of(f));
        }
        Some("SMTPTLS") => {
            tls.choose(Security::StartTls, Evidence::of(f));
        }
        Some("SMTP") => {
            tls.choose(Security::None, Evidence::of(f));
        }
        _ => {}
    }
    tls
}

/// The backend's own port.
fn default_port(cfg: &Config) -> Option<u16> {
    match backend(cfg) {
        Some("SMTPS") => Some(465),
        Some("SMTPTLS") => Some(587),
        _ => Some(25),
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "$Self->{'SendmailModule::Port'} = '{port}';"),
    fix_text(W::Host, &[], "$Self->{'SendmailModule::Host'} = '{value}';"),
    fix_text(
        W::StartTls,
        &[],
        "$Self->{'SendmailModule'} = 'Kernel::System::Email::SMTPTLS'; (with port 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a Znuny release whose SMTPTLS backend checks the certificate, or SMTPS on port 465",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "$Self->{'SendmailModule::AuthUser'} and $Self->{'SendmailModule::AuthPassword'} (a login is made only when both are set)",
    ),
    fix_text(W::TlsModern, &[], "a current Perl IO::Socket::SSL / Net::SMTP (TLS 1.2)"),
    fix_text(W::Username, &[], "$Self->{'SendmailModule::AuthUser'} = '{value}';"),
    fix_text(
        W::Password,
        &[],
        "$Self->{'SendmailModule::AuthPassword'} = '{value}';",
    ),
    fix_text(W::From, &[], "$Self->{'NotificationSenderEmail'} = '{value}'; (and the queues' system addresses)"),
    fix_text(
        W::Stream,
        &[],
        "OTRS/Znuny has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MARKERS: &[Marker] = &[
    mark("SendmailModule"),
    mark("SendmailModule::Host"),
    mark("SendmailModule::Port"),
    mark("SendmailModule::AuthUser"),
    mark("SendmailModule::AuthPassword"),
];

pub static ZNUNY: Profile = Profile {
    id: "znuny",
    name: "OTRS / Znuny Kernel/Config.pm SendmailModule",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://doc.znuny.org/manual/admin/7.0/en/content/administration-area/system-administration/system-configuration.html https://github.com/znuny/Znuny/blob/dev/Kernel/System/Email/SMTP.pm https://github.com/znuny/Znuny/blob/dev/Kernel/System/Email/SMTPTLS.pm https://github.com/znuny/Znuny/blob/dev/Kernel/System/Email/SMTPS.pm",
    syntaxes: syn::ANY,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["SendmailModule"],
    other_keys: words![
        "SendmailModule::AuthenticationType",
        "SendmailModule::OAuth2TokenConfigName",
        "SendmailModule::CMD",
        "SendmailNotificationEnvelopeFrom",
        "SendmailEnvelopeFrom",
        "SendmailBcc",
        "NotificationSenderName",
        "AdminEmail",
        "FQDN",
    ],
    leftovers: pairs![
        ("SendmailModule::User", "SendmailModule::AuthUser"),
        ("SendmailModule::Password", "SendmailModule::AuthPassword"),
        ("SendmailModule::Server", "SendmailModule::Host"),
    ],
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["SMTP", "SMTPS", "SMTPTLS"],
        no_mail: words!["DoNotSendEmail", "Test"],
        local: words!["Sendmail", "MultiSendmail"],
        missing: Some("the local sendmail binary (SendmailModule defaults to Kernel::System::Email::Sendmail)"),
        off: None,
        name: "SendmailModule",
    }),
    auth_switch: None,
    fixes: FIXES,
    sender_hint: "NotificationSenderEmail (default otrs@<FQDN>) and each queue's system address",
    hooks: Hooks {
        tls: Some(tls_of),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const PM: &str = "package Kernel::Config;\n\nuse strict;\nuse warnings;\nuse utf8;\n\nsub Load {\n    my $Self = shift;\n\n    $Self->{'DatabaseHost'} = 'localhost';\n    $Self->{'SendmailModule'} = 'Kernel::System::Email::SMTPTLS';\n    $Self->{'SendmailModule::Host'} = 'smtp.postmarkapp.com';\n    $Self->{'SendmailModule::Port'} = '587';\n    $Self->{'SendmailModule::AuthUser'} = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    $Self->{'SendmailModule::AuthPassword'} = '5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c';\n    $Self->{'NotificationSenderEmail'} = 'helpdesk@acme.io';\n\n    return 1;\n}\n1;\n";

    #[test]
    fn config_pm_smtptls() {
        let (client, s, ids) = first(PM);
        assert_eq!(client, "znuny");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "helpdesk@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_backend_is_the_tls() {
        let (_, s, ids) = first(&PM.replace("Email::SMTPTLS", "Email::SMTPS"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, ids) = first(&PM.replace("Email::SMTPTLS", "Email::SMTP"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // No port: SMTPTLS dials 587.
        let (_, _, ids) = first(&PM.replace("    $Self->{'SendmailModule::Port'} = '587';\n", ""));
        assert!(!has(&ids, "port/25-blocked"), "{ids:?}");
    }

    #[test]
    fn sendmail_is_the_default() {
        let (_, _, ids) = first(&PM.replace("Email::SMTPTLS", "Email::Sendmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&PM.replace(
            "    $Self->{'SendmailModule'} = 'Kernel::System::Email::SMTPTLS';\n",
            "",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        let (_, _, ids) = first(&PM.replace("Email::SMTPTLS", "Email::DoNotSendEmail"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
