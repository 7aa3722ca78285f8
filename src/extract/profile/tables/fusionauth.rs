//! FusionAuth: a tenant's `emailConfiguration` — in a kickstart file
//! (`kickstart.json` requests to `/api/tenant`), a Tenant API request or
//! response body, or the Terraform provider's `fusionauth_tenant`
//! `email_configuration { … }` block (snake_case names).
//!
//! Meaning (fusionauth.io "Tenants API" `tenant.emailConfiguration.*`, the
//! admin UI's tooltips, and the default tenant the database schema seeds:
//! `{"host": "localhost", "port": 25}`):
//!
//! * `host` (default `localhost`) and `port` (default 25) are separate.
//! * `security` is `NONE`, `SSL` or `TLS`: `SSL` is TLS from the first
//!   byte ("if using port 465 you will select SSL"), `TLS` is STARTTLS
//!   ("port 587 … TLS"), `NONE` (the default) stays in clear text.
//! * `username`/`password` log in when set; `defaultFromEmail` (and
//!   `defaultFromName`) is the From of the tenant's e-mail.
//! * `additionalHeaders` can carry `X-PM-Message-Stream`; `properties`
//!   holds extra JavaMail properties (not read here).

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Both, Fix, Key, Marker, Pairs, Profile, Sec, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("emailConfiguration.host|email_configuration.host", Host),
    k("emailConfiguration.port|email_configuration.port", Port),
    k(
        "emailConfiguration.username|email_configuration.username",
        Username,
    ),
    k(
        "emailConfiguration.password|email_configuration.password",
        Password,
    ),
    k(
        "emailConfiguration.security|email_configuration.security",
        Encryption,
    ),
    k(
        "emailConfiguration.defaultFromEmail|email_configuration.default_from_email",
        From,
    ),
];

/// `EmailConfiguration` is a common .NET section name: FusionAuth's own
/// names beside the SMTP ones recognise it (case-sensitive).
const MARKERS: &[Marker] = &[
    mark("emailConfiguration.defaultFromEmail"),
    mark("emailConfiguration.defaultFromName"),
    mark("emailConfiguration.verifyEmail"),
    mark("emailConfiguration.verificationStrategy"),
    mark("emailConfiguration.forgotPasswordEmailTemplateId"),
    mark("emailConfiguration.implicitEmailVerificationAllowed"),
    mark("email_configuration.default_from_email"),
    mark("email_configuration.verify_email"),
    mark("email_configuration.verification_strategy"),
    mark("email_configuration.forgot_password_email_template_id"),
    mark("email_configuration.implicit_email_verification_allowed"),
];

const OTHER_KEYS: Words = words![
    "defaultFromName",
    "default_from_name",
    "additionalHeaders",
    "additional_headers",
    "properties",
    "debug",
    "unverified",
];

const LEFTOVERS: Pairs = pairs![
    ("server", "host"),
    ("user", "username"),
    ("encryption", "security"),
    ("secure", "security"),
    ("ssl", "security"),
    ("tls", "security"),
    ("from", "defaultFromEmail"),
];

const TLS: TlsModel = TlsModel {
    words: &[
        ("NONE", Sec::Plain),
        ("SSL", Sec::Implicit),
        ("TLS", Sec::StartTls),
    ],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Plain,
    implicit_ports: &[],
    default: Sec::Plain,
    both: Both::Implicit,
    absent: "no security (FusionAuth's default is NONE)",
};

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": {port} in emailConfiguration"),
    fix_text(W::Host, &[], "\"host\": \"{value}\" in emailConfiguration"),
    fix_text(
        W::StartTls,
        &[],
        "\"security\": \"TLS\" with \"port\": 587 in emailConfiguration",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove the mail.smtp.ssl.trust property from emailConfiguration.properties",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"username\" and \"password\" in emailConfiguration",
    ),
    fix_text(W::TlsModern, &[], "a current FusionAuth release (Java TLS 1.2+)"),
    fix_text(
        W::Username,
        &[],
        "\"username\": \"{value}\" in emailConfiguration",
    ),
    fix_text(
        W::Password,
        &[],
        "\"password\": \"{value}\" in emailConfiguration",
    ),
    fix_text(
        W::From,
        &[],
        "\"defaultFromEmail\": \"{value}\" in emailConfiguration",
    ),
    fix_text(
        W::Stream,
        &[],
        "\"additionalHeaders\": [{\"name\": \"X-PM-Message-Stream\", \"value\": \"{value}\"}] in emailConfiguration",
    ),
];

pub static FUSIONAUTH: Profile = Profile {
    id: "fusionauth",
    name: "FusionAuth tenant emailConfiguration",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://fusionauth.io/docs/apis/tenants https://fusionauth.io/docs/customize/email-and-messages/configure-email https://registry.terraform.io/providers/fusionauth/fusionauth/latest/docs/resources/tenant",
    syntaxes: syn::JSON | syn::YAML | syn::HCL | syn::JS,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    fixes: FIXES,
    sender_hint: "defaultFromEmail in the tenant's emailConfiguration (Tenants → Email)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const KICKSTART: &str = r#"{"requests": [{"method": "PATCH", "url": "/api/tenant/#{defaultTenantId}", "body": {"tenant": {"emailConfiguration": {
  "defaultFromEmail": "no-reply@acme.io", "defaultFromName": "Acme",
  "host": "smtp.postmarkapp.com", "port": 587, "security": "TLS",
  "username": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c", "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
  "verifyEmail": true}}}}]}"#;

    #[test]
    fn tls_is_starttls_and_ssl_implicit() {
        let (client, s, ids) = first(KICKSTART);
        assert_eq!(client, "fusionauth");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "no-reply@acme.io");
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        let (_, s, ids) = first(&KICKSTART.replace("\"TLS\"", "\"SSL\""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn no_security_is_none_in_clear_text() {
        let (_, s, ids) = first(&KICKSTART.replace(", \"security\": \"TLS\"", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn terraform_block() {
        let tf = "resource \"fusionauth_tenant\" \"Default\" {\n  name = \"Default\"\n  email_configuration {\n    default_from_email = \"auth@acme.io\"\n    host = \"smtp.postmarkapp.com\"\n    port = 2525\n    security = \"TLS\"\n    username = \"u\"\n    password = \"u\"\n    verify_email = true\n  }\n}\n";
        let (client, s, _) = first(tf);
        assert_eq!(client, "fusionauth");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn dotnet_email_configuration_is_not_fusionauth() {
        let (client, _, _) = first(
            r#"{"EmailConfiguration": {"From": "a@acme.io", "SmtpServer": "smtp.postmarkapp.com", "Port": 587, "Username": "u", "Password": "p"}}"#,
        );
        assert_ne!(client, "fusionauth");
    }
}
