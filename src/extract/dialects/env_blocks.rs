//! Shared by the container formats (`docker-compose`, `dockerfile`,
//! `github-actions`): they set environment variables whose names are the
//! application's, so the keys are read with the generic aliases
//! (`SMTP_HOST`, `SMTP_USER`, `MAIL_SERVER`…) and the TLS words with the
//! generic meaning. Each block (service, build stage, job) is its own
//! configuration, labelled with its name.
//!
//! These formats score just above `generic` and below every application
//! dialect (10 per key): when the variables are an application's
//! (`MAIL_*` of Laravel, `EMAIL_*` of Django, `DISCOURSE_SMTP_*`…), the
//! application's reading wins and the overlapping container reading is dropped.

use std::ops::Range;

use super::generic::{alias_role, GENERIC};
use crate::extract::group::{group, Item};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Field, KeyUse, Role, Tls, Value};

/// One variable assignment with the block it belongs to.
pub struct Var {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Value,
    pub scope: String,
}

/// Score: one more than `generic` would give the same keys, when the
/// format's markers are present.
pub fn score(doc: &Document, marked: bool) -> u32 {
    if !marked {
        return 0;
    }
    let n = doc
        .active_lines()
        .filter(|e| alias_role(&e.key).is_some())
        .count() as u32;
    if n == 0 {
        0
    } else {
        n.min(9) + 1
    }
}

/// Groups variables into one configuration per scope (all in use), with
/// `role_of` mapping a key to its role.
pub fn configs(
    dialect: &'static dyn Dialect,
    vars: Vec<Var>,
    role_of: impl Fn(&str) -> Option<Role>,
) -> Vec<Config> {
    let mut scopes: Vec<String> = Vec::new();
    for v in &vars {
        if !scopes.contains(&v.scope) {
            scopes.push(v.scope.clone());
        }
    }
    let mut out = Vec::new();
    for scope in &scopes {
        let items: Vec<Item> = vars
            .iter()
            .filter(|v| &v.scope == scope)
            .map(|v| {
                let at = v.key_span.start;
                match role_of(&v.key) {
                    Some(role) => Item {
                        field: Some(Field {
                            role,
                            key: v.key.clone(),
                            key_span: v.key_span.clone(),
                            value: v.value.clone(),
                        }),
                        unknown: None,
                        path: Vec::new(),
                        at,
                    },
                    None => Item {
                        field: None,
                        unknown: Some(KeyUse {
                            key: v.key.clone(),
                            span: v.key_span.clone(),
                        }),
                        path: Vec::new(),
                        at,
                    },
                }
            })
            .collect();
        let mut found = group(dialect, items);
        for c in &mut found {
            if !scope.is_empty() {
                c.label = Some(match c.label.take() {
                    Some(l) => format!("{scope}, {l}"),
                    None => scope.clone(),
                });
            }
        }
        out.append(&mut found);
    }
    // Unknown keys are only worth reporting when they look like mail settings.
    for c in &mut out {
        c.unknown_keys.retain(|k| {
            let up = k.key.to_ascii_uppercase();
            up.contains("SMTP") || up.contains("MAIL")
        });
    }
    out
}

/// The generic reading of the TLS words.
pub fn tls(cfg: &Config) -> Tls {
    GENERIC.tls(cfg)
}

/// The key the configuration uses for a role, or a usual one.
pub fn key_for(cfg: &Config, role: Role, fallback: &'static str) -> String {
    cfg.get(role)
        .map_or(fallback.to_string(), |f| f.key.clone())
}

/// The settings behind a fix, for the container formats: the variables'
/// own names, changed where written (a guessed name is never added).
pub fn settings(cfg: &Config, what: &Write) -> Vec<Setting> {
    match what {
        Write::Port(p) => vec![Setting::text(Role::Port, "", p.to_string())],
        Write::Host(h) => vec![Setting::text(Role::Host, "", *h)],
        Write::StartTls if cfg.get(Role::Encryption).is_some() => {
            vec![Setting::text(Role::Encryption, "", "tls")]
        }
        _ => Vec::new(),
    }
}

/// A fix in `KEY<sep>value` form, with the configuration's own key names.
pub fn write(cfg: &Config, what: &Write, sep: &str) -> String {
    let set = |role: Role, fallback: &'static str, v: &str| {
        format!("{}{sep}{v}", key_for(cfg, role, fallback))
    };
    match what {
        Write::Port(p) => set(Role::Port, "SMTP_PORT", &p.to_string()),
        Write::Host(h) => set(Role::Host, "SMTP_HOST", h),
        Write::StartTls => match cfg.get(Role::ImplicitTls) {
            Some(f) => format!("{}{sep}false, with port 587 (STARTTLS)", f.key),
            None => set(Role::Encryption, "SMTP_SECURE", "tls (STARTTLS)"),
        },
        Write::VerifyOn => "turn certificate verification back on".into(),
        Write::AuthOn => format!(
            "{} and {}",
            key_for(cfg, Role::Username, "SMTP_USER"),
            key_for(cfg, Role::Password, "SMTP_PASSWORD")
        ),
        Write::TlsModern => "allow TLS 1.2 or later".into(),
        Write::Username(v) => set(Role::Username, "SMTP_USER", v),
        Write::Password(v) => set(Role::Password, "SMTP_PASSWORD", v),
        Write::From(v) => set(Role::From, "SMTP_FROM", v),
        Write::Stream(v) => format!("message stream = {v}"),
    }
}
