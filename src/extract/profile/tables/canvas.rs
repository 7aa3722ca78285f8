//! Canvas LMS: `config/outgoing_mail.yml`, one block per Rails environment
//! (`production:`, `development:`…), handed to ActionMailer.
//!
//! Meaning (the file's example `config/outgoing_mail.yml.example` and the
//! code that reads it, `config/initializers/outgoing_mail.rb`, in
//! instructure/canvas-lms):
//!
//! * The block's keys are merged into ActionMailer's `smtp_settings`, so
//!   `address`, `port` (often a string, `"25"`), `user_name`, `password`,
//!   `authentication`, `enable_starttls_auto`, `ssl`/`tls` and
//!   `openssl_verify_mode` mean what they mean to the `mail` gem
//!   (STARTTLS when offered unless switched off; `ssl`/`tls` are TLS from
//!   the first byte; the port defaults to 25; it logs in when `user_name`
//!   is set).
//! * `outgoing_address` is the From; `default_name` its display name;
//!   `domain` the HELO domain (default `unknowndomain.example.com`).
//! * `delivery_method` defaults to `smtp`; `sendmail` hands mail to the
//!   local program, `test` and `letter_opener` keep it; `mail_gate` sends by
//!   SMTP with the settings under `delivery_settings` to whitelisted
//!   addresses only. `perform_deliveries: false` sends nothing.
//! * The block of the environment Canvas runs in is used; production is
//!   taken as that one here when the paste has several.

use crate::extract::profile::{k, mark, syn, words, Hooks, Key, Profile, Switch, Words, BASE};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::Role::*;

use super::mail_gem;

const KEYS: &[Key] = &[
    k("*.address", Host),
    k("*.port", Port),
    k("*.user_name", Username),
    k("*.password", Password),
    k("*.authentication", AuthMethod),
    k("*.enable_starttls_auto", StartTls),
    k("*.enable_starttls", Encryption),
    k("*.ssl|*.tls", ImplicitTls),
    k("*.openssl_verify_mode", VerifyMode),
    k("*.outgoing_address", From),
    k("*.delivery_method", Transport),
    k("*.perform_deliveries", Enabled),
];

const OTHER_KEYS: Words = words![
    "domain",
    "default_name",
    "reply_to_addresses",
    "whitelist",
    "subject_prefix",
];

const SWITCH: Switch = Switch {
    smtp: words!["smtp", "mail_gate"],
    no_mail: words!["test", "letter_opener", "file"],
    local: words!["sendmail"],
    missing: None,
    off: None,
    name: "delivery_method",
};

/// The top-level keys (`production:`) and where they start: one pass.
fn blocks(input: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in input.split_inclusive('\n') {
        let head = line.split('#').next().unwrap_or("").trim_end();
        if let Some(name) = head.strip_suffix(':') {
            if !name.is_empty() && !name.starts_with([' ', '\t', '-']) && !name.contains(' ') {
                out.push((at, name));
            }
        }
        at += line.len();
    }
    out
}

/// The environment block a field sits in.
fn block_of<'a>(marks: &[(usize, &'a str)], at: usize) -> Option<&'a str> {
    let i = marks.partition_point(|(p, _)| *p <= at);
    i.checked_sub(1).map(|i| marks[i].1)
}

/// Each configuration keeps the fields of its own environment block (a
/// `test:` block's `delivery_method` is not production's) and is labelled
/// by it; production is the one in use.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn environments(doc: &Document, configs: &mut Vec<Config>) {
    let marks = blocks(doc.input);
    if marks.len() < 2 {
        return;
    }
    for c in configs.iter_mut() {
        let anchor = c
            .get(Host)
            .or(c.fields.first())
            .and_then(|f| block_of(&marks, f.key_span.start));
        if let Some(env) = anchor {
            c.fields
                .retain(|f| block_of(&marks, f.key_span.start) == Some(env));
            c.label = Some(env.to_string());
        }
    }
    configs.retain(|c| !c.fields.is_empty());
    let n = configs.len();
    let production = configs
        .iter()
        .rposition(|c| c.label.as_deref() == Some("production"));
    for (i, c) in configs.iter_mut().enumerate() {
        c.active = production.map_or(i + 1 == n, |p| p == i);
    }
}

pub static CANVAS: Profile = Profile {
    id: "canvas",
    name: "Canvas LMS config/outgoing_mail.yml",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "https://github.com/instructure/canvas-lms/blob/HEAD/config/outgoing_mail.yml.example https://github.com/instructure/canvas-lms/blob/HEAD/config/initializers/outgoing_mail.rb",
    syntaxes: syn::YAML,
    keys: KEYS,
    markers: &[mark("*.outgoing_address"), mark("*.default_name")],
    needs_marker: true,
    other_keys: OTHER_KEYS,
    case_sensitive: true,
    port: Some(25),
    host: Some("localhost"),
    switch: Some(SWITCH),
    sender_hint: "outgoing_address in config/outgoing_mail.yml",
    constants: mail_gem::CONSTANTS,
    hooks: Hooks {
        tls: Some(mail_gem::tls),
        finish: Some(environments),
        ..Hooks::NONE
    },
    ..BASE
};

#[cfg(test)]
mod tests {
    use super::super::{has, linted};

    const YML: &str = "development:\n  delivery_method: \"test\"\n\nproduction:\n  address: \"smtp.postmarkapp.com\"\n  port: \"587\"\n  user_name: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  password: \"5c3e1f0a-7b2d-4e9a-8c6f-1d2e3f4a5b6c\"\n  authentication: \"plain\" # plain, login, or cram_md5\n  domain: \"canvas.acme-widgets.io\"\n  outgoing_address: \"canvas@acme-widgets.io\"\n  default_name: \"Instructure Canvas\"\n";

    fn active(text: &str) -> (String, serde_json::Value, Vec<String>) {
        let r = crate::lint(text, &crate::Options::default());
        let c = r
            .configs
            .iter()
            .find(|c| c.active)
            .or(r.configs.first())
            .expect("a configuration");
        (
            c.client.clone(),
            serde_json::to_value(&c.settings).expect("settings"),
            r.findings.iter().map(|f| f.id.clone()).collect(),
        )
    }

    #[test]
    fn production_block_is_read_with_the_mail_gem_tls() {
        let (client, s, ids) = active(YML);
        assert_eq!(client, "canvas");
        assert_eq!(s["host"], "smtp.postmarkapp.com");
        assert_eq!(s["port"], 587);
        assert_eq!(s["security"], "starttls");
        assert_eq!(s["from"], "canvas@acme-widgets.io");
        assert!(!has(&ids, "input/unknown-key"), "{ids:?}");
        let (_, s, ids) = active(&YML.replace("port: \"587\"", "port: \"465\"\n  ssl: true"));
        assert_eq!(s["security"], "implicit");
        assert!(has(&ids, "port/465-unsupported"), "{ids:?}");
    }

    #[test]
    fn another_environment_s_switch_stays_there() {
        let (_, _, ids) = active(YML);
        assert!(!has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }

    #[test]
    fn sendmail_block() {
        let (_, _, ids) = linted(
            "production:\n  delivery_method: \"sendmail\"\n  outgoing_address: \"canvas@acme-widgets.io\"\n  default_name: \"Instructure Canvas\"\n",
        );
        assert!(has(&ids, "input/smtp-not-enabled"), "{ids:?}");
    }
}
