//! Ghost's mail settings as environment variables: `mail__transport`,
//! `mail__options__host`, … (nconf's `__` separator for the nested
//! `mail` section of `config.production.json`; the JSON file itself is read
//! by the nodemailer JSON table).
//!
//! Meaning (ghost.org/docs/config "Mail" and "Running Ghost with config env
//! variables", `core/shared/config/loader.js`, `GhostMailer`, and
//! nodemailer.com/smtp):
//!
//! * `mail__transport` is the mail switch: `SMTP` hands `mail__options__*`
//!   to nodemailer's SMTP transport. Unset, Ghost uses `direct` (straight to
//!   the recipients' MX hosts, no relay) and ignores the SMTP options;
//!   `sendmail`, `SES`, `mailgun` are other transports, `stub` keeps the mail.
//! * `mail__options__host`, `__port`, `__auth__user`, `__auth__pass`,
//!   `__secure`, `__requireTLS`, `__ignoreTLS`, `__tls__rejectUnauthorized`,
//!   `__service` are nodemailer's options, with nodemailer's meaning:
//!   `secure` true = TLS from the first byte, otherwise STARTTLS when
//!   offered; port 587 by default, 465 with `secure` (and TLS from the first
//!   byte on 465 when `secure` is unset); `service: Postmark` fills in host
//!   and port.
//! * nconf parses environment values (`parseValues`): `false`, `0`, `null`
//!   are false; any other text (`False`, `no`) stays a non-empty string,
//!   which nodemailer takes as true.
//! * `mail__from` is the From (`"Name" <address>` allowed; default
//!   `noreply@<site domain>`).

use crate::extract::profile::{
    fix, fix_text, k, kr, mark, pairs, set, set_if, syn, words, Fix, Hooks, Key, Marker, Pairs,
    Profile, Read, SetVal, Switch, Truth, Words, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("mail__options__host", Host),
    k("mail__options__port", Port),
    k("mail__options__auth__user", Username),
    k("mail__options__auth__pass", Password),
    k("mail__options__secure", ImplicitTls),
    k("mail__options__requireTLS", StartTls),
    k("mail__options__ignoreTLS", NoStartTls),
    k("mail__options__tls__rejectUnauthorized", VerifyPeer),
    k("mail__from", From),
    k("mail__transport", Transport),
    kr("mail__options__service", Host, Read::Preset),
];

const MARKERS: &[Marker] = &[
    mark("mail__transport"),
    mark("mail__options__host"),
    mark("mail__options__service"),
    mark("mail__options__auth__user"),
    mark("mail__options__auth__pass"),
    mark("mail__from"),
];

const OTHER_KEYS: Words = words![
    "mail__options__service",
    "mail__options__name",
    "mail__options__pool",
    "mail__options__auth__type",
    "mail__options__tls__ciphers",
    "mail__options__connectionTimeout",
    "mail__options__greetingTimeout",
    "mail__options__socketTimeout",
];

const LEFTOVERS: Pairs = pairs![
    ("mail__options__user", "mail__options__auth__user"),
    ("mail__options__pass", "mail__options__auth__pass"),
    ("mail__options__password", "mail__options__auth__pass"),
    ("mail__options__auth__password", "mail__options__auth__pass"),
    ("mail__options__secureConnection", "mail__options__secure"),
    ("mail__options__ssl", "mail__options__secure"),
    ("mail__options__tls", "mail__options__requireTLS"),
    ("mail__host", "mail__options__host"),
    ("mail__port", "mail__options__port"),
    ("mail__options__from", "mail__from"),
];

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "mail__options__port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "mail__options__host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[
            set(ImplicitTls, "mail__options__secure", SetVal::Bool(false)),
            set_if(NoStartTls, "mail__options__ignoreTLS", SetVal::Bool(false)),
        ],
        "mail__options__secure=false (Ghost then upgrades with STARTTLS)",
    ),
    fix_text(
        W::VerifyOn,
        &[set_if(
            VerifyPeer,
            "mail__options__tls__rejectUnauthorized",
            SetVal::Bool(true),
        )],
        "mail__options__tls__rejectUnauthorized=true (or remove it)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "mail__options__auth__user and mail__options__auth__pass",
    ),
    fix_text(W::TlsModern, &[], "a current Ghost release"),
    fix_text(W::Username, &[], "mail__options__auth__user={value}"),
    fix_text(W::Password, &[], "mail__options__auth__pass={value}"),
    fix_text(W::From, &[], "mail__from={value}"),
    fix_text(
        W::Stream,
        &[],
        "Ghost has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn service(doc: &Document, configs: &mut Vec<Config>) {
    super::nodemailer::env_preset(doc, configs, "mail__options__service");
}

pub static GHOST_ENV: Profile = Profile {
    id: "ghost-env",
    name: "Ghost mail__* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://ghost.org/docs/config/#mail https://ghost.org/docs/config/#running-ghost-with-config-env-variables https://nodemailer.com/smtp/",
    syntaxes: syn::ENV_LIKE,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    family: &["mail__"],
    other_keys: OTHER_KEYS,
    leftovers: LEFTOVERS,
    case_sensitive: true,
    truth: Truth::Except(words!["false", "0", "null", "undefined"]),
    tls: super::nodemailer::TLS,
    port: Some(587),
    implicit_port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words!["stub"],
        local: words!["sendmail"],
        missing: Some(
            "`direct` (Ghost's default: straight to the recipients' mail servers, no relay)",
        ),
        off: None,
        name: "mail__transport",
    }),
    fixes: FIXES,
    sender_hint: "mail__from (default noreply@<your site's domain>)",
    hooks: Hooks {
        finish: Some(service),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const ENV: &str = "url=https://blog.acme.io\nmail__transport=SMTP\nmail__options__host=smtp.postmarkapp.com\nmail__options__port=587\nmail__options__auth__user=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nmail__options__auth__pass=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nmail__from=\"'Acme' <blog@acme.io>\"\n";

    #[test]
    fn an_smtp_env_on_587_is_starttls() {
        let (client, s, ids) = first(ENV);
        assert_eq!(client, "ghost-env");
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().all(|i| !i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn secure_is_parsed_by_nconf_not_by_javascript_truthiness() {
        let (_, s, _) = first(&format!("{ENV}mail__options__secure=false\n"));
        assert_eq!(s["security"], "starttls");
        let (_, s, _) = first(
            "services:\n  ghost:\n    environment:\n      mail__transport: SMTP\n      mail__options__host: smtp.postmarkapp.com\n      mail__options__port: 587\n      mail__options__secure: \"false\"\n",
        );
        assert_eq!(s["security"], "starttls");
        let (_, s, ids) = first(&format!("{ENV}mail__options__secure=true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
    }

    #[test]
    fn no_transport_means_direct_delivery() {
        let (_, _, ids) = first(&ENV.replace("mail__transport=SMTP\n", ""));
        assert!(ids.iter().any(|i| i == "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn the_postmark_service_preset_fills_host_and_port() {
        let (_, s, _) = first(
            "mail__transport=SMTP\nmail__options__service=Postmark\nmail__options__auth__user=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\nmail__options__auth__pass=5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n",
        );
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 2525);
        let (_, _, ids) = first(
            "mail__transport=SMTP\nmail__options__service=${SMTP_SERVICE}\nmail__options__auth__user=u\n",
        );
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        assert!(
            ids.iter().any(|i| i == "input/unresolved-reference"),
            "{ids:?}"
        );
    }
}
