//! GoCD: the `<mailhost …/>` element of `cruise-config.xml` (inside
//! `<server>`; Admin → Server Configuration → Email Notification).
//!
//! Meaning (gocd/gocd `config/config-api/…/MailHost.java`,
//! `server/…/config/GoSmtpMailSender.java` `mailProperties`; docs.gocd.org
//! "Configuration reference" `<mailhost>`):
//!
//! * `hostname`, `port` (both required), `username`, `password` (or
//!   `encryptedPassword`, the server's AES cipher text), `from` (the
//!   sender), `admin` (who gets the test mail).
//! * `tls="true"` sets `mail.transport.protocol=smtps`: TLS from the first
//!   byte (the UI's "Use SMTPS"). `tls="false"` is plain `smtp`, and GoCD
//!   sets `mail.smtp.starttls.enable` only when the server JVM runs with
//!   that system property (`-Dmail.smtp.starttls.enable=true`), which a
//!   paste of the XML cannot show: read here as clear text.
//! * GoCD passes the username and password to `Transport.connect`, empty
//!   ones as none: a login whenever both are set.

use crate::extract::profile::{
    fix_text, k, mark, pairs, syn, words, Fix, Hooks, Key, Marker, Profile, TlsModel,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mailhost.hostname", Host),
    k("mailhost.port", Port),
    k("mailhost.username", Username),
    k("mailhost.password|mailhost.encryptedPassword", Password),
    k("mailhost.tls", ImplicitTls),
    k("mailhost.from", From),
];

const TLS: TlsModel = TlsModel {
    absent: "tls=\"false\" (GoCD then sends in clear text, unless its JVM runs with -Dmail.smtp.starttls.enable=true)",
    ..TlsModel::SWITCHES_PLAIN
};

/// `encryptedPassword` is cipher text the server decrypts: not the
/// password as written, so it is not judged as one.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn encrypted_password(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        for f in c.fields.iter_mut() {
            if f.role == Password && f.key.ends_with("encryptedPassword") {
                f.value.reference = Some("the GoCD server's encrypted password".into());
            }
        }
    }
}

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port=\"{port}\" on <mailhost>"),
    fix_text(W::Host, &[], "hostname=\"{value}\" on <mailhost>"),
    fix_text(
        W::StartTls,
        &[],
        "tls=\"false\" with port=\"587\" on <mailhost>, and the GoCD server started with -Dmail.smtp.starttls.enable=true (GoCD's only way to STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "remove -Dmail.smtp.ssl.checkserveridentity=false from the GoCD server's JVM options",
    ),
    fix_text(W::AuthOn, &[], "username and password on <mailhost>"),
    fix_text(W::TlsModern, &[], "a current GoCD server JVM (TLS 1.2)"),
    fix_text(W::Username, &[], "username=\"{value}\" on <mailhost>"),
    fix_text(W::Password, &[], "password=\"{value}\" on <mailhost> (the server encrypts it)"),
    fix_text(W::From, &[], "from=\"{value}\" on <mailhost>"),
    fix_text(
        W::Stream,
        &[],
        "GoCD has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const MARKERS: &[Marker] = &[
    mark("mailhost.hostname"),
    mark("mailhost.admin"),
    mark("mailhost.tls"),
    mark("mailhost.encryptedPassword"),
];

pub static GOCD: Profile = Profile {
    id: "gocd",
    name: "GoCD cruise-config.xml <mailhost>",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.gocd.org/current/configuration/configuration_reference.html#mailhost https://github.com/gocd/gocd/blob/master/server/src/main/java/com/thoughtworks/go/config/GoSmtpMailSender.java",
    syntaxes: syn::XML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &[".mailhost."],
    other_keys: words!["admin"],
    leftovers: pairs![
        ("host", "hostname"),
        ("user", "username"),
        ("ssl", "tls"),
        ("starttls", "tls (and -Dmail.smtp.starttls.enable=true)"),
    ],
    case_sensitive: true,
    tls: TLS,
    fixes: FIXES,
    sender_hint: "from on <mailhost>",
    hooks: Hooks {
        finish: Some(encrypted_password),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const XML: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<cruise xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" schemaVersion=\"139\">\n  <server artifactsdir=\"artifacts\" agentAutoRegisterKey=\"k\" webhookSecret=\"w\" serverId=\"s\" tokenGenerationKey=\"t\">\n    <mailhost hostname=\"smtp.postmarkapp.com\" port=\"587\" username=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" password=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" tls=\"false\" from=\"gocd@acme.io\" admin=\"ops@acme.io\" />\n  </server>\n</cruise>\n";

    #[test]
    fn mailhost_element() {
        let (client, s, ids) = first(XML);
        assert_eq!(client, "gocd");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["from"], "gocd@acme.io");
        // tls="false": plain smtp (STARTTLS only by a JVM property).
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn tls_true_is_smtps() {
        let (_, s, ids) = first(&XML.replace("tls=\"false\"", "tls=\"true\""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn encrypted_password_is_not_judged() {
        let xml = XML.replace(
            "password=\"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"",
            "encryptedPassword=\"AES:Kq0aRb3z8nQ1xj5vM2c9wA==:pL7s0dT4yXo2Zq8nB1vC6e==\"",
        );
        let (_, s, ids) = first(&xml);
        assert_eq!(s["password_present"], true);
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(!has(&ids, "auth/username-password-differ"), "{ids:?}");
    }
}
