//! The Elastic Stack's two mail senders.
//!
//! **Elasticsearch Watcher** (`elasticsearch-watcher`): the email accounts of
//! `elasticsearch.yml`, `xpack.notification.email.account.<name>.smtp.*`
//! (nested or dotted YAML, or the same names as Docker environment
//! variables). Meaning (elastic.co "Watcher settings → Email notification
//! settings" and "Configuring email accounts"; the code:
//! `x-pack/plugin/watcher/.../notification/email/Account.java`):
//!
//! * Every `smtp.<x>` of an account becomes the JavaMail property
//!   `mail.smtp.<x>`: `smtp.starttls.enable: true` issues STARTTLS when the
//!   server offers it, `smtp.starttls.required: true` fails without it
//!   (JavaMail issues STARTTLS when either is on), `smtp.ssl.enable: true`
//!   is TLS from the first byte. With none of them the session stays in
//!   clear (both STARTTLS switches default to false).
//! * `smtp.port` defaults to 25; `smtp.host` is required.
//! * The account's `smtp.user` and password are handed to
//!   `Transport.connect`, so JavaMail logs in whenever both are set
//!   (`smtp.auth`, default false, does not stop it). The password is a
//!   secure setting in the Elasticsearch keystore,
//!   `xpack.notification.email.account.<name>.smtp.secure_password`, since
//!   6.x (`smtp.password` in elasticsearch.yml was removed in 7.0): a
//!   user without a password in the file is checked as credentials kept
//!   elsewhere, not as a missing password.
//! * `smtp.ssl.trust: "*"` trusts every host: certificate checks off.
//! * The From is `email_defaults.from` (a watch's own `from` wins).
//!
//! **Kibana email connector** (`kibana-email`): a preconfigured connector
//! in `kibana.yml`, `xpack.actions.preconfigured.<id>` with `actionTypeId:
//! .email`, `config.*` and `secrets.*`. Meaning (elastic.co "Email
//! connector and action" and "Preconfigured connectors"; the code:
//! `x-pack/plugins/stack_connectors/server/connector_types/email/` and
//! `actions/server/lib/send_email.ts`, built on nodemailer):
//!
//! * `config.service: other` (or no service) uses `config.host`,
//!   `config.port` and `config.secure`; a nodemailer well-known service
//!   name (`gmail`, `outlook365`, `ses`) brings its own host and port;
//!   `exchange_server` sends through Microsoft Graph and `elastic_cloud`
//!   through Elastic's own mail service: no SMTP.
//! * `secure: true` is TLS from the first byte; otherwise (the default)
//!   nodemailer connects in clear and upgrades with STARTTLS when the
//!   server offers it.
//! * `config.hasAuth` (default true) logs in with `secrets.user` and
//!   `secrets.password`; `false` never logs in.
//! * `config.from` is the From.

use super::kit::{password_elsewhere, At, Source};
use super::nodemailer;
use crate::extract::profile::tls::truth;
use crate::extract::profile::{
    fix_text, k, mark, mark_value, syn, weighs, words, Fix, Hooks, Key, Profile, Switch, TlsModel,
    Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const ES_KEYS: &[Key] = &[
    k("email.account.*.smtp.host", Host),
    k("email.account.*.smtp.port", Port),
    k("email.account.*.smtp.user", Username),
    // Elasticsearch 5.x/6.x only (removed in 7.0: the keystore holds it).
    k("email.account.*.smtp.password", Password),
    k("email.account.*.smtp.starttls.enable", StartTls),
    k("email.account.*.smtp.starttls.required", StartTls),
    k("email.account.*.smtp.ssl.enable", ImplicitTls),
    k("email.account.*.smtp.ssl.trust", SkipVerify),
    k("email.account.*.email_defaults.from", From),
];

const ES_OTHER_KEYS: Words = words![
    "auth",
    "profile",
    "timeout",
    "connection_timeout",
    "write_timeout",
    "local_address",
    "local_port",
    "send_partial",
    "wait_on_quit",
    "secure_password",
    "default_account",
    "to",
    "cc",
    "bcc",
    "reply_to",
    "subject",
    "priority",
];

/// JavaMail issues STARTTLS when either of its two properties is on; SSL
/// from the first byte wins over both.
fn es_tls(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    let mut tls = Tls::default();
    if [StartTls, ImplicitTls]
        .iter()
        .any(|r| cfg.all(*r).any(|f| f.value.is_reference()))
    {
        return tls;
    }
    let on = |f: &&crate::model::Field| truth(p, f) == Some(true);
    if let Some(ssl) = cfg.get(ImplicitTls).filter(on) {
        tls.choose(Security::Implicit, Evidence::of(ssl));
    } else if let Some(st) = cfg.all(StartTls).find(on) {
        tls.choose(Security::StartTls, Evidence::of(st));
    } else {
        tls.mode = Some(Security::None);
        tls.disabled = cfg
            .all(StartTls)
            .last()
            .map(Evidence::of)
            .or_else(|| Some(Evidence::absent("no smtp.starttls.enable: true")));
    }
    tls
}

/// `smtp.ssl.trust` names the hosts trusted without checks: only `*`
/// trusts every one (a host list is a pinned, narrower trust).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn es_finish(_doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        c.fields.retain(|f| {
            f.role != SkipVerify
                || f.value.is_reference()
                || f.value.text.trim().trim_matches(['"', '\'']) == "*"
        });
        for f in c.fields.iter_mut().filter(|f| f.role == SkipVerify) {
            f.value.text = "true".into();
        }
        password_elsewhere(
            c,
            "smtp.secure_password",
            Source::Store("elasticsearch.keystore"),
            At::KeyStart,
        );
    }
}

const ES_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "smtp.port: {port} in the email account"),
    fix_text(W::Host, &[], "smtp.host: {value} in the email account"),
    fix_text(
        W::StartTls,
        &[],
        "smtp.starttls.enable: true and smtp.starttls.required: true (and no smtp.ssl.enable: true)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "no smtp.ssl.trust: \"*\" (trust the server's certificate through the JVM's trust store)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "smtp.auth: true with smtp.user, and smtp.secure_password in the Elasticsearch keystore",
    ),
    fix_text(W::Username, &[], "smtp.user: {value}"),
    fix_text(
        W::Password,
        &[],
        "bin/elasticsearch-keystore add xpack.notification.email.account.<name>.smtp.secure_password (value: {value})",
    ),
    fix_text(W::From, &[], "email_defaults.from: {value} in the email account"),
    fix_text(
        W::Stream,
        &[],
        "Watcher has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ELASTICSEARCH_WATCHER: Profile = Profile {
    id: "elasticsearch-watcher",
    name: "Elasticsearch Watcher xpack.notification.email.account.*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.elastic.co/guide/en/elasticsearch/reference/current/notification-settings.html#email-notification-settings https://www.elastic.co/docs/explore-analyze/alerts-cases/watcher/actions-email https://github.com/elastic/elasticsearch/blob/main/x-pack/plugin/watcher/src/main/java/org/elasticsearch/xpack/watcher/notification/email/Account.java",
    syntaxes: syn::YAML | syn::ENV_LIKE | syn::PROPERTIES,
    keys: ES_KEYS,
    markers: &[
        weighs(mark("notification.email.account.*.smtp.host"), 2),
        mark("email.account.*.smtp.host"),
        mark("notification.email.account"),
    ],
    needs_marker: true,
    // Keys under the notification settings only: the flat form shares the
    // file's top level with every other setting (`xpack.security.enabled`).
    family: &[".notification.email."],
    other_keys: ES_OTHER_KEYS,
    tls: TlsModel {
        absent: "no smtp.starttls.enable: true",
        ..TlsModel::SWITCHES_PLAIN
    },
    port: Some(25),
    fixes: ES_FIXES,
    sender_hint: "email_defaults.from in the email account (or the watch's own from)",
    hooks: Hooks {
        tls: Some(es_tls),
        finish: Some(es_finish),
        ..Hooks::NONE
    },
    ..BASE
};

const KIBANA_KEYS: &[Key] = &[
    k("config.host", Host),
    k("config.port", Port),
    k("config.secure", ImplicitTls),
    k("config.hasAuth", Auth),
    k("config.from", From),
    k("config.service", Transport),
    k("secrets.user", Username),
    k("secrets.password", Password),
];

const KIBANA_OTHER_KEYS: Words = words![
    "actionTypeId",
    "name",
    "exposeConfig",
    "tenantId",
    "clientId",
    "clientSecret",
    "oauthTokenUrl",
];

/// A nodemailer well-known `service` (`gmail`, `outlook365`, `ses`…) is
/// SMTP with that service's host, port and `secure`, which win over what
/// `config` says; `other` uses `config`; `exchange_server` and
/// `elastic_cloud` are no SMTP (the switch says so).
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn kibana_finish(doc: &Document, configs: &mut Vec<Config>) {
    for c in configs.iter_mut() {
        c.fields.retain(|f| {
            f.role != Transport
                || f.value.is_reference()
                || nodemailer::service(&f.value.text).is_none()
        });
    }
    nodemailer::env_preset(doc, configs, "service");
}

const KIBANA_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "config.port: {port}"),
    fix_text(W::Host, &[], "config.host: {value} (with config.service: other)"),
    fix_text(W::StartTls, &[], "config.secure: false"),
    fix_text(W::AuthOn, &[], "config.hasAuth: true with secrets.user and secrets.password"),
    fix_text(W::Username, &[], "secrets.user: {value}"),
    fix_text(W::Password, &[], "secrets.password: {value}"),
    fix_text(W::From, &[], "config.from: {value}"),
    fix_text(
        W::Stream,
        &[],
        "The Kibana email connector has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static KIBANA_EMAIL: Profile = Profile {
    id: "kibana-email",
    name: "Kibana email connector (xpack.actions.preconfigured, .email)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://www.elastic.co/guide/en/kibana/current/email-action-type.html https://www.elastic.co/guide/en/kibana/current/pre-configured-connectors.html https://github.com/elastic/kibana/blob/main/x-pack/platform/plugins/shared/actions/server/lib/send_email.ts",
    syntaxes: syn::YAML | syn::JSON,
    keys: KIBANA_KEYS,
    markers: &[
        weighs(mark_value("actionTypeId", ".email"), 3),
        mark("preconfigured.*.config.host"),
    ],
    needs_marker: true,
    other_keys: KIBANA_OTHER_KEYS,
    // nodemailer: `secure` or STARTTLS when offered.
    tls: TlsModel::OPPORTUNISTIC,
    switch: Some(Switch {
        smtp: words!["other"],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "config.service",
    }),
    // `secrets:` is a sibling of `config:` (the connector's two objects).
    credentials_apart: true,
    fixes: KIBANA_FIXES,
    sender_hint: "config.from of the email connector",
    hooks: Hooks {
        finish: Some(kibana_finish),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ES: &str = "cluster.name: prod\nxpack.notification.email.account:\n  postmark:\n    profile: standard\n    email_defaults:\n      from: alerts@acme-widgets.io\n    smtp:\n      auth: true\n      starttls.enable: true\n      starttls.required: true\n      host: smtp.postmarkapp.com\n      port: 587\n      user: 7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n";

    #[test]
    fn settings_given_as_the_images_environment() {
        // docker-compose: Elasticsearch reads a dotted setting name in its
        // environment as that setting (`- name=value` or `name: value`).
        let list = "services:\n  es:\n    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0\n    environment:\n      - discovery.type=single-node\n      - xpack.notification.email.account.pm.smtp.auth=true\n      - xpack.notification.email.account.pm.smtp.starttls.enable=true\n      - xpack.notification.email.account.pm.smtp.host=smtp.postmarkapp.com\n      - xpack.notification.email.account.pm.smtp.port=587\n      - xpack.notification.email.account.pm.smtp.user=7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n      - xpack.notification.email.account.pm.email_defaults.from=alerts@acme-widgets.io\n";
        let map = list
            .replace("      - xpack", "      xpack")
            .replace("      - discovery.type=", "      discovery.type: ")
            .replace("=", ": ");
        for text in [list, map.as_str()] {
            let (client, s, ids) = first(text);
            assert_eq!(client, "elasticsearch-watcher", "{text}");
            assert_eq!(s["host"], "smtp.postmarkapp.com");
            assert_eq!(s["port"], 587);
            assert_eq!(s["security"], "starttls");
            assert_eq!(s["from"], "alerts@acme-widgets.io");
            assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
            assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        }
    }

    #[test]
    fn watcher_account_with_keystore_password() {
        let (client, s, ids) = first(ES);
        assert_eq!(client, "elasticsearch-watcher");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "alerts@acme-widgets.io");
        assert!(!has(&ids, "auth/missing-password"), "{ids:?}");
        assert!(has(&ids, "auth/external-credentials"), "{ids:?}");
    }

    #[test]
    fn watcher_tls_switches() {
        let plain = ES
            .replace("      starttls.enable: true\n", "")
            .replace("      starttls.required: true\n", "");
        let (_, s, ids) = first(&plain);
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        // Either switch alone issues STARTTLS, whatever order they come in.
        let (_, s, _) = first(&ES.replace("starttls.required: true", "starttls.required: false"));
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ES}      ssl.enable: true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ES}      ssl.trust: \"*\"\n"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&format!("{ES}      ssl.trust: smtp.postmarkapp.com\n"));
        assert!(!has(&ids, "tls/verify-disabled"), "{ids:?}");
    }

    #[test]
    fn flat_file_other_settings_are_not_misspellings() {
        let flat = "xpack.security.enabled: true\nxpack.notification.email.account.postmark.smtp.host: smtp.postmarkapp.com\nxpack.notification.email.account.postmark.smtp.port: 587\nxpack.notification.email.account.postmark.smtp.starttls.enable: true\nxpack.notification.email.account.postmark.smtp.user: 7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n";
        let (_, _, ids) = first(flat);
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        // The account's name is no Account API token.
        assert!(!has(&ids, "auth/account-token"), "{ids:?}");
        // A misspelling under the account still is.
        let (_, _, ids) = first(&ES.replace("starttls.required", "starttls.requred"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn watcher_dotted_form_and_default_port() {
        let (client, s, ids) = first(
            "xpack.notification.email.account.work.smtp.host: smtp.postmarkapp.com\nxpack.notification.email.account.work.smtp.starttls.enable: true\nxpack.notification.email.account.work.smtp.user: 7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n",
        );
        assert_eq!(client, "elasticsearch-watcher");
        assert_eq!(s["port"], serde_json::Value::Null);
        assert!(has(&ids, "port/missing"), "{ids:?}");
        assert_eq!(s["security"], "starttls");
    }

    const KIBANA: &str = "server.name: kibana\nxpack.actions.preconfigured:\n  postmark-email:\n    name: Postmark\n    actionTypeId: .email\n    config:\n      service: other\n      from: kibana@acme-widgets.io\n      host: smtp.postmarkapp.com\n      port: 587\n      secure: false\n      hasAuth: true\n    secrets:\n      user: 7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n      password: 7b2d4e9a-8c6f-4d2e-9f4a-5b6c1d2e3f4a\n";

    #[test]
    fn kibana_connector() {
        let (client, s, ids) = first(KIBANA);
        assert_eq!(client, "kibana-email");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["username"], "7b2d…3f4a");
        assert_eq!(s["from"], "kibana@acme-widgets.io");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&KIBANA.replace("secure: false", "secure: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) = first(&KIBANA.replace("hasAuth: true", "hasAuth: false"));
        assert!(has(&ids, "auth/disabled"), "{ids:?}");
        let (_, _, ids) = first(&KIBANA.replace("service: other", "service: exchange_server"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
        // A well-known service is SMTP to that service's host.
        let (_, s, ids) = first(&KIBANA.replace("service: other", "service: gmail"));
        assert_eq!(s["host"], "smtp.gmail.com");
        assert!(has(&ids, "host/other-provider"), "{ids:?}");
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
