//! PocketBase: the `smtp` and `meta` application settings, as the settings
//! JSON (`GET/PATCH /api/settings`, Dashboard → Settings → Mail settings) or
//! set in a JS migration / hook (`settings.smtp.host = …`).
//!
//! Meaning (PocketBase `core/settings_model.go`, `SMTPConfig`, and
//! `tools/mailer/smtp.go`, `SMTPClient.send`, which hands them to
//! domodwyer/mailyak):
//!
//! * `smtp.enabled` (default false) is the mail switch: off, PocketBase
//!   sends with the local `sendmail` command instead.
//! * `smtp.host` and `smtp.port` are required once enabled (no default
//!   port).
//! * `smtp.tls`: true is `mailyak.NewWithTLS`, TLS from the first byte
//!   ("enforce TLS"); false is `mailyak.New` over Go's `net/smtp`, which
//!   sends STARTTLS when the server offers it.
//! * `smtp.username`/`smtp.password`: a login when either is set;
//!   `authMethod` `PLAIN` (default) or `LOGIN`; `localName` the EHLO name.
//! * `meta.senderAddress` is the From (`meta.senderName` its name).

use crate::extract::profile::{
    fix_text, k, mark, syn, words, Fix, Key, Marker, Profile, Switch, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp.enabled", Enabled),
    k("smtp.host", Host),
    k("smtp.port", Port),
    k("smtp.username", Username),
    k("smtp.password", Password),
    k("smtp.tls", ImplicitTls),
    k("meta.senderAddress", From),
];

/// `smtp.host` is every app's: PocketBase's own names beside it.
const MARKERS: &[Marker] = &[
    mark("smtp.authMethod"),
    mark("smtp.localName"),
    mark("meta.senderAddress"),
];

const FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "smtp.port: {port} (Mail settings → SMTP port)",
    ),
    fix_text(
        W::Host,
        &[],
        "smtp.host: {value} (Mail settings → SMTP server host)",
    ),
    fix_text(
        W::StartTls,
        &[],
        "smtp.tls: false with port 587 (Mail settings → TLS encryption: Auto (StartTLS))",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "smtp.username and smtp.password"),
    fix_text(W::TlsModern, &[], "a current PocketBase release"),
    fix_text(W::Username, &[], "smtp.username: {value}"),
    fix_text(W::Password, &[], "smtp.password: {value}"),
    fix_text(
        W::From,
        &[],
        "meta.senderAddress: {value} (Settings → Application → Sender address)",
    ),
    fix_text(
        W::Stream,
        &[],
        "PocketBase has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static POCKETBASE: Profile = Profile {
    id: "pocketbase",
    name: "PocketBase settings smtp / meta.senderAddress",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://pocketbase.io/docs/going-to-production/#use-smtp-mail-server https://github.com/pocketbase/pocketbase/blob/master/core/settings_model.go https://github.com/pocketbase/pocketbase/blob/master/tools/mailer/smtp.go",
    syntaxes: syn::JSON | syn::JS | syn::GO,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: words!["authMethod", "localName", "senderName"],
    switch: Some(Switch {
        off: Some("the local sendmail command"),
        ..Switch::plain("smtp.enabled")
    }),
    fixes: FIXES,
    sender_hint: "meta.senderAddress",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const JSON: &str = "{\n  \"meta\": { \"appName\": \"Acme\", \"senderName\": \"Acme\", \"senderAddress\": \"hello@acme-widgets.io\" },\n  \"smtp\": {\n    \"enabled\": true,\n    \"host\": \"smtp.postmarkapp.com\",\n    \"port\": 587,\n    \"username\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n    \"authMethod\": \"PLAIN\",\n    \"tls\": false,\n    \"localName\": \"\"\n  }\n}\n";

    const MIGRATION: &str = "migrate((app) => {\n  let settings = app.settings();\n  settings.meta.senderAddress = \"hello@acme-widgets.io\";\n  settings.smtp.enabled = true;\n  settings.smtp.host = \"smtp.postmarkapp.com\";\n  settings.smtp.port = 587;\n  settings.smtp.username = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n  settings.smtp.password = \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\";\n  settings.smtp.tls = false;\n  app.save(settings);\n});\n";

    #[test]
    fn tls_false_is_starttls_when_offered() {
        clean_starttls(JSON, "pocketbase");
        clean_starttls(MIGRATION, "pocketbase");
    }

    #[test]
    fn tls_true_is_tls_from_the_first_byte() {
        let (_, s, ids) = first(&JSON.replace("\"tls\": false", "\"tls\": true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn disabled_smtp_uses_sendmail() {
        let (_, _, ids) = first(&JSON.replace("\"enabled\": true", "\"enabled\": false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
