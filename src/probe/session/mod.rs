//! The dialogue on one port, step by step, as a real client would have it:
//! connect → greeting → EHLO → STARTTLS → TLS → EHLO → AUTH → MAIL FROM
//! (→ RCPT/DATA only with `--send-to`) → RSET/QUIT. Each step is timed and
//! the first failure stops the port with a classified `Failure`.
//!
//! One file per stage: `greeting` (banner and EHLO), `starttls` (the
//! upgrade and the handshake), `auth` (PLAIN and LOGIN), `mail` (MAIL FROM,
//! and RCPT/DATA); `report` holds what a port leaves behind.

mod auth;
mod greeting;
mod mail;
mod report;
mod starttls;

use std::net::{IpAddr, SocketAddr};
use std::sync::{mpsc, Arc};
use std::time::Instant;

use rustls::pki_types::ServerName;
use rustls::RootCertStore;

use super::net::{self, ConnectError};
use super::reply::Reply;
use super::tls;
use super::transcript::{Dir, Redactor, Transcript};
use super::wire::{Wire, WireError};
use super::words;
use super::{ms_since, Credentials, Family, Mode, Options, PortPlan, Progress, Target};

pub use report::{step_name, Failure, PortReport, Step};

/// What every port thread shares.
pub struct Shared {
    ips: Vec<IpAddr>,
    tls_name: ServerName<'static>,
    roots: Arc<RootCertStore>,
    credentials: Option<Credentials>,
    from: Option<String>,
    send_to: Option<String>,
    /// Unique per run: in the test message's subject.
    run_id: String,
    deadline: Instant,
    insecure_plaintext_auth: bool,
    transcript: bool,
    redactor: Arc<Redactor>,
    progress: Option<mpsc::Sender<Progress>>,
}

impl Shared {
    pub fn new(
        target: &Target,
        options: &Options,
        ips: Vec<IpAddr>,
        deadline: Instant,
        redactor: Arc<Redactor>,
        progress: Option<mpsc::Sender<Progress>>,
    ) -> Result<Self, String> {
        Ok(Shared {
            ips,
            tls_name: tls::server_name(target.tls_name.as_deref().unwrap_or(&target.host))?,
            roots: tls::roots(&options.extra_roots)?,
            credentials: target.credentials.clone(),
            from: target.from.clone(),
            send_to: target.send_to.clone(),
            run_id: run_id(),
            deadline,
            insecure_plaintext_auth: options.insecure_plaintext_auth,
            transcript: options.transcript,
            redactor,
            progress,
        })
    }
}

/// 12 hex digits from the clock and the process id: unique enough to find
/// one test message among an account's recent ones.
fn run_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mixed = nanos ^ (u64::from(std::process::id()) << 40);
    format!("{:012x}", mixed & 0xffff_ffff_ffff)
}

/// Records steps and reports progress.
struct Run<'a> {
    report: PortReport,
    shared: &'a Shared,
}

impl Run<'_> {
    fn step(&mut self, step: &'static str, started: Instant, ok: bool, detail: impl Into<String>) {
        let detail = self.shared.redactor.scrub(&detail.into());
        self.report.steps.push(Step {
            step,
            ok,
            ms: ms_since(started),
            detail,
        });
        if let Some(tx) = &self.shared.progress {
            let _ = tx.send(Progress {
                port: self.report.port,
                family: self.report.family,
                step,
                ok,
            });
        }
    }

    /// Records a failed step and returns the failure to stop with.
    fn fail(
        &mut self,
        step: &'static str,
        started: Instant,
        detail: String,
        failure: Failure,
    ) -> Failure {
        self.step(step, started, false, detail);
        failure
    }
}

/// Probes one port. Never panics on what a server sends, never passes the deadline.
/// `family`: dial only that family's addresses (and say so in the report).
pub fn probe_port(plan: &PortPlan, family: Option<Family>, shared: &Shared) -> PortReport {
    let mut run = Run {
        report: PortReport::new(plan),
        shared,
    };
    run.report.family = family;
    let addrs: Vec<SocketAddr> = shared
        .ips
        .iter()
        .filter(|ip| family.is_none_or(|f| Family::of(ip) == f))
        .map(|ip| SocketAddr::new(*ip, plan.port))
        .collect();
    let mut transcript = Transcript::new(shared.transcript);
    transcript.push(
        Dir::Info,
        false,
        &format!("Trying port {}...", plan.port),
        &shared.redactor,
    );
    let t = Instant::now();
    let tcp = match net::connect(&addrs, shared.deadline) {
        Ok((tcp, addr)) => {
            run.report.address = Some(addr.to_string());
            transcript.push(
                Dir::Info,
                false,
                &format!("Connected to {addr}."),
                &shared.redactor,
            );
            run.step("connect", t, true, addr.to_string());
            tcp
        }
        Err((error, text, addr)) => {
            run.report.address = addr.map(|a| a.to_string());
            let detail = match error {
                ConnectError::Timeout => {
                    "timed out: no answer (filtered by a firewall?)".to_string()
                }
                ConnectError::Refused => "refused: nothing listens on this port".to_string(),
                ConnectError::Unreachable => format!("unreachable: {}", words::plain(&text)),
                ConnectError::Other => words::plain(&text),
            };
            transcript.push(Dir::Error, false, &detail, &shared.redactor);
            run.report.transcript = transcript.lines;
            let failure = Failure::Connect {
                error,
                detail: text,
            };
            run.report.failure = Some(run.fail("connect", t, detail, failure));
            return run.report;
        }
    };
    let mut wire = Wire::new(tcp, shared.deadline, transcript, shared.redactor.clone());
    let result = dialogue(&mut run, &mut wire);
    if let Err(failure) = result {
        // A TLS failure is already in the transcript (noted where it happened).
        if !matches!(failure, Failure::Tls { .. }) {
            wire.note(Dir::Error, &failure.describe());
        }
        run.report.failure = Some(failure);
    }
    wire.quit();
    run.report.works = run.report.failure.is_none()
        && run.report.step("auth").is_some_and(|s| s.ok)
        && run.report.steps.iter().all(|s| s.ok);
    run.report.transcript = std::mem::take(&mut wire.transcript.lines);
    run.report
}

fn dialogue(run: &mut Run, wire: &mut Wire) -> Result<(), Failure> {
    let shared = run.shared;
    if run.report.mode == Mode::Implicit {
        starttls::handshake(run, wire)?;
        greeting::banner(run, wire, false)?;
    } else {
        greeting::banner(run, wire, true)?;
    }
    let mut ehlo = greeting::ehlo(run, wire)?;
    if !wire.in_tls() {
        ehlo = starttls::upgrade(run, wire, ehlo)?;
    }
    let Some(credentials) = shared.credentials.clone() else {
        run.report.auth_skipped = Some("no password given: AUTH was not tried".into());
        return Ok(());
    };
    auth::authenticate(run, wire, &ehlo, &credentials)?;
    mail::mail(run, wire)
}

/// The failure for a reply that did not come: broken (not SMTP, past the
/// caps) or cut off (timeout, closed).
fn io(step: &'static str, e: &WireError) -> Failure {
    match e {
        WireError::Reply(_) => Failure::BrokenReply {
            step,
            detail: e.describe(),
        },
        _ => Failure::Io {
            step,
            detail: e.describe(),
        },
    }
}

fn command(wire: &mut Wire, line: &str, deadline: Instant) -> Result<Reply, WireError> {
    wire.send(line, None)?;
    wire.read_reply(deadline)
}
