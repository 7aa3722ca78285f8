//! OroPlatform, OroCRM and OroCommerce: the `mailer_*` parameters of
//! `config/parameters.yml` (1.x to 4.x, SwiftMailer), their `ORO_MAILER_*`
//! environment variables and `env(ORO_MAILER_*)` fallbacks (4.x), and
//! `ORO_MAILER_DSN` / `mailer_dsn` (5.x and later, Symfony Mailer).
//!
//! Meaning (oroinc/platform-application `config/parameters.yml.dist` and
//! `config/config.yml` at 4.2 and after the 2021 switch to symfony/mailer,
//! `.env-app`; oroinc/documentation "Infrastructure-related Oro
//! Application Configuration"; SwiftmailerBundle's transport factory):
//!
//! * 4.x: `swiftmailer:` takes `%mailer_transport%`, `%mailer_host%`,
//!   `%mailer_port%`, `%mailer_encryption%`, `%mailer_user%` and
//!   `%mailer_password%`; the 4.x `.dist` sets each to
//!   `%env(ORO_MAILER_DRIVER)%` … `%env(ORO_MAILER_PASSWORD)%` with
//!   `env(ORO_MAILER_…)` fallbacks (`sendmail`, `127.0.0.1`, the rest
//!   null). `mailer_transport` is `smtp`, `sendmail` (the local program) or
//!   `null` (no mail leaves).
//! * SwiftMailer: `mailer_encryption: ssl` is TLS from the first byte,
//!   `tls` required STARTTLS, null clear text (SwiftMailer has no
//!   opportunistic STARTTLS); a null port is 25, or 465 with `ssl`.
//! * 5.x: `mailer_dsn: '%env(ORO_MAILER_DSN)%'`, a Symfony Mailer DSN
//!   (`native://default` out of the box: PHP's sendmail settings).
//! * The From and the SMTP settings of System Configuration › General
//!   Setup › Email Configuration live in the database, and override these
//!   when set there: out of scope.
//!
//! `mailer_host` and friends are every Symfony 2/3 `parameters.yml`'s
//! names (Mautic's `local.php` too): the table needs Oro's own
//! (`ORO_MAILER_*`, `websocket_*`, `message_queue_transport`,
//! `session_handler`).

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, set, syn, words, Both, Fix, Key, Marker, Profile, Read, Sec,
    SetVal, Switch, TlsModel, UrlFlavor, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k(
        "mailer_transport|ORO_MAILER_DRIVER|env(ORO_MAILER_DRIVER)",
        Transport,
    ),
    k("mailer_host|ORO_MAILER_HOST|env(ORO_MAILER_HOST)", Host),
    k("mailer_port|ORO_MAILER_PORT|env(ORO_MAILER_PORT)", Port),
    k(
        "mailer_encryption|ORO_MAILER_ENCRYPTION|env(ORO_MAILER_ENCRYPTION)",
        Encryption,
    ),
    k("mailer_user|ORO_MAILER_USER|env(ORO_MAILER_USER)", Username),
    k(
        "mailer_password|ORO_MAILER_PASSWORD|env(ORO_MAILER_PASSWORD)",
        Password,
    ),
    kr(
        "mailer_dsn|ORO_MAILER_DSN|env(ORO_MAILER_DSN)",
        Host,
        Read::Url(UrlFlavor::Symfony),
    ),
];

const MARKERS: &[Marker] = &[
    mark("ORO_MAILER_DSN"),
    mark("ORO_MAILER_HOST"),
    mark("ORO_MAILER_DRIVER"),
    mark("env(ORO_MAILER_DSN)"),
    mark("env(ORO_MAILER_HOST)"),
    mark("websocket_backend_host"),
    mark("websocket_bind_port"),
    mark("message_queue_transport"),
];

const OTHER_KEYS: crate::extract::profile::Words = words![];

/// SwiftMailer's `encryption`: no opportunistic STARTTLS.
const TLS: TlsModel = TlsModel {
    words: &[
        ("ssl", Sec::Implicit),
        ("tls", Sec::StartTls),
        ("null", Sec::Plain),
        ("~", Sec::Plain),
        ("", Sec::Plain),
        // 5.x DSN schemes (Symfony Mailer).
        ("smtp", Sec::Auto),
        ("smtps", Sec::Implicit),
    ],
    both: Both::Implicit,
    absent: "no mailer_encryption (SwiftMailer then never starts TLS)",
    ..TlsModel::SWITCHES_PLAIN
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mailer_port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mailer_host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(Encryption, "mailer_encryption", SetVal::Word("tls"))],
        "mailer_encryption: tls with mailer_port: 587 (5.x: ORO_MAILER_DSN=smtp://…@smtp.postmarkapp.com:587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "PHP's default certificate checks (remove any verify_peer: false stream option)",
    ),
    fix_text(W::AuthOn, &[], "mailer_user and mailer_password"),
    super::laravel::TLS_MODERN_FIX,
    fix(W::Username, &[set(Username, "mailer_user", SetVal::Given)]),
    fix(W::Password, &[set(Password, "mailer_password", SetVal::Given)]),
    fix_text(
        W::From,
        &[],
        "{value} as the sender in System Configuration › General Setup › Email Configuration",
    ),
    fix_text(
        W::Stream,
        &[],
        "Oro has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ORO: Profile = Profile {
    id: "oro",
    name: "OroPlatform / OroCRM / OroCommerce mailer parameters",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/oroinc/documentation/blob/master/developer/backend/setup/dev-environment/local-server-setup/parameters-yml.rst https://github.com/oroinc/platform-application/blob/4.2/config/parameters.yml.dist https://github.com/oroinc/platform-application/blob/master/.env-app https://github.com/symfony/swiftmailer-bundle/blob/master/DependencyInjection/SwiftmailerTransportFactory.php",
    syntaxes: syn::YAML | syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: OTHER_KEYS,
    tls: TLS,
    port: Some(25),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["null"],
        local: words!["sendmail", "mail"],
        missing: None,
        off: None,
        name: "mailer_transport",
    }),
    fixes: FIXES,
    sender_hint: "System Configuration › General Setup › Email Configuration (stored in the database)",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const YML: &str = "parameters:\n    database_driver:   pdo_mysql\n    mailer_transport:  smtp\n    mailer_host:       smtp.postmarkapp.com\n    mailer_port:       587\n    mailer_encryption: tls\n    mailer_user:       5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    mailer_password:   5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    websocket_bind_address:  0.0.0.0\n    websocket_bind_port:     8080\n    session_handler:    session.handler.native_file\n";

    #[test]
    fn parameters_yml_with_tls() {
        let (client, s, ids) = first(YML);
        assert_eq!(client, "oro");
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().all(|i| i == "from/missing"), "{ids:?}");
    }

    #[test]
    fn swiftmailer_encryption_words() {
        // Null: SwiftMailer never starts TLS.
        let (_, s, ids) = first(&YML.replace("mailer_encryption: tls", "mailer_encryption: null"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&YML.replace("mailer_encryption: tls", "mailer_encryption: ssl"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, _, ids) =
            first(&YML.replace("mailer_transport:  smtp", "mailer_transport:  sendmail"));
        assert!(ids.iter().any(|i| i.starts_with("input/")), "{ids:?}");
    }

    #[test]
    fn dsn_of_5x() {
        let env = "ORO_MAILER_DSN=smtp://5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c:5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c@smtp.postmarkapp.com:587\nORO_DB_URL=postgres://oro:oro@127.0.0.1/oro\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "oro");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["security"], "starttls");
    }

    #[test]
    fn a_symfony_parameters_yml_is_not_taken() {
        let yml = "parameters:\n    mailer_transport: smtp\n    mailer_host: smtp.postmarkapp.com\n    mailer_user: u\n    mailer_password: p\n    secret: x\n";
        let r = crate::lint(yml, &crate::Options::default());
        assert!(r.configs.iter().all(|c| c.client != "oro"));
    }
}
