//! References whose definition is in the same paste: a `.env` `${VAR}`
//! defined above, a Python/JS/Go/Ruby variable or constant assigned a
//! literal, a PHP `define()` or class constant (`self::HOST`,
//! `Mailer::HOST`), a JavaScript shorthand `{ host }`. The entry then
//! carries the literal's value and span, so it is judged as that value and
//! a finding points at the place the value is written.
//!
//! One pass in text order: a definition made of a reference that was
//! itself resolved counts as a literal for the uses after it.

use std::collections::HashMap;

use super::refs::env_var_name;
use super::{flag, Document, ScopeKind, SegKind, Syntax, Val, ValKind};

/// Whether a resolved entry's value came from a definition elsewhere.
pub const RESOLVED: u8 = flag::RESOLVED;

/// Resolves what can be resolved; leaves everything else as it is.
pub fn resolve(doc: &mut Document) {
    let n = doc.entries.len();
    if n == 0 {
        return;
    }
    // Entries in text order (readers mostly push in order; copies from YAML
    // anchors and setters do not).
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| doc.entries[i as usize].key.start);
    // name → (position, value) of literal definitions, in text order.
    let mut defs: HashMap<String, Vec<(u32, Val)>> = HashMap::new();
    for &i in &order {
        let e = &doc.entries[i as usize];
        if e.commented() {
            continue;
        }
        if e.value.kind == ValKind::Reference {
            if let Some(v) = lookup(doc, &defs, i as usize) {
                let e = &mut doc.entries[i as usize];
                e.value = v;
                e.flags |= RESOLVED;
            }
        }
        let e = &doc.entries[i as usize];
        if e.value.kind == ValKind::Literal {
            if let Some(name) = definition_name(doc, i as usize) {
                defs.entry(name)
                    .or_default()
                    .push((e.key.start, e.value.clone()));
            }
        }
    }
}

/// The name an entry defines, when it is a definition: an environment
/// variable, a top-level or class-level variable/constant in code.
fn definition_name(doc: &Document, i: usize) -> Option<String> {
    let e = &doc.entries[i];
    let own = doc.own_segs(e.segs);
    let last = own.last()?;
    if last.kind != SegKind::Key {
        return None;
    }
    let name = last.text(doc.input);
    if name.is_empty() || name.len() > 128 {
        return None;
    }
    match e.syntax {
        Syntax::Env => Some(format!("$ {name}")),
        Syntax::Code(_) => {
            if own.len() != 1 {
                return None;
            }
            let scope = &doc.scopes[e.scope as usize];
            match scope.kind {
                // `HOST = 'x'` at the top or in a function; `const HOST` in a class.
                ScopeKind::Region | ScopeKind::Block => Some(format!("= {name}")),
                ScopeKind::Map if scope.segs.len == 1 => {
                    let class = doc.own_segs(scope.segs)[0].text(doc.input);
                    Some(format!(":: {class}::{name}"))
                }
                _ => None,
            }
        }
        // Other formats: a flat key can stand for a variable (`.env`-like
        // INI without sections, compose `environment:`).
        Syntax::Ini | Syntax::Yaml | Syntax::Conf | Syntax::Properties => {
            (own.len() == 1 && is_var_name(name)).then(|| format!("$ {name}"))
        }
        _ => None,
    }
}

fn is_var_name(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
        && s.as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
}

/// The literal a reference entry stands for, when the paste defines it.
fn lookup(doc: &Document, defs: &HashMap<String, Vec<(u32, Val)>>, i: usize) -> Option<Val> {
    let e = &doc.entries[i];
    let text = doc.text_of(&e.value).trim();
    let at = e.key.start;
    let key = match e.syntax {
        Syntax::Code(lang) => code_name(doc, i, text, lang)?,
        _ => format!("$ {}", env_var_name(text)?),
    };
    let list = defs.get(&key).or_else(|| {
        // `${VAR}` in code strings and `ENV['X']`-free forms: an env
        // variable written in the paste.
        if let Syntax::Code(_) = e.syntax {
            env_var_name(text).and_then(|n| defs.get(&format!("$ {n}")))
        } else {
            None
        }
    })?;
    // The last definition before the use, else the first after it.
    let before = list.iter().rev().find(|(p, _)| *p < at);
    let chosen = before.or_else(|| list.iter().find(|(p, _)| *p > at))?;
    Some(chosen.1.clone())
}

/// The definition key a code reference names: `HOST`, `self::HOST`,
/// `Mailer::HOST`, `static::HOST`.
fn code_name(doc: &Document, i: usize, text: &str, lang: super::code::Lang) -> Option<String> {
    use super::code::Lang;
    let ident = |s: &str| is_var_name(s.trim_start_matches('$'));
    if ident(text) && !text.is_empty() {
        // PHP constants (`SMTP_HOST`) and variables (`$host`) both.
        return Some(format!("= {text}"));
    }
    if let Some((class, name)) = text.rsplit_once("::").or_else(|| {
        // `Mailer.HOST` (Python/JS/Java class constant).
        if matches!(lang, Lang::Php) {
            None
        } else {
            text.rsplit_once('.')
        }
    }) {
        if !ident(name) {
            return None;
        }
        let class = match class {
            "self" | "static" | "this" | "cls" => enclosing_class(doc, i)?,
            c if ident(c) => c.to_string(),
            _ => return None,
        };
        return Some(format!(":: {class}::{name}"));
    }
    None
}

/// The class (named map scope) an entry sits in.
fn enclosing_class(doc: &Document, i: usize) -> Option<String> {
    let mut s = doc.entries[i].scope;
    loop {
        let scope = &doc.scopes[s as usize];
        if scope.kind == ScopeKind::Map && scope.segs.len == 1 {
            return Some(doc.own_segs(scope.segs)[0].text(doc.input).to_string());
        }
        if s == super::ROOT {
            return None;
        }
        s = scope.parent;
    }
}
