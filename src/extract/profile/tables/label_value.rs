//! "Label: value" lines copied from a dashboard, a support email, a
//! Markdown note or a screenshot transcription (`SMTP Server:
//! smtp.postmarkapp.com`, `- **Port:** 587 (or 25, 2525)`,
//! `| Username | … |`), read by the prose reader; the labels are matched by
//! the generic inference (its label list first, then the words).
//!
//! There is no client behind these lines, so no default port and no TLS
//! meaning beyond the plain words: `STARTTLS`/`TLS` ask for STARTTLS,
//! `SSL`, `SSL/TLS`, `SMTPS` for TLS from the first byte. A note after a
//! port is not part of it (`Port: 587 (or 25, 2525)` is port 587), and a
//! list of ports names the recommended one when listed (`25, 2525, or 587`
//! as Postmark's pages print it); a host is its first word.

use std::ops::Range;

use super::generic::INFER_TLS;
use crate::extract::profile::{
    fix, set_if, syn, Fix, Hooks, Profile, Sec, SetVal, TlsModel, Write, WriteKind as W, BASE,
};
use crate::extract::read::Document;
use crate::extract::Config;
use crate::model::{Evidence, Field, Role, Security, Syntax, Tls};

/// Labels vary: a fix changes what is written and never adds a guessed
/// label (the port and host are changed where written by default).
const FIXES: &[Fix] = &[fix(
    W::StartTls,
    &[set_if(Role::Encryption, "", SetVal::Word("STARTTLS"))],
)];

pub static LABEL_VALUE: Profile = Profile {
    id: "label-value",
    name: "Label: value notes",
    #[cfg(not(target_arch = "wasm32"))]
    docs: "(no client: labels as people write them)",
    syntaxes: syn::PROSE | syn::URL,
    tls: TlsModel {
        words: &[
            ("starttls", Sec::StartTls),
            ("start tls", Sec::StartTls),
            ("tls", Sec::StartTls),
            ("tls (starttls)", Sec::StartTls),
            ("ssl", Sec::Implicit),
            ("ssl/tls", Sec::Implicit),
            ("smtps", Sec::Implicit),
            ("implicit", Sec::Implicit),
            ("none", Sec::Plain),
            ("no", Sec::Plain),
            ("off", Sec::Plain),
            ("plain", Sec::Plain),
            ("unencrypted", Sec::Plain),
        ],
        ..INFER_TLS
    },
    fixes: FIXES,
    sender_hint: "the From address set in the application that sends the mail",
    hooks: Hooks {
        tls: Some(tls),
        finish: Some(notes),
        write: Some(write),
        ..Hooks::NONE
    },
    infer: true,
    ..BASE
};

/// The words of the security label, read as people write them
/// (`STARTTLS (recommended)`, `SSL/TLS`); switches by the table's words.
fn tls(cfg: &Config) -> Tls {
    let Some(f) = cfg.get(Role::Encryption) else {
        return crate::extract::profile::tls::evaluate(cfg, &LABEL_VALUE);
    };
    let mut tls = Tls::default();
    let Some(v) = f.value.literal() else {
        return tls;
    };
    let w = v.trim().to_ascii_lowercase();
    if w.contains("starttls") || w.contains("start tls") || w == "tls" {
        tls.choose(Security::StartTls, Evidence::of(f));
    } else if w.contains("ssl") || w.contains("smtps") || w.contains("implicit") {
        tls.choose(Security::Implicit, Evidence::of(f));
    } else if matches!(w.as_str(), "none" | "no" | "off" | "plain" | "unencrypted") {
        tls.choose(Security::None, Evidence::of(f));
    }
    tls
}

/// A change in the note's own labels.
fn write(cfg: &Config, what: &Write) -> Option<String> {
    let label = |role: Role, fallback: &str| {
        cfg.get(role)
            .map_or(fallback.to_string(), |f| f.key.clone())
    };
    Some(match what {
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
    })
}

/// The part of a note's value that is the setting: the port a port value
/// names, the first word of a host.
#[allow(clippy::ptr_arg)] // the signature of every `finish` hook
fn notes(doc: &Document, configs: &mut Vec<Config>) {
    for f in configs.iter_mut().flat_map(|c| c.fields.iter_mut()) {
        if f.syntax != Syntax::Prose || f.value.is_reference() || !f.value.verbatim {
            continue;
        }
        let span = f.value.span.clone();
        let part = match f.role {
            Role::Port => port_span(doc.input, span.clone()),
            Role::Host => first_word(doc.input, span.clone()),
            Role::From => address_span(doc.input, span.clone()),
            _ => continue,
        };
        narrow(f, doc.input, part);
    }
}

fn narrow(f: &mut Field, input: &str, part: Range<usize>) {
    if part.start >= part.end || part == f.value.span {
        return;
    }
    f.value.text = input[part.clone()].to_string();
    f.value.span = part;
}

/// The first blank-separated word of `input[range]`.
fn first_word(input: &str, range: Range<usize>) -> Range<usize> {
    let s = &input[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let end = t.find([' ', '\t']).unwrap_or(t.len());
    range.start + lead..range.start + lead + end
}

/// The address a From value names without the note after it:
/// `` `hello@acme.io` (on your verified domain) `` → `hello@acme.io`,
/// `noreply@acme.io (or your verified domain)` → `noreply@acme.io`. A
/// remark in brackets closes the value and follows an address; a value
/// wrapped in backticks (Markdown code) is what is inside them.
fn address_span(input: &str, span: Range<usize>) -> Range<usize> {
    let text = &input[span.clone()];
    let mut end = text.trim_end().len();
    if text[..end].ends_with(')') {
        if let Some(open) = text[..end].rfind(" (") {
            if text[..open].contains('@') {
                end = text[..open].trim_end().len();
            }
        }
    }
    let head = &text[..end];
    let lead = head.len() - head.trim_start().len();
    let core = head.trim_start();
    match core.strip_prefix('`').and_then(|c| c.strip_suffix('`')) {
        Some(inner) if !inner.contains('`') => {
            span.start + lead + 1..span.start + lead + 1 + inner.len()
        }
        _ => span.start..span.start + end,
    }
}

/// The first run of digits in `input[range]`.
fn first_number(input: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &input[range.clone()];
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let len = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(s.len() - start);
    Some(range.start + start..range.start + start + len)
}

/// The port a value names: `587 (or 25, 2525)` → `587`; a list of
/// alternatives (`25, 2525, or 587`) names the recommended one when it is
/// listed, else its first.
fn port_span(input: &str, span: Range<usize>) -> Range<usize> {
    let text = &input[span.clone()];
    let primary = span.start..span.start + text.find('(').unwrap_or(text.len());
    let mut numbers = Vec::new();
    let mut rest = primary;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn ports_in_notes() {
        let s = "25, 2525, or 587";
        assert_eq!(&s[port_span(s, 0..s.len())], "587");
        let s = "465 (or 25, 2525)";
        assert_eq!(&s[port_span(s, 0..s.len())], "465");
        let s = "smtp.postmarkapp.com (Postmark)";
        assert_eq!(&s[first_word(s, 0..s.len())], "smtp.postmarkapp.com");
        let s = "`hello@acme.io` (on your verified domain)";
        assert_eq!(&s[address_span(s, 0..s.len())], "hello@acme.io");
        let s = "noreply@acme.io (or your verified domain)";
        assert_eq!(&s[address_span(s, 0..s.len())], "noreply@acme.io");
        let s = "Acme Support <support@acme.io>";
        assert_eq!(&s[address_span(s, 0..s.len())], s);
        // No address before the brackets: the value as written.
        let s = "your verified sender (any)";
        assert_eq!(&s[address_span(s, 0..s.len())], s);
    }

    #[test]
    fn dashboard_note() {
        let input = "SMTP Server: smtp.postmarkapp.com\nPort: 587 (or 25, 2525)\nUser name / Access Key: PM-T-outbound-Ab3dE\nSecret Key: Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c\nSecurity: STARTTLS\n";
        let cfgs = extract(input);
        assert_eq!(cfgs.len(), 1, "{cfgs:?}");
        let c = &cfgs[0];
        assert_eq!(c.dialect.id(), "label-value");
        let p = c.get(Role::Port).unwrap();
        assert_eq!(&input[p.value.span.clone()], "587");
        assert_eq!(c.dialect.tls(c).mode, Some(Security::StartTls));
        assert_eq!(c.literal(Role::Password).map(str::len), Some(36));
        assert_eq!(c.literal(Role::Username), Some("PM-T-outbound-Ab3dE"));
    }

    #[test]
    fn markdown_and_ssl() {
        let input = "- **Server:** `smtp.postmarkapp.com`\n- **Port:** 465\n- **Encryption:** SSL/TLS\n| Username | abc |\n";
        let c = &extract(input)[0];
        assert_eq!(c.dialect.id(), "label-value");
        assert_eq!(c.literal(Role::Host), Some("smtp.postmarkapp.com"));
        assert_eq!(c.dialect.tls(c).mode, Some(Security::Implicit));
        assert_eq!(c.literal(Role::Username), Some("abc"));
        assert_eq!(c.dialect.write(c, &Write::StartTls), "Encryption: STARTTLS");
    }
}
