//! Command files: lines of commands whose settings are written
//! `set name=value`, as mutt and NeoMutt (`.muttrc`, `neomuttrc`) and
//! mailx / s-nail (`.mailrc`, `/etc/s-nail.rc`) read them.
//!
//! The syntax (muttrc(5) "Syntax of Initialization Files"; s-nail(1)
//! "Shell-style argument quoting", `set`, `account`):
//!
//! * a line holds commands separated by `;`; an unquoted `#` starts a
//!   comment that runs to the end of the line; a `\` at the end of a line
//!   continues the command on the next one;
//! * `'…'` quotes literally; `"…"` and unquoted text take `\` escapes;
//!   backticks (a command's output) and `$name` (a variable) stand for
//!   something the page cannot see: such a value is a reference;
//! * `set name=value` (blanks around `=` allowed), several per command;
//!   `set name` is a boolean switched on, `set noname` and `unset name`
//!   switch it off (`invname`, `reset`, `toggle`, `?name`, `&name` change
//!   nothing we can read);
//! * mutt's `my_hdr Name: value` adds a header (path `my_hdr.Name`);
//!   `source FILE` reads another file (path `source`);
//! * mutt's hooks (`account-hook PATTERN 'set …'`, `folder-hook`,
//!   `send-hook`…) run their last argument as commands when they match:
//!   a quoted command written without escapes (or with line
//!   continuations only) is read in place, in a block scope named after
//!   the hook, its entries marked conditional;
//! * s-nail's `account NAME {` … `}` (and `define NAME {` … `}`) holds
//!   commands that run when the account is chosen: a scope named `NAME`.
//!
//! Commented-out `# set …` lines are read as commented entries. Each byte
//! is read once (a hook's command twice: as the hook's argument, then as
//! commands).

use std::ops::Range;

use super::{flag, lines_in, Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    let bytes = input.as_bytes();
    // The scope of an open `account NAME {` block.
    let mut block: Option<u32> = None;
    // Where a line continued by a final `\` started: its commands are read
    // once, from there, up to the end of the last continued line.
    let mut cont_from: Option<usize> = None;
    for range in lines_in(input, region.clone()) {
        let line = &bytes[range.clone()];
        if line.last() == Some(&b'\\') && range.end < region.end {
            cont_from.get_or_insert(range.start);
            continue;
        }
        let start = cont_from.take().unwrap_or(range.start);
        let r = start..range.end;
        let lead = blanks(bytes, r.start, r.end);
        let Some(&c) = bytes.get(lead).filter(|_| lead < r.end) else {
            continue;
        };
        let here = block.unwrap_or(scope);
        if c == b'}' && block.is_some() {
            doc.close(here, r.end);
            block = None;
            continue;
        }
        if c == b'#' {
            // A commented-out setting: `# set smtp_url=…`.
            let body = skip(bytes, lead, r.end, |b| matches!(b, b'#' | b' ' | b'\t'));
            let rest = &bytes[body..r.end];
            if rest.starts_with(b"set ") || rest.starts_with(b"unset ") {
                let mut p = Parser::new(doc, body, r.end, flag::COMMENTED);
                p.commands(here, 1);
            }
            continue;
        }
        if let Some(opened) = open_block(doc, lead, r.end, here) {
            block = Some(opened);
            continue;
        }
        let mut p = Parser::new(doc, lead, r.end, 0);
        p.commands(here, 1);
    }
    if let Some(b) = block {
        doc.close(b, region.end);
    }
}

/// `account NAME {` or `define NAME {` (s-nail): opens the block's scope.
fn open_block(doc: &mut Document, at: usize, end: usize, scope: u32) -> Option<u32> {
    let bytes = doc.input.as_bytes();
    let line = &bytes[at..end];
    let word = if line.starts_with(b"account ") {
        8
    } else if line.starts_with(b"define ") {
        7
    } else {
        return None;
    };
    let name_at = blanks(bytes, at + word, end);
    let name_end = skip(bytes, name_at, end, |b| !matches!(b, b' ' | b'\t' | b'{'));
    let brace = blanks(bytes, name_end, end);
    if name_end == name_at
        || bytes.get(brace) != Some(&b'{')
        || brace + 1 != trim_end(bytes, brace, end)
    {
        return None;
    }
    Some(doc.open(scope, [Seg::key(name_at..name_end)], at, ScopeKind::Map))
}

fn skip(bytes: &[u8], mut at: usize, end: usize, f: impl Fn(u8) -> bool) -> usize {
    while at < end && f(bytes[at]) {
        at += 1;
    }
    at
}

/// Past spaces and tabs (and a `\` line continuation with its break).
fn blanks(bytes: &[u8], mut at: usize, end: usize) -> usize {
    loop {
        at = skip(bytes, at, end, |b| matches!(b, b' ' | b'\t'));
        if bytes.get(at) == Some(&b'\\') && at + 1 < end && matches!(bytes[at + 1], b'\n' | b'\r') {
            at = skip(bytes, at + 1, end, |b| matches!(b, b'\n' | b'\r'));
            continue;
        }
        return at;
    }
}

/// The end of `bytes[at..end]` without its trailing blanks.
fn trim_end(bytes: &[u8], at: usize, mut end: usize) -> usize {
    while end > at && matches!(bytes[end - 1], b' ' | b'\t' | b'\r') {
        end -= 1;
    }
    end
}

/// One word of a command, as read.
struct Token {
    /// The bytes it occupies, quotes included.
    raw: Range<usize>,
    /// Its content: inside the quotes when it is one quoted string.
    inner: Range<usize>,
    /// The text after unquoting and unescaping.
    text: String,
    quote: Quote,
    /// Backticks or a `$variable`: the value comes from elsewhere.
    reference: bool,
}

impl Token {
    fn verbatim(&self, input: &str) -> bool {
        input.get(self.inner.clone()) == Some(self.text.as_str())
    }
}

struct Parser<'d, 'a> {
    doc: &'d mut Document<'a>,
    at: usize,
    end: usize,
    flags: u8,
}

/// Whether a byte may be part of a variable name.
fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@')
}

impl<'d, 'a> Parser<'d, 'a> {
    fn new(doc: &'d mut Document<'a>, at: usize, end: usize, flags: u8) -> Self {
        Parser {
            doc,
            at,
            end,
            flags,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.doc.input.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        (self.at < self.end).then(|| self.bytes()[self.at])
    }

    fn blanks(&mut self) {
        self.at = blanks(self.bytes(), self.at, self.end);
    }

    /// At the end of a command: the line's end, a `;` or a comment.
    fn command_ends(&self) -> bool {
        matches!(self.peek(), None | Some(b';' | b'#' | b'\n' | b'\r'))
    }

    /// Reads the commands up to the end; `depth` bounds hooks inside hooks.
    fn commands(&mut self, scope: u32, depth: u8) {
        loop {
            self.blanks();
            match self.peek() {
                None | Some(b'#') => return,
                Some(b';' | b'\n' | b'\r') => {
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            self.command(scope, depth);
        }
    }

    fn word(&mut self) -> Range<usize> {
        let b = self.bytes();
        let start = self.at;
        self.at = skip(b, self.at, self.end, |c| {
            !matches!(c, b' ' | b'\t' | b';' | b'#' | b'\n' | b'\r' | b'=')
        });
        start..self.at
    }

    fn command(&mut self, scope: u32, depth: u8) {
        let input = self.doc.input;
        let w = self.word();
        let name = &input[w.clone()];
        match name {
            "set" => self.set(scope, false),
            "unset" => self.set(scope, true),
            "my_hdr" => self.header(scope, w),
            "source" => {
                self.blanks();
                if let Some(t) = self.token(false) {
                    self.push_token(scope, w, &t);
                }
                self.rest();
            }
            _ if name.ends_with("-hook") => self.hook(scope, w, depth),
            _ => self.rest(),
        }
    }

    /// Skips the rest of a command.
    fn rest(&mut self) {
        loop {
            self.blanks();
            if self.command_ends() {
                return;
            }
            if self.peek() == Some(b'=') {
                self.at += 1;
                continue;
            }
            if self.token(false).is_none() {
                return;
            }
        }
    }

    /// `set a=1 b c=3`, `unset a b`.
    fn set(&mut self, scope: u32, unset: bool) {
        let input = self.doc.input;
        loop {
            self.blanks();
            if self.command_ends() {
                return;
            }
            let b = self.bytes();
            let start = self.at;
            self.at = skip(b, self.at, self.end, |c| {
                name_byte(c) || matches!(c, b'?' | b'&' | b'!')
            });
            let name = start..self.at;
            if name.is_empty() {
                // Not a name: skip the word.
                if self.token(false).is_none() {
                    return;
                }
                continue;
            }
            let after = blanks(b, self.at, self.end);
            if !unset && b.get(after) == Some(&b'=') && after < self.end {
                self.at = blanks(b, after + 1, self.end);
                let value = if self.command_ends() {
                    None
                } else {
                    self.token(false)
                };
                let t = value.unwrap_or_else(|| Token {
                    raw: self.at..self.at,
                    inner: self.at..self.at,
                    text: String::new(),
                    quote: Quote::None,
                    reference: false,
                });
                self.push_token(scope, name, &t);
                continue;
            }
            // A switch.
            let text = &input[name.clone()];
            if text.starts_with(['?', '&', '!']) || text.starts_with("inv") {
                continue;
            }
            let (name, word) = match text.strip_prefix("no") {
                Some(rest) if !unset && !rest.is_empty() => (name.start + 2..name.end, "no"),
                _ if unset => (name, "no"),
                _ => (name, "yes"),
            };
            let v = self.doc.val(
                name.clone(),
                Some(word.into()),
                Quote::None,
                ValKind::Literal,
            );
            self.doc.push(
                scope,
                [Seg::key(name.clone())],
                name,
                v,
                Syntax::Commands,
                self.flags,
            );
        }
    }

    fn push_token(&mut self, scope: u32, key: Range<usize>, t: &Token) {
        let kind = if t.reference {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        let flags = self.flags
            | if t.quote == Quote::None {
                flag::TRIMMED
            } else {
                0
            };
        let v = self
            .doc
            .val(t.inner.clone(), Some(t.text.clone()), t.quote, kind);
        self.doc.push(
            scope,
            [Seg::key(key.clone())],
            key,
            v,
            Syntax::Commands,
            flags,
        );
    }

    /// `my_hdr From: Name <a@b>`: the rest of the command is the header.
    fn header(&mut self, scope: u32, cmd: Range<usize>) {
        let b = self.bytes();
        self.blanks();
        let name_at = self.at;
        let name_end = skip(b, name_at, self.end, |c| {
            c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
        });
        if name_end == name_at || b.get(name_end) != Some(&b':') {
            self.rest();
            return;
        }
        self.at = blanks(b, name_end + 1, self.end);
        let v_at = self.at;
        // Up to the end of the line, a `;` or a `#` outside quotes.
        let mut quote: Option<u8> = None;
        while let Some(c) = self.peek() {
            match (quote, c) {
                (_, b'\n' | b'\r') => break,
                (None, b';' | b'#') => break,
                (None, b'"' | b'\'') => quote = Some(c),
                (Some(q), _) if c == q => quote = None,
                _ => {}
            }
            self.at += 1;
        }
        let v_end = trim_end(b, v_at, self.at);
        let (raw, quote) = match (b.get(v_at), b.get(v_end.wrapping_sub(1))) {
            (Some(&q @ (b'"' | b'\'')), Some(&q2)) if q == q2 && v_end > v_at + 1 => (
                v_at + 1..v_end - 1,
                if q == b'"' {
                    Quote::Double
                } else {
                    Quote::Single
                },
            ),
            _ => (v_at..v_end, Quote::None),
        };
        let v = self.doc.val(raw, None, quote, ValKind::Literal);
        self.doc.push(
            scope,
            [Seg::key(cmd.clone()), Seg::key(name_at..name_end)],
            cmd.start..name_end,
            v,
            Syntax::Commands,
            self.flags,
        );
    }

    /// `account-hook PATTERN 'set …'`: the last argument's commands, in a
    /// block of the hook.
    fn hook(&mut self, scope: u32, name: Range<usize>, depth: u8) {
        let mut last: Option<Token> = None;
        loop {
            self.blanks();
            if self.command_ends() {
                break;
            }
            match self.token(false) {
                Some(t) => last = Some(t),
                None => break,
            }
        }
        let Some(t) = last.filter(|t| t.quote != Quote::None && depth > 0) else {
            return;
        };
        // Read in place: written without escapes, or with line
        // continuations only (`"\` at a line end, the commands below).
        let b = self.bytes();
        let continued_only = b[t.inner.clone()].iter().enumerate().all(|(i, &c)| {
            c != b'\\' || matches!(b.get(t.inner.start + i + 1), Some(b'\n' | b'\r'))
        });
        if !(t.verbatim(self.doc.input) || t.quote == Quote::Double && continued_only) {
            return;
        }
        let inner = self
            .doc
            .open(scope, [Seg::key(name)], t.raw.start, ScopeKind::Block);
        // A hook runs when its pattern matches: its settings are
        // alternatives, like a code branch's.
        let flags = self.flags | flag::CONDITIONAL;
        let mut p = Parser::new(self.doc, t.inner.start, t.inner.end, flags);
        p.commands(inner, depth - 1);
        self.doc.close(inner, t.raw.end);
    }

    /// One word: unquoted runs, `'…'` and `"…"` strings, glued together.
    /// `None` at the end of the command.
    fn token(&mut self, stop_at_eq: bool) -> Option<Token> {
        let input = self.doc.input;
        let b = self.bytes();
        let start = self.at;
        let mut text = String::new();
        let mut reference = false;
        let mut parts = 0;
        let mut quote = Quote::None;
        let mut inner = start..start;
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b';' | b'#' | b'\n' | b'\r' => break,
                b'=' if stop_at_eq => break,
                b'\'' | b'"' => {
                    let body = self.at + 1;
                    let mut i = body;
                    let mut piece = String::new();
                    let mut closed = false;
                    while i < self.end {
                        let d = b[i];
                        if d == c {
                            closed = true;
                            break;
                        }
                        if matches!(d, b'\n' | b'\r') {
                            break;
                        }
                        if c == b'"' && d == b'\\' && i + 1 < self.end {
                            piece.push_str(&unescape(input, i + 1));
                            i += 1 + input[i + 1..].chars().next().map_or(1, char::len_utf8);
                            continue;
                        }
                        if c == b'"' && (d == b'`' || var_at(b, i)) {
                            reference = true;
                        }
                        let ch_len = input[i..].chars().next().map_or(1, char::len_utf8);
                        piece.push_str(&input[i..i + ch_len]);
                        i += ch_len;
                    }
                    inner = body..i;
                    text.push_str(&piece);
                    quote = if c == b'"' {
                        Quote::Double
                    } else {
                        Quote::Single
                    };
                    self.at = if closed { i + 1 } else { i };
                    parts += 1;
                }
                b'\\' if self.at + 1 < self.end => {
                    text.push_str(&unescape(input, self.at + 1));
                    self.at += 1 + input[self.at + 1..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
                    parts += 2;
                }
                // A backslash ending the text: itself (nothing to escape).
                b'\\' => {
                    text.push('\\');
                    inner = self.at..self.at + 1;
                    self.at += 1;
                    parts += 1;
                }
                _ => {
                    let run = self.at;
                    self.at = skip(b, self.at, self.end, |d| {
                        !(matches!(
                            d,
                            b' ' | b'\t' | b';' | b'#' | b'\n' | b'\r' | b'\'' | b'"' | b'\\'
                        ) || stop_at_eq && d == b'=')
                    });
                    // A backtick command runs to its closing backtick.
                    if b[run..self.at].contains(&b'`') {
                        reference = true;
                        let opens = b[run..self.at].iter().filter(|&&d| d == b'`').count();
                        if opens % 2 == 1 {
                            if let Some(close) =
                                b[self.at..self.end].iter().position(|&d| d == b'`')
                            {
                                self.at += close + 1;
                            }
                        }
                    }
                    if (run..self.at).any(|i| var_at(b, i)) {
                        reference = true;
                    }
                    text.push_str(&input[run..self.at]);
                    inner = run..self.at;
                    parts += 1;
                }
            }
        }
        if self.at == start {
            return None;
        }
        if parts != 1 {
            // Glued pieces: the whole word is the value.
            inner = start..self.at;
            quote = Quote::None;
        }
        Some(Token {
            raw: start..self.at,
            inner,
            text,
            quote,
            reference,
        })
    }
}

/// `$name` or `${name}` at `i`.
fn var_at(b: &[u8], i: usize) -> bool {
    b[i] == b'$'
        && b.get(i + 1)
            .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'_' || n == b'{')
}

/// The character a `\` escape at `at` (just past the backslash) stands for.
fn unescape(input: &str, at: usize) -> String {
    let c = input[at..].chars().next().unwrap_or('\\');
    match c {
        'n' => "\n".into(),
        't' => "\t".into(),
        'r' => "\r".into(),
        c => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Document;
    use super::*;

    fn entries(src: &str) -> Vec<(String, String, bool)> {
        super::super::entries_read_by(src, read)
    }

    fn e(path: &str, v: &str) -> (String, String, bool) {
        (path.into(), v.into(), false)
    }

    #[test]
    fn set_lines_quotes_and_switches() {
        let src = "set smtp_url = \"smtp://abc@smtp.postmarkapp.com:587/\"\nset smtp_pass='p#s w'  # the token\nset ssl_starttls=yes ssl_force_tls\nunset ssl_verify_host\nset noconfirmappend\nset realname=Ops\\ Team; set from=ops@acme.io\n";
        assert_eq!(
            entries(src),
            [
                e("smtp_url", "smtp://abc@smtp.postmarkapp.com:587/"),
                e("smtp_pass", "p#s w"),
                e("ssl_starttls", "yes"),
                e("ssl_force_tls", "yes"),
                e("ssl_verify_host", "no"),
                e("confirmappend", "no"),
                e("realname", "Ops Team"),
                e("from", "ops@acme.io"),
            ]
        );
    }

    #[test]
    fn a_backslash_ending_the_text_ends_the_value() {
        // It made no progress (a hang the fuzzer found).
        assert_eq!(
            entries("set smtp=smtps://h\\\\\\"),
            // An escaped backslash, then the last one as itself.
            [e("smtp", "smtps://h\\\\")]
        );
    }

    #[test]
    fn spans_point_into_the_input() {
        let src = "set smtp_url=\"smtps://u@h:465\"\n";
        let mut doc = Document::empty(src);
        read(&mut doc, 0..src.len(), super::super::ROOT);
        let v = &doc.entries[0].value;
        assert_eq!(&src[v.span()], "smtps://u@h:465");
        assert_eq!(v.quote, Quote::Double);
        assert_eq!(doc.key_of(&doc.entries[0]), "smtp_url");
    }

    #[test]
    fn references_headers_hooks_and_comments() {
        let src = "set smtp_pass=\"`pass show mail`\"\nset imap_pass=$my_pw\nmy_hdr From: Ops <ops@acme.io>\n# set smtp_url=smtp://old@h/\naccount-hook imaps://x 'set smtp_url=\"smtp://a@h:587\" smtp_pass=p'\nsource ~/.mutt/pw\n";
        let got = entries(src);
        assert_eq!(got[2], e("my_hdr.From", "Ops <ops@acme.io>"));
        assert_eq!(got[3], ("smtp_url".into(), "smtp://old@h/".into(), true));
        assert_eq!(got[4], e("account-hook.smtp_url", "smtp://a@h:587"));
        assert_eq!(got[5], e("account-hook.smtp_pass", "p"));
        assert_eq!(got[6], e("source", "~/.mutt/pw"));
        let mut doc = Document::empty(src);
        read(&mut doc, 0..src.len(), super::super::ROOT);
        assert_eq!(doc.entries[0].value.kind, ValKind::Reference);
        assert_eq!(doc.entries[1].value.kind, ValKind::Reference);
        assert_eq!(doc.entries[4].value.kind, ValKind::Literal);
    }

    #[test]
    fn mailx_accounts_and_continuations() {
        let src = "folder-hook . \"\\\n  set from = a@b.c \\\n      smtp_pass = $pw \\\n  \"\n";
        assert_eq!(
            entries(src),
            [
                e("folder-hook.from", "a@b.c"),
                e("folder-hook.smtp_pass", "$pw")
            ]
        );
        let src = "set v15-compat\naccount pm {\n  set mta=smtp://u:p@smtp.postmarkapp.com:587 \\\n    smtp-use-starttls\n}\nset from=a@b.c\n";
        assert_eq!(
            entries(src),
            [
                e("v15-compat", "yes"),
                e("pm.mta", "smtp://u:p@smtp.postmarkapp.com:587"),
                e("pm.smtp-use-starttls", "yes"),
                e("from", "a@b.c"),
            ]
        );
    }

    #[test]
    fn long_lines_stay_linear() {
        let mut src = String::from("set a=");
        src.push_str(&"x\\ ".repeat(50_000));
        src.push_str("\nset ");
        src.push_str(&"b ".repeat(50_000));
        let got = entries(&src);
        assert_eq!(got.len(), 50_001);
        assert_eq!(got[0].1.len(), 100_000);
    }
}
