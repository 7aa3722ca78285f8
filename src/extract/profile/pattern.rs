//! Key-path patterns, matched against the end of an entry's path.
//!
//! * `name` matches a key, field, property or variable segment;
//! * `name()` matches a call; `name(#1)` its second positional argument,
//!   `name(host)` its argument named `host`;
//! * `#2` matches the third item of a list;
//! * `*` matches any one segment, `**` any number of them (none included),
//!   `GF_*`, `*_HOST`, `*SMTP*` match one segment by its start, end or middle;
//! * `a|b` are alternatives; segments are separated by `.`.
//!
//! Names compare ASCII case-insensitively unless the table is case-sensitive;
//! PHP's method and function names compare case-insensitively always (PHP's
//! own rule: `IsSMTP()` is `isSMTP()`), so a table writes one name.
//! A pattern is compiled once; the engine indexes patterns by their last
//! segment so that each entry is compared with only the patterns that can match.

use std::borrow::Cow;

use crate::extract::read::{Document, Entry, Seg, SegKind};
use crate::model::{Lang, Syntax};

/// How names compare: keys and calls may differ (PHP's calls ignore case,
/// its properties do not).
#[derive(Clone, Copy)]
struct Case {
    keys: bool,
    calls: bool,
}

impl Case {
    fn of(case: bool, syntax: Syntax) -> Case {
        Case {
            keys: case,
            calls: case && syntax != Syntax::Code(Lang::Php),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PSeg {
    // The table's own text, borrowed: the first check compiles every
    // pattern of every table, and a string per segment was most of its
    // allocations.
    Lit(&'static str),
    Call(&'static str),
    Arg(u16),
    Any,
    AnyRun,
    /// `pre*`, `*suf`, `*mid*`, `pre*suf`.
    Glob {
        pre: &'static str,
        mid: &'static str,
        suf: &'static str,
    },
}

/// The wildcard a pattern of several segments ends in (see
/// [`Pattern::scope_tail`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tail {
    /// `….*`
    Any,
    /// `….**`
    AnyRun,
}

/// A compiled alternative, segments outermost first.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub segs: Vec<PSeg>,
}

/// The alternatives of a pattern string.
pub fn compile(p: &'static str) -> Vec<Pattern> {
    alternatives(p).map(compile_alt).collect()
}

/// The alternatives' texts (`MAIL_HOST|SMTP_HOST`), uncompiled: the index
/// numbers every table's rows at the first check but compiles only those
/// of the syntaxes a paste holds.
pub fn alternatives(p: &'static str) -> impl Iterator<Item = &'static str> {
    p.split('|').map(str::trim)
}

/// One alternative (see [`alternatives`]).
pub fn compile_alt(alt: &'static str) -> Pattern {
    Pattern {
        segs: segments(alt.trim()),
    }
}

fn segments(p: &'static str) -> Vec<PSeg> {
    let mut out = Vec::new();
    let b = p.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'.' && b[i] != b'(' {
            i += 1;
        }
        let name = &p[start..i];
        if i < b.len() && b[i] == b'(' {
            let close = p[i..].find(')').map_or(b.len(), |c| i + c);
            let inner = &p[i + 1..close];
            out.push(PSeg::Call(name));
            if let Some(n) = inner.strip_prefix('#') {
                out.push(PSeg::Arg(n.parse().unwrap_or(0)));
            } else if !inner.is_empty() {
                out.push(PSeg::Lit(inner));
            }
            i = (close + 1).min(b.len());
        } else {
            out.push(seg_of(name));
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
        }
    }
    out
}

fn seg_of(name: &'static str) -> PSeg {
    if name == "*" {
        return PSeg::Any;
    }
    if name == "**" {
        return PSeg::AnyRun;
    }
    if let Some(n) = name.strip_prefix('#') {
        if let Ok(n) = n.parse() {
            return PSeg::Arg(n);
        }
    }
    if name.contains('*') {
        let parts: Vec<&str> = name.split('*').collect();
        let pre = parts.first().copied().unwrap_or("");
        let suf = if parts.len() > 1 {
            parts.last().copied().unwrap_or("")
        } else {
            ""
        };
        // One `*mid*` (the tables write no more stars in a segment).
        let mid = if parts.len() > 2 {
            name[pre.len() + 1..name.len() - suf.len() - 1].trim_matches('*')
        } else {
            ""
        };
        return PSeg::Glob { pre, mid, suf };
    }
    PSeg::Lit(name)
}

/// The key an index files a pattern under: its last segment, lowercase
/// (`host`, `createtransport()`, `#1`); `None` for wildcards.
pub fn index_key(p: &Pattern) -> Option<Cow<'static, str>> {
    seg_key(p.segs.last()?)
}

/// A segment's key (see [`index_key`]): the table's own text when it is
/// lowercase already (no allocation).
pub fn seg_key(p: &PSeg) -> Option<Cow<'static, str>> {
    match p {
        PSeg::Lit(n) if !n.bytes().any(|b| b.is_ascii_uppercase()) => Some(Cow::Borrowed(n)),
        PSeg::Lit(n) => Some(Cow::Owned(n.to_ascii_lowercase())),
        PSeg::Call(n) => {
            let mut k = String::with_capacity(n.len() + 2);
            k.push_str(n);
            k.make_ascii_lowercase();
            k.push_str("()");
            Some(Cow::Owned(k))
        }
        PSeg::Arg(n) => {
            let mut k = String::from("#");
            push_digits(&mut k, u64::from(*n));
            Some(Cow::Owned(k))
        }
        _ => None,
    }
}

/// The same key for an entry's segment: the key's own text when it is
/// lowercase already, else written into `buf`.
// Inlined: it runs for every entry (twice for a deep row's), and a call
// cost short-line pastes a few percent.
#[inline(always)]
pub fn entry_key<'a>(input: &'a str, seg: &Seg, buf: &'a mut String) -> &'a str {
    if seg.kind == SegKind::Key {
        let text = seg.text(input);
        // Most YAML, JSON and code keys are lowercase already: read in
        // place, without the copy (a `memcpy` call per entry).
        if !text.bytes().any(|b| b.is_ascii_uppercase()) {
            return text;
        }
        // A key of one or two bytes (`K`) lowercased a byte at a time:
        // cheaper than the `memcpy` call and the second pass below, and than
        // a `chars()` extend (~55 instructions). It holds an uppercase ASCII
        // byte, so both its bytes are ASCII (a multi-byte char is 2+ bytes
        // of none).
        if text.len() <= 2 {
            buf.clear();
            for &b in text.as_bytes() {
                buf.push(char::from(b.to_ascii_lowercase()));
            }
            return buf.as_str();
        }
    }
    buf.clear();
    match seg.kind {
        SegKind::Arg(n) => {
            // Digits written by hand: `write!` costs ~270 instructions per
            // entry and most code entries are call arguments.
            buf.push('#');
            push_digits(buf, n as u64);
        }
        SegKind::Key | SegKind::Call => {
            // The bytes lowercased in place (not pushed a char at a time).
            buf.push_str(seg.text(input));
            buf.make_ascii_lowercase();
            if seg.kind == SegKind::Call {
                buf.push_str("()");
            }
        }
    }
    buf.as_str()
}

/// `n` in decimal, appended to `buf`.
fn push_digits(buf: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        buf.push(d as char);
    }
}

/// The last plain name of a pattern alternative (`smtp.host` → `host`,
/// `SMTP(#1)` → `SMTP`), for known-key lists.
pub fn last_name(alt: &str) -> &str {
    let alt = alt.trim();
    let tail = alt.rsplit('.').next().unwrap_or(alt);
    match tail.find('(') {
        Some(i) => {
            let inner = tail[i + 1..].trim_end_matches(')');
            if inner.is_empty() || inner.starts_with('#') {
                &tail[..i]
            } else {
                inner
            }
        }
        None => tail,
    }
}

fn eq(a: &str, b: &str, case: bool) -> bool {
    if case {
        a == b
    } else {
        a.eq_ignore_ascii_case(b)
    }
}

fn glob(text: &str, pre: &str, mid: &str, suf: &str, case: bool) -> bool {
    let (t, pre, mid, suf) = (
        text.as_bytes(),
        pre.as_bytes(),
        mid.as_bytes(),
        suf.as_bytes(),
    );
    let same = |a: &[u8], b: &[u8]| {
        if case {
            a == b
        } else {
            a.eq_ignore_ascii_case(b)
        }
    };
    if t.len() < pre.len() + suf.len() + mid.len() {
        return false;
    }
    let inner = &t[pre.len()..t.len() - suf.len()];
    same(&t[..pre.len()], pre)
        && same(&t[t.len() - suf.len()..], suf)
        && match mid.first() {
            None => true,
            // The first byte rules most places out without a compare call
            // (`*mail*` is asked of every segment before a `host`).
            Some(&m0) => inner
                .windows(mid.len())
                .any(|w| (w[0] == m0 || !case && w[0].eq_ignore_ascii_case(&m0)) && same(w, mid)),
        }
}

fn seg_matches(input: &str, p: &PSeg, s: &Seg, case: Case) -> bool {
    match (p, s.kind) {
        (PSeg::Lit(n), SegKind::Key) => eq(s.text(input), n, case.keys),
        (PSeg::Call(n), SegKind::Call) => eq(s.text(input), n, case.calls),
        (PSeg::Arg(n), SegKind::Arg(m)) => *n == m,
        (PSeg::Any, _) => true,
        (PSeg::Glob { pre, mid, suf }, SegKind::Key) => {
            glob(s.text(input), pre, mid, suf, case.keys)
        }
        _ => false,
    }
}

/// Whether a named segment is of the kind the pattern's is (a key, a
/// call, a position), whatever its name.
fn same_kind(p: &PSeg, s: &Seg) -> bool {
    matches!(
        (p, s.kind),
        (PSeg::Lit(_), SegKind::Key)
            | (PSeg::Call(_), SegKind::Call)
            | (PSeg::Arg(_), SegKind::Arg(_))
    )
}

/// Whether the pattern matches the end of a path given innermost first.
fn match_end(input: &str, pat: &[PSeg], rev: &[&Seg], case: Case) -> bool {
    let Some((last, rest)) = pat.split_last() else {
        return true;
    };
    if matches!(last, PSeg::AnyRun) {
        // `**` takes 0..=len segments.
        return (0..=rev.len()).any(|k| match_end(input, rest, &rev[k..], case));
    }
    let Some((seg, before)) = rev.split_first() else {
        return false;
    };
    seg_matches(input, last, seg, case) && match_end(input, rest, before, case)
}

/// A placeholder for the path buffer of [`Pattern::matches`].
static NO_SEG: Seg = Seg {
    span: 0..0,
    kind: SegKind::Key,
};

impl Pattern {
    /// For a pattern of one segment that is decided by the key alone (`*`,
    /// `*_FROM`, `GF_*`, or a name the entry was found under in the index),
    /// whether `key_lower` (the entry's last segment, lowercase) matches;
    /// `None` when the whole path must be compared. Only for rows the
    /// engine's index filed under `key_lower` or as wildcards.
    pub fn matches_key(&self, key_lower: &str, case: bool) -> Option<bool> {
        match self.segs.as_slice() {
            [PSeg::Any] => Some(true),
            // Filed under this very key (`index_key`), which is lowercase:
            // compared already, unless case counts.
            [PSeg::Lit(_) | PSeg::Call(_)] if !case => Some(true),
            [PSeg::Arg(_)] => Some(true),
            [PSeg::Glob { pre, mid, suf }] if !case => Some(glob(key_lower, pre, mid, suf, false)),
            _ => None,
        }
    }

    /// For a pattern of one name compared with its case (which
    /// [`Pattern::matches_key`] leaves to the whole path): whether the
    /// entry's last segment `last` matches it, as [`Pattern::matches`]
    /// would find without walking the path; `None` for other patterns.
    pub fn matches_one(&self, input: &str, last: &Seg, syntax: Syntax) -> Option<bool> {
        match self.segs.as_slice() {
            [p @ (PSeg::Lit(_) | PSeg::Call(_))] => {
                Some(seg_matches(input, p, last, Case::of(true, syntax)))
            }
            _ => None,
        }
    }

    /// [`Pattern::matches`], for a row the engine found by the entry's
    /// `known` last segments (their lowercase names, in its index): those
    /// are compared by kind only, unless case counts.
    pub fn matches_from(&self, doc: &Document, e: &Entry, case: bool, known: usize) -> bool {
        if known == 0 || case || self.has_any_run() {
            return self.matches(doc, e, case);
        }
        let case = Case::of(case, e.syntax);
        let mut path = doc.path_rev(e);
        for (n, p) in self.segs.iter().rev().enumerate() {
            match path.next() {
                Some(s) if n < known && same_kind(p, s) => {}
                Some(s) if n >= known && seg_matches(doc.input, p, s, case) => {}
                _ => return false,
            }
        }
        true
    }

    /// For a pattern of several segments whose last one is `*` or `**`
    /// (`framework.mailer.headers.*`, `framework.mailer.**`): which. Such
    /// a pattern is a wildcard row that every entry of its syntax is
    /// compared with, and for an entry of one own segment its answer is
    /// mostly its scope's (see [`Pattern::matches_scope`]).
    pub fn scope_tail(&self) -> Option<Tail> {
        match self.segs.as_slice() {
            [_, .., PSeg::Any] => Some(Tail::Any),
            [_, .., PSeg::AnyRun] => Some(Tail::AnyRun),
            _ => None,
        }
    }

    /// For a pattern with a [`Tail`], the part of [`Pattern::matches`] that
    /// depends on the scope of an entry of one own segment (a segment of
    /// `syntax`) alone: for `….*`, whether the segments before the `*`
    /// match the end of the scope's path (the `*` takes the entry's own
    /// segment); for `….**`, whether the whole pattern matches it (the
    /// `**` takes the entry's own segment and more). Entries of one scope
    /// share the answer (asked once per scope, not per entry).
    pub fn matches_scope(&self, doc: &Document, scope: u32, syntax: Syntax, case: bool) -> bool {
        let case = Case::of(case, syntax);
        let tail = self.scope_tail();
        let rest = match self.segs.split_last() {
            Some((_, rest)) if tail.is_some() => rest,
            _ => return false,
        };
        // Most scopes fail at once, without the path gathered: for `….*`,
        // the segment before the `*` against the scope's last; for `….**`,
        // the segment before the `**` against each segment of the path
        // (the end of the rest must be one of them).
        if !rest.iter().any(|p| matches!(p, PSeg::AnyRun)) {
            let mut path = doc.scope_path_rev(scope);
            if tail == Some(Tail::Any) {
                return rest.iter().rev().all(|p| {
                    path.next()
                        .is_some_and(|s| seg_matches(doc.input, p, s, case))
                });
            }
            let Some(last) = rest.last() else {
                return true;
            };
            if !path.take(63).any(|s| seg_matches(doc.input, last, s, case)) {
                return false;
            }
        }
        // The path `matches` compares is at most 64 segments, the entry's
        // own one first: the scope's part of it is 63.
        let mut buf: [&Seg; 63] = [&NO_SEG; 63];
        let mut n = 0;
        for (slot, s) in buf.iter_mut().zip(doc.scope_path_rev(scope)) {
            *slot = s;
            n += 1;
        }
        let segs = match tail {
            Some(Tail::Any) => rest,
            _ => &self.segs[..],
        };
        match_end(doc.input, segs, &buf[..n], case)
    }

    /// For a pattern ending in `**`, the other part of [`Pattern::matches`]
    /// for an entry of one own segment: the `**` taking no segment, so that
    /// the segments before it match the end of the whole path (asked only
    /// when [`Pattern::matches_scope`] said no; the own segment must match
    /// their last, which most entries fail at once).
    pub fn matches_without_run(&self, doc: &Document, e: &Entry, case: bool) -> bool {
        let Some((_, rest)) = self.segs.split_last() else {
            return false;
        };
        let case = Case::of(case, e.syntax);
        if let ([.., last], [seg]) = (rest, doc.own_segs(e.segs)) {
            if !matches!(last, PSeg::AnyRun) && !seg_matches(doc.input, last, seg, case) {
                return false;
            }
        }
        let mut buf: [&Seg; 64] = [&NO_SEG; 64];
        let mut n = 0;
        for (slot, s) in buf.iter_mut().zip(doc.path_rev(e)) {
            *slot = s;
            n += 1;
        }
        match_end(doc.input, rest, &buf[..n], case)
    }

    /// For a case-insensitive pattern of two segments or more matched by
    /// the entry's last segment: whether the segment before it (`prev`,
    /// the path's second innermost) rules it out, as [`Pattern::matches`]
    /// would find (a pattern's segment before its last, not a `**`, takes
    /// the path's segment before the last). False when it cannot tell.
    pub fn fails_before_last(&self, input: &str, prev: Option<&Seg>, syntax: Syntax) -> bool {
        match self.segs.as_slice() {
            [.., PSeg::AnyRun, _] => false,
            [.., p, _] => prev.is_none_or(|s| !seg_matches(input, p, s, Case::of(false, syntax))),
            _ => false,
        }
    }

    /// Whether a `**` stands in the pattern: asked per entry, so by kind
    /// alone (`contains` would compare every segment's text with `PartialEq`).
    fn has_any_run(&self) -> bool {
        self.segs.iter().any(|s| matches!(s, PSeg::AnyRun))
    }

    /// Whether the pattern matches the end of the entry's path.
    pub fn matches(&self, doc: &Document, e: &Entry, case: bool) -> bool {
        let case = Case::of(case, e.syntax);
        // Most patterns are one or two segments: compare from the end
        // without collecting the whole path.
        if !self.has_any_run() {
            let mut path = doc.path_rev(e);
            for p in self.segs.iter().rev() {
                match path.next() {
                    Some(s) if seg_matches(doc.input, p, s, case) => {}
                    _ => return false,
                }
            }
            return true;
        }
        // The path innermost first, on the stack (no allocation per entry).
        let mut buf: [&Seg; 64] = [&NO_SEG; 64];
        let mut n = 0;
        for (slot, s) in buf.iter_mut().zip(doc.path_rev(e)) {
            *slot = s;
            n += 1;
        }
        let path = &buf[..n];
        // Each name of the pattern is matched by some segment of the path:
        // a path without the first one is ruled out before the `**` splits
        // are tried (`framework.**` against every YAML entry).
        if let Some(name) = self
            .segs
            .iter()
            .find(|p| matches!(p, PSeg::Lit(_) | PSeg::Call(_)))
        {
            if !path.iter().any(|s| seg_matches(doc.input, name, s, case)) {
                return false;
            }
        }
        match_end(doc.input, &self.segs, path, case)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::read::Document;

    #[test]
    fn one_name_with_its_case_is_the_last_segment() {
        let srcs = [
            "const t = nodemailer.createTransport({ host: 'h', Host: 'H', port: 587 });\nt.verify();\n",
            "<?php\n$mail->isSMTP();\n$mail->IsSMTP();\n$mail->Host = 'h';\n$mail->host = 'h';\n",
            "var c = new SmtpClient(\"h\", 587) { EnableSsl = true, enableSsl = false };\n",
            "SMTP_HOST=h\nsmtp_host=h\n",
        ];
        for src in srcs {
            let doc = Document::read(src);
            for alt in [
                "host",
                "Host",
                "createTransport()",
                "isSMTP()",
                "issmtp()",
                "EnableSsl",
                "SMTP_HOST",
                "SmtpClient()",
                "t",
            ] {
                let pat = compile_alt(alt);
                for e in &doc.entries {
                    let Some(last) = doc.path_rev(e).next() else {
                        continue;
                    };
                    assert_eq!(
                        pat.matches_one(doc.input, last, e.syntax),
                        Some(pat.matches(&doc, e, true)),
                        "{alt} {}",
                        doc.path_string(e)
                    );
                }
            }
        }
        assert_eq!(
            compile_alt("smtp.host").matches_one("", &NO_SEG, Syntax::Env),
            None
        );
        assert_eq!(compile_alt("*").matches_one("", &NO_SEG, Syntax::Env), None);
    }

    fn matches(pattern: &'static str, src: &str, case: bool) -> Vec<String> {
        let doc = Document::read(src);
        let pats = compile(pattern);
        doc.entries
            .iter()
            .filter(|e| pats.iter().any(|p| p.matches(&doc, e, case)))
            .map(|e| doc.path_string(e))
            .collect()
    }

    #[test]
    fn suffix_calls_args_and_globs() {
        let js = "const t = nodemailer.createTransport({ host: 'h', auth: { user: 'u' } });\n";
        assert_eq!(
            matches("createTransport(#0).auth.user", js, true),
            ["t.nodemailer.createTransport(#0).auth.user"]
        );
        assert_eq!(matches("createTransport(#0).host", js, true).len(), 1);
        assert!(matches("auth.host", js, true).is_empty());
        assert_eq!(matches("createTransport.**.user", js, true).len(), 0);
        assert_eq!(matches("createTransport().**.user", js, true).len(), 1);
        let env = "GF_SMTP_HOST=h\nGF_SMTP_USER=u\nMAIL_HOST=x\n";
        assert_eq!(matches("GF_SMTP_*", env, true).len(), 2);
        assert_eq!(matches("*_HOST", env, true).len(), 2);
        assert_eq!(matches("mail_host", env, false).len(), 1);
        assert!(matches("mail_host", env, true).is_empty());
        assert_eq!(matches("MAIL_HOST|GF_SMTP_HOST", env, true).len(), 2);
        let py = "import smtplib\ns = smtplib.SMTP('h', 587)\n";
        assert_eq!(matches("SMTP(#1)", py, true).len(), 1);
        assert!(matches("smtp(#1)", py, true).is_empty());
    }

    #[test]
    fn php_calls_ignore_case_its_properties_do_not() {
        let php = "<?php\n$mail->IsSMTP();\n$mail->SETFROM('a@b.c');\n$mail->host = 'h';\n";
        assert_eq!(matches("$*.isSMTP()", php, true).len(), 1);
        assert_eq!(matches("$*.setFrom(#0)", php, true).len(), 1);
        assert!(matches("$*.Host", php, true).is_empty());
        let js = "t.IsSMTP();\n";
        assert!(matches("t.isSMTP()", js, true).is_empty());
    }

    #[test]
    fn a_wildcard_tail_is_answered_by_the_scope() {
        let docs = [
            "framework:\n  mailer:\n    dsn: x\n    headers:\n      From: a@b.c\n      mailer: y\n    envelope:\n      sender: s\n  mailer: z\nmailer:\n  headers: 1\n",
            "play.mailer.host=h\nplay.mailer.port=2\nplay.mailer=3\nmailer.x=4\n",
            "const t = nodemailer.createTransport({ host: 'h', auth: { user: 'u' } });\n",
            "<?php\n$mail->Host = 'h';\n$mail->SMTPAuth = true;\n",
        ];
        let pats = [
            "framework.mailer.headers.*",
            "framework.mailer.**",
            "mailer.**",
            "framework.**.*",
            "**.headers.**",
            "play.mailer.*",
            "*.*",
            "createTransport(#0).**",
            "createTransport(#0).*",
            "$*.*",
            "headers.**",
        ];
        let mut compared = 0;
        for src in docs {
            let doc = Document::read(src);
            for p in pats.iter().flat_map(|p| compile(p)) {
                let tail = p.scope_tail().expect("a wildcard tail");
                for case in [false, true] {
                    for e in doc.entries.iter() {
                        if doc.own_segs(e.segs).len() != 1 {
                            continue;
                        }
                        let in_scope = p.matches_scope(&doc, e.scope, e.syntax, case);
                        let split = match tail {
                            Tail::Any => in_scope,
                            Tail::AnyRun => in_scope || p.matches_without_run(&doc, e, case),
                        };
                        assert_eq!(
                            split,
                            p.matches(&doc, e, case),
                            "{:?} against {}",
                            p.segs,
                            doc.path_string(e)
                        );
                        compared += usize::from(split);
                    }
                }
            }
        }
        // Some of them match (the test compares both answers).
        assert!(compared > 10, "{compared}");
        assert_eq!(compile("a.b")[0].scope_tail(), None);
        assert_eq!(compile("*")[0].scope_tail(), None);
        assert_eq!(compile("**")[0].scope_tail(), None);
    }

    #[test]
    fn the_segment_before_the_key_rules_a_pattern_out_as_matching_does() {
        let docs = [
            "\"k\": {\"host\": \"h\", \"port\": 587}, \"smtp\": {\"host\": \"h\"}\n",
            "mail:\n  smtp:\n    host: h\n    port: 2\nhost: x\n",
            "const t = nodemailer.createTransport({ host: 'h', auth: { user: 'u' } });\n",
        ];
        let pats = [
            "*smtp*.port",
            "smtp.*.host",
            "smtp.host",
            "mail.**.host",
            "**.smtp.host",
            "createTransport(#0).host",
            "auth.user",
            "*.host",
            "host",
        ];
        let (mut ruled_out, mut matched) = (0, 0);
        for src in docs {
            let doc = Document::read(src);
            for p in pats.iter().flat_map(|p| compile(p)) {
                for e in doc.entries.iter() {
                    let prev = doc.path_rev(e).nth(1);
                    let fails = p.fails_before_last(doc.input, prev, e.syntax);
                    let m = p.matches(&doc, e, false);
                    assert!(!(fails && m), "{:?} against {}", p.segs, doc.path_string(e));
                    ruled_out += usize::from(fails);
                    matched += usize::from(m);
                }
            }
        }
        assert!(ruled_out > 10 && matched > 5, "{ruled_out} {matched}");
    }

    #[test]
    fn index_keys_and_names() {
        assert_eq!(
            index_key(&compile("createTransport(#0).host")[0]).as_deref(),
            Some("host")
        );
        assert_eq!(index_key(&compile("SMTP(#1)")[0]).as_deref(), Some("#1"));
        assert_eq!(
            index_key(&compile("isSMTP()")[0]).as_deref(),
            Some("issmtp()")
        );
        assert_eq!(index_key(&compile("GF_*")[0]), None);
        assert_eq!(last_name("smtp.host"), "host");
        assert_eq!(last_name("SMTP(#1)"), "SMTP");
        assert_eq!(last_name("connect(host)"), "host");
    }
}
