//! The line scanner: `KEY=value`, `key: value`, `key value` lines, the way
//! `.env`, `.properties`, YAML, INI, msmtp/ssmtp, Postfix, Dockerfile `ENV`,
//! docker-compose lists and "Label: value" notes write settings.
//!
//! It knows quotes, comments (`#`, `;`, `//`), `export`, list dashes,
//! Markdown bullets/bold/tables and YAML nesting (by indentation), and keeps
//! commented-out lines apart (`commented`) so they never override active ones.

use std::ops::Range;

use super::value::{read_quoted, reference_in, trim_range};
use crate::model::{Quote, Value};

/// How the key and the value were separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sep {
    Equals,
    Colon,
    /// `key value` (msmtp, Dockerfile `ENV KEY value`, `sasl_passwd`).
    Space,
}

/// One `key <sep> value` line.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The key as written, without `export`, quotes, list dashes or Markdown.
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Value,
    pub sep: Sep,
    /// 0-based line number.
    pub line: usize,
    /// Column (in bytes) where the key starts: YAML nesting.
    pub indent: usize,
    /// Enclosing YAML keys or the INI `[section]`, outermost first.
    pub path: Vec<String>,
    /// The line was commented out (`# MAIL_PORT=465`).
    pub commented: bool,
    /// The line was a list item (`- KEY=value`).
    pub list_item: bool,
    /// The line started with `export `, `ENV `, `set ` or similar.
    pub prefix: Option<&'static str>,
    /// The value had trailing spaces/tabs that the scanner trimmed
    /// (unquoted values): their byte range.
    pub trimmed_tail: Option<Range<usize>>,
}

/// One line of input, as byte range without its line break.
pub fn line_ranges(input: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = input.as_bytes();
    let mut start = 0;
    input.split_inclusive('\n').map(move |l| {
        let s = start;
        start += l.len();
        let mut e = s + l.len();
        if e > s && bytes[e - 1] == b'\n' {
            e -= 1;
        }
        if e > s && bytes[e - 1] == b'\r' {
            e -= 1;
        }
        s..e
    })
}

const PREFIXES: [&str; 6] = ["export ", "ENV ", "ARG ", "set ", "SetEnv ", "setenv "];
const COMMENTS: [&str; 4] = ["#", "//", ";", "--"];

/// Scans every line. Never fails: lines it cannot read are skipped.
pub fn scan(input: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    // YAML nesting: (indent, key) of the open parents.
    let mut parents: Vec<(usize, String)> = Vec::new();
    let mut section: Option<String> = None;
    let mut in_block_comment = false;
    for (n, range) in line_ranges(input).enumerate() {
        let line = &input[range.clone()];
        let trimmed = line.trim_start();
        let mut pos = range.start + (line.len() - trimmed.len());
        let indent = pos - range.start;
        if trimmed.is_empty() {
            continue;
        }
        // C-style block comments: skip, but read them as commented lines.
        let mut commented = in_block_comment;
        if in_block_comment {
            if trimmed.contains("*/") {
                in_block_comment = false;
            }
        } else if trimmed.starts_with("/*") && !trimmed.contains("*/") {
            in_block_comment = true;
            commented = true;
        }
        let mut rest = trimmed;
        if let Some(s) = rest.strip_prefix('*').filter(|_| commented) {
            rest = s;
        }
        for c in COMMENTS {
            if let Some(s) = rest.strip_prefix(c) {
                commented = true;
                rest = s;
                break;
            }
        }
        if rest.len() < trimmed.len() {
            let stripped = rest.trim_start_matches([' ', '\t', '#', '/']);
            pos += trimmed.len() - stripped.len();
            rest = stripped;
        }
        // INI section header.
        if !commented
            && rest.starts_with('[')
            && rest.trim_end().ends_with(']')
            && !rest.contains('=')
        {
            section = Some(rest.trim_end().trim_matches(['[', ']']).trim().to_string());
            parents.clear();
            continue;
        }
        // Markdown table row: | key | value |
        if rest.starts_with('|') {
            if let Some(e) = table_row(input, pos, range.end, n, commented) {
                out.push(e);
            }
            continue;
        }
        let mut list_item = false;
        for bullet in ["- ", "* ", "+ "] {
            if let Some(s) = rest.strip_prefix(bullet) {
                list_item = true;
                pos += bullet.len();
                rest = s.trim_start();
                pos += s.len() - rest.len();
                break;
            }
        }
        let mut prefix = None;
        for p in PREFIXES {
            if rest.len() > p.len()
                && rest
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            {
                prefix = Some(p.trim_end());
                pos += p.len();
                let s = &rest[p.len()..];
                rest = s.trim_start();
                pos += s.len() - rest.len();
                break;
            }
        }
        // docker-compose quoted list items: `- "SMTP_HOST=x"` / `- 'X=y'`.
        if list_item && rest.len() > 2 && (rest.starts_with('"') || rest.starts_with('\'')) {
            let q = rest.as_bytes()[0] as char;
            if let Some(close) = rest[1..]
                .rfind(q)
                .filter(|&c| c > 0 && rest[1..1 + c].contains('='))
            {
                let inner_end = pos + 1 + close;
                if let Some(mut entry) = entry_at(input, pos + 1, inner_end, n, commented) {
                    entry.list_item = true;
                    entry.indent = pos - range.start;
                    entry.path = section.iter().cloned().collect();
                    entry.path.extend(parents.iter().map(|(_, k)| k.clone()));
                    out.push(entry);
                    continue;
                }
            }
        }
        let key_indent = pos - range.start;
        let Some(mut entry) = entry_at(input, pos, range.end, n, commented) else {
            continue;
        };
        entry.indent = key_indent;
        entry.list_item = list_item;
        entry.prefix = prefix;
        if !commented {
            // YAML: parents are the less-indented keys with an empty value.
            while parents.last().is_some_and(|(i, _)| *i >= key_indent) {
                parents.pop();
            }
        }
        entry.path = section.iter().cloned().collect();
        entry.path.extend(parents.iter().map(|(_, k)| k.clone()));
        // YAML parents (`smtp:`) and pretty-printed JSON objects (`"smtp": {`)
        // open a block whose keys are indented below.
        // (PHP `'from' => [` and `=> array(` open one too.)
        let opener = matches!(entry.value.text.as_str(), "{" | "[" | "(" | "array(");
        let opens_block = entry.value.quote == Quote::None
            && (opener
                || entry.sep == Sep::Colon
                    && matches!(entry.value.text.as_str(), "" | "|" | ">" | "{}" | "[]"));
        if opens_block {
            if !commented {
                parents.push((key_indent, entry.key.clone()));
            }
            continue;
        }
        let _ = indent;
        out.push(entry);
    }
    out
}

/// Reads `key <sep> value` starting at `pos` (the key's first byte).
fn entry_at(input: &str, pos: usize, end: usize, line: usize, commented: bool) -> Option<Entry> {
    let text = &input[pos..end];
    let (key, key_span, after_key) = read_key(input, pos, end)?;
    let rest = &input[after_key..end];
    let rest_trim = rest.trim_start_matches([' ', '\t']);
    let sep_at = after_key + (rest.len() - rest_trim.len());
    let (sep, value_start) = if let Some(s) = rest_trim.strip_prefix("=>") {
        (Sep::Equals, end - s.len())
    } else if rest_trim.starts_with(":=") {
        (Sep::Equals, sep_at + 2)
    } else if let Some(s) = rest_trim.strip_prefix('=') {
        (Sep::Equals, end - s.len())
    } else if let Some(s) = rest_trim.strip_prefix(':') {
        // YAML/label colon: must be followed by a blank or the end of line,
        // so that `host:587` and `smtp://` stay values (`**Host:**` is Markdown).
        let s = s.trim_start_matches('*');
        if !(s.is_empty() || s.starts_with([' ', '\t'])) {
            return None;
        }
        (Sep::Colon, end - s.len())
    } else if sep_at > after_key && !rest_trim.is_empty() && !key.contains(' ') {
        (Sep::Space, sep_at)
    } else if key.contains(' ') {
        // `host smtp.example.com`: the key is the first word only.
        let first = text.find([' ', '\t']).unwrap_or(text.len());
        let value_start = pos + first;
        if text[..first].contains(['=', ':']) {
            return None;
        }
        let (value, trimmed_tail) = read_value(input, value_start, end);
        return Some(Entry {
            key: text[..first].to_string(),
            key_span: pos..pos + first,
            value,
            sep: Sep::Space,
            line,
            indent: 0,
            path: Vec::new(),
            commented,
            list_item: false,
            prefix: None,
            trimmed_tail,
        });
    } else {
        return None;
    };
    // A label key may hold spaces ("SMTP Server: …"), but not many.
    if key.contains(' ') && (sep != Sep::Colon || key.split_whitespace().count() > 5) {
        return None;
    }
    if text.len() > 4096 {
        // Very long lines are data, not settings; keep them bounded.
        return None;
    }
    let (mut value, trimmed_tail) = read_value(input, value_start, end);
    // JSON lines: `"port": 2525,` — the comma belongs to the syntax.
    // JS/PHP object lines too: `port: 587,` / `'port' => 587,`.
    let json_key =
        key_span.start > 0 && matches!(input.as_bytes()[key_span.start - 1], b'"' | b'\'');
    let object_line = json_key || (sep == Sep::Colon && indent_of(input, key_span.start) > 0);
    if object_line && value.quote == Quote::None && value.text.ends_with(',') {
        value = Value::verbatim(input, value.span.start..value.span.end - 1, Quote::None);
        value.reference = reference_in(&value.text);
    }
    Some(Entry {
        key,
        key_span,
        value,
        sep,
        line,
        indent: 0,
        path: Vec::new(),
        commented,
        list_item: false,
        prefix: None,
        trimmed_tail,
    })
}

/// How many blanks precede `pos` on its line (0 when something else does).
fn indent_of(input: &str, pos: usize) -> usize {
    let start = input[..pos].rfind('\n').map_or(0, |i| i + 1);
    let lead = &input[start..pos];
    if lead.bytes().all(|b| b == b' ' || b == b'\t') {
        lead.len()
    } else {
        0
    }
}

/// Reads a key: a quoted string or a run of key characters. Markdown
/// emphasis around it (`**Server:**`) is dropped.
fn read_key(input: &str, pos: usize, end: usize) -> Option<(String, Range<usize>, usize)> {
    let bytes = input.as_bytes();
    let mut p = pos;
    while p < end && (bytes[p] == b'*' || bytes[p] == b'_') {
        p += 1;
    }
    if p < end && (bytes[p] == b'"' || bytes[p] == b'\'') {
        let (v, after) = read_quoted(input, p)?;
        if v.text.is_empty() || v.text.len() > 80 {
            return None;
        }
        return Some((v.text, v.span, after));
    }
    let start = p;
    while p < end {
        let c = bytes[p];
        let ok = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'_' | b'.'
                    | b'-'
                    | b'$'
                    | b'['
                    | b']'
                    | b'\''
                    | b'"'
                    | b'>'
                    | b'/'
                    | b'('
                    | b')'
                    | b'@'
            )
            || (c == b' '
                && p + 1 < end
                && bytes[p + 1] != b'='
                && bytes[p + 1] != b':'
                && bytes[p + 1] != b' ');
        // `->` belongs to PHP property keys; `=>` is a separator.
        if c == b'>' && !(p > start && bytes[p - 1] == b'-') {
            break;
        }
        if !ok {
            break;
        }
        p += 1;
    }
    let mut key_end = p;
    while key_end > start
        && (bytes[key_end - 1] == b'*' || bytes[key_end - 1] == b'_' && bytes[start] == b'_')
    {
        key_end -= 1;
    }
    let key = input[start..key_end].trim_end();
    if key.is_empty()
        || key.len() > 80
        || !key.as_bytes()[0].is_ascii_alphabetic()
            && !matches!(key.as_bytes()[0], b'_' | b'$' | b'[')
    {
        return None;
    }
    let key_end = start + key.len();
    // Skip Markdown emphasis closing after the key or the colon (`**Host:**`).
    let mut after = key_end;
    while after < end && bytes[after] == b'*' {
        after += 1;
    }
    Some((key.to_string(), start..key_end, after))
}

/// Reads the value of a line: quoted (up to its closing quote) or the rest
/// of the line minus a trailing ` # comment` and trailing blanks.
fn read_value(input: &str, start: usize, end: usize) -> (Value, Option<Range<usize>>) {
    let rest = &input[start..end];
    let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let vstart = start + lead;
    let bytes = input.as_bytes();
    if vstart < end && matches!(bytes[vstart], b'"' | b'\'' | b'`') {
        if let Some((mut v, _after)) = read_quoted(input, vstart) {
            v.reference = reference_in(&v.text).filter(|_| v.quote != Quote::Single);
            return (v, None);
        }
    }
    // Unquoted: cut an inline comment (a `#` after a blank).
    let mut vend = end;
    let line = &input[vstart..end];
    if let Some(i) = line.find(" #").or_else(|| line.find("\t#")) {
        vend = vstart + i;
    }
    let trimmed = trim_range(input, vstart..vend);
    let tail = (trimmed.end < vend).then_some(trimmed.end..vend);
    let mut value = Value::verbatim(input, trimmed, Quote::None);
    // Markdown inline code / emphasis around a value: `smtp.postmarkapp.com`
    // (Not `_` or a single `*`: tokens and passwords may start and end with them.)
    for wrap in ["`", "**"] {
        if value.text.len() > 2 * wrap.len()
            && value.text.starts_with(wrap)
            && value.text.ends_with(wrap)
        {
            let s = value.span.start + wrap.len()..value.span.end - wrap.len();
            value = Value::verbatim(input, s, Quote::None);
        }
    }
    value.reference = reference_in(&value.text);
    (value, tail)
}

/// A Markdown table row `| Server | smtp.postmarkapp.com |`.
fn table_row(input: &str, pos: usize, end: usize, line: usize, commented: bool) -> Option<Entry> {
    let row = &input[pos..end];
    let mut cells = Vec::new();
    let mut offset = pos;
    for cell in row.split('|') {
        let r = trim_range(input, offset..offset + cell.len());
        offset += cell.len() + 1;
        if r.start < r.end {
            cells.push(r);
        }
    }
    if cells.len() < 2 || input[cells[0].clone()].starts_with('-') {
        return None;
    }
    let key_span = cells[0].clone();
    let key = input[key_span.clone()].trim_matches(['*', '`']).to_string();
    let mut value = Value::verbatim(input, cells[1].clone(), Quote::None);
    if value.text.len() > 2 && value.text.starts_with('`') && value.text.ends_with('`') {
        value = Value::verbatim(input, value.span.start + 1..value.span.end - 1, Quote::None);
    }
    value.reference = reference_in(&value.text);
    Some(Entry {
        key,
        key_span,
        value,
        sep: Sep::Colon,
        line,
        indent: 0,
        path: Vec::new(),
        commented,
        list_item: false,
        prefix: None,
        trimmed_tail: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kv(input: &str) -> Vec<(String, String, bool)> {
        scan(input)
            .into_iter()
            .map(|e| (e.key, e.value.text, e.commented))
            .collect()
    }

    #[test]
    fn env_lines() {
        let got = kv(
            "export MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=\"587\" # stock\n# MAIL_PORT=465\n",
        );
        assert_eq!(
            got[0],
            ("MAIL_HOST".into(), "smtp.postmarkapp.com".into(), false)
        );
        assert_eq!(got[1], ("MAIL_PORT".into(), "587".into(), false));
        assert_eq!(got[2], ("MAIL_PORT".into(), "465".into(), true));
    }

    #[test]
    fn yaml_paths_and_lists() {
        let e = scan(
            "services:\n  app:\n    environment:\n      - SMTP_PORT=587\n      SMTP_HOST: x\n",
        );
        assert_eq!(e[0].key, "SMTP_PORT");
        assert!(e[0].list_item);
        assert_eq!(e[0].path, ["services", "app", "environment"]);
        assert_eq!(e[1].key, "SMTP_HOST");
    }

    #[test]
    fn quoted_compose_list_items() {
        let e = scan(
            "services:\n  app:\n    environment:\n      - \"SMTP_HOST=smtp.postmarkapp.com\"\n",
        );
        assert_eq!(
            (e[0].key.as_str(), e[0].value.text.as_str()),
            ("SMTP_HOST", "smtp.postmarkapp.com")
        );
        assert_eq!(e[0].path, ["services", "app", "environment"]);
    }

    #[test]
    fn labels_and_markdown() {
        let got = kv("- **Server:** `smtp.postmarkapp.com`\nSMTP Port: 587\n| Username | abc |\n");
        assert_eq!(got[0].0, "Server");
        assert_eq!(got[0].1, "smtp.postmarkapp.com");
        assert_eq!(got[1], ("SMTP Port".into(), "587".into(), false));
        assert_eq!(got[2], ("Username".into(), "abc".into(), false));
    }

    #[test]
    fn json_lines_nest_and_drop_commas() {
        let e = scan("{\n  \"mail\": {\n    \"options\": {\n      \"port\": 2525,\n      \"host\": \"h\"\n    }\n  },\n  \"server\": {\n    \"port\": 2368\n  }\n}\n");
        assert_eq!(
            (e[0].key.as_str(), e[0].value.text.as_str()),
            ("port", "2525")
        );
        assert_eq!(e[0].path, ["mail", "options"]);
        assert_eq!(e[1].path, ["mail", "options"]);
        assert_eq!(e[2].path, ["server"]);
    }

    #[test]
    fn colon_inside_values_is_not_a_separator() {
        let got = kv("MAILER_DSN=smtp://u:p@smtp.postmarkapp.com:587\nhost smtp.postmarkapp.com\n");
        assert_eq!(got[0].1, "smtp://u:p@smtp.postmarkapp.com:587");
        assert_eq!(
            got[1],
            ("host".into(), "smtp.postmarkapp.com".into(), false)
        );
    }
}
