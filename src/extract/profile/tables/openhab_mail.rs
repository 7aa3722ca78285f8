//! openHAB's Mail binding: the `mail:smtp` Thing's configuration, as the
//! UI's YAML code tab shows it (`thingTypeUID: mail:smtp`,
//! `configuration:`) or as the JSON database stores it
//! (`configuration.properties`). The `.things` DSL form
//! (`Thing mail:smtp:x [ hostname="…", … ]`) has no reader here yet.
//!
//! Meaning (openhab-addons `bundles/org.openhab.binding.mail/README.md`;
//! the code: `SMTPHandler.java`, which configures Apache Commons Email):
//!
//! * `hostname` and `sender` are required; `sender` is the From.
//! * `security`: `PLAIN` (the default: clear text, Commons Email does not
//!   upgrade by itself), `STARTTLS` (`setStartTLSEnabled` and
//!   `setStartTLSRequired`: STARTTLS, required) or `SSL` (TLS from the
//!   first byte). openHAB 2's binding called STARTTLS `TLS`.
//! * `port` (0 or unset): 465 with `SSL`, 25 otherwise — STARTTLS included,
//!   so STARTTLS without a port dials 25.
//! * It logs in only when both `username` and `password` are non-empty.

use crate::extract::profile::{
    fix_text, k, mark_value, syn, words, Fix, Key, Marker, Profile, Sec, TlsModel, Words,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "configuration.hostname|configuration.properties.hostname",
        Host,
    ),
    k("configuration.port|configuration.properties.port", Port),
    k(
        "configuration.security|configuration.properties.security",
        Encryption,
    ),
    k(
        "configuration.username|configuration.properties.username",
        Username,
    ),
    k(
        "configuration.password|configuration.properties.password",
        Password,
    ),
    k("configuration.sender|configuration.properties.sender", From),
];

const MARKERS: &[Marker] = &[
    mark_value("thingTypeUID", "mail:smtp"),
    mark_value("UID", "mail:smtp:"),
    mark_value("thingTypeUID.thingTypeId", "smtp"),
];

const OTHER_KEYS: Words = words!["UID", "label", "thingTypeUID", "location", "bridgeUID"];

const FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "port: {port} in the Thing's configuration"),
    fix_text(
        W::Host,
        &[],
        "hostname: {value} in the Thing's configuration",
    ),
    fix_text(
        W::StartTls,
        &[],
        "security: STARTTLS and port: 587 in the Thing's configuration",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "the Thing as it is (the binding has no option that turns certificate checks off)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "username and password in the Thing's configuration (both are needed to log in)",
    ),
    fix_text(W::TlsModern, &[], "a current openHAB (Java 17+)"),
    fix_text(
        W::Username,
        &[],
        "username: {value} in the Thing's configuration",
    ),
    fix_text(
        W::Password,
        &[],
        "password: {value} in the Thing's configuration",
    ),
    fix_text(W::From, &[], "sender: {value} in the Thing's configuration"),
    fix_text(
        W::Stream,
        &[],
        "the Mail binding has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static OPENHAB_MAIL: Profile = Profile {
    id: "openhab-mail",
    name: "openHAB Mail binding SMTP Thing",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.openhab.org/addons/bindings/mail/ https://github.com/openhab/openhab-addons/blob/main/bundles/org.openhab.binding.mail/src/main/java/org/openhab/binding/mail/internal/SMTPHandler.java",
    syntaxes: syn::YAML | syn::JSON,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    tls: TlsModel {
        words: &[
            ("PLAIN", Sec::Plain),
            ("STARTTLS", Sec::StartTls),
            ("TLS", Sec::StartTls),
            ("SSL", Sec::Implicit),
        ],
        absent: "no security: STARTTLS (the binding's default is PLAIN)",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    implicit_port: Some(465),
    fixes: FIXES,
    sender_hint: "sender in the Thing's configuration",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const UI: &str = "UID: mail:smtp:7d2c4e1b\nlabel: Postmark\nthingTypeUID: mail:smtp\nconfiguration:\n  hostname: smtp.postmarkapp.com\n  port: 587\n  security: STARTTLS\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  sender: home@acme-widgets.io\n";

    #[test]
    fn ui_yaml() {
        let (client, s, ids) = first(UI);
        assert_eq!(client, "openhab-mail");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "home@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn security_words_and_ports() {
        let (_, s, ids) = first(&UI.replace("security: STARTTLS", "security: PLAIN"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&UI.replace("  security: STARTTLS\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(
            &UI.replace("security: STARTTLS", "security: SSL")
                .replace("  port: 587\n", ""),
        );
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn an_imap_thing_is_not_smtp() {
        let imap = UI
            .replace("mail:smtp", "mail:imap")
            .replace("  sender: home@acme-widgets.io\n", "");
        let (client, _, _) = first(&imap);
        assert_ne!(client, "openhab-mail");
    }
}
