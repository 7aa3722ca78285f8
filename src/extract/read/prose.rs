//! "Label: value" lines copied from a dashboard, a support email, a
//! Markdown note or a screenshot transcription: `SMTP Server:
//! smtp.postmarkapp.com`, `- **Port:** 587 (or 25, 2525)`, `| Username | … |`,
//! `Host smtp.postmarkapp.com`. Labels may hold spaces; Markdown bullets,
//! emphasis and inline code are dropped. A line starting with `#`/`//` is
//! kept as commented out.

use std::ops::Range;

use super::refs::has_template;
use super::strings;
use super::{flag, lines_in, Document, Seg, Syntax, ValKind};
use crate::model::Quote;

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    let mut table = Table::default();
    for range in lines_in(input, region) {
        let line = &input[range.clone()];
        let t = line.trim_start();
        if t.is_empty() || t.len() > 4096 {
            continue;
        }
        let mut pos = range.start + (line.len() - t.len());
        let mut flags = 0;
        let mut rest = t;
        for c in ["//", "#", ";", ">"] {
            if let Some(r) = rest.strip_prefix(c) {
                if c != ">" {
                    flags = flag::COMMENTED;
                }
                let r2 = r.trim_start_matches([' ', '\t', '#']);
                pos += rest.len() - r2.len();
                rest = r2;
                break;
            }
        }
        if rest.starts_with('|') {
            table.row(doc, pos, range.end, scope, flags);
            continue;
        }
        table = Table::default();
        for bullet in ["- ", "* ", "+ ", "• ", "– "] {
            if let Some(r) = rest.strip_prefix(bullet) {
                let r2 = r.trim_start();
                pos += rest.len() - r2.len();
                rest = r2;
                break;
            }
        }
        // Numbered lists: `1. Host: …`.
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(". ") {
            let r2 = rest[digits + 2..].trim_start();
            pos += rest.len() - r2.len();
        }
        label_line(doc, pos, range.end, scope, flags);
    }
}

/// `Label: value`, `**Label:** value`, `Label = value`, `Label value`.
fn label_line(doc: &mut Document, pos: usize, end: usize, scope: u32, flags: u8) {
    let input = doc.input;
    let text = &input[pos..end];
    let bytes = text.as_bytes();
    // The label: letters, digits, blanks and a few marks, up to `:` or `=`.
    let mut k = 0;
    while k < bytes.len() && matches!(bytes[k], b'*' | b'_' | b'`') {
        k += 1;
    }
    let label_start = k;
    while k < bytes.len()
        && (bytes[k].is_ascii_alphanumeric()
            || matches!(
                bytes[k],
                b' ' | b'_' | b'-' | b'.' | b'/' | b'(' | b')' | b'\''
            )
            || bytes[k] >= 0x80)
    {
        k += 1;
    }
    let mut label_end = k;
    while label_end > label_start && matches!(bytes[label_end - 1], b' ' | b'*' | b'_') {
        label_end -= 1;
    }
    let label = &text[label_start..label_end];
    if label.is_empty()
        || label.len() > 60
        || label.split_whitespace().count() > 6
        || !label.as_bytes()[0].is_ascii_alphabetic()
    {
        return;
    }
    let mut v = k;
    while v < bytes.len() && matches!(bytes[v], b'*' | b'`') {
        v += 1;
    }
    let sep = bytes.get(v).copied();
    let value_start = match sep {
        Some(b':')
            if bytes
                .get(v + 1)
                .is_none_or(|c| matches!(c, b' ' | b'\t' | b'*')) =>
        {
            v + 1
        }
        Some(b'=') => v + 1,
        _ => {
            // `Host smtp.postmarkapp.com`: a one-word label, then the value.
            if label.contains(' ') || v >= bytes.len() {
                // `SMTP server smtp.x`: the last word is the value.
                let Some(sp) = text[..label_end].rfind(' ') else {
                    return;
                };
                let lbl = strings::trim(input, pos + label_start..pos + sp);
                let val = pos + sp + 1..end;
                if !value_like(&input[val.clone()]) {
                    return;
                }
                push(doc, lbl, val, scope, flags);
                return;
            }
            let val = pos + label_end..end;
            if !matches!(bytes.get(label_end), Some(b' ' | b'\t'))
                || !value_like(input[val.clone()].trim())
            {
                return;
            }
            push(doc, pos + label_start..pos + label_end, val, scope, flags);
            return;
        }
    };
    // `` `KEY=value` : what it does ``: inline code opened before the
    // label and still open after the separator ends at its closing
    // backtick; the words after it describe the setting.
    let code_open =
        bytes[..label_start].contains(&b'`') && !bytes[label_end..value_start].contains(&b'`');
    // (Searched only then: most values have no inline code.)
    let end = match code_open.then(|| text[value_start..].find('`')).flatten() {
        Some(c) => pos + value_start + c + 1,
        None => end,
    };
    // `` - `SMTP_HOST`: The SMTP server hostname. ``: a README's list of
    // variables describes each one, sets none.
    if description(&input[pos + value_start..end]) {
        return;
    }
    // `Host: smtp.x, Port: 587, Username: u`: labels listed on one line.
    let next = next_label(&input[pos + value_start..end]).map(|i| pos + value_start + i);
    push(
        doc,
        pos + label_start..pos + label_end,
        pos + value_start..next.unwrap_or(end),
        scope,
        flags,
    );
    if let Some(n) = next {
        let after = &input[n + 1..end];
        let at = end - after.trim_start().len();
        label_line(doc, at, end, scope, flags);
    }
}

/// Where `, Label: ` / `; Label: ` starts in a value (the separator's
/// offset): a capitalised label of at most three words before `: `. Each
/// `: ` is looked at once, with the last separator before it (a label
/// holds none), so a long line stays linear.
fn next_label(v: &str) -> Option<usize> {
    let b = v.as_bytes();
    let mut from = 0;
    // (A byte search: a substring searcher's set-up cost more than most
    // values took to scan.)
    while let Some(k) = super::sniff::find_colon_space(&v[from..]) {
        let colon = from + k;
        if let Some(at) = b[from..colon]
            .iter()
            .rposition(|c| matches!(c, b',' | b';'))
        {
            let at = from + at;
            let l = v[at + 1..colon].trim_start();
            if l.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && l.split(' ').count() <= 3
                && l.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'_' | b'-'))
            {
                return Some(at);
            }
        }
        from = colon + 2;
    }
    None
}

/// A sentence where a value would stand (`The SMTP server hostname.`,
/// `The port number used by the SMTP server (e.g., 587 for TLS).`, `The
/// sender email address`): three words or more, ending in a full stop or
/// opening with an article, the first neither a number nor a name with a
/// dot (`587 or 2525.`, `smtp.x.com is the host.` keep theirs), and no
/// address in it.
fn description(v: &str) -> bool {
    let v = v.trim().trim_end_matches(['*', '_']);
    let mut words = v.split_whitespace();
    let first = words.next().unwrap_or("");
    (v.ends_with('.') || matches!(first, "The" | "A" | "An"))
        && words.nth(1).is_some()
        && !first.bytes().any(|c| c.is_ascii_digit() || c == b'.')
        && !v.contains('@')
}

/// A value that can stand after a bare label (a host, a number, an address).
fn value_like(v: &str) -> bool {
    let v = v.trim().trim_matches('`');
    !v.is_empty()
        && !v.contains(' ')
        && !v.ends_with('.')
        && (v.contains('.') || v.contains('@') || v.bytes().all(|c| c.is_ascii_digit()))
}

fn push(doc: &mut Document, label: Range<usize>, value: Range<usize>, scope: u32, flags: u8) {
    let input = doc.input;
    let mut r = strings::trim(input, value);
    // `**Label:** value`: the emphasis closing after the colon.
    if input[r.clone()].starts_with("**") && !input[r.clone()][2..].contains("**") {
        r = strings::trim(input, r.start + 2..r.end);
    }
    // Markdown emphasis and inline code around the value.
    for wrap in ["**", "`", "\""] {
        let s = &input[r.clone()];
        if s.len() > 2 * wrap.len() && s.starts_with(wrap) && s.ends_with(wrap) {
            r = r.start + wrap.len()..r.end - wrap.len();
        }
    }
    // `` `KEY=value` ``: the inline code opened before the label closes
    // after the value.
    let s = &input[r.clone()];
    if s.len() > 1 && s.ends_with('`') && !s[..s.len() - 1].contains('`') {
        r.end -= 1;
    }
    let kind = if has_template(&input[r.clone()], false) {
        ValKind::Reference
    } else {
        ValKind::Literal
    };
    let v = doc.val(r, None, Quote::None, kind);
    // A label that is an environment variable's name (`GF_SMTP_HOST` in a
    // bullet list or a README's table of variables) is that variable, as
    // the app reads it: its env table applies, not the dashboard labels'.
    let syntax = if env_name(&input[label.clone()]) {
        Syntax::Env
    } else {
        Syntax::Prose
    };
    doc.push(scope, [Seg::key(label.clone())], label, v, syntax, flags);
}

/// `SMTP_HOST`, `AIRFLOW__SMTP__SMTP_PORT`: upper-case letters, digits and
/// `_`, with at least one `_` and opening with a letter.
fn env_name(label: &str) -> bool {
    let b = label.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b.contains(&b'_')
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
}

/// A Markdown table being read: which column holds the values, once its
/// header row is known (the row above the `|---|---|` line).
struct Table {
    /// The last row's cells, and the entry it made (a header row's is taken back).
    last: Vec<Range<usize>>,
    last_entry: Option<usize>,
    /// The column of the values; `None` when the header names none (a
    /// `| Name | Required | Description |` table documents, sets nothing).
    value: Option<usize>,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            last: Vec::new(),
            last_entry: None,
            value: Some(1),
        }
    }
}

/// What a header cell names: the column of values, or of prose about them.
fn header_kind(cell: &str) -> Option<bool> {
    let c = cell.trim_matches(['*', '`', ' ']).to_ascii_lowercase();
    let first = c.split([' ', '/', '(']).next().unwrap_or("");
    match first {
        "value" | "values" | "example" | "examples" | "default" | "setting" | "settings"
        | "sample" | "wert" | "valeur" | "valor" => Some(true),
        "description" | "explanation" | "meaning" | "purpose" | "notes" | "note" | "comment"
        | "comments" | "required" | "type" | "details" => Some(false),
        _ => None,
    }
}

/// A documentation table's word for "no value" (`(empty)`, `-`, `n/a`).
fn unset(cell: &str) -> bool {
    let c = cell.trim_matches(['`', '*', '_', ' ']);
    let inner = c
        .strip_prefix('(')
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or(c);
    matches!(c, "-" | "–" | "—" | "n/a" | "N/A")
        || shortcode(c)
        || (inner.len() < c.len()
            && matches!(
                inner.to_ascii_lowercase().as_str(),
                "empty" | "none" | "blank" | "not set" | "unset" | "optional" | "required"
            ))
}

/// An icon written as a shortcode (`:material-null:`, `:x:`,
/// `:heavy_minus_sign:`), as MkDocs and GitHub pages mark "none" in a
/// defaults column: no value.
fn shortcode(c: &str) -> bool {
    c.len() > 2
        && c.starts_with(':')
        && c.ends_with(':')
        && c[1..c.len() - 1].bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'+')
        })
}

/// A header cell over the names (`Variable`, `Name`, `Key`…).
fn names_column(cell: &str) -> bool {
    let c = cell.trim_matches(['*', '`', ' ']).to_ascii_lowercase();
    matches!(
        c.split([' ', '/', '(']).next().unwrap_or(""),
        "variable"
            | "variables"
            | "name"
            | "key"
            | "parameter"
            | "option"
            | "field"
            | "env"
            | "environment"
            | "property"
            | "item"
            | "setting"
            | "config"
            | "configuration"
    )
}

impl Table {
    /// `| Server | smtp.postmarkapp.com |`, or a row of a table whose
    /// header says which column holds the values.
    fn row(&mut self, doc: &mut Document, pos: usize, end: usize, scope: u32, flags: u8) {
        let input = doc.input;
        // The cells between the pipes, empty ones kept (a column's place
        // counts); the text after the last pipe is no cell when blank.
        let mut cells = Vec::new();
        let mut offset = pos;
        for cell in input[pos..end].split('|') {
            cells.push(strings::trim(input, offset..offset + cell.len()));
            offset += cell.len() + 1;
        }
        cells.remove(0);
        if cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
        let first = cells.first().map_or("", |c| &input[c.clone()]);
        if first.starts_with('-') || first.starts_with(':') {
            // The line under the header: the row above named the columns.
            if self.last.len() > 2 {
                let kinds: Vec<Option<bool>> = self
                    .last
                    .iter()
                    .map(|c| header_kind(&input[c.clone()]))
                    .collect();
                self.value = kinds
                    .iter()
                    .skip(1)
                    .position(|k| *k == Some(true))
                    .map(|i| i + 1)
                    .or((kinds[1] != Some(false)).then_some(1));
            }
            // A header row names its columns (`| Variable | Value |`);
            // a first row of settings above the line (`| Host | smtp.x |`)
            // stays a setting.
            let names_columns = self.last.iter().enumerate().any(|(i, c)| {
                let c = &input[c.clone()];
                header_kind(c).is_some() || (i == 0 && names_column(c))
            });
            if self.last.len() >= 2 && names_columns {
                if let Some(i) = self.last_entry.take() {
                    if i + 1 == doc.entries.len() {
                        doc.entries.pop();
                    }
                }
            }
            self.last.clear();
            return;
        }
        self.last_entry = None;
        if cells.len() < 2 {
            self.last = cells;
            return;
        }
        let Some(value) = self.value.and_then(|v| cells.get(v)).cloned() else {
            self.last = cells;
            return;
        };
        if value.is_empty() || cells[0].is_empty() || unset(&input[value.clone()]) {
            self.last = cells;
            return;
        }
        let mut label = cells[0].clone();
        let l = &input[label.clone()];
        let trimmed = l.trim_matches(['*', '`']);
        label.start += l.len() - l.trim_start_matches(['*', '`']).len();
        label.end = label.start + trimmed.len();
        let before = doc.entries.len();
        push(doc, label, value, scope, flags);
        self.last_entry = (doc.entries.len() > before).then_some(before);
        self.last = cells;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Document, ROOT};
    use super::*;

    fn read_prose(input: &str) -> Vec<(String, String)> {
        let mut doc = Document::empty(input);
        read(&mut doc, 0..input.len(), ROOT);
        doc.entries
            .iter()
            .map(|e| (doc.key_of(e).to_string(), doc.text_of(&e.value).to_string()))
            .collect()
    }

    #[test]
    fn labels_tables_and_markdown() {
        let got = read_prose(
            "- **Server:** `smtp.postmarkapp.com`\nSMTP Port: 587 (or 25, 2525)\n| Username | abc |\n|---|---|\nHost smtp.x.com\nJust a sentence here.\n",
        );
        assert_eq!(got[0], ("Server".into(), "smtp.postmarkapp.com".into()));
        assert_eq!(got[1], ("SMTP Port".into(), "587 (or 25, 2525)".into()));
        assert_eq!(got[2], ("Username".into(), "abc".into()));
        assert_eq!(got[3], ("Host".into(), "smtp.x.com".into()));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn a_tables_header_names_its_value_column() {
        let got = read_prose(
            "| Variable | Description | Example |\n|---|---|---|\n| `SMTP_HOST` | SMTP server | `smtp.postmarkapp.com` |\n| `SMTP_PORT` | port | 587 |\n",
        );
        assert_eq!(
            got,
            [
                ("SMTP_HOST".into(), "smtp.postmarkapp.com".into()),
                ("SMTP_PORT".into(), "587".into())
            ]
        );
        // A header of two columns: the second holds the values, the header is no setting.
        let got = read_prose("| Setting | Value |\n|---|---|\n| Host | smtp.x.com |\n");
        assert_eq!(got, [("Host".into(), "smtp.x.com".into())]);
        // An empty cell keeps its column: the defaults column is read.
        let got = read_prose(
            "| Name | Description | Required | Default Value |\n| --- | --- | --- | --- |\n| SMTP_HOST | the host | Yes | |\n| SMTP_TLS | | No | FALSE |\n",
        );
        assert_eq!(got, [("SMTP_TLS".into(), "FALSE".into())]);
        // `(empty)`, `-`: documented as unset.
        let got = read_prose(
            "| Variable | Default | Description |\n| --- | --- | --- |\n| `SMTP_USERNAME` | (empty) | user |\n| `SMTP_FROM` | - | sender |\n| `SMTP_PORT` | `25` | port |\n",
        );
        assert_eq!(got, [("SMTP_PORT".into(), "25".into())]);
        // An icon for "none" (MkDocs' `:material-null:`) sets nothing.
        let got = read_prose(
            "| Name | Type | Default | Description |\n| --- | --- | :---: | --- |\n| `SMTP_HOSTNAME` | `string` | :material-null: | the server |\n| `SMTP_PORT` | `number` | `587` | port |\n",
        );
        assert_eq!(got, [("SMTP_PORT".into(), "587".into())]);
        // Documentation only: nothing is set.
        let got = read_prose(
            "| Name | Required | Description |\n| --- | --- | --- |\n| SMTP_HOST | yes | the server |\n",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_list_of_variables_describing_them_sets_none() {
        let got = read_prose(
            "- `EMAIL_SETTINGS_HOST`: The SMTP server hostname.\n- `EMAIL_SETTINGS_PORT`: The port number used by the SMTP server (e.g., 587 for TLS).\n- SMTP Port: 587 or 2525.\n- Host: smtp.postmarkapp.com.\n- From: Acme Support <ops@acme.io>.\n- `SMTP_PROVIDER` : The server address of the SMTP server\n",
        );
        assert_eq!(
            got,
            [
                ("SMTP Port".into(), "587 or 2525.".into()),
                ("Host".into(), "smtp.postmarkapp.com.".into()),
                ("From".into(), "Acme Support <ops@acme.io>.".into())
            ]
        );
    }

    #[test]
    fn labels_listed_on_one_line() {
        let got = read_prose("Host: smtp.postmarkapp.com, Port: 465; User name: abc, def\n");
        assert_eq!(
            got,
            [
                ("Host".into(), "smtp.postmarkapp.com".into()),
                ("Port".into(), "465".into()),
                ("User name".into(), "abc, def".into())
            ]
        );
    }

    /// A label that is an environment variable's name is read as that
    /// variable (so the app's env table reads it); other labels stay prose.
    #[test]
    fn environment_names_are_variables() {
        let doc = Document::read(
            "| Variable | Value |\n|---|---|\n| `AIRFLOW__SMTP__SMTP_PORT` | `587` |\n\n* `GF_SMTP_HOST=smtp.postmarkapp.com:465` : the host\n- Port: 587\n",
        );
        let got: Vec<(String, Syntax)> = doc
            .entries
            .iter()
            .map(|e| (doc.path_string(e), e.syntax))
            .collect();
        assert_eq!(
            got,
            [
                ("AIRFLOW__SMTP__SMTP_PORT".to_string(), Syntax::Env),
                ("GF_SMTP_HOST".to_string(), Syntax::Env),
                ("Port".to_string(), Syntax::Prose)
            ]
        );
    }

    #[test]
    fn inline_code_around_a_whole_assignment() {
        let got = read_prose(
            "* `SMTP_HOST=smtp.postmarkapp.com`\n* `SMTP_PORT=2525`\n- `MAIL_FROM`: `noreply@acme.io`\n",
        );
        assert_eq!(
            got,
            [
                ("SMTP_HOST".into(), "smtp.postmarkapp.com".into()),
                ("SMTP_PORT".into(), "2525".into()),
                ("MAIL_FROM".into(), "noreply@acme.io".into())
            ]
        );
        // The code closes after the value; a description follows.
        let got = read_prose(
            "  * `GF_SMTP_HOST=smtp.gmail.com:465` : Utilisation des serveurs (SSL/TLS).\n- `SMTP_PORT: 587` - the port\n",
        );
        assert_eq!(
            got,
            [
                ("GF_SMTP_HOST".into(), "smtp.gmail.com:465".into()),
                ("SMTP_PORT".into(), "587".into())
            ]
        );
    }
}
