//! Uptrace: the `smtp_mailer` section of `uptrace.yml` (1.x), `mailer.smtp`
//! in 2.x with the same keys, used for alert and invitation emails.
//!
//! Meaning (Uptrace `pkg/bunconf/config.go` (`SMTPMailer`, its defaults in
//! `defaultConfig`), `pkg/bunapp/app.go` `NewMailer`, which builds a
//! `wneessen/go-mail` client, and `app_mailer_test.go`; the shipped
//! `config/uptrace.yml`):
//!
//! * `enabled` (default false) is the mail switch: off, no mail is sent.
//! * `host`, `port` (default 25), `username`, `password`, `auth_type`
//!   (default PLAIN), `from` (default `no-reply@localhost`).
//! * No `tls` key: go-mail's `TLSOpportunistic`, STARTTLS when the server
//!   offers it. `tls: { disabled: true }`: `NoTLS`, clear text. A `tls`
//!   block with other settings (`insecure_skip_verify`, a CA): STARTTLS
//!   required (`TLSMandatory`); `insecure_skip_verify: true` turns the
//!   certificate check off.
//! * Uptrace never dials TLS from the first byte in the code read here.
//!   Earlier releases also called go-mail's `WithSSLPort(false)`, which
//!   turns implicit TLS on (issues #427 and #614): there a port-587
//!   setting failed with "first record does not look like a TLS
//!   handshake". The table follows the fixed code.
//! * Values may be `$VAR` or `${VAR:default}`, expanded from the
//!   environment when the file is read.
//!
//! * The 2.x file's `mailer: smtp:` block has the same keys and the same
//!   comment ("Uncomment to disable opportunistic TLS"); it is read the
//!   same way.
//!
//! `host`, `port`, `from` are every mailer's names: the table needs the
//! `smtp_mailer` section, or `mailer.smtp` beside Uptrace's other sections
//! (`ch_schema`, `ch_cluster`, `self_monitoring`, `uptrace_go`).

use crate::extract::profile::{
    fix, fix_text, k, mark, set, syn, words, Fix, Hooks, Key, Marker, Profile, Sec, SetVal, Switch,
    TlsModel, WriteKind as W, BASE,
};
use crate::model::Role::*;

const KEYS: &[Key] = &[
    k("smtp_mailer.enabled|mailer.smtp.enabled", Enabled),
    k("smtp_mailer.host|mailer.smtp.host", Host),
    k("smtp_mailer.port|mailer.smtp.port", Port),
    k("smtp_mailer.username|mailer.smtp.username", Username),
    k("smtp_mailer.password|mailer.smtp.password", Password),
    k("smtp_mailer.from|mailer.smtp.from", From),
    k("smtp_mailer.auth_type|mailer.smtp.auth_type", AuthMethod),
    k(
        "smtp_mailer.tls.disabled|mailer.smtp.tls.disabled",
        NoStartTls,
    ),
    k(
        "smtp_mailer.tls.insecure_skip_verify|mailer.smtp.tls.insecure_skip_verify",
        SkipVerify,
    ),
];

/// `smtp_mailer` is Uptrace 1.x's own; `mailer.smtp` (2.x) is read only
/// beside Uptrace's other sections.
const MARKERS: &[Marker] = &[
    mark("smtp_mailer.*"),
    mark("smtp_mailer.tls.*"),
    mark("ch_schema.*"),
    mark("ch_cluster.*"),
    mark("self_monitoring.*"),
    mark("uptrace_go.*"),
];

/// go-mail's `TLSOpportunistic` by default.
const TLS: TlsModel = TlsModel {
    words: &[],
    starttls_on: Sec::Auto,
    starttls_off: Sec::Auto,
    implicit_ports: &[],
    default: Sec::Auto,
    both: crate::extract::profile::Both::StartTls,
    absent: "",
};

const FIXES: &[Fix] = &[
    fix(W::Port, &[set(Port, "port", SetVal::Port)]),
    fix(W::Host, &[set(Host, "host", SetVal::Given)]),
    fix_text(
        W::StartTls,
        &[set(NoStartTls, "disabled", SetVal::Bool(false))],
        "no `tls: { disabled: true }` in smtp_mailer (STARTTLS on port 587)",
    ),
    fix_text(
        W::VerifyOn,
        &[set(SkipVerify, "insecure_skip_verify", SetVal::Bool(false))],
        "insecure_skip_verify: false in smtp_mailer.tls",
    ),
    fix_text(W::AuthOn, &[], "username and password in smtp_mailer"),
    fix_text(W::TlsModern, &[], "a current Uptrace release"),
    fix_text(W::Username, &[], "username: {value} in smtp_mailer"),
    fix_text(W::Password, &[], "password: {value} in smtp_mailer"),
    fix_text(W::From, &[], "from: '{value}' in smtp_mailer"),
    fix_text(
        W::Stream,
        &[],
        "Uptrace has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

pub static UPTRACE: Profile = Profile {
    id: "uptrace",
    name: "Uptrace uptrace.yml smtp_mailer",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://uptrace.dev/get/config.html https://github.com/uptrace/uptrace/blob/master/config/uptrace.yml https://github.com/uptrace/uptrace/blob/master/pkg/bunconf/config.go https://github.com/uptrace/uptrace/blob/master/pkg/bunapp/app.go https://pkg.go.dev/github.com/wneessen/go-mail",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: MARKERS,
    needs_marker: true,
    case_sensitive: true,
    other_keys: words!["tls"],
    tls: TLS,
    port: Some(25),
    switch: Some(Switch {
        smtp: words![],
        no_mail: words![],
        local: words![],
        missing: None,
        off: None,
        name: "smtp_mailer.enabled",
    }),
    fixes: FIXES,
    sender_hint: "from in smtp_mailer (default no-reply@localhost)",
    hooks: Hooks {
        // `tls: { disabled: true }` is `NoTLS` whatever else is written.
        tls: Some(crate::extract::profile::tls::off_switch_wins),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{clean_starttls, has, linted as first};

    const YAML: &str = "smtp_mailer:\n  # Whether to use this mailer for sending emails.\n  enabled: true\n  host: smtp.postmarkapp.com\n  port: 587\n  username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n  # Uncomment to disable opportunistic TLS.\n  #tls: { disabled: true }\n  from: 'hello@acme-widgets.io'\n";

    #[test]
    fn opportunistic_starttls_by_default() {
        clean_starttls(YAML, "uptrace");
    }

    #[test]
    fn tls_disabled_is_clear_text() {
        let (_, s, ids) =
            first(&YAML.replace("#tls: { disabled: true }", "tls: { disabled: true }"));
        assert_eq!(s["security"], "none");
        assert!(has(&ids, "tls/disabled"), "{ids:?}");
        let (_, s, ids) = first(&YAML.replace(
            "#tls: { disabled: true }",
            "tls:\n    insecure_skip_verify: true",
        ));
        assert_eq!(s["security"], "starttls");
        assert!(ids.iter().any(|i| i.starts_with("tls/")), "{ids:?}");
    }

    #[test]
    fn disabled_mailer_sends_nothing() {
        let (_, _, ids) = first(&YAML.replace("enabled: true", "enabled: false"));
        assert!(ids.iter().any(|i| i.starts_with("input/")), "{ids:?}");
    }

    #[test]
    fn other_sections_are_not_taken() {
        let (client, _, _) = first(
            "mailer:\n  smtp:\n    host: smtp.postmarkapp.com\n    port: 587\n    username: u\n    password: p\n    from: a@acme.io\n",
        );
        assert_ne!(client, "uptrace");
        let v2 = "ch_schema:\n  compression: ZSTD(1)\nmailer:\n  smtp:\n    enabled: true\n    host: smtp.postmarkapp.com\n    port: 587\n    username: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    from: hello@acme-widgets.io\n";
        clean_starttls(v2, "uptrace");
    }
}
