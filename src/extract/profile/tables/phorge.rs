//! Phorge and Phabricator: the `cluster.mailers` option (a JSON list of
//! mailers, in `conf/local/local.json` or the `mailers.json` handed to
//! `./bin/config set cluster.mailers --stdin`), and the older
//! `phpmailer.smtp-*` options that it replaced in 2018.
//!
//! Meaning (Phorge's and Phabricator's `PhorgeMailSMTPAdapter` /
//! `PhabricatorMailSMTPAdapter`; "Configuring Outbound Email" in their
//! docs): a mailer `{"key": …, "type": "smtp", "options": {…}}` sends
//! with the PHPMailer **5.1** bundled in `externals/phpmailer`:
//!
//! * `options.host` is PHPMailer's `Host` (hosts separated by `;`, each
//!   with an optional `:port`); `options.port` its `Port` (default 25, an
//!   integer: the option check refuses a string);
//! * `options.user` logs in (with `options.password`) when non-empty;
//! * `options.protocol` is lowercased into `SMTPSecure`: `ssl` is TLS from
//!   the first byte, `tls` required STARTTLS; empty, absent or any other
//!   word is clear text: PHPMailer 5.1 has no `SMTPAutoTLS`, so without
//!   `tls` it never upgrades, even when the server offers STARTTLS;
//! * `type` picks the adapter: `smtp`; `sendmail` hands mail to the local
//!   program; `mailgun`, `ses`, `postmark`, `sendgrid` are API adapters;
//!   `test` sends nothing.
//!
//! The From is `metamta.default-address`. Before `cluster.mailers`,
//! `metamta.mail-adapter` = `PhabricatorMailImplementationPHPMailerAdapter`
//! chose SMTP with `phpmailer.smtp-host`, `-port` (25), `-protocol`,
//! `-user`, `-password`, read the same way. `./bin/config set KEY VALUE`
//! lines are read as the same keys (`--stdin` from a file is not).
//!
//! **Bitnami's image** (`bitnami/phabricator`, its
//! `libphabricator.sh`: `phabricator_configure_smtp`) writes one mailer
//! from `PHABRICATOR_SMTP_HOST`, `PHABRICATOR_SMTP_PORT_NUMBER` (older
//! `PHABRICATOR_SMTP_PORT`), `PHABRICATOR_SMTP_USER`,
//! `PHABRICATOR_SMTP_PASSWORD` and `PHABRICATOR_SMTP_PROTOCOL` (`ssl` or
//! `tls`, empty by default: clear text), and sets
//! `metamta.default-address` to the SMTP **user**: the login is also the
//! From. With a host, the image refuses to start without the user,
//! password and port (no default port).

use super::laravel;
use crate::extract::profile::{
    fix, fix_text, k, kr, mark, mark_value, set, set_if, shared, syn, words, Fix, Hooks, Key,
    Marker, Profile, Read, SetVal, Switch, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role::*, Security, Tls};

const KEYS: &[Key] = &[
    kr("options.host|phpmailer.smtp-host", Host, Read::HostList),
    k("options.port|phpmailer.smtp-port", Port),
    k("options.user|phpmailer.smtp-user", Username),
    k("options.password|phpmailer.smtp-password", Password),
    k("options.protocol|phpmailer.smtp-protocol", Encryption),
    k("metamta.default-address", From),
    k("cluster.mailers.*.type|metamta.mail-adapter", Transport),
];

const MARKERS: &[Marker] = &[
    mark("cluster.mailers.**"),
    mark("phpmailer.smtp-host"),
    mark("phpmailer.smtp-protocol"),
    mark("metamta.mail-adapter"),
    mark("metamta.default-address"),
    mark("options.protocol"),
    // A bare `mailers.json` list: its items' `type`.
    shared(mark_value("type", "smtp")),
];

const OTHER_KEYS: Words = words![
    "key",
    "type",
    "options",
    "priority",
    "inbound",
    "outbound",
    "media",
    "message-id",
    "phpmailer.mailer",
    "phpmailer.smtp-encoding",
    "metamta.reply-handler-domain",
    "metamta.single-reply-handler-prefix",
    "metamta.one-mail-per-recipient",
    "metamta.can-send-as-user",
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set_if(Port, "port", SetVal::Lit("587"))]),
    fix(W::Host, &[set_if(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "protocol", SetVal::Word("tls"))],
        "\"protocol\": \"tls\" in the mailer's options (with \"port\": 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "PHP's default certificate checks (Phorge has no option to turn them off)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "\"user\" and \"password\" in the mailer's options",
    ),
    laravel::TLS_MODERN_FIX,
    fix_text(
        W::Username,
        &[],
        "\"user\": \"{value}\" in the mailer's options",
    ),
    fix_text(
        W::Password,
        &[],
        "\"password\": \"{value}\" in the mailer's options",
    ),
    fix_text(W::From, &[], "metamta.default-address: {value}"),
    fix_text(
        W::Stream,
        &[],
        "Phorge has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PHORGE: Profile = Profile {
    id: "phorge",
    name: "Phorge / Phabricator (cluster.mailers)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://we.phorge.it/book/phorge/article/configuring_outbound_email/ https://we.phorge.it/source/phorge/browse/master/src/applications/metamta/adapter/PhorgeMailSMTPAdapter.php https://github.com/phacility/phabricator/blob/master/src/applications/metamta/adapter/PhabricatorMailSMTPAdapter.php https://github.com/phacility/phabricator/blob/master/externals/phpmailer/class.phpmailer.php",
    // local.json, conf/*.conf.php, and `./bin/config set KEY VALUE` lines.
    syntaxes: syn::JSON | syn::PHP | syn::ENV,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    switch: Some(Switch {
        smtp: words!["smtp", "PhabricatorMailImplementationPHPMailerAdapter"],
        no_mail: words!["test", "PhabricatorMailImplementationTestAdapter"],
        local: words![
            "sendmail",
            "PhabricatorMailImplementationPHPMailerLiteAdapter"
        ],
        missing: None,
        off: None,
        name: "the mailer's \"type\"",
    }),
    fixes: FIXES,
    sender_hint: "metamta.default-address",
    hooks: Hooks {
        tls: Some(tls),
        ..Hooks::NONE
    },
    ..BASE
};

const BITNAMI_KEYS: &[Key] = &[
    kr("PHABRICATOR_SMTP_HOST", Host, Read::HostList),
    k("PHABRICATOR_SMTP_PORT_NUMBER|PHABRICATOR_SMTP_PORT", Port),
    k("PHABRICATOR_SMTP_USER", Username),
    k("PHABRICATOR_SMTP_PASSWORD", Password),
    k("PHABRICATOR_SMTP_PROTOCOL", Encryption),
];

const BITNAMI_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "PHABRICATOR_SMTP_PORT_NUMBER", SetVal::Port)]),
    fix(W::Host, &[set(Host, "PHABRICATOR_SMTP_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "PHABRICATOR_SMTP_PROTOCOL", SetVal::Word("tls"))],
        "PHABRICATOR_SMTP_PROTOCOL=tls (with PHABRICATOR_SMTP_PORT_NUMBER=587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "PHP's default certificate checks (the image has no option to turn them off)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "PHABRICATOR_SMTP_USER and PHABRICATOR_SMTP_PASSWORD",
    ),
    laravel::TLS_MODERN_FIX,
    fix(W::Username, &[set(Username, "PHABRICATOR_SMTP_USER", SetVal::Given)]),
    fix(W::Password, &[set(Password, "PHABRICATOR_SMTP_PASSWORD", SetVal::Given)]),
    fix_text(
        W::From,
        &[],
        "the image sets metamta.default-address to PHABRICATOR_SMTP_USER: set it afterwards with ./bin/config set metamta.default-address {value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "Phorge has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PHORGE_BITNAMI: Profile = Profile {
    id: "phorge-bitnami",
    name: "Phabricator (Bitnami image environment)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/bitnami/containers/tree/main/bitnami/phabricator#smtp-configuration https://github.com/bitnami/containers/blob/main/bitnami/phabricator/2/debian-11/rootfs/opt/bitnami/scripts/libphabricator.sh",
    syntaxes: syn::ENV_LIKE,
    keys: BITNAMI_KEYS,
    markers: &[
        mark("PHABRICATOR_SMTP_HOST"),
        mark("PHABRICATOR_SMTP_PORT_NUMBER"),
        mark("PHABRICATOR_SMTP_USER"),
        mark("PHABRICATOR_SMTP_PROTOCOL"),
    ],
    needs_marker: true,
    family: &["PHABRICATOR_SMTP_"],
    fixes: BITNAMI_FIXES,
    sender_hint: "PHABRICATOR_SMTP_USER (the image makes it metamta.default-address)",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(login_is_sender),
        ..Hooks::NONE
    },
    ..BASE
};

/// Where no From is written (or it is left null), the SMTP user is the
/// From (the Bitnami image's `metamta.default-address`; Grafana OnCall's
/// fallback).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
pub(super) fn login_is_sender(_doc: &Document, configs: &mut Vec<Config>) {
    for cfg in configs.iter_mut() {
        // A From left null (`fromEmail: ~`) is not written either.
        let unset = cfg.get(From).is_none_or(|f| {
            crate::summary::is_null(f) || f.value.literal().is_some_and(|t| t.trim().is_empty())
        });
        if unset {
            if let Some(user) = cfg.get(Username) {
                let from = Field {
                    role: From,
                    ..user.clone()
                };
                cfg.fields.retain(|f| f.role != From);
                cfg.push(from);
            }
        }
    }
}

/// PHPMailer 5.1's reading of `SMTPSecure` (see the module docs): `ssl`
/// or `tls` (lowercased by the adapter); anything else is clear text.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    match cfg.get(Encryption) {
        Some(f) if f.value.is_reference() => {}
        Some(f) => match f.value.text.trim().to_ascii_lowercase().as_str() {
            "ssl" => {
                tls.choose(Security::Implicit, Evidence::of(f));
            }
            "tls" => {
                tls.choose(Security::StartTls, Evidence::of(f));
            }
            _ => {
                tls.choose(Security::None, Evidence::of(f));
            }
        },
        None => {
            tls.choose(
                Security::None,
                Evidence::absent("no \"protocol\" option (PHPMailer 5.1 then never starts TLS)"),
            );
        }
    }
    tls
}

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const LOCAL: &str = r#"{
  "phabricator.base-uri": "https://phorge.acme-widgets.io/",
  "metamta.default-address": "noreply@acme-widgets.io",
  "cluster.mailers": [
    {
      "key": "postmark-smtp",
      "type": "smtp",
      "options": {
        "host": "smtp.postmarkapp.com",
        "port": 587,
        "user": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
        "password": "5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c",
        "protocol": "tls"
      }
    }
  ]
}
"#;

    #[test]
    fn local_json_mailer() {
        let (client, s, ids) = first(LOCAL);
        assert_eq!(client, "phorge");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "noreply@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn protocol_words() {
        let (_, s, ids) = first(&LOCAL.replace("\"tls\"", "\"ssl\""));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // PHPMailer 5.1 never upgrades by itself: no protocol is clear text.
        let (_, s, ids) = first(&LOCAL.replace(",\n        \"protocol\": \"tls\"", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&LOCAL.replace("\"tls\"", "\"starttls\""));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn bare_mailers_list() {
        let json = "[\n  {\n    \"key\": \"stmp-mailer\",\n    \"type\": \"smtp\",\n    \"options\": {\n      \"host\": \"smtp.postmarkapp.com\",\n      \"port\": 465,\n      \"user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n      \"password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n      \"protocol\": \"ssl\"\n    }\n  }\n]\n";
        let (client, s, ids) = first(json);
        assert_eq!(client, "phorge");
        assert_eq!(s["port"], 465);
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn bitnami_environment() {
        let compose = "services:\n  phabricator:\n    image: docker.io/bitnami/phabricator:2021\n    environment:\n      - PHABRICATOR_SMTP_HOST=smtp.postmarkapp.com\n      - PHABRICATOR_SMTP_PORT_NUMBER=587\n      - PHABRICATOR_SMTP_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - PHABRICATOR_SMTP_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - PHABRICATOR_SMTP_PROTOCOL=tls\n";
        let (client, s, ids) = first(compose);
        assert_eq!(client, "phorge-bitnami");
        assert_eq!(s["security"], "starttls");
        // The image sends From the login: a token is no address.
        assert!(has(&ids, "from/invalid"), "{ids:?}");
        let (_, s, ids) = first(&compose.replace("      - PHABRICATOR_SMTP_PROTOCOL=tls\n", ""));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn bin_config_set_lines() {
        let sh = "./bin/config set metamta.default-address noreply@acme-widgets.io\n./bin/config set metamta.mail-adapter PhabricatorMailImplementationPHPMailerAdapter\n./bin/config set phpmailer.smtp-host smtp.postmarkapp.com\n./bin/config set phpmailer.smtp-port 465\n./bin/config set phpmailer.smtp-protocol SSL\n./bin/config set phpmailer.smtp-user 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n./bin/config set phpmailer.smtp-password 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";
        let (client, s, ids) = first(sh);
        assert_eq!(client, "phorge");
        assert_eq!(s["security"], "implicit");
        assert_eq!(s["from"], "noreply@acme-widgets.io");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn old_phpmailer_options() {
        let json = "{\n  \"metamta.mail-adapter\": \"PhabricatorMailImplementationPHPMailerAdapter\",\n  \"phpmailer.smtp-host\": \"smtp.postmarkapp.com\",\n  \"phpmailer.smtp-port\": 587,\n  \"phpmailer.smtp-protocol\": \"tls\",\n  \"phpmailer.smtp-user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n  \"phpmailer.smtp-password\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n  \"metamta.default-address\": \"noreply@acme-widgets.io\"\n}\n";
        let (client, s, ids) = first(json);
        assert_eq!(client, "phorge");
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, _, ids) = first(&json.replace(
            "PhabricatorMailImplementationPHPMailerAdapter",
            "PhabricatorMailImplementationPHPMailerLiteAdapter",
        ));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
