//! Cronicle: `conf/config.json` (`smtp_hostname`, `smtp_port`,
//! `mail_options`, `email_from`) and the `CRONICLE_*` environment that
//! overrides it (`CRONICLE_smtp_hostname`, `CRONICLE_mail_options__secure`:
//! a double underscore walks into nested objects).
//!
//! Meaning (Cronicle's docs/Configuration.md and docs/CommandLine.md; the
//! code: `lib/job.js` and `lib/scheduler.js` build
//! `new PixlMail(smtp_hostname, smtp_port || 25)` and hand it
//! `mail_options`; pixl-mail's `mail.js` passes everything to
//! `nodemailer.createTransport`):
//!
//! * `smtp_hostname` is nodemailer's `host`; `smtp_port` its `port`, 25 when
//!   unset or 0 (Cronicle's default, not nodemailer's): `secure: true`
//!   without a port is TLS from the first byte on port 25.
//! * `mail_options` are nodemailer's options, with nodemailer's meaning:
//!   `secure` true is TLS from the first byte, otherwise STARTTLS whenever
//!   the server offers it (`requireTLS` makes it mandatory, `ignoreTLS`
//!   never upgrades); port 465 with `secure` unset is TLS from the first
//!   byte; `auth.user`/`auth.pass` log in; `tls.rejectUnauthorized: false`
//!   stops certificate checks; `sendmail: true` hands the mail to the local
//!   sendmail program instead (the SMTP options are then unused).
//! * `email_from` is the From of every mail (the templates' `From:
//!   [/config/email_from]`).

use super::nodemailer;
use crate::extract::profile::{
    fix, fix_text, k, mark, mark_value, pairs, set, set_if, shared, syn, words, Fix, Key, Marker,
    Pairs, Profile, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_hostname|CRONICLE_smtp_hostname", Host),
    k("smtp_port|CRONICLE_smtp_port", Port),
    k("email_from|CRONICLE_email_from", From),
    k("mail_options.secure|CRONICLE_mail_options__secure", ImplicitTls),
    k(
        "mail_options.requireTLS|CRONICLE_mail_options__requireTLS",
        StartTls,
    ),
    k(
        "mail_options.ignoreTLS|CRONICLE_mail_options__ignoreTLS",
        NoStartTls,
    ),
    k(
        "mail_options.auth.user|CRONICLE_mail_options__auth__user",
        Username,
    ),
    k(
        "mail_options.auth.pass|CRONICLE_mail_options__auth__pass",
        Password,
    ),
    k(
        "mail_options.tls.rejectUnauthorized|CRONICLE_mail_options__tls__rejectUnauthorized",
        VerifyPeer,
    ),
    k(
        "mail_options.sendmail|mail_options.streamTransport|mail_options.jsonTransport|CRONICLE_mail_options__sendmail",
        Transport,
    ),
];

/// `smtp_hostname` is other apps' name too (an `email_settings` JSON
/// beside `smtp_security`): it adds to a paste with one of Cronicle's own.
const MARKERS: &[Marker] = &[
    shared(mark("smtp_hostname")),
    mark("CRONICLE_smtp_hostname"),
    mark("CRONICLE_email_from"),
    mark("mail_options.secure"),
    mark("mail_options.auth.*"),
    mark("CRONICLE_mail_options__*"),
    mark("base_app_url"),
    mark("web_hook_text_templates.**"),
    mark_value("image", "cronicle"),
];

const OTHER_KEYS: Words = words![
    "mail_options",
    "connectionTimeout",
    "greetingTimeout",
    "socketTimeout",
    "newline",
    "path",
    "pool",
    "name",
    "debug",
    "logger",
    "auth",
    "tls",
    // Other ports of config.json (WebServer, the cluster's broadcast).
    "http_port",
    "https_port",
    "udp_broadcast_port",
];

const LEFTOVERS: Pairs = pairs![
    ("smtp_host", "smtp_hostname"),
    ("smtp_server", "smtp_hostname"),
    ("smtp_user", "mail_options.auth.user"),
    ("smtp_username", "mail_options.auth.user"),
    ("smtp_password", "mail_options.auth.pass"),
    ("smtp_secure", "mail_options.secure"),
    ("smtp_ssl", "mail_options.secure"),
    ("mail_from", "email_from"),
    ("user", "mail_options.auth.user"),
    ("pass", "mail_options.auth.pass"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "smtp_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "smtp_hostname", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "secure", SetVal::Bool(false)),
            set_if(NoStartTls, "ignoreTLS", SetVal::Bool(false)),
        ],
        "\"mail_options\": { \"secure\": false, \"requireTLS\": true } with \"smtp_port\": 587",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(VerifyPeer, "rejectUnauthorized", SetVal::Bool(true))],
        "remove \"tls\": { \"rejectUnauthorized\": false } from mail_options",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"mail_options\": { \"auth\": { \"user\": \"<Server API token>\", \"pass\": \"<Server API token>\" } }",
    ),
    fix_text(W::TlsModern, &[], "a current Cronicle (Node.js 16+)"),
    fix_text(
        W::Username,
        &[],
        "\"auth\": { \"user\": \"{value}\" } in mail_options",
    ),
    fix_text(
        W::Password,
        &[],
        "\"auth\": { \"pass\": \"{value}\" } in mail_options",
    ),
    fix(W::From, &[set(From, "email_from", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "Cronicle has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static CRONICLE: Profile = Profile {
    id: "cronicle",
    name: "Cronicle config.json (smtp_hostname, mail_options)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/jhuckaby/Cronicle/blob/master/docs/Configuration.md#smtp_hostname https://github.com/jhuckaby/Cronicle/blob/master/docs/CommandLine.md#environment-variables https://github.com/jhuckaby/pixl-mail https://nodemailer.com/smtp/",
    syntaxes: syn::JSON | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: nodemailer::TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["streamTransport", "jsonTransport"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "mail_options.sendmail",
    }),
    fixes: FIXES,
    sender_hint: "email_from",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const CONFIG: &str = "{\n\t\"base_app_url\": \"https://cron.acme-widgets.io\",\n\t\"email_from\": \"cronicle@acme-widgets.io\",\n\t\"smtp_hostname\": \"smtp.postmarkapp.com\",\n\t\"smtp_port\": 587,\n\t\"mail_options\": {\n\t\t\"secure\": false,\n\t\t\"requireTLS\": true,\n\t\t\"auth\": { \"user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\", \"pass\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\" }\n\t},\n\t\"secret_key\": \"0b1c2d3e4f\"\n}\n";

    #[test]
    fn config_json() {
        let (client, s, ids) = first(CONFIG);
        assert_eq!(client, "cronicle");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "cronicle@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn secure_and_the_default_port() {
        // `secure: true` with no port: TLS from the first byte on 25.
        let json = CONFIG
            .replace("\t\"smtp_port\": 587,\n", "")
            .replace("\"secure\": false", "\"secure\": true");
        let (_, s, _) = first(&json);
        assert_eq!(s["security"], "implicit");
        let (_, s, _) = first(
            &CONFIG
                .replace("587", "465")
                .replace("\t\t\"secure\": false,\n\t\t\"requireTLS\": true,\n", ""),
        );
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn sendmail_leaves_smtp() {
        let json = CONFIG.replace(
            "\"secure\": false,",
            "\"sendmail\": true, \"path\": \"/usr/sbin/sendmail\",",
        );
        let (_, _, ids) = first(&json);
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn environment_overrides() {
        let env = "CRONICLE_base_app_url=https://cron.acme-widgets.io\nCRONICLE_smtp_hostname=smtp.postmarkapp.com\nCRONICLE_smtp_port=465\nCRONICLE_mail_options__secure=1\nCRONICLE_email_from=cronicle@acme-widgets.io\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "cronicle");
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn another_apps_smtp_hostname_is_not_claimed() {
        let json = "{\n  \"email_settings\": {\n    \"smtp_hostname\": \"smtp.postmarkapp.com\",\n    \"smtp_port\": 587,\n    \"smtp_security\": \"TLS\",\n    \"email_address_from\": \"dispatch@acme-widgets.io\"\n  }\n}\n";
        let (client, _, _) = first(json);
        assert_ne!(client, "cronicle");
    }
}
