//! Orchard Core: the default SMTP provider's configuration section
//! `OrchardCore_Email_Smtp` (at the top of `appsettings.json` or under
//! `OrchardCore`; the legacy `OrchardCore_Email` section is bound first;
//! the current docs name it `OrchardCore:Email:Smtp`), and the same keys
//! as environment variables (`OrchardCore__OrchardCore_Email_Smtp__Host`,
//! `OrchardCore__Email__Smtp__Host`). Recipe `SmtpSettings` steps are not
//! read here (their keys are any app's `SmtpSettings`). ASP.NET binds names and
//! enum words case-insensitively (`UserName`/`Username`, `SSLTLS`/`SslTls`).
//!
//! Meaning (docs.orchardcore.net "Email (OrchardCore.Email.Smtp)"; the
//! code: `SmtpOptions.cs`, `SmtpEncryptionMethod.cs` and the MailKit
//! provider `SmtpEmailProviderBase.cs` / `SmtpHealthCheck.cs`):
//!
//! * `AutoSelectEncryption = true` connects with MailKit's
//!   `SecureSocketOptions.Auto` (TLS from the first byte on 465, else
//!   STARTTLS when offered). Otherwise `EncryptionMethod` decides: `None`
//!   (clear text, STARTTLS never sent), `SslTls` (TLS from the first byte),
//!   `StartTls` (STARTTLS required). Both default to off/`None`: a section
//!   without either sends in clear.
//! * `Port` defaults to 25.
//! * It logs in only with `RequireCredentials = true` (default false), then
//!   with `UserName`/`Password` (or the process's default credentials with
//!   `UseDefaultCredentials = true`).
//! * `IgnoreInvalidSslCertificate = true` accepts any server certificate.
//! * `DefaultSender` is the From; without it the provider counts as not
//!   configured. `DeliveryMethod = SpecifiedPickupDirectory` writes
//!   messages to `PickupDirectoryLocation` instead of sending them (no
//!   SMTP at all).

use crate::extract::profile::tls::evaluate;
use crate::extract::profile::{
    fix_text, k, mark, syn, words, Both, Fix, Hooks, Key, Marker, Profile, Sec, Switch, TlsModel,
    Truth, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    k(
        "*OrchardCore_Email_Smtp.Host|OrchardCore__OrchardCore_Email_Smtp__Host|OrchardCore_Email_Smtp__Host|*OrchardCore_Email.Host|OrchardCore__OrchardCore_Email__Host|OrchardCore_Email__Host|OrchardCore.Email.Smtp.Host|OrchardCore__Email__Smtp__Host",
        Host,
    ),
    k(
        "*OrchardCore_Email_Smtp.Port|OrchardCore__OrchardCore_Email_Smtp__Port|OrchardCore_Email_Smtp__Port|*OrchardCore_Email.Port|OrchardCore__OrchardCore_Email__Port|OrchardCore_Email__Port|OrchardCore.Email.Smtp.Port|OrchardCore__Email__Smtp__Port",
        Port,
    ),
    k(
        "*OrchardCore_Email_Smtp.EncryptionMethod|OrchardCore__OrchardCore_Email_Smtp__EncryptionMethod|OrchardCore_Email_Smtp__EncryptionMethod|*OrchardCore_Email.EncryptionMethod|OrchardCore__OrchardCore_Email__EncryptionMethod|OrchardCore_Email__EncryptionMethod|OrchardCore.Email.Smtp.EncryptionMethod|OrchardCore__Email__Smtp__EncryptionMethod",
        Encryption,
    ),
    // The hook reads it first; `evaluate` never sees it.
    k(
        "*OrchardCore_Email_Smtp.AutoSelectEncryption|OrchardCore__OrchardCore_Email_Smtp__AutoSelectEncryption|OrchardCore_Email_Smtp__AutoSelectEncryption|*OrchardCore_Email.AutoSelectEncryption|OrchardCore__OrchardCore_Email__AutoSelectEncryption|OrchardCore_Email__AutoSelectEncryption|OrchardCore.Email.Smtp.AutoSelectEncryption|OrchardCore__Email__Smtp__AutoSelectEncryption",
        StartTls,
    ),
    k(
        "*OrchardCore_Email_Smtp.RequireCredentials|OrchardCore__OrchardCore_Email_Smtp__RequireCredentials|OrchardCore_Email_Smtp__RequireCredentials|*OrchardCore_Email.RequireCredentials|OrchardCore__OrchardCore_Email__RequireCredentials|OrchardCore_Email__RequireCredentials|OrchardCore.Email.Smtp.RequireCredentials|OrchardCore__Email__Smtp__RequireCredentials",
        Auth,
    ),
    k(
        "*OrchardCore_Email_Smtp.UserName|OrchardCore__OrchardCore_Email_Smtp__UserName|OrchardCore_Email_Smtp__UserName|*OrchardCore_Email.UserName|OrchardCore__OrchardCore_Email__UserName|OrchardCore_Email__UserName|OrchardCore.Email.Smtp.UserName|OrchardCore__Email__Smtp__UserName",
        Username,
    ),
    k(
        "*OrchardCore_Email_Smtp.Password|OrchardCore__OrchardCore_Email_Smtp__Password|OrchardCore_Email_Smtp__Password|*OrchardCore_Email.Password|OrchardCore__OrchardCore_Email__Password|OrchardCore_Email__Password|OrchardCore.Email.Smtp.Password|OrchardCore__Email__Smtp__Password",
        Password,
    ),
    k(
        "*OrchardCore_Email_Smtp.DefaultSender|OrchardCore__OrchardCore_Email_Smtp__DefaultSender|OrchardCore_Email_Smtp__DefaultSender|*OrchardCore_Email.DefaultSender|OrchardCore__OrchardCore_Email__DefaultSender|OrchardCore_Email__DefaultSender|OrchardCore.Email.Smtp.DefaultSender|OrchardCore__Email__Smtp__DefaultSender",
        From,
    ),
    k(
        "*OrchardCore_Email_Smtp.IgnoreInvalidSslCertificate|OrchardCore__OrchardCore_Email_Smtp__IgnoreInvalidSslCertificate|OrchardCore_Email_Smtp__IgnoreInvalidSslCertificate|*OrchardCore_Email.IgnoreInvalidSslCertificate|OrchardCore__OrchardCore_Email__IgnoreInvalidSslCertificate|OrchardCore_Email__IgnoreInvalidSslCertificate|OrchardCore.Email.Smtp.IgnoreInvalidSslCertificate|OrchardCore__Email__Smtp__IgnoreInvalidSslCertificate",
        SkipVerify,
    ),
    k(
        "*OrchardCore_Email_Smtp.DeliveryMethod|OrchardCore__OrchardCore_Email_Smtp__DeliveryMethod|OrchardCore_Email_Smtp__DeliveryMethod|*OrchardCore_Email.DeliveryMethod|OrchardCore__OrchardCore_Email__DeliveryMethod|OrchardCore_Email__DeliveryMethod|OrchardCore.Email.Smtp.DeliveryMethod|OrchardCore__Email__Smtp__DeliveryMethod",
        Transport,
    ),
];

const MARKERS: &[Marker] = &[
    mark("OrchardCore_Email_Smtp.*"),
    mark("OrchardCore__OrchardCore_Email_Smtp__*|OrchardCore_Email_Smtp__*"),
    mark("*OrchardCore_Email.DefaultSender"),
    mark("OrchardCore__OrchardCore_Email__DefaultSender|OrchardCore_Email__DefaultSender"),
    mark("OrchardCore.Email.Smtp.*"),
    mark("OrchardCore__Email__Smtp__*"),
];

const OTHER_KEYS: Words = words![
    "UseDefaultCredentials",
    "PickupDirectoryLocation",
    "PickupDirectoryLocationBase",
    "ProxyHost",
    "ProxyPort",
    "IsEnabled",
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("None", Sec::Plain),
        ("SslTls", Sec::Implicit),
        ("StartTls", Sec::StartTls),
    ],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no EncryptionMethod and no AutoSelectEncryption (Orchard Core's defaults: None, clear text)",
};

/// `AutoSelectEncryption = true` is MailKit's `Auto`, whatever
/// `EncryptionMethod` says; otherwise the method word alone.
fn tls(cfg: &Config) -> Tls {
    let auto = cfg.get(StartTls);
    if let Some(f) = auto {
        if f.value.is_reference() {
            return Tls::default();
        }
        if f.value.text.trim().eq_ignore_ascii_case("true") {
            if cfg.effective_port() == Some(465) {
                return Tls::chosen(Security::Implicit, Evidence::of(f));
            }
            return Tls::chosen(Security::StartTls, Evidence::of(f));
        }
    }
    let mut rest = cfg.clone();
    rest.fields.retain(|f| f.role != StartTls);
    evaluate(&rest, rest.dialect)
}

const SWITCH: Switch = Switch {
    smtp: words!["Network"],
    no_mail: words!["SpecifiedPickupDirectory", "PickupDirectoryFromIis"],
    local: words![],
    missing: None,
    off: None,
    name: "DeliveryMethod",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"Port\": {port} in OrchardCore_Email_Smtp"),
    fix_text(W::Host, &[], "\"Host\": \"{value}\" in OrchardCore_Email_Smtp"),
    fix_text(
        W::StartTls,
        &[],
        "\"EncryptionMethod\": \"StartTls\" and \"AutoSelectEncryption\": false in OrchardCore_Email_Smtp",
    ),
    fix_text(W::VerifyOn, &[], "\"IgnoreInvalidSslCertificate\": false"),
    fix_text(
        W::AuthOn,
        &[],
        "\"RequireCredentials\": true with \"UserName\" and \"Password\"",
    ),
    fix_text(W::TlsModern, &[], "a current Orchard Core release (MailKit, TLS 1.2+)"),
    fix_text(W::Username, &[], "\"UserName\": \"{value}\""),
    fix_text(W::Password, &[], "\"Password\": \"{value}\""),
    fix_text(W::From, &[], "\"DefaultSender\": \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Orchard Core has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ORCHARD_CORE: Profile = Profile {
    id: "orchard-core",
    name: "Orchard Core OrchardCore_Email_Smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.orchardcore.net/en/latest/reference/modules/Email.Smtp/ https://github.com/OrchardCMS/OrchardCore/blob/HEAD/src/OrchardCore.Modules/OrchardCore.Email.Smtp/SmtpOptions.cs https://github.com/OrchardCMS/OrchardCore/blob/HEAD/src/OrchardCore.Modules/OrchardCore.Email.Smtp/Services/SmtpEmailProviderBase.cs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: false,
    truth: Truth::Only(words!["true"]),
    tls: TLS,
    port: Some(25),
    auth_switch: Some("\"RequireCredentials\": true"),
    switch: Some(SWITCH),
    fixes: FIXES,
    sender_hint: "\"DefaultSender\" in OrchardCore_Email_Smtp (required)",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    fn json(inner: &str) -> String {
        format!("{{\n  \"OrchardCore\": {{\n    \"OrchardCore_Email_Smtp\": {{\n      \"DefaultSender\": \"site@acme-widgets.io\",\n      \"DeliveryMethod\": \"Network\",\n      \"Host\": \"smtp.postmarkapp.com\",\n      \"RequireCredentials\": true,\n      \"UserName\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\",\n      \"Password\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\"{inner}\n    }}\n  }}\n}}\n")
    }

    #[test]
    fn encryption_method_words() {
        let (client, s, ids) = first(&json(
            ",\n      \"Port\": 587,\n      \"EncryptionMethod\": \"StartTls\"",
        ));
        assert_eq!(client, "orchard-core");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "site@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&json(
            ",\n      \"Port\": 587,\n      \"EncryptionMethod\": \"SSLTLS\"",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn nothing_written_is_clear_text() {
        let (_, s, ids) = first(&json(",\n      \"Port\": 587"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn auto_select_wins_over_the_method() {
        let (_, s, ids) = first(&json(
            ",\n      \"Port\": 587,\n      \"AutoSelectEncryption\": true,\n      \"EncryptionMethod\": \"None\"",
        ));
        assert_eq!(s["security"], "starttls");
        assert!(!has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&json(
            ",\n      \"Port\": 465,\n      \"AutoSelectEncryption\": true",
        ));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn pickup_directory_sends_nothing() {
        let (_, _, ids) = first(
            "{\n  \"OrchardCore_Email_Smtp\": {\n    \"DefaultSender\": \"site@acme-widgets.io\",\n    \"DeliveryMethod\": \"SpecifiedPickupDirectory\",\n    \"PickupDirectoryLocation\": \"/\"\n  }\n}\n",
        );
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn environment_variables() {
        let (client, s, _) = first(
            "OrchardCore__OrchardCore_Email_Smtp__DefaultSender=site@acme-widgets.io\nOrchardCore__OrchardCore_Email_Smtp__Host=smtp.postmarkapp.com\nOrchardCore__OrchardCore_Email_Smtp__Port=2525\nOrchardCore__OrchardCore_Email_Smtp__EncryptionMethod=StartTls\n",
        );
        assert_eq!(client, "orchard-core");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn the_current_section_name() {
        let (client, s, ids) = first(
            "{\n  \"OrchardCore\": {\n    \"Email\": {\n      \"Smtp\": {\n        \"DefaultSender\": \"site@acme-widgets.io\",\n        \"Host\": \"smtp.postmarkapp.com\",\n        \"Port\": 587,\n        \"EncryptionMethod\": \"StartTls\",\n        \"RequireCredentials\": true,\n        \"Username\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\",\n        \"Password\": \"7c1e9a40-2b3d-4f8e-a6c5-90d1e2f3a4b7\"\n      }\n    }\n  }\n}\n",
        );
        assert_eq!(client, "orchard-core");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
    }
}
