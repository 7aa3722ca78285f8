//! Compiler-style text output: `file:line:col: severity[id]: message`, the
//! line with a caret under the span, then why and fix.

use std::fmt::Write;

use crate::report::{LineIndex, Report, Severity, Span};
use crate::summary::Masker;

/// Lines up to this many bytes are quoted whole; a longer line is quoted as
/// a window of `CONTEXT` characters either side of the span (a 1 MiB
/// one-line paste must not be repeated for every finding).
const WHOLE_LINE: usize = 160;
const CONTEXT: usize = 40;
/// At most this many carets (and characters of the span) are shown.
const MAX_WIDTH: usize = 80;

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The quoted source for a span, secrets masked: the whole line or a window
/// around the span, and the caret's column (0-based, in characters) and
/// width within what is quoted.
fn excerpt(text: &str, index: &LineIndex, masker: &Masker, span: Span) -> (String, usize, usize) {
    let line = index.line_range(span.line);
    let start = span.start.clamp(line.start, line.end);
    let end = span.end.clamp(start, line.end);
    let width_end = text[start..end]
        .char_indices()
        .nth(MAX_WIDTH)
        .map_or(end, |(i, _)| start + i);
    let width = text[start..width_end].chars().count().max(1);
    if line.end - line.start <= WHOLE_LINE {
        return (masker.mask(line), span.column - 1, width);
    }
    let before = text[line.start..start]
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(line.start, |(i, _)| line.start + i);
    let after = text[width_end..line.end]
        .char_indices()
        .nth(CONTEXT)
        .map_or(line.end, |(i, _)| width_end + i);
    let mut shown = String::new();
    let mut column = text[before..start].chars().count();
    if before > line.start {
        shown.push('…');
        column += 1;
    }
    shown.push_str(&masker.mask(before..after));
    if after < line.end {
        shown.push('…');
    }
    (shown, column, width)
}

/// Renders a report. `masker` masks the secrets of `text`: every quoted
/// source line goes through it.
/// Where a finding's rule is explained, like ruff's and ShellCheck's rule
/// links: the published help page when the binary was built knowing where
/// `./build.sh dist`'s `rules/` folder is served
/// (`SMTP_CHECK_RULES_URL=https://…/rules/ cargo build`), else the command
/// that prints the same text.
fn rule_link(id: &str) -> String {
    match option_env!("SMTP_CHECK_RULES_URL").filter(|u| !u.is_empty()) {
        Some(base) => format!("{}/{id}.html", base.trim_end_matches('/')),
        None => format!("smtp-probe rules {id}"),
    }
}

pub fn render(name: &str, text: &str, masker: &Masker, report: &Report, color: bool) -> String {
    // A paste without located findings (e.g. refused as too large) is not indexed.
    let index = if report.findings.iter().any(|f| f.span.is_some()) {
        LineIndex::new(text)
    } else {
        LineIndex::new("")
    };
    let mut out = String::new();
    for (i, c) in report.configs.iter().enumerate() {
        let s = &c.settings;
        let _ = writeln!(
            out,
            "{} config {}: {}{}{} — host {}, port {}, security {}, username {}, password {}, from {}",
            paint("»", "1", color),
            i,
            c.client_name,
            c.label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default(),
            if c.active { "" } else { " [not used]" },
            s.host.as_deref().unwrap_or("—"),
            s.port.map_or("—".into(), |p| p.to_string()),
            s.security.as_deref().unwrap_or("—"),
            s.username.as_deref().unwrap_or("—"),
            if s.password_present { "set" } else { "—" },
            s.from.as_deref().unwrap_or("—"),
        );
    }
    if !report.configs.is_empty() {
        out.push('\n');
    }
    for f in &report.findings {
        let (label, code) = match f.severity {
            Severity::Error => ("error", "1;31"),
            Severity::Warning => ("warning", "1;33"),
            Severity::Info => ("info", "1;36"),
        };
        let place = f.span.map_or(name.to_string(), |s| {
            format!("{name}:{}:{}", s.line, s.column)
        });
        let _ = writeln!(
            out,
            "{place}: {}[{}]: {}",
            paint(label, code, color),
            f.id,
            f.message
        );
        if let Some(span) = f.span {
            let (shown, column, width) = excerpt(text, &index, masker, span);
            let gutter = span.line.to_string();
            let _ = writeln!(out, "{} | {}", gutter, shown);
            let _ = writeln!(
                out,
                "{} | {}{}",
                " ".repeat(gutter.len()),
                " ".repeat(column),
                paint(&"^".repeat(width), code, color)
            );
        }
        let _ = writeln!(out, "  = why: {}", f.why);
        if !f.fix.is_empty() {
            let _ = writeln!(out, "  = fix: {}", f.fix);
        }
        let _ = writeln!(out, "  = rule: {}", rule_link(&f.id));
        out.push('\n');
    }
    let s = report.summary;
    let _ = writeln!(
        out,
        "{} error(s), {} warning(s), {} info",
        s.errors, s.warnings, s.infos
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_quoted_as_a_window_around_the_span() {
        let text = format!("MAIL_HOST=smtp.postmarkapp.com{}", " b".repeat(100_000));
        let report = crate::lint(&text, &crate::Options::default());
        let masker = Masker::new(&text, &[]);
        let out = render("f", &text, &masker, &report, false);
        let located = report.findings.iter().filter(|f| f.span.is_some()).count();
        assert!(located > 0);
        // Every quoted line is a window, not the 200 KB line.
        let quoted: Vec<&str> = out.lines().filter(|l| l.starts_with("1 | ")).collect();
        assert_eq!(quoted.len(), located);
        for line in quoted {
            assert!(line.chars().count() < 4 * (CONTEXT + MAX_WIDTH), "{line}");
        }
    }

    #[test]
    fn every_finding_links_its_rule() {
        let text = "MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\n";
        let report = crate::lint(text, &crate::Options::default());
        let out = render("f", text, &Masker::new(text, &[]), &report, false);
        let links = out.lines().filter(|l| l.starts_with("  = rule: ")).count();
        assert_eq!(links, report.findings.len());
        assert!(out.contains(&format!("  = rule: {}", rule_link("port/465-unsupported"))));
        assert!(crate::registry::find("port/465-unsupported").is_some());
    }

    #[test]
    fn the_caret_sits_under_the_span_in_the_window() {
        let text = format!("{}é MAIL_PORT=25", "é".repeat(300));
        let index = LineIndex::new(&text);
        let start = text.find("25").unwrap();
        let span = index.span(&(start..start + 2));
        let (shown, column, width) = excerpt(&text, &index, &Masker::new(&text, &[]), span);
        let under: String = shown.chars().skip(column).take(width).collect();
        assert_eq!(under, "25");
        assert!(shown.starts_with('…'));
    }
}
