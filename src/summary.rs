//! What was understood of one configuration, for the report (secrets redacted).

use crate::extract::Config;
use crate::model::Role;
use crate::report::{redact, ConfigSummary, Settings};

/// The report's view of a configuration.
pub fn summarize(cfg: &Config) -> ConfigSummary {
    let clean = |s: &str| -> String {
        s.trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .to_string()
    };
    let settings = Settings {
        host: cfg.literal(Role::Host).map(clean),
        port: cfg
            .literal(Role::Port)
            .and_then(|p| clean(p).parse::<u32>().ok()),
        security: cfg.dialect.tls(cfg).mode.map(|m| m.as_str().to_string()),
        // Null only when no username is configured; a reference is shown
        // as its expression (defaults cut: they may hold a secret).
        username: cfg
            .get(Role::Username)
            .filter(|f| !is_null(f) && !f.value.text.trim().is_empty())
            .map(|f| match &f.value.reference {
                Some(expr) => crate::rules::input::shown_reference(expr, true),
                None => redact(&clean(&f.value.text)),
            }),
        password_present: cfg
            .get(Role::Password)
            .is_some_and(|f| !f.value.text.trim().is_empty() && !is_null(f)),
        from: cfg
            .literal(Role::From)
            .map(|f| bare_address(&clean(f)).to_string()),
        stream: cfg.literal(Role::Stream).map(clean),
    };
    ConfigSummary {
        client: cfg.dialect.id().to_string(),
        client_name: cfg.dialect.name().to_string(),
        active: cfg.active,
        label: cfg.label.clone(),
        settings,
    }
}

/// An unquoted null word, which `.env` readers and config languages turn
/// into "no value" (`MAIL_USERNAME=null` in Laravel's stock `.env`).
pub fn is_null(f: &crate::model::Field) -> bool {
    f.value.quote == crate::model::Quote::None
        && !f.value.is_reference()
        && matches!(
            f.value.text.trim(),
            "null" | "(null)" | "nil" | "None" | "~" | "NULL"
        )
}

/// The address inside `Name <addr@domain>`, or the text itself.
pub fn bare_address(from: &str) -> &str {
    match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => from[a + 1..b].trim(),
        _ => from.trim().trim_matches(['"', '\'']),
    }
}

/// Characters that print as nothing or as a plain space but are not one.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{202F}'
            | '\u{2007}'
            | '\u{00AD}'
    )
}

/// The roles whose values are secrets (a Server API token is the username too).
pub const SECRET_ROLES: [Role; 4] = [
    Role::Password,
    Role::Username,
    Role::AccountToken,
    Role::ServerToken,
];

/// The input with every secret masked, character for character (so columns
/// stay where they were): a secret keeps at most its first and last 4
/// characters, the rest become `•`. Long token-like runs (UUIDs, 20+ token
/// characters) are masked too, in case a secret sits under a key we did not
/// recognise. Used wherever the pasted text itself is shown (CLI excerpts).
pub fn mask_secrets(input: &str, configs: &[Config]) -> String {
    let mut spans: Vec<std::ops::Range<usize>> = configs
        .iter()
        .flat_map(|c| c.fields.iter())
        .filter(|f| SECRET_ROLES.contains(&f.role) && !f.value.is_reference())
        .map(|f| f.value.span.clone())
        .collect();
    spans.extend(token_runs(input));
    let mut out = String::with_capacity(input.len());
    for (i, ch) in input.char_indices() {
        let hidden = spans.iter().any(|s| {
            let inner = &input[s.start.min(input.len())..s.end.min(input.len())];
            let n = inner.chars().count();
            let keep = if n >= 16 {
                4
            } else if n >= 8 {
                2
            } else {
                0
            };
            if !s.contains(&i) {
                return false;
            }
            let pos = input[s.start..i].chars().count();
            pos >= keep && pos + keep < n
        });
        if hidden && ch != '\n' {
            out.push('•');
        } else {
            out.push(ch);
        }
    }
    out
}

/// Runs of 20 or more `[A-Za-z0-9_-]` characters that contain both letters
/// and digits: token-shaped text.
fn token_runs(input: &str) -> Vec<std::ops::Range<usize>> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-') {
                i += 1;
            }
            let run = &b[start..i];
            if run.len() >= 20
                && run.iter().any(u8::is_ascii_digit)
                && run.iter().any(u8::is_ascii_alphabetic)
            {
                out.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    out
}
