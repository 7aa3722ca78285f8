//! Remote lines: a host, a protocol word and its options, as nullmailer's
//! `/etc/nullmailer/remotes` writes them:
//!
//! ```text
//! smtp.postmarkapp.com smtp --port=587 --starttls --user=TOKEN --pass='TOKEN'
//! ```
//!
//! The syntax (nullmailer-send(8), "remotes" and "PROTOCOL OPTIONS"): one
//! remote a line; blank lines and lines starting with `#` are ignored; the
//! words follow the shell's quoting rules (`'…'` literal, `"…"` and bare
//! words with `\` escapes); the protocol word (default `smtp`) follows the
//! host; each option is `name=value` or a bare `name`, optionally prefixed
//! with `--`.
//!
//! Each line is a call scope named by its protocol (`smtp`): the host is
//! its first positional argument (`smtp(#0)`), each option a key inside
//! it (`smtp().port`); a bare option's value reads `yes`. Each byte is
//! read once.

use std::ops::Range;

use super::{lines_in, Document, ScopeKind, Seg, Syntax, ValKind};
use crate::model::Quote;

/// The protocols nullmailer ships modules for.
pub const PROTOCOLS: [&str; 2] = ["smtp", "qmqp"];

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    for line in lines_in(input, region) {
        let mut words = Words {
            input,
            at: line.start,
            end: line.end,
        };
        let Some(host) = words.next() else { continue };
        if input[host.raw.clone()].starts_with('#') {
            continue;
        }
        let mut next = words.next();
        let call = match &next {
            Some(w) if PROTOCOLS.contains(&&input[w.raw.clone()]) => {
                let proto = w.raw.clone();
                next = words.next();
                proto
            }
            // No protocol word: `smtp`, named by the host.
            _ => host.raw.clone(),
        };
        let inner = doc.open(scope, [Seg::call(call)], line.start, ScopeKind::Call);
        let v = doc.val(
            host.inner.clone(),
            host.decoded(input),
            host.quote,
            ValKind::Literal,
        );
        let at = host.raw.start;
        doc.push(inner, [Seg::arg(0)], at..at, v, Syntax::Words, 0);
        while let Some(w) = next {
            option(doc, inner, &w);
            next = words.next();
        }
        doc.close(inner, line.end);
    }
}

/// One option word: `--name=value`, `name=value`, `--name`, `name`.
fn option(doc: &mut Document, scope: u32, w: &Word) {
    let input = doc.input;
    let raw = &input[w.raw.clone()];
    let dashes = raw.len() - raw.trim_start_matches('-').len();
    let name_at = w.raw.start + dashes;
    let name_end = input[name_at..w.raw.end]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(w.raw.end, |i| name_at + i);
    if name_end == name_at {
        return;
    }
    let name = name_at..name_end;
    let v = if input.as_bytes().get(name_end) == Some(&b'=') {
        // The value: the rest of the word, unquoted.
        let mut rest = Words {
            input,
            at: name_end + 1,
            end: w.raw.end,
        };
        match rest.next() {
            Some(value) => doc.val(
                value.inner.clone(),
                value.decoded(input),
                value.quote,
                ValKind::Literal,
            ),
            None => doc.val(w.raw.end..w.raw.end, None, Quote::None, ValKind::Literal),
        }
    } else if name_end == w.raw.end {
        // A switch: on.
        doc.val(
            name.clone(),
            Some("yes".into()),
            Quote::None,
            ValKind::Literal,
        )
    } else {
        return;
    };
    doc.push(scope, [Seg::key(name.clone())], name, v, Syntax::Words, 0);
}

/// One shell word.
pub(super) struct Word {
    pub raw: Range<usize>,
    /// Inside the quotes when the word is one quoted string.
    pub inner: Range<usize>,
    pub text: String,
    pub quote: Quote,
}

impl Word {
    pub fn decoded(&self, input: &str) -> Option<String> {
        (input.get(self.inner.clone()) != Some(self.text.as_str())).then(|| self.text.clone())
    }
}

/// The shell words of `input[at..end]` (a `\\` at a line end joins the
/// next line).
pub(super) struct Words<'a> {
    pub input: &'a str,
    pub at: usize,
    pub end: usize,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let b = self.input.as_bytes();
        // Blanks, and a `\` that continues the line on the next one.
        loop {
            while self.at < self.end && matches!(b[self.at], b' ' | b'\t' | b'\r' | b'\n') {
                self.at += 1;
            }
            if b.get(self.at) == Some(&b'\\')
                && matches!(b.get(self.at + 1), Some(b'\n' | b'\r'))
                && self.at + 1 < self.end
            {
                self.at += 1;
                continue;
            }
            break;
        }
        if self.at >= self.end {
            return None;
        }
        let start = self.at;
        let mut text = String::new();
        let mut parts = 0;
        let mut inner = start..start;
        let mut quote = Quote::None;
        while self.at < self.end {
            let c = b[self.at];
            match c {
                b' ' | b'\t' | b'\r' | b'\n' => break,
                // A continuation, as skipped above (its line end inside the
                // text read; one past it leaves the backslash a word).
                b'\\'
                    if matches!(b.get(self.at + 1), Some(b'\n' | b'\r'))
                        && self.at + 1 < self.end =>
                {
                    break
                }
                b'\'' | b'"' => {
                    let body = self.at + 1;
                    let mut i = body;
                    while i < self.end && b[i] != c {
                        if c == b'"' && b[i] == b'\\' && i + 1 < self.end {
                            i += 1;
                        }
                        let n = char_len(self.input, i);
                        text.push_str(&self.input[i..i + n]);
                        i += n;
                    }
                    inner = body..i;
                    quote = if c == b'"' {
                        Quote::Double
                    } else {
                        Quote::Single
                    };
                    self.at = (i + 1).min(self.end);
                    parts += 1;
                }
                b'\\' if self.at + 1 < self.end => {
                    let n = char_len(self.input, self.at + 1);
                    text.push_str(&self.input[self.at + 1..self.at + 1 + n]);
                    self.at += 1 + n;
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
                    while self.at < self.end
                        && !matches!(
                            b[self.at],
                            b' ' | b'\t' | b'\r' | b'\n' | b'\'' | b'"' | b'\\'
                        )
                    {
                        self.at += 1;
                    }
                    text.push_str(&self.input[run..self.at]);
                    inner = run..self.at;
                    parts += 1;
                }
            }
        }
        if parts != 1 {
            inner = start..self.at;
            quote = Quote::None;
        }
        Some(Word {
            raw: start..self.at,
            inner,
            text,
            quote,
        })
    }
}

fn char_len(input: &str, at: usize) -> usize {
    input[at..].chars().next().map_or(1, char::len_utf8)
}

/// Whether a line is a remote: a host name or address, a protocol word,
/// and option words (`--port=587`, `starttls`). For the sniffer.
pub fn is_remote_line(t: &str) -> bool {
    let mut words = t.split([' ', '\t']).filter(|w| !w.is_empty());
    let (Some(host), Some(proto)) = (words.next(), words.next()) else {
        return false;
    };
    let host_like = host
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b':' | b'[' | b']'));
    // A bare name (`mailhog`, a compose service) counts with an option
    // after it; a domain or an address alone.
    let named = host.contains(['.', ':']) || t.contains(" --");
    // A host ends in no `:`: `foreman::email_delivery_method: smtp` is a
    // YAML key (Hiera's class parameters), not a remote.
    host_like
        && !host.ends_with(':')
        && named
        && PROTOCOLS.contains(&proto)
        && words.all(|w| {
            let name = w.trim_start_matches('-');
            let name = name.split('=').next().unwrap_or("");
            !name.is_empty()
                && name
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::super::{pair as e, pairs_read_by, Document, ROOT};
    use super::*;

    fn entries(src: &str) -> Vec<(String, String)> {
        pairs_read_by(src, read)
    }

    #[test]
    fn options_with_and_without_dashes() {
        let src = "# relay\nsmtp.postmarkapp.com smtp --port=587 --starttls --user=abc --pass='p w'\n\nbackup.example.org smtp port=2525 tls insecure\n";
        assert_eq!(
            entries(src),
            [
                e("smtp(#0)", "smtp.postmarkapp.com"),
                e("smtp().port", "587"),
                e("smtp().starttls", "yes"),
                e("smtp().user", "abc"),
                e("smtp().pass", "p w"),
                e("smtp(#0)", "backup.example.org"),
                e("smtp().port", "2525"),
                e("smtp().tls", "yes"),
                e("smtp().insecure", "yes"),
            ]
        );
    }

    #[test]
    fn spans_point_into_the_input() {
        let src = "h.example smtp --pass=\"a\\\"b\" --user=u\n";
        let mut doc = Document::empty(src);
        read(&mut doc, 0..src.len(), ROOT);
        assert_eq!(doc.text_of(&doc.entries[1].value), "a\"b");
        assert_eq!(&src[doc.entries[2].value.span()], "u");
        assert_eq!(doc.key_of(&doc.entries[2]), "user");
    }

    #[test]
    fn remote_lines_for_the_sniffer() {
        assert!(is_remote_line(
            "smtp.postmarkapp.com smtp --port=587 --starttls"
        ));
        assert!(is_remote_line("10.0.0.1 smtp"));
        assert!(!is_remote_line("mailhub=smtp.example.com:587"));
        assert!(!is_remote_line("relayhost smtp"));
        assert!(is_remote_line("mailhog smtp --port=1025"));
        assert!(!is_remote_line("smtp.example.com smtp user@example.com"));
    }

    #[test]
    fn a_backslash_ending_the_text_is_a_word_and_the_words_end() {
        // A command cut after its continuation backslash (the fuzzer's
        // `curl … \` at the end of a paste) made no progress: a hang.
        for (src, end) in [("curl --url x \\", 14), ("curl --url x \\\n", 14)] {
            let words: Vec<String> = Words {
                input: src,
                at: 0,
                end,
            }
            .take(10)
            .map(|w| w.text)
            .collect();
            assert_eq!(words, ["curl", "--url", "x", "\\"], "{src:?}");
        }
    }
}
