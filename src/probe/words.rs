//! Plain words for texts the probe does not write itself: error texts of
//! rustls, webpki and the OS can carry Rust debug names
//! (`Other(OtherError(CaUsedAsEndEntity))`, `HandshakeFailure`). People
//! read these, so wrappers go and names become lower-case words.

/// `Other(OtherError(CaUsedAsEndEntity))` → `ca used as end entity`;
/// `received fatal alert: HandshakeFailure` → `received fatal alert: handshake failure`.
/// Text without such names comes back unchanged. Linear in the text.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Closing parentheses owed to dropped `Name(` wrappers, per nesting level.
    let mut stack: Vec<bool> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_alphabetic() {
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_alphanumeric() || d == '_' {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            let wrapper = chars.peek().is_some_and(|&(_, d)| d == '(')
                && word.starts_with(|c: char| c.is_ascii_uppercase());
            if wrapper {
                chars.next();
                stack.push(true);
            } else if is_camel(word) {
                out.push_str(&split_camel(word));
            } else {
                out.push_str(word);
            }
            continue;
        }
        match c {
            '(' => {
                stack.push(false);
                out.push(c);
            }
            ')' => match stack.pop() {
                Some(true) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out
}

/// `HandshakeFailure`, `caUsed`: a lower-case letter followed by an upper-case one.
fn is_camel(word: &str) -> bool {
    let b = word.as_bytes();
    b.windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

fn split_camel(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    let mut prev_lower = false;
    for c in word.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(if c == '_' {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_names_become_words() {
        assert_eq!(
            plain("Other(OtherError(CaUsedAsEndEntity))"),
            "ca used as end entity"
        );
        assert_eq!(
            plain("received fatal alert: HandshakeFailure"),
            "received fatal alert: handshake failure"
        );
        assert_eq!(
            plain("Connection refused (os error 111)"),
            "Connection refused (os error 111)"
        );
        assert_eq!(
            plain("TLSv1.3 with TLS13_AES_128"),
            "TLSv1.3 with TLS13_AES_128"
        );
        assert_eq!(plain("unbalanced ) and (x"), "unbalanced ) and (x");
        assert_eq!(plain("é Ünïcode(x)"), "é Ünïcode(x)");
    }
}
