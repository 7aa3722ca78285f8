//! Quoted strings, the way each syntax writes them: which escapes it has,
//! whether a quote may be doubled, whether the string may span lines.

use std::ops::Range;

/// How backslashes and quotes work inside one kind of string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escapes {
    /// Nothing is an escape (shell and TOML single quotes, Go raw strings).
    None,
    /// C-style: `\n`, `\t`, `\"`, `\\`, `\uXXXX`, `\u{X}`, `\xHH`…
    /// (JSON, JavaScript, Python, Java, C#, Go, TOML, YAML double quotes).
    Backslash,
    /// Only `\<quote>` and `\\` (PHP and Ruby single quotes).
    Minimal,
    /// Shell double quotes and dotenv: `\"`, `\\`, `\$`, `` \` `` (and `\n` for dotenv).
    Shell,
    /// A doubled quote stands for one (YAML single quotes, C# `@"…"`, SQL).
    Doubled,
}

/// A string literal as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The content between the quotes.
    pub content: Range<usize>,
    /// The decoded text, when escapes changed it.
    pub decoded: Option<String>,
    /// Just past the closing quote.
    pub after: usize,
}

/// Reads a string whose opening quote (`open_len` bytes) starts at `start`
/// and which closes with `close`. `multiline`: the string may contain line
/// breaks (else an unclosed string ends reading at the line end: `None`).
pub fn read(
    input: &str,
    start: usize,
    open_len: usize,
    close: &str,
    escapes: Escapes,
    multiline: bool,
) -> Option<Quoted> {
    let bytes = input.as_bytes();
    let body = start + open_len;
    if body > bytes.len() {
        return None;
    }
    let close_b = close.as_bytes();
    let q = *close_b.first()?;
    let mut decoded: Option<String> = None;
    let mut i = body;
    // Where the undecoded run that is not yet copied into `decoded` starts.
    let mut run = body;
    while i < bytes.len() {
        // Jump to the next byte that can matter.
        i = next_stop(bytes, i, q);
        let Some(&c) = bytes.get(i) else { break };
        if c == q && bytes[i..].starts_with(close_b) {
            if escapes == Escapes::Doubled && close_b.len() == 1 && bytes.get(i + 1) == Some(&q) {
                let d = decoded.get_or_insert_with(String::new);
                d.push_str(&input[run..i + 1]);
                i += 2;
                run = i;
                continue;
            }
            if let Some(d) = decoded.as_mut() {
                d.push_str(&input[run..i]);
            }
            return Some(Quoted {
                content: body..i,
                decoded,
                after: i + close_b.len(),
            });
        }
        if (c == b'\n' || c == b'\r') && !multiline {
            return None;
        }
        if c == b'\\' {
            if let Some((ch, len)) = escape(input, i, q, escapes) {
                let d = decoded.get_or_insert_with(String::new);
                d.push_str(&input[run..i]);
                if let Some(ch) = ch {
                    d.push(ch);
                }
                i += len;
                run = i;
                continue;
            }
        }
        i += 1;
    }
    None
}

/// The first byte at or after `from` that may end or escape a string
/// closing with `q`: the quote, a backslash or a line break (`bytes.len()`
/// when none). Eight bytes a step: every quoted value and code string goes
/// through here, and a byte loop made four compares per byte.
#[inline]
fn next_stop(bytes: &[u8], from: usize, q: u8) -> usize {
    use super::ascii::{line_break_bytes, splat, word, zero_bytes};
    // The line breaks' exact tests only for a word with a control byte
    // (see `line_break_bytes`): most words of a string have none.
    let stops =
        |w: u64| zero_bytes(w ^ splat(q)) | zero_bytes(w ^ splat(b'\\')) | line_break_bytes(w);
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let hits = stops(word(chunk));
        if hits != 0 {
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .position(|&c| c == q || c == b'\\' || c == b'\n' || c == b'\r')
        .map_or(bytes.len(), |p| at + p)
}

/// The escape at `i` (a backslash): the character it stands for (`None`
/// for a line continuation) and its length; `None` when it is no escape.
fn escape(input: &str, i: usize, q: u8, escapes: Escapes) -> Option<(Option<char>, usize)> {
    let next = input[i + 1..].chars().next()?;
    let simple = |c: char| Some((Some(c), 1 + next.len_utf8()));
    match escapes {
        Escapes::None | Escapes::Doubled => None,
        Escapes::Minimal => match next {
            '\\' => simple('\\'),
            c if c as u32 == u32::from(q) => simple(c),
            _ => None,
        },
        Escapes::Shell => match next {
            '"' | '\\' | '$' | '`' => simple(next),
            'n' => simple('\n'),
            '\n' => Some((None, 2)),
            c if c as u32 == u32::from(q) => simple(c),
            _ => None,
        },
        Escapes::Backslash => match next {
            'n' => simple('\n'),
            't' => simple('\t'),
            'r' => simple('\r'),
            '0' => simple('\0'),
            'b' => simple('\u{8}'),
            'f' => simple('\u{c}'),
            'a' => simple('\u{7}'),
            'v' => simple('\u{b}'),
            'e' => simple('\u{1b}'),
            '_' => simple('\u{a0}'),
            'u' | 'U' | 'x' => unicode_escape(&input[i..]).map(|(ch, len)| (Some(ch), len)),
            '\n' => Some((None, 2)),
            c => simple(c),
        },
    }
}

/// Decodes `\uXXXX`, `\u{X…}`, `\UXXXXXXXX` or `\xHH` at the start of `s`
/// (which begins with the backslash): the character and the escape's length.
pub fn unicode_escape(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let hex = |from: usize, to: usize| -> Option<u32> {
        let digits = s.get(from..to)?;
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    };
    let (code, len) = match b.get(1)? {
        b'u' if b.get(2) == Some(&b'{') => {
            let close = s.get(3..)?.find('}')? + 3;
            if close > 9 {
                return None;
            }
            (hex(3, close)?, close + 1)
        }
        b'u' => (hex(2, 6)?, 6),
        b'U' => (hex(2, 10)?, 10),
        b'x' => (hex(2, 4)?, 4),
        _ => return None,
    };
    Some((char::from_u32(code)?, len))
}

/// Trims ASCII spaces and tabs (and a stray `\r`) off both ends of `range`.
pub fn trim(input: &str, range: Range<usize>) -> Range<usize> {
    // Byte loops: the char-set patterns of `trim_*_matches` decode every
    // char, and this runs on most values of every reader.
    let b = input.get(range.clone()).unwrap_or("").as_bytes();
    let lead = b
        .iter()
        .position(|c| !matches!(c, b' ' | b'\t'))
        .unwrap_or(b.len());
    let trail = b
        .iter()
        .rev()
        .position(|c| !matches!(c, b' ' | b'\t' | b'\r'))
        .unwrap_or(b.len());
    let start = range.start + lead;
    let end = range.end - trail;
    start..end.max(start)
}

/// `s.trim_start()`, with the common case first: a text that starts with
/// an ASCII byte other than whitespace is returned as it is (the Unicode
/// scan of `trim_start` cost more than a short line's reading).
#[inline]
pub fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => s,
        _ => s.trim_start(),
    }
}

/// `s.trim()`, with a byte test first: most lines and values neither start
/// nor end with whitespace, and `str::trim` decodes chars at both ends.
pub fn trim_str(s: &str) -> &str {
    let plain =
        |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '));
    if plain(s.as_bytes().first()) && plain(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// `s` without its leading blanks (spaces and tabs).
pub fn trim_blanks_start(s: &str) -> &str {
    let n = s.bytes().take_while(|b| matches!(b, b' ' | b'\t')).count();
    s.get(n..).unwrap_or("")
}

/// The smart quotes that a word processor or a chat tool puts around text.
pub const SMART_QUOTES: [char; 6] = ['\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '«', '»'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_are_found_where_a_byte_loop_finds_them() {
        let slow = |b: &[u8], from: usize, q: u8| {
            (from..b.len())
                .find(|&i| matches!(b[i], b'\\' | b'\n' | b'\r') || b[i] == q)
                .unwrap_or(b.len())
        };
        // Stops at every offset, among bytes one away from them and high
        // bytes (the borrow cases of the word trick).
        for len in 0..30 {
            for at in 0..=len {
                for stop in [b'"', b'\'', b'\\', b'\n', b'\r'] {
                    let mut b: Vec<u8> = (0..len)
                        .map(|i| [b'a', b'#', b'!', b'&', 0x5b, 0x5d, 0x0b, 0xa2, 0x00][i % 9])
                        .collect();
                    if at < len {
                        b[at] = stop;
                    }
                    for from in 0..=len {
                        for q in [b'"', b'\''] {
                            assert_eq!(
                                next_stop(&b, from, q),
                                slow(&b, from, q),
                                "{b:?} {from} {q}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn byte_trims_match_the_char_trims() {
        let texts = [
            "",
            " ",
            "x",
            "  x ",
            "\tx\t",
            "\x0bx",
            "\u{a0}x",
            "\u{3000} x",
            "\r\n x",
            " \r",
            "é ",
            "  é\t\r",
        ];
        for t in texts {
            assert_eq!(trim_start(t), t.trim_start(), "{t:?}");
            let r = trim(t, 0..t.len());
            let want = t.trim_start_matches([' ', '\t']);
            let start = t.len() - want.len();
            let end = t.len() - (t.len() - t.trim_end_matches([' ', '\t', '\r']).len());
            assert_eq!(r, start..end.max(start), "{t:?}");
            assert_eq!(trim_blanks_start(t), want, "{t:?}");
        }
    }

    fn content(s: &str, esc: Escapes) -> Option<String> {
        let q = &s[..1];
        read(s, 0, 1, q, esc, false).map(|r| r.decoded.unwrap_or_else(|| s[r.content].to_string()))
    }

    #[test]
    fn escapes_per_kind() {
        assert_eq!(
            content(r#""a\"b""#, Escapes::Backslash).as_deref(),
            Some("a\"b")
        );
        assert_eq!(
            content(r#"'c\d'"#, Escapes::Minimal).as_deref(),
            Some("c\\d")
        );
        assert_eq!(
            content(r#"'it\'s'"#, Escapes::Minimal).as_deref(),
            Some("it's")
        );
        assert_eq!(
            content(r#"'it''s'"#, Escapes::Doubled).as_deref(),
            Some("it's")
        );
        assert_eq!(content(r#"'a\'"#, Escapes::None).as_deref(), Some("a\\"));
        assert_eq!(
            content(r#""tok\u200b""#, Escapes::Backslash).as_deref(),
            Some("tok\u{200b}")
        );
        assert_eq!(
            content(r#""a\u{A0}b\x41""#, Escapes::Backslash).as_deref(),
            Some("a\u{a0}bA")
        );
        assert_eq!(content(r#""p\$x""#, Escapes::Shell).as_deref(), Some("p$x"));
        assert_eq!(content("'open", Escapes::None), None);
        assert_eq!(content("'a\nb'", Escapes::None), None);
    }

    #[test]
    fn verbatim_has_no_decoded_text() {
        let r = read("\"plain\" tail", 0, 1, "\"", Escapes::Backslash, false).unwrap();
        assert_eq!(r.decoded, None);
        assert_eq!(r.content, 1..6);
        assert_eq!(r.after, 7);
        let r = read("\"\"\"a\"b\"\"\"", 0, 3, "\"\"\"", Escapes::Backslash, true).unwrap();
        assert_eq!(r.content, 3..6);
    }
}
