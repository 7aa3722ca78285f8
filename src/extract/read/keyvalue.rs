//! Line-based `key = value` formats, one reader with a flavor per syntax:
//!
//! * INI (`[section]`, `key = value` or `key: value`, `;`/`#` comments,
//!   indented continuation lines): php.ini, Gitea's app.ini, grafana.ini,
//!   Airflow's airflow.cfg, git config, Postfix main.cf, odoo.conf;
//! * Java `.properties` (`key=value`, `key: value`, `key value`, `#`/`!`
//!   comments, `\` continuations, `\uXXXX` escapes);
//! * `key value` conf lines (msmtp, sasl_passwd, ssmtp's `Key=value` too);
//! * TOML (`[table]`, `[[array]]`, dotted and quoted keys, basic, literal
//!   and multi-line strings, inline tables).
//!
//! Keys made of dotted names (`spring.mail.host`) are split into path
//! segments, so they match the same patterns as nested YAML or JSON.

use std::ops::Range;

use super::refs::{has_template, is_filled_in_var};
use super::strings::{self, Escapes};
use super::{flag, lines_in, Document, ScopeKind, Seg, Syntax, ValKind, ROOT};
use crate::model::Quote;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Ini,
    Properties,
    Conf,
    Toml,
}

impl Flavor {
    fn syntax(self) -> Syntax {
        match self {
            Flavor::Ini => Syntax::Ini,
            Flavor::Properties => Syntax::Properties,
            Flavor::Conf => Syntax::Conf,
            Flavor::Toml => Syntax::Toml,
        }
    }
}

/// Splits a dotted key into segments when every part is a name
/// (`spring.mail.host`, `mail.smtp.auth`); anything else is one segment
/// (`[smtp.postmarkapp.com]:587`, `user@host`).
pub fn key_segs(input: &str, span: Range<usize>) -> Vec<Seg> {
    // Most keys have no dot: one segment, in a vector of its size.
    if !input
        .as_bytes()
        .get(span.clone())
        .is_some_and(|k| k.contains(&b'.'))
    {
        return vec![Seg::key(span)];
    }
    // A part per dot, in a vector of that size (grown from empty, a
    // dotted properties key was two allocations and a copy).
    let dots = input.as_bytes()[span.clone()]
        .iter()
        .filter(|&&c| c == b'.')
        .count();
    let mut out = Vec::with_capacity(dots + 1);
    key_segs_into(input, span, &mut out);
    out
}

/// The bytes of a key part's name (one table look-up a byte: every code
/// setter's key is split here).
const KEY_PART: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'$');
        b += 1;
    }
    t
};

/// [`key_segs`] appended to `out` (a reused buffer: the code reader splits
/// every setter's key, and a `Vec` each cost more than the split).
pub fn key_segs_into(input: &str, span: Range<usize>, out: &mut Vec<Seg>) {
    let key = input.as_bytes().get(span.clone()).unwrap_or(&[]);
    let mark = out.len();
    // One pass: every part a non-empty name, pushed as it ends; anything
    // else takes the parts back and is one segment (every code setter and
    // YAML key comes through here).
    let mut s = span.start;
    for (i, &c) in key.iter().enumerate() {
        if c == b'.' {
            if i + span.start == s {
                out.truncate(mark);
                out.push(Seg::key(span));
                return;
            }
            out.push(Seg::key(s..span.start + i));
            s = span.start + i + 1;
        } else if !(KEY_PART[usize::from(c)]
            // MicroProfile/Quarkus profile prefix: `%prod.quarkus.mailer.host`.
            || (c == b'%' && i == 0))
        {
            out.truncate(mark);
            out.push(Seg::key(span));
            return;
        }
    }
    if s == span.end && s != span.start {
        // A trailing dot.
        out.truncate(mark);
        out.push(Seg::key(span));
        return;
    }
    out.push(Seg::key(s..span.end));
}

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32, flavor: Flavor) {
    let input = doc.input;
    let bytes = input.as_bytes();
    let mut section = scope;
    let mut lines = lines_in(input, region.clone()).peekable();
    // The last entry, for INI/main.cf continuation lines.
    let mut last: Option<usize> = None;
    // In a systemd unit's or Quadlet's section: directives, not settings.
    let mut unit = false;
    let mut tables = OpenTables::default();
    while let Some(range) = lines.next() {
        let line = &input[range.clone()];
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            last = None;
            continue;
        }
        let indent = line.len() - trimmed.len();
        let pos = range.start + indent;
        // Continuation of the previous value (INI/main.cf: indented line).
        if indent > 0 && matches!(flavor, Flavor::Ini) && !trimmed.starts_with(['#', ';']) {
            if let Some(i) = last {
                if !trimmed.contains('=') {
                    extend_value(doc, i, range.end);
                    continue;
                }
            }
        }
        let comment = match flavor {
            Flavor::Ini => trimmed.starts_with(['#', ';']),
            Flavor::Properties => trimmed.starts_with(['#', '!']),
            Flavor::Conf | Flavor::Toml => trimmed.starts_with('#'),
        };
        let (flags, body_at) = if comment {
            let r = trimmed.trim_start_matches(['#', ';', '!', ' ', '\t']);
            (flag::COMMENTED, pos + (trimmed.len() - r.len()))
        } else {
            (0, pos)
        };
        let body = &input[body_at..range.end];
        // Section headers.
        if body.starts_with('[') && flavor != Flavor::Properties && flavor != Flavor::Conf {
            if flags == 0 {
                if let Some(mut header) = section_header(input, body_at, range.end) {
                    let parent = if flavor == Flavor::Toml {
                        // A TOML table nests in the open one whose name
                        // starts its own (`[route.relay.tls]` in
                        // `[route.relay]`), as the file's data does.
                        let full: Vec<Range<u32>> = header.iter().map(|g| g.span.clone()).collect();
                        let (parent, own) = tables.enter(doc, range.start, scope, &full);
                        header.drain(..own);
                        tables.name = full;
                        parent
                    } else if flavor == Flavor::Ini {
                        doc.close(section, range.start);
                        scope
                    } else {
                        section
                    };
                    section = doc.open(parent, header, range.start, ScopeKind::Map);
                    if flavor == Flavor::Toml && section != parent {
                        tables.push(section);
                    }
                    last = None;
                    unit = flavor == Flavor::Ini && super::env::unit_section(body);
                }
            }
            continue;
        }
        if unit {
            // The environment it gives the program is the paste's, not
            // the section's.
            super::env::unit_directive(doc, body_at..range.end, scope, flags);
            continue;
        }
        // Properties: `\` continuation joins lines.
        let mut end = range.end;
        if flavor == Flavor::Properties {
            while input[body_at..end].ends_with('\\') && !input[body_at..end].ends_with("\\\\") {
                match lines.next() {
                    Some(next) => end = next.end,
                    None => break,
                }
            }
        }
        let before = doc.entries.len();
        match flavor {
            Flavor::Toml => toml_pair(doc, body_at, end, section, flags, &mut lines),
            _ => pair(doc, body_at..end, section, flavor, flags),
        }
        last = (doc.entries.len() > before && flags == 0).then(|| doc.entries.len() - 1);
        let _ = bytes;
    }
    doc.close(section, region.end);
    for (open, _) in tables.stack {
        doc.close(open, region.end);
    }
    if section != scope {
        doc.close(scope, region.end);
    }
    let _ = ROOT;
}

/// The TOML tables open at a header, outermost first: each one's scope
/// and full name (`[a]`, then `[a.b]` inside it).
#[derive(Default)]
struct OpenTables {
    stack: Vec<(u32, Vec<Range<u32>>)>,
    /// The full name of the header being opened.
    name: Vec<Range<u32>>,
}

impl OpenTables {
    /// Closes the open tables whose name does not start `name`; the
    /// innermost one that does (or `root`) is the new table's parent.
    /// Returns it and how many of `name`'s segments it already holds.
    fn enter(
        &mut self,
        doc: &mut Document,
        at: usize,
        root: u32,
        name: &[Range<u32>],
    ) -> (u32, usize) {
        let input = doc.input;
        let text = |r: &Range<u32>| &input[r.start as usize..r.end as usize];
        while let Some((open, path)) = self.stack.last() {
            if path.len() < name.len() && path.iter().zip(name).all(|(a, b)| text(a) == text(b)) {
                return (*open, path.len());
            }
            doc.close(*open, at);
            self.stack.pop();
        }
        (root, 0)
    }
    fn push(&mut self, scope: u32) {
        self.stack.push((scope, std::mem::take(&mut self.name)));
    }
}

/// `[section]`, `[a.b]`, `[[array]]`, `[remote "origin"]`,
/// `[queue.route."relay".tls]` → the name's segments.
fn section_header(input: &str, at: usize, end: usize) -> Option<Vec<Seg>> {
    let text = &input[at..end];
    let t = text.trim_end();
    let double = t.starts_with("[[");
    let open = if double { 2 } else { 1 };
    let close = t.rfind(']')?;
    if close < open || t[close + 1..].trim_start().starts_with(['=', ':']) {
        return None;
    }
    // After the header only a comment may follow.
    let tail = t[close + 1..].trim();
    if !(tail.is_empty() || tail.starts_with(['#', ';'])) {
        return None;
    }
    let inner = at + open..at + t[..close].trim_end_matches(']').len();
    let s = &input[inner.clone()];
    if s.is_empty() || s.contains('=') {
        return None;
    }
    if let Some(q) = s.find('"') {
        let before = s[..q].trim_end();
        // TOML: quoted parts of a dotted name keep their dots
        // (`[queue.route."smtp.example.com"]`, `["a.b"]`).
        if before.is_empty() || before.ends_with('.') {
            let (segs, stop) = toml_dotted(input, inner.start, inner.end)?;
            return input[stop..inner.end].trim().is_empty().then_some(segs);
        }
        // git config: `[sendemail "work"]` → sendemail.work
        let name = strings::trim(input, inner.start..inner.start + q);
        let sub = inner.start + q + 1..inner.end.saturating_sub(1).max(inner.start + q + 1);
        let mut segs = key_segs(input, name);
        segs.extend(key_segs(input, sub));
        return Some(segs);
    }
    Some(key_segs(input, strings::trim(input, inner)))
}

/// Appends a continuation line to the last entry's value.
fn extend_value(doc: &mut Document, index: usize, end: usize) {
    let v = doc.entries[index].value.clone();
    if v.quote != Quote::None {
        return;
    }
    let start = v.span().start;
    let joined: String = doc.input[start..end]
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let kind = v.kind;
    let val = doc.val(start..end, Some(joined), Quote::None, kind);
    doc.entries[index].value = val;
}

/// One `key = value` / `key: value` / `key value` line.
pub(super) fn pair(doc: &mut Document, range: Range<usize>, scope: u32, flavor: Flavor, flags: u8) {
    let input = doc.input;
    let text = &input[range.clone()];
    let bytes = text.as_bytes();
    // The key: up to the first separator (one table look-up a byte; most
    // bytes are none of the five).
    const SPECIAL: [bool; 256] = {
        let mut t = [false; 256];
        t[b'=' as usize] = true;
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
        t[b':' as usize] = true;
        t[b'\\' as usize] = true;
        t
    };
    let mut k = 0;
    while k < bytes.len() {
        let c = bytes[k];
        if SPECIAL[usize::from(c)] {
            if c == b'=' || c == b' ' || c == b'\t' {
                break;
            }
            if c == b':' && flavor != Flavor::Conf {
                break;
            }
            if c == b'\\' && flavor == Flavor::Properties {
                k += 2;
                continue;
            }
        }
        k += 1;
    }
    let k = k.min(bytes.len());
    if k == 0 || k > 200 {
        return;
    }
    let key = range.start..range.start + k;
    let rest = &text[k..];
    let rest_t = rest.trim_start_matches([' ', '\t']);
    let sep_at = range.end - rest_t.len();
    // `key => value` is a hash or array pair (Perl, PHP, Ruby): never
    // `key = >value` nor `key` with the value `=> value`.
    if rest_t.starts_with("=>") {
        return;
    }
    let value_start = match rest_t.as_bytes().first() {
        Some(b'=') => sep_at + 1,
        Some(b':') if flavor != Flavor::Conf => sep_at + 1,
        Some(_) if matches!(flavor, Flavor::Conf | Flavor::Properties) && sep_at > key.end => {
            sep_at
        }
        None if flavor == Flavor::Conf => range.end,
        _ => return,
    };
    // A commented-out line must still look like a setting.
    if flags & flag::COMMENTED != 0 && !plausible_key(&input[key.clone()]) {
        return;
    }
    if flavor == Flavor::Ini && !plausible_key(&input[key.clone()]) {
        return;
    }
    let value = match flavor {
        Flavor::Properties => properties_value(doc, value_start..range.end),
        Flavor::Conf => conf_value(doc, value_start..range.end),
        _ => ini_value(doc, value_start..range.end),
    };
    let segs = key_segs(input, key.clone());
    doc.push(scope, segs, key, value, flavor.syntax(), flags);
}

fn plausible_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 100
        && k.bytes().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b'_' | b'-' | b'.' | b'$' | b'[' | b']' | b'/' | b'@' | b':'
                )
        })
        && (k.as_bytes()[0].is_ascii_alphabetic() || matches!(k.as_bytes()[0], b'_' | b'[' | b'$'))
}

/// An INI value: quoted (`"…"`, `'…'`, Grafana's `"""…"""`, go-ini's
/// backticks) or bare up to an inline `;`/`#` comment.
fn ini_value(doc: &mut Document, range: Range<usize>) -> super::Val {
    let input = doc.input;
    let r = strings::trim(input, range.clone());
    let bytes = input.as_bytes();
    if r.start < r.end {
        let open = if input[r.clone()].starts_with("\"\"\"") {
            3
        } else {
            1
        };
        if matches!(bytes[r.start], b'"' | b'\'' | b'`') {
            // (ASCII quotes: the slice is on character boundaries.)
            let q = &input[r.start..r.start + open];
            let esc = if bytes[r.start] == b'"' && open == 1 {
                Escapes::Minimal
            } else {
                Escapes::None
            };
            if let Some(s) = strings::read(input, r.start, open, q, esc, false) {
                // (A string read past the line, a `'''` opening a longer
                // one, is no value of this line.)
                let rest = input.get(s.after..r.end).map(str::trim_start);
                if rest.is_some_and(|t| t.is_empty() || t.starts_with([';', '#'])) {
                    let quote = match bytes[r.start] {
                        b'\'' => Quote::Single,
                        b'"' if open == 1 => Quote::Double,
                        b'`' => Quote::Backtick,
                        _ => Quote::Other,
                    };
                    // Borrowed, not copied: only looked at here.
                    let text = s.decoded.as_deref().unwrap_or(&input[s.content.clone()]);
                    let kind = if has_template(text, false) {
                        ValKind::Reference
                    } else {
                        ValKind::Literal
                    };
                    return doc.val(s.content, s.decoded, quote, kind);
                }
            }
        }
    }
    let line = &input[r.clone()];
    // `key = ; what it is` (Matomo's global.ini.php): a `;` and a blank
    // where the value starts is a comment, and the value empty.
    let empty = line == ";" || line.starts_with("; ") || line.starts_with(";\t");
    // The first ` ;`, `\t;`, ` #` or `\t#`: one pass over the value's bytes
    // (four substring searches set up per value cost more than the value).
    let cut = line
        .as_bytes()
        .windows(2)
        .position(|w| matches!(w[0], b' ' | b'\t') && matches!(w[1], b';' | b'#'))
        .map_or(r.end, |i| r.start + i);
    let cut = if empty { r.start } else { cut };
    let t = strings::trim(input, r.start..cut);
    let kind = if has_template(&input[t.clone()], false) || is_filled_in_var(&input[t.clone()]) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(t, None, Quote::None, kind)
}

/// A `.properties` value: the rest of the logical line, escapes decoded,
/// continuation backslashes and the next lines' indentation removed.
fn properties_value(doc: &mut Document, range: Range<usize>) -> super::Val {
    let input = doc.input;
    let r = strings::trim(input, range);
    let raw = &input[r.clone()];
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    let mut changed = false;
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        changed = true;
        match chars.next() {
            Some((_, '\n')) | Some((_, '\r')) => {
                while let Some(&(_, n)) = chars.peek() {
                    if matches!(n, ' ' | '\t' | '\n' | '\r') {
                        chars.next();
                    } else {
                        break;
                    }
                }
            }
            Some((_, 'u')) => {
                if let Some((ch, len)) = strings::unicode_escape(&raw[i..]) {
                    out.push(ch);
                    for _ in 0..len - 2 {
                        chars.next();
                    }
                }
            }
            Some((_, 't')) => out.push('\t'),
            Some((_, 'n')) => out.push('\n'),
            Some((_, 'r')) => out.push('\r'),
            Some((_, o)) => out.push(o),
            None => {}
        }
    }
    let kind = if has_template(&out, false) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(r, changed.then_some(out), Quote::None, kind)
}

/// A `key value` conf argument: the rest of the line, surrounding double
/// quotes removed (msmtp).
fn conf_value(doc: &mut Document, range: Range<usize>) -> super::Val {
    let input = doc.input;
    let r = strings::trim(input, range);
    let s = &input[r.clone()];
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
        let inner = r.start + 1..r.end - 1;
        let kind = if has_template(&input[inner.clone()], false) {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        return doc.val(inner, None, Quote::Double, kind);
    }
    let kind = if has_template(s, false) || is_filled_in_var(s) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    doc.val(r, None, Quote::None, kind)
}

/// One TOML `key = value` (with dotted/quoted keys, inline tables,
/// multi-line strings and arrays, which may run over several lines).
fn toml_pair(
    doc: &mut Document,
    at: usize,
    line_end: usize,
    scope: u32,
    flags: u8,
    lines: &mut std::iter::Peekable<super::LineIter<'_>>,
) {
    let input = doc.input;
    let Some((segs, key, eq)) = toml_key(input, at, line_end) else {
        return;
    };
    let vstart = eq + 1;
    let end = toml_value(doc, vstart, input.len(), scope, segs, key, flags);
    // Skip the lines a multi-line value consumed.
    while lines.peek().is_some_and(|r| r.start < end) {
        lines.next();
    }
}

/// A TOML key (bare, quoted or dotted) before `=`: its segments, the key
/// span and the position of `=`.
fn toml_key(input: &str, at: usize, end: usize) -> Option<(Vec<Seg>, Range<usize>, usize)> {
    let (segs, i) = toml_dotted(input, at, end)?;
    if input.as_bytes().get(i) == Some(&b'=') && i < end {
        let key = at..input[at..i].trim_end().len() + at;
        return Some((segs, key, i));
    }
    None
}

/// A TOML dotted name from `at` (bare and quoted parts, spaces around
/// the dots): its segments and where it stops (past trailing spaces).
fn toml_dotted(input: &str, at: usize, end: usize) -> Option<(Vec<Seg>, usize)> {
    let bytes = input.as_bytes();
    let mut i = at;
    let mut segs = Vec::new();
    loop {
        while i < end && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= end {
            return None;
        }
        if matches!(bytes[i], b'"' | b'\'') {
            let q = &input[i..i + 1];
            let esc = if q == "\"" {
                Escapes::Backslash
            } else {
                Escapes::None
            };
            let s = strings::read(input, i, 1, q, esc, false)?;
            segs.push(Seg::key(s.content));
            i = s.after;
        } else {
            let s = i;
            while i < end && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'-')) {
                i += 1;
            }
            if i == s {
                return None;
            }
            segs.push(Seg::key(s..i));
        }
        while i < end && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'.') && i < end {
            i += 1;
        } else {
            return Some((segs, i));
        }
    }
}

/// Reads a TOML value at `start` (after `=`), pushing entries; returns
/// where it ends.
fn toml_value(
    doc: &mut Document,
    start: usize,
    limit: usize,
    scope: u32,
    segs: Vec<Seg>,
    key: Range<usize>,
    flags: u8,
) -> usize {
    let input = doc.input;
    let bytes = input.as_bytes();
    let mut i = start;
    while i < limit && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    let line_end = super::line_break(&bytes[i..limit]).map_or(limit, |p| i + p);
    let rest = &input[i..line_end];
    let quoted = |open: usize, close: &str, esc: Escapes, multi: bool| {
        strings::read(input, i, open, close, esc, multi)
    };
    let (s, quote) = if rest.starts_with("\"\"\"") {
        (quoted(3, "\"\"\"", Escapes::Backslash, true), Quote::Other)
    } else if rest.starts_with("'''") {
        (quoted(3, "'''", Escapes::None, true), Quote::Other)
    } else if rest.starts_with('"') {
        (quoted(1, "\"", Escapes::Backslash, false), Quote::Double)
    } else if rest.starts_with('\'') {
        (quoted(1, "'", Escapes::None, false), Quote::Single)
    } else {
        (None, Quote::None)
    };
    if let Some(s) = s {
        let text = s.decoded.as_deref().unwrap_or(&input[s.content.clone()]);
        let kind = if has_template(text, false) {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        let v = doc.val(s.content, s.decoded, quote, kind);
        doc.push(scope, segs, key, v, Syntax::Toml, flags);
        return s.after;
    }
    if rest.starts_with('{') {
        // Inline table: `smtp = { host = "x", port = 587 }`.
        let table = doc.open(scope, segs, i, ScopeKind::Map);
        let mut j = i + 1;
        let mut guard = 0;
        while j < line_end && guard < 1024 {
            guard += 1;
            let Some((inner_segs, inner_key, eq)) = toml_key(input, j, line_end) else {
                break;
            };
            j = toml_value(doc, eq + 1, line_end, table, inner_segs, inner_key, flags);
            while j < line_end && matches!(bytes[j], b' ' | b'\t' | b',') {
                j += 1;
            }
            if bytes.get(j) == Some(&b'}') {
                j += 1;
                break;
            }
        }
        doc.close(table, j);
        return j;
    }
    if rest.starts_with('[') {
        // Arrays: skipped (they hold no single setting), across lines.
        let mut depth = 0usize;
        let mut j = i;
        while j < limit {
            match bytes[j] {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return j + 1;
                    }
                }
                b'"' | b'\'' => {
                    let q = &input[j..j + 1];
                    match strings::read(input, j, 1, q, Escapes::Backslash, false) {
                        Some(s) => {
                            j = s.after;
                            continue;
                        }
                        None => return line_end,
                    }
                }
                b'#' => {
                    j = input[j..limit].find('\n').map_or(limit, |p| j + p);
                    continue;
                }
                _ => {}
            }
            j += 1;
        }
        return limit;
    }
    // Bare value: number, boolean, date; up to a comment or `,`/`}` in a table.
    // A `;` comment where the value starts (never TOML, but INI files with
    // quoted values read as TOML: Matomo's `transport = ; smtp or empty`)
    // leaves it empty.
    let ini_comment = rest == ";" || rest.starts_with("; ") || rest.starts_with(";\t");
    let cut = if ini_comment {
        0
    } else {
        rest.find([',', '}', '#']).unwrap_or(rest.len())
    };
    let t = strings::trim(input, i..i + cut);
    let v = doc.val(t, None, Quote::None, ValKind::Literal);
    doc.push(scope, segs, key, v, Syntax::Toml, flags);
    i + cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_kv(input: &str, flavor: Flavor) -> Vec<(String, String, bool)> {
        super::super::entries_read_by(input, |doc, r, scope| read(doc, r, scope, flavor))
    }

    /// An upper-case `$NAME` as a whole conf or INI value is a placeholder
    /// filled in before the program reads the file (an envsubst template).
    #[test]
    fn filled_in_variables_are_references() {
        let doc = Document::read("account default\nhost $MSMTP_HOST\nport 587\npassword $ecret\n");
        let kinds: Vec<(&str, ValKind)> = doc
            .entries
            .iter()
            .map(|e| (doc.text_of(&e.value), e.value.kind))
            .collect();
        assert!(
            kinds.contains(&("$MSMTP_HOST", ValKind::Reference)),
            "{kinds:?}"
        );
        assert!(kinds.contains(&("$ecret", ValKind::Literal)), "{kinds:?}");
    }

    /// A systemd unit read as INI: its sections' directives (`User=`,
    /// `ExecStart=`) are not settings; its `Environment=` words are the
    /// program's variables, at the paste's level; other sections read as before.
    #[test]
    fn a_systemd_unit_gives_only_its_environment() {
        let got = read_kv(
            "[Service]\nUser=mailer\nEnvironment=\"SMTP_HOST=smtp.postmarkapp.com\" \"SMTP_PORT=587\"\nExecStart=/usr/bin/app\n[smtp]\nuser = tok\n",
            Flavor::Ini,
        );
        let kv: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        assert_eq!(
            kv,
            [
                ("SMTP_HOST", "smtp.postmarkapp.com"),
                ("SMTP_PORT", "587"),
                ("smtp.user", "tok")
            ]
        );
    }

    /// `=>` is a pair's arrow, in every flavor: never `=` then a value
    /// starting with `>`, nor a conf key whose value is `=> …`.
    #[test]
    fn a_fat_arrow_is_never_a_separator() {
        for flavor in [Flavor::Ini, Flavor::Conf, Flavor::Properties] {
            let got = read_kv(
                "host => 'smtp.postmarkapp.com',\nport=>465\nuser = tok\n",
                flavor,
            );
            let kv: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
            assert_eq!(kv, [("user", "tok")], "{flavor:?}");
        }
    }

    #[test]
    fn dotted_keys_split_only_into_names() {
        let parts = |key: &str| -> Vec<String> {
            let input = format!("  {key}");
            key_segs(&input, 2..input.len())
                .iter()
                .map(|s| s.text(&input).to_string())
                .collect()
        };
        assert_eq!(parts("mail.smtp.host"), ["mail", "smtp", "host"]);
        assert_eq!(parts("a-b.$c_1"), ["a-b", "$c_1"]);
        // A MicroProfile profile prefix is the first segment; `%` elsewhere is not a name.
        assert_eq!(
            parts("%prod.quarkus.mailer.host"),
            ["%prod", "quarkus", "mailer", "host"]
        );
        assert_eq!(parts("a.%b"), ["a.%b"]);
        for one in [
            "host",
            "a..b",
            ".a",
            "a.",
            ".",
            "",
            "smtp.x.io:587",
            "a.b c",
            "é.x",
        ] {
            assert_eq!(parts(one), [one], "{one:?}");
        }
    }

    #[test]
    fn ini_sections_and_comments() {
        let got = read_kv(
            "[smtp]\nenabled = true\nhost = smtp.postmarkapp.com:587 ; inline\n;password = old\npassword = \"\"\"#abc;\"\"\"\n[mailer]\nSMTP_ADDR=smtp.postmarkapp.com\n",
            Flavor::Ini,
        );
        assert_eq!(got[0], ("smtp.enabled".into(), "true".into(), false));
        assert_eq!(
            got[1],
            ("smtp.host".into(), "smtp.postmarkapp.com:587".into(), false)
        );
        assert_eq!(got[2], ("smtp.password".into(), "old".into(), true));
        assert_eq!(got[3], ("smtp.password".into(), "#abc;".into(), false));
        assert_eq!(
            got[4],
            (
                "mailer.SMTP_ADDR".into(),
                "smtp.postmarkapp.com".into(),
                false
            )
        );
    }

    #[test]
    fn ini_comment_where_the_value_starts_leaves_it_empty() {
        let got = read_kv(
            "[mail]\ntransport = ; smtp or empty\nhost =;\nport = ;\npassword = ;x;y\n",
            Flavor::Ini,
        );
        assert_eq!(got[0], ("mail.transport".into(), "".into(), false));
        assert_eq!(got[1].1, "");
        assert_eq!(got[2].1, "");
        // A value that merely starts with `;` stays.
        assert_eq!(got[3].1, ";x;y");
    }

    #[test]
    fn toml_read_ini_comment_where_the_value_starts_leaves_it_empty() {
        let got = read_kv(
            "[mail]\nhost = \"smtp.postmarkapp.com\"\ntransport = ; smtp or empty\nport = 587\n",
            Flavor::Toml,
        );
        assert_eq!(got[1], ("mail.transport".into(), "".into(), false));
        assert_eq!(got[2].1, "587");
    }

    #[test]
    fn main_cf_continuations() {
        let got = read_kv(
            "relayhost = [smtp.postmarkapp.com]:587\nsmtp_tls_protocols = !SSLv2,\n    !SSLv3\n",
            Flavor::Ini,
        );
        assert_eq!(got[0].1, "[smtp.postmarkapp.com]:587");
        assert_eq!(got[1].1, "!SSLv2, !SSLv3");
    }

    #[test]
    fn properties_split_dotted_keys() {
        let got = read_kv(
            "spring.mail.host=smtp.postmarkapp.com\nspring.mail.password: a\\u0020b\n! old\nmail.smtp.auth true\n",
            Flavor::Properties,
        );
        assert_eq!(got[0].0, "spring.mail.host");
        assert_eq!(got[1], ("spring.mail.password".into(), "a b".into(), false));
        assert_eq!(got[2], ("mail.smtp.auth".into(), "true".into(), false));
    }

    #[test]
    fn conf_lines() {
        let got = read_kv(
            "account postmark\nhost smtp.postmarkapp.com\npassword \"a b\"\n[smtp.postmarkapp.com]:587 tok:tok\nauth\n",
            Flavor::Conf,
        );
        assert_eq!(got[0], ("account".into(), "postmark".into(), false));
        assert_eq!(got[2].1, "a b");
        assert_eq!(got[3].0, "[smtp.postmarkapp.com]:587");
        assert_eq!(got[4], ("auth".into(), "".into(), false));
    }

    #[test]
    fn toml_tables_and_inline() {
        let got = read_kv(
            "[mailer]\nhost = \"smtp.postmarkapp.com\" # c\nport = 587\nsmtp = { user = 'u', pass = \"p\\\"q\" }\nlist = [\n 1,\n 2 ]\n\"a.b\".c = true\n",
            Flavor::Toml,
        );
        assert_eq!(
            got[0],
            ("mailer.host".into(), "smtp.postmarkapp.com".into(), false)
        );
        assert_eq!(got[1], ("mailer.port".into(), "587".into(), false));
        assert_eq!(got[2], ("mailer.smtp.user".into(), "u".into(), false));
        assert_eq!(got[3], ("mailer.smtp.pass".into(), "p\"q".into(), false));
        assert_eq!(got[4], ("mailer.a.b.c".into(), "true".into(), false));
    }

    #[test]
    fn toml_headers_with_quoted_parts() {
        // Stalwart's routes; a quoted part keeps its dots; git config's
        // `[remote "origin"]` is still name and subsection.
        let got = read_kv(
            "[queue.route.\"relay\"]\naddress = \"smtp.postmarkapp.com\"\n[queue.route.\"relay\".auth]\nusername = \"u\"\n[ remote . \"smtp.example.com\" ]\nport = 587\n[sendemail \"work\"]\nsmtpserver = s\n",
            Flavor::Toml,
        );
        assert_eq!(got[0].0, "queue.route.relay.address");
        assert_eq!(got[1].0, "queue.route.relay.auth.username");
        assert_eq!(got[2].0, "remote.smtp.example.com.port");
        assert_eq!(got[3].0, "sendemail.work.smtpserver");
    }
}
