//! The native probe: what the user's network and the SMTP server actually do.
//!
//! For every port (the configured one and each Postmark port) a thread runs
//! the real dialogue — connect, greeting, EHLO, STARTTLS, TLS, EHLO, AUTH,
//! MAIL FROM — under one deadline for the whole run; `diagnose` then joins
//! the results with the static findings. Native only: sockets, threads and
//! clocks have no place in the wasm core.
//!
//! Safety: credentials go only inside TLS whose certificate validated for
//! the dialled name (unless `insecure_plaintext_auth`), every read and write
//! has a deadline, replies are capped, and every text shown is redacted.

pub mod auth;
pub mod cert;
pub mod diagnose;
pub mod http;
pub mod lookup;
pub mod net;
pub mod reply;
pub mod session;
pub mod settings;
pub mod tls;
pub mod token;
pub mod transcript;
mod wire;
pub mod words;

use std::net::IpAddr;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use rustls::pki_types::CertificateDer;
use serde::Serialize;

pub use session::{Failure, PortReport, Step};
pub use settings::{Credentials, Family, Mode, PortPlan, Target};
use transcript::Redactor;

/// Postmark's SMTP ports, in the order they are shown. 465 is probed to
/// show that it is not an SMTP service there.
pub const POSTMARK_PORTS: [u16; 4] = [587, 2525, 25, 465];

/// The default budget of a whole run.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Time after the deadline allowed for threads to hand in their results.
const MARGIN: Duration = Duration::from_millis(500);

/// How to probe (everything but what to probe).
#[derive(Clone, Debug)]
pub struct Options {
    /// The whole run ends within this (plus a small margin).
    pub timeout: Duration,
    /// Trust anchors added to Mozilla's (`--ca-file`).
    pub extra_roots: Vec<CertificateDer<'static>>,
    /// Allow AUTH without TLS when the server offers no STARTTLS.
    pub insecure_plaintext_auth: bool,
    /// Keep a swaks-like transcript per port.
    pub transcript: bool,
    /// Ask Postmark's API what kind of token this is, at this base URL.
    pub check_token: Option<String>,
    /// Probe only this family (`-4`, `-6`).
    pub family: Option<Family>,
    /// Addresses to use for the host instead of DNS (`--resolve`).
    pub resolve: Vec<IpAddr>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: DEFAULT_TIMEOUT,
            extra_roots: Vec::new(),
            insecure_plaintext_auth: false,
            transcript: false,
            check_token: None,
            family: None,
            resolve: Vec::new(),
        }
    }
}

/// A step finished on a port (for a live progress line).
#[derive(Clone, Debug)]
pub struct Progress {
    pub port: u16,
    /// When each family is probed on its own.
    pub family: Option<Family>,
    pub step: &'static str,
    pub ok: bool,
}

/// The name lookup, shared by every port.
#[derive(Clone, Debug, Serialize)]
pub struct Dns {
    pub host: String,
    pub ok: bool,
    pub ms: f64,
    pub addresses: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<net::DnsError>,
}

/// Everything the probe observed.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    pub dns: Dns,
    pub ports: Vec<PortReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub token_check: Vec<token::TokenCheck>,
    pub ms: f64,
}

impl Outcome {
    /// A port where everything needed to send works (TLS and AUTH included).
    pub fn any_port_works(&self) -> bool {
        self.ports.iter().any(|p| p.works)
    }
}

pub(crate) fn ms_since(t: Instant) -> f64 {
    (t.elapsed().as_secs_f64() * 10_000.0).round() / 10.0
}

/// The redactor for a target's secrets.
pub fn redactor_for(target: &Target) -> Redactor {
    let mut r = Redactor::default();
    if let Some(c) = &target.credentials {
        r.add(&c.password);
        // The username is the token itself with a Server API token.
        r.add(&c.username);
        r.add_payload(&auth::b64_encode(c.password.as_bytes()));
        r.add_payload(&auth::b64_encode(c.username.as_bytes()));
        r.add_payload(&auth::plain_response(&c.username, &c.password));
    }
    r
}

/// Probes every planned port at once. Returns within `options.timeout` plus
/// a small margin whatever the servers do; `progress` hears each step.
pub fn run(
    target: &Target,
    options: &Options,
    progress: Option<mpsc::Sender<Progress>>,
) -> Outcome {
    let start = Instant::now();
    let deadline = start + options.timeout;
    let redactor = Arc::new(redactor_for(target));

    // The token check needs no SMTP: it runs beside the ports.
    let token_rx = options.check_token.as_ref().map(|base| {
        let (tx, rx) = mpsc::channel();
        let base = base.clone();
        let tokens = token::tokens_to_check(target.credentials.as_ref());
        let extra = options.extra_roots.clone();
        let _ = std::thread::Builder::new()
            .name("token-check".into())
            .spawn(move || {
                let _ = tx.send(token::check_all(&base, &tokens, &extra, deadline));
            });
        rx
    });

    let t = Instant::now();
    let resolved = if options.resolve.is_empty() {
        net::resolve(&target.host, deadline)
    } else {
        Ok(options.resolve.clone())
    };
    let resolved = resolved.and_then(|ips| only_family(ips, options.family));
    let dns = Dns {
        host: target.host.clone(),
        ok: resolved.is_ok(),
        ms: ms_since(t),
        addresses: resolved
            .as_ref()
            .map(|ips| ips.iter().map(IpAddr::to_string).collect())
            .unwrap_or_default(),
        error: resolved.as_ref().err().cloned(),
    };

    let ports = match resolved {
        Ok(ips) => run_ports(target, options, ips, deadline, redactor, progress),
        Err(_) => Vec::new(),
    };
    let token_check = token_rx
        .and_then(|rx| rx.recv_timeout(net::remaining(deadline) + MARGIN).ok())
        .unwrap_or_default();
    Outcome {
        dns,
        ports,
        token_check,
        ms: ms_since(start),
    }
}

/// Keeps the addresses of `family` (all without one).
fn only_family(ips: Vec<IpAddr>, family: Option<Family>) -> Result<Vec<IpAddr>, net::DnsError> {
    let Some(f) = family else { return Ok(ips) };
    let kept: Vec<IpAddr> = ips.into_iter().filter(|ip| Family::of(ip) == f).collect();
    if kept.is_empty() {
        Err(net::DnsError::Failed(format!(
            "the name has no {} address",
            f.name()
        )))
    } else {
        Ok(kept)
    }
}

fn run_ports(
    target: &Target,
    options: &Options,
    ips: Vec<IpAddr>,
    deadline: Instant,
    redactor: Arc<Redactor>,
    progress: Option<mpsc::Sender<Progress>>,
) -> Vec<PortReport> {
    let shared_ips = ips.clone();
    let shared = match session::Shared::new(target, options, ips, deadline, redactor, progress) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            return target
                .ports
                .iter()
                .map(|p| PortReport::failed(p, Failure::Setup(e.clone())))
                .collect()
        }
    };
    // Each family on its own when both resolved: a client that dials one
    // and never falls back sees only that one.
    let mut families: Vec<Family> = Vec::new();
    for ip in &shared_ips {
        if !families.contains(&Family::of(ip)) {
            families.push(Family::of(ip));
        }
    }
    let jobs: Vec<(PortPlan, Option<Family>)> = if families.len() > 1 {
        target
            .ports
            .iter()
            .flat_map(|p| families.iter().map(|f| (p.clone(), Some(*f))))
            .collect()
    } else {
        target.ports.iter().map(|p| (p.clone(), None)).collect()
    };
    let (tx, rx) = mpsc::channel();
    for (i, (plan, family)) in jobs.iter().enumerate() {
        let thread_tx = tx.clone();
        let (plan, family) = (plan.clone(), *family);
        let shared = shared.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("port-{}", plan.port))
            .spawn(move || {
                let _ = thread_tx.send((i, session::probe_port(&plan, family, &shared)));
            });
        if let Err(e) = spawned {
            let mut r = PortReport::failed(&jobs[i].0, Failure::Setup(e.to_string()));
            r.family = jobs[i].1;
            let _ = tx.send((i, r));
        }
    }
    drop(tx);
    let mut results: Vec<Option<PortReport>> = vec![None; jobs.len()];
    let give_up = deadline + MARGIN;
    while results.iter().any(Option::is_none) {
        match rx.recv_timeout(give_up.saturating_duration_since(Instant::now())) {
            Ok((i, report)) => results[i] = Some(report),
            Err(_) => break,
        }
    }
    results
        .into_iter()
        .zip(&jobs)
        .map(|(r, (plan, family))| {
            r.unwrap_or_else(|| {
                let mut r = PortReport::failed(plan, Failure::Unfinished);
                r.family = *family;
                r
            })
        })
        .collect()
}
