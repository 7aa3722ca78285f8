//! Login failures, explained by the static findings ("AUTH refused, and the
//! token has a trailing space at line 4") or by `--check-token`.

use crate::model::Role;
use crate::probe::token::{TokenCheck, TokenKind};
use crate::report::{Severity, Span};

use super::{quote, static_cause, Context, Item};

/// Static findings that explain a refused login, most telling first.
const AUTH_CAUSES: [&str; 10] = [
    "auth/whitespace",
    "auth/wrapped-quotes",
    "auth/placeholder",
    "auth/api-test-token",
    "auth/account-token",
    "auth/smtp-token-stream-mismatch",
    "auth/username-password-differ",
    "auth/token-shape",
    "url/unencoded-credentials",
    "input/unresolved-reference",
];

/// No AUTH mechanism in common.
pub(super) fn unsupported(item: &mut Item, offered: &[String]) {
    item.id = "auth/mechanism-unsupported";
    item.body = if offered.is_empty() {
        "{P} offers no AUTH after STARTTLS: Postmark always does, so this is not Postmark's server"
            .into()
    } else {
        format!(
            "{{P}} offers AUTH {} only; the probe (like most clients) speaks PLAIN and LOGIN",
            offered.join(" ")
        )
    };
}

/// The server refused the credentials.
pub(super) fn rejected(
    cx: &Context,
    item: &mut Item,
    reply: &str,
    field_span: &dyn Fn(Role) -> Option<Span>,
) {
    item.id = "auth/rejected";
    let (why, span, fix) = explanation(cx, field_span);
    item.body = format!(
        "{{P}}: the server refused the login with {}. {why}",
        quote(reply)
    );
    item.span = span;
    item.fix = fix.unwrap_or_else(|| "Copy the Server API token again from Servers → your server → API Tokens and use it as both username and password (or use an SMTP Token's Access Key and Secret Key).".into());
}

pub(super) fn broken(item: &mut Item, detail: &str) {
    item.id = "auth/rejected";
    item.body = format!("{{P}}: the AUTH exchange broke: {detail}");
}

/// Why a login was refused: the static evidence (with its fix), else the
/// token check, else advice.
fn explanation(
    cx: &Context,
    field_span: &dyn Fn(Role) -> Option<Span>,
) -> (String, Option<Span>, Option<String>) {
    if let Some(f) = static_cause(cx, &AUTH_CAUSES) {
        let place = f
            .span
            .map(|s| format!(" (line {})", s.line))
            .unwrap_or_default();
        let fix = Some(f.fix.clone()).filter(|x| !x.is_empty());
        return (
            format!("The static check found why{place}: {}", f.message),
            f.span,
            fix,
        );
    }
    let password_span = field_span(Role::Password);
    for check in &cx.outcome.token_check {
        let why = match &check.result {
            TokenKind::Account => format!(
                "The {} is an Account API token (checked with the API): SMTP needs a Server API token.",
                check.role
            ),
            TokenKind::Invalid => format!(
                "Postmark's API does not know the {} either: it is mistyped, revoked, or not a Postmark token.",
                check.role
            ),
            TokenKind::Server { smtp_enabled: Some(false), .. } => {
                "The token is a Server API token, but SMTP is disabled for that server (Server → Settings → SMTP).".into()
            }
            _ => continue,
        };
        return (why, password_span, None);
    }
    let source = cx
        .target
        .password_source
        .as_deref()
        .map(|s| format!(" (the password came from {s})"))
        .unwrap_or_default();
    (
        format!("The token looks well-formed, so it is probably revoked, from another Postmark server, or an Account token{source}; --check-token asks the API which"),
        password_span,
        None,
    )
}

pub(super) fn token_item(check: &TokenCheck) -> Item {
    let who = format!("the {} ({})", check.role, check.token);
    let (severity, body, fix) = match &check.result {
        TokenKind::Server { server, smtp_enabled } => {
            let name = server.as_deref().map(|n| format!(" of the server “{n}”")).unwrap_or_default();
            match smtp_enabled {
                Some(false) => (Severity::Error, format!("{who} is a Server API token{name}, but SMTP is disabled for that server"), "Enable SMTP in Postmark: Server → Settings → SMTP.".to_string()),
                _ => (Severity::Info, format!("{who} is a Server API token{name}; SMTP is enabled"), String::new()),
            }
        }
        TokenKind::Account => (Severity::Error, format!("{who} is an Account API token: SMTP accepts only a Server API token (or an SMTP Token)"), "Use a Server API token: Servers → your server → API Tokens.".into()),
        TokenKind::Invalid => (Severity::Error, format!("{who} is not a valid Postmark API token (401 as a Server and as an Account token)"), "Copy the Server API token again: Servers → your server → API Tokens.".into()),
        TokenKind::Unknown { detail } => (Severity::Warning, format!("{who} could not be checked: {detail}"), String::new()),
    };
    Item {
        id: "auth/token-kind",
        severity: Some(severity),
        ports: Vec::new(),
        body,
        fix,
        span: None,
    }
}
