//! Reading one value: quoted strings (with the escapes of the common
//! languages) and references to values the page cannot see.

use std::ops::Range;

use crate::model::{Quote, Value};

/// A quoted string read from `input` starting at `start` (which holds the
/// opening quote). Returns the value and the offset just past the closing
/// quote, or `None` when the string is not closed on this line (or, for
/// triple quotes, at all).
pub fn read_quoted(input: &str, start: usize) -> Option<(Value, usize)> {
    let bytes = input.as_bytes();
    let q = *bytes.get(start)?;
    let quote = match q {
        b'\'' => Quote::Single,
        b'"' => Quote::Double,
        b'`' => Quote::Backtick,
        _ => return None,
    };
    // Python/TOML triple quotes: no escapes handled beyond the content.
    if input[start..].starts_with(if q == b'"' { "\"\"\"" } else { "'''" }) {
        let triple = &input[start..start + 3];
        let body = start + 3;
        let end = input[body..].find(triple)? + body;
        let value = Value::verbatim(input, body..end, Quote::Other);
        return Some((value, end + 3));
    }
    let body = start + 1;
    let mut text = String::new();
    let mut verbatim = true;
    let mut i = body;
    while i < bytes.len() {
        // Copy the run up to the next quote, backslash or line break at once.
        let run = bytes[i..]
            .iter()
            .position(|&c| c == q || c == b'\\' || c == b'\n')
            .map_or(bytes.len(), |p| i + p);
        text.push_str(&input[i..run]);
        i = run;
        let Some(&c) = bytes.get(i) else {
            break;
        };
        if c == q {
            let value = Value {
                text,
                span: body..i,
                quote,
                verbatim,
                reference: None,
            };
            return Some((value, i + 1));
        }
        if c == b'\n' && q != b'`' {
            return None;
        }
        if c == b'\\' && i + 1 < bytes.len() {
            let next = input[i + 1..].chars().next()?;
            // Single quotes keep backslashes literally in shell, PHP (except \' and \\),
            // Ruby and YAML; we follow PHP/Ruby: only \' and \\ are escapes there.
            let decoded = match (q, next) {
                (b'\'', '\'') | (b'\'', '\\') => Some(next),
                (b'\'', _) => None,
                (_, 'n') => Some('\n'),
                (_, 't') => Some('\t'),
                (_, 'r') => Some('\r'),
                (_, '0') => Some('\0'),
                (_, c) if c == q as char || c == '\\' || c == '/' || c == '$' => Some(c),
                _ => None,
            };
            if let Some(ch) = decoded {
                text.push(ch);
                verbatim = false;
                i += 1 + next.len_utf8();
                continue;
            }
            // `\u200b`, `\u{200B}`, `\xA0` (JS, JSON, Python, PHP, C#): an
            // invisible character written as an escape is still in the value.
            if q != b'\'' {
                if let Some((ch, len)) = unicode_escape(&input[i..]) {
                    text.push(ch);
                    verbatim = false;
                    i += len;
                    continue;
                }
            }
        }
        let ch = input[i..].chars().next()?;
        text.push(ch);
        i += ch.len_utf8();
    }
    None
}

/// Decodes `\uXXXX`, `\u{X…}` or `\xHH` at the start of `s` (which
/// begins with the backslash): the character and the escape's length.
fn unicode_escape(s: &str) -> Option<(char, usize)> {
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
            let close = s[3..].find('}')? + 3;
            if close > 9 {
                return None;
            }
            (hex(3, close)?, close + 1)
        }
        b'u' => (hex(2, 6)?, 6),
        b'x' => (hex(2, 4)?, 4),
        _ => return None,
    };
    Some((char::from_u32(code)?, len))
}

/// The smart quotes that a word processor or a chat tool puts around text.
pub const SMART_QUOTES: [char; 6] = ['\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '«', '»'];

/// Recognises a reference to a value defined elsewhere, returning the
/// expression's name for messages. Covers the forms the spec lists:
/// `${VAR}`, `$VAR`, `env('X')`, `getenv('X')`, `os.environ["X"]`,
/// `os.getenv`, `process.env.X`, `ENV["X"]`, `ENV.fetch`, `${{ secrets.X }}`,
/// `%env(X)%`, `Environment.GetEnvironmentVariable`, and any other code
/// expression that is not a plain literal.
pub fn reference_in(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    const MARKERS: [&str; 16] = [
        "${",
        "process.env",
        "import.meta.env",
        "os.environ",
        "os.getenv",
        "getenv(",
        "env(",
        "ENV[",
        "ENV.fetch",
        "%env(",
        "Environment.GetEnvironmentVariable",
        "System.getenv",
        "Rails.application.credentials",
        "config(",
        "secrets.",
        "<%=",
    ];
    // One pass over the value, trying only the markers that start with the
    // byte at hand: this runs for every value of every line and string.
    const STARTS: [bool; 256] = first_bytes(&MARKERS);
    let bytes = t.as_bytes();
    let marked = (0..bytes.len()).any(|i| {
        STARTS[usize::from(bytes[i])]
            && MARKERS.iter().any(|m| {
                let m = m.as_bytes();
                // Two bytes by hand before the (out-of-line) compare.
                m[0] == bytes[i] && bytes.get(i + 1) == m.get(1) && bytes[i..].starts_with(m)
            })
    });
    if marked {
        return Some(t.to_string());
    }
    // `$VAR` / `$VAR_NAME` alone (shell, compose): a variable, not a literal.
    if let Some(rest) = t.strip_prefix('$') {
        if !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '{' || c == '}')
            && rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '{')
        {
            return Some(t.to_string());
        }
    }
    None
}

/// Which bytes start one of `words`, as a lookup table.
const fn first_bytes(words: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < words.len() {
        table[words[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
}

/// Trims ASCII spaces and tabs; returns the trimmed range inside `range`.
pub fn trim_range(input: &str, range: Range<usize>) -> Range<usize> {
    let s = &input[range.clone()];
    let start = range.start + (s.len() - s.trim_start_matches([' ', '\t']).len());
    let end = range.end - (s.len() - s.trim_end_matches([' ', '\t', '\r']).len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_and_escapes() {
        let s = r#"x = "a\"b" + 'c\d'"#;
        let (v, end) = read_quoted(s, 4).unwrap();
        assert_eq!(v.text, "a\"b");
        assert!(!v.verbatim);
        assert_eq!(&s[end..end + 2], " +");
        let (v, _) = read_quoted(s, 13).unwrap();
        assert_eq!(v.text, "c\\d");
        assert!(v.verbatim);
        assert!(read_quoted("'open", 0).is_none());
        let (v, _) = read_quoted(r#""tok\u200b" "a\u{A0}b\x41""#, 0).unwrap();
        assert_eq!(v.text, "tok\u{200b}");
        let (v, _) = read_quoted(r#""a\u{A0}b\x41""#, 0).unwrap();
        assert_eq!(v.text, "a\u{a0}bA");
    }

    #[test]
    fn finds_references() {
        for r in [
            "env('MAIL_PASSWORD')",
            "${SMTP_PASS}",
            "process.env.SMTP_PASS",
            "os.environ['X']",
            "${{ secrets.POSTMARK }}",
            "$SMTP_PASS",
            "ENV.fetch('X')",
        ] {
            assert!(reference_in(r).is_some(), "{r}");
        }
        for l in ["smtp.postmarkapp.com", "587", "$2y$10$abc", "pa$$word"] {
            assert!(reference_in(l).is_none(), "{l}");
        }
    }
}
