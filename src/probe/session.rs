//! The dialogue on one port, step by step, as a real client would have it:
//! connect → greeting → EHLO → STARTTLS → TLS → EHLO → AUTH → MAIL FROM
//! (→ RCPT/DATA only with `--send-to`) → RSET/QUIT. Each step is timed and
//! the first failure stops the port with a classified `Failure`.

use std::net::{IpAddr, SocketAddr};
use std::sync::{mpsc, Arc};
use std::time::Instant;

use rustls::pki_types::ServerName;
use rustls::RootCertStore;
use serde::Serialize;

use super::auth::{self, Prompt};
use super::net::{self, remaining, ConnectError};
use super::reply::{parse_ehlo, Ehlo, Reply};
use super::tls::{self, Negotiated, TlsFailure};
use super::transcript::{Dir, Redactor, Transcript};
use super::wire::{Wire, WireError};
use super::{ms_since, Credentials, Mode, Options, PortPlan, Progress, Target};

/// One step of the dialogue, as shown in the table and the JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    /// `connect`, `banner`, `ehlo`, `starttls`, `tls`, `auth`, `mail_from`, `rcpt_to`, `data`.
    pub step: &'static str,
    pub ok: bool,
    pub ms: f64,
    pub detail: String,
}

/// What stopped a port (internal: `diagnose` turns it into findings).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Failure {
    Setup(String),
    Connect {
        error: ConnectError,
        detail: String,
    },
    /// No complete greeting. `implicit_tls`: the port answered a TLS
    /// handshake instead; `pending`: bytes of a greeting that never ended.
    NoBanner {
        implicit_tls: bool,
        pending: usize,
    },
    BadBanner {
        reply: String,
    },
    EhloRejected {
        reply: String,
    },
    StartTlsNotOffered,
    StartTlsRefused {
        reply: String,
    },
    Tls {
        failure: TlsFailure,
    },
    AuthUnsupported {
        offered: Vec<String>,
    },
    AuthRejected {
        reply: String,
        mechanism: &'static str,
    },
    /// The server broke the AUTH exchange (garbage challenge, no reply…).
    AuthBroken {
        detail: String,
    },
    FromRejected {
        reply: String,
    },
    RcptRejected {
        reply: String,
    },
    DataRejected {
        reply: String,
    },
    /// A step timed out or the connection dropped outside the cases above.
    Io {
        step: &'static str,
        detail: String,
    },
    /// The port's thread had not reported by the deadline.
    Unfinished,
}

/// Everything seen on one port.
#[derive(Clone, Debug, Serialize)]
pub struct PortReport {
    pub port: u16,
    pub mode: Mode,
    pub configured: bool,
    /// The address connected to (or last tried).
    pub address: Option<String>,
    /// Everything needed to send works here: TLS validated and AUTH accepted
    /// (and MAIL FROM, when a From was given).
    pub works: bool,
    pub steps: Vec<Step>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<Negotiated>,
    /// The server's name in its greeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<Failure>,
    /// Why AUTH was not tried, when it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_skipped: Option<String>,
    /// AUTH was sent without TLS (`--insecure-plaintext-auth`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub plaintext_auth: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<String>,
}

impl PortReport {
    fn new(plan: &PortPlan) -> Self {
        PortReport {
            port: plan.port,
            mode: plan.mode,
            configured: plan.configured,
            address: None,
            works: false,
            steps: Vec::new(),
            tls: None,
            banner: None,
            failure: None,
            auth_skipped: None,
            plaintext_auth: false,
            transcript: Vec::new(),
        }
    }

    pub fn failed(plan: &PortPlan, failure: Failure) -> Self {
        let mut r = PortReport::new(plan);
        r.failure = Some(failure);
        r
    }

    pub fn step(&self, name: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.step == name)
    }
}

/// What every port thread shares.
pub struct Shared {
    ips: Vec<IpAddr>,
    tls_name: ServerName<'static>,
    roots: Arc<RootCertStore>,
    credentials: Option<Credentials>,
    from: Option<String>,
    send_to: Option<String>,
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
            deadline,
            insecure_plaintext_auth: options.insecure_plaintext_auth,
            transcript: options.transcript,
            redactor,
            progress,
        })
    }
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
pub fn probe_port(plan: &PortPlan, shared: &Shared) -> PortReport {
    let mut run = Run {
        report: PortReport::new(plan),
        shared,
    };
    let addrs: Vec<SocketAddr> = shared
        .ips
        .iter()
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
                ConnectError::Unreachable => format!("unreachable: {text}"),
                ConnectError::Other => text.clone(),
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
        wire.note(Dir::Error, &format!("{failure:?}"));
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
        tls_step(run, wire)?;
        banner(run, wire, false)?;
    } else {
        banner(run, wire, true)?;
    }
    let mut ehlo = ehlo(run, wire)?;
    if !wire.in_tls() {
        let t = Instant::now();
        if !ehlo.starttls() {
            let detail = "STARTTLS is not offered after EHLO".to_string();
            if !(shared.insecure_plaintext_auth && shared.credentials.is_some()) {
                return Err(run.fail("starttls", t, detail, Failure::StartTlsNotOffered));
            }
            run.step(
                "starttls",
                t,
                false,
                detail + " (continuing in clear: --insecure-plaintext-auth)",
            );
        } else {
            wire.send("STARTTLS", None)
                .map_err(|e| io("starttls", &e))?;
            let reply = wire
                .read_reply(shared.deadline)
                .map_err(|e| run.fail("starttls", t, e.describe(), io("starttls", &e)))?;
            if reply.code != 220 {
                let quoted = reply.quoted();
                return Err(run.fail(
                    "starttls",
                    t,
                    quoted.clone(),
                    Failure::StartTlsRefused { reply: quoted },
                ));
            }
            run.step("starttls", t, true, reply.quoted());
            tls_step(run, wire)?;
            ehlo = self::ehlo(run, wire)?;
        }
    }
    let Some(credentials) = shared.credentials.clone() else {
        run.report.auth_skipped = Some("no password given: AUTH was not tried".into());
        return Ok(());
    };
    authenticate(run, wire, &ehlo, &credentials)?;
    mail(run, wire)
}

fn io(step: &'static str, e: &WireError) -> Failure {
    Failure::Io {
        step,
        detail: e.describe(),
    }
}

/// The greeting. In STARTTLS mode a silent server gets half the time left,
/// then a TLS handshake: if it answers, the port speaks implicit TLS
/// (a STARTTLS client would hang there), which is worth saying.
fn banner(run: &mut Run, wire: &mut Wire, sniff_tls: bool) -> Result<(), Failure> {
    let shared = run.shared;
    let t = Instant::now();
    let first_wait = if sniff_tls {
        t + remaining(shared.deadline) / 2
    } else {
        shared.deadline
    };
    let mut result = wire.read_reply(first_wait);
    if let Err(WireError::Timeout { pending }) = result {
        if pending > 0 {
            result = wire.read_reply(shared.deadline);
        } else if sniff_tls && !remaining(shared.deadline).is_zero() {
            return Err(silent_port(run, wire, t));
        }
    }
    match result {
        Ok(reply) if reply.code == 220 => {
            run.report.banner = reply
                .lines
                .first()
                .map(|l| l.split_whitespace().next().unwrap_or("").to_string());
            run.step("banner", t, true, reply.quoted());
            Ok(())
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "banner",
                t,
                quoted.clone(),
                Failure::BadBanner { reply: quoted },
            ))
        }
        Err(WireError::Timeout { pending }) => {
            let detail = WireError::Timeout { pending }.describe();
            Err(run.fail(
                "banner",
                t,
                format!("no greeting: {detail}"),
                Failure::NoBanner {
                    implicit_tls: false,
                    pending,
                },
            ))
        }
        Err(e) => {
            let detail = e.describe();
            Err(run.fail(
                "banner",
                t,
                detail.clone(),
                Failure::BadBanner { reply: detail },
            ))
        }
    }
}

/// A port that said nothing: try TLS to tell "implicit TLS" from "silent".
fn silent_port(run: &mut Run, wire: &mut Wire, t: Instant) -> Failure {
    let waited = t.elapsed().as_secs_f64();
    wire.note(
        Dir::Info,
        &format!("no greeting after {waited:.1} s; trying a TLS handshake"),
    );
    let shared = run.shared;
    match wire.start_tls(shared.roots.clone(), shared.tls_name.clone()) {
        Ok(negotiated) => {
            run.report.tls = Some(negotiated);
            implicit_tls_banner(run, t)
        }
        Err(TlsFailure::Certificate { .. }) => implicit_tls_banner(run, t),
        Err(TlsFailure::PlainText { excerpt }) => {
            let detail = format!("the greeting came only after more than {waited:.1} s: {excerpt}");
            run.fail(
                "banner",
                t,
                detail.clone(),
                Failure::BadBanner { reply: detail },
            )
        }
        Err(_) => run.fail(
            "banner",
            t,
            format!(
                "no greeting within {:.1} s, and no answer to TLS either",
                t.elapsed().as_secs_f64()
            ),
            Failure::NoBanner {
                implicit_tls: false,
                pending: 0,
            },
        ),
    }
}

fn implicit_tls_banner(run: &mut Run, t: Instant) -> Failure {
    run.fail(
        "banner",
        t,
        "no greeting: the port answered a TLS handshake instead, it speaks implicit TLS (SMTPS)"
            .into(),
        Failure::NoBanner {
            implicit_tls: true,
            pending: 0,
        },
    )
}

fn tls_step(run: &mut Run, wire: &mut Wire) -> Result<(), Failure> {
    let shared = run.shared;
    let t = Instant::now();
    match wire.start_tls(shared.roots.clone(), shared.tls_name.clone()) {
        Ok(n) => {
            let mut detail = format!("{} {}", n.version, n.cipher);
            if let Some(c) = &n.certificate {
                detail.push_str(&format!(
                    ", certificate {} issued by {}, expires {}",
                    c.subject, c.issuer, c.expires
                ));
            }
            run.report.tls = Some(n);
            run.step("tls", t, true, detail);
            Ok(())
        }
        Err(failure) => {
            let detail = failure.describe();
            Err(run.fail("tls", t, detail, Failure::Tls { failure }))
        }
    }
}

fn ehlo(run: &mut Run, wire: &mut Wire) -> Result<Ehlo, Failure> {
    let t = Instant::now();
    let name = wire.ehlo_name();
    wire.send(&format!("EHLO {name}"), None)
        .map_err(|e| io("ehlo", &e))?;
    match wire.read_reply(run.shared.deadline) {
        Ok(reply) if reply.code == 250 => {
            let ehlo = parse_ehlo(&reply);
            let mut detail = format!("{} capabilities", ehlo.capabilities.len());
            if ehlo.starttls() {
                detail.push_str(", STARTTLS");
            }
            let mechs = ehlo.auth_mechanisms();
            if !mechs.is_empty() {
                detail.push_str(&format!(", AUTH {}", mechs.join(" ")));
            }
            if wire.in_tls() {
                detail.push_str(" (over TLS)");
            }
            run.step("ehlo", t, true, detail);
            Ok(ehlo)
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "ehlo",
                t,
                quoted.clone(),
                Failure::EhloRejected { reply: quoted },
            ))
        }
        Err(e) => {
            let detail = e.describe();
            Err(run.fail(
                "ehlo",
                t,
                detail.clone(),
                Failure::EhloRejected { reply: detail },
            ))
        }
    }
}

fn authenticate(
    run: &mut Run,
    wire: &mut Wire,
    ehlo: &Ehlo,
    c: &Credentials,
) -> Result<(), Failure> {
    let t = Instant::now();
    let offered = ehlo.auth_mechanisms();
    let Some(mechanism) = auth::choose(&offered) else {
        let detail = if offered.is_empty() {
            "the server offers no AUTH".to_string()
        } else {
            format!(
                "no mechanism in common: the server offers {}",
                offered.join(" ")
            )
        };
        return Err(run.fail("auth", t, detail, Failure::AuthUnsupported { offered }));
    };
    let deadline = run.shared.deadline;
    let in_clear = !wire.in_tls();
    let mut secret_sent = false;
    let result = if mechanism == "PLAIN" {
        secret_sent = true;
        let payload = auth::plain_response(&c.username, &c.password);
        wire.send(
            &format!("AUTH PLAIN {payload}"),
            Some("AUTH PLAIN [credentials redacted]"),
        )
        .and_then(|_| wire.read_reply(deadline))
        .and_then(|reply| {
            if reply.code == 334 {
                // A server that wants the response on its own line.
                wire.send(&payload, Some("[credentials redacted]"))?;
                wire.read_reply(deadline)
            } else {
                Ok(reply)
            }
        })
        .map_err(|e| Failure::AuthBroken {
            detail: e.describe(),
        })
    } else {
        login(wire, c, deadline, &mut secret_sent)
    };
    run.report.plaintext_auth = in_clear && secret_sent;
    match result {
        Ok(reply) if reply.code == 235 => {
            run.step("auth", t, true, format!("{mechanism}: {}", reply.quoted()));
            Ok(())
        }
        Ok(reply) => {
            let quoted = reply.quoted();
            Err(run.fail(
                "auth",
                t,
                format!("{mechanism}: {quoted}"),
                Failure::AuthRejected {
                    reply: quoted,
                    mechanism,
                },
            ))
        }
        Err(failure) => {
            let detail = match &failure {
                Failure::AuthBroken { detail } => format!("{mechanism}: {detail}"),
                other => format!("{other:?}"),
            };
            Err(run.fail("auth", t, detail, failure))
        }
    }
}

/// AUTH LOGIN: answers each `334` by position (username, then password).
/// A challenge that is not base64 text ends the exchange with `*` before
/// any secret is sent in answer to it.
fn login(
    wire: &mut Wire,
    c: &Credentials,
    deadline: Instant,
    secret_sent: &mut bool,
) -> Result<Reply, Failure> {
    let broken = |e: WireError| Failure::AuthBroken {
        detail: e.describe(),
    };
    wire.send("AUTH LOGIN", None).map_err(broken)?;
    let mut answered = 0;
    loop {
        let reply = wire.read_reply(deadline).map_err(broken)?;
        if reply.code != 334 {
            return Ok(reply);
        }
        if answered == 2 {
            let _ = wire.send("*", None);
            return Err(Failure::AuthBroken {
                detail: "the server asked for more than a username and a password".into(),
            });
        }
        let challenge = reply.lines.first().map(String::as_str).unwrap_or("");
        let prompt = match auth::read_challenge(challenge) {
            Ok(p) => p,
            Err(excerpt) => {
                let _ = wire.send("*", None);
                let _ = wire.read_reply(deadline);
                return Err(Failure::AuthBroken {
                    detail: format!("the server's AUTH LOGIN challenge is not base64 text ({excerpt:?}): no secret was sent in answer"),
                });
            }
        };
        let send_password = match prompt {
            Prompt::Username => false,
            Prompt::Password => true,
            Prompt::Other => answered == 1,
        };
        let value = if send_password {
            &c.password
        } else {
            &c.username
        };
        *secret_sent = true;
        wire.send(
            &auth::b64_encode(value.as_bytes()),
            Some("[credentials redacted]"),
        )
        .map_err(broken)?;
        answered += 1;
    }
}

/// MAIL FROM (when a From is known), and a real message only with `--send-to`.
fn mail(run: &mut Run, wire: &mut Wire) -> Result<(), Failure> {
    let shared = run.shared;
    let Some(from) = shared.from.clone() else {
        return Ok(());
    };
    let deadline = shared.deadline;
    let t = Instant::now();
    let reply = command(wire, &format!("MAIL FROM:<{from}>"), deadline)
        .map_err(|e| run.fail("mail_from", t, e.describe(), io("mail_from", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "mail_from",
            t,
            quoted.clone(),
            Failure::FromRejected { reply: quoted },
        ));
    }
    run.step("mail_from", t, true, reply.quoted());
    let Some(to) = shared.send_to.clone() else {
        let _ = command(wire, "RSET", deadline);
        return Ok(());
    };
    let t = Instant::now();
    let reply = command(wire, &format!("RCPT TO:<{to}>"), deadline)
        .map_err(|e| run.fail("rcpt_to", t, e.describe(), io("rcpt_to", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "rcpt_to",
            t,
            quoted.clone(),
            Failure::RcptRejected { reply: quoted },
        ));
    }
    run.step("rcpt_to", t, true, reply.quoted());
    let t = Instant::now();
    let reply = command(wire, "DATA", deadline)
        .map_err(|e| run.fail("data", t, e.describe(), io("data", &e)))?;
    if reply.code != 354 {
        let quoted = reply.quoted();
        return Err(run.fail(
            "data",
            t,
            quoted.clone(),
            Failure::DataRejected { reply: quoted },
        ));
    }
    let message = test_message(&from, &to, run.report.port);
    let reply = wire
        .send(&message, Some("[test message]"))
        .and_then(|_| wire.read_reply(deadline))
        .map_err(|e| run.fail("data", t, e.describe(), io("data", &e)))?;
    if !reply.is_positive() {
        let quoted = reply.quoted();
        return Err(run.fail(
            "data",
            t,
            quoted.clone(),
            Failure::DataRejected { reply: quoted },
        ));
    }
    run.step("data", t, true, reply.quoted());
    Ok(())
}

fn command(wire: &mut Wire, line: &str, deadline: Instant) -> Result<Reply, WireError> {
    wire.send(line, None)?;
    wire.read_reply(deadline)
}

/// A short plain-text test message, terminated for DATA.
fn test_message(from: &str, to: &str, port: u16) -> String {
    format!(
        "From: <{from}>\r\nTo: <{to}>\r\nSubject: smtp-probe test (port {port})\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         This message was sent by smtp-probe to check SMTP settings.\r\n."
    )
}
