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

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Both, Fix, Key, Pairs, Profile, Sec, TlsModel, Truth,
    Words, WriteKind as W, BASE,
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

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": \"{port}\" in smtpServer"),
    fix_text(W::Host, &[], "\"host\": \"{value}\" in smtpServer"),
    fix_text(
        W::StartTls,
        &[],
        "\"starttls\": \"true\" and \"ssl\": \"false\" in smtpServer (Realm settings › Email: Enable StartTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a truststore that trusts the SMTP server's certificate (Keycloak's truststore SPI)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"auth\": \"true\" with \"user\" and \"password\" in smtpServer",
    ),
    fix_text(W::TlsModern, &[], "a current Keycloak release"),
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

#[cfg(test)]
mod tests {
    use super::super::linted as first;

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
