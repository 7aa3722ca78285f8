//! OpenCTI: the `smtp` section of its configuration (`config/default.json`,
//! `production.json`, or the same keys in YAML), and the same settings as
//! environment variables in the platform's compose file, Kubernetes or Helm
//! `env:` (`SMTP__HOSTNAME`, `SMTP__PORT`…: nconf with separator `__` and
//! `lowerCase: true`, so `SMTP__HOSTNAME` is `smtp:hostname`).
//!
//! Meaning (docs.opencti.io "Configuration" → "SMTP Service"; the code:
//! `opencti-graphql/src/database/smtp.js`, which hands the settings to
//! nodemailer, and `src/config/conf.js` for `booleanConf`;
//! `config/default.json` for the defaults):
//!
//! * `hostname` defaults to `localhost` (`conf.get('smtp:hostname') ||
//!   'localhost'`: an empty value is `localhost` too), `port` to 25 (the
//!   docs' table says 465 in places; the code and `default.json` say 25).
//! * `use_ssl` is nodemailer's `secure`, always passed (default `false`):
//!   `true` is TLS from the first byte; `false` upgrades with STARTTLS when
//!   the server offers it. Because `secure` is always given, nodemailer
//!   does not turn implicit TLS on by itself on port 465: `use_ssl` must
//!   say it.
//! * `reject_unauthorized` is nodemailer's `tls.rejectUnauthorized`, and
//!   defaults to `false`: unless it is `true`, certificates are not
//!   verified. (Only a written `false` is reported: the default is not in
//!   the paste.)
//! * Booleans go through `booleanConf`: only `true` (the JSON boolean, or
//!   the string `true`, compared exactly: `TRUE` and `True` are false) is
//!   true; an empty value takes the default.
//! * It logs in only when `username` is non-empty (`smtp_auth_type`
//!   `oauth2` logs in with OAuth2 instead, from `oauth_*` keys).
//! * `enabled` (default true) switches the mail sending off when false.
//! * The From address is the platform's e-mail in its settings (UI), or
//!   `forced_sender_email` when written; releases before 5.12 read
//!   `from_email` (`notifications@opencti.io` in `default.json`).
//! * `tls_min_version`/`tls_max_version`/`tls_ciphers` are nodemailer's
//!   `tls` options.

use crate::extract::profile::{
    fix_text, k, mark, pairs, shared, syn, words, Fix, Key, Marker, Pairs, Profile, Switch,
    TlsModel, Truth, Words, WriteKind as W, BASE,
};
use crate::model::Role::*;

const FILE_KEYS: &[Key] = &[
    k("smtp.hostname", Host),
    k("smtp.port", Port),
    k("smtp.username", Username),
    k("smtp.password", Password),
    k("smtp.use_ssl", ImplicitTls),
    k("smtp.reject_unauthorized", VerifyPeer),
    k("smtp.tls_min_version", TlsVersion),
    k("smtp.smtp_auth_type", AuthMethod),
    k("smtp.enabled", Enabled),
    k("smtp.forced_sender_email|smtp.from_email", From),
];

const ENV_KEYS: &[Key] = &[
    k("SMTP__HOSTNAME", Host),
    k("SMTP__PORT", Port),
    k("SMTP__USERNAME", Username),
    k("SMTP__PASSWORD", Password),
    k("SMTP__USE_SSL", ImplicitTls),
    k("SMTP__REJECT_UNAUTHORIZED", VerifyPeer),
    k("SMTP__TLS_MIN_VERSION", TlsVersion),
    k("SMTP__SMTP_AUTH_TYPE", AuthMethod),
    k("SMTP__ENABLED", Enabled),
    k("SMTP__FORCED_SENDER_EMAIL|SMTP__FROM_EMAIL", From),
];

/// `smtp.hostname`/`smtp.use_ssl` are written by other apps too; these
/// names are OpenCTI's (its `smtp` keys, and its own sections beside them).
const FILE_MARKERS: &[Marker] = &[
    mark("smtp.reject_unauthorized"),
    mark("smtp.forced_sender_email"),
    mark("smtp.smtp_auth_type"),
    mark("smtp.tls_max_version"),
    mark("app.admin.token"),
    mark("rabbitmq.port_management"),
    mark("providers.local.strategy"),
    shared(mark("smtp.hostname")),
    shared(mark("smtp.use_ssl")),
];

/// `SMTP__HOSTNAME`, `SMTP__USE_SSL` and `SMTP__PORT` are written by
/// other nconf/pydantic apps too (catapulte reads `SMTP__HOSTNAME`); the
/// platform's own variables beside them recognise it.
const ENV_MARKERS: &[Marker] = &[
    mark("SMTP__REJECT_UNAUTHORIZED"),
    mark("SMTP__FORCED_SENDER_EMAIL"),
    mark("SMTP__SMTP_AUTH_TYPE"),
    mark("SMTP__TLS_MAX_VERSION"),
    mark("APP__ADMIN__TOKEN"),
    mark("APP__ADMIN__EMAIL"),
    mark("APP__HEALTH_ACCESS_KEY"),
    mark("RABBITMQ__PORT_MANAGEMENT"),
    mark("PROVIDERS__LOCAL__STRATEGY"),
    shared(mark("SMTP__HOSTNAME")),
    shared(mark("SMTP__USE_SSL")),
];

const FILE_OTHER: Words = words![
    "tls_max_version",
    "tls_ciphers",
    "oauth_user",
    "oauth_client_id",
    "oauth_client_secret",
    "oauth_access_token",
];

const ENV_OTHER: Words = words![
    "SMTP__TLS_MAX_VERSION",
    "SMTP__TLS_CIPHERS",
    "SMTP__OAUTH_USER",
    "SMTP__OAUTH_CLIENT_ID",
    "SMTP__OAUTH_CLIENT_SECRET",
    "SMTP__OAUTH_ACCESS_TOKEN",
];

const FILE_LEFTOVERS: Pairs = pairs![
    ("host", "hostname"),
    ("user", "username"),
    ("secure", "use_ssl"),
    ("ssl", "use_ssl"),
    ("tls", "use_ssl"),
    ("use_tls", "use_ssl"),
    ("from", "forced_sender_email"),
];

const ENV_LEFTOVERS: Pairs = pairs![
    ("SMTP__HOST", "SMTP__HOSTNAME"),
    ("SMTP__USER", "SMTP__USERNAME"),
    ("SMTP__SECURE", "SMTP__USE_SSL"),
    ("SMTP__SSL", "SMTP__USE_SSL"),
    ("SMTP__TLS", "SMTP__USE_SSL"),
    ("SMTP__USE_TLS", "SMTP__USE_SSL"),
    ("SMTP__FROM", "SMTP__FORCED_SENDER_EMAIL"),
];

/// nodemailer with `secure` always given: `use_ssl` or STARTTLS when
/// offered, never implicit TLS by the port alone.
const TLS: TlsModel = TlsModel::OPPORTUNISTIC;

const SWITCH: Switch = Switch::plain("smtp:enabled");

const FILE_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "\"port\": {port} in \"smtp\""),
    fix_text(W::Host, &[], "\"hostname\": \"{value}\" in \"smtp\""),
    fix_text(
        W::StartTls,
        &[],
        "\"use_ssl\": false in \"smtp\" (OpenCTI then upgrades with STARTTLS) with port 587",
    ),
    fix_text(W::VerifyOn, &[], "\"reject_unauthorized\": true in \"smtp\""),
    fix_text(W::AuthOn, &[], "\"username\" and \"password\" in \"smtp\""),
    fix_text(
        W::TlsModern,
        &[],
        "\"tls_min_version\": \"TLSv1.2\" in \"smtp\"",
    ),
    fix_text(W::Username, &[], "\"username\": \"{value}\" in \"smtp\""),
    fix_text(W::Password, &[], "\"password\": \"{value}\" in \"smtp\""),
    fix_text(
        W::From,
        &[],
        "the platform e-mail in Settings → Parameters, or \"forced_sender_email\": \"{value}\" in \"smtp\"",
    ),
    fix_text(
        W::Stream,
        &[],
        "OpenCTI has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(W::Port, &[], "SMTP__PORT={port}"),
    fix_text(W::Host, &[], "SMTP__HOSTNAME={value}"),
    fix_text(
        W::StartTls,
        &[],
        "SMTP__USE_SSL=false (OpenCTI then upgrades with STARTTLS) with SMTP__PORT=587",
    ),
    fix_text(W::VerifyOn, &[], "SMTP__REJECT_UNAUTHORIZED=true"),
    fix_text(W::AuthOn, &[], "SMTP__USERNAME and SMTP__PASSWORD"),
    fix_text(W::TlsModern, &[], "SMTP__TLS_MIN_VERSION=TLSv1.2"),
    fix_text(W::Username, &[], "SMTP__USERNAME={value}"),
    fix_text(W::Password, &[], "SMTP__PASSWORD={value}"),
    fix_text(
        W::From,
        &[],
        "the platform e-mail in Settings → Parameters, or SMTP__FORCED_SENDER_EMAIL={value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "OpenCTI has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://docs.opencti.io/latest/deployment/configuration/#smtp-service https://github.com/OpenCTI-Platform/opencti/blob/master/opencti-platform/opencti-graphql/src/database/smtp.js https://github.com/OpenCTI-Platform/opencti/blob/master/opencti-platform/opencti-graphql/config/default.json";

const SENDER: &str = "the platform e-mail (Settings → Parameters), or smtp:forced_sender_email (SMTP__FORCED_SENDER_EMAIL)";

pub static OPENCTI: Profile = Profile {
    id: "opencti",
    name: "OpenCTI smtp configuration",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::JSON | syn::YAML,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: FILE_OTHER,
    leftovers: FILE_LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Exactly(words!["true"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    empty_host_default: true,
    switch: Some(SWITCH),
    fixes: FILE_FIXES,
    sender_hint: SENDER,
    ..BASE
};

pub static OPENCTI_ENV: Profile = Profile {
    id: "opencti-env",
    name: "OpenCTI SMTP__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["SMTP__"],
    other_keys: ENV_OTHER,
    leftovers: ENV_LEFTOVERS,
    truth: Truth::Exactly(words!["true"]),
    tls: TLS,
    port: Some(25),
    host: Some("localhost"),
    default_host_used: true,
    empty_host_default: true,
    switch: Some(Switch::plain("SMTP__ENABLED")),
    fixes: ENV_FIXES,
    sender_hint: SENDER,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted as first};

    const ENV: &str = "services:\n  opencti:\n    image: opencti/platform:6.4.1\n    environment:\n      - APP__PORT=8080\n      - APP__ADMIN__EMAIL=admin@acme.io\n      - APP__ADMIN__TOKEN=${OPENCTI_ADMIN_TOKEN}\n      - SMTP__HOSTNAME=smtp.postmarkapp.com\n      - SMTP__PORT=587\n      - SMTP__USERNAME=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - SMTP__PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      - SMTP__USE_SSL=false\n      - SMTP__REJECT_UNAUTHORIZED=true\n      - PROVIDERS__LOCAL__STRATEGY=LocalStrategy\n";

    #[test]
    fn compose_environment_starttls_when_offered() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "opencti-env");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert!(!ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn use_ssl_is_implicit_tls_and_465_needs_it() {
        let (_, s, ids) = first(&ENV.replace("USE_SSL=false", "USE_SSL=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        // `secure` is always passed: 465 without use_ssl is not implicit
        // TLS (the client waits for a greeting in clear).
        let (_, s, ids) = first(&ENV.replace("PORT=587", "PORT=465"));
        assert_ne!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
        // booleanConf: only `true` is true.
        let (_, s, _) = first(&ENV.replace("USE_SSL=false", "USE_SSL=yes"));
        assert_ne!(s["security"], "implicit");
        // …compared exactly: nconf leaves `TRUE` a string, and `'TRUE' === 'true'` is false.
        let (_, s, _) = first(&ENV.replace("USE_SSL=false", "USE_SSL=TRUE"));
        assert_ne!(s["security"], "implicit");
    }

    #[test]
    fn verification_and_leftover_names() {
        let (_, _, ids) = first(&ENV.replace("UNAUTHORIZED=true", "UNAUTHORIZED=false"));
        assert!(has(&ids, "tls/verify-disabled"), "{ids:?}");
        let (_, _, ids) = first(&ENV.replace("SMTP__USE_SSL=false", "SMTP__TLS=true"));
        assert!(has(&ids, "input/unknown-key"), "{ids:?}");
    }

    #[test]
    fn default_json_and_empty_hostname() {
        let json = r#"{"app": {"port": 4000, "admin": {"email": "admin@opencti.io", "token": "ChangeMe"}},
 "rabbitmq": {"hostname": "localhost", "port": 5672, "port_management": 15672, "username": "guest", "password": "guest"},
 "smtp": {"hostname": "", "use_ssl": false, "reject_unauthorized": false, "port": 25, "username": "", "password": "", "from_email": "notifications@opencti.io"}}"#;
        let (client, s, ids) = first(json);
        assert_eq!(client, "opencti");
        // An empty hostname is `localhost`: a local target, no login needed.
        assert_eq!(s["host"], "");
        assert_eq!(s["port"], 25);
        assert_eq!(s["from"], "notifications@opencti.io");
        assert!(!has(&ids, "auth/missing-username"), "{ids:?}");
        let (_, _, ids) = first(&json.replace("\"use_ssl\": false", "\"enabled\": false"));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn shared_names_alone_are_not_opencti() {
        let (client, _, _) = first(
            "SMTP__HOSTNAME=smtp.postmarkapp.com\nSMTP__PORT=587\nSMTP__USERNAME=u\nSMTP__PASSWORD=p\n",
        );
        assert_ne!(client, "opencti-env");
    }
}
