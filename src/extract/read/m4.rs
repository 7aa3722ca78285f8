//! sendmail's m4 configuration (`sendmail.mc`) and the source of its
//! `authinfo` map, as entries.
//!
//! ```text
//! define(`SMART_HOST', `[smtp.postmarkapp.com]')dnl
//! define(`RELAY_MAILER_ARGS', `TCP $h 587')dnl
//! FEATURE(`authinfo', `hash -o /etc/mail/authinfo.db')dnl
//! AuthInfo:smtp.postmarkapp.com "U:token" "P:token" "M:PLAIN"
//! ```
//!
//! The syntax (sendmail's cf/README, "A brief introduction to m4"): m4 is
//! stream-based; `dnl` deletes through the end of the line; arguments are
//! quoted with a backtick and an apostrophe (`` `value' ``, nested quotes
//! allowed) or written bare. Read here: `define(NAME, VALUE)` as the entry
//! `NAME = VALUE`; `FEATURE(name, args…)` as `FEATURE.name = args` (a
//! feature without arguments is a presence); any other upper-case macro
//! call (`MASQUERADE_AS`, `TRUST_AUTH_MECH`, `MAILER`…) as `NAME = first
//! argument`. A line opened by `dnl` or `#` is commented out (`#` is not a
//! comment to sendmail's m4, but in a paste it is almost always the shell's
//! or a README's: such lines are kept as commented-out alternatives).
//!
//! An `AuthInfo:host "U:user" "I:login" "P:password" "M:mechs"` line (the
//! `authinfo` map's source, makemap(8) format) is a block scope `AuthInfo`
//! holding `host` and one entry per item, named by its letter (`U`, `I`,
//! `P`, `R`, `M`, `=` for a base64 password).
//!
//! One pass: each byte is looked at a bounded number of times (an
//! unterminated call ends the region).

use std::ops::Range;

use super::{Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// Arguments kept per call (the rest are skipped over).
const MAX_ARGS: usize = 3;

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    let b = input.as_bytes();
    let end = region.end.min(b.len());
    let mut i = region.start;
    // Only blanks so far on this line, and whether the line is commented.
    let mut lead = true;
    let mut commented = false;
    while i < end {
        let c = b[i];
        if c == b'\n' {
            lead = true;
            commented = false;
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if lead && c == b'#' {
            commented = true;
            lead = false;
            i += 1;
            continue;
        }
        if lead && b.len() >= i + 9 && b[i..i + 9].eq_ignore_ascii_case(b"authinfo:") {
            let line_end = memchr_nl(b, i, end);
            auth_line(doc, i..line_end, scope, commented);
            i = line_end;
            continue;
        }
        let at_lead = lead;
        lead = false;
        if is_ident_start(c) && (i == 0 || !is_ident(b[i - 1])) {
            let mut j = i + 1;
            while j < end && is_ident(b[j]) {
                j += 1;
            }
            let name = &input[i..j];
            if name == "dnl" {
                if at_lead {
                    commented = true;
                    i = j;
                } else {
                    // The rest of the line is deleted.
                    i = memchr_nl(b, j, end);
                }
                continue;
            }
            if j < end && b[j] == b'(' {
                let Some((args, close)) = call_args(b, j + 1, end) else {
                    return;
                };
                call(doc, scope, i..j, &args, commented);
                i = close + 1;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
}

fn memchr_nl(b: &[u8], from: usize, end: usize) -> usize {
    b[from..end]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(end, |p| from + p)
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The end (after the closing `'`) of the quoted string opening at `at`
/// (a backtick), nested quotes counted; `None` when it never closes.
fn quoted_end(b: &[u8], at: usize, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &c) in b[at..end].iter().enumerate() {
        match c {
            b'`' => depth += 1,
            b'\'' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + k + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// One argument: its content (inside the quotes when it is one quoted
/// string) and whether it was quoted.
struct Arg {
    inner: Range<usize>,
    quoted: bool,
}

/// The arguments of a call whose `(` ends just before `from`, and the
/// position of its closing `)`. `None` when it never closes.
fn call_args(b: &[u8], from: usize, end: usize) -> Option<(Vec<Arg>, usize)> {
    let mut args = Vec::new();
    let mut i = from;
    loop {
        // m4 drops unquoted blanks and newlines before an argument, and a
        // `dnl` there deletes through the end of its line.
        loop {
            while i < end && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
                i += 1;
            }
            if b[i..end].starts_with(b"dnl") && b.get(i + 3).is_none_or(|&c| !is_ident(c)) {
                i = memchr_nl(b, i, end);
                continue;
            }
            break;
        }
        let start = i;
        let mut parens = 0usize;
        let mut quotes = 0usize;
        let mut last_end = i;
        loop {
            if i >= end {
                return None;
            }
            let c = b[i];
            if c == b'`' {
                let q = quoted_end(b, i, end)?;
                quotes += 1;
                i = q;
                last_end = i;
                continue;
            }
            if c == b'(' {
                parens += 1;
            } else if c == b')' && parens > 0 {
                parens -= 1;
            } else if parens == 0 && (c == b',' || c == b')') {
                break;
            }
            if !matches!(c, b' ' | b'\t' | b'\r' | b'\n') {
                last_end = i + 1;
            }
            i += 1;
        }
        if args.len() < MAX_ARGS {
            let raw = start..last_end;
            let one_quote = quotes == 1 && b.get(start) == Some(&b'`') && b[last_end - 1] == b'\'';
            args.push(if one_quote {
                Arg {
                    inner: start + 1..last_end - 1,
                    quoted: true,
                }
            } else {
                Arg {
                    inner: raw,
                    quoted: false,
                }
            });
        }
        if b[i] == b')' {
            return Some((args, i));
        }
        i += 1;
    }
}

fn call(doc: &mut Document, scope: u32, name: Range<usize>, args: &[Arg], commented: bool) {
    let input = doc.input;
    let n = &input[name.clone()];
    let flags = if commented { super::flag::COMMENTED } else { 0 };
    let value = |doc: &mut Document, a: &Arg| {
        let quote = if a.quoted { Quote::Other } else { Quote::None };
        doc.val(a.inner.clone(), None, quote, ValKind::Literal)
    };
    match n {
        "define" => {
            let Some(key) = args.first().filter(|a| !a.inner.is_empty()) else {
                return;
            };
            let val = match args.get(1) {
                Some(a) => value(doc, a),
                None => doc.val(
                    key.inner.end..key.inner.end,
                    None,
                    Quote::None,
                    ValKind::Literal,
                ),
            };
            let k = key.inner.clone();
            doc.push(scope, [Seg::key(k.clone())], k, val, Syntax::Words, flags);
        }
        "FEATURE" => {
            let Some(feat) = args.first().filter(|a| !a.inner.is_empty()) else {
                return;
            };
            let val = match args.get(1) {
                Some(a) => value(doc, a),
                None => doc.val(feat.inner.clone(), None, Quote::None, ValKind::Presence),
            };
            let segs = [Seg::key(name.clone()), Seg::key(feat.inner.clone())];
            doc.push(
                scope,
                segs,
                name.start..feat.inner.end,
                val,
                Syntax::Words,
                flags,
            );
        }
        _ if n.bytes().all(|c| c.is_ascii_uppercase() || c == b'_') && n.len() > 1 => {
            let val = match args.first() {
                Some(a) => value(doc, a),
                None => doc.val(name.clone(), None, Quote::None, ValKind::Presence),
            };
            doc.push(
                scope,
                [Seg::key(name.clone())],
                name,
                val,
                Syntax::Words,
                flags,
            );
        }
        _ => {}
    }
}

/// `AuthInfo:host "U:user" "I:login" "P:password" "M:PLAIN"`.
fn auth_line(doc: &mut Document, line: Range<usize>, scope: u32, commented: bool) {
    let input = doc.input;
    let b = input.as_bytes();
    let flags = if commented { super::flag::COMMENTED } else { 0 };
    let tag = line.start..line.start + 8;
    let block = doc.open(scope, [Seg::key(tag.clone())], line.start, ScopeKind::Block);
    // The host: up to the first blank (a trailing `:` is part of what was
    // written: the key is looked up as written).
    let mut i = tag.end + 1;
    let host_start = i;
    while i < line.end && !matches!(b[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    let host = host_start..i;
    let val = doc.val(host.clone(), None, Quote::None, ValKind::Literal);
    doc.push(
        block,
        [Seg::key(tag.clone())],
        tag,
        val,
        Syntax::Words,
        flags,
    );
    // The items: `"X:value"` (or bare `X:value`), blank-separated.
    while i < line.end {
        while i < line.end && matches!(b[i], b' ' | b'\t' | b'\r') {
            i += 1;
        }
        if i >= line.end {
            break;
        }
        let (item, quote, next) = if b[i] == b'"' {
            let close = b[i + 1..line.end]
                .iter()
                .position(|&c| c == b'"')
                .map_or(line.end, |p| i + 1 + p);
            (i + 1..close, Quote::Double, (close + 1).min(line.end))
        } else {
            let mut j = i;
            while j < line.end && !matches!(b[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            (i..j, Quote::None, j)
        };
        i = next.max(i + 1);
        let Some(colon) = input[item.clone()].find(':').map(|c| item.start + c) else {
            continue;
        };
        if colon == item.start {
            continue;
        }
        let key = item.start..colon;
        let val = doc.val(colon + 1..item.end, None, quote, ValKind::Literal);
        doc.push(
            block,
            [Seg::key(key.clone())],
            key,
            val,
            Syntax::Words,
            flags,
        );
    }
    doc.close(block, line.end);
}

/// How much a line (trimmed) says `sendmail.mc` or `authinfo`. For the
/// sniffer.
pub fn evidence(t: &str) -> u32 {
    let t = t.strip_prefix("dnl ").map_or(t, str::trim_start);
    if t.starts_with("define(`") || t.starts_with("FEATURE(") {
        6
    } else if t.len() >= 9 && t.as_bytes()[..9].eq_ignore_ascii_case(b"authinfo:") {
        if t.contains("\"P:") || t.contains("\"U:") || t.contains("\"I:") {
            8
        } else {
            0
        }
    } else if [
        "MAILER(",
        "OSTYPE(",
        "VERSIONID(",
        "DOMAIN(",
        "MASQUERADE_AS(",
        "TRUST_AUTH_MECH(",
        "DAEMON_OPTIONS(",
        "undefine(`",
        "divert(",
    ]
    .iter()
    .any(|p| t.starts_with(p))
    {
        4
    } else if t == "dnl" || t.starts_with("dnl #") {
        2
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(p: &str, v: &str, c: bool) -> (String, String, bool) {
        (p.into(), v.into(), c)
    }

    #[test]
    fn calls_comments_and_authinfo_lines() {
        let cases = [
            (
                "divert(-1)dnl\ninclude(`/usr/share/sendmail-cf/m4/cf.m4')dnl\nOSTYPE(`linux')dnl\ndnl define(`SMART_HOST', `smtp.your.provider')dnl\ndefine(`SMART_HOST',`[smtp.postmarkapp.com]')dnl\ndefine(`RELAY_MAILER_ARGS', `TCP $h 587')dnl\ndefine(`confDEF_USER_ID',``8:12'')dnl\nFEATURE(`authinfo',`hash -o /etc/mail/authinfo.db')dnl\nFEATURE(masquerade_envelope) FEATURE(genericstable, `hash -o /etc/mail/gt')\ndefine(`confPRIVACY_FLAGS',dnl\n`authwarnings,novrfy')dnl\n",
                vec![
                    e("OSTYPE", "linux", false),
                    e("SMART_HOST", "smtp.your.provider", true),
                    e("SMART_HOST", "[smtp.postmarkapp.com]", false),
                    e("RELAY_MAILER_ARGS", "TCP $h 587", false),
                    e("confDEF_USER_ID", "`8:12'", false),
                    e("FEATURE.authinfo", "hash -o /etc/mail/authinfo.db", false),
                    e("FEATURE.masquerade_envelope", "masquerade_envelope", false),
                    e("FEATURE.genericstable", "hash -o /etc/mail/gt", false),
                    e("confPRIVACY_FLAGS", "authwarnings,novrfy", false),
                ],
            ),
            // A bare argument; a `#` line kept as commented out.
            (
                "# define(`SMART_HOST', `old.example')\ndefine(`SMART_HOST', relay:mail.example.org)\n",
                vec![
                    e("SMART_HOST", "old.example", true),
                    e("SMART_HOST", "relay:mail.example.org", false),
                ],
            ),
            (
                "AuthInfo:smtp.postmarkapp.com \"U:root\" \"I:abcd\" \"P:secret value\" \"M:PLAIN\"\nAuthInfo: \"U:x\"\n",
                vec![
                    e("AuthInfo.AuthInfo", "smtp.postmarkapp.com", false),
                    e("AuthInfo.U", "root", false),
                    e("AuthInfo.I", "abcd", false),
                    e("AuthInfo.P", "secret value", false),
                    e("AuthInfo.M", "PLAIN", false),
                    e("AuthInfo.AuthInfo", "", false),
                    e("AuthInfo.U", "x", false),
                ],
            ),
            // An unterminated call ends the region (no rescan per call).
            ("define(`SMART_HOST', `x\n", vec![]),
        ];
        for (src, want) in cases {
            assert_eq!(super::super::entries_read_by(src, read), want, "{src}");
        }
        let many = "define(`SMART_HOST', `x\n".repeat(1000);
        assert!(super::super::entries_read_by(&many, read).is_empty());
    }

    #[test]
    fn evidence_for_the_sniffer() {
        assert_eq!(evidence("define(`SMART_HOST', `x')dnl"), 6);
        assert_eq!(evidence("dnl define(`SMART_HOST', `x')dnl"), 6);
        assert_eq!(evidence("AuthInfo:h \"U:u\" \"P:p\""), 8);
        assert_eq!(evidence("AuthInfo: maybe"), 0);
        assert_eq!(evidence("host = smtp"), 0);
    }
}
