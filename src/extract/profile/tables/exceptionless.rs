//! Exceptionless (self-hosted server): the `Email` connection string, an
//! SMTP URI (`EX_ConnectionStrings__Email` in the environment,
//! `ConnectionStrings:Email` in `appsettings`), `EX_SmtpFrom` and
//! `EX_SmtpEncryption`.
//!
//! Meaning (Exceptionless `src/Exceptionless.Core/Configuration/EmailOptions.cs`,
//! `Utility/SmtpUri.cs`, `src/Exceptionless.Insulation/Mail/MailKitMailSender.cs`;
//! docs "Self hosting › Docker" and "Upgrading"):
//!
//! * The URI's scheme must be `smtp` or `smtps` (any other throws at
//!   start), but it chooses nothing: `SmtpUri` ends with
//!   `Port = IsDefaultPort ? 25 : Port`, so a URI without a port dials 25
//!   for both schemes, and its `IsSecure` is never read.
//! * The user information is split at `:` and URL-decoded
//!   (`WebUtility.UrlDecode`: `%40` is `@`, `+` is a space).
//! * `SmtpEncryption` (`None`, `StartTLS`, `SSL`; the enum's names, case
//!   ignored) is MailKit's `SecureSocketOptions.None`, `StartTls` (required)
//!   or `SslOnConnect`. Unset, it follows the port: 465 `SSL`, 587 and 2525
//!   `StartTLS`, any other `None` — clear text, MailKit never upgrades then.
//! * It logs in only with both a user and a password; one without the other
//!   stops the server at start.
//! * `SmtpFrom` is the From (`Exceptionless <noreply@…>`), required to send.
//!
//! The Helm chart's `email.connectionString` (written to the same variable)
//! is not read here.

use crate::extract::profile::{
    fix_text, k, kr, mark, mark_value, syn, words, Fix, Hooks, Key, Marker, Profile, Read,
    UrlFlavor, Words, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr(
        "EX_ConnectionStrings__Email|ConnectionStrings__Email|ConnectionStrings.Email",
        Url,
        Read::Url(UrlFlavor::Nodemailer),
    ),
    k("EX_SmtpFrom|SmtpFrom", From),
    k("EX_SmtpEncryption|SmtpEncryption", Encryption),
];

const MARKERS: &[Marker] = &[
    mark("EX_ConnectionStrings__Email"),
    mark("EX_SmtpFrom"),
    mark("EX_SmtpEncryption"),
    // appsettings: the connection string section holds an SMTP URI.
    mark_value("ConnectionStrings.Email", "smtp"),
    mark_value("ConnectionStrings__Email", "smtp"),
];

const OTHER_KEYS: Words = words![
    "EX_AppMode",
    "EX_BaseURL",
    "EX_EnableDailySummary",
    "EX_TestEmailAddress",
    "EX_AllowedOutboundAddresses",
    "EX_ContactEmailAddress",
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "the port in EX_ConnectionStrings__Email: smtp://…@smtp.postmarkapp.com:{port}",
    ),
    fix_text(
        W::Host,
        &[],
        "the host in EX_ConnectionStrings__Email: smtp://…@{value}:587",
    ),
    fix_text(
        W::StartTls,
        &[],
        "EX_SmtpEncryption=StartTLS with port 587 in EX_ConnectionStrings__Email",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "MailKit's default certificate checks (Exceptionless has no option to turn them off)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "user and password in EX_ConnectionStrings__Email: smtp://TOKEN:TOKEN@smtp.postmarkapp.com:587",
    ),
    fix_text(W::TlsModern, &[], "a current Exceptionless release"),
    fix_text(
        W::Username,
        &[],
        "the user in EX_ConnectionStrings__Email: smtp://{value}:…@smtp.postmarkapp.com:587",
    ),
    fix_text(
        W::Password,
        &[],
        "the password in EX_ConnectionStrings__Email: smtp://…:{value}@smtp.postmarkapp.com:587",
    ),
    fix_text(W::From, &[], "EX_SmtpFrom=Exceptionless <{value}>"),
    fix_text(
        W::Stream,
        &[],
        "Exceptionless has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static EXCEPTIONLESS: Profile = Profile {
    id: "exceptionless",
    name: "Exceptionless Email connection string (EX_ConnectionStrings__Email)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://exceptionless.com/docs/self-hosting/docker/ https://github.com/exceptionless/Exceptionless/blob/main/src/Exceptionless.Core/Configuration/EmailOptions.cs https://github.com/exceptionless/Exceptionless/blob/main/src/Exceptionless.Core/Utility/SmtpUri.cs https://github.com/exceptionless/Exceptionless/blob/main/src/Exceptionless.Insulation/Mail/MailKitMailSender.cs",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["EX_Smtp"],
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    fixes: FIXES,
    sender_hint: "EX_SmtpFrom",
    hooks: Hooks {
        tls: Some(tls),
        default_port: Some(default_port),
        ..Hooks::NONE
    },
    ..BASE
};

/// `SmtpUri`: no port in the URI is 25, whatever the scheme.
fn default_port(_cfg: &Config) -> Option<u16> {
    Some(25)
}

/// `EmailOptions`: `SmtpEncryption` as written, else chosen by the port.
fn tls(cfg: &Config) -> Tls {
    if let Some(f) = cfg.get(Encryption) {
        if f.value.is_reference() {
            return Tls::default();
        }
        let mode = match f.value.text.trim().to_ascii_lowercase().as_str() {
            "none" | "0" => Security::None,
            "starttls" | "1" => Security::StartTls,
            "ssl" | "2" => Security::Implicit,
            // Not an enum name: the configuration binder throws at start.
            _ => return Tls::default(),
        };
        return Tls::chosen(mode, Evidence::of(f));
    }
    let port = match cfg.get(Port) {
        Some(f) if f.value.is_reference() => return Tls::default(),
        Some(f) => f.value.text.trim().parse::<u16>().ok(),
        None => Some(25),
    };
    let mode = match port {
        Some(465) => Security::Implicit,
        Some(587 | 2525) => Security::StartTls,
        Some(_) => Security::None,
        None => return Tls::default(),
    };
    let why = match cfg.get(Port) {
        Some(f) => Evidence {
            what: format!(
                "port {} with no EX_SmtpEncryption (Exceptionless: 465 SSL, 587/2525 StartTLS, any other None)",
                f.value.text.trim()
            ),
            span: Some(f.whole_span()),
            note: None,
        },
        None => Evidence::absent(
            "no port and no EX_SmtpEncryption: Exceptionless dials 25 with no encryption",
        ),
    };
    Tls::chosen(mode, why)
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const COMPOSE: &str = "services:\n  exceptionless:\n    image: exceptionless/exceptionless:latest\n    environment:\n      EX_AppMode: Production\n      EX_ConnectionStrings__Email: smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\n      EX_SmtpFrom: Exceptionless <noreply@acme-widgets.io>\n";

    #[test]
    fn starttls_by_port() {
        let (client, s, ids) = first(COMPOSE);
        assert_eq!(client, "exceptionless");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn the_scheme_chooses_nothing() {
        // The docs' `smtps://…:587` is STARTTLS: the port decides.
        let (_, s, _) = first(&COMPOSE.replace("smtp://", "smtps://"));
        assert_eq!(s["security"], "starttls");
        // No port: 25, clear text, for smtps:// too.
        let (_, s, ids) = first(&COMPOSE.replace("smtp://", "smtps://").replace(":587", ""));
        assert!(s["port"].is_null());
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        assert!(has(&ids, "port/missing"), "{ids:?}");
        let (_, s, ids) = first(&COMPOSE.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn encryption_words() {
        let with = |word: &str| {
            COMPOSE.replace(
                "      EX_SmtpFrom",
                &format!("      EX_SmtpEncryption: {word}\n      EX_SmtpFrom"),
            )
        };
        let (_, s, _) = first(&with("SSL"));
        assert_eq!(s["security"], "implicit");
        let (_, s, ids) = first(&with("None"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&with("starttls").replace(":587", ":2525"));
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn appsettings_connection_string() {
        let json = "{\n  \"ConnectionStrings\": {\n    \"Email\": \"smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\"\n  },\n  \"SmtpFrom\": \"Exceptionless <noreply@acme-widgets.io>\"\n}\n";
        let (client, s, _) = first(json);
        assert_eq!(client, "exceptionless");
        assert_eq!(s["security"], "starttls");
        // A database connection string is not Exceptionless's.
        let db =
            "{\n  \"ConnectionStrings\": {\n    \"Email\": \"Server=db;Database=mail\"\n  }\n}\n";
        let r = crate::lint(db, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "exceptionless"));
    }
}
