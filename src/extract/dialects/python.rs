//! Helpers for the Python dialects (Django, Flask-Mail, smtplib): telling
//! Python source from a `.env` that uses the same names, Python truthiness,
//! and looking at the tokens inside a value the code scanner turned into an
//! expression.

use std::ops::Range;

use crate::extract::code::{Tok, Token};
use crate::extract::Document;
use crate::model::{Config, Evidence, Quote, Role, Security, Tls, Value};

/// Whether the paste reads as Python source rather than `KEY=value` lines.
/// `settings.py` writes `EMAIL_HOST = '…'` (blanks around `=`, quoted
/// strings, `True`), reads the environment through `os.environ`/`env(…)`
/// and imports things; a `.env` does none of that.
pub fn is_python(doc: &Document) -> bool {
    const MARKERS: [&str; 9] = [
        "os.environ",
        "os.getenv",
        "import ",
        "env(",
        "env.bool(",
        "env.int(",
        "config(",
        "app.config",
        "def ",
    ];
    if MARKERS.iter().any(|m| doc.input.contains(m)) {
        return true;
    }
    // `KEY = value` with a blank before `=` (PEP 8). `True` alone says
    // nothing: django-environ reads it from `.env` files too.
    doc.active_lines().any(|e| {
        doc.input
            .get(e.key_span.end..)
            .is_some_and(|s| s.starts_with(" =") || s.starts_with("\t="))
    })
}

/// Python truthiness of a literal setting: `True`/`1` are true, `False`,
/// `0`, `None` and `''` are false, and any other non-empty string is true
/// (so `EMAIL_USE_SSL = 'False'` turns SSL on).
pub fn py_truthy(value: &Value) -> Option<bool> {
    let text = value.literal()?;
    if value.quote != Quote::None {
        return Some(!text.is_empty());
    }
    match text.trim() {
        "True" => Some(true),
        "False" | "None" | "" => Some(false),
        n => n.parse::<i64>().ok().map(|n| n != 0),
    }
}

/// The tokens that lie inside `span` (in text order).
pub fn tokens_in<'a>(doc: &'a Document, span: &Range<usize>) -> &'a [Token] {
    let start = doc.tokens.partition_point(|t| t.span.start < span.start);
    let end = doc.tokens.partition_point(|t| t.span.start < span.end);
    doc.tokens.get(start..end.max(start)).unwrap_or(&[])
}

/// The last string literal inside an expression value, e.g. the address
/// of `('Acme', 'noreply@acme.io')` or the default of
/// `os.environ.get('X', 'default')`.
pub fn last_string_in(doc: &Document, span: &Range<usize>) -> Option<Value> {
    tokens_in(doc, span)
        .iter()
        .rev()
        .find_map(|t| match &t.tok {
            Tok::Str(v) => Some(v.clone()),
            _ => None,
        })
}

/// A sender given as a tuple `('Name', 'addr')` (Flask-Mail) keeps its
/// address; any other value is returned unchanged.
pub fn sender_of(doc: &Document, value: &Value) -> Value {
    if value.is_reference() && value.text.trim_start().starts_with('(') {
        let strings = tokens_in(doc, &value.span)
            .iter()
            .filter(|t| matches!(t.tok, Tok::Str(_)))
            .count();
        if strings == 2 {
            if let Some(v) = last_string_in(doc, &value.span).filter(|v| !v.is_reference()) {
                return v;
            }
        }
    }
    value.clone()
}

/// TLS for the clients with one switch for STARTTLS and one for implicit
/// TLS, neither on by default (Django, Flask-Mail): both on is a conflict
/// (Django raises `ValueError`), neither sends in clear. `truthy` is how
/// the client reads a switch's value; `absent` names the missing switch.
pub fn switch_tls(cfg: &Config, truthy: fn(&Value) -> Option<bool>, absent: &str) -> Tls {
    let read = |role: Role| cfg.get(role).map(|f| (f, truthy(&f.value)));
    let (starttls, implicit) = (read(Role::StartTls), read(Role::ImplicitTls));
    let mut tls = Tls::default();
    let unknown = [starttls, implicit]
        .iter()
        .flatten()
        .any(|(_, on)| on.is_none());
    let on = |s: Option<(&crate::model::Field, Option<bool>)>| {
        s.filter(|(_, on)| *on == Some(true))
            .map(|(f, _)| Evidence::of(f))
    };
    tls.implicit = on(implicit);
    tls.starttls = on(starttls);
    tls.conflicting = tls.implicit.is_some() && tls.starttls.is_some();
    tls.mode = if tls.conflicting {
        None
    } else if tls.implicit.is_some() {
        Some(Security::Implicit)
    } else if tls.starttls.is_some() {
        Some(Security::StartTls)
    } else if unknown {
        None
    } else {
        tls.disabled = Some(match starttls {
            Some((f, _)) => Evidence::of(f),
            None => Evidence::absent(absent),
        });
        Some(Security::None)
    };
    tls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_or_env() {
        assert!(is_python(&Document::new("EMAIL_HOST = 'smtp.x.com'\n")));
        assert!(is_python(&Document::new(
            "EMAIL_HOST=os.environ.get('X')\n"
        )));
        assert!(!is_python(&Document::new(
            "EMAIL_HOST=smtp.x.com\nEMAIL_USE_TLS=True\n"
        )));
    }

    #[test]
    fn truthiness() {
        let v = |t: &str, q| Value {
            text: t.into(),
            span: 0..t.len(),
            quote: q,
            verbatim: true,
            reference: None,
        };
        assert_eq!(py_truthy(&v("False", Quote::Single)), Some(true));
        assert_eq!(py_truthy(&v("", Quote::Single)), Some(false));
        assert_eq!(py_truthy(&v("False", Quote::None)), Some(false));
        assert_eq!(py_truthy(&v("1", Quote::None)), Some(true));
        assert_eq!(py_truthy(&v("maybe", Quote::None)), None);
    }

    #[test]
    fn tuple_sender() {
        let src = "MAIL_DEFAULT_SENDER = ('Acme', 'noreply@acme.io')\n";
        let doc = Document::new(src);
        let a = &doc.code[0];
        assert_eq!(sender_of(&doc, &a.value).text, "noreply@acme.io");
    }
}
