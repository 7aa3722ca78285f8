//! Where to draw on the pasted text: the text cut into runs, each with the
//! worst severity of the findings that cover it, and the characters that
//! print as nothing (or as an ordinary space) singled out so the page can
//! show them as a marked symbol.

use std::ops::Range;

use crate::report::{LineIndex, Report, Severity};

/// What a run of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunKind {
    /// Ordinary text.
    Text,
    /// One character that is invisible or looks like a plain space
    /// (`U+200B`, `U+00A0`…): drawn with a marker.
    Invisible(Invisible),
    /// A space or tab that matters: at the end of a line that has text, or
    /// inside a span a `…/whitespace` finding points at.
    StraySpace,
}

/// A named invisible character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invisible {
    /// `U+200B`.
    pub code: &'static str,
    /// `ZERO WIDTH SPACE`.
    pub name: &'static str,
    /// A short symbol for the marker (`ZW`, `NB`…).
    pub short: &'static str,
    /// Whether the character takes no room at all (`U+200B`) rather than a
    /// space's width (`U+00A0`).
    pub zero_width: bool,
}

/// A piece of the text with the same marking throughout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The worst severity of the findings covering it.
    pub severity: Option<Severity>,
    pub kind: RunKind,
    /// Set on the first run of a finding's span: that span's start, so the
    /// page can scroll to it.
    pub starts_span: bool,
}

const fn inv(code: &'static str, name: &'static str, short: &'static str, zero: bool) -> Invisible {
    Invisible {
        code,
        name,
        short,
        zero_width: zero,
    }
}

/// The characters the page marks, with their names.
pub fn invisible_name(c: char) -> Option<Invisible> {
    Some(match c {
        '\u{00A0}' => inv("U+00A0", "NO-BREAK SPACE", "NB", false),
        '\u{00AD}' => inv("U+00AD", "SOFT HYPHEN", "SHY", true),
        '\u{2007}' => inv("U+2007", "FIGURE SPACE", "SP", false),
        '\u{2000}'..='\u{200A}' => inv("U+2000–200A", "TYPOGRAPHIC SPACE", "SP", false),
        '\u{200B}' => inv("U+200B", "ZERO WIDTH SPACE", "ZW", true),
        '\u{200C}' => inv("U+200C", "ZERO WIDTH NON-JOINER", "ZW", true),
        '\u{200D}' => inv("U+200D", "ZERO WIDTH JOINER", "ZW", true),
        '\u{200E}' => inv("U+200E", "LEFT-TO-RIGHT MARK", "LRM", true),
        '\u{200F}' => inv("U+200F", "RIGHT-TO-LEFT MARK", "RLM", true),
        '\u{202A}'..='\u{202E}' => inv("U+202A–202E", "BIDI CONTROL", "BIDI", true),
        '\u{2066}'..='\u{2069}' => inv("U+2066–2069", "BIDI ISOLATE", "BIDI", true),
        '\u{2028}' => inv("U+2028", "LINE SEPARATOR", "LS", false),
        '\u{2029}' => inv("U+2029", "PARAGRAPH SEPARATOR", "PS", false),
        '\u{202F}' => inv("U+202F", "NARROW NO-BREAK SPACE", "NB", false),
        '\u{2060}' => inv("U+2060", "WORD JOINER", "WJ", true),
        '\u{3000}' => inv("U+3000", "IDEOGRAPHIC SPACE", "SP", false),
        '\u{FEFF}' => inv("U+FEFF", "ZERO WIDTH NO-BREAK SPACE (BOM)", "BOM", true),
        _ => return None,
    })
}

/// Cuts `text` into runs for drawing. Spans come from the report only.
pub fn runs(text: &str, report: &Report) -> Vec<Run> {
    let index = LineIndex::new(text);
    // Severity changes: (+1/-1) per span edge, one counter per severity.
    let mut edges: Vec<(usize, Severity, i32)> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut whitespace_spans: Vec<Range<usize>> = Vec::new();
    for f in &report.findings {
        let Some(s) = f.span else { continue };
        let (a, b) = (index.clamp(s.start), index.clamp(s.end));
        if a >= b {
            continue;
        }
        edges.push((a, f.severity, 1));
        edges.push((b, f.severity, -1));
        starts.push(a);
        if f.id.ends_with("/whitespace") {
            whitespace_spans.push(a..b);
        }
    }
    crate::sort::by_key(&mut edges, |e| e.0);
    crate::sort::values(&mut starts);
    starts.dedup();

    let stray = stray_spaces(text, &whitespace_spans);
    let mut out: Vec<Run> = Vec::new();
    let mut counts = [0i32; 3];
    let mut edge = 0;
    let mut stray_i = 0;
    let mut start_i = 0;
    let mut pos = 0;
    while pos < text.len() {
        while edge < edges.len() && edges[edge].0 <= pos {
            counts[edges[edge].1 as usize] += edges[edge].2;
            edge += 1;
        }
        let severity = [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .find(|s| counts[*s as usize] > 0);
        let next_edge = edges.get(edge).map_or(text.len(), |e| e.0);
        while start_i < starts.len() && starts[start_i] < pos {
            start_i += 1;
        }
        let starts_span = starts.get(start_i) == Some(&pos);
        while stray_i < stray.len() && stray[stray_i] < pos {
            stray_i += 1;
        }
        let c = text[pos..].chars().next().unwrap_or(' ');
        let special = if let Some(i) = invisible_name(c) {
            Some(RunKind::Invisible(i))
        } else if stray.get(stray_i) == Some(&pos) {
            Some(RunKind::StraySpace)
        } else {
            None
        };
        let end = if special.is_some() {
            pos + c.len_utf8()
        } else {
            // Ordinary text up to the next edge or special character.
            let limit = next_edge.min(stray.get(stray_i).copied().unwrap_or(text.len()));
            let mut end = pos;
            for (i, ch) in text[pos..].char_indices() {
                if pos + i >= limit || (i > 0 && invisible_name(ch).is_some()) {
                    break;
                }
                end = pos + i + ch.len_utf8();
            }
            end.max(pos + c.len_utf8())
        };
        let kind = special.unwrap_or(RunKind::Text);
        match out.last_mut() {
            Some(last)
                if kind == RunKind::Text
                    && last.kind == RunKind::Text
                    && last.severity == severity
                    && !starts_span =>
            {
                last.range.end = end
            }
            _ => out.push(Run {
                range: pos..end,
                severity,
                kind,
                starts_span,
            }),
        }
        pos = end;
    }
    out
}

/// Byte offsets of spaces and tabs that matter (sorted): trailing ones on a
/// line with text, and those inside spans of `…/whitespace` findings.
fn stray_spaces(text: &str, whitespace_spans: &[Range<usize>]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let kept = body.trim_end_matches([' ', '\t']);
        if !kept.trim().is_empty() {
            out.extend(line_start + kept.len()..line_start + body.len());
        }
        line_start += line.len();
    }
    for span in whitespace_spans {
        let inner = &text[span.clone()];
        out.extend(
            inner
                .char_indices()
                .filter(|(_, c)| *c == ' ' || *c == '\t')
                .map(|(i, _)| span.start + i),
        );
    }
    crate::sort::values(&mut out);
    out.dedup();
    out
}

/// Every invisible character with its 1-based line and column, for the list
/// under the editor (screen readers cannot see the markers).
pub fn invisibles(text: &str, limit: usize) -> Vec<(usize, usize, Invisible)> {
    let index = LineIndex::new(text);
    text.char_indices()
        .filter_map(|(i, c)| invisible_name(c).map(|n| (i, n)))
        .take(limit)
        .map(|(i, n)| {
            let (line, column) = index.position(i);
            (line, column, n)
        })
        .collect()
}

/// The UTF-16 offset (what a browser text field counts) of a byte offset.
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Finding, Span, Summary};

    fn finding(id: &str, severity: Severity, start: usize, end: usize) -> Finding {
        Finding {
            id: id.into(),
            severity,
            config: Some(0),
            message: String::new(),
            why: String::new(),
            fix: String::new(),
            span: Some(Span {
                start,
                end,
                line: 1,
                column: 1,
            }),
            fixes: vec![],
        }
    }

    fn report(findings: Vec<Finding>) -> Report {
        Report {
            version: "0".into(),
            configs: vec![],
            findings,
            summary: Summary::default(),
        }
    }

    /// Runs must tile the text exactly.
    fn assert_tiles(text: &str, runs: &[Run]) {
        let mut pos = 0;
        for r in runs {
            assert_eq!(r.range.start, pos, "{runs:?}");
            assert!(r.range.end > r.range.start);
            assert!(text.is_char_boundary(r.range.end));
            pos = r.range.end;
        }
        assert_eq!(pos, text.len());
    }

    #[test]
    fn worst_severity_wins_where_spans_overlap() {
        let text = "MAIL_PORT=465\n";
        let r = runs(
            text,
            &report(vec![
                finding("tls/implicit-tls", Severity::Warning, 0, 13),
                finding("port/465-unsupported", Severity::Error, 10, 13),
            ]),
        );
        assert_tiles(text, &r);
        let sev: Vec<_> = r
            .iter()
            .map(|r| (&text[r.range.clone()], r.severity))
            .collect();
        assert_eq!(
            sev,
            vec![
                ("MAIL_PORT=", Some(Severity::Warning)),
                ("465", Some(Severity::Error)),
                ("\n", None)
            ]
        );
        assert!(r[0].starts_span && r[1].starts_span && !r[2].starts_span);
    }

    #[test]
    fn invisible_characters_are_their_own_runs() {
        let text = "P=ab\u{200B}c\u{00A0}\n";
        let r = runs(text, &report(vec![]));
        assert_tiles(text, &r);
        let kinds: Vec<_> = r
            .iter()
            .map(|r| match r.kind {
                RunKind::Invisible(i) => i.code,
                RunKind::StraySpace => "stray",
                RunKind::Text => "text",
            })
            .collect();
        assert_eq!(kinds, vec!["text", "U+200B", "text", "U+00A0", "text"]);
    }

    #[test]
    fn trailing_spaces_are_marked_but_not_indentation_or_blank_lines() {
        let text = "  host: a  \n   \nport: 1\t";
        let r = runs(text, &report(vec![]));
        assert_tiles(text, &r);
        let stray: Vec<usize> = r
            .iter()
            .filter(|r| r.kind == RunKind::StraySpace)
            .map(|r| r.range.start)
            .collect();
        assert_eq!(stray, vec![9, 10, 23]);
    }

    #[test]
    fn spaces_inside_whitespace_findings_are_marked() {
        let text = "PASS=ab cd\n";
        let r = runs(
            text,
            &report(vec![finding("auth/whitespace", Severity::Error, 5, 10)]),
        );
        assert_tiles(text, &r);
        assert!(r
            .iter()
            .any(|r| r.kind == RunKind::StraySpace && r.range.start == 7));
    }

    #[test]
    fn bad_spans_never_panic() {
        let text = "é=ü\u{200B}";
        let r = runs(
            text,
            &report(vec![
                finding("x/y", Severity::Info, 1, 999),
                finding("x/z", Severity::Error, 5, 2),
            ]),
        );
        assert_tiles(text, &r);
        assert!(runs("", &report(vec![])).is_empty());
    }

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "a😀é=x";
        assert_eq!(utf16_offset(text, 1), 1);
        assert_eq!(utf16_offset(text, 5), 3);
        assert_eq!(utf16_offset(text, 7), 4);
        assert_eq!(utf16_offset(text, 6), 3); // inside é: clamped back
        assert_eq!(utf16_offset(text, 999), 6);
    }

    #[test]
    fn invisibles_are_listed_with_positions() {
        let list = invisibles("a\nb\u{FEFF}c\u{00A0}", 10);
        assert_eq!(list.len(), 2);
        assert_eq!((list[0].0, list[0].1, list[0].2.code), (2, 2, "U+FEFF"));
    }
}
