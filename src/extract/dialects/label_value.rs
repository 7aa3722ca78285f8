//! "Label: value" lines copied from a dashboard, a support email, a
//! Markdown note or a screenshot transcription (`SMTP Server:
//! smtp.postmarkapp.com`, `- **Port:** 587 (or 25, 2525)`,
//! `| Username | … |`).
//!
//! There is no client behind these lines, so no default port and no TLS
//! meaning beyond the plain words: `STARTTLS`/`TLS` ask for STARTTLS,
//! `SSL`, `SSL/TLS`, `SMTPS` for TLS from the first byte. Labels are read
//! case-insensitively, with spaces, and a parenthesised note in a label or
//! a port value is ignored (`Port: 587 (or 25, 2525)` is port 587).
//! Multi-word labels beat the generic fallback; real clients beat this.

use crate::extract::group::{group, Item};
use crate::extract::lines::{Entry, Sep};
use crate::extract::{Dialect, Document, Write};
use crate::fix::Setting;
use crate::model::{Config, Evidence, Field, Role, Security, Tls};

use super::kit::{field, first_number, first_word};

pub struct LabelValue;
pub static LABEL_VALUE: LabelValue = LabelValue;

/// Normalised label → roles (a label may name two settings at once).
const LABELS: &[(&str, &[Role])] = &[
    ("server", &[Role::Host]),
    ("smtp server", &[Role::Host]),
    ("smtp server address", &[Role::Host]),
    ("server address", &[Role::Host]),
    ("server name", &[Role::Host]),
    ("host", &[Role::Host]),
    ("hostname", &[Role::Host]),
    ("host name", &[Role::Host]),
    ("smtp host", &[Role::Host]),
    ("smtp hostname", &[Role::Host]),
    ("smtp address", &[Role::Host]),
    ("mail server", &[Role::Host]),
    ("outgoing server", &[Role::Host]),
    ("outgoing mail server", &[Role::Host]),
    ("outgoing smtp server", &[Role::Host]),
    ("relay host", &[Role::Host]),
    ("smtp relay", &[Role::Host]),
    ("port", &[Role::Port]),
    ("ports", &[Role::Port]),
    ("smtp port", &[Role::Port]),
    ("server port", &[Role::Port]),
    ("port number", &[Role::Port]),
    ("outgoing port", &[Role::Port]),
    ("username", &[Role::Username]),
    ("user name", &[Role::Username]),
    ("user", &[Role::Username]),
    ("login", &[Role::Username]),
    ("smtp username", &[Role::Username]),
    ("smtp user name", &[Role::Username]),
    ("smtp user", &[Role::Username]),
    ("smtp login", &[Role::Username]),
    ("access key", &[Role::Username]),
    ("user name / access key", &[Role::Username]),
    ("username / access key", &[Role::Username]),
    ("password", &[Role::Password]),
    ("pass", &[Role::Password]),
    ("smtp password", &[Role::Password]),
    ("secret key", &[Role::Password]),
    ("secret", &[Role::Password]),
    ("password / secret key", &[Role::Password]),
    ("username / password", &[Role::Username, Role::Password]),
    ("username and password", &[Role::Username, Role::Password]),
    ("user name / password", &[Role::Username, Role::Password]),
    ("user name and password", &[Role::Username, Role::Password]),
    ("authentication", &[Role::AuthMethod]),
    ("authentication method", &[Role::AuthMethod]),
    ("authentication type", &[Role::AuthMethod]),
    ("auth method", &[Role::AuthMethod]),
    ("security", &[Role::Encryption]),
    ("security type", &[Role::Encryption]),
    ("connection security", &[Role::Encryption]),
    ("secure connection", &[Role::Encryption]),
    ("encryption", &[Role::Encryption]),
    ("encryption method", &[Role::Encryption]),
    ("encryption type", &[Role::Encryption]),
    ("tls/ssl", &[Role::Encryption]),
    ("ssl/tls", &[Role::Encryption]),
    ("from", &[Role::From]),
    ("from address", &[Role::From]),
    ("from email", &[Role::From]),
    ("from email address", &[Role::From]),
    ("sender", &[Role::From]),
    ("sender address", &[Role::From]),
    ("sender email", &[Role::From]),
    ("email from", &[Role::From]),
    ("mail from", &[Role::From]),
    ("message stream", &[Role::Stream]),
    ("server api token", &[Role::ServerToken]),
    ("server token", &[Role::ServerToken]),
    ("account api token", &[Role::AccountToken]),
    ("account token", &[Role::AccountToken]),
];

/// `Outgoing Mail Server (SMTP)` → `outgoing mail server`;
/// `User name/Access Key` → `user name / access key`.
fn normalize(label: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '/' => out.push_str(" / "),
            '_' | '-' | '*' | '`' => out.push(' '),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn roles_of(label: &str) -> Option<&'static [Role]> {
    let n = normalize(label);
    LABELS.iter().find(|(l, _)| *l == n).map(|(_, r)| *r)
}

/// A line that reads like a label, not a config key: several words, a
/// capital letter, a Markdown bullet or table cell.
fn label_like(e: &Entry) -> bool {
    e.key.contains(' ')
        || e.key.contains('/')
        || e.list_item
        || e.key.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !e.key.contains('_')
}

fn candidates<'d>(doc: &'d Document) -> impl Iterator<Item = (&'d Entry, &'static [Role])> {
    doc.active_lines()
        .filter(|e| e.sep == Sep::Colon && e.path.is_empty() && e.prefix.is_none())
        .filter_map(|e| roles_of(&e.key).map(|r| (e, r)))
}

/// The port a value names: `587 (or 25, 2525)` → `587`; a list of
/// alternatives (`25, 2525, or 587`, as Postmark's docs print it) names
/// the recommended one when it is listed, else its first.
fn port_span(input: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let text = &input[span.clone()];
    let primary = span.start..span.start + text.find('(').unwrap_or(text.len());
    let mut numbers = Vec::new();
    let mut rest = primary.clone();
    while let Some(n) = first_number(input, rest.clone()) {
        rest = n.end..rest.end;
        numbers.push(n);
    }
    let pick = |p: &str| numbers.iter().find(|n| &input[(*n).clone()] == p).cloned();
    match numbers.len() {
        0 => first_number(input, span.clone()).unwrap_or(span),
        1 => numbers[0].clone(),
        _ => pick("587")
            .or_else(|| pick("2525"))
            .unwrap_or_else(|| numbers[0].clone()),
    }
}

/// The part of a value that is the setting: the first number of a port,
/// the first word of a host; secrets and words stay whole.
fn field_of(input: &str, e: &Entry, role: Role) -> Field {
    let v = &e.value;
    if v.is_reference() || !v.verbatim {
        return Field {
            role,
            key: e.key.clone(),
            key_span: e.key_span.clone(),
            value: v.clone(),
        };
    }
    let span = match role {
        Role::Port => port_span(input, v.span.clone()),
        Role::Host => first_word(input, v.span.clone()),
        _ => v.span.clone(),
    };
    field(input, role, &e.key, e.key_span.clone(), span)
}

impl Dialect for LabelValue {
    fn id(&self) -> &'static str {
        "label-value"
    }
    fn name(&self) -> &'static str {
        "Label: value notes"
    }
    fn detect(&self, doc: &Document) -> u32 {
        let n = candidates(doc).filter(|(e, _)| label_like(e)).count() as u32;
        if n == 0 {
            return 0;
        }
        // Above the generic fallback (at most 9, one per alias), below
        // any real client (10 per key).
        (2 * n + 1).min(9)
    }
    fn extract(&'static self, doc: &Document) -> Vec<Config> {
        let items = candidates(doc)
            .flat_map(|(e, roles)| {
                roles.iter().map(move |r| Item {
                    field: Some(field_of(doc.input, e, *r)),
                    unknown: None,
                    path: Vec::new(),
                    at: e.key_span.start,
                })
            })
            .collect();
        group(self, items)
    }
    fn default_port(&self, _cfg: &Config) -> Option<u16> {
        None
    }
    fn tls(&self, cfg: &Config) -> Tls {
        let mut tls = Tls::default();
        let Some(f) = cfg.get(Role::Encryption) else {
            return tls;
        };
        let Some(v) = f.value.literal() else {
            return tls;
        };
        let w = v.trim().to_ascii_lowercase();
        if w.contains("starttls") || w.contains("start tls") || w == "tls" {
            tls.mode = Some(Security::StartTls);
            tls.starttls = Some(Evidence::of(f));
        } else if w.contains("ssl") || w.contains("smtps") || w.contains("implicit") {
            tls.mode = Some(Security::Implicit);
            tls.implicit = Some(Evidence::of(f));
        } else if matches!(w.as_str(), "none" | "no" | "off" | "plain" | "unencrypted") {
            tls.mode = Some(Security::None);
            tls.disabled = Some(Evidence::of(f));
        }
        tls
    }
    fn write(&self, cfg: &Config, what: &Write) -> String {
        let label = |role: Role, fallback: &str| {
            cfg.get(role)
                .map_or(fallback.to_string(), |f| f.key.clone())
        };
        match what {
            Write::Port(p) => format!("{}: {p}", label(Role::Port, "Port")),
            Write::Host(h) => format!("{}: {h}", label(Role::Host, "Server")),
            Write::StartTls => format!("{}: STARTTLS", label(Role::Encryption, "Security")),
            Write::VerifyOn => "certificate verification on in the application".into(),
            Write::AuthOn => "SMTP authentication on in the application".into(),
            Write::TlsModern => "TLS 1.2 or later in the application".into(),
            Write::Username(v) => format!("{}: {v}", label(Role::Username, "Username")),
            Write::Password(v) => format!("{}: {v}", label(Role::Password, "Password")),
            Write::From(v) => format!("{}: {v}", label(Role::From, "From")),
            Write::Stream(v) => format!("Message stream: {v} (the X-PM-Message-Stream header)"),
        }
    }
    fn settings_for(&self, cfg: &Config, what: &Write) -> Vec<Setting> {
        // Labels vary: change what is written, never add a guessed label.
        match what {
            Write::Port(p) => vec![Setting::text(Role::Port, "", p.to_string())],
            Write::Host(h) => vec![Setting::text(Role::Host, "", *h)],
            Write::StartTls if cfg.get(Role::Encryption).is_some() => {
                vec![Setting::text(Role::Encryption, "", "STARTTLS")]
            }
            _ => Vec::new(),
        }
    }
    fn sender_hint(&self) -> &'static str {
        "the From address set in the application that sends the mail"
    }
    fn known_keys(&self) -> Vec<&'static str> {
        LABELS.iter().map(|(l, _)| *l).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn labels() {
        assert_eq!(
            roles_of("Outgoing Mail Server (SMTP)"),
            Some(&[Role::Host][..])
        );
        assert_eq!(
            roles_of("User name/Access Key"),
            Some(&[Role::Username][..])
        );
        assert_eq!(roles_of("Username/Password").map(|r| r.len()), Some(2));
        assert_eq!(roles_of("Database host"), None);
        let s = "25, 2525, or 587";
        assert_eq!(&s[port_span(s, 0..s.len())], "587");
        let s = "465 (or 25, 2525)";
        assert_eq!(&s[port_span(s, 0..s.len())], "465");
    }

    #[test]
    fn dashboard_note_beats_generic() {
        let input = "SMTP Server: smtp.postmarkapp.com\nPort: 587 (or 25, 2525)\nUser name / Access Key: PM-T-outbound-Ab3dE\nSecret Key: Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c\nSecurity: STARTTLS\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1);
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "label-value");
        let p = c.get(Role::Port).unwrap();
        assert_eq!(&input[p.value.span.clone()], "587");
        assert_eq!(LABEL_VALUE.tls(c).mode, Some(Security::StartTls));
        assert_eq!(c.literal(Role::Password).map(str::len), Some(36));
    }

    #[test]
    fn markdown_and_ssl() {
        let input = "- **Server:** `smtp.postmarkapp.com`\n- **Port:** 465\n- **Encryption:** SSL/TLS\n| Username | abc |\n";
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "label-value");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(LABEL_VALUE.tls(c).mode, Some(Security::Implicit));
        assert_eq!(c.literal(Role::Username), Some("abc"));
    }
}
