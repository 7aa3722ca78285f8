//! Compiler-style text output: `file:line:col: severity[id]: message`, the
//! line with a caret under the span, then why and fix.

use std::fmt::Write;

use crate::report::{LineIndex, Report, Severity};

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// Renders a report. `masked` is the input with its secrets masked
/// (`summary::mask_secrets`): quoted source lines come from it.
pub fn render(name: &str, text: &str, masked: &str, report: &Report, color: bool) -> String {
    let masked_index = LineIndex::new(masked);
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
            let masked = masked_index.line_text(span.line);
            let width = text[span.start..span.end.min(text.len())]
                .chars()
                .take_while(|c| *c != '\n')
                .count()
                .max(1);
            let gutter = span.line.to_string();
            let _ = writeln!(out, "{} | {}", gutter, masked);
            let _ = writeln!(
                out,
                "{} | {}{}",
                " ".repeat(gutter.len()),
                " ".repeat(span.column - 1),
                paint(&"^".repeat(width), code, color)
            );
        }
        let _ = writeln!(out, "  = why: {}", f.why);
        if !f.fix.is_empty() {
            let _ = writeln!(out, "  = fix: {}", f.fix);
        }
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
