//! The code reader: one structure builder for every language, driven by the
//! tables in [`lang`]. It recognises what configuration code writes:
//!
//! * assignments: `EMAIL_HOST = '…'`, `$mail->Host = …;`, `client.Port = 587;`,
//!   `app.config['MAIL_PORT'] = …`, `host := "…"`, `const HOST = '…'`,
//!   chained `A = B = 'v'`;
//! * pairs inside braces and brackets, whatever they are called: JSON and JS
//!   objects, Python dicts, PHP arrays (`'host' => …`), Ruby hashes
//!   (`address: …`, `:address => …`), Elixir keyword lists, HCL blocks,
//!   Nix attribute sets, C# object initializers, Go composite literals;
//! * calls, with positional arguments as `#0`, `#1`… and named ones by
//!   name (`SMTP_SSL(host, 465)`, `NewDialer(h, 587, u, p)`,
//!   `connect(host='…')`), Ruby/Elixir calls without parentheses
//!   (`config :app, App.Mailer, relay: "…"`), map setters (`props.put("mail.smtp.host", …)`,
//!   `define('WPMS_SMTP_HOST', …)`) as key → value, and every call as a
//!   presence entry (`$mail->isSMTP()`, `server.starttls()`);
//! * blocks: braces, Ruby/Elixir `do … end`, Python indentation; classes
//!   and modules name their scope (for `self::HOST`).
//!
//! Values that are not literals (a variable, `env('X')`, `process.env.X`,
//! an interpolated string, any expression) are references. Line comments
//! are read again, so a commented-out `// port: 465,` is an entry too
//! (flagged). Nesting deeper than a bound is skipped, not recursed into.

pub mod lang;
pub mod tokens;

use std::ops::Range;

pub use lang::Lang;
use tokens::{StrTok, Tok, Token, Tokens, P};

use super::keyvalue::key_segs_into;
use super::{flag, Document, Entry, ScopeKind, Seg, SegKind, Syntax, Val, ValKind};
use crate::model::Quote;

/// Whether `w` is one of `words` (length and first byte compared before
/// the text).
fn among(words: &[&str], w: &str) -> bool {
    words
        .iter()
        .any(|k| k.len() == w.len() && k.as_bytes().first() == w.as_bytes().first() && *k == w)
}

/// A list of keywords with, for each first byte, a bit per length (up to
/// 31) that one of its words has: most identifiers (`SMTP_HOST`, `host`)
/// fail this one look-up and are compared with no word, and a word is
/// compared only with the lists that hold a word of its shape.
struct Keywords {
    list: &'static [&'static str],
    shapes: [u32; 256],
    /// A bit per length that one of the words has (for a comparison that
    /// ignores case).
    lens: u32,
}

impl Keywords {
    const fn of(list: &'static [&'static str]) -> Keywords {
        let mut shapes = [0u32; 256];
        let mut lens = 0u32;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 32);
            shapes[w[0] as usize] |= 1 << w.len();
            lens |= 1 << w.len();
            i += 1;
        }
        Keywords { list, shapes, lens }
    }

    /// Whether some word has `w`'s length (case aside, the first test of
    /// an equality that ignores case).
    fn has_len(&self, w: &str) -> bool {
        w.len() < 32 && self.lens & (1 << w.len()) != 0
    }
}

/// Whether `w` is one of `words`; checked for every identifier that starts
/// an item.
fn word_in(words: &Keywords, w: &str) -> bool {
    let b = w.as_bytes();
    let shape = b.first().map_or(0, |&f| words.shapes[usize::from(f)]);
    b.len() < 32 && shape & (1 << b.len()) != 0 && among(words.list, w)
}

/// Recursion bound: deeper groups are skipped as a whole.
const MAX_NESTING: u32 = 64;

/// What ends a body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Closer {
    Tok(P),
    /// Ruby/Elixir `end`.
    End,
    /// Ruby/Elixir `end`, or the next branch of the `if`/`unless`/`case`
    /// being read: `else`, Ruby's `elsif` and `when` (see
    /// [`Parser::end_branches`]).
    Branch,
    /// A brace language's `switch` block: its `}`, or the next `case`/
    /// `default` label (see [`Parser::switch_branches`]).
    Case,
    /// The end of the line (a Python tuple written without parentheses).
    Line,
    /// Nix's `in`, which ends the bindings of a `let` (see
    /// [`Parser::nix_let`]).
    In,
    /// The end of the tokens (top level).
    Eof,
}

/// Words skipped at the start of a statement.
static MODIFIERS: Keywords = Keywords::of(&[
    "const",
    "let",
    "var",
    "val",
    "export",
    "public",
    "private",
    "protected",
    "internal",
    "static",
    "final",
    "readonly",
    "global",
    "my",
    "our",
    "async",
    "await",
    "abstract",
    "override",
    "lateinit",
    "open",
    "sealed",
    "data",
    "suspend",
    "inline",
    "volatile",
    "transient",
    "required",
    "unset",
    "local",
    "declare",
    "inherit",
    "yield",
    "default",
    "lazy",
    "mut",
    "constexpr",
]);

/// Words whose statement is a value (`return {…}`, `export default {…}`).
static VALUE_WORDS: Keywords = Keywords::of(&["return", "yield"]);

/// Words opening a named scope (`class X`, `module X`, `defmodule X do`).
static NAMED_SCOPES: Keywords = Keywords::of(&[
    "class",
    "module",
    "defmodule",
    "object",
    "namespace",
    "struct",
    "trait",
    "record",
]);

/// Words opening a nameless block (`def f():`, `function f() {`).
static FUNCTIONS: Keywords = Keywords::of(&[
    "def", "function", "func", "fun", "fn", "defp", "sub", "lambda",
]);

/// Ruby/Elixir words that open a block closed by `end` at a statement's start.
static END_OPENERS: Keywords = Keywords::of(&[
    "if", "unless", "case", "while", "until", "begin", "for", "cond", "with", "try", "receive",
    "quote",
]);

/// Calls that set a key given as a string: `props.put("mail.smtp.host", v)`.
static SETTERS: Keywords = Keywords::of(&[
    "put",
    "setProperty",
    "set",
    "Set",
    "define",
    "putenv",
    "setenv",
    "setdefault",
    "put_env",
    "putIfAbsent",
    "Add",
    "add",
    "SetEnvironmentVariable",
    "Setenv",
    "config",
    "setOption",
    "setConfig",
    "SetHeader",
    "addTextHeader",
    "setHeader",
    "addCustomHeader",
    "addHeader",
    "AddHeader",
    "add_header",
    "header",
    "dolibarr_set_const",
    // Symfony's container in `config/parameters*.php`:
    // `$container->setParameter('mailer_host', …)`.
    "setParameter",
]);

/// Reads `range` as `lang` into `scope`.
pub fn read(doc: &mut Document, range: Range<usize>, scope: u32, lang: Lang) {
    let Tokens {
        toks,
        strs,
        decoded,
    } = tokens::tokenize(doc.input, range.clone(), lang);
    // Code makes about one entry per three tokens and one segment per two:
    // room made once, not by doubling (each doubling copies the document
    // into fresh memory; unused room is never touched).
    doc.entries.reserve(toks.len() / 3);
    doc.segs.reserve(toks.len() / 2);
    let next_block = doc.branches.iter().map(|b| b.1 + 1).max().unwrap_or(0);
    let mut p = Parser {
        input: doc.input,
        doc,
        toks,
        strs,
        decoded,
        lang,
        def: lang::def(lang),
        syntax: Syntax::Code(lang),
        flags: 0,
        nesting: 0,
        in_comment: false,
        seg_bufs: Vec::new(),
        objects: Vec::new(),
        closers: Vec::new(),
        base: None,
        last_branch: None,
        next_block,
        open_branches: 0,
        spreads: Vec::new(),
        spreads_seen: 0,
    };
    let end = p.body(0, scope, Closer::Eof, false);
    let _ = end;
    if lang == Lang::Hcl {
        heredoc_files(p.doc, &p.toks, &p.strs, scope);
    }
    if lang == Lang::Nix {
        nix_strings(p.doc, &p.toks, &p.strs, scope);
    }
    p.doc.close(scope, range.end);
}

/// Where Python star imports start (`from .base import *`, `from
/// settings.base import *  # noqa`), in text order: the lines after one
/// layer a settings module over another (one pass).
pub fn star_imports(input: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, _) in input.match_indices("import *") {
        let start = input[..at].rfind(['\n', '\r']).map_or(0, |n| n + 1);
        let line = input[start..].split(['\n', '\r']).next().unwrap_or("");
        let t = line.trim_start();
        let rest = t.split(" #").next().unwrap_or("").trim_end();
        if t.starts_with("from ") && rest.ends_with("import *") {
            out.push(start);
        }
    }
    out
}

/// Terraform's heredoc strings that hold a file of their own (an ECS task
/// definition's `container_definitions = <<JSON [ … ] JSON`, a Helm
/// release's `values = [<<-EOT grafana.ini: … EOT]`): each body is read
/// again as the syntax it holds, below `scope`.
fn heredoc_files(doc: &mut Document, toks: &[Token], strs: &[StrTok], scope: u32) {
    for t in toks {
        let Tok::Str(i) = t.tok else { continue };
        if !doc.input[t.span()].starts_with("<<") {
            continue;
        }
        let Some(s) = strs.get(i as usize) else {
            continue;
        };
        let body = s.content();
        if doc.input[body.clone()].trim().is_empty() {
            continue;
        }
        let inner = doc.open(scope, [], body.start, ScopeKind::Region);
        // Depth 2: the body's own heredocs or embedded files are not read again.
        super::sniff::read_region(doc, body.clone(), inner, 2);
        doc.close(inner, body.end);
    }
}

/// Nix strings that hold settings of their own: an indented string
/// (`environment.etc."app/env".text = ''…''`, a `script`) is a file or a
/// script, and a `"KEY=value"` string is one environment line (a systemd
/// `Environment` list item, or the text `optionalString cond "KEY=…"`
/// adds to such a file). Each is read again as the syntax it holds, below
/// `scope`; `${…}` in it stays a reference.
fn nix_strings(doc: &mut Document, toks: &[Token], strs: &[StrTok], scope: u32) {
    for t in toks {
        let Tok::Str(i) = t.tok else { continue };
        let Some(s) = strs.get(i as usize) else {
            continue;
        };
        let body = s.content();
        let text = &doc.input[body.clone()];
        let indented = doc.input[t.span()].starts_with("''");
        if !(indented && text.contains('=') || env_line(text)) {
            continue;
        }
        let inner = doc.open(scope, [], body.start, ScopeKind::Region);
        // Depth 2: what the body embeds is not read again.
        super::sniff::read_region(doc, body.clone(), inner, 2);
        doc.close(inner, body.end);
        if indented {
            for line in interpolated_lines(doc.input, body.clone()) {
                let inner = doc.open(scope, [], line.start, ScopeKind::Region);
                super::sniff::read_region(doc, line.clone(), inner, 2);
                doc.close(inner, line.end);
            }
        }
    }
}

/// The `"KEY=value"` strings inside the `${…}` of an indented string
/// (`${optionalString cond "SMTP_PASSWORD=${cfg.password}"}`): lines the
/// file holds when the condition holds. One pass over the body.
fn interpolated_lines(input: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut depth) = (body.start, 0u32);
    while i < body.end {
        match b[i] {
            b'$' if b.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 2;
                continue;
            }
            b'}' if depth > 0 => depth -= 1,
            b'"' if depth > 0 => {
                // The string's end: its own `${…}` nest inside it.
                let (mut j, mut inner) = (i + 1, 0u32);
                while j < body.end && !(b[j] == b'"' && inner == 0) {
                    match b[j] {
                        b'\\' => j += 1,
                        b'$' if b.get(j + 1) == Some(&b'{') => {
                            inner += 1;
                            j += 1;
                        }
                        b'}' if inner > 0 => inner -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                let content = i + 1..j.min(body.end);
                if input.get(content.clone()).is_some_and(env_line) {
                    out.push(content);
                }
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a bare HCL expression is a host name, not a reference: two or
/// more dot-separated labels of letters, digits and `-`, the last one
/// letters (a top-level domain), neither rooted at one of Terraform's
/// reference roots (`var.`, `local.`, `module.`, `data.`, `each.`…) nor a
/// resource (whose type has an `_`: `aws_ses_domain_identity.x.domain`)
/// nor a dynamic block's iterator (`smtp.value.host`).
fn bare_host(text: &str) -> bool {
    const ROOTS: &[&str] = &[
        "var",
        "local",
        "module",
        "data",
        "each",
        "count",
        "path",
        "terraform",
        "self",
    ];
    let mut labels = text.split('.');
    let Some(first) = labels.next() else {
        return false;
    };
    let mut n = 1;
    let mut last = first;
    for l in labels {
        if n == 1 && matches!(l, "value" | "key") {
            return false;
        }
        n += 1;
        last = l;
        if l.is_empty() || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
    }
    n >= 2
        && !ROOTS.contains(&first)
        && !first.is_empty()
        && first
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && (2..=24).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_alphabetic())
}

/// `KEY=value` (or `export KEY=value`) on one line, the key a variable name.
fn env_line(text: &str) -> bool {
    let t = text.strip_prefix("export ").unwrap_or(text);
    let Some((key, _)) = t.split_once('=') else {
        return false;
    };
    !text.contains('\n')
        && key
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

struct Parser<'d, 'a> {
    input: &'a str,
    doc: &'d mut Document<'a>,
    toks: Vec<Token>,
    strs: Vec<StrTok>,
    /// The decoded texts of `strs` (see [`tokens::Tokens::decoded`]).
    decoded: Vec<String>,
    lang: Lang,
    def: &'static lang::LangDef,
    syntax: Syntax,
    flags: u8,
    nesting: u32,
    in_comment: bool,
    /// Emptied segment buffers, reused by the next chain or setter: one
    /// allocation per statement otherwise.
    seg_bufs: Vec<Vec<Seg>>,
    /// JavaScript objects assigned to a name (`const auth = { user, pass }`):
    /// the name and the object's scope, so `auth` or `auth: authVar` in a
    /// later object reads as that object's keys. Bounded.
    objects: Vec<(&'a str, u32)>,
    /// For each opener token, the index past its group (see
    /// [`Parser::group_end`]); made on first use.
    closers: Vec<u32>,
    /// The base class of the class being read (`extends \\Swift_SmtpTransport`,
    /// `class T(smtplib.SMTP)`, `class T < Base`): the name a call of its
    /// constructor (`parent::__construct(…)`, `super(…)`,
    /// `super().__init__(…)`) is read as.
    base: Option<Range<usize>>,
    /// The last branch recorded: the token past it and its
    /// block's number (an `else` right after it is the block's next branch).
    last_branch: Option<(usize, u32)>,
    /// The number a new block of branches gets (blocks nest, so the last
    /// branch recorded may be an inner block's, numbered before its outer).
    next_block: u32,
    /// How many Ruby/Elixir branches are being read (see
    /// [`Parser::modifier_branch`]).
    open_branches: u32,
    /// JavaScript spreads (`{ ...base, port: 465 }`) met in the objects
    /// being read: the object's scope and the spread name's token (see
    /// [`Parser::spread_into`]).
    spreads: Vec<(u32, usize)>,
    /// How many spreads the paste recorded (at most 256 are copied).
    spreads_seen: u32,
}

/// An open Python `if`/`elif`/`else`/`except` block (see [`Parser::body`]).
#[derive(Clone, Copy)]
struct Cond {
    /// Its header's column.
    col: usize,
    /// Its header's first token.
    at: usize,
    /// How many branches the document had when it opened (an innermost
    /// branch records none inside).
    recorded: usize,
}

/// A Ruby statement read, which a modifier after it may make conditional
/// (see [`Parser::modifier_branch`]).
#[derive(Clone, Copy)]
struct Stmt {
    /// Its first token.
    at: usize,
    /// How many entries the document had before it.
    made: usize,
    /// How many branches the document had before it.
    recorded: usize,
}

/// How a branch header ends (see [`Parser::branch`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Branch {
    /// `if (…)`, `elseif (…)`: a block or one statement follows.
    Called,
    /// `else`: a block, one statement or `if …` follows.
    Else,
    /// Go's `if x {`: the condition, then the block.
    Bare,
}

/// A parsed member chain.
struct Chain {
    segs: Vec<Seg>,
    end: usize,
    key: Range<usize>,
    /// The chain ended with a call.
    called: bool,
}

impl<'d, 'a> Parser<'d, 'a> {
    // ---- token helpers -------------------------------------------------------

    /// An empty segment buffer, reused when there is one.
    fn seg_buf(&mut self) -> Vec<Seg> {
        self.seg_bufs.pop().unwrap_or_default()
    }

    /// A segment buffer holding `prefix`.
    fn seg_buf_of(&mut self, prefix: &[Seg]) -> Vec<Seg> {
        let mut segs = self.seg_buf();
        segs.extend_from_slice(prefix);
        segs
    }

    /// Keeps `segs`'s buffer for the next chain (a few at most).
    fn recycle(&mut self, mut segs: Vec<Seg>) {
        segs.clear();
        if self.seg_bufs.len() < 16 {
            self.seg_bufs.push(segs);
        }
    }

    /// `doc.push` of `segs`, its buffer then kept for reuse.
    fn push_entry(&mut self, scope: u32, segs: Vec<Seg>, key: Range<usize>, v: Val, flags: u8) {
        self.doc
            .push(scope, segs.iter().cloned(), key, v, self.syntax, flags);
        self.recycle(segs);
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn is(&self, i: usize, p: P) -> bool {
        self.tok(i).is_some_and(|t| t.is(p))
    }

    fn text(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| &self.input[t.span()])
    }

    fn is_ident(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| t.tok == Tok::Ident) && self.text(i) == word
    }

    fn ident(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.tok == Tok::Ident)
    }

    fn start(&self, i: usize) -> usize {
        self.tok(i)
            .map_or(self.input.len(), |t| t.span.start as usize)
    }

    fn end_of(&self, i: usize) -> usize {
        self.tok(i)
            .map_or(self.input.len(), |t| t.span.end as usize)
    }

    /// Column of token `i` on its line.
    fn column(&self, i: usize) -> usize {
        let s = self.start(i);
        let line_start = self.input[..s].rfind(['\n', '\r']).map_or(0, |p| p + 1);
        s - line_start
    }

    fn is_closer(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is(P::RBrace) || t.is(P::RParen) || t.is(P::RBracket))
    }

    fn at_closer(&self, i: usize, closer: Closer) -> bool {
        match closer {
            Closer::Tok(p) => self.is(i, p),
            Closer::End => self.is_ident(i, "end"),
            Closer::Branch => self.is_ident(i, "end") || self.branch_word(i),
            Closer::Case => self.is(i, P::RBrace) || self.case_label(i).is_some(),
            Closer::In => self.is_ident(i, "in"),
            Closer::Line | Closer::Eof => false,
        }
    }

    /// Skips a bracketed group starting at `i` (an opener) without reading
    /// it: past its matching closer.
    fn skip_group(&self, i: usize) -> usize {
        let mut depth = 0usize;
        let mut j = i;
        while j < self.toks.len() {
            match self.toks[j].tok {
                Tok::Punct(P::LBrace | P::LParen | P::LBracket) => depth += 1,
                Tok::Punct(P::RBrace | P::RParen | P::RBracket) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return j + 1;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        j
    }

    /// `{{ name }}` at `i` (two braces opening and closing with nothing
    /// between them): the index past it. A slot is a few tokens (`{{ var |
    /// lower }}`): a bounded look, so nested maps cost nothing extra.
    fn bare_template(&self, i: usize) -> Option<usize> {
        let adjacent = |a: usize, p: P| {
            let (x, y) = (self.tok(a)?, self.tok(a + 1)?);
            let same = |t: &Tok| matches!(t, Tok::Punct(q) if *q == p);
            Some(same(&x.tok) && same(&y.tok) && x.span().end == y.span().start)
        };
        if adjacent(i, P::LBrace) != Some(true) {
            return None;
        }
        for j in i + 3..(i + 12).min(self.toks.len()) {
            match self.tok(j - 1)?.tok {
                Tok::Punct(P::LBrace | P::Semi) | Tok::Newline => return None,
                Tok::Punct(P::RBrace) => {
                    return (adjacent(j - 1, P::RBrace) == Some(true)).then_some(j + 1)
                }
                _ => {}
            }
        }
        None
    }

    // ---- values --------------------------------------------------------------

    fn str_val(&mut self, i: usize) -> Option<Val> {
        let Tok::Str(s) = self.tok(i)?.tok else {
            return None;
        };
        let st = self.strs.get(s as usize)?;
        let decoded = self.decoded.get(st.decoded as usize);
        // A template a tool fills in before the program runs (`{{ host }}`,
        // `${SMTP_USER}`) is not the text the client reads (see `refs`).
        let text = match decoded {
            Some(d) => d.as_str(),
            None => self.input.get(st.content()).unwrap_or(""),
        };
        let kind = if st.interpolated || super::refs::has_template(text, false) {
            ValKind::Reference
        } else {
            ValKind::Literal
        };
        let (content, quote, decoded) = (st.content(), st.quote, decoded.cloned());
        Some(self.doc.val(content, decoded, quote, kind))
    }

    /// Whether token `i` ends a value (a separator, a closer, a line end in
    /// languages whose statements end there, or nothing).
    fn ends_value(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.tok) {
            None => true,
            Some(Tok::Punct(P::Comma | P::Semi | P::RBrace | P::RParen | P::RBracket)) => true,
            Some(Tok::Newline | Tok::Comment) => true,
            Some(Tok::Ident) => {
                self.def.end_blocks
                    && (self.text(i) == "end" || self.text(i) == "if" || self.text(i) == "unless")
            }
            Some(Tok::Punct(P::FatArrow)) => false,
            _ => false,
        }
    }

    /// A literal token's value: strings, numbers, `true`/`None`/`nil`,
    /// `:symbols`, negative numbers. `None` when `i` is not one.
    fn literal(&mut self, i: usize) -> Option<(Val, usize)> {
        let t = self.tok(i)?.clone();
        match t.tok {
            Tok::Str(_) => Some((self.str_val(i)?, i + 1)),
            Tok::Num => Some((
                self.doc.val(t.span(), None, Quote::None, ValKind::Literal),
                i + 1,
            )),
            Tok::Symbol => Some((
                self.doc.val(t.span(), None, Quote::None, ValKind::Literal),
                i + 1,
            )),
            Tok::Ident if among(self.def.literals, self.text(i)) => Some((
                self.doc.val(t.span(), None, Quote::None, ValKind::Literal),
                i + 1,
            )),
            // C#'s `string.Empty` is the empty string `""` (an options
            // class's `Username { get; set; } = string.Empty;`), no
            // reference to anything set elsewhere.
            Tok::Ident
                if self.lang == Lang::CSharp
                    && matches!(self.text(i), "string" | "String")
                    && self.is(i + 1, P::Dot)
                    && self.is_ident(i + 2, "Empty") =>
            {
                let span = t.span().start..self.end_of(i + 2);
                Some((
                    self.doc
                        .val(span, Some(String::new()), Quote::Double, ValKind::Literal),
                    i + 3,
                ))
            }
            Tok::Punct(P::Op)
                if self.text(i) == "-" && self.tok(i + 1).is_some_and(|n| n.tok == Tok::Num) =>
            {
                let span = t.span().start..self.end_of(i + 1);
                Some((
                    self.doc.val(span, None, Quote::None, ValKind::Literal),
                    i + 2,
                ))
            }
            _ => None,
        }
    }

    /// A tuple opened at `i`: its items as a list, and the whole as an
    /// expression (a reference) for the key. Returns the end.
    fn tuple_value(
        &mut self,
        i: usize,
        scope: u32,
        segs: Vec<Seg>,
        key: Range<usize>,
        flags: u8,
        closer: P,
    ) -> usize {
        let start = self.tok(i).map_or(0, |t| t.span().start);
        let end = self.container(
            i,
            scope,
            segs.clone(),
            Closer::Tok(closer),
            true,
            ScopeKind::List,
        );
        let v = self.doc.val(
            start..self.end_of(end.saturating_sub(1)),
            None,
            Quote::None,
            ValKind::Reference,
        );
        self.push_entry(scope, segs, key, v, flags);
        end
    }

    /// Reads the value at `i` for the key `segs` in `scope`: a literal, a
    /// container, or an expression (a reference). Returns the end.
    fn value(
        &mut self,
        i: usize,
        scope: u32,
        segs: Vec<Seg>,
        key: Range<usize>,
        extra: u8,
    ) -> usize {
        let flags = self.flags | extra;
        let Some(t) = self.tok(i).cloned() else {
            return i;
        };
        // A template slot a tool fills in before the program runs, written
        // bare (`port: {{SMTP_PORT}},` in a Ruby or JS template): a
        // reference, not a map in a map.
        if let Some(end) = self.bare_template(i) {
            let span = t.span().start..self.end_of(end - 1);
            let v = self.doc.val(span, None, Quote::None, ValKind::Reference);
            self.push_entry(scope, segs, key, v, flags);
            return end;
        }
        // Containers.
        match t.tok {
            // An Elixir tuple (`{:system, "SMTP_HOST"}`, Bamboo's way to
            // read the environment); its maps are `%{…}`.
            Tok::Punct(P::LBrace)
                if self.lang == Lang::Elixir && !(i > 0 && self.text(i - 1) == "%") =>
            {
                return self.tuple_value(i, scope, segs, key, flags, P::RBrace);
            }
            Tok::Punct(P::LBrace) => {
                return self.container(
                    i,
                    scope,
                    segs,
                    Closer::Tok(P::RBrace),
                    false,
                    ScopeKind::Map,
                )
            }
            Tok::Punct(P::LBracket) => {
                return self.container(
                    i,
                    scope,
                    segs,
                    Closer::Tok(P::RBracket),
                    true,
                    ScopeKind::List,
                )
            }
            Tok::Punct(P::LParen) if self.lang == Lang::Python || self.lang == Lang::Elixir => {
                // A tuple: `('Acme', 'noreply@acme.io')`.
                return self.tuple_value(i, scope, segs, key, flags, P::RParen);
            }
            Tok::Punct(P::Op)
                if matches!(self.text(i), "&" | "%" | "@" | "*") && self.is(i + 1, P::LBrace) =>
            {
                return self.value(i + 1, scope, segs, key, extra);
            }
            Tok::Ident
                if self.text(i) == "array"
                    && self.is(i + 1, P::LParen)
                    && self.lang == Lang::Php =>
            {
                return self.container(
                    i + 1,
                    scope,
                    segs,
                    Closer::Tok(P::RParen),
                    true,
                    ScopeKind::List,
                );
            }
            _ => {}
        }
        if let Some(end) = self.nix_let(i, scope) {
            // No `in` (a cut paste): the bindings were all there is.
            if !self.is_ident(end - 1, "in") {
                self.recycle(segs);
                return end;
            }
            return self.value(end, scope, segs, key, extra);
        }
        // Nix's priority wrappers hand the module system the value itself
        // (`lib.mkDefault "smtp.x"`, `mkForce 587`, `lib.mkOverride 50
        // "v"`): the setting is the argument, not a reference.
        if let Some(arg) = self.nix_priority_arg(i) {
            return self.value(arg, scope, segs, key, extra);
        }
        // Rust's owned strings of a literal: `"x".to_owned()`, `String::from("x")`.
        if let Some((v, after)) = self.rust_owned(i) {
            self.push_entry(scope, segs, key, v, flags);
            return after;
        }
        // Literals (alone: `'a' + b` is an expression).
        if let Some((v, after)) = self.literal(i) {
            if self.ends_value(after) || (self.def.end_blocks && self.is_ident(after, "do")) {
                self.push_entry(scope, segs, key, v, flags);
                return after;
            }
        }
        // Chained assignment: `A = B = 'v'`.
        if self.assigns_chain(i) {
            let chain = self.chain(i, scope, &segs);
            let before = self.doc.entries.len();
            let end = self.value(
                chain.end + 1,
                scope,
                chain.segs.clone(),
                chain.key.clone(),
                extra,
            );
            if let Some(v) = self
                .doc
                .entries
                .get(before)
                .filter(|e| e.scope == scope)
                .map(|e| e.value.clone())
            {
                self.push_entry(scope, segs, key, v, flags);
            }
            return end;
        }
        // `auth: authVar` naming an object written above: its keys.
        if t.tok == Tok::Ident && self.ends_value(i + 1) && self.copy_object(i, scope, &segs) {
            self.recycle(segs);
            return i + 1;
        }
        // Ruby's `if`/`unless`/`case` as a value (`x = if c … else … end`):
        // read to its `end`, each branch's literal the key's value there.
        if self.def.end_blocks
            && self.lang == Lang::Ruby
            && self.ident(i)
            && matches!(self.text(i), "if" | "unless" | "case")
        {
            let j = self.header_end(i + 1);
            let end = self.end_branches_of(i, j, scope, Some((&segs, key.clone())));
            self.recycle(segs);
            return end;
        }
        let end = self.expr(i, scope, &segs);
        let last = end.max(i + 1) - 1;
        // `$this->SMTPHost = getenv('X') ?: $this->SMTPHost;` keeps the
        // property as it was unless the environment sets it: the property's
        // own definition stays the one setting, not a second one.
        if self.self_fallback(i, end, &key) {
            self.recycle(segs);
            return end.max(i + 1);
        }
        let span = t.span().start..self.end_of(last).max(t.span().start);
        // HCL-like templates (HOCON, nginx-style confs) write a host bare:
        // `host = smtp.postmarkapp.com` is that name, no reference.
        let kind = if self.lang == Lang::Hcl && bare_host(&self.input[span.clone()]) {
            ValKind::Literal
        } else {
            ValKind::Reference
        };
        let v = self.doc.val(span, None, Quote::None, kind);
        self.push_entry(scope, segs, key, v, flags);
        end.max(i + 1)
    }

    /// A Nix `let … in BODY` written as a value (`x = let a = "v"; in { … }`):
    /// reads the bindings in a block of their own, so that they are
    /// variables as a file's top-level `let` is (a bare `a` in the body
    /// resolves to them) and name no setting under `x`, and returns where
    /// BODY starts: BODY is the value (the Nix manual, "Language
    /// Constructs", Let-expressions: "the `let` expression … evaluates to
    /// the expression after `in`"). `None` when `i` is no `let`.
    fn nix_let(&mut self, i: usize, scope: u32) -> Option<usize> {
        if self.lang != Lang::Nix || !self.is_ident(i, "let") {
            return None;
        }
        let block = self.doc.open(scope, [], self.start(i), ScopeKind::Block);
        let end = self.body(i + 1, block, Closer::In, false);
        self.doc.close(block, self.start(end.saturating_sub(1)));
        Some(end)
    }

    /// In Nix, the argument of a priority wrapper at `i` (`mkDefault`,
    /// `mkForce`, `mkOptionDefault`, `mkOverride N`, alone or as `lib.…`)
    /// when it is a literal: the token where the value starts. (A set
    /// under a wrapper is already read as the value: `nix_value_group`.)
    fn nix_priority_arg(&self, i: usize) -> Option<usize> {
        if self.lang != Lang::Nix {
            return None;
        }
        let name = if self.is_ident(i, "lib") && self.is(i + 1, P::Dot) {
            i + 2
        } else {
            i
        };
        let arg = match self.text(name) {
            "mkDefault" | "mkForce" | "mkOptionDefault" if self.ident(name) => name + 1,
            "mkOverride"
                if self.ident(name) && self.tok(name + 1).is_some_and(|t| t.tok == Tok::Num) =>
            {
                name + 2
            }
            _ => return None,
        };
        match self.tok(arg)?.tok {
            Tok::Str(_) | Tok::Num => Some(arg),
            Tok::Ident if among(self.def.literals, self.text(arg)) => Some(arg),
            _ => None,
        }
    }

    /// Whether the expression `i..end` falls back to the key it is assigned
    /// to: `A ?: KEY`, `A ?? KEY`, `A || KEY`, `A or KEY` (also inside a
    /// cast, `(int) (A ?: KEY)`). One walk over the expression's tokens.
    fn self_fallback(&self, i: usize, end: usize, key: &Range<usize>) -> bool {
        let Some(want) = self.input.get(key.clone()) else {
            return false;
        };
        let mut operand = None;
        for k in i..end.min(self.toks.len()) {
            let t = &self.toks[k];
            let after = if t.is(P::Op) {
                match self.text(k) {
                    "??" | "||" => k + 1,
                    "?" if self.is(k + 1, P::Colon) => k + 2,
                    _ => continue,
                }
            } else if t.tok == Tok::Ident
                && self.text(k) == "or"
                && matches!(self.lang, Lang::Python | Lang::Ruby)
            {
                k + 1
            } else {
                continue;
            };
            operand = Some(after);
        }
        let Some(from) = operand.filter(|&a| a < end) else {
            return false;
        };
        let text = self.input[self.start(from)..self.end_of(end - 1)]
            .trim_end_matches(|c: char| c == ')' || c == ';' || c.is_whitespace());
        !want.is_empty() && text == want
    }

    /// A Rust string literal made owned or parsed, which is still its text:
    /// `"x".to_owned()`, `.to_string()`, `.into()`, `.parse().unwrap()`,
    /// `.parse()?`, `String::from("x")`. `None` for anything else.
    fn rust_owned(&mut self, i: usize) -> Option<(Val, usize)> {
        if self.lang != Lang::Rust {
            return None;
        }
        let is_str = |me: &Self, k: usize| me.tok(k).is_some_and(|t| matches!(t.tok, Tok::Str(_)));
        let empty_call = |me: &Self, k: usize| me.is(k, P::LParen) && me.is(k + 1, P::RParen);
        let (s, after) = if self.is_ident(i, "String")
            && self.is(i + 1, P::Path)
            && self.is_ident(i + 2, "from")
            && self.is(i + 3, P::LParen)
            && is_str(self, i + 4)
            && self.is(i + 5, P::RParen)
        {
            (i + 4, i + 6)
        } else if is_str(self, i) && self.is(i + 1, P::Dot) {
            let w = self.text(i + 2);
            if matches!(w, "to_owned" | "to_string" | "into") && empty_call(self, i + 3) {
                (i, i + 5)
            } else if w == "parse" && empty_call(self, i + 3) {
                if self.is(i + 5, P::Dot)
                    && self.is_ident(i + 6, "unwrap")
                    && empty_call(self, i + 7)
                {
                    (i, i + 9)
                } else if self.tok(i + 5).is_some_and(|t| t.is(P::Op)) && self.text(i + 5) == "?" {
                    (i, i + 6)
                } else {
                    return None;
                }
            } else {
                return None;
            }
        } else {
            return None;
        };
        if !self.ends_value(after) {
            return None;
        }
        Some((self.str_val(s)?, after))
    }

    /// The object scope `from` and the scopes inside it opened after it
    /// (at most `deep` on), in order, and the entries written in them (of
    /// the last 4096), last first: what a copy of the object holds.
    fn object_parts(&self, from: u32, deep: u32) -> (Vec<u32>, Vec<usize>) {
        let mut inside: Vec<u32> = vec![from];
        for si in from + 1..(self.doc.scopes.len() as u32).min(from + deep) {
            if inside.contains(&self.doc.scopes[si as usize].parent) {
                inside.push(si);
            }
        }
        let copied: Vec<usize> = self
            .doc
            .entries
            .iter()
            .enumerate()
            .rev()
            .take(4096)
            .filter(|(_, e)| inside.contains(&e.scope))
            .map(|(ei, _)| ei)
            .collect();
        (inside, copied)
    }

    /// JavaScript: the identifier at `i` names an object assigned above
    /// (`const auth = { user, pass }`): `segs` under `scope` becomes a map
    /// with a copy of that object's entries (their spans stay where they
    /// are written). False (nothing done) otherwise.
    fn copy_object(&mut self, i: usize, scope: u32, segs: &[Seg]) -> bool {
        if !matches!(self.lang, Lang::JavaScript | Lang::Ruby) || segs.is_empty() {
            return false;
        }
        let name = self.text(i);
        let Some(&(_, from)) = self.objects.iter().rev().find(|(n, _)| *n == name) else {
            return false;
        };
        if from == scope {
            return false;
        }
        // Handed whole to a call (`createTransport(opts)`): the copy is
        // what the call reads, with the objects inside it (`auth: {…}`),
        // and the definition no setting of its own. Elsewhere (`auth:
        // creds`, `module.exports = config`) the keys written directly in
        // it are copied, and the definition stays.
        // Ruby's `smtp_settings = base` hands the hash itself on (a
        // hash is a settings object there, never a value of its own).
        let handed = self.lang == Lang::Ruby
            || segs
                .last()
                .is_some_and(|s| matches!(s.kind, SegKind::Arg(_)));
        let (inside, copied) = self.object_parts(from, if handed { 64 } else { 1 });
        // An object still empty here (`const opts = {}`, then `opts.host =
        // …`): its settings are written beside it; the name is no value.
        if copied.is_empty() {
            return true;
        }
        // Its copy below `segs`: old scope id → the copy's.
        let mut map: Vec<(u32, u32)> = Vec::with_capacity(inside.len());
        for &si in &inside {
            let sc = &self.doc.scopes[si as usize];
            let (parent, kind, at, own) = if si == from {
                (scope, ScopeKind::Map, self.start(i), segs.to_vec())
            } else {
                let Some(&(_, p)) = map.iter().find(|(old, _)| *old == sc.parent) else {
                    continue;
                };
                (
                    p,
                    sc.kind,
                    sc.span.start as usize,
                    self.doc.own_segs(sc.segs).to_vec(),
                )
            };
            let copy = self.doc.open(parent, own, at, kind);
            map.push((si, copy));
        }
        self.clone_entries(&copied, &map, handed, |_| false);
        for &(_, new) in map.iter().rev() {
            self.doc.close(new, self.toks[i].span().end);
        }
        true
    }

    /// Copies the entries `copied` (last first) into the scopes `map`
    /// gives for theirs (old → new), but those `skip` names; with
    /// `handed`, the originals are then read for references only.
    fn clone_entries(
        &mut self,
        copied: &[usize],
        map: &[(u32, u32)],
        handed: bool,
        skip: impl Fn(&Entry) -> bool,
    ) {
        for &ei in copied.iter().rev() {
            let mut e = self.doc.entries[ei].clone();
            let Some(&(_, new)) = map.iter().find(|(old, _)| *old == e.scope) else {
                continue;
            };
            if skip(&e) {
                continue;
            }
            if handed {
                self.doc.entries[ei].flags |= flag::HANDED;
            }
            // The copy is the setting, even when an earlier copy marked
            // the definition as handed over.
            e.flags &= !flag::HANDED;
            e.scope = new;
            self.doc.entries.push(e);
        }
    }

    /// Opens a container for `segs` at the opener `i` and reads its body.
    fn container(
        &mut self,
        i: usize,
        scope: u32,
        segs: Vec<Seg>,
        closer: Closer,
        list: bool,
        kind: ScopeKind,
    ) -> usize {
        if self.nesting >= MAX_NESTING {
            return self.skip_group(i);
        }
        let inner = self
            .doc
            .open(scope, segs.iter().cloned(), self.start(i), kind);
        // (Ruby's hashes too: `base = { address: … }` handed on as
        // `smtp_settings = base` or `base.merge(port: 465)`.)
        if matches!(self.lang, Lang::JavaScript | Lang::Ruby)
            && kind == ScopeKind::Map
            && self.objects.len() < 64
            && self.is(i, P::LBrace)
        {
            if let [one] = segs.as_slice() {
                if one.kind == SegKind::Key {
                    let name = &self.input[one.span.start as usize..one.span.end as usize];
                    self.objects.push((name, inner));
                }
            }
        }
        self.recycle(segs);
        self.nesting += 1;
        let spreads = self.spreads.len();
        let end = self.body(i + 1, inner, closer, list);
        self.nesting -= 1;
        // Its spreads, once its own keys are read (they win).
        while self.spreads.len() > spreads {
            let (into, name) = self.spreads.remove(spreads);
            if into == inner && kind == ScopeKind::Map && !self.in_comment {
                self.spread_into(name, inner);
            }
        }
        self.doc.close(inner, self.end_of(end.saturating_sub(1)));
        end
    }

    /// JavaScript: `...name` (or `...a.b.name`) at `i` in an object, the
    /// spread ending the item: recorded for the object around (see
    /// [`Parser::spread_into`]); returns the token past it.
    fn spread(&mut self, i: usize, scope: u32) -> Option<usize> {
        if self.lang != Lang::JavaScript
            || !(self.is(i, P::Dot) && self.is(i + 1, P::Dot) && self.is(i + 2, P::Dot))
        {
            return None;
        }
        let mut k = i + 3;
        if !self.ident(k) {
            return None;
        }
        while self.is(k + 1, P::Dot) && self.ident(k + 2) {
            k += 2;
        }
        let past = k + 1;
        let ends = matches!(
            self.tok(past).map(|t| t.tok),
            None | Some(Tok::Punct(P::Comma | P::RBrace) | Tok::Newline | Tok::Comment)
        );
        if !ends {
            return None;
        }
        // Bounded per paste: each copy looks at the last entries written.
        if self.spreads.len() < 64 && self.spreads_seen < 256 {
            self.spreads_seen += 1;
            self.spreads.push((scope, k));
        }
        Some(past)
    }

    /// A spread object's settings copied into the object `scope` (`{
    /// ...mailConfig, secure: false }` with `const mailConfig = {…}` above):
    /// the keys the object writes itself are its own (JavaScript's later
    /// key wins; a key written before the spread is rare), the others the
    /// spread object's, with the objects inside it (`auth: {…}`). Handed to
    /// a call (`createTransport({ ...base })`), the definition is then read
    /// for references only, as when the object itself is handed over.
    fn spread_into(&mut self, name_tok: usize, scope: u32) {
        let name = self.text(name_tok);
        let Some(&(_, from)) = self.objects.iter().rev().find(|(n, _)| *n == name) else {
            return;
        };
        if from == scope || self.doc.within(scope, from) {
            return;
        }
        let handed = self
            .doc
            .scope_path_rev(scope)
            .next()
            .is_some_and(|s| matches!(s.kind, SegKind::Arg(_)));
        // The names the object sets itself: keys, and inner objects.
        let input = self.input;
        let mut own: Vec<&str> = Vec::new();
        for e in self.doc.entries.iter().rev().take(4096) {
            if e.scope == scope {
                own.push(&input[e.key_span()]);
            }
        }
        for sc in self.doc.scopes.iter().rev().take(256) {
            if sc.parent == scope {
                if let Some(seg) = self.doc.own_segs(sc.segs).first() {
                    own.push(seg.text(input));
                }
            }
        }
        fn last_key(k: &str) -> &str {
            k.rsplit(['.', ' '])
                .next()
                .unwrap_or(k)
                .trim_matches(['\'', '"'])
        }
        let (inside, copied) = self.object_parts(from, 64);
        let at = self.toks[name_tok].span();
        let mut map: Vec<(u32, u32)> = vec![(from, scope)];
        for &si in &inside[1..] {
            let sc = &self.doc.scopes[si as usize];
            let Some(&(_, p)) = map.iter().find(|(old, _)| *old == sc.parent) else {
                continue;
            };
            let segs = self.doc.own_segs(sc.segs).to_vec();
            if sc.parent == from && segs.first().is_some_and(|s| own.contains(&s.text(input))) {
                continue;
            }
            let copy = self.doc.open(p, segs, at.start, sc.kind);
            map.push((si, copy));
        }
        self.clone_entries(&copied, &map, handed, |e| {
            e.scope == from && own.contains(&last_key(&input[e.key_span()]))
        });
        for &(_, new) in map[1..].iter().rev() {
            self.doc.close(new, at.end);
        }
    }

    /// Walks an expression from `i` to its end, reading calls, objects and
    /// blocks inside it (below `prefix`).
    fn expr(&mut self, mut i: usize, scope: u32, prefix: &[Seg]) -> usize {
        let start = i;
        let mut guard = 0;
        while i < self.toks.len() && guard < 1_000_000 {
            guard += 1;
            if self.ends_value(i)
                && (i > start || !self.tok(i).is_some_and(|t| t.tok == Tok::Ident))
            {
                // A line break inside an expression continues it after an
                // operator, or before one that cannot start a statement.
                // (Python's `from .base import *` ends its line: that `*`
                // is all names, no operator.)
                let star_import =
                    i >= 2 && self.is_ident(i - 2, "import") && self.text(i - 1) == "*";
                let cont = self.tok(i).is_some_and(|t| t.tok == Tok::Newline)
                    && !star_import
                    && (self.tok(i - 1).is_some_and(|p| {
                        matches!(
                            p.tok,
                            Tok::Punct(P::Op | P::Dot | P::Eq | P::Arrow | P::FatArrow)
                        )
                    }) || self.operator_line(i + 1));
                if !cont {
                    return i;
                }
                i += 1;
                continue;
            }
            // Nix: an attribute set, a parenthesised argument or the list
            // `lib.mkMerge` merges is (part of) the value being assigned,
            // whatever function takes it (`lib.mkIf (c) {…}`,
            // `lib.mkDefault {…}`, `lib.mkMerge [ {…} (mkIf c {…}) ]`): its
            // attributes keep the path it is assigned to.
            if let Some(closer) = self.nix_value_group(i) {
                let segs = self.seg_buf_of(prefix);
                i = self.container(i, scope, segs, Closer::Tok(closer), false, ScopeKind::Map);
                continue;
            }
            let t = self.toks[i].clone();
            match t.tok {
                Tok::Ident
                    if self.def.end_blocks && self.text(i) == "do" && !self.is(i + 1, P::Colon) =>
                {
                    i = self.end_block(i + 1, scope);
                }
                // PHP's `match ($x) { 'ssl' => A, default => B }`: its arms
                // are conditions and results, not keys; read as keys they
                // left the expression and sat beside the real settings.
                // The whole expression stays the value being assigned.
                Tok::Ident
                    if self.lang == Lang::Php
                        && self.text(i) == "match"
                        && self.is(i + 1, P::LParen)
                        && {
                            let g = self.group_end(i + 1);
                            self.is(g, P::LBrace)
                        } =>
                {
                    let body = self.group_end(i + 1);
                    i = self.group_end(body);
                }
                Tok::Ident => {
                    let constructed = self.is_ident(i, "new");
                    let c = self.chain(i, scope, prefix);
                    i = c.end.max(i + 1);
                    // C# style puts an initializer's brace on a line of its
                    // own (`new SmtpClient(…)` then `{ EnableSsl = true }`).
                    if constructed && self.lang == Lang::CSharp {
                        let mut j = i;
                        while self
                            .tok(j)
                            .is_some_and(|t| matches!(t.tok, Tok::Newline | Tok::Comment))
                        {
                            j += 1;
                        }
                        if self.is(j, P::LBrace) {
                            i = j;
                        }
                    }
                    // C# object initializer / Go composite literal / trailing lambda.
                    if self.is(i, P::LBrace)
                        && matches!(self.lang, Lang::CSharp | Lang::Go | Lang::Kotlin)
                    {
                        let mut segs = self.seg_buf_of(prefix);
                        if self.lang == Lang::CSharp && c.called {
                            segs.extend_from_slice(&c.segs);
                        }
                        i = self.container(
                            i,
                            scope,
                            segs,
                            Closer::Tok(P::RBrace),
                            false,
                            ScopeKind::Map,
                        );
                    }
                    self.recycle(c.segs);
                }
                Tok::Punct(P::LBrace) => {
                    let after_code = i > 0
                        && self.tok(i - 1).is_some_and(|p| {
                            p.is(P::RParen) || p.is(P::FatArrow) || p.is(P::Arrow)
                        });
                    i = if after_code {
                        self.container(
                            i,
                            scope,
                            Vec::new(),
                            Closer::Tok(P::RBrace),
                            false,
                            ScopeKind::Block,
                        )
                    } else {
                        let segs = self.seg_buf_of(prefix);
                        self.container(
                            i,
                            scope,
                            segs,
                            Closer::Tok(P::RBrace),
                            false,
                            ScopeKind::Map,
                        )
                    };
                }
                Tok::Punct(P::LBracket) => {
                    let segs = self.seg_buf_of(prefix);
                    i = self.container(
                        i,
                        scope,
                        segs,
                        Closer::Tok(P::RBracket),
                        true,
                        ScopeKind::List,
                    );
                }
                Tok::Punct(P::LParen)
                    if self.lang == Lang::JavaScript && {
                        let g = self.group_end(i);
                        self.is(g, P::FatArrow)
                    } =>
                {
                    i = self.params(i, scope);
                }
                Tok::Punct(P::LParen) => {
                    let segs = self.seg_buf_of(prefix);
                    i = self.container(
                        i,
                        scope,
                        segs,
                        Closer::Tok(P::RParen),
                        true,
                        ScopeKind::List,
                    );
                }
                _ => i += 1,
            }
        }
        i
    }

    /// In Nix, the closer of the group opening at `i` when its attributes
    /// are those of the value being assigned: an attribute set, a
    /// parenthesised argument, the list `mkMerge` merges (another list is
    /// a list).
    fn nix_value_group(&self, i: usize) -> Option<P> {
        if self.lang != Lang::Nix {
            return None;
        }
        match self.tok(i)?.tok {
            Tok::Punct(P::LBrace) => Some(P::RBrace),
            Tok::Punct(P::LParen) => Some(P::RParen),
            Tok::Punct(P::LBracket) if i > 0 && self.is_ident(i - 1, "mkMerge") => {
                Some(P::RBracket)
            }
            _ => None,
        }
    }

    /// A C# property's accessor block from `i` (`{ get; set; }`,
    /// `{ get; init; }`, `{ get; private set; }`): the token after it.
    fn accessors(&self, i: usize) -> Option<usize> {
        if !self.is(i, P::LBrace) {
            return None;
        }
        const WORDS: [&str; 7] = [
            "get",
            "set",
            "init",
            "private",
            "protected",
            "internal",
            "public",
        ];
        let mut j = i + 1;
        let mut any = false;
        while j < self.toks.len() && j < i + 16 {
            match self.tok(j).map(|t| t.tok) {
                Some(Tok::Punct(P::RBrace)) => return any.then_some(j + 1),
                Some(Tok::Punct(P::Semi)) | Some(Tok::Newline) => {}
                Some(Tok::Ident) if WORDS.contains(&self.text(j)) => any = true,
                _ => return None,
            }
            j += 1;
        }
        None
    }

    /// Whether the line from `i` goes on with the expression above: in the
    /// brace languages a line that starts with `?` or `:` (a ternary's
    /// branches written on lines of their own, `auth: user\n  ? { user,
    /// pass }\n  : undefined`), `||`, `&&` or `??`. (Python, Ruby and
    /// Elixir end the statement at the line break.)
    fn operator_line(&self, mut i: usize) -> bool {
        if self.def.indent_blocks || self.def.end_blocks {
            return false;
        }
        // Blank lines and comments between: a bounded look (a run of
        // thousands of blank lines is no ternary).
        let mut n = 0;
        while self
            .tok(i)
            .is_some_and(|t| matches!(t.tok, Tok::Newline | Tok::Comment))
        {
            i += 1;
            n += 1;
            if n > 8 {
                return false;
            }
        }
        match self.tok(i).map(|t| t.tok) {
            Some(Tok::Punct(P::Colon)) => true,
            Some(Tok::Punct(P::Op)) => {
                matches!(self.text(i), "?" | "||" | "&&" | "??")
            }
            // A method call on the line before's result, one call a line
            // (`(new Swift_SmtpTransport(…))` then `->setUsername(…)`).
            Some(Tok::Punct(P::Dot | P::Arrow)) => self.ident(i + 1),
            _ => false,
        }
    }

    /// A member chain from `i`: `a.b->c::D['k'](args).e`. Calls open a
    /// scope for their arguments and leave a presence entry.
    fn chain(&mut self, mut i: usize, scope: u32, prefix: &[Seg]) -> Chain {
        let start = i;
        let mut segs: Vec<Seg> = self.seg_buf();
        let mut called = false;
        let mut newed = false;
        let mut last = i;
        for _ in 0..10_000 {
            let Some(t) = self.tok(i).cloned() else { break };
            match t.tok {
                Tok::Ident if self.text(i) == "new" && self.ident(i + 1) => {
                    newed = true;
                    i += 1;
                    continue;
                }
                // Nix applies a function by juxtaposition (`lib.mkIf (c)
                // { … }`): a parenthesised group is one argument, no
                // argument list (see `expr`).
                Tok::Ident if self.is(i + 1, P::LParen) && self.lang != Lang::Nix => {
                    let word = self.text(i);
                    let own = match self.base_constructor(i, &segs) {
                        Some(base) => {
                            segs.clear();
                            Seg::call(base)
                        }
                        None => Seg::call(t.span()),
                    };
                    // The call's path (prefix, receiver, name) goes straight
                    // into the document: no Vec of its own per call. The
                    // scope its arguments open stores it once for the call's
                    // own entry too.
                    let mut stored = None;
                    let end = if self.nesting >= MAX_NESTING {
                        self.skip_group(i + 1)
                    } else if self.defines(i, newed) {
                        self.params(i + 1, scope)
                    } else {
                        let entries_before = self.doc.entries.len();
                        let path = prefix.iter().chain(&segs).chain([&own]).cloned();
                        let cs = self.doc.open(scope, path, t.span().start, ScopeKind::Call);
                        if cs != scope {
                            stored = Some(self.doc.scopes[cs as usize].segs);
                        }
                        self.nesting += 1;
                        let e = self.body(i + 2, cs, Closer::Tok(P::RParen), true);
                        self.nesting -= 1;
                        // Ruby's `name.merge(port: 465)`: the hash `name`
                        // with the keys the call gives (they win), as a
                        // JavaScript spread.
                        if self.lang == Lang::Ruby
                            && i >= 2
                            && matches!(self.text(i), "merge" | "merge!" | "deep_merge")
                            && self.is(i - 1, P::Dot)
                            && self.ident(i - 2)
                            && !self.in_comment
                        {
                            // Into the call's keyword hash when it has one.
                            let n = self.doc.scopes.len() as u32;
                            let into = (cs + 1..n)
                                .rev()
                                .take(64)
                                .find(|&si| {
                                    let sc = &self.doc.scopes[si as usize];
                                    sc.parent == cs && sc.kind == ScopeKind::Map
                                })
                                .unwrap_or(cs);
                            // `merge(other)`: the other hash's keys win.
                            if self.ident(i + 2) && self.is(i + 3, P::RParen) {
                                self.spread_into(i + 2, into);
                            }
                            self.spread_into(i - 2, into);
                            // `x = x.merge(…)`: `x` is the merged hash from
                            // here on.
                            if let [one] = prefix {
                                if one.kind == SegKind::Key && self.objects.len() < 64 {
                                    let name =
                                        &self.input[one.span.start as usize..one.span.end as usize];
                                    self.objects.push((name, into));
                                }
                            }
                        }
                        self.doc.close(cs, self.end_of(e.saturating_sub(1)));
                        self.setter(entries_before, cs, scope, prefix, &segs, word);
                        e
                    };
                    // The call itself, for switches that are calls (`isSMTP()`).
                    let call_span = t.span().start..self.end_of(end.saturating_sub(1));
                    let v = self
                        .doc
                        .val(call_span, None, Quote::None, ValKind::Presence);
                    let key = self.start(start)..t.span().end;
                    match stored {
                        Some(path) => {
                            self.doc
                                .push_stored(scope, path, key, v, self.syntax, self.flags)
                        }
                        None => {
                            let path = prefix.iter().chain(&segs).chain([&own]).cloned();
                            self.doc.push(scope, path, key, v, self.syntax, self.flags);
                        }
                    }
                    segs.push(own);
                    called = true;
                    last = end.saturating_sub(1);
                    i = end;
                }
                Tok::Ident => {
                    segs.push(Seg::key(t.span()));
                    called = false;
                    last = i;
                    i += 1;
                }
                // PHP's `$obj->{'prop'}` (and Perl's `$Self->{'Key'}`, as
                // OTRS/Znuny's `Kernel/Config.pm` writes its settings): a
                // string in braces after `->` is a key.
                Tok::Punct(P::LBrace)
                    if !segs.is_empty()
                        && self.is(i - 1, P::Arrow)
                        && self.is(i + 2, P::RBrace)
                        && matches!(self.tok(i + 1).map(|t| t.tok), Some(Tok::Str(_))) =>
                {
                    if let Some(Tok::Str(s)) = self.tok(i + 1).map(|t| t.tok) {
                        let content = self.strs[s as usize].content();
                        segs.push(Seg::key(content));
                    }
                    last = i + 2;
                    i += 3;
                    called = false;
                }
                Tok::Punct(P::LBracket) if !segs.is_empty() => {
                    // Index: `x['key']` / `x[:key]` is a key; anything else is skipped.
                    let inner = self.tok(i + 1).map(|t| t.tok);
                    if self.is(i + 2, P::RBracket)
                        && matches!(inner, Some(Tok::Str(_) | Tok::Symbol))
                    {
                        match inner {
                            Some(Tok::Str(s)) => {
                                let content = self.strs[s as usize].content();
                                key_segs_into(self.input, content, &mut segs);
                            }
                            _ => segs.push(Seg::key(self.toks[i + 1].span())),
                        }
                        last = i + 2;
                        i += 3;
                    } else {
                        let e = self.skip_group(i);
                        last = e.saturating_sub(1);
                        i = e;
                    }
                    called = false;
                }
                _ => break,
            }
            // Go on only through a member operator or an index.
            if self.tok(i).is_some_and(|t| t.is(P::Op))
                && self.text(i) == "!"
                && self.is(i + 1, P::Dot)
            {
                i += 1; // TypeScript `x!.y`
            }
            i = self.chain_goes_on(i);
            match self.tok(i).map(|t| t.tok) {
                Some(Tok::Punct(P::Dot | P::Arrow | P::Path)) if self.ident(i + 1) => i += 1,
                Some(Tok::Punct(P::Arrow))
                    if self.is(i + 1, P::LBrace)
                        && self.is(i + 3, P::RBrace)
                        && matches!(self.tok(i + 2).map(|t| t.tok), Some(Tok::Str(_))) =>
                {
                    i += 1
                }
                // Nix has no index: `lib.mkMerge [ … ]` passes a list.
                Some(Tok::Punct(P::LBracket)) if self.lang != Lang::Nix => {}
                _ => break,
            }
        }
        let key = self.start(start)..self.end_of(last).max(self.start(start));
        Chain {
            segs,
            end: i,
            key,
            called,
        }
    }

    /// When the call at `i` (after `segs` of its chain) calls the base
    /// class's constructor: PHP's `parent::__construct(…)`, `super(…)`
    /// (JavaScript, Java, Kotlin, Ruby), Python's `super().__init__(…)` and
    /// `super(T, self).__init__(…)`; the base class's name then.
    fn base_constructor(&self, i: usize, segs: &[Seg]) -> Option<Range<usize>> {
        let base = self.base.clone()?;
        let word = self.text(i);
        let after = |name: &str| matches!(segs, [s] if s.text(self.input) == name);
        let is_base = match self.lang {
            Lang::Php => word.eq_ignore_ascii_case("__construct") && after("parent"),
            Lang::Python => {
                word == "__init__"
                    && matches!(segs, [s] if s.kind == SegKind::Call && s.text(self.input) == "super")
            }
            Lang::JavaScript | Lang::Java | Lang::Ruby => word == "super" && segs.is_empty(),
            _ => false,
        };
        is_base.then_some(base)
    }

    /// Where a member chain goes on from `i`: past a line break before
    /// `.method` (a builder written one call a line), Rust's `?` before it,
    /// and a Rust turbofish (`Vec::<u8>::new`, `AsyncSmtpTransport::<E>::relay`).
    /// `i` itself when nothing of that follows. Bounded look-ahead.
    fn chain_goes_on(&self, i: usize) -> usize {
        let mut j = i;
        if self.lang == Lang::Rust
            && self.tok(j).is_some_and(|t| t.is(P::Op))
            && self.text(j) == "?"
        {
            j += 1;
        }
        let mut lines = 0;
        while lines < 64
            && matches!(
                self.tok(j).map(|t| t.tok),
                Some(Tok::Newline | Tok::Comment)
            )
        {
            j += 1;
            lines += 1;
        }
        if j != i && self.is(j, P::Dot) && self.ident(j + 1) {
            return j;
        }
        // `::<T, U<V>>::name`
        if self.lang == Lang::Rust && self.is(i, P::Path) && self.text(i + 1).starts_with('<') {
            let mut depth = 0i32;
            let mut k = i + 1;
            while k < self.toks.len() && k < i + 64 {
                if self.tok(k).is_some_and(|t| t.is(P::Op)) {
                    for c in self.text(k).chars() {
                        match c {
                            '<' => depth += 1,
                            '>' => depth -= 1,
                            _ => {}
                        }
                    }
                } else if !self.ident(k) && !self.is(k, P::Comma) && !self.is(k, P::Path) {
                    return i;
                }
                k += 1;
                if depth <= 0 {
                    break;
                }
            }
            if depth == 0 && self.is(k, P::Path) && self.ident(k + 1) {
                return k;
            }
        }
        i
    }

    /// Whether `i` starts `name(.name)* =` (a chained assignment), without
    /// reading anything.
    fn assigns_chain(&self, mut i: usize) -> bool {
        loop {
            if !self.ident(i) {
                return false;
            }
            i += 1;
            match self.tok(i).map(|t| t.tok) {
                Some(Tok::Punct(P::Dot | P::Arrow | P::Path)) => i += 1,
                Some(Tok::Punct(P::Eq)) => return true,
                _ => return false,
            }
        }
    }

    /// `props.put("mail.smtp.host", v)`, `define('X', v)`: the string key
    /// and the second argument as one more entry.
    fn setter(
        &mut self,
        from: usize,
        call_scope: u32,
        scope: u32,
        prefix: &[Seg],
        recv: &[Seg],
        name: &str,
    ) {
        // PHP function and method names ignore case (`DEFINE('X', …)`).
        let php_named = || {
            self.lang == Lang::Php
                && SETTERS.has_len(name)
                && SETTERS.list.iter().any(|w| w.eq_ignore_ascii_case(name))
        };
        if !word_in(&SETTERS, name) && !php_named() {
            return;
        }
        // The argument's own entry (`define(#1)`), not one inside it: the
        // presence of a call in the argument (`define(#1).getenv()`, from
        // `define('X', getenv('Y'))`) comes first and is no value.
        let arg = |doc: &Document, n: u16| {
            doc.entries[from..]
                .iter()
                .find(|e| {
                    let own = doc.own_segs(e.segs);
                    e.scope == call_scope
                        && own.len() == 1
                        && own.first().is_some_and(|s| s.kind == SegKind::Arg(n))
                })
                .cloned()
        };
        // Dolibarr's `dolibarr_set_const($db, 'MAIN_MAIL_SMTP_PORT', '587',
        // …)`: the name and value follow the database handle.
        let first = u16::from(name.eq_ignore_ascii_case("dolibarr_set_const"));
        let k = arg(self.doc, first);
        let v = arg(self.doc, first + 1);
        // `putenv('TTRSS_SMTP_SERVER=host:587')` (PHP, C): one string, the
        // variable's name and value around its first `=`.
        if let (Some(k), None) = (&k, &v) {
            if name.eq_ignore_ascii_case("putenv") {
                self.putenv_pair(scope, prefix, recv, k);
            }
            return;
        }
        let (Some(k), Some(v)) = (k, v) else {
            return;
        };
        if k.value.kind != ValKind::Literal
            || k.value.quote == Quote::None
            || k.value.text != Val::VERBATIM
        {
            return;
        }
        let key = k.value.span();
        let mut segs = self.seg_buf();
        segs.extend_from_slice(prefix);
        segs.extend_from_slice(recv);
        key_segs_into(self.input, key.clone(), &mut segs);
        self.push_entry(scope, segs, key, v.value, k.flags | flag::QUOTED_KEY);
    }

    /// `putenv('NAME=value')`: an entry `NAME` → `value`, both spans inside
    /// the one string (written as is: no escapes, a name of word
    /// characters).
    fn putenv_pair(&mut self, scope: u32, prefix: &[Seg], recv: &[Seg], k: &super::Entry) {
        if k.value.kind != ValKind::Literal
            || k.value.quote == Quote::None
            || k.value.text != Val::VERBATIM
        {
            return;
        }
        let span = k.value.span();
        let Some(text) = self.input.get(span.clone()) else {
            return;
        };
        let Some(eq) = text.find('=') else {
            return;
        };
        let name = &text[..eq];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return;
        }
        let key = span.start..span.start + eq;
        let value = self
            .doc
            .val(key.end + 1..span.end, None, k.value.quote, ValKind::Literal);
        let mut segs = self.seg_buf();
        segs.extend_from_slice(prefix);
        segs.extend_from_slice(recv);
        key_segs_into(self.input, key.clone(), &mut segs);
        self.push_entry(scope, segs, key, value, k.flags | flag::QUOTED_KEY);
    }

    // ---- bodies ----------------------------------------------------------------

    /// Reads items (statements or pairs, or positional items when `list`)
    /// until `closer`; returns the index past it.
    fn body(&mut self, mut i: usize, scope: u32, closer: Closer, list: bool) -> usize {
        let mut n = 0usize;
        // Python: (header column, scope) of the open indented blocks.
        let mut blocks: Vec<(usize, u32)> = Vec::new();
        // Python: the open `if`/`elif`/`else`/`except` blocks, whose
        // statements are flagged conditional.
        let mut conds: Vec<Cond> = Vec::new();
        let mut line_start = true;
        // Ruby: the statement just read on this line (see `modifier`).
        let mut stmt: Option<Stmt> = None;
        let mut guard = 0;
        while i < self.toks.len() && guard < 2_000_000 {
            guard += 1;
            let t = self.toks[i].clone();
            match t.tok {
                Tok::Newline | Tok::Punct(P::Semi) if closer == Closer::Line => {
                    return i;
                }
                Tok::Newline => {
                    line_start = true;
                    stmt = None;
                    i += 1;
                    continue;
                }
                Tok::Punct(P::Comma | P::Semi) => {
                    stmt = None;
                    i += 1;
                    continue;
                }
                Tok::Comment => {
                    self.comment(i, blocks.last().map_or(scope, |b| b.1), list);
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if self.at_closer(i, closer) {
                for (_, s) in blocks.drain(..) {
                    self.doc.close(s, self.start(i));
                }
                self.close_conds(&mut conds, 0, i);
                return i + 1;
            }
            if self.is_closer(i) {
                // A stray closer: at the top level skip it, inside a group
                // treat it as ours (fragments are often unbalanced).
                if closer == Closer::Eof {
                    i += 1;
                    continue;
                }
                self.close_conds(&mut conds, 0, i);
                return i + 1;
            }
            if self.def.end_blocks
                && !matches!(closer, Closer::End | Closer::Branch)
                && self.is_ident(i, "end")
            {
                i += 1;
                continue;
            }
            let mut cur = scope;
            if self.def.indent_blocks && line_start && !list {
                let col = self.column(i);
                while blocks.last().is_some_and(|(c, _)| *c >= col) {
                    let (_, s) = blocks.pop().expect("non-empty");
                    self.doc.close(s, self.start(i));
                }
                self.close_conds(&mut conds, col, i);
                if self.ident(i) && matches!(self.text(i), "if" | "elif" | "else" | "except") {
                    conds.push(Cond {
                        col,
                        at: i,
                        recorded: self.doc.branches.len(),
                    });
                }
                cur = blocks.last().map_or(scope, |b| b.1);
                // `class X:` / `def f():` open an indented block.
                if let Some((named, name_i)) = self.python_block(i) {
                    let col = self.column(i);
                    let segs = if named {
                        vec![Seg::key(self.toks[name_i].span())]
                    } else {
                        Vec::new()
                    };
                    let kind = if named {
                        ScopeKind::Map
                    } else {
                        ScopeKind::Block
                    };
                    if named {
                        // Python classes do not nest in configuration code:
                        // the last header read names the base.
                        self.base = self.base_class(name_i + 1);
                    }
                    let s = self.doc.open(cur, segs, self.start(i), kind);
                    blocks.push((col, s));
                    if !named && self.is(name_i + 1, P::LParen) {
                        i = self.params(name_i + 1, s);
                    }
                    // Skip the header up to its line end.
                    while i < self.toks.len() && self.toks[i].tok != Tok::Newline {
                        i += 1;
                    }
                    continue;
                }
            }
            line_start = false;
            if let Some(st) = stmt.filter(|_| self.modifier(i)) {
                i = self.modifier_branch(st, i);
                stmt = None;
                continue;
            }
            let before = i;
            let made = self.doc.entries.len();
            if self.lang == Lang::Ruby && !list {
                stmt = Some(Stmt {
                    at: i,
                    made,
                    recorded: self.doc.branches.len(),
                });
            }
            i = self.item(i, cur, list, &mut n);
            if !conds.is_empty() {
                for e in &mut self.doc.entries[made..] {
                    e.flags |= flag::CONDITIONAL;
                }
            }
            if i <= before {
                i = before + 1;
            }
        }
        for (_, s) in blocks.drain(..) {
            self.doc.close(s, self.input.len());
        }
        self.close_conds(&mut conds, 0, i);
        i
    }

    /// Closes the open Python `if`/`elif`/`else` blocks whose header
    /// stands at column `col` or right of it, at token `end` (the first
    /// token of the line that dedents, or the end): each innermost one is
    /// recorded as a branch (see [`Parser::record_branch`]), so that an
    /// `elif`/`else` at the same column right after is the same block's
    /// next branch. An `except` block is no branch of an if/else.
    fn close_conds(&mut self, conds: &mut Vec<Cond>, col: usize, end: usize) {
        while let Some(c) = conds.last().filter(|c| c.col >= col).copied() {
            conds.pop();
            let branch = self.text(c.at) != "except";
            if branch && !self.in_comment && self.doc.branches.len() == c.recorded {
                self.record_branch(c.at, end);
            } else if !self.in_comment {
                // An outer block's `else` is not the inner block's branch.
                self.last_branch = None;
            }
        }
    }

    /// A Python `class X…:` (named) or `def f(…):` header at `i`.
    fn python_block(&self, i: usize) -> Option<(bool, usize)> {
        let w = self.text(i);
        if !self.ident(i) || !self.ident(i + 1) {
            return None;
        }
        match w {
            "class" => Some((true, i + 1)),
            "def" => Some((false, i + 1)),
            "async" if self.is_ident(i + 1, "def") => Some((false, i + 2)),
            _ => None,
        }
    }

    /// A line comment: read its text again as items of the current scope,
    /// flagged as commented out (once: comments in comments are not re-read).
    fn comment(&mut self, i: usize, scope: u32, list: bool) {
        if self.in_comment {
            return;
        }
        let span = self.toks[i].span();
        let text = &self.input[span.clone()];
        // Prose comments are common; a setting has a separator.
        if !(text.contains(':') || text.contains('=')) || text.len() > 400 {
            return;
        }
        let Tokens {
            toks,
            strs,
            decoded,
        } = tokens::tokenize(self.input, span, self.lang);
        let saved_toks = std::mem::replace(&mut self.toks, toks);
        let saved_strs = std::mem::replace(&mut self.strs, strs);
        let saved_decoded = std::mem::replace(&mut self.decoded, decoded);
        // Token indices kept across items name the outer tokens: the
        // matching closers (the comment's own are found again if asked
        // for), the last branch, the spreads waiting for their object.
        let saved_closers = std::mem::take(&mut self.closers);
        let saved_branch = self.last_branch.take();
        let saved_spreads = self.spreads.len();
        let saved_flags = self.flags;
        self.flags |= flag::COMMENTED;
        self.in_comment = true;
        let mut n = 0usize;
        let mut j = 0;
        let mut guard = 0;
        while j < self.toks.len() && guard < 1000 {
            guard += 1;
            if matches!(self.toks[j].tok, Tok::Punct(P::Comma | P::Semi)) || self.is_closer(j) {
                j += 1;
                continue;
            }
            let before = j;
            j = self.item(j, scope, list, &mut n);
            if j <= before {
                j = before + 1;
            }
        }
        self.in_comment = false;
        self.flags = saved_flags;
        self.toks = saved_toks;
        self.strs = saved_strs;
        self.decoded = saved_decoded;
        self.closers = saved_closers;
        self.last_branch = saved_branch;
        self.spreads.truncate(saved_spreads);
    }

    /// One item of a body.
    fn item(&mut self, mut i: usize, scope: u32, list: bool, n: &mut usize) -> usize {
        // Modifiers and keywords at the start.
        let mut guard = 0;
        let mut declared = false;
        while self.ident(i) && guard < 8 {
            guard += 1;
            let w = self.text(i);
            declared |= matches!(w, "const" | "let" | "var");
            // Ruby has no modifier words: `default from: …` is a call
            // (ActionMailer), `override['postfix'][…] = …` a subscript (a
            // Chef attribute).
            if word_in(&MODIFIERS, w)
                && !(self.lang == Lang::Ruby && (w == "default" || self.is(i + 1, P::LBracket)))
                && (self.ident(i + 1)
                    || self.is(i + 1, P::LBrace)
                    || self.is(i + 1, P::LBracket)
                    || (w == "default" && self.is(i + 1, P::Colon)))
            {
                i += 1;
                if self.is(i, P::Colon) && w == "default" {
                    i += 1;
                }
                continue;
            }
            break;
        }
        if self.lang == Lang::Nix && self.is_ident(i, "in") {
            i += 1;
        }
        // Go's grouped declarations `const ( a = 1 … )`, `var ( … )`: each
        // line declares a name of the scope around, not an argument.
        if self.lang == Lang::Go
            && (self.is_ident(i, "const") || self.is_ident(i, "var"))
            && self.is(i + 1, P::LParen)
        {
            return self.body(i + 2, scope, Closer::Tok(P::RParen), false);
        }
        // TypeScript's typed declaration `const name: Type = value` (the
        // type `SMTPTransport.Options`, `Record<string, Config>`): the
        // value is the name's.
        if declared && self.lang == Lang::JavaScript && self.ident(i) && self.is(i + 1, P::Colon) {
            if let Some(eq) = self.type_end(i + 2) {
                let name = self.toks[i].span();
                let mut segs = self.seg_buf();
                segs.push(Seg::key(name.clone()));
                return self.value(eq + 1, scope, segs, name, 0);
            }
        }
        if let Some(past) = self.spread(i, scope) {
            return past;
        }
        let Some(t) = self.tok(i).cloned() else {
            return i;
        };
        let word = self.text(i);
        if t.tok == Tok::Ident {
            // TypeScript types and enums: nothing is set there.
            if (word == "interface" || word == "enum" || word == "type") && self.ident(i + 1) {
                let mut j = i + 2;
                while j < self.toks.len()
                    && !self.is(j, P::LBrace)
                    && self.toks[j].tok != Tok::Newline
                    && !self.is(j, P::Semi)
                {
                    j += 1;
                }
                return if self.is(j, P::LBrace) {
                    self.skip_group(j)
                } else {
                    j
                };
            }
            if word_in(&VALUE_WORDS, word) {
                return self.value(i + 1, scope, Vec::new(), t.span(), 0);
            }
            if word_in(&NAMED_SCOPES, word)
                && (self.ident(i + 1) || self.tok(i + 1).is_some_and(|t| t.tok == Tok::Symbol))
            {
                return self.named_scope(i, scope);
            }
            if word_in(&FUNCTIONS, word) && !self.is(i + 1, P::Colon) {
                return self.function(i, scope);
            }
            if self.def.end_blocks && word_in(&END_OPENERS, word) && !self.is(i + 1, P::Colon) {
                // `if x … end`: read the inside in the same scope; a
                // branch's statements may not run.
                let j = self.header_end(i + 1);
                if matches!(word, "if" | "unless" | "case") {
                    return self.end_branches(i, j, scope);
                }
                let saved = self.flags;
                if word == "cond" {
                    self.flags |= flag::CONDITIONAL;
                }
                let end = self.body(j, scope, Closer::End, false);
                self.flags = saved;
                return end;
            }
            if self.def.end_blocks && word == "do" && !self.is(i + 1, P::Colon) {
                return self.end_block(i + 1, scope);
            }
        }
        // Rust `let name: Type = value`: the type is not a value.
        if let Some(eq) = self.rust_typed_binding(i) {
            let (segs, key) = (self.key_segs_of(i), self.key_span_of(i));
            return self.value(eq + 1, scope, segs, key, 0);
        }
        // `key: value`, `'key' => value`, `:key => value`.
        if let Some(after_sep) = self.pair_key(i, list) {
            let segs = self.key_segs_of(i);
            let key = self.key_span_of(i);
            let extra = if matches!(t.tok, Tok::Str(_)) {
                flag::QUOTED_KEY
            } else {
                0
            };
            if list {
                *n += 1;
            }
            return self.value(after_sep, scope, segs, key, extra);
        }
        if list && !self.ident_assignment(i) {
            // A positional item or argument.
            let mut segs = self.seg_buf();
            segs.push(Seg::arg(*n));
            *n += 1;
            let at = t.span().start..t.span().start;
            return self.value(i, scope, segs, at, 0);
        }
        match t.tok {
            Tok::Punct(P::LBrace) => {
                // A block or a bare object (`{ config, pkgs, ... }:` in Nix).
                let after_code = i > 0
                    && self
                        .tok(i - 1)
                        .is_some_and(|p| p.is(P::RParen) || p.is(P::Arrow) || p.is(P::FatArrow));
                let kind = if after_code {
                    ScopeKind::Block
                } else {
                    ScopeKind::Map
                };
                return self.container(i, scope, Vec::new(), Closer::Tok(P::RBrace), false, kind);
            }
            Tok::Punct(P::LBracket) => {
                return self.container(
                    i,
                    scope,
                    Vec::new(),
                    Closer::Tok(P::RBracket),
                    true,
                    ScopeKind::List,
                );
            }
            Tok::Ident => {}
            _ => return self.expr(i, scope, &[]),
        }
        // C#'s `using (var c = new SmtpClient(…)) {` and Java's `try
        // (Transport t = …) {`: the resource is declared in the scope around,
        // for the block below, not passed to a call.
        if matches!(
            (self.lang, word),
            (Lang::CSharp, "using") | (Lang::Java, "try")
        ) && self.is(i + 1, P::LParen)
        {
            return self.body(i + 2, scope, Closer::Tok(P::RParen), false);
        }
        if let Some(end) = self.parallel_assignment(i, scope) {
            return end;
        }
        let chain = self.chain(i, scope, &[]);
        let j = chain.end;
        if chain.segs.is_empty() {
            self.recycle(chain.segs);
            return self.expr(i, scope, &[]);
        }
        if let Some(head) = self.branch_head(&chain) {
            self.recycle(chain.segs);
            return self.branch(head, i, j, scope);
        }
        if self.switch_head(&chain) {
            if let Some(end) = self.switch_branches(j, scope) {
                self.recycle(chain.segs);
                return end;
            }
        }
        // Assignment: `x = …`, `x := …`, `x ||= …`, Python `x: int = …`.
        let mut eq = j;
        if self.lang == Lang::Python && self.is(eq, P::Colon) && !chain.called {
            let mut k = eq + 1;
            while k < self.toks.len() && !self.is(k, P::Eq) && self.toks[k].tok != Tok::Newline {
                k += 1;
            }
            if self.is(k, P::Eq) {
                eq = k;
            }
        }
        // HOCON (read as HCL) writes a dotted path's value after `:` as
        // well as `=`: `play.mailer.host: "x"`, `smtp.port: 587`.
        let assign = self.is(eq, P::Eq)
            || self.is(eq, P::Define)
            || (self.lang == Lang::Hcl && self.is(eq, P::Colon))
            || (self.tok(eq).is_some_and(|t| t.is(P::Op))
                && matches!(self.text(eq), "||" | "??" | "+")
                && self.is(eq + 1, P::Eq));
        if assign && !chain.called {
            let v = if self.is(eq, P::Eq) || self.is(eq, P::Define) || self.is(eq, P::Colon) {
                eq + 1
            } else {
                eq + 2
            };
            if self.lang == Lang::Python && self.bare_tuple(v) {
                return self.tuple(v, scope, chain.segs);
            }
            return self.value(v, scope, chain.segs, chain.key, 0);
        }
        // Nix attribute sets hold only `name = value;`: anything else is an
        // expression (`lib.mkIf c { … }` in a merged list or a
        // parenthesised group, `rec { … }`), whose sets keep the path of
        // the scope around, not the function's name.
        if self.lang == Lang::Nix {
            self.recycle(chain.segs);
            return self.expr(j, scope, &[]);
        }
        // Typed declarations: `String host = "x";`, `var host = …` (the
        // last word before `=` is the name).
        if !chain.called && self.ident(j) {
            let mut k = j;
            while self.ident(k) && k < j + 4 {
                k += 1;
            }
            // A C# auto-property's initial value: `string Host { get; set; } = "x";`.
            let k = match self.accessors(k) {
                Some(after) if self.lang == Lang::CSharp && self.ident(k - 1) => {
                    if !self.is(after, P::Eq) {
                        self.recycle(chain.segs);
                        return after;
                    }
                    let name = self.toks[k - 1].span();
                    let mut segs = self.seg_buf();
                    segs.push(Seg::key(name.clone()));
                    self.recycle(chain.segs);
                    return self.value(after + 1, scope, segs, name, 0);
                }
                _ => k,
            };
            if (self.is(k, P::Eq) || self.is(k, P::Define)) && self.ident(k - 1) {
                // Go writes the name before its type: `var from string = "x"`.
                if self.lang == Lang::Go {
                    return self.value(k + 1, scope, chain.segs, chain.key, 0);
                }
                let name = self.toks[k - 1].span();
                let mut segs = self.seg_buf();
                segs.push(Seg::key(name.clone()));
                self.recycle(chain.segs);
                return self.value(k + 1, scope, segs, name, 0);
            }
        }
        // A block or literal after the chain: HCL `smtp {`, `resource "a" "b" {`,
        // Go `tls.Config{…}`, C# `new SmtpClient(…) {…}`, Kotlin `apply {`.
        let mut k = j;
        while let Some(Tok::Str(_)) = self.tok(k).map(|t| t.tok) {
            k += 1;
        }
        if self.is(k, P::LBrace) {
            let mut segs = chain.segs;
            for t in &self.toks[j..k] {
                if let Tok::Str(s) = t.tok {
                    segs.push(Seg::key(self.strs[s as usize].content()));
                }
            }
            // `try {`, `else {`, `finally {`, `do {`: a block of statements
            // (their keyword names no setting), as `if (…) {` is.
            let statement = !chain.called
                && k == j
                && matches!(segs.as_slice(), [one] if one.kind == SegKind::Key
                    && matches!(one.text(self.input), "try" | "else" | "finally" | "do"));
            let kind = if (chain.called && self.lang != Lang::CSharp) || statement {
                ScopeKind::Block
            } else {
                ScopeKind::Map
            };
            if kind == ScopeKind::Block {
                segs.clear();
            }
            return self.container(k, scope, segs, Closer::Tok(P::RBrace), false, kind);
        }
        // Ruby/Elixir calls without parentheses: `config :app, relay: "x"`.
        if self.def.bare_calls && !chain.called && self.starts_argument(j) {
            return self.bare_call(i, j, scope, &chain);
        }
        if self.def.end_blocks && self.is_ident(j, "do") {
            self.recycle(chain.segs);
            return self.end_block(j + 1, scope);
        }
        // Object shorthand `{ host, port }`.
        if !chain.called
            && chain.segs.len() == 1
            && (self.is(j, P::Comma) || self.is(j, P::RBrace))
            && self.lang == Lang::JavaScript
        {
            let span = self.toks[i].span();
            if self.copy_object(i, scope, &chain.segs) {
                self.recycle(chain.segs);
                return j;
            }
            let v = self
                .doc
                .val(span.clone(), None, Quote::None, ValKind::Reference);
            let flags = self.flags;
            self.push_entry(scope, chain.segs, span, v, flags);
            return j;
        }
        self.recycle(chain.segs);
        self.expr(j, scope, &[])
    }

    /// `host, port = "smtp.example.com", 587` (Python, Ruby) and Go's
    /// `host, port := …`: each name takes the value at its place (before,
    /// the last name took the first value or the whole tuple). `None` when
    /// the statement from `i` is not names, `=` and values (`for k, v :=
    /// range m` reads on as it did).
    fn parallel_assignment(&mut self, i: usize, scope: u32) -> Option<usize> {
        if !matches!(self.lang, Lang::Python | Lang::Go | Lang::Ruby) {
            return None;
        }
        let mut k = i;
        let mut n = 1;
        while self.ident(k) && self.is(k + 1, P::Comma) && n < 16 {
            k += 2;
            n += 1;
        }
        let eq = k + 1;
        if n < 2
            || !self.ident(k)
            || !(self.is(eq, P::Eq) || self.is(eq, P::Define))
            || self.is_ident(eq + 1, "range")
        {
            return None;
        }
        let mut v = eq + 1;
        for m in 0..n {
            let name = self.toks[i + 2 * m].span();
            let mut segs = self.seg_buf();
            segs.push(Seg::key(name.clone()));
            v = self.value(v, scope, segs, name, 0);
            if m + 1 < n {
                if !self.is(v, P::Comma) {
                    break;
                }
                v += 1;
            }
        }
        Some(v)
    }

    /// Python: whether the value from `i` is a tuple written without
    /// parentheses (`SMTP_SERVER = 'host', 587`): a comma outside brackets
    /// before the line ends. (A lambda's parameters are none.)
    fn bare_tuple(&self, i: usize) -> bool {
        if self.is_ident(i, "lambda") {
            return false;
        }
        let mut depth = 0i32;
        // Bounded: a value longer than this is no settings tuple (and an
        // unclosed bracket is not scanned to the end for each statement).
        for j in i..self.toks.len().min(i + 4096) {
            match self.toks[j].tok {
                Tok::Newline | Tok::Punct(P::Semi) if depth <= 0 => return false,
                Tok::Punct(P::LParen | P::LBracket | P::LBrace) => depth += 1,
                Tok::Punct(P::RParen | P::RBracket | P::RBrace) => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                Tok::Punct(P::Comma) if depth == 0 => return j > i,
                _ => {}
            }
        }
        false
    }

    /// A Python tuple without parentheses, read as the same list as with
    /// them (`SMTP_SERVER.#0`, `SMTP_SERVER.#1`), up to the line's end.
    fn tuple(&mut self, i: usize, scope: u32, segs: Vec<Seg>) -> usize {
        if self.nesting >= MAX_NESTING {
            self.recycle(segs);
            let mut j = i;
            while j < self.toks.len() && self.toks[j].tok != Tok::Newline {
                j += 1;
            }
            return j;
        }
        let inner = self
            .doc
            .open(scope, segs.iter().cloned(), self.start(i), ScopeKind::List);
        self.recycle(segs);
        self.nesting += 1;
        let end = self.body(i, inner, Closer::Line, true);
        self.nesting -= 1;
        self.doc.close(inner, self.end_of(end.saturating_sub(1)));
        end.max(i + 1)
    }

    /// A brace language's branch header: `if (…)` / `elseif (…)` (a call
    /// named so), `else`, or Go's `if x` (a bare `if`). Python marks its
    /// branches by indentation ([`Self::body`]).
    fn branch_head(&self, chain: &Chain) -> Option<Branch> {
        if self.def.indent_blocks {
            return None;
        }
        let [one] = chain.segs.as_slice() else {
            return None;
        };
        match (one.kind, one.text(self.input)) {
            (SegKind::Call, "if" | "elseif") => Some(Branch::Called),
            (SegKind::Key, "else") if !self.is(chain.end, P::Eq) => Some(Branch::Else),
            (SegKind::Key, "if") if self.lang == Lang::Go => Some(Branch::Bare),
            _ => None,
        }
    }

    /// What a branch sets may not run, and its sibling branches are
    /// alternatives to it: its statements (a `{…}` block, or the one
    /// statement of `if (x) stmt;`, or `else if …`) are flagged conditional.
    ///
    /// An innermost branch's byte range is recorded in the document's
    /// branches with its block's number (see [`Document::branch_at`]): an
    /// `else`/`elseif` right after a branch is the same block's next one,
    /// so that what each branch sets is read as alternatives (the first
    /// branch's), not as a setting written twice.
    fn branch(&mut self, head: Branch, at: usize, mut j: usize, scope: u32) -> usize {
        // The brace on a line of its own (`if (x)\n{`, `else\n{`).
        let mut k = j;
        while self.tok(k).is_some_and(|t| t.tok == Tok::Newline) {
            k += 1;
        }
        if head != Branch::Bare && self.is(k, P::LBrace) {
            j = k;
        }
        let saved = self.flags;
        self.flags |= flag::CONDITIONAL;
        let recorded = self.doc.branches.len();
        let last = self.last_branch;
        let block = if head == Branch::Bare {
            self.go_block(j)
        } else {
            None
        };
        let end = if let Some((k, init)) = block.filter(|_| self.nesting < MAX_NESTING) {
            // Go `if x {…}`: the statement before the test (`if err :=
            // m.From("a@b"); err != nil`), then the block, read as a
            // braced branch is (the test itself sets nothing).
            if init {
                let mut n = 0;
                self.item(j, scope, false, &mut n);
            }
            self.nesting += 1;
            let end = self.body(k + 1, scope, Closer::Tok(P::RBrace), false);
            self.nesting -= 1;
            end
        } else if head == Branch::Bare {
            self.expr(j, scope, &[])
        } else if self.is(j, P::LBrace) && self.nesting < MAX_NESTING {
            // Read in the scope around, as a brace-less branch's one
            // statement is: the object a branch configures is the one
            // configured before and after the `if`, and a host set in
            // each branch is one configuration's alternatives, not two
            // configurations of their own.
            self.nesting += 1;
            let end = self.body(j + 1, scope, Closer::Tok(P::RBrace), false);
            self.nesting -= 1;
            end
        } else if self.is(j, P::LBrace) {
            self.skip_group(j)
        } else {
            let mut n = 0;
            self.item(j, scope, false, &mut n)
        };
        self.flags = saved;
        if !self.in_comment {
            self.record_outer(at, end.max(j), recorded, last);
        }
        end.max(j)
    }

    /// Whether token `i` is a Ruby modifier (`x = 1 if y`, `… unless y`,
    /// `… while y`): the word after a value, not a statement's first word.
    fn modifier(&self, i: usize) -> bool {
        self.lang == Lang::Ruby
            && self.ident(i)
            && matches!(self.text(i), "if" | "unless" | "while" | "until")
            && i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                matches!(
                    p.tok,
                    Tok::Ident
                        | Tok::Symbol
                        | Tok::Str(_)
                        | Tok::Num
                        | Tok::Punct(P::RParen | P::RBracket | P::RBrace)
                )
            })
    }

    /// A Ruby modifier at `i` after the statement `st`: its condition runs
    /// to the line's end (it opens no block, so no later `end` is its). An
    /// `if`/`unless` makes the statement conditional, and, outside any
    /// other branch (the document's branches do not nest), records it as a
    /// branch of its own block, so that a marker in the condition
    /// (`smtp_settings = {…} if Rails.env.production?`) is read as the
    /// statement's. Returns the token ending the condition.
    fn modifier_branch(&mut self, st: Stmt, i: usize) -> usize {
        let mut j = i + 1;
        while let Some(t) = self.tok(j) {
            match t.tok {
                Tok::Newline | Tok::Comment | Tok::Punct(P::Semi) => break,
                Tok::Punct(P::RParen | P::RBracket | P::RBrace) => break,
                Tok::Punct(P::LParen | P::LBracket | P::LBrace) => j = self.skip_group(j),
                _ => j += 1,
            }
        }
        if matches!(self.text(i), "if" | "unless") {
            for e in &mut self.doc.entries[st.made..] {
                e.flags |= flag::CONDITIONAL;
            }
            if self.open_branches == 0 && !self.in_comment && self.doc.branches.len() == st.recorded
            {
                self.last_branch = None;
                self.record_branch(st.at, j);
            }
        }
        j
    }

    /// Whether a chain is a brace language's `switch (…)` header.
    fn switch_head(&self, chain: &Chain) -> bool {
        !self.def.indent_blocks
            && !self.def.end_blocks
            && matches!(chain.segs.as_slice(), [one] if one.kind == SegKind::Call && one.text(self.input) == "switch")
    }

    /// A `case X:` / `default:` label at `i`: the token past its `:`
    /// (on its line, outside brackets).
    fn case_label(&self, i: usize) -> Option<usize> {
        if !self.ident(i) || !matches!(self.text(i), "case" | "default") {
            return None;
        }
        let mut k = i + 1;
        for _ in 0..64 {
            match self.tok(k)?.tok {
                Tok::Punct(P::Colon) => return Some(k + 1),
                Tok::Newline | Tok::Punct(P::Semi | P::LBrace | P::RBrace | P::Eq) => return None,
                Tok::Punct(P::LParen | P::LBracket) => k = self.skip_group(k),
                _ => k += 1,
            }
        }
        None
    }

    /// A `switch (…) { case …: … default: … }` whose header ends at `j`:
    /// each `case`/`default` label's statements are a branch, read in the
    /// scope around and flagged conditional, each innermost one recorded
    /// as one block's (as an if/else chain's, see [`Parser::branch`]), so
    /// that `case 'ssl': return createTransport({…})` beside `default:
    /// return createTransport({…})` are alternatives. `None` when no `{`
    /// follows.
    fn switch_branches(&mut self, j: usize, scope: u32) -> Option<usize> {
        let mut k = j;
        while self.tok(k).is_some_and(|t| t.tok == Tok::Newline) {
            k += 1;
        }
        if !self.is(k, P::LBrace) {
            return None;
        }
        if self.nesting >= MAX_NESTING {
            return Some(self.skip_group(k));
        }
        let saved = self.flags;
        self.flags |= flag::CONDITIONAL;
        self.last_branch = None;
        let mut at: Option<usize> = None;
        let mut from = k + 1;
        let end = loop {
            let recorded = self.doc.branches.len();
            let last = self.last_branch;
            self.nesting += 1;
            let end = self.body(from, scope, Closer::Case, false);
            self.nesting -= 1;
            let closer = end.checked_sub(1).filter(|&c| c >= from);
            let label = closer.and_then(|c| self.case_label(c).map(|past| (c, past)));
            if let Some(a) = at {
                if !self.in_comment {
                    self.record_outer(a, closer.unwrap_or(end), recorded, last);
                }
            }
            match label {
                Some((c, past)) => {
                    at = Some(c);
                    from = past;
                }
                None => break end,
            }
        };
        self.flags = saved;
        Some(end)
    }

    /// Past the header of a Ruby/Elixir block from `j` on (`if x`,
    /// `elsif x`, `when 'a', 'b'`, `while x do`): the line end, or past
    /// `do`, `then` or `;` (`when 'production' then …`, `if x; y; end`).
    fn header_end(&self, mut j: usize) -> usize {
        while j < self.toks.len() {
            match self.toks[j].tok {
                Tok::Newline => return j,
                Tok::Punct(P::Semi) => return j + 1,
                Tok::Ident if matches!(self.text(j), "do" | "then") => return j + 1,
                _ => j += 1,
            }
        }
        j
    }

    /// Whether token `i` starts the next branch of a Ruby/Elixir `if`,
    /// `unless` or `case` (see [`Closer::Branch`]).
    fn branch_word(&self, i: usize) -> bool {
        self.ident(i)
            && !self.is(i + 1, P::Colon)
            && match self.text(i) {
                "else" => true,
                "elsif" | "when" => self.lang == Lang::Ruby,
                _ => false,
            }
    }

    /// A Ruby/Elixir `if`/`unless`/`case` at `i` whose first branch's
    /// statements start at `j`, read to its `end`: each branch (up to
    /// the next `elsif`/`else`/`when`) is read in the scope around, as a
    /// brace language's braced branch is (see [`Parser::branch`]), its
    /// statements flagged conditional, and each innermost one recorded in
    /// the document's branches as one block's (`case`'s part before its
    /// first `when` is no branch). So the engine reads what `if
    /// Rails.env.production? … else … end` sets in each branch as
    /// alternatives, not as two configurations under one test.
    fn end_branches(&mut self, i: usize, j: usize, scope: u32) -> usize {
        self.end_branches_of(i, j, scope, None)
    }

    /// [`Parser::end_branches`]; with `key`, the `if` is the value of that
    /// key (`delivery_method = if Rails.env.production? … :smtp else
    /// :letter_opener end`): a branch whose statement is one literal sets
    /// the key to it, in that branch.
    fn end_branches_of(
        &mut self,
        i: usize,
        mut j: usize,
        scope: u32,
        key: Option<(&[Seg], Range<usize>)>,
    ) -> usize {
        if self.nesting >= MAX_NESTING {
            return self.toks.len();
        }
        let saved = self.flags;
        self.flags |= flag::CONDITIONAL;
        // An `else` of an earlier if is not this one's.
        self.last_branch = None;
        let mut at = i;
        let mut branch = self.text(i) != "case";
        let end = loop {
            let recorded = self.doc.branches.len();
            let last = self.last_branch;
            if let Some((segs, span)) = key.as_ref().filter(|_| branch) {
                let mut k = j;
                while self.tok(k).is_some_and(|t| t.tok == Tok::Newline) {
                    k += 1;
                }
                if let Some((v, after)) = self.literal(k) {
                    let mut n = after;
                    while self.tok(n).is_some_and(|t| t.tok == Tok::Newline) {
                        n += 1;
                    }
                    if self.is_ident(n, "end") || self.branch_word(n) {
                        let segs = segs.to_vec();
                        self.push_entry(scope, segs, span.clone(), v, self.flags);
                        j = n;
                    }
                }
            }
            self.nesting += 1;
            self.open_branches += 1;
            let end = self.body(j, scope, Closer::Branch, false);
            self.open_branches -= 1;
            self.nesting -= 1;
            // The token that closed it: `end`, the next branch's word, or
            // none (the end of the paste, or a stray closer).
            let closer = end
                .checked_sub(1)
                .filter(|&c| c >= j && (self.is_ident(c, "end") || self.branch_word(c)));
            if branch && !self.in_comment {
                self.record_outer(at, closer.unwrap_or(end), recorded, last);
            }
            match closer {
                Some(c) if self.branch_word(c) => {
                    at = c;
                    branch = true;
                    j = self.header_end(c + 1);
                }
                _ => break end,
            }
        };
        self.flags = saved;
        end
    }

    /// The `=` after a TypeScript type annotation from `i` on (names,
    /// `.`, `<…>`, `[]`, `|`, `&`, a `{…}` or `(…)` type), on one line;
    /// bounded.
    fn type_end(&self, mut i: usize) -> Option<usize> {
        for _ in 0..64 {
            match self.tok(i)?.tok {
                Tok::Punct(P::Eq) => return Some(i),
                Tok::Ident | Tok::Str(_) | Tok::Num | Tok::Punct(P::Dot | P::Op | P::Comma) => {
                    i += 1
                }
                Tok::Punct(P::LBrace | P::LParen | P::LBracket) => i = self.skip_group(i),
                _ => return None,
            }
        }
        None
    }

    /// The brace opening a Go `if`'s block: the first `{` outside
    /// brackets on the header's line (Go wants a composite literal in a
    /// condition in parentheses, so no other brace opens there).
    /// Also whether a statement comes before the test (`v := …; test`).
    fn go_block(&self, j: usize) -> Option<(usize, bool)> {
        let mut k = j;
        let mut init = false;
        for _ in 0..256 {
            match self.tok(k)?.tok {
                Tok::Punct(P::LBrace) => return Some((k, init)),
                Tok::Punct(P::Semi) => {
                    init = true;
                    k += 1;
                }
                Tok::Newline | Tok::Punct(P::RBrace) => return None,
                Tok::Punct(P::LParen | P::LBracket) => k = self.skip_group(k),
                _ => k += 1,
            }
        }
        None
    }

    /// Records the innermost branch from the head at `at` to the token
    /// before `end` (see [`Parser::branch`]).
    fn record_branch(&mut self, at: usize, end: usize) {
        let start = self.start(at);
        let stop = self.end_of(end.saturating_sub(1)).max(start);
        let block = self.branch_block(at);
        if self
            .doc
            .branches
            .last()
            .is_none_or(|(r, _)| r.end as usize <= start)
        {
            self.doc.branches.push((start as u32..stop as u32, block));
        }
        self.last_branch = Some((end, block));
    }

    /// A branch from `at` to `end` whose body recorded branches of its own
    /// (from index `recorded` on; `last`: the branch before it, as it was
    /// when this one began). The document's branches do not nest: the
    /// parts of this branch around the nested blocks are recorded as this
    /// branch's, so what it sets outside them (Portus's `delivery_method =
    /// :smtp` above an inner `if … else … end`) is an alternative to its
    /// `else`, and that `else` stays the same block's. Without nested
    /// branches, [`Parser::record_branch`].
    fn record_outer(&mut self, at: usize, end: usize, recorded: usize, last: Option<(usize, u32)>) {
        if self.doc.branches.len() <= recorded {
            self.record_branch(at, end);
            return;
        }
        let start = self.start(at) as u32;
        let stop = (self.end_of(end.saturating_sub(1)) as u32).max(start);
        if recorded > 0 && self.doc.branches[recorded - 1].0.end > start {
            return;
        }
        self.last_branch = last;
        let block = self.branch_block(at);
        let inner = self.doc.branches.split_off(recorded);
        let mut from = start;
        let mut prev = None;
        for (r, b) in inner {
            // (Between two branches of one nested block: its `else`'s
            // indentation, no part of this branch.)
            if r.start > from && prev != Some(b) {
                self.doc.branches.push((from..r.start, block));
            }
            from = from.max(r.end);
            prev = Some(b);
            self.doc.branches.push((r, b));
        }
        if stop > from {
            self.doc.branches.push((from..stop, block));
        }
        self.last_branch = Some((end, block));
    }

    /// The block of the branch starting at `at`: the last branch's when
    /// `at` continues it (`else`, `elif`, `when` right after it), else a
    /// new one.
    fn branch_block(&mut self, at: usize) -> u32 {
        let continues = matches!(
            self.text(at),
            "else" | "elseif" | "elsif" | "elif" | "when" | "case" | "default"
        );
        let follows = |past: usize| {
            let mut k = past;
            while k < at && matches!(self.toks[k].tok, Tok::Newline | Tok::Comment) {
                k += 1;
            }
            k == at
        };
        match self.last_branch {
            Some((past, block)) if continues && follows(past) => block,
            _ => {
                let fresh = self.next_block;
                self.next_block += 1;
                fresh
            }
        }
    }

    /// Whether token `i` is a name followed by `=` inside an argument list
    /// (a named argument: `connect(host='x')`, `f(port = 587)`).
    fn ident_assignment(&self, i: usize) -> bool {
        self.ident(i) && self.is(i + 1, P::Eq)
    }

    /// When `i` starts a `key: value` / `key => value` / named `key = value`
    /// pair, the index of its value.
    fn pair_key(&self, i: usize, list: bool) -> Option<usize> {
        let t = self.tok(i)?;
        let keyish = matches!(t.tok, Tok::Str(_) | Tok::Ident | Tok::Num | Tok::Symbol);
        if !keyish {
            return None;
        }
        let sep = self.tok(i + 1)?;
        match sep.tok {
            Tok::Punct(P::Colon) => {
                // Not `a ? b : c` nor Python's `if x:` / `else:` / `lambda x:`.
                if t.tok == Tok::Symbol {
                    return None;
                }
                if self.lang == Lang::Python
                    && t.tok == Tok::Ident
                    && !list
                    && self.at_statement_block(i)
                {
                    return None;
                }
                if self.lang == Lang::Python && t.tok == Tok::Ident && !list {
                    // Python annotations `x: int = 1` are assignments, not pairs.
                    return None;
                }
                Some(i + 2)
            }
            Tok::Punct(P::FatArrow) => Some(i + 2),
            Tok::Punct(P::Eq)
                if (list && t.tok == Tok::Ident)
                    || (self.def.eq_pairs && matches!(t.tok, Tok::Str(_))) =>
            {
                Some(i + 2)
            }
            _ => None,
        }
    }

    /// Python: `else:`, `try:`, `if x:` headers.
    fn at_statement_block(&self, i: usize) -> bool {
        matches!(
            self.text(i),
            "else"
                | "try"
                | "finally"
                | "except"
                | "elif"
                | "if"
                | "for"
                | "while"
                | "with"
                | "lambda"
        )
    }

    /// The `=` of a Rust `let [mut] name: Type =` / `const NAME: Type =`
    /// binding at `i` (its name), within a bounded look-ahead.
    fn rust_typed_binding(&self, i: usize) -> Option<usize> {
        if self.lang != Lang::Rust || !self.ident(i) || !self.is(i + 1, P::Colon) || i == 0 {
            return None;
        }
        if !["let", "mut", "const", "static"]
            .iter()
            .any(|w| self.is_ident(i - 1, w))
        {
            return None;
        }
        let mut depth = 0i32;
        for j in i + 2..(i + 66).min(self.toks.len()) {
            match self.toks[j].tok {
                Tok::Punct(P::Eq) if depth <= 0 => return Some(j),
                Tok::Punct(P::Semi | P::LBrace | P::RBrace) => return None,
                Tok::Punct(P::Op) => {
                    for c in self.text(j).chars() {
                        match c {
                            '<' => depth += 1,
                            '>' => depth -= 1,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn key_segs_of(&mut self, i: usize) -> Vec<Seg> {
        let mut segs = self.seg_buf();
        match self.toks[i].tok {
            Tok::Str(s) => {
                let content = self.strs[s as usize].content();
                key_segs_into(self.input, content, &mut segs);
            }
            _ => segs.push(Seg::key(self.toks[i].span())),
        }
        segs
    }

    /// The key as written: a string's content, a symbol with its colon
    /// (`:port =>`), so messages and added lines spell it as the paste does.
    fn key_span_of(&self, i: usize) -> Range<usize> {
        match self.toks[i].tok {
            Tok::Str(s) => self.strs[s as usize].content(),
            Tok::Symbol => {
                let s = self.toks[i].span();
                let colon = s
                    .start
                    .checked_sub(1)
                    .filter(|&c| self.input.as_bytes()[c] == b':');
                colon.map_or(s.clone(), |c| c..s.end)
            }
            _ => self.toks[i].span(),
        }
    }

    /// Whether token `i` can start an argument of a call without parentheses.
    fn starts_argument(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.tok) {
            Some(Tok::Str(_) | Tok::Symbol | Tok::Num) => true,
            Some(Tok::Ident) => !matches!(
                self.text(i),
                "do" | "end" | "if" | "unless" | "and" | "or" | "in" | "as" | "then"
            ),
            Some(Tok::Punct(P::LBrace | P::LBracket)) => true,
            _ => false,
        }
    }

    /// `name arg, key: value, …` up to the line end (continued after a comma).
    fn bare_call(&mut self, start: usize, mut i: usize, scope: u32, chain: &Chain) -> usize {
        let mut segs = chain.segs.clone();
        let last = segs.pop().expect("non-empty chain");
        let name = Seg::call(last.span.start as usize..last.span.end as usize);
        let mut call_segs = segs.clone();
        call_segs.push(name.clone());
        let cs = self
            .doc
            .open(scope, call_segs, self.start(start), ScopeKind::Call);
        let mut n = 0usize;
        let mut guard = 0;
        while i < self.toks.len() && guard < 100_000 {
            guard += 1;
            let t = self.toks[i].clone();
            match t.tok {
                Tok::Newline => {
                    let cont = i > 0 && self.tok(i - 1).is_some_and(|p| p.is(P::Comma));
                    if !cont {
                        break;
                    }
                    i += 1;
                    continue;
                }
                Tok::Comment => {
                    i += 1;
                    continue;
                }
                Tok::Punct(P::Comma) => {
                    i += 1;
                    continue;
                }
                Tok::Punct(P::Semi) => break,
                _ => {}
            }
            if self.is_closer(i) || self.is_ident(i, "end") {
                break;
            }
            if self.is_ident(i, "do") {
                i = self.end_block(i + 1, scope);
                break;
            }
            let before = i;
            i = self.item(i, cs, true, &mut n);
            if i <= before {
                i = before + 1;
            }
        }
        self.doc.close(cs, self.end_of(i.saturating_sub(1)));
        let span = self.start(start)..self.end_of(i.saturating_sub(1));
        let v = self.doc.val(span, None, Quote::None, ValKind::Presence);
        segs.push(name);
        self.doc
            .push(scope, segs, chain.key.clone(), v, self.syntax, self.flags);
        i
    }

    /// `class X { … }`, `class X < Y … end`, `defmodule X do … end`,
    /// `module X … end`, `namespace X;`.
    /// The index past the group opened at `i` (as [`Parser::skip_group`]),
    /// from a table of every opener's end made in one pass the first time
    /// it is asked: looking past a group costs nothing per group then.
    fn group_end(&mut self, i: usize) -> usize {
        if self.closers.is_empty() {
            let n = self.toks.len();
            self.closers = vec![n as u32; n];
            let mut open: Vec<usize> = Vec::new();
            for (k, t) in self.toks.iter().enumerate() {
                match t.tok {
                    Tok::Punct(P::LBrace | P::LParen | P::LBracket) => open.push(k),
                    Tok::Punct(P::RBrace | P::RParen | P::RBracket) => {
                        if let Some(o) = open.pop() {
                            self.closers[o] = (k + 1) as u32;
                        }
                    }
                    _ => {}
                }
            }
        }
        self.closers.get(i).map_or(i + 1, |&e| e as usize)
    }

    /// Whether the call `name(…)` at `i` defines a method rather than
    /// calling one: in JavaScript/TypeScript, Java and C#, a parameter list
    /// followed by its body (`send(host = 'x') {`, `void Send(string host =
    /// "x")` then `{` or `=>`, after a TypeScript return type or Java
    /// `throws`). A constructed object (`new SmtpClient(h) {…}`, C#'s
    /// initializer, Java's anonymous class) and a statement's condition
    /// (`if (…) {`, `catch (e) {`, `using (…) {`) are no definitions.
    fn defines(&mut self, i: usize, newed: bool) -> bool {
        const CONTROL: &[&str] = &[
            "if",
            "for",
            "foreach",
            "while",
            "switch",
            "catch",
            "using",
            "lock",
            "fixed",
            "synchronized",
            "try",
            "with",
            "return",
            "await",
            "typeof",
            "elseif",
        ];
        if !matches!(self.lang, Lang::JavaScript | Lang::Java | Lang::CSharp)
            || newed
            || among(CONTROL, self.text(i))
        {
            return false;
        }
        if self.text(i) == "function" {
            return true;
        }
        let mut k = self.group_end(i + 1);
        let java_like = self.lang != Lang::JavaScript;
        let mut words = 0;
        // A return type (`: Promise<void>`) or `throws A, B`: a few tokens.
        if (self.lang == Lang::JavaScript && self.is(k, P::Colon))
            || (java_like && self.is_ident(k, "throws"))
        {
            k += 1;
            while words < 12
                && self.tok(k).is_some_and(|t| {
                    matches!(t.tok, Tok::Ident | Tok::Punct(P::Op | P::Dot | P::Comma))
                })
            {
                k += 1;
                words += 1;
            }
        }
        // Java and C# put the brace on a line of its own.
        while java_like && self.tok(k).is_some_and(|t| t.tok == Tok::Newline) {
            k += 1;
        }
        self.is(k, P::LBrace) || (self.lang == Lang::CSharp && self.is(k, P::FatArrow))
    }

    /// A definition's parameter list opened at `open`: each parameter with
    /// a default value (`host = 'x'`, `host: str = 'x'`, `string $host =
    /// 'x'`, `{ host = 'x' } = {}`, Ruby's `port: 25`) is a variable of a
    /// block of its own set to that value, so that the body's use of it
    /// reads as the default. Parameters without one set nothing (their
    /// value comes from the caller). Returns the index past the group.
    fn params(&mut self, open: usize, scope: u32) -> usize {
        let end = self.group_end(open);
        let s = self
            .doc
            .open(scope, Vec::new(), self.start(open), ScopeKind::Block);
        // The parameter's name: the last word before a type annotation's
        // colon or the `=` (`val host: String`, `string $host`).
        let mut name: Option<usize> = None;
        let mut typed = false;
        // TypeScript's parameter properties (`private host = 'x'` in a
        // constructor) are members of the class around: `this.host`.
        let mut property = false;
        let mut i = open + 1;
        while i + 1 < end {
            match self.toks[i].tok {
                Tok::Ident if !typed => {
                    property |= self.lang == Lang::JavaScript
                        && name.is_none()
                        && matches!(
                            self.text(i),
                            "private" | "public" | "protected" | "readonly"
                        );
                    name = Some(i);
                    i += 1;
                }
                Tok::Punct(P::Colon)
                    if self.lang == Lang::Ruby && name.is_some_and(|n| n + 1 == i) =>
                {
                    typed = true;
                    i = self.param_default(i + 1, s, name.take());
                }
                Tok::Punct(P::Colon) => {
                    typed = true;
                    i += 1;
                }
                Tok::Punct(P::Eq) => {
                    let to = if property { scope } else { s };
                    i = self.param_default(i + 1, to, name.take());
                }
                // A type's words (`str`, `Option<String>`), or before a
                // name `...rest`, `*args`, `&block`.
                Tok::Ident | Tok::Punct(P::Op | P::Dot) => i += 1,
                _ => {
                    // A separator or a destructuring bracket: the next
                    // parameter (the inside of `{ host = 'x' }` is read on).
                    name = None;
                    typed = false;
                    property = false;
                    i += 1;
                }
            }
        }
        self.doc.close(s, self.end_of(end.saturating_sub(1)));
        end
    }

    /// A parameter's default value at `i` for the parameter `name`: read as
    /// an assignment to it in `scope`. Returns the index after it.
    fn param_default(&mut self, i: usize, scope: u32, name: Option<usize>) -> usize {
        let Some(n) = name else {
            // `{…} = {}`: a destructured parameter's default names nothing.
            return i;
        };
        // `user=None`, `password = null`: no value, the caller's to give
        // (as a parameter without a default).
        if self.ident(i)
            && matches!(self.text(i), "None" | "null" | "nil" | "undefined")
            && (self.is(i + 1, P::Comma) || self.is(i + 1, P::RParen))
        {
            return i + 1;
        }
        let key = self.toks[n].span();
        let mut segs = self.seg_buf();
        segs.push(Seg::key(key.clone()));
        self.value(i, scope, segs, key, 0).max(i + 1)
    }

    /// The base class named in a class header from `i` on (`extends A`,
    /// `(A)`, `< A`, `: A`; a qualified `\\Ns\\A`, `mod.A` gives `A`), up to
    /// the body opener or the line end. Bounded look-ahead.
    fn base_class(&self, i: usize) -> Option<Range<usize>> {
        let mut k = i;
        while k < i + 16 {
            let t = self.tok(k)?;
            match t.tok {
                Tok::Newline | Tok::Punct(P::LBrace | P::Semi) => return None,
                Tok::Ident if self.text(k) == "extends" => break,
                Tok::Punct(P::LParen) if self.lang == Lang::Python => break,
                Tok::Punct(P::Colon) if matches!(self.lang, Lang::Java | Lang::CSharp) => break,
                Tok::Punct(P::Op) if self.lang == Lang::Ruby && self.text(k) == "<" => break,
                _ => k += 1,
            }
        }
        k += 1;
        // A leading `\\` (PHP's global namespace), then `a.b.C` / `A::B`.
        if self.is(k, P::Op) && self.text(k) == "\\" {
            k += 1;
        }
        let mut base = None;
        while self.ident(k) {
            base = Some(self.toks[k].span());
            let sep = self.is(k + 1, P::Dot)
                || self.is(k + 1, P::Path)
                || (self.is(k + 1, P::Op) && self.text(k + 1) == "\\");
            if !sep {
                break;
            }
            k += 2;
        }
        base
    }

    fn named_scope(&mut self, i: usize, scope: u32) -> usize {
        let name = self.toks[i + 1].span();
        // A class's constructor calls of its base read as that base's
        // (see `base`); the class around is back after it.
        let outer = self.base.clone();
        if self.is_ident(i, "class") {
            self.base = self.base_class(i + 2);
        }
        let end = self.named_scope_body(i, scope, name);
        self.base = outer;
        end
    }

    fn named_scope_body(&mut self, i: usize, scope: u32, name: Range<usize>) -> usize {
        let mut j = i + 2;
        // Skip to the body opener (`{`, `do`, line end for Ruby).
        while j < self.toks.len() {
            if self.is(j, P::LBrace) || self.is(j, P::Semi) {
                break;
            }
            if self.def.end_blocks && (self.is_ident(j, "do") || self.toks[j].tok == Tok::Newline) {
                break;
            }
            if self.lang == Lang::Python && self.toks[j].tok == Tok::Newline {
                break;
            }
            j += 1;
        }
        if self.is(j, P::LBrace) {
            return self.container(
                j,
                scope,
                vec![Seg::key(name)],
                Closer::Tok(P::RBrace),
                false,
                ScopeKind::Map,
            );
        }
        if self.def.end_blocks {
            if self.is_ident(j, "do") {
                j += 1;
            }
            let s = self
                .doc
                .open(scope, vec![Seg::key(name)], self.start(i), ScopeKind::Map);
            let end = self.body(j, s, Closer::End, false);
            self.doc.close(s, self.end_of(end.saturating_sub(1)));
            return end;
        }
        j + 1
    }

    /// `def f(…) … end`, `function f() {…}`, `fn -> … end`: a nameless block.
    fn function(&mut self, i: usize, scope: u32) -> usize {
        let mut j = i + 1;
        let mut params_read = false;
        while j < self.toks.len() {
            if self.is(j, P::LBrace) {
                return self.container(
                    j,
                    scope,
                    Vec::new(),
                    Closer::Tok(P::RBrace),
                    false,
                    ScopeKind::Block,
                );
            }
            if self.is(j, P::LParen) {
                j = self.params(j, scope);
                params_read = true;
                continue;
            }
            if self.def.end_blocks
                && (self.is_ident(j, "do")
                    || self.toks[j].tok == Tok::Newline
                    || self.is(j, P::Arrow))
            {
                let start = if self.is_ident(j, "do") || self.is(j, P::Arrow) {
                    j + 1
                } else {
                    j
                };
                return self.end_block(start, scope);
            }
            if self.is(j, P::Semi)
                || (self.lang == Lang::Python && self.toks[j].tok == Tok::Newline)
            {
                return j;
            }
            // An expression body: `=>` (C#, Elixir), Kotlin's and Ruby 3's
            // `fun f() = PasswordAuthentication(user, token)`.
            if self.is(j, P::FatArrow) || (self.is(j, P::Eq) && params_read) {
                return self.expr(j + 1, scope, &[]);
            }
            if self.lang == Lang::Go && self.toks[j].tok == Tok::Newline {
                return j;
            }
            j += 1;
        }
        j
    }

    /// A `do … end` block (block parameters `|x|` skipped).
    fn end_block(&mut self, mut i: usize, scope: u32) -> usize {
        if self.tok(i).is_some_and(|t| t.is(P::Op)) && self.text(i) == "|" {
            i += 1;
            while i < self.toks.len()
                && !(self.tok(i).is_some_and(|t| t.is(P::Op)) && self.text(i) == "|")
            {
                i += 1;
            }
            i += 1;
        }
        if self.nesting >= MAX_NESTING {
            return self.toks.len();
        }
        self.nesting += 1;
        let end = self.body(i, scope, Closer::End, false);
        self.nesting -= 1;
        end
    }
}

#[cfg(test)]
mod tests;
