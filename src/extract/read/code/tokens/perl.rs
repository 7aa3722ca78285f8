//! What Perl writes that the shared tokenizer's tables cannot say
//! (perlop "Quote and Quote-like Operators", perlpod, perldata):
//!
//! * POD blocks (`=pod`, `=head1` … `=cut`, at the start of a line) and
//!   everything after `__END__` / `__DATA__` are no code;
//! * `q(…)` (like `'…'`) and `qq{…}` (like `"…"`), with any delimiter;
//!   `qw(…)` is read as one string (a list of words, never a setting);
//! * heredocs (`<<"END"`, `<<'END'`, `<<END`, `<<~END`): a string whose
//!   body is the next lines up to the terminator line;
//! * `$h{key}`, `$h->{key}`, `$h{a}{b}`: a hash subscript whose bareword
//!   key is a string, given to the structure builder as `[ "key" ]`.

use super::{push, read_perl_string, Strs, Tok, Token, P};
use crate::extract::read::code::lang::StringKind;
use crate::extract::read::strings::Escapes;

/// What to do at byte `i` (not a blank, not a line break).
pub(super) enum Step {
    /// Nothing Perl-specific here.
    No,
    /// Go on reading at this byte.
    To(usize),
    /// The code ends here.
    Stop,
}

/// Perl's own constructs at `i` (a byte `opens` marks `PERL`), in the
/// region starting at `start`. `heredoc_end`: where the bodies of the
/// heredocs opened on the current line end (the tokenizer goes on there
/// after the line).
pub(super) fn at(
    input: &str,
    (start, i, end): (usize, usize, usize),
    heredoc_end: &mut usize,
    scanned: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Step {
    let bytes = input.as_bytes();
    let rest = &input[i..end];
    let line_start = || i == start || matches!(bytes[i - 1], b'\n' | b'\r');
    match bytes[i] {
        b'=' if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) && line_start() => {
            // POD: up to the line after `=cut`, or the end.
            let after = rest
                .find("\n=cut")
                .map_or(end, |p| super::line_end(input, i + p + 1, end));
            Step::To(after)
        }
        b'_' if (rest.starts_with("__END__") || rest.starts_with("__DATA__")) && line_start() => {
            Step::Stop
        }
        b'<' if rest.starts_with("<<") => {
            heredoc(input, i, end, heredoc_end, toks, strs).map_or(Step::No, Step::To)
        }
        b'q' => quote_like(input, i, end, scanned, toks, strs).map_or(Step::No, Step::To),
        b'{' if subscript_opens(input, i, toks) => {
            subscript(input, i, end, scanned, toks, strs).map_or(Step::No, Step::To)
        }
        // `@array` and `%hash` are names as `$scalar` is (`%` is an
        // operator unless a name follows at once).
        b'@' => Step::To(sigiled_name(i, end, bytes, toks)),
        b'%' if bytes
            .get(i + 1)
            .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'_') =>
        {
            Step::To(sigiled_name(i, end, bytes, toks))
        }
        _ => Step::No,
    }
}

/// The name whose sigil is at `i`, pushed as an identifier: the byte after.
fn sigiled_name(i: usize, end: usize, bytes: &[u8], toks: &mut Vec<Token>) -> usize {
    let e = i
        + 1
        + bytes[i + 1..end]
            .iter()
            .position(|&b| !super::is_ident_byte(b))
            .unwrap_or(end - i - 1);
    push(toks, Tok::Ident, i..e);
    e
}

/// The closing delimiter of a quote-like operator opened by `open`.
fn closer(open: u8) -> Option<&'static str> {
    Some(match open {
        b'(' => ")",
        b'{' => "}",
        b'[' => "]",
        b'<' => ">",
        b'/' => "/",
        b'|' => "|",
        b'!' => "!",
        b'~' => "~",
        b'#' => "#",
        b'"' => "\"",
        b'\'' => "'",
        _ => return None,
    })
}

/// `q(…)`, `qq{…}`, `qw/…/` at `i`: the byte after the string.
fn quote_like(
    input: &str,
    i: usize,
    end: usize,
    scanned: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    let bytes = input.as_bytes();
    // Not the end of a longer name (`$seq(`), nor a hash key `q =>`.
    if i > 0 && (super::is_ident_byte(bytes[i - 1]) || matches!(bytes[i - 1], b'$' | b'@' | b'%')) {
        return None;
    }
    let word = match bytes.get(i + 1) {
        Some(b'q' | b'w') => 2,
        _ => 1,
    };
    let open_at = i + word;
    let close = closer(*bytes.get(open_at)?)?;
    let interpolating = word == 2 && bytes[i + 1] == b'q';
    let kind = StringKind {
        open: &close[..0],
        close,
        escapes: if interpolating {
            Escapes::Backslash
        } else {
            Escapes::Minimal
        },
        interpolation: interpolating.then_some("$"),
        multiline: true,
    };
    // (`open` is empty: the delimiter is one byte, read from `open_at + 1`.)
    read_perl_string(input, (i, open_at + 1, end), kind, scanned, toks, strs)
}

/// Whether the `{` at `i` subscripts a hash: glued to `$name`, to a
/// subscript's end, or after `->`.
fn subscript_opens(input: &str, i: usize, toks: &[Token]) -> bool {
    let Some(last) = toks.last() else {
        return false;
    };
    let glued = last.span.end as usize == i;
    match last.tok {
        Tok::Ident => glued && input.as_bytes()[last.span.start as usize] == b'$',
        Tok::Punct(P::RBracket) => glued,
        Tok::Punct(P::Arrow) => true,
        _ => false,
    }
}

/// `{key}`, `{'key'}`, `{"key"}` at `i` as `[`, the key string, `]`: the
/// byte after the `}`, or `None` (left to the tokenizer) when the
/// subscript holds anything else (`{$k}`, an expression).
fn subscript(
    input: &str,
    i: usize,
    end: usize,
    scanned: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    let bytes = input.as_bytes();
    let blanks = |mut j: usize| {
        while j < end && matches!(bytes[j], b' ' | b'\t') {
            j += 1;
        }
        j
    };
    let k = blanks(i + 1);
    let marks = (toks.len(), strs.strs.len(), strs.decoded.len());
    // `$h->{key}` is `$h{key}` through a reference: the arrow goes (a
    // subscript after `->` would start a new path).
    let arrow = toks.last().filter(|t| t.is(P::Arrow)).cloned();
    if arrow.is_some() {
        toks.pop();
    }
    push(toks, Tok::Punct(P::LBracket), i..i + 1);
    let after_key = match bytes.get(k) {
        Some(b'\'' | b'"') => {
            let close = if bytes[k] == b'"' { "\"" } else { "'" };
            let kind = StringKind {
                open: &close[..0],
                close,
                escapes: Escapes::Minimal,
                interpolation: None,
                multiline: false,
            };
            read_perl_string(input, (k, k + 1, end), kind, scanned, toks, strs)
        }
        Some(&c) if c == b'-' || super::is_ident_byte(c) => {
            let s = if c == b'-' { k + 1 } else { k };
            let e = s + bytes[s..end]
                .iter()
                .position(|&b| !super::is_ident_byte(b))
                .unwrap_or(end - s);
            (e > s).then(|| {
                strs.strs.push(super::StrTok::new(
                    s..e,
                    super::StrTok::VERBATIM,
                    crate::model::Quote::None,
                    false,
                ));
                push(toks, Tok::Str((strs.strs.len() - 1) as u32), s..e);
                e
            })
        }
        _ => None,
    };
    let close = after_key
        .map(blanks)
        .filter(|&j| bytes.get(j) == Some(&b'}'));
    match close {
        Some(j) => {
            push(toks, Tok::Punct(P::RBracket), j..j + 1);
            Some(j + 1)
        }
        None => {
            toks.truncate(marks.0.saturating_sub(usize::from(arrow.is_some())));
            toks.extend(arrow);
            strs.strs.truncate(marks.1);
            strs.decoded.truncate(marks.2);
            None
        }
    }
}

/// A heredoc opened at `i` (`<<"TAG"`, `<<'TAG'`, `<<TAG`, `<<~TAG`): its
/// body becomes one string token; `heredoc_end` moves past its terminator
/// line. The byte after the opener, or `None` (a shift, `<<` then a space).
fn heredoc(
    input: &str,
    i: usize,
    end: usize,
    heredoc_end: &mut usize,
    toks: &mut Vec<Token>,
    strs: &mut Strs,
) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut j = i + 2;
    let indented = bytes.get(j) == Some(&b'~');
    j += usize::from(indented);
    let quote = match bytes.get(j) {
        Some(&q @ (b'"' | b'\'')) => {
            j += 1;
            Some(q)
        }
        Some(c) if c.is_ascii_alphabetic() || *c == b'_' => None,
        _ => return None,
    };
    let tag_start = j;
    while j < end && super::is_ident_byte(bytes[j]) {
        j += 1;
    }
    let tag = &input[tag_start..j];
    if tag.is_empty() || quote.is_some_and(|q| bytes.get(j) != Some(&q)) {
        return None;
    }
    let after = j + usize::from(quote.is_some());
    // The body: from the line after this one (or after an earlier
    // heredoc's terminator) up to the line that is the tag.
    let body = (super::line_end(input, i, end) + 1)
        .max(*heredoc_end)
        .min(end);
    let mut line = body;
    let mut close = None;
    while line < end {
        let stop = super::line_end(input, line, end);
        let text = &input[line..stop];
        let text = if indented { text.trim_start() } else { text };
        if text.trim_end_matches('\r') == tag {
            close = Some((line, (stop + 1).min(end)));
            break;
        }
        line = stop + 1;
    }
    let (content_end, past) = close.unwrap_or((end, end));
    let interpolated = quote != Some(b'\'') && input[body..content_end].contains('$');
    strs.strs.push(super::StrTok::new(
        body..content_end,
        super::StrTok::VERBATIM,
        crate::model::Quote::Other,
        interpolated,
    ));
    push(toks, Tok::Str((strs.strs.len() - 1) as u32), i..after);
    *heredoc_end = past;
    Some(after)
}
