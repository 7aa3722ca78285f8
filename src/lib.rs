//! smtp-check: the rules core.
//!
//! Takes the text a person pasted (a `.env`, `settings.py`, a nodemailer
//! object, an SMTP URL, `main.cf`…), finds the SMTP settings in it and
//! returns every problem with its place, why it fails with Postmark and the
//! fix in the pasted dialect. No I/O, no threads, no clock: the same code
//! runs natively (`smtp-probe`) and in the browser (WebAssembly).

#![forbid(unsafe_code)]

pub mod decode;
pub mod extract;
pub mod fix;
pub(crate) mod float;
pub mod model;
pub mod registry;
pub mod report;
pub mod rules;
pub mod scrub;
pub(crate) mod sort;
pub mod summary;

/// What the page shows besides the report (probe commands, examples, marks).
pub mod advice;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod probe;

use extract::Config;
pub use report::Report;
use report::{Draft, LineIndex, Summary};

/// Inputs over this size are refused (`input/too-large`) before any work.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// What the user may give besides the paste.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Verified Sender Signatures (addresses) and Domains, for `from/not-verified`.
    pub verified: Vec<String>,
    /// The size in bytes of the input as given, when the text is not those
    /// bytes themselves (a file decoded from UTF-16 or with invalid bytes
    /// replaced, or too large to be read whole): the size limit applies to
    /// it, and `input/too-large` reports it.
    pub input_bytes: Option<usize>,
}

impl Options {
    /// The size of the input these options go with (see `input_bytes`).
    pub fn input_size(&self, input: &str) -> usize {
        self.input_bytes.unwrap_or(input.len())
    }

    /// Parses a user-typed list: commas, semicolons, blanks or new lines.
    pub fn with_verified_list(list: &str) -> Self {
        Options {
            verified: list
                .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            input_bytes: None,
        }
    }
}

/// The configurations found and the report about them. The probe needs the
/// configurations themselves (with the secrets); everything shown to a
/// person goes through the report, which never holds a secret.
pub struct Analysis {
    pub configs: Vec<Config>,
    pub report: Report,
}

/// Lints a paste.
pub fn lint(input: &str, options: &Options) -> Report {
    analyze(input, options).report
}

/// For the unit tests: the ids of a paste's findings with the default
/// options, in report order.
#[cfg(test)]
pub(crate) fn lint_ids(input: &str) -> Vec<String> {
    lint(input, &Options::default())
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect()
}

/// Lints a paste and keeps the extracted configurations.
pub fn analyze(input: &str, options: &Options) -> Analysis {
    // A refused or blank paste is not read at all.
    let doc = if options.input_size(input) <= MAX_INPUT_BYTES && !input.trim().is_empty() {
        extract::Document::read(input)
    } else {
        extract::Document::empty(input)
    };
    let configs = extract::extract_from(&doc);
    let lines = doc.line_index();
    let mut drafts = rules::run(&doc, &configs, options, &lines);
    fix::attach(input, &configs, &mut drafts);
    let report = finish(input, &lines, &configs, drafts);
    Analysis { configs, report }
}

/// Turns drafts into the report: spans get line/column, findings are sorted
/// (errors first, then by place), the summary is counted.
fn finish(
    input: &str,
    lines: &report::LazyLineIndex,
    configs: &[Config],
    drafts: Vec<Draft>,
) -> Report {
    // Line starts are only needed for located findings (a refused 1 MiB
    // paste has none: it is not scanned at all).
    let unlocated;
    let index = if drafts.iter().any(|d| d.span.is_some()) {
        lines.get()
    } else {
        unlocated = LineIndex::new("");
        &unlocated
    };
    let ranges: Vec<std::ops::Range<usize>> = drafts
        .iter()
        .map(|d| d.span.clone().unwrap_or(0..0))
        .collect();
    let mut spans = index.spans(&ranges).into_iter();
    let mut findings: Vec<report::Finding> = drafts
        .into_iter()
        .map(|d| report::Finding {
            id: d.rule.id.to_string(),
            severity: d.severity,
            config: d.config,
            message: d.message,
            why: d.why,
            fix: d.fix,
            span: spans.next().filter(|_| d.span.is_some()),
            fixes: d.fixes,
        })
        .collect();
    // Defence in depth: nothing shown may hold a run of a secret.
    let secrets = scrub::Secrets::of(configs, input);
    for f in &mut findings {
        secrets.scrub_in_place(&mut f.message);
        secrets.scrub_in_place(&mut f.why);
        secrets.scrub_in_place(&mut f.fix);
        f.fixes.retain(|fix| {
            !secrets.leaks(&fix.title) && fix.edits.iter().all(|e| !secrets.leaks(&e.text))
        });
    }
    crate::sort::by_key(&mut findings, |f| {
        (f.severity, f.span.map_or(usize::MAX, |s| s.start), f.config)
    });
    findings.dedup();
    let mut summary = Summary::default();
    for f in &findings {
        match f.severity {
            report::Severity::Error => summary.errors += 1,
            report::Severity::Warning => summary.warnings += 1,
            report::Severity::Info => summary.infos += 1,
        }
    }
    Report {
        version: env!("CARGO_PKG_VERSION").to_string(),
        configs: configs
            .iter()
            .map(|c| {
                let mut c = summary::summarize(c);
                for text in [
                    &mut c.settings.host,
                    &mut c.settings.from,
                    &mut c.settings.stream,
                    &mut c.label,
                ]
                .into_iter()
                .flatten()
                {
                    secrets.scrub_in_place(text);
                }
                c
            })
            .collect(),
        findings,
        summary,
    }
}
