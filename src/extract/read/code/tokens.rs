//! The tokenizer shared by every language: identifiers, strings (with each
//! language's quoting, prefixes, heredocs and interpolation), numbers,
//! punctuation, line breaks and line comments (kept: a commented-out
//! setting is read too). Bounded: at most one token per input byte, each
//! byte looked at a bounded number of times.

mod perl;

use std::ops::Range;

use super::lang::{self, Lang, LangDef, StringKind};
use crate::extract::read::strings::{self, Escapes};
use crate::model::Quote;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum P {
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Semi,
    Colon,
    /// `=`
    Eq,
    /// `=>`
    FatArrow,
    /// `->`
    Arrow,
    /// `::`
    Path,
    /// `.` and `?.`
    Dot,
    /// `:=`
    Define,
    /// Any other operator (`+`, `||`, `??`, `!`, `<`, `@`…).
    Op,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident,
    /// `:name` (Ruby symbol, Elixir atom): the span is the name.
    Symbol,
    /// Index into [`Tokens::strs`].
    Str(u32),
    Num,
    Punct(P),
    Newline,
    /// A line comment's body (after the marker).
    Comment,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub span: Range<u32>,
}

impl Token {
    pub fn span(&self) -> Range<usize> {
        self.span.start as usize..self.span.end as usize
    }
    pub fn is(&self, p: P) -> bool {
        self.tok == Tok::Punct(p)
    }
}

/// A string literal, compactly (16 bytes: a paste of code holds one per
/// few dozen bytes, and their memory is a good part of a lint's).
#[derive(Clone, Debug)]
pub struct StrTok {
    content: Range<u32>,
    /// Index into [`Tokens::decoded`] when decoding changed the text, else
    /// [`StrTok::VERBATIM`].
    pub decoded: u32,
    pub quote: Quote,
    /// It holds an interpolation (`${x}`, `#{x}`, `{x}` in an f-string).
    pub interpolated: bool,
}

impl StrTok {
    pub const VERBATIM: u32 = u32::MAX;

    fn new(content: Range<usize>, decoded: u32, quote: Quote, interpolated: bool) -> StrTok {
        StrTok {
            content: content.start as u32..content.end as u32,
            decoded,
            quote,
            interpolated,
        }
    }

    /// The content's span in the input (inside the quotes).
    pub fn content(&self) -> Range<usize> {
        self.content.start as usize..self.content.end as usize
    }
}

pub struct Tokens {
    pub toks: Vec<Token>,
    pub strs: Vec<StrTok>,
    /// The decoded texts of the strings that have one.
    pub decoded: Vec<String>,
}

impl Tokens {
    /// A string's text as the client reads it.
    pub fn text<'a>(&'a self, input: &'a str, s: &StrTok) -> &'a str {
        match self.decoded.get(s.decoded as usize) {
            Some(d) => d,
            None => input.get(s.content()).unwrap_or(""),
        }
    }
}

/// The strings being read, and their decoded texts.
#[derive(Default)]
struct Strs {
    strs: Vec<StrTok>,
    decoded: Vec<String>,
}

fn push(out: &mut Vec<Token>, tok: Tok, span: Range<usize>) {
    out.push(Token {
        tok,
        span: span.start as u32..span.end as u32,
    });
}

fn is_ident_byte(b: u8) -> bool {
    IDENT[usize::from(b)]
}

/// [`is_ident_byte`] as a table (the identifier loop looks up every byte).
/// A `static`, not a `const`: a `const` array indexed at run time may be
/// copied onto the stack (a 256-byte `memcpy`) at each look-up.
static IDENT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        b += 1;
    }
    t
};

/// Tokenizes `input[range]` as `lang`.
pub fn tokenize(input: &str, range: Range<usize>, lang: Lang) -> Tokens {
    let def = lang::def(lang);
    let bytes = input.as_bytes();
    let end = range.end.min(bytes.len());
    let mut toks: Vec<Token> = Vec::with_capacity((end - range.start) / 4);
    let mut strs = Strs::default();
    let mut i = range.start;
    // How far a scan of `#{…}` has already looked (see `interpolated_end`).
    let mut scanned = 0usize;
    let opens = opener::bytes(def, lang);
    // The bytes that go on an identifier: JavaScript's may hold `$`; Nix's
    // `-` and `'` after the first character (`smtp-host`, `it's`: Nix's
    // lexer, `[a-zA-Z_][a-zA-Z0-9_'-]*`; its subtraction needs spaces).
    let mut ident_cont = IDENT;
    ident_cont[usize::from(b'$')] = lang == Lang::JavaScript;
    ident_cont[usize::from(b'-')] = lang == Lang::Nix;
    ident_cont[usize::from(b'\'')] = lang == Lang::Nix;
    // Where the bodies of the heredocs opened on the current line end.
    let mut heredoc_end = 0usize;
    'outer: while i < end {
        let c = bytes[i];
        match c {
            b'\n' => {
                push(&mut toks, Tok::Newline, i..i + 1);
                // Past the bodies of the Perl heredocs opened on this line.
                i = (i + 1).max(heredoc_end);
                continue;
            }
            b'\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    push(&mut toks, Tok::Newline, i..i + 1);
                }
                i += 1;
                continue;
            }
            b' ' | b'\t' | 0x0c => {
                // A run of blanks (indentation) at once.
                i += 1;
                while i < end && matches!(bytes[i], b' ' | b'\t' | 0x0c) {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        // Fences, tags, comments, heredocs, strings and Perl's own
        // constructs open with a byte of `opens`: any other byte skips
        // their checks (one table look-up), and a byte is tried only for
        // what it can open (a quote goes straight to the string).
        let can = opens[usize::from(c)];
        if can != 0 {
            if can & opener::PERL != 0 {
                match perl::at(
                    input,
                    (range.start, i, end),
                    &mut heredoc_end,
                    &mut scanned,
                    &mut toks,
                    &mut strs,
                ) {
                    perl::Step::No => {}
                    perl::Step::To(after) => {
                        i = after;
                        continue;
                    }
                    perl::Step::Stop => break,
                }
            }
            // Markdown code fences inside a paste: skip the fence line.
            if can & opener::FENCE != 0 && input[i..end].starts_with("```") {
                i = line_end(input, i, end);
                continue;
            }
            // PHP open/close tags.
            if can & opener::PHP_TAG != 0
                && (input[i..end].starts_with("<?php") || input[i..end].starts_with("?>"))
            {
                i += if bytes[i + 1] == b'?' { 5 } else { 2 };
                continue;
            }
            // Comments.
            if can & opener::LINE_COMMENT != 0 {
                for m in def.line_comments {
                    if m.as_bytes().first() == Some(&c)
                        && input[i..end].starts_with(m)
                        && !(lang == Lang::Php && *m == "#" && bytes.get(i + 1) == Some(&b'['))
                    {
                        let body = i + m.len();
                        let stop = line_end(input, body, end);
                        push(&mut toks, Tok::Comment, body..stop);
                        i = stop;
                        continue 'outer;
                    }
                }
            }
            if let Some((open, close)) = def
                .block_comment
                .filter(|_| can & opener::BLOCK_COMMENT != 0)
            {
                if input[i..end].starts_with(open) {
                    i = input[i + open.len()..end]
                        .find(close)
                        .map_or(end, |p| i + open.len() + p + close.len());
                    continue;
                }
            }
            // Heredocs: PHP `<<<EOT`, HCL `<<EOT` / `<<-EOT`.
            if can & opener::HEREDOC != 0
                && ((lang == Lang::Php && input[i..end].starts_with("<<<"))
                    || (lang == Lang::Hcl
                        && input[i..end].starts_with("<<")
                        && !input[i..end].starts_with("<<<")))
            {
                if let Some(after) = heredoc(input, i, end, lang, &mut toks, &mut strs) {
                    i = after;
                    continue;
                }
            }
            // Strings (with C#'s `@"`/`$"` and Python's prefixes: a letter
            // is tried only before a quote, one or two letters on).
            let prefixed = |at: usize| matches!(bytes.get(at), Some(b'"' | b'\''));
            let string = can & opener::STRING != 0
                || (can & opener::PREFIX != 0
                    && (prefixed(i + 1)
                        || (bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                            && prefixed(i + 2))));
            if let Some((kind, open_at)) = string
                .then(|| string_at(input, i, end, def, lang, &toks))
                .flatten()
            {
                if let Some(after) = read_string(
                    input,
                    (i, open_at, end),
                    kind,
                    &mut scanned,
                    &mut toks,
                    &mut strs,
                ) {
                    i = after;
                    continue;
                }
                // Unclosed: the rest of the line is unreadable.
                i = line_end(input, i, end);
                continue;
            }
        }
        // Symbols `:name` (not `::`, not `a ? b : c`, not `key: value`).
        if def.symbols
            && c == b':'
            && bytes
                .get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'_' || n == b'"')
        {
            // `key: value` and `a ? b : c` have no blank before / one after
            // the colon; a symbol has a blank (or an opener) before it.
            let glued = toks.last().is_some_and(|t| t.span.end as usize == i);
            let after_value = glued
                && toks.last().is_some_and(|t| {
                    matches!(t.tok, Tok::Ident | Tok::Str(_) | Tok::Num | Tok::Symbol)
                        || t.is(P::RParen)
                        || t.is(P::RBracket)
                });
            if !after_value {
                let s = i + 1;
                if bytes[s] == b'"' {
                    if let Some(q) = strings::read(input, s, 1, "\"", Escapes::Backslash, false) {
                        push(&mut toks, Tok::Symbol, q.content.clone());
                        i = q.after;
                        continue;
                    }
                }
                let mut e = s;
                while e < end && (is_ident_byte(bytes[e]) || matches!(bytes[e], b'?' | b'!')) {
                    e += 1;
                }
                push(&mut toks, Tok::Symbol, s..e);
                i = e;
                continue;
            }
        }
        if c.is_ascii_digit() {
            let s = i;
            while i < end && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'.')) {
                if bytes[i] == b'.' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    break;
                }
                i += 1;
            }
            push(&mut toks, Tok::Num, s..i);
            continue;
        }
        // `\$name`: PHP written into a shell heredoc, its `$` escaped for
        // the shell (no PHP has `\` before `$` outside a string).
        if c == b'\\' && def.dollar_idents && lang == Lang::Php && bytes.get(i + 1) == Some(&b'$') {
            i += 1;
            continue;
        }
        // (Perl's `@array` and `%hash` are `perl::at`'s.)
        if is_ident_byte(c) || (c == b'$' && def.dollar_idents) || (c == b'@' && lang == Lang::Ruby)
        {
            let s = i;
            i += 1;
            // One table look-up a byte (`$` is in JavaScript's table).
            i += bytes[i..end]
                .iter()
                .position(|&b| !ident_cont[usize::from(b)])
                .unwrap_or(end - i);
            // Ruby/Elixir method names may end in `?` or `!`.
            if def.end_blocks
                && i < end
                && matches!(bytes[i], b'?' | b'!')
                && bytes.get(i + 1) != Some(&b'=')
            {
                i += 1;
            }
            push(&mut toks, Tok::Ident, s..i);
            continue;
        }
        let next = if i + 1 < end { bytes[i + 1] } else { 0 };
        let (p, len) = match (c, next) {
            (b'=', b'>') => (P::FatArrow, 2),
            (b'-', b'>') => (P::Arrow, 2),
            (b':', b':') => (P::Path, 2),
            (b'?', b'.') => (P::Dot, 2),
            (b':', b'=') => (P::Define, 2),
            (b'=' | b'!' | b'<' | b'>' | b'+', b'=')
            | (b'|', b'|' | b'>')
            | (b'&', b'&')
            | (b'?', b'?')
            | (b'<', b'>')
            | (b'+', b'+') => (P::Op, 2),
            _ => {
                let p = match c {
                    b'{' => P::LBrace,
                    b'}' => P::RBrace,
                    b'(' => P::LParen,
                    b')' => P::RParen,
                    b'[' => P::LBracket,
                    b']' => P::RBracket,
                    b',' => P::Comma,
                    b';' => P::Semi,
                    b':' => P::Colon,
                    b'=' => P::Eq,
                    b'.' => P::Dot,
                    _ => P::Op,
                };
                // A stray UTF-8 lead byte is part of an identifier above; here
                // only ASCII remains, one byte long.
                (p, 1)
            }
        };
        push(&mut toks, Tok::Punct(p), i..i + len);
        i += len;
    }
    Tokens {
        toks,
        strs: strs.strs,
        decoded: strs.decoded,
    }
}

/// What each byte may open in a language: bits of a table made once per
/// read (see [`bytes`](opener::bytes)).
mod opener {
    use super::{Lang, LangDef};

    pub const FENCE: u8 = 1;
    pub const PHP_TAG: u8 = 2;
    pub const LINE_COMMENT: u8 = 4;
    pub const BLOCK_COMMENT: u8 = 8;
    pub const HEREDOC: u8 = 16;
    /// A string's opening quote (the first byte of one of its kinds).
    pub const STRING: u8 = 32;
    /// A letter of Python's string prefixes (`rb"…"`, `f'…'`).
    pub const PREFIX: u8 = 64;
    /// What `perl::at` reads: POD (`=`), `__END__`, heredocs (`<<`),
    /// quote-like operators (`q`), subscripts (`{`), `@array`, `%hash`.
    pub const PERL: u8 = 128;

    /// For each byte, what it may open in `lang`: a fence, a PHP tag, a
    /// comment, a heredoc, a string (Python: any letter, for prefixes).
    pub fn bytes(def: &LangDef, lang: Lang) -> [u8; 256] {
        let mut t = [0u8; 256];
        let mut mark = |s: &str, what: u8| {
            if let Some(&b) = s.as_bytes().first() {
                t[usize::from(b)] |= what;
            }
        };
        mark("`", FENCE);
        for m in def.line_comments {
            mark(m, LINE_COMMENT);
        }
        if let Some((open, _)) = def.block_comment {
            mark(open, BLOCK_COMMENT);
        }
        for k in def.strings {
            mark(k.open, STRING);
        }
        match lang {
            Lang::Php => {
                mark("<", PHP_TAG | HEREDOC);
                mark("?", PHP_TAG);
            }
            Lang::Hcl => mark("<", HEREDOC),
            Lang::Perl => {
                for b in ["=", "_", "<", "q", "{", "@", "%"] {
                    mark(b, PERL);
                }
            }
            _ => {}
        }
        if lang == Lang::Python {
            for b in (b'a'..=b'z').chain(b'A'..=b'Z') {
                t[usize::from(b)] |= PREFIX;
            }
        }
        t
    }
}

fn line_end(input: &str, i: usize, end: usize) -> usize {
    input[i..end].find(['\n', '\r']).map_or(end, |p| i + p)
}

/// The string kind opening at `i` (and where its quote starts), with
/// language prefixes taken into account.
fn string_at(
    input: &str,
    i: usize,
    end: usize,
    def: &LangDef,
    lang: Lang,
    toks: &[Token],
) -> Option<(StringKind, usize)> {
    let rest = &input[i..end];
    for k in def.strings {
        if k.open.as_bytes().first() == rest.as_bytes().first() && rest.starts_with(k.open) {
            // Nix `''` is an indented string only where a value starts.
            if lang == Lang::Nix
                && k.open == "''"
                && toks
                    .last()
                    .is_some_and(|t| matches!(t.tok, Tok::Ident | Tok::Str(_)))
            {
                continue;
            }
            return Some((*k, i));
        }
    }
    // Python: `r"…"`, `f'…'`, `rb"""…"""`.
    if lang == Lang::Python && rest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        let b = rest.as_bytes();
        let mut p = 0;
        while p < b.len().min(2) && b[p].is_ascii_alphabetic() {
            p += 1;
        }
        if p > 0 && p < b.len() && matches!(b[p], b'"' | b'\'') {
            if let Some((raw, fmt)) = lang::python_prefix(&rest[..p]) {
                // Not the end of a longer identifier.
                let prev = i.checked_sub(1).map(|j| input.as_bytes()[j]);
                if prev.is_some_and(is_ident_byte) {
                    return None;
                }
                let q = &rest[p..];
                let triple = q.starts_with("\"\"\"") || q.starts_with("'''");
                let (open, close): (&'static str, &'static str) = match (triple, b[p]) {
                    (true, b'"') => ("\"\"\"", "\"\"\""),
                    (true, _) => ("'''", "'''"),
                    (false, b'"') => ("\"", "\""),
                    (false, _) => ("'", "'"),
                };
                let kind = StringKind {
                    open,
                    close,
                    escapes: if raw {
                        Escapes::None
                    } else {
                        Escapes::Backslash
                    },
                    interpolation: if fmt { Some("{") } else { None },
                    multiline: triple,
                };
                return Some((kind, i + p));
            }
        }
    }
    None
}

/// Reads the string at `start` (its quote at `open_at`, the region ending
/// at `end`). `scanned`: how far an interpolation scan already looked; a
/// string starting before that is not scanned again (linear in all).
// Inlined in `tokenize`: out of line it cost the json shape 5.6M
// instructions more per MiB (callgrind: 8.7M in the call, 3.1M less in
// `tokenize`). Perl's constructs call it through [`read_perl_string`]:
// inlined there too, `interpolates` went out of line and the elixir
// shape cost 1.5M more per MiB.
#[inline(always)]
fn read_string(
    input: &str,
    (start, open_at, end): (usize, usize, usize),
    kind: StringKind,
    scanned: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    let mut q = strings::read(
        input,
        open_at,
        kind.open.len(),
        kind.close,
        kind.escapes,
        kind.multiline,
    )?;
    // Ruby/Elixir `"#{ENV["KEY"]}"`: the quote inside `#{…}` does not end
    // the string.
    if kind.interpolation == Some("#{") && kind.close.len() == 1 {
        let content = &input[q.content.clone()];
        if open_at >= *scanned
            && content
                .rfind("#{")
                .is_some_and(|o| !content[o..].contains('}'))
        {
            let body = open_at + kind.open.len();
            match interpolated_end(input, body, end, kind.close.as_bytes()[0]) {
                Ok(close) => {
                    q = strings::Quoted {
                        content: body..close,
                        decoded: None,
                        after: close + 1,
                    }
                }
                Err(looked) => *scanned = looked,
            }
        }
    }
    if q.after > end {
        return None;
    }
    let text = q.decoded.as_deref().unwrap_or(&input[q.content.clone()]);
    let interpolated = kind.interpolation.is_some_and(|m| interpolates(text, m));
    let quote = match kind.close {
        "\"" if kind.open.len() == 1 => Quote::Double,
        "'" if kind.open.len() == 1 => Quote::Single,
        "`" => Quote::Backtick,
        _ => Quote::Other,
    };
    let decoded = match q.decoded {
        Some(d) => {
            strs.decoded.push(d);
            (strs.decoded.len() - 1) as u32
        }
        None => StrTok::VERBATIM,
    };
    strs.strs
        .push(StrTok::new(q.content, decoded, quote, interpolated));
    push(toks, Tok::Str((strs.strs.len() - 1) as u32), start..q.after);
    Some(q.after)
}

/// [`read_string`] out of line, for Perl's quote-like operators and
/// subscripts (see there).
#[inline(never)]
fn read_perl_string(
    input: &str,
    at: (usize, usize, usize),
    kind: StringKind,
    scanned: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    read_string(input, at, kind, scanned, toks, strs)
}

/// How far the scan of one `#{…}` may reach: a string whose interpolation
/// does not close within it is read as if the quote ended it.
const MAX_INTERPOLATION: usize = 4096;

/// The closing quote of a double-quoted string whose `#{…}` may hold
/// quotes, from its body at `body`; `Err(how far it looked)` when an
/// interpolation does not close on its line within [`MAX_INTERPOLATION`]
/// bytes. Each byte of the string is looked at once.
fn interpolated_end(input: &str, body: usize, end: usize, q: u8) -> Result<usize, usize> {
    let b = input.as_bytes();
    let mut i = body;
    while i < end {
        match b[i] {
            b'\\' => i += 2,
            b'\n' | b'\r' => return Err(i),
            c if c == q => return Ok(i),
            b'#' if b.get(i + 1) == Some(&b'{') => {
                let stop = end.min(i + MAX_INTERPOLATION);
                let mut depth = 0usize;
                let mut quote: Option<u8> = None;
                i += 1;
                loop {
                    if i >= stop {
                        return Err(i);
                    }
                    let c = b[i];
                    match (quote, c) {
                        (_, b'\n' | b'\r') => return Err(i),
                        (Some(_), b'\\') => i += 1,
                        (Some(open), _) if c == open => quote = None,
                        (Some(_), _) => {}
                        (None, b'"' | b'\'') => quote = Some(c),
                        (None, b'{') => depth += 1,
                        (None, b'}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    Err(end)
}

/// Whether a string's text holds an interpolation opened by `marker`.
// Inlined in `read_string` (as it was while that had one caller): out of
// line it cost the elixir shape 1.5M instructions more per MiB.
#[inline(always)]
fn interpolates(text: &str, marker: &str) -> bool {
    match marker {
        // PHP `"$var"` / `"{$var}"`, Kotlin `"$name"`.
        "$" => text
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'$' && (w[1].is_ascii_alphabetic() || w[1] == b'_' || w[1] == b'{')),
        // C# `$"{x}"`, Python f-strings (`{{` is a literal brace).
        // Dropping `{{`/`}}` leaves a `{` only where the text had one: most
        // strings have none and need no copy.
        "{" if !text.as_bytes().contains(&b'{') => false,
        "{" => {
            let t = text.replace("{{", "").replace("}}", "");
            t.find('{').is_some_and(|o| t[o..].contains('}'))
        }
        m => find_bytes(text.as_bytes(), m.as_bytes())
            .is_some_and(|o| text.as_bytes()[o..].contains(&b'}')),
    }
}

/// The first occurrence of a short `needle` in `hay` (a byte search for its
/// first byte, then a compare: no searcher set up per call).
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, tail) = needle.split_first()?;
    let mut from = 0;
    while let Some(p) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + p;
        if tail
            .iter()
            .enumerate()
            .all(|(k, &t)| hay.get(at + 1 + k) == Some(&t))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// PHP `<<<EOT` / `<<<'EOT'` and HCL `<<EOT` / `<<-EOT`: the body up to the
/// terminator line.
fn heredoc(
    input: &str,
    i: usize,
    end: usize,
    lang: Lang,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    let open = if lang == Lang::Php { 3 } else { 2 };
    let mut p = i + open;
    let b = input.as_bytes();
    if p < end && b[p] == b'-' {
        p += 1;
    }
    let quoted = p < end && matches!(b[p], b'\'' | b'"');
    if quoted {
        p += 1;
    }
    let s = p;
    while p < end && (b[p].is_ascii_alphanumeric() || b[p] == b'_') {
        p += 1;
    }
    if p == s {
        return None;
    }
    let term = &input[s..p];
    let body = line_end(input, p, end) + 1;
    if body > end {
        return None;
    }
    let mut line_start = body;
    while line_start < end {
        let le = line_end(input, line_start, end);
        let line = input[line_start..le].trim();
        if line == term
            || line
                .strip_prefix(term)
                .is_some_and(|r| r == ";" || r == ",")
        {
            let content = body..line_start.saturating_sub(1).max(body);
            let text = &input[content.clone()];
            let interpolated =
                !(quoted && lang == Lang::Php) && (text.contains('$') || text.contains("${"));
            strs.strs.push(StrTok::new(
                content,
                StrTok::VERBATIM,
                Quote::Other,
                interpolated,
            ));
            let after = line_start + input[line_start..le].find(term).unwrap_or(0) + term.len();
            push(toks, Tok::Str((strs.strs.len() - 1) as u32), i..after);
            return Some(after);
        }
        line_start = le + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str, lang: Lang) -> Vec<String> {
        let t = tokenize(src, 0..src.len(), lang);
        t.toks
            .iter()
            .map(|k| match k.tok {
                Tok::Str(i) => {
                    let s = &t.strs[i as usize];
                    format!("S({})", t.text(src, s))
                }
                Tok::Ident => format!("I({})", &src[k.span()]),
                Tok::Symbol => format!(":{}", &src[k.span()]),
                Tok::Num => format!("N({})", &src[k.span()]),
                Tok::Newline => "NL".into(),
                Tok::Comment => format!("C({})", &src[k.span()]),
                Tok::Punct(p) => format!("{p:?}"),
            })
            .collect()
    }

    #[test]
    fn php_tokens() {
        let got = kinds(
            "<?php $mail->Host = 'smtp.x'; // c\ndefine('A', \"b$c\");",
            Lang::Php,
        );
        assert_eq!(
            got,
            [
                "I($mail)",
                "Arrow",
                "I(Host)",
                "Eq",
                "S(smtp.x)",
                "Semi",
                "C( c)",
                "NL",
                "I(define)",
                "LParen",
                "S(A)",
                "Comma",
                "S(b$c)",
                "RParen",
                "Semi"
            ]
        );
    }

    #[test]
    fn prefixes_and_symbols() {
        let got = kinds("x = rf'a\\d' + f\"{y}\"", Lang::Python);
        assert_eq!(got, ["I(x)", "Eq", "S(a\\d)", "Op", "S({y})"]);
        let got = kinds("authentication: :plain, :address => 'a'", Lang::Ruby);
        assert_eq!(
            got,
            [
                "I(authentication)",
                "Colon",
                ":plain",
                "Comma",
                ":address",
                "FatArrow",
                "S(a)"
            ]
        );
        let got = kinds("var s = @\"C:\\x\"\"y\";", Lang::CSharp);
        assert_eq!(got, ["I(var)", "I(s)", "Eq", "S(C:\\x\"y)", "Semi"]);
    }

    #[test]
    fn interpolation_is_seen() {
        let t = tokenize("`${a}` '${b}' \"#{c}\"", 0..20, Lang::JavaScript);
        assert!(t.strs[0].interpolated);
        assert!(!t.strs[1].interpolated);
        let src = "\"#{c}\" '#{d}'";
        let t = tokenize(src, 0..src.len(), Lang::Ruby);
        assert!(t.strs[0].interpolated);
        assert!(!t.strs[1].interpolated);
    }

    #[test]
    fn quotes_inside_ruby_interpolation() {
        let src = "u = \"#{ENV[\"KEY\"]}\"\nv = \"a#{x}b\" + \"#{\"";
        let t = tokenize(src, 0..src.len(), Lang::Ruby);
        assert_eq!(&src[t.strs[0].content()], "#{ENV[\"KEY\"]}");
        assert!(t.strs[0].interpolated);
        assert_eq!(&src[t.strs[1].content()], "a#{x}b");
        // An interpolation that never closes: the quote ends the string.
        assert_eq!(&src[t.strs[2].content()], "#{");
    }

    #[test]
    fn heredocs() {
        let src = "$x = <<<EOT\nhello\nEOT;\n";
        let got = kinds(src, Lang::Php);
        assert_eq!(got[2], "S(hello)");
    }
}
