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
        !(d.config.is_some_and(|i| off.get(i) == Some(&true))
            && MOOT_WITHOUT_SMTP.contains(&d.rule.id))
    });
    cx.out
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
