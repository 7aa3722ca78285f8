//! What one port's dialogue leaves behind: the steps, the failure that
//! stopped it, and the report `diagnose` reads.

use serde::Serialize;

use crate::probe::net::ConnectError;
use crate::probe::tls::{Negotiated, TlsFailure};
use crate::probe::{Family, Mode, PortPlan};

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
    /// The greeting came, but only after the probe had waited half its time
    /// and tried TLS (`seconds`, formatted): too slow for most clients.
    LateBanner {
        seconds: String,
        excerpt: String,
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
    /// The server's reply is not SMTP or never ends (past the probe's caps:
    /// an endless `250-` reply, a line longer than 4096 bytes).
    BrokenReply {
        step: &'static str,
        detail: String,
    },
    /// A step timed out or the connection dropped outside the cases above.
    Io {
        step: &'static str,
        detail: String,
    },
    /// The port's thread had not reported by the deadline.
    Unfinished,
}

impl Failure {
    /// One sentence for the transcript and the step table.
    pub fn describe(&self) -> String {
        match self {
            Failure::Setup(e) => format!("the port could not be probed: {e}"),
            Failure::Connect { detail, .. } => format!("no connection: {detail}"),
            Failure::NoBanner {
                implicit_tls: true, ..
            } => "no greeting: the port speaks implicit TLS (SMTPS)".into(),
            Failure::NoBanner { pending: 0, .. } => "no greeting came before the timeout".into(),
            Failure::NoBanner { pending, .. } => {
                format!("only {pending} byte(s) of a greeting came before the timeout")
            }
            Failure::BadBanner { reply } => format!("the server greeted with “{reply}”"),
            Failure::LateBanner { seconds, excerpt } => {
                format!("the greeting came only after more than {seconds} s: “{excerpt}”")
            }
            Failure::EhloRejected { reply } => format!("the server refused EHLO: {reply}"),
            Failure::StartTlsNotOffered => {
                "the server does not offer STARTTLS, so no credentials were sent".into()
            }
            Failure::StartTlsRefused { reply } => {
                format!("the server refused STARTTLS: {reply}")
            }
            Failure::Tls { failure } => format!("TLS failed: {}", failure.describe()),
            Failure::AuthUnsupported { offered } if offered.is_empty() => {
                "the server offers no login (AUTH) at all".into()
            }
            Failure::AuthUnsupported { offered } => format!(
                "no login method in common: the server offers {}",
                offered.join(", ")
            ),
            Failure::AuthRejected { reply, mechanism } => {
                format!("the server refused the login ({mechanism}): {reply}")
            }
            Failure::AuthBroken { detail } => format!("the login broke off: {detail}"),
            Failure::FromRejected { reply } => format!("the server refused the sender: {reply}"),
            Failure::RcptRejected { reply } => {
                format!("the server refused the recipient: {reply}")
            }
            Failure::DataRejected { reply } => {
                format!("the server refused the message: {reply}")
            }
            Failure::BrokenReply { step, detail } => {
                format!(
                    "the server's answer to {} is broken: {detail}",
                    step_name(step)
                )
            }
            Failure::Io { step, detail } => {
                format!("the dialogue stopped during {}: {detail}", step_name(step))
            }
            Failure::Unfinished => "the dialogue did not finish within the timeout".into(),
        }
    }
}

/// A step as people name it: `mail_from` → `MAIL FROM`.
pub fn step_name(step: &str) -> &'static str {
    match step {
        "connect" => "the connection",
        "banner" => "the greeting",
        "ehlo" => "EHLO",
        "starttls" => "STARTTLS",
        "tls" => "the TLS handshake",
        "auth" => "the login (AUTH)",
        "mail_from" => "MAIL FROM",
        "rcpt_to" => "RCPT TO",
        "data" => "DATA",
        _ => "the dialogue",
    }
}

/// Everything seen on one port.
#[derive(Clone, Debug, Serialize)]
pub struct PortReport {
    pub port: u16,
    pub mode: Mode,
    pub configured: bool,
    /// The family probed, when both resolved (each is then probed on its own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<Family>,
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
    /// The subject of the test message the server accepted (`--send-to`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_subject: Option<String>,
    /// AUTH was sent without TLS (`--insecure-plaintext-auth`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub plaintext_auth: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<String>,
}

impl PortReport {
    pub(super) fn new(plan: &PortPlan) -> Self {
        PortReport {
            port: plan.port,
            mode: plan.mode,
            configured: plan.configured,
            family: None,
            address: None,
            works: false,
            steps: Vec::new(),
            tls: None,
            banner: None,
            failure: None,
            auth_skipped: None,
            sent_subject: None,
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
