//! `--check-token`: asks Postmark's API what a token is. A Server API token
//! opens `GET /server` (which also says whether SMTP is enabled); an Account
//! API token opens `GET /servers`; anything else gets 401 from both.
//! Opt-in: it sends the token to the API (over HTTPS).

use std::time::Instant;

use rustls::pki_types::CertificateDer;
use serde::Serialize;

use super::http::{self, Url};
use super::Credentials;
use crate::report::redact;

pub const DEFAULT_API_BASE: &str = "https://api.postmarkapp.com";

/// What the API said about one token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TokenKind {
    /// A Server API token; `smtp_enabled` from `SmtpApiActivated`.
    Server {
        server: Option<String>,
        smtp_enabled: Option<bool>,
    },
    /// An Account API token: not accepted by SMTP.
    Account,
    /// 401 from both: not a Postmark API token.
    Invalid,
    /// The check could not be made (network, unexpected status…).
    Unknown { detail: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TokenCheck {
    /// Which setting held it: `password` or `username`.
    pub role: &'static str,
    /// The token, redacted.
    pub token: String,
    pub result: TokenKind,
}

/// The distinct API-token-like values among the credentials. An SMTP Token
/// Access Key (`PM-T-…`/`PM-B-…`) and its Secret Key are not API tokens.
pub fn tokens_to_check(c: Option<&Credentials>) -> Vec<(&'static str, String)> {
    let Some(c) = c else { return Vec::new() };
    let access_key = c.username.starts_with("PM-T-") || c.username.starts_with("PM-B-");
    if access_key {
        return Vec::new();
    }
    let mut out = vec![("password", c.password.clone())];
    if c.username != c.password && !c.username.trim().is_empty() {
        out.push(("username", c.username.clone()));
    }
    out
}

pub fn check_all(
    base: &str,
    tokens: &[(&'static str, String)],
    extra_roots: &[CertificateDer<'static>],
    deadline: Instant,
) -> Vec<TokenCheck> {
    let url = http::parse_url(base);
    tokens
        .iter()
        .map(|(role, token)| TokenCheck {
            role,
            token: redact(token),
            result: match &url {
                Ok(url) => check(url, token, extra_roots, deadline),
                Err(e) => TokenKind::Unknown { detail: e.clone() },
            },
        })
        .collect()
}

fn check(
    url: &Url,
    token: &str,
    roots: &[CertificateDer<'static>],
    deadline: Instant,
) -> TokenKind {
    // A value with a line break would split the header: the API cannot accept it anyway.
    if token.contains(['\r', '\n']) || token.is_empty() {
        return TokenKind::Invalid;
    }
    let server = http::get(
        url,
        "/server",
        &[("X-Postmark-Server-Token", token)],
        roots,
        deadline,
    );
    match server {
        Ok(r) if r.status == 200 => {
            let json: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
            return TokenKind::Server {
                server: json
                    .get("Name")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
                smtp_enabled: json.get("SmtpApiActivated").and_then(|v| v.as_bool()),
            };
        }
        Ok(r) if r.status == 401 => {}
        Ok(r) => {
            return TokenKind::Unknown {
                detail: format!("GET /server answered HTTP {}", r.status),
            }
        }
        Err(detail) => return TokenKind::Unknown { detail },
    }
    let account = http::get(
        url,
        "/servers?count=1&offset=0",
        &[("X-Postmark-Account-Token", token)],
        roots,
        deadline,
    );
    match account {
        Ok(r) if r.status == 200 => TokenKind::Account,
        Ok(r) if r.status == 401 => TokenKind::Invalid,
        Ok(r) => TokenKind::Unknown {
            detail: format!("GET /servers answered HTTP {}", r.status),
        },
        Err(detail) => TokenKind::Unknown { detail },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_tokens() {
        let c = |u: &str, p: &str| Credentials {
            username: u.into(),
            password: p.into(),
        };
        assert_eq!(tokens_to_check(Some(&c("t", "t"))).len(), 1);
        assert_eq!(tokens_to_check(Some(&c("a", "b"))).len(), 2);
        assert!(tokens_to_check(Some(&c("PM-T-x", "secret"))).is_empty());
        assert!(tokens_to_check(None).is_empty());
    }
}
