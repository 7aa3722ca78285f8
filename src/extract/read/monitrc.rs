//! Monit's control file (`monitrc`, `/etc/monit/conf.d/*`): the alert
//! mail servers and the alerts' From.
//!
//! ```text
//! set mailserver smtp.postmarkapp.com port 587
//!     username "TOKEN" password "TOKEN"
//!     using tls
//! set mail-format { from: monit@example.com }
//! ```
//!
//! The syntax (the Monit manual, "Setting a mail server for alert
//! delivery"; `monitrc` in MMonit/monit): free-form statements that may
//! span lines, `#` comments, keywords case-insensitive. `set mailserver`
//! lists servers separated by commas, each `HOST [PORT n] [USERNAME u]
//! [PASSWORD p] [using ssl|tls|tlsvNN …]`, then `with timeout n seconds`
//! and `using hostname h`. Each server is a block scope named by the
//! `mailserver` keyword holding `mailserver` (the host), `port`,
//! `username`, `password` and `using` (the TLS word); `set mail-format {
//! from: … }` gives `mail-format.from`. A statement ends where the next
//! `set`, `check` or `include` begins. Each byte is read once.

use std::ops::Range;

use super::remotes::{Word, Words};
use super::{lines_in, Document, ScopeKind, Seg, Syntax, Val, ValKind};

/// The statement being read.
enum State {
    Other,
    /// Inside `set mailserver`: the server's block, when one is open, and
    /// whether the next word names a new server.
    Mailserver {
        keyword: Range<usize>,
        block: Option<u32>,
        next_is_host: bool,
    },
    /// Inside `set mail-format { … }`.
    MailFormat {
        block: u32,
    },
}

/// The server options that take the next word as their value.
const VALUED: [&str; 3] = ["port", "username", "password"];

/// Reads `region` into `scope`.
pub fn read(doc: &mut Document, region: Range<usize>, scope: u32) {
    let input = doc.input;
    let mut state = State::Other;
    let mut pending: Option<Range<usize>> = None;
    for line in lines_in(input, region.clone()) {
        let mut words = Words {
            input,
            at: line.start,
            end: line.end,
        };
        let mut first = true;
        while let Some(w) = words.next() {
            let text = &input[w.raw.clone()];
            if text.starts_with('#') {
                break;
            }
            let lower = text.to_ascii_lowercase();
            if first && matches!(lower.as_str(), "set" | "check" | "include") {
                end(doc, &mut state, line.start);
                pending = None;
                if lower == "set" {
                    if let Some(n) = words.next() {
                        match input[n.raw.clone()].to_ascii_lowercase().as_str() {
                            "mailserver" => {
                                state = State::Mailserver {
                                    keyword: n.raw.clone(),
                                    block: None,
                                    next_is_host: true,
                                }
                            }
                            "mail-format" => {
                                let block = doc.open(
                                    scope,
                                    [Seg::key(n.raw.clone())],
                                    n.raw.start,
                                    ScopeKind::Block,
                                );
                                state = State::MailFormat { block };
                            }
                            _ => {}
                        }
                    }
                }
                first = false;
                continue;
            }
            first = false;
            match &mut state {
                State::Other => {}
                State::Mailserver {
                    keyword,
                    block,
                    next_is_host,
                } => {
                    let comma = text.ends_with(',');
                    let bare = w.raw.start..w.raw.end - usize::from(comma);
                    if let Some(key) = pending.take() {
                        if let Some(b) = *block {
                            let val = value(doc, &w, comma);
                            push(doc, b, key, val);
                        }
                    } else if *next_is_host && bare.start < bare.end {
                        if let Some(b) = block.take() {
                            doc.close(b, w.raw.start);
                        }
                        let b = doc.open(
                            scope,
                            [Seg::key(keyword.clone())],
                            w.raw.start,
                            ScopeKind::Block,
                        );
                        let val = value(doc, &w, comma);
                        doc.push(b, [], w.raw.clone(), val, Syntax::Words, 0);
                        *block = Some(b);
                        *next_is_host = false;
                    } else if VALUED.contains(&lower.as_str()) {
                        pending = Some(w.raw.clone());
                    } else if lower == "using" {
                        if let (Some(n), Some(b)) = (words.next(), *block) {
                            let word = input[n.raw.clone()].to_ascii_lowercase();
                            if word == "hostname" {
                                words.next();
                            } else if word.starts_with("ssl") || word.starts_with("tls") {
                                let val = doc.val(n.raw.clone(), None, n.quote, ValKind::Literal);
                                push(doc, b, w.raw.clone(), val);
                            }
                        }
                    }
                    if comma || text == "," {
                        *next_is_host = true;
                    }
                }
                State::MailFormat { block } => {
                    if lower == "from:" {
                        // The rest of the line up to a closing brace.
                        let rest = &input[w.raw.end..line.end];
                        let cut = rest.find('}').unwrap_or(rest.len());
                        let value = rest[..cut].trim();
                        if !value.is_empty() {
                            let start = w.raw.end + rest.find(value).unwrap_or(0);
                            // `monit@$HOST`: Monit expands its macros when it sends.
                            let kind = if value.contains('$') {
                                ValKind::Reference
                            } else {
                                ValKind::Literal
                            };
                            let val =
                                doc.val(start..start + value.len(), None, super::Quote::None, kind);
                            push(doc, *block, w.raw.start..w.raw.end - 1, val);
                        }
                        if cut < rest.len() {
                            let b = *block;
                            doc.close(b, w.raw.end + cut + 1);
                            state = State::Other;
                        }
                        break;
                    }
                    if text.ends_with('}') {
                        let b = *block;
                        doc.close(b, w.raw.end);
                        state = State::Other;
                    }
                }
            }
        }
    }
    end(doc, &mut state, region.end);
}

/// Closes the statement's open block.
fn end(doc: &mut Document, state: &mut State, at: usize) {
    match std::mem::replace(state, State::Other) {
        State::Mailserver { block: Some(b), .. } | State::MailFormat { block: b } => {
            doc.close(b, at)
        }
        _ => {}
    }
}

/// A word's value, without the comma that ends the server.
fn value(doc: &mut Document, w: &Word, comma: bool) -> Val {
    let input = doc.input;
    let inner = if comma && w.inner.end == w.raw.end {
        w.inner.start..w.inner.end - 1
    } else {
        w.inner.clone()
    };
    let decoded = (inner == w.inner).then(|| w.decoded(input)).flatten();
    doc.val(inner, decoded, w.quote, ValKind::Literal)
}

fn push(doc: &mut Document, scope: u32, key: Range<usize>, val: Val) {
    doc.push(scope, [Seg::key(key.clone())], key, val, Syntax::Words, 0);
}

/// How much a line says `monitrc`. For the sniffer.
pub fn evidence(t: &str) -> u32 {
    const SET: &[&str] = &[
        "mailserver",
        "mail-format",
        "daemon",
        "alert",
        "httpd",
        "eventqueue",
    ];
    const CHECK: &[&str] = &["process", "system", "file", "filesystem", "host", "program"];
    // Asked of every line opening with `s` or `c` (`const`, `class`,
    // `SMTP_HOST=`…): the first word is compared in place, no copy.
    let b = t.as_bytes();
    let opens = |w: &str| {
        b.len() > w.len()
            && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && matches!(b[w.len()], b' ' | b'\t')
    };
    let (rest, seconds) = if opens("set") {
        (&t[3..], SET)
    } else if opens("check") {
        (&t[5..], CHECK)
    } else {
        return 0;
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    let second = rest.split([' ', '\t']).next().unwrap_or("");
    if seconds.iter().any(|w| second.eq_ignore_ascii_case(w)) {
        6
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::super::{pair as e, pairs_read_by};
    use super::*;

    fn entries(src: &str) -> Vec<(String, String)> {
        pairs_read_by(src, read)
    }

    #[test]
    fn one_server_over_several_lines() {
        let src = "set daemon 30\nset mailserver smtp.postmarkapp.com port 587\n    username \"a-b\" password \"c d\"  # the token\n    using tls\n    with timeout 30 seconds\nset mail-format { from: monit@example.com }\nset alert ops@example.com\n";
        assert_eq!(
            entries(src),
            [
                e("mailserver", "smtp.postmarkapp.com"),
                e("mailserver.port", "587"),
                e("mailserver.username", "a-b"),
                e("mailserver.password", "c d"),
                e("mailserver.using", "tls"),
                e("mail-format.from", "monit@example.com"),
            ]
        );
    }

    #[test]
    fn servers_separated_by_commas_and_a_block_format() {
        let src = "SET MAILSERVER mail.bar.baz,   # primary\n  backup.bar.baz PORT 10025 , localhost\n  using hostname \"x.y\"\nset mail-format {\n  from: Monit <monit@$HOST>\n  subject: x\n}\ncheck process nginx with pidfile /run/nginx.pid\n  if failed port 80 then restart\n";
        assert_eq!(
            entries(src),
            [
                // The names as written (keywords are case-insensitive).
                e("MAILSERVER", "mail.bar.baz"),
                e("MAILSERVER", "backup.bar.baz"),
                e("MAILSERVER.PORT", "10025"),
                e("MAILSERVER", "localhost"),
                e("mail-format.from", "Monit <monit@$HOST>"),
            ]
        );
    }

    #[test]
    fn evidence_needs_a_monit_statement() {
        assert!(evidence("set mailserver smtp.x.com port 587") > 0);
        assert!(evidence("check process nginx with pidfile /x") > 0);
        assert_eq!(evidence("set smtp_url=smtp://x"), 0);
        assert_eq!(evidence("set"), 0);
    }
}
