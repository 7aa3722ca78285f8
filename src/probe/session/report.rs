//! What one port's dialogue leaves behind: the steps, the failure that
//! stopped it, and the report `diagnose` reads.

use serde::Serialize;

use crate::probe::net::ConnectError;
use crate::probe::tls::{Negotiated, TlsFailure};
use crate::probe::{Mode, PortPlan};

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
    pub(super) fn new(plan: &PortPlan) -> Self {
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
