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

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::extract::lines;
use crate::model::Config;
use crate::report::Draft;
use crate::Options;

/// What every rule sees.
pub struct Context<'a> {
    pub input: &'a str,
    pub configs: &'a [Config],
    pub options: &'a Options,
    pub out: Vec<Draft>,
    /// The line scanner's entries (commented-out lines included), scanned
    /// at most once however many rules read them.
    lines: OnceCell<Cow<'a, [lines::Entry]>>,
}

impl<'a> Context<'a> {
    pub fn emit(&mut self, draft: Draft) {
        self.out.push(draft);
    }

    /// Every `key = value` line of the paste, as `lines::scan` reads it.
    pub fn lines(&self) -> &[lines::Entry] {
        self.lines
            .get_or_init(|| Cow::Owned(lines::scan(self.input)))
    }
}

/// Runs every static rule. `input/*` decides first whether anything else runs.
pub fn run(input: &str, configs: &[Config], options: &Options) -> Vec<Draft> {
    run_scanned(input, configs, options, None)
}

/// [`run`], reusing the line scan of `input` the extraction already made.
pub fn run_scanned<'a>(
    input: &'a str,
    configs: &'a [Config],
    options: &'a Options,
    scanned: Option<&'a [lines::Entry]>,
) -> Vec<Draft> {
    let lines = OnceCell::new();
    if let Some(scanned) = scanned {
        let _ = lines.set(Cow::Borrowed(scanned));
    }
    let mut cx = Context {
        input,
        configs,
        options,
        out: Vec::new(),
        lines,
    };
    if !input::check(&mut cx) {
        return cx.out;
    }
    url::check(&mut cx);
    host::check(&mut cx);
    port::check(&mut cx);
    tls::check(&mut cx);
    auth::check(&mut cx);
    from::check(&mut cx);
    stream::check(&mut cx);
    cx.out
}
