//! PeerTube: the `smtp:` block of `config/production.yaml`, and the
//! Docker image's `PEERTUBE_SMTP_*` environment (mapped onto the same keys
//! by `support/docker/production/config/custom-environment-variables.yaml`).
//!
//! Meaning (docs.joinpeertube.org "Configuration", `config/default.yaml`,
//! and `Emailer.initSMTPTransport` in `server/core/lib/emailer.ts`, which
//! hands the settings to nodemailer's `createTransport`):
//!
//! * `transport`: `smtp` (the default) or `sendmail` (runs `sendmail:`,
//!   none of the SMTP settings are used). With `smtp`, mail is on only
//!   when `hostname` and `port` are both set.
//! * `hostname` (default null), `port` (default 465).
//! * `tls` is nodemailer's `secure`, always passed: `true` (the default in
//!   `default.yaml`, which node-config loads under every other file) is TLS
//!   from the first byte; `false` upgrades with STARTTLS when the server
//!   offers it ("If you use StartTLS: false" in the sample). So a
//!   production.yaml without `tls` uses implicit TLS, whatever the port.
//! * `disable_starttls` is nodemailer's `ignoreTLS`: `true` never upgrades,
//!   the session stays in clear text.
//! * `username` and `password` are sent only when both are set.
//! * `ca_file` adds a CA (for self-signed servers); `from_address` is the
//!   From (`"Name <addr>"` allowed).
//!
//! Docker: `PEERTUBE_SMTP_HOSTNAME`, `_PORT`, `_USERNAME`, `_PASSWORD`,
//! `_TLS`, `_DISABLE_STARTTLS`, `_FROM`; the port and both switches are
//! parsed as JSON (`true`/`false`, a number). There is no variable for
//! `transport` or `ca_file`.

use crate::extract::profile::{
    fix_text, k, mark, set_if, syn, words, Both, Fix, Key, Profile, Sec, SetVal, Switch, TlsModel,
    WriteKind as W, BASE,
};
use crate::model::Role::*;

/// nodemailer's `secure`/`ignoreTLS`, with PeerTube's default `tls: true`.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::StartTls,
    starttls_off: Sec::Auto,
    // PeerTube always passes `secure`: the port never switches TLS on.
    implicit_ports: &[],
    default: Sec::Implicit,
    both: Both::Implicit,
    absent: "no tls: PeerTube's default.yaml has tls: true (TLS from the first byte)",
};

const YAML_KEYS: &[Key] = &[
    k("smtp.hostname", Host),
    k("smtp.port", Port),
    k("smtp.username", Username),
    k("smtp.password", Password),
    k("smtp.tls", ImplicitTls),
    k("smtp.disable_starttls", NoStartTls),
    k("smtp.from_address", From),
    k("smtp.transport", Transport),
];

const YAML_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "port", SetVal::Port)],
        "port: {port} under smtp:",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "hostname", SetVal::Given)],
        "hostname: {value} under smtp:",
    ),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "tls", SetVal::Bool(false)),
            set_if(NoStartTls, "disable_starttls", SetVal::Bool(false)),
        ],
        "tls: false and disable_starttls: false under smtp: (with port: 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a server certificate PeerTube trusts (ca_file only for your own CA)",
    ),
    fix_text(W::AuthOn, &[], "username and password under smtp:"),
    fix_text(
        W::TlsModern,
        &[],
        "a current PeerTube release (Node.js TLS 1.2+)",
    ),
    fix_text(W::Username, &[], "username: {value} under smtp:"),
    fix_text(W::Password, &[], "password: {value} under smtp:"),
    fix_text(W::From, &[], "from_address: '{value}' under smtp:"),
    fix_text(
        W::Stream,
        &[],
        "PeerTube has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PEERTUBE: Profile = Profile {
    id: "peertube",
    name: "PeerTube production.yaml smtp",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.joinpeertube.org/maintain/configuration https://github.com/Chocobozzz/PeerTube/blob/develop/config/default.yaml https://github.com/Chocobozzz/PeerTube/blob/develop/server/core/lib/emailer.ts",
    syntaxes: syn::YAML,
    keys: YAML_KEYS,
    // `smtp.hostname`/`smtp.port` are every app's; these are PeerTube's.
    markers: &[
        mark("smtp.disable_starttls"),
        mark("smtp.from_address"),
        mark("smtp.ca_file"),
    ],
    needs_marker: true,
    other_keys: words!["sendmail", "ca_file"],
    case_sensitive: true,
    tls: TLS,
    port: Some(465),
    switch: Some(Switch {
        smtp: words!["smtp"],
        no_mail: words![],
        local: words!["sendmail"],
        missing: None,
        off: None,
        name: "smtp.transport",
    }),
    fixes: YAML_FIXES,
    sender_hint: "from_address under smtp: in production.yaml",
    ..BASE
};

const ENV_KEYS: &[Key] = &[
    k("PEERTUBE_SMTP_HOSTNAME", Host),
    k("PEERTUBE_SMTP_PORT", Port),
    k("PEERTUBE_SMTP_USERNAME", Username),
    k("PEERTUBE_SMTP_PASSWORD", Password),
    k("PEERTUBE_SMTP_TLS", ImplicitTls),
    k("PEERTUBE_SMTP_DISABLE_STARTTLS", NoStartTls),
    k("PEERTUBE_SMTP_FROM", From),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[set_if(Port, "PEERTUBE_SMTP_PORT", SetVal::Port)],
        "PEERTUBE_SMTP_PORT={port}",
    ),
    fix_text(
        W::Host,
        &[set_if(Host, "PEERTUBE_SMTP_HOSTNAME", SetVal::Given)],
        "PEERTUBE_SMTP_HOSTNAME={value}",
    ),
    fix_text(
        W::StartTls,
        &[
            set_if(ImplicitTls, "PEERTUBE_SMTP_TLS", SetVal::Bool(false)),
            set_if(NoStartTls, "PEERTUBE_SMTP_DISABLE_STARTTLS", SetVal::Bool(false)),
        ],
        "PEERTUBE_SMTP_TLS=false and PEERTUBE_SMTP_DISABLE_STARTTLS=false (with PEERTUBE_SMTP_PORT=587)",
    ),
    fix_text(
        W::VerifyOn,
        &[],
        "a server certificate PeerTube trusts (ca_file in production.yaml only for your own CA)",
    ),
    fix_text(
        W::AuthOn,
        &[],
        "PEERTUBE_SMTP_USERNAME and PEERTUBE_SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current PeerTube image (Node.js TLS 1.2+)"),
    fix_text(W::Username, &[], "PEERTUBE_SMTP_USERNAME={value}"),
    fix_text(W::Password, &[], "PEERTUBE_SMTP_PASSWORD={value}"),
    fix_text(W::From, &[], "PEERTUBE_SMTP_FROM={value}"),
    fix_text(
        W::Stream,
        &[],
        "PeerTube has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static PEERTUBE_ENV: Profile = Profile {
    id: "peertube-env",
    name: "PeerTube Docker PEERTUBE_SMTP_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://docs.joinpeertube.org/install/docker https://github.com/Chocobozzz/PeerTube/blob/develop/support/docker/production/config/custom-environment-variables.yaml",
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    markers: &[
        mark("PEERTUBE_SMTP_HOSTNAME"),
        mark("PEERTUBE_SMTP_TLS"),
        mark("PEERTUBE_SMTP_DISABLE_STARTTLS"),
        mark("PEERTUBE_SMTP_FROM"),
    ],
    needs_marker: true,
    family: &["PEERTUBE_SMTP_"],
    case_sensitive: true,
    tls: TLS,
    port: Some(465),
    fixes: ENV_FIXES,
    sender_hint: "PEERTUBE_SMTP_FROM",
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    #[test]
    fn another_apps_smtp_block_naming_its_server_host_is_not_peertube() {
        // `smtp: {host, from_address}`: an app that names its server `host`,
        // where PeerTube reads `hostname` (no false host/missing).
        let yaml = "smtp:\n  enabled: true\n  host: smtp.postmarkapp.com\n  port: 587\n  username: u\n  password: u\n  from_address: a@acme.io\n  from_name: App\n";
        let (client, s, ids) = first(yaml);
        assert_ne!(client, "peertube");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert!(!ids.iter().any(|i| i == "host/missing"), "{ids:?}");
        // PeerTube's own block: PeerTube.
        assert_eq!(first(&yaml.replace("  host:", "  hostname:")).0, "peertube");
    }

    const YAML: &str = "smtp:\n  transport: smtp\n  sendmail: null\n  hostname: smtp.postmarkapp.com\n  port: 587\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  tls: false\n  disable_starttls: false\n  ca_file: null\n  from_address: 'tube@acme.io'\n";

    #[test]
    fn starttls_is_tls_false() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "peertube");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "tube@acme.io");
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn tls_true_and_the_default_are_implicit() {
        let (_, s, ids) = first(&YAML.replace("tls: false\n", "tls: true\n"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "tls/implicit-tls"), "{ids:?}");
        // No `tls:` line: default.yaml's `tls: true` applies.
        let (_, s, _) = first(&YAML.replace("  tls: false\n", ""));
        assert_eq!(s["security"], "implicit");
        // disable_starttls: clear text.
        let (_, s, ids) = first(&YAML.replace("disable_starttls: false", "disable_starttls: true"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
    }

    #[test]
    fn sendmail_transport_is_local() {
        let (_, _, ids) = first(&YAML.replace("transport: smtp", "transport: sendmail"));
        assert!(ids.iter().any(|i| i.starts_with("input/")), "{ids:?}");
    }

    #[test]
    fn docker_env() {
        let env = "PEERTUBE_WEBSERVER_HOSTNAME=tube.acme.io\nPEERTUBE_SMTP_USERNAME=u\nPEERTUBE_SMTP_PASSWORD=u\nPEERTUBE_SMTP_HOSTNAME=smtp.postmarkapp.com\nPEERTUBE_SMTP_PORT=587\nPEERTUBE_SMTP_FROM=PeerTube <tube@acme.io>\nPEERTUBE_SMTP_TLS=false\nPEERTUBE_SMTP_DISABLE_STARTTLS=false\n";
        let (client, s, _) = first(env);
        assert_eq!(client, "peertube-env");
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "tube@acme.io");
        let (_, s, _) = first(&env.replace("TLS=false", "TLS=true"));
        assert_eq!(s["security"], "implicit");
    }

    #[test]
    fn other_smtp_yaml_is_not_peertube() {
        let (client, _, _) =
            first("smtp:\n  hostname: smtp.postmarkapp.com\n  port: 587\n  tls: true\n");
        assert_ne!(client, "peertube");
        // Authelia's notifier has `disable_starttls` under `smtp` too.
        let (client, _, _) = first("notifier:\n  smtp:\n    address: 'submission://smtp.postmarkapp.com:587'\n    username: u\n    password: p\n    sender: 'admin@acme.io'\n    disable_require_tls: false\n    disable_starttls: false\n");
        assert_eq!(client, "authelia");
    }
}
