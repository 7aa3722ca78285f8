//! "Accepted is not sent": after a test message got `250` to DATA, look it
//! up through Postmark's Messages API (`GET /messages/outbound?subject=…`
//! with the Server token, <https://postmarkapp.com/developer/api/messages-api>).
//! An account pending approval, or one paused after a long quiet time, has
//! been seen to accept over SMTP and record nothing.

use std::time::{Duration, Instant};

use rustls::pki_types::CertificateDer;
use serde::Serialize;

use super::http;

/// What the API said about one test message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Lookup {
    /// Postmark recorded it (its MessageID when given).
    Recorded { message_id: Option<String> },
    /// Not there after waiting `waited_s`.
    NotRecorded { waited_s: u64 },
    /// The API could not be asked (network, token, unexpected answer).
    Unknown { detail: String },
}

/// Looks for a message with exactly `subject`, asking again every 2 s until
/// `wait` has passed (Postmark records a message within seconds).
pub fn find(
    base: &str,
    token: &str,
    subject: &str,
    extra_roots: &[CertificateDer<'static>],
    wait: Duration,
) -> Lookup {
    let url = match http::parse_url(base) {
        Ok(u) => u,
        Err(detail) => return Lookup::Unknown { detail },
    };
    let path = format!(
        "/messages/outbound?count=50&offset=0&subject={}",
        encode(subject)
    );
    let start = Instant::now();
    loop {
        let deadline = Instant::now() + Duration::from_secs(10);
        let answer = http::get(
            &url,
            &path,
            &[
                ("X-Postmark-Server-Token", token),
                ("Accept", "application/json"),
            ],
            extra_roots,
            deadline,
        );
        match answer {
            Ok(r) if r.status == 200 => {
                let json: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
                let found = json
                    .get("Messages")
                    .and_then(|m| m.as_array())
                    .and_then(|list| {
                        list.iter()
                            .find(|m| m.get("Subject").and_then(|s| s.as_str()) == Some(subject))
                    });
                if let Some(m) = found {
                    return Lookup::Recorded {
                        message_id: m
                            .get("MessageID")
                            .and_then(|v| v.as_str())
                            .map(str::to_string),
                    };
                }
            }
            Ok(r) if r.status == 401 => {
                return Lookup::Unknown {
                    detail:
                        "the Messages API refused the token (401): it needs the Server API token"
                            .into(),
                }
            }
            Ok(r) => {
                return Lookup::Unknown {
                    detail: format!("the Messages API answered HTTP {}", r.status),
                }
            }
            Err(detail) => return Lookup::Unknown { detail },
        }
        if start.elapsed() + Duration::from_secs(2) > wait {
            return Lookup::NotRecorded {
                waited_s: start.elapsed().as_secs().max(wait.as_secs()),
            };
        }
        std::thread::sleep(Duration::from_secs(2));
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_subject() {
        assert_eq!(
            encode("smtp-probe test 0a1b (port 587)"),
            "smtp-probe%20test%200a1b%20%28port%20587%29"
        );
    }
}
