//! The edit engine: changes written in the dialect's own syntax.
//!
//! Everything here works from the exact byte spans the extractors recorded
//! and refuses (returns `None`) whenever the text at a span is not what the
//! configuration says it is: a derived value (a preset, a decoded escape),
//! a reference, an anchor line that holds more than one setting. A fix that
//! cannot be written exactly is not offered.

use crate::extract::profile::write::{key_matches, with_last_segment, yaml_needs_quotes};
use crate::extract::Config;
use crate::model::{Field, Quote, Role, Setting, SettingValue, Syntax};
use crate::report::Edit;

/// Siblings tried, in order, to model an inserted line on.
const ANCHORS: [Role; 8] = [
    Role::Port,
    Role::Host,
    Role::Encryption,
    Role::StartTls,
    Role::ImplicitTls,
    Role::Scheme,
    Role::Auth,
    Role::From,
];

/// The edits that write `settings` into `cfg`, or `None` when one of them
/// cannot be written exactly. Settings already as wanted give no edit.
pub fn plan(input: &str, cfg: &Config, settings: &[Setting]) -> Option<Vec<Edit>> {
    plan_each(input, cfg, settings).map(|(edits, _)| edits)
}

/// [`plan`], also saying which settings changed something.
pub fn plan_each(
    input: &str,
    cfg: &Config,
    settings: &[Setting],
) -> Option<(Vec<Edit>, Vec<bool>)> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut changed = Vec::new();
    for s in settings {
        let existing = find(cfg, s);
        // A reference (`env('X')`) is the user's to change, and adding the
        // setting again beside it would be a duplicate.
        if existing.is_some_and(|f| f.value.is_reference()) {
            return None;
        }
        let new = match (existing, &s.value) {
            (None, SettingValue::Remove) => Vec::new(),
            (None, _) if !s.insert || s.key.is_empty() => Vec::new(),
            (None, _) => insert(input, cfg, s, &edits)?,
            (Some(f), SettingValue::Remove) => remove_line(input, cfg, f)?,
            (Some(f), value) => replace(input, cfg, f, value)?,
        };
        changed.push(!new.is_empty());
        edits.extend(new);
    }
    Some((merge_inserts(edits), changed))
}

/// Insertions at the same place become one edit, in setting order.
fn merge_inserts(edits: Vec<Edit>) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    for e in edits {
        match out
            .iter_mut()
            .find(|o| o.start == o.end && e.start == e.end && o.start == e.start)
        {
            Some(o) => o.text.push_str(&e.text),
            None => out.push(e),
        }
    }
    out
}

/// The field a setting changes: the one the client uses among those of
/// the role whose key ends with the setting's key.
fn find<'c>(cfg: &'c Config, s: &Setting) -> Option<&'c Field> {
    let mut matching = cfg.all(s.role).filter(|f| key_matches(&f.key, s.key));
    if cfg.dialect.first_wins() {
        matching.next()
    } else {
        matching.last()
    }
}

/// Whether the text at the value's span is exactly its text.
pub fn exact(input: &str, f: &Field) -> bool {
    f.value.verbatim && input.get(f.value.span.clone()) == Some(f.value.text.as_str())
}

/// The quote characters around a value, when they are really there.
fn quotes_around(input: &str, f: &Field) -> Option<(usize, usize)> {
    let q = match f.value.quote {
        Quote::Single => '\'',
        Quote::Double => '"',
        Quote::Backtick => '`',
        Quote::None | Quote::Other => return None,
    };
    let (s, e) = (f.value.span.start, f.value.span.end);
    let open = input.get(..s)?.ends_with(q);
    let close = input.get(e..)?.starts_with(q);
    (open && close).then_some((s - 1, e + 1))
}

/// The quote character another value of the configuration is written with.
fn quote_of_config(cfg: &Config) -> Option<char> {
    cfg.fields.iter().find_map(|f| match f.value.quote {
        Quote::Single => Some('\''),
        Quote::Double => Some('"'),
        _ => None,
    })
}

/// Replaces an existing field's value, keeping its quoting.
fn replace(input: &str, cfg: &Config, f: &Field, value: &SettingValue) -> Option<Vec<Edit>> {
    if !exact(input, f) {
        return None;
    }
    let span = f.value.span.clone();
    let quoted = quotes_around(input, f);
    let same = |v: &str| f.value.text.trim().eq_ignore_ascii_case(v);
    let (range, text) = match value {
        SettingValue::Text(v) if same(v) => return Some(Vec::new()),
        // A bare YAML word for an environment variable: a string.
        SettingValue::Text(v)
            if quoted.is_none() && f.syntax == Syntax::Yaml && yaml_needs_quotes(&f.key, v) =>
        {
            let q = quote_of_config(cfg).unwrap_or('"');
            (span, format!("{q}{v}{q}"))
        }
        SettingValue::Text(v) => (span, v.clone()),
        SettingValue::Quoted(v) => match quoted {
            Some(_) if same(v) => return Some(Vec::new()),
            Some(_) => (span, v.clone()),
            None => {
                let q = quote_of_config(cfg).unwrap_or('\'');
                (span, format!("{q}{v}{q}"))
            }
        },
        SettingValue::Bare(v) => match quoted {
            Some((s, e)) => (s..e, v.clone()),
            None if same(v) => return Some(Vec::new()),
            None => (span, v.clone()),
        },
        SettingValue::Remove => return None,
    };
    Some(vec![Edit {
        start: range.start,
        end: range.end,
        text,
    }])
}

/// The line holding `offset`: start, and end before its line break.
fn line_of(input: &str, offset: usize) -> Option<(usize, usize)> {
    let before = input.get(..offset)?;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let rest = &input[offset..];
    let mut end = offset + rest.find('\n').unwrap_or(rest.len());
    if input.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && end > offset {
        end -= 1;
    }
    Some((start, end))
}

/// The line break after the line ending at `end` (`\r\n`, `\n`, or none at
/// the end of the text) and the file's usual one.
fn line_break(input: &str, end: usize) -> (&'static str, &'static str) {
    let here = if input[end..].starts_with("\r\n") {
        "\r\n"
    } else if input[end..].starts_with('\n') {
        "\n"
    } else {
        ""
    };
    let usual = match input.find('\n') {
        Some(i) if i > 0 && input.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    (here, usual)
}

/// A sibling line split around its key and value, when it holds exactly
/// one setting of the configuration.
struct Sibling<'a> {
    /// Line start, indentation and what precedes the key (`define('`, `$mail->`).
    lead: &'a str,
    /// The key as written.
    key: &'a str,
    /// Between key and value (`=`, `: `, `', '`, ` = "`).
    mid: &'a str,
    /// What closes the line before any comment (`"`, `,`, `');`).
    tail: &'a str,
    /// Line end (before the line break).
    end: usize,
    quoted: Option<(usize, usize)>,
}

fn sibling<'a>(input: &'a str, cfg: &Config, f: &Field) -> Option<Sibling<'a>> {
    if !f.value.verbatim || f.key_span.is_empty() || f.key_span.end > f.value.span.start {
        return None;
    }
    let (ls, le) = line_of(input, f.key_span.start)?;
    if f.value.span.end > le {
        return None; // a multi-line value
    }
    // Exactly one setting on the line.
    let others = cfg
        .fields
        .iter()
        .any(|o| !std::ptr::eq(o, f) && o.whole_span().start < le && o.whole_span().end > ls);
    if others {
        return None;
    }
    let mid = input.get(f.key_span.end..f.value.span.start)?;
    if mid.contains(['(', '\n']) || mid.trim().is_empty() && !mid.contains(' ') || mid.len() > 12 {
        return None;
    }
    let after = input.get(f.value.span.end..le)?;
    let tail_len = after
        .char_indices()
        .find(|(_, c)| !matches!(c, '\'' | '"' | '`' | ',' | ';' | ')' | ' ' | '\t'))
        .map_or(after.len(), |(i, _)| i);
    let tail = after[..tail_len].trim_end();
    let lead = input.get(ls..f.key_span.start)?;
    // Brackets opened before the key must close on the line (`define(…);`),
    // and none may close that did not open there (`})`).
    let opens = lead.matches('(').count();
    if tail.matches(')').count() != opens || lead.contains(['{', '[']) && !lead.contains("['") {
        return None;
    }
    Some(Sibling {
        lead,
        key: input.get(f.key_span.clone())?,
        mid,
        tail,
        end: le,
        quoted: quotes_around(input, f),
    })
}

/// Inserts a setting on a new line after a sibling of the configuration.
fn insert(input: &str, cfg: &Config, s: &Setting, planned: &[Edit]) -> Option<Vec<Edit>> {
    let order = s.near.into_iter().chain(ANCHORS);
    let (anchor, sib) = order
        .filter_map(|role| cfg.get(role))
        .filter(|f| !f.value.is_reference() || f.value.verbatim)
        .find_map(|f| sibling(input, cfg, f).map(|sib| (f, sib)))?;
    let value = match &s.value {
        SettingValue::Text(v) | SettingValue::Quoted(v) | SettingValue::Bare(v) => v,
        SettingValue::Remove => return None,
    };
    let mut mid = sib.mid.to_string();
    let mut tail = sib.tail.to_string();
    let (open, close) = match (&s.value, sib.quoted) {
        // A bare literal after a quoted sibling: without its quotes.
        (SettingValue::Bare(_), Some(_)) => {
            mid.pop();
            tail.remove(0);
            (String::new(), String::new())
        }
        (SettingValue::Quoted(_), None) => {
            let q = quote_of_config(cfg).unwrap_or('\'').to_string();
            (q.clone(), q)
        }
        // An environment variable in YAML (a compose `environment:` map):
        // a boolean word is written as a string.
        (SettingValue::Text(v), None)
            if anchor.syntax == Syntax::Yaml && yaml_needs_quotes(s.key, v) =>
        {
            let q = quote_of_config(cfg).unwrap_or('"').to_string();
            (q.clone(), q)
        }
        _ => (String::new(), String::new()),
    };
    let (here, usual) = line_break(input, sib.end);
    let key = with_last_segment(sib.key, s.key);
    // Padding that aligns the sibling's separator (`:ssl       =>`) keeps
    // the column where the new key allows it, and at least one space.
    let pad = mid.len() - mid.trim_start_matches(' ').len();
    if pad > 1 {
        let width = (sib.key.chars().count() + pad).saturating_sub(key.chars().count());
        mid = format!("{}{}", " ".repeat(width.max(1)), &mid[pad..]);
    }
    let line = format!("{}{key}{mid}{open}{value}{close}{tail}", sib.lead);
    let mut edits = Vec::new();
    // A comma-separated list (JSON, JS, PHP arrays) whose sibling is its
    // last item: the sibling gets the comma the new last item does not need.
    // Only siblings written like the anchor (same lead) count.
    // Neighbours suffice (and keep this linear on a pathological paste).
    let at = cfg
        .fields
        .iter()
        .position(|f| std::ptr::eq(f, anchor))
        .unwrap_or(0);
    let commas = cfg.fields[at.saturating_sub(8)..(at + 8).min(cfg.fields.len())]
        .iter()
        .filter_map(|f| sibling(input, cfg, f))
        .any(|o| o.lead == sib.lead && o.tail.contains(','));
    if commas && !sib.tail.contains([',', ';']) {
        let at = sib.quoted.map_or(anchor.value.span.end, |(_, e)| e);
        if !planned.iter().any(|e| e.start < at && e.end > at) {
            edits.push(Edit {
                start: at,
                end: at,
                text: ",".into(),
            });
        }
    }
    let text = if here.is_empty() {
        format!("{usual}{line}")
    } else {
        format!("{line}{here}")
    };
    let at = sib.end + here.len();
    edits.push(Edit {
        start: at,
        end: at,
        text,
    });
    Some(edits)
}

/// Removes the whole line of a field that stands alone on it.
fn remove_line(input: &str, cfg: &Config, f: &Field) -> Option<Vec<Edit>> {
    let sib = sibling(input, cfg, f)?;
    let (ls, _) = line_of(input, f.key_span.start)?;
    let (here, _) = line_break(input, sib.end);
    Some(vec![Edit {
        start: ls,
        end: sib.end + here.len(),
        text: String::new(),
    }])
}

/// Edits deleting every character of a value for which `remove` holds
/// (runs of them become one edit). Only for exact values.
pub fn delete_chars(
    input: &str,
    f: &Field,
    remove: impl Fn(usize, char, &str) -> bool,
) -> Option<Vec<Edit>> {
    if !exact(input, f) {
        return None;
    }
    let text = &f.value.text;
    let mut edits: Vec<Edit> = Vec::new();
    for (i, c) in text.char_indices() {
        if !remove(i, c, text) {
            continue;
        }
        let start = f.value.span.start + i;
        let end = start + c.len_utf8();
        match edits.last_mut() {
            Some(last) if last.end == start => last.end = end,
            _ => edits.push(Edit {
                start,
                end,
                text: String::new(),
            }),
        }
    }
    (!edits.is_empty()).then_some(edits)
}

/// One edit replacing a whole (non-secret) value inside its quotes.
pub fn replace_text(input: &str, f: &Field, text: &str) -> Option<Vec<Edit>> {
    if !exact(input, f) || f.value.text == text {
        return None;
    }
    Some(vec![Edit {
        start: f.value.span.start,
        end: f.value.span.end,
        text: text.to_string(),
    }])
}
