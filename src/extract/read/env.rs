//! Environment variables as shells and container tools write them:
//!
//! * `.env` files and shell: `KEY=value`, `export KEY=value`, `KEY="…"`,
//!   `KEY='…'`, `# KEY=value` (commented out), fish `set -gx KEY value`,
//!   PowerShell `$env:KEY = "value"`, Windows `set KEY=value`;
//! * `docker run -e KEY=value --env KEY=value`, systemd
//!   `Environment="KEY=value"`, Apache `SetEnv KEY value`;
//! * Dockerfile `ENV KEY=value KEY2="v 2"`, legacy `ENV KEY value`,
//!   `ARG KEY=default`, `\` continuations, `FROM … AS stage` (each stage
//!   its own scope), `RUN echo 'KEY=value' >> .env`;
//! * heredocs (`cat > .env <<EOF … EOF`), whose body is read again as the
//!   syntax it holds.
//!
//! Quotes: single quotes are literal; double quotes and bare values expand
//! `$VAR`/`${VAR}` (a reference then); a bare value ends at ` #`.

use std::ops::Range;

use super::refs::has_template;
use super::strings::{self, Escapes};
use super::{flag, lines_in, Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// Dockerfile or plain environment lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Shell,
    Dockerfile,
}

const SHELL_PREFIXES: [&str; 8] = [
    "export ",
    "declare -x ",
    "typeset -x ",
    "set -gx ",
    "set -x ",
    "set -Ux ",
    "set ",
    "setenv ",
];

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32, flavor: Flavor, depth: u8) {
    let input = doc.input;
    reserve_per_line(doc, region.clone());
    let mut stage_scope = scope;
    // Inside a systemd unit's or Quadlet's section (see [`unit_section`]).
    let mut unit = false;
    // Where the last `{ … } > file` look ahead stopped, and what it found.
    let mut group_seen: Option<(usize, Option<usize>)> = None;
    let mut lines = lines_in(input, region.clone()).peekable();
    // Per quote (`"`, `'`): a place after which the region holds no closing
    // one, so a later value left open is not looked past again (a paste of
    // many unclosed quotes stays one pass).
    let mut no_close: [Option<usize>; 2] = [None, None];
    while let Some(range) = lines.next() {
        let line = &input[range.clone()];
        let trimmed = after_prompt(strings::trim_start(line));
        if trimmed.is_empty() {
            continue;
        }
        let pos = range.start + (line.len() - trimmed.len());
        if trimmed.starts_with('[') {
            unit = unit_section(trimmed);
        }
        if unit {
            let body = trimmed.trim_start_matches(['#', ';', ' ', '\t']);
            let commented = body.len() < trimmed.len();
            // A line that is no directive (`sudo systemctl …`, a heredoc's
            // end) ends the unit: what follows is shell again.
            if commented || looks_like_assignment(body) || trimmed.starts_with('[') {
                let flags = if commented { flag::COMMENTED } else { 0 };
                unit_directive(doc, range.end - body.len()..range.end, stage_scope, flags);
                continue;
            }
            unit = false;
        }
        // Most lines are a plain `KEY=value`: read at once (what the
        // general path below makes of them, without its per-form tests).
        if let Some(eq) = plain_assignment(trimmed) {
            let key = pos..pos + eq;
            let value = pos + eq + 1..range.end;
            let text = &input[value.clone()];
            // What `doc.val` makes of a verbatim value, without the call.
            let value = super::Val {
                span: value.start as u32..value.end as u32,
                text: super::Val::VERBATIM,
                quote: Quote::None,
                kind: bare_kind(text),
            };
            push_env(doc, stage_scope, key, value, 0);
            continue;
        }
        // (After the plain lines, which open with no quote.)
        // `NAME="…` whose quote closes on a later line: the lines between
        // are a file the script keeps in a variable (`RELAYHOST="relayhost =
        // [smtp.gmail.com]:587` then `smtp_sasl_auth_enable = yes` … `"`,
        // appended to main.cf below), read as what they hold, as a
        // heredoc's body is; they are not this file's own lines.
        if let Some(q) = quoted_value_left_open(trimmed) {
            let from = range.end;
            let close = match no_close[usize::from(q == b'\'')] {
                Some(past) if from >= past => None,
                _ => closing_quote(input, from..region.end, q),
            };
            if close.is_none() {
                no_close[usize::from(q == b'\'')] = Some(from);
            }
            if let Some(close) = close {
                let body = pos + trimmed.find(char::from(q)).unwrap_or(0) + 1..close;
                while lines.peek().is_some_and(|r| r.start <= close) {
                    lines.next();
                }
                read_embedded_file(doc, body, stage_scope, depth, q == b'"');
                continue;
            }
        }
        // `{ echo "host …"; echo "port 587"; } > /etc/msmtprc`: the file
        // the group's echo lines write.
        if trimmed.trim_end() == "{" {
            // The last look ahead answers for every `{` before where it
            // stopped (the first `}` line after them is the same): a paste
            // of many `{` lines is looked through once, not once each.
            let found = match group_seen {
                Some((until, close)) if range.end < until => close,
                _ => {
                    let (close, until) = echo_group_end(input, lines.clone());
                    group_seen = Some((until, close));
                    close
                }
            };
            if let Some(close) = found {
                echo_group(doc, &mut lines, close, stage_scope);
                continue;
            }
        }
        // Heredoc: read its body as whatever it holds.
        if let Some((term, strip_tabs)) = heredoc(trimmed) {
            let expands = heredoc_expands(trimmed);
            let body_start = range.end + usize::from(range.end < input.len());
            let mut body_end = body_start;
            let mut after = None;
            for r in lines.by_ref() {
                let l = &input[r.clone()];
                let l = if strip_tabs {
                    l.trim_start_matches('\t')
                } else {
                    l
                };
                if l.trim_end() == term {
                    after = Some(r.end);
                    break;
                }
                body_end = r.end;
            }
            if body_end > body_start {
                read_embedded_file(doc, body_start..body_end, stage_scope, depth, expands);
            }
            let _ = after;
            continue;
        }
        let (commented, rest_at) = match trimmed.strip_prefix('#') {
            Some(r) => {
                let r2 = r.trim_start_matches(['#', ' ', '\t']);
                (true, pos + (trimmed.len() - r2.len()))
            }
            None => (false, pos),
        };
        let flags = if commented { flag::COMMENTED } else { 0 };
        let mut end = range.end;
        // `\` continuations (Dockerfile and shell): the instruction goes on.
        let mut logical = rest_at..end;
        while input[logical.clone()].trim_end().ends_with('\\') {
            match lines.peek() {
                Some(next) => {
                    end = next.end;
                    logical = rest_at..end;
                    lines.next();
                }
                None => break,
            }
        }
        let joined = end != range.end;
        let text = &input[logical.clone()];
        if flavor == Flavor::Dockerfile && !commented {
            if let Some(s) =
                dockerfile_instruction(doc, text, logical.start, scope, &mut stage_scope, depth)
            {
                if s {
                    continue;
                }
            }
        }
        read_statement(doc, logical, stage_scope, flags, joined);
    }
    doc.close(stage_scope, region.end);
}

/// Room for the entries of `region` and their key segments, made once: a
/// line holding a `=` is mostly one `KEY=value`, and vectors grown by
/// doubling to 100k entries copied each half again (and touched twice the
/// pages) on a heap that is cold at every lint. Lines with no `=` (blank,
/// comments) reserve nothing, so a reserve is not a page's memory for
/// nothing (wasm never gives memory back). A hint only: more entries fit.
fn reserve_per_line(doc: &mut Document, region: Range<usize>) {
    let Some(bytes) = doc.input.as_bytes().get(region) else {
        return;
    };
    let (lines, eqs) = count_breaks_and_eqs(bytes);
    let n = (lines + 1).min(eqs);
    doc.entries.reserve(n);
    doc.segs.reserve(n);
}

/// How many `\n` and how many `=` are in `bytes`, eight bytes a step: a
/// byte loop cost eight instructions a byte, more than reading a short
/// line. Per word, each byte lane adds its hit (0 or 1) to a lane
/// counter; the lanes are summed every 255 words, before one could
/// overflow.
fn count_breaks_and_eqs(bytes: &[u8]) -> (usize, usize) {
    use super::ascii::{splat, word, zero_bytes};
    // The eight byte lanes of `x` summed (each at most 255).
    fn lanes(x: u64) -> usize {
        const EVEN: u64 = 0x00FF_00FF_00FF_00FF;
        let pairs = (x & EVEN) + ((x >> 8) & EVEN);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
    }
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    let (mut lines, mut eqs) = (0, 0);
    let (mut nl, mut eq, mut words) = (0u64, 0u64, 0u32);
    for chunk in chunks {
        let w = word(chunk);
        nl += zero_bytes(w ^ splat(b'\n')) >> 7;
        eq += zero_bytes(w ^ splat(b'=')) >> 7;
        words += 1;
        if words == 255 {
            (lines, eqs) = (lines + lanes(nl), eqs + lanes(eq));
            (nl, eq, words) = (0, 0, 0);
        }
    }
    lines += lanes(nl) + tail.iter().filter(|&&b| b == b'\n').count();
    eqs += lanes(eq) + tail.iter().filter(|&&b| b == b'=').count();
    (lines, eqs)
}

/// `KEY=value` where nothing but the assignment can be read: a key that
/// [`is_key`], `=`, and a bare value with no blank, backslash or `<` (no
/// comment, continuation or heredoc) that does not open with a quote or a
/// second `=`; not systemd's `Environment=`. The offset of the `=`.
fn plain_assignment(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let eq = leading_key_end(b)?;
    if b[eq] != b'=' || eq > 128 || &t[..eq] == "Environment" {
        return None;
    }
    let value = &b[eq + 1..];
    if matches!(value.first(), Some(b'"' | b'\'' | b'`' | b'='))
        || value
            .iter()
            .any(|c| matches!(c, b' ' | b'\t' | b'\\' | b'<'))
    {
        return None;
    }
    Some(eq)
}

/// The command after a shell prompt (`$ export SMTP_HOST=…`, `$ docker run
/// -e …`), as READMEs and terminal copies show it; the line itself
/// otherwise. (A `$NAME` or `${…}` has no blank after the `$`.)
pub(super) fn after_prompt(t: &str) -> &str {
    match t.strip_prefix("$ ") {
        Some(rest) => strings::trim_start(rest),
        None => t,
    }
}

/// `NAME="…` or `export NAME='…` whose quote is not closed on its line:
/// the quote. A line that goes on with `\` is a continued command, not
/// this.
pub(super) fn quoted_value_left_open(t: &str) -> Option<u8> {
    let t = t.strip_prefix("export ").unwrap_or(t);
    let b = t.as_bytes();
    let eq = leading_key_end(b)?;
    let q = *b.get(eq + 1)?;
    let e = t.trim_end().as_bytes();
    if b[eq] != b'=' || !matches!(q, b'"' | b'\'') || e.ends_with(b"\\") {
        return None;
    }
    // Most quoted values close at the line's end: no search for them.
    if e.len() > eq + 2 && e[e.len() - 1] == q && e[e.len() - 2] != b'\\' {
        return None;
    }
    closing_quote(t, eq + 2..t.len(), q).is_none().then_some(q)
}

/// The first `q` in `range` that closes a quoted value: for `"`, one no
/// `\` escapes (shell and `.env` rules); a `'` closes at once.
pub(super) fn closing_quote(input: &str, range: Range<usize>, q: u8) -> Option<usize> {
    let b = input.as_bytes();
    let mut i = range.start;
    while i < range.end {
        let n = b[i..range.end].iter().position(|&c| c == q || c == b'\\')?;
        i += n;
        if b[i] == q {
            return Some(i);
        }
        // `\x`: the escaped byte is skipped (only `"` values know escapes).
        i += if q == b'"' { 2 } else { 1 };
    }
    None
}

/// Where the variable name opening `b` ends (a letter or `_`, then
/// letters, digits, `_`, `.`, `-`): the offset of the first byte after
/// it; none when `b` opens with no name or is all name.
#[inline]
fn leading_key_end(b: &[u8]) -> Option<usize> {
    if !(b.first()?.is_ascii_alphabetic() || b[0] == b'_') {
        return None;
    }
    b.iter()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')))
}

/// A heredoc opener on the line: its terminator and whether `<<-` strips tabs.
pub(super) fn heredoc(line: &str) -> Option<(&str, bool)> {
    // (A byte scan first: most lines have no `<` at all.)
    let lt = line.as_bytes().iter().position(|&b| b == b'<')?;
    let at = lt + line[lt..].find("<<")?;
    let rest = &line[at + 2..];
    if rest.starts_with('<') {
        return None; // here-string `<<<`
    }
    let strip = rest.starts_with('-');
    let rest = rest.trim_start_matches('-').trim_start();
    let rest = rest.trim_start_matches(['\'', '"']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let term = &rest[..end];
    (!term.is_empty()).then_some((term, strip))
}

/// Whether the heredoc opened on `line` expands `$NAME` in its body: its
/// delimiter is not quoted (`<<EOF`, not `<<'EOF'`, `<<"EOF"` or `<<\EOF`).
fn heredoc_expands(line: &str) -> bool {
    let Some(at) = line.find("<<") else {
        return false;
    };
    let rest = line[at + 2..].trim_start_matches('-').trim_start();
    !rest.starts_with(['\'', '"', '\\'])
}

/// A file the script holds (a heredoc's body, a quoted value over several
/// lines), read in its own region as the syntax it is; `expands`: the
/// shell puts its `$NAME`s in (an unquoted heredoc, a double-quoted value).
/// Three files deep at most.
fn read_embedded_file(
    doc: &mut Document,
    body: Range<usize>,
    scope: u32,
    depth: u8,
    expands: bool,
) {
    if depth >= 3 {
        return;
    }
    let inner = doc.open(scope, [], body.start, ScopeKind::Region);
    let before = doc.entries.len();
    super::sniff::read_region(doc, body.clone(), inner, depth + 1);
    doc.close(inner, body.end);
    if expands {
        expanded_by_the_shell(doc, before);
    }
}

/// The entries read from an expanding heredoc's body from `from` on: a
/// value holding `$NAME` or `${NAME}` is what the shell puts there when it
/// writes the file (`host $MAIL_HOST` in a generated msmtprc), a reference,
/// whatever syntax the body is.
fn expanded_by_the_shell(doc: &mut Document, from: usize) {
    for i in from..doc.entries.len() {
        let e = &doc.entries[i];
        if e.value.kind == ValKind::Literal && shell_var_in(doc.text_of(&e.value)) {
            doc.entries[i].value.kind = ValKind::Reference;
        }
    }
}

/// `$NAME` or `${…}` anywhere in `text` (a `$` before a digit, blank or
/// `$` is no expansion of a name).
fn shell_var_in(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'$'
            && b.get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, b'_' | b'{'))
    })
}

/// The end of the line closing a `{ … } > file` group of shell lines
/// (`} > /etc/msmtprc`, `} >> .env`), looked for in the next 200 lines;
/// `None` for a group that writes no file.
/// Also where the look stopped.
fn echo_group_end(
    input: &str,
    lines: impl Iterator<Item = Range<usize>>,
) -> (Option<usize>, usize) {
    let mut stop = 0;
    for r in lines.take(200) {
        stop = r.end;
        let t = input[r.clone()].trim();
        if let Some(rest) = t.strip_prefix('}') {
            return (rest.trim_start().starts_with('>').then_some(r.end), stop);
        }
    }
    (None, stop)
}

/// Reads a `{ … } > file` group up to its closing line (ending at
/// `close`): the quoted text of each `echo` line is a line of the file,
/// read as `KEY=value` lines when they all are, else as a `key value`
/// conf (msmtp, ssmtp); lines echoed inside the group's `if … fi` are
/// alternatives (conditional).
fn echo_group(
    doc: &mut Document,
    lines: &mut impl Iterator<Item = Range<usize>>,
    close: usize,
    scope: u32,
) {
    let input = doc.input;
    let mut bodies: Vec<(Range<usize>, u8)> = Vec::new();
    let mut depth = 0usize;
    for r in lines.by_ref() {
        if r.end >= close {
            break;
        }
        let t = strings::trim_start(&input[r.clone()]);
        let at = r.end - t.len();
        let first = t.split([' ', '\t', ';']).next().unwrap_or("");
        match first {
            "if" | "case" => depth += 1,
            "fi" | "esac" => depth = depth.saturating_sub(1),
            _ => {}
        }
        let Some(rest) = t.strip_prefix("echo ") else {
            continue;
        };
        let rest_t = rest.trim_start();
        let s = at + (t.len() - rest_t.len());
        let b = input.as_bytes();
        if !matches!(b.get(s), Some(b'"' | b'\'')) {
            continue;
        }
        let q = &input[s..s + 1];
        let esc = if q == "'" {
            Escapes::None
        } else {
            Escapes::Shell
        };
        if let Some(st) = strings::read(input, s, 1, q, esc, false) {
            if st.after <= r.end && !st.content.is_empty() {
                let flags = if depth > 0 { flag::CONDITIONAL } else { 0 };
                bodies.push((st.content, flags));
            }
        }
    }
    let Some(start) = bodies.first().map(|b| b.0.start) else {
        return;
    };
    let env_lines = bodies
        .iter()
        .all(|(r, _)| looks_like_assignment(&input[r.clone()]));
    let inner = doc.open(scope, [], start, ScopeKind::Region);
    for (r, flags) in bodies {
        if env_lines {
            read_assignment(doc, r, inner, flags);
        } else {
            super::keyvalue::pair(doc, r, inner, super::keyvalue::Flavor::Conf, flags);
        }
    }
    doc.close(inner, close);
}

/// Handles Dockerfile instructions; `Some(true)` when the line was consumed.
fn dockerfile_instruction(
    doc: &mut Document,
    text: &str,
    at: usize,
    root: u32,
    stage: &mut u32,
    _depth: u8,
) -> Option<bool> {
    let word_end = text.find([' ', '\t']).unwrap_or(text.len());
    let word = &text[..word_end];
    match word.to_ascii_uppercase().as_str() {
        "FROM" => {
            // `FROM image AS name`: a new stage.
            let lower = text.to_ascii_lowercase();
            let name = lower.rfind(" as ").map(|i| {
                let s = at + i + 4;
                let rest = &doc.input[s..at + text.len()];
                let t = rest.trim();
                let off = s + (rest.len() - rest.trim_start().len());
                off..off + t.len()
            });
            doc.close(*stage, at);
            let segs: Vec<Seg> = name.into_iter().map(Seg::key).collect();
            *stage = doc.open(root, segs, at, ScopeKind::Block);
            Some(true)
        }
        "ENV" | "ARG" => {
            let body = at + word_end;
            read_words(doc, body..at + text.len(), *stage, 0, true);
            Some(true)
        }
        "RUN" => {
            read_statement(doc, at + word_end..at + text.len(), *stage, 0, false);
            Some(true)
        }
        "LABEL" | "COPY" | "ADD" | "CMD" | "ENTRYPOINT" | "EXPOSE" | "WORKDIR" | "USER"
        | "VOLUME" | "HEALTHCHECK" | "SHELL" | "STOPSIGNAL" | "ONBUILD" | "MAINTAINER" => {
            Some(true)
        }
        _ => None,
    }
}

/// Reads one logical line of shell: assignments, `export`, `docker -e`,
/// systemd `Environment=`, `SetEnv`, `$env:X =`, `echo 'K=V' >> file`.
/// `joined`: the statement goes on over `\` continuations, so it is a
/// shell command whose words are separate (`SMTP_HOST=… \` lines before
/// the program they are set for), not one `.env` line whose value runs to
/// its end.
fn read_statement(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8, joined: bool) {
    let input = doc.input;
    let text = &input[range.clone()];
    let t = strings::trim_start(text);
    let mut at = range.start + (text.len() - t.len());
    // Most lines are `KEY=value`: the command forms below all start with
    // `$`, `E`, `S`, `D`, `T` or a lowercase word, so skip them on one byte.
    let c0 = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !joined && !matches!(c0, b'$' | b'e' | b's' | b'd' | b't') && looks_like_assignment(t) {
        read_assignment(doc, at..range.end, scope, flags);
        return;
    }
    // PowerShell: `$env:SMTP_HOST = "x"`.
    if let Some(rest) = t.strip_prefix("$env:").or_else(|| t.strip_prefix("$Env:")) {
        let key_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let key = at + 5..at + 5 + key_end;
        let after = &rest[key_end..];
        let after_t = after.trim_start();
        if let Some(v) = after_t.strip_prefix('=') {
            let vstart = range.end - v.len();
            let value = read_value(doc, vstart..range.end);
            push_env(doc, scope, key, value, flags);
        }
        return;
    }
    // systemd: `Environment="A=1" "B=2"` / `Environment=A=1`.
    if let Some(rest) = t.strip_prefix("Environment=") {
        let start = range.end - rest.len();
        read_words(doc, start..range.end, scope, flags, false);
        return;
    }
    // Apache: `SetEnv KEY value`.
    if let Some(rest) = strip_word(t, "SetEnv").or_else(|| strip_word(t, "setenv")) {
        let start = range.end - rest.len();
        let r = &input[start..range.end];
        let r_t = r.trim_start();
        let kstart = start + (r.len() - r_t.len());
        let kend = r_t.find([' ', '\t']).map_or(range.end, |i| kstart + i);
        if kend < range.end && is_key(&input[kstart..kend]) {
            let value = read_value(doc, kend..range.end);
            push_env(doc, scope, kstart..kend, value, flags);
        }
        return;
    }
    // A Makefile's `NAME ?= value`, `NAME := value`, also after `export`.
    if !joined && read_make_assignment(doc, at..range.end, scope, flags) {
        return;
    }
    for p in SHELL_PREFIXES {
        if t.len() > p.len() && t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)) {
            at += p.len();
            let body = &input[at..range.end];
            // fish: `set -gx KEY value`
            if p.starts_with("set -") {
                let b = body.trim_start();
                let kstart = range.end - b.len();
                let kend = b.find([' ', '\t']).map_or(range.end, |i| kstart + i);
                if is_key(&input[kstart..kend]) && kend < range.end {
                    let value = read_value(doc, kend..range.end);
                    push_env(doc, scope, kstart..kend, value, flags);
                    return;
                }
            }
            read_words(doc, at..range.end, scope, flags, false);
            return;
        }
    }
    // `docker run -e K=V --env K=V`, `echo 'K=V' >> .env`, or `K=V` itself.
    if !joined && looks_like_assignment(t) {
        read_assignment(doc, at..range.end, scope, flags);
        return;
    }
    read_command(doc, at..range.end, scope, flags);
}

/// A Makefile variable assignment with one of make's operators other than
/// a plain `=` (which [`looks_like_assignment`] reads): `NAME ?= value`
/// (set unless set), `NAME := value` / `::=` / `:::=` (expanded once),
/// `NAME != command` (the command's output), optionally after `export`
/// (GNU make manual, "Setting Variables" and "Communicating Variables to
/// a Sub-make"). The name's length, the operator's
/// start and its length; `+=` (append) is not one: what it adds to is
/// elsewhere. Blanks may stand around the operator.
pub(super) fn make_assignment(t: &str) -> Option<(usize, usize, usize)> {
    let b = t.as_bytes();
    let name = leading_key_end(b)?;
    let op = t.len() - strings::trim_blanks_start(&t[name..]).len();
    let len = match &b[op..] {
        [b'?' | b'!' | b':', b'=', ..] => 2,
        [b':', b':', b'=', ..] => 3,
        [b':', b':', b':', b'=', ..] => 4,
        _ => return None,
    };
    (name <= 128).then_some((name, op, len))
}

/// Reads a [`make_assignment`] at the start of `range`, after an
/// optional `export`: the value is the rest of the line (make strips the
/// blanks after the operator; a `#` starts a comment), a reference when
/// it expands `$(NAME)`/`${NAME}` or is a command's output (`!=`).
/// Quotes are read as the shell reads them: make keeps them, but the
/// value mostly reaches the program through a recipe's command line
/// (`-e SMTP_HOST=$(SMTP_HOST)`), whose shell removes them.
/// Whether the line was one.
fn read_make_assignment(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) -> bool {
    let input = doc.input;
    let text = &input[range.clone()];
    let body = match text.strip_prefix("export") {
        Some(r) if r.starts_with([' ', '\t']) => strings::trim_blanks_start(r),
        _ => text,
    };
    let Some((name, op, len)) = make_assignment(body) else {
        return false;
    };
    let at = range.end - body.len();
    let mut value = read_value(doc, at + op + len..range.end);
    if body.as_bytes()[op] == b'!' {
        value.kind = ValKind::Reference;
    }
    push_env(doc, scope, at..at + name, value, flags);
    true
}

/// A systemd unit's or Podman Quadlet's section header (`[Service]`,
/// `[Container]`): its lines are directives (`User=www-data`,
/// `ExecStart=…`, `Volume=…`), not variables; only `Environment=` and a
/// Quadlet `Secret=…,type=env,target=VAR` give the program environment
/// variables (systemd.exec(5), podman-systemd.unit(5)).
pub(super) fn unit_section(line: &str) -> bool {
    matches!(
        line.trim_end(),
        "[Unit]"
            | "[Service]"
            | "[Install]"
            | "[Socket]"
            | "[Timer]"
            | "[Path]"
            | "[Mount]"
            | "[Container]"
            | "[Pod]"
            | "[Kube]"
            | "[Volume]"
    )
}

/// One directive line of a [`unit_section`] (`body`: the line after any
/// comment mark): `Environment=` words and Quadlet env secrets are read
/// into `scope`; every other directive is passed over.
pub(super) fn unit_directive(doc: &mut Document, body: Range<usize>, scope: u32, flags: u8) {
    let t = &doc.input[body.clone()];
    if let Some(rest) = t.strip_prefix("Environment=") {
        read_words(doc, body.end - rest.len()..body.end, scope, flags, false);
    } else if let Some(rest) = t.strip_prefix("Secret=") {
        quadlet_secret(doc, body.end - rest.len()..body.end, scope, flags);
    }
}

/// Quadlet's `Secret=name,type=env,target=VAR`: `VAR` holds the Podman
/// secret `name`, a value stored outside the paste (a reference to it).
fn quadlet_secret(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) {
    let text = &doc.input[range.clone()];
    let mut name = None;
    let (mut env, mut target) = (false, None);
    let mut at = range.start;
    for (i, part) in text.split(',').enumerate() {
        let part_range = at..at + part.len();
        at += part.len() + 1;
        if i == 0 {
            name = Some(part_range);
        } else if part.trim() == "type=env" {
            env = true;
        } else if let Some(v) = part.strip_prefix("target=") {
            target = Some(part_range.end - v.len()..part_range.end);
        }
    }
    if let (true, Some(name), Some(target)) = (env, name, target) {
        if is_key(&doc.input[target.clone()]) && name.end > name.start {
            let value = doc.val(name, None, Quote::None, ValKind::Reference);
            push_env(doc, scope, target, value, flags);
        }
    }
}

fn strip_word<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    let rest = t.strip_prefix(word)?;
    rest.starts_with([' ', '\t']).then_some(rest)
}

/// Adds one variable. A dotted name (`spring.mail.host`, which Spring Boot
/// and Quarkus read from the environment as written) is a path of its
/// parts, split as the properties reader splits its keys (`key_segs`), so
/// the tables' dotted keys match it; a name without a dot is one segment.
fn push_env(doc: &mut Document, scope: u32, key: Range<usize>, value: super::Val, flags: u8) {
    if doc.input.as_bytes()[key.clone()].contains(&b'.') {
        let segs = super::keyvalue::key_segs(doc.input, key.clone());
        doc.push(scope, segs, key, value, Syntax::Env, flags);
    } else {
        doc.push(
            scope,
            [Seg::key(key.clone())],
            key,
            value,
            Syntax::Env,
            flags,
        );
    }
}

/// `KEY=` at the start (no blank inside the key; blanks around `=` allowed).
fn looks_like_assignment(t: &str) -> bool {
    // Bytes, not chars: every byte of a non-ASCII char ends the key as
    // the char did.
    let end = t
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')))
        .unwrap_or(t.len());
    if end == 0 || !t.as_bytes()[0].is_ascii_alphabetic() && t.as_bytes()[0] != b'_' {
        return false;
    }
    let rest = strings::trim_blanks_start(&t[end..]);
    rest.starts_with('=') && !rest.starts_with("==")
}

pub fn is_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 128
        && (k.as_bytes()[0].is_ascii_alphabetic() || k.as_bytes()[0] == b'_')
        && k.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// One `KEY = value` (the whole rest of the line is the value).
fn read_assignment(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) {
    let input = doc.input;
    // A range cut by a quoted word's end can fall inside a character that
    // replaced invalid bytes: nothing to read there.
    let Some(t) = input.get(range.clone()) else {
        return;
    };
    let Some(eq) = t.bytes().position(|b| b == b'=') else {
        return;
    };
    let key_text = t[..eq].trim_end();
    if !is_key(key_text) {
        return;
    }
    let key = range.start..range.start + key_text.len();
    let value = read_value(doc, range.start + eq + 1..range.end);
    push_env(doc, scope, key, value, flags);
}

/// Reads several shell words of the form `KEY=value` (Dockerfile `ENV`,
/// `export A=1 B=2`, systemd `Environment="A=1" B=2`). `legacy`: a single
/// `KEY value` pair is allowed (Dockerfile `ENV KEY value`).
fn read_words(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8, legacy: bool) {
    let input = doc.input;
    let bytes = input.as_bytes();
    let mut i = range.start;
    let end = range.end;
    let skip_blank = |mut i: usize| {
        while i < end && matches!(bytes[i], b' ' | b'\t' | b'\\' | b'\n' | b'\r') {
            i += 1;
        }
        i
    };
    i = skip_blank(i);
    // Legacy `ENV KEY value with spaces`.
    if legacy {
        let word_end = input[i..end].find([' ', '\t', '=']).map_or(end, |p| i + p);
        if word_end < end && bytes[word_end] != b'=' && is_key(&input[i..word_end]) {
            let value = read_value(doc, word_end..end);
            push_env(doc, scope, i..word_end, value, flags);
            return;
        }
    }
    let mut guard = 0;
    while i < end && guard < 4096 {
        guard += 1;
        // A word that is quoted whole: `"A=1"` (systemd, docker -e "A=1").
        if matches!(bytes[i], b'"' | b'\'') {
            let q = &input[i..i + 1];
            let esc = if q == "'" {
                Escapes::None
            } else {
                Escapes::Shell
            };
            let Some(s) = strings::read(input, i, 1, q, esc, false) else {
                return;
            };
            if s.after > end {
                return;
            }
            read_assignment(doc, s.content.clone(), scope, flags);
            i = skip_blank(s.after);
            continue;
        }
        let key_end = input[i..end]
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .map_or(end, |p| i + p);
        if key_end == i || key_end >= end || bytes[key_end] != b'=' || !is_key(&input[i..key_end]) {
            // Not an assignment: skip the word.
            let next = input[i..end].find([' ', '\t']).map_or(end, |p| i + p);
            i = skip_blank(next.max(i + 1));
            continue;
        }
        let vstart = key_end + 1;
        let vend = word_end(input, vstart, end);
        let value = read_value(doc, vstart..vend);
        push_env(doc, scope, i..key_end, value, flags);
        i = skip_blank(vend);
    }
}

/// The words of `input[range]` on one line, blanks between (each to its
/// [`word_end`]: quotes and `${…}` kept whole).
fn line_words(input: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = input.as_bytes();
    let mut i = range.start;
    std::iter::from_fn(move || {
        while i < range.end && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= range.end {
            return None;
        }
        let we = word_end(input, i, range.end).max(i + 1);
        let w = i..we;
        i = we;
        Some(w)
    })
}

/// Where a shell word starting at `i` ends (quotes keep blanks inside).
fn word_end(input: &str, mut i: usize, end: usize) -> usize {
    let bytes = input.as_bytes();
    while i < end {
        match bytes[i] {
            b' ' | b'\t' => return i,
            b'"' | b'\'' => {
                let q = &input[i..i + 1];
                let esc = if q == "'" {
                    Escapes::None
                } else {
                    Escapes::Shell
                };
                match strings::read(input, i, 1, q, esc, false) {
                    Some(s) if s.after <= end => i = s.after,
                    _ => return end,
                }
            }
            b'\\' => i += 2,
            // `${…}` is one expansion to its closing brace, blanks and all
            // (`${VAR:-a b}`, Nix's `${lib.escapeShellArg cfg.host}`).
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                let mut depth = 0u32;
                while i < end {
                    match bytes[i] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        b'\n' => return i,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    end.min(input.len())
}

/// The flags whose next word is `K=V`: a container's environment, Helm's
/// chart values (`helm install --set smtpHost=…`) and a Kubernetes
/// secret's literals.
pub(super) const OPTIONS: [&str; 10] = [
    "-e ",
    "--env ",
    "--env=",
    "-e=",
    "--set ",
    "--set=",
    "--set-string ",
    "--set-string=",
    // `kubectl create secret generic … --from-literal=SMTP_HOST=…`
    "--from-literal=",
    "--from-literal ",
];

/// Helm's `--set a=1,b.c=2` (one word, maybe quoted): values split at each
/// comma not escaped by `\` (Helm's own rule); the dotted key is the
/// value's path in the chart's values.
fn read_helm_set(doc: &mut Document, word: Range<usize>, scope: u32, flags: u8) {
    let bytes = doc.input.as_bytes();
    let mut w = word;
    if w.end > w.start + 1
        && matches!(bytes[w.start], b'"' | b'\'')
        && bytes[w.end - 1] == bytes[w.start]
    {
        w = w.start + 1..w.end - 1;
    }
    let mut from = w.start;
    let mut i = w.start;
    while i < w.end {
        match bytes[i] {
            b'\\' => i += 1,
            b',' => {
                read_assignment(doc, from..i, scope, flags);
                from = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if from < w.end {
        read_assignment(doc, from..w.end, scope, flags);
    }
}

/// A command line: `-e K=V`, `--env K=V`, `--env=K=V`, `--set K=V`,
/// `echo 'K=V' >> file`, and the `KEY=value` words of a command with an
/// upper-case key: the shell's assignments before the program
/// (`SMTP_HOST=… python app.py`) and a CLI's settings (`fly secrets set
/// SMTP_HOST=…`, `heroku config:set SMTP_HOST=…`).
fn read_command(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) {
    let input = doc.input;
    let text = &input[range.clone()];
    // `echo 'K=V' >> .env` / `printf "K=V\n" >> …`, also as a Makefile
    // recipe line (`@echo "K=V" >> .env`: `@` silences the line, `-`
    // ignores its failure, `+` runs it under `make -n`).
    let t = text.trim_start();
    let t = match t.strip_prefix(['@', '-', '+']) {
        Some(r) if r.starts_with("echo ") || r.starts_with("printf ") => r,
        _ => t,
    };
    if (t.starts_with("echo ") || t.starts_with("printf ")) && text.contains('>') {
        let s = range.start + (text.len() - t.len()) + t.find(' ').unwrap_or(0);
        let upto = range.start + text.find('>').unwrap_or(text.len());
        let inner = strings::trim(input, s..upto);
        let b = input.as_bytes();
        if inner.end > inner.start + 1
            && matches!(b[inner.start], b'"' | b'\'')
            && b[inner.end - 1] == b[inner.start]
        {
            let body = inner.start + 1..inner.end - 1;
            let body = if input[body.clone()].ends_with("\\n") {
                body.start..body.end - 2
            } else {
                body
            };
            if looks_like_assignment(&input[body.clone()]) {
                read_assignment(doc, body, scope, flags);
            } else {
                relay_line(doc, body, scope);
            }
        } else if env_word(&input[inner.clone()]) {
            // Unquoted, `echo SMTP_HOST=smtp.example.com >> .env`: echo
            // writes its words joined by one blank, so the line written is
            // the words up to the redirection.
            read_assignment(doc, inner, scope, flags);
        }
        return;
    }
    if let Some(args) = postconf_args(t) {
        read_postconf(doc, range.end - args.len()..range.end, scope, flags);
        return;
    }
    // `swaks --server … --auth-user …`, `curl --url smtp://…`: a mail
    // tool's options.
    if super::argv::read(doc, range.clone(), scope, flags) {
        return;
    }
    if command_word(t) && read_config_set(doc, range.clone(), scope, flags) {
        return;
    }
    if read_set_commands(doc, range.clone(), scope, flags, &DRUSH_SET)
        || read_set_commands(doc, range.clone(), scope, flags, &BIN_CONFIG_SET)
    {
        return;
    }
    let bytes = input.as_bytes();
    // A command's `KEY=value` words count when the line opens with a
    // program (`fly`, `heroku`, `/usr/bin/env`) or with such a word itself;
    // a line opening with stray text (`} MAILER_DSN=smtp://…`) is no
    // command, and its values are not cut at blanks.
    let command = command_word(t) || env_word(t);
    let mut i = range.start;
    let end = range.end;
    let mut guard = 0;
    while i < end && guard < 4096 {
        guard += 1;
        let rest = &input[i..end];
        let opt = OPTIONS.iter().find(|o| rest.starts_with(**o));
        let prev_blank = i == range.start || matches!(bytes[i - 1], b' ' | b'\t');
        if let (Some(o), true) = (opt, prev_blank) {
            let mut s = i + o.len();
            while s < end && matches!(bytes[s], b' ' | b'\t') {
                s += 1;
            }
            let we = word_end(input, s, end);
            if s < we && o.starts_with("--set") {
                read_helm_set(doc, s..we, scope, flags);
            } else if s < we {
                if matches!(bytes[s], b'"' | b'\'') && we > s + 1 {
                    read_assignment(doc, s + 1..we - 1, scope, flags);
                } else if input[s..we].contains('=') {
                    read_assignment(doc, s..we, scope, flags);
                } else if is_key(&input[s..we]) {
                    // `-e KEY`: passed through from the host environment.
                    let value = doc.val(s..we, None, Quote::None, ValKind::Reference);
                    push_env(doc, scope, s..we, value, flags);
                }
            }
            i = we.max(i + 1);
            continue;
        }
        let word_start = i == range.start || matches!(bytes[i - 1], b' ' | b'\t' | b'\n');
        if command && word_start && env_word(&input[i..end]) {
            let we = word_end(input, i, end);
            read_assignment(doc, i..we, scope, flags);
            i = we.max(i + 1);
            continue;
        }
        i = input[i..end]
            .find([' ', '\t', '\n'])
            .map_or(end, |p| i + p + 1);
    }
}

/// `bin/magento config:set [--scope=… --lock-env …] system/smtp/host
/// smtp.example.com` (also behind `php`, `docker exec … php`, a wrapper
/// function): Magento's command that stores one configuration path. The
/// path's `/`-separated parts are the entry's segments (`system.smtp.host`,
/// as the same setting reads in `env.php`); the next word is the value.
/// Returns whether the line was such a command. Options before the path
/// are passed over; a path word without `/` (Heroku's `config:set K=V`) is
/// not one.
fn read_config_set(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) -> bool {
    let input = doc.input;
    let bytes = input.as_bytes();
    let text = &input[range.clone()];
    let Some(at) = text
        .match_indices("config:set")
        .map(|(i, _)| range.start + i)
        .find(|&i| {
            let after = i + "config:set".len();
            (i == range.start || matches!(bytes[i - 1], b' ' | b'\t'))
                && matches!(bytes.get(after), Some(b' ' | b'\t'))
                && after < range.end
        })
    else {
        return false;
    };
    // Options come before the path.
    let mut words = line_words(input, at + "config:set".len()..range.end)
        .skip_while(|w| bytes[w.start] == b'-');
    let Some(path) = words.next() else {
        return false;
    };
    let p = &input[path.clone()];
    let plain = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'/' | b'-');
    if !p.contains('/') || p.starts_with('/') || p.ends_with('/') || !p.bytes().all(plain) {
        return false;
    }
    let mut segs = Vec::new();
    let mut from = path.start;
    for (j, _) in p.match_indices('/') {
        segs.push(Seg::key(from..path.start + j));
        from = path.start + j + 1;
    }
    segs.push(Seg::key(from..path.end));
    // No value word: `config:set PATH` stores an empty value.
    let value = match words.next() {
        Some(v) => read_value(doc, v),
        None => doc.val(path.end..path.end, None, Quote::None, ValKind::Literal),
    };
    doc.push(scope, segs, path, value, Syntax::Env, flags);
    true
}

/// A program's command that stores one configuration key from the shell.
struct SetCommand {
    /// Whether a word is the program (`drush`, `vendor/bin/drush`,
    /// `$DRUSH`; `./bin/config`).
    program: fn(&str) -> bool,
    verbs: &'static [&'static str],
    /// Name words before the value (drush: the object and its key).
    names: usize,
    /// Text every such line holds, one of them (asked before its words
    /// are split).
    needles: &'static [&'static str],
}

fn drush_word(w: &str) -> bool {
    let w = w.trim_matches(['$', '{', '}', '"', '\'']);
    w.eq_ignore_ascii_case("drush") || w.ends_with("/drush") || w.ends_with("drush.php")
}

/// `drush config:set NAME KEY VALUE` (also `cset`, `config-set`; after
/// `vendor/bin/drush`, `$DRUSH`, `php …/drush.php`, `ddev`/`lando drush`):
/// Drupal's command that stores one key of a configuration object. The
/// name's and the key's parts are the entry's segments
/// (`smtp.settings.smtp_host`, as `$config['smtp.settings']['smtp_host']`
/// reads in settings.php); the next word is the value.
const DRUSH_SET: SetCommand = SetCommand {
    program: drush_word,
    verbs: &["cset", "config:set", "config-set"],
    names: 2,
    // `drush`, `$DRUSH`.
    needles: &["rush", "RUSH"],
};

/// `./bin/config set KEY VALUE` (Phabricator's and Phorge's `bin/config`,
/// also as `${ROOT}/bin/config`, behind `sudo` or `docker exec …`): the
/// key's parts are the entry's segments (`phpmailer.smtp-host`, as
/// `local.json` writes it); the next word is the value. `--stdin` (the
/// value read from a file) is passed over.
const BIN_CONFIG_SET: SetCommand = SetCommand {
    program: |w| w.ends_with("bin/config"),
    verbs: &["set"],
    names: 1,
    needles: &["bin/config"],
};

/// A configuration name or key word: letters, digits and `_.:-`.
fn name_word(w: &str) -> bool {
    !w.is_empty()
        && w.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':' | b'-'))
}

/// One segment per `.`-separated part of the word at `r` (and `:`, drush's
/// separator of nested keys).
fn dotted_segs(input: &str, r: Range<usize>, segs: &mut Vec<Seg>) {
    let mut from = r.start;
    for (j, _) in input[r.clone()].match_indices(['.', ':']) {
        segs.push(Seg::key(from..r.start + j));
        from = r.start + j + 1;
    }
    segs.push(Seg::key(from..r.end));
}

/// Reads every `cmd` command of the line (`… -y && drush cset …` chains
/// them): options (`-y`, `--input-format=…`) are passed over wherever they
/// stand; the first name holds a `.` (`smtp.settings`,
/// `phpmailer.smtp-host`); a redirection or a chaining word is no value.
/// One pass over the line's words. Returns whether any was read.
fn read_set_commands(
    doc: &mut Document,
    range: Range<usize>,
    scope: u32,
    flags: u8,
    cmd: &SetCommand,
) -> bool {
    let input = doc.input;
    let bytes = input.as_bytes();
    let text = &input[range.clone()];
    if !cmd.needles.iter().any(|n| text.contains(n)) {
        return false;
    }
    let mut words = line_words(input, range).filter(|w| bytes[w.start] != b'-');
    let mut any = false;
    while words.by_ref().any(|w| (cmd.program)(&input[w])) {
        if !words.next().is_some_and(|v| cmd.verbs.contains(&&input[v])) {
            continue;
        }
        let mut parts: Vec<Range<usize>> = Vec::with_capacity(cmd.names + 1);
        for w in words.by_ref() {
            if matches!(bytes[w.start], b'<' | b'>' | b'|' | b'&' | b';') {
                break;
            }
            parts.push(w);
            if parts.len() > cmd.names {
                break;
            }
        }
        let [names @ .., value] = parts.as_slice() else {
            continue;
        };
        if names.len() != cmd.names
            || !names.iter().all(|n| name_word(&input[n.clone()]))
            || !names
                .first()
                .is_some_and(|n| input[n.clone()].contains('.'))
        {
            continue;
        }
        let mut segs = Vec::new();
        for n in names {
            dotted_segs(input, n.clone(), &mut segs);
        }
        let key = names.last().map_or(value.clone(), Clone::clone);
        let v = read_value(doc, value.clone());
        doc.push(scope, segs, key, v, Syntax::Env, flags);
        any = true;
    }
    any
}

/// The words after `postconf` (or `sudo postconf`, `/usr/sbin/postconf`):
/// Postfix's command that writes main.cf, one `name = value` per word.
fn postconf_args(t: &str) -> Option<&str> {
    let t = strip_word(t, "sudo").map_or(t, str::trim_start);
    let word_end = t.find([' ', '\t'])?;
    let prog = &t[..word_end];
    (prog == "postconf" || prog.ends_with("/postconf")).then(|| &t[word_end..])
}

/// `postconf -e 'relayhost = [smtp.example.com]:587' "smtp_tls_security_level = encrypt"`:
/// every word holding `=` is one main.cf parameter (postconf(1): `-e` edits,
/// and a `name=value` word edits without it too); flags are passed over.
fn read_postconf(doc: &mut Document, range: Range<usize>, scope: u32, flags: u8) {
    let input = doc.input;
    let bytes = input.as_bytes();
    for w in line_words(input, range) {
        let (i, we) = (w.start, w.end);
        let quoted = matches!(bytes[i], b'"' | b'\'') && we > i + 1 && bytes[we - 1] == bytes[i];
        let word = if quoted { i + 1..we - 1 } else { w };
        if bytes[i] != b'-' && input[word.clone()].contains('=') {
            read_assignment(doc, word, scope, flags);
        }
    }
}

/// A quoted line echoed into a relay's file that is no `KEY=value`
/// (`echo "smtp.example.com smtp --port=587 --user=u" > /etc/nullmailer/remotes`,
/// `echo "[smtp.example.com]:587 u:p" > /etc/postfix/sasl_passwd`): read
/// as that file when it sniffs as one (a relay's `key value` conf,
/// nullmailer remotes, smtpd.conf or sendmail lines), not otherwise.
fn relay_line(doc: &mut Document, body: Range<usize>, scope: u32) {
    use super::keyvalue::Flavor;
    use super::sniff::{choose, Choice};
    if body.is_empty() {
        return;
    }
    if matches!(
        choose(doc.input, body.clone()),
        Choice::KeyValue(Flavor::Conf) | Choice::Remotes | Choice::Smtpd | Choice::M4
    ) {
        let inner = doc.open(scope, [], body.start, ScopeKind::Region);
        super::sniff::read_region(doc, body.clone(), inner, 2);
        doc.close(inner, body.end);
    }
}

/// Whether `t` opens with a program's name: a letter, `.` or `/`, then
/// letters, digits and `_./:-` up to a blank (`heroku`, `config:set`,
/// `./run.sh`, `/usr/bin/env`).
fn command_word(t: &str) -> bool {
    let b = t.as_bytes();
    let n = b
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'/' | b':' | b'-')))
        .unwrap_or(b.len());
    n > 0
        && (b[0].is_ascii_alphabetic() || matches!(b[0], b'.' | b'/'))
        && matches!(b.get(n), None | Some(b' ' | b'\t'))
}

/// Whether `rest` starts with an upper-case `KEY=` shell word
/// (`SMTP_HOST=`, not `--set`, `a=b` or `K==`).
pub(super) fn env_word(rest: &str) -> bool {
    let b = rest.as_bytes();
    let n = b
        .iter()
        .position(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_'))
        .unwrap_or(b.len());
    n > 0 && b[0].is_ascii_uppercase() && b.get(n) == Some(&b'=') && b.get(n + 1) != Some(&b'=')
}

/// Reads a value after `=` up to the end of `range`: quoted, or bare up to
/// an inline ` #` comment, trimmed.
pub fn read_value(doc: &mut Document, range: Range<usize>) -> super::Val {
    let input = doc.input;
    let r = &input[range.clone()];
    let lead = r.len() - strings::trim_blanks_start(r).len();
    let start = range.start + lead;
    let bytes = input.as_bytes();
    if start < range.end && matches!(bytes[start], b'"' | b'\'' | b'`') {
        let q = &input[start..start + 1];
        let esc = match q {
            "'" => Escapes::None,
            _ => Escapes::Shell,
        };
        if let Some(s) = strings::read(input, start, 1, q, esc, false) {
            if s.after <= range.end && !goes_on(&input[s.after..range.end]) {
                // Borrowed, not copied: only looked at here.
                let text = s.decoded.as_deref().unwrap_or(&input[s.content.clone()]);
                let quote = match q {
                    "'" => Quote::Single,
                    "\"" => Quote::Double,
                    _ => Quote::Backtick,
                };
                let kind = if q == "`" || (q == "\"" && has_template(text, true)) {
                    ValKind::Reference
                } else {
                    ValKind::Literal
                };
                return doc.val(s.content, s.decoded, quote, kind);
            }
        }
    }
    // Bare: cut an inline comment (a `#` after a blank). Blanks right
    // after `=` count too: `MAIL_USERNAME=      # Server API token` is an
    // empty value with a comment (dotenv, phpdotenv, python-dotenv and
    // Compose all read it so), while `KEY=#x` keeps its `#`.
    let line = &input[start..range.end];
    let cut = if lead > 0 && line.starts_with('#') {
        start
    } else {
        line.as_bytes()
            .windows(2)
            .position(|w| w[1] == b'#' && (w[0] == b' ' || w[0] == b'\t'))
            .map_or(range.end, |i| start + i)
    };
    let mut t = strings::trim(input, start..cut);
    // A README line that ends in an HTML line break (`MAIL_PORT=587<br>`):
    // markup around the paste, not part of the value.
    if let Some(tag) = trailing_line_break(&input[t.clone()]) {
        t = strings::trim(input, t.start..t.end - tag);
    }
    let text = &input[t.clone()];
    doc.val(t, None, Quote::None, bare_kind(text))
}

/// Whether the text after a closing quote goes on with more of the value:
/// `KEY='Typebot Notifications' <notifications@typebot.io>`, as Typebot's
/// docs write a From. Node's `dotenv` and Ruby's `dotenv` (the same line
/// pattern) then take the whole rest of the line, quotes and all, as the
/// value; Compose `env_file`, godotenv and phpdotenv refuse the line, and
/// python-dotenv skips it. The reading that loads is the one to check, so
/// the value is read bare. Nothing after the quote, an inline comment, or a
/// shell operator (`KEY="x"; export KEY`, `&&`, `|`, `)`) keeps the quoted
/// reading, and so does a README's `<br>` after it.
fn goes_on(after: &str) -> bool {
    let t = strings::trim_blanks_start(after);
    let t = t.trim_end_matches(['\r', '\n']);
    !t.is_empty()
        && !t.starts_with(['#', ';', '&', '|', ')'])
        && trailing_line_break(t) != Some(t.len())
}

/// What an unquoted value is: a reference when it substitutes (`${X}`,
/// `$X`, `$(cmd)`) or is code reading the environment (a Python settings
/// file written `EMAIL_HOST=os.environ.get("EMAIL_HOST")` unspaced, read
/// as `.env` lines: that text is no host), else literal text.
fn bare_kind(text: &str) -> ValKind {
    if has_template(text, true)
        || text.starts_with("$(")
        || (text.ends_with(')') && super::resolve::env_read(text).is_some())
    {
        ValKind::Reference
    } else {
        ValKind::Literal
    }
}

/// The length of an HTML `<br>`, `<br/>` or `<br />` (any case) that
/// ends `value`, if one does.
fn trailing_line_break(value: &str) -> Option<usize> {
    let b = value.as_bytes();
    ["<br>", "<br/>", "<br />"].iter().find_map(|tag| {
        let n = tag.len();
        (b.len() >= n && b[b.len() - n..].eq_ignore_ascii_case(tag.as_bytes())).then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::super::Document;
    use super::*;

    fn read_env(input: &str, flavor: Flavor) -> Vec<(String, String, bool)> {
        super::super::entries_read_by(input, |doc, r, scope| read(doc, r, scope, flavor, 0))
    }

    /// The key paths and values of `read_env`'s entries.
    fn keys_and_values(got: &[(String, String, bool)]) -> Vec<(&str, &str)> {
        got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect()
    }

    /// make's assignment forms: the name, the value without the blanks
    /// around it; `$(VAR)`/`${VAR}` and a command's output are references;
    /// `+=` appends to a value set elsewhere and is not read.
    #[test]
    fn makefile_assignments() {
        let got = read_env(
            "export SMTP_HOST ?= smtp.postmarkapp.com\nSMTP_PORT := 587  \nSMTP_USER = tok\nSMTP_FROM::=hi@acme.io\nSMTP_PASS ?= $(POSTMARK_TOKEN)\nSMTP_TLS ?= ${TLS} # on\nSMTP_NAME != hostname\nCFLAGS += -O2\n# SMTP_PORT ?= 465\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("SMTP_HOST", "smtp.postmarkapp.com"),
                ("SMTP_PORT", "587"),
                ("SMTP_USER", "tok"),
                ("SMTP_FROM", "hi@acme.io"),
                ("SMTP_PASS", "$(POSTMARK_TOKEN)"),
                ("SMTP_TLS", "${TLS}"),
                ("SMTP_NAME", "hostname"),
                ("SMTP_PORT", "465"),
            ]
        );
        assert!(got[7].2, "the commented line is commented: {got:?}");
        let doc = Document::read("SMTP_PASS ?= $(POSTMARK_TOKEN)\nSMTP_TLS ?= ${TLS}\nSMTP_NAME != hostname\nSMTP_HOST ?= smtp.postmarkapp.com\n");
        let kinds: Vec<ValKind> = doc.entries.iter().map(|e| e.value.kind).collect();
        assert_eq!(
            kinds,
            [
                ValKind::Reference,
                ValKind::Reference,
                ValKind::Reference,
                ValKind::Literal
            ]
        );
        assert_eq!(make_assignment("A ?= b"), Some((1, 2, 2)));
        assert_eq!(make_assignment("A:::=b"), Some((1, 1, 4)));
        assert_eq!(make_assignment("A += b"), None);
        assert_eq!(make_assignment("A = b"), None);
        assert_eq!(make_assignment(": x"), None);
    }

    /// A shell prompt before each command (a README's `$ export …`, `$
    /// docker run -e …`): the commands are read; `$NAME` alone is not one.
    #[test]
    fn prompted_commands() {
        let got = read_env(
            "$ export EMAIL_HOST=\"smtp.postmarkapp.com\"\n$ export EMAIL_PORT=\"587\"\n$ docker run -e SMTP_USER=tok app\n$\n",
            Flavor::Shell,
        );
        assert_eq!(
            got,
            [
                ("EMAIL_HOST".into(), "smtp.postmarkapp.com".into(), false),
                ("EMAIL_PORT".into(), "587".into(), false),
                ("SMTP_USER".into(), "tok".into(), false),
            ]
        );
        assert_eq!(after_prompt("$HOME=x"), "$HOME=x");
    }

    #[test]
    fn dotenv_lines() {
        let got = read_env(
            "export MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=\"587\" # stock\n# MAIL_PORT=465\nMAIL_PASSWORD='a#b' \nEMPTY=\n",
            Flavor::Shell,
        );
        assert_eq!(
            got[0],
            ("MAIL_HOST".into(), "smtp.postmarkapp.com".into(), false)
        );
        assert_eq!(got[1], ("MAIL_PORT".into(), "587".into(), false));
        assert_eq!(got[2], ("MAIL_PORT".into(), "465".into(), true));
        assert_eq!(got[3], ("MAIL_PASSWORD".into(), "a#b".into(), false));
        assert_eq!(got[4], ("EMPTY".into(), "".into(), false));
        // Blanks, then a comment: an empty value (a `.env.example` with its
        // notes aligned); a `#` right after `=` is the value's.
        let got = read_env(
            "MAIL_USERNAME=                # Server API token\nMAIL_PASSWORD=\t# same token\nHASH=#abc\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("MAIL_USERNAME", ""),
                ("MAIL_PASSWORD", ""),
                ("HASH", "#abc")
            ]
        );
    }

    /// A systemd unit (in a heredoc read as shell) gives its program only
    /// the `Environment=` variables: `User=` is the account the service
    /// runs as, not an SMTP login. Quadlet's env secret is a reference.
    #[test]
    fn a_systemd_unit_gives_only_its_environment_lines() {
        let got = read_env(
            "[Unit]\nDescription=App\n\n[Service]\nUser=www-data\nGroup=www-data\nEnvironment=SMTP_HOST=smtp.postmarkapp.com\nEnvironment=\"SMTP_PORT=587\" SMTP_FROM=a@b.io\n#Environment=SMTP_PORT=25\nSecret=smtp-token,type=env,target=SMTP_PASS\nSecret=tls-cert,type=mount,target=/c\nExecStart=/usr/bin/app\n[Install]\nWantedBy=multi-user.target\nsudo systemctl daemon-reload\nexport SMTP_USER=tok\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("SMTP_HOST", "smtp.postmarkapp.com"),
                ("SMTP_PORT", "587"),
                ("SMTP_FROM", "a@b.io"),
                ("SMTP_PORT", "25"),
                ("SMTP_PASS", "smtp-token"),
                ("SMTP_USER", "tok"),
            ]
        );
    }

    /// An unquoted heredoc's body has the shell's `$NAME` put in: values
    /// holding one are references; a quoted delimiter keeps them as text.
    #[test]
    fn an_expanding_heredoc_makes_its_variables_references() {
        let src = "cat <<EOF > ~/.msmtprc\naccount default\nhost $mail_host\nport 587\npassword ${MAIL_PASSWORD}\nEOF\n";
        let doc = Document::read(src);
        let kinds: Vec<(String, ValKind)> = doc
            .entries
            .iter()
            .map(|e| (doc.text_of(&e.value).to_string(), e.value.kind))
            .collect();
        assert!(
            kinds.contains(&("$mail_host".into(), ValKind::Reference)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("587".into(), ValKind::Literal)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("${MAIL_PASSWORD}".into(), ValKind::Reference)),
            "{kinds:?}"
        );
        let quoted = src.replace("<<EOF", "<<'EOF'");
        let doc = Document::read(&quoted);
        assert!(doc
            .entries
            .iter()
            .any(|e| doc.text_of(&e.value) == "$mail_host" && e.value.kind == ValKind::Literal));
    }

    /// `postconf -e` takes any number of `name = value` words.
    #[test]
    fn postconf_reads_every_parameter_word() {
        let got = read_env(
            "sudo postconf -e \"relayhost = [smtp.postmarkapp.com]:587\" 'smtp_sasl_auth_enable = yes'\n/usr/sbin/postconf smtp_tls_security_level=encrypt\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("relayhost", "[smtp.postmarkapp.com]:587"),
                ("smtp_sasl_auth_enable", "yes"),
                ("smtp_tls_security_level", "encrypt")
            ]
        );
    }

    /// `echo KEY=value >> .env` written without quotes is read as the line
    /// echo writes.
    #[test]
    fn an_unquoted_echo_into_a_file_is_the_line_it_writes() {
        let got = read_env(
            "echo SMTP_HOST=smtp.postmarkapp.com >> .env\necho \"SMTP_PORT=587\" >> .env\necho hello > out\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [("SMTP_HOST", "smtp.postmarkapp.com"), ("SMTP_PORT", "587")]
        );
    }

    #[test]
    fn an_html_line_break_after_a_value_is_markup() {
        let got = read_env(
            "\tMAIL_PORT=587<br>\n\tMAIL_HOST=smtp.postmarkapp.com <BR />\nMAIL_FROM=\"a@b.io\"<br>\nP=ab<br/>\nQ=<br>x\n",
            Flavor::Shell,
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            values,
            ["587", "smtp.postmarkapp.com", "a@b.io", "ab", "<br>x"]
        );
    }

    #[test]
    fn a_value_that_goes_on_after_its_closing_quote_is_the_whole_rest() {
        let got = read_env(
            "NEXT_PUBLIC_SMTP_FROM='Typebot Notifications' <notifications@typebot.io>\n\
             FROM=\"Acme\" <a@acme.io> # who\n\
             A=\"x\" # note\n\
             B='y';export B\n\
             C=\"z\" && run\n\
             D='w'  \n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                (
                    "NEXT_PUBLIC_SMTP_FROM",
                    "'Typebot Notifications' <notifications@typebot.io>"
                ),
                ("FROM", "\"Acme\" <a@acme.io>"),
                ("A", "x"),
                ("B", "y"),
                ("C", "z"),
                ("D", "w"),
            ]
        );
    }

    #[test]
    fn references() {
        let input = "A=${X}\nB='${X}'\nC=\"$Y\"\nD=pa$$word\n";
        let mut doc = Document::empty(input);
        read(&mut doc, 0..input.len(), 0, Flavor::Shell, 0);
        let kinds: Vec<ValKind> = doc.entries.iter().map(|e| e.value.kind).collect();
        assert_eq!(
            kinds,
            [
                ValKind::Reference,
                ValKind::Literal,
                ValKind::Reference,
                ValKind::Literal
            ]
        );
    }

    #[test]
    fn dockerfile_env_and_stages() {
        let got = read_env(
            "FROM node:20 AS build\nENV SMTP_HOST=smtp.postmarkapp.com \\\n    SMTP_PORT=\"2525\"\nFROM alpine AS run\nENV SMTP_USER token\nRUN echo 'SMTP_PASS=abc' >> .env\n",
            Flavor::Dockerfile,
        );
        assert_eq!(got[0].0, "build.SMTP_HOST");
        assert_eq!(got[1], ("build.SMTP_PORT".into(), "2525".into(), false));
        assert_eq!(got[2], ("run.SMTP_USER".into(), "token".into(), false));
        assert_eq!(got[3], ("run.SMTP_PASS".into(), "abc".into(), false));
    }

    /// A dotted name (`ENV spring.mail.host=…`, `-e spring.mail.port=587`,
    /// a `.env` line) is a path of its parts, as in properties; a name
    /// with other bytes stays one segment.
    #[test]
    fn a_dotted_name_is_a_path() {
        for (text, flavor) in [
            ("ENV spring.mail.host=h\n", Flavor::Dockerfile),
            ("ENV spring.mail.host h\n", Flavor::Dockerfile),
            ("docker run -e spring.mail.host=h img\n", Flavor::Shell),
            ("export spring.mail.host=h\n", Flavor::Shell),
            ("spring.mail.host=h\n", Flavor::Shell),
        ] {
            let mut doc = Document::empty(text);
            read(&mut doc, 0..text.len(), 0, flavor, 0);
            let e = &doc.entries[0];
            assert_eq!(doc.path_rev(e).count(), 3, "{text}");
            assert_eq!(doc.text_of(&e.value), "h", "{text}");
        }
        let text = "A.=1\nB-C=2\n";
        let mut doc = Document::empty(text);
        read(&mut doc, 0..text.len(), 0, Flavor::Shell, 0);
        assert!(doc.entries.iter().all(|e| doc.path_rev(e).count() == 1));
    }

    #[test]
    fn commands_and_units() {
        let got = read_env(
            "docker run -e SMTP_HOST=smtp.postmarkapp.com --env \"SMTP_PORT=587\" -e SMTP_PASS img\nEnvironment=\"A=1\" \"B=two words\"\n$env:SMTP_USER = \"tok\"\nset -gx SMTP_FROM a@b.io\n",
            Flavor::Shell,
        );
        let keys: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            keys,
            [
                "SMTP_HOST",
                "SMTP_PORT",
                "SMTP_PASS",
                "A",
                "B",
                "SMTP_USER",
                "SMTP_FROM"
            ]
        );
        assert_eq!(got[4].1, "two words");
        assert_eq!(got[5].1, "tok");
    }

    /// A command continued over `\` lines is shell words: each
    /// `KEY=value` (a CLI's settings, or the assignments before a program)
    /// is one entry, without the ` \` that continues the line.
    #[test]
    fn continued_commands_are_shell_words() {
        let got = read_env(
            "fly secrets set \\\n  SMTP_HOST=smtp.postmarkapp.com \\\n  SMTP_PORT=587 \\\n  SMTP_FROM=\"Ops <ops@acme.io>\"\n",
            Flavor::Shell,
        );
        let got = keys_and_values(&got);
        assert_eq!(
            got,
            [
                ("SMTP_HOST", "smtp.postmarkapp.com"),
                ("SMTP_PORT", "587"),
                ("SMTP_FROM", "Ops <ops@acme.io>")
            ]
        );
        let got = read_env(
            "SIMULATE=0 \\\nSMTP_HOST=smtp.postmarkapp.com \\\nSMTP_PORT=2525 \\\npython -m app --port 8000\n",
            Flavor::Shell,
        );
        let keys: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(keys, ["SIMULATE", "SMTP_HOST", "SMTP_PORT"]);
        assert_eq!(got[2].1, "2525");
        let got = read_env(
            "heroku config:set SMTP_HOST=smtp.postmarkapp.com SMTP_PORT=587 -a app\nkubectl create secret generic smtp --from-literal=SMTP_USERNAME=tok\n",
            Flavor::Shell,
        );
        let got = keys_and_values(&got);
        assert_eq!(
            got,
            [
                ("SMTP_HOST", "smtp.postmarkapp.com"),
                ("SMTP_PORT", "587"),
                ("SMTP_USERNAME", "tok")
            ]
        );
        // `${…}` is one word to its closing brace, blanks inside and all
        // (a shell default, a Nix interpolation in a module's script).
        let got = read_env(
            "export SMTP_HOST=${lib.escapeShellArg cfg.smtp.host}\nexport SMTP_PORT=${toString cfg.smtp.port} X=1\n",
            Flavor::Shell,
        );
        assert_eq!(got[0].1, "${lib.escapeShellArg cfg.smtp.host}", "{got:?}");
        assert_eq!(got[1].1, "${toString cfg.smtp.port}", "{got:?}");
        // One `.env` line keeps its value whole (dotenv reads blanks in it).
        let got = read_env("MAIL_FROM_NAME=Acme Support Team\n", Flavor::Shell);
        assert_eq!(got[0].1, "Acme Support Team");
        // Stray text is no program: its `KEY=value` is not cut at a blank
        // (the URL reader still finds the URL, credentials and all).
        let got = read_env(
            "} MAILER_DSN=smtp://a?b c:tok@smtp.postmarkapp.com:587\n",
            Flavor::Shell,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn helm_set_flags_are_chart_values() {
        let got = read_env(
            "helm install wp bitnami/wordpress \\\n  --set smtpHost=smtp.postmarkapp.com,smtpPort=587 \\\n  --set-string \"smtpUser=tok\" --set=smtp.from=a\\,b@acme.io\n",
            Flavor::Shell,
        );
        let got = keys_and_values(&got);
        assert_eq!(
            got,
            [
                ("smtpHost", "smtp.postmarkapp.com"),
                ("smtpPort", "587"),
                ("smtpUser", "tok"),
                // As pasted: Helm drops the `\` that keeps the comma.
                ("smtp.from", "a\\,b@acme.io"),
            ]
        );
    }

    #[test]
    fn plain_lines_read_as_the_general_path_reads_them() {
        let long_key = format!("{}=v", "K".repeat(129));
        let lines = [
            "K=v",
            "MAIL_HOST=smtp.postmarkapp.com",
            "  A.b-c=x",
            "EMPTY=",
            "P=${X}",
            "P=$X",
            "P=$(cat f)",
            "P=pa$$word",
            "U=smtp://u:p@h:587",
            "E=é",
            "Environment=A=1",
            "K==v",
            "K=\"v\"",
            "K='v'",
            "K=a\\",
            "K=v #c",
            "K=<<EOF",
            "9K=v",
            "export=1",
            long_key.as_str(),
        ];
        for line in lines {
            let mut fast = Document::empty(line);
            read(&mut fast, 0..line.len(), 0, Flavor::Shell, 0);
            let mut slow = Document::empty(line);
            let at = line.len() - line.trim_start().len();
            read_statement(&mut slow, at..line.len(), 0, 0, false);
            let show = |d: &Document| format!("{:?} {:?} {:?}", d.entries, d.segs, d.texts);
            // The fast path takes the plain lines, and only those (the
            // others go through `read`'s heredoc, comment and continuation
            // tests first, so `read_statement` alone is not their reading).
            let t = line.trim_start();
            if plain_assignment(t).is_some() {
                assert_eq!(show(&fast), show(&slow), "{line}");
                assert_eq!(fast.entries.len(), 1, "{line}");
            }
            assert_eq!(
                plain_assignment(t).is_some(),
                !t.contains(['"', '\'', '\\', '<', ' ', '#'])
                    && !t.contains("==")
                    && !t.starts_with("Env")
                    && !t.starts_with('9')
                    && t.len() < 100,
                "{line}"
            );
        }
    }

    #[test]
    fn counts_breaks_and_eqs_at_every_length() {
        // Long enough for several lane sums (255 words each), with every
        // byte value around the two counted.
        let bytes: Vec<u8> = (0..5000u32)
            .map(|i| [b'\n', b'=', b'a', 0x0b, 0x3c, 0x3e, 0x8a, 0xbd, 0][(i * i % 9) as usize])
            .collect();
        for len in (0..40).chain([2039, 2040, 2041, 4095, 5000]) {
            let b = &bytes[..len];
            let want = (
                b.iter().filter(|&&c| c == b'\n').count(),
                b.iter().filter(|&&c| c == b'=').count(),
            );
            assert_eq!(count_breaks_and_eqs(b), want, "{len}");
        }
        let all = vec![b'='; 3000];
        assert_eq!(count_breaks_and_eqs(&all), (0, 3000));
    }

    #[test]
    fn heredoc_body_is_read() {
        let got = read_env(
            "cat > .env <<'EOF'\nMAIL_HOST=smtp.postmarkapp.com\nEOF\nOTHER=1\n",
            Flavor::Shell,
        );
        assert_eq!(got[0].0, "MAIL_HOST");
        assert_eq!(got[1].0, "OTHER");
    }

    #[test]
    fn drush_and_bin_config_set_lines() {
        let got = read_env(
            "drush cset smtp.settings smtp_host smtp.postmarkapp.com -y\nvendor/bin/drush -y config:set smtp.settings smtp_port '587'\nddev drush config-set --input-format=yaml symfony_mailer.mailer_transport.smtp configuration.user \"$SMTP_USER\"\ndrush cset smtp.settings\ndrush cr\nlando drush config-set smtp.settings smtp_on 1 -y && lando drush config-set smtp.settings smtp_protocol 'tls' -y\n$DRUSH config:set smtp.settings smtp_from 'site@acme.io'\nphp vendor/drush/drush/drush.php config-set smtp.settings smtp_username \"$smtp_username\" -y\ndrush config:set smtp.settings smtp_autotls 1 -y 2>/dev/null || true\n./bin/config set phpmailer.smtp-host smtp.postmarkapp.com\n${ROOT_DIR}/bin/config set metamta.default-address ops@acme.io\n./bin/config set --stdin cluster.mailers < mailers.json\nnpm config set registry https://r.example\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("smtp.settings.smtp_host", "smtp.postmarkapp.com"),
                ("smtp.settings.smtp_port", "587"),
                (
                    "symfony_mailer.mailer_transport.smtp.configuration.user",
                    "$SMTP_USER"
                ),
                ("smtp.settings.smtp_on", "1"),
                ("smtp.settings.smtp_protocol", "tls"),
                ("smtp.settings.smtp_from", "site@acme.io"),
                ("smtp.settings.smtp_username", "$smtp_username"),
                ("smtp.settings.smtp_autotls", "1"),
                ("phpmailer.smtp-host", "smtp.postmarkapp.com"),
                ("metamta.default-address", "ops@acme.io"),
            ]
        );
    }

    #[test]
    fn magento_config_set_lines() {
        let got = read_env(
            "bin/magento config:set system/smtp/host smtp.postmarkapp.com\nphp bin/magento config:set --scope=websites --scope-code=base --lock-env system/smtp/port '587'\nmagento config:set system/smtp/username \"$SMTP_USER\"\nbin/magento config:set system/smtp/password\nheroku config:set SMTP_HOST=smtp.example.com\nbin/magento cache:flush\n",
            Flavor::Shell,
        );
        assert_eq!(
            keys_and_values(&got),
            [
                ("system.smtp.host", "smtp.postmarkapp.com"),
                ("system.smtp.port", "587"),
                ("system.smtp.username", "$SMTP_USER"),
                ("system.smtp.password", ""),
                ("SMTP_HOST", "smtp.example.com"),
            ]
        );
    }
}

#[cfg(test)]
mod code_value_tests {
    use super::super::{Document, ValKind};

    /// A Python settings file written `KEY=value` unspaced reads as `.env`
    /// lines; a value that is code reading the environment is a reference
    /// to that variable, not a host name.
    #[test]
    fn an_environment_read_as_a_value_is_a_reference() {
        let src = "EMAIL_HOST=os.environ.get(\"EMAIL_HOST\", \"smtp.postmarkapp.com\")\nEMAIL_PORT=2525\nEMAIL_FROM=Acme (billing) <billing@acme.io>\n";
        let doc = Document::read(src);
        let kind = |k: &str| {
            doc.entries
                .iter()
                .find(|e| doc.key_of(e) == k)
                .map(|e| e.value.kind)
        };
        assert_eq!(kind("EMAIL_HOST"), Some(ValKind::Reference));
        assert_eq!(kind("EMAIL_PORT"), Some(ValKind::Literal));
        let r = crate::lint(src, &crate::Options::default());
        assert!(
            !r.findings.iter().any(|f| f.id == "host/invalid"),
            "{:?}",
            r.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
        );
    }
}
