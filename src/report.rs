//! The report: the contract that the page, the probe and outside scripts read.
//!
//! Everything here is plain data with `serde` derives, so the native binary
//! prints it with `serde_json` and the page hands it to JavaScript with
//! `serde-wasm-bindgen`: both see exactly the same shape.

use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::registry::Rule;

/// How bad a finding is. Ordered so that sorting puts errors first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A place in the pasted text: byte offsets plus 1-based line and column
/// (the column counts characters, not bytes, so it matches what an editor shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

/// One machine-applicable text edit (used by `--fix` and the page's corrected panel):
/// replace bytes `start..end` of the input with `text` (an insertion when
/// `start == end`). Never contains a secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Whether a fix can be applied without asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The meaning the user intended is certain.
    Safe,
    /// Plausible, but the user must confirm.
    Unsafe,
}

/// A machine-applicable fix: a titled set of edits applied together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

/// One diagnosis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    /// Index into `Report::configs`, or `None` for findings about the whole paste.
    pub config: Option<usize>,
    pub message: String,
    pub why: String,
    pub fix: String,
    pub span: Option<Span>,
    /// Machine-applicable fixes, when the dialect allows one.
    #[serde(default)]
    pub fixes: Vec<Fix>,
}

/// What the core understood of one configuration, secrets redacted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub host: Option<String>,
    pub port: Option<u32>,
    /// `starttls` | `implicit` | `none`, or `None` when it cannot be known.
    pub security: Option<String>,
    pub username: Option<String>,
    pub password_present: bool,
    pub from: Option<String>,
    pub stream: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigSummary {
    /// Dialect id, e.g. `laravel-env`.
    pub client: String,
    /// Human name of the dialect, e.g. `Laravel .env`.
    pub client_name: String,
    pub active: bool,
    /// Where the configuration comes from when the paste holds several
    /// (`production`, `account postmark`, `URL at line 3`…).
    pub label: Option<String>,
    pub settings: Settings,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub version: String,
    pub configs: Vec<ConfigSummary>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

/// A finding while it is being built: the span is still a byte range, turned
/// into line/column once for the whole report.
#[derive(Clone, Debug)]
pub struct Draft {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub config: Option<usize>,
    pub message: String,
    pub why: String,
    pub fix: String,
    pub span: Option<Range<usize>>,
    pub fixes: Vec<Fix>,
}

/// In the page the builder steps below are calls, not inlined: each
/// inlined step moved the whole draft at every finding site (about 2 KB of
/// code over the rules).
impl Draft {
    /// Starts a finding for `rule` with the rule's own severity and its
    /// generic `why`; rules override what is specific to the input.
    pub fn new(rule: &'static Rule, message: impl Into<String>) -> Self {
        Draft {
            rule,
            severity: rule.severity,
            config: None,
            message: message.into(),
            why: rule.why.to_string(),
            fix: String::new(),
            span: None,
            fixes: Vec::new(),
        }
    }
    /// Adds a machine-applicable fix.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn why(mut self, why: impl Into<String>) -> Self {
        self.why = why.into();
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = fix.into();
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn span(mut self, span: Option<Range<usize>>) -> Self {
        self.span = span;
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn config(mut self, index: Option<usize>) -> Self {
        self.config = index;
        self
    }
}

/// A [`LineIndex`] built the first time a line is asked for, then shared:
/// the rules that name lines in their messages and the report's spans read
/// the same one (most pastes need it once or not at all).
pub struct LazyLineIndex<'a> {
    text: &'a str,
    /// Line starts kept elsewhere (the document's), made there at most once.
    shared: Option<&'a std::cell::OnceCell<Vec<usize>>>,
    index: std::cell::OnceCell<LineIndex<'a>>,
}

impl<'a> LazyLineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LazyLineIndex {
            text,
            shared: None,
            index: std::cell::OnceCell::new(),
        }
    }

    /// The index over `starts` (of `text`), which it fills if nobody has:
    /// the tables (`Document::line_of`), the rules and the report then
    /// share one pass over the paste.
    pub fn shared(text: &'a str, starts: &'a std::cell::OnceCell<Vec<usize>>) -> Self {
        LazyLineIndex {
            text,
            shared: Some(starts),
            index: std::cell::OnceCell::new(),
        }
    }

    pub fn get(&self) -> &LineIndex<'a> {
        self.index.get_or_init(|| match self.shared {
            Some(cell) => LineIndex {
                text: self.text,
                line_starts: std::borrow::Cow::Borrowed(
                    cell.get_or_init(|| line_starts(self.text)),
                ),
            },
            None => LineIndex::new(self.text),
        })
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.get().line_of(offset)
    }
}

/// Maps byte offsets to 1-based line/column (column in characters). A line
/// ends at `\n`, `\r\n` or a lone `\r` (old Mac files), as the readers see it.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: std::borrow::Cow<'a, [usize]>,
}

/// Where the lines of `text` start. After every `\n` and lone `\r` a line
/// starts (a final break opens an empty last line); `\r\n` is one break.
pub fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut line_starts = vec![0];
    line_starts.extend(
        crate::extract::read::line_breaks(bytes)
            .filter(|&p| !(bytes[p] == b'\r' && bytes.get(p + 1) == Some(&b'\n')))
            .map(|p| p + 1),
    );
    line_starts
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            line_starts: std::borrow::Cow::Owned(line_starts(text)),
        }
    }

    /// Clamps `offset` into the text and onto a char boundary (never panics).
    pub fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// 1-based (line, column) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        (line, column)
    }

    /// Where the line holding a byte offset starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.line_starts[self.line_of(offset) - 1]
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= self.clamp(offset))
    }

    pub fn span(&self, range: &Range<usize>) -> Span {
        self.spans(std::slice::from_ref(range)).remove(0)
    }

    /// The spans of many ranges in one sweep: columns are counted from the
    /// previous place on the same line, so a long line with many findings
    /// is walked once, not once per finding.
    pub fn spans(&self, ranges: &[Range<usize>]) -> Vec<Span> {
        let mut order: Vec<usize> = (0..ranges.len()).collect();
        crate::sort::by_key(&mut order, |&i| ranges[i].start);
        let mut out = vec![
            Span {
                start: 0,
                end: 0,
                line: 1,
                column: 1
            };
            ranges.len()
        ];
        // (offset, line, column) of the last place found.
        let mut at = (0usize, 1usize, 1usize);
        for i in order {
            let r = &ranges[i];
            let start = self.clamp(r.start);
            let end = self.clamp(r.end.max(r.start));
            let line = self.line_starts.partition_point(|&s| s <= start);
            let from = if line == at.1 {
                at
            } else {
                (self.line_starts[line - 1], line, 1)
            };
            let column = from.2 + self.text[from.0..start].chars().count();
            at = (start, line, column);
            out[i] = Span {
                start,
                end,
                line,
                column,
            };
        }
        out
    }

    /// Byte range of a line (1-based, clamped), without its line break.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let n = line.clamp(1, self.line_starts.len());
        let start = self.line_starts[n - 1];
        let mut end = self.line_starts.get(n).copied().unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }

    /// The text of a line (1-based), without its line break.
    pub fn line_text(&self, line: usize) -> &'a str {
        &self.text[self.line_range(line)]
    }
}

/// Shows at most the first 4 and the last 4 characters of a secret.
///
/// Short secrets show less, so that the shown part is never most of the value:
/// 16+ chars → `abcd…wxyz`; 8–15 → `ab…yz`; shorter → `…` and the length.
pub fn redact(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    let n = chars.len();
    let keep = match n {
        16.. => 4,
        8..=15 => 2,
        _ => 0,
    };
    if keep == 0 {
        return format!("…({n} chars)");
    }
    let head: String = chars[..keep].iter().collect();
    let tail: String = chars[n - keep..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The line starts are the readers' lines (`lines_in`), plus the
        /// empty last line after a final break.
        #[test]
        fn line_starts_are_the_readers_lines(text in "[a\n\r\u{0b}\u{0c}\u{0e}\u{8a}\u{8d}é\x00]{0,40}") {
            let mut want = vec![0];
            want.extend(crate::extract::read::lines_in(&text, 0..text.len()).skip(1).map(|r| r.start));
            if text.ends_with(['\n', '\r']) {
                want.push(text.len());
            }
            prop_assert_eq!(&LineIndex::new(&text).line_starts[..], &want[..]);
        }
    }

    #[test]
    fn line_index_counts_characters() {
        let idx = LineIndex::new("a=1\nkéy=2\r\nz");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(4), (2, 1));
        // after "ké" (3 bytes) the column is 3
        assert_eq!(idx.position(7), (2, 3));
        assert_eq!(idx.line_text(2), "kéy=2");
        assert_eq!(idx.position(999), (3, 2));
        // inside a multi-byte char: clamped back to its start
        assert_eq!(idx.position(6), (2, 2));
    }

    #[test]
    fn lone_cr_ends_a_line() {
        let idx = LineIndex::new("a=1\rb=2\r\nc=3\rd");
        assert_eq!(idx.position(4), (2, 1));
        assert_eq!(idx.line_text(1), "a=1");
        assert_eq!(idx.line_text(2), "b=2");
        assert_eq!(idx.line_text(3), "c=3");
        assert_eq!(idx.position(13), (4, 1));
        assert_eq!(idx.line_text(4), "d");
        let end = LineIndex::new("a\r");
        assert_eq!(end.position(2), (2, 1));
        assert_eq!(end.line_text(2), "");
    }

    #[test]
    fn many_spans_in_one_sweep_match_one_by_one() {
        let text = "ab\nkéy=2 x=y\r\nz\rend";
        let idx = LineIndex::new(text);
        let ranges: Vec<Range<usize>> = vec![16..17, 4..6, 0..1, 9..12, 3..3, 99..100, 17..20];
        let got = idx.spans(&ranges);
        for (r, s) in ranges.iter().zip(&got) {
            let (line, column) = idx.position(r.start);
            assert_eq!((s.line, s.column), (line, column), "{r:?}");
            assert_eq!(s.start, idx.clamp(r.start));
        }
    }

    #[test]
    fn redact_never_shows_most_of_a_secret() {
        assert_eq!(redact("1f86a2b4-0000-0000-0000-3c2d11115948"), "1f86…5948");
        assert_eq!(redact("abcdefghij"), "ab…ij");
        assert_eq!(redact("short"), "…(5 chars)");
    }
}
