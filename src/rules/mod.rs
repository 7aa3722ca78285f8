//! The rules, one family per file. Each file defines (and documents) its
//! rules as `static Rule`s, lists them in `RULES`, and checks them in
//! `check`. Network rules are defined here too (so they are documented and
//! listed in one place) but checked by the native probe.

pub mod auth;
pub mod from;
pub mod host;
pub mod input;
pub mod net;
pub mod port;
pub mod similar;
pub mod smtp;
pub mod stream;
pub mod tls;
pub mod url;

use crate::extract::{Config, Document};
use crate::model::Role;
use crate::report::{Draft, LazyLineIndex};
use crate::Options;

/// What every rule sees.
pub struct Context<'a> {
    pub input: &'a str,
    /// The paste as the readers read it (commented-out entries included).
    pub doc: &'a Document<'a>,
    pub configs: &'a [Config],
    pub options: &'a Options,
    /// Line numbers of `input`, shared with the report.
    pub lines: &'a LazyLineIndex<'a>,
    /// Where each configuration sends ([`host::target`]), decided once:
    /// the families after `input/*` all ask (it classifies the host).
    pub targets: Vec<host::Target>,
    pub out: Vec<Draft>,
}

impl<'a> Context<'a> {
    pub fn emit(&mut self, draft: Draft) {
        self.out.push(draft);
    }
}

/// Runs every static rule on configurations read from `doc`. `input/*`
/// decides first whether anything else runs.
pub fn run<'a>(
    doc: &'a Document<'a>,
    configs: &'a [Config],
    options: &'a Options,
    lines: &'a LazyLineIndex<'a>,
) -> Vec<Draft> {
    let mut cx = Context {
        input: doc.input,
        doc,
        configs,
        options,
        lines,
        targets: Vec::new(),
        out: Vec::new(),
    };
    if !input::check(&mut cx) {
        return cx.out;
    }
    cx.targets = configs.iter().map(host::target).collect();
    url::check(&mut cx);
    host::check(&mut cx);
    port::check(&mut cx);
    tls::check(&mut cx);
    auth::check(&mut cx);
    from::check(&mut cx);
    stream::check(&mut cx);
    // A client told not to use SMTP ignores its SMTP settings: what is
    // missing from them changes nothing (`input/smtp-not-enabled` says why).
    let off: Vec<bool> = configs.iter().map(input::smtp_switched_off).collect();
    cx.out.retain(|d| {
        let Some(i) = d.config.filter(|i| off.get(*i) == Some(&true)) else {
            return true;
        };
        !(MOOT_WITHOUT_SMTP.contains(&d.rule.id)
            || (d.rule.id.starts_with("port/") && default_port(&configs[i])))
    });
    cx.out
}

/// Whether the configuration's port is the client's default: not written,
/// empty, or the default written out (an app's defaults file:
/// Kanboard's `MAIL_SMTP_PORT = 25` beside `MAIL_TRANSPORT = 'mail'`).
/// Where SMTP is not used, the port rules say nothing about it then.
fn default_port(cfg: &Config) -> bool {
    match cfg.get(Role::Port) {
        None => true,
        Some(f) if f.value.text.trim().is_empty() => true,
        Some(_) => {
            cfg.port_number().is_some() && cfg.port_number() == cfg.dialect.default_port(cfg)
        }
    }
}

/// What is missing from SMTP settings (no host, port, login or encryption):
/// moot where the client does not use them.
const MOOT_WITHOUT_SMTP: [&str; 6] = [
    "host/missing",
    "port/missing",
    "auth/missing-username",
    "auth/missing-password",
    "auth/not-configured",
    "tls/disabled",
];

#[cfg(test)]
mod tests {
    use crate::lint_ids as ids;

    #[test]
    fn port_rules_on_the_default_port_are_moot_without_smtp() {
        // Kanboard's config.default.php: PHP mail(), and the default port written out.
        let src = "<?php\ndefine('MAIL_TRANSPORT', 'mail');\ndefine('MAIL_SMTP_HOSTNAME', '');\ndefine('MAIL_SMTP_PORT', 25);\ndefine('MAIL_SMTP_ENCRYPTION', null);\ndefine('MAIL_SMTP_HELO_NAME', null);\n";
        let got = ids(src);
        assert!(got.iter().any(|i| i == "input/smtp-not-enabled"), "{got:?}");
        assert!(!got.iter().any(|i| i.starts_with("port/")), "{got:?}");
        // SMTP in use: the port is judged.
        let got = ids(&src.replace("'mail'", "'smtp'"));
        assert!(got.iter().any(|i| i == "port/25-blocked"), "{got:?}");
        // A port other than the default, written beside the switch, still is.
        let got = ids(&src.replace(", 25)", ", 465)"));
        assert!(got.iter().any(|i| i == "port/465-unsupported"), "{got:?}");
    }
}
