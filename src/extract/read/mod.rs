//! Readers: one per syntax, none of them knowing any client.
//!
//! Each reader turns a region of the paste into [`Entry`]s — a key path and
//! a value, with exact spans, the value's quoting, whether it is commented
//! out and whether it is a reference — inside a tree of [`Scope`]s (an INI
//! section, a YAML map, a JavaScript object, the arguments of a call). Key
//! paths look the same whatever the syntax: `[smtp] host`, `smtp:\n  host:`,
//! `smtp.host=` and `{"smtp": {"host": …}}` all give the path `smtp.host`;
//! `nodemailer.createTransport({auth: {user}})` gives
//! `nodemailer.createTransport(#0).auth.user`; `$mail->Host` gives
//! `$mail.Host`.
//!
//! The flow: [`sniff`] splits the paste into regions (Markdown fences,
//! heredocs, YAML block scalars holding a whole file) and picks each
//! region's syntax; the reader for that syntax reads it once; [`resolve`]
//! then replaces references whose definition is in the paste. Every reader
//! reads each byte a bounded number of times, and entries are compact (no
//! allocation per entry unless a value had to be decoded), so a 1 MiB paste
//! of short lines stays linear in time and small in memory.

pub mod argv;
pub mod ascii;
pub mod bridges;
pub mod code;
pub mod commands;
pub mod env;
pub mod expr;
mod k8s_secrets;
pub mod keyvalue;
pub mod m4;
pub mod maddy;
pub mod monitrc;
mod name_value;
pub mod prose;
pub mod refs;
pub mod remotes;
pub mod resolve;
pub mod smtpd;
pub mod sniff;
pub mod strings;
mod template_branches;
mod terraform;
pub mod url;
pub mod xml;
pub mod yaml;

use std::ops::Range;

pub use crate::model::Quote;

pub use crate::model::{Lang, Syntax};

/// What a path segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegKind {
    /// A key, field, property, section or variable name.
    Key,
    /// A called function or method (`createTransport`, `SMTP_SSL`, `isSMTP`).
    Call,
    /// The n-th positional argument of a call, or the n-th item of a list.
    Arg(u16),
}

/// One segment of a key path; its text is `input[span]` (for `Arg`, empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seg {
    pub span: Range<u32>,
    pub kind: SegKind,
}

impl Seg {
    pub fn key(span: Range<usize>) -> Seg {
        Seg {
            span: span.start as u32..span.end as u32,
            kind: SegKind::Key,
        }
    }
    pub fn call(span: Range<usize>) -> Seg {
        Seg {
            span: span.start as u32..span.end as u32,
            kind: SegKind::Call,
        }
    }
    pub fn arg(n: usize) -> Seg {
        Seg {
            span: 0..0,
            kind: SegKind::Arg(n.min(u16::MAX as usize) as u16),
        }
    }
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        match self.kind {
            SegKind::Arg(_) => "",
            _ => input
                .get(self.span.start as usize..self.span.end as usize)
                .unwrap_or(""),
        }
    }
}

/// A range of segments in [`Document::segs`]. Packed (six bytes, not
/// eight): an [`Entry`] holds one, and 100k short lines are 100k entries,
/// each one more cache line's share to fill on a cold heap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C, packed)]
pub struct SegRange {
    pub start: u32,
    pub len: u16,
}

/// What kind of container a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The whole paste, or a region of it (a fence, a heredoc, an embedded file).
    Region,
    /// An INI `[section]`, a TOML table, a YAML/JSON map, an object literal, an XML element.
    Map,
    /// A list (YAML sequence, JSON array) or one item of it.
    List,
    /// The arguments of a call.
    Call,
    /// A block of statements (a function body, a Terraform block, a Dockerfile stage).
    Block,
}

/// A container of entries: its own path segments below its parent.
#[derive(Clone, Debug)]
pub struct Scope {
    pub parent: u32,
    pub segs: SegRange,
    pub span: Range<u32>,
    pub kind: ScopeKind,
    /// How deep below the root (bounded: see [`MAX_DEPTH`]).
    pub depth: u16,
}

/// What a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValKind {
    /// Text the client reads as written (after unquoting and unescaping).
    Literal,
    /// Something the page cannot see: `${VAR}`, `env('X')`, a variable, an expression.
    Reference,
    /// A call or flag whose presence is the setting (`$mail->isSMTP()`,
    /// `server.starttls()`, msmtp's bare `auth`): the span covers the call.
    Presence,
}

/// Index into [`Document::texts`]; [`Val::VERBATIM`] when the text is the input at the span.
pub type TextId = u32;

/// A value, compactly: its span, and its decoded text only when decoding
/// changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Val {
    /// The value's content in the input (inside its quotes).
    pub span: Range<u32>,
    pub text: TextId,
    pub quote: Quote,
    pub kind: ValKind,
}

impl Val {
    pub const VERBATIM: TextId = u32::MAX;

    pub fn span(&self) -> Range<usize> {
        self.span.start as usize..self.span.end as usize
    }
}

/// Entry flags.
pub mod flag {
    /// The line or element is commented out.
    pub const COMMENTED: u8 = 1;
    /// The entry was a list item (`- KEY=value`).
    pub const LIST_ITEM: u8 = 2;
    /// Unquoted value whose trailing blanks the reader trimmed.
    pub const TRIMMED: u8 = 4;
    /// The key was written as a string (`"host":`, `'host' =>`, `["MAIL_PORT"]`).
    pub const QUOTED_KEY: u8 = 8;
    /// The value was a reference resolved to a definition in the paste.
    pub const RESOLVED: u8 = 16;
    /// Python: written inside an `if`/`else`/`try`… block, so it may not
    /// run (`if DEBUG: EMAIL_BACKEND = …console…`).
    pub const CONDITIONAL: u8 = 32;
    /// A JavaScript object's definition handed whole to a call
    /// (`createTransport(opts)`): the call's argument holds a copy of it,
    /// which is the setting; the definition is read for references only.
    pub const HANDED: u8 = 64;
}

/// One `key path → value`.
#[derive(Clone, Debug)]
pub struct Entry {
    pub scope: u32,
    /// The entry's own segments (below its scope's path).
    pub segs: SegRange,
    /// The key as written, for messages and fixes (`$mail->Host`,
    /// `app.config['MAIL_PORT']`, `MAIL_PORT`, `port`).
    pub key: Range<u32>,
    pub value: Val,
    pub syntax: Syntax,
    pub flags: u8,
}

// The size the packing is for (36 bytes, not 40).
const _: () = assert!(std::mem::size_of::<Entry>() <= 36);

impl Entry {
    pub fn key_span(&self) -> Range<usize> {
        self.key.start as usize..self.key.end as usize
    }
    pub fn commented(&self) -> bool {
        self.flags & flag::COMMENTED != 0
    }
}

/// Scopes nest at most this deep; deeper containers are read as if they
/// were at this depth (100k nested `{` stay linear).
pub const MAX_DEPTH: u16 = 48;

/// The paste as read by every reader.
pub struct Document<'a> {
    pub input: &'a str,
    pub entries: Vec<Entry>,
    pub scopes: Vec<Scope>,
    pub segs: Vec<Seg>,
    /// Decoded value texts (escapes, continuations, base64, resolved references).
    pub texts: Vec<String>,
    /// The syntaxes the regions were read in, most bytes first.
    pub syntaxes: Vec<Syntax>,
    /// What the paste as a whole is, when a container format says so.
    pub container: Option<sniff::Container>,
    /// Code variables read through another entry: (use, definition) entry
    /// pairs, e.g. `createTransport({ host })` and `const host = …`. The
    /// engine then reads the setting once, where it is used.
    pub uses: Vec<(u32, u32)>,
    /// The branches of a template's outermost `if` blocks (`{{ if }} …
    /// {{ else }} …`, `{% if %} … {% elif %} …`), sorted: each is its
    /// byte range and the number of its block (see [`Document::branch_at`]).
    pub branches: Vec<(Range<u32>, u32)>,
    /// Line starts, made on first use (one pass), shared with the rules and
    /// the report through [`Document::line_index`].
    line_starts: std::cell::OnceCell<Vec<usize>>,
    /// Where Python star imports start, made on first use (one pass):
    /// the engine asks per table, the rules once more.
    star_imports: std::cell::OnceCell<Vec<usize>>,
}

/// The root scope (the whole paste).
pub const ROOT: u32 = 0;

/// For the readers' tests: what one reader makes of `src` in an empty
/// document, each entry as its path, text and whether it is commented out.
#[cfg(test)]
pub(crate) fn entries_read_by(
    src: &str,
    read: impl FnOnce(&mut Document, Range<usize>, u32),
) -> Vec<(String, String, bool)> {
    let mut doc = Document::empty(src);
    read(&mut doc, 0..src.len(), ROOT);
    doc.entries
        .iter()
        .map(|e| {
            (
                doc.path_string(e),
                doc.text_of(&e.value).to_string(),
                e.commented(),
            )
        })
        .collect()
}

/// For the readers' tests: [`entries_read_by`] without the commented-out
/// flag, each entry as its path and text.
#[cfg(test)]
pub(crate) fn pairs_read_by(
    src: &str,
    read: impl FnOnce(&mut Document, Range<usize>, u32),
) -> Vec<(String, String)> {
    entries_read_by(src, read)
        .into_iter()
        .map(|(path, text, _)| (path, text))
        .collect()
}

/// For the readers' tests: one expected entry of [`pairs_read_by`].
#[cfg(test)]
pub(crate) fn pair(path: &str, text: &str) -> (String, String) {
    (path.into(), text.into())
}

impl<'a> Document<'a> {
    /// Reads the paste: regions, syntaxes, entries, in-paste references.
    pub fn read(input: &'a str) -> Self {
        let mut doc = Document::empty(input);
        sniff::read_all(&mut doc);
        name_value::read(&mut doc);
        terraform::read(&mut doc);
        resolve::resolve(&mut doc);
        k8s_secrets::resolve(&mut doc);
        template_branches::mark(&mut doc);
        doc
    }

    /// A document with only the root scope.
    pub fn empty(input: &'a str) -> Self {
        Document {
            input,
            entries: Vec::new(),
            scopes: vec![Scope {
                parent: ROOT,
                segs: SegRange::default(),
                span: 0..input.len() as u32,
                kind: ScopeKind::Region,
                depth: 0,
            }],
            segs: Vec::new(),
            texts: Vec::new(),
            syntaxes: Vec::new(),
            container: None,
            uses: Vec::new(),
            branches: Vec::new(),
            line_starts: std::cell::OnceCell::new(),
            star_imports: std::cell::OnceCell::new(),
        }
    }

    /// [`code::star_imports`] of the paste, found once per paste (a scan
    /// of it each time a table grouped Python settings, and again for the
    /// rules, was a pass per recognised table).
    pub fn star_imports(&self) -> &[usize] {
        self.star_imports
            .get_or_init(|| code::star_imports(self.input))
    }

    /// 1-based line number of a byte offset (a lone `\r` ends a line too).
    pub fn line_of(&self, offset: usize) -> usize {
        let starts = self
            .line_starts
            .get_or_init(|| crate::report::line_starts(self.input));
        starts.partition_point(|&s| s <= offset)
    }

    /// The report's line index over the same line starts: built at most
    /// once per paste, whoever asks first.
    pub fn line_index(&self) -> crate::report::LazyLineIndex<'_> {
        crate::report::LazyLineIndex::shared(self.input, &self.line_starts)
    }

    // ---- building (used by the readers) ------------------------------------

    /// Stores segments, returning their range.
    pub fn add_segs(&mut self, segs: impl IntoIterator<Item = Seg>) -> SegRange {
        let start = self.segs.len() as u32;
        self.segs.extend(segs);
        let len = (self.segs.len() as u32 - start).min(u16::MAX as u32) as u16;
        SegRange { start, len }
    }

    /// Opens a scope under `parent` with its own path segments.
    pub fn open(
        &mut self,
        parent: u32,
        segs: impl IntoIterator<Item = Seg>,
        start: usize,
        kind: ScopeKind,
    ) -> u32 {
        let depth = self.scopes[parent as usize].depth;
        if depth >= MAX_DEPTH {
            // Too deep: read what follows as part of the parent.
            return parent;
        }
        let segs = self.add_segs(segs);
        self.scopes.push(Scope {
            parent,
            segs,
            span: start as u32..start as u32,
            kind,
            depth: depth + 1,
        });
        (self.scopes.len() - 1) as u32
    }

    /// Sets where a scope ends.
    pub fn close(&mut self, scope: u32, end: usize) {
        if let Some(s) = self.scopes.get_mut(scope as usize) {
            s.span.end = s.span.end.max(end as u32);
        }
    }

    /// Stores a decoded text.
    pub fn add_text(&mut self, text: String) -> TextId {
        self.texts.push(text);
        (self.texts.len() - 1) as TextId
    }

    /// A value whose text is the input at `span` unless `decoded` differs.
    pub fn val(
        &mut self,
        span: Range<usize>,
        decoded: Option<String>,
        quote: Quote,
        kind: ValKind,
    ) -> Val {
        let text = match decoded {
            Some(t) if self.input.get(span.clone()) != Some(t.as_str()) => self.add_text(t),
            _ => Val::VERBATIM,
        };
        Val {
            span: span.start as u32..span.end as u32,
            text,
            quote,
            kind,
        }
    }

    /// Adds an entry.
    pub fn push(
        &mut self,
        scope: u32,
        segs: impl IntoIterator<Item = Seg>,
        key: Range<usize>,
        value: Val,
        syntax: Syntax,
        flags: u8,
    ) {
        let segs = self.add_segs(segs);
        self.push_stored(scope, segs, key, value, syntax, flags);
    }

    /// Adds an entry whose segments are stored already (a call's presence
    /// entry has the path of the scope its arguments opened: shared, not
    /// stored twice).
    pub fn push_stored(
        &mut self,
        scope: u32,
        segs: SegRange,
        key: Range<usize>,
        value: Val,
        syntax: Syntax,
        flags: u8,
    ) {
        self.entries.push(Entry {
            scope,
            segs,
            key: key.start as u32..key.end as u32,
            value,
            syntax,
            flags,
        });
    }

    // ---- reading (used by resolution and the profiles) ----------------------

    /// The value's text as the client reads it.
    pub fn text_of(&self, v: &Val) -> &str {
        if v.text == Val::VERBATIM {
            self.input.get(v.span()).unwrap_or("")
        } else {
            self.texts.get(v.text as usize).map_or("", String::as_str)
        }
    }

    /// The key as written.
    pub fn key_of(&self, e: &Entry) -> &str {
        self.input.get(e.key_span()).unwrap_or("")
    }

    pub fn own_segs(&self, r: SegRange) -> &[Seg] {
        let s = r.start as usize;
        self.segs.get(s..s + r.len as usize).unwrap_or(&[])
    }

    /// The entry's full path, innermost segment first (the order patterns
    /// match in).
    pub fn path_rev<'d>(&'d self, e: &'d Entry) -> PathRev<'d> {
        PathRev {
            doc: self,
            own: self.own_segs(e.segs),
            scope: Some(e.scope),
        }
    }

    /// A scope's path, innermost first.
    pub fn scope_path_rev(&self, scope: u32) -> PathRev<'_> {
        PathRev {
            doc: self,
            own: &[],
            scope: Some(scope),
        }
    }

    /// The path as text (`smtp.host`, `createTransport(#0).auth.user`), for labels and tests.
    pub fn path_string(&self, e: &Entry) -> String {
        let mut segs: Vec<&Seg> = self.path_rev(e).collect();
        segs.reverse();
        render_path(self.input, &segs)
    }

    /// A scope's path as text.
    pub fn scope_string(&self, scope: u32) -> String {
        let mut segs: Vec<&Seg> = self.scope_path_rev(scope).collect();
        segs.reverse();
        render_path(self.input, &segs)
    }

    /// `scope` and the scopes around it, innermost first, up to the root
    /// (at most [`MAX_DEPTH`] steps).
    pub fn scope_chain(&self, scope: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = Some(scope);
        std::iter::from_fn(move || {
            let s = next?;
            next = (s != ROOT)
                .then(|| self.scopes.get(s as usize).map(|x| x.parent))
                .flatten();
            Some(s)
        })
    }

    /// Whether `inner` is `outer` or lies inside it.
    pub fn within(&self, inner: u32, outer: u32) -> bool {
        self.scope_chain(inner).any(|s| s == outer)
    }

    /// The template branch a byte lies in: its block's number and its own
    /// index (two entries in one block's different branches are
    /// alternatives: one of them is rendered).
    pub fn branch_at(&self, offset: usize) -> Option<(u32, usize)> {
        let k = self
            .branches
            .partition_point(|(r, _)| r.start as usize <= offset);
        let (r, block) = self.branches.get(k.checked_sub(1)?)?;
        ((offset as u32) < r.end).then_some((*block, k - 1))
    }

    /// Active (not commented-out) entries.
    pub fn active(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.commented())
    }
}

/// `smtp.host`, `createTransport(#0).auth.user`.
pub fn render_path(input: &str, segs: &[&Seg]) -> String {
    let mut out = String::new();
    for (i, s) in segs.iter().enumerate() {
        match s.kind {
            SegKind::Arg(n) => {
                if segs
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.kind == SegKind::Call)
                {
                    out.pop(); // the call's `)`
                    out.push_str(&format!("#{n})"));
                } else {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(&format!("#{n}"));
                }
            }
            SegKind::Call => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(s.text(input));
                out.push_str("()");
            }
            SegKind::Key => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(s.text(input));
            }
        }
    }
    out
}

/// Iterates a path from its innermost segment outwards.
pub struct PathRev<'d> {
    doc: &'d Document<'d>,
    own: &'d [Seg],
    scope: Option<u32>,
}

impl<'d> Iterator for PathRev<'d> {
    type Item = &'d Seg;

    fn next(&mut self) -> Option<&'d Seg> {
        loop {
            if let Some((last, rest)) = self.own.split_last() {
                self.own = rest;
                return Some(last);
            }
            let id = self.scope?;
            let scope = &self.doc.scopes[id as usize];
            self.own = self.doc.own_segs(scope.segs);
            self.scope = (id != ROOT).then_some(scope.parent);
        }
    }
}

/// The byte ranges of the lines of `input[range]`, without line breaks.
/// A lone `\r` (old Mac line ends) ends a line too.
pub fn lines_in(input: &str, range: Range<usize>) -> LineIter<'_> {
    LineIter {
        bytes: input.as_bytes(),
        pos: range.start,
        end: range.end.min(input.len()),
    }
}

/// Every `\n` and `\r` in `bytes`, in order, found eight bytes per step
/// (every reader and the line index go through here: it is the one pass
/// every byte sees).
pub fn line_breaks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    Breaks {
        bytes,
        next: 0,
        base: 0,
        hits: 0,
    }
}

/// The iterator of [`line_breaks`]: the breaks of one word at a time, as
/// bits (a plain struct: a `flat_map` of closures cost more per break than
/// a short line took to scan).
struct Breaks<'a> {
    bytes: &'a [u8],
    /// Where the next word starts.
    next: usize,
    /// Where the word of `hits` starts.
    base: usize,
    /// The high bit of each break byte of that word not yet returned.
    hits: u64,
}

impl Iterator for Breaks<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        use ascii::{line_break_bytes, word};
        loop {
            if self.hits != 0 {
                let at = self.base + (self.hits.trailing_zeros() / 8) as usize;
                self.hits &= self.hits - 1;
                return Some(at);
            }
            let rest = self.bytes.get(self.next..).unwrap_or_default();
            if rest.is_empty() {
                return None;
            }
            self.base = self.next;
            if let Some(chunk) = rest.get(..8) {
                self.hits = line_break_bytes(word(chunk));
                self.next += 8;
            } else {
                // The last bytes (fewer than eight), one bit each.
                self.hits = rest
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| matches!(b, b'\n' | b'\r'))
                    .fold(0, |h, (i, _)| h | 0x80 << (8 * i));
                self.next = self.bytes.len();
            }
        }
    }
}

/// The first `\n` or `\r` in `hay`. A plain loop, eight bytes a step: most
/// lines are short, and the iterator of [`line_breaks`] cost more to set up
/// per line than the line took to scan.
#[inline]
pub fn line_break(hay: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(chunk) = hay.get(at..at + 8) {
        let hits = ascii::line_break_bytes(ascii::word(chunk));
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    hay[at..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'\r'))
        .map(|i| at + i)
}

#[derive(Clone)]
pub struct LineIter<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
}

impl Iterator for LineIter<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        if self.pos >= self.end {
            return None;
        }
        let start = self.pos;
        let hay = &self.bytes[start..self.end];
        match line_break(hay) {
            Some(i) => {
                let stop = start + i;
                self.pos = stop + 1;
                if self.bytes[stop] == b'\r' && self.bytes.get(stop + 1) == Some(&b'\n') {
                    self.pos += 1;
                }
                Some(start..stop)
            }
            None => {
                self.pos = self.end;
                Some(start..self.end)
            }
        }
    }
}

#[cfg(test)]
mod line_break_tests {
    use super::line_break;

    #[test]
    fn finds_the_first_break_at_every_offset() {
        for len in 0..40 {
            for at in 0..=len {
                for brk in [b'\n', b'\r'] {
                    // Bytes one away from the breaks, and high bytes (the
                    // borrow cases of the word trick).
                    let mut hay: Vec<u8> = (0..len)
                        .map(|i| [b'a', 0x0b, 0x0c, 0x0e, 0x09, 0x8a, 0x8d, 0x00][i % 8])
                        .collect();
                    let want = (at < len).then(|| {
                        hay[at] = brk;
                        at
                    });
                    if at + 3 < len {
                        hay[at + 3] = b'\n';
                    }
                    assert_eq!(line_break(&hay), want, "len {len} at {at}");
                }
            }
        }
    }

    #[test]
    fn finds_every_break_in_order() {
        let bytes: Vec<u8> = (0..70u32)
            .map(|i| {
                [
                    b'a', b'\n', 0x0c, b'\r', 0x8a, b'\r', b'\n', 0x8d, 0x00, b'x', b'y',
                ][(i * i % 11) as usize]
            })
            .collect();
        for lo in 0..bytes.len() {
            for hi in lo..=bytes.len() {
                let hay = &bytes[lo..hi];
                let want: Vec<usize> = (0..hay.len())
                    .filter(|&i| matches!(hay[i], b'\n' | b'\r'))
                    .collect();
                assert_eq!(
                    super::line_breaks(hay).collect::<Vec<_>>(),
                    want,
                    "{lo}..{hi}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;
