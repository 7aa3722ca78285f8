//! "Copy report for support": one Markdown text a person can send to
//! Postmark support or paste in a forum, shaped like a good bug report:
//! the outcome, what was understood (redacted), every finding with its id,
//! place, why and fix, the command to test the connection, the details
//! support will ask for, and the tool's version.
//!
//! Never a secret: the report's settings are already redacted (first 4 and
//! last 4 characters at most), and the finished text is scrubbed once more
//! with the paste's own secrets (`crate::scrub`), as every report text is.
//!
//! Never Markdown from the paste: values from the paste are shown in code
//! spans (or fenced blocks), and prose that may quote the paste (messages,
//! why, fix) has Markdown's punctuation escaped and its line breaks folded,
//! so a pasted `[link](…)`, `<img>`, `# heading` or bare URL stays text.

use crate::report::{ConfigSummary, Finding, Report, Severity};
use crate::{analyze, scrub, Options};

/// Where the rule help pages are: `{base}{family}/{slug}.html`.
pub struct RuleLinks<'a> {
    pub base: &'a str,
}

/// The support report for `input` (linted with `options`).
pub fn support_report(input: &str, options: &Options, links: Option<RuleLinks>) -> String {
    let analysis = analyze(input, options);
    let markdown = render(&analysis.report, links);
    scrub::Secrets::of(&analysis.configs, input)
        .scrub(&markdown)
        .into_owned()
}

fn render(r: &Report, links: Option<RuleLinks>) -> String {
    let mut out = String::new();
    let s = r.summary;
    out.push_str("## SMTP settings check for Postmark\n\n");
    out.push_str(&format!(
        "**Result:** {} error{}, {} warning{}, {} note{} (smtp-check {}).\n\n",
        s.errors,
        plural(s.errors),
        s.warnings,
        plural(s.warnings),
        s.infos,
        plural(s.infos),
        escape(&r.version)
    ));

    out.push_str("### What was understood\n\n");
    if r.configs.is_empty() {
        out.push_str("No SMTP configuration was recognised in the paste.\n\n");
    }
    for (i, c) in r.configs.iter().enumerate() {
        config(&mut out, i, c, r.configs.len());
    }

    if r.findings.is_empty() {
        out.push_str("### Problems\n\nNone found.\n\n");
    } else {
        out.push_str(&format!("### Problems ({})\n\n", r.findings.len()));
        for (i, f) in r.findings.iter().enumerate() {
            finding(&mut out, i + 1, f, r, links.as_ref());
        }
    }

    let probe = super::probe_advice(r);
    out.push_str("### Connection test\n\n");
    out.push_str(
        "Run on the machine that sends the mail (it asks for the token; it is not written on \
         the command line), and paste its output below:\n\n",
    );
    fenced(&mut out, "", "sh", &probe.command);
    out.push_str("\n<!-- output of the command -->\n\n");

    out.push_str("### Details to add\n\n");
    for d in [
        "The exact error your application logs when sending fails",
        "Where the application runs (hosting provider, network); some block outgoing SMTP ports",
        "When it started failing, and what changed then",
        "Your Postmark Server and message stream",
    ] {
        out.push_str(&format!("- {d}:\n"));
    }
    out.push_str(&format!(
        "\n---\nChecked with smtp-check {} in the browser. Secrets are masked (first 4 and last 4 characters at most).\n",
        escape(&r.version)
    ));
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Note",
    }
}

fn config(out: &mut String, i: usize, c: &ConfigSummary, count: usize) {
    let mut title = String::new();
    if count > 1 {
        title.push_str(&format!("{}. ", i + 1));
    }
    title.push_str(&escape(&c.client_name));
    if let Some(l) = &c.label {
        title.push_str(&format!(" ({})", code(l)));
    }
    out.push_str(&format!(
        "**{title}**{}\n\n",
        if count > 1 && c.active { " (used)" } else { "" }
    ));
    let st = &c.settings;
    let value = |v: Option<&str>| v.map_or_else(|| "not found".to_string(), code);
    let port = st.port.map(|p| p.to_string());
    let security = match st.security.as_deref() {
        Some("starttls") => "STARTTLS",
        Some("implicit") => "implicit TLS (SMTPS)",
        Some("none") => "none (sent in clear)",
        Some(_) => "other",
        None => "not known",
    };
    for (k, v) in [
        ("Host", value(st.host.as_deref())),
        ("Port", value(port.as_deref())),
        ("Security", security.to_string()),
        ("Username", value(st.username.as_deref())),
        (
            "Password",
            (if st.password_present {
                "set"
            } else {
                "missing"
            })
            .to_string(),
        ),
        ("From", value(st.from.as_deref())),
    ] {
        out.push_str(&format!("- {k}: {v}\n"));
    }
    if let Some(stream) = &st.stream {
        out.push_str(&format!("- Stream: {}\n", code(stream)));
    }
    out.push('\n');
}

fn finding(out: &mut String, n: usize, f: &Finding, r: &Report, links: Option<&RuleLinks>) {
    let mut place = code(&f.id);
    if let Some(span) = f.span {
        place.push_str(&format!(", line {}, column {}", span.line, span.column));
    }
    if let (Some(i), true) = (f.config, r.configs.len() > 1) {
        place.push_str(&format!(", configuration {}", i + 1));
    }
    out.push_str(&format!(
        "{n}. **{}:** {} ({place})\n",
        severity(f.severity),
        escape(&f.message)
    ));
    for (label, body) in [("Why", &f.why), ("Fix", &f.fix)] {
        if body.trim().is_empty() {
            continue;
        }
        if body.contains('\n') {
            out.push_str(&format!("   - {label}:\n\n"));
            fenced(out, "     ", "", body);
            out.push('\n');
        } else {
            out.push_str(&format!("   - {label}: {}\n", escape(body)));
        }
    }
    if let (Some(l), Some(path)) = (links, rule_path(&f.id)) {
        out.push_str(&format!("   - Rule: <{}{path}>\n", l.base));
    }
    out.push('\n');
}

/// The help page of rule `id` relative to the rules folder,
/// `<family>/<slug>.html` (`smtp-probe rules --format html` writes them).
pub fn rule_path(id: &str) -> Option<String> {
    let (family, slug) = id.split_once('/')?;
    Some(format!("{}/{}.html", url_part(family), url_part(slug)))
}

/// Rule ids are `[a-z0-9-]`; anything else is dropped from a link.
fn url_part(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// A code span holding `s` on one line: the fence is longer than any run of
/// backticks inside, and padded when `s` starts or ends with one.
fn code(s: &str) -> String {
    let s = one_line(s);
    let longest = longest_run(&s, '`');
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A fenced block (its fence longer than any backtick run inside), each
/// line indented by `indent`.
fn fenced(out: &mut String, indent: &str, lang: &str, body: &str) {
    let fence = "`".repeat(longest_run(body, '`').max(2) + 1);
    out.push_str(&format!("{indent}{fence}{lang}\n"));
    for line in body.trim_end_matches('\n').lines() {
        out.push_str(indent);
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("{indent}{fence}\n"));
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

fn one_line(s: &str) -> String {
    s.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// Prose as Markdown text: every character Markdown gives a meaning is
/// backslash-escaped, line breaks become spaces, and GitHub's bare-URL
/// autolinks are broken (`http\://`, `www\.`) while staying readable.
fn escape(s: &str) -> String {
    let s = one_line(s);
    let mut out = String::with_capacity(s.len() + 8);
    for (i, ch) in s.char_indices() {
        let special = match ch {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '!'
            | '|' | '~' | '&' => true,
            ':' => s[i..].starts_with("://"),
            '.' => i >= 3 && s.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www"),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "1f86a2b4-55c1-4a0e-9d1b-3c2d11115948";

    fn report_of(text: &str) -> String {
        support_report(
            text,
            &Options::with_verified_list("acme-widgets.io"),
            Some(RuleLinks {
                base: "https://example.test/rules/",
            }),
        )
    }

    #[test]
    fn the_report_has_every_part_and_no_secret() {
        let text = format!(
            "MAIL_HOST=smtp.postmark.com\nMAIL_PORT=465\nMAIL_USERNAME={TOKEN}\nMAIL_PASSWORD={TOKEN}\nMAIL_FROM_ADDRESS=hello@acme-widgets.io\n"
        );
        let md = report_of(&text);
        let report = crate::lint(&text, &Options::with_verified_list("acme-widgets.io"));
        assert!(!report.findings.is_empty());
        for f in &report.findings {
            assert!(md.contains(&format!("`{}`", f.id)), "{}", f.id);
            let (family, slug) = f.id.split_once('/').unwrap();
            assert!(md.contains(&format!("https://example.test/rules/{family}/{slug}.html")));
        }
        assert!(md.contains("line 2, column 11"), "{md}");
        assert!(md.contains("smtp-probe"), "the probe command");
        assert!(md.contains(env!("CARGO_PKG_VERSION")));
        assert!(md.contains("### Details to add"));
        assert!(md.contains("### What was understood"));
        // No run of 9 characters of the token, anywhere.
        for i in 0..=TOKEN.len() - 9 {
            assert!(!md.contains(&TOKEN[i..i + 9]), "leaks {}", &TOKEN[i..i + 9]);
        }
        assert!(md.contains("1f86"), "the redacted username shows its head");
    }

    #[test]
    fn pasted_markdown_stays_text() {
        let md = report_of(
            "MAIL_HOST=[x](https://evil.example)<img src=x>\nMAIL_PORT=465\nMAIL_FROM_ADDRESS=`a`@evil.example\nMAIL_FROM_NAME=\"# h\n",
        );
        // Outside code spans (escaped characters are text) nothing is a
        // link, an image, HTML or a heading.
        let mut unescaped = String::new();
        let mut chars = md.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                chars.next();
            } else {
                unescaped.push(c);
            }
        }
        let outside: String = unescaped
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, p)| p)
            .collect();
        assert!(!outside.contains("](http"), "{md}");
        assert!(!outside.contains("<img"), "{md}");
        assert!(!outside.contains("://evil"), "{md}");
        let mut in_fence = false;
        for line in md.lines() {
            if line.trim_start().starts_with("```") {
                in_fence = !in_fence;
            }
            if line.starts_with('#') && !in_fence {
                assert!(
                    line.starts_with("## SMTP") || line.starts_with("### "),
                    "{line}"
                );
            }
        }
    }

    #[test]
    fn code_spans_and_escapes_hold_anything() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(code("a\nb"), "`a b`");
        assert_eq!(escape("[a](b)"), r"\[a\]\(b\)");
        assert_eq!(escape("x\n# y"), r"x \# y");
        let mut out = String::new();
        fenced(&mut out, "", "", "```\nx");
        assert_eq!(out, "````\n```\nx\n````\n");
    }
}
