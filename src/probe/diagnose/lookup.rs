//! `smtp/recorded` and `smtp/not-recorded`: what Postmark's Messages API
//! says about each test message the SMTP server accepted.

use crate::probe::lookup::Lookup;
use crate::report::{Finding, Severity};

use super::render::finding;

pub fn lookup_findings(results: &[(u16, Lookup)], config: Option<usize>) -> Vec<Finding> {
    results
        .iter()
        .map(|(port, result)| match result {
            Lookup::Recorded { message_id } => finding(
                "smtp/recorded",
                None,
                config,
                format!(
                    "Postmark recorded the test message sent over port {port}{}: it is on its way",
                    message_id
                        .as_deref()
                        .map(|id| format!(" (message ID {id})"))
                        .unwrap_or_default()
                ),
                String::new(),
                None,
            ),
            Lookup::NotRecorded { waited_s } => finding(
                "smtp/not-recorded",
                None,
                config,
                format!("Port {port} accepted the test message over SMTP, but Postmark has not recorded it after {waited_s} s: likely an account pending approval or a paused account, where SMTP accepts mail that is never sent"),
                String::new(),
                None,
            ),
            Lookup::Unknown { detail } => finding(
                "smtp/not-recorded",
                Some(Severity::Warning),
                config,
                format!("The test message accepted over port {port} could not be looked up in Postmark: {detail}"),
                "Look for the message in Postmark under the server's Activity; if it is not there, check the account's status.".into(),
                None,
            ),
        })
        .collect()
}
