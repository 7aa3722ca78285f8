//! Umbraco CMS (9 and later, ASP.NET Core): the `Umbraco:CMS:Global:Smtp`
//! section of `appsettings.json`, and the same settings as environment
//! variables (`Umbraco__CMS__Global__Smtp__Host`; ASP.NET maps `__` onto
//! `:` and binds names case-insensitively, so `Cms` and `CMS` are one).
//!
//! Meaning (docs.umbraco.com "Global Settings" and "SMTP settings"; the
//! code: `SmtpSettings.cs`, `BasicSmtpEmailSenderClient.cs` and
//! `EmailSender.cs` in umbraco/Umbraco-CMS):
//!
//! * Sending is MailKit's: `ConnectAsync(Host, Port,
//!   (SecureSocketOptions)SecureSocketOptions)`. The setting is Umbraco's
//!   copy of MailKit's enum: `None` (no TLS, STARTTLS never sent),
//!   `Auto` (the default: TLS from the first byte on port 465, else
//!   STARTTLS when offered), `SslOnConnect` (TLS from the first byte),
//!   `StartTls` (STARTTLS required), `StartTlsWhenAvailable` (STARTTLS when
//!   offered). The binder takes the names in any case (`StartTLS`); any
//!   other word (`true`, `SSL`) stops the site at start-up, read here as
//!   unknown. (Enum numbers also bind; they are left unknown too.)
//! * `Port` is an `int` defaulting to 0, which MailKit turns into 25 (465
//!   with `SslOnConnect`).
//! * It logs in only when both `Username` and `Password` are non-blank.
//! * `From` is the sender and is required (validated at start-up);
//!   `FromName` is not read by Umbraco itself (some packages read it).
//! * Mail goes out by SMTP only when `Host` is set; with
//!   `PickupDirectoryLocation` set (and a `From`) messages are written to
//!   that folder instead. `DeliveryMethod` only chooses between MailKit's
//!   `Send` and `SendAsync` in current releases (in Umbraco 9 it selected
//!   the pickup folder); both read as nothing to check.

use crate::extract::profile::tls::word;
use crate::extract::profile::{
    fix, fix_text, k, mark, set_if, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, SetVal,
    TlsModel, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Role::*, Tls};

use super::mailkit;

const KEYS: &[Key] = &[
    k(
        "Umbraco.CMS.Global.Smtp.Host|Umbraco__CMS__Global__Smtp__Host",
        Host,
    ),
    k(
        "Umbraco.CMS.Global.Smtp.Port|Umbraco__CMS__Global__Smtp__Port",
        Port,
    ),
    k(
        "Umbraco.CMS.Global.Smtp.SecureSocketOptions|Umbraco__CMS__Global__Smtp__SecureSocketOptions",
        Encryption,
    ),
    k(
        "Umbraco.CMS.Global.Smtp.Username|Umbraco__CMS__Global__Smtp__Username",
        Username,
    ),
    k(
        "Umbraco.CMS.Global.Smtp.Password|Umbraco__CMS__Global__Smtp__Password",
        Password,
    ),
    k(
        "Umbraco.CMS.Global.Smtp.From|Umbraco__CMS__Global__Smtp__From",
        From,
    ),
];

const MARKERS: &[Marker] = &[
    mark("Umbraco.CMS.Global.Smtp.*"),
    mark("Umbraco__CMS__Global__Smtp__*"),
];

const OTHER_KEYS: Words = words![
    "Umbraco.CMS.Global.Smtp.FromName",
    "Umbraco.CMS.Global.Smtp.DeliveryMethod",
    "Umbraco.CMS.Global.Smtp.PickupDirectoryLocation",
    "Umbraco__CMS__Global__Smtp__FromName",
    "Umbraco__CMS__Global__Smtp__DeliveryMethod",
    "Umbraco__CMS__Global__Smtp__PickupDirectoryLocation",
];

/// Umbraco's copy of MailKit's `SecureSocketOptions` (names only: the
/// `useSsl` booleans MailKit's own table knows do not bind to the enum).
const TLS: TlsModel = TlsModel {
    words: &[
        ("None", Sec::Plain),
        ("Auto", Sec::Auto),
        ("SslOnConnect", Sec::Implicit),
        ("StartTls", Sec::StartTls),
        ("StartTlsWhenAvailable", Sec::Auto),
    ],
    ..TlsModel::OPPORTUNISTIC
};

/// MailKit's reading (`Auto` on 465 is implicit TLS), after refusing the
/// words the enum binder does not take.
fn tls(cfg: &Config) -> Tls {
    if cfg
        .get(Encryption)
        .is_some_and(|f| !f.value.is_reference() && word(cfg.dialect, &f.value.text).is_none())
    {
        return Tls::default();
    }
    mailkit::tls(cfg)
}

const JSON_FIXES: &[Fix] = &[
    fix(W::Port, &[set_if(Port, "Port", SetVal::Port)]),
    fix(W::Host, &[set_if(Host, "Host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set_if(
            Encryption,
            "SecureSocketOptions",
            SetVal::Word("StartTls"),
        )],
        "\"SecureSocketOptions\": \"StartTls\" in Umbraco:CMS:Global:Smtp",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"Username\" and \"Password\" in Umbraco:CMS:Global:Smtp",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Umbraco release (MailKit, TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "\"Username\": \"{value}\""),
    fix_text(W::Password, &[], "\"Password\": \"{value}\""),
    fix_text(W::From, &[], "\"From\": \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Umbraco has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix(
        W::Port,
        &[set_if(
            Port,
            "Umbraco__CMS__Global__Smtp__Port",
            SetVal::Port,
        )],
    ),
    fix(
        W::Host,
        &[set_if(
            Host,
            "Umbraco__CMS__Global__Smtp__Host",
            SetVal::Given,
        )],
    ),
    fix_text(
        W::StartTls,
        &[set_if(
            Encryption,
            "Umbraco__CMS__Global__Smtp__SecureSocketOptions",
            SetVal::Word("StartTls"),
        )],
        "Umbraco__CMS__Global__Smtp__SecureSocketOptions=StartTls",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "Umbraco__CMS__Global__Smtp__Username and Umbraco__CMS__Global__Smtp__Password",
    ),
    fix_text(
        W::TlsModern,
        &[],
        "a current Umbraco release (MailKit, TLS 1.2+)",
    ),
    fix_text(
        W::Username,
        &[],
        "Umbraco__CMS__Global__Smtp__Username={value}",
    ),
    fix_text(
        W::Password,
        &[],
        "Umbraco__CMS__Global__Smtp__Password={value}",
    ),
    fix_text(W::From, &[], "Umbraco__CMS__Global__Smtp__From={value}"),
    fix_text(
        W::Stream,
        &[],
        "Umbraco has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.umbraco.com/umbraco-cms/reference/configuration/globalsettings https://github.com/umbraco/Umbraco-CMS/blob/HEAD/src/Umbraco.Core/Configuration/Models/SmtpSettings.cs https://github.com/umbraco/Umbraco-CMS/blob/HEAD/src/Umbraco.Infrastructure/Mail/BasicSmtpEmailSenderClient.cs";

pub static UMBRACO_JSON: Profile = Profile {
    id: "umbraco",
    name: "Umbraco appsettings.json Umbraco:CMS:Global:Smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::JSON | syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    fixes: JSON_FIXES,
    sender_hint: "\"From\" in Umbraco:CMS:Global:Smtp (required by Umbraco)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

pub static UMBRACO_ENV: Profile = Profile {
    id: "umbraco-env",
    name: "Umbraco Umbraco__CMS__Global__Smtp__* environment",
    syntaxes: syn::ENV_LIKE & !(syn::JSON | syn::YAML),
    family: &["Umbraco__CMS__Global__Smtp__"],
    fixes: ENV_FIXES,
    sender_hint: "Umbraco__CMS__Global__Smtp__From (required by Umbraco)",
    ..UMBRACO_JSON
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    fn json(inner: &str) -> String {
        format!("{{\n  \"Umbraco\": {{\n    \"CMS\": {{\n      \"Global\": {{\n        \"Smtp\": {{\n          \"From\": \"noreply@acme-widgets.io\",\n          \"Host\": \"smtp.postmarkapp.com\",\n          \"Username\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\",\n          \"Password\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\"{inner}\n        }}\n      }}\n    }}\n  }}\n}}\n")
    }

    #[test]
    fn secure_socket_options_words() {
        let (client, s, ids) = first(&json(
            ",\n          \"Port\": 587,\n          \"SecureSocketOptions\": \"StartTLS\"",
        ));
        assert_eq!(client, "umbraco");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme-widgets.io");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = first(&json(
            ",\n          \"Port\": 587,\n          \"SecureSocketOptions\": \"None\"",
        ));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&json(
            ",\n          \"Port\": 587,\n          \"SecureSocketOptions\": \"SslOnConnect\"",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn auto_is_the_default_and_implicit_on_465() {
        let (_, s, ids) = first(&json(",\n          \"Port\": 465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        let (_, s, ids) = first(&json(",\n          \"Port\": 587"));
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        // No port: MailKit's 25 with STARTTLS when offered.
        let (_, s, ids) = first(&json(""));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn words_the_enum_does_not_take_are_unknown() {
        let (_, s, _) = first(&json(
            ",\n          \"Port\": 465,\n          \"SecureSocketOptions\": \"true\"",
        ));
        assert!(s["security"].is_null(), "{s}");
    }

    #[test]
    fn environment_variables() {
        let (client, s, ids) = first(
            "Umbraco__CMS__Global__Smtp__Host=smtp.postmarkapp.com\nUmbraco__CMS__Global__Smtp__Port=2525\nUmbraco__CMS__Global__Smtp__From=noreply@acme-widgets.io\nUmbraco__CMS__Global__Smtp__SecureSocketOptions=StartTlsWhenAvailable\nUmbraco__CMS__Global__Smtp__DeliveryMethod=Network\nUmbraco__CMS__Global__Smtp__Username=7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\nUmbraco__CMS__Global__Smtp__Password=7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\n",
        );
        assert_eq!(client, "umbraco-env");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn other_appsettings_keep_their_reading() {
        let (client, _, _) = first(
            "{\n  \"Smtp\": {\n    \"Host\": \"smtp.postmarkapp.com\",\n    \"Port\": 587,\n    \"EnableSsl\": true\n  },\n  \"AllowedHosts\": \"*\"\n}\n",
        );
        assert_ne!(client, "umbraco");
    }
}
