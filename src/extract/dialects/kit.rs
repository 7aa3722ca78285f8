//! Small helpers for the dialects that read raw configuration lines
//! themselves (msmtp, ssmtp, Postfix, Spring/JavaMail, "Label: value"):
//! building fields with exact spans, splitting `host:port`, and reading
//! TLS protocol lists.

use std::ops::Range;

use crate::extract::value::{reference_in, trim_range};
use crate::model::{Config, Field, Quote, Role, Value};

/// A field whose value is the input at `span`, verbatim.
pub fn field(
    input: &str,
    role: Role,
    key: &str,
    key_span: Range<usize>,
    span: Range<usize>,
) -> Field {
    let mut value = Value::verbatim(input, span, Quote::None);
    value.reference = reference_in(&value.text);
    Field {
        role,
        key: key.to_string(),
        key_span,
        value,
    }
}

/// A field whose value the dialect decoded (`auth login` means "on",
/// `ssl.trust=*` means "skip verification"): `text` is the meaning,
/// `span` still points at what was written.
pub fn decoded(
    role: Role,
    key: &str,
    key_span: Range<usize>,
    text: &str,
    span: Range<usize>,
) -> Field {
    Field {
        role,
        key: key.to_string(),
        key_span,
        value: Value {
            text: text.to_string(),
            span,
            quote: Quote::None,
            verbatim: false,
            reference: None,
        },
    }
}

/// The configuration's span grown to cover all its fields.
pub fn fit_span(cfg: &mut Config) {
    let start = cfg.fields.iter().map(|f| f.whole_span().start).min();
    let end = cfg.fields.iter().map(|f| f.whole_span().end).max();
    if let (Some(s), Some(e)) = (start, end) {
        cfg.span = s.min(cfg.span.start)..e.max(cfg.span.end);
    }
}

/// The first whitespace-separated word of `range`, trimmed.
pub fn first_word(input: &str, range: Range<usize>) -> Range<usize> {
    let r = trim_range(input, range);
    let s = &input[r.clone()];
    let end = s.find([' ', '\t']).unwrap_or(s.len());
    r.start..r.start + end
}

/// Splits a `host`, `host:port`, `[host]` or `[host]:port` destination
/// into the host's span (without brackets) and the port's span.
/// Returns whether the host was bracketed.
pub fn split_host_port(
    input: &str,
    span: Range<usize>,
) -> (Range<usize>, Option<Range<usize>>, bool) {
    let text = &input[span.clone()];
    if let Some(rest) = text.strip_prefix('[') {
        if let Some(close) = rest.find(']') {
            let host = span.start + 1..span.start + 1 + close;
            let after = span.start + 1 + close + 1;
            let port = input[after..span.end]
                .strip_prefix(':')
                .map(|_| after + 1..span.end);
            return (host, port, true);
        }
    }
    // An IPv6 literal without brackets has several colons: no port then.
    match (text.find(':'), text.rfind(':')) {
        (Some(a), Some(b)) if a == b => (
            span.start..span.start + a,
            Some(span.start + a + 1..span.end),
            false,
        ),
        _ => (span, None, false),
    }
}

/// The span of the first run of ASCII digits in `range` (`587 (or 25)` → `587`).
pub fn first_number(input: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &input[range.clone()];
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let len = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(s.len() - start);
    Some(range.start + start..range.start + start + len)
}

/// Protocol versions, oldest first.
const VERSIONS: [&str; 6] = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

fn version_index(word: &str) -> Option<usize> {
    let w = word.trim().to_ascii_lowercase();
    let w = w
        .trim_start_matches("vers-")
        .replace(['_', '-'], ".")
        .replace("tlsv", "tls");
    Some(match w.as_str() {
        "sslv2" | "ssl2" | "ssl2.0" => 0,
        "sslv3" | "ssl3" | "ssl3.0" => 1,
        "tls1" | "tls1.0" => 2,
        "tls1.1" => 3,
        "tls1.2" => 4,
        "tls1.3" => 5,
        _ => return None,
    })
}

/// Reads a protocol list in the syntaxes clients use: Postfix
/// (`!SSLv2, !SSLv3`, `TLSv1`, `>=TLSv1.2`), Java (`TLSv1 TLSv1.1`) and
/// GnuTLS priorities (`NORMAL:-VERS-TLS-ALL:+VERS-TLS1.0`). Returns the
/// newest version the list still allows when that is TLS 1.1 or older
/// (a client forced to old TLS), and `None` otherwise or when unreadable.
pub fn forced_old_version(list: &str) -> Option<&'static str> {
    let mut allowed = [true; 6];
    let mut listed = [false; 6];
    let mut any_listed = false;
    let mut excluded = [false; 6];
    let mut seen = false;
    let (mut low, mut high) = (0, VERSIONS.len() - 1);
    for tok in list.split([',', ' ', '\t', ':']).filter(|t| !t.is_empty()) {
        let lower = tok.to_ascii_lowercase();
        if let Some(v) = tok.strip_prefix('!') {
            if let Some(i) = version_index(v) {
                excluded[i] = true;
                seen = true;
            }
        } else if let Some(v) = tok.strip_prefix(">=") {
            if let Some(i) = version_index(v) {
                low = i;
                seen = true;
            }
        } else if let Some(v) = tok.strip_prefix("<=") {
            if let Some(i) = version_index(v) {
                high = i;
                seen = true;
            }
        } else if lower.starts_with("-vers-") {
            seen = true;
            if lower.ends_with("-all") {
                allowed = [false; 6];
            } else if let Some(i) = version_index(&lower[1..]) {
                allowed[i] = false;
            }
        } else if lower.starts_with("+vers-") {
            if let Some(i) = version_index(&lower[1..]) {
                allowed[i] = true;
                seen = true;
            }
        } else if let Some(i) = version_index(tok) {
            listed[i] = true;
            any_listed = true;
            seen = true;
        }
    }
    if !seen {
        return None;
    }
    let newest = (0..VERSIONS.len()).rev().find(|&i| {
        let base = if any_listed { listed[i] } else { allowed[i] };
        base && !excluded[i] && i >= low && i <= high
    })?;
    (newest <= 3).then_some(VERSIONS[newest])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_lists() {
        assert_eq!(forced_old_version("!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"), None);
        assert_eq!(forced_old_version("TLSv1"), Some("TLSv1"));
        assert_eq!(forced_old_version("TLSv1 TLSv1.1"), Some("TLSv1.1"));
        assert_eq!(
            forced_old_version("!SSLv2, !SSLv3, !TLSv1.1, !TLSv1.2, !TLSv1.3"),
            Some("TLSv1")
        );
        assert_eq!(forced_old_version(">=TLSv1.2"), None);
        assert_eq!(forced_old_version("<=TLSv1"), Some("TLSv1"));
        assert_eq!(
            forced_old_version("NORMAL:-VERS-TLS-ALL:+VERS-TLS1.0"),
            Some("TLSv1")
        );
        assert_eq!(forced_old_version("SECURE256"), None);
        assert_eq!(forced_old_version("TLSv1.2"), None);
    }

    #[test]
    fn host_and_port() {
        let s = "[smtp.postmarkapp.com]:587";
        let (h, p, b) = split_host_port(s, 0..s.len());
        assert_eq!(&s[h], "smtp.postmarkapp.com");
        assert_eq!(&s[p.unwrap()], "587");
        assert!(b);
        let s = "smtp.postmarkapp.com:2525";
        let (h, p, b) = split_host_port(s, 0..s.len());
        assert_eq!(
            (&s[h], &s[p.unwrap()], b),
            ("smtp.postmarkapp.com", "2525", false)
        );
        let s = "smtp.postmarkapp.com";
        assert_eq!(split_host_port(s, 0..s.len()).1, None);
        let s = "587 (or 25, 2525)";
        assert_eq!(&s[first_number(s, 0..s.len()).unwrap()], "587");
    }
}
