//! `smtp-probe probe --report FILE`: one Markdown file with everything
//! Postmark support asks for — version, system, command, settings, the
//! static and network findings, each port's steps with timings, the TLS
//! certificate and the dialogue — with every secret redacted (AUTH shows
//! its mechanism and payload length only). The caller scrubs the whole text
//! once more before writing it.

use std::fmt::Write as _;

use crate::probe::{Mode, Outcome, PortReport, Target};
use crate::report::{redact, Finding, Report};

/// What the bundle is made of.
pub struct Bundle<'a> {
    /// The command line as typed (secrets never go there: the probe refuses them).
    pub command: &'a str,
    pub input_name: &'a str,
    pub target: &'a Target,
    pub timeout_s: f64,
    pub lint: Option<&'a Report>,
    pub outcome: &'a Outcome,
    pub findings: &'a [Finding],
}

pub fn render(b: &Bundle) -> String {
    let mut out = String::new();
    let o = b.outcome;
    let _ = writeln!(out, "# smtp-probe report\n");
    let _ = writeln!(
        out,
        "- tool: smtp-probe {} ({} {})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    let _ = writeln!(out, "- run at: {} UTC", now_utc());
    let _ = writeln!(out, "- command: `{}`", b.command.replace('`', "'"));
    let _ = writeln!(
        out,
        "- result: {} ({:.1} s)",
        if o.any_port_works() {
            "everything needed to send works on at least one port"
        } else {
            "no port gets as far as an accepted login"
        },
        o.ms / 1000.0
    );

    settings(&mut out, b);
    if let Some(lint) = b.lint {
        let _ = writeln!(out, "\n## Static check of {}\n", b.input_name);
        findings(&mut out, &lint.findings);
    }
    let _ = writeln!(out, "\n## Findings from the network\n");
    let shown: Vec<Finding> = b
        .findings
        .iter()
        .filter(|f| f.id != "net/port-summary")
        .cloned()
        .collect();
    findings(&mut out, &shown);

    let _ = writeln!(out, "\n## Name lookup\n");
    let d = &o.dns;
    if d.ok {
        let _ = writeln!(
            out,
            "{} → {} ({:.1} ms)",
            d.host,
            d.addresses.join(", "),
            d.ms
        );
    } else {
        let _ = writeln!(
            out,
            "{} does not resolve: {} ({:.1} ms)",
            d.host,
            d.error
                .as_ref()
                .map(|e| e.describe())
                .unwrap_or_else(|| "no answer".into()),
            d.ms
        );
    }
    for p in &o.ports {
        port(&mut out, p);
    }
    out
}

fn settings(out: &mut String, b: &Bundle) {
    let t = b.target;
    let _ = writeln!(out, "\n## Settings probed\n");
    let _ = writeln!(out, "- host: {}", t.host);
    if let Some(name) = &t.tls_name {
        let _ = writeln!(out, "- certificate name checked: {name}");
    }
    let ports: Vec<String> = t
        .ports
        .iter()
        .map(|p| {
            format!(
                "{}{}{}",
                p.port,
                if p.mode == Mode::Implicit {
                    " (implicit TLS)"
                } else {
                    " (STARTTLS)"
                },
                if p.configured { ", configured" } else { "" }
            )
        })
        .collect();
    let _ = writeln!(out, "- ports: {}", ports.join("; "));
    match &t.credentials {
        Some(c) => {
            let _ = writeln!(
                out,
                "- username: {} ({} characters); password: {} characters, from {}",
                redact(&c.username),
                c.username.chars().count(),
                c.password.chars().count(),
                t.password_source.as_deref().unwrap_or("—")
            );
        }
        None => {
            let _ = writeln!(out, "- no password given: AUTH not tried");
        }
    }
    if let Some(from) = &t.from {
        let _ = writeln!(out, "- MAIL FROM: {from}");
    }
    if let Some(to) = &t.send_to {
        let _ = writeln!(out, "- test message sent to: {to}");
    }
    let _ = writeln!(out, "- timeout: {} s", b.timeout_s);
}

fn findings(out: &mut String, list: &[Finding]) {
    if list.is_empty() {
        let _ = writeln!(out, "No findings.");
        return;
    }
    for f in list {
        let _ = writeln!(
            out,
            "- **{}** `{}`: {}",
            f.severity.as_str(),
            f.id,
            one_line(&f.message)
        );
        if !f.fix.is_empty() {
            let _ = writeln!(out, "  - fix: {}", one_line(&f.fix));
        }
    }
}

fn port(out: &mut String, p: &PortReport) {
    let mode = match p.mode {
        Mode::Starttls => "STARTTLS",
        Mode::Implicit => "implicit TLS",
    };
    let verdict = if p.works { "works" } else { "fails" };
    let family = p
        .family
        .map(|f| format!(" over {}", f.name()))
        .unwrap_or_default();
    let _ = writeln!(out, "\n## Port {} ({mode}){family}: {verdict}\n", p.port);
    if let Some(addr) = &p.address {
        let _ = writeln!(out, "Address: {addr}\n");
    }
    let _ = writeln!(out, "| step | result | ms | detail |");
    let _ = writeln!(out, "|---|---|---:|---|");
    for s in &p.steps {
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {} |",
            s.step,
            if s.ok { "ok" } else { "failed" },
            s.ms,
            one_line(&s.detail).replace('|', "\\|")
        );
    }
    if let Some(tls) = &p.tls {
        let _ = writeln!(out, "\nTLS: {} with {}", tls.version, tls.cipher);
        if let Some(c) = &tls.certificate {
            let _ = writeln!(
                out,
                "Certificate: subject {}, names {}, issued by {}{}, expires {}",
                c.subject,
                if c.names.is_empty() {
                    "—".to_string()
                } else {
                    c.names.join(", ")
                },
                c.issuer,
                if c.self_signed { " (self-signed)" } else { "" },
                c.expires
            );
        }
    }
    if let Some(why) = &p.auth_skipped {
        let _ = writeln!(out, "\nAUTH: {why}");
    }
    if !p.transcript.is_empty() {
        let _ = writeln!(out, "\nDialogue (secrets redacted):\n\n```");
        for line in &p.transcript {
            let _ = writeln!(out, "{}", line.replace("```", "'''"));
        }
        let _ = writeln!(out, "```");
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `2026-12-04 10:49:50`, from the system clock.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian
/// calendar (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_426), (2025, 12, 4));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
