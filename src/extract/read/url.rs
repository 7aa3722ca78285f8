//! SMTP URLs and DSNs (`smtp://user:pass@host:587?verify_peer=0`), read by
//! hand (no regex): scheme, user, password, host (`[IPv6]` too), port, path,
//! query parameters and fragment, each with the bytes it occupies in the
//! pasted text and its percent-decoded text.
//!
//! Two readings matter. Every common client (PHP `parse_url`, Python
//! `urlparse`, Node `url.parse`, Go `net/url`) ends the authority at the
//! first `/`, `?` or `#` and takes the user information up to the LAST `@`
//! before it. When a password holds an unencoded `/`, `?` or `#`, that
//! reading splits the URL in the wrong place. [`parse`] returns what the
//! person meant (the credentials up to the `@` that is followed by a host),
//! so the host and port checks look at the real host, and
//! [`SmtpUrl::credentials`] says which characters must be percent-encoded.

use std::borrow::Cow;
use std::ops::Range;

pub use super::bridges::{self, Bridge};

/// What a scheme asks the client to do. The meaning of each depends on the
/// client (Django's `smtps://` is STARTTLS): dialects decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// `smtp://`
    Smtp,
    /// `smtps://`
    Smtps,
    /// `smtp+tls://`, `smtp+starttls://`
    SmtpTls,
    /// `smtp+ssl://`
    SmtpSsl,
    /// `submission://` (dj-email-url: port 587 with STARTTLS)
    Submission,
    /// A Symfony Mailer provider bridge's SMTP transport
    /// (`postmark+smtp://ID@default`, `brevo+smtp://USER:KEY@default`): the
    /// bridge fixes the host, port, TLS and login (see [`bridges`]).
    Bridge(&'static Bridge),
    /// `mailto://` (Apprise's e-mail service; see `tables/apprise.rs`):
    /// clear text unless `?mode=` says otherwise.
    Mailto,
    /// `mailtos://` (Apprise): STARTTLS unless `?mode=` says otherwise.
    Mailtos,
}

impl Scheme {
    /// Whether this is Symfony's Postmark bridge (`postmark+smtp://`).
    pub fn is_postmark(self) -> bool {
        matches!(self, Scheme::Bridge(b) if b.is_postmark())
    }

    /// Whether a scheme this module reads can start with this byte: every
    /// value is asked, most answered here.
    #[inline]
    pub fn may_start_with(b: u8) -> bool {
        matches!(
            b.to_ascii_lowercase(),
            b's' | b'p' | b'm' | b'b' | b'g' | b'i' | b'r'
        )
    }

    /// The SMTP schemes this module reads; anything else (`null://`,
    /// `sendmail://`, `ses+https://`) is not an SMTP URL.
    pub fn from_word(word: &str) -> Option<Scheme> {
        Self::exact(word).or_else(|| Self::with_auth_suffix(word))
    }

    /// `smtp+plain`, `smtps+login`, aerc's `smtp+insecure+plain`: the base
    /// scheme with an authentication (or aerc's `insecure`) suffix, which
    /// changes how the client logs in, not where it connects; clients that
    /// mean more by it read the scheme's text. Tried only after the exact
    /// names, and rejected on one byte (a `+` after `smtp`/`smtps`): it runs
    /// for every `://` of the paste.
    fn with_auth_suffix(word: &str) -> Option<Scheme> {
        let b = word.as_bytes();
        let base = match (b.get(4), b.get(5)) {
            (Some(b'+'), _) => 4,
            (_, Some(b'+')) => 5,
            _ => return None,
        };
        let (head, rest) = (&word[..base], &word[base + 1..]);
        if !rest.split('+').all(auth_suffix) {
            return None;
        }
        if head.eq_ignore_ascii_case("smtp") {
            Some(Scheme::Smtp)
        } else if head.eq_ignore_ascii_case("smtps") {
            Some(Scheme::Smtps)
        } else {
            None
        }
    }

    fn exact(word: &str) -> Option<Scheme> {
        // Lower-cased on the stack (the longest scheme is a bridge's): asked
        // for every `://` of the paste, an allocation each was most of it.
        let mut buf = [0u8; bridges::LONGEST_SCHEME];
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"smtp" => Scheme::Smtp,
            // RFC 8314 names implicit TLS submission `submissions` (Authelia).
            b"smtps" | b"submissions" => Scheme::Smtps,
            b"smtp+tls" | b"smtp+starttls" => Scheme::SmtpTls,
            b"smtp+ssl" => Scheme::SmtpSsl,
            b"submission" => Scheme::Submission,
            b"mailto" => Scheme::Mailto,
            b"mailtos" => Scheme::Mailtos,
            other => Scheme::Bridge(bridges::by_scheme(other)?),
        })
    }
}

/// A scheme suffix naming an authentication mechanism (SASL names, aerc's
/// `none`) or aerc's `insecure` (no STARTTLS, or with `smtps` no
/// certificate check).
fn auth_suffix(word: &str) -> bool {
    [
        "plain",
        "login",
        "none",
        "oauthbearer",
        "xoauth2",
        "insecure",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// One part of the URL: its bytes in the input and its decoded text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub raw: Range<usize>,
    /// Percent-decoded (and, in the query, `+` read as a space).
    pub text: String,
}

impl Part {
    /// Whether decoding changed the text (so offsets in `text` do not map
    /// to the input by addition).
    pub fn decoded(&self, input: &str) -> bool {
        input.get(self.raw.clone()) != Some(self.text.as_str())
    }
}

/// `key=value` in the query string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub key: Part,
    pub value: Option<Part>,
}

/// A parsed SMTP URL; all ranges are byte offsets in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpUrl {
    pub span: Range<usize>,
    /// The scheme as written; `text` is lowercase.
    pub scheme: Part,
    pub kind: Scheme,
    /// Everything before the `@` that precedes the host (raw).
    pub userinfo: Option<Range<usize>>,
    pub user: Option<Part>,
    pub password: Option<Part>,
    /// The host without IPv6 brackets in `text` (`raw` keeps them).
    pub host: Option<Part>,
    pub port: Option<Part>,
    pub path: Range<usize>,
    pub query: Vec<Param>,
    pub fragment: Option<Range<usize>>,
}

impl SmtpUrl {
    /// The first query parameter with this name (ASCII case-insensitive).
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.query
            .iter()
            .find(|p| p.key.text.eq_ignore_ascii_case(name))
    }

    /// The port as a number, when it is written as one.
    pub fn port_number(&self) -> Option<u16> {
        self.port.as_ref()?.text.parse().ok()
    }

    /// Characters in the user or password that must be percent-encoded,
    /// with the encoded form; `None` when the credentials are clean.
    pub fn credentials(&self, input: &str) -> Option<Credentials> {
        let userinfo = self.userinfo.clone()?;
        let mut chars = Vec::new();
        let mut scan = |part: &Part, in_password: bool| {
            let raw = input.get(part.raw.clone()).unwrap_or("");
            let bytes = raw.as_bytes();
            for (index, (i, c)) in raw.char_indices().enumerate() {
                let bad = match c {
                    '@' | '/' | '#' | '?' => true,
                    ':' => true,
                    '%' => {
                        !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
                    }
                    _ => false,
                };
                if bad {
                    chars.push(Unencoded {
                        at: part.raw.start + i,
                        index,
                        ch: c,
                        in_password,
                        // A `:` after the first one is legal in a password and
                        // every parser splits user and password at the first.
                        harmless: c == ':' && in_password,
                    });
                }
            }
        };
        if let Some(u) = &self.user {
            scan(u, false);
        }
        if let Some(p) = &self.password {
            scan(p, true);
        }
        if chars.is_empty() {
            return None;
        }
        let raw = |p: &Option<Part>| {
            p.as_ref()
                .and_then(|p| input.get(p.raw.clone()))
                .unwrap_or("")
                .to_string()
        };
        let mut encoded = encode_userinfo(&raw(&self.user));
        if self.password.is_some() {
            encoded.push(':');
            encoded.push_str(&encode_userinfo(&raw(&self.password)));
        }
        // What a client reads: the authority ends at the first `/ ? #`.
        let authority_end = input[self.scheme.raw.end..self.span.end]
            .find("://")
            .map(|i| self.scheme.raw.end + i + 3)
            .and_then(|a| input[a..self.span.end].find(['/', '?', '#']).map(|j| a + j))
            .unwrap_or(self.span.end);
        Some(Credentials {
            userinfo: userinfo.clone(),
            user: self.user.as_ref().map(|p| p.raw.clone()),
            password: self.password.as_ref().map(|p| p.raw.clone()),
            splits_wrong: authority_end < userinfo.end || chars.iter().any(|c| c.ch == '%'),
            chars,
            encoded_userinfo: encoded,
        })
    }
}

/// A character that should have been percent-encoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unencoded {
    /// Byte offset in the input.
    pub at: usize,
    /// Character position (0-based) inside the user or the password, for
    /// messages that must not show the secret itself.
    pub index: usize,
    pub ch: char,
    pub in_password: bool,
    /// A `:` inside the password: legal, parsers split at the first `:`.
    pub harmless: bool,
}

/// The credentials of a URL that need encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// `user:password` as written (raw bytes in the input).
    pub userinfo: Range<usize>,
    pub user: Option<Range<usize>>,
    pub password: Option<Range<usize>>,
    pub chars: Vec<Unencoded>,
    /// Whether a standard parser reads a different user, password or host
    /// than the one meant (a `/ ? #` in the credentials, or a `%` that is
    /// not an escape).
    pub splits_wrong: bool,
    /// `user:password` correctly percent-encoded. A SECRET: redact it
    /// before it goes into any message.
    pub encoded_userinfo: String,
}

/// Percent-encodes one user or password: everything but RFC 3986
/// unreserved characters; valid `%XX` escapes are kept as they are.
pub fn encode_userinfo(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || escape {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    out
}

/// Decodes `%XX` escapes (invalid ones stay as written); `plus` reads `+`
/// as a space (query strings).
pub fn percent_decode(raw: &str, plus: bool) -> String {
    match percent_decode_bytes(raw.as_bytes(), plus) {
        Cow::Borrowed(_) => raw.to_string(),
        Cow::Owned(out) => String::from_utf8_lossy(&out).into_owned(),
    }
}

/// [`percent_decode`] on bytes, borrowing them when there is nothing to
/// decode (most parts); the scrubber decodes URL credentials with it.
pub fn percent_decode_bytes(bytes: &[u8], plus: bool) -> Cow<'_, [u8]> {
    if !(bytes.contains(&b'%') || plus && bytes.contains(&b'+')) {
        return Cow::Borrowed(bytes);
    }
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
            if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if plus && b == b'+' { b' ' } else { b });
        i += 1;
    }
    Cow::Owned(out)
}

fn part(input: &str, raw: Range<usize>, plus: bool) -> Part {
    let text = percent_decode(input.get(raw.clone()).unwrap_or(""), plus);
    Part { raw, text }
}

/// [`url_end_ahead`] for one URL alone (the tests' reference).
#[cfg(test)]
fn url_end(input: &str, start: usize) -> usize {
    url_end_ahead(input, start, &mut Ahead::default())
}

/// What lies ahead of a URL on its line, remembered between the URLs of
/// one pass (which come in order): where the line's text stops (a line
/// end, a quote, `<`, `>`, a backtick) and where the next `@` is. Each is
/// searched again only once the URLs have passed it, so the searches cover
/// the paste once, however many URLs share one long line.
#[derive(Default)]
struct Ahead {
    stop: Found,
    at: Found,
}

/// The last search: the first match at or after `.0` is at `.1` (the
/// input's length when there is none).
#[derive(Default)]
struct Found(Option<(usize, usize)>);

impl Found {
    fn next(&mut self, bytes: &[u8], q: usize, hit: impl Fn(u8) -> bool) -> usize {
        match self.0 {
            Some((from, pos)) if from <= q && q <= pos => pos,
            _ => {
                let pos = bytes[q..]
                    .iter()
                    .position(|&b| hit(b))
                    .map_or(bytes.len(), |i| q + i);
                self.0 = Some((q, pos));
                pos
            }
        }
    }
}

/// Where a URL starting at `start` (its scheme) ends: at a blank, a quote,
/// `<`, `>`, a backtick or the line end; trailing `.,;` and an unbalanced
/// `)` are punctuation around it, not part of it. `ahead` keeps the line's
/// look-ahead across the URLs of one pass.
fn url_end_ahead(input: &str, start: usize, ahead: &mut Ahead) -> usize {
    let bytes = input.as_bytes();
    let mut end = start + word_end(&input[start..]);
    // `smtp://user:pass word@host`: a blank copied into the credentials
    // does not end the URL when what follows on the line finishes them.
    if !bytes[start..end].contains(&b'@') {
        let stop = ahead.stop.next(bytes, end, |b| {
            matches!(b, b'\n' | b'\r' | b'"' | b'\'' | b'`' | b'<' | b'>')
        });
        let at = ahead.at.next(bytes, end, |b| b == b'@');
        if at < stop {
            end = bytes[at..stop]
                .iter()
                .position(|&b| b == b' ' || b == b'\t')
                .map_or(stop, |w| at + w);
        }
    }
    // Trailing punctuation, and `)` that close more than the URL opens
    // (counted once, and only when the URL ends in a `)`: the count kept
    // as they are cut).
    let mut parens: Option<(usize, usize)> = None;
    while end > start {
        match bytes[end - 1] {
            b',' | b';' | b'.' => end -= 1,
            b')' => {
                let (opens, closes) = parens.get_or_insert_with(|| {
                    bytes[start..end].iter().fold((0, 0), |(o, c), &b| {
                        (o + usize::from(b == b'('), c + usize::from(b == b')'))
                    })
                });
                if *closes <= *opens {
                    break;
                }
                end -= 1;
                *closes -= 1;
            }
            _ => break,
        }
    }
    end
}

/// Where a URL's word ends: the first whitespace (as `char::is_whitespace`
/// has it), quote, backtick, `<` or `>`. ASCII bytes are tested as bytes;
/// only a multi-byte character is decoded (a char-by-char search decoded
/// every byte of every URL).
fn word_end(rest: &str) -> usize {
    // Per byte: 0 goes on, 1 ends the word, 2 starts a multi-byte character.
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = if c >= 0x80 {
                2
            } else if matches!(c, b'\t'..=b'\r' | b' ' | b'"' | b'\'' | b'`' | b'<' | b'>') {
                1
            } else {
                0
            };
            b += 1;
        }
        t
    };
    let b = rest.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match CLASS[usize::from(c)] {
            0 => i += 1,
            1 => return i,
            _ => {
                // `i` is on a character boundary: ASCII bytes and whole
                // characters were stepped over.
                let ch = rest[i..].chars().next().unwrap_or(' ');
                if ch.is_whitespace() {
                    return i;
                }
                i += ch.len_utf8();
            }
        }
    }
    b.len()
}

/// The first `://` at or after `from`: a byte search for `:` (this runs on
/// every value, mostly short, where a substring searcher's set-up dominates).
fn scheme_sep(bytes: &[u8], from: usize) -> Option<usize> {
    use super::ascii::{splat, word, zero_bytes};
    let sep = |at: usize| bytes.get(at + 1) == Some(&b'/') && bytes.get(at + 2) == Some(&b'/');
    // The `:` bytes eight at a time (every paste is searched whole, and
    // YAML and JSON write a `:` on most lines: a byte loop restarted at
    // each cost more than the rest of the search).
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut hits = zero_bytes(word(chunk) ^ splat(b':'));
        while hits != 0 {
            let at = i + (hits.trailing_zeros() / 8) as usize;
            if sep(at) {
                return Some(at);
            }
            hits &= hits - 1;
        }
        i += 8;
    }
    (i..bytes.len()).find(|&at| bytes[at] == b':' && sep(at))
}

/// Every SMTP URL in the text: the byte range of each, scheme first. A
/// scheme counts only at a word start (`ses+smtp://` is not `smtp://`).
pub fn find_all(input: &str) -> Vec<Range<usize>> {
    let bytes = input.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    let mut ahead = Ahead::default();
    while let Some(sep) = scheme_sep(bytes, from) {
        from = sep + 3;
        let mut s = sep;
        while s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] == b'+') {
            s -= 1;
        }
        if s > 0 && matches!(bytes[s - 1], b'-' | b'.' | b'_' | b'+') {
            continue;
        }
        if Scheme::from_word(&input[s..sep]).is_none() {
            continue;
        }
        let end = url_end_ahead(input, s, &mut ahead);
        if out.last().is_some_and(|r: &Range<usize>| r.end > s) {
            continue;
        }
        out.push(s..end);
        from = end.max(from);
    }
    out
}

/// Host characters (names, IPv4, bracketed IPv6) and a port: what may
/// follow the `@` of real credentials.
fn plausible_hostport(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(':')
        && s.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':' | b'[' | b']' | b'%')
        })
}

/// A host and an optional numeric port.
fn valid_hostport(s: &str) -> bool {
    let port = if s.starts_with('[') {
        s.rfind("]:").map(|i| &s[i + 2..])
    } else {
        s.split_once(':').map(|(_, p)| p)
    };
    plausible_hostport(s)
        && port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `x:y` where `y` is not a port number (nor empty after a plain host):
/// what was written is `user:password`, not `host:port`.
fn credentials_without_host(authority: &str) -> bool {
    if authority.starts_with('[') {
        return false;
    }
    match authority.split_once(':') {
        // (`token:` with nothing after it is a login cut short too.)
        Some((_, port)) => port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()),
        None => false,
    }
}

/// Parses the URL at `span` of `input`. `None` when it is not an SMTP URL
/// (unknown scheme, no `://`).
pub fn parse(input: &str, span: Range<usize>) -> Option<SmtpUrl> {
    let text = input.get(span.clone())?;
    let sep = scheme_sep(text.as_bytes(), 0)?;
    let kind = Scheme::from_word(&text[..sep])?;
    let scheme = Part {
        raw: span.start..span.start + sep,
        text: text[..sep].to_ascii_lowercase(),
    };
    let a = span.start + sep + 3;
    let rest = &input[a..span.end];
    let naive_end = rest
        .as_bytes()
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    // The `@` that ends the credentials: the last one followed by a host.
    // Past the first `/ ? #` it must follow `user:password` text that is
    // not a query (`?from=a@b.c` holds an address, not credentials).
    let mut at: Option<usize> = None;
    for (i, _) in rest.rmatch_indices('@') {
        let after = &rest[i + 1..];
        let host_end = after
            .as_bytes()
            .iter()
            .position(|&b| matches!(b, b'/' | b'?' | b'#'))
            .unwrap_or(after.len());
        let before = &rest[..i];
        let beyond = i > naive_end;
        // A real query follows a real host: `host:25?from=a@b.c`.
        let query_like = before.find('?').is_some_and(|q| {
            let authority = &before[..naive_end.min(q)];
            let hostport = authority.rsplit('@').next().unwrap_or(authority);
            valid_hostport(hostport) && before[q..].contains(['=', '&'])
        });
        if plausible_hostport(&after[..host_end])
            && (!beyond || (before.contains(':') && !query_like))
        {
            at = Some(i);
            break;
        }
    }
    // No plausible host after any `@`: still, an `@` inside the authority
    // ends the credentials, as every URL parser reads it (never take
    // `user:password` for `host:port`).
    let at = at.or_else(|| {
        // (An unencoded `/`, `#` or `?` in the password hides the `@` from a
        // strict parser; the credentials still end at the last `@`.)
        let i = rest.rfind('@')?;
        // …unless it sits in a real query after a real host (`host:25?from=a@b.c`).
        let real_query =
            i > naive_end && valid_hostport(&rest[..naive_end]) && rest[naive_end..i].contains('=');
        (!real_query).then_some(i)
    });
    let (userinfo, hp_start) = match at {
        Some(i) => (Some(a..a + i), a + i + 1),
        // `smtp://token:secret` with no `@host`: a "port" that is not a
        // number means credentials whose host is missing (never show the
        // token as a host name).
        None if credentials_without_host(&rest[..naive_end]) => {
            (Some(a..a + naive_end), a + naive_end)
        }
        None => (None, a),
    };
    let (user, password) = match &userinfo {
        Some(u) => {
            let s = &input[u.clone()];
            match s.find(':') {
                Some(c) => (
                    Some(part(input, u.start..u.start + c, false)),
                    Some(part(input, u.start + c + 1..u.end, false)),
                ),
                None => (Some(part(input, u.clone(), false)), None),
            }
        }
        None => (None, None),
    };
    let hp = &input[hp_start..span.end];
    let hp_len = hp
        .as_bytes()
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(hp.len());
    let hostport = hp_start..hp_start + hp_len;
    let (host, port) = split_hostport(input, hostport.clone());
    // Path, query, fragment.
    let tail = &input[hostport.end..span.end];
    let q = tail
        .as_bytes()
        .iter()
        .position(|&b| matches!(b, b'?' | b'#'))
        .unwrap_or(tail.len());
    let path = hostport.end..hostport.end + q;
    let mut query = Vec::new();
    let mut fragment = None;
    if tail[q..].starts_with('?') {
        let qs = hostport.end + q + 1;
        let qe = input[qs..span.end].find('#').map_or(span.end, |i| qs + i);
        let mut p = qs;
        for piece in input[qs..qe].split('&') {
            let r = p..p + piece.len();
            p += piece.len() + 1;
            if piece.is_empty() {
                continue;
            }
            let param = match piece.find('=') {
                Some(e) => Param {
                    key: part(input, r.start..r.start + e, true),
                    value: Some(part(input, r.start + e + 1..r.end, true)),
                },
                None => Param {
                    key: part(input, r, true),
                    value: None,
                },
            };
            query.push(param);
        }
        if qe < span.end {
            fragment = Some(qe + 1..span.end);
        }
    } else if tail[q..].starts_with('#') {
        fragment = Some(hostport.end + q + 1..span.end);
    }
    Some(SmtpUrl {
        span,
        scheme,
        kind,
        userinfo,
        user,
        password,
        host,
        port,
        path,
        query,
        fragment,
    })
}

fn split_hostport(input: &str, r: Range<usize>) -> (Option<Part>, Option<Part>) {
    let s = &input[r.clone()];
    if s.is_empty() {
        return (None, None);
    }
    let (host_raw, port_at) = if s.starts_with('[') {
        match s.find(']') {
            Some(e) => (r.start..r.start + e + 1, r.start + e + 1),
            None => (r.clone(), r.end),
        }
    } else {
        let c = s.find(':').map_or(r.end, |c| r.start + c);
        (r.start..c, c)
    };
    let host = if host_raw.is_empty() {
        None
    } else {
        let mut h = part(input, host_raw.clone(), false);
        if h.text.starts_with('[') && h.text.ends_with(']') && h.text.len() >= 2 {
            h.text = h.text[1..h.text.len() - 1].to_string();
        }
        Some(h)
    };
    let port = (port_at < r.end && input[port_at..].starts_with(':'))
        .then(|| part(input, port_at + 1..r.end, false));
    (host, port)
}

/// Writes a URL with its credentials hidden (`smtp://…@host:587?x=1`), for
/// fix texts. `host` and `port` replace the written ones when given.
pub fn display(
    input: &str,
    url: &SmtpUrl,
    scheme: Option<&str>,
    host: Option<&str>,
    port: Option<u16>,
    drop_params: &[&str],
) -> String {
    let mut out = String::new();
    out.push_str(scheme.unwrap_or(&input[url.scheme.raw.clone()]));
    out.push_str("://");
    if url.userinfo.is_some() {
        out.push_str("…@");
    }
    match (host, &url.host) {
        (Some(h), _) => out.push_str(h),
        (None, Some(h)) => out.push_str(&input[h.raw.clone()]),
        (None, None) => {}
    }
    match (port, &url.port) {
        (Some(p), _) => out.push_str(&format!(":{p}")),
        (None, Some(p)) => {
            out.push(':');
            out.push_str(&input[p.raw.clone()]);
        }
        (None, None) => {}
    }
    out.push_str(&input[url.path.clone()]);
    let kept: Vec<&str> = url
        .query
        .iter()
        .filter(|p| {
            !drop_params
                .iter()
                .any(|d| p.key.text.eq_ignore_ascii_case(d))
        })
        // A "parameter" holding `@`, `:` or `?` is credentials misread as a
        // query (an unencoded `?` in the password): never repeat it. An
        // address after the host (Shoutrrr's `?fromaddress=a@b.io`) is a
        // real parameter: the credentials end before the host.
        .filter(|p| {
            let end = p.value.as_ref().map_or(p.key.raw.end, |v| v.raw.end);
            let raw = &input[p.key.raw.start..end];
            let after_host = url
                .host
                .as_ref()
                .is_some_and(|h| p.key.raw.start >= h.raw.end);
            raw.len() <= 64 && !raw.contains([':', '?']) && (after_host || !raw.contains('@'))
        })
        .map(|p| {
            let end = p.value.as_ref().map_or(p.key.raw.end, |v| v.raw.end);
            &input[p.key.raw.start..end]
        })
        .collect();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> SmtpUrl {
        parse(s, 0..s.len()).expect("parses")
    }
    fn text(p: &Option<Part>) -> &str {
        p.as_ref().map_or("", |p| p.text.as_str())
    }

    #[test]
    fn plain_url() {
        let s = "smtp://0f5a1c2e-8b3d-4e6f-9a7b-1c2d3e4f5a6b:0f5a1c2e-8b3d-4e6f-9a7b-1c2d3e4f5a6b@smtp.postmarkapp.com:587?verify_peer=0&auth_mode=login";
        let u = one(s);
        assert_eq!(u.kind, Scheme::Smtp);
        assert_eq!(text(&u.user), "0f5a1c2e-8b3d-4e6f-9a7b-1c2d3e4f5a6b");
        assert_eq!(text(&u.host), "smtp.postmarkapp.com");
        assert_eq!(u.port_number(), Some(587));
        assert_eq!(u.query.len(), 2);
        assert_eq!(text(&u.param("VERIFY_PEER").unwrap().value), "0");
        let k = &u.param("auth_mode").unwrap().key;
        assert_eq!(&s[k.raw.clone()], "auth_mode");
        assert!(u.credentials(s).is_none());
    }

    #[test]
    fn schemes_and_not_smtp() {
        assert_eq!(one("smtps://h").kind, Scheme::Smtps);
        assert_eq!(one("SMTP+TLS://h:587").kind, Scheme::SmtpTls);
        assert_eq!(one("smtp+starttls://h").kind, Scheme::SmtpTls);
        assert_eq!(one("smtp+ssl://h").kind, Scheme::SmtpSsl);
        assert_eq!(one("submission://h").kind, Scheme::Submission);
        assert!(parse("null://null", 0..11).is_none());
        assert!(parse("https://x", 0..9).is_none());
        assert!(parse("smtp:/x", 0..7).is_none());
    }

    #[test]
    fn ipv6_and_no_credentials() {
        let u = one("smtp://[2001:db8::1]:2525");
        assert_eq!(text(&u.host), "2001:db8::1");
        assert_eq!(u.port_number(), Some(2525));
        assert!(u.user.is_none());
        let u = one("smtp://localhost");
        assert_eq!(text(&u.host), "localhost");
        assert!(u.port.is_none());
    }

    #[test]
    fn percent_decoding_keeps_raw_spans() {
        let s = "smtp://user%40example.com:p%2Fss@smtp.postmarkapp.com:25";
        let u = one(s);
        let user = u.user.as_ref().unwrap();
        assert_eq!(user.text, "user@example.com");
        assert_eq!(&s[user.raw.clone()], "user%40example.com");
        assert!(user.decoded(s));
        assert_eq!(text(&u.password), "p/ss");
        assert!(u.credentials(s).is_none());
        assert_eq!(percent_decode("a%zz%4", false), "a%zz%4");
        assert_eq!(percent_decode("a+b", true), "a b");
    }

    #[test]
    fn unencoded_at_in_password() {
        let s = "smtp://user:p@ss@smtp.postmarkapp.com:587";
        let u = one(s);
        assert_eq!(text(&u.password), "p@ss");
        assert_eq!(text(&u.host), "smtp.postmarkapp.com");
        let c = u.credentials(s).unwrap();
        assert_eq!(c.chars.len(), 1);
        assert_eq!(c.chars[0].ch, '@');
        assert_eq!(c.chars[0].index, 1);
        assert!(c.chars[0].in_password);
        assert_eq!(c.encoded_userinfo, "user:p%40ss");
        assert_eq!(&s[c.userinfo.clone()], "user:p@ss");
    }

    #[test]
    fn slash_hash_question_in_password_are_read_as_meant() {
        for (s, pw) in [
            ("smtp://u:pa/ss@smtp.postmarkapp.com:587", "pa/ss"),
            ("smtp://u:pa#ss@smtp.postmarkapp.com:587", "pa#ss"),
            ("smtp://u:pa?ss@smtp.postmarkapp.com:587/x?a=b", "pa?ss"),
            ("smtp://u:p@ss/x@smtp.postmarkapp.com", "p@ss/x"),
        ] {
            let u = one(s);
            assert_eq!(text(&u.password), pw, "{s}");
            assert_eq!(text(&u.host), "smtp.postmarkapp.com", "{s}");
            let c = u.credentials(s).unwrap();
            assert!(c.splits_wrong, "{s}");
        }
    }

    #[test]
    fn bad_percent_and_query_addresses() {
        let s = "smtp://u:100%sure@h:25";
        let c = one(s).credentials(s).unwrap();
        assert_eq!(c.chars[0].ch, '%');
        assert_eq!(c.encoded_userinfo, "u:100%25sure");
        // An address in the query is not the credentials' end.
        let s = "smtp://h:25?from=a@b.example";
        let u = one(s);
        assert!(u.user.is_none());
        assert_eq!(text(&u.host), "h");
        assert_eq!(text(&u.param("from").unwrap().value), "a@b.example");
        // Query-looking characters inside the credentials.
        let s = "smtp://a=?b#:c@h:587";
        let u = one(s);
        assert_eq!(text(&u.user), "a=?b#");
        assert_eq!(text(&u.host), "h");
        let s = "smtp://u:p@h:587?from=a@b.example";
        assert_eq!(text(&one(s).password), "p");
        let s = "smtp://=?a&b:c@h:587";
        assert_eq!(text(&one(s).host), "h");
        // A colon in the password is legal.
        let s = "smtp://u:a:b@h";
        let c = one(s).credentials(s).unwrap();
        assert!(c.chars.iter().all(|c| c.harmless));
    }

    /// `url_end` as it was written first: a char search, then the
    /// punctuation cut with the parentheses recounted each step.
    fn url_end_by_chars(input: &str, start: usize) -> usize {
        let rest = &input[start..];
        let mut end = start
            + rest
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`' | '<' | '>'))
                .unwrap_or(rest.len());
        if !input[start..end].contains('@') {
            let after = &input[end..];
            let line = &after[..after
                .find(['\n', '\r', '"', '\'', '`', '<', '>'])
                .unwrap_or(after.len())];
            if let Some(at) = line.find('@') {
                end += line[at..].find([' ', '\t']).map_or(line.len(), |w| at + w);
            }
        }
        loop {
            let s = &input[start..end];
            let opens = s.matches('(').count();
            let closes = s.matches(')').count();
            if s.ends_with([',', ';', '.']) || (s.ends_with(')') && closes > opens) {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    #[test]
    fn url_end_agrees_with_the_char_definition() {
        let urls = [
            "smtp://u:p@h:587",
            "smtp://u:p@h:587.",
            "(see smtp://h:25).",
            "smtp://h/(a)),;.",
            "smtp://u:p\u{a0}x@h rest",
            "smtp://u:pé\u{2003}w@h",
            "smtp://u:p wörd@h:25 next",
            "smtp://u:p\u{85}@h",
            "smtp://h\u{b}x",
            "smtp://ü\"x",
            "smtp://h`x",
            "smtp://h<x>",
            "smtp://h:25/\u{3000}",
            "smtp://.,;",
            "smtp://",
        ];
        for u in urls {
            for pre in ["", "x ", "é("] {
                let input = format!("{pre}{u}");
                let start = pre.len();
                assert_eq!(
                    url_end(&input, start),
                    url_end_by_chars(&input, start),
                    "{input:?}"
                );
            }
        }
    }

    #[test]
    fn find_all_ends_each_url_as_url_end_does_alone() {
        // The look-ahead kept across the URLs of one line gives each the end
        // a fresh search gives: URLs without credentials, one whose blank-cut
        // credentials finish later on the line, quotes and line ends between.
        let s =
            "smtp://a smtp://b smtp://u:p w@h:25 smtp://c \"smtp://d\" x@y\nsmtp://e smtp://f\n";
        let found = find_all(s);
        assert!(found.len() >= 4, "{found:?}");
        for r in &found {
            assert_eq!(r.end, url_end(s, r.start), "{:?}", &s[r.clone()]);
        }
    }

    #[test]
    fn auth_suffixed_schemes_are_found_and_parsed() {
        let s = "outgoing = smtps+plain://me%40acme.io@smtp.acme.io:465\nx = smtp+insecure://relay";
        let found: Vec<&str> = find_all(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            found,
            [
                "smtps+plain://me%40acme.io@smtp.acme.io:465",
                "smtp+insecure://relay"
            ]
        );
        let u = one("smtps+plain://me%40acme.io@smtp.acme.io:465");
        assert_eq!(u.kind, Scheme::Smtps);
        assert_eq!(u.scheme.text, "smtps+plain");
        assert_eq!(text(&u.host), "smtp.acme.io");
        assert_eq!(u.port_number(), Some(465));
    }

    #[test]
    fn finds_urls_in_text() {
        let s = "MAILER_DSN=smtp://u:p@h:587\nx = 'smtps://h2'; failover(smtp://a smtp://b)\nses+https://k@default ses+smtp://k@default";
        let found: Vec<&str> = find_all(s).into_iter().map(|r| &s[r]).collect();
        // A bridge's SMTP scheme is an SMTP URL; its API scheme is not.
        assert_eq!(
            found,
            [
                "smtp://u:p@h:587",
                "smtps://h2",
                "smtp://a",
                "smtp://b",
                "ses+smtp://k@default"
            ]
        );
    }

    #[test]
    fn display_hides_credentials() {
        let s = "smtp://u:p@h:465?verify_peer=0&local_domain=x";
        let u = one(s);
        assert_eq!(
            display(
                s,
                &u,
                None,
                Some("smtp.postmarkapp.com"),
                Some(587),
                &["verify_peer"]
            ),
            "smtp://…@smtp.postmarkapp.com:587?local_domain=x"
        );
    }

    #[test]
    fn display_keeps_addresses_after_the_host() {
        let s = "smtp://u:p@h:465/?fromaddress=a@b.io&toaddresses=c@d.io&encryption=ImplicitTLS";
        let u = one(s);
        assert_eq!(
            display(s, &u, None, None, Some(587), &["encryption"]),
            "smtp://…@h:587/?fromaddress=a@b.io&toaddresses=c@d.io"
        );
    }

    #[test]
    fn schemes_are_read_without_case() {
        assert_eq!(Scheme::from_word("SMTP"), Some(Scheme::Smtp));
        assert!(Scheme::from_word("Postmark+SMTPS").is_some_and(Scheme::is_postmark));
        assert!(Scheme::from_word("Brevo+SMTP").is_some_and(|s| !s.is_postmark()));
        assert_eq!(Scheme::from_word("submissions"), Some(Scheme::Smtps));
        assert!(Scheme::from_word("postmark").is_some_and(Scheme::is_postmark));
        assert_eq!(Scheme::from_word("MailTos"), Some(Scheme::Mailtos));
        assert_eq!(Scheme::from_word("mailto"), Some(Scheme::Mailto));
        for (w, want) in [
            ("smtp+plain", Scheme::Smtp),
            ("SMTP+Login", Scheme::Smtp),
            ("smtp+insecure", Scheme::Smtp),
            ("smtp+insecure+oauthbearer", Scheme::Smtp),
            ("smtps+xoauth2", Scheme::Smtps),
            ("smtps+none", Scheme::Smtps),
        ] {
            assert_eq!(Scheme::from_word(w), Some(want), "{w}");
        }
        for w in [
            "postmark+api",
            "",
            "smtpx",
            "ses+https",
            "brevo+smtps",
            "postmark+smtpss",
            "ſmtp",
            "smtp+starttls+x",
            "smtp+",
            "smtp+plain+",
            "smtpx+plain",
            "submission+plain",
            "smtp+tls+plain",
        ] {
            assert_eq!(Scheme::from_word(w), None, "{w}");
        }
    }

    #[test]
    fn scheme_separators_are_found_at_every_offset() {
        for pad in 0..20 {
            for tail in ["", "/", "x"] {
                let text = format!(
                    "{}a: b:/c:{}smtp://h{}",
                    ":".repeat(pad % 3),
                    "x".repeat(pad),
                    tail
                );
                let want = text.find("://");
                assert_eq!(scheme_sep(text.as_bytes(), 0), want, "{text}");
                let from = want.unwrap() + 1;
                assert_eq!(scheme_sep(text.as_bytes(), from), None, "{text}");
                // Cut inside the separator: none.
                let cut = &text.as_bytes()[..want.unwrap() + 2];
                assert_eq!(scheme_sep(cut, 0), None, "{text}");
            }
        }
    }
}
