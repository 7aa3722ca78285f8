//! The small expressions people wrap around a setting in code, read as
//! far as the paste allows (used by [`super::resolve`]):
//!
//! - conversions and fallbacks around one read: `Number(process.env.SMTP_PORT) || 587`,
//!   `parseInt(process.env.SMTP_PORT ?? '587', 10)`, `+process.env.PORT`,
//!   `(int) getenv('SMTP_PORT')`, `os.getenv('X') or 'y'`, `x as number`:
//!   the read at their core names the setting ([`operand`]);
//! - comparisons and the choices made on them: `Number(process.env.SMTP_PORT) === 465`,
//!   `process.env.SMTP_SECURE === 'true'`, `$port == 465 ? 'ssl' : 'tls'`,
//!   `a === 'true' || b === 465` ([`Expr`]): true or false once their
//!   operands are defined in the paste.
//!
//! Equality follows the language: JavaScript's `===`, PHP's `===` and
//! Python's and Ruby's `==` compare type and value (`process.env.X`, a
//! string, never `===` a number); JavaScript's and PHP's `==` convert a
//! numeric string to a number. A comparison whose loose meaning this does
//! not model (a boolean against a string) stays unknown.
//!
//! Everything is a slice of the value's text: one walk per operator level,
//! over a value of a few dozen bytes.

use crate::model::Lang;

/// Walks `text` from `from`, skipping quoted strings, and calls `at` with
/// each byte's index and the bracket depth before it (brackets open and
/// close after the call); stops at the first `Some`. The reference that
/// [`find_top`] and [`closing`], written out, are tested against.
#[cfg(test)]
fn walk<R>(text: &str, from: usize, mut at: impl FnMut(usize, usize) -> Option<R>) -> Option<R> {
    let b = text.as_bytes();
    let (mut depth, mut quote) = (0usize, 0u8);
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == quote {
                quote = 0;
            }
            i += 1;
            continue;
        }
        if let Some(r) = at(i, depth) {
            return Some(r);
        }
        match c {
            b'\'' | b'"' | b'`' => quote = c,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// A top-level operator found in a text: where it starts and which.
fn find_top<'o>(text: &str, ops: &Ops<'o>) -> Option<(usize, &'o str)> {
    // Most values hold none of the operators at all: said before the
    // walk with its depths.
    if !ops.any_in(text) {
        return None;
    }
    let b = text.as_bytes();
    // A byte that is no quote, bracket or operator's first byte costs one
    // table look-up and one more.
    top_walk(b, 0, |i, kind, depth| {
        if kind == 0 && depth == 0 && ops.firsts.has(b[i]) {
            op_at(b, i, ops.list).map(|op| (i, op))
        } else {
            None
        }
    })
}

/// A list of operators (longer ones first where one holds another) with
/// what [`find_top`] needs of it, made once (the lists are constants: a
/// value read through [`operand`] asks for several of them, and made per
/// call their tables cost more than a short value's search).
struct Ops<'o> {
    list: &'o [&'o str],
    firsts: Firsts,
    /// A bit per operator of `list` that holds no shorter one of the
    /// list: a long text is searched for these only (`===` is in a text
    /// only where `==` is).
    searched: u32,
}

impl<'o> Ops<'o> {
    const fn new(list: &'o [&'o str]) -> Ops<'o> {
        assert!(list.len() <= 32);
        let mut searched = 0u32;
        let mut i = 0;
        while i < list.len() {
            let mut holds_shorter = false;
            let mut j = 0;
            while j < list.len() {
                let (o, s) = (list[i].as_bytes(), list[j].as_bytes());
                if s.len() < o.len() && holds(o, s) {
                    holds_shorter = true;
                }
                j += 1;
            }
            if !holds_shorter {
                searched |= 1 << i;
            }
            i += 1;
        }
        Ops {
            list,
            firsts: Firsts::of(list),
            searched,
        }
    }

    /// Whether one of the operators is anywhere in `text` (see
    /// [`Firsts::any_in`]).
    fn any_in(&self, text: &str) -> bool {
        if text.len() > 64 {
            return self
                .list
                .iter()
                .enumerate()
                .any(|(k, op)| self.searched & (1 << k) != 0 && text.contains(op));
        }
        self.firsts.any_in(text, self.list)
    }
}

/// Whether `s` occurs in `o` (a `const` substring test of two operators).
const fn holds(o: &[u8], s: &[u8]) -> bool {
    let mut at = 0;
    while at + s.len() <= o.len() {
        let mut k = 0;
        while k < s.len() && o[at + k] == s[k] {
            k += 1;
        }
        if k == s.len() {
            return true;
        }
        at += 1;
    }
    false
}

/// The walk of [`walk`], written out: from `from`, quoted strings skipped,
/// `at` is called with each closing bracket and each byte that is no quote
/// or bracket (its index, its [`BYTE_KINDS`] kind and the depth before it);
/// stops at the first `Some`. One table look-up per byte.
fn top_walk<R>(
    b: &[u8],
    from: usize,
    mut at: impl FnMut(usize, u8, usize) -> Option<R>,
) -> Option<R> {
    let mut depth = 0usize;
    let mut i = from;
    while i < b.len() {
        let kind = BYTE_KINDS[usize::from(b[i])];
        match kind {
            QUOTE => {
                // Skipped to the closing quote (a backslash escapes a byte).
                let q = b[i];
                i += 1;
                while i < b.len() {
                    let d = b[i];
                    if d == b'\\' {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    if d == q {
                        break;
                    }
                }
                continue;
            }
            OPEN => depth += 1,
            _ => {
                if let Some(r) = at(i, kind, depth) {
                    return Some(r);
                }
                if kind == CLOSE {
                    depth = depth.saturating_sub(1);
                }
            }
        }
        i += 1;
    }
    None
}

/// The operator of `ops` that starts at `i`, the first listed (longer
/// ones first) whose neighbours allow it.
fn op_at<'a>(b: &[u8], i: usize, ops: &[&'a str]) -> Option<&'a str> {
    let prev = i.checked_sub(1).map(|p| b[p]);
    let next = b.get(i + 1).copied();
    ops.iter().copied().find(|op| {
        b[i..].starts_with(op.as_bytes())
            // `?` alone is the ternary: not `??`, `?.`, `?:`.
            && !(*op == "?" && (matches!(next, Some(b'?' | b'.' | b':')) || prev == Some(b'?')))
            // `:` alone is the ternary's: not `::`.
            && !(*op == ":" && (next == Some(b':') || prev == Some(b':')))
            // `==` inside `<==`, `>==`, `!==`, `===` (matched longer first).
            && !(op.starts_with('=') && matches!(prev, Some(b'<' | b'>' | b'=' | b'!')))
    })
}

/// [`BYTE_KINDS`]: a byte that opens a quoted string, opens a bracket,
/// closes one, or none of these.
const QUOTE: u8 = 1;
const OPEN: u8 = 2;
const CLOSE: u8 = 3;
const BYTE_KINDS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'\'' as usize] = QUOTE;
    t[b'"' as usize] = QUOTE;
    t[b'`' as usize] = QUOTE;
    t[b'(' as usize] = OPEN;
    t[b'[' as usize] = OPEN;
    t[b'{' as usize] = OPEN;
    t[b')' as usize] = CLOSE;
    t[b']' as usize] = CLOSE;
    t[b'}' as usize] = CLOSE;
    t
};

/// The first bytes of a list of ASCII operators: as a bit set, and the
/// distinct ones (at most [`Firsts::MAX`]) for a word-at-a-time search.
struct Firsts {
    /// Whether an ASCII byte is a first byte (a look-up per byte of the
    /// walk: cheaper than a shift of a 128-bit set).
    set: [bool; 128],
    /// Each distinct first byte, repeated in every byte of a word.
    words: [u64; Firsts::MAX],
    n: usize,
}

/// Each byte of a word.
const LO: u64 = 0x0101_0101_0101_0101;
/// Each byte's high bit.
const HI: u64 = 0x8080_8080_8080_8080;

impl Firsts {
    const MAX: usize = 4;

    const fn of(ops: &[&str]) -> Firsts {
        let mut f = Firsts {
            set: [false; 128],
            words: [0; Firsts::MAX],
            n: 0,
        };
        let mut i = 0;
        while i < ops.len() {
            let c = ops[i].as_bytes()[0];
            assert!(ops[i].is_ascii());
            if !f.set[(c & 0x7f) as usize] {
                f.set[(c & 0x7f) as usize] = true;
                if f.n < Firsts::MAX {
                    f.words[f.n] = LO * c as u64;
                }
                f.n += 1;
            }
            i += 1;
        }
        f
    }

    /// Whether `c` starts one of the operators.
    fn has(&self, c: u8) -> bool {
        self.set.get(usize::from(c)).is_some_and(|&f| f)
    }

    /// Whether one of `ops` (the operators these are the first bytes of)
    /// is anywhere in a short `text` (at most 64 bytes, the usual value;
    /// [`Ops::any_in`] searches a longer one, a whole call or object with
    /// spaces all over it, for each operator, vectorised). It is read
    /// eight bytes at a time: a word that holds none of the first bytes is
    /// passed with a few operations per byte value; a word that may is
    /// looked at byte by byte. A substring search per operator would set up
    /// a searcher for each, which costs more than such a text.
    fn any_in(&self, text: &str, ops: &[&str]) -> bool {
        let b = text.as_bytes();
        let exact = |from: usize, to: usize| {
            (from..to)
                .any(|i| self.has(b[i]) && ops.iter().any(|op| b[i..].starts_with(op.as_bytes())))
        };
        if self.n > Firsts::MAX {
            return exact(0, b.len());
        }
        let mut at = 0;
        for chunk in b.chunks_exact(8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let w = u64::from_le_bytes(w);
            let mut zero = 0;
            for &c in &self.words[..self.n] {
                // A byte of `w` equal to the first byte is a zero byte of
                // `x`: every zero byte sets its high bit here (so may a
                // 0x01 byte above one), and with none none is set.
                let x = w ^ c;
                zero |= x.wrapping_sub(LO) & !x & HI;
            }
            if zero != 0 && exact(at, at + 8) {
                return true;
            }
            at += 8;
        }
        exact(at, b.len())
    }
}

/// The index of the bracket closing the one opened at `open`, if any.
fn closing(text: &str, open: usize) -> Option<usize> {
    top_walk(text.as_bytes(), open, |i, kind, depth| {
        (kind == CLOSE && depth == 1).then_some(i)
    })
}

/// Whether the bracket opened at `open` closes at the text's end.
pub fn closes_at_end(text: &str, open: usize) -> bool {
    !text.is_empty() && closing(text, open) == Some(text.len() - 1)
}

/// Method calls after a value that keep it what it is, or make it a
/// number (Ruby's `.to_i`).
const SUFFIXES: &[(&str, bool)] = &[
    (".to_i", true),
    (".to_f", true),
    (".to_s", false),
    (".to_str", false),
    (".strip", false),
    (".strip()", false),
    (".trim()", false),
    (".toString()", false),
];

/// Calls that turn a value into a number.
const TO_NUMBER: &[&str] = &[
    "Number(",
    "Number.parseInt(",
    "parseInt(",
    "parseFloat(",
    "intval(",
    "int(",
    "Integer.parseInt(",
    "Integer.valueOf(",
];

/// Calls that keep the value a string.
const TO_STRING: &[&str] = &["String(", "str(", "strval("];

/// The longest text read as an expression. The expressions this module
/// reads wrap one setting and are a few dozen bytes; a longer value is a
/// whole object, call or function body, which none of them is, and walking
/// it for every entry nested in it would cost its length once per level.
const MAX_EXPR: usize = 256;

/// Fallback operators: the right side is used when the left is unset
/// (`??`) or falsy (the others).
const FALLBACKS: &[&str] = &["||", "??", "?:", " or "];

// The operator lists searched for, each made once.
static FALLBACK_OPS: Ops = Ops::new(FALLBACKS);
static AS: Ops = Ops::new(&[" as "]);
static COMMA: Ops = Ops::new(&[","]);
static EQUALITY: Ops = Ops::new(&["===", "!==", "==", "!="]);
/// An equality, or anything that makes a text more than one.
static EQUALITY_OR_MORE: Ops = Ops::new(&["===", "!==", "==", "!=", "||", "&&", "?"]);
static OR: Ops = Ops::new(&["||", " or "]);
static AND: Ops = Ops::new(&["&&", " and "]);
static QUESTION: Ops = Ops::new(&["?"]);
static COLON: Ops = Ops::new(&[":"]);

/// One value read through conversions and a fallback.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Operand<'a> {
    /// The read itself (`process.env.SMTP_PORT`, `getenv('X')`, `port`).
    pub core: &'a str,
    /// Converted to a number on the way.
    pub numeric: bool,
    /// The outermost fallback: its operator and its text.
    pub fallback: Option<(&'a str, &'a str)>,
    /// Changed to one case on the way (`.toLowerCase()`): `Some(true)`
    /// lower, `Some(false)` upper.
    pub lower: Option<bool>,
}

impl Operand<'_> {
    /// Whether `value` reads the same after the operand's case change (a
    /// value with letters of the other case does not: compared as written
    /// it would give the wrong answer).
    pub fn keeps(&self, value: &str) -> bool {
        match self.lower {
            Some(true) => !value.bytes().any(|b| b.is_ascii_uppercase()),
            Some(false) => !value.bytes().any(|b| b.is_ascii_lowercase()),
            None => true,
        }
    }
}

/// Method calls after a value that change its case: (suffix, lower).
const CASE_SUFFIXES: &[(&str, bool)] = &[
    (".toLowerCase()", true),
    (".toLocaleLowerCase()", true),
    (".toUpperCase()", false),
    (".toLocaleUpperCase()", false),
    (".lower()", true),
    (".upper()", false),
    (".downcase", true),
    (".upcase", false),
    (".ToLower()", true),
    (".ToLowerInvariant()", true),
    (".ToUpper()", false),
    (".ToUpperInvariant()", false),
];

/// The last bytes of [`SUFFIXES`] and [`CASE_SUFFIXES`].
const SUFFIX_ENDS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < SUFFIXES.len() {
        let s = SUFFIXES[i].0.as_bytes();
        t[s[s.len() - 1] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < CASE_SUFFIXES.len() {
        let s = CASE_SUFFIXES[i].0.as_bytes();
        t[s[s.len() - 1] as usize] = true;
        i += 1;
    }
    t
};

/// The first suffix of `list` that `t` ends with: the text before it and
/// the suffix's meaning. Most texts end in no suffix's last byte: answered
/// by one look-up.
fn peel<'t, T: Copy>(t: &'t str, list: &[(&str, T)]) -> Option<(&'t str, T)> {
    let last = *t.as_bytes().last()?;
    if !SUFFIX_ENDS[usize::from(last)] {
        return None;
    }
    list.iter()
        .find_map(|(s, m)| t.strip_suffix(s).map(|r| (r, *m)))
}

/// Whether `t` is names joined by dots and nothing else (`var.pass`,
/// `process.env.SMTP_PASS`, `$host`): no blank, operator, bracket or
/// quote, so no fallback, `as`, `!`, cast, conversion call or comparison
/// is in it (each needs one of those bytes); of [`operand`]'s steps only a
/// suffix (`.to_i`, `.downcase`) can apply. Most references in code are
/// such names. Looked at from the end: a call or object (`f({ … })`, a
/// long text) is told by its last byte, where from the front its whole
/// name was read first.
fn plain_name(t: &str) -> bool {
    t.bytes()
        .rev()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$'))
}

/// Peels conversions, parentheses, TypeScript `as T` / `!` and a fallback
/// off `text` (see the module docs).
pub fn operand(text: &str) -> Operand<'_> {
    operand_read(text, true)
}

/// [`operand`]; `names_alone`: a [`plain_name`] skips the operator
/// searches (off only in the test that they would find nothing).
fn operand_read(text: &str, names_alone: bool) -> Operand<'_> {
    let mut t = text.trim();
    let mut out = Operand {
        core: t,
        numeric: false,
        fallback: None,
        lower: None,
    };
    if t.len() > MAX_EXPR {
        return out;
    }
    // Peeling a suffix off a plain name leaves a plain name.
    let plain = names_alone && plain_name(t);
    // Each round removes at least one byte: bounded by the text's length.
    loop {
        if let Some((i, op)) = (!plain).then(|| find_top(t, &FALLBACK_OPS)).flatten() {
            if out.fallback.is_none() {
                out.fallback = Some((op.trim(), t[i + op.len()..].trim()));
            }
            t = t[..i].trim_end();
            continue;
        }
        if let Some((i, _)) = (!plain).then(|| find_top(t, &AS)).flatten() {
            t = t[..i].trim_end();
            continue;
        }
        if let Some((rest, numeric)) = peel(t, SUFFIXES) {
            out.numeric |= numeric;
            t = rest.trim_end();
            continue;
        }
        if let Some((rest, lower)) = peel(t, CASE_SUFFIXES) {
            // The outermost change is the one the comparison sees.
            out.lower = out.lower.or(Some(lower));
            t = rest.trim_end();
            continue;
        }
        if plain {
            break;
        }
        if let Some(rest) = t.strip_suffix('!').filter(|r| !r.ends_with('=')) {
            t = rest.trim_end();
            continue;
        }
        if t.starts_with('(') && closing(t, 0) == Some(t.len() - 1) {
            t = t[1..t.len() - 1].trim();
            continue;
        }
        // PHP casts: `(int) $x`, `(string) getenv('X')`.
        if let Some(rest) = ["(int)", "(integer)"]
            .iter()
            .find_map(|c| t.strip_prefix(c))
        {
            out.numeric = true;
            t = rest.trim_start();
            continue;
        }
        if let Some(rest) = ["(string)"].iter().find_map(|c| t.strip_prefix(c)) {
            t = rest.trim_start();
            continue;
        }
        if let Some(rest) = t.strip_prefix('+').filter(|r| !r.starts_with('+')) {
            out.numeric = true;
            t = rest.trim_start();
            continue;
        }
        let call = TO_NUMBER
            .iter()
            .map(|c| (c, true))
            .chain(TO_STRING.iter().map(|c| (c, false)))
            .find(|(c, _)| t.starts_with(**c));
        if let Some((c, numeric)) = call {
            let open = c.len() - 1;
            if closing(t, open) == Some(t.len() - 1) {
                let inner = &t[open + 1..t.len() - 1];
                // `parseInt(x, 10)`: the radix is no part of the value.
                let inner = match find_top(inner, &COMMA) {
                    Some((i, _)) => &inner[..i],
                    None => inner,
                };
                out.numeric = numeric;
                t = inner.trim();
                continue;
            }
        }
        break;
    }
    out.core = t;
    out
}

/// A constant written in the expression, or the value an operand stands
/// for.
#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Lit<'a> {
    Str(&'a str),
    Num(f64),
    Bool(bool),
    Null,
    /// A string whose text the paste does not show (an environment read
    /// it does not define), or nothing: never strictly equal to a number.
    AnyStr,
}

impl<'a> Lit<'a> {
    /// A literal as written in code: a quoted string without escapes or
    /// interpolation, a number, a boolean or null word.
    pub fn parse(t: &'a str) -> Option<Lit<'a>> {
        let t = t.trim();
        let b = t.as_bytes();
        if b.len() >= 2 && matches!(b[0], b'\'' | b'"') && b[b.len() - 1] == b[0] {
            let inner = &t[1..t.len() - 1];
            let plain = !(inner.contains(['\\', char::from(b[0])])
                || (b[0] == b'"' && inner.contains('$')));
            return plain.then_some(Lit::Str(inner));
        }
        match t {
            "true" | "True" | "TRUE" => return Some(Lit::Bool(true)),
            "false" | "False" | "FALSE" => return Some(Lit::Bool(false)),
            "null" | "None" | "nil" | "undefined" | "NULL" => return Some(Lit::Null),
            _ => {}
        }
        let numeric = !t.is_empty()
            && t.bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-' || c == b'_');
        if numeric {
            return crate::float::value(&t.replace('_', "")).map(Lit::Num);
        }
        None
    }

    /// Converted to a number, as `Number()` does: a numeric string; not a
    /// boolean or null (unknown here).
    fn to_number(self) -> Option<f64> {
        match self {
            Lit::Num(n) => Some(n),
            Lit::Str(s) => crate::float::value(s.trim()),
            _ => None,
        }
    }
}

/// Whether two values are equal in `lang` with `strict` (`===`) or loose
/// (`==`) equality; `None` where loose equality is not modelled.
fn equal(lang: Lang, strict: bool, a: Lit, b: Lit) -> Option<bool> {
    // Python and Ruby's `==` never converts between strings and numbers.
    let strict = strict || matches!(lang, Lang::Python | Lang::Ruby);
    match (a, b) {
        (Lit::Str(x), Lit::Str(y)) => Some(x == y),
        (Lit::Num(x), Lit::Num(y)) => Some(x == y),
        (Lit::Bool(x), Lit::Bool(y)) => Some(x == y),
        (Lit::Null, Lit::Null) => Some(true),
        (Lit::AnyStr, Lit::Num(_)) | (Lit::Num(_), Lit::AnyStr) if strict => Some(false),
        (Lit::AnyStr, _) | (_, Lit::AnyStr) => None,
        _ if strict => Some(false),
        (Lit::Str(_), Lit::Num(_)) | (Lit::Num(_), Lit::Str(_)) => {
            Some(a.to_number()? == b.to_number()?)
        }
        _ => None,
    }
}

/// Whether a text holds something [`Expr::eval`] can decide: a comparison
/// (and so also a choice made on one).
pub fn has_comparison(text: &str) -> bool {
    has_comparison_read(text, true)
}

/// [`has_comparison`]; `names_alone`: a [`plain_name`] (no `=`, `!` or
/// bracket) holds none, said without the searches (off only in a test).
fn has_comparison_read(text: &str, names_alone: bool) -> bool {
    let mut t = text.trim();
    if t.len() > MAX_EXPR || names_alone && plain_name(t) {
        return false;
    }
    // `(SMTP_SECURE === 'true')`: through the parentheses around it.
    while t.starts_with('(') && closes_at_end(t, 0) {
        t = t[1..t.len() - 1].trim();
    }
    find_top(t, &EQUALITY).is_some() || truthiness(t).is_some()
}

/// The operand of a truthiness test: JavaScript's `Boolean(x)` and `!!x`,
/// Python's `bool(x)`. A non-empty string is true in both, so
/// `Boolean(process.env.SMTP_SECURE)` with `SMTP_SECURE=false`, or
/// `bool(os.getenv("EMAIL_USE_SSL"))` with `EMAIL_USE_SSL=False`, is true.
fn truthiness(t: &str) -> Option<&str> {
    if let Some(rest) = t.strip_prefix("!!") {
        return (!rest.starts_with(['!', '='])).then_some(rest);
    }
    let open = ["Boolean(", "bool("]
        .iter()
        .find(|o| t.starts_with(**o))?
        .len()
        - 1;
    closes_at_end(t, open).then(|| &t[open + 1..t.len() - 1])
}

/// `X === n` or `X == n` (either way round, nothing else around it; `n`
/// also as a string where `X` is not made a number): the core of `X` (see
/// [`operand`]).
pub fn compared_to(text: &str, n: f64) -> Option<&str> {
    let t = text.trim();
    let (i, op) = find_top(t, &EQUALITY_OR_MORE)?;
    if !matches!(op, "===" | "==") {
        return None;
    }
    let (l, r) = (&t[..i], &t[i + op.len()..]);
    if find_top(r, &EQUALITY_OR_MORE).is_some() {
        return None;
    }
    let (side, lit) = match (Lit::parse(l), Lit::parse(r)) {
        (Some(v), None) => (r, v),
        (None, Some(v)) => (l, v),
        _ => return None,
    };
    let side = operand(side);
    // `'465'` matches only a value left a string (`process.env.SMTP_PORT === '465'`).
    let same = match lit {
        Lit::Num(x) => x == n,
        Lit::Str(s) => !side.numeric && crate::float::value(s).is_some_and(|x| x == n),
        _ => false,
    };
    same.then_some(side.core)
}

/// An expression evaluated against what the paste defines: `operand`
/// gives the value an operand's text stands for (a literal written
/// in the paste), with whether it is a string read from the environment.
pub struct Expr<'f, 'a> {
    pub lang: Lang,
    pub operand: &'f mut dyn FnMut(Operand<'a>) -> Option<Lit<'a>>,
}

impl<'a> Expr<'_, 'a> {
    /// The truth of a condition: comparisons joined by `||` / `&&`,
    /// parentheses, `!`. `None` when any part it needs is unknown.
    pub fn truth(&mut self, text: &'a str) -> Option<bool> {
        let t = text.trim();
        if let Some((i, op)) = find_top(t, &OR) {
            let (l, r) = (&t[..i], &t[i + op.len()..]);
            return match self.truth(l) {
                Some(true) => Some(true),
                Some(false) => self.truth(r),
                None => self.truth(r).filter(|v| *v),
            };
        }
        if let Some((i, op)) = find_top(t, &AND) {
            let (l, r) = (&t[..i], &t[i + op.len()..]);
            return match self.truth(l) {
                Some(false) => Some(false),
                Some(true) => self.truth(r),
                None => self.truth(r).filter(|v| !*v),
            };
        }
        if let Some((i, op)) = find_top(t, &EQUALITY) {
            let a = self.value(&t[..i])?;
            let b = self.value(&t[i + op.len()..])?;
            let eq = equal(self.lang, op.len() == 3, a, b)?;
            return Some(eq == op.starts_with('='));
        }
        if t.starts_with('(') && closing(t, 0) == Some(t.len() - 1) {
            return self.truth(&t[1..t.len() - 1]);
        }
        if let Some(inner) = truthiness(t) {
            return match self.value(inner)? {
                Lit::Str(s) => Some(!s.is_empty()),
                Lit::Num(x) => Some(x != 0.0),
                Lit::Bool(b) => Some(b),
                Lit::Null => Some(false),
                Lit::AnyStr => None,
            };
        }
        if let Some(rest) = t.strip_prefix('!').filter(|r| !r.starts_with('=')) {
            return self.truth(rest).map(|v| !v);
        }
        match Lit::parse(t)? {
            Lit::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The value of one operand: a literal, or what `operand` finds,
    /// converted as written.
    fn value(&mut self, text: &'a str) -> Option<Lit<'a>> {
        let op = operand(text);
        let v = match Lit::parse(op.core) {
            Some(v) => v,
            None => (self.operand)(op)?,
        };
        if op.numeric {
            return v.to_number().map(Lit::Num);
        }
        Some(v)
    }

    /// A choice made on a condition, `C ? A : B`: the branch taken, when
    /// the condition is known and the branch is a literal or a constant. A bare
    /// condition is itself the choice (`None` for the text).
    pub fn choice(&mut self, text: &'a str) -> Option<Choice<'a>> {
        let t = text.trim();
        if let Some((q, _)) = find_top(t, &QUESTION) {
            let rest = &t[q + 1..];
            let (c, _) = find_top(rest, &COLON)?;
            let branch = if self.truth(&t[..q])? {
                &rest[..c]
            } else {
                &rest[c + 1..]
            };
            let branch = branch.trim();
            // A literal, or a constant's name (`PHPMailer::ENCRYPTION_STARTTLS`).
            let named = !branch.is_empty()
                && branch
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'.' | b'\\'));
            if Lit::parse(branch).is_none() && !named {
                return None;
            }
            return Some(Choice::Branch(branch));
        }
        if !has_comparison(t) {
            return None;
        }
        self.truth(t).map(Choice::Truth)
    }
}

/// What a choice comes to: the text of the literal branch taken, or the
/// truth of a bare condition.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Choice<'a> {
    Branch(&'a str),
    Truth(bool),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find_top`] as it was written on [`walk`]: the reference its
    /// written-out walk is checked against.
    fn find_top_on_walk<'a>(text: &str, ops: &[&'a str]) -> Option<(usize, &'a str)> {
        let b = text.as_bytes();
        walk(text, 0, |i, depth| {
            if depth != 0 || matches!(b[i], b'(' | b'[' | b'{' | b')' | b']' | b'}') {
                return None;
            }
            op_at(b, i, ops).map(|op| (i, op))
        })
    }

    /// Every list of operators this module searches for.
    const OP_LISTS: &[&[&str]] = &[
        FALLBACKS,
        &[" as "],
        &["===", "!==", "==", "!="],
        &["===", "!==", "==", "!=", "||", "&&", "?"],
        &["?"],
        &[":"],
        &[","],
        &["||", " or "],
        &["&&", " and "],
    ];

    /// 4000 texts of up to `max_len` pieces of `alphabet`, in the orders a
    /// small generator gives from `seed` (deterministic).
    fn generated(alphabet: &[&str], mut seed: u64, max_len: u64) -> Vec<String> {
        let mut texts = Vec::new();
        for _ in 0..4000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = seed % max_len;
            let mut r = seed;
            for _ in 0..len {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push_str(alphabet[(r >> 33) as usize % alphabet.len()]);
            }
            texts.push(t);
        }
        texts
    }

    #[test]
    fn find_top_is_the_walk() {
        let ops = OP_LISTS;
        // Texts built from the bytes that matter, in every order a small
        // generator gives (deterministic), and some written ones.
        let alphabet: &[&str] = &[
            "a", " ", "|", "?", ":", "=", "!", "<", ",", "&", "(", ")", "[", "]", "{", "}", "'",
            "\"", "`", "\\", ".", "é", " or ", " as ", " and ", "===", "??",
        ];
        let mut texts: Vec<String> = [
            "",
            "var.pass",
            "process.env.SMTP_PORT || 587",
            "int(os.environ.get('EMAIL_PORT', 587))",
            "$port == 465 ? 'ssl' : 'tls'",
            "a ?? b ?: c",
            "x::y ? a : b",
            "'a || b' || c",
            "f('a\\' || b') ?? 1",
            "Number(process.env.SMTP_PORT) === 465",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(generated(alphabet, 0x9e37_79b9_7f4a_7c15, 24));
        for text in &texts {
            for ops in ops {
                assert_eq!(
                    find_top(text, &Ops::new(ops)),
                    find_top_on_walk(text, ops),
                    "{text:?} {ops:?}"
                );
            }
        }
    }

    #[test]
    fn closing_is_the_walk() {
        let alphabet: &[&str] = &["a", "(", ")", "[", "]", "{", "}", "'", "\"", "`", "\\", "é"];
        for t in generated(alphabet, 0x2545_f491_4f6c_dd1d, 20) {
            let b = t.as_bytes();
            for open in (0..t.len()).filter(|&o| t.is_char_boundary(o)) {
                let want = walk(&t, open, |i, depth| {
                    (depth == 1 && matches!(b[i], b')' | b']' | b'}')).then_some(i)
                });
                assert_eq!(closing(&t, open), want, "{t:?} {open}");
            }
        }
    }

    #[test]
    fn any_in_is_a_substring_search() {
        let ops = OP_LISTS;
        let long = format!("{} || b", "a".repeat(80));
        let pad = "a".repeat(70);
        let longer = [
            format!("{pad} === b"),
            format!("{pad} !== b"),
            format!("{pad} != b ? c : d"),
            format!("{pad} = b, c"),
        ];
        let texts = [
            "",
            "var.pass",
            "a || b",
            "a |",
            "x ?? 'y'",
            "a ?",
            "é or ü",
            "a or",
            " or ",
            "x as number",
            "y === 465",
            "y =",
            "é!=ü",
            "f(a, b)",
            long.as_str(),
            "a".repeat(80).as_str(),
        ]
        .map(String::from);
        for text in texts.iter().chain(&longer) {
            for ops in ops {
                let want = ops.iter().any(|op| text.contains(op));
                assert_eq!(Ops::new(ops).any_in(text), want, "{text:?} {ops:?}");
            }
        }
    }

    #[test]
    fn a_whole_object_is_no_expression() {
        // An object literal longer than any wrapped read: taken as it is,
        // not walked (it would be, once per entry nested in it).
        let long = format!(
            "{{ host: x || 'a', secure: y === 465, pad: '{}' }}",
            "p".repeat(MAX_EXPR)
        );
        assert_eq!(operand(&long).core, long.as_str());
        assert_eq!(operand(&long).fallback, None);
        assert!(!has_comparison(&long));
        assert!(has_comparison("y === 465"));
    }

    #[test]
    fn every_suffix_is_peeled() {
        for (s, n) in SUFFIXES {
            assert_eq!(peel(&format!("x{s}"), SUFFIXES), Some(("x", *n)), "{s}");
        }
        for (s, l) in CASE_SUFFIXES {
            assert_eq!(
                peel(&format!("x{s}"), CASE_SUFFIXES),
                Some(("x", *l)),
                "{s}"
            );
        }
        assert_eq!(peel("x.to_i()", SUFFIXES), None);
        assert_eq!(peel("", SUFFIXES), None);
    }

    #[test]
    fn operands_peel_conversions_and_fallbacks() {
        for (text, core, numeric, fallback) in [
            (
                "process.env.SMTP_PORT",
                "process.env.SMTP_PORT",
                false,
                None,
            ),
            (
                "Number(process.env.SMTP_PORT) || 587",
                "process.env.SMTP_PORT",
                true,
                Some(("||", "587")),
            ),
            (
                "parseInt(process.env.SMTP_PORT ?? '587', 10)",
                "process.env.SMTP_PORT",
                true,
                Some(("??", "'587'")),
            ),
            (
                "+process.env.SMTP_PORT",
                "process.env.SMTP_PORT",
                true,
                None,
            ),
            (
                "(int) getenv('SMTP_PORT') ?: 587",
                "getenv('SMTP_PORT')",
                true,
                Some(("?:", "587")),
            ),
            (
                "os.getenv('EMAIL_HOST') or 'smtp.x'",
                "os.getenv('EMAIL_HOST')",
                false,
                Some(("or", "'smtp.x'")),
            ),
            (
                "process.env.SMTP_HOST as string",
                "process.env.SMTP_HOST",
                false,
                None,
            ),
            (
                "process.env.SMTP_HOST!",
                "process.env.SMTP_HOST",
                false,
                None,
            ),
            (
                "process.env.SMTP_HOST + '.x'",
                "process.env.SMTP_HOST + '.x'",
                false,
                None,
            ),
            (
                "Number(a) + Number(b)",
                "Number(a) + Number(b)",
                false,
                None,
            ),
        ] {
            let o = operand(text);
            assert_eq!(
                (o.core, o.numeric, o.fallback),
                (core, numeric, fallback),
                "{text}"
            );
        }
    }

    /// A plain name's shortcut gives what the full reading gives, on
    /// names with and without suffixes and on texts one byte away from a
    /// name (a blank, an operator, a bracket, a quote).
    #[test]
    fn plain_names_read_as_the_full_reading_does() {
        let names = [
            "var.pass",
            "process.env.SMTP_PASS",
            "$host",
            "port.to_i",
            "ENV.fetch.to_s.downcase",
            "a.upcase.to_i",
            "x.to_str",
            "to_i",
            ".to_i",
            "ab",
            "a",
            "",
            "9",
            "a$b.c_d",
        ];
        let tails = [
            "", " ", "!", "!!", "=", " == 1", "||b", " or b", " as T", "()", "(", ")", "'", "+",
            ",", "é", ".lower()", "?:x", "??y",
        ];
        for n in names {
            for tail in tails {
                for text in [format!("{n}{tail}"), format!("{tail}{n}")] {
                    let t = text.as_str();
                    assert_eq!(operand_read(t, true), operand_read(t, false), "{t:?}");
                    assert_eq!(
                        has_comparison_read(t, true),
                        has_comparison_read(t, false),
                        "{t:?}"
                    );
                }
            }
        }
        // The shortcut is taken, and peels suffixes.
        assert!(plain_name("process.env.SMTP_PORT.to_i"));
        let o = operand("process.env.SMTP_PORT.to_i.downcase");
        assert_eq!(
            (o.core, o.numeric, o.lower),
            ("process.env.SMTP_PORT", true, Some(true))
        );
    }

    fn eval(lang: Lang, text: &str, env: &[(&str, Lit<'static>)]) -> Option<Choice<'static>> {
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        let mut f = |o: Operand<'static>| env.iter().find(|(n, _)| *n == o.core).map(|(_, v)| *v);
        Expr {
            lang,
            operand: &mut f,
        }
        .choice(text)
    }

    #[test]
    fn truthiness_tests_read_a_non_empty_string_as_true() {
        use Choice::Truth;
        let sec = |v| vec![("process.env.SMTP_SECURE", Lit::Str(v))];
        let ssl = |v| vec![("os.getenv(\"EMAIL_USE_SSL\")", Lit::Str(v))];
        assert_eq!(
            eval(
                Lang::JavaScript,
                "Boolean(process.env.SMTP_SECURE)",
                &sec("false")
            ),
            Some(Truth(true))
        );
        assert_eq!(
            eval(
                Lang::JavaScript,
                "Boolean(process.env.SMTP_SECURE)",
                &sec("")
            ),
            Some(Truth(false))
        );
        assert_eq!(
            eval(Lang::JavaScript, "!!process.env.SMTP_SECURE", &sec("false")),
            Some(Truth(true))
        );
        assert_eq!(
            eval(
                Lang::Python,
                "bool(os.getenv(\"EMAIL_USE_SSL\"))",
                &ssl("False")
            ),
            Some(Truth(true))
        );
        let unknown = vec![("process.env.SMTP_SECURE", Lit::AnyStr)];
        assert_eq!(
            eval(
                Lang::JavaScript,
                "Boolean(process.env.SMTP_SECURE)",
                &unknown
            ),
            None
        );
        assert!(has_comparison("Boolean(process.env.SMTP_SECURE)"));
        assert!(!has_comparison("Boolean(a) && b"));
        assert!(!has_comparison("booleanish(x)"));
    }

    #[test]
    fn a_comparison_with_a_number_names_its_other_side() {
        for (text, want) in [
            (
                "Number(process.env.SMTP_PORT) === 465",
                Some("process.env.SMTP_PORT"),
            ),
            ("465 == port", Some("port")),
            (
                "process.env.SMTP_PORT === '465'",
                Some("process.env.SMTP_PORT"),
            ),
            ("Number(process.env.SMTP_PORT) === '465'", None),
            ("port === 587", None),
            ("port !== 465", None),
            ("port === 465 || secure", None),
            ("port === 465 ? true : false", None),
        ] {
            assert_eq!(compared_to(text, 465.0), want, "{text}");
        }
    }

    #[test]
    fn comparisons_follow_the_language() {
        use Choice::*;
        use Lang::{JavaScript as Js, Php, Python as Py};
        let port = |v| vec![("process.env.SMTP_PORT", Lit::Str(v))];
        let sec = |v| vec![("process.env.SMTP_SECURE", Lit::Str(v))];
        let any = vec![("process.env.SMTP_PORT", Lit::AnyStr)];
        let php_port = vec![("$port", Lit::Num(465.0))];
        type Env = Vec<(&'static str, Lit<'static>)>;
        let cases: Vec<(Lang, &str, Env, Option<Choice>)> = vec![
            (
                Js,
                "Number(process.env.SMTP_PORT) === 465",
                port("465"),
                Some(Truth(true)),
            ),
            (
                Js,
                "Number(process.env.SMTP_PORT) === 465",
                port("587"),
                Some(Truth(false)),
            ),
            // A string from the environment is never `===` a number.
            (
                Js,
                "process.env.SMTP_PORT === 465",
                port("465"),
                Some(Truth(false)),
            ),
            (
                Js,
                "process.env.SMTP_PORT == 465",
                port("465"),
                Some(Truth(true)),
            ),
            (
                Js,
                "465 !== +process.env.SMTP_PORT",
                port("465"),
                Some(Truth(false)),
            ),
            (
                Js,
                "process.env.SMTP_SECURE === 'true'",
                sec("true"),
                Some(Truth(true)),
            ),
            (
                Js,
                "process.env.SMTP_SECURE === \"true\"",
                sec("false"),
                Some(Truth(false)),
            ),
            // `||` of comparisons: one true side is enough, else both needed.
            (
                Js,
                "process.env.SMTP_SECURE === 'true' || port === 465",
                sec("true"),
                Some(Truth(true)),
            ),
            (
                Js,
                "process.env.SMTP_SECURE === 'true' || port === 465",
                sec("false"),
                None,
            ),
            // Unknown operands: unknown.
            (Js, "Number(process.env.SMTP_PORT) === 465", vec![], None),
            // An environment string the paste does not define is still never
            // `===` a number (a common slip: `secure: process.env.SMTP_PORT === 465`).
            (
                Js,
                "process.env.SMTP_PORT === 465",
                any.clone(),
                Some(Truth(false)),
            ),
            (Js, "process.env.SMTP_PORT == 465", any.clone(), None),
            (
                Js,
                "Number(process.env.SMTP_PORT) === 465",
                any.clone(),
                None,
            ),
            (Js, "process.env.SMTP_PORT === '465'", any, None),
            // Choices on a condition: the literal or constant branch taken.
            (
                Php,
                "$port == 465 ? 'ssl' : 'tls'",
                php_port.clone(),
                Some(Branch("'ssl'")),
            ),
            (
                Php,
                "($port === 587) ? 'tls' : 'ssl'",
                php_port.clone(),
                Some(Branch("'ssl'")),
            ),
            (
                Php,
                "$port == 465 ? PHPMailer::ENCRYPTION_SMTPS : PHPMailer::ENCRYPTION_STARTTLS",
                php_port.clone(),
                Some(Branch("PHPMailer::ENCRYPTION_SMTPS")),
            ),
            (Php, "$port == 465 ? $a . 'x' : 'tls'", php_port, None),
            (
                Js,
                "port === 465 ? true : false",
                vec![("port", Lit::Num(587.0))],
                Some(Branch("false")),
            ),
            // Python's `==` is strict.
            (
                Py,
                "os.environ.get('EMAIL_PORT') == 465",
                vec![("os.environ.get('EMAIL_PORT')", Lit::Str("465"))],
                Some(Truth(false)),
            ),
            (
                Py,
                "EMAIL_PORT == 465",
                vec![("EMAIL_PORT", Lit::Num(465.0))],
                Some(Truth(true)),
            ),
            // No comparison: nothing to decide here; `=>` is no equality.
            (Js, "process.env.SMTP_SECURE || true", sec(""), None),
            (Js, "x => x", vec![], None),
        ];
        for (lang, text, env, want) in cases {
            assert_eq!(eval(lang, text, &env), want, "{text}");
        }
    }
}
