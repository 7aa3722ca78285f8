//! `smtp-probe probe`: flags → probe options, results → text or JSON.
//! The probing and the diagnosis are the library's (`crate::probe`).

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::{bundle, diagnostic, exit, read_input, use_color, Format};
use crate::probe::{self, diagnose, settings, token, Mode, Outcome, PortReport, Target};
use crate::report::{redact, Finding, Report, Severity, Summary};
use crate::Options;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Security {
    /// Plain SMTP upgraded with STARTTLS (what Postmark speaks).
    Starttls,
    /// TLS from the first byte (SMTPS).
    Implicit,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Exit status: 0 when everything needed to send (TLS and AUTH, and MAIL FROM when a From is known) works on at least one port and no error was found; 1 when problems were found; 2 for usage errors.\n\nThe password is read from the file, $SMTP_PASSWORD, --password-env VAR or --password-stdin; never from the command line."
)]
pub struct ProbeArgs {
    /// The configuration to use (a .env, settings.py, SMTP URL…); `-` reads
    /// standard input. Without it, give --host (and the password by
    /// SMTP_PASSWORD, --password-env or --password-stdin).
    pub file: Option<PathBuf>,
    /// The SMTP host to dial (overrides the file's).
    #[arg(long)]
    pub host: Option<String>,
    /// Probe only these ports (repeatable); by default the configured port
    /// and every Postmark port (587, 2525, 25, and 465 to show it is closed).
    #[arg(long = "port", value_name = "N")]
    pub ports: Vec<u16>,
    /// How the client starts TLS (overrides what the file says).
    #[arg(long, value_enum)]
    pub security: Option<Security>,
    /// The username, when it differs from the password (an SMTP Token's
    /// Access Key). Default: the file's, else the password (a Server API
    /// token is both).
    #[arg(long)]
    pub username: Option<String>,
    /// Read the password from this environment variable (default: the
    /// file's, else SMTP_PASSWORD). The secret never goes on the command line.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Read the password from the first line of standard input (on a
    /// terminal: asked for, without echo).
    #[arg(long)]
    pub password_stdin: bool,
    /// The sender to try with MAIL FROM (default: the file's From).
    #[arg(long, value_name = "ADDR")]
    pub from: Option<String>,
    /// Really send a short test message to this address (only then is a
    /// message sent).
    #[arg(long, value_name = "ADDR")]
    pub send_to: Option<String>,
    /// Seconds for the whole run; it ends within this plus a small margin.
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    pub timeout: f64,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Show each port's dialogue (swaks-like; secrets redacted).
    #[arg(long)]
    pub transcript: bool,
    /// Also trust the certificates in this PEM file (a private relay, tests).
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// The name the certificate must carry (when dialling an IP address).
    #[arg(long, value_name = "NAME")]
    pub tls_name: Option<String>,
    /// Send the credentials even where the server offers no STARTTLS
    /// (in clear: only for a test server you control).
    #[arg(long)]
    pub insecure_plaintext_auth: bool,
    /// Ask Postmark's API whether the token is a Server token, an Account
    /// token, or neither (sends the token to the API over HTTPS).
    #[arg(long)]
    pub check_token: bool,
    /// The API base URL for --check-token.
    #[arg(long, value_name = "URL", default_value = token::DEFAULT_API_BASE)]
    pub api_base: String,
    /// Your verified Sender Signatures and Domains, comma-separated, for
    /// `from/not-verified`.
    #[arg(long, value_name = "LIST")]
    pub verified: Option<String>,
    /// Also write a Markdown report for Postmark support to FILE: version,
    /// system, settings, findings, each port's steps with timings, the
    /// certificate and the dialogue, with every secret redacted.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Probe over IPv4 only (by default each family that resolves is
    /// probed on its own).
    #[arg(short = '4', long, conflicts_with = "ipv6")]
    pub ipv4: bool,
    /// Probe over IPv6 only.
    #[arg(short = '6', long)]
    pub ipv6: bool,
    /// Use these addresses for HOST instead of DNS, like curl:
    /// `--resolve smtp.postmarkapp.com:192.0.2.1,2001:db8::1`.
    #[arg(long, value_name = "HOST:ADDR[,ADDR]")]
    pub resolve: Option<String>,
    /// With --send-to: seconds to wait for the message to appear in
    /// Postmark's Messages API (asked at --api-base with the Server token).
    #[arg(long, value_name = "SECS", default_value_t = 20)]
    pub lookup_wait: u64,
    /// With --send-to: do not look the message up in Postmark's API.
    #[arg(long)]
    pub no_lookup: bool,
}

/// The JSON document.
#[derive(Serialize)]
struct Json<'a> {
    /// The static report, or `null` without an input file.
    lint: Option<&'a Report>,
    target: TargetJson,
    /// Everything needed to send works on at least one port.
    works: bool,
    dns: &'a probe::Dns,
    ports: &'a [PortReport],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    token_check: &'a [token::TokenCheck],
    findings: &'a [Finding],
    summary: Summary,
    ms: f64,
}

#[derive(Serialize)]
struct TargetJson {
    host: String,
    tls_name: Option<String>,
    ports: Vec<probe::PortPlan>,
    username: Option<String>,
    password_source: Option<String>,
    from: Option<String>,
    send_to: Option<String>,
    timeout_s: f64,
}

pub fn run(args: ProbeArgs) -> u8 {
    match prepare(&args) {
        Ok(p) => finish(&args, p),
        Err(e) => {
            eprintln!("smtp-probe probe: {e}");
            exit::USAGE
        }
    }
}

struct Prepared {
    name: String,
    text: Option<String>,
    analysis: Option<crate::Analysis>,
    target: Target,
    options: probe::Options,
}

/// Reads the input and the secret, and builds the target.
fn prepare(args: &ProbeArgs) -> Result<Prepared, String> {
    if !(args.timeout > 0.0 && args.timeout <= 600.0) {
        return Err("--timeout must be between 0 and 600 seconds".into());
    }
    let stdin_file = args.file.as_deref().is_some_and(|f| f.as_os_str() == "-");
    if stdin_file && args.password_stdin {
        return Err("--password-stdin cannot be used with the input on standard input".into());
    }
    if args.password_stdin && args.password_env.is_some() {
        return Err("give the password by --password-stdin or --password-env, not both".into());
    }
    let mut input_bytes = None;
    let (name, text) = match &args.file {
        Some(path) => {
            let input = read_input(Some(path))?;
            if let Some(note) = input.note() {
                eprintln!("{note}");
            }
            input_bytes = Some(input.bytes);
            (input.name, Some(input.text))
        }
        None if args.host.is_none() => {
            return Err("give a configuration file (or `-` for standard input), or --host".into())
        }
        None => ("<flags>".to_string(), None),
    };
    let mut lint_options = args
        .verified
        .as_deref()
        .map(Options::with_verified_list)
        .unwrap_or_default();
    lint_options.input_bytes = input_bytes;
    let analysis = text.as_deref().map(|t| crate::analyze(t, &lint_options));

    let password = if args.password_stdin {
        Some((read_password_stdin()?, "standard input".to_string()))
    } else if let Some(var) = &args.password_env {
        let value = std::env::var(var)
            .map_err(|_| format!("--password-env {var}: the variable is not set (or not UTF-8)"))?;
        Some((value, format!("${var}")))
    } else {
        None
    };
    let fallback = std::env::var("SMTP_PASSWORD")
        .ok()
        .filter(|v| !v.is_empty())
        .map(|v| (v, "$SMTP_PASSWORD".to_string()));
    let overrides = settings::Overrides {
        host: args.host.clone(),
        ports: args.ports.clone(),
        mode: args.security.map(|s| match s {
            Security::Starttls => Mode::Starttls,
            Security::Implicit => Mode::Implicit,
        }),
        username: args.username.clone(),
        password,
        password_fallback: fallback,
        from: args.from.clone(),
        send_to: args.send_to.clone(),
        tls_name: args.tls_name.clone(),
    };
    let config = analysis
        .as_ref()
        .and_then(|a| settings::active_config(&a.configs));
    let target = settings::target(config, text.as_deref().unwrap_or(""), overrides)?;
    probe::tls::server_name(target.tls_name.as_deref().unwrap_or(&target.host))?;

    let extra_roots = match &args.ca_file {
        Some(path) => probe::tls::read_pem_certs(path)?,
        None => Vec::new(),
    };
    let resolve = match &args.resolve {
        Some(spec) => resolve_for(spec, &target.host)?,
        None => Vec::new(),
    };
    let check_token = if args.check_token {
        probe::http::parse_url(&args.api_base)?;
        Some(args.api_base.clone())
    } else {
        None
    };
    Ok(Prepared {
        name,
        text,
        analysis,
        target,
        options: probe::Options {
            timeout: Duration::from_secs_f64(args.timeout),
            extra_roots,
            insecure_plaintext_auth: args.insecure_plaintext_auth,
            // The report holds the dialogue even when the screen does not.
            transcript: args.transcript || args.report.is_some(),
            check_token,
            family: match (args.ipv4, args.ipv6) {
                (true, _) => Some(probe::Family::Ipv4),
                (_, true) => Some(probe::Family::Ipv6),
                _ => None,
            },
            resolve,
        },
    })
}

fn finish(args: &ProbeArgs, p: Prepared) -> u8 {
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let color = use_color(tty);
    if let Some(base) = &p.options.check_token {
        eprintln!(
            "smtp-probe: --check-token: asking the API at {base} what kind of token this is (this sends the token there)."
        );
    }
    let outcome = if tty && args.format == Format::Text {
        run_with_progress(&p.target, &p.options)
    } else {
        probe::run(&p.target, &p.options, None)
    };

    let text = p.text.as_deref().unwrap_or("");
    let empty_report;
    let (lint, configs): (&Report, &[crate::extract::Config]) = match &p.analysis {
        Some(a) => (&a.report, &a.configs),
        None => {
            empty_report = Report {
                version: env!("CARGO_PKG_VERSION").to_string(),
                configs: Vec::new(),
                findings: Vec::new(),
                summary: Summary::default(),
            };
            (&empty_report, &[])
        }
    };
    let mut findings = diagnose::diagnose(&diagnose::Context {
        input: text,
        configs,
        lint,
        target: &p.target,
        outcome: &outcome,
    });
    let lookups = look_up_sent(args, &p, &outcome);
    findings.extend(diagnose::lookup_findings(&lookups, p.target.config));
    let summary = count(&findings);
    let errors = lint.summary.errors + summary.errors;
    let works = outcome.any_port_works();

    if let Some(path) = &args.report {
        let command: Vec<String> = std::env::args().collect();
        let bundle = bundle::render(&bundle::Bundle {
            command: &command.join(" "),
            input_name: &p.name,
            target: &p.target,
            timeout_s: args.timeout,
            lint: p.analysis.as_ref().map(|a| &a.report),
            outcome: &outcome,
            findings: &findings,
        });
        let bundle = scrubber(&p.target).scrub(&bundle);
        if let Err(e) = std::fs::write(path, bundle) {
            eprintln!("smtp-probe probe: cannot write {}: {e}", path.display());
            return exit::USAGE;
        }
        eprintln!(
            "smtp-probe: wrote the report for support to {} (secrets redacted).",
            path.display()
        );
    }
    // The dialogue is printed only when asked for.
    let mut outcome = outcome;
    if !args.transcript {
        for port in &mut outcome.ports {
            port.transcript.clear();
        }
    }

    let out = match args.format {
        Format::Json => {
            let doc = Json {
                lint: p.analysis.as_ref().map(|a| &a.report),
                target: target_json(&p.target, args.timeout),
                works,
                dns: &outcome.dns,
                ports: &outcome.ports,
                token_check: &outcome.token_check,
                findings: &findings,
                summary,
                ms: outcome.ms,
            };
            serde_json::to_string_pretty(&doc).expect("probe results serialise") + "\n"
        }
        Format::Text => render_text(&p, text, configs, lint, &outcome, &findings, color),
    };
    // Belt and braces: no secret leaves, whatever a server echoed.
    let out = scrubber(&p.target).scrub(&out);
    let mut lock = stdout.lock();
    if lock
        .write_all(out.as_bytes())
        .and_then(|_| lock.flush())
        .is_err()
    {
        return exit::USAGE;
    }
    if works && errors == 0 {
        exit::OK
    } else {
        exit::PROBLEMS
    }
}

/// "Accepted is not sent": each test message the server accepted, looked up
/// in Postmark's Messages API with the Server token.
fn look_up_sent(
    args: &ProbeArgs,
    p: &Prepared,
    outcome: &Outcome,
) -> Vec<(u16, probe::lookup::Lookup)> {
    if args.no_lookup || args.send_to.is_none() {
        return Vec::new();
    }
    let sent: Vec<(u16, &str)> = outcome
        .ports
        .iter()
        .filter_map(|r| r.sent_subject.as_deref().map(|s| (r.port, s)))
        .collect();
    if sent.is_empty() {
        return Vec::new();
    }
    let token = match &p.target.credentials {
        Some(c) if c.username == c.password => c.password.clone(),
        _ => {
            let detail = "the Messages API needs the Server API token, and this login is not one (an SMTP Token's key pair)".to_string();
            return sent
                .iter()
                .map(|(port, _)| {
                    (
                        *port,
                        probe::lookup::Lookup::Unknown {
                            detail: detail.clone(),
                        },
                    )
                })
                .collect();
        }
    };
    eprintln!(
        "smtp-probe: looking the test message up in Postmark's Messages API at {} (up to {} s).",
        args.api_base, args.lookup_wait
    );
    sent.iter()
        .map(|(port, subject)| {
            let result = probe::lookup::find(
                &args.api_base,
                &token,
                subject,
                &p.options.extra_roots,
                Duration::from_secs(args.lookup_wait),
            );
            (*port, result)
        })
        .collect()
}

/// `HOST:ADDR[,ADDR]` → the addresses, when HOST is the host probed (curl's
/// rule: a `--resolve` for another host changes nothing).
fn resolve_for(spec: &str, host: &str) -> Result<Vec<std::net::IpAddr>, String> {
    let bad = || {
        format!("--resolve “{spec}”: expected HOST:ADDR[,ADDR], e.g. smtp.postmarkapp.com:192.0.2.1,2001:db8::1")
    };
    let (name, addrs) = spec.split_once(':').ok_or_else(bad)?;
    let ips = addrs
        .split(',')
        .map(|a| {
            a.trim()
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse()
        })
        .collect::<Result<Vec<std::net::IpAddr>, _>>()
        .map_err(|_| bad())?;
    if name.is_empty() || ips.is_empty() {
        return Err(bad());
    }
    Ok(if name.eq_ignore_ascii_case(host) {
        ips
    } else {
        Vec::new()
    })
}

/// The target's redactor, plus the JSON-escaped forms of the secrets.
fn scrubber(target: &Target) -> probe::transcript::Redactor {
    let mut r = probe::redactor_for(target);
    if let Some(c) = &target.credentials {
        for s in [&c.password, &c.username] {
            let escaped = serde_json::to_string(s).unwrap_or_default();
            r.add(escaped.trim_matches('"'));
        }
    }
    r
}

fn count(findings: &[Finding]) -> Summary {
    let mut s = Summary::default();
    for f in findings {
        match f.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.infos += 1,
        }
    }
    s
}

fn target_json(t: &Target, timeout: f64) -> TargetJson {
    TargetJson {
        host: t.host.clone(),
        tls_name: t.tls_name.clone(),
        ports: t.ports.clone(),
        username: t.credentials.as_ref().map(|c| redact(&c.username)),
        password_source: t.password_source.clone(),
        from: t.from.clone(),
        send_to: t.send_to.clone(),
        timeout_s: timeout,
    }
}

/// Runs the probe while redrawing one progress line on the terminal.
fn run_with_progress(target: &Target, options: &probe::Options) -> Outcome {
    let (tx, rx) = mpsc::channel();
    let (done_tx, done_rx) = mpsc::channel();
    let (t, o) = (target.clone(), options.clone());
    std::thread::spawn(move || {
        let _ = done_tx.send(probe::run(&t, &o, Some(tx)));
    });
    // One slot per port, and per port and family once both families are
    // probed on their own (the first event that names a family splits it).
    let mut state: Vec<(u16, Option<probe::Family>, String)> = target
        .ports
        .iter()
        .map(|p| (p.port, None, "…".into()))
        .collect();
    let mut err = std::io::stderr();
    loop {
        if let Ok(outcome) = done_rx.try_recv() {
            let _ = write!(err, "\r\x1b[K");
            return outcome;
        }
        while let Ok(ev) = rx.try_recv() {
            let shown = format!("{} {}", ev.step, if ev.ok { "✓" } else { "✗" });
            progress_slot(&mut state, ev.port, ev.family).clone_from(&shown);
        }
        let line: Vec<String> = state
            .iter()
            .map(|(p, f, s)| match f {
                Some(f) => format!("{p}/{}: {s}", f.name()),
                None => format!("{p}: {s}"),
            })
            .collect();
        let _ = write!(err, "\r\x1b[Kprobing  {}", line.join("   "));
        let _ = err.flush();
        match done_rx.recv_timeout(Duration::from_millis(100)) {
            Ok(outcome) => {
                let _ = write!(err, "\r\x1b[K");
                return outcome;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // The worker died: run again without progress (never happens in practice).
                return probe::run(target, options, None);
            }
        }
    }
}

/// The progress line's slot for a port's event: the port's own, or its
/// family's (added beside it, replacing the port's undivided slot).
fn progress_slot(
    state: &mut Vec<(u16, Option<probe::Family>, String)>,
    port: u16,
    family: Option<probe::Family>,
) -> &mut String {
    let at = match state
        .iter()
        .position(|(p, f, _)| *p == port && *f == family)
    {
        Some(i) => i,
        None => match state.iter().position(|(p, f, _)| *p == port && f.is_none()) {
            Some(i) => {
                state[i].1 = family;
                i
            }
            None => {
                let after = state
                    .iter()
                    .rposition(|(p, _, _)| *p == port)
                    .map_or(state.len(), |i| i + 1);
                state.insert(after, (port, family, "…".into()));
                after
            }
        },
    };
    &mut state[at].2
}

const COLUMNS: [&str; 7] = [
    "connect",
    "banner",
    "ehlo",
    "starttls",
    "tls",
    "auth",
    "mail_from",
];

fn render_text(
    p: &Prepared,
    text: &str,
    configs: &[crate::extract::Config],
    lint: &Report,
    outcome: &Outcome,
    findings: &[Finding],
    color: bool,
) -> String {
    let mut out = String::new();
    let masked = crate::summary::Masker::new(text, configs);
    if p.analysis.is_some() {
        let _ = writeln!(out, "── static check ──");
        out.push_str(&diagnostic::render(&p.name, text, &masked, lint, color));
        out.push('\n');
    }
    let t = &p.target;
    let _ = writeln!(
        out,
        "── network: {} ({}) ──",
        t.host,
        if outcome.dns.ok {
            outcome.dns.addresses.join(", ")
        } else {
            "does not resolve".into()
        }
    );
    if let Some(src) = &t.password_source {
        let _ = writeln!(
            out,
            "password from {src}; username {}",
            t.credentials
                .as_ref()
                .map(|c| redact(&c.username))
                .unwrap_or_default()
        );
    }
    if !outcome.ports.is_empty() {
        let _ = write!(out, "{:<18}", "port");
        for c in COLUMNS {
            let _ = write!(out, "{c:<12}");
        }
        out.push('\n');
        for port in &outcome.ports {
            let label = format!(
                "{}{}{}{}",
                port.port,
                if port.configured { "*" } else { "" },
                port.family
                    .map(|f| format!(" {}", f.name()))
                    .unwrap_or_default(),
                if port.mode == Mode::Implicit {
                    " (implicit)"
                } else {
                    ""
                }
            );
            let _ = write!(out, "{label:<18}");
            for c in COLUMNS {
                let steps: Vec<_> = port.steps.iter().filter(|s| s.step == c).collect();
                let cell = match steps.as_slice() {
                    [] => "·".to_string(),
                    _ => {
                        let ok = steps.iter().all(|s| s.ok);
                        let ms: f64 = steps.iter().map(|s| s.ms).sum();
                        format!("{} {}", if ok { "✓" } else { "✗" }, fmt_ms(ms))
                    }
                };
                let _ = write!(out, "{cell:<12}");
            }
            let verdict = if port.works { "works" } else { "fails" };
            let _ = writeln!(out, "{verdict}");
            if let Some(s) = port.steps.iter().find(|s| !s.ok) {
                let _ = writeln!(out, "{:<18}✗ {}: {}", "", s.step, s.detail);
            }
        }
        let _ = writeln!(out, "(* the configured port)");
    }
    if p.options.transcript {
        for port in &outcome.ports {
            let family = port
                .family
                .map(|f| format!(" over {}", f.name()))
                .unwrap_or_default();
            let _ = writeln!(out, "\n── transcript, port {}{family} ──", port.port);
            for line in &port.transcript {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out.push('\n');
    // The table above already is the per-port summary.
    let shown: Vec<Finding> = findings
        .iter()
        .filter(|f| f.id != "net/port-summary")
        .cloned()
        .collect();
    let net_report = Report {
        version: lint.version.clone(),
        configs: Vec::new(),
        summary: count(&shown),
        findings: shown,
    };
    out.push_str(&diagnostic::render(
        &p.name,
        text,
        &masked,
        &net_report,
        color,
    ));
    let verdict = if outcome.any_port_works() {
        "everything needed to send works on at least one port"
    } else {
        "no port gets as far as an accepted login"
    };
    let _ = writeln!(out, "{verdict} ({:.1} s)", outcome.ms / 1000.0);
    out
}

fn fmt_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.1}s", ms / 1000.0)
    } else {
        format!("{ms:.0}ms")
    }
}

/// The password from standard input: typed at a prompt without echo when
/// standard input is a terminal (as in `cmd.exe`, which cannot read a
/// secret itself), else the first line of what is piped in.
fn read_password_stdin() -> Result<String, String> {
    use std::io::IsTerminal;
    let failed = |e: std::io::Error| format!("cannot read the password from standard input: {e}");
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password("SMTP password or token (not shown): ").map_err(failed);
    }
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(failed)?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(line.strip_suffix('\r').unwrap_or(line).to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn progress_keeps_one_slot_per_port_and_family() {
        use crate::probe::Family::{Ipv4, Ipv6};
        let mut state = vec![(587, None, "…".to_string()), (2525, None, "…".to_string())];
        *super::progress_slot(&mut state, 587, Some(Ipv4)) = "tls ✓".into();
        *super::progress_slot(&mut state, 587, Some(Ipv6)) = "connect ✗".into();
        *super::progress_slot(&mut state, 587, Some(Ipv4)) = "auth ✓".into();
        *super::progress_slot(&mut state, 2525, None) = "banner ✓".into();
        assert_eq!(
            state,
            vec![
                (587, Some(Ipv4), "auth ✓".to_string()),
                (587, Some(Ipv6), "connect ✗".to_string()),
                (2525, None, "banner ✓".to_string()),
            ]
        );
    }
}
