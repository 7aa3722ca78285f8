//! Keycloak: a realm's `smtpServer` map (realm JSON export/import, the
//! admin REST API, `kcadm.sh update realms/x -s 'smtpServer.host=…'`).
//!
//! Meaning (Keycloak Server Administration Guide, "Configuring email for
//! a realm", and `services/…/email/DefaultEmailSenderProvider.java`, which
//! hands the map to Jakarta Mail):
//!
//! * Every value is a string, and a switch is on only when it is exactly
//!   `"true"` (`"true".equals(config.get("ssl"))`).
//! * `ssl: "true"` sets `mail.smtp.ssl.enable`: TLS from the first byte,
//!   and Jakarta Mail's default port becomes 465.
//! * `starttls: "true"` sets `mail.smtp.starttls.enable` (not
//!   `…starttls.required`): STARTTLS when the server offers it.
//! * Neither: clear text. Without `port`: 25 (465 with `ssl`).
//! * `auth: "true"` logs in with `user` / `password` (the password may be
//!   a vault reference `${vault.key}`); without it Keycloak never logs in.
//! * `from` is the From (required), `fromDisplayName` its name;
//!   `envelopeFrom` the bounce address.
//! * A realm export masks the password as `**********`.
//!
//! Terraform's Keycloak provider (`keycloak_realm` resource, block
//! `smtp_server { host port from starttls ssl auth { username password } }`,
//! `provider/resource_keycloak_realm.go` of keycloak/terraform-provider-keycloak)
//! writes the same map: `starttls` / `ssl` are HCL booleans sent as the
//! strings `"true"`/`"false"`, `port` a string, and an `auth` block sets
//! `auth: "true"` with its `username` / `password` (no block: no login).

use crate::extract::profile::{
    fix_text, k, mark, mark_value, pairs, syn, words, Both, Fix, Key, Pairs, Profile, Sec,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtpServer.host", Host),
    k("smtpServer.port", Port),
    k("smtpServer.user", Username),
    k("smtpServer.password", Password),
    k("smtpServer.from", From),
    k("smtpServer.ssl", ImplicitTls),
    k("smtpServer.starttls", StartTls),
    k("smtpServer.auth", Auth),
];

const OTHER_KEYS: Words = words![
    "fromDisplayName",
    "replyTo",
    "replyToDisplayName",
    "envelopeFrom",
    "allowutf8",
    "debug",
    "authType",
    "authTokenUrl",
    "authTokenScope",
    "authTokenClientId",
    "authTokenClientSecret",
];

const LEFTOVERS: Pairs = pairs![
    ("username", "user"),
    ("tls", "starttls"),
    ("secure", "ssl"),
    ("enableSsl", "ssl"),
    ("enableStartTls", "starttls"),
];

/// What both forms (realm JSON, Terraform) tell for these: no key of the
/// configuration holds them.
const VERIFY_ON: Fix = fix_text(
    W::VerifyOn,
    &[],
    "a truststore that trusts the SMTP server's certificate (Keycloak's truststore SPI)",
);
const TLS_MODERN: Fix = fix_text(W::TlsModern, &[], "a current Keycloak release");

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": \"{port}\" in smtpServer"),
    fix_text(W::Host, &[], "\"host\": \"{value}\" in smtpServer"),
    fix_text(
        W::StartTls,
        &[],
        "\"starttls\": \"true\" and \"ssl\": \"false\" in smtpServer (Realm settings › Email: Enable StartTLS)",
    ),
    VERIFY_ON,
    fix_text(
        W::AuthOn,
        &[],
        "\"auth\": \"true\" with \"user\" and \"password\" in smtpServer",
    ),
    TLS_MODERN,
    fix_text(W::Username, &[], "\"user\": \"{value}\""),
    fix_text(W::Password, &[], "\"password\": \"{value}\""),
    fix_text(W::From, &[], "\"from\": \"{value}\""),
    fix_text(
        W::Stream,
        &[],
        "Keycloak has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KEYCLOAK: Profile = Profile {
    id: "keycloak",
    name: "Keycloak realm smtpServer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.keycloak.org/docs/latest/server_admin/#_email https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/email/DefaultEmailSenderProvider.java",
    syntaxes: syn::JSON | syn::YAML,
    keys: KEYS,
    markers: &[
        mark("smtpServer.host"),
        mark("smtpServer.from"),
        mark("smtpServer.starttls"),
        mark("smtpServer.ssl"),
        mark("smtpServer.auth"),
    ],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Only(words!["true"]),
    tls: TlsModel {
        words: &[],
        starttls_on: Sec::Auto,
        starttls_off: Sec::Plain,
        implicit_ports: &[],
        default: Sec::Plain,
        both: Both::Implicit,
        absent: "neither \"ssl\" nor \"starttls\" is \"true\" in smtpServer",
    },
    port: Some(25),
    implicit_port: Some(465),
    auth_switch: Some("\"auth\": \"true\" in smtpServer"),
    fixes: FIXES,
    sender_hint: "\"from\" in smtpServer (Realm settings › Email › From)",
    ..BASE
};

const TF_KEYS: &[Key] = &[
    k("smtp_server.host", Host),
    k("smtp_server.port", Port),
    k("smtp_server.auth.username", Username),
    k("smtp_server.auth.password", Password),
    k("smtp_server.from", From),
    k("smtp_server.ssl", ImplicitTls),
    k("smtp_server.starttls", StartTls),
];

const TF_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port = \"{port}\" in smtp_server"),
    fix_text(W::Host, &[], "host = \"{value}\" in smtp_server"),
    fix_text(
        W::StartTls,
        &[],
        "starttls = true and ssl = false in smtp_server",
    ),
    VERIFY_ON,
    fix_text(
        W::AuthOn,
        &[],
        "an auth { username password } block in smtp_server",
    ),
    TLS_MODERN,
    fix_text(
        W::Username,
        &[],
        "username = \"{value}\" in smtp_server's auth block",
    ),
    fix_text(
        W::Password,
        &[],
        "password = \"{value}\" in smtp_server's auth block",
    ),
    fix_text(W::From, &[], "from = \"{value}\" in smtp_server"),
    fix_text(
        W::Stream,
        &[],
        "Keycloak has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

/// The `smtp_server` block of Terraform's `keycloak_realm` resource: the
/// same realm map, HCL names (see the module docs).
pub static KEYCLOAK_TERRAFORM: Profile = Profile {
    id: "keycloak-terraform",
    name: "Keycloak realm smtp_server (Terraform)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://registry.terraform.io/providers/keycloak/keycloak/latest/docs/resources/realm https://www.keycloak.org/docs/latest/server_admin/#_email",
    syntaxes: syn::HCL,
    keys: TF_KEYS,
    markers: &[
        mark("keycloak_realm.*.smtp_server.host"),
        mark_value("provider", "keycloak"),
        mark("smtp_server.auth.username"),
        mark("smtp_server.starttls"),
    ],
    needs_marker: true,
    other_keys: words![
        "from_display_name",
        "reply_to",
        "reply_to_display_name",
        "envelope_from",
        "auth",
    ],
    leftovers: pairs![("user", "auth.username"), ("tls", "starttls")],
    case_sensitive: true,
    fixes: TF_FIXES,
    sender_hint: "from in smtp_server",
    auth_switch: None,
    ..KEYCLOAK
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn terraform_smtp_server_block() {
        let tf = "resource \"keycloak_realm\" \"r\" {\n  realm = \"acme\"\n  smtp_server {\n    host = \"smtp.postmarkapp.com\"\n    port = \"587\"\n    from = \"id@acme.io\"\n    starttls = true\n    auth {\n      username = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n      password = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n    }\n  }\n}\n";
        let (client, s, ids) = first(tf);
        assert_eq!(client, "keycloak-terraform");
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i.starts_with("auth/")), "{ids:?}");
        // No starttls/ssl: clear text on the default port 25.
        let (_, s, ids) = first(
            &tf.replace("    starttls = true\n", "")
                .replace("    port = \"587\"\n", ""),
        );
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        // No auth block: Keycloak does not log in.
        let no_auth = tf.split("    auth {").next().unwrap_or("").to_string() + "  }\n}\n";
        let (_, _, ids) = first(&no_auth);
        assert!(ids.iter().any(|i| i.starts_with("auth/missing")), "{ids:?}");
    }

    const REALM: &str = r#"{
  "realm": "acme",
  "enabled": true,
  "smtpServer": {
    "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
    "starttls": "true",
    "auth": "true",
    "port": "587",
    "host": "smtp.postmarkapp.com",
    "from": "id@acme.io",
    "fromDisplayName": "Acme ID",
    "ssl": "false",
    "user": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c"
  }
}"#;

    #[test]
    fn starttls_realm() {
        let (client, s, ids) = first(REALM);
        assert_eq!(client, "keycloak");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "id@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn ssl_is_implicit_and_defaults_to_465() {
        let t = REALM
            .replace("\"ssl\": \"false\"", "\"ssl\": \"true\"")
            .replace("\"starttls\": \"true\"", "\"starttls\": \"false\"");
        let (_, s, ids) = first(&t);
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&t.replace("\"port\": \"587\",", ""));
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn only_the_word_true_switches_on() {
        let (_, s, ids) = first(&REALM.replace("\"starttls\": \"true\"", "\"starttls\": \"yes\""));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, _, ids) = first(&REALM.replace("\"auth\": \"true\",", ""));
        assert!(ids.iter().any(|i| i == "auth/not-configured"), "{ids:?}");
    }
}
