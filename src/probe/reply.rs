//! SMTP replies and EHLO capabilities, parsed from raw bytes.
//!
//! Pure functions (no I/O), so they can be unit-tested and fuzzed: whatever a
//! server sends, they return a value or an error, never panic, and never
//! accept more than the caps below (a hostile server cannot make the probe
//! buffer without bound).

/// Longest reply line accepted, CRLF included. RFC 5321 allows 512 octets;
/// real servers stay well under this.
pub const MAX_LINE: usize = 4096;
/// Most lines in one (multi-line) reply.
pub const MAX_LINES: usize = 256;
/// Most bytes in one reply.
pub const MAX_REPLY: usize = 64 * 1024;

/// One complete SMTP reply: a three-digit code and its text lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    /// The text after the code and separator, one entry per line (lossy UTF-8).
    pub lines: Vec<String>,
}

impl Reply {
    /// 2xx.
    pub fn is_positive(&self) -> bool {
        (200..300).contains(&self.code)
    }
    /// 3xx (e.g. `334` AUTH challenge, `354` start mail input).
    pub fn is_intermediate(&self) -> bool {
        (300..400).contains(&self.code)
    }
    /// The reply as one line for messages: `535 5.7.8 Authentication failed`.
    pub fn quoted(&self) -> String {
        let text = self.lines.join(" / ");
        let text = text.trim();
        if text.is_empty() {
            self.code.to_string()
        } else {
            format!("{} {}", self.code, text)
        }
    }
}

/// Why bytes are not a valid reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplyError {
    /// A line does not start with three digits and a separator.
    Malformed(String),
    /// A line is longer than [`MAX_LINE`].
    LineTooLong,
    /// More than [`MAX_LINES`] lines or [`MAX_REPLY`] bytes.
    TooLong,
}

impl std::fmt::Display for ReplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplyError::Malformed(line) => write!(f, "text that is not an SMTP reply: “{line}”"),
            ReplyError::LineTooLong => write!(f, "a reply line longer than {MAX_LINE} bytes"),
            ReplyError::TooLong => write!(
                f,
                "a reply that does not end (more than {MAX_LINES} lines or {} KiB)",
                MAX_REPLY / 1024
            ),
        }
    }
}

/// Parses the first reply in `input`.
///
/// `Ok(Some((reply, consumed)))` when a complete reply is there,
/// `Ok(None)` when more bytes are needed, `Err` when the bytes can never
/// become a valid reply within the caps. Lines end with LF (CRLF accepted).
pub fn parse_reply(input: &[u8]) -> Result<Option<(Reply, usize)>, ReplyError> {
    let mut pos = 0;
    let mut code = None;
    let mut lines = Vec::new();
    loop {
        let rest = &input[pos..];
        let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
            if rest.len() >= MAX_LINE {
                return Err(ReplyError::LineTooLong);
            }
            if pos + rest.len() > MAX_REPLY {
                return Err(ReplyError::TooLong);
            }
            // An incomplete line that already cannot be a reply line.
            check_prefix(rest)?;
            return Ok(None);
        };
        if nl + 1 > MAX_LINE {
            return Err(ReplyError::LineTooLong);
        }
        let raw = &rest[..nl];
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        pos += nl + 1;
        let (this_code, last, text) = split_line(line)?;
        // RFC 5321 wants the same code on every line; servers that differ are
        // still understood by the code of the first line.
        let code = *code.get_or_insert(this_code);
        lines.push(text);
        if last {
            return Ok(Some((Reply { code, lines }, pos)));
        }
        if lines.len() >= MAX_LINES || pos > MAX_REPLY {
            return Err(ReplyError::TooLong);
        }
    }
}

/// Code, whether this is the last line, and the text of one reply line.
fn split_line(line: &[u8]) -> Result<(u16, bool, String), ReplyError> {
    let malformed = || ReplyError::Malformed(shown(line));
    if line.len() < 3
        || !line[..3].iter().all(u8::is_ascii_digit)
        || line[0] < b'2'
        || line[0] > b'5'
    {
        return Err(malformed());
    }
    let code = line[..3]
        .iter()
        .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    match line.get(3) {
        None => Ok((code, true, String::new())),
        Some(b' ') => Ok((code, true, String::from_utf8_lossy(&line[4..]).into_owned())),
        Some(b'-') => Ok((
            code,
            false,
            String::from_utf8_lossy(&line[4..]).into_owned(),
        )),
        Some(_) => Err(malformed()),
    }
}

/// Fails early on a partial line that can no longer be a reply line
/// (e.g. TLS bytes or an HTTP server), so the caller need not wait for LF.
fn check_prefix(partial: &[u8]) -> Result<(), ReplyError> {
    let ok = partial.iter().take(4).enumerate().all(|(i, &b)| match i {
        0 => (b'2'..=b'5').contains(&b),
        1 | 2 => b.is_ascii_digit(),
        _ => b == b' ' || b == b'-' || b == b'\r',
    });
    if ok {
        Ok(())
    } else {
        Err(ReplyError::Malformed(shown(partial)))
    }
}

/// A short printable excerpt of raw bytes for messages.
pub fn shown(bytes: &[u8]) -> String {
    let text: String = String::from_utf8_lossy(&bytes[..bytes.len().min(60)])
        .chars()
        .map(|c| if c.is_control() { '·' } else { c })
        .collect();
    if bytes.len() > 60 {
        format!("{text}…")
    } else {
        text
    }
}

/// What a server said about itself in its EHLO reply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ehlo {
    /// The domain the server names on the first line.
    pub domain: String,
    /// Every capability keyword (upper-cased) with its parameters.
    pub capabilities: Vec<(String, Vec<String>)>,
}

impl Ehlo {
    pub fn has(&self, keyword: &str) -> bool {
        self.capabilities
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(keyword))
    }

    pub fn starttls(&self) -> bool {
        self.has("STARTTLS")
    }

    /// AUTH mechanisms, upper-cased, from `AUTH a b` and the old `AUTH=a b` form.
    pub fn auth_mechanisms(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (k, params) in &self.capabilities {
            if k == "AUTH" || k == "AUTH=" {
                for p in params {
                    let p = p.to_ascii_uppercase();
                    if !p.is_empty() && !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
        }
        out
    }

    /// The `SIZE` limit, when advertised with a number.
    pub fn size(&self) -> Option<u64> {
        self.capabilities
            .iter()
            .find(|(k, _)| k == "SIZE")
            .and_then(|(_, p)| p.first()?.parse().ok())
    }
}

/// Reads the capabilities of a positive EHLO reply.
pub fn parse_ehlo(reply: &Reply) -> Ehlo {
    let mut lines = reply.lines.iter();
    let domain = lines
        .next()
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("")
        .to_string();
    let capabilities = lines
        .filter_map(|line| {
            // `AUTH=LOGIN PLAIN` (pre-RFC 4954 servers) counts as AUTH.
            let line = line.trim();
            let (keyword, rest) = match line.split_once([' ', '=']) {
                Some((k, r)) => (k, r),
                None => (line, ""),
            };
            if keyword.is_empty() {
                return None;
            }
            let params = rest.split_whitespace().map(str::to_string).collect();
            Some((keyword.to_ascii_uppercase(), params))
        })
        .collect();
    Ehlo {
        domain,
        capabilities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(input: &str) -> Reply {
        parse_reply(input.as_bytes()).unwrap().unwrap().0
    }

    #[test]
    fn single_and_multi_line() {
        assert_eq!(reply("220 mx ESMTP\r\n").code, 220);
        let r = reply("250-mx\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\nXX");
        assert_eq!(r.lines, ["mx", "STARTTLS", "AUTH PLAIN LOGIN"]);
        assert_eq!(
            parse_reply(b"250-mx\r\n250 OK\r\nrest").unwrap().unwrap().1,
            16
        );
        assert_eq!(reply("250\r\n").lines, [""]);
        assert_eq!(reply("250 ok\n").quoted(), "250 ok");
    }

    #[test]
    fn incomplete_needs_more() {
        assert_eq!(parse_reply(b""), Ok(None));
        assert_eq!(parse_reply(b"22"), Ok(None));
        assert_eq!(parse_reply(b"250-mx\r\n250 OK"), Ok(None));
    }

    #[test]
    fn garbage_fails_early() {
        assert!(matches!(
            parse_reply(b"\x16\x03\x01"),
            Err(ReplyError::Malformed(_))
        ));
        assert!(matches!(
            parse_reply(b"HTTP/1.1 400"),
            Err(ReplyError::Malformed(_))
        ));
        assert!(matches!(
            parse_reply(b"220x\r\n"),
            Err(ReplyError::Malformed(_))
        ));
    }

    #[test]
    fn caps() {
        let long = vec![b'2'; MAX_LINE + 1];
        assert_eq!(parse_reply(&long), Err(ReplyError::LineTooLong));
        let mut endless = Vec::new();
        for _ in 0..MAX_LINES + 1 {
            endless.extend_from_slice(b"250-x\r\n");
        }
        assert_eq!(parse_reply(&endless), Err(ReplyError::TooLong));
    }

    #[test]
    fn ehlo_capabilities() {
        let e = parse_ehlo(&reply(
            "250-smtp.example Hello\r\n250-SIZE 10485760\r\n250-starttls\r\n250-AUTH=LOGIN\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n",
        ));
        assert_eq!(e.domain, "smtp.example");
        assert!(e.starttls());
        assert_eq!(e.auth_mechanisms(), ["LOGIN", "PLAIN", "CRAM-MD5"]);
        assert_eq!(e.size(), Some(10485760));
        assert!(!parse_ehlo(&reply("250 only\r\n")).starttls());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            if let Ok(Some((r, n))) = parse_reply(&bytes) {
                proptest::prop_assert!(n <= bytes.len());
                let _ = parse_ehlo(&r);
            }
        }
    }
}
