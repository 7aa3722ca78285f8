//! ODK Central: the `EMAIL_*` variables of its Docker `.env` (getodk/central)
//! and the `email` section of central-backend's `config/*.json`, handed to
//! nodemailer.
//!
//! Meaning (getodk/central `.env.template`, `docker-compose.yml` and
//! `files/service/config.json.template`; central-backend
//! `lib/external/mail.js` and `config/default.json`):
//!
//! * The compose file fills every variable the `.env` leaves out:
//!   `EMAIL_HOST` → `mail` (its own Postfix container), `EMAIL_PORT` → 25,
//!   `EMAIL_SECURE` → false, `EMAIL_IGNORE_TLS` → **true**,
//!   `EMAIL_USER`/`EMAIL_PASSWORD` → empty, `EMAIL_FROM` →
//!   `no-reply@$DOMAIN`.
//! * They are pasted into `config.json` as `transportOpts` for nodemailer:
//!   `secure` is TLS from the first byte; `ignoreTLS: true` never upgrades
//!   with STARTTLS. So a custom server in the `.env` without
//!   `EMAIL_IGNORE_TLS=false` is spoken to in clear; with it, nodemailer
//!   upgrades when the server offers STARTTLS. `EMAIL_SECURE` and
//!   `EMAIL_IGNORE_TLS` are written into JSON bare: `true`/`false` only.
//! * `EMAIL_USER`/`EMAIL_PASSWORD` are `auth.user`/`auth.pass`.
//! * In `config/*.json`: `email.transport` is `smtp`, `sendmail` or `json`
//!   (the default in `default.json`: the message is only printed, none
//!   leaves); `email.transportOpts` is nodemailer's options object, so
//!   there a left-out `ignoreTLS` is nodemailer's false; `email.serviceAccount`
//!   is the From.
//! * `.env` markers: `SYSADMIN_EMAIL` and `SSL_TYPE` are ODK Central's own
//!   names; `EMAIL_HOST`… alone are every app's.

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, tls, words, Fix, Hooks, Key, Marker, Profile, Sec, SetVal,
    Switch, TlsModel, Truth, WriteKind as W, BASE,
};
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const ENV_KEYS: &[Key] = &[
    k("EMAIL_HOST", Host),
    k("EMAIL_PORT", Port),
    k("EMAIL_USER", Username),
    k("EMAIL_PASSWORD", Password),
    k("EMAIL_SECURE", ImplicitTls),
    k("EMAIL_IGNORE_TLS", NoStartTls),
    k("EMAIL_FROM", From),
];

const ENV_MARKERS: &[Marker] = &[mark("SYSADMIN_EMAIL"), mark("SSL_TYPE")];

const FILE_KEYS: &[Key] = &[
    k("email.transport", Transport),
    k("email.serviceAccount", From),
    k("email.transportOpts.host", Host),
    k("email.transportOpts.port", Port),
    k("email.transportOpts.secure", ImplicitTls),
    k("email.transportOpts.ignoreTLS", NoStartTls),
    k("email.transportOpts.requireTLS", StartTls),
    k("email.transportOpts.auth.user", Username),
    k("email.transportOpts.auth.pass", Password),
    k("email.transportOpts.tls.rejectUnauthorized", VerifyPeer),
];

const FILE_MARKERS: &[Marker] = &[
    mark("email.serviceAccount"),
    mark("email.transportOpts.host"),
];

/// nodemailer: `secure` from the first byte, else STARTTLS when offered
/// (`requireTLS: false` too).
const TLS: TlsModel = TlsModel {
    starttls_off: Sec::Auto,
    ..TlsModel::OPPORTUNISTIC
};

/// The compose file's `EMAIL_IGNORE_TLS:-true`: without the variable the
/// session stays in clear unless `EMAIL_SECURE` dials TLS.
fn env_tls(cfg: &Config) -> Tls {
    let p = cfg.dialect;
    let secure = cfg
        .get(ImplicitTls)
        .is_some_and(|f| f.value.is_reference() || tls::truth(p, f) == Some(true));
    if cfg.get(NoStartTls).is_none() && !secure {
        return Tls::chosen(
            Security::None,
            Evidence::absent(
                "no EMAIL_IGNORE_TLS (ODK Central's docker-compose.yml sets it to true: never STARTTLS)",
            ),
        );
    }
    tls::evaluate(cfg, p)
}

const ENV_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "EMAIL_PORT", SetVal::Port)]),
    fix(W::Host, &[set(Host, "EMAIL_HOST", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "EMAIL_SECURE", SetVal::Bool(false)),
            set(NoStartTls, "EMAIL_IGNORE_TLS", SetVal::Bool(false)),
        ],
        "EMAIL_SECURE=false and EMAIL_IGNORE_TLS=false",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "EMAIL_USER and EMAIL_PASSWORD"),
    fix_text(W::TlsModern, &[], "a current ODK Central release"),
    fix(W::Username, &[set(Username, "EMAIL_USER", SetVal::Given)]),
    fix(
        W::Password,
        &[set(Password, "EMAIL_PASSWORD", SetVal::Given)],
    ),
    fix(W::From, &[set(From, "EMAIL_FROM", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "ODK Central has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const FILE_FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "secure", SetVal::Bool(false)),
            set(NoStartTls, "ignoreTLS", SetVal::Bool(false)),
        ],
        "\"secure\": false and \"ignoreTLS\": false in email.transportOpts",
    ),
    fix_text(
        W::VerifyOn,
        &[set(VerifyPeer, "rejectUnauthorized", SetVal::Bool(true))],
        "\"tls\": { \"rejectUnauthorized\": true } in email.transportOpts",
    ),
    fix_text(W::AuthOn, &[], "email.transportOpts.auth user and pass"),
    fix_text(W::TlsModern, &[], "a current ODK Central release"),
    fix(W::Username, &[set(Username, "user", SetVal::Given)]),
    fix(W::Password, &[set(Password, "pass", SetVal::Given)]),
    fix(W::From, &[set(From, "serviceAccount", SetVal::Given)]),
    fix_text(
        W::Stream,
        &[],
        "ODK Central has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static ODK_CENTRAL_ENV: Profile = Profile {
    id: "odk-central-env",
    name: "ODK Central .env EMAIL_*",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.getodk.org/central-install-digital-ocean/#using-a-custom-mail-server https://github.com/getodk/central/blob/master/docker-compose.yml https://github.com/getodk/central/blob/master/files/service/config.json.template https://github.com/getodk/central-backend/blob/master/lib/external/mail.js",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: ENV_MARKERS,
    needs_marker: true,
    family: &["EMAIL_"],
    other_keys: words!["SYSADMIN_EMAIL"],
    case_sensitive: true,
    // Written into JSON bare: only `true` is true.
    truth: Truth::Exactly(words!["true"]),
    tls: TLS,
    port: Some(25),
    host: Some("mail"),
    default_host_used: true,
    fixes: ENV_FIXES,
    sender_hint: "EMAIL_FROM (default no-reply@$DOMAIN)",
    hooks: Hooks {
        tls: Some(env_tls),
        ..Hooks::NONE
    },
    ..BASE
};

pub static ODK_CENTRAL_CONFIG: Profile = Profile {
    id: "odk-central-config",
    name: "ODK Central config/*.json email",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/getodk/central-backend/blob/master/config/default.json https://github.com/getodk/central-backend/blob/master/lib/external/mail.js https://nodemailer.com/smtp/",
    syntaxes: syn::JSON,
    keys: FILE_KEYS,
    markers: FILE_MARKERS,
    needs_marker: true,
    other_keys: words!["transportOpts", "auth", "newline"],
    case_sensitive: true,
    truth: Truth::JavaScript,
    tls: TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["json"],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "email.transport",
    }),
    fixes: FILE_FIXES,
    sender_hint: "email.serviceAccount",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const ENV: &str = "DOMAIN=central.acme-widgets.io\nSYSADMIN_EMAIL=admin@acme-widgets.io\nSSL_TYPE=letsencrypt\nEMAIL_FROM=hello@acme-widgets.io\nEMAIL_HOST=smtp.postmarkapp.com\nEMAIL_PORT=587\nEMAIL_SECURE=false\nEMAIL_IGNORE_TLS=false\nEMAIL_USER=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nEMAIL_PASSWORD=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n";

    const JSON: &str = "{\n  \"default\": {\n    \"email\": {\n      \"serviceAccount\": \"hello@acme-widgets.io\",\n      \"transport\": \"smtp\",\n      \"transportOpts\": {\n        \"host\": \"smtp.postmarkapp.com\",\n        \"port\": 587,\n        \"secure\": false,\n        \"auth\": {\n          \"user\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\",\n          \"pass\": \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n        }\n      }\n    }\n  }\n}\n";

    #[test]
    fn ignore_tls_false_upgrades() {
        clean_starttls(ENV, "odk-central-env");
        clean_starttls(JSON, "odk-central-config");
    }

    #[test]
    fn ignore_tls_left_out_is_the_compose_default_true() {
        let (c, s, ids) = first(&ENV.replace("EMAIL_IGNORE_TLS=false\n", ""));
        assert_eq!(c, "odk-central-env");
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&ENV.replace("EMAIL_IGNORE_TLS=false", "EMAIL_IGNORE_TLS=true"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn secure_is_tls_from_the_first_byte() {
        let (_, s, ids) = first(&ENV.replace("EMAIL_SECURE=false", "EMAIL_SECURE=true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "tls/implicit-tls"), "{ids:?}");
        let (_, s, _) = first(&JSON.replace("\"secure\": false", "\"secure\": true"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn the_port_defaults_to_25() {
        let r = crate::lint(
            &ENV.replace("EMAIL_PORT=587\n", ""),
            &crate::Options::default(),
        );
        let missing = r.findings.iter().find(|f| f.id == "port/missing");
        assert!(
            missing.is_some_and(|f| f.message.contains("port 25")),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn the_json_transport_sends_nothing() {
        let (_, _, ids) =
            first(&JSON.replace("\"transport\": \"smtp\"", "\"transport\": \"json\""));
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
