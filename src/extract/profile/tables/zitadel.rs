//! ZITADEL: `DefaultInstance.SMTPConfiguration` of the runtime
//! configuration (`defaults.yaml` / `--steps` YAML), and the same settings
//! as `ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_*` environment variables.
//!
//! Meaning (zitadel.com "Configure ZITADEL" self-hosting docs;
//! `cmd/defaults.yaml`; `internal/notification/channels/smtp/channel.go`):
//!
//! * `SMTP.Host` is `host:port` by design (`smtp.mailtrap.io:2525`, IPv6
//!   as `[2001:db8::1]:2525`): ZITADEL splits it with `net.SplitHostPort`
//!   and fails without a port. There is no separate port setting.
//! * `TLS: true` dials TLS from the first byte; when the server answers in
//!   clear text (a `tls.RecordHeaderError`, as on 587 or 2525) ZITADEL
//!   retries with STARTTLS. So `TLS: true` means implicit TLS on 465 and
//!   STARTTLS elsewhere.
//! * `TLS: false` (and an empty `TLS:`, the default) dials plain SMTP and
//!   never upgrades: the session stays in clear text.
//! * `SMTP.User` / `SMTP.Password`: ZITADEL logs in when a user is set.
//!   Newer releases read the credentials from `SMTP.PlainAuth.User` /
//!   `.Password` (`PlainAuthConfig` in `channels/smtp/plain_auth.go`);
//!   both spellings are read here.
//! * `From` is the From (`FromName` its name, `ReplyToAddress`).
//! * Booleans are read by viper/mapstructure (Go's `strconv.ParseBool`).
//! * These values seed the first instance; later changes are made in the
//!   console (per instance), which this file does not show.

use crate::extract::profile::fields::expand;
use crate::extract::profile::tls::truth;
use crate::extract::profile::{
    fix_text, k, kr, mark, pairs, syn, words, Fix, Hooks, Key, Profile, Read, Truth, Words,
    WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Role::*, Security, Tls};

const YAML_KEYS: &[Key] = &[
    kr("SMTPConfiguration.SMTP.Host", Host, Read::HostPort),
    k("SMTPConfiguration.SMTP.User", Username),
    k("SMTPConfiguration.SMTP.Password", Password),
    k("SMTPConfiguration.SMTP.PlainAuth.User", Username),
    k("SMTPConfiguration.SMTP.PlainAuth.Password", Password),
    k("SMTPConfiguration.TLS", ImplicitTls),
    k("SMTPConfiguration.From", From),
];

const ENV_KEYS: &[Key] = &[
    kr(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_HOST",
        Host,
        Read::HostPort,
    ),
    k(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_USER",
        Username,
    ),
    k(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PASSWORD",
        Password,
    ),
    k(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PLAINAUTH_USER",
        Username,
    ),
    k(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PLAINAUTH_PASSWORD",
        Password,
    ),
    k("ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_TLS", ImplicitTls),
    k("ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_FROM", From),
];

const YAML_OTHER: Words = words!["FromName", "ReplyToAddress", "SMTP"];
const ENV_OTHER: Words = words![
    "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_FROMNAME",
    "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_REPLYTOADDRESS",
];

/// What ZITADEL does: `TLS: true` is implicit TLS on 465 and STARTTLS
/// (its fallback) on a port that answers in clear; false or empty is
/// clear text.
fn tls(cfg: &Config) -> Tls {
    let mut tls = Tls::default();
    let field = cfg.get(ImplicitTls);
    if field.is_some_and(|f| f.value.is_reference()) {
        return tls;
    }
    let on = field.filter(|f| !f.value.text.trim().is_empty());
    match on.map(|f| (truth(cfg.dialect, f), f)) {
        Some((Some(true), f)) => {
            if cfg.effective_port() == Some(465) {
                tls.choose(Security::Implicit, Evidence::of(f));
            } else {
                tls.choose(
                    Security::StartTls,
                    Evidence::absent(format!(
                        "{} (ZITADEL falls back to STARTTLS when the port answers in clear text)",
                        f.shown()
                    )),
                );
            }
        }
        Some((Some(false), f)) => {
            tls.choose(Security::None, Evidence::of(f));
        }
        Some((None, _)) => {}
        None => {
            tls.choose(
                Security::None,
                Evidence::absent("no TLS: true in SMTPConfiguration (ZITADEL's default is false)"),
            );
        }
    }
    tls
}

/// `TLS` sits one level above `SMTP.Host` (beside `SMTP:`), outside the
/// scope the engine groups the configuration by: it joins the
/// configuration whose `SMTP` block is its sibling. One pass over the
/// entries.
#[allow(clippy::ptr_arg)] // the `finish` hook's signature
fn sibling_tls(doc: &Document, configs: &mut Vec<Config>) {
    let parents: Vec<u32> = configs
        .iter()
        .map(|c| {
            doc.scopes
                .get(c.root as usize)
                .map_or(u32::MAX, |s| s.parent)
        })
        .collect();
    for e in doc.active() {
        if doc.key_of(e).trim() != "TLS" {
            continue;
        }
        let Some(i) = parents.iter().position(|p| *p == e.scope) else {
            continue;
        };
        if configs[i].get(ImplicitTls).is_some() {
            continue;
        }
        let (fields, _) = expand(doc, e, ImplicitTls, Read::Plain, &ZITADEL_YAML);
        for f in fields {
            configs[i].push(f);
        }
    }
}

const HOOKS: Hooks = Hooks {
    tls: Some(tls),
    finish: Some(sibling_tls),
    ..Hooks::NONE
};

const YAML_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "Host: smtp.postmarkapp.com:{port} under SMTPConfiguration.SMTP (the port is part of the host)",
    ),
    fix_text(
        W::Host,
        &[],
        "Host: {value}:587 under SMTPConfiguration.SMTP",
    ),
    fix_text(
        W::StartTls,
        &[],
        "TLS: true under SMTPConfiguration (ZITADEL then uses STARTTLS on 587)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(W::AuthOn, &[], "User and Password under SMTPConfiguration.SMTP"),
    fix_text(W::TlsModern, &[], "a current ZITADEL release"),
    fix_text(W::Username, &[], "User: {value}"),
    fix_text(W::Password, &[], "Password: {value}"),
    fix_text(W::From, &[], "From: {value}"),
    fix_text(
        W::Stream,
        &[],
        "ZITADEL has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

const ENV_FIXES: &[Fix] = &[
    fix_text(
        W::Port,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_HOST=smtp.postmarkapp.com:{port} (the port is part of the host)",
    ),
    fix_text(
        W::Host,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_HOST={value}:587",
    ),
    fix_text(
        W::StartTls,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_TLS=true (STARTTLS on 587)",
    ),
    fix_text(W::VerifyOn, &[], "a trusted certificate chain on the host"),
    fix_text(
        W::AuthOn,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_USER and _SMTP_PASSWORD",
    ),
    fix_text(W::TlsModern, &[], "a current ZITADEL release"),
    fix_text(
        W::Username,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_USER={value}",
    ),
    fix_text(
        W::Password,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PASSWORD={value}",
    ),
    fix_text(
        W::From,
        &[],
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_FROM={value}",
    ),
    fix_text(
        W::Stream,
        &[],
        "ZITADEL has no stream setting: use a Server whose default stream is `{value}`",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
const DOCS: &str = "https://zitadel.com/docs/self-hosting/manage/configure https://github.com/zitadel/zitadel/blob/main/cmd/defaults.yaml https://github.com/zitadel/zitadel/blob/main/internal/notification/channels/smtp/channel.go";

pub static ZITADEL_YAML: Profile = Profile {
    id: "zitadel",
    name: "ZITADEL SMTPConfiguration (YAML)",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::YAML | syn::JSON,
    keys: YAML_KEYS,
    markers: &[
        mark("SMTPConfiguration.SMTP.Host"),
        mark("SMTPConfiguration.TLS"),
        mark("SMTPConfiguration.FromName"),
    ],
    needs_marker: true,
    other_keys: YAML_OTHER,
    case_sensitive: true,
    truth: Truth::Go,
    fixes: YAML_FIXES,
    sender_hint: "From under DefaultInstance.SMTPConfiguration",
    hooks: HOOKS,
    ..BASE
};

pub static ZITADEL_ENV: Profile = Profile {
    id: "zitadel-env",
    name: "ZITADEL ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_* environment",
    #[cfg(not(target_arch = "wasm32"))]
    docs: DOCS,
    syntaxes: syn::ENV_LIKE,
    keys: ENV_KEYS,
    family: &["ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_"],
    other_keys: ENV_OTHER,
    leftovers: pairs![(
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PORT",
        "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_HOST",
    )],
    case_sensitive: true,
    truth: Truth::Go,
    fixes: ENV_FIXES,
    sender_hint: "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_FROM",
    hooks: HOOKS,
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::linted as first;

    const YAML: &str = "DefaultInstance:\n  SMTPConfiguration:\n    SMTP:\n      Host: smtp.postmarkapp.com:587\n      User: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n      Password: 5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\n    TLS: true\n    From: id@acme.io\n    FromName: Acme\n";

    #[test]
    fn host_holds_the_port_and_tls_true_falls_back_to_starttls() {
        let (client, s, ids) = first(YAML);
        assert_eq!(client, "zitadel");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert!(ids.is_empty(), "{ids:?}");
        let (_, s, ids) = first(&YAML.replace(":587", ":465"));
        assert_eq!(s["security"], "implicit");
        assert!(ids.iter().any(|i| i == "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn tls_false_or_empty_is_clear_text() {
        let (_, s, ids) = first(&YAML.replace("TLS: true", "TLS: false"));
        assert_eq!(s["security"], "none");
        assert!(ids.iter().any(|i| i == "tls/disabled"), "{ids:?}");
        let (_, s, _) = first(&YAML.replace("TLS: true", "TLS:"));
        assert_eq!(s["security"], "none");
    }

    #[test]
    fn environment() {
        let (client, s, ids) = first(
            "ZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_HOST=smtp.postmarkapp.com:2525\nZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_TLS=true\nZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_USER=u\nZITADEL_DEFAULTINSTANCE_SMTPCONFIGURATION_SMTP_PASSWORD=u\n",
        );
        assert_eq!(client, "zitadel-env");
        assert_eq!(s["port"], 2525);
        assert_eq!(s["security"], "starttls");
        assert!(!ids.iter().any(|i| i == "host/has-port"), "{ids:?}");
    }
}
